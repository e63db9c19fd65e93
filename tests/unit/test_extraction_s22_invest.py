"""Round 19 (session 22, invest): investments told as frames, read on firms the knowledge base does not know.

Every sentence names invented firms (Dorvane, Korvia, Bellmark, Quentaro ...) so that only the frame can make them
companies and parties: the company a round goes into ("a Series B in X", "X's seed round"), money put into it, the
investee that opens its own capital (« X ouvre son capital à A »), a possessive investee before its investors ("X's
investors include A"), a round's relative ("a round, which A led"), « épaulée par A », « l'investissement de A dans
X », the French lead of a « série », a French subject set off by a relative before its raise verb and the funder of
money received (« X a reçu N de A »). Near misses (people, places, politicians, festivals, openers, grants, orders)
give no company and no investment.
"""

from __future__ import annotations

import pytest

from streams.extraction.article import Article
from streams.extraction.knowledge_base import load_knowledge_base
from tests.support.extraction import triples


def names(text: str, language: str = "en") -> set[str]:
    """The names of the companies recognised in ``text``."""
    return {mention.name for mention in Article(text, language, None, load_knowledge_base()).companies}


def investments(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    """(investor, company) of every investment read in ``text``."""
    return {(s, o) for _, s, o in triples(text, language, types=("investment",))}


@pytest.mark.parametrize(
    ("text", "language", "investors", "company"),
    [
        # The company a round goes into, after the round, or the owner of a round told by its stage.
        ("Korvia led a $40 million Series B in Dorvane.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark led a $12 million round for medical robotics firm Quentaro, with Arvex also participating.", "en",
         {"Bellmark", "Arvex"}, "Quentaro"),
        ("Korvia participated in the $10 million Series A of Dorvane.", "en", {"Korvia"}, "Dorvane"),
        ("Korvia co-led Dorvane's Series B.", "en", {"Korvia"}, "Dorvane"),
        ("Mirevo joined Tiluma's seed round last spring.", "en", {"Mirevo"}, "Tiluma"),
        ("Korvia co-led the $40 million Series B of Dorvane with Bellmark.", "en", {"Korvia", "Bellmark"}, "Dorvane"),
        # Money put into a company.
        ("Korvia put $15 million into Dorvane last year.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark has poured $8 million into Quentaro since 2019.", "en", {"Bellmark"}, "Quentaro"),
        ("In March, Arvex pumped $30 million into Tiluma.", "en", {"Arvex"}, "Tiluma"),
        # A possessive investee before its investors.
        ("Dorvane's investors include Korvia and Bellmark.", "en", {"Korvia", "Bellmark"}, "Dorvane"),
        ("Quentaro's existing backers include Arvex, Brenmoor and Caldrix.", "en", {"Arvex", "Brenmoor", "Caldrix"},
         "Quentaro"),
        ("Tiluma's investors included Mirevo when it was founded.", "en", {"Mirevo"}, "Tiluma"),
        # A round's relative ending on its lead's verb.
        ("Dorvane closed a $10 million round, which Korvia led.", "en", {"Korvia"}, "Dorvane"),
        ("Quentaro raised $4 million in a seed round which Arvex and Brenmoor led.", "en", {"Arvex", "Brenmoor"},
         "Quentaro"),
        ("Tiluma raised $18 million in a financing, which Mirevo co-led.", "en", {"Mirevo"}, "Tiluma"),
        # A standing backer "since" a date.
        ("Korvia has backed Dorvane since 2019.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark has backed the robotics maker Quentaro since its seed round.", "en", {"Bellmark"}, "Quentaro"),
        ("Arvex has also backed Tiluma since 2017.", "en", {"Arvex"}, "Tiluma"),
        # « épaulée par A »: a company's backers in apposition.
        ("Dorvane, épaulée par Korvia, lève 10 millions d'euros.", "fr", {"Korvia"}, "Dorvane"),
        ("La start-up Quentaro, épaulée par Arvex et Brenmoor, boucle un tour de 5 M€.", "fr", {"Arvex", "Brenmoor"},
         "Quentaro"),
        ("Tiluma est épaulée par Mirevo depuis sa création.", "fr", {"Mirevo"}, "Tiluma"),
        # A company that opens its own capital to its backers.
        ("Dorvane ouvre son capital à Korvia.", "fr", {"Korvia"}, "Dorvane"),
        ("Le groupe Quentaro, spécialiste lyonnais des boissons, a ouvert son capital à Arvex en 2014.", "fr",
         {"Arvex"}, "Quentaro"),
        ("Par ailleurs, Tiluma accueille à son capital Mirevo et Caldrix.", "fr", {"Mirevo", "Caldrix"}, "Tiluma"),
        # The French lead of a « série » and the investor of « l'investissement de A dans X ».
        ("Korvia a mené la série B de Dorvane.", "fr", {"Korvia"}, "Dorvane"),
        ("Arvex a piloté la série A de 8 millions d'euros de Quentaro.", "fr", {"Arvex"}, "Quentaro"),
        ("Mirevo et Caldrix ont codirigé la série C de Tiluma.", "fr", {"Mirevo", "Caldrix"}, "Tiluma"),
        ("L'investissement de Korvia dans Dorvane atteint 5 millions d'euros.", "fr", {"Korvia"}, "Dorvane"),
        ("Selon les Echos, l'investissement de Bellmark dans Quentaro a doublé.", "fr", {"Bellmark"}, "Quentaro"),
        ("Tiluma salue l'investissement d'Arvex dans Tiluma Labs.", "fr", {"Arvex"}, "Tiluma Labs"),
        # A French subject set off by a relative before its raise verb.
        ("Dorvane, qui a conçu un appareil contre le glaucome, a levé 33 millions de dollars auprès de Korvia.", "fr",
         {"Korvia"}, "Dorvane"),
        ("Quentaro, qui fabrique des capteurs, boucle un tour de 12 millions d'euros mené par Arvex.", "fr", {"Arvex"},
         "Quentaro"),
        ("Tiluma, qui travaille avec des hôpitaux, lève 4 M€ auprès de Mirevo.", "fr", {"Mirevo"}, "Tiluma"),
        # The funder of money received.
        ("Troisième, Dorvane reçoit 10 millions d'euros de son partenaire Korvia, pour élargir son offre.", "fr",
         {"Korvia"}, "Dorvane"),
        ("Installée à Lyon, Quentaro a reçu 39 millions de dollars de Arvex, Brenmoor et Caldrix.", "fr",
         {"Arvex", "Brenmoor", "Caldrix"}, "Quentaro"),
        ("La biotech Tiluma reçoit 7 M€ du fonds Mirevo pour ses antibactériens.", "fr", {"Mirevo"}, "Tiluma"),
        # The raiser past the relative clause its customers are named in.
        ("Last week Dorvane, whose customers include Quentaro and Tiluma, said it had raised $1.2 billion from "
         "investors including Korvia.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark, whose clients include Arvex, raised $30 million from Brenmoor.", "en", {"Brenmoor"}, "Bellmark"),
        ("Nexaro, which supplies Vellira and Mirevo, raised $9 million from Caldrix.", "en", {"Caldrix"}, "Nexaro"),
        # A possessive round opening a clause after a conjunction.
        ("Dorvane raised $800M from investors including Korvia, while Quentaro's $400M round was led by Bellmark.",
         "en", {"Bellmark"}, "Quentaro"),
        ("Arvex closed a $5M seed, while Tiluma's Series B round was led by Mirevo.", "en", {"Mirevo"}, "Tiluma"),
        ("Nexaro raised $2M from Korvia, whereas Vellira's $9M round was led by Caldrix.", "en", {"Caldrix"},
         "Vellira"),
        # A company named as its round's attribute.
        ("Korvia is leading the Dorvane round, its partner said.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark led the Quentaro seed round.", "en", {"Bellmark"}, "Quentaro"),
        ("Arvex Ventures joined the Tiluma round last year.", "en", {"Arvex Ventures"}, "Tiluma"),
        # A backer's description before it.
        ("Dorvane, a blank check company backed by hedge fund Korvia, raised its target.", "en", {"Korvia"}, "Dorvane"),
        ("Quentaro, a startup backed by pension fund Arvex, raised $5 million.", "en", {"Arvex"}, "Quentaro"),
        ("Tiluma is backed by the sovereign wealth fund Mirevo.", "en", {"Mirevo"}, "Tiluma"),
        # An investment received, made, or joined by a bare verb closing its sentence.
        ("Dorvane has received a $10 million investment from Korvia.", "en", {"Korvia"}, "Dorvane"),
        ("Quentaro received an investment from Arvex Capital last week.", "en", {"Arvex Capital"}, "Quentaro"),
        ("Tiluma receives a $3 million investment from Mirevo.", "en", {"Mirevo"}, "Tiluma"),
        ("Korvia made an investment in Dorvane.", "en", {"Korvia"}, "Dorvane"),
        ("Bellmark Capital has made a strategic investment in Quentaro.", "en", {"Bellmark Capital"}, "Quentaro"),
        ("Mirevo made an undisclosed investment in Tiluma in 2021.", "en", {"Mirevo"}, "Tiluma"),
        ("Dorvane raised $10 million in a Series A. Korvia and Bellmark participated.", "en", {"Korvia", "Bellmark"},
         "Dorvane"),
        ("Quentaro closed a $4 million seed round. Arvex, Brenmoor and Caldrix took part.", "en",
         {"Arvex", "Brenmoor", "Caldrix"}, "Quentaro"),
        ("Tiluma raised $2 million last week; Mirevo and Nexaro co-invested.", "en", {"Mirevo", "Nexaro"}, "Tiluma"),
    ],
)  # fmt: skip
def test_an_investment_frame_names_its_parties(text: str, language: str, investors: set[str], company: str) -> None:
    assert {(investor, company) for investor in investors} <= investments(text, language)


@pytest.mark.parametrize(
    ("text", "language", "not_names"),
    [
        ("Laura Bennett led a $40 million Series B in Dorvane.", "en", {"Laura Bennett"}),
        ("Korvia led a $40 million round for Paris, its home town.", "en", {"Paris"}),
        ("The funding for Ukraine was approved by Congress.", "en", {"Ukraine", "Congress"}),
        ("Meanwhile's Series B closed.", "en", {"Meanwhile"}),
        ("Korvia put $15 million into Christmas decorations.", "en", {"Christmas"}),
        ("However, Korvia put $15 million into France.", "en", {"However", "France"}),
        ("Dorvane, épaulée par Jean Dupont, lève 10 millions d'euros.", "fr", {"Jean Dupont"}),
        ("Dorvane ouvre son capital à Marie Dubois.", "fr", {"Marie Dubois"}),
        ("Dorvane accueille à son capital la Bretagne.", "fr", {"Bretagne"}),
        ("L'investissement de la France dans Dorvane a doublé.", "fr", {"France"}),
        ("L'investissement de Macron dans l'industrie a été salué.", "fr", set()),
        ("Jean Dupont, qui a fondé Korvia, a levé 3 millions d'euros auprès de Bellmark.", "fr", {"Jean Dupont"}),
        ("Paris, qui accueille les Jeux, a reçu 40 millions d'euros de Bellmark.", "fr", {"Paris"}),
        ("Selon Korvia, la start-up a reçu 2 millions d'euros de Noël.", "fr", {"Noël", "Selon"}),
        ("Par ailleurs, Mme Roux a mené la série B de Dorvane.", "fr", {"Roux", "Mme Roux", "Par"}),
        ("Dorvane closed a $10 million round, which Laura Bennett led.", "en", {"Laura Bennett"}),
        ("Laura Bennett led the Dorvane round.", "en", {"Laura Bennett"}),
        ("Korvia led the Doha round of trade talks.", "en", {"Doha"}),
        ("Dorvane, a startup backed by pension fund Laura Bennett, raised $5 million.", "en", {"Laura Bennett"}),
        ("Laura Bennett made an investment in Dorvane.", "en", {"Laura Bennett"}),
        ("Germany made a big investment in Dorvane.", "en", {"Germany"}),
        ("Meanwhile, Dorvane received an investment from Paris.", "en", {"Meanwhile", "Paris"}),
        ("Mardi, Matignon a reçu les syndicats pour discuter des retraites.", "fr", {"Matignon", "Mardi"}),
        ("Selon la presse, Bercy reçoit les patrons, qui demandent des aides.", "fr", {"Bercy", "Selon"}),
        ("Le maire, qui a visité l'usine, a reçu la médaille de Korvia.", "fr", {"Le maire", "Korvia"}),
    ],
)  # fmt: skip
def test_people_places_and_openers_in_an_investment_frame_are_no_companies(
    text: str, language: str, not_names: set[str]
) -> None:
    assert not (not_names & names(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dorvane ouvre son capital à ses salariés.", "fr"),
        ("Dorvane ouvre son capital à hauteur de 20 %.", "fr"),
        ("Dorvane a reçu 2 millions d'euros de subventions de la Bretagne.", "fr"),
        ("Dorvane a reçu une commande de 40 millions d'euros de Korvia.", "fr"),
        ("Dorvane raised $10 million last year. The team Laura Bennett led won an award.", "en"),
        ("Korvia has backed the Dorvane plan since 2019.", "en"),
        ("Dorvane's customers include Korvia and Bellmark.", "en"),
        ("Trump-backed Dorvane raised $10 million.", "en"),
        ("Dorvane, épaulée par le gouvernement, lève 10 millions d'euros.", "fr"),
        ("Korvia led the Doha round of trade talks.", "en"),
        ("Dorvane, whose customers include Korvia, said its sales rose.", "en"),
        ("Dorvane received a $10 million contract from Korvia.", "en"),
        ("Dorvane received a $5 million grant from Korvia.", "en"),
        ("Dorvane received a letter from Korvia.", "en"),
        ("Korvia is considering an investment in Dorvane.", "en"),
        ("Dorvane raised $10 million in a Series A. Laura Bennett and Paul Kerr participated.", "en"),
        ("Dorvane raised $10 million. Korvia and Bellmark participated in the talks.", "en"),
    ],
)  # fmt: skip
def test_a_near_miss_gives_no_named_investor(text: str, language: str) -> None:
    assert all(investor is None for investor, _ in investments(text, language))
