"""Session 12b (inv2): investors named in an investor position, and investor lists opened by a colon."""

from __future__ import annotations

import pytest

from schemas.news import NewsItem
from streams.extraction.engine import extract


def _investors(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    """(investor, company) of the investments read; not ``triples``, whose sort fails on an unnamed investor
    beside named ones (the round's own event keeps its investors unnamed)."""
    item = NewsItem(id="t", title="", body=text, language=language, published_at=None)  # type: ignore[arg-type]
    return {
        (event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extract(item).events
        if event.type == "investment"
    }


# A fund or firm name with no head word the recogniser knows is an organisation where an investor stands:
# after a described lead ("Brightline's venture arm BVentures"), in the list that follows it.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Zorvane Robotics raised $40 million. The Series B was bankrolled by Brightline's venture arm BVentures, "
            "along with Ostrava Devices, QRT and Pellam Ventures.",
            "en",
            {"BVentures", "Ostrava Devices", "QRT", "Pellam Ventures"},
        ),
        (
            "Zorvane Robotics raised $40 million in a Series B round led by the growth fund Kelvex, with "
            "participation from Ostrava Devices and Pellam Ventures.",
            "en",
            {"Kelvex", "Ostrava Devices", "Pellam Ventures"},
        ),
        (
            "La start-up Plumetis Robotique lève 5 millions d'euros dans un tour mené par la société de gestion "
            "Varnex, aux côtés de Omnello et Calvi Partners.",
            "fr",
            {"Varnex", "Omnello", "Calvi Partners"},
        ),
    ],
)
def test_investor_position_names_are_organisations(text: str, language: str, expected: set[str]) -> None:
    found = {subject for subject, _ in _investors(text, language)}
    assert expected <= found


@pytest.mark.parametrize(
    ("text", "language", "absent"),
    [
        # A person named as an angel investor is no company.
        ("Zorvane Robotics raised $40 million in a round led by John Miller, a former banker.", "en", "John Miller"),
        # "Capital" alone after the phrase is no name.
        (
            "Zorvane Robotics raised $40 million, backed by Capital from its founders and Pellam Ventures.",
            "en",
            "Capital",
        ),
    ],
)
def test_investor_position_near_misses(text: str, language: str, absent: str) -> None:
    assert absent not in {subject for subject, _ in _investors(text, language)}


# A list of investors introduced by a colon, after a round told before.
@pytest.mark.parametrize(
    ("text", "language", "company", "expected"),
    [
        (
            "Zorvane Robotics raised $40 million. Investors: Quellix, Tarnwell and Bexa Partners.",
            "en",
            "Zorvane Robotics",
            {"Quellix", "Tarnwell", "Bexa Partners"},
        ),
        (
            "La start-up Plumetis a levé 3 M€. Les investisseurs : Varnex, Omnello et Calvi Partners.",
            "fr",
            "Plumetis",
            {"Varnex", "Omnello", "Calvi Partners"},
        ),
        (
            "La start-up Plumetis a bouclé un tour de 3 M€ auprès d'investisseurs discrets. Leur identité : Varnex, "
            "Omnello et Calvi Partners.",
            "fr",
            "Plumetis",
            {"Varnex", "Omnello", "Calvi Partners"},
        ),
    ],
)
def test_colon_list_of_investors(text: str, language: str, company: str, expected: set[str]) -> None:
    assert {(name, company) for name in expected} <= _investors(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # Customers listed after a colon are no investors.
        "Zorvane Robotics reported sales of $40 million. Customers: Quellix Partners and Tarnwell Logistics.",
        # A fund's portfolio is no round.
        "Quellix Partners has backed many start-ups. Its portfolio includes Tarnwell Robotics and Bexa Health.",
    ],
)
def test_colon_and_portfolio_near_misses(text: str) -> None:
    assert _investors(text) == set()


