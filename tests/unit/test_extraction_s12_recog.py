"""Companies the knowledge base does not know, recognised by what the story has them do (session 12).

Each class reads a signal, not a name: a one-word name that says, reports or announces something and recurs
("Vexora said ... Vexora added", "Swoctem, which ..., said"); a Title Case headline whose capitalised function
words and numbers end a name ("Acquires Thermocable In A 22 Mln Pound Deal"); a camel-cased known name written
with one capital ("Vmware", "Paypal"); an opener repeated with the same words is a phrase, not an actor ("Labour
costs ..." thrice); "Total annual sales" is no TotalEnergies. Each has names it must find and near misses
(people, places, common nouns, openers, headline capitals) it must not.
"""

from __future__ import annotations

import pytest

from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.mentions import find_companies
from tests.support.extraction import triples

_KB = load_knowledge_base()


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_companies(text, text.casefold(), _KB)}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Vexora said on Tuesday that orders rose. Vexora added that margins held.", "Vexora"),
        (
            "Swoctem, the vehicle of the Loh family, therefore launched a bid. "
            "Swoctem, which in 2020 withdrew an offer, said it wanted no majority.",
            "Swoctem",
        ),
        ("Kelvio a annoncé mardi une hausse de ses ventes. Kelvio précise que la marge progresse.", "Kelvio"),
        ("Halma Buys Quorvia\n\nQuorvia said the deal values it at 40 million pounds.", "Quorvia"),
    ],
)
def test_a_recurring_speaker_is_a_company(text: str, company: str) -> None:
    """A bare word that says or announces something and is named again, never in lower case, is a firm."""
    assert company in _names(text)


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        ("Analysts said the deal was cheap. Analysts expect a higher bid.", "Analysts"),
        ("John Smith runs the fund. Smith said the price was fair. Smith added nothing.", "Smith"),
        ("Mr. Dorrance said the price was fair. Mr. Dorrance added nothing.", "Dorrance"),
        ("Brussels said it would look at the deal. Brussels added that rules apply.", "Brussels"),
        ("Shareholders said the bid was low. One shareholder said it was fair.", "Shareholders"),
        ("However, the buyer said it would wait. However, the seller said no.", "However"),
        ("Retailers said sales were weak. Retailers warned of a slow Christmas.", "Retailers"),
        ("Tuesday said it all. Tuesday was a day of records for the index.", "Tuesday"),
    ],
)
def test_people_places_and_common_nouns_that_speak_are_no_company(text: str, not_company: str) -> None:
    """People by surname, places, plurals and openers say things too: none of them is a firm."""
    assert not_company not in _names(text)


def test_a_speaker_named_once_is_left_alone() -> None:
    """Once is anyone's name: a single "Orlane said" does not make a firm without another signal."""
    assert "Orlane" not in _names("Orlane said the talks had stalled and nobody knew why.")


def test_a_recurring_speaker_takes_part_in_its_deal() -> None:
    """Once recognised, the speaker is the buyer of the deal its sentence tells."""
    text = (
        "Swoctem, the holding of the Loh family, agreed to buy Kelvaro for 90 million euros. "
        "Swoctem said the purchase would close in June."
    )
    assert ("acquisition", "Swoctem", "Kelvaro") in triples(text, "en", prefix="acquisition")


@pytest.mark.parametrize(
    ("text", "company", "not_company"),
    [
        (
            "Halma Plc Acquires Thermocable In A 22 Mln Pound Deal\n\nHalma plc said it bought Thermocable.",
            "Thermocable",
            "Thermocable In A 22 Mln",
        ),
        ("Velmora Acquires Orlix For 40 Million Euros\n\nThe deal closed.", "Orlix", "Orlix For 40 Million Euros"),
        ("Kestrel Buys Danvers Tooling In Cash Deal\n\nThe deal closed.", "Danvers Tooling", "Danvers Tooling In Cash"),
    ],
)
def test_a_title_case_headline_ends_a_name_at_its_function_words(text: str, company: str, not_company: str) -> None:
    """In Title Case, "In", "For" and bare numbers are capitalised but never go on the name before them."""
    names = _names(text)
    assert company in names
    assert not_company not in names


