"""The ``companies`` table: a Faust table whose latest changelog record can be awaited.

A table write only queues its changelog record in Faust's producer buffer. Before the offset
commit Faust flushes that buffer, but gives up once 0.1 s pass without progress and commits
anyway, so a crash right after could lose the record while the source offset says the update was
applied. Awaiting the record's delivery before the update is acknowledged closes that gap
(docs/delivery-semantics.md).
"""

from __future__ import annotations

from typing import Any

import faust
from faust.types import FutureMessage

from streams.config import Settings


class CompanyTable(faust.Table):
    """A table that remembers the changelog record of its latest write, so the writer can await its delivery."""

    last_changelog: FutureMessage | None = None

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        """Queue the changelog record (Faust calls this on every write) and remember it."""
        self.last_changelog = super().send_changelog(*args, **kwargs)
        return self.last_changelog


def companies_table(app: faust.App, settings: Settings) -> CompanyTable:
    """Declare the ``companies`` table on ``app`` (changelog topic ``{app_id}-companies-changelog``)."""
    table = CompanyTable(
        app,
        name="companies",
        beacon=app.tables.beacon,
        partitions=settings.partitions,
        key_type=str,
        help="CompanyState (as a JSON object) by company id; Faust serialises keys and values as JSON.",
    )
    app.tables.add(table)
    return table
