"""Helpers every sub-command shares: settings, logging, and one-line errors."""

from __future__ import annotations

from typing import NoReturn

import typer
from pydantic import ValidationError

from streams.config import Settings, get_settings
from streams.logs import configure_logging
from streams.security import SecurityConfigError, ssl_context


def setup() -> Settings:
    """Load settings, check the TLS files they name, and configure logging once for this command.

    A bad setting ends the command with one line naming the variable; the value is never echoed,
    so a password cannot end up in a terminal or a CI log this way.
    """
    try:
        settings = get_settings()
        ssl_context(settings)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'DEALWATCH_' + '.'.join(map(str, e['loc'])).upper() + ': ' if e['loc'] else ''}{e['msg']}"
            for e in exc.errors(include_url=False, include_input=False, include_context=False)
        )
        fail(f"invalid settings: {problems}", code=2)
    except SecurityConfigError as exc:
        fail(str(exc), code=2)
    configure_logging(settings.log_level, settings.log_format)
    return settings


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clear error line (no traceback) to stderr and exit with ``code``."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)
