"""Dead-letter records: input that could not be decoded, validated or processed.

Version history:
    1: first version; stage ``apply`` (a company update that could not be applied) added before release.
"""

from __future__ import annotations

import base64
from typing import Literal

from pydantic import Field

from schemas.base import EventModel, UtcDatetime


class DeadLetter(EventModel):
    """A rejected message with everything needed to inspect and replay it.

    The original bytes are kept exactly (base64, since JSON cannot carry raw bytes) so a fixed
    message can be re-sent as it was received.
    """

    schema_version: Literal[1] = 1
    topic: str
    partition: int
    offset: int
    key_b64: str | None = None
    value_b64: str = Field(description="The original message value, base64-encoded.")
    error_type: str = Field(description="Exception class, e.g. `ValidationError`.")
    error: str = Field(description="Human-readable reason.")
    stage: Literal["decode", "validate", "extract", "apply"] = "decode"
    failed_at: UtcDatetime

    @property
    def value(self) -> bytes:
        """The original message value."""
        return base64.b64decode(self.value_b64)

    @staticmethod
    def encode_bytes(raw: bytes) -> str:
        """Base64-encode raw message bytes for :attr:`value_b64` and :attr:`key_b64`."""
        return base64.b64encode(raw).decode("ascii")
