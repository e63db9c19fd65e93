"""structlog configuration, applied once at each entry point.

JSON lines when stdout is not a terminal (containers, CI, pipes), a pretty console otherwise.
The stdlib loggers of Faust, mode, aiokafka and kafka-python go through the same processors,
so one worker writes one log format.
"""

from __future__ import annotations

import logging
import sys
from typing import Literal

import structlog

_SHARED_PROCESSORS: list[structlog.typing.Processor] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    structlog.stdlib.ExtraAdder(),
]


def configure_logging(level: str = "INFO", fmt: Literal["auto", "json", "console"] = "auto") -> None:
    """Route structlog and stdlib logging to stderr in one format.

    Args:
        level: minimum level name (``DEBUG``, ``INFO``, ...); env ``DEALWATCH_LOG_LEVEL``.
        fmt: ``json``, ``console``, or ``auto`` (console on a TTY); env ``DEALWATCH_LOG_FORMAT``.
    """
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    # Tracebacks without local variables: with them one Faust or pydantic error prints whole messages and tables.
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if use_json
        else structlog.dev.ConsoleRenderer(
            colors=sys.stderr.isatty(), exception_formatter=structlog.dev.plain_traceback
        )
    )
    final: list[structlog.typing.Processor] = (
        [
            structlog.processors.ExceptionRenderer(structlog.tracebacks.ExceptionDictTransformer(show_locals=False)),
            renderer,
        ]
        if use_json
        else [renderer]
    )

    structlog.configure(
        processors=[
            *_SHARED_PROCESSORS,
            structlog.processors.StackInfoRenderer(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=_SHARED_PROCESSORS,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *final],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # aiokafka and kafka-python are chatty at INFO about every (re)connection.
    for noisy in ("aiokafka", "kafka"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # kafka-python's selector warns whenever the process is slow to give it the CPU ("Task ... ran for
    # 0.26s"): a symptom of a loaded machine, not something a user of the feeder can act on.
    logging.getLogger("kafka.net.selector").setLevel(max(logging.ERROR, root.level))
