"""Session 21 (investunk): investors, investees and buyers the knowledge base does not know, read by their role.

Every sentence names invented firms (Dorvane, Korvia, Bellmark, Quentaro ...) so that only the frame of the deal can
make them companies: the co-investors of an absolute clause, a round's relative, the funders of an amount raised, the
French openers of a round, the copula of a company's backers, the agent of an acquisition noun and the owner of a
purchase or an offer. Near misses (people, places, festivals, openers, a boss rather than a round's lead) give no
company and no event.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies recognised in ``text``."""
    return {mention.name for mention in Article(text, language, None, load_knowledge_base()).companies}


def deals(text: str, language: str = "en", kind: str = "investment") -> set[tuple[str | None, str | None]]:
    """(subject, object) of every event of type ``kind`` read in ``text``."""
    return {(s, o) for _, s, o in triples(text, language, types=(kind,))}


# invest_frame_names: co-investors, a round's relative, the funders of an amount raised, copulas, French openers.
@pytest.mark.parametrize(
    ("text", "language", "investors", "company"),
    [
        ("Dorvane has raised $12 million in a round led by Korvia, with Bellmark and Quentaro also participating.",
         "en", {"Korvia", "Bellmark", "Quentaro"}, "Dorvane"),
        ("Savings app Tiluma raised $3 million in seed funding led by Arvex, with Brenmoor and Caldrix also taking "
         "part.", "en", {"Arvex", "Brenmoor", "Caldrix"}, "Tiluma"),
        ("Nexaro closed a $40 million Series B led by Pellwin, with earlier backers Ostrava Labs and Mirevo also "
         "joining.", "en", {"Pellwin", "Ostrava Labs", "Mirevo"}, "Nexaro"),
        ("Tiluma raised $2.5M from Korvia, while Brenmoor got $300K from Caldrix.", "en", {"Korvia"}, "Tiluma"),
        ("Accounting provider Vellira received 4 billion yen from Pellwin, Mirevo and others.", "en",
         {"Pellwin", "Mirevo"}, "Vellira"),
        ("Korvia is leading a $60 million Series B in Dorvane, a battery startup.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark and Quentaro are leading a $90 million round in Tiluma.", "en", {"Bellmark", "Quentaro"}, "Tiluma"),
        ("The probe concerns a $25 million joint investment by Korvia and Mirevo in Dorvane.", "en",
         {"Korvia", "Mirevo"}, "Dorvane"),
        ("Among the other backers of Quelvo were Arvex, Brenmoor and Caldrix.", "en", {"Arvex", "Brenmoor", "Caldrix"},
         "Quelvo"),
        ("Nexaro's June round was led by Pellwin.", "en", {"Pellwin"}, "Nexaro"),
        ("Dirigé par Korvia, le tour de 30 M$ de Dorvane a réuni aussi Bellmark, Quentaro et Mirevo.", "fr",
         {"Korvia", "Bellmark", "Quentaro", "Mirevo"}, "Dorvane"),
        ("La série B de 50 M$ de Nexaro a surtout été suivie par Pellwin et Draxon.", "fr", {"Pellwin", "Draxon"},
         "Nexaro"),
        ("Les investisseurs de Quelvo, qui fabrique des colles pour la chirurgie, sont Arvex, Brenmoor et Caldrix.",
         "fr", {"Arvex", "Brenmoor", "Caldrix"}, "Quelvo"),
        ("Korvia et Bellmark ont copiloté le tour de 30 millions de dollars de la britannique Dorvane.", "fr",
         {"Korvia", "Bellmark"}, "Dorvane"),
        ("Arvex, Brenmoor et Caldrix ont accompagné le tour de la start-up américaine Quelvo.", "fr",
         {"Arvex", "Brenmoor", "Caldrix"}, "Quelvo"),
        ("La biotech Tiluma boucle 20 millions d'euros en série B auprès de ses investisseurs historiques, dont "
         "Korvia, Arvex et Mirevo.", "fr", {"Korvia", "Arvex", "Mirevo"}, "Tiluma"),
        ("Dorvane est soutenu par Korvia, Bellmark et Quentaro.", "fr", {"Korvia", "Bellmark", "Quentaro"}, "Dorvane"),
        ("The consumer fund run by Korvia has already backed snacking brand Dorvane.", "en", {"Korvia"}, "Dorvane"),
        ("Le véhicule géré par Bellmark devra passer en pertes son investissement dans Tiluma.", "fr", {"Bellmark"},
         "Tiluma"),
    ],
)  # fmt: skip
def test_a_round_frame_names_its_unknown_investors(text: str, language: str, investors: set[str], company: str) -> None:
    assert {(investor, company) for investor in investors} <= deals(text, language)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("The €9 million series A that Vellira closed, with Draxon in the lead, funds its lab platform.", "en",
         {"Draxon"}),
        ("Quelvo has raised roughly $80 million in a private round that Harlow Mills and Dorvane led.", "en",
         {"Harlow Mills", "Dorvane"}),
        ("Dorvane, heavily financed by both Korvia and Bellmark, joined the launch.", "en", {"Korvia", "Bellmark"}),
        ("La start-up Dorvane a reçu 39 millions de dollars de Korvia, Bellmark et Quentaro.", "fr",
         {"Korvia", "Bellmark", "Quentaro"}),
        ("La biotech Vellira reçoit 7 M€ du Caldrix pour ses antibactériens.", "fr", {"Caldrix"}),
        ("Pour sa deuxième levée, de 25 millions de dollars, Tiluma a pu compter sur Korvia, Arvex et Brenmoor.", "fr",
         {"Korvia", "Arvex", "Brenmoor"}),
        ("La brasserie Vellira profite d'un investissement de 2 millions consenti en 2019 par la Caldrix.", "fr",
         {"Caldrix"}),
        ("Tiluma a annoncé une extension de sa série B, menée cette fois par Korvia.", "fr", {"Korvia"}),
        ("A London investor is leading the Quelvo round, its partner said on Wednesday.", "en", {"Quelvo"}),
        ("Bellmark also took part in the Nexaro seed round last spring.", "en", {"Nexaro"}),
        ("Korvia has made 40 investments so far, including in Dorvane and Tiluma.", "en", {"Dorvane", "Tiluma"}),
        ("Arvex's 1997 investment of $6.7 million in online auctioneer Quelvo holds the record.", "en", {"Quelvo"}),
        ("Détenant des participations notables dans Dorvane, Tiluma et Quelvo, Korvia continue de s'étendre.", "fr",
         {"Dorvane", "Tiluma", "Quelvo"}),
        ("Le fonds Nexaro a obtenu l'appui de grands investisseurs canadiens, notamment Arvex, Mirevo et Caldrix.",
         "fr", {"Arvex", "Mirevo", "Caldrix"}),
        ("Les investisseurs déjà présents, Korvia, Bellmark et Quentaro, ont tous remis au pot.", "fr",
         {"Korvia", "Bellmark", "Quentaro"}),
    ],
)  # fmt: skip
def test_a_funder_in_a_round_frame_is_a_company(text: str, language: str, found: set[str]) -> None:
    assert found <= names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "not_names"),
    [
        ("The panel, with Laura Bennett and Paul Kerr also participating, discussed the round.", "en",
         {"Laura Bennett", "Paul Kerr"}),
        ("Dorvane raised $5 million in a round led by Korvia, with Martin Hale also participating.", "en",
         {"Martin Hale"}),
        ("The $20 million round that Laura Bennett led closed in March.", "en", {"Laura Bennett"}),
        ("The charity received $2 million from Europe and Asia last year.", "en", {"Europe", "Asia"}),
        ("Dorvane raised $3 million from Mr Harlow, a retired banker.", "en", {"Harlow", "Mr Harlow"}),
        ("The club received approval from Brussels for its $40 million stadium.", "en", {"Brussels"}),
        ("Dorvane raised $5 million from Christmas sales.", "en", {"Christmas"}),
        ("However, Dorvane received $4 million from Meanwhile Capital.", "en", {"However", "However, Dorvane"}),
        ("Laura Bennett is leading the $10 million round in Dorvane.", "en", {"Laura Bennett"}),
        ("La société, dirigée par Dupont depuis 2019, a bouclé une levée de 5 M€.", "fr", {"Dupont"}),
        ("Le club a pu compter sur Jean Martin et sur la Bretagne cette saison.", "fr", {"Jean Martin", "Bretagne"}),
        ("Le festival a reçu 3 millions d'euros de Noël et de la Toussaint.", "fr", {"Noël", "Toussaint"}),
        ("Le tour de table a réuni aussi Marie Dubois et Paul Martin, deux anciens dirigeants.", "fr",
         {"Marie Dubois", "Paul Martin"}),
        ("Par ailleurs, la levée a été suivie par M. Durand.", "fr", {"Durand", "M. Durand", "Par"}),
        ("Selon Korvia, la série B de 5 M€ de Dorvane a été suivie par la Bretagne.", "fr", {"Bretagne", "Selon"}),
        ("The hedge fund run by Laura Bennett invested in Korvia.", "en", {"Laura Bennett"}),
        ("Le fonds géré par Marc Dupont a investi dans Korvia.", "fr", {"Marc Dupont"}),
        ("Korvia joined the Series B round.", "en", {"Series B", "Series"}),
        ("Talks stalled in the Doha round of trade talks.", "en", {"Doha"}),
        ("Korvia took part in the Christmas funding round.", "en", {"Christmas"}),
        ("Korvia détient des participations dans plusieurs villes, dont Lyon et Marseille.", "fr",
         {"Lyon", "Marseille"}),
        ("The fund invested heavily in the Paris region and in Laura Bennett's firm.", "en",
         {"Paris", "Laura Bennett"}),
        ("Korvia holds stakes in Germany, France and Italy.", "en", {"Germany", "France", "Italy"}),
        ("Le club a reçu l'appui de partenaires locaux, notamment Marie Dubois et la Bretagne.", "fr",
         {"Marie Dubois", "Bretagne"}),
    ],
)  # fmt: skip
def test_people_places_and_festivals_in_a_round_frame_are_no_companies(
    text: str, language: str, not_names: set[str]
) -> None:
    assert not (not_names & names(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'annonce de Korvia a été suivie par une baisse de l'action de Dorvane.", "fr"),
        ("The panel, with Laura Bennett and Paul Kerr also participating, discussed the round.", "en"),
        ("Dorvane raised $5 million from Christmas sales.", "en"),
    ],
)  # fmt: skip
def test_a_frame_without_a_named_funder_gives_no_investor(text: str, language: str) -> None:
    assert all(investor is None for investor, _ in deals(text, language))


