"""Answer a request for a table key on the worker that owns it, or say when to ask again (503 + ``Retry-After``).

Faust's ``table_route`` forwards to the owner named by the last assignment and lets any failure become a
bare HTTP 500: while a dead worker's partitions are being taken over, that is every request for its
keys. Here each way of not being able to answer is a 503 with a JSON reason and ``Retry-After``:

- no owner known (before the first assignment, or during a rebalance),
- this worker owns the key but is still recovering its table from the changelog,
- the owner does not answer (crashed, or not reachable at its advertised URL),
- the owner says it is not the owner (assignments moved between its view and ours): a forwarded request
  is never forwarded again, so two workers with different views cannot bounce it between them.

Workers find each other at ``Settings.advertised_url`` (``DEALWATCH_WEB_ADVERTISED_URL``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import faust
import structlog
from faust.web import Request, Response, View
from yarl import URL

log = structlog.get_logger(__name__)

FORWARDED_HEADER = "X-Dealwatch-Forwarded"
RETRY_AFTER_S = 2
FORWARD_TIMEOUT_S = 3.0
HTTP_UNAVAILABLE = 503


def unavailable(view: View, reason: str, key: str) -> Response:
    """503 with a JSON reason and ``Retry-After``: the client should retry, nothing is wrong with its request."""
    body = {"error": reason, "key": key, "retry_after_s": RETRY_AFTER_S}
    return view.json(body, status=HTTP_UNAVAILABLE, headers={"Retry-After": str(RETRY_AFTER_S)})


def _ident(url: URL) -> tuple[str, int]:
    return (url.host or "", int(url.port or 80))


async def route_to_owner(
    app: faust.App,
    table: faust.types.TableT[str, Any],
    key: str,
    view: View,
    request: Request,
    *,
    answer: Callable[[], Awaitable[Response]],
) -> Response:
    """Return ``answer()`` when this worker owns ``key``, else the owner's response, else a 503."""
    try:
        owner: URL = app.router.key_store(table.name, key)
    except KeyError:
        return unavailable(view, "no worker owns this key yet (the workers are rebalancing)", key)
    if _ident(owner) == _ident(URL(str(app.conf.canonical_url))):
        if app.rebalancing or app.in_recovery:
            return unavailable(view, "this worker is recovering the key's partition", key)
        return await answer()
    if request.headers.get(FORWARDED_HEADER):
        return unavailable(view, "the key's partition is moving between workers", key)
    target = request.url.with_scheme(owner.scheme or "http").with_host(owner.host or "").with_port(owner.port)
    try:
        async with app.http_client.get(
            target,
            headers={FORWARDED_HEADER: "1", "Accept": request.headers.get("Accept", "application/json")},
            timeout=aiohttp.ClientTimeout(total=FORWARD_TIMEOUT_S),
        ) as response:
            headers = {"Retry-After": response.headers["Retry-After"]} if "Retry-After" in response.headers else None
            return view.text(
                await response.text(), content_type=response.content_type, status=response.status, headers=headers
            )
    except (TimeoutError, aiohttp.ClientError) as exc:
        log.warning("web.owner_unreachable", key=key, owner=str(owner), error=exc.__class__.__name__)
        return unavailable(view, f"the worker that owns this key ({owner}) does not answer", key)
