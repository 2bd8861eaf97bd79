"""A real Prometheus (Debian's package) scraping a real worker on the local broker, configured from
deploy/prometheus/ with the compose stack's DNS discovery swapped for this worker's address.

The seeds are fed through `enricher produce`, as the compose feeder does; then the domain
metrics are read back through Prometheus's query API, the recording and alerting rules are
evaluated, every dashboard query runs, every metric name the rules and the dashboard use is
checked against the worker's own /metrics, the events on the output topics are checked against
the AsyncAPI document, and stopping the worker sets off the worker-down alerts."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from aiokafka import AIOKafkaConsumer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

from service.asyncapi import DOCUMENT_PATH
from tests.deploy.promql import SYNTHETIC, metric_names
from tests.deploy.tools import (
    DASHBOARD,
    PROMETHEUS_CONFIG,
    PROMETHEUS_DIR,
    ROOT,
    RULES_FILE,
    Tools,
    load_yaml,
    run,
)
from tests.integration.conftest import WorkerProcess, free_port, new_worker
from tests.integration.kafka_io import Topics, produce

pytestmark = pytest.mark.integration

SEEDS = ROOT / "seeds" / "articles.jsonl"
SEED_COUNT = sum(1 for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip())
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$instance": ".*"}


@dataclass
class PrometheusServer:
    """`prometheus` on 127.0.0.1 with a free port and its own data folder."""

    binary: Path
    config: Path
    directory: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.directory / "prometheus.log").open("ab")
        self.process = subprocess.Popen(
            [
                str(self.binary),
                f"--config.file={self.config}",
                f"--storage.tsdb.path={self.directory / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--log.level=warn",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.directory,
        )
        log.close()

    def api(self, path: str, **params: str) -> Any:
        url = f"http://127.0.0.1:{self.port}/api/v1/{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as error:
            body = json.loads(error.read() or b"{}")
        assert body.get("status") == "success", f"{path} {params}: {body}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", data
        result: list[dict[str, Any]] = data["result"]
        return result

    def value(self, expr: str) -> float | None:
        """The single value of an instant query, None when the result is empty."""
        result = self.query(expr)
        assert len(result) <= 1, f"{expr}: {result}"
        return float(result[0]["value"][1]) if result else None

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, self.log_tail()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        raise AssertionError(f"prometheus not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log_tail(self) -> str:
        path = self.directory / "prometheus.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def prometheus_config(worker_port: int) -> dict[str, Any]:
    """deploy/prometheus/prometheus.yml, scraping this worker every second.

    Only the discovery changes: compose's DNS name becomes this worker's address. The job,
    its relabelling and the rule files are the checked-in ones.
    """
    config: dict[str, Any] = load_yaml(PROMETHEUS_CONFIG)
    config["global"].update(scrape_interval="1s", scrape_timeout="1s", evaluation_interval="1s")
    config["rule_files"] = [str(PROMETHEUS_DIR / pattern) for pattern in config["rule_files"]]
    [job] = [job for job in config["scrape_configs"] if job["job_name"] == "enricher"]
    del job["dns_sd_configs"]
    job["static_configs"] = [{"targets": [f"127.0.0.1:{worker_port}"]}]
    config["scrape_configs"] = [job]
    return config


def wait_for(check: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Live:
    worker: WorkerProcess
    prometheus: PrometheusServer
    topics: Topics
    bootstrap: str


@pytest.fixture(scope="module")
def live(
    tools: Tools, kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    topics = Topics.with_prefix(f"m{uuid.uuid4().hex[:8]}")
    worker = new_worker(kafka_bootstrap, topics, tmp_path_factory.mktemp("worker"))
    directory = tmp_path_factory.mktemp("prometheus")
    config = directory / "prometheus.yml"
    config.write_text(yaml.safe_dump(prometheus_config(worker.port)), encoding="utf-8")
    prometheus = PrometheusServer(tools.prometheus, config, directory)
    try:
        worker.start()
        prometheus.start()
        prometheus.wait_ready()
        worker.wait_ready()
        # Counters must be seen at zero before the feed: a series whose first sample is
        # already 16 gets a different extrapolation in rate() than one that starts at 0,
        # which made the rejection ratio read 79 % instead of 1/17 on a slow first scrape.
        wait_for(
            lambda: prometheus.value('enricher_articles_consumed_total{job="enricher"}') == 0,
            "Prometheus's first scrape of the idle worker",
            timeout=60,
        )
        # the compose feeder's command, then one message that is not JSON
        fed = run(
            [sys.executable, "-m", "service", "produce", str(SEEDS)],
            env={**os.environ, **worker.env},
            cwd=ROOT,
            timeout=120,
        )
        assert fed.returncode == 0, fed.stderr
        produce(kafka_bootstrap, topics.raw, [b"this is not json"])
        live = Live(worker, prometheus, topics, kafka_bootstrap)
        wait_for(
            lambda: (
                prometheus.value('sum(enricher_articles_enriched_total{job="enricher"})')
                == SEED_COUNT
                and prometheus.value('sum(enricher_articles_rejected_total{job="enricher"})') == 1
            ),
            "Prometheus to see every article processed",
        )
        yield live
    finally:
        worker.stop()
        prometheus.stop()


def test_prometheus_reads_the_domain_metrics_back(live: Live) -> None:
    p = live.prometheus
    job = 'job="enricher"'
    assert p.value(f"up{{{job}}}") == 1
    assert p.value(f"enricher_ready{{{job}}}") == 1
    assert p.value(f"enricher_articles_consumed_total{{{job}}}") == SEED_COUNT + 1
    assert p.value(f"enricher_articles_enriched_total{{{job}}}") == SEED_COUNT
    assert p.value(f'enricher_articles_rejected_total{{{job}, reason="not_json"}}') == 1
    assert p.value(f'enricher_events_published_total{{{job}, topic="enriched"}}') == SEED_COUNT
    assert p.value(f'enricher_events_published_total{{{job}, topic="rejected"}}') == 1
    for role in ("entities", "quotes", "dates"):
        published = p.value(f'enricher_events_published_total{{{job}, topic="{role}"}}')
        assert published is not None and published > 0, role
    assert p.value(f"enricher_end_to_end_lag_seconds_count{{{job}}}") == SEED_COUNT
    assert p.value(f'enricher_items_per_article_count{{{job}, kind="quotes"}}') == SEED_COUNT
    stages = p.query(f"sum by (stage) (enricher_stage_seconds_count{{{job}}}) > 0")
    assert {"parse", "nlp", "publish"} <= {s["metric"]["stage"] for s in stages}
    assert p.value(f"sum(enricher_batch_size_count{{{job}}})") is not None


def test_the_rules_evaluate_cleanly_and_record_the_consumer_lag(live: Live) -> None:
    p = live.prometheus
    groups = p.api("rules")["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    expected = [rule for group in load_yaml(RULES_FILE)["groups"] for rule in group["rules"]]
    assert len(rules) == len(expected)
    for rule in rules:
        assert rule["health"] == "ok", f"{rule['name']}: {rule.get('lastError')}"
    wait_for(
        lambda: p.value("max(enricher:consumer_lag:partition)") == 0,
        "the input's lag to be recorded as 0 once everything is committed",
        timeout=60,
    )
    partitions = p.query("enricher:consumer_lag:partition")
    assert len(partitions) >= 2
    assert {s["metric"]["topic"] for s in partitions} == {live.topics.raw}
    rate = p.value("enricher:articles_processed:rate5m")
    assert rate is not None and rate > 0


def test_no_alert_is_pending_or_firing_while_all_is_well(live: Live) -> None:
    alerts = live.prometheus.api("alerts")["alerts"]
    assert alerts == [], alerts


def worker_sample_names(live: Live) -> set[str]:
    status, text = live.worker.get("/metrics")
    assert status == 200
    return {
        sample.name for family in text_string_to_metric_families(text) for sample in family.samples
    }


def dashboard_queries() -> dict[str, list[str]]:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    queries: dict[str, list[str]] = {}
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            queries.setdefault(panel["title"], []).append(target["expr"])
    for variable in board["templating"]["list"]:
        definition = variable["definition"]  # label_values(<selector>, <label>)
        queries[f"${variable['name']}"] = [definition[len("label_values(") :].rsplit(",", 1)[0]]
    return queries


def with_grafana_variables(expr: str) -> str:
    for name, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(name, value)
    assert "$" not in expr, expr
    return expr


def test_every_metric_in_the_rules_and_the_dashboard_is_exposed_by_the_worker(
    live: Live,
) -> None:
    exposed = worker_sample_names(live)
    rules = [rule for group in load_yaml(RULES_FILE)["groups"] for rule in group["rules"]]
    recorded = {rule["record"] for rule in rules if "record" in rule}
    used = {name for rule in rules for name in metric_names(rule["expr"])}
    used |= {
        name for exprs in dashboard_queries().values() for e in exprs for name in metric_names(e)
    }
    assert {"enricher_articles_consumed_total", "faust_topic_partition_end_offset"} <= used
    unknown_recorded = {name for name in used if ":" in name} - recorded
    assert not unknown_recorded, f"recorded series no rule records: {unknown_recorded}"
    missing = {name for name in used if ":" not in name} - SYNTHETIC - exposed
    assert not missing, f"not in the worker's /metrics: {sorted(missing)}"
    assert live.prometheus.value('up{job="enricher"}') == 1  # the one synthetic series used


def test_every_dashboard_query_runs_and_the_main_panels_show_data(live: Live) -> None:
    must_show = {
        "Ready replicas",
        "Replicas up",
        "Articles in and out",
        "Events published per output topic",
        "Rejections by reason",
        "Consumer lag per partition",
        "Stage latency p50 and p99",
        "End-to-end latency",
        "Readiness per replica",
        "$instance",
    }
    for title, exprs in dashboard_queries().items():
        results = [live.prometheus.query(with_grafana_variables(expr)) for expr in exprs]
        if title in must_show:
            assert any(results), f"{title!r} shows nothing"
    [by_topic] = dashboard_queries()["Events published per output topic"]
    topics = live.prometheus.query(with_grafana_variables(by_topic))
    assert {s["metric"]["topic"] for s in topics} >= {"enriched", "entities", "quotes", "dates"}


async def read_records(
    bootstrap: str, topic: str, count: int, timeout: float = 60
) -> list[tuple[bytes | None, bytes]]:
    """The first `count` records (key, value) of every partition of the topic."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    records: list[tuple[bytes | None, bytes]] = []
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = [
                TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()
            ]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + timeout
        while len(records) < count and time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                records += [(record.key, record.value or b"") for record in batch]
    finally:
        await consumer.stop()
    return records


