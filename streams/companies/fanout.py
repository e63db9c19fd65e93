"""Turn one deal event into one update per company it concerns, keyed for the company that owns it."""

from __future__ import annotations

import json

from schemas.events import DealEvent
from schemas.state import CompanyUpdate

# Partnerships carry no state the company table keeps (and raise no alert), so they fan out to nobody.
_SUBJECT_ONLY = frozenset({"valuation", "revenue", "leadership_change"})
_BOTH_SIDES = frozenset(
    {"acquisition", "stake", "investment", "customer_start", "customer_continue", "customer_at_risk", "customer_end"}
)


def fan_out(event: DealEvent) -> list[CompanyUpdate]:
    """Return the updates ``event`` makes, one per affected company, subject first.

    ``stake`` Meta -> Scale AI updates Meta (a holding) and Scale AI (an investor, maybe a valuation);
    ``customer_end`` Google -> Scale AI updates Google (a vendor ended) and Scale AI (a customer ended).
    An event that names the same company on both sides updates it once, from the subject side.
    An unnamed party ("a major customer") has no state to update; a public body does (it is a customer).
    """
    subject = event.subject if event.subject is not None and event.subject.kind != "unnamed" else None
    obj = event.object if event.object is not None and event.object.kind != "unnamed" else None
    updates: list[CompanyUpdate] = []
    if subject is not None and (event.type in _SUBJECT_ONLY or event.type in _BOTH_SIDES):
        updates.append(CompanyUpdate(company=subject, perspective="subject", event=event))
    if obj is not None and event.type in _BOTH_SIDES and (subject is None or obj.id != subject.id):
        updates.append(CompanyUpdate(company=obj, perspective="object", event=event))
    return updates


def company_key(company_id: str) -> bytes:
    """The ``company-updates`` message key: the company id serialised as the table serialises its keys (JSON).

    Faust partitions the table's changelog by the source message and routes web requests
    (``table_route``) by the hash of the table's serialised key; both must agree for a request to
    reach the worker that owns the company.
    """
    return json.dumps(company_id).encode()
