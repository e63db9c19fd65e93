"""The ``companies`` table: CompanyState (as a JSON object) by company id."""

from __future__ import annotations

import faust

from streams.config import Settings
from streams.runtime.store import rocksdb_options
from streams.runtime.table import ChangelogTable
from streams.topics import record_topic_config


def companies_table(app: faust.App, settings: Settings) -> ChangelogTable:
    """Declare the ``companies`` table on ``app`` (changelog topic ``{app_id}-companies-changelog``)."""
    table = ChangelogTable(
        app,
        name="companies",
        beacon=app.tables.beacon,
        partitions=settings.partitions,
        key_type=str,
        # Faust creates the changelog topic: it must admit every state the apply agent lets through (check_state).
        extra_topic_configs=record_topic_config(settings),
        options=rocksdb_options(settings),
        help="CompanyState (as a JSON object) by company id; Faust serialises keys and values as JSON.",
    )
    app.tables.add(table)
    return table
