"""The committed JSON Schemas in ``schemas/json`` match the models (run ``python -m schemas.export``)."""

from __future__ import annotations

import pytest

from schemas.export import SCHEMA_DIR, exported_models, render

MODELS = exported_models()


class TestSchemaExport:
    """Published schema files are never stale."""

    def test_every_topic_model_is_exported(self):
        """The extraction contract models are among the published ones."""
        assert {"NewsItem", "Extraction", "DealEvent", "CompanyRef", "Money", "Evidence", "Entity"} <= set(MODELS)

    @pytest.mark.parametrize("name", sorted(MODELS))
    def test_schema_file_matches_model(self, name):
        """The file equals the rendered schema; regenerate with `python -m schemas.export` when this fails."""
        path = SCHEMA_DIR / f"{name}.schema.json"
        assert path.is_file(), f"{path.name} missing: run python -m schemas.export"
        assert path.read_text(encoding="utf-8") == render(MODELS[name]), f"{path.name} is stale"

    def test_no_schema_file_without_a_model(self):
        """A removed model's schema file is removed too."""
        published = {path.name.removesuffix(".schema.json") for path in SCHEMA_DIR.glob("*.schema.json")}
        assert published == set(MODELS)
