"""Read a pyinstrument session of the worker: where its time went, by library and by agent.

The worker runs under ``python -m pyinstrument -r session``; this module turns the saved session
into a readable report (call tree and flat self-time list) and into figures for the results JSON:
self time grouped by what the code is (extraction, logging, Faust, Kafka client, ...) and the
inclusive time of each agent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pyinstrument.frame import Frame
from pyinstrument.renderers import ConsoleRenderer
from pyinstrument.session import Session

# First match wins; matched against "<file path>:<function>" of the frame that spent the time.
_CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
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
_AGENTS = {"extract_news": "extract", "fan_out_events": "fan-out", "apply_company_updates": "apply"}
_FLAT_LINES = 40


def _category(location: str) -> str:
    for name, needles in _CATEGORIES:
        if any(needle in location for needle in needles):
            return name
    return "other"


def summarize(path: Path) -> dict[str, object]:
    """Figures of a saved session: duration, CPU time, self time by category, time per agent."""
    session = Session.load(str(path))
    root = session.root_frame()
    by_category: Counter[str] = Counter()
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
                by_category[_category(location)] += own
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
    }


def render(path: Path) -> str:
    """The call tree (application frames) and the top of the flat self-time list (all frames)."""
    session = Session.load(str(path))
    tree = ConsoleRenderer(unicode=True).render(session)
    flat = ConsoleRenderer(unicode=True, flat=True, show_all=True).render(session).splitlines()
    return f"{tree}\nTop self time, all frames:\n" + "\n".join(flat[:_FLAT_LINES]) + "\n"
