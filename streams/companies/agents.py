"""The apply agent: per-company updates -> the ``companies`` table and alerts, a batch at a time.

The extract agent (:mod:`streams.news.agents`) sends each event's per-company updates to
``{prefix}.company-updates``, keyed by company (:func:`streams.companies.fanout.company_key`). That
topic is co-partitioned with the ``companies`` table, so one worker owns each company and applies
its updates in order. ``apply`` takes the updates that arrive within a short linger
(:func:`streams.runtime.batching.ready_batches`, ``DEALWATCH_APPLY_BATCH_LINGER_MS``) and folds them, in
arrival order, with :class:`streams.companies.apply_batch.BatchApplier`: a company's row is written once per
batch, however many of the batch's updates it had (one changelog record per changed company per batch
instead of one per update), and kept parsed for its next batch until the next rebalance
(:mod:`streams.companies.state_cache`).

No alert may be lost after a crash, so the batch's alerts are sent and acknowledged by the broker
*before* any state of the batch is written (which records the events as applied). The batch's updates
are acknowledged (so their offsets can be committed) only once every changelog record of the batch is
delivered (:class:`streams.runtime.delivery.AckOnDelivery`), while the agent goes on with the next batch
instead of waiting a broker round trip for them (docs/delivery-semantics.md).
"""

from __future__ import annotations

import faust

from streams.companies.apply_batch import BatchApplier
from streams.companies.recent import RecentAlerts
from streams.companies.rules import AlertRules
from streams.companies.state_cache import StateCache
from streams.runtime.batching import ready_batches
from streams.runtime.delivery import AckOnDelivery
from streams.runtime.table import ChangelogTable
from streams.topics import PipelineTopics


def register_company_agents(
    app: faust.App,
    topics: PipelineTopics,
    companies: ChangelogTable,
    rules: AlertRules,
    recent: RecentAlerts,
    *,
    max_record_bytes: int,
    state_cache_size: int,
    state_cache_mb: int,
    batch_max: int,
    batch_linger_s: float,
) -> None:
    """Add the ``apply`` agent to ``app``; no alert or state it writes is over ``max_record_bytes``.

    It folds at most ``batch_max`` updates per batch, waiting up to ``batch_linger_s`` for them, and keeps
    the states it writes parsed for ``state_cache_size`` companies within ``state_cache_mb`` MiB.
    """
    # Faust: ``rebalancing`` and ``rebalancing_count`` are set by App.on_rebalance_start / on_rebalance_end.
    cache = StateCache(
        state_cache_size, lambda: None if app.rebalancing else app.rebalancing_count, max_mb=state_cache_mb
    )
    applier = BatchApplier(topics, companies, rules, recent, cache, max_record_bytes)

    @app.agent(topics.company_updates, name="apply", concurrency=1)
    async def apply_company_updates(stream: faust.StreamT[bytes]) -> None:
        """Fold each batch of updates into its companies' states; send the alerts they raise."""
        acks = AckOnDelivery(stream)
        async for events in ready_batches(stream, batch_max, batch_linger_s):
            acks.track(events, await applier.apply_batch(events))
