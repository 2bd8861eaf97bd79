"""Builds the Faust app from settings: topics, the agent, /metrics and /ready.

The wiring stays thin: decode, batch, hand the batch to the pipeline off the
event loop, publish, and only then let Faust commit the offsets.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Sequence
from typing import Any, TypeVar, cast

import faust
from faust import web
from faust.sensors.prometheus import setup_prometheus_sensors

from service import metrics
from service.events import SourcePosition
from service.isolation import BatchOutput, IsolatedPipeline, Item, Result
from service.kafka import broker_credentials
from service.publish import AckedPublisher, Publisher, TransactionalPublisher
from service.settings import Settings
from service.topics import largest_event_bytes

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Below this many articles a batch is not split: halves would cost nlp.pipe more
# than publishing overlaps.
OVERLAP_MIN_BATCH = 8


def record_result_metrics(result: Result, message_timestamp: float | None) -> None:
    if result.rejected:
        metrics.ARTICLES_REJECTED.labels(reason=result.rejected).inc()
        return
    metrics.ARTICLES_ENRICHED.inc()
    if result.item_counts:
        for kind, count in zip(("entities", "quotes", "dates"), result.item_counts, strict=True):
            metrics.ITEMS_PER_ARTICLE.labels(kind=kind).observe(count)
    if message_timestamp:
        metrics.END_TO_END_LAG.observe(max(0.0, time.time() - message_timestamp))


def as_item(event: faust.EventT[bytes]) -> Item:
    message = event.message
    received = dt.datetime.fromtimestamp(message.timestamp, dt.UTC) if message.timestamp else None
    return Item(
        payload=message.value or b"",
        source=SourcePosition(
            topic=message.topic, partition=message.partition, offset=message.offset
        ),
        received_at=received,
    )


def split_for_overlap(events: Sequence[T]) -> list[Sequence[T]]:
    """Two halves of a full batch; a small one (light load, latency first) stays whole."""
    if len(events) < OVERLAP_MIN_BATCH:
        return [events]
    middle = len(events) // 2
    return [events[:middle], events[middle:]]


def commit_settings(settings: Settings) -> dict[str, Any]:
    """How often Faust commits acknowledged offsets.

    In exactly-once mode each transaction commits its partition's offset; a
    periodic Faust commit could land after a newer transaction and move the
    offset back, so Faust then commits only on rebalance and shutdown, when no
    transaction is in flight.
    """
    if settings.processing_guarantee == "exactly_once":
        return {"broker_commit_every": 2**31 - 1, "broker_commit_interval": 10**9}
    return {"broker_commit_every": 100, "broker_commit_interval": 1.0}


def create_app(settings: Settings, pipeline: IsolatedPipeline) -> faust.App:
    """A Faust app wired to a pipeline whose model is already loaded."""
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{host.strip()}" for host in settings.kafka_bootstrap_servers.split(",")],
        broker_credentials=broker_credentials(settings),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        datadir=settings.data_dir,
        producer_acks=-1,
        producer_max_request_size=largest_event_bytes(settings),
        consumer_auto_offset_reset="earliest",
        **commit_settings(settings),
    )
    setup_prometheus_sensors(app, name_prefix="faust")
    metrics.initialise_labels()

    raw_topic = app.topic(
        settings.topic_raw,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )
    publisher: Publisher = (
        TransactionalPublisher(settings)
        if settings.processing_guarantee == "exactly_once"
        else AckedPublisher(app, settings)
    )

    @app.on_before_shutdown.connect
    async def close_publisher(*_: Any, **__: Any) -> None:
        await publisher.close()

    async def process_batch(events: Sequence[faust.EventT[bytes]]) -> None:
        """Enrich and publish a batch, in halves that overlap.

        Both halves are queued to the child at once, so it enriches the second
        while the first is being published instead of waiting on the broker.
        Faust acknowledges the batch only after this returns, so the guarantees
        are those of one batch.
        """
        metrics.ARTICLES_CONSUMED.inc(len(events))
        metrics.BATCH_SIZE.observe(len(events))
        parts = split_for_overlap(events)
        outputs = [
            asyncio.ensure_future(pipeline.process([as_item(event) for event in part]))
            for part in parts
        ]
        try:
            for part, output in zip(parts, outputs, strict=True):
                await publish_part(part, await output)
        finally:
            for output in outputs:
                output.cancel()

    async def publish_part(events: Sequence[faust.EventT[bytes]], output: BatchOutput) -> None:
        for stage, seconds in output.stage_seconds:
            metrics.STAGE_SECONDS.labels(stage=stage).observe(seconds)
        started = time.perf_counter()
        await publisher.publish(list(zip(events, output.results, strict=True)))
        metrics.STAGE_SECONDS.labels(stage="publish").observe(time.perf_counter() - started)
        for event, result in zip(events, output.results, strict=True):
            record_result_metrics(result, event.message.timestamp)

    @app.agent(raw_topic)
    async def enrich(stream: faust.StreamT[bytes]) -> None:
        """Offsets of a batch are acknowledged only after all its events are on the broker."""
        # take_events exists on every Stream but is missing from Faust's StreamT interface.
        async for events in cast(faust.Stream[bytes], stream).take_events(
            settings.batch_size, within=settings.batch_timeout_seconds
        ):
            await process_batch(events)

    def is_ready() -> bool:
        """The model is loaded before the app exists; so ready means input partitions assigned."""
        assigned = app.consumer.assignment()
        return any(tp.topic == settings.topic_raw for tp in assigned) and not app.rebalancing

    metrics.READY.set_function(lambda: 1.0 if is_ready() else 0.0)

    @app.page("/ready")
    async def ready(self: web.View, request: web.Request) -> web.Response:
        if is_ready():
            return self.text("ready\n")
        return self.text("not ready\n", status=503)

    return app
