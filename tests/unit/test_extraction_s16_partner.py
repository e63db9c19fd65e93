"""Round 13 (session 16), partnerships: readers for structures seen in labelled real-structure sentences.

Every sentence here is invented; each group has paraphrases as other reporters would write the same fact and near
misses that must not give it.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples


def _pairs(text: str, language: str) -> set[frozenset[str | None]]:
    """The partnerships of ``text`` as unordered pairs (an alliance has no direction)."""
    return {frozenset((subject, partner)) for _, subject, partner in triples(text, language, types=("partnership",))}


def _pair(left: str, right: str) -> frozenset[str | None]:
    return frozenset((left, right))


# A list of partners after the cue: each listed company is the subject's partner.


@pytest.mark.parametrize(
    ("text", "language", "subject", "partners"),
    [
        ("Carmaker Dongfeng runs joint ventures with Cummins, Honda, Nissan and Renault.", "en",
         "Dongfeng", ("Cummins", "Honda", "Nissan", "Renault")),
        ("Globex has formed a partnership with Initech, Umbrella and Hooli on Tuesday.", "en",
         "Globex", ("Initech", "Umbrella", "Hooli")),
        ("Allscripts has teamed with Hewlett-Packard and Accenture for the army bid.", "en",
         "Allscripts", ("HP", "Accenture")),
        ("Orange a lancé un fonds en partenariat avec Partech, AfricInvest et Bpifrance, qui apporteront la moitié.",
         "fr", "Orange", ("Partech", "AfricInvest", "Bpifrance")),
    ],
)
def test_listed_partners_after_the_cue(text: str, language: str, subject: str, partners: tuple[str, ...]) -> None:
    assert _pairs(text, language) >= {_pair(subject, partner) for partner in partners}


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # A comma that opens a new clause: the company after it speaks, it is no partner.
        ("Globex has partnered with Initech, Umbrella said on Monday.", "en", _pair("Globex", "Umbrella")),
        # No "and" closes the run of names: no list.
        ("Globex has partnered with Initech, Umbrella, Hooli on Monday.", "en", _pair("Globex", "Hooli")),
        # The last company starts a new clause with its own verb.
        ("Globex has partnered with Initech, Hooli and Umbrella will supply the chips.", "en",
         _pair("Globex", "Umbrella")),
    ],
)
def test_no_list_no_extra_partner(text: str, language: str, absent: frozenset[str | None]) -> None:
    assert absent not in _pairs(text, language)


# A consortium, a group or a venture named by its members: they are each other's partners.


@pytest.mark.parametrize(
    ("text", "language", "members"),
    [
        ("L'État a retenu l'offre du consortium formé par Vinci, Alstom, Colas Rail et Keolis pour le métro.", "fr",
         ("Vinci", "Alstom", "Colas Rail", "Keolis")),
        ("Le groupement réunissant Nareva, Siemens et Engie a été désigné adjudicataire du projet.", "fr",
         ("Nareva", "Siemens", "Engie")),
        ("The mine is run by a joint venture between Glencore, Anglo American and BHP.", "en",
         ("Glencore", "Anglo American", "BHP")),
    ],
)
def test_consortium_members_are_partners(text: str, language: str, members: tuple[str, ...]) -> None:
    found = _pairs(text, language)
    assert all(_pair(a, b) in found for i, a in enumerate(members) for b in members[i + 1 :])


# A list subject of a joint cue: its members are each other's partners; with a partner named after the cue, each is
# that partner's only.


@pytest.mark.parametrize(
    ("text", "language", "members"),
    [
        ("IBM, Singapore's Chartered Semiconductor and Samsung Electronics will pool efforts to develop chips.", "en",
         ("IBM", "Chartered Semiconductor", "Samsung Electronics")),
        ("Renault, Nissan and Mitsubishi have teamed up to build a battery plant.", "en",
         ("Renault", "Nissan", "Mitsubishi")),
    ],
)
def test_list_subject_of_joint_cue(text: str, language: str, members: tuple[str, ...]) -> None:
    found = _pairs(text, language)
    assert all(_pair(a, b) in found for i, a in enumerate(members) for b in members[i + 1 :])


def test_list_subject_with_a_named_partner() -> None:
    found = _pairs("Renault, Nissan and Mitsubishi signed a partnership agreement with Google.", "en")
    assert {_pair("Renault", "Google"), _pair("Nissan", "Google"), _pair("Mitsubishi", "Google")} <= found
    assert _pair("Renault", "Nissan") not in found


def test_list_after_a_complement_is_no_subject() -> None:
    found = _pairs(
        "Membres de l'initiative Gaia-X, Capgemini et Orange entendent créer une coentreprise avec Microsoft.", "fr"
    )
    assert _pair("Gaia-X", "Capgemini") not in found
    assert _pair("Gaia-X", "Orange") not in found


def test_owner_apposition_is_no_list() -> None:
    found = _pairs(
        "Le constructeur Geely, propriétaire de Volvo Cars et actionnaire de Daimler, a signé un accord de partenariat "
        "avec le géant Tencent.",
        "fr",
    )
    assert _pair("Volvo Cars", "Tencent") not in found
    assert _pair("Daimler", "Tencent") not in found


# "X and its partner Y" as a clause's subject, and "its partner Y" opening a clause: the possessor and Y are partners.


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("L'an dernier, Safran et son partenaire américain General Electric avaient remporté la commande.", "fr",
         ("Safran", "GE Aerospace")),
        ("Le motoriste Safran et son partenaire General Electric estiment que le calendrier est trop serré.", "fr",
         ("Safran", "GE Aerospace")),
        ("Thales and its partner Leonardo said the satellite would launch in May.", "en", ("Thales", "Leonardo")),
        ("Renault Group said on Monday that its partner Nissan would build the new model in Sunderland.", "en",
         ("Renault", "Nissan")),
    ],
)
def test_partner_named_after_its_partner(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) in _pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # The pair is a verb's object, the sentence is about something else.
        ("Le dirigeant faisait partie de l'ère Ghosn, dont l'arrestation à Tokyo a secoué Renault et son allié Nissan.",
         "fr", ("Renault", "Nissan")),
        # A sale to the partner: the stake is the fact, told by the stake readers.
        ("Le distributeur Tesco a vendu sa participation dans la coentreprise à son partenaire Carrefour.", "fr",
         ("Tesco", "Carrefour")),
    ],
)
def test_partner_named_after_as_an_object_is_not_read(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) not in _pairs(text, language)


# A group noun named by its members, read only when "and / et" closes their list.


@pytest.mark.parametrize(
    ("text", "language", "members"),
    [
        ("The signalling contract went to Thales and a joint venture of Siemens and Hitachi.", "en",
         ("Siemens", "Hitachi")),
        ("A consortium including Vinci and Bouygues is said to be in the running for the toll roads.", "en",
         ("Vinci", "Bouygues")),
        ("La STM pourrait signer de gré à gré avec le consortium de Bombardier et d'Alstom un contrat de 500 voitures.",
         "fr", ("Bombardier", "Alstom")),
        ("Le rachat de la chaîne par le tandem formé par Vivendi et Bouygues a été confirmé lundi.", "fr",
         ("Vivendi", "Bouygues")),
        ("Parmi ses fournisseurs figure Grid Solutions, une coentreprise d'Alstom et de Siemens.", "fr",
         ("Alstom", "Siemens")),
    ],
)
def test_group_noun_members(text: str, language: str, members: tuple[str, str]) -> None:
    assert _pair(*members) in _pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # One member named, the other company is the customer.
        ("Le consortium de Bombardier a signé un contrat avec la STM.", "fr", ("Bombardier", "STM")),
        ("The consortium of Vinci won the contract from Globex and Initech.", "en", ("Vinci", "Globex")),
        ("The consortium of Vinci won the contract from Globex and Initech.", "en", ("Globex", "Initech")),
    ],
)
def test_group_noun_without_a_member_list(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) not in _pairs(text, language)


# A pair or list subject that does something together is a partnership; a sum of their figures is not.


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Renault and Nissan have invested billions together in the plant.", "en", ("Renault", "Nissan")),
        ("In 2014, Tesla and Panasonic agreed to build a battery factory together in Nevada.", "en",
         ("Tesla", "Panasonic")),
        ("Renault et Nissan vont développer ensemble une voiture électrique.", "fr", ("Renault", "Nissan")),
        ("Le groupe Vinci et le fonds Ardian ont choisi de déposer une offre commune pour l'aéroport.", "fr",
         ("Vinci", "Ardian")),
    ],
)
def test_pair_acting_together(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) in _pairs(text, language)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Renault and Nissan together hold 40 percent of the market.", "en", ("Renault", "Nissan")),
        ("Carrefour et Tesco, qui réalisent ensemble 140 milliards d'euros de ventes, changent de patron.", "fr",
         ("Carrefour", "Tesco")),
        ("Had their merger gone ahead, Omnicom and Publicis together would have been far bigger than WPP.", "en",
         ("Omnicom", "Publicis")),
        ("Sequoia and Accel led the round jointly.", "en", ("Sequoia", "Accel")),
    ],
)
def test_sum_or_co_leads_is_no_partnership(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) not in _pairs(text, language)


# A licensing or strategic deal told with a qualifier before "with / avec".


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Sanofi a conclu un accord de licence mondial avec le coréen Hanmi Pharmaceutical pour trois molécules.", "fr",
         ("Sanofi", "Hanmi Pharmaceutical")),
        ("Renault a scellé un accord stratégique avec Verkor pour une usine de batteries à Douai.", "fr",
         ("Renault", "Verkor")),
        ("Paramount Pictures signed a co-financing deal with Skydance Media on Monday.", "en",
         ("Paramount Pictures", "Skydance Media")),
    ],
)
def test_qualified_deal_noun(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) in _pairs(text, language)


def test_end_of_a_licence_is_no_new_partnership() -> None:
    found = _pairs(
        "Valbiotis chute au lendemain de l'annonce de la fin de son contrat de licence et d'approvisionnement avec "
        "Nestlé Health Science.",
        "fr",
    )
    assert _pair("Valbiotis", "Nestlé Health Science") not in found


# "their joint venture" / « leur société commune » stands for the sentence's pair: joined by "and", or subject and
# the company after "with".


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Fin juillet, SFR et Bouygues Telecom sont entrés en négociations pour céder Infracos, leur société commune.",
         "fr", ("SFR", "Bouygues Telecom")),
        ("Volkswagen is in talks with FAW about raising its share of their joint venture.", "en",
         ("Volkswagen", "FAW")),
    ],
)
def test_their_venture_names_the_pair(text: str, language: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) in _pairs(text, language)


def test_their_venture_of_unrelated_companies() -> None:
    assert _pair("Renault", "Nissan") not in _pairs(
        "Renault beat Nissan in March, and Toyota said their joint venture would grow.", "en"
    )


def test_a_syndicate_of_five_is_no_set_of_partnerships() -> None:
    """Five lenders joined for one loan: no ten bilateral partnerships (a pairwise clique stops at four members)."""
    text = (
        "Pour financer l'usine, la Banque Alvéa, le groupe Corvanne, Mirabank, Sofridex et la Caisse Tarvel se sont "
        "associés pour ce prêt."
    )
    assert triples(text, "fr", types=("partnership",)) == []
