"""Precision, recall, F1 and accuracy figures, built from counts so a report always shows how they were reached."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict


class _Figure(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PRF(_Figure):
    """True positives, false positives and false negatives, with the ratios they give (None when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> PRF:
        """Figures from counts: precision needs something predicted, recall something expected, F1 either."""
        return cls(
            tp=tp,
            fp=fp,
            fn=fn,
            precision=tp / (tp + fp) if tp + fp else None,
            recall=tp / (tp + fn) if tp + fn else None,
            f1=2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None,
        )


class Accuracy(_Figure):
    """How many of the checked values were right."""

    correct: int = 0
    total: int = 0
    value: float | None = None

    @classmethod
    def from_counts(cls, correct: int, total: int) -> Accuracy:
        """The share right, None when nothing was checked."""
        return cls(correct=correct, total=total, value=correct / total if total else None)


@dataclass
class _Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0


class Tally:
    """True/false positive and false negative counts, per key (an event or alert type, a language)."""

    def __init__(self) -> None:
        self._counts: defaultdict[str, _Count] = defaultdict(_Count)

    def add(self, key: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts under ``key``."""
        count = self._counts[key]
        count.tp += tp
        count.fp += fp
        count.fn += fn

    def by_key(self) -> dict[str, PRF]:
        """Figures per key, keys sorted."""
        return {key: PRF.from_counts(c.tp, c.fp, c.fn) for key, c in sorted(self._counts.items())}

    def micro(self) -> PRF:
        """Figures over every key together (micro-average)."""
        counts = self._counts.values()
        return PRF.from_counts(sum(c.tp for c in counts), sum(c.fp for c in counts), sum(c.fn for c in counts))
