"""The broker check's two deadlines, and the worker's own age that the first one subtracts (no broker needed)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from streams.clients.probe import BrokerConnectionError, check_broker
from streams.local.broker.local import free_port


@pytest.fixture
def silent_listener() -> Iterator[str]:
    """A port that accepts TCP connections (the kernel's backlog) and never answers a byte."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield f"127.0.0.1:{server.getsockname()[1]}"


class TestSecondsSinceStart:
    """The worker measures its own start-up from /proc, not from when its code began to run."""

    def test_counts_the_time_before_the_call(self) -> None:
        """A child that sleeps 1 s first reports at least 1 s, and no more than its parent saw it live."""
        code = "import time; time.sleep(1.0); from streams.cli.worker import seconds_since_start as s; print(s())"
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        lived = time.monotonic() - started
        assert 1.0 <= float(out) <= lived


class TestCheckBroker:
    """Reaching the broker is bounded by what is left of the budget; a broker that accepted gets its own."""

    def test_refused_after_the_budget_was_spent_names_the_address_and_the_age(self) -> None:
        """With the whole budget spent before the call, one attempt is made and the error says since when."""
        address = f"127.0.0.1:{free_port()}"
        with pytest.raises(BrokerConnectionError) as caught:
            check_broker(address, timeout_s=3.0, retry=True, hint="set DEALWATCH_KAFKA", spent_s=30.0)
        assert re.fullmatch(
            rf"cannot reach the Kafka broker at {re.escape(address)} "
            r"\(connection refused until 3\d s after start; set DEALWATCH_KAFKA\)",
            str(caught.value),
        ), str(caught.value)

    def test_a_broker_that_accepted_is_judged_on_its_answer_not_on_the_spent_budget(self, silent_listener: str) -> None:
        """Connected with no budget left to reach it: the failure is the missing answer, not 'cannot reach'."""
        with pytest.raises(BrokerConnectionError) as caught:
            check_broker(silent_listener, timeout_s=1.0, retry=True, spent_s=30.0)
        assert str(caught.value).startswith(
            f"the Kafka broker at {silent_listener} accepted a connection but answered no metadata request"
        ), str(caught.value)

    def test_refused_without_retry_says_nothing_about_time(self) -> None:
        """A command typed by hand fails at once; its message is unchanged by the worker's accounting."""
        address = f"127.0.0.1:{free_port()}"
        with pytest.raises(BrokerConnectionError) as caught:
            check_broker(address, timeout_s=3.0)
        assert str(caught.value) == (
            f"cannot reach the Kafka broker at {address} (connection refused; set DEALWATCH_KAFKA or use --bootstrap)"
        )
