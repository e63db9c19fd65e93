"""The customer of a supplier's threatened loss, named by the relation the same sentence states.

A supplier-side risk often leaves its customer unnamed because the sentence has just said whom the supplier serves:
"ATI Technologies, which currently supplies Apple with graphics chips, could lose the lucrative contract to Nvidia",
"Dialog, Apple's main chip supplier, may lose the business". The risk reader gives a ``customer_at_risk`` with no
customer; the sentence's standing ``customer_continue`` of the same supplier names it. Only one such customer counts
(a supplier of two named customers leaves the risk unnamed), and only a risk: a loss told as done is the end of a
contract the sentence may not have named ("Acme, which supplies Boeing, lost a contract" is not Boeing's).
"""

from __future__ import annotations

from streams.extraction.candidate import Candidate


def name_at_risk_customers(candidates: list[Candidate]) -> None:
    """Give each unnamed customer's risk the one customer its sentence says the same supplier serves."""
    for candidate in candidates:
        if candidate.type != "customer_at_risk" or candidate.subject is not None or candidate.object is None:
            continue
        served = {
            other.subject.id: other.subject
            for other in candidates
            if other.type == "customer_continue"
            and other.span == candidate.span
            and other.subject is not None
            and other.subject.kind == "company"
            and other.object is not None
            and other.object.id == candidate.object.id
            and other.subject.id != candidate.object.id
        }
        if len(served) == 1:
            candidate.subject = next(iter(served.values()))
