"""Investor lists that run on past their clause, and the investee a possessive names (session 12).

Each test gives invented sentences of one structure worded as different reporters would, and near misses that
must stay silent or keep their reading.
"""

from __future__ import annotations

from schemas.news import NewsItem
from streams.extraction.engine import extract
from streams.extraction.text import split_sentences


def _investors(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    """(investor, investee) names of the investments read in ``text``."""
    item = NewsItem(id="t", body=text, language=language)  # type: ignore[arg-type]
    return {
        (event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extract(item).events
        if event.type == "investment"
    }


def test_a_list_goes_on_after_a_co_investor_verb_with_a_connector() -> None:
    """ "A also took part in the round, with B and existing investors C": B and C are in the round too."""
    for text in (
        "Acme Robotics has raised $80 million led by Foo Capital. Bar Ventures also participated in the round, "
        "with Baz Partners and existing investors Qux Capital and Zed Ventures.",
        "Acme Robotics has raised $80 million led by Foo Capital. Bar Ventures also took part in the round, "
        "alongside existing backers Baz Partners, Qux Capital and Zed Ventures.",
        "Acme Robotics has raised $80 million led by Foo Capital. Bar Ventures also participated, together with "
        "Baz Partners, Qux Capital and Zed Ventures.",
    ):
        found = _investors(text)
        assert {(name, "Acme Robotics") for name in ("Baz Partners", "Qux Capital", "Zed Ventures")} <= found, text


def test_a_lead_list_goes_on_after_and_included() -> None:
    """ "The round was led (jointly) by A and B and included new investors C and D": one list, one round."""
    for text in (
        "Acme Robotics has closed an $80 million Series C round. The round was led jointly by Foo Capital and "
        "Bar Ventures, and included new investors Baz Partners and Qux Capital.",
        "Acme Robotics has closed an oversubscribed $80 million Series C round. The financing was led by Foo "
        "Capital and Bar Ventures and included existing investors Baz Partners and Qux Capital.",
        "Acme Robotics has raised $80 million. The round was bankrolled by Foo Capital and Bar Ventures, along "
        "with Baz Partners and Qux Capital.",
    ):
        found = _investors(text)
        expected = {(name, "Acme Robotics") for name in ("Foo Capital", "Bar Ventures", "Baz Partners", "Qux Capital")}
        assert expected <= found, text


def _investor_amounts(body: str, language: str) -> dict[str, float | None]:
    """Each investor's amount in ``body``'s investments (None when the event states none)."""
    return {
        event.subject.name: (event.amount.value if event.amount else None)
        for event in extract(NewsItem(id="t", body=body, language=language)).events  # type: ignore[arg-type]
        if event.type == "investment" and event.subject is not None
    }


def test_names_past_the_connector_do_not_take_the_leads_amount() -> None:
    """Only the leads carry the round's amount; the names the list runs on to join it with none."""
    body = (
        "Acme Robotics has closed an $80 million Series C round. The round was led jointly by Foo Capital and "
        "Bar Ventures, and included new investors Baz Partners and Qux Capital."
    )
    amounts = _investor_amounts(body, "en")
    assert amounts["Foo Capital"] == 80_000_000
    assert amounts["Baz Partners"] is None


def test_a_round_that_included_investors_names_them() -> None:
    """ "in a Series B that included new investors X" / "qui inclut": X invested in the company raising."""
    assert ("Foo Capital", "Acme Robotics") in _investors(
        "Acme Robotics raised $54 million in a Series B that included new investors Foo Capital."
    )
    assert ("Foo Capital", "Acme Robotics") in _investors(
        "Acme Robotics raised $54 million in a round which included Foo Capital and Bar Ventures."
    )
    assert ("Foo Capital", "Acme Robotics") in _investors(
        "Acme Robotics a levé 54 millions d'euros lors d'un tour qui inclut Foo Capital et Bar Ventures.", "fr"
    )


def test_a_possessive_names_the_round_the_existing_investors_joined() -> None:
    """ "Y's existing investors, A and B, also participated": Y's round, not the one told before about X."""
    for text in (
        "Cellmark has secured $255 million led by Foo Capital. Beta Pharmaceuticals has closed an oversubscribed "
        "$200 million round. Beta's existing investors, Baz Partners and Qux Capital, also participated.",
        "Cellmark has secured $255 million led by Foo Capital. Separately, Beta Pharmaceuticals unveiled its Series C. "
        "Beta's existing backers, Baz Partners and Qux Capital, also took part.",
    ):
        found = _investors(text)
        assert ("Baz Partners", "Beta Pharmaceuticals") in found, text
        assert ("Baz Partners", "Cellmark") not in found, text
        assert ("Beta Pharmaceuticals", "Cellmark") not in found, text


def test_near_misses_keep_their_reading() -> None:
    """A new clause after the list, or the investee inside it, ends the list; a contract is no round."""
    found = _investors(
        "Acme Robotics has raised $80 million led by Foo Capital. Bar Ventures also participated in the round, "
        "while rival Qux Capital said it would build its own robots."
    )
    assert ("Qux Capital", "Acme Robotics") not in found
    found = _investors(
        "Acme Robotics has raised $80 million. The round was led by Foo Capital and Bar Ventures, and Qux Capital "
        "said it would build its own robots."
    )
    assert ("Bar Ventures", "Acme Robotics") in found
    assert ("Qux Capital", "Acme Robotics") not in found
    found = _investors(
        "Ride-hailing group Didi Global, whose backers include Foo Capital, Acme Robotics and Bar Ventures, raised "
        "$4.44bn in its listing."
    )
    assert ("Bar Ventures", "Acme Robotics") not in found
    assert _investors("Acme Robotics has closed an oversubscribed $80 million contract with Foo Capital.") == set()


def test_an_unread_name_inside_the_list_does_not_end_it() -> None:
    """ "included new investors Blackrock, A and B": the unread first name leaves A and B in the list."""
    for text in (
        "Acme Robotics has closed an $80 million round. The round was led by Foo Capital and included new "
        "investors Zyxwar, Bar Ventures and Qux Capital.",
        "Acme Robotics has raised $80 million led by Foo Capital. Baz Partners also took part in the financing, "
        "alongside Zyxwar Growth, Wobble Advisors and existing investors Bar Ventures and Qux Capital.",
    ):
        found = _investors(text)
        assert {("Bar Ventures", "Acme Robotics"), ("Qux Capital", "Acme Robotics")} <= found, text
    found = _investors(
        "Acme Robotics has raised $80 million led by Foo Capital. Bar Ventures also participated in the round, "
        "while Chief Executive John Smith and Qux Capital said they would expand."
    )
    assert ("Qux Capital", "Acme Robotics") not in found


def test_a_round_letter_ends_its_sentence() -> None:
    """ "closed a $200m Series C. A and B led the round": two sentences, both leads read; an initial stays one."""
    text = "Acme Robotics has closed a $200 million Series C. Foo Capital and Bar Ventures led the round jointly."
    assert len(split_sentences(text)) == 2
    assert {("Foo Capital", "Acme Robotics"), ("Bar Ventures", "Acme Robotics")} <= _investors(text)
    assert len(split_sentences("Acme Robotics named John C. Smith as its chief executive.")) == 1
    assert len(split_sentences("Acme a levé 20 millions d'euros en série B. Foo Capital a mené le tour.")) == 2


def test_new_backers_told_as_joining_the_round() -> None:
    """ "A and B are other new investors", "joined the cap table", « rejoignent le tour de table »."""
    lead = "Acme Robotics has raised $30 million led by Foo Capital. "
    for text, language in (
        (lead + "Bar Ventures and Qux Capital are other new investors in the round, it said.", "en"),
        (lead + "Bar Ventures and Qux Capital joined the cap table with this round.", "en"),
        (
            "Acme Robotics a levé 30 millions d'euros auprès de Foo Capital. Bar Ventures et Qux Capital rejoignent "
            "le tour de table.",
            "fr",
        ),
    ):
        found = _investors(text, language)
        assert {("Bar Ventures", "Acme Robotics"), ("Qux Capital", "Acme Robotics")} <= found, text
    # Advisers or customers coming on board invest nothing.
    found = _investors(lead + "Bar Ventures and Qux Capital have come on board as advisers.")
    assert ("Bar Ventures", "Acme Robotics") not in found


def test_a_list_presented_after_a_funders_noun() -> None:
    """« Parmi les autres contributeurs, on retrouve A et B »: the round's backers; a client list is not."""
    lead = "Mirakl a bouclé une levée de fonds de 300 millions de dollars, menée par Permira. "
    for tail in (
        "Parmi les autres contributeurs, on retrouve les investisseurs historiques, tels que Foo Capital et "
        "Bar Ventures.",
        "Parmi les actionnaires qui remettent au pot, on peut citer Foo Capital et Bar Ventures.",
        "Côté investisseurs, on trouve aussi Foo Capital et Bar Ventures.",
    ):
        found = _investors(lead + tail, "fr")
        assert {("Foo Capital", "Mirakl"), ("Bar Ventures", "Mirakl")} <= found, tail
    found = _investors(lead + "Parmi ses clients, on retrouve Foo Capital et Bar Ventures.", "fr")
    assert ("Foo Capital", "Mirakl") not in found


def test_a_raise_of_untold_size_with_its_investor_named() -> None:
    """ "raised fresh funding from A and B", « a levé des fonds auprès de A »: a round of untold size."""
    assert {("Foo Capital", "Acme Robotics"), ("Bar Ventures", "Acme Robotics")} <= _investors(
        "Acme Robotics has raised new funding from Foo Capital and Bar Ventures."
    )
    assert ("Foo Capital", "Acme Robotics") in _investors("Acme Robotics is raising money from Foo Capital.")
    assert ("Foo Capital", "Acme Robotics") in _investors(
        "Acme Robotics a levé des fonds auprès de Foo Capital et de Bar Ventures.", "fr"
    )
    # No funding noun, a fund raised by an investor, or no investor named: no round.
    assert _investors("Acme Robotics raised its prices after complaints from Foo Capital.") == set()
    assert _investors("Foo Capital raised a new fund from Bar Ventures and Qux Partners.") == set()
    assert _investors("Acme Robotics raised funds in 2019. Foo Capital said it was pleased.") == set()


def _valued(text: str) -> set[tuple[str | None, float | None]]:
    """(company, valuation) of the valuations read in ``text``."""
    item = NewsItem(id="t", body=text, language="en")  # type: ignore[arg-type]
    return {
        (event.subject.name if event.subject else None, event.valuation.value if event.valuation else None)
        for event in extract(item).events
        if event.type == "valuation"
    }


def test_valued_it_after_money_put_into_a_company_prices_that_company() -> None:
    """ "an investment in X valued the company at $N", "bet $N on X, valuing it at": X, not the story's company."""
    lead = "Acme Robotics has closed a new funding round led by Foo Capital. "
    assert ("Beta Lending", 2.8e9) in _valued(
        lead + "A February investment in Beta Lending valued the company at $2.8bn."
    )
    assert ("Beta Lending", 3.5e9) in _valued(
        lead + "In May, Foo Capital put $800m into lender Beta Lending, valuing it at about $3.5bn."
    )
    # The round's own valuation, told after its investor, still prices the round's company.
    assert ("Acme Robotics", 3e9) in _valued(
        "Acme Robotics has raised $600m. Foo Capital also took part in the round, which valued the company at $3bn."
    )


def test_backers_in_apposition_invest_in_the_company() -> None:
    """ "Acme, backed by A and B, raised $40m", « X, soutenue par A et B, lève »: A and B are Acme's investors."""
    for text, language in (
        ("The startup Acme Robotics, backed by Foo Capital and Bar Ventures, raised $40 million.", "en"),
        ("Acme Robotics, funded by the venture firm Foo Capital and Bar Ventures, raised $40 million.", "en"),
        ("La start-up Acme Robotics, soutenue par Foo Capital et Bar Ventures, lève 15 millions d'euros.", "fr"),
    ):
        found = _investors(text, language)
        assert {("Foo Capital", "Acme Robotics"), ("Bar Ventures", "Acme Robotics")} <= found, text
    # A loan or a guarantee backed by a bank, or no company before the apposition: no investor.
    assert _investors("Acme Robotics's loan, backed by Foo Bank, matures in 2027.") == set()
    assert ("Foo Capital", "Acme Robotics") not in _investors(
        "Acme Robotics, backed by government guarantees, said Foo Capital would buy its bonds."
    )


def test_a_source_reporting_a_raise_does_not_raise() -> None:
    """ "DealStreetAsia reported that Acme is in talks to raise funds from A": the source is no investee."""
    found = _investors(
        "The news comes a day after Beta Media reported that the startup is in talks to raise funds from Foo Capital."
    )
    assert ("Foo Capital", "Beta Media") not in found


def test_participants_after_the_leads_take_no_amount() -> None:
    """ "The round was led by A, with participation from B", « mené par A, avec la participation de B »."""
    body = (
        "Acme Robotics lève 15 millions d'euros. Le tour de table est mené par Foo Capital, avec la participation "
        "de Bar Ventures et de Qux Partners."
    )
    amounts = _investor_amounts(body, "fr")
    assert amounts == {"Foo Capital": 15_000_000, "Bar Ventures": None, "Qux Partners": None}


def test_investors_named_with_funding_to_date() -> None:
    """ "has now raised $120m from investors including A and B": no round, but A and B invested (untold size)."""
    found = _investors(
        "Acme Robotics has now raised $120 million from investors including Foo Capital and Bar Ventures."
    )
    assert found == {("Foo Capital", "Acme Robotics"), ("Bar Ventures", "Acme Robotics")}
    # Funding to date with no investor named stays silent.
    assert _investors("Acme Robotics has raised $120 million in total since 2015.") == set()


def test_a_lead_verb_on_the_operation_in_french() -> None:
    """« X mène l'opération, aux côtés de A et B »: the lead and its co-investors; a takeover's adviser is not."""
    found = _investors(
        "Acme Robotics boucle un tour de table de 15 millions d'euros. Foo Capital mène l'opération, aux côtés de "
        "Bar Ventures et Qux Partners.",
        "fr",
    )
    assert {(name, "Acme Robotics") for name in ("Foo Capital", "Bar Ventures", "Qux Partners")} <= found
    assert _investors("Acme Robotics a racheté Beta Logistics. Foo Capital a conduit l'opération.", "fr") == set()
