"""Session 14 (cust): customer relationships told by structures that recur across reporters.

Each structure is proved on invented paraphrases (another verb, a description, the parties in another order, a French
twin) and on near misses that must not give the event (no company, a source, another relation, a plan).
"""

from __future__ import annotations

import pytest

from tests.support.extraction import triples

END = "customer_end"
START = "customer_start"
CONTINUE = "customer_continue"
RISK = "customer_at_risk"


def customers(text: str, language: str = "en") -> list[tuple[str, str | None, str | None]]:
    """The customer events of ``text`` (start, continue, at risk and end), to see a wrong family as well."""
    return triples(text, language, prefix="customer_")


# A lost contract's winner named after "au profit de" / "in favour of" by what it is before its name.
@pytest.mark.parametrize(
    ("text", "language", "customer", "loser", "winner"),
    [
        (
            "Publicis a perdu le budget McDonald's au profit de l'américain Omnicom.",
            "fr",
            "McDonald's",
            "Publicis",
            "Omnicom",
        ),
        (
            "Havas a perdu le budget de Renault au profit de son concurrent Publicis.",
            "fr",
            "Renault",
            "Havas",
            "Publicis",
        ),
        (
            "Transdev a perdu le contrat de la SNCF au profit de son grand rival Keolis.",
            "fr",
            "SNCF",
            "Transdev",
            "Keolis",
        ),
        (
            "Sodexo a perdu le contrat de Renault au profit du britannique Compass.",
            "fr",
            "Renault",
            "Sodexo",
            "Compass",
        ),
        (
            "Dentsu lost the Nissan account in favour of its long-time rival Publicis.",
            "en",
            "Nissan",
            "Dentsu",
            "Publicis",
        ),
        (
            "Transdev a perdu le contrat de Renault, qu'il détenait depuis des décennies, au profit de son grand rival "
            "Keolis.",
            "fr",
            "Renault",
            "Transdev",
            "Keolis",
        ),
    ],
)
def test_a_lost_contract_goes_to_a_described_winner(
    text: str, language: str, customer: str, loser: str, winner: str
) -> None:
    found = customers(text, language)
    assert (END, customer, loser) in found
    assert (START, customer, winner) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Publicis a perdu le budget McDonald's au profit de ses marges, a expliqué Oddo.", "fr"),
        ("Dentsu lost the Nissan account in favour of an in-house team at Unilever.", "en"),
        ("Publicis a perdu le budget McDonald's au profit d'une agence indépendante de Chicago, Leo Burnett.", "fr"),
    ],
)
def test_no_winner_when_the_words_after_favour_do_not_describe_it(text: str, language: str) -> None:
    assert not [event for event in customers(text, language) if event[0] == START]


# A supplier that keeps what it might have lost: its contracts with the customer, or the customer's account.
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Havas has kept its contract with Shell.", "en", "Shell", "Havas"),
        ("Sodexo retained some of its contracts with Renault.", "en", "Renault", "Sodexo"),
        ("Havas held on to the Shell account after a review.", "en", "Shell", "Havas"),
        ("Havas is hanging on to the Shell account.", "en", "Shell", "Havas"),
        ("Havas will retain the Shell account.", "en", "Shell", "Havas"),
        ("Publicis conserve quelques contrats avec Procter & Gamble.", "fr", "Procter & Gamble", "Publicis"),
        ("Publicis a conservé le budget média de Renault.", "fr", "Renault", "Publicis"),
        ("Publicis garde ses contrats avec Renault.", "fr", "Renault", "Publicis"),
        ("Sodexo aurait conservé une partie de ses marchés avec Renault.", "fr", "Renault", "Sodexo"),
        ("Eltel has signed a twelve-month continuation of its framework agreement with Elisa.", "en", "Elisa", "Eltel"),
    ],
)
def test_a_supplier_keeps_its_contract_or_the_customers_account(
    text: str, language: str, customer: str, supplier: str
) -> None:
    assert customers(text, language) == [(CONTINUE, customer, supplier)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Renault kept its account with BNP Paribas.", "en"),  # a bank account: the subject is the bank's client
        ("Renault kept its stake in Nissan.", "en"),
        ("Havas kept the Shell logo on its website.", "en"),
        ("Renault conserve sa participation dans Nissan.", "fr"),
        ("Renault garde le contrôle de Dacia.", "fr"),
        ("Havas failed to keep its contract with Shell.", "en"),
    ],
)
def test_keeping_what_is_no_contract_or_failing_to_keep_it_continues_nothing(text: str, language: str) -> None:
    assert not [event for event in customers(text, language) if event[0] == CONTINUE]


