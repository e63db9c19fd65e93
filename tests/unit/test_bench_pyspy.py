"""Reading py-spy's raw samples: per thread, per category and per function, scaled to CPU per article."""

from __future__ import annotations

from bench.processes import REPO
from bench.pyspy import figures, parse, shorten

_SP = "/x/.venv/lib/python3.11/site-packages"
RAW = "\n".join([
    "thread (11): MainThread;<module> (/r/streams/cli/main.py:1);extract (/r/streams/extraction/engine.py:32) 60",
    f"thread (11): MainThread;<module> (/r/streams/cli/main.py:1);send ({_SP}/aiokafka/producer/producer.py:426) 20",
    f"thread (12): ThreadPoolExecutor-0_0;run ({_SP}/rocksdict/x.py:3) 15",
    f"thread (13): ThreadPoolExecutor-0_1;dumps ({_SP}/pydantic/main.py:9) 5",
    "garbage line without a count",
])  # fmt: skip


class TestParse:
    """Each sample's leaf frame is charged to its thread kind, category and function."""

    def test_samples_by_thread_category_and_function(self) -> None:
        """Worker threads of one pool count as one kind; site-packages and checkout prefixes are dropped."""
        samples = parse(RAW)
        assert samples.total == 100
        assert samples.by_thread == {"MainThread": 80, "ThreadPoolExecutor": 20}
        assert samples.by_category["extraction (streams/extraction)"] == 60
        assert samples.by_category["Kafka client (aiokafka, kafka-python)"] == 20
        assert samples.by_category["table store (rocksdict)"] == 15
        assert samples.by_function["aiokafka/producer/producer.py:send"] == 20


class TestFigures:
    """Shares of the samples become CPU milliseconds per article with the drain's measured CPU."""

    def test_milliseconds_per_article(self) -> None:
        """10 s of CPU for 2,000 articles is 5 ms each; 60 % of the samples in extraction is 3 ms of it."""
        out = figures(parse(RAW), cpu_s=10.0, articles=2000)
        assert out["cpu_ms_per_article"] == 5.0
        assert out["extraction_ms_per_article"] == 3.0
        assert out["non_extraction_ms_per_article"] == 2.0
        assert out["ms_per_article_by_thread"] == {"MainThread": 4.0, "ThreadPoolExecutor": 1.0}


class TestShorten:
    """The stacks kept in the results: short paths, start-up frames folded, equal stacks merged."""

    def test_folds_up_to_the_event_loop_and_merges(self) -> None:
        """Two stacks that differ only below ``_run_once`` become one line with both counts."""
        loop = "BaseEventLoop._run_once (/usr/lib/python3.11/asyncio/base_events.py:{})"
        leaf = f"extract ({REPO}/streams/extraction/engine.py:32)"
        raw = "\n".join([
            f"thread (1): MainThread;main (a.py:1);{loop.format(1)};{leaf} 3",
            f"thread (1): MainThread;main (a.py:2);{loop.format(2)};{leaf} 4",
        ])  # fmt: skip
        assert shorten(raw) == "thread (1): MainThread;...;extract (streams/extraction/engine.py:32) 7\n"
