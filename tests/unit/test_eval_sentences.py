"""The sentence-set scorer: labelled facts against what the extractor reads from each lone sentence."""

from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from streams.cli import main
from streams.evaluation.sentences import LabelledSentence, read_sentences, score_sentences


def _sentence(sentence_id: str, text: str, orgs: list[str], relations: list[dict[str, str]]) -> LabelledSentence:
    return LabelledSentence.model_validate(
        {"id": sentence_id, "lang": "en", "text": text, "orgs": orgs, "relations": relations}
    )


def test_read_facts_count_as_found_and_unread_ones_as_missed() -> None:
    sentences = [
        _sentence(
            "a",
            "Meta agreed to acquire Scale AI for $14.3 billion on Thursday.",
            ["Meta", "Scale AI"],
            [{"type": "acquisition", "subject": "Meta", "object": "Scale AI"}],
        ),
        _sentence(
            "b",
            "Google dropped Scale AI as a supplier last week.",
            ["Google", "Scale AI"],
            [{"type": "customer_end", "subject": "Google", "object": "Scale AI"}],
        ),
        _sentence(  # the direction is wrong on purpose: the supplier is no customer of its customer
            "c",
            "Google dropped Scale AI as a supplier last week.",
            ["Google", "Scale AI"],
            [{"type": "customer_end", "subject": "Scale AI", "object": "Google"}],
        ),
    ]
    scores = score_sentences(sentences)
    assert (scores.by_type["acquisition"].tp, scores.by_type["acquisition"].fn) == (1, 0)
    assert (scores.by_type["customer_end"].tp, scores.by_type["customer_end"].fn) == (1, 1)
    assert scores.by_type["customer_end"].fp == 1  # sentence c: Google -> Scale AI read, no label states it
    missed = [o for o in scores.outcomes if o.kind == "missed"]
    assert [(o.sentence_id, o.type) for o in missed] == [("c", "customer_end")]


def test_a_partnership_matches_in_either_order() -> None:
    sentence = _sentence(
        "p",
        "Renault and Nissan formed a joint venture to build electric vans in France.",
        ["Renault", "Nissan"],
        [{"type": "partnership", "subject": "Nissan", "object": "Renault"}],
    )
    assert score_sentences([sentence]).by_type["partnership"].tp == 1


def _leaders(sentence_id: str, text: str, relations: list[dict[str, str | None]]) -> LabelledSentence:
    return LabelledSentence.model_validate(
        {"id": sentence_id, "lang": "en", "labels": "leadership", "text": text, "orgs": [], "relations": relations}
    )


def test_a_leadership_change_matches_on_company_and_incoming_person() -> None:
    succession = "Acme Robotics named Jane Roe chief executive on Monday, succeeding John Doe."
    sentences = [
        _leaders("in", succession, [{"type": "leadership_change", "subject": "Acme Robotics", "person": "Jane Roe"}]),
        _leaders(  # the wrong incoming person: a miss, and the reading is false
            "wrong", succession, [{"type": "leadership_change", "subject": "Acme Robotics", "person": "John Doe"}]
        ),
        _leaders(  # a departure alone matches a reading with no incoming person
            "out",
            "John Doe stepped down as chief executive of Acme Robotics on Monday.",
            [{"type": "leadership_change", "subject": "Acme Robotics", "previous_person": "John Doe"}],
        ),
        _leaders("none", succession, []),  # read, but the label says no change: false
    ]
    scores = score_sentences(sentences)
    assert scores.types == ["leadership_change"]
    figures = scores.by_type["leadership_change"]
    assert (figures.tp, figures.fp, figures.fn) == (2, 2, 1)
    assert [(o.kind, o.sentence_id, o.object) for o in scores.outcomes if o.kind == "missed"] == [
        ("missed", "wrong", "John Doe")
    ]


def test_each_set_scores_only_the_types_it_labels() -> None:
    """A two-party sentence stating a leadership change does not count the change read as false, and the reverse."""
    text = "Meta agreed to acquire Scale AI for $14.3 billion and named Jason Droege chief executive of Scale AI."
    pairs = _sentence(
        "p", text, ["Meta", "Scale AI"], [{"type": "acquisition", "subject": "Meta", "object": "Scale AI"}]
    )
    leaders = _leaders("l", text, [{"type": "leadership_change", "subject": "Scale AI", "person": "Jason Droege"}])
    assert score_sentences([pairs]).micro.fp == 0
    assert score_sentences([leaders]).micro.fp == 0
    both = score_sentences([pairs, leaders])
    assert both.types[-1] == "leadership_change" and both.micro.tp == 2


