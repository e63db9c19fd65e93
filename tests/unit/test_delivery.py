"""``streams.runtime.delivery``: acks wait for deliveries and keep arrival order; refusals end the worker."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from streams.runtime import delivery
from streams.runtime.delivery import AckOnDelivery


class Crashed(Exception):
    """Raised instead of ending the test process."""


class RecordingStream:
    """The part of a Faust stream AckOnDelivery uses: its ``enable_acks`` switch and ``ack``."""

    def __init__(self) -> None:
        self.enable_acks = True
        self.acked: list[int] = []

    async def ack(self, event: Any) -> bool:
        self.acked.append(event.message.offset)
        return True


def event(offset: int) -> Any:
    return SimpleNamespace(message=SimpleNamespace(offset=offset))


async def turns(n: int = 3) -> None:
    """Let callbacks and the acknowledging tasks run."""
    for _ in range(n):
        await asyncio.sleep(0)


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def crash(exc: BaseException, *, agent: str) -> None:
        seen.append(f"{agent}: {exc}")
        raise Crashed(agent)

    monkeypatch.setattr(delivery, "crash_worker", crash)
    return seen


class TestAckOnDelivery:
    async def test_takes_acknowledgement_over_from_the_stream(self) -> None:
        stream = RecordingStream()
        AckOnDelivery(stream)  # type: ignore[arg-type]
        assert stream.enable_acks is False

    async def test_an_event_is_acknowledged_only_once_its_deliveries_are_done(self) -> None:
        loop = asyncio.get_running_loop()
        stream = RecordingStream()
        acks = AckOnDelivery(stream)  # type: ignore[arg-type]
        first, second = loop.create_future(), loop.create_future()
        acks.track([event(0)], [first, second])
        first.set_result(None)
        await turns()
        assert (stream.acked, acks.waiting) == ([], 1)
        second.set_result(None)
        await turns()
        assert (stream.acked, acks.waiting) == ([0], 0)

    async def test_a_later_event_delivered_first_waits_for_the_earlier_one(self) -> None:
        loop = asyncio.get_running_loop()
        stream = RecordingStream()
        acks = AckOnDelivery(stream)  # type: ignore[arg-type]
        slow, quick = loop.create_future(), loop.create_future()
        acks.track([event(7)], [slow])
        acks.track([event(8)], [quick])
        acks.track([event(9)], [])  # e.g. a dead-lettered update: nothing of its own to wait for
        quick.set_result(None)
        await turns()
        assert stream.acked == []
        slow.set_result(None)
        await turns()
        assert stream.acked == [7, 8, 9]

    async def test_a_batch_is_acknowledged_whole_in_order_once_its_deliveries_are_done(self) -> None:
        loop = asyncio.get_running_loop()
        stream = RecordingStream()
        acks = AckOnDelivery(stream)  # type: ignore[arg-type]
        rows = [loop.create_future(), loop.create_future()]
        acks.track([event(4), event(5), event(6)], rows)
        rows[1].set_result(None)
        await turns()
        assert (stream.acked, acks.waiting) == ([], 3)
        rows[0].set_result(None)
        await turns()
        assert (stream.acked, acks.waiting) == ([4, 5, 6], 0)

    async def test_an_event_with_nothing_to_wait_for_is_acknowledged_at_once(self) -> None:
        stream = RecordingStream()
        AckOnDelivery(stream).track([event(3)], [])  # type: ignore[arg-type]
        await turns()
        assert stream.acked == [3]

    async def test_a_failed_delivery_ends_the_worker_and_acknowledges_nothing_from_there(
        self, crashes: list[str]
    ) -> None:
        loop = asyncio.get_running_loop()
        stream = RecordingStream()
        acks = AckOnDelivery(stream)  # type: ignore[arg-type]
        refused, later = loop.create_future(), loop.create_future()
        acks.track([event(0)], [refused])
        acks.track([event(1)], [later])
        later.set_result(None)
        refused.set_exception(ConnectionError("changelog refused"))
        await turns()
        assert set(crashes) == {"delivery: changelog refused"}  # the real crash ends the process at the first
        assert stream.acked == []

    async def test_a_cancelled_delivery_is_never_acknowledged(self, crashes: list[str]) -> None:
        """The producer is stopping: the event stays unacknowledged (processed again on restart), no crash."""
        loop = asyncio.get_running_loop()
        stream = RecordingStream()
        acks = AckOnDelivery(stream)  # type: ignore[arg-type]
        cancelled = loop.create_future()
        acks.track([event(0)], [cancelled])
        cancelled.cancel()
        await turns()
        assert (stream.acked, acks.waiting, crashes) == ([], 1, [])


class TestSend:
    def topic(self, answer: asyncio.Future, sent: list[tuple]) -> Any:
        async def client_send(*args: Any, **kwargs: Any) -> asyncio.Future:
            sent.append((args, kwargs))
            return answer

        app = SimpleNamespace(producer=SimpleNamespace(send=client_send))
        return SimpleNamespace(app=app, get_topic_name=lambda: "p.events")

    async def test_hands_the_record_to_the_client_and_returns_its_delivery(self) -> None:
        answer: asyncio.Future = asyncio.get_running_loop().create_future()
        sent: list[tuple] = []
        result = await delivery.send(self.topic(answer, sent), key=b"k", value=b"v")
        assert result is answer
        assert sent == [(("p.events", b"k", b"v"), {"partition": None, "timestamp": None, "headers": None})]

    async def test_a_refused_delivery_ends_the_worker(self, crashes: list[str]) -> None:
        answer: asyncio.Future = asyncio.get_running_loop().create_future()
        await delivery.send(self.topic(answer, []), key=None, value=b"v")
        answer.set_exception(ConnectionError("message too large"))
        await turns()
        assert crashes == ["producer: message too large"]
