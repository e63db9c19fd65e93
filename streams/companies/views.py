"""The worker's JSON web API (Faust web server, ``Settings.web_port``).

Endpoints:

``GET /companies/{id}``
    The company's state, answered by the worker that owns the key (``table_route``)::

        {"schema_version": 3, "company": {"id": "scale-ai", "name": "Scale AI"},
         "valuation": {"value": {"value": 29000000000.0, "currency": "USD", "qualifier": "exact"},
                       "as_of": "2025-06-12T...", "event_id": "...", "source": {"item_id": "...", "url": "..."}},
         "valuation_history": [...], "revenue": [{"period": "2024", "kind": "actual", "amount": {...}, ...}],
         "investors": [{"company": {"id": "meta", "name": "Meta"}, "kind": "stake", "stake_pct": 49.0,
                        "amount": {...}, "modality": "fact", ...}],
         "holdings": [...], "ceo": {"person": "Jason Droege", "role": "CEO", "previous_person": "Alexandr Wang", ...},
         "leadership_history": [...],
         "customers": [{"company": {"id": "google", "name": "Google"}, "status": "at_risk", "major": true,
                        "annual_value": {...}, "since": ..., "updated_at": ..., "evidence": [...], ...}],
         "vendors": [...], "last_event_at": "...", "applied_event_ids": [...]}

    (the JSON of :class:`schemas.state.CompanyState`: current facts, every list bounded). A row an older
    version wrote is answered converted, as the worker stores it on the company's next update (500
    ``{"error": ...}`` if it cannot be converted). Unknown company: 404 ``{"error": "unknown company: x"}``.
    No worker can answer for the key right now (rebalancing, recovering, owner down): 503 with
    ``Retry-After`` and ``{"error": "...", "key": "x", "retry_after_s": 2}`` (:mod:`streams.companies.routing`).

``GET /companies?q=scale&limit=10``
    Knowledge-base search by name or alias: ``{"results": [{"id": "scale-ai", "name": "Scale AI"}, ...]}``.
    Missing ``q``: 400 ``{"error": "..."}``.

``GET /alerts/recent?limit=50``
    Alerts this worker emitted since it started, newest first (at most 500):
    ``{"alerts": [<Alert JSON>, ...]}`` (:class:`schemas.alerts.Alert`).

``GET /healthz``
    Liveness: the process runs and its web server answers.
    ``{"status": "ok", "app_id": "...", "topic_prefix": "...", "companies": <keys in local partitions>}``.

``GET /readyz``
    Readiness: 200 ``{"status": "ready", "partitions": ["dealwatch.news/0", ...], "recovered": true}`` once the
    worker has source partitions assigned and its table recovered; 503 with ``"status": "not_ready"`` before,
    during a rebalance or recovery, and when the group has no partition left for it
    (:func:`streams.runtime.monitoring.readiness`).

``GET /metrics``
    Prometheus text format (:mod:`streams.metrics`, :mod:`streams.runtime.monitoring`).
"""

from __future__ import annotations

from typing import Any

import faust
import pydantic
from faust.web import Request, Response, View

from streams.companies.recent import RecentAlerts
from streams.companies.routing import route_to_owner
from streams.companies.state import read_state
from streams.config import Settings
from streams.extraction.knowledge_base import KnowledgeBase
from streams.runtime.monitoring import readiness
from streams.topics import TopicNames

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


def _limit(request: Request, default: int) -> int:
    raw = request.query.get("limit")
    if raw is None:
        return default
    try:
        return max(1, min(int(raw), MAX_LIMIT))
    except ValueError:
        return default


def register_views(
    app: faust.App,
    companies: faust.types.TableT[str, dict[str, Any]],
    recent: RecentAlerts,
    knowledge_base: KnowledgeBase,
    settings: Settings,
) -> None:
    """Add the web API's pages to ``app``."""
    names = TopicNames.from_settings(settings)
    sources = (names.news, names.company_updates)

    @app.page("/companies/{company_id}")
    async def company(self: View, request: Request, company_id: str) -> Response:
        """Return one company's state (from the worker that owns it), 404, or 503 when no worker can answer."""

        async def local() -> Response:
            stored = companies.get(company_id)
            if stored is None:
                return self.error(404, f"unknown company: {company_id}")
            try:  # the stored row leaves out what reading refills (streams.companies.row): answer the state read
                return self.json(read_state(stored).model_dump(mode="json"))
            except (pydantic.ValidationError, ValueError, TypeError) as exc:
                return self.error(500, f"stored state of {company_id} cannot be read: {exc}")

        return await route_to_owner(app, companies, company_id, self, request, answer=local)

    @app.page("/companies")
    async def search(self: View, request: Request) -> Response:
        """Search companies by name or alias."""
        query = request.query.get("q", "").strip()
        if not query:
            return self.error(400, "missing query parameter q")
        refs = knowledge_base.search(query, limit=_limit(request, 10))
        return self.json({"results": [ref.model_dump() for ref in refs]})

    @app.page("/alerts/recent")
    async def recent_alerts(self: View, request: Request) -> Response:
        """Return the latest alerts, newest first."""
        alerts = recent.newest(_limit(request, DEFAULT_LIMIT))
        return self.json({"alerts": [alert.model_dump(mode="json") for alert in alerts]})

    @app.page("/healthz")
    async def healthz(self: View, request: Request) -> Response:
        """Say the worker is up."""
        body: dict[str, Any] = {
            "status": "ok",
            "app_id": settings.app_id,
            "topic_prefix": settings.topic_prefix,
            "companies": len(companies),
        }
        return self.json(body)

    @app.page("/readyz")
    async def readyz(self: View, request: Request) -> Response:
        """Say whether the worker has its partitions and its table recovered (503 until it has)."""
        state = readiness(app, sources)
        body: dict[str, Any] = {
            "status": "ready" if state.ready else "not_ready",
            "partitions": [f"{tp.topic}/{tp.partition}" for tp in state.assigned],
            "recovered": state.recovered,
        }
        return self.json(body, status=200 if state.ready else 503)
