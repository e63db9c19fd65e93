"""Mixes ("en=0.6,fr=0.4") and exact apportionment of a count among their parts.

The generator turns a mix into exact counts instead of drawing each item independently, so a
small run respects the requested proportions to within one item and tests can check them exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


def parse_mix(text: str, allowed: tuple[str, ...]) -> dict[str, float]:
    """Parse ``"name=weight,name=weight"`` into weights, rejecting unknown names.

    Weights need not sum to one; they are relative. Names missing from ``text`` get no share.

    Raises:
        ValueError: on an unknown name, a malformed part, a negative weight or an all-zero mix.
    """
    weights: dict[str, float] = {}
    for raw in text.split(","):
        part = raw.strip()
        if not part:
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep:
            msg = f"expected name=weight, got {part!r}"
            raise ValueError(msg)
        if name not in allowed:
            msg = f"unknown name {name!r}; expected one of {', '.join(allowed)}"
            raise ValueError(msg)
        try:
            weight = float(value)
        except ValueError:
            msg = f"weight of {name!r} is not a number: {value.strip()!r}"
            raise ValueError(msg) from None
        if weight < 0 or not math.isfinite(weight):
            msg = f"weight of {name!r} must be a finite number >= 0"
            raise ValueError(msg)
        weights[name] = weight
    if not any(weights.values()):
        msg = f"mix {text!r} gives every name a zero weight"
        raise ValueError(msg)
    return weights


def apportion(total: int, weights: Mapping[str, float]) -> dict[str, int]:
    """Split ``total`` among ``weights`` proportionally, exactly (largest remainder method).

    Ties go to the name listed first, so the result depends only on the arguments.
    """
    weight_sum = sum(weights.values())
    if total < 0 or weight_sum <= 0:
        msg = "apportion needs total >= 0 and a positive weight"
        raise ValueError(msg)
    quotas = {name: total * w / weight_sum for name, w in weights.items()}
    counts = {name: math.floor(q) for name, q in quotas.items()}
    missing = total - sum(counts.values())
    by_remainder = sorted(quotas, key=lambda name: quotas[name] - counts[name], reverse=True)
    for name in by_remainder[:missing]:
        counts[name] += 1
    return counts
