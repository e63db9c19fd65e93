"""What a public body can and cannot be in a deal: it buys, invests and holds, it is never bought.

A ministry, an army, a city or a state is no company anyone acquires, takes a stake in or funds: a reading that
makes one the target ("Tidewater won a contract to take over and run the water system at Dover Air Force Base",
read as Tidewater taking over the base) mistook a contract or a place for a purchase. The state's holdings in
companies ("l'État détient 15 % de Renault") keep the body as the holder, which stays.
"""

from __future__ import annotations

from streams.extraction.candidate import Candidate

_OWNED_TYPES = frozenset({"acquisition", "stake", "investment", "valuation"})
"""Events whose object is a company owned or funded by their subject."""


def without_owned_bodies(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the acquisitions, stakes and investments whose target is a public body."""
    return [
        candidate
        for candidate in candidates
        if not (
            candidate.type in _OWNED_TYPES and candidate.object is not None and candidate.object.kind == "public_body"
        )
    ]
