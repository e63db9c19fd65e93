"""Loading the real-news gold set: the format's models, directories, and file:line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streams.evaluation.gold import GoldFileError, load_gold

GOLD_SMALL = Path(__file__).parents[1] / "fixtures" / "eval" / "gold_small.jsonl"

ITEM = {
    "id": "t-1",
    "language": "en",
    "published_at": "2025-01-02T03:04:05Z",
    "title": "T",
    "body": "Body.",
    "gold_events": [{"type": "acquisition", "subject": "Meta", "object": "Scale AI", "modality": "denied"}],
    "gold_alerts": [{"type": "acquisition", "company": "Scale AI", "counterparty": "Meta"}],
}


def _write(path: Path, *items: dict[str, object] | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [item if isinstance(item, str) else json.dumps(item) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_small_fixture_loads_with_every_field():
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


def test_a_directory_means_every_jsonl_under_it(tmp_path: Path):
    """Directories are searched recursively for *.jsonl, in sorted order; other files are ignored."""
    _write(tmp_path / "dev" / "b.jsonl", {**ITEM, "id": "b"})
    _write(tmp_path / "dev" / "a.jsonl", {**ITEM, "id": "a"})
    _write(tmp_path / "dev" / "nested" / "c.jsonl", {**ITEM, "id": "c"})
    (tmp_path / "dev" / "notes.txt").write_text("not gold", encoding="utf-8")
    gold = load_gold([tmp_path / "dev"])
    assert [item.id for item in gold.items] == ["a", "b", "c"]
    assert [file.name for file in gold.files] == ["a.jsonl", "b.jsonl", "c.jsonl"]


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ("{not json", "Invalid JSON"),
        (json.dumps({**ITEM, "gold_events": [{"type": "merger"}]}), "gold_events.0.type"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "subjet": "Meta"}]}), "gold_events.0.subjet"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "modality": "maybe"}]}), "gold_events.0.modality"),
        (json.dumps({**ITEM, "gold_events": [{"type": "stake", "object_kind": "unnamed", "object": "X"}]}), "unnamed"),
        (json.dumps({k: v for k, v in ITEM.items() if k != "published_at"}), "published_at"),
    ],
)
def test_a_bad_line_is_named_by_file_and_line(tmp_path: Path, bad_line: str, reason: str):
    """The first bad line stops loading with `file:line: reason`; blank lines still count as lines."""
    path = _write(tmp_path / "gold.jsonl", {**ITEM, "id": "ok"}, "", bad_line)
    with pytest.raises(GoldFileError) as caught:
        load_gold([path])
    message = str(caught.value)
    assert message.startswith(f"{path}:3: ")
    assert reason in message
    assert "\n" not in message


def test_a_repeated_id_names_both_places(tmp_path: Path):
    """Item ids are unique across all files: the second use is refused with the first one's place."""
    first = _write(tmp_path / "a.jsonl", ITEM)
    second = _write(tmp_path / "b.jsonl", {**ITEM, "title": "other"})
    with pytest.raises(GoldFileError) as caught:
        load_gold([first, second])
    assert str(caught.value) == f"{second}:1: item id 't-1' already used at {first}:1"


def test_missing_paths_and_empty_directories_are_errors(tmp_path: Path):
    """Nothing to read is an error, not an empty report."""
    with pytest.raises(GoldFileError, match="no such file or directory"):
        load_gold([tmp_path / "absent.jsonl"])
    with pytest.raises(GoldFileError, match=r"no \*\.jsonl gold file found"):
        load_gold([tmp_path])
