"""The per-language cue tables, their closed set of frames, and the clause analysis that reads events in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import NewsItem
from streams.extraction import extract
from streams.extraction.cues import find_cues
from streams.extraction.tables import FRAMES, coverage, coverage_markdown, load_table, parse_table


class TestTables:
    """Cue phrases are data: checked when loaded, and only the article's language runs."""

    @pytest.mark.parametrize("language", ["en", "fr"])
    def test_every_row_uses_a_known_family_and_frame(self, language):
        """Each shipped table loads, and each of its rows names a family and a frame of the closed set."""
        rows = load_table(language)
        assert len(rows) > 500
        assert all(row.frame in FRAMES[row.family] for row in rows)

    def test_unknown_frame_is_refused(self):
        """A frame outside the closed set would be silently ignored by the rules, so loading fails."""
        with pytest.raises(ValueError, match=r"unknown frame customer_end\.sideways"):
            parse_table('[customer_end]\nsideways = ["drops"]\n', "en")

    def test_unknown_family_is_refused(self):
        """A typo in a family name fails loudly."""
        with pytest.raises(ValueError, match="unknown family"):
            parse_table('[customer_ends]\nactive = ["drops"]\n', "en")

    def test_one_phrase_in_two_frames_of_a_family_is_refused(self):
        """One phrase read two ways in one family would give two contradicting events."""
        with pytest.raises(ValueError, match=r"is in customer_end\.active and customer_end\.passive"):
            parse_table('[customer_end]\nactive = ["dropped"]\npassive = ["dropped"]\n', "en")

    def test_phrases_must_be_case_folded(self):
        """The automaton runs over case-folded text, so an upper-case phrase could never match."""
        with pytest.raises(ValueError, match="not case-folded"):
            parse_table('[customer_end]\nactive = ["Drops"]\n', "en")

    def test_a_phrase_may_announce_two_families(self):
        """'will replace' is read as a supplier change and as a succession; each rule then accepts or refuses it."""
        families = {cue.family for cue in find_cues("airbus will replace capgemini", "en")}
        assert {"customer_end", "leadership_in"} <= families

    def test_only_the_article_language_runs(self):
        """French 'lâche' and English 'drops' are cues in their own language only."""
        assert not [c for c in find_cues("google drops scale ai", "fr") if c.family == "customer_end"]
        assert not [c for c in find_cues("google lâche scale ai", "en") if c.family == "customer_end"]
        assert [c for c in find_cues("google lâche scale ai", "fr") if c.family == "customer_end"]

    def test_coverage_counts_every_customer_frame_in_both_languages(self):
        """The documented coverage comes from the tables: both languages have the customer frames."""
        for language in ("en", "fr"):
            counts = coverage(language)
            for family in ("customer_start", "customer_continue", "customer_at_risk", "customer_end"):
                assert sum(counts[family].values()) >= 10
            assert counts["customer_end"]["vendor_discloses"] >= 5


def _events(text: str, language: str = "en") -> list[tuple]:
    extraction = extract(NewsItem(id="t", body=text, language=language))
    return sorted(
        (e.type, e.subject.id if e.subject else None, e.object.id if e.object else None, e.modality)
        for e in extraction.events
    )


class TestClauses:
    """Parties, modality and negation come from the event's own clause."""

    def test_attribution_speaker_takes_no_role(self):
        """The company that reports a deal is neither buyer nor target."""
        assert _events("Microsoft said on Tuesday that Meta acquired Scale AI.") == [
            ("acquisition", "meta", "scale-ai", "fact")
        ]

    def test_contrasted_company_takes_no_role(self):
        """'Unlike Google,' names a company that did not act."""
        assert _events("Unlike Google, Meta acquired Scale AI.") == [("acquisition", "meta", "scale-ai", "fact")]

    def test_coordinated_facts_keep_their_own_buyers(self):
        """Each coordinated clause has its own subject."""
        assert _events("Meta bought Scale AI and Microsoft bought Nuance.") == [
            ("acquisition", "meta", "scale-ai", "fact"),
            ("acquisition", "microsoft", "nuance", "fact"),
        ]

    def test_relative_clause_negation_does_not_deny_the_main_fact(self):
        """'which could not be reached for comment' neither deletes nor denies the drop."""
        assert _events("Google, which could not be reached for comment, dropped Scale AI last week.") == [
            ("customer_end", "google", "scale-ai", "fact")
        ]

    def test_rumour_in_another_clause_stays_there(self):
        """'analysts said Google could follow' does not make the acquisition a rumour."""
        assert _events("Meta acquired Scale AI, and analysts said Google could follow.") == [
            ("acquisition", "meta", "scale-ai", "fact")
        ]

    def test_a_denial_is_recorded(self):
        """A denied plan is an event with modality denied, never dropped."""
        assert _events("Meta denied that it plans to acquire Scale AI.") == [
            ("acquisition", "meta", "scale-ai", "denied")
        ]


def test_documented_coverage_is_current():
    """docs/extraction.md shows the coverage the tables have now (regenerate it when adding rows)."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "extraction.md").read_text(encoding="utf-8")
    assert coverage_markdown() in doc