# A customer that reviews, re-examines or weighs cutting its contracts with a named supplier puts it at risk, whichever
# words say which of the contracts ("all", "all or some of its") and whether the review is a verb or a noun.
@pytest.mark.parametrize(
    ("text", "language", "customer", "supplier"),
    [
        ("Ford is reviewing all contracts with Collins & Aikman.", "en", "Ford", "Collins & Aikman"),
        ("Ford is reviewing all of its contracts with Collins & Aikman.", "en", "Ford", "Collins & Aikman"),
        (
            "Dana said it needs to assess whether to cut all or some of its supplier contracts with Sypris.",
            "en",
            "Dana",
            "Sypris",
        ),
        ("Ford has launched a review of its supply contracts with Lear.", "en", "Ford", "Lear"),
        ("Renault réexamine tous ses contrats avec Valeo.", "fr", "Renault", "Valeo"),
        ("Renault a lancé un réexamen de ses contrats avec Valeo.", "fr", "Renault", "Valeo"),
        ("Renault a passé en revue l'ensemble de ses contrats avec Valeo.", "fr", "Renault", "Valeo"),
    ],
)
def test_a_customer_reviewing_its_contracts_with_a_supplier_puts_it_at_risk(
    text: str, language: str, customer: str, supplier: str
) -> None:
    assert customers(text, language) == [(RISK, customer, supplier)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ford is reviewing its contract with the union.", "en"),  # no company on the other side
        ("Regulators are reviewing Ford's contracts with Lear.", "en"),  # a third party reviews
        ("Ford is reviewing its partnership with Lear.", "en"),  # a partnership, no supply contract
    ],
)
def test_a_review_by_no_customer_or_of_no_supply_tie_puts_nobody_at_risk(text: str, language: str) -> None:
    assert not [event for event in customers(text, language) if event[0] == RISK]


def test_a_described_winner_of_a_contract_whose_holder_is_unnamed_starts_nothing() -> None:
    found = customers("Transdev a perdu un gros contrat au profit de son grand rival Keolis.", "fr")
    assert not [event for event in found if event[0] == START]


# A supplier's customers listed, in either order: the roster after them ("A, B and C are among its customers", "A et
# B figurent parmi les clients de Y") or before them ("customers that include A, B and C", "a pour clients A et B").
@pytest.mark.parametrize(
    ("text", "language", "supplier"),
    [
        ("Safran makes parts for customers that include Renault, Peugeot and Airbus.", "en", "Safran"),
        ("Safran counts Renault, Peugeot and Airbus among its customers.", "en", "Safran"),
        ("Renault, Peugeot and Airbus are among the customers of Safran.", "en", "Safran"),
        (
            "Safran has a large car business: Renault, Peugeot and Airbus are listed among its customers.",
            "en",
            "Safran",
        ),
        ("Safran's customer base grew to include Renault, Peugeot and Airbus.", "en", "Safran"),
        ("Safran sells parts to customers such as Renault, Peugeot and Airbus.", "en", "Safran"),
        ("Renault, Peugeot et Airbus figurent parmi les clients de Safran.", "fr", "Safran"),
        ("Safran a pour clients Renault, Peugeot et Airbus.", "fr", "Safran"),
        ("Safran compte Renault, Peugeot et Airbus parmi ses clients.", "fr", "Safran"),
        ("Safran vend ses pièces à des clients tels que Renault, Peugeot et Airbus.", "fr", "Safran"),
    ],
)
def test_a_suppliers_listed_customers_continue_with_it(text: str, language: str, supplier: str) -> None:
    assert customers(text, language) == [
        (CONTINUE, "Airbus", supplier),
        (CONTINUE, "Peugeot", supplier),
        (CONTINUE, "Renault", supplier),
    ]


