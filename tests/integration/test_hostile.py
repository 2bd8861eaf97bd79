"""The hostile corpus through a real worker and a real broker: nothing lost, nothing doubled.

Every case is produced to the raw topic and must give exactly its expected
outcome: one record on the rejected topic (found by the case's own partition
and offset) with the expected reason, or one enriched event (found by article
id and URL), never both, never two. Storms (200,000 characters each) go one at
a time; through the full model a storm may be over the worker's time budget,
so for them a `timeout` rejection is also an exact outcome. A normal article
sent after all of them must still be enriched.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from service.events import EnrichedArticle
from service.ingest import parse_article
from tests.hostile.cases import (
    BY_NAME,
    CASES,
    MAX_MESSAGE_BYTES,
    MAX_TEXT_CHARS,
    Case,
    Processed,
    Rejected,
    given_text,
)
from tests.hostile.invariants import assert_sane
from tests.integration.conftest import WorkerProcess
from tests.integration.kafka_io import Topics, read_values

pytestmark = pytest.mark.integration

STORMS = [case for case in CASES if case.storm]
REGULAR = [case for case in CASES if not case.storm]
STORM_WAIT_SECONDS = 300.0  # a batch of one gets the 20 s budget, then a child restart
TIMESTAMP_MS = int(time.time()) * 1000  # one CreateTime for all: duplicates byte-identical

Position = tuple[int, int]  # partition, offset


@dataclass(frozen=True)
class Record:
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()
    key: bytes | None = None


def record_of(case: Case) -> Record:
    if case.value_none:
        # No value at all (null, not empty). aiokafka insists on a key or a value, so the
        # key is empty: a record of headers only, as far as a record can be.
        return Record(None, case.headers, key=b"")
    return Record(case.payload, case.headers)


def send(bootstrap: str, topic: str, records: Sequence[Record]) -> list[Position]:
    """Produce raw records (a None value is a record without a value); their positions."""

    async def run() -> list[Position]:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=25_000_000)
        await producer.start()
        try:
            pending = [
                await producer.send(
                    topic,
                    value=r.value,
                    key=r.key,
                    headers=list(r.headers),
                    timestamp_ms=TIMESTAMP_MS,
                )
                for r in records
            ]
            sent = await asyncio.gather(*pending)
        finally:
            await producer.stop()
        return [(meta.partition, meta.offset) for meta in sent]

    return asyncio.run(run())


def article_key(case: Case) -> tuple[str, str | None]:
    """(article_id, url) of the enriched event a case must give, by the service's own rules."""
    return _article_key(case.name)


@functools.cache
def _article_key(name: str) -> tuple[str, str | None]:
    article = parse_article(
        BY_NAME[name].payload, max_message_bytes=MAX_MESSAGE_BYTES, max_text_chars=MAX_TEXT_CHARS
    )
    return article.article_id, article.url


@dataclass
class Seen:
    """Everything on the output topics, indexed the two ways cases are found."""

    rejected: dict[Position, list[dict[str, Any]]]
    enriched: dict[tuple[str, str | None], list[bytes]]

    def outcomes(self, case: Case, position: Position) -> tuple[list[dict[str, Any]], list[bytes]]:
        """(rejection records at the case's position, enriched events with its key)."""
        rejections = self.rejected.get(position, [])
        if isinstance(case.expect, Rejected):
            return rejections, []
        return rejections, self.enriched.get(article_key(case), [])


def read_seen(
    bootstrap: str, topics: Topics, until: Callable[[Seen], bool], timeout: float
) -> Seen:
    """Both output topics from the beginning, until `until` holds or time is up."""
    seen = Seen({}, {})
    deadline = time.monotonic() + timeout

    def index_rejected(values: list[bytes]) -> bool:
        seen.rejected = defaultdict(list)
        for value in values:
            record = json.loads(value)
            source = record["source"]
            if source["topic"] == topics.raw:
                seen.rejected[(source["partition"], source["offset"])].append(record)
        return until(seen)

    def index_enriched(values: list[bytes]) -> bool:
        seen.enriched = defaultdict(list)
        for value in values:
            event = json.loads(value)
            seen.enriched[(event["article_id"], event["url"])].append(value)
        return until(seen)

    while True:
        read_values(bootstrap, topics.rejected, until=index_rejected, timeout=5)
        read_values(bootstrap, topics.enriched, until=index_enriched, timeout=5)
        if until(seen) or time.monotonic() > deadline:
            return seen


def has_outcome(case: Case, position: Position) -> Callable[[Seen], bool]:
    def holds(seen: Seen) -> bool:
        rejections, enriched = seen.outcomes(case, position)
        return bool(rejections or enriched)

    return holds


def all_have_outcomes(
    cases: Sequence[Case], positions: Sequence[Position]
) -> Callable[[Seen], bool]:
    def holds(seen: Seen) -> bool:
        return all(has_outcome(c, p)(seen) for c, p in zip(cases, positions, strict=True))

    return holds


