"""Session 26 (orgs): firms the knowledge base does not know, recognised by their place in the sentence.

Every sentence is written for the test; the firm names are invented (no knowledge-base entry can help).
"""

from __future__ import annotations

from tests.unit.extraction_helpers import event_amounts, event_pairs, extract_body

ACQ = "acquisition"


def test_dated_passive_keeps_the_buyer_after_by() -> None:
    """A date inside the passive ("acquired last year by") no longer swaps target and buyer."""
    assert event_pairs("Halvernet was acquired last year by Corvantis, the company said.", ACQ) == {
        ("Corvantis", "Halvernet")
    }
    assert event_pairs("Dumarais, bought two years ago by Corvantis, makes valves for ships.", ACQ) == {
        ("Corvantis", "Dumarais")
    }


def test_dated_passive_french() -> None:
    """« repris le 19 décembre dernier par », « rachetée en 2021 par »: the buyer stands after « par »."""
    body = (
        "Le fabricant breton Dumarais a été repris le 12 mars dernier par le groupe tchèque Corvantis, "
        "selon la décision du tribunal de commerce."
    )
    assert event_pairs(body, ACQ) == {("Corvantis", "Dumarais")}
    body = "La laiterie Morvelle a été rachetée en 2021 par la coopérative Terranor, qui emploie 300 personnes."
    assert event_pairs(body, ACQ) == {("Terranor", "Morvelle")}


def test_by_before_a_gerund_is_no_buyer() -> None:
    """ "acquired in 2019 by buying shares" tells how, not who: no passive reading."""
    pairs = event_pairs("Dumarais acquired in 2019 by buying shares of Corvantis on the market.", ACQ)
    assert ("Corvantis", "Dumarais") not in pairs


def test_completion_with_the_names_an_unknown_buyer() -> None:
    """ "X completed the acquisition of Y": a two-word unknown buyer before "has completed" is read."""
    body = "Corvantis Seismic has completed the acquisition of Halvern Data for $40 million in cash."
    assert event_amounts(body, ACQ) == {("Corvantis Seismic", "Halvern Data", 40_000_000.0)}


def test_country_possessive_and_demonym_are_no_party() -> None:
    """ "Ghana's X", "DRC's X": the country owns nothing; "Uruguayan" before a kind noun is no firm."""
    body = "Nigeria's Zenith Orvane agreed to acquire Ghana's Omega Trellis for an undisclosed sum."
    assert event_pairs(body, ACQ) == {("Zenith Orvane", "Omega Trellis")}
    body = "Corvantis buys DRC's Trellis Bank. The deal closed on Monday."
    assert event_pairs(body, ACQ) == {("Corvantis", "Trellis Bank")}
    names = {entity.name for entity in extract_body("Corvantis bought Uruguayan producer Dumarais last week.").entities}
    assert "Uruguayan" not in names


def test_french_kind_with_complement_before_a_two_word_name() -> None:
    """« la société d'investissement Breizh Morvan »: the complement's name of two words is the firm."""
    body = (
        "La biscuiterie Dumarais échappe à la liquidation, en étant reprise par la société d'investissement "
        "Breizh Morvan, selon le tribunal de commerce."
    )
    assert event_pairs(body, ACQ) == {("Breizh Morvan", "Dumarais")}


def test_owner_after_a_complement_stays_out() -> None:
    """« le fonds d'investissement du milliardaire Jean Durand »: the complement names the owner, no firm."""
    names = {
        entity.name
        for entity in extract_body(
            "Le tribunal a retenu le fonds d'investissement du milliardaire Jean Durand pour reprendre le site."
        ).entities
    }
    assert "Jean Durand" not in names


def test_partners_firm_is_one_name() -> None:
    """ "Roux et Compagnie", "Martin and Sons": the partners' word belongs to the firm's name."""
    body = "Le groupe Corvantis a racheté la société Roux et Compagnie, a indiqué le tribunal de commerce de Lorient."
    assert event_pairs(body, ACQ) == {("Corvantis", "Roux et Compagnie")}
    body = "Corvantis agreed to acquire Martin and Sons for $20 million, the company said on Monday."
    assert event_amounts(body, ACQ) == {("Corvantis", "Martin and Sons", 20_000_000.0)}


