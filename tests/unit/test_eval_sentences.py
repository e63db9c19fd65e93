"""The sentence-set scorer: labelled two-party facts against what the extractor reads from each lone sentence."""

from pathlib import Path

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


def test_the_committed_sets_load() -> None:
    """Both committed sets parse with the strict model: a typo in a label fails here, not in a report."""
    folder = Path(__file__).parents[1] / "fixtures" / "relations"
    sentences = read_sentences([folder])
    assert len(sentences) > 2000
    assert all(org in s.text for s in sentences for org in s.orgs)
    assert all({r.subject, r.object} <= set(s.orgs) for s in sentences for r in s.relations)


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
