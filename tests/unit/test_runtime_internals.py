"""The Faust and aiokafka internals that ``streams.runtime`` relies on are still where it expects them.

Each test names the runtime module that touches the internal. An upgrade of faust-streaming or
aiokafka that moves one fails here, before a worker silently loses the behaviour it gave us.
``tests/integration/test_fetch_wait.py`` also checks, on the real broker, the value the fetcher uses.
"""

from __future__ import annotations

import inspect
import weakref

import faust
import faust.streams
import faust.tables.base
from faust.stores import rocksdb
from faust.transport.drivers import aiokafka as faust_aiokafka


class _Event:
    """Anything weakly referenceable stands for the event."""


class TestFaustInternals:
    """What ``streams.runtime`` overrides or sets inside Faust."""

    def test_table_writes_go_through_send_changelog(self):
        """``ChangelogTable`` (runtime/table.py) overrides ``send_changelog``, which every write calls."""
        parameters = inspect.signature(faust.Table.send_changelog).parameters
        assert list(parameters)[:4] == ["self", "partition", "key", "value"]
        assert "self.send_changelog(" in inspect.getsource(faust.tables.base.Collection)

    def test_streams_can_leave_acknowledgement_to_the_agent(self):
        """``AckOnDelivery`` (runtime/delivery.py) sets ``stream.enable_acks = False`` and calls ``stream.ack``."""
        assert "enable_acks" in inspect.signature(faust.Stream.__init__).parameters
        assert "do_ack = self.enable_acks" in inspect.getsource(faust.Stream)  # read per event in __aiter__
        assert inspect.iscoroutinefunction(faust.Stream.ack)

    def test_tables_route_by_the_current_event_context_variable(self):
        """``ChangelogTable.read``/``write`` (runtime/table.py) set ``faust.streams._current_event`` to a weak ref."""
        event = _Event()
        token = faust.streams._current_event.set(weakref.ref(event))
        try:
            assert faust.streams.current_event() is event
        finally:
            faust.streams._current_event.reset(token)
        assert "current_event()" in inspect.getsource(faust.tables.base.Collection.partition_for_key)
        assert "current_event()" in inspect.getsource(rocksdb.Store._set)

    def test_an_agent_stream_reads_a_channel_that_says_when_it_is_empty(self):
        """``ready_batches`` (runtime/batching.py) ends a batch when ``stream.channel.empty()``."""
        assert "chan_queue_empty = chan_queue.empty" in inspect.getsource(faust.Stream)
        assert callable(faust.Channel.empty)

    def test_the_driver_producer_send_takes_raw_records(self):
        """``send`` (runtime/delivery.py) hands raw bytes to the driver producer's ``send``."""
        parameters = list(inspect.signature(faust_aiokafka.Producer.send).parameters)
        assert parameters[:7] == ["self", "topic", "key", "value", "partition", "timestamp", "headers"]


class TestAiokafkaInternals:
    """What ``bound_fetch_wait`` (runtime/fetch_wait.py) overrides in Faust's aiokafka driver."""

    def test_the_consumer_thread_builds_the_worker_consumer(self):
        """The two factory methods it overrides still exist."""
        assert callable(faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer)
        assert callable(faust_aiokafka.Consumer._new_consumer_thread)

    def test_faust_still_hard_codes_the_fetch_wait(self):
        """The override is needed only while Faust passes a constant; this fails when it becomes a setting."""
        source = inspect.getsource(faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer)
        assert "fetch_max_wait_ms=1500" in source