def test_listed_partners_stay_two_names() -> None:
    """Two firms listed with "and" stay two: only a partners' word after "and" makes one name."""
    body = "Corvantis agreed to acquire Halvern and Dumarais for $20 million, the company said on Monday."
    names = {entity.name for entity in extract_body(body).entities}
    assert "Halvern and Dumarais" not in names


def test_french_demonstrative_points_back() -> None:
    """« Cette entreprise » stands for the firm the sentence before named."""
    body = (
        "L'ancien banquier Jean Durand se relance avec Corvantis. Cette entreprise vient de prendre 50 % du capital "
        "de Proximela, l'inventeur d'une carte prépayée."
    )
    assert ("Corvantis", "Proximela") in event_pairs(body, "stake")


def test_one_word_after_investor_is_the_investing_firm() -> None:
    """ "British investor Zensoltis is leading the round": a firm; "investor Daniel Loeb" stays a person."""
    body = "British investor Zensoltis is leading the Trellidor round, its partner said on Wednesday."
    assert event_pairs(body, "investment") == {("Zensoltis", "Trellidor")}
    loeb = extract_body("Activist investor Daniel Loeb bought a stake in Corvantis.")
    assert "Daniel Loeb" not in {entity.name for entity in loeb.entities}


def test_bulleted_roundup_line_opens_its_sentence() -> None:
    """A roundup's bullet does not hide the name that opens its line."""
    body = (
        "Regional deals\n\n  \u2022 Halvern Mutual Sacco has acquired 100% ownership of the struggling Trellis Bank.\n"
        "  \u2022 Other deals are pending."
    )
    assert event_pairs(body, ACQ) == {("Halvern Mutual Sacco", "Trellis Bank")}


def test_size_word_before_a_head_is_no_name() -> None:
    """A title-cased headline's "Contract to Small Group" names no firm; the body's winner is the party."""
    body = "The Pentagon said it had awarded a $90 million contract to Halvernet, a small logistics company in Ohio."
    pairs = event_pairs(body, "customer_start", title="Pentagon Awards $90 Mln Contract to Small Group")
    assert all(supplier != "Small" for _, supplier in pairs)
    assert any(supplier == "Halvernet" for _, supplier in pairs)


def test_firm_of_a_country_is_the_party() -> None:
    """ "Halvernet of the Netherlands agreed to buy": the firm acts, not the country after "of"."""
    body = "Halvernet of the Netherlands agreed to buy Trellidor for $2 billion, the companies said."
    assert event_amounts(body, ACQ) == {("Halvernet", "Trellidor", 2_000_000_000.0)}
    names = {
        entity.name for entity in extract_body("The President of France met Corvantis executives in Paris.").entities
    }
    assert "President" not in names


def test_unit_named_before_its_trade_is_the_target() -> None:
    """ "sell its Halvernet payments business to Y": the unit is sold, not its seller; a region names no unit."""
    body = "Corvantis agreed to sell its Halvernet payments business to Trellidor for $30 million."
    assert event_amounts(body, ACQ) == {("Trellidor", "Halvernet", 30_000_000.0)}
    body = "Corvantis agreed to sell its North American business to Trellidor for $30 million."
    names = {entity.name for entity in extract_body(body).entities}
    assert "North American" not in names


def test_maker_between_a_count_and_a_model_number() -> None:
    """ "buy another 100 Ostrava 737 jets": the maker is the supplier; "20 Class 8 trucks" names no maker."""
    body = "Budget carrier Vanquaost said it would buy another 100 Ostrava 737 jets for more than $12 billion."
    assert event_pairs(body, "customer_start") == {("Vanquaost", "Ostrava")}
    names = {entity.name for entity in extract_body("The fleet operator bought 20 Class 8 trucks last year.").entities}
    assert "Class" not in names
