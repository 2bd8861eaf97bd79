"""The service's topics, created before any client uses them.

Created up front rather than on first use: a consumer that subscribes to a
topic that does not exist yet sits idle until its next metadata refresh, and
a topic auto-created by a producer gets the broker's defaults, not ours.
"""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from service.kafka import client_options
from service.pipeline import event_size_limit
from service.settings import Settings

logger = logging.getLogger(__name__)

TOPIC_ALREADY_EXISTS = 36


def largest_event_bytes(settings: Settings) -> int:
    return event_size_limit(settings.max_message_bytes)


def topic_configs(settings: Settings) -> dict[str, dict[str, str]]:
    """Topic name -> its Kafka topic configuration."""
    plain = {"max.message.bytes": str(largest_event_bytes(settings))}
    rejected = {**plain, "retention.ms": str(settings.rejected_retention_ms)}
    return {
        # The input keeps the broker's limit: a message over MAX_MESSAGE_BYTES must still
        # reach the worker, to be rejected with a record rather than refused unseen.
        settings.topic_raw: {},
        settings.topic_enriched: plain,
        settings.topic_entities: plain,
        settings.topic_quotes: plain,
        settings.topic_dates: plain,
        settings.topic_rejected: rejected,
    }


async def ensure_topics(settings: Settings) -> list[str]:
    """Create whichever of the service's topics are missing; returns the names created."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
                topic_configs=config,
            )
            for name, config in topic_configs(settings).items()
            if name not in existing
        ]
        if missing:
            response = await admin.create_topics(missing)
            _raise_on_errors(response.topic_errors)
    finally:
        await admin.close()
    created = [topic.name for topic in missing]
    if created:
        logger.info("created topics %s", ", ".join(created))
    return created


def _raise_on_errors(topic_errors: list[tuple[str, int, str | None]]) -> None:
    """A topic another worker created meanwhile is fine; any other error is not."""
    failed = [(n, c, m) for n, c, m in topic_errors if c not in (0, TOPIC_ALREADY_EXISTS)]
    if failed:
        raise RuntimeError(f"could not create topics: {failed}")
