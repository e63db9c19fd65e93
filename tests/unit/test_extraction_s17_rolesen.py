"""Round 14 (session 17), English names recognised from their role in the sentence.

No knowledge base, legal suffix or kind noun marks these names; their place does: the antecedent of ", which" before
a deal or relation verb ("which" stands for a thing, never a person), the object right after a cue row that ends on
its preposition ("clashed with X"), a subject after a time phrase that opens the sentence ("On Thursday X said it").
Every sentence is invented; each group has positives and near misses that must not give the name or the fact.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in Article(text, "en", None, _KB).companies}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvane, which is owned by Halverstone Capital, posted higher sales.", "Korvane"),
        ("Brindle Foods, which acquired Tessaro in 2019, plans a listing next year.", "Brindle Foods"),
        ("Velquist, which is partly owned by Halverstone Capital, opened a plant in Ohio.", "Velquist"),
        ("Marrow Labs, which has teamed up with Orvane on batteries, hired 200 engineers.", "Marrow Labs"),
    ],
)
def test_antecedent_of_which_before_a_deal_verb_is_a_company(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "who" stands for a person.
        ("Jane Roe, who acquired Tessaro in 2019, plans a listing next year.", "Jane Roe"),
        # A place after "from" / "in" is no company, whatever its relative says.
        ("The newest bidder is a cereal maker from Kelburn, which put its account into review.", "Kelburn"),
        # A French "qui" may stand for a person: only the customer verbs read its antecedent.
        ("Grégor Ambrel, qui a quitté Safran, prendra la tête de Faurecia.", "Grégor Ambrel"),
    ],
)
def test_antecedent_of_a_person_or_place_relative_is_no_company(text: str, word: str) -> None:
    language = "fr" if " qui " in text else "en"
    assert word not in {m.name for m in Article(text, language, None, _KB).companies}


def test_acquirer_in_a_which_clause_reaches_the_fact() -> None:
    text = "Brindle Foods, which acquired Tessaro in 2019, plans a listing next year."
    assert triples(text, "en", types=("acquisition",)) == [("acquisition", "Brindle Foods", "Tessaro")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trelleborg has clashed with Vantiro over prices.", "Vantiro"),
        ("Trelleborg remains at loggerheads with Vantiro, the paper said.", "Vantiro"),
        ("Rewe has struck a deal, but the dispute with Vantiro is escalating.", "Vantiro"),
    ],
)
def test_name_right_after_a_cue_that_ends_on_its_preposition(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trelleborg has clashed with Mary Smith over prices.",  # a person
        "Trelleborg has clashed with Lyon over prices.",  # a place
    ],
)
def test_person_or_place_after_a_cue_preposition_is_no_company(text: str) -> None:
    assert _names(text) <= {"Trelleborg"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Thursday Korvane said it had ended its contract with Halverstone.", "Korvane"),
        ("On Friday Brindleco bought Tessaro for $40 million.", "Brindleco"),
    ],
)
def test_subject_after_an_opening_time_phrase(text: str, name: str) -> None:
    assert name in _names(text)


def test_time_phrase_subject_reaches_the_fact() -> None:
    text = "On Thursday Korvane said it had ended its contract with Halverstone."
    assert triples(text, "en", prefix="customer") == [("customer_end", "Korvane", "Halverstone")]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday Jane Roe said she had left the board of Halverstone.",  # a person after the time phrase
        "On Monday Brussels said it would review the deal.",  # a place
    ],
)
def test_person_or_place_after_a_time_phrase_is_no_company(text: str) -> None:
    assert _names(text) <= {"Halverstone"}


# The object a relation cue introduces a few words on, after "with" or "from" (roles_en.relation_objects).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volkswagen plans to build a joint factory with Korvane in Salzgitter.", "Korvane"),
        ("Halverstone placed an order for test samples with Korvane.", "Korvane"),
        ("Halverstone bought the brand from Tessaro last year.", "Tessaro"),
    ],
)
def test_name_after_with_or_from_in_a_cue_clause(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Halverstone signed a deal on Tuesday with Jane Roe.", "Jane Roe"),  # a person
        ("Halverstone bought the brand from Lyon.", "Lyon"),  # a place
        ("Apple dropped Nvidia from the Power Mac G5 after the leak.", "Power Mac G5"),  # a product after "the"
    ],
)
def test_person_place_or_product_after_a_preposition_is_no_party(text: str, word: str) -> None:
    assert word not in _names(text)


def test_object_after_the_preposition_reaches_the_fact() -> None:
    text = "Halverstone placed an order for test samples with Korvane."
    assert triples(text, "en", prefix="customer") == [("customer_start", "Halverstone", "Korvane")]


# The subject that opens a sentence before a verb group: auxiliaries, adverbs, a verb of intent (VERB_GROUP_EN).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velquist also backed Tessaro, a maker of drones.", [("investment", "Velquist", "Tessaro")]),
        ("Velquist has itself invested in Tessaro.", [("investment", "Velquist", "Tessaro")]),
        (
            "Orvane proposes to end its logistics contract with Halverstone.",
            [("customer_end", "Orvane", "Halverstone")],
        ),
        (
            "Brindleco said Monday it had agreed to be bought by Halverstone Capital.",
            [("acquisition", "Halverstone Capital", "Brindleco")],
        ),
    ],
)
def test_opening_subject_across_a_verb_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text, "en", types=("investment", "customer_end", "acquisition")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe has also invested in Tessaro.",  # a person opens the sentence
        "Analysts have also invested time in Tessaro.",  # a plural noun, people
        "Meanwhile Tessaro has also raised prices.",  # an opener, no deal verb
    ],
)
def test_person_or_common_word_before_a_verb_group_is_no_company(text: str) -> None:
    assert _names(text) <= {"Tessaro"}


# The owner of what only a firm owns, a few lower-case words after its possessive (roles_en.POSSESSIVE_OWNER).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesla started using Korvane's chips in 2014.", "Korvane"),
        ("Korvane's newly announced self-driving alliance worried investors.", "Korvane"),
        ("Honda, long Takvero's single biggest customer, cut its orders.", "Takvero"),
        ("Mark Price, Velmora's managing director, explained the review.", "Velmora"),
    ],
)
def test_owner_of_what_only_a_firm_owns(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Apple would make half of the iPhone's power-management chips itself.", "iPhone"),  # a product
        ("Investors cheered Musk's new deal with the agency.", "Musk"),  # a person's deal
        ('"Mitra Velk\'s labs will fit our research," said a vice president.', "Velk"),  # a name cut by a quote
    ],
)
def test_possessive_of_a_product_person_or_cut_name_is_no_owner(text: str, word: str) -> None:
    assert word not in _names(text)


def test_possessive_owner_reaches_the_fact() -> None:
    text = "Korvane's new $400 million round was led by Halverstone Capital."
    assert triples(text, "en", types=("investment",)) == [("investment", "Halverstone Capital", "Korvane")]


# The antecedent of ", which <Name> <verb>": the object of a buying or investing verb.


def test_object_relative_names_the_company_bought() -> None:
    text = "Vogt co-founded Twitchly, which Amazon bought in 2014 for $1 billion."
    assert "Twitchly" in _names(text)
    assert triples(text, "en", types=("acquisition",)) == [("acquisition", "Amazon", "Twitchly")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Galaxy Nine, which Maxar built for Intelsat, was launched on Friday.", "Galaxy Nine"),  # a supplier's product
        ("Sunac kept most of Oceanwell, which it had bought in 2019.", "Oceanwell"),  # "it": no named buyer
    ],
)
def test_object_relative_of_a_supply_verb_or_of_it_is_no_company(text: str, word: str) -> None:
    assert word not in _names(text)
