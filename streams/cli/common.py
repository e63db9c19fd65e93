"""Helpers every sub-command shares: settings, logging, and one-line errors."""

from __future__ import annotations

from typing import NoReturn

import typer

from streams.config import Settings, get_settings
from streams.logs import configure_logging


def setup() -> Settings:
    """Load settings and configure logging once for this command."""
    settings = get_settings()
    configure_logging(settings.log_level, settings.log_format)
    return settings


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clear error line (no traceback) to stderr and exit with ``code``."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)
