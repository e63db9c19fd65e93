"""Session 14, leadership and partnerships: readers proved on invented paraphrases, as other reporters would tell
the same fact (another tense, another order, a French twin), and near misses that must give nothing."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.inflections import verb_forms
from tests.support.extraction import triples


def _partnerships(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("partnership",))


def _modalities(text: str, language: str, kind: str) -> list[str]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return [event.modality for event in extraction.events if event.type == kind]


# --- a partnership verb in any tense (tables' *_verbs rows, inflections.py) ------------------------------------

SAFRAN_THALES = [("partnership", "Safran", "Thales")]


@pytest.mark.parametrize(
    ("language", "text", "modality"),
    [
        ("en", "Safran is cooperating with Thales on satellite batteries.", "fact"),
        ("en", "Safran has allied with Thales to build satellite batteries.", "fact"),
        ("en", "Safran will cooperate with Thales on satellite batteries.", "plan"),
        ("en", "Safran and Thales said on Monday they would cooperate on satellite batteries.", "plan"),
        ("en", "Safran and Thales cooperated on the satellite's batteries last year.", "fact"),
        ("fr", "Safran coopère avec Thales sur les batteries de satellites.", "fact"),
        ("fr", "Safran s'associera à Thales pour construire des batteries de satellites.", "plan"),
        ("fr", "Safran et Thales vont coopérer sur les batteries de satellites.", "plan"),
        ("fr", "Safran vient de nouer un partenariat avec Thales dans les batteries.", "fact"),
        ("fr", "Safran collaborera avec Thales sur les batteries de satellites.", "plan"),
        ("fr", "Safran s'est alliée au groupe Thales dans les satellites.", "fact"),
        ("fr", "Safran et Thales ont fait équipe pour décrocher le contrat des satellites.", "fact"),
        ("fr", "Safran s'allierait avec Thales dans les satellites, selon la presse.", "rumor"),
    ],
)
def test_a_partnership_verb_is_read_in_every_tense(language: str, text: str, modality: str) -> None:
    """A row written once in the infinitive reads "coopérera avec", "s'est alliée au", "is cooperating with"."""
    assert _partnerships(text, language) == SAFRAN_THALES
    assert _modalities(text, language, "partnership") == [modality]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran is cooperating with regulators on the inquiry into Thales."),  # no company partner
        ("fr", "Safran coopère avec les enquêteurs, a indiqué Thales."),
        ("fr", "Safran n'a jamais coopéré avec Thales."),  # denied
        ("en", "Safran cooperates closely with its own subsidiaries, Thales said."),
    ],
)
def test_a_partnership_verb_without_a_company_partner_gives_none(language: str, text: str) -> None:
    assert [m for m in _modalities(text, language, "partnership") if m != "denied"] == []


def test_a_refusal_to_cooperate_denies_the_partnership() -> None:
    assert _modalities("Safran declined to cooperate with Thales on the satellite.", "en", "partnership") == ["denied"]


def test_a_singular_tense_never_stands_for_a_pair() -> None:
    """The joint frame's rows are plural: "X coopère" alone names no second partner."""
    assert "coopère" not in verb_forms("coopérer", "fr", plural=True)
    assert "coopèrent" in verb_forms("coopérer", "fr", plural=True)
    assert "cooperates" not in verb_forms("cooperate", "en", plural=True)


@pytest.mark.parametrize(
    ("language", "phrase", "form"),
    [
        ("fr", "coopérer avec", "coopère avec"),
        ("fr", "coopérer avec", "a coopéré avec"),
        ("fr", "s'associer à", "s'associe aux"),
        ("fr", "s'associer à", "se sont associées à"),
        ("fr", "s'unir à", "s'unissent à"),
        ("fr", "faire équipe avec", "fera équipe avec"),
        ("fr", "conclure un partenariat avec", "a conclu un partenariat avec"),
        ("en", "ally with", "allied with"),
        ("en", "team up with", "teaming up with"),
        ("en", "join forces with", "joins forces with"),
    ],
)
def test_verb_forms(language: str, phrase: str, form: str) -> None:
    assert form in verb_forms(phrase, language)


# --- "Y, its partner": a partner apposed to a company (frame apposed, partners.apposed_partners) ---------------


