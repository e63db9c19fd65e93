"""The steady-state bench's bookkeeping: stored row sizes from the changelog, and start against end."""

from __future__ import annotations

from bench.steady import P99_ROW_BYTES, RowSizes, profile_table, summarize


class TestRowSizes:
    """The latest changelog record per company is its stored row; other topics do not count."""

    def test_latest_record_per_company_is_its_row(self) -> None:
        """A company written twice counts with its last size; chunk totals count every record."""
        rows = RowSizes(changelog="app-companies-changelog")
        rows.observe("app-companies-changelog", b'"a"', b"x" * 100)
        rows.observe("app-companies-changelog", b'"b"', b"x" * 10)
        rows.observe("app-companies-changelog", b'"a"', b"x" * 300)
        rows.observe("app.alerts", b"a", b"x" * 5000)
        assert rows.percentiles() == {"rows": 2, "row_p50_bytes": 10, "row_p99_bytes": 300, "row_max_bytes": 300}
        assert rows.next_chunk() == (3, 410)
        assert rows.next_chunk() == (0, 0)


def _point(done: int, rate: float, rss: float, p99: int) -> dict[str, object]:
    return {
        "articles_done": done,
        "articles_per_cpu_s": rate,
        "rss_mb": rss,
        "store_mb": 20.0,
        "row_p50_bytes": 500,
        "row_p99_bytes": p99,
        "changelog_bytes_per_article": 1000.0,
    }


class TestSummary:
    """Targets compare the last chunk with the first (memory: with the chunk half-way through)."""

    def test_targets_met_and_not_met(self) -> None:
        """A 20 % slowdown misses the throughput target; flat RSS and small rows meet theirs."""
        summary = summarize([_point(1000, 500.0, 200.0, 4000), _point(2000, 400.0, 210.0, P99_ROW_BYTES)])
        assert summary["articles_per_cpu_s"]["end_vs_start"] == 0.8
        assert summary["store_mb"] == {"start": 20.0, "end": 20.0, "end_vs_start": 1.0}
        assert [t["met"] for t in summary["targets"]] == [False, True, True]

    def test_growing_rows_and_memory_miss_their_targets(self) -> None:
        """RSS up 50 % and a p99 row above 8 KB are reported as not met."""
        summary = summarize([_point(1000, 500.0, 200.0, 4000), _point(2000, 480.0, 300.0, P99_ROW_BYTES + 1)])
        assert [t["met"] for t in summary["targets"]] == [True, False, False]

    def test_memory_is_judged_after_the_first_half(self) -> None:
        """Caches filling over the first half are warm-up; growth over the second half misses the target."""
        rss = [200.0, 230.0, 260.0, 280.0, 290.0, 295.0, 298.0, 300.0, 301.0, 302.0]
        points = [_point(1000 * (i + 1), 500.0, mb, 4000) for i, mb in enumerate(rss)]
        rss_target = summarize(points)["targets"][1]
        assert rss_target["value"] == 1.041 and rss_target["met"], rss_target
        assert "after 5,000 articles" in rss_target["name"]
        points[-1]["rss_mb"] = 330.0
        assert not summarize(points)["targets"][1]["met"]

    def test_collector_time_is_compared_when_measured(self) -> None:
        """GC milliseconds per article join start against end when both chunks have them."""
        start, end = _point(1000, 500.0, 200.0, 4000), _point(2000, 400.0, 210.0, 4000)
        assert "gc_ms_per_article" not in summarize([start, end])
        start["gc_ms_per_article"], end["gc_ms_per_article"] = 0.2, 0.5
        assert summarize([start, end])["gc_ms_per_article"] == {"start": 0.2, "end": 0.5, "end_vs_start": 2.5}


class TestProfileTable:
    """py-spy's figures of the first and the last chunk, side by side, what grew most first."""

    def test_rows_sorted_by_growth_over_names_in_both_chunks(self) -> None:
        first = {"cpu_ms_per_article": 5.0, "ms_per_article_by_category": {"extraction": 4.0, "Faust": 1.0},
                 "ms_per_article_by_function": {"parse (x.py:1)": 0.5, "dumps (y.py:2)": 0.2}}  # fmt: skip
        last = {"cpu_ms_per_article": 6.5, "ms_per_article_by_category": {"extraction": 4.1, "Faust": 2.4},
                "ms_per_article_by_function": {"dumps (y.py:2)": 0.9, "new (z.py:3)": 0.4}}  # fmt: skip
        lines = profile_table({"articles_done": 1000, "profile": first}, {"articles_done": 9000, "profile": last})
        assert "after 1,000 and 9,000 articles (5.0 and 6.5)" in lines[0]
        categories = lines[lines.index("| Category | start | end | end - start |") + 2 :][:2]
        assert categories == ["| Faust | 1.0 | 2.4 | 1.4 |", "| extraction | 4.0 | 4.1 | 0.1 |"]
        functions = lines[lines.index("| Function (leaf frame) | start | end | end - start |") + 2 :]
        assert functions == ["| dumps (y.py:2) | 0.2 | 0.9 | 0.7 |", ""]
