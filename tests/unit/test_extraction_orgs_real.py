"""Company recognition on classes read in real EN/FR business news of round 9 (our own sentences).

Each case names the parties a reader marks and the words that must NOT become a party (openers, ordinals,
diseases, products, people): an unrecognised firm loses its events, a word read as a firm invents some.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from streams.extraction.text import fold_case, normalise

CASES = [
    # A known company written in capitals, as some outlets and press releases do; not in a shouted headline.
    ("L'accord lie le motoriste SAFRAN et la société ALSTOM pour dix ans.", {"SAFRAN", "ALSTOM"}, set()),
    ("La commande revient à ALSTOM SA, selon le ministère.", {"ALSTOM SA"}, set()),
    ("SAFRAN AND AIRBUS SIGN SUPPLY DEAL\nThe two groups agreed on Monday.", set(), {"SAFRAN", "AIRBUS"}),
]


@pytest.mark.parametrize(("text", "parties", "not_parties"), CASES, ids=[case[0][:40] for case in CASES])
def test_recognises_parties(text: str, parties: set[str], not_parties: set[str]) -> None:
    kb = load_knowledge_base()
    body = normalise(text)
    found = {body[mention.start : mention.end] for mention in find_companies(body, fold_case(body), kb)}
    assert parties <= found, f"missed {parties - found} in {found}"
    assert not (not_parties & found), f"wrongly read {not_parties & found} as parties"
