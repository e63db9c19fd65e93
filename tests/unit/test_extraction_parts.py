"""The building blocks of extraction: text preparation, quantities, language and the knowledge base."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest

from schemas import CompanyRef, NewsItem
from streams.extraction import KnowledgeBase, extract, load_knowledge_base
from streams.extraction.knowledge_base import Company, slugify
from streams.extraction.language import detect_language
from streams.extraction.quantities import find_dates, find_money, find_percents, find_periods
from streams.extraction.text import fold_case, normalise, split_sentences


def _money(text: str, language: str = "en") -> list[tuple[float, str, str]]:
    prepared = normalise(text)
    return [(m.value, m.currency, m.qualifier) for m in find_money(prepared, fold_case(prepared), language)]


class TestTextPreparation:
    """Normalisation keeps offsets; sentences split on lines and sentence ends."""

    def test_typography_is_replaced_char_for_char(self):
        """Curly quotes, guillemets and narrow spaces become ASCII without changing length."""
        raw = "l\u2019IA « superintelligence » 49\u202f% 14,3\u00a0milliards"
        assert normalise(raw) == 'l\'IA " superintelligence " 49 % 14,3 milliards'
        assert len(normalise(raw)) == len(raw)

    def test_case_folding_keeps_length(self):
        """Folding a Turkish dotted capital I does not shift offsets (str.lower would)."""
        raw = "İSTANBUL Société ÉTÉ"
        assert len(fold_case(raw)) == len(raw)
        assert fold_case(raw).endswith("société été")

    def test_noise_lines_stay_separate_sentences(self):
        """Crawler noise lines never glue onto the following sentence."""
        text = "menu\nclose\n\nMeta buys a stake. It pays $1B.\nSource:"
        sentences = [text[start:end] for start, end in split_sentences(text)]
        assert sentences == ["menu", "close", "Meta buys a stake.", "It pays $1B.", "Source:"]

    def test_sentences_glued_by_a_scraper_are_split(self):
        """A dot glued to the next capitalised word ends a sentence; "Amazon.com" and "U.S." do not."""
        text = "Elle siège au conseil de Danone.Une telle arrivée surprend. Amazon.com sells to U.S. buyers."
        sentences = [text[start:end] for start, end in split_sentences(text)]
        assert sentences == [
            "Elle siège au conseil de Danone.",
            "Une telle arrivée surprend.",
            "Amazon.com sells to U.S. buyers.",
        ]

    def test_hard_wrapped_prose_reads_as_one_sentence(self):
        """A line break inside a sentence of wrapped text (next line in lower case) is a space, offsets kept."""
        raw = "Northwind Corp. said on Monday it had\ncompleted its purchase of Harbor Mills.\nmenu\nclose"
        text = normalise(raw)
        assert len(text) == len(raw)
        sentences = [text[start:end] for start, end in split_sentences(text)]
        assert sentences == [
            "Northwind Corp. said on Monday it had completed its purchase of Harbor Mills.",
            "menu",
            "close",
        ]

    def test_glued_em_dash_separates_words(self):
        """ "Harbor Mills\u2014and with it Delta" keeps "Mills" and "and" apart; a spaced dash is a hyphen."""
        assert normalise("Harbor Mills\u2014and with it") == "Harbor Mills and with it"
        assert normalise("Harbor Mills \u2014 and") == "Harbor Mills - and"

    def test_abbreviations_and_decimals_do_not_end_sentences(self):
        """ "Inc.", initials and "14.3" stay inside their sentence."""
        text = "Acme Inc. paid $14.3 billion to J. Smith. Then it stopped."
        sentences = [text[start:end] for start, end in split_sentences(text)]
        assert sentences == ["Acme Inc. paid $14.3 billion to J. Smith.", "Then it stopped."]


class TestQuantities:
    """Amounts, percentages, dates and periods in both languages."""

    @pytest.mark.parametrize(
        ("text", "language", "expected"),
        [
            ("$14.3 billion", "en", (14.3e9, "USD", "exact")),
            ("14,3 milliards de dollars", "fr", (14.3e9, "USD", "exact")),
            ("870 millions de dollars", "fr", (870e6, "USD", "exact")),
            ("€2bn", "en", (2e9, "EUR", "exact")),
            ("200 M$", "fr", (200e6, "USD", "exact")),
            ("2 Md$", "fr", (2e9, "USD", "exact")),
            ("1.5bn euros", "en", (1.5e9, "EUR", "exact")),
            ("£300m", "en", (300e6, "GBP", "exact")),
            ("US$1,200 million", "en", (1.2e9, "USD", "exact")),
            ("1,5 milliard d'euros", "fr", (1.5e9, "EUR", "exact")),
            ("d'environ 200\u00a0M€", "fr", (200e6, "EUR", "about")),
            ("more than $2B", "en", (2e9, "USD", "more_than")),
            ("less than €40m", "en", (40e6, "EUR", "less_than")),
        ],
    )
    def test_amount_forms(self, text, language, expected):
        """Each written form of an amount gives its value, currency and qualifier."""
        ((value, currency, qualifier),) = _money(text, language)
        assert value == pytest.approx(expected[0])
        assert (currency, qualifier) == expected[1:]

    def test_bare_scaled_amount_takes_the_previous_currency(self):
        """ "plus de 2 milliards" after a dollar amount is in dollars, and more than that."""
        amounts = _money("870 millions de dollars en 2024, plus de 2 milliards en 2025", "fr")
        assert amounts[1] == (2e9, "USD", "more_than")

    def test_numbers_without_currency_are_not_money(self):
        """Years, percentages and head counts are not amounts."""
        assert _money("In 2024 the stock rose 3% and 1,200 people joined.") == []

    @pytest.mark.parametrize("text", ["49 %", "49\u202f%", "49%", "49 per cent", "49 pour cent"])
    def test_percent_forms(self, text):
        """Every spacing and spelling of a percentage reads 49."""
        assert [p.value for p in find_percents(normalise(text))] == [49]

    def test_dates_in_both_languages(self):
        """ "12 juin 2025", "June 12, 2025" and "1er mars 2024" are dates."""
        found = find_dates(fold_case("le 12 juin 2025, June 12, 2025 et le 1er mars 2024"))
        assert [d.value for d in found] == [date(2025, 6, 12), date(2025, 6, 12), date(2024, 3, 1)]

    def test_relative_years_resolve_against_publication(self):
        """ "cette année" and "last year" become years relative to published_at."""
        found = find_periods(fold_case("en 2023, cette année et last year"), datetime(2025, 6, 1, tzinfo=UTC))
        assert [p.year for p in found] == [2023, 2025, 2024]


class TestLanguageDetection:
    """Stop words decide between English and French."""

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("Meta a acquis 49 % du capital de la société pour 14 milliards.", "fr"),
            ("Meta bought a stake in the company for $14 billion.", "en"),
            ("", "en"),
        ],
    )
    def test_detects_language(self, text, language):
        """French prose is French; English prose and empty text are English."""
        assert detect_language(fold_case(text)) == language

    def test_given_language_is_kept(self):
        """An item that states its language is not re-detected."""
        item = NewsItem(id="x", body="Meta a acquis 49 % du capital de Scale AI.", language="en")
        assert extract(item).language == "en"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


class TestKnowledgeBase:
    """Lookup, search and mention finding on the shipped companies file."""

    def test_loaded_once(self, kb):
        """The knowledge base is cached: a second load returns the same object."""
        assert load_knowledge_base() is kb
        assert len(kb) >= 500

    @pytest.mark.parametrize(
        ("name", "company_id"),
        [("Meta Platforms", "meta"), ("facebook", "meta"), ("Google", "google"), ("Scale AI Inc.", "scale-ai")],
    )
    def test_lookup_by_alias_any_case_with_suffix(self, kb, name, company_id):
        """Aliases, case and legal suffixes all lead to the same company."""
        company = kb.lookup(name)
        assert company is not None and company.id == company_id

    def test_google_has_alphabet_as_parent(self, kb):
        """Google is its own entry, with Alphabet as parent."""
        google = kb.get("google")
        assert google is not None and google.parent == "alphabet"

    def test_search_puts_prefix_matches_first(self, kb):
        """ "goo" finds Google before names that only contain it elsewhere (other names starting "goo" tie by name)."""
        results = kb.search("goo")
        names = [result.name.casefold() for result in results]
        assert CompanyRef(id="google", name="Google") in results
        assert all(name.startswith("goo") for name in names[: names.index("google") + 1])
        assert kb.search("GOOGLE", limit=1) == [CompanyRef(id="google", name="Google")]

    def test_search_matches_aliases_and_respects_limit(self, kb):
        """An alias finds its company; limit caps the list; blank queries find nothing."""
        assert CompanyRef(id="meta", name="Meta") in kb.search("facebook")
        assert len(kb.search("a", limit=3)) == 3
        assert kb.search("   ") == []

    def test_find_respects_word_boundaries(self, kb):
        """ "Meta" is not found inside "metadata" or "Metaverse", but "Meta Platforms Inc." is one mention."""
        assert kb.find("Metaverse metadata") == []
        (match,) = kb.find("Meta Platforms Inc. said")
        assert (match.start, match.end, match.company_id) == (0, 19, "meta")

    def test_custom_knowledge_base(self):
        """A knowledge base can be built from any companies, e.g. for tests."""
        kb = KnowledgeBase([Company(id="acme", name="Acme", aliases=("Acme Corp",))], ["Inc."])
        assert [m.company_id for m in kb.find("Acme Corp and Acme Inc.")] == ["acme", "acme"]

    def test_slugify(self):
        """Slugs are ASCII, lower-case and dash-separated."""
        assert slugify("Société Générale & Co") == "societe-generale-and-co"


def _events(body: str) -> list:
    return list(extract(NewsItem(id="c", body=body)).events)


class TestEventContract:
    """Confidence, determinism and thread safety of extract."""

    def test_rumours_and_unknown_companies_lower_confidence(self):
        """A stated fact between known companies outranks a rumour and a deal with an unknown startup."""
        (fact,) = _events("Meta acquires Scale AI for $14.3 billion.")
        (rumour,) = _events("Meta reportedly acquires Scale AI for $14.3 billion.")
        (unknown,) = _events("Meta acquires the startup Zorblax for $14 million.")
        assert rumour.modality == "rumor"
        assert unknown.object is not None and unknown.object.id == "zorblax"
        assert 0 < rumour.confidence < fact.confidence <= 1
        assert 0 < unknown.confidence < fact.confidence

    def test_same_item_gives_the_same_extraction(self):
        """extract is deterministic."""
        item = NewsItem(id="d", body="Google, Scale AI's largest customer, plans to cut ties with Scale AI.")
        assert extract(item) == extract(item)

    def test_parallel_calls_match_sequential_ones(self):
        """Threads sharing the cached knowledge base get the same results as one thread."""
        items = [
            NewsItem(id=str(i), body=f"Meta acquires Scale AI for ${i + 1} billion. Stripe is valued at $9{i}bn.")
            for i in range(40)
        ]
        sequential = [extract(item) for item in items]
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(extract, items)) == sequential
