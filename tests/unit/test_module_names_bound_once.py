"""Every module-level name in ``streams`` is bound once.

Rule modules are long and written by several hands: a second ``_REACH = 80`` further down silently replaces the
first for every function that reads it at call time, so the first value never applied (session 25 found four such
shadowings on main and a fifth made by a merge).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

STREAMS = Path(__file__).resolve().parents[2] / "streams"


def _bound_twice(path: Path) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


@pytest.mark.parametrize("path", sorted(STREAMS.rglob("*.py")), ids=lambda p: str(p.relative_to(STREAMS)))
def test_module_level_names_are_bound_once(path: Path):
    assert _bound_twice(path) == []


def test_a_second_binding_is_found(tmp_path: Path):
    module = tmp_path / "m.py"
    module.write_text("_REACH = 20\n\n\ndef f():\n    return _REACH\n\n\n_REACH = 80\n", encoding="utf-8")
    assert _bound_twice(module) == ["_REACH"]
