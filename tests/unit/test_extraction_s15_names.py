"""Company names as reporters write them for foreign and mid-size firms (our own EN/FR sentences).

The legal forms of other countries close a name and are stripped from it ("Delvis Gmbh" is Delvis, "Brantic
Singapore Pte Ltd" is Brantic Singapore); a month with a day or a year after it never continues a name
("Trelvix March 2014"); a share written as one word ("20-percent") is never a company. Short forms that are
also words or units ("AS", "SL", "KG") count only right after a name.
"""

from __future__ import annotations

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import _LEGAL_FORM


def _events(body: str, language: str = "en") -> set[tuple[str, str | None, str | None]]:
    extraction = extract(NewsItem(id="names", body=body, language=language))
    return {
        (e.type, e.subject.name if e.subject else None, e.object.name if e.object else None) for e in extraction.events
    }


def _names(body: str, language: str = "en") -> set[str]:
    extraction = extract(NewsItem(id="names", body=body, language=language))
    return {p.name for e in extraction.events for p in (e.subject, e.object) if p is not None}


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Gmbh", "Delvis"),  # lower-case "h", as Indian wires write it
        ("GMBH", "Delvis"),
        ("LTD", "Delvis"),
        ("Pte", "Brantic Singapore"),
        ("Pte Ltd", "Brantic Singapore"),
        ("Pte. Ltd.", "Brantic Singapore"),
        ("Sdn Bhd", "Trelvix Systems"),
        ("Sdn. Bhd.", "Trelvix Systems"),
        ("JSC", "Thai Lam Trading"),
        ("PJSC", "Volgar Neft"),
        ("Joint Stock Company", "Thai Lam Trading"),
        ("Pvt Ltd", "Trelvix Software"),
        ("Pvt. Ltd.", "Trelvix Software"),
        ("Private Limited", "Trelvix Software"),
        ("S.L.", "Velarde Tecnologia"),
        ("SL", "Velarde Tecnologia"),
        ("S.L.U.", "Velarde Tecnologia"),
        ("S.A. de C.V.", "Grupo Velarde"),
        ("S.A.B. de C.V.", "Grupo Velarde"),
        ("Ltda.", "Veltra Comercio"),
        ("KG", "Brenner Logistik"),
        ("GmbH & Co. KG", "Brenner Logistik"),
        ("e.K.", "Brenner Handel"),
        ("AS", "Nordvik Data"),
        ("ApS", "Nordvik Data"),
        ("a.s.", "Veltra Strojirny"),
        ("s.r.o.", "Veltra Strojirny"),
        ("Kft", "Magyar Veltra"),
        ("Zrt.", "Magyar Veltra"),
        ("sp. z o.o.", "Polvex Systemy"),
        ("Co., Ltd.", "Hanjin Veltra"),
        ("Co. Ltd", "Hanjin Veltra"),
        ("Ltée", "Boréal Veltra"),
        ("Tbk", "Veltra Rasa"),
    ],
)
def test_a_foreign_legal_form_closes_the_name_and_is_stripped(form: str, name: str) -> None:
    body = f"Karsten Capital acquired {name} {form} for $20 million."
    assert ("acquisition", "Karsten Capital", name) in _events(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Brantic Singapore Pte Ltd said it has raised $30 million in a round led by Karsten Capital.",
            ("investment", "Karsten Capital", "Brantic Singapore"),
        ),
        (
            "Norvale Motors said it had agreed to buy all of Delvis Gmbh, a German lamp designer.",
            ("acquisition", "Norvale Motors", "Delvis"),
        ),
        (
            "Le groupe Karsten a racheté Veltra SNC pour 20 millions d'euros.",
            ("acquisition", "Karsten", "Veltra"),
        ),
        (
            "Le groupe Karsten a racheté Boréal Veltra Limitée pour 20 millions de dollars.",
            ("acquisition", "Karsten", "Boréal Veltra"),
        ),
    ],
)
def test_a_legal_form_is_stripped_in_a_paraphrase(body: str, expected: tuple[str, str, str]) -> None:
    language = "fr" if body.startswith("Le ") else "en"
    assert expected in _events(body, language)


