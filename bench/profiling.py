"""Read a pyinstrument session of the worker: where its time went, by library and by agent.

The worker runs under ``python -m pyinstrument -r session``; this module turns the saved session
into a readable report (call tree and flat self-time list) and into figures for the results JSON:
self time grouped by what the code is (extraction, logging, Faust, Kafka client, ...) and the
inclusive time of each agent.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pyinstrument.frame import Frame
from pyinstrument.renderers import ConsoleRenderer
from pyinstrument.session import Session

from bench.processes import REPO

# First match wins; matched against "<file path>:<function>" of the frame that spent the time.
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("event loop waiting (idle)", ("selectors.py",)),
    ("extraction (streams/extraction)", ("/streams/extraction/",)),
    ("logging (structlog, logging)", ("/structlog/", "/logging/")),
    ("pydantic and JSON", ("/pydantic", "/orjson", "/json/")),
    ("table store (rocksdict)", ("/rocksdict/", "/faust/stores/")),
    ("Faust and mode", ("/faust/", "/mode/")),
    ("Kafka client (aiokafka, kafka-python)", ("/aiokafka/", "/kafka/")),
    ("asyncio", ("/asyncio/",)),
    ("dealwatch, other", ("/streams/", "/schemas/")),
)
_AGENTS = {"extract_news": "extract", "apply_company_updates": "apply"}
_TOP = 30


def category(location: str) -> str:
    """What the code at ``<file path>:<function>`` is: the first of :data:`CATEGORIES` it matches, else ``other``."""
    for name, needles in CATEGORIES:
        if any(needle in location for needle in needles):
            return name
    return "other"


def summarize(path: Path) -> dict[str, Any]:
    """Figures of a saved session: duration, CPU time, self time by category, time per agent."""
    session = Session.load(str(path))
    root = session.root_frame()
    by_category: Counter[str] = Counter()
    by_location: Counter[str] = Counter()
    by_agent: Counter[str] = Counter()
    if root is not None:
        stack: list[tuple[Frame, str, str | None]] = [(root, "", None)]
        while stack:
            frame, parent_location, agent = stack.pop()
            # Built-ins and synthetic frames count for their caller: len() in extraction is extraction,
            # epoll.poll() under selectors.select() is the event loop waiting.
            real_file = frame.file_path not in (None, "<built-in>")
            location = f"{frame.file_path}:{frame.function}" if real_file else parent_location
            if agent is None and frame.function in _AGENTS:
                agent = _AGENTS[frame.function]
                by_agent[agent] += frame.time
            own = frame.time - sum(child.time for child in frame.children)
            if own > 0:
                by_category[category(location)] += own
                by_location[_short(location)] += own
            stack.extend((child, location, agent) for child in frame.children)
    total = sum(by_category.values()) or 1.0
    return {
        "duration_s": round(session.duration, 2),
        "cpu_time_s": round(session.cpu_time, 2),
        "self_time_by_category": {
            name: {"seconds": round(seconds, 2), "share": round(seconds / total, 3)}
            for name, seconds in by_category.most_common()
        },
        "agent_time_s": {name: round(seconds, 2) for name, seconds in by_agent.most_common()},
        "top_self_time_s": {name: round(seconds, 2) for name, seconds in by_location.most_common(_TOP)},
    }


def _short(location: str) -> str:
    """Drop the install prefix: ``.../site-packages/faust/streams.py:_c_aiter`` -> ``faust/streams.py:_c_aiter``."""
    stdlib = f"/python{sys.version_info.major}.{sys.version_info.minor}/"
    for marker in ("/site-packages/", stdlib, f"{REPO}/"):
        if marker in location:
            return location.split(marker, 1)[1]
    return location


def render(path: Path, summary: dict[str, Any]) -> str:
    """The call tree (application frames), then self time by category and by function (all frames)."""
    tree = ConsoleRenderer(unicode=True).render(Session.load(str(path)))
    lines = [tree, "Self time by category (built-ins count for their caller):"]
    lines += [
        f"  {value['seconds']:8.2f} s  {value['share']:6.1%}  {name}"
        for name, value in summary["self_time_by_category"].items()
    ]
    lines += ["", f"Top {_TOP} functions by self time:"]
    lines += [f"  {seconds:8.2f} s  {name}" for name, seconds in summary["top_self_time_s"].items()]
    return "\n".join(lines) + "\n"