@dataclass
class Run:
    positions: dict[str, Position]
    seen: Seen


@pytest.fixture(scope="module")
def run(worker: WorkerProcess, kafka_bootstrap: str, topics: Topics) -> Iterator[Run]:
    """The regular cases all at once, then the storms one by one, each until its outcome."""
    positions = dict(
        zip(
            (c.name for c in REGULAR),
            send(kafka_bootstrap, topics.raw, [record_of(c) for c in REGULAR]),
            strict=True,
        )
    )
    read_seen(
        kafka_bootstrap,
        topics,
        all_have_outcomes(REGULAR, [positions[c.name] for c in REGULAR]),
        timeout=180,
    )
    for storm in STORMS:
        [position] = send(kafka_bootstrap, topics.raw, [record_of(storm)])
        positions[storm.name] = position
        read_seen(kafka_bootstrap, topics, has_outcome(storm, position), STORM_WAIT_SECONDS)
    done = REGULAR + STORMS
    seen = read_seen(
        kafka_bootstrap, topics, all_have_outcomes(done, [positions[c.name] for c in done]), 30
    )
    yield Run(positions, seen)


def check_rejection(case: Case, record: dict[str, Any], reason: str, topics: Topics) -> None:
    assert record["reason"] == reason, f"{case.name}: {record['reason']}: {record['message']}"
    assert record["message"]
    assert record["source"]["topic"] == topics.raw
    assert record["payload_bytes"] == len(case.payload)
    if record["payload_encoding"] == "base64":
        kept = base64.b64decode(record["payload"])
    else:
        kept = record["payload"].encode("utf-8")
    if len(case.payload) > MAX_MESSAGE_BYTES:
        assert record["payload_truncated"] is True
        assert kept == case.payload[:MAX_MESSAGE_BYTES]
    else:
        assert record["payload_truncated"] is False
        assert kept == case.payload, f"{case.name}: the payload must be kept unchanged"


def check_enriched(case: Case, value: bytes) -> None:
    enriched = EnrichedArticle.model_validate_json(value)
    text = given_text(case)
    if text is not None:
        assert enriched.text == text
    assert_sane(enriched)
    assert isinstance(case.expect, Processed)
    case.expect.check(enriched)


def check_case(case: Case, position: Position, seen: Seen, topics: Topics) -> None:
    rejections, enriched = seen.outcomes(case, position)
    duplicated = case.duplicate_of or any(other.duplicate_of == case.name for other in CASES)
    copies = 2 if duplicated else 1  # the same bytes twice: two byte-identical events
    if isinstance(case.expect, Rejected):
        assert len(rejections) == 1, f"{case.name}: {len(rejections)} rejection records"
        check_rejection(case, rejections[0], case.expect.reason, topics)
    elif case.storm and rejections:
        # Over the time budget: the one other exact outcome a storm may have.
        assert not enriched and len(rejections) == 1, f"{case.name}: enriched and rejected"
        check_rejection(case, rejections[0], "timeout", topics)
    else:
        assert not rejections, f"{case.name}: rejected: {rejections[0]['message']}"
        assert len(enriched) == copies, f"{case.name}: {len(enriched)} enriched events"
        assert len(set(enriched)) == 1, f"{case.name}: duplicates that differ"
        check_enriched(case, enriched[0])


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in REGULAR + STORMS])
def test_case_gives_exactly_its_expected_outcome(run: Run, case: Case, topics: Topics) -> None:
    check_case(case, run.positions[case.name], run.seen, topics)


def test_nothing_else_came_out(run: Run) -> None:
    """No record for a position nobody sent, no event for an article nobody expects."""
    expected_keys = {article_key(c) for c in REGULAR + STORMS if isinstance(c.expect, Processed)}
    assert set(run.seen.rejected) <= set(run.positions.values())
    assert set(run.seen.enriched) <= expected_keys
    total = sum(len(v) for v in run.seen.enriched.values())
    rejected = sum(len(v) for v in run.seen.rejected.values())
    assert total + rejected == len(REGULAR + STORMS), "an input gave no outcome or two"


def test_a_normal_article_after_all_of_them_is_enriched(
    run: Run, kafka_bootstrap: str, topics: Topics
) -> None:
    normal = json.dumps(
        {"url": "https://hostile.example/after-all", "text": "Calm weather returned to Leeds."}
    ).encode()
    send(kafka_bootstrap, topics.raw, [Record(normal)])
    seen = read_seen(
        kafka_bootstrap,
        topics,
        lambda s: any(url == "https://hostile.example/after-all" for _, url in s.enriched),
        timeout=120,
    )
    assert any(url == "https://hostile.example/after-all" for _, url in seen.enriched), (
        "the worker did not go on after the hostile corpus"
    )
