"""Session 19 (acq): who buys and who is bought, read by clause shape, and offers naming their bidder inside.

Each reader is proved on invented sentences (other parties, French as well as English) and on near misses that must
not give the deal or must not give it to the wrong party (the first verb's object, a relative's own subject, an offer
for something else than the company, a new subject in the conjunct).
"""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract
from tests.support.extraction import triples

DEALS = ("acquisition", "stake")


def deals(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(buyer, target) of every acquisition or stake event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=DEALS)]


def modalities(text: str, language: str = "en") -> list[str]:
    """The modality of every acquisition event of ``text``."""
    item = NewsItem(id="t", title="", body=text, language=language)  # type: ignore[arg-type]
    return [event.modality for event in extract(item).events if event.type == "acquisition"]


# acq_parties.conjunct_first_deal: a subject-less conjunct shares the first verb's subject, not its object.
@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Norwell Group bought Italian valve maker Castoro last year in a deal worth $2 billion and bid in March for "
         "a majority stake in Swiss pump maker Helvex.", "en",
         [("Norwell", "Castoro"), ("Norwell", "Helvex")]),
        ("Tarvik Holdings acquired Brenmoor Foods in 2019 and later took a controlling stake in Ostrava Mills.", "en",
         [("Tarvik", "Brenmoor Foods"), ("Tarvik", "Ostrava Mills")]),
        ("Le groupe Valmont a racheté le fabricant Pirsol l'an dernier et a pris une participation majoritaire dans "
         "Korvet.", "fr", [("Valmont", "Korvet"), ("Valmont", "Pirsol")]),
    ],
)  # fmt: skip
def test_a_subjectless_conjunct_buys_with_the_first_subject(
    text: str, language: str, pairs: list[tuple[str, str]]
) -> None:
    assert deals(text, language) == pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a relative clause of the first object has its own subject: the object buys
        ("Norwell Group bought Castoro, which then took a majority stake in Helvex.", ("Castoro", "Helvex")),
        # a new subject opens the conjunct
        ("Norwell Group bought Castoro and Tarvik Holdings took a majority stake in Helvex.", ("Tarvik", "Helvex")),
    ],
)
def test_a_conjunct_with_its_own_subject_keeps_it(text: str, pair: tuple[str, str]) -> None:
    found = deals(text)
    assert pair in found
    assert ("Norwell", "Helvex") not in found


# acq_parties.bought_thing_of: a passive inside a "whose" relative is said of the relative's own noun.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brenmoor Foods, whose U.S. media is bought by Castoro Media, has put its account in review.", "en"),
        ("Tarvik Holdings, whose parent was acquired by Norwell Group in 2019, opened a plant in Ohio.", "en"),
        ("Brenmoor, dont la filiale logistique a été rachetée par Norwell, ouvre une usine.", "fr"),
    ],
)
def test_a_thing_of_the_company_bought_in_a_whose_relative_is_no_takeover(text: str, language: str) -> None:
    assert deals(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Tarvik Holdings, which was acquired by Norwell Group in 2019, opened a plant.", "en", ("Norwell", "Tarvik")),
        ("Tarvik Holdings, whose takeover by Norwell Group closed in May, opened a plant.", "en",
         ("Norwell", "Tarvik")),
    ],
)  # fmt: skip
def test_the_company_itself_bought_in_a_relative_is_still_read(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in deals(text, language)


# acq_offers.offer_candidates: an offer naming its bidder inside the noun phrase is a planned takeover.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Castoro Systems accepted a raised $4.5 billion offer from Norwell Group on Thursday.", "en",
         ("Norwell", "Castoro Systems")),
        ("Brenmoor shares jumped on talk of a 640-pence-a-share offer from its rival Tarvik Holdings.", "en",
         ("Tarvik", "Brenmoor")),
        ("Shareholders backed a $3 billion cash bid from Norwell Group for Castoro Systems.", "en",
         ("Norwell", "Castoro Systems")),
        ("Tarvik Holdings, whose $5bn bid for Brenmoor was rebuffed, is still a suitor.", "en",
         ("Tarvik", "Brenmoor")),
        ("Le marché attend la contre-offre de Norwell sur Castoro.", "fr", ("Norwell", "Castoro")),
        ("L'OPA hostile de Vivendi sur le groupe italien Mediaset a été relevée.", "fr", ("Vivendi", "Mediaset")),
    ],
)  # fmt: skip
def test_an_offer_naming_its_bidder_is_a_planned_takeover(text: str, language: str, pair: tuple[str, str]) -> None:
    assert pair in deals(text, language)
    assert set(modalities(text, language)) <= {"plan", "rumor"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no price: an offer from a rival supplier is no bid for the company
        ("Castoro Systems weighed an offer from Norwell Group to supply its turbines.", "en"),
        # an offer for something else than the company
        ("Castoro Systems rejected a $300 million contract offer from Norwell Group.", "en"),
        ("Castoro Systems accepted a $200 million financing offer from Norwell Group.", "en"),
        # the customer chooses a bid: « l'offre du constructeur » names no company bought
        ("La SNCF a retenu l'offre de Castoro pour renouveler ses trains.", "fr"),
    ],
)
def test_an_offer_that_is_no_bid_for_a_company_reads_no_takeover(text: str, language: str) -> None:
    assert deals(text, language) == []