def test_the_published_events_match_the_asyncapi_document(live: Live) -> None:
    document = yaml.safe_load(DOCUMENT_PATH.read_text(encoding="utf-8"))
    components = document["components"]
    job = 'job="enricher"'
    for channel in document["channels"].values():
        role = channel["address"].rsplit(".", 1)[1]
        if role == "raw":
            continue
        count = live.prometheus.value(f'enricher_events_published_total{{{job}, topic="{role}"}}')
        assert count, role
        [ref] = channel["messages"].values()
        message = components["messages"][ref["$ref"].rsplit("/", 1)[1]]
        payload = jsonschema.Draft202012Validator(
            {**message["payload"], "components": components},
            format_checker=jsonschema.FormatChecker(),
        )
        key = jsonschema.Draft202012Validator(message["bindings"]["kafka"]["key"])
        topic = getattr(live.topics, role)
        records = asyncio.run(read_records(live.bootstrap, topic, int(count)))
        assert len(records) == count, role
        for raw_key, value in records:
            event = json.loads(value)
            payload.validate(event)
            decoded = raw_key.decode() if raw_key is not None else None
            key.validate(decoded)
            if "article_id" in event and event["article_id"] is not None:
                assert decoded == event["article_id"], role


def healthcheck(port: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WEB_PORT": str(port)}
    return run([sys.executable, str(ROOT / "deploy" / "healthcheck.py")], env=env, timeout=30)


def test_the_container_healthcheck_passes_on_a_ready_worker(live: Live) -> None:
    done = healthcheck(live.worker.port)
    assert done.returncode == 0, done.stderr


def test_a_stopped_worker_sets_off_the_worker_down_alerts(live: Live) -> None:
    """Last in this module: it stops the worker."""
    live.worker.stop()
    assert healthcheck(live.worker.port).returncode == 1
    p = live.prometheus
    wait_for(lambda: p.value('up{job="enricher"}') == 0, "the worker to be seen down", 30)

    def pending() -> set[str]:
        alerts = p.api("alerts")["alerts"]
        return {a["labels"]["alertname"] for a in alerts if a["state"] in ("pending", "firing")}

    wait_for(
        lambda: {"EnricherWorkerDown", "EnricherNoWorkerUp"} <= pending(),
        "the worker-down alerts to become pending",
        30,
    )
