"""The worker end to end: a real broker, a real worker process, events read back from Kafka."""

from __future__ import annotations

import base64
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from tests.gold import (
    SEEDS,
    dates_of,
    entities_of,
    expected_dates,
    expected_entities,
    expected_quotes,
    quotes_of,
    seed_article,
    seed_expected,
)
from tests.integration.conftest import WorkerProcess
from tests.integration.kafka_io import Topics, produce, read_json

pytestmark = pytest.mark.integration


def with_url_suffix(line: str, suffix: str) -> bytes:
    """The same article under another URL, so each test has article ids of its own."""
    article = json.loads(line)
    article["url"] = f"{article['url']}?variant={suffix}"
    return json.dumps(article, ensure_ascii=False).encode()


def test_seed_article_through_the_broker_gives_the_expected_output(
    worker: WorkerProcess, kafka_bootstrap: str, topics: Topics
) -> None:
    produce(kafka_bootstrap, topics.raw, [seed_article()])
    gold = seed_expected()
    events = read_json(
        kafka_bootstrap,
        topics.enriched,
        until=lambda evs: any(e["external_id"] == gold["id"] for e in evs),
    )
    [enriched] = [e for e in events if e["external_id"] == gold["id"]]
    assert quotes_of(enriched) == expected_quotes(gold)
    assert dates_of(enriched) == expected_dates(gold)
    assert entities_of(enriched, {"PERSON", "LOC"}) == expected_entities(gold, {"PERSON", "LOC"})


def test_all_seeds_come_out_on_all_four_topics_with_matching_counts(
    worker: WorkerProcess, kafka_bootstrap: str, topics: Topics
) -> None:
    lines = [line for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]
    produce(kafka_bootstrap, topics.raw, [with_url_suffix(line, "counts") for line in lines])

    def mine(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [e for e in events if "variant=counts" in (e.get("url") or "")]

    enriched = mine(
        read_json(kafka_bootstrap, topics.enriched, until=lambda evs: len(mine(evs)) >= len(lines))
    )
    assert len(enriched) == len(lines), "every seed must give exactly one enriched event"
    ids = {e["article_id"] for e in enriched}
    assert len(ids) == len(lines)
    for role, key in (("entities", "entities"), ("quotes", "quotes"), ("dates", "dates")):
        expected = Counter({e["article_id"]: len(e[key]) for e in enriched})
        total = sum(expected.values())
        assert total > 0, f"the seeds gave no {key} at all"

        def counted(evs: list[dict[str, Any]]) -> Counter[str]:
            return Counter(e["article_id"] for e in evs if e["article_id"] in ids)

        events = read_json(
            kafka_bootstrap,
            getattr(topics, role),
            until=lambda evs, total=total: sum(counted(evs).values()) >= total,  # type: ignore[misc]
        )
        assert counted(events) == +expected, f"{role}: per-article counts differ"


BAD_INPUTS: list[tuple[str, bytes]] = [
    ("not_json", b"{this is not json"),
    ("not_json", b"\xff\xfe\x00 binary \x80"),
    ("not_object", b'["a", "list"]'),
    ("not_object", b"42"),
    ("invalid", b'{"title": "no url and no id", "text": "Some words here."}'),
    ("invalid", b'{"url": "https://example.org/x", "text": "Words.", "authors": {"a": 1}}'),
    ("no_text", b'{"url": "https://example.org/empty", "text": "   "}'),
    ("no_text", b'{"url": "https://example.org/none", "title": "A title only"}'),
    ("text_too_long", b'{"url": "https://example.org/long", "text": "' + b"word " * 60_000 + b'"}'),
    ("too_large", b'{"url": "https://example.org/huge", "text": "' + b"x" * 3_000_000 + b'"}'),
]


def test_each_kind_of_bad_input_is_rejected_with_its_reason_and_the_worker_goes_on(
    worker: WorkerProcess, kafka_bootstrap: str, topics: Topics
) -> None:
    good = json.dumps({"url": "https://example.org/after-the-bad", "text": "Calm in Oslo today."})
    produce(kafka_bootstrap, topics.raw, [payload for _, payload in BAD_INPUTS] + [good.encode()])

    rejected = read_json(
        kafka_bootstrap, topics.rejected, until=lambda evs: len(evs) >= len(BAD_INPUTS)
    )
    for reason, payload in BAD_INPUTS:
        matches = [r for r in rejected if _records(r, payload)]
        assert matches, f"no rejection record for a {reason} payload"
        record = matches[0]
        assert record["reason"] == reason, record["message"]
        assert record["message"]
        assert record["source"]["topic"] == topics.raw
        assert record["source"]["offset"] is not None
        assert record["payload_truncated"] == (reason == "too_large")
    enriched = read_json(
        kafka_bootstrap,
        topics.enriched,
        until=lambda evs: any(e["url"] == "https://example.org/after-the-bad" for e in evs),
    )
    assert any(e["url"] == "https://example.org/after-the-bad" for e in enriched), (
        "the worker did not go on after the bad input"
    )


def _records(record: dict[str, Any], payload: bytes) -> bool:
    """Whether a rejection record holds this payload: whole, or cut to the size limit."""
    if record["payload_bytes"] != len(payload):
        return False
    if record["payload_encoding"] == "base64":
        return base64.b64decode(record["payload"]) == payload
    kept = record["payload"].encode("utf-8")
    return payload.startswith(kept) and (record["payload_truncated"] or kept == payload)


def _sample(metrics_text: str, name: str) -> float:
    pattern = rf"^{re.escape(name)} ([0-9.e+]+)$"
    match = re.search(pattern, metrics_text, re.MULTILINE)
    assert match, f"{name} not in /metrics"
    return float(match.group(1))


def _metrics_once(worker: WorkerProcess, holds: Callable[[str], bool], timeout: float = 30) -> str:
    """/metrics as soon as `holds` is true of it (counters move just after events publish)."""
    deadline = time.monotonic() + timeout
    while True:
        text = worker.get("/metrics")[1]
        if holds(text) or time.monotonic() > deadline:
            return text
        time.sleep(0.2)


def test_metrics_counters_move_when_articles_flow(
    worker: WorkerProcess, kafka_bootstrap: str, topics: Topics
) -> None:
    status, before = worker.get("/metrics")
    assert status == 200
    consumed_before = _sample(before, "enricher_articles_consumed_total")
    enriched_before = _sample(before, "enricher_articles_enriched_total")
    article = {"url": "https://example.org/metrics", "text": "“We won,” said Ana Ruiz in Lima."}
    produce(kafka_bootstrap, topics.raw, [json.dumps(article).encode(), b"not json"])
    read_json(
        kafka_bootstrap,
        topics.enriched,
        until=lambda evs: any(e["url"] == article["url"] for e in evs),
    )
    after = _metrics_once(
        worker,
        lambda text: _sample(text, "enricher_articles_enriched_total") > enriched_before,
    )
    assert _sample(after, "enricher_articles_consumed_total") >= consumed_before + 2
    assert _sample(after, "enricher_articles_enriched_total") >= enriched_before + 1
    assert _sample(after, 'enricher_articles_rejected_total{reason="not_json"}') >= 1
    assert _sample(after, 'enricher_events_published_total{topic="enriched"}') >= 1
    assert 'enricher_stage_seconds_count{stage="nlp"}' in after
    assert "faust_" in after, "Faust's own Prometheus sensor is missing"
    assert worker.get("/ready")[0] == 200