def test_the_roster_of_an_earlier_sentence_names_its_supplier_by_its_subject() -> None:
    found = customers("Karos a séduit Accor. Danone et Orange sont aussi parmi ses clients.", "fr")
    assert (CONTINUE, "Danone", "Karos") in found
    assert (CONTINUE, "Orange", "Karos") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Renault and Peugeot are among the largest companies in the index.", "en"),
        ("Renault and Peugeot are among its investors.", "en"),
        ("Safran counts Renault, Peugeot and Airbus among its investors.", "en"),
        ("Customers such as retailers and banks buy from Safran.", "en"),
        ("Renault et Peugeot figurent parmi les plus gros employeurs de la région.", "fr"),
    ],
)
def test_a_list_that_is_no_customer_roster_continues_nothing(text: str, language: str) -> None:
    assert not [event for event in customers(text, language) if event[0] == CONTINUE]


def test_a_roster_after_a_clause_about_another_company_names_no_supplier() -> None:
    text = "The group depends on Apple for half of its revenue, and it licenses its designs to customers such as Intel."
    assert not [event for event in customers(text) if event[1] == "Intel" and event[2] == "Apple"]


# A contract given to "it": the pronoun stands for the teller of the sentence, else for the subject of the sentence
# before, also in a second clause giving "it" another order.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Alstom says the SNCF has awarded it a five-year contract for 186 trains.", "en", [("SNCF", "Alstom")]),
        ("Alstom is on a roll. The SNCF has awarded it a contract for 40 trains.", "en", [("SNCF", "Alstom")]),
        (
            "It is the fifth order Alstom has announced since August. Earlier, the SNCF awarded it a $100m order, "
            "and Orange gave it an advance purchase order worth $3m.",
            "en",
            [("Orange", "Alstom"), ("SNCF", "Alstom")],
        ),
        ("Alstom enchaîne les succès. La SNCF lui a attribué un contrat de 40 trains.", "fr", [("SNCF", "Alstom")]),
    ],
)
def test_a_contract_given_to_it_goes_to_the_company_it_stands_for(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert customers(text, language) == [(START, customer, supplier) for customer, supplier in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Alstom unveiled a new train. The SNCF awarded it a prize for design.",  # a prize, no contract
        "Alstom unveiled a new train. Siemens said the SNCF awarded it a contract.",  # the teller is Siemens
    ],
)
def test_it_given_no_contract_or_told_by_another_gives_the_earlier_subject_nothing(text: str) -> None:
    assert not [event for event in customers(text) if event[2] == "Alstom"]


# A supplier noun with the goods it supplies before its customer: "the only supplier of meals to X", "le fournisseur
# exclusif de moteurs pour X", also in apposition.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Safran is the main supplier of engines to Airbus.", "en"),
        ("Safran is the sole supplier of landing gear for Airbus.", "en"),
        ("Safran, the sole provider of landing gear to Airbus, said on Monday profits rose.", "en"),
        ("Safran est le fournisseur exclusif de moteurs pour Airbus.", "fr"),
        ("Safran est le seul fournisseur de trains d'atterrissage à Airbus.", "fr"),
        ("Safran est le principal fournisseur de pièces de rechange pour Airbus.", "fr"),
    ],
)
def test_a_supplier_of_goods_to_a_customer_continues_with_it(text: str, language: str) -> None:
    assert customers(text, language) == [(CONTINUE, "Airbus", "Safran")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Safran is a potential supplier of engines to Airbus.", "en"),
        ("Safran is no longer the sole supplier of engines to Airbus.", "en"),
        ("Safran is the largest supplier of engines in Europe.", "en"),
        ("Safran est un fournisseur potentiel de moteurs pour Airbus.", "fr"),
    ],
)
def test_a_potential_former_or_customerless_supplier_continues_nothing(text: str, language: str) -> None:
    assert not [event for event in customers(text, language) if event[0] == CONTINUE]
