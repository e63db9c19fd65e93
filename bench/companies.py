"""Company-table pre-population for the scale bench, through the worker's own ``apply`` agent.

The honest way to get a table of N companies is to let the pipeline build it: these records are
:class:`schemas.state.CompanyUpdate` messages (one revenue fact per synthetic company) sent to
``{prefix}.company-updates``, the topic the ``apply`` agent reads. The worker decodes each one,
folds it with :func:`streams.companies.state.apply_update`, writes the table and its changelog,
exactly as for updates that come from articles. Only extraction is skipped, because running N
articles through it would measure extraction again, not the table.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas.events import CompanyRef, DealEvent, Money, SourceRef
from schemas.state import CompanyUpdate

_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def company_updates(count: int) -> list[tuple[bytes, bytes]]:
    """Return ``count`` ``(key, value)`` records, each creating one distinct company."""
    records: list[tuple[bytes, bytes]] = []
    for index in range(count):
        company = CompanyRef(id=f"bench-co-{index:06d}", name=f"Bench Company {index:06d}")
        event = DealEvent(
            event_id=f"bench-rev-{index:06d}",
            type="revenue",
            subject=company,
            amount=Money(value=1_000_000 * (1 + index % 997), currency="USD"),
            period="2025",
            confidence=0.9,
            source=SourceRef(item_id=f"bench-item-{index:06d}", published_at=_EPOCH + timedelta(seconds=index)),
        )
        update = CompanyUpdate(company=company, perspective="subject", event=event)
        records.append((company.id.encode(), update.model_dump_json().encode()))
    return records
