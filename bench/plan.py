"""How much each bench does: the full run (``python -m bench``) and the CI smoke (``--quick``)."""

from __future__ import annotations

from dataclasses import dataclass

from streams.generate import GeneratorConfig


@dataclass(frozen=True)
class Plan:
    """Counts and durations of one bench run.

    Args:
        quick: the CI smoke: small counts, no 100k table, no second worker, no profile.
        partitions: partitions of the news topic (the worker's ``DEALWATCH_PARTITIONS``).
        backlog: articles in each throughput backlog.
        repeats: backlog drains per subject (fresh process each); the median is reported.
        recall_stories: generated stories whose extraction is checked against what was written.
        load_fractions: offered loads for the latency bench, as fractions of the maximum sustained rate.
        load_seconds: how long each latency level feeds articles.
        sustain_fractions: paced rates tried, as fractions of the backlog drain rate, to find the highest
            one the worker keeps up with (the maximum sustained rate).
        sustain_seconds: how long each of those trials feeds articles.
        table_sizes: company-table sizes for the scale bench.
        recovery_sizes: table sizes whose restart recovery is timed.
        two_workers: run the scale-out stage (:mod:`bench.scaleout`): one against two workers.
        scale_partitions: partition counts of the scale-out stage.
        scale_companies: companies in the table during the scale-out stage.
        profile: profile the worker's hot path with pyinstrument.
        drain_timeout_s: longest wait for one backlog to drain.
    """

    quick: bool
    partitions: int = 4
    backlog: int = 6000
    repeats: int = 3
    recall_stories: int = 1000
    load_fractions: tuple[float, ...] = (0.25, 0.5, 0.8)
    load_seconds: float = 30.0
    sustain_fractions: tuple[float, ...] = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
    sustain_seconds: float = 15.0
    table_sizes: tuple[int, ...] = (1_000, 10_000, 100_000)
    recovery_sizes: tuple[int, ...] = (10_000, 100_000)
    two_workers: bool = True
    scale_partitions: tuple[int, ...] = (4, 8)
    scale_companies: int = 100_000
    profile: bool = True
    drain_timeout_s: float = 600.0

    def articles(self, count: int, seed: int) -> GeneratorConfig:
        """The feed every subject gets: realistic mix, 5 % duplicates, 2 % invalid, 1-6 KB bodies."""
        return GeneratorConfig(count=count, seed=seed, duplicates=0.05, invalid=0.02, min_bytes=1000, max_bytes=6000)


FULL = Plan(quick=False)
QUICK = Plan(
    quick=True,
    backlog=1200,
    repeats=1,
    recall_stories=300,
    load_seconds=6.0,
    sustain_fractions=(0.8, 0.4),
    sustain_seconds=5.0,
    table_sizes=(1_000,),
    recovery_sizes=(),
    two_workers=False,
    profile=False,
    drain_timeout_s=90.0,
)
