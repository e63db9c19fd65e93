"""Session 14, precision: structures that made the readers emit events the story does not tell.

Invented sentences only; each group has paraphrases that must give the event and near misses that must not
lose it.
"""

from __future__ import annotations

from tests.support.extraction import triples

# --- A wire's headline label ("Group : its unit did X") is no party when the unit after the colon acts --------


def test_french_label_then_agency_losing_a_budget() -> None:
    title = "PUBLICIS : l'agence Leo Burnett perd le budget McDonald's"
    text = "L'agence Leo Burnett, qui fait partie de la galaxie Publicis, a perdu le budget McDonald's."
    assert triples(text, "fr", prefix="customer_", title=title) == [("customer_end", "McDonald's", "Leo Burnett")]


def test_french_label_then_unit_named_right_after_the_colon() -> None:
    title = "WPP: Mindshare aurait perdu le budget média HSBC"
    text = "Mindshare, agence du géant britannique WPP, aurait perdu le budget média de HSBC."
    assert triples(text, "fr", prefix="customer_", title=title) == [("customer_end", "HSBC", "Mindshare")]


def test_french_label_with_an_unnamed_lost_client() -> None:
    title = "Havas : l'agence BETC perd le budget Peugeot"
    text = "L'agence BETC, filiale de Havas, a perdu le budget Peugeot au profit de Publicis."
    vendors = {obj for kind, _, obj in triples(text, "fr", prefix="customer_", title=title) if kind == "customer_end"}
    assert vendors == {"BETC"}


def test_english_label_then_agency_losing_an_account() -> None:
    title = "Publicis: agency Leo Burnett loses McDonald's account"
    text = "Leo Burnett, which is part of Publicis, has lost the McDonald's account to Omnicom."
    assert triples(text, "en", prefix="customer_", title=title) == [
        ("customer_end", "McDonald's", "Leo Burnett"),
        ("customer_start", "McDonald's", "Omnicom"),
    ]


def test_label_then_a_unit_buying_keeps_the_unit_as_buyer() -> None:
    title = "Vivendi : Canal+ rachète le groupe MultiChoice"
    text = "Canal+ a annoncé le rachat de MultiChoice."
    assert triples(text, "fr", types=("acquisition",), title=title) == [("acquisition", "Canal+", "MultiChoice")]


def test_near_miss_label_followed_by_the_verb_is_the_buyer() -> None:
    title = "Halma : acquiert Firetrace USA"
    text = "Le groupe britannique Halma a racheté Firetrace USA."
    assert triples(text, "fr", types=("acquisition",), title=title) == [("acquisition", "Halma", "Firetrace USA")]


def test_near_miss_english_label_followed_by_the_verb_is_the_buyer() -> None:
    title = "Halma: acquires Firetrace USA, LLC"
    text = "Halma plc said it bought Firetrace USA, LLC."
    assert triples(text, "en", types=("acquisition",), title=title) == [("acquisition", "Halma", "Firetrace USA")]


def test_near_miss_label_followed_by_a_person_keeps_the_company() -> None:
    title = "Renault : le numéro deux Patrick Pélata démissionne"
    text = "Le directeur général délégué de Renault quitte le groupe."
    assert triples(text, "fr", types=("leadership_change",), title=title) == [
        ("leadership_change", "Renault", None),
    ]


# --- A revenue figure told of what is sold or of companies taken together is no company's revenue ---------------