@pytest.mark.parametrize(
    ("language", "text", "pair"),
    [
        (
            "fr",
            "Renault veut acheter ses batteries ailleurs que chez Valeo, son partenaire historique dans la "
            "coentreprise.",
            ("Renault", "Valeo"),
        ),
        (
            "en",
            "The report casts doubt on Tesla's cell deal with Panasonic, its only cell supplier so far and its partner "
            "in the Nevada plant.",
            ("Tesla", "Panasonic"),
        ),
        ("en", "Safran has sold its stake in the venture to Thales, its partner since 2010.", ("Safran", "Thales")),
        (
            "fr",
            "Safran a confié le projet à Thales, son partenaire stratégique dans les satellites.",
            ("Safran", "Thales"),
        ),
        ("en", "Safran will build the engine with Thales, its long-time partner.", ("Safran", "Thales")),
    ],
)
def test_a_partner_apposed_to_a_company_is_the_first_company_s_partner(
    language: str, text: str, pair: tuple[str, str]
) -> None:
    """ "Y, its partner (in ...)" / « Y, son partenaire historique »: a standing alliance, a fact whatever the verb."""
    assert _partnerships(text, language) == [("partnership", *pair)]
    assert _modalities(text, language, "partnership") == ["fact"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran won an order from Airbus, its biggest customer."),  # another relation
        ("en", "Safran has hired Jane Roe, his partner at Ardian, as chief financial officer."),  # a person's partner
        ("en", "Safran sold engines to Airbus, its former partner in the venture."),  # no longer a partner
        ("en", "Thales, its partner in the satellite venture, declined to comment."),  # nobody else named
        ("fr", "Safran a racheté Thales, l'ancien partenaire de Valeo."),  # nobody's "son"
    ],
)
def test_no_partner_apposed_gives_no_partnership(language: str, text: str) -> None:
    assert _partnerships(text, language) == []


# --- a verb of choosing, the newcomer, then her title (bare or after "as / comme") -----------------------------


def _changes(text: str, language: str) -> list[tuple[str | None, str | None, str | None]]:
    extraction = extract(NewsItem(id="t", title="", body=text, language=language))  # type: ignore[arg-type]
    return sorted(
        (event.subject.name if event.subject else None, event.person, event.role)
        for event in extraction.events
        if event.type == "leadership_change"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran's board has unanimously selected Jane Roe as Safran president and CEO."),
        ("en", "Safran has selected Jane Roe as its chief executive."),
        ("en", "Safran selects Jane Roe as chief executive officer."),
        ("fr", "Safran a désigné Jeanne Dupont directrice générale."),
        ("fr", "Safran a désigné Jeanne Dupont comme directrice générale."),
        ("fr", "Le conseil de Safran a sélectionné Jeanne Dupont comme directrice générale."),
    ],
)
def test_a_verb_of_choosing_names_the_newcomer_before_her_title(language: str, text: str) -> None:
    """The name a choosing verb governs, with a leader's title after it, is a person taking the post, no supplier."""
    person = "Jeanne Dupont" if language == "fr" else "Jane Roe"
    assert _changes(text, language) == [("Safran", person, "CEO")]
    assert triples(text, language, prefix="customer") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran selected Thales as its supplier for the new engine."),  # a supplier chosen
        ("fr", "Safran a désigné Thales comme fournisseur de ses moteurs."),
        ("fr", "Safran a sélectionné Thales comme prestataire."),
    ],
)
def test_a_company_chosen_as_supplier_is_no_leader(language: str, text: str) -> None:
    assert _changes(text, language) == []


def test_a_company_ending_the_apposition_before_the_title_is_no_person() -> None:
    """ "chose X, the head of Aker Kvaerner, as its new CEO": the firm stays a firm, and no change is told there."""
    text = "Safran has chosen John Doe, the head of engineering group Aker Kvaerner, as its new chief executive."
    assert _changes(text, "en") == [("Safran", "John Doe", "CEO")]


# --- a title word is never a first name ("Parks Chief Chapek") ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Safran Names Parks Chief Chapek as CEO\n\nSafran said it has named parks chairman Bob Chapek chief executive.",
        "Safran names Chairman Chapek CEO\n\nSafran said on Monday that Bob Chapek would become chief executive.",
    ],
)
def test_a_headline_title_before_a_surname_is_no_first_name(text: str) -> None:
    """The surname after "Chief" / "Chairman" is the story's full name for it; "Chief Chapek" is nobody."""
    assert _changes(text, "en") == [("Safran", "Bob Chapek", "CEO")]


def test_a_headline_title_and_a_surname_alone_keep_the_surname() -> None:
    assert _changes("Safran Names Parks Chief Chapek as CEO", "en") == [("Safran", "Chapek", "CEO")]


# --- an agreement "with Y" whose purpose is joint work: "signed an agreement with Y to jointly develop" ----------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran has signed an agreement with Thales to jointly develop satellite batteries."),
        ("en", "Safran struck a deal with Thales on Tuesday to co-develop satellite batteries."),
        ("en", "Safran said it had entered into an agreement with Thales to jointly develop satellite batteries."),
        ("fr", "Safran a signé un accord avec Thales pour développer ensemble des batteries de satellites."),
        ("fr", "Safran s'est entendu avec Thales pour codévelopper des batteries de satellites."),
    ],
)
def test_an_agreement_whose_purpose_is_joint_work_is_a_partnership(language: str, text: str) -> None:
    assert _partnerships(text, language) == SAFRAN_THALES


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran has signed a contract with Thales to supply satellite batteries."),  # a supply, no joint work
        ("fr", "Safran a signé un contrat avec Thales pour livrer des batteries."),
        ("en", "Safran competes with Thales to win the satellite order."),  # rivals
    ],
)
def test_an_agreement_without_joint_work_is_no_partnership(language: str, text: str) -> None:
    assert _partnerships(text, language) == []