def test_prose_keeps_a_capitalised_function_word_inside_a_name() -> None:
    """Outside a Title Case headline the words stay: "Bank of The West" is one name in prose."""
    assert "Orlix In Motion" in _names("The buyer agreed to acquire Orlix In Motion Ltd after a long auction.")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vmware a racheté Datrium, un spécialiste du stockage.", "fr", ("acquisition", "VMware", "Datrium")),
        ("Paypal acquired Kelvo, a payments startup, for $40 million.", "en", ("acquisition", "PayPal", "Kelvo")),
    ],
)
def test_a_camel_cased_name_written_with_one_capital_is_known(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    """Reporters write "Vmware" and "Paypal": the knowledge base's "VMware" and "PayPal"."""
    assert expected in triples(text, language, prefix="acquisition")


def test_a_common_surname_is_not_read_as_its_camel_cased_company() -> None:
    """ "M. Dupont" is a person, not DuPont; the plain form of a few names is left out on purpose."""
    assert "DuPont" not in _names("M. Dupont a cédé son entreprise à un concurrent.")


def test_an_opener_repeated_with_the_same_words_is_a_phrase() -> None:
    """ "Labour costs" opening three paragraphs is a repeated phrase, not the story's actor."""
    text = "Labour costs are high. Orders fell.\n\nLabour costs are high. Orders rose.\n\nLabour costs are high."
    assert "Labour" not in _names(text)


def test_an_opener_doing_several_things_is_still_the_actor() -> None:
    """ "Bell a fait savoir ... Bell met ... Bell précise": varied verbs, one actor."""
    text = "Bell a fait savoir que le contrat tient. Bell met en avant son réseau. Bell précise que rien ne change."
    assert "Bell" in _names(text)


def test_total_before_an_adjective_and_sales_is_no_company() -> None:
    """ "Total annual sales" is a sum; "Total said" is still TotalEnergies."""
    assert "TotalEnergies" not in _names("Total annual sales for the products are about 100 million kronor.")
    assert "TotalEnergies" in _names("Total said it would sell the refinery to a rival.")


def test_a_speaker_that_starts_a_longer_name_is_its_short_form() -> None:
    """ "hedge fund Orsay Capital ... Orsay declined": Orsay is Orsay Capital, not a second firm."""
    names = _names("The hedge fund Orsay Capital holds 6 percent. Orsay said nothing. Orsay declined to comment.")
    assert "Orsay" not in names


def test_a_legal_form_inside_a_word_marks_no_name() -> None:
    """ "SSAB" ends in "AB" but holds no legal form: no "SS" before it; "Meda AB" still names Meda."""
    names = _names("Olof Faxander, head of SSAB (SSABA SS), moves on. Meda AB (MEDAA SS) jumped 5.9 percent.")
    assert "SS" not in names
    assert "Meda" in names


def test_a_stock_index_is_no_company() -> None:
    """ "Norway's OBX Index slipped": an index, whatever its name, even after a possessive."""
    assert "OBX Index" not in _names("Norway's OBX Index slipped 0.9 percent while the Kelvane Index rose.")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Le groupe néerlandais Halvers & Van der Molen a racheté l'armateur Korvel.", "Halvers & Van der Molen"),
        ("The Dutch group Brink & Van den Heuvel bought a Belgian rival last week.", "Brink & Van den Heuvel"),
    ],
)
def test_a_dutch_particle_stays_inside_a_firm_name(text: str, company: str) -> None:
    """ "Van der", "Van den": the lower-case particle does not cut the name at "Van"."""
    names = _names(text)
    assert company in names
    assert not any(name.endswith("& Van") for name in names)


def test_a_person_with_a_particle_is_still_no_firm() -> None:
    """ "von der Leyen" keeps being a person's name."""
    assert not any("Leyen" in name for name in _names("Ursula von der Leyen welcomed the deal on Monday."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vmware s'est ainsi emparé de Datrium, un rachat surprise.", ("acquisition", "VMware", "Datrium")),
        ("Le groupe Kelvane s'est donc emparé de Borvio pour 12 millions.", ("acquisition", "Kelvane", "Borvio")),
        ("Le groupe Kelvane a ainsi racheté Borvio, son voisin.", ("acquisition", "Kelvane", "Borvio")),
    ],
)
def test_an_adverb_inside_a_reflexive_or_compound_deal_verb_keeps_the_deal(
    text: str, expected: tuple[str, str, str]
) -> None:
    """ "s'est ainsi emparé de", "a ainsi racheté": the adverb sits between auxiliary and participle."""
    assert expected in triples(text, "fr", prefix="acquisition")


