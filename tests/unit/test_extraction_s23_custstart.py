"""Session 23 (custstart): customer starts real stories write with a time word, an adverb or a fuel's abbreviation.

- A time word between an unknown subject and its verb ("Korvia this week awarded", "Dorvane yesterday signed") leaves
  the subject read (recog_subjects.py).
- The French near future takes an adverb like a compound tense: « va officiellement fournir » (cues.py).
- A fuel sold by the tonne in capitals ("LNG") is goods, never a customer or a target; its abbreviation in brackets
  inside the goods ("natural gas (LNG)", "electric vehicle (EV) batteries") leaves the customer named after "to"
  (acronym_names.py, begin_supplied_names.py).
- A seller's verb in the infinitive ("was able to secure orders for 40 jets, with an order from X") governs the order
  noun: the seller is never read as the buyer (begin_seller_side.py, en.toml).
- The maker telling its customer's order in French: « Airbus annonce qu'IAG a commandé 37 A320neo » (goods_order.py).
- A French supplier committed or due to deliver: « s'engage à fournir », « doit fournir », « livrera à X » (fr.toml).
- A French contract told by the goods it buys: « a finalisé un contrat portant sur 75 Boeing 737 MAX » (fr.toml).
- A receiver named before the count of its goods keeps its name: "will supply Korvia 40 trains" names Korvia, not
  "Korvia 40" (mentions.py).

Proved on invented companies the knowledge base does not know, and on near misses that must give no customer start:
people, a politician's name used for the state, places, countries, products, sentence openers.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def starts(text: str, language: str = "en") -> list[tuple[str | None, str | None]]:
    """(customer, supplier) of every customer_start event of ``text``."""
    return [(s, o) for _, s, o in triples(text, language, types=("customer_start",))]


def kinds(text: str, language: str = "en") -> list[str]:
    """The event types read in ``text``."""
    return [kind for kind, _, _ in triples(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("Korvia yesterday awarded Dorvane a $40 million contract.", "en", [("Korvia", "Dorvane")]),
        (
            "Bellmark this week announced that it awarded Quentaro a ten-year services contract.",
            "en",
            [("Bellmark", "Quentaro")],
        ),
        ("Quentaro earlier this month signed a supply deal with Dorvane.", "en", [("Quentaro", "Dorvane")]),
        ("Korvia today picked Bellmark to supply its new fleet of buses.", "en", [("Korvia", "Bellmark")]),
        ("Dorvane va officiellement fournir 40 rames à Korvia.", "fr", [("Korvia", "Dorvane")]),
        ("Quentaro va également fournir douze bus à Bellmark.", "fr", [("Bellmark", "Quentaro")]),
        ("Dorvane agreed to supply LNG to Korvia.", "en", [("Korvia", "Dorvane")]),
        ("Bellmark will supply electric vehicle (EV) batteries to Quentaro.", "en", [("Quentaro", "Bellmark")]),
        ("Korvia will buy about 300,000 tonnes of LNG a year from Dorvane.", "en", [("Korvia", "Dorvane")]),
        (
            "Dorvane was able to secure orders for 40 jets, with a late order from Korvia.",
            "en",
            [("Korvia", "Dorvane")],
        ),
        ("Bellmark hopes to win orders for 12 trains from Quentaro.", "en", [("Quentaro", "Bellmark")]),
        ("Dorvane annonce que Korvia a commandé 12 avions.", "fr", [("Korvia", "Dorvane")]),
        (
            "Le constructeur Bellmark a indiqué jeudi que Quentaro a commandé 30 rames.",
            "fr",
            [("Quentaro", "Bellmark")],
        ),
        ("Le groupe Quentaro précise que Korvia a commandé 8 bus.", "fr", [("Korvia", "Quentaro")]),
        ("Dorvane s'engage à fournir des rames à Korvia.", "fr", [("Korvia", "Dorvane")]),
        ("Le producteur Bellmark s'est engagé à fournir 40 mégawatts à Quentaro.", "fr", [("Quentaro", "Bellmark")]),
        ("Dorvane doit fournir 40 rames à Korvia.", "fr", [("Korvia", "Dorvane")]),
        ("Quentaro livrera 40 rames à l'opérateur Bellmark.", "fr", [("Bellmark", "Quentaro")]),
        (
            "La société de leasing Korvia a finalisé un contrat portant sur 75 Boeing 737 MAX.",
            "fr",
            [("Korvia", "Boeing")],
        ),
        ("Bellmark a signé une commande ferme portant sur 30 Airbus A320neo.", "fr", [("Bellmark", "Airbus")]),
        ("Dorvane will supply Korvia 40 trains.", "en", [("Korvia", "Dorvane")]),
        ("Bellmark fournira à Quentaro 40 rames.", "fr", [("Quentaro", "Bellmark")]),
        ("Dorvane s'engage à fournir à Korvia 88 GWh d'électricité par an.", "fr", [("Korvia", "Dorvane")]),
    ],
)
def test_customer_start_read(text: str, language: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(set(starts(text, language))) == sorted(pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Korvia will buy about 300,000 tonnes of LNG a year from Dorvane.",
        "Quentaro agreed to buy two million tonnes of LPG from Bellmark.",
    ],
)
def test_fuel_is_no_target(text: str) -> None:
    assert "acquisition" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("John Harlow yesterday awarded the prize to a young engineer.", "en"),
        ("Harlow this week announced that he would retire in June.", "en"),
        ("Biden yesterday signed the bill into law.", "en"),
        ("Texas this week approved new rules for wind farms.", "en"),
        ("Meanwhile, LNG prices rose this week as buyers in Asia stocked up.", "en"),
        ("Germany agreed to supply LNG to Ukraine.", "en"),
        ("However, Christmas yesterday brought record sales.", "en"),
        ("Selon Jean Dupont, la ville va également fournir des vélos à Lyon.", "fr"),
        ("Paris va officiellement accueillir les Jeux en 2024.", "fr"),
        ("The government hopes to win orders for local shipyards.", "en"),
        ("Le maire annonce que Korvia a commandé 37 bus.", "fr"),
        ("Selon Jean Dupont, Korvia a commandé 37 bus.", "fr"),
        ("Emmanuel Macron annonce que l'Inde a commandé 26 Rafale.", "fr"),
        ("Le ministre s'engage à fournir des vaccins à la France.", "fr"),
        ("Dorvane livrera ses premiers trains en 2026.", "fr"),
        ("Jean Dupont doit fournir des documents à Lyon.", "fr"),
        ("Dorvane doit livrer les trains à Paris en 2026.", "fr"),
        ("Le gouvernement a signé un contrat portant sur 26 Rafale.", "fr"),
        ("Galaxy 31 and Galaxy 32, two satellites, were launched on Monday.", "en"),
        ("Korvia sold 25% of the unit to Bellmark, which it had bought for RMB 12.55 billion in 2019.", "en"),
        ("Dorvane a décroché un contrat portant sur 40 rames Dorvane.", "fr"),
    ],
)
def test_near_misses_give_no_start(text: str, language: str) -> None:
    assert starts(text, language) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Korvia has worked with Publicis Media's Quentaro 449 since 2014.", "Quentaro 449"),
        ("Dorvane will supply Korvia 40 trains.", "Korvia"),
        ("Bellmark fournira à Quentaro 12 bus en 2026.", "Quentaro"),
    ],
)
def test_count_after_a_name(text: str, name: str) -> None:
    """A number the name keeps before a function word; a count of goods after it is no part of it."""
    language = "fr" if "fournira" in text else "en"
    article = Article(text, language, None, load_knowledge_base())
    assert name in [company.name for company in article.companies]