def test_a_revenue_figure_matches_on_company_and_amount() -> None:
    text = "Scale AI's revenue reached $870 million in 2024, and the company expects more than $2 billion in 2025."
    figure = {"type": "revenue", "subject": "Scale AI", "period": "2024"}
    sentence = LabelledSentence.model_validate(
        {
            "id": "r",
            "lang": "en",
            "labels": "revenue",
            "text": text,
            "orgs": ["Scale AI"],
            "relations": [
                figure | {"amount": {"value": 870e6, "currency": "USD"}},
                figure | {"amount": {"value": 870e6, "currency": "EUR"}},  # wrong currency: missed
            ],
        }
    )
    scores = score_sentences([sentence])
    assert scores.types == ["revenue"]
    figures = scores.by_type["revenue"]
    assert (figures.tp, figures.fp, figures.fn) == (1, 1, 1)  # the 2025 forecast is read, not labelled here
    assert {(o.kind, o.object) for o in scores.outcomes} == {
        ("missed", "EUR 870,000,000"),
        ("false", "USD 2,000,000,000"),
    }


@pytest.mark.parametrize(
    ("labels", "relation"),
    [
        ("leadership", {"type": "leadership_change", "subject": "Acme", "object": "Jane Roe"}),
        ("pairs", {"type": "acquisition", "subject": "Meta", "person": "Jane Roe"}),
        ("pairs", {"type": "leadership_change", "subject": "Acme", "person": "Jane Roe"}),
        ("leadership", {"type": "acquisition", "subject": "Meta", "object": "Scale AI"}),
        ("revenue", {"type": "revenue", "subject": "Scale AI"}),
        (
            "revenue",
            {"type": "revenue", "subject": "Scale AI", "object": "Meta", "amount": {"value": 1, "currency": "USD"}},
        ),
    ],
)
def test_a_relation_that_does_not_fit_its_type_or_set_is_refused(labels: str, relation: dict[str, str]) -> None:
    line = {"id": "x", "lang": "en", "labels": labels, "text": "t", "orgs": [], "relations": [relation]}
    with pytest.raises(ValidationError):
        LabelledSentence.model_validate(line)


def test_the_committed_sets_load() -> None:
    """Every committed set parses with the strict model: a typo in a label fails here, not in a report."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    sentences = read_sentences([fixtures / "relations"])
    assert len(sentences) > 2000
    assert all(org in s.text for s in sentences for org in s.orgs)
    assert all({r.subject, r.object} <= set(s.orgs) for s in sentences for r in s.relations)
    leaders = read_sentences([fixtures / "leadership"])
    assert len(leaders) > 600 and all(s.labels == "leadership" for s in leaders)
    assert all(name in s.text for s in leaders for name in (*s.orgs, *s.people))
    assert all(r.subject in s.orgs for s in leaders for r in s.relations)
    assert all({r.person, r.previous_person} - {None} <= set(s.people) for s in leaders for r in s.relations)
    revenue = read_sentences([fixtures / "revenue"])
    assert len(revenue) > 250 and all(s.labels == "revenue" for s in revenue)
    assert all(org in s.text for s in revenue for org in s.orgs)
    assert all(r.subject in s.orgs and r.amount is not None for s in revenue for r in s.relations)


def test_the_command_prints_a_table_and_json(tmp_path: Path) -> None:
    file = tmp_path / "s.jsonl"
    file.write_text(
        '{"id": "a", "lang": "en", "text": "Google dropped Scale AI as a supplier last week.", '
        '"orgs": ["Google", "Scale AI"], "relations": [{"type": "customer_end", "subject": "Google", '
        '"object": "Scale AI"}]}\n',
        encoding="utf-8",
    )
    table = CliRunner().invoke(main.app, ["eval-sentences", str(file)])
    assert table.exit_code == 0, table.output
    assert "customer_end" in table.output and "1 sentences" in table.output
    as_json = CliRunner().invoke(main.app, ["eval-sentences", str(file), "--json"])
    assert '"recall": 1.0' in as_json.output
    broken = tmp_path / "bad.jsonl"
    broken.write_text('{"id": "a", "lang": "en", "text": "x", "orgs": [], "relations": [], "subjet": 1}\n')
    failed = CliRunner().invoke(main.app, ["eval-sentences", str(broken)])
    assert failed.exit_code == 1
