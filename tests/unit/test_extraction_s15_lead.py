"""Session 15, leadership: readers proved on invented paraphrases of structures seen in new real articles (another
verb, another order, a French twin), and near misses that must not give the event."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract


def _changes(text: str, language: str) -> list[tuple[str | None, str | None, str | None]]:
    """(company, incoming, outgoing) of each leadership change read in ``text``."""
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [
        (event.subject.name if event.subject else None, event.person, event.previous_person)
        for event in extraction.events
        if event.type == "leadership_change"
    ]


def _companies(text: str, language: str) -> set[str | None]:
    return {company for company, _, _ in _changes(text, language)}


# --- the officer who opens the clause speaks for his own company; a company after "with" / "avec" is a counterpart


@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        (
            "fr",
            "Le président de Renault Jean-Dominique Senard a justifié vendredi le départ du directeur général Thierry "
            "Bolloré par le besoin de relancer l'alliance avec Nissan. « Il n'y a rien de personnel », a ajouté "
            "M. Senard.",
            "Renault",
        ),
        (
            "en",
            "Renault chairman Jean-Dominique Senard on Friday defended the departure of chief executive Thierry "
            "Bolloré as a way to revive the alliance with Nissan. Senard said nothing personal was involved.",
            "Renault",
        ),
        (
            "en",
            "Airbus chairman René Obermann said on Tuesday that chief financial officer Dominik Asam would leave at "
            "the end of the year, after talks with Safran. Obermann thanked him.",
            "Airbus",
        ),
        (
            "fr",
            "Le président de Michelin, Florent Menegaux, a annoncé jeudi la démission du directeur financier Marc "
            "Henry, après une revue menée avec Bpifrance. M. Menegaux a salué son travail.",
            "Michelin",
        ),
        (
            "fr",
            "Le président de Michelin, Florent Menegaux, a annoncé jeudi l'arrivée de Jean Dupont au poste de "
            "directeur financier, après une revue menée avec Bpifrance. M. Menegaux a salué son expérience.",
            "Michelin",
        ),
    ],
)
def test_a_titled_speaker_gives_his_company_not_the_counterpart(language: str, text: str, company: str) -> None:
    assert _companies(text, language) == {company}


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # the title names another company: the change is there, not the speaker's
        (
            "fr",
            "Le président de Renault Jean-Dominique Senard a salué la nomination de Jean Dupont à la tête de Nissan. "
            "M. Senard l'a félicité.",
            "Renault",
        ),
        (
            "en",
            "Airbus chairman René Obermann welcomed the appointment of Jane Roe as chief executive of Safran. "
            "Obermann said she was a fine choice.",
            "Airbus",
        ),
        # a former officer speaks for no company
        (
            "fr",
            "L'ancien président de Renault Louis Schweitzer a commenté mardi le départ de Håkan Samuelsson, qui "
            "dirigeait Volvo depuis dix ans. M. Schweitzer s'est dit surpris.",
            "Renault",
        ),
    ],
)
def test_a_speaker_never_takes_another_company_s_change(language: str, text: str, absent: str) -> None:
    assert absent not in _companies(text, language)


def test_an_officer_leaving_himself_is_his_company_s_change() -> None:
    text = "Airbus chairman René Obermann will step down in April after talks with Safran. Obermann said it was time."
    assert _changes(text, "en") == [("Airbus", None, "René Obermann")]


def test_a_partnership_sentence_gives_no_leadership_change() -> None:
    text = "Le président de Renault Jean-Dominique Senard a défendu l'alliance avec Nissan. M. Senard a parlé d'avenir."
    assert _changes(text, "fr") == []


# --- "as her successor" past an aside about the newcomer, the leaver's title told a sentence or two before --------


@pytest.mark.parametrize(
    ("language", "text", "change"),
    [
        (
            "en",
            "Thyssenkrupp said its chief executive Martina Merz has asked to leave. The supervisory board will propose "
            "Miguel Lopez, who runs Norma Group, as her successor.",
            ("Thyssenkrupp", "Miguel Lopez", "Martina Merz"),
        ),
        (
            "en",
            "Thyssenkrupp said its chief executive Martina Merz has asked to leave. Activist investor Cevian had long "
            "criticised the pace of change at Thyssenkrupp. The board will propose Miguel Angel Lopez Borrego, who "
            "chairs Siemens Gamesa, as her successor.",
            ("Thyssenkrupp", "Miguel Angel Lopez Borrego", "Martina Merz"),
        ),
        (
            "fr",
            "Le directeur général de Michelin, Jean Martin, quittera ses fonctions en mai. Le conseil a désigné Paul "
            "Durand, qui préside Valeo, pour lui succéder.",
            ("Michelin", "Paul Durand", "Jean Martin"),
        ),
        (
            "fr",
            "Danone a annoncé le départ de son directeur général Emmanuel Faber. Le conseil a choisi Pierre Durand, "
            "qui dirigeait Barry Callebaut, comme son successeur.",
            ("Danone", "Pierre Durand", "Emmanuel Faber"),
        ),
        (
            "fr",
            "Le directeur général de Michelin, Jean Martin, quittera ses fonctions en mai. Le conseil a désigné Paul "
            "Durand, l'actuel patron de Valeo, pour lui succéder.",
            ("Michelin", "Paul Durand", "Jean Martin"),
        ),
    ],
)
def test_a_successor_named_past_an_aside_takes_the_leaver_s_title(
    language: str, text: str, change: tuple[str, str, str]
) -> None:
    assert _changes(text, language) == [change]


@pytest.mark.parametrize(
    "text",
    [
        # the aside is followed by another post, or by no post at all
        "Thyssenkrupp said its chief executive Martina Merz has asked to leave. The supervisory board will propose "
        "Miguel Lopez, who runs Norma Group, as a director.",
        "Thyssenkrupp said its chief executive Martina Merz has asked to leave. She praised Miguel Lopez, who runs "
        "Norma Group, as her mentor.",
        # the apposition's company describes the newcomer: never the change's company
        "Siemens said chief executive Joe Kaeser would retire. The board named Roland Busch, a longtime deputy at "
        "Siemens Energy, as his successor.",
    ],
)
def test_an_aside_never_gives_another_post_or_company(text: str) -> None:
    changes = _changes(text, "en")
    assert all(person is None for _, person, _ in changes)
    assert all(company not in {"Norma Group", "Siemens Energy"} for company, _, _ in changes)


# --- "X has been appointed to lead Y": the name before the passive naming verb leads, not one named earlier ------


@pytest.mark.parametrize(
    ("language", "text", "change"),
    [
        (
            "en",
            "John Roe, chief executive of Danone, will retire in June. Following Roe's announcement that he will "
            "retire as chief executive, Marie Dupont has been appointed to lead Danone.",
            ("Danone", "Marie Dupont", "John Roe"),
        ),
        (
            "en",
            "Following Deal's announcement that he would retire, Stephanie Pope was named to run Airbus.",
            ("Airbus", "Stephanie Pope", None),
        ),
        ("en", "After Tom Smith's exit, Jane Roe was picked to lead Unilever.", ("Unilever", "Jane Roe", None)),
        (
            "fr",
            "Après l'annonce du départ de Jean Martin, Marie Roux a été choisie pour prendre la tête de Michelin.",
            ("Michelin", "Marie Roux", None),
        ),
    ],
)
def test_the_name_before_a_passive_naming_leads(language: str, text: str, change: tuple[str, str, str | None]) -> None:
    assert _changes(text, language) == [change]


@pytest.mark.parametrize(
    "text",
    [
        "Following Deal's announcement, Stephanie Pope was named to lead Boeing's safety review.",
        "Following Deal's announcement that he would retire, Stephanie Pope was named spokeswoman of Airbus.",
    ],
)
def test_a_passive_naming_to_another_post_is_no_change(text: str) -> None:
    assert _changes(text, "en") == []
