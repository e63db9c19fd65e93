"""The import rules of docs/architecture.md, checked on the source tree (AST, nothing imported)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = {"streams.config", "streams.logs", "streams.security", "streams.topics", "streams.metrics"}
DOMAIN = {"streams.news", "streams.companies"}

# package -> the packages of ours it may import (itself always allowed)
ALLOWED: dict[str, set[str]] = {
    "schemas": set(),
    "streams.extraction": {"schemas"},
    "streams.config": {"schemas"} | CORE,
    "streams.logs": {"schemas"} | CORE,
    "streams.security": {"schemas"} | CORE,
    "streams.topics": {"schemas"} | CORE,
    "streams.metrics": {"schemas"} | CORE,
    "streams.runtime": {"schemas", "streams.clients"} | CORE,
    "streams.news": {"schemas", "streams.extraction", "streams.runtime"} | CORE | DOMAIN,
    "streams.companies": {"schemas", "streams.extraction", "streams.runtime"} | CORE | DOMAIN,
    "streams.clients": {"schemas"} | CORE,
    "streams.local": {"streams.clients"} | CORE,
}
# Faust and aiokafka internals live in streams.runtime only.
INTERNAL_MODULES = ("aiokafka", "faust.transport", "faust.tables", "faust.stores")
INTERNAL_ALLOWED = {"streams.runtime"}


def _package(module: str) -> str:
    """The architecture package a module belongs to (the longest rule key that prefixes it)."""
    candidates = (*ALLOWED, "streams.app", "streams.cli", "streams.generate", "streams.evaluation")
    matches = [key for key in candidates if module == key or module.startswith(key + ".")]
    return max(matches, key=len) if matches else module


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from streams import metrics`` imports the module ``streams.metrics``.
            package = node.module in {"schemas", "streams"}
            found.extend(f"{node.module}.{alias.name}" if package else node.module for alias in node.names)
    return found


def _sources() -> list[Path]:
    return sorted([*(ROOT / "schemas").rglob("*.py"), *(ROOT / "streams").rglob("*.py")])


def _violations() -> list[str]:
    problems: list[str] = []
    for path in _sources():
        owner = _package(_module_name(path))
        for imported in _imports(path):
            if imported.split(".")[0] in {"schemas", "streams"}:
                target = _package(imported)
                if owner in ALLOWED and target != owner and target not in ALLOWED[owner]:
                    problems.append(f"{path.relative_to(ROOT)}: {owner} imports {imported}")
            elif imported.startswith(INTERNAL_MODULES) and owner not in INTERNAL_ALLOWED:
                problems.append(f"{path.relative_to(ROOT)}: Faust/aiokafka internals ({imported}) outside runtime")
    return problems


class TestImportRules:
    """Each package imports only what docs/architecture.md allows."""

    def test_the_tree_follows_the_rules(self):
        """No module breaks its package's rule."""
        assert _violations() == []

    @pytest.mark.parametrize(
        ("module", "package"),
        [
            ("streams.runtime.decode", "streams.runtime"),
            ("streams.extraction.rules", "streams.extraction"),
            ("schemas.events", "schemas"),
            ("streams.local.broker.local", "streams.local"),
            ("streams.cli.main", "streams.cli"),
        ],
    )
    def test_modules_map_to_their_package(self, module, package):
        """The checker files each module under the package whose rule applies to it."""
        assert _package(module) == package

    def test_a_forbidden_import_is_reported(self, tmp_path, monkeypatch):
        """A runtime module that imports the domain is caught (the checker can fail)."""
        fake_root = tmp_path
        (fake_root / "streams" / "runtime").mkdir(parents=True)
        (fake_root / "schemas").mkdir()
        (fake_root / "streams" / "runtime" / "bad.py").write_text("from streams.companies.state import apply_update\n")
        monkeypatch.setitem(globals(), "ROOT", fake_root)
        assert _violations() == ["streams/runtime/bad.py: streams.runtime imports streams.companies.state"]
