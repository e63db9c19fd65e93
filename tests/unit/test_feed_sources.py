"""Reading crawler output (JSON Lines, directories, feeds, stdin) into NewsItems."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from schemas.news import derive_item_id
from streams.clients.feeding.html_text import html_to_text
from streams.clients.feeding.sources import (
    Parsed,
    SourceError,
    check_sources,
    guess_format,
    parse_jsonl,
    read_source,
    read_sources,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cli"


def _by_location(parsed: list[Parsed]) -> dict[str, Parsed]:
    return {p.location: p for p in parsed}


class TestJsonLines:
    """A crawler's JSON Lines output becomes items, bad lines become located rejections."""

    def test_good_lines_become_items_and_bad_lines_are_located(self) -> None:
        """Each bad line is reported with file:line and the reason; blank lines are skipped."""
        path = FIXTURES / "news_mixed.jsonl"
        got = _by_location(list(read_source(str(path))))
        assert sorted(loc.rsplit(":", 1)[1] for loc in got) == ["1", "2", "3", "4", "5", "7"]
        assert [loc for loc, p in got.items() if p.item] == [f"{path}:1", f"{path}:3", f"{path}:7"]
        assert got[f"{path}:2"].error == "body: Field required"
        assert got[f"{path}:4"].error is not None
        assert got[f"{path}:4"].error.startswith("invalid JSON:")
        assert got[f"{path}:5"].error == "language: Input should be 'en' or 'fr'"

    def test_unknown_crawler_fields_are_ignored(self) -> None:
        """A crawler's own metadata does not make an article undeliverable."""
        first = next(read_source(str(FIXTURES / "news_mixed.jsonl")))
        assert first.item is not None
        assert first.item.source == "Example Wire"
        assert "crawler_run" not in first.item.model_dump()

    def test_ids_are_stable_across_reads(self) -> None:
        """Reading the same input twice gives the same ids, so a re-feed is idempotent."""
        text = '{"title": "T", "body": "B"}\n{"url": "https://x.test/a", "body": "C"}\n'
        first = [p.item.id for p in parse_jsonl(text, "a") if p.item]
        second = [p.item.id for p in parse_jsonl(text, "b") if p.item]
        assert first == second == [derive_item_id(None, "T", "B"), derive_item_id("https://x.test/a", "", "C")]

    def test_explicit_id_is_kept(self) -> None:
        """An id the crawler supplies is used as is."""
        items = [p.item for p in read_source(str(FIXTURES / "news_mixed.jsonl")) if p.item]
        assert items[-1].id == "fr-0001"

    def test_non_object_line_is_rejected(self) -> None:
        """A JSON value that is not an object is a rejection, not a crash."""
        (parsed,) = parse_jsonl("[1, 2]\n", "x.jsonl")
        assert parsed.error == "expected a JSON object, got list"

    def test_stdin_is_read_as_json_lines(self) -> None:
        """``-`` reads JSON Lines from stdin, located as <stdin>:line."""
        stdin = io.StringIO('{"body": "one"}\n{"nobody": 1}\n')
        got = list(read_source("-", stdin=stdin))
        assert [(p.location, p.item is not None) for p in got] == [("<stdin>:1", True), ("<stdin>:2", False)]


