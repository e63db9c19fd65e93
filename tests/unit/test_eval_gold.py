"""Loading the real-news gold set: the format's models, directories, and file:line errors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from streams.evaluation.gold import GoldFileError, load_gold

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"

ITEM: dict[str, object] = {
    "id": "t-1",
    "language": "en",
    "published_at": "2025-01-02T03:04:05Z",
    "title": "T",
    "body": "Body.",
    "gold_events": [{"type": "acquisition", "subject": "Meta", "object": "Scale AI", "modality": "denied"}],
    "gold_alerts": [{"type": "acquisition", "company": "Scale AI", "counterparty": "Meta"}],
}


def _write(path: Path, *items: Mapping[str, object] | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [item if isinstance(item, str) else json.dumps(item) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_small_fixture_loads_with_every_field() -> None:
    """The fixture's six items load in file order, with their events, parties and alerts."""
    gold = load_gold([GOLD_SMALL])
    assert gold.files == (GOLD_SMALL,)
    assert [item.id for item in gold.items] == ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"]
    assert [item.language for item in gold.items] == ["en", "en", "fr", "fr", "en", "en"]
    investment = gold.items[5].gold_events[0]
    assert (investment.subject, investment.subject_kind, investment.object) == (None, "unnamed", "Mistral AI")
    assert investment.amount is not None and (investment.amount.value, investment.amount.currency) == (6e8, "EUR")
    assert gold.items[1].gold_events[1].modality == "denied"
    assert gold.items[3].gold_events[0].person == "Marie Dupont"
    assert sum(len(item.gold_alerts) for item in gold.items) == 7


def test_a_directory_means_every_jsonl_under_it(tmp_path: Path) -> None:
    """Directories are searched recursively for *.jsonl, in sorted order; other files are ignored."""
    _write(tmp_path / "dev" / "b.jsonl", {**ITEM, "id": "b"})
    _write(tmp_path / "dev" / "a.jsonl", {**ITEM, "id": "a"})
    _write(tmp_path / "dev" / "nested" / "c.jsonl", {**ITEM, "id": "c"})
    (tmp_path / "dev" / "notes.txt").write_text("not gold", encoding="utf-8")
    gold = load_gold([tmp_path / "dev"])
    assert [item.id for item in gold.items] == ["a", "b", "c"]
    assert [file.name for file in gold.files] == ["a.jsonl", "b.jsonl", "c.jsonl"]


def test_an_amount_qualifier_and_an_event_note_are_part_of_the_format(tmp_path: Path) -> None:
    """`"qualifier": "about"` on an amount and a free-text `note` on an event load (neither is scored)."""
    event = {"type": "stake", "amount": {"value": 5e8, "currency": "EUR", "qualifier": "about"}, "note": "rounded"}
    gold = load_gold([_write(tmp_path / "gold.jsonl", {**ITEM, "gold_events": [event]})])
    loaded = gold.items[0].gold_events[0]
    assert loaded.amount is not None and loaded.amount.qualifier == "about"
    assert loaded.note == "rounded"


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "Invalid JSON"),
        (json.dumps({**ITEM, "gold_events": [{"type": "merger"}]}), "gold_events.0.type"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "subjet": "Meta"}]}), "gold_events.0.subjet"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "modality": "maybe"}]}), "gold_events.0.modality"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "object_kind": "unnamed", "object": "X"}]}), "unnamed"),
        (json.dumps({k: v for k, v in ITEM.items() if k != "published_at"}), "published_at"),
        (json.dumps({**ITEM, "published_at": "2025-01-02T03:04:05"}), "published_at: Input should have timezone info"),
    ],
)
def test_a_bad_line_is_named_by_file_and_line(tmp_path: Path, bad_line: str, reason: str) -> None:
    """The first bad line stops loading with `file:line: reason`; blank lines still count as lines."""
    path = _write(tmp_path / "gold.jsonl", {**ITEM, "id": "ok"}, "", bad_line)
    with pytest.raises(GoldFileError) as caught:
        load_gold([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:3: ")
    assert reason in message
    assert "\n" not in message


def test_a_line_separator_inside_a_string_is_not_a_line_break(tmp_path: Path) -> None:
    """U+2028 is valid raw inside a JSON string; only newlines separate items."""
    path = _write(tmp_path / "gold.jsonl", {**ITEM, "body": "One.\u2028Two."}, {**ITEM, "id": "t-2"})
    path.write_text(path.read_text(encoding="utf-8").replace("\\u2028", "\u2028"), encoding="utf-8")
    assert "\u2028" in path.read_text(encoding="utf-8")
    gold = load_gold([path])
    assert [item.body for item in gold.items] == ["One.\u2028Two.", "Body."]


def test_a_repeated_id_names_both_places(tmp_path: Path) -> None:
    """Item ids are unique across all files: the second use is refused with the first one's place."""
    first = _write(tmp_path / "a.jsonl", ITEM)
    second = _write(tmp_path / "b.jsonl", {**ITEM, "title": "other"})
    with pytest.raises(GoldFileError) as caught:
        load_gold([first, second])
    assert str(caught.value) == f"{second}:1: item id 't-1' already used at {first}:1"


def test_missing_paths_and_empty_directories_are_errors(tmp_path: Path) -> None:
    """Nothing to read is an error, not an empty report."""
    with pytest.raises(GoldFileError, match="no such file or directory"):
        load_gold([tmp_path / "absent.jsonl"])
    with pytest.raises(GoldFileError, match=r"no \*\.jsonl gold file found"):
        load_gold([tmp_path])


def test_the_real_news_gold_set_loads() -> None:
    """Both splits of the committed gold set parse, with unique ids and no item in both splits."""
    root = Path(__file__).parents[1] / "fixtures" / "realnews"
    dev, test = load_gold([root / "dev"]), load_gold([root / "test"])
    dev_ids, test_ids = {item.id for item in dev.items}, {item.id for item in test.items}
    assert len(dev_ids) == len(dev.items) >= 100
    assert len(test_ids) == len(test.items) >= 80
    assert not dev_ids & test_ids
