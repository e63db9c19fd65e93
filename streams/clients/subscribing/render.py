"""How an alert looks: one coloured line for people, one JSON line for scripts."""

from __future__ import annotations

from rich.text import Text

from schemas.alerts import Alert

SEVERITY_STYLES: dict[str, str] = {"critical": "bold red", "warning": "yellow", "info": "cyan"}


def alert_line(alert: Alert) -> Text:
    """Return ``time SEVERITY type company / counterparty  title`` as styled text.

    The time is when the fact happened (or was published) when known, else when the alert was emitted.
    """
    when = (alert.occurred_at or alert.emitted_at).strftime("%Y-%m-%d %H:%M")
    parties = alert.company.name + (f" / {alert.counterparty.name}" if alert.counterparty else "")
    line = Text()
    line.append(when, style="dim")
    line.append("  ")
    line.append(f"{alert.severity.upper():<8}", style=SEVERITY_STYLES[alert.severity])
    line.append(f"  {alert.type:<19}", style="bold")
    line.append(f"  {parties}", style="magenta")
    line.append(f"  {alert.title}")
    return line


def alert_json(alert: Alert) -> str:
    """Return the alert as one JSON line, exactly the topic's schema."""
    return alert.model_dump_json()
