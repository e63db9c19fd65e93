"""Session 22 (partner): partnerships told by frames the readers did not know, proved on invented company names.

A partner noun with its two sides (:mod:`streams.extraction.partner_nouns`, names offered by
:mod:`streams.extraction.partner_names`), an alliance named by its members, a joint undertaking "with" its partner,
several alliances told by a plural noun, one alliance of three told by a singular noun, "the two companies" standing
for a pair named earlier in the sentence, an agreement or a choice whose purpose is joint work, and a pair subject of
a verb of allying. Each is checked on near misses that must name no partnership: people, places, countries,
nationalities, festivals, products, openers, a past partner, a sum of two companies' figures.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def partners(text: str, language: str = "en") -> set[frozenset[str | None]]:
    """The unordered pairs of every partnership event of ``text``."""
    return {frozenset((s, o)) for _, s, o in triples(text, language, types=("partnership",))}


def pair(first: str, second: str) -> frozenset[str | None]:
    """An unordered pair of partners."""
    return frozenset((first, second))


# --- the partner noun: holder before (copula or apposition), other side after "of / de" or as a possessive ---------
@pytest.mark.parametrize(
    ("text", "language", "holders", "other"),
    [
        ("Dorvane is a long-standing partner of Korvia in the aircraft business.", "en", ("Dorvane",), "Korvia"),
        ("Bellmark, a strategic partner of Quentaro, will build the new cells.", "en", ("Bellmark",), "Quentaro"),
        ("Korvia is also Dorvane's partner in a battery venture that is building a plant in Ohio.", "en",
         ("Korvia",), "Dorvane"),
        ("The venture could sell batteries to Bellmark and Quentaro, which are Dorvane's partners on EV technology.",
         "en", ("Bellmark", "Quentaro"), "Dorvane"),
        ("Dorvane est un partenaire historique de Korvia dans l'aéronautique.", "fr", ("Dorvane",), "Korvia"),
        ("Korvia, allié de Dorvane depuis dix ans, a remporté le contrat.", "fr", ("Korvia",), "Dorvane"),
    ],
)  # fmt: skip
def test_a_partner_noun_allies_its_holder_and_the_other_side(
    text: str, language: str, holders: tuple[str, ...], other: str
) -> None:
    assert {pair(holder, other) for holder in holders} <= partners(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jane Roe, a partner at Ardian, joined the board of Korvia.", "en"),  # a person's employer
        ("John Smith is a partner of Korvia's founder.", "en"),  # a person
        ("Dorvane, a former partner of Korvia, is suing the group.", "en"),  # the past
        ("Germany is a key partner of France in the project.", "en"),  # countries
        ("However, Paris is a partner of the Cannes Festival this year.", "en"),  # a city, a festival, an opener
        ("The Korvia X5 is a partner of choice for long trips.", "en"),  # a product
        ("Selon Dorvane, le Québec reste un partenaire de la France.", "fr"),  # a region, a country, an opener
        ("Par ailleurs, Marie Dupont est une partenaire de Bellmark.", "fr"),  # an opener and a person
    ],
)
def test_a_partner_noun_without_two_companies_gives_none(text: str, language: str) -> None:
    assert partners(text, language) == set()


# --- a group named by its members, a joint undertaking "with" its partner, plural and singular alliance nouns -----
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The satellites will be built by an alliance of Dorvane, Korvia and Bellmark.", "en",
         {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark"), pair("Korvia", "Bellmark")}),
        ("Le projet sera porté par une alliance de Dorvane, Korvia et Bellmark.", "fr",
         {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark"), pair("Korvia", "Bellmark")}),
        ("Dorvane plans to build a joint factory with Korvia in Poland.", "en", {pair("Dorvane", "Korvia")}),
        ("Dorvane said it was preparing a joint bid with Bellmark for the network.", "en",
         {pair("Dorvane", "Bellmark")}),
        ("Dorvane a déposé une offre commune avec Korvia pour le réseau.", "fr", {pair("Dorvane", "Korvia")}),
        ("Dorvane has signed partnerships with Korvia and Bellmark.", "en",
         {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark")}),
        ("Analysts welcomed Dorvane's newly announced self-driving alliance with Korvia and Bellmark.", "en",
         {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark"), pair("Korvia", "Bellmark")}),
    ],
)  # fmt: skip
def test_members_and_joint_undertakings_name_every_partner(
    text: str, language: str, expected: set[frozenset[str | None]]
) -> None:
    assert partners(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "in partnership with A, B and C": the company's partners, not an alliance among them
        ("Dorvane a lancé le fonds en partenariat avec Korvia, Bellmark et Quentaro.", "fr",
         {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark"), pair("Dorvane", "Quentaro")}),
        # a verb of allying with a list: one deal per partner
        ("Dorvane teamed up with Korvia and Bellmark.", "en", {pair("Dorvane", "Korvia"), pair("Dorvane", "Bellmark")}),
    ],
)  # fmt: skip
def test_partners_listed_after_an_adverbial_or_a_verb_are_not_allied_to_each_other(
    text: str, language: str, expected: set[frozenset[str | None]]
) -> None:
    assert partners(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Alliance of Quebec Producers met in Montreal on Tuesday.", "en"),  # a body's name, places
        ("Meanwhile, the joint factory with Poland's government is still a plan.", "en"),  # a country, an opener
        ("Dorvane and Korvia together hold 40% of the market.", "en"),  # a sum of figures
        ("Le festival a noué une alliance de circonstance avec la Bretagne.", "fr"),  # a festival and a region
    ],
)
def test_members_and_joint_undertakings_without_companies_give_none(text: str, language: str) -> None:
    assert partners(text, language) == set()


# --- "the two companies" for a pair named earlier in the sentence; an agreement's or a choice's joint purpose -----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorvane said it will invest $50 million in Korvia, and the two companies will jointly develop new chips.",
         {pair("Dorvane", "Korvia")}),
        ("Bellmark bought a 5% stake in Quentaro last year, and both groups will now co-develop batteries.",
         {pair("Bellmark", "Quentaro")}),
        ("Dorvane tapped Korvia to co-develop its next electric platform.", {pair("Dorvane", "Korvia")}),
        ("Bellmark has selected Quentaro to jointly develop a radar.", {pair("Bellmark", "Quentaro")}),
        # the agreement's purpose, not the pair that opens the clause
        ("Bellmark and Quentaro have linked their clouds, and Bellmark has signed an agreement with Korvia to "
         "collaborate on 5G.", {pair("Bellmark", "Korvia")}),
    ],
)  # fmt: skip
def test_a_joint_purpose_names_the_pair_the_sentence_told(text: str, expected: set[frozenset[str | None]]) -> None:
    assert expected <= partners(text)


@pytest.mark.parametrize(
    "text",
    [
        "John Smith said he met Jane Roe, and the two executives will jointly develop a plan.",  # people
        "France and Germany agreed, and the two countries will jointly develop a tank.",  # countries
        "Dorvane tapped Jane Roe to co-develop its next platform.",  # a person chosen
        "However, Dorvane will co-develop the platform alone.",  # one company, an opener
    ],
)
def test_a_joint_purpose_without_a_company_pair_gives_none(text: str) -> None:
    assert partners(text) == set()


# --- a pair subject of a verb of allying, names no knowledge base holds --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In September, Quentaro and Bellmark forged a partnership that taps into the payments market.",
        "Quentaro and Bellmark struck an alliance to build trucks.",
        "Quentaro and Bellmark sealed a partnership on Monday.",
    ],
)
def test_a_pair_subject_of_a_verb_of_allying_is_recognised(text: str) -> None:
    assert partners(text) == {pair("Quentaro", "Bellmark")}


# --- a site built or run with a partner, a relative clause of alliance, work with a partner on a shared project ---
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dorvane will build two battery plants with Korvia in Ohio.", "en", {pair("Dorvane", "Korvia")}),
        ("Dorvane operates a lithium-ion cell factory with Korvia in Nevada.", "en", {pair("Dorvane", "Korvia")}),
        ("Dorvane va construire une usine de batteries avec Korvia en Pologne.", "fr", {pair("Dorvane", "Korvia")}),
        ("Dorvane a racheté Korvia, avec laquelle Bellmark avait noué un partenariat.", "fr",
         {pair("Bellmark", "Korvia")}),
        ("Analysts expect Renvale to court Quentaro and Bellmark, the two carmakers with which Dorvane formed an "
         "alliance.", "en", {pair("Dorvane", "Quentaro"), pair("Dorvane", "Bellmark")}),
        ("Dorvane is working with Korvia on a new battery.", "en", {pair("Dorvane", "Korvia")}),
        ("Le groupe Dorvane, qui travaille déjà avec Korvia dans la mobilité, multiplie les accords.", "fr",
         {pair("Dorvane", "Korvia")}),
    ],
)  # fmt: skip
def test_a_joint_site_a_relative_of_alliance_or_a_shared_project_names_the_partners(
    text: str, language: str, expected: set[frozenset[str | None]]
) -> None:
    assert expected <= partners(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dorvane opened a plant with 500 workers in Ohio.", "en"),  # workers, a place
        ("Dorvane built the factory with help from the state of Texas.", "en"),  # help, a region
        ("Dorvane a construit une usine avec l'aide de la région Bretagne.", "fr"),  # aid, a region
        ("Le fournisseur Korvia, avec lequel Dorvane a signé un contrat, livrera en mai.", "fr"),  # a purchase
        ("Jane Roe, with whom Dorvane formed a partnership, left.", "en"),  # a person
        ("Dorvane works with Korvia.", "en"),  # no shared project: a supplier, maybe
        ("Dorvane worked with Korvia on the sale of its unit.", "en"),  # an adviser on a deal
        ("Par ailleurs, Dorvane travaille avec Marie Dupont sur un projet au Canada.", "fr"),  # a person, a country
    ],
)
def test_a_site_a_relative_or_work_without_a_company_partner_gives_none(text: str, language: str) -> None:
    assert partners(text, language) == set()


# --- a venture run by the sentence's subject ("it"), the French order « a monté avec Y un laboratoire » ------------
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dorvane indirectly holds 65% of Bellmark Ford, the venture it runs with Korvia under the Beyond name.", "en",
         {pair("Dorvane", "Korvia")}),
        ("En juin 2019, Dorvane avait monté avec Korvia un laboratoire d'innovation.", "fr",
         {pair("Dorvane", "Korvia")}),
        ("Le groupe Dorvane a annoncé la création avec le brésilien Korvia d'une coentreprise.", "fr",
         {pair("Dorvane", "Korvia")}),
        ("Le groupe Dorvane a monté en début d'année avec Korvia un fonds de 77 millions d'euros.", "fr",
         {pair("Dorvane", "Korvia")}),
    ],
)  # fmt: skip
def test_a_venture_run_by_the_subject_or_a_thing_made_with_a_partner_names_both(
    text: str, language: str, expected: set[frozenset[str | None]]
) -> None:
    assert expected <= partners(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le groupe Dorvane a signé avec Korvia un contrat de fourniture.", "fr"),  # a purchase
        ("Selon Marie Dupont, la France a monté avec l'Allemagne un laboratoire commun.", "fr"),  # countries, a person
        ("Par ailleurs, Jean Martin a créé avec Paul Durand une société commune à Lyon.", "fr"),  # people, a city
        ("Jane Roe said the venture it runs with John Smith will list in Paris.", "en"),  # people, a place
    ],
)
def test_a_thing_made_with_no_company_pair_gives_none(text: str, language: str) -> None:
    assert partners(text, language) == set()
