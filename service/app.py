"""Builds the Faust app from settings: topics, the agent, /metrics and /ready.

The wiring stays thin: decode, batch, hand the batch to the pipeline off the
event loop, publish, and only then let Faust commit the offsets.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Awaitable, Sequence
from typing import Any, cast

import faust
from faust import web
from faust.sensors.prometheus import setup_prometheus_sensors

from service import metrics
from service.events import EnrichedArticle, RejectedArticle, SourcePosition, _Event
from service.ingest import Rejection
from service.nlp import load_pipeline
from service.pipeline import Limits, Pipeline, item_events
from service.settings import Settings
from service.topics import largest_event_bytes

logger = logging.getLogger(__name__)


def broker_credentials(settings: Settings) -> Any:
    """Faust credentials for the configured security protocol, or None for plaintext."""
    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    context = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if protocol == "SSL":
        return faust.SSLCredentials(context)
    password = (
        settings.kafka_sasl_password.get_secret_value() if settings.kafka_sasl_password else ""
    )
    return faust.SASLCredentials(
        username=settings.kafka_sasl_username,
        password=password,
        ssl_context=context if protocol == "SASL_SSL" else None,
        mechanism=settings.kafka_sasl_mechanism,
    )


def bytes_topic(app: faust.App, name: str) -> faust.TopicT:
    """Keys and values pass through as bytes: we serialize with pydantic ourselves."""
    return app.topic(
        name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )


class Publisher:
    """Sends events to the output topics and waits until the broker has them."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.topics: dict[str, faust.TopicT] = {
            "enriched": bytes_topic(app, settings.topic_enriched),
            "entities": bytes_topic(app, settings.topic_entities),
            "quotes": bytes_topic(app, settings.topic_quotes),
            "dates": bytes_topic(app, settings.topic_dates),
            "rejected": bytes_topic(app, settings.topic_rejected),
        }

    async def _send(self, role: str, key: str | None, event: _Event) -> Awaitable[Any]:
        metrics.EVENTS_PUBLISHED.labels(topic=role).inc()
        return await self.topics[role].send(
            key=key.encode() if key else None,
            value=event.model_dump_json().encode(),
            force=True,
        )

    async def article(self, article: EnrichedArticle) -> list[Awaitable[Any]]:
        key = article.article_id
        entities, quotes, dates = item_events(article)
        pending = [await self._send("enriched", key, article)]
        pending += [await self._send("entities", key, event) for event in entities]
        pending += [await self._send("quotes", key, event) for event in quotes]
        pending += [await self._send("dates", key, event) for event in dates]
        return pending

    async def rejection(self, record: RejectedArticle) -> Awaitable[Any]:
        metrics.ARTICLES_REJECTED.labels(reason=record.reason).inc()
        return await self._send("rejected", record.article_id, record)


def record_outcome_metrics(article: EnrichedArticle, message_timestamp: float | None) -> None:
    metrics.ARTICLES_ENRICHED.inc()
    metrics.ITEMS_PER_ARTICLE.labels(kind="entities").observe(len(article.entities))
    metrics.ITEMS_PER_ARTICLE.labels(kind="quotes").observe(len(article.quotes))
    metrics.ITEMS_PER_ARTICLE.labels(kind="dates").observe(len(article.dates))
    if message_timestamp:
        metrics.END_TO_END_LAG.observe(max(0.0, time.time() - message_timestamp))


def create_app(settings: Settings) -> faust.App:
    """A Faust app wired to the pipeline; the model is loaded here, before any consuming."""
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
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )
    setup_prometheus_sensors(app, name_prefix="faust")
    metrics.initialise_labels()

    pipeline = Pipeline(
        load_pipeline(settings.spacy_model),
        limits=Limits(settings.max_message_bytes, settings.max_text_chars),
        batch_size=settings.batch_size,
    )
    raw_topic = bytes_topic(app, settings.topic_raw)
    publisher = Publisher(app, settings)

    async def process_batch(events: Sequence[faust.EventT[bytes]]) -> None:
        payloads = [event.message.value or b"" for event in events]
        metrics.ARTICLES_CONSUMED.inc(len(payloads))
        metrics.BATCH_SIZE.observe(len(payloads))
        result = await asyncio.get_running_loop().run_in_executor(None, pipeline.process, payloads)
        for stage, seconds in result.stage_seconds:
            metrics.STAGE_SECONDS.labels(stage=stage).observe(seconds)
        started = time.perf_counter()
        pending: list[Awaitable[Any]] = []
        for event, payload, outcome in zip(events, payloads, result.outcomes, strict=True):
            message = event.message
            if isinstance(outcome, Rejection):
                source = SourcePosition(
                    topic=message.topic, partition=message.partition, offset=message.offset
                )
                record = pipeline.rejected_record(payload, outcome, source)
                pending.append(await publisher.rejection(record))
            else:
                pending += await publisher.article(outcome)
                record_outcome_metrics(outcome, message.timestamp)
        await asyncio.gather(*pending)
        metrics.STAGE_SECONDS.labels(stage="publish").observe(time.perf_counter() - started)

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
