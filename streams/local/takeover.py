"""Watching a worker's web API while it takes over a dead peer's keys: what the test asserts and the bench times.

After a ``kill -9`` the survivor keeps answering: forwarded requests fail (503), then it owns and recovers
the partitions (503), then it answers every key itself (200). :func:`watch_takeover` records each status
and reason until every key is answered, and how long that took.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from streams.local.broker.local import free_port

HTTP_OK = 200
HTTP_UNAVAILABLE = 503
POLL_S = 0.2


@dataclass
class Takeover:
    """What the survivor answered from the kill until it served every key.

    Attributes:
        seconds: from the kill to the first round in which every key answered 200 (None: never, within the timeout).
        statuses: how many responses had each HTTP status.
        reasons: the distinct ``error`` texts of the 503 responses.
        bad_503s: 503 responses without ``Retry-After`` or a JSON body (there must be none).
    """

    seconds: float | None = None
    statuses: Counter[int] = field(default_factory=Counter)
    reasons: set[str] = field(default_factory=set)
    bad_503s: int = 0


def peer_worker(bootstrap: str, prefix: str, data_dir: Path, **extra: str) -> tuple[str, dict[str, str]]:
    """The web API URL and the environment of one of several workers that serve group ``prefix`` together.

    Each worker advertises its own loopback URL, so its peers forward requests for the keys it owns
    there; ``prefix`` names the group and its topics (4 partitions, so two workers split them);
    ``extra`` adds or overrides ``DEALWATCH_*`` variables (standby replicas, static membership).
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        "DEALWATCH_KAFKA": bootstrap,
        "DEALWATCH_TOPIC_PREFIX": prefix,
        "DEALWATCH_APP_ID": prefix,
        "DEALWATCH_PARTITIONS": "4",
        "DEALWATCH_DATA_DIR": str(data_dir),
        "DEALWATCH_WEB_PORT": str(port),
        "DEALWATCH_WEB_ADVERTISED_URL": url,
        "DEALWATCH_LOG_FORMAT": "json",
    }
    return url, env | extra


def answers(url: str, keys: Sequence[str]) -> list[httpx.Response]:
    """``GET /companies/{key}`` on ``url`` for every key."""
    with httpx.Client(base_url=url, timeout=10) as client:
        return [client.get(f"/companies/{key}") for key in keys]


def wait_until_served(url: str, keys: Sequence[str], timeout_s: float) -> bool:
    """Poll until every key answers 200 on ``url``; False when ``timeout_s`` passed first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if all(response.status_code == HTTP_OK for response in answers(url, keys)):
                return True
        except httpx.TransportError:
            pass  # the web API is not up yet
        time.sleep(POLL_S)
    return False


def watch_takeover(survivor_url: str, keys: Sequence[str], kill: Callable[[], None], timeout_s: float) -> Takeover:
    """Call ``kill`` (the peer's kill -9), then poll the survivor until it answers every key."""
    result = Takeover()
    kill()
    killed_at = time.monotonic()
    while time.monotonic() - killed_at < timeout_s:
        responses = answers(survivor_url, keys)
        for response in responses:
            result.statuses[response.status_code] += 1
            if response.status_code == HTTP_UNAVAILABLE:
                is_json = response.headers.get("Content-Type", "").startswith("application/json")
                if "Retry-After" not in response.headers or not is_json:
                    result.bad_503s += 1
                else:
                    result.reasons.add(str(response.json().get("error")))
        if all(response.status_code == HTTP_OK for response in responses):
            result.seconds = time.monotonic() - killed_at
            return result
        time.sleep(POLL_S)
    return result
