"""Acquisitions and stakes in phrasings read in real deal news (session 10).

Each sentence is written for this file. The classes: holders ranked in a "respectively" list, a register's
largest holder ("lists X as its biggest shareholder", "the largest holder with N%"), a holder who becomes the
largest shareholder (a stake of untold size), a deal told in the relative clause of a description ("the snus
maker that X has offered to buy", "the maker that is subject to a takeover offer by X"), a bidder named after
"takeover offer by" / "offre de reprise de la part de", a share price move that is never a stake's size, and a
stake in a unit told by its parent ("sa participation dans la pépite de Vivendi": the unit, not Vivendi), a
holding doubled ("double sa participation à 20 %") by a holder named by its nationality ("le Chinois"), and a
company selling part of its own capital in the imperfect ("cédait alors 10 % de son capital à").
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract

Deal = tuple[str, str | None, str | None, float | None]
"""(type, buyer or holder, target, stake_pct)."""


def _deals(text: str, language: str) -> list[Deal]:
    extraction = extract(NewsItem(id="t", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (
            event.type,
            event.subject.name if event.subject else None,
            event.object.name if event.object else None,
            event.stake_pct,
        )
        for event in extraction.events
        if event.type in ("acquisition", "stake")
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # holders ranked in a "respectively" list
        (
            "en",
            "Vivendi is the largest shareholder of Lagardère with 27%, followed by Amber Capital and Qatar Investment "
            "Authority with 18% and 13% respectively.",
            [
                ("stake", "Amber Capital", "Lagardère", 18.0),
                ("stake", "Qatar Investment Authority", "Lagardère", 13.0),
                ("stake", "Vivendi", "Lagardère", 27.0),
            ],
        ),
        (
            "fr",
            "Vivendi est le premier actionnaire de Lagardère avec 27 %, suivi d'Amber Capital et du Qatar Investment "
            "Authority avec respectivement 18 % et 13 %.",
            [
                ("stake", "Amber Capital", "Lagardère", 18.0),
                ("stake", "Qatar Investment Authority", "Lagardère", 13.0),
                ("stake", "Vivendi", "Lagardère", 27.0),
            ],
        ),
        # a register's largest holder
        (
            "en",
            "Lagardère lists Vivendi as its biggest shareholder with a 27% stake.",
            [("stake", "Vivendi", "Lagardère", 27.0)],
        ),
        (
            "en",
            "Lagardère shares rose on Friday after Lagardère confirmed the talks. According to the register, Vivendi "
            "was previously the largest holder with 27%, ahead of Amber Capital at 18%.",
            [("stake", "Amber Capital", "Lagardère", 18.0), ("stake", "Vivendi", "Lagardère", 27.0)],
        ),
        # becoming the largest shareholder: a stake of untold size
        (
            "en",
            "Vivendi became the largest shareholder in Lagardère last year.",
            [("stake", "Vivendi", "Lagardère", None)],
        ),
        ("fr", "Vivendi devient le principal actionnaire de Lagardère.", [("stake", "Vivendi", "Lagardère", None)]),
        # a deal in the relative clause of a description
        (
            "en",
            "Shares of Figma, the design software maker that Adobe agreed to buy, rose 3% on Monday.",
            [("acquisition", "Adobe", "Figma", None)],
        ),
        (
            "en",
            "Elliott has built a holding in Lagardère, overtaking every other investor in the publisher that Vivendi "
            "has offered to buy.",
            [("acquisition", "Vivendi", "Lagardère", None), ("stake", "Elliott", "Lagardère", None)],
        ),
        (
            "fr",
            "Les titres de Lagardère, l'éditeur que Vivendi a racheté l'an dernier, ont progressé.",
            [("acquisition", "Vivendi", "Lagardère", None)],
        ),
        (
            "en",
            "Elliott Investment Management's stake in Lagardère crossed 5% on Friday, making it the biggest "
            "shareholder in the publisher that is currently subject to a takeover offer by Vivendi.",
            [
                ("acquisition", "Vivendi", "Lagardère", None),
                ("stake", "Elliott Investment Management", "Lagardère", None),
            ],
        ),
        # a subordinate clause with its own named subject still reads
        (
            "en",
            "Shares of Lagardère rose after Vivendi added to its holding in the publisher.",
            [("stake", "Vivendi", "Lagardère", None)],
        ),
        # the bidder after "takeover offer by" / "de la part de"
        (
            "en",
            "Lagardère is currently subject to a takeover offer by Vivendi.",
            [("acquisition", "Vivendi", "Lagardère", None)],
        ),
        (
            "fr",
            "Lagardère a reçu une offre de reprise de la part du groupe Vivendi, géant des médias.",
            [("acquisition", "Vivendi", "Lagardère", None)],
        ),
        # a stake in a unit told by its parent: the unit, never the parent
        (
            "fr",
            "Le groupe chinois Tencent monte encore au capital d'Universal Music Group. Le géant asiatique va doubler "
            "sa participation dans la pépite de Vivendi.",
            [("stake", "Tencent", "Universal Music Group", None)],
        ),
        (
            "fr",
            "Tencent va doubler sa participation dans la filiale musicale de Vivendi, Universal Music Group.",
            [("stake", "Tencent", "Universal Music Group", None)],
        ),
        ("fr", "Textile : Amundi prend des parts dans Danone.", [("stake", "Amundi", "Danone", None)]),
        # a holding doubled, its holder named by nationality; a stake sold earlier by the company itself
        (
            "fr",
            "Le groupe chinois Tencent monte au capital d'Universal Music Group. Désormais, le Chinois double sa "
            "participation à 20 %.",
            [("stake", "Tencent", "Universal Music Group", 20.0)],
        ),
        (
            "en",
            "Tencent doubled its stake to 20% in Universal Music Group.",
            [("stake", "Tencent", "Universal Music Group", 20.0)],
        ),
        (
            "fr",
            "Universal Music Group cédait alors 10 % de son capital à un consortium mené par Tencent.",
            [("stake", "Tencent", "Universal Music Group", 10.0)],
        ),
    ],
)
def test_reads_the_deal(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a "respectively" list with an unnamed member: no size goes to the wrong holder
        (
            "en",
            "Vivendi is the largest shareholder of Lagardère with 27%, followed by a Norwegian fund and Amber Capital "
            "with 18% and 13% respectively.",
            [("stake", "Vivendi", "Lagardère", 27.0)],
        ),
        # a unit of a parent, with no unit named: the parent is not the target
        ("en", "KKR bought a stake in the music unit of Vivendi.", []),
        ("en", "Vivendi sold Canal+ and KKR bought a stake in the unit of Lagardère.", []),
        # a level passed is not the holding's size: the size told later is the one fact
        (
            "en",
            "Elliott's holding in Lagardère rose above 5% on Friday. Elliott said it had increased its stake in "
            "Lagardère to 5.25%.",
            [("stake", "Elliott", "Lagardère", 5.25)],
        ),
        (
            "en",
            "Amber Capital's stake in Lagardère crossed 10% last week, a filing showed. The fund now owns 11.2% of "
            "Lagardère.",
            [("stake", "Amber Capital", "Lagardère", 11.2)],
        ),
        # a nationality alone points back only to a company the story introduced with it
        (
            "fr",
            "Tencent monte au capital d'Universal Music Group. Désormais, le Chinois double sa participation à 20 %.",
            [("stake", "Tencent", "Universal Music Group", None)],
        ),
        # a nationality before a name introduces that name; it points back to nobody
        ("fr", "Le chinois Tencent rachète Ubisoft.", [("acquisition", "Tencent", "Ubisoft", None)]),
        # a subordinate clause whose subject is a description of another company: the main subject did not buy
        (
            "en",
            "Paris-based Suez rebuffed Veolia's advances since its rival bought a stake in the firm last October.",
            [],
        ),
        ("en", "Nestlé shares fell after its partner bought Alpro.", []),
        # a bound a reporter gives stays the size
        ("en", "Elliott owns more than 5% of Lagardère.", [("stake", "Elliott", "Lagardère", 5.0)]),
        # a bare "the company that" may be anyone's
        ("en", "Renault said the company that Nissan acquired last year was profitable.", []),
        # becoming a top customer is no holding
        ("fr", "Amber Capital est devenu le premier client de Lagardère.", []),
        # the company whose shares moved is not the bid's target
        ("en", "Vivendi shares rose after the tender offer by Bolloré for Lagardère.", []),
        # a share price move is never a stake's size
        (
            "en",
            "Shares of Figma, the design software maker that Adobe agreed to buy, jumped 14%.",
            [("acquisition", "Adobe", "Figma", None)],
        ),
    ],
)
def test_leaves_near_misses_alone(language: str, text: str, expected: list[Deal]) -> None:
    assert _deals(text, language) == expected