class TestSkippedRecordsGuard:
    """What ``guard_skipped_records`` (runtime/skipped_records.py) overrides in Faust's consumer."""

    def test_skipped_offsets_still_become_committable_in_add_gap(self):
        """The fetch loop still hands a jump in offsets to ``_add_gap``, which still marks them as processed."""
        from faust.transport.consumer import Consumer  # noqa: PLC0415

        loop = inspect.getsource(Consumer._drain_messages)
        assert "await self._add_gap(tp, r_offset + 1, offset)" in loop
        assert "gap_for_tp.addi(offset_from, offset_to + 1)" in inspect.getsource(Consumer._add_gap)

    def test_commits_are_computed_from_the_acknowledged_offsets(self):
        """``_new_offset`` still reads ``_acked`` (a list the guard filters) and still checks the first gap one off."""
        from faust.transport.consumer import Consumer  # noqa: PLC0415

        source = inspect.getsource(Consumer._new_offset)
        assert "acked = self._acked[tp]" in source
        assert "if min(acked) - committed_offset > 1:" in source  # why a one-record hole got through
        assert "acked_index.add(offset)" in inspect.getsource(Consumer.ack)
        assert "self._set_active_tps(assigned)" in inspect.getsource(Consumer.on_partitions_assigned)

    def test_a_partition_with_no_commit_is_not_sought_back(self):
        """Faust re-reads dropped records by seeking to the committed offsets; aiokafka skips a partition with none.

        ``getmany`` drops a batch fetched while the flow is stopped and relies on ``perform_seek``, which
        relies on aiokafka's ``seek_to_committed``: the guard's ``seek_to_committed`` covers the partitions
        that call leaves where they are. When aiokafka seeks every partition, the override can go.
        """
        from aiokafka import AIOKafkaConsumer  # noqa: PLC0415
        from faust.transport.consumer import Consumer  # noqa: PLC0415

        assert "if offset and offset > 0:" in inspect.getsource(AIOKafkaConsumer.seek_to_committed)
        assert "await self.perform_seek()" in inspect.getsource(Consumer.getmany)  # the flow-stopped drop
        assert "await self.seek_to_committed()" in inspect.getsource(Consumer.perform_seek)

    def test_a_rebalance_can_be_asked_of_the_consumer_thread(self):
        """A hole left unread makes the guard ask aiokafka's coordinator to rejoin, from the consumer thread.

        The rebalance that follows cuts the batch being delivered short at the generation change and seeks
        to the committed offsets, after table recovery.
        """
        from aiokafka.consumer.group_coordinator import GroupCoordinator  # noqa: PLC0415
        from faust.tables.recovery import Recovery  # noqa: PLC0415
        from faust.transport.consumer import Consumer, ThreadDelegateConsumer  # noqa: PLC0415

        assert "self._rejoin_needed_fut.set_result(None)" in inspect.getsource(GroupCoordinator.request_rejoin)
        assert "self._thread = self._new_consumer_thread()" in inspect.getsource(ThreadDelegateConsumer.__init__)
        assert inspect.iscoroutinefunction(faust_aiokafka.AIOKafkaConsumerThread.call_thread)
        assert "._coordinator" in inspect.getsource(faust_aiokafka.AIOKafkaConsumerThread)
        assert callable(faust_aiokafka.AIOKafkaConsumerThread._ensure_consumer)
        assert "if new_generation_id != generation_id:" in inspect.getsource(Consumer.getmany)
        assert "consumer.perform_seek()" in inspect.getsource(Recovery)


class TestStoreProbe:
    """What ``rocksdb_available`` (runtime/store.py) reads in Faust's RocksDB store module."""

    def test_the_store_module_keeps_its_optional_bindings(self):
        """Both optional bindings are module attributes (None when missing); rocksdict is installed here."""
        assert hasattr(rocksdb, "rocksdb")
        assert rocksdb.rocksdict is not None

    def test_the_store_keeps_a_database_per_partition(self):
        """``store_memory`` reads ``Store._dbs`` (partition -> open database); rocksdict reads properties as ints."""
        assert "self._dbs = {}" in inspect.getsource(rocksdb.Store.__init__)
        assert "self._dbs[partition]" in inspect.getsource(rocksdb.Store._db_for_partition)
        assert hasattr(rocksdb.rocksdict.Rdict, "property_int_value")
