"""The evaluation report: every figure in one model (``--json``) and the same as readable tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from rich.console import Console
from rich.table import Table

from streams.evaluation.figures import PRF, Accuracy
from streams.evaluation.gold import GoldItem
from streams.evaluation.replay import AlertScores, Replay, score_alerts
from streams.evaluation.scoring import EventScores, score_events
from streams.extraction.knowledge_base import KnowledgeBase


class EvalReport(BaseModel):
    """What ``dealwatch eval`` measured on one gold set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    split_name: str | None
    files: list[str]
    rejected: dict[str, str]
    events: EventScores
    alerts: AlertScores


def build_report(
    items: Sequence[GoldItem],
    replayed: Replay,
    *,
    files: Sequence[Path],
    split_name: str | None = None,
    kb: KnowledgeBase | None = None,
) -> EvalReport:
    """Score the replay of ``items``: events from its extractions, alerts from what its updates raised."""
    return EvalReport(
        split_name=split_name,
        files=[str(file) for file in files],
        rejected=replayed.rejected,
        events=score_events(items, replayed.extractions, kb),
        alerts=score_alerts(items, replayed.alerts, kb),
    )


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _prf(figures: PRF) -> str:
    return " ".join(_ratio(value) for value in (figures.precision, figures.recall, figures.f1))


def _accuracy(figure: Accuracy) -> str:
    return f"{figure.correct}/{figure.total}" + (f" ({figure.value:.2f})" if figure.value is not None else "")


def _table(title: str, *columns: str) -> Table:
    """A table whose first column is text and the others figures."""
    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column, justify="left" if index == 0 else "right")
    return table


def _events_table(events: EventScores) -> Table:
    table = _table("Deal events", "type", "gold", "extracted", "strict", "lenient")
    for event_type in sorted({*events.gold_by_type, *events.extracted_by_type}):
        table.add_row(
            event_type,
            str(events.gold_by_type.get(event_type, 0)),
            str(events.extracted_by_type.get(event_type, 0)),
            _prf(events.strict.by_type.get(event_type, PRF())),
            _prf(events.lenient.by_type.get(event_type, PRF())),
        )
    table.add_section()
    table.add_row(
        "all (micro)",
        str(events.gold_events),
        str(events.extracted_events),
        _prf(events.strict.micro),
        _prf(events.lenient.micro),
        style="bold",
    )
    return table


def _languages_table(events: EventScores) -> Table:
    table = _table(
        "By language (gold label; lang ok: detected as labelled)",
        *("lang", "items", "lang ok", "gold", "extracted", "strict", "lenient"),
    )
    for language, scores in events.by_language.items():
        table.add_row(
            language,
            str(scores.items),
            str(scores.detected),
            str(scores.gold_events),
            str(scores.extracted_events),
            _prf(scores.strict),
            _prf(scores.lenient),
        )
    return table


def _attributes_table(events: EventScores) -> Table:
    table = _table("Attributes on lenient pairs", "attribute", "right/checked")
    for name, figure in events.attributes.items():
        table.add_row(name, _accuracy(figure))
    return table


def _misses_table(events: EventScores) -> Table:
    table = _table("Missed gold events (lenient), by what the article's entities tell", "cause", "missed", "share")
    missed = sum(events.missed_by_cause.values())
    for cause, count in events.missed_by_cause.items():
        table.add_row(cause, str(count), _ratio(count / missed))
    return table


def _alerts_table(alerts: AlertScores) -> Table:
    table = _table("Alerts, replayed in published_at order", "type", "gold", "raised", "matched", "P R F1")
    for alert_type, figures in alerts.by_type.items():
        table.add_row(
            alert_type, str(figures.tp + figures.fn), str(figures.tp + figures.fp), str(figures.tp), _prf(figures)
        )
    table.add_section()
    micro = alerts.micro
    table.add_row(
        "all (micro)", str(alerts.gold_alerts), str(alerts.raised_alerts), str(micro.tp), _prf(micro), style="bold"
    )
    return table


def render_report(report: EvalReport, console: Console) -> None:
    """Print the report as tables; the item-level misses are left to ``--json`` (the test split is not for tuning)."""
    events, alerts = report.events, report.alerts
    name = f" [{report.split_name}]" if report.split_name else ""
    lines = [
        f"Gold set{name}: {events.items} items from {', '.join(report.files)}",
        f"{events.gold_events} gold events, {events.extracted_events} extracted; {alerts.gold_alerts} gold alerts",
        "Figures are precision recall F1; lenient scoring counts acquisition~stake and investment~valuation as one;",
        "attributes are checked where the gold event states them.",
    ]
    for line in lines:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    tables = (_events_table(events), _attributes_table(events), _languages_table(events), _misses_table(events))
    for table in (*tables, _alerts_table(alerts)):
        console.print(table)
    for item_id, reason in report.rejected.items():
        console.print(f"rejected by the pipeline: {item_id}: {reason}", style="red", markup=False)
