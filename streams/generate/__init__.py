"""Synthetic English and French business news: a seeded, reproducible feed for benches and demos."""

from streams.generate.news import (
    DEFAULT_EVENT_MIX,
    EVENT_KINDS,
    INVALID_KINDS,
    LANGUAGES,
    ZIPF_TOP10_30PCT,
    ExpectedEvent,
    GeneratedRecord,
    GeneratorConfig,
    generate,
    to_jsonl,
)

__all__ = [
    "DEFAULT_EVENT_MIX",
    "EVENT_KINDS",
    "INVALID_KINDS",
    "LANGUAGES",
    "ZIPF_TOP10_30PCT",
    "ExpectedEvent",
    "GeneratedRecord",
    "GeneratorConfig",
    "generate",
    "to_jsonl",
]
