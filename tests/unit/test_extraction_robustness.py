"""The extractor never raises, stays linear on hostile input, and honours the body size limit."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import Extraction, NewsItem
from streams.extraction import extract
from streams.extraction.text import truncate_utf8

ADVERSARIAL = {
    "letters": "a" * 100_000,
    "dollars": "$" * 50_000,
    "comma-digits": "1," * 50_000,
    "digit-run": "9" * 100_000,
    "dollar-digits": "$1" * 30_000,
    "capitalised-words": "Abc " * 50_000,
    "startup-names": " ".join(f"la start-up Z{i}x" for i in range(5_000)),
    "role-people": "PDG de Meta, Jean Dupont, " * 5_000,
    "cue-run": "acquires " * 30_000,
    "newlines": "\n" * 100_000,
    "dots": ". " * 100_000,
    "percent-run": "49 % " * 30_000,
    "anaphors": "l'entreprise " * 30_000,
    "repeated-deal": "Meta acquires Scale AI for $14.3 billion. " * 2_000,
}


def _item(body: str, title: str = "") -> NewsItem:
    return NewsItem(id="robustness", title=title, body=body)


class TestNeverRaises:
    """Any text in, an Extraction out."""

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(title=st.text(max_size=200), body=st.text(min_size=1, max_size=3_000))
    def test_arbitrary_unicode_gives_an_extraction(self, title, body):
        """Random Unicode titles and bodies never make extract raise."""
        result = extract(_item(body, title))
        assert isinstance(result, Extraction)
        for event in result.events:
            for evidence in event.evidence:
                assert 0 <= evidence.start <= evidence.end <= len(_item(body, title).text)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        body=st.lists(
            st.sampled_from(
                [
                    "Meta",
                    "Scale AI",
                    " acquiert ",
                    " 49 % ",
                    "$14.3 billion",
                    " 14,3 milliards de dollars",
                    " PDG de ",
                    "Jason Droege",
                    ", ",
                    ". ",
                    "\n",
                    " la start-up Acme",
                    " serait ",
                    " led by ",
                    " raised ",
                    " revenue ",
                    " en 2024",
                    "l'entreprise",
                    "«",
                    "»",
                    "\u202f",
                    "\u00a0",
                    "\u2019",
                ]
            ),
            min_size=1,
            max_size=300,
        ).map("".join)
    )
    def test_shuffled_news_fragments_give_an_extraction(self, body):
        """Fragments that trigger every rule, glued at random, never make extract raise."""
        assert isinstance(extract(_item(body)), Extraction)

    @settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(unit=st.text(min_size=1, max_size=64))
    def test_megabyte_of_arbitrary_text_gives_an_extraction(self, unit):
        """Any Unicode run repeated up to ~1 MB is read (or cut at the limit) without raising."""
        body = unit * (1_000_000 // len(unit))
        result = extract(_item(body))
        assert result.truncated == (len(body.encode("utf-8", "surrogatepass")) > 1_000_000)

    @pytest.mark.parametrize("name", sorted(ADVERSARIAL))
    def test_adversarial_body_is_handled(self, name):
        """Long runs of one token (a regex-backtracking trap) still give an extraction."""
        result = extract(_item(ADVERSARIAL[name]))
        assert isinstance(result, Extraction)
        assert result.truncated is False

    def test_lone_surrogates_do_not_break_truncation(self):
        """A body with unpaired surrogates is measured and cut without an encoding error."""
        item = NewsItem.model_construct(id="surrogates", title="", body="\ud800" * 5_000 + "Meta acquires Scale AI.")
        result = extract(item, max_body_bytes=1_000)
        assert result.truncated is True
        assert result.events == ()


class TestBodySizeLimit:
    """Bodies above max_body_bytes are cut at a character boundary and flagged."""

    def test_oversized_body_is_truncated_and_flagged(self):
        """A 2 MB body with the default 1 MB limit is cut; facts before the cut are still read."""
        body = "Meta acquires Scale AI for $14.3 billion.\n" + "é" * 1_000_000
        result = extract(_item(body))
        assert result.truncated is True
        assert [event.type for event in result.events] == ["acquisition"]

    @pytest.mark.parametrize("char", ["é", "€", "😀"])
    def test_cut_falls_on_a_character_boundary(self, char):
        """With multi-byte characters and an odd limit, the cut keeps whole characters only."""
        kept, cut = truncate_utf8("ab" + char * 2_000, 1_001)
        assert cut is True
        assert kept == ("ab" + char * 2_000)[: len(kept)]
        assert 1_001 - len(char.encode()) < len(kept.encode()) <= 1_001

    def test_body_at_the_limit_is_not_truncated(self):
        """Exactly max_body_bytes bytes is within the limit."""
        assert extract(_item("x" * 1_000), max_body_bytes=1_000).truncated is False

    def test_facts_after_the_cut_are_ignored(self):
        """Only the kept part of the body is read."""
        body = "x " * 600 + "Meta acquires Scale AI for $14.3 billion."
        assert extract(_item(body), max_body_bytes=1_000).events == ()
