"""Nothing lost, nothing doubled: real worker processes killed, stopped and rebalanced."""

from __future__ import annotations

import json
import signal
import subprocess
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.articles import articles
from tests.integration.conftest import KAFKA_LOCAL, WorkerProcess, new_worker
from tests.integration.kafka_io import Topics, produce, read_json, read_values

pytestmark = pytest.mark.integration


@pytest.fixture
def fresh_topics() -> Topics:
    return Topics.with_prefix(f"g{uuid.uuid4().hex[:8]}")


@pytest.fixture
def workers(
    kafka_bootstrap: str, fresh_topics: Topics, tmp_path: Path
) -> Iterator[list[WorkerProcess]]:
    """Two workers of one consumer group (not started); both are stopped after the test."""
    started = [new_worker(kafka_bootstrap, fresh_topics, tmp_path / f"w{n}") for n in (1, 2)]
    yield started
    for worker in started:
        worker.stop(signal.SIGKILL)


def by_article(values: list[bytes]) -> dict[str, list[bytes]]:
    grouped: dict[str, list[bytes]] = defaultdict(list)
    for value in values:
        grouped[json.loads(value)["article_id"]].append(value)
    return grouped


def wait_for_articles(
    bootstrap: str, topic: str, count: int, timeout: float = 300
) -> dict[str, list[bytes]]:
    values = read_values(
        bootstrap, topic, until=lambda vs: len(by_article(vs)) >= count, timeout=timeout
    )
    return by_article(values)


def assert_complete_and_identical(grouped: dict[str, list[bytes]], expected: int) -> None:
    assert len(grouped) == expected, f"{expected - len(grouped)} articles lost"
    differing = [aid for aid, values in grouped.items() if len(set(values)) > 1]
    assert not differing, f"duplicates that differ: {differing[:3]}"


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_kill_9_mid_stream_loses_nothing_and_duplicates_are_identical(
    kafka_bootstrap: str, fresh_topics: Topics, tmp_path: Path, guarantee: str
) -> None:
    count = 2_000
    produce(kafka_bootstrap, fresh_topics.raw, articles(count, "crash"))
    worker = new_worker(
        kafka_bootstrap, fresh_topics, tmp_path / "crash", PROCESSING_GUARANTEE=guarantee
    )
    try:
        worker.start()
        worker.wait_ready()
        wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count // 4)
        worker.stop(signal.SIGKILL)
        worker.start()
        grouped = wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count)
    finally:
        worker.stop(signal.SIGKILL)
    assert_complete_and_identical(grouped, count)
    if guarantee == "exactly_once":
        doubled = [aid for aid, values in grouped.items() if len(values) > 1]
        assert not doubled, f"{len(doubled)} articles published twice in exactly-once mode"


def test_broker_restart_mid_stream_is_survived_without_a_worker_restart(
    kafka_bootstrap: str, fresh_topics: Topics, workers: list[WorkerProcess]
) -> None:
    count = 600
    worker = workers[0]
    worker.start()
    worker.wait_ready()
    produce(kafka_bootstrap, fresh_topics.raw, articles(count, "broker"))
    wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count // 5)
    for command in ("stop", "start"):
        done = subprocess.run([str(KAFKA_LOCAL), command], capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr.decode()
    grouped = wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count)
    assert worker.process is not None and worker.process.poll() is None, "the worker died"
    assert_complete_and_identical(grouped, count)


def test_the_survivor_takes_over_the_partitions_of_a_killed_worker(
    kafka_bootstrap: str, fresh_topics: Topics, workers: list[WorkerProcess]
) -> None:
    count = 1_200
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.wait_ready()
    produce(kafka_bootstrap, fresh_topics.raw, articles(count, "rebalance"))
    wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count // 5)
    workers[1].stop(signal.SIGKILL)
    grouped = wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count)
    assert_complete_and_identical(grouped, count)
    assert "Setting newly assigned partitions" in workers[0].log_path.read_text()


def test_sigterm_drains_commits_and_a_restart_does_not_reprocess(
    kafka_bootstrap: str, fresh_topics: Topics, workers: list[WorkerProcess]
) -> None:
    count = 800
    worker = workers[0]
    worker.start()
    worker.wait_ready()
    produce(kafka_bootstrap, fresh_topics.raw, articles(count, "graceful"))
    wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count // 4)
    started = time.monotonic()
    exit_code = worker.stop(signal.SIGTERM, timeout=60)
    assert time.monotonic() - started < 30, "graceful stop took too long"
    assert exit_code is not None
    before = read_values(kafka_bootstrap, fresh_topics.enriched, until=lambda _: False, timeout=3)
    worker.start()
    grouped = wait_for_articles(kafka_bootstrap, fresh_topics.enriched, count)
    assert_complete_and_identical(grouped, count)
    total = sum(len(values) for values in grouped.values())
    assert total == count, (
        f"{total - count} articles were processed twice after a graceful stop "
        f"({len(before)} were enriched before it)"
    )


def test_a_poison_article_is_rejected_and_does_not_block_its_partition(
    kafka_bootstrap: str, fresh_topics: Topics, tmp_path: Path
) -> None:
    worker = new_worker(
        kafka_bootstrap,
        fresh_topics,
        tmp_path / "poison",
        ARTICLE_TIME_BUDGET_SECONDS="1.0",
        BATCH_SIZE="1",  # a batch's budget is the per-article budget times its size
        TOPIC_PARTITIONS="1",
    )
    worker.start()
    try:
        worker.wait_ready()
        slow = json.dumps(
            {"url": "https://news.example/poison", "text": "Talks went on in Leeds. " * 6_000}
        ).encode()
        behind = articles(20, "behind-poison")
        produce(kafka_bootstrap, fresh_topics.raw, [slow, *behind])
        rejected = read_json(kafka_bootstrap, fresh_topics.rejected, until=lambda evs: bool(evs))
        assert [r["reason"] for r in rejected] == ["timeout"]
        assert rejected[0]["source"]["offset"] == 0
        grouped = wait_for_articles(kafka_bootstrap, fresh_topics.enriched, len(behind))
        assert len(grouped) == len(behind)
    finally:
        worker.stop()