def test_an_adverb_inside_a_deal_verb_with_no_named_target_gives_no_deal() -> None:
    """ "s'est ainsi emparé du marché": a market, no company bought."""
    assert triples("Vmware s'est ainsi emparé du marché de la virtualisation.", "fr", prefix="acquisition") == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Vexora Cuts Jobs\n\nVexora cut its forecast on Tuesday. The Swedish firm also closed a plant.", "Vexora"),
        ("Kelvio ferme une usine. Le groupe lyonnais garde son siège. Kelvio emploie 300 personnes.", "Kelvio"),
        ("Borvane a perdu un client. L'équipementier cherche un relais. Borvane reste confiant.", "Borvane"),
    ],
)
def test_a_subject_the_next_sentence_calls_by_a_kind_noun_is_a_company(text: str, company: str) -> None:
    """ "Vexora cut ... The Swedish firm ...": the kind noun refers back to a firm named bare."""
    assert company in _names(text)


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        ("Brussels opened a probe. The company said it would cooperate. Brussels wants answers.", "Brussels"),
        ("Monday brought news. The company said it would cooperate. Monday was busy.", "Monday"),
        ("Claire Dorval left. Dorval joined in May. The company said it was pleased. Dorval declined.", "Dorval"),
        ("Investors fled. The company said it was fine. Investors returned.", "Investors"),
        ("Kelvio ferme une usine. La rivale garde son siège.", "Kelvio"),
    ],
)
def test_places_days_people_and_lone_names_before_a_kind_noun_are_no_company(text: str, not_company: str) -> None:
    """Places, days, surnames, plurals, and a name given once are not read from the next sentence's kind noun."""
    assert not_company not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Labour costs rose. The company said so.\n\nLabour costs rose. The company said so.",
        "Founded a decade ago, Orvane grew. The company said so. Founded firms said more.",
        "Fondée en 2010, Orvane a grandi. Le groupe a dit oui. Fondée ou non, elle grandit.",
    ],
)
def test_repeated_phrases_and_participles_are_no_actor(text: str) -> None:
    """A phrase repeated word for word, or a participle opening a sentence, names nobody."""
    assert not _names(text) & {"Labour", "Founded", "Fondée"}


def test_a_city_state_after_a_bare_a_is_a_place() -> None:
    """ "des bureaux à Paris et à Singapour": a place; "un contrat avec Singapour" still names its state."""
    assert "Singapour" not in _names("La société a des bureaux à Paris et à Singapour depuis 2019.")
    assert "Singapour" in _names("Thales a signé un contrat avec Singapour pour des radars.")


def test_a_speaker_after_a_dateline_dash_is_a_company() -> None:
    """ "STOCKHOLM, March 3 (Reuters) - Vexora said": the dateline's dash opens the sentence."""
    text = "STOCKHOLM, March 3 (Wire) - Vexora said on Tuesday it would cut jobs. Vexora employs 900 people."
    assert "Vexora" in _names(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Korvane, based in Bradford, UK, makes heat detectors for tunnels.", "Korvane"),
        ("The buyer said Delmont Foods, headquartered in Cork, would keep its staff.", "Delmont Foods"),
        ("Trellix (www.trellix-tools.com), based in Scottsdale, designs fire systems.", "Trellix"),
        ("Orvane bought Pellwick (www.pellwick.co.uk) last week.", "Pellwick"),
    ],
)
def test_a_name_said_to_be_based_somewhere_or_given_a_website_is_a_company(text: str, company: str) -> None:
    """ "X, based in Bradford", "X (www.x.com)": where a business sits, or its website, marks its name."""
    assert company in _names(text)


@pytest.mark.parametrize(
    ("text", "not_company"),
    [
        ("Mark Jones, based in London, said the deal was done.", "Mark Jones"),
        ("Claire Dorval left the bank. Dorval, based in Paris, said no.", "Dorval"),
        ("Meanwhile, based in London, the team grew.", "Meanwhile"),
        ("Download the Orbit app (www.orbit.io) today.", "Orbit"),
    ],
)
def test_people_openers_and_products_before_a_place_or_website_are_no_company(text: str, not_company: str) -> None:
    """A person based somewhere, an opener, an app with its website: none is named a firm."""
    assert not_company not in _names(text)
