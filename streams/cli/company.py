"""``dealwatch company``: one company's live state, from the worker's web API."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

import httpx
import typer
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from schemas.alerts import Alert
from schemas.events import Money, format_money
from schemas.state import CompanyState, Holding, Relationship
from streams.cli.common import fail, setup
from streams.cli.feed import quiet_http_logs
from streams.clients.subscribing.render import alert_line
from streams.config import Settings

HTTP_TIMEOUT_S = 10.0
RECENT_ALERTS_FETCHED = 500
RECENT_ALERTS_SHOWN = 10
HTTP_NOT_FOUND = 404
HTTP_UNAVAILABLE = 503
_STATUS_STYLES = {"start": "green", "active": "green", "at_risk": "bold yellow", "ended": "red"}


class CompanyLookupError(Exception):
    """The company cannot be shown; the message is one line a user can act on."""


def default_url(settings: Settings) -> str:
    """The worker web API's base URL from settings."""
    return f"http://{settings.web_host}:{settings.web_port}"


def fetch_company(client: httpx.Client, name_or_id: str) -> CompanyState:
    """Return the state of a company given by id, or by a name the knowledge base resolves.

    Raises:
        CompanyLookupError: no such company, an ambiguous name, no state yet, or the API is down.
    """
    base = str(client.base_url).rstrip("/")
    try:
        response = client.get(f"/companies/{quote(name_or_id, safe='')}")
        if response.status_code != HTTP_NOT_FOUND:
            response.raise_for_status()
            return CompanyState.model_validate_json(response.content)
        ref = _resolve(client, name_or_id)
        response = client.get(f"/companies/{quote(ref['id'], safe='')}")
        if response.status_code == HTTP_NOT_FOUND:
            msg = f"no state yet for {ref['name']} ({ref['id']}): the worker has not read news about it"
            raise CompanyLookupError(msg)
        response.raise_for_status()
        return CompanyState.model_validate_json(response.content)
    except httpx.TransportError as exc:
        msg = (
            f"the worker's web API at {base} is not reachable ({exc.__class__.__name__}); "
            "start `dealwatch worker` or pass --url"
        )
        raise CompanyLookupError(msg) from exc
    except httpx.HTTPStatusError as exc:
        msg = f"the worker's web API at {base} answered HTTP {exc.response.status_code} for {exc.request.url.path}"
        if exc.response.status_code == HTTP_UNAVAILABLE and "Retry-After" in exc.response.headers:
            reason = exc.response.json().get("error", "unavailable")
            msg += f": {reason}; retry in {exc.response.headers['Retry-After']} s"
        raise CompanyLookupError(msg) from exc


def fetch_recent_alerts(client: httpx.Client, company_id: str, limit: int = RECENT_ALERTS_SHOWN) -> list[Alert]:
    """Return the newest alerts about ``company_id`` (company or counterparty) emitted since the worker started."""
    response = client.get("/alerts/recent", params={"limit": RECENT_ALERTS_FETCHED})
    response.raise_for_status()
    alerts = [Alert.model_validate(a) for a in response.json().get("alerts", [])]
    mine = [a for a in alerts if company_id in (a.company.id, a.counterparty.id if a.counterparty else None)]
    return mine[:limit]


def _resolve(client: httpx.Client, name: str) -> dict[str, str]:
    response = client.get("/companies", params={"q": name})
    response.raise_for_status()
    results: list[dict[str, str]] = response.json().get("results", [])
    wanted = name.casefold()
    exact = [r for r in results if wanted in (r["id"].casefold(), r["name"].casefold())]
    if len(exact) == 1:
        return exact[0]
    if len(results) == 1:
        return results[0]
    if not results:
        msg = f"no company matches {name!r}"
        raise CompanyLookupError(msg)
    listed = ", ".join(f"{r['name']} ({r['id']})" for r in results[:8])
    msg = f"{name!r} matches several companies: {listed}; give the id"
    raise CompanyLookupError(msg)


def money(amount: Money | None) -> str:
    """Format an amount for people (:func:`schemas.events.format_money`), ``-`` when unknown."""
    return format_money(amount) if amount is not None else "-"


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else "?"


