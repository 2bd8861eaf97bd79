"""Publishing a batch's events: acknowledged (at least once) or transactional (exactly once).

Either way, a batch's input offsets are acknowledged to Faust only after
`publish` returns, so Faust never commits past an article whose events are
not safely on the broker.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, defaultdict
from collections.abc import Awaitable, Sequence
from typing import Any, Protocol

import faust
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import ProducerFenced

from service import metrics
from service.isolation import Result
from service.kafka import client_options
from service.settings import Settings
from service.topics import largest_event_bytes

logger = logging.getLogger(__name__)

Published = tuple[faust.EventT[bytes], Result]


def topic_names(settings: Settings) -> dict[str, str]:
    """Topic role -> topic name."""
    return {
        "enriched": settings.topic_enriched,
        "entities": settings.topic_entities,
        "quotes": settings.topic_quotes,
        "dates": settings.topic_dates,
        "rejected": settings.topic_rejected,
    }


def count_published(batch: Sequence[Published]) -> None:
    """One metric update per topic and batch, once the events are on the broker."""
    roles = Counter(role for _, result in batch for role, _ in result.messages)
    for role, count in roles.items():
        metrics.EVENTS_PUBLISHED.labels(topic=role).inc(count)


class Publisher(Protocol):
    async def publish(self, batch: Sequence[Published]) -> None: ...

    async def close(self) -> None: ...


class AckedPublisher:
    """Sends through Faust's producer (acks=all) and waits for every acknowledgement."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.topics = {
            role: app.topic(
                name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
            )
            for role, name in topic_names(settings).items()
        }

    async def publish(self, batch: Sequence[Published]) -> None:
        pending: list[Awaitable[Any]] = []
        for _, result in batch:
            for role, value in result.messages:
                topic = self.topics[role]
                pending.append(await topic.send(key=result.key, value=value, force=True))
        await asyncio.gather(*pending)
        count_published(batch)

    async def close(self) -> None:
        """Faust's producer is flushed and stopped by Faust itself."""


class TransactionalPublisher:
    """One transaction per input partition: its events and its consumed offsets, atomically.

    Each input partition has its own transactional producer, with a stable
    transactional id, so a worker that takes a partition over fences the
    producer of the worker that had it (no zombie can commit after it).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.names = topic_names(settings)
        self.producers: dict[int, AIOKafkaProducer] = {}

    async def _producer(self, partition: int) -> AIOKafkaProducer:
        if partition not in self.producers:
            producer = AIOKafkaProducer(
                **client_options(self.settings),
                transactional_id=f"{self.settings.app_id}-{self.settings.topic_raw}-{partition}",
                enable_idempotence=True,
                acks="all",
                max_request_size=largest_event_bytes(self.settings),
            )
            await producer.start()
            self.producers[partition] = producer
        return self.producers[partition]

    async def publish(self, batch: Sequence[Published]) -> None:
        by_partition: dict[int, list[Published]] = defaultdict(list)
        for published in batch:
            by_partition[published[0].message.partition].append(published)
        for partition, part in by_partition.items():
            await self._publish_partition(partition, part)

    async def _publish_partition(self, partition: int, part: list[Published]) -> None:
        producer = await self._producer(partition)
        last = max(event.message.offset for event, _ in part)
        offsets = {TopicPartition(self.settings.topic_raw, partition): last + 1}
        try:
            async with producer.transaction():
                for _, result in part:
                    for role, value in result.messages:
                        await producer.send(self.names[role], value=value, key=result.key)
                await producer.send_offsets_to_transaction(offsets, self.settings.app_id)
            count_published(part)
        except ProducerFenced:
            # Another worker owns this partition now and will redo this work.
            logger.warning("producer for partition %d fenced; dropping its batch", partition)
            await self._discard(partition)

    async def _discard(self, partition: int) -> None:
        producer = self.producers.pop(partition, None)
        if producer is not None:
            await producer.stop()

    async def close(self) -> None:
        for partition in list(self.producers):
            await self._discard(partition)