# --- an appointment the company announces in reported speech: "said X would take over as CEO" -------------------


@pytest.mark.parametrize(
    ("language", "text", "modality"),
    [
        ("en", "Safran said Jane Roe would take over as CEO.", "plan"),
        ("en", "Safran said on Monday that its finance chief Jane Roe would take over as chief executive.", "plan"),
        ("en", "Jane Roe will take over as CEO of Safran, the company said.", "plan"),
        ("fr", "Safran a annoncé que Jeanne Dupont prendrait la direction générale.", "plan"),
        ("fr", "Jeanne Dupont prendrait la direction générale de Safran, selon la presse.", "rumor"),
        ("fr", "Jeanne Dupont a annoncé qu'elle rejoindrait Safran comme directrice générale.", "plan"),
        ("fr", "Jeanne Dupont rejoindra Safran comme directrice générale en mars.", "plan"),
    ],
)
def test_a_reported_future_appointment_is_read(language: str, text: str, modality: str) -> None:
    """The table's "will take over as" / « prendra » is read as reported too: "would take over as", « prendrait »."""
    person = "Jeanne Dupont" if language == "fr" else "Jane Roe"
    assert _changes(text, language) == [("Safran", person, "CEO")]
    assert _modalities(text, language, "leadership_change") == [modality]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran said Jane Roe would take over the satellite unit's sales team."),  # no title
        ("fr", "Safran a indiqué que Jeanne Dupont prendrait la parole lundi."),  # not the post
    ],
)
def test_a_reported_future_without_a_post_names_nobody(language: str, text: str) -> None:
    assert _changes(text, language) == []


# --- "Jane Roe, Safran's new chief executive,": the English twin of « Jeanne Dupont, nouvelle DG de Safran » ------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Jane Roe, Safran's new chief executive, said the plan would go ahead."),
        ("en", "Jane Roe is Safran's new chief executive."),
        ("en", "Jane Roe is the new chief executive of Safran."),
        ("fr", "Jeanne Dupont est la nouvelle directrice générale de Safran."),
        ("fr", "Jeanne Dupont, nouvelle directrice générale de Safran, a présenté le plan."),
    ],
)
def test_a_newcomer_apposed_or_equated_to_a_company_s_new_title(language: str, text: str) -> None:
    person = "Jeanne Dupont" if language == "fr" else "Jane Roe"
    assert _changes(text, language) == [("Safran", person, "CEO")]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe met Safran's new chief executive on Monday.",  # another person, unnamed
        "Jane Roe, Thales's former chief executive, said demand was strong.",  # a title held before
    ],
)
def test_a_name_near_a_company_s_new_title_is_not_its_holder(text: str) -> None:
    assert _changes(text, "en") == []


# --- several people in one sentence: the one replaced holds none of a coordinated second naming's titles ----------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Safran named Jane Roe chief executive, replacing John Doe, and appointed Paul Hart as chairman."),
        ("en", "Safran appointed Jane Roe as CEO to replace John Doe, and named Paul Hart chairman."),
        (
            "fr",
            "Safran a nommé Jeanne Dupont directrice générale, en remplacement de John Doe, et a désigné Paul Hart "
            "comme président.",
        ),
    ],
)
def test_a_second_naming_keeps_its_title(language: str, text: str) -> None:
    person = "Jeanne Dupont" if language == "fr" else "Jane Roe"
    assert _changes(text, language) == [("Safran", person, "CEO"), ("Safran", "Paul Hart", "chair")]


def test_a_succession_still_reads_its_title_after_an_aside() -> None:
    """Near miss of the guard: an aside after the one replaced is no second naming."""
    assert _changes("Jane Roe will replace John Doe, who retires, as chairman of Safran.", "en") == [
        ("Safran", "Jane Roe", "chair")
    ]


# --- "with its partner Y" after a passive's agent: the partner is the agent's ------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Valeo fournit l'usine exploitée par Renault avec son partenaire Nissan."),
        ("en", "Valeo supplies the plant run by Renault with its partner Nissan."),
        ("fr", "Renault exploite l'usine avec son partenaire Nissan."),
    ],
)
def test_its_partner_after_an_agent_is_the_agent_s(language: str, text: str) -> None:
    assert _partnerships(text, language) == [("partnership", "Renault", "Nissan")]


def test_its_partner_after_an_unnamed_agent_names_no_partnership() -> None:
    """ "créée par le distributeur avec son partenaire Rewe": the subject before is not the one "son" stands for."""
    text = "Leclerc veut que Danone négocie avec la centrale créée par le distributeur avec son partenaire Rewe."
    assert _partnerships(text, "fr") == []