def _holding(holding: Holding) -> str:
    parts: list[str] = [holding.kind]
    if holding.stake_pct is not None:
        parts.append(f"{holding.stake_pct:g}%")
    if holding.amount is not None:
        parts.append(f"for {money(holding.amount)}")
    if holding.modality != "fact":
        parts.append(f"({holding.modality})")
    return " ".join(parts) + f", {_day(holding.as_of)}"


def _relationships(title: str, rows: tuple[Relationship, ...]) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False, expand=False)
    for column in ("company", "status", "major", "annual value", "since", "updated"):
        table.add_column(column)
    for rel in sorted(rows, key=lambda r: (not r.major, r.company.name)):
        status = rel.status + ("" if rel.modality == "fact" else f" ({rel.modality})")
        table.add_row(
            rel.company.name,
            Text(status, style=_STATUS_STYLES[rel.status]),
            Text("MAJOR", style="bold") if rel.major else "",
            money(rel.annual_value),
            _day(rel.since),
            _day(rel.updated_at),
        )
    return table


def render_company(state: CompanyState, alerts: list[Alert]) -> Group:
    """Return a readable view of a company's state and its recent alerts."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    if state.valuation is not None:
        history = " -> ".join(f"{money(p.value)} ({_day(p.as_of)})" for p in state.valuation_history)
        facts.add_row("Valuation", f"{money(state.valuation.value)} ({_day(state.valuation.as_of)})")
        if len(state.valuation_history) > 1:
            facts.add_row("  history", history)
    else:
        facts.add_row("Valuation", "-")
    for point in sorted(state.revenue, key=lambda r: (r.period, r.kind)):
        facts.add_row(f"Revenue {point.period}", f"{money(point.amount)} ({point.kind})")
    if state.ceo is not None:
        before = f"; previously {state.ceo.previous_person}" if state.ceo.previous_person else ""
        facts.add_row("CEO", f"{state.ceo.person} (since {_day(state.ceo.since)}{before})")
    else:
        facts.add_row("CEO", "-")
    for leader in state.leadership_history[:-1] if state.ceo else state.leadership_history:
        facts.add_row("  earlier", f"{leader.role}: {leader.person} ({_day(leader.since)})")
    for holding in state.investors:
        facts.add_row("Investor", f"{holding.company.name}: {_holding(holding)}")
    for holding in state.holdings:
        facts.add_row("Holds", f"{holding.company.name}: {_holding(holding)}")
    parts: list[Any] = [Text(f"{state.company.name} ({state.company.id})", style="bold underline"), facts]
    if state.customers:
        parts.extend([Text(""), _relationships("Customers", state.customers)])
    if state.vendors:
        parts.extend([Text(""), _relationships("Vendors", state.vendors)])
    parts.extend([Text(""), Text("Recent alerts", style="bold")])
    parts.extend(alert_line(a) for a in alerts)
    if not alerts:
        parts.append(Text("  none since the worker started", style="dim"))
    return Group(*parts)


def company(
    name_or_id: Annotated[
        str, typer.Argument(metavar="NAME_OR_ID", help="Company id (e.g. scale-ai) or name (e.g. 'Scale AI').")
    ],
    *,
    url: Annotated[
        str | None,
        typer.Option("--url", help="Worker web API (default: http://DEALWATCH_WEB_HOST:DEALWATCH_WEB_PORT)."),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print {state, recent_alerts} as one JSON object.")] = False,
) -> None:
    """Show a company's live state: valuation and history, revenue, CEO, investors, customers, vendors, alerts.

    The state comes from a running worker (`dealwatch worker`); a name is resolved with the worker's
    knowledge-base search. Recent alerts are those the worker emitted since it started.
    """
    settings = setup()
    quiet_http_logs()
    base = url or default_url(settings)
    with httpx.Client(base_url=base, timeout=HTTP_TIMEOUT_S) as client:
        try:
            state = fetch_company(client, name_or_id)
            alerts = fetch_recent_alerts(client, state.company.id)
        except CompanyLookupError as exc:
            fail(str(exc))
        except httpx.HTTPError as exc:
            fail(f"the worker's web API at {base} failed: {exc.__class__.__name__}: {exc}")
    if json_out:
        payload = {"state": state.model_dump(mode="json"), "recent_alerts": [a.model_dump(mode="json") for a in alerts]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    Console(highlight=False).print(render_company(state, alerts))