def _revenues(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    return triples(text, language, types=("revenue",))


def test_sales_for_the_products_sold_are_theirs() -> None:
    assert (
        _revenues("Total annual sales for the products are about 100 million kronor ($14.7 million), Bayer said.") == []
    )


def test_sales_of_the_operations_sold_are_theirs() -> None:
    assert _revenues("SCA says the operations had sales of 1.25 billion euros in 2010.") == []


def test_sales_of_a_named_kind_of_operations_are_theirs() -> None:
    assert _revenues("Unilever said its ice cream operations posted sales of 7.9 billion euros in 2021.") == []


def test_revenue_of_the_brands_being_sold_is_theirs() -> None:
    assert _revenues("Bayer said the two brands it is selling had revenue of about $300 million last year.") == []


def test_french_sales_for_these_products_are_theirs() -> None:
    text = "Les ventes annuelles pour ces produits atteignent environ 100 millions d'euros, a indiqué Bayer."
    assert _revenues(text, "fr") == []


def test_revenue_of_the_entity_a_merger_creates_is_no_company_s() -> None:
    text = (
        "Valmet's shares fell on news of the deal, which the companies expect to complete in January to create an "
        "entity with a revenue of 4.3 billion euros."
    )
    assert _revenues(text) == []
    assert _revenues("The deal will form a new company with annual sales of about $12 billion, Valmet said.") == []


def test_french_revenue_of_the_entity_a_merger_creates() -> None:
    text = "L'opération doit créer une entité avec un chiffre d'affaires de 4,3 milliards d'euros, selon Valmet."
    assert _revenues(text, "fr") == []


def test_near_miss_its_operations_alone_are_the_company() -> None:
    text = "Unilever said its operations posted record sales of 60 billion euros in 2021."
    assert _revenues(text) == [("revenue", "Unilever", None)]


def test_near_miss_sales_for_a_period_are_the_company_s() -> None:
    assert _revenues("Bayer said sales for the full year rose to 44 billion euros.") == [("revenue", "Bayer", None)]
    text = "HFCL's revenue for the September quarter was Rs 1,173 crore, management said."
    assert _revenues(text) == [("revenue", "HFCL", None)]


def test_near_miss_french_sales_for_the_whole_year() -> None:
    text = "Les ventes pour l'ensemble de l'année ont atteint 44 milliards d'euros, a indiqué Bayer."
    assert _revenues(text, "fr") == [("revenue", "Bayer", None)]


# --- "Sales" that are disposals ("the share sales") or part of a name ("Foreign Military Sales") ------------------


def _story_revenues(title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(text, "en", types=("revenue",), title=title)


def test_gains_from_share_sales_are_no_revenue() -> None:
    text = (
        "Koor Industries said on Monday it had sold more of its Credit Suisse shares. Including the latest "
        "transaction, Koor booked gains of 2.57 billion shekels from the Credit Suisse share sales, including "
        "341 million shekels in the third quarter."
    )
    assert _story_revenues("Koor sells more Credit Suisse shares", text) == []


def test_asset_sales_bringing_in_money_are_no_revenue() -> None:
    text = (
        "Acme Corp said on Monday it would sell ten warehouses. The asset sales brought in $400 million last year, "
        "the company said."
    )
    assert _story_revenues("Acme sells warehouses", text) == []


def test_stake_sales_raising_money_are_no_revenue() -> None:
    text = (
        "Nordbank said on Monday it had cut its holding in Vexor again. The stake sales have raised 900 million "
        "euros since January, the bank said."
    )
    assert _story_revenues("Nordbank cuts holding", text) == []


def test_a_programme_named_sales_is_no_revenue_line() -> None:
    text = (
        "Acme Defense said on Monday it won a two-year army contract. Fiscal year 2021 Foreign Military Sales "
        "funds in the amount of $35.6 million were obligated at the time of the award."
    )
    assert _story_revenues("Acme wins army contract", text) == []


def test_near_miss_sales_opening_a_sentence_are_the_revenue_line() -> None:
    text = (
        "Acme Corp said on Monday its quarterly figures beat forecasts. Net Sales rose 4% to $2.1 billion in the "
        "quarter."
    )
    assert _story_revenues("Acme results", text) == [("revenue", "Acme", None)]
    text = (
        "Acme Corp said on Monday its quarterly figures beat forecasts. Sales rose 4% to $2.1 billion in the quarter."
    )
    assert _story_revenues("Acme results", text) == [("revenue", "Acme", None)]
