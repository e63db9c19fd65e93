"""The one validation boundary for messages read from dealwatch topics.

Topics carry JSON bytes. Each ``decode_*`` helper turns raw bytes into a validated model or
raises :class:`RejectedMessage`, which says which stage refused the message and why, so the
agent can dead-letter it.
"""

from __future__ import annotations

from typing import Literal, TypeVar

import pydantic

from schemas.news import NewsItem
from schemas.state import CompanyUpdate

Stage = Literal["decode", "validate", "extract", "apply"]
_M = TypeVar("_M", bound=pydantic.BaseModel)


class RejectedMessage(Exception):  # a verdict on a message, not a program error
    """A message that cannot be processed; it belongs in the dead-letter topic."""

    def __init__(self, stage: Stage, error_type: str, error: str) -> None:
        super().__init__(f"{stage}: {error_type}: {error}")
        self.stage = stage
        self.error_type = error_type
        self.error = error

    @classmethod
    def from_exception(cls, stage: Stage, exc: BaseException) -> RejectedMessage:
        """Wrap ``exc`` (a pydantic ``ValidationError`` is summarised to keep the record readable)."""
        if isinstance(exc, pydantic.ValidationError):
            errors = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors()[:5])
            return cls(stage, type(exc).__name__, errors)
        return cls(stage, type(exc).__name__, str(exc))


def _decode(model: type[_M], raw: bytes | None, max_bytes: int | None = None) -> _M:
    if raw is None:
        raise RejectedMessage("decode", "EmptyMessage", "the message has no value")
    if max_bytes is not None and len(raw) > max_bytes:
        raise RejectedMessage("decode", "MessageTooLarge", f"{len(raw)} bytes > limit of {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedMessage.from_exception("decode", exc) from exc
    try:
        return model.model_validate_json(text)
    except pydantic.ValidationError as exc:
        # Malformed JSON and wrong types both arrive here; tell them apart by pydantic's error type.
        stage: Stage = "decode" if any(e["type"] == "json_invalid" for e in exc.errors()) else "validate"
        raise RejectedMessage.from_exception(stage, exc) from exc


def decode_news(raw: bytes | None, max_bytes: int) -> NewsItem:
    """Validate a news message of at most ``max_bytes`` bytes (``Settings.max_message_bytes``)."""
    return _decode(NewsItem, raw, max_bytes)


def decode_company_update(raw: bytes | None) -> CompanyUpdate:
    """Validate a company update message."""
    return _decode(CompanyUpdate, raw)