# acq_frame_names and roles_en.POSSESSIVE_OWNER: the agent of an acquisition noun, the buyer after a seller's verb,
# the target of a price per share, the owner of a purchase or an offer.
@pytest.mark.parametrize(
    ("text", "language", "buyers", "target"),
    [
        ("The takeover of Dorvane by Korvia and Bellmark looks solid.", "en", {"Korvia", "Bellmark"}, "Dorvane"),
        ("Tiluma could lose a customer if the chain's planned acquisition by Korvia is approved.", "en", {"Korvia"},
         None),
        ("Le paysage pourrait être bouleversé par le rachat de Dorvane par Korvia, en discussion.", "fr", {"Korvia"},
         "Dorvane"),
        ("Les actionnaires de Tiluma ont approuvé le rachat de l'éditeur par Quentaro.", "fr", {"Quentaro"},
         "Tiluma"),
        ("Korvia's £17.7 billion cash offer for mobile operator Dorvane raised hopes of a bidding war.", "en",
         {"Korvia"}, "Dorvane"),
        ("The conditions attached to Bellmark's purchase of Quelvo are about to expire.", "en", {"Bellmark"},
         "Quelvo"),
        ("In 2004 regulators sued to block Korvia's $11 billion merger with Tiluma.", "en", {"Korvia"}, "Tiluma"),
        ("Quentaro had agreed to pay $70.00 per share in cash for Dorvane, or about $2.6 billion.", "en", {"Quentaro"},
         "Dorvane"),
        ("L'analyste juge probable que Tiluma cède à Bellmark le solde de sa participation dans Quelvo.", "fr",
         {"Bellmark"}, "Quelvo"),
        ("Pour se restructurer, Korvia a vendu sa filiale Nexaro à Mirevo.", "fr", {"Mirevo"}, "Nexaro"),
    ],
)  # fmt: skip
def test_an_acquisition_frame_names_its_unknown_buyer(
    text: str, language: str, buyers: set[str], target: str | None
) -> None:
    assert buyers <= names(text, language)
    if target is not None:
        assert {(buyer, target) for buyer in buyers} <= deals(text, language, "acquisition")


