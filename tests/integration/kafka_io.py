"""Small aiokafka helpers for tests: produce raw messages, read a topic back."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition


@dataclass(frozen=True)
class Topics:
    raw: str
    enriched: str
    entities: str
    quotes: str
    dates: str
    rejected: str

    @classmethod
    def with_prefix(cls, prefix: str) -> Topics:
        return cls(*(f"{prefix}.articles.{role}" for role in cls.roles()))

    @staticmethod
    def roles() -> tuple[str, ...]:
        return ("raw", "enriched", "entities", "quotes", "dates", "rejected")

    def as_env(self) -> dict[str, str]:
        return {f"TOPIC_{role.upper()}": getattr(self, role) for role in self.roles()}


def produce(bootstrap: str, topic: str, values: Sequence[bytes]) -> None:
    async def run() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=25_000_000)
        await producer.start()
        try:
            pending = [await producer.send(topic, value) for value in values]
            await asyncio.gather(*pending)
        finally:
            await producer.stop()

    asyncio.run(run())


def read_values(
    bootstrap: str,
    topic: str,
    *,
    until: Callable[[list[bytes]], bool],
    timeout: float = 120,
) -> list[bytes]:
    """Every message value on the topic from the beginning, until `until` holds or time is up."""

    async def run() -> list[bytes]:
        # read_committed: what a downstream consumer sees (aborted transactions left out).
        consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            enable_auto_commit=False,
            fetch_max_bytes=50_000_000,
            isolation_level="read_committed",
        )
        await consumer.start()
        values: list[bytes] = []
        try:
            deadline = time.monotonic() + timeout
            partitions: list[TopicPartition] = []
            while not partitions and time.monotonic() < deadline:
                await consumer._client.force_metadata_update()
                partitions = [
                    TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()
                ]
                if not partitions:
                    await asyncio.sleep(0.5)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            while time.monotonic() < deadline and not until(values):
                batches = await consumer.getmany(timeout_ms=500)
                for records in batches.values():
                    values += [r.value for r in records]
        finally:
            await consumer.stop()
        return values

    return asyncio.run(run())


def read_json(
    bootstrap: str,
    topic: str,
    *,
    until: Callable[[list[dict[str, Any]]], bool],
    timeout: float = 120,
) -> list[dict[str, Any]]:
    """Every event on the topic from the beginning, parsed, until `until` holds or time is up."""
    values = read_values(
        bootstrap, topic, until=lambda vs: until([json.loads(v) for v in vs]), timeout=timeout
    )
    return [json.loads(v) for v in values]
