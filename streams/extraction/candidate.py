"""An event read from one sentence, before the article-level merge (shared by every rule module)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from streams.extraction.article import Sentence
from streams.extraction.mentions import CompanyMention
from streams.extraction.quantities import MoneyMention

BACKED_ROUND = "backers_named"
"""Mark (in ``Candidate.inferred``) of a round told without its investors whose backers a later phrase names: the
event is theirs, so the unnamed round is not emitted beside them."""


@dataclass(slots=True)
class Candidate:
    """An event read from one sentence, before the article-level merge."""

    type: str
    span: tuple[int, int]
    subject: CompanyMention | None = None
    object: CompanyMention | None = None
    amount: MoneyMention | None = None
    stake_pct: float | None = None
    valuation: MoneyMention | None = None
    person: str | None = None
    role: str | None = None
    previous_person: str | None = None
    period: str | None = None
    modality: str = "fact"
    effective_date: date | None = None
    major_customer: bool | None = None
    inferred: list[str] = field(default_factory=list)
    holding: bool = False
    """A stake told as a state ("Amazon owns 10 % of Rivian"), not as the deal that made it."""
    earlier: bool = False
    """A step of a holding told as what came before the news ("Fiat, which held 25% of Chrysler, raised it to 30%",
    "originally handed a 20% stake", "dans une précédente déclaration, X avait indiqué détenir 13 %"): background."""
    already: bool = False
    """A holding told as one the holder already has ("Kubota, which currently holds 9.09%", « qui détient déjà 43 % »):
    background when the story's news for the same pair goes beyond it (:func:`history.already_held`)."""
    loose: bool = False
    """A partnership told only by "will work together" / "collaborer": a customer relation of the same pair
    in the article says what the two do together."""


def event_date(sentence: Sentence) -> date | None:
    """The first full date of the sentence, taken as the event's effective date."""
    return sentence.dates[0].value if sentence.dates else None


def supplier_switch(
    sentence: Sentence,
    customers: list[CompanyMention],
    leaving: tuple[str, CompanyMention | None],
    joining: CompanyMention | None,
    modality: str,
) -> list[Candidate]:
    """Each customer's events of a change of supplier ("Z displaced X at A": A ends with X and starts with Z).

    ``leaving`` is the event type of the supplier that goes and that supplier, ``joining`` the supplier that comes;
    a side not named gives no event.
    """
    found: list[Candidate] = []
    for customer in customers:
        for kind, supplier in (leaving, ("customer_start", joining)):
            if supplier is not None:
                found.append(
                    Candidate(
                        type=kind,
                        span=(sentence.start, sentence.end),
                        subject=customer,
                        object=supplier,
                        modality=modality,
                        effective_date=event_date(sentence),
                    )
                )
    return found
