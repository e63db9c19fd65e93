"""Partnerships in the phrasings of real EN/FR news read in round 9 (our own sentences, invented names).

Each case gives the partners in order of mention, or none where the sentence announces no partnership.
"""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract

CASES = [
    # Licensing and research deals of biotech and tech news.
    (
        "en",
        "Orlax Biotech said it had signed a research and licensing pact with Quenvia.",
        ("Orlax Biotech", "Quenvia"),
    ),
    (
        "en",
        "Shares of Tamsin Labs rose after it unveiled a collaboration agreement with Vorel.",
        ("Tamsin Labs", "Vorel"),
    ),
    (
        "en",
        "Brevik Optics (Nasdaq: BRVK) and its German rival Halden Photonics have signed a cross-licensing agreement.",
        ("Brevik Optics", "Halden Photonics"),
    ),
    # The story's company as "the company" / "it" before a forward cue.
    (
        "en",
        "Maltrove Ltd builds vans. The London-based company is teaming up with Dravio Technologies on a taxi.",
        ("Maltrove", "Dravio Technologies"),
    ),
    # French: a cooperation between two firms, a past collaboration, an association.
    (
        "fr",
        "L'accord porte sur la coopération industrielle entre le groupe Varonne et la société Ketria.",
        ("Varonne", "Ketria"),
    ),
    ("fr", "Le groupe Pellane a collaboré avec la start-up Ordival pour son application.", ("Pellane", "Ordival")),
    ("fr", "La société Brunel s'est associée avec la start-up Coralyn pour livrer les repas.", ("Brunel", "Coralyn")),
    # A quote's "our alliance with X" / "we are partnering with X" is the speaker's company's partnership.
    (
        "en",
        '"Our alliance with Nanvel will speed up the trials," commented Eric Rahm, chief executive of Pharvex.',
        ("Pharvex", "Nanvel"),
    ),
    (
        "fr",
        "« Nous nous associons à Corvane pour aller plus vite », a déclaré Anne Brun, directrice générale de Tessaly.",
        ("Tessaly", "Corvane"),
    ),
    # The partnership noun in French quotes after a joint verb, an apposition after the pair.
    (
        "fr",
        "Le groupe Korvane et la société Brisk Orbital, un fabricant de capsules, annoncent un"
        " « partenariat mondial ».",
        ("Korvane", "Brisk Orbital"),
    ),
    # A reported clause: "X a annoncé que son partenariat avec Y ..." is X's.
    (
        "fr",
        "Varonne, fabricant de bennes installé à Lyon depuis 2016, a annoncé que son partenariat avec le québécois"
        " Ketria allait s'étendre en France.",
        ("Varonne", "Ketria"),
    ),
    # No partnership: a supply contract, a supplier renewing "our partnership", a relation called into question.
    (
        "fr",
        "Dans un communiqué, la société Ketria remet en cause son partenariat avec le groupe Varonne.",
        None,
    ),
    ("en", "Kestrel Labs signed a supply contract with Darvon Motors for 2,000 sensors.", None),
    (
        "en",
        '"Extending our partnership with Dorset County Council shows our commitment," Kestrel Labs chief Ann Roe said.',
        None,
    ),
]


def _partners(language: str, text: str) -> list[tuple[str | None, str | None]]:
    item = NewsItem(id="t", body=text, language=language)
    return [
        (event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extract(item).events
        if event.type == "partnership"
    ]


@pytest.mark.parametrize(("language", "text", "partners"), CASES, ids=[case[1][:40] for case in CASES])
def test_reads_partnership(language: str, text: str, partners: tuple[str, str] | None) -> None:
    found = _partners(language, text)
    if partners is None:
        assert found == []
    else:
        assert partners in found, found
