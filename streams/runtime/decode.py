"""The one validation boundary for messages read from dealwatch topics.

Topics carry JSON bytes. Each ``decode_*`` helper turns raw bytes into a validated model or
raises :class:`RejectedMessage`, which says which stage refused the message and why, so the
agent can dead-letter it. Decoding is pure, so whatever it raises is a verdict on the message,
never a reason to stop the worker.

News comes from any crawler, so it is read leniently where that is safe: a UTF-8 byte-order mark
before the JSON is skipped, and the JSON is parsed by orjson (nesting up to 1,024 levels, against
pydantic's parser, which refuses anything nested past ~250 levels anywhere in the document); the
fields :class:`~schemas.news.NewsItem` does not know are dropped before validation, so a crawler's
deeply nested metadata never costs the article. Anything orjson refuses (lone surrogate escapes,
NaN) is handed to pydantic's own parser, whose verdict stands.
"""

from __future__ import annotations

from typing import Literal, TypeVar

import orjson
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


_BOM = "\ufeff"


def _text(raw: bytes | None, max_bytes: int | None) -> str:
    if raw is None:
        raise RejectedMessage("decode", "EmptyMessage", "the message has no value")
    if max_bytes is not None and len(raw) > max_bytes:
        raise RejectedMessage("decode", "MessageTooLarge", f"{len(raw)} bytes > limit of {max_bytes}")
    try:
        return raw.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        raise RejectedMessage.from_exception("decode", exc) from exc


def _validate(model: type[_M], text: str, lenient: bool) -> _M:
    if lenient:
        try:
            parsed = orjson.loads(text)
        except orjson.JSONDecodeError:
            parsed = None  # pydantic's parser gives the verdict below
        if isinstance(parsed, dict):
            return model.model_validate({k: v for k, v in parsed.items() if k in model.model_fields})
    return model.model_validate_json(text)


def _decode(model: type[_M], raw: bytes | None, max_bytes: int | None = None, *, lenient: bool = False) -> _M:
    text = _text(raw, max_bytes)
    try:
        return _validate(model, text, lenient)
    except pydantic.ValidationError as exc:
        # Malformed JSON and wrong types both arrive here; tell them apart by pydantic's error type.
        stage: Stage = "decode" if any(e["type"] == "json_invalid" for e in exc.errors()) else "validate"
        raise RejectedMessage.from_exception(stage, exc) from exc
    except Exception as exc:  # pure code on one message: any failure is that message's
        raise RejectedMessage.from_exception("validate", exc) from exc


def decode_news(raw: bytes | None, max_bytes: int) -> NewsItem:
    """Validate a news message of at most ``max_bytes`` bytes (``Settings.max_message_bytes``), leniently."""
    return _decode(NewsItem, raw, max_bytes, lenient=True)


def decode_company_update(raw: bytes | None) -> CompanyUpdate:
    """Validate a company update message (dealwatch's own output: strict JSON, no unknown field)."""
    return _decode(CompanyUpdate, raw)