@pytest.mark.parametrize(
    ("text", "language", "not_names"),
    [
        ("The acquisition of land by March is planned.", "en", {"March"}),
        ("The takeover of Dorvane by Chinese investors was blocked.", "en", {"Chinese"}),
        ("The purchase of the mill by Laura Bennett surprised the town.", "en", {"Laura Bennett"}),
        ("Mr Harlow's purchase of a house in Leeds made headlines.", "en", {"Harlow", "Mr Harlow", "Leeds"}),
        ("Shareholders of Europe's largest bank met on Monday.", "en", {"Europe", "Monday"}),
        ("Selon Korvia, le rachat de la Bretagne par Dorvane n'a pas de sens.", "fr", {"Bretagne", "Selon"}),
        ("Les actionnaires de Lyon ont voté.", "fr", {"Lyon"}),
        ("Meanwhile, the takeover of Dorvane by Germany's government was blocked.", "en", {"Meanwhile", "Germany"}),
        ("Korvia sold 5,000 cars to Europe and 300 to Laura Bennett.", "en", {"Europe", "Laura Bennett"}),
        ("However, Korvia sold its house to Mr Harlow.", "en", {"Harlow", "Mr Harlow", "However"}),
        ("Korvia vend ses produits à Paris et à Noël.", "fr", {"Paris", "Noël"}),
        ("Par ailleurs, Korvia a cédé à M. Durand ses parts.", "fr", {"Durand", "M. Durand", "Par"}),
        ("Paul Hart, directeur général de Korvia, cède la place à Nina Roe.", "fr", {"Nina Roe", "Paul Hart"}),
        ("Selon Korvia, Marc Dupont cède son fauteuil à Lucie Garnier.", "fr", {"Lucie Garnier", "Selon"}),
        ("Paris made a bid for Christmas in Europe.", "en", {"Christmas", "Europe"}),
        ("The city lost its bid for Laura Bennett's support.", "en", {"Laura Bennett"}),
    ],
)  # fmt: skip
def test_dates_people_and_places_in_an_acquisition_frame_are_no_companies(
    text: str, language: str, not_names: set[str]
) -> None:
    assert not (not_names & names(text, language))
