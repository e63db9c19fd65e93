"""The real-news gold set: one labelled article per JSON line (format in ``docs/evaluation.md``).

The models forbid unknown fields so that a typo in a hand-written label ("subjet") fails loudly with
its file and line instead of silently scoring as an unlabelled party.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from schemas.alerts import AlertType
from schemas.events import EventType
from schemas.news import Language

GoldModality = Literal["fact", "forecast", "plan", "rumor", "denied"]
"""The extractor's modalities plus ``denied`` ("X denied it was in talks"), which gold may state."""

PartyKind = Literal["company", "public_body", "unnamed"]


class _Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldMoney(_Gold):
    """An amount in units of ``currency`` (the deal's own amount, never a per-share price)."""

    value: float = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class GoldEvent(_Gold):
    """One fact the article states, with the conventions of :mod:`schemas.events`; only ``type`` is required."""

    type: EventType
    subject: str | None = None
    object: str | None = None
    subject_kind: PartyKind = "company"
    object_kind: PartyKind = "company"
    amount: GoldMoney | None = None
    valuation: GoldMoney | None = None
    stake_pct: float | None = Field(default=None, ge=0, le=100)
    period: str | None = None
    person: str | None = None
    role: str | None = None
    previous_person: str | None = None
    modality: GoldModality | None = None

    @model_validator(mode="after")
    def _unnamed_has_no_name(self) -> GoldEvent:
        sides = (("subject", self.subject, self.subject_kind), ("object", self.object, self.object_kind))
        for side, name, kind in sides:
            if kind == "unnamed" and name is not None:
                raise ValueError(f"{side}_kind is 'unnamed' but {side} names {name!r}")
        return self


class GoldAlert(_Gold):
    """An alert the rules should raise for the article when the set is replayed in ``published_at`` order."""

    type: AlertType
    company: str = Field(min_length=1)
    counterparty: str | None = None


class GoldItem(_Gold):
    """One article, written in the labeller's own words, and what dealwatch should read from it."""

    id: str = Field(min_length=1)
    mirrors: str | None = None
    style: str | None = None
    language: Language
    published_at: datetime
    title: str = ""
    body: str = Field(min_length=1)
    gold_events: tuple[GoldEvent, ...] = ()
    gold_alerts: tuple[GoldAlert, ...] = ()
    notes: str | None = None


class GoldFileError(ValueError):
    """A gold file that cannot be read; the message starts with ``file:line``."""


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Expand ``paths`` into gold files: a file as given, a directory as every ``*.jsonl`` under it, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise GoldFileError(f"{path}: no such file or directory")
    return files


def _reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


@dataclass(frozen=True)
class GoldSet:
    """The gold items read, in file then line order, and the files they came from."""

    files: tuple[Path, ...]
    items: tuple[GoldItem, ...]


def load_gold(paths: Sequence[Path]) -> GoldSet:
    """Read every gold item from ``paths`` (files or directories).

    Raises:
        GoldFileError: a path is missing, a file holds no item, a line is not a valid item, or an
            item id repeats; the message names the file and line.
    """
    items: list[GoldItem] = []
    seen: dict[str, str] = {}
    files = gold_files(paths)
    if not files:
        raise GoldFileError(f"{', '.join(map(str, paths))}: no *.jsonl gold file found")
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as error:
            raise GoldFileError(f"{file}: not UTF-8 text ({error.reason})") from error
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                item = GoldItem.model_validate_json(line)
            except ValidationError as error:
                raise GoldFileError(f"{where}: {_reason(error)}") from error
            if item.id in seen:
                raise GoldFileError(f"{where}: item id {item.id!r} already used at {seen[item.id]}")
            seen[item.id] = where
            items.append(item)
    return GoldSet(tuple(files), tuple(items))