class TestDirectory:
    """A drop directory of .txt, .html and .json files, one article per file (or per array element)."""

    def test_each_supported_file_is_read_and_others_skipped(self) -> None:
        """Text, HTML and JSON files are read in name order; the crawler's .log file is ignored."""
        directory = FIXTURES / "articles"
        got = list(read_source(str(directory)))
        assert [Path(p.location.split("[")[0]).name for p in got] == [
            "01-droege.txt",
            "02-google.html",
            "03-batch.json",
            "03-batch.json",
        ]
        assert got[3].error == "body: Field required"
        assert got[3].location.endswith("03-batch.json[1]")

    def test_text_file_first_non_empty_line_is_the_title(self) -> None:
        """The first non-empty line of a .txt file is its title and the rest its body."""
        item = next(read_source(str(FIXTURES / "articles" / "01-droege.txt"))).item
        assert item is not None
        assert item.title == "Jason Droege named Scale AI chief executive"
        assert item.body.startswith("Scale AI said on Friday")
        assert item.body.endswith("Alexandr Wang leaves to join Meta.")

    def test_html_main_text_is_extracted_without_boilerplate(self) -> None:
        """trafilatura keeps the article paragraphs and drops navigation and footer."""
        item = next(read_source(str(FIXTURES / "articles" / "02-google.html"))).item
        assert item is not None
        assert item.title == "Google prend ses distances avec Scale AI"
        assert "200 millions de dollars" in item.body
        assert "Accueil" not in item.body
        assert "Mentions légales" not in item.body
        assert not item.body.startswith(item.title)
        assert item.language == "fr"


class TestFeeds:
    """RSS/Atom entries become items with link, date, source and plain-text body."""

    def test_rss_entries_become_items(self) -> None:
        """An RSS entry's HTML summary is turned into plain text and its metadata kept."""
        path = str(FIXTURES / "feed.rss")
        first, second = read_source(path)
        assert first.location == f"{path}#1"
        assert first.item is not None
        assert first.item.title == "Meta & Scale AI: the $14.3B deal"
        assert first.item.body == "Meta buys 49% of Scale AI.\nThe deal values Scale AI at $29 billion."
        assert first.item.url == "https://deals.example.test/meta-scale"
        assert first.item.id == derive_item_id("https://deals.example.test/meta-scale", "", "")
        assert first.item.source == "Deal Desk"
        assert first.item.language == "en"
        assert first.item.published_at is not None
        assert first.item.published_at.isoformat() == "2025-06-13T09:30:00+00:00"
        assert second.error == "body: String should have at least 1 character"

    def test_garbage_is_reported_as_not_a_feed(self, tmp_path: Path) -> None:
        """A file forced to the feed format that holds no entries is one located rejection."""
        path = tmp_path / "broken.xml"
        path.write_text("this is not XML at all", encoding="utf-8")
        (parsed,) = read_source(str(path))
        assert parsed.item is None
        assert parsed.error is not None
        assert parsed.error.startswith("not an RSS/Atom feed")


class TestSourceChecks:
    """Missing sources fail before anything is read or sent."""

    def test_missing_file_is_a_source_error(self, tmp_path: Path) -> None:
        """A path that does not exist raises with the path in the message."""
        missing = str(tmp_path / "nope.jsonl")
        with pytest.raises(SourceError, match=r"no such file or directory: .*nope\.jsonl"):
            check_sources([str(FIXTURES / "feed.rss"), missing])
        with pytest.raises(SourceError, match=r"nope\.jsonl"):
            list(read_sources([missing]))

    @pytest.mark.parametrize(
        ("name", "text", "expected"),
        [
            ("a.jsonl", "", "jsonl"),
            ("a.ndjson", "", "jsonl"),
            ("a.rss", "", "feed"),
            ("noext", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
            ("noext", "<html><body>x</body></html>", "html"),
            ("noext", '{"body": "x"}', "jsonl"),
            ("noext", '[{"body": "x"}]', "json"),
            ("noext", "Title\nBody", "text"),
        ],
    )
    def test_format_is_guessed_from_suffix_then_content(self, name: str, text: str, expected: str) -> None:
        """The suffix decides when known, else the first characters."""
        assert guess_format(name, text) == expected


class TestHtmlToText:
    """Feed fragments become readable text."""

    def test_blocks_become_lines_and_scripts_vanish(self) -> None:
        """Paragraphs become lines, entities are decoded, scripts dropped."""
        fragment = "<p>A &amp; B</p><script>alert(1)</script><div>  C\n  D </div>"
        assert html_to_text(fragment) == "A & B\nC D"

    def test_plain_text_is_returned_stripped(self) -> None:
        """Text without markup passes through."""
        assert html_to_text("  plain  ") == "plain"