# A list of investors whose comma list ends in its unnamed rest ("a group of angels", "and other new backers")
# keeps its named members; a member may be told by its kind ("the venture arm B", "the growth fund C").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvane Robotics raised $40 million, backed by Ostrava Devices, QRT, Nordwind, a group of angels and "
            "other new backers.",
            {"Ostrava Devices", "QRT", "Nordwind"},
        ),
        (
            "Zorvane Robotics raised $40 million. The Series A was bankrolled by Brightline's venture capital arm "
            "BVentures, along with Ostrava Devices, QRT, Pellam Ventures, a group of angels, and other new "
            "stakeholders.",
            {"BVentures", "Ostrava Devices", "QRT", "Pellam Ventures"},
        ),
        (
            "Zorvane Robotics raised $40 million in a round led by Pellam Ventures, the venture arm Kelvex and the "
            "growth fund Nordwind.",
            {"Pellam Ventures", "Kelvex", "Nordwind"},
        ),
    ],
)
def test_investor_list_closed_by_its_unnamed_rest(text: str, expected: set[str]) -> None:
    assert {(name, "Zorvane Robotics") for name in expected} <= _investors(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A comma list with no close is an apposition: the founders are no investors.
        ("Zorvane Robotics raised $40 million from Pellam Ventures, Kelvex said on Monday.", "Kelvex"),
        # The rest of a list of customers closes no list of investors.
        (
            "Zorvane Robotics, backed by Pellam Ventures, supplies Ostrava Devices, Nordwind, a group of hospitals "
            "and other clients.",
            "Nordwind",
        ),
    ],
)
def test_unnamed_rest_near_misses(text: str, absent: str) -> None:
    assert absent not in {subject for subject, _ in _investors(text)}


# A standing investment with no round: "X counts A and B among its (other) investors".
@pytest.mark.parametrize(
    "text",
    [
        "Zorvane Robotics counts Pellam Ventures and Kelvex Capital among its backers.",
        "Zorvane Robotics, which counts Pellam Ventures and Kelvex Capital among its investors, opened a plant.",
        "Zorvane Robotics makes warehouse robots. It counts Pellam Ventures and Kelvex Capital among other high "
        "profile investors.",
    ],
)
def test_counted_among_its_investors(text: str) -> None:
    assert {("Pellam Ventures", "Zorvane Robotics"), ("Kelvex Capital", "Zorvane Robotics")} <= _investors(text)


@pytest.mark.parametrize(
    "text",
    [
        # Customers counted are no investors.
        "Zorvane Robotics counts Pellam Logistics and Kelvex Foods among its customers.",
        # "among its investors" without a company counting them names no investee.
        "Pellam Ventures and Kelvex Capital were among its investors, a banker said.",
    ],
)
def test_counted_near_misses(text: str) -> None:
    assert {pair for pair in _investors(text) if pair[0] is not None} == set()


# "A led, with B and C joining": the lead told by a bare verb, its co-investors after "with".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvane Robotics raised $40 million. Pellam Ventures led, with Kelvex Capital and Nordwind Partners "
            "joining.",
            {"Pellam Ventures", "Kelvex Capital", "Nordwind Partners"},
        ),
        (
            "Zorvane Robotics raised $40 million in a Series B round. Pellam Ventures co-led, with Kelvex Capital "
            "participating.",
            {"Pellam Ventures", "Kelvex Capital"},
        ),
        (
            "Zorvane Robotics closed a $40 million round last week; Pellam Ventures led, with Kelvex Capital, Nordwind "
            "Partners and Trivel Ventures joining.",
            {"Pellam Ventures", "Kelvex Capital", "Nordwind Partners", "Trivel Ventures"},
        ),
    ],
)
def test_lead_then_joining_list(text: str, expected: set[str]) -> None:
    assert {(name, "Zorvane Robotics") for name in expected} <= _investors(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "with B advising": a different relation, not a co-investor.
        (
            "Zorvane Robotics raised $40 million. Pellam Ventures led, with Kelvex Capital advising the company.",
            "Kelvex Capital",
        ),
        # No round: a restructuring led by a firm.
        (
            "Kelvex Capital led, with Nordwind Partners joining, the restructuring of Ostrava Devices.",
            "Nordwind Partners",
        ),
    ],
)
def test_lead_then_joining_near_misses(text: str, absent: str) -> None:
    assert absent not in {subject for subject, _ in _investors(text)}
