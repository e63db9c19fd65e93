"""Export every topic model's JSON Schema to ``schemas/json``.

Run ``python -m schemas.export`` after changing a model; a test fails while the files are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

import schemas

SCHEMA_DIR = Path(__file__).parent / "json"


def exported_models() -> dict[str, type[BaseModel]]:
    """Return the models whose schemas are published, by file stem."""
    return {
        name: model
        for name in sorted(schemas.__all__)
        if isinstance(model := getattr(schemas, name), type) and issubclass(model, BaseModel)
    }


def render(model: type[BaseModel]) -> str:
    """Return the JSON Schema of ``model`` as stable, diff-friendly text."""
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the schema files; remove ones whose model is gone."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    wanted = {f"{name}.schema.json": render(model) for name, model in exported_models().items()}
    for stale in SCHEMA_DIR.glob("*.schema.json"):
        if stale.name not in wanted:
            stale.unlink()
    for filename, text in wanted.items():
        (SCHEMA_DIR / filename).write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {len(wanted)} schemas to {SCHEMA_DIR}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