@pytest.mark.parametrize(
    "text",
    [
        "SHARES OF KARSTEN FALL AS VELMONT WALKS AWAY",  # a shouted headline's "as"
        "Brimley Foods shipped 500 KG of flour.",  # a unit after a number
        "The deal was signed at Terminal B. Velmont said nothing.",  # a sentence's end, no form
        "KARSTEN SL GREEN DEAL",
    ],
)
def test_a_short_form_after_no_lower_case_name_is_no_legal_form(text: str) -> None:
    assert [m.group(0) for m in _LEGAL_FORM.finditer(text)] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "as" in prose and "sa" in a French sentence stay words.
        ("Velmont said it would buy Karsten as part of its plan.", ("acquisition", "Velmont", "Karsten")),
        (
            "Velmont acquired Brimley Foods for $5 million at Terminal B. Karsten said nothing.",
            ("acquisition", "Velmont", "Brimley Foods"),
        ),
        (
            "Le groupe Karsten a racheté Veltra, sa rivale, pour 20 millions d'euros.",
            ("acquisition", "Karsten", "Veltra"),
        ),
        ("Mars Inc. acquired Velmont for $20 million.", ("acquisition", "Mars", "Velmont")),  # a month named firm
    ],
)
def test_near_misses_keep_their_names(body: str, expected: tuple[str, str, str]) -> None:
    language = "fr" if body.startswith("Le ") else "en"
    assert expected in _events(body, language)


def test_a_legal_form_alone_is_no_company() -> None:
    kb = load_knowledge_base()
    assert kb.is_legal_suffix("Pte")
    assert kb.strip_suffix("Thai Lam Trading Joint Stock Company") == "Thai Lam Trading"
    assert kb.strip_suffix("Brantic Singapore Pte. Ltd.") == "Brantic Singapore"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Karsten Capital invested $11 million in Trelvix March 2014, according to a data provider.",
            ("investment", "Karsten Capital", "Trelvix"),
        ),
        ("Karsten Capital acquired Trelvix May 2019 for $20 million.", ("acquisition", "Karsten Capital", "Trelvix")),
        (
            "Karsten Capital acquired Trelvix Systems June 5 for $20 million.",
            ("acquisition", "Karsten Capital", "Trelvix Systems"),
        ),
        (
            "Karsten a racheté la société Veltra Janvier 2020 pour 20 millions d'euros.",
            ("acquisition", "Karsten", "Veltra"),
        ),
    ],
)
def test_a_month_with_a_day_or_year_ends_the_name(body: str, expected: tuple[str, str, str]) -> None:
    language = "fr" if "racheté" in body else "en"
    events = _events(body, language)
    assert expected in events
    assert not any("2014" in (o or "") or "2019" in (o or "") for _, _, o in events)


def test_a_month_without_a_date_after_it_stays_in_the_name() -> None:
    # "May" with no day or year after it is a word of the name ("Velmont May Foods" is one firm).
    assert ("acquisition", "Karsten Capital", "Velmont May Foods") in _events(
        "Karsten Capital acquired Velmont May Foods for $20 million."
    )


@pytest.mark.parametrize("share", ["20-percent", "20-per-cent", "20percent"])
def test_a_share_written_as_one_word_is_no_company(share: str) -> None:
    names = _names(f"Karsten Capital bought a {share} stake in Velmont Foods.")
    assert "Velmont Foods" in names
    assert share not in names


def test_a_span_of_years_is_no_company() -> None:
    body = "Pour 2017-2018, le groupe Karsten vise une croissance de 3 %. Karsten a racheté Veltra."
    extraction = extract(NewsItem(id="names", body=body, language="fr"))
    assert "2017-2018" not in {entity.name for entity in extraction.entities}
    assert ("acquisition", "Karsten", "Veltra") in _events(body, "fr")
    assert ("acquisition", "7-Eleven", "Velmont") in _events("7-Eleven acquired Velmont for $20 million.")
