"""The ``companies`` table: CompanyState (as a JSON object) by company id."""

from __future__ import annotations

import faust

from streams.config import Settings
from streams.runtime.table import ChangelogTable


def companies_table(app: faust.App, settings: Settings) -> ChangelogTable:
    """Declare the ``companies`` table on ``app`` (changelog topic ``{app_id}-companies-changelog``)."""
    table = ChangelogTable(
        app,
        name="companies",
        beacon=app.tables.beacon,
        partitions=settings.partitions,
        key_type=str,
        help="CompanyState (as a JSON object) by company id; Faust serialises keys and values as JSON.",
    )
    app.tables.add(table)
    return table