# acq_parties.dative_sale: a sale naming its buyer before what is sold; the seller neither buys nor is bought.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Vivendi sold to Bollore its 20% stake in Lagardere.", "en", ("Bolloré", "Lagardère")),
        ("Vivendi a vendu à Bolloré 20 % de Lagardère.", "fr", ("Bolloré", "Lagardère")),
        ("Nestlé cède à Novartis le solde de sa participation dans Alcon.", "fr", ("Novartis", "Alcon")),
        ("Vivendi cède au fonds KKR sa filiale Havas.", "fr", ("KKR", "Havas")),
    ],
)
def test_a_sale_naming_its_buyer_first_is_the_buyers_deal(text: str, language: str, pair: tuple[str, str]) -> None:
    assert deals(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # a true passive: the company before the verb is sold
        ("Acme Corp was sold to Beta Holdings, its largest rival, for $2 billion.", "en", ("Beta", "Acme")),
        ("Acme a été cédé à Beta, son rival.", "fr", ("Beta", "Acme")),
        # the company right after the verb is what is sold
        ("Acme Corp sold Widget Inc to Beta Holdings.", "en", ("Beta", "Widget")),
    ],
)
def test_a_passive_or_a_sale_with_its_object_first_is_read_as_before(
    text: str, language: str, pair: tuple[str, str]
) -> None:
    assert deals(text, language) == [pair]


# Table rows: entering the capital in the infinitive or future, a position taken, a price paid in a gerund.
@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Renault va entrer au capital de Verkor.", "fr", ("Renault", "Verkor")),
        ("Pershing Square took a position in Chipotle in 2016.", "en", ("Pershing Square", "Chipotle")),
        ("Pershing Square has built a 5% position in Chipotle.", "en", ("Pershing Square", "Chipotle")),
        ("Acme Corp rose 5% after paying $600 million for Beta Holdings.", "en", ("Acme", "Beta")),
    ],
)
def test_a_stake_taken_or_a_company_paid_for_is_read(text: str, language: str, pair: tuple[str, str]) -> None:
    assert deals(text, language) == [pair]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a job, not a holding
        ("She took a position in the finance team of Acme Corp.", "en"),
        # a venture of two companies, not either of them
        ("Aramco s'apprête à entrer au capital de la coentreprise thermique de Renault et Geely.", "fr"),
        # the company after "from" sold what was paid for
        ("Acme Corp paid $5 million for the rights to the drug from Beta Holdings.", "en"),
        ("Acme Corp is paying $5 million for a licence from Beta Holdings.", "en"),
    ],
)
def test_a_job_or_a_thing_bought_from_a_company_is_no_deal(text: str, language: str) -> None:
    assert deals(text, language) == []


def test_a_holder_ready_to_enter_the_capital_plans_it() -> None:
    text = "La coopérative Terrena s'est dite prête à entrer au capital de Brocéliande."
    item = NewsItem(id="t", title="", body=text, language="fr")
    stakes = [event for event in extract(item).events if event.type == "stake"]
    assert [(e.subject.name if e.subject else None, e.modality) for e in stakes] == [("Terrena", "plan")]


# acq_control_patterns: a French takeover phrase with a time or an adverb inside it, or a tense no row lists.
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("La société Rescoll met cette fois la main sur Critt MPC et Stilz Chimie.",
         [("Rescoll", "Critt MPC"), ("Rescoll", "Stilz Chimie")]),
        ("Le groupe Valmont a finalement pris le contrôle total de Korvet.", [("Valmont", "Korvet")]),
        ("La Banque Centrale Populaire avait pris le contrôle du groupe Banque Atlantique.",
         [("Banque Centrale Populaire", "Banque Atlantique")]),
    ],
)  # fmt: skip
def test_a_takeover_phrase_with_words_inside_is_read(text: str, pairs: list[tuple[str, str]]) -> None:
    assert deals(text, "fr") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Valmont n'a pas pris le contrôle de Korvet.",
        "Valmont a pris le contrôle de la situation chez Korvet.",
        "Valmont met la main sur le marché de Korvet.",
    ],
)
def test_a_takeover_phrase_denied_or_of_something_else_reads_no_takeover(text: str) -> None:
    assert deals(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En 1999, Valmont avait échoué à mettre la main sur le canadien Korvet.", "fr"),
        ("Acme Corp failed to buy Beta Holdings in 2019.", "en"),
    ],
)
def test_a_takeover_that_failed_is_denied(text: str, language: str) -> None:
    assert modalities(text, language) == ["denied"]
