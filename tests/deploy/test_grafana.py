"""The Grafana provisioning and dashboard: well formed, wired to the provisioned data source, and
showing what the issue asks for. (Its queries run on a real Prometheus in test_live_metrics.)"""

from __future__ import annotations

import json
from itertools import combinations
from typing import Any

from tests.deploy.tools import DASHBOARD, GRAFANA_DIR, load_yaml

BOARD: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))
PANELS: list[dict[str, Any]] = BOARD["panels"]
CHARTS = [panel for panel in PANELS if panel["type"] != "row"]
DATASOURCES = load_yaml(GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml")


def expressions(panel: dict[str, Any]) -> list[str]:
    return [target["expr"] for target in panel["targets"]]


def test_the_data_source_is_provisioned_with_a_fixed_uid() -> None:
    assert DATASOURCES["apiVersion"] == 1
    [source] = DATASOURCES["datasources"]
    assert source["type"] == "prometheus"
    assert source["uid"] == "prometheus"
    assert source["isDefault"] is True
    assert source["jsonData"]["timeInterval"] == "15s"  # the scrape interval


def test_the_dashboard_provider_loads_files() -> None:
    providers = load_yaml(GRAFANA_DIR / "provisioning" / "dashboards" / "news-enricher.yml")
    assert providers["apiVersion"] == 1
    [provider] = providers["providers"]
    assert provider["type"] == "file" and provider["options"]["path"]


def test_the_dashboard_is_well_formed() -> None:
    assert BOARD["uid"] == "news-enricher" and BOARD["title"]
    assert isinstance(BOARD["schemaVersion"], int) and BOARD["schemaVersion"] >= 36
    ids = [panel["id"] for panel in PANELS]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in PANELS:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["w"] > 0 and grid["x"] + grid["w"] <= 24, panel["title"]
    for first, second in combinations(PANELS, 2):
        a, b = first["gridPos"], second["gridPos"]
        overlap = (
            a["x"] < b["x"] + b["w"]
            and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"]
            and b["y"] < a["y"] + a["h"]
        )
        assert not overlap, f"{first['title']!r} and {second['title']!r} overlap"


def test_every_query_uses_the_provisioned_data_source() -> None:
    [source] = DATASOURCES["datasources"]
    wanted = {"type": "prometheus", "uid": source["uid"]}
    for panel in CHARTS:
        assert panel["datasource"] == wanted, panel["title"]
        refs = [target["refId"] for target in panel["targets"]]
        assert refs and len(refs) == len(set(refs)), panel["title"]
        for target in panel["targets"]:
            assert target["datasource"] == wanted and target["expr"].strip(), panel["title"]
    for variable in BOARD["templating"]["list"]:
        assert variable["datasource"] == wanted, variable["name"]


def test_the_dashboard_shows_what_the_issue_asks_for() -> None:
    titles = {panel["title"]: panel for panel in CHARTS}
    wanted = {
        "throughput in and out": ("Articles in and out", "enricher_articles_consumed_total"),
        "consumer lag per partition": ("Consumer lag per partition", "by (topic, partition)"),
        "latency percentiles per stage": ("Stage latency p50 and p99", "by (le, stage)"),
        "rejections by reason": ("Rejections by reason", "by (reason)"),
        "events per output topic": ("Events published per output topic", "by (topic)"),
        "worker readiness": ("Readiness per replica", "enricher_ready"),
    }
    for concern, (title, fragment) in wanted.items():
        assert title in titles, f"no panel for {concern}"
        assert any(fragment in expr for expr in expressions(titles[title])), concern
    out = " ".join(expressions(titles["Articles in and out"]))
    assert "enricher_articles_enriched_total" in out and "enricher_articles_rejected_total" in out


def test_queries_filter_on_the_job_and_the_replica_variable() -> None:
    [variable] = BOARD["templating"]["list"]
    assert variable["name"] == "instance" and variable["includeAll"] and variable["multi"]
    for panel in CHARTS:
        for expr in expressions(panel):
            assert 'job="enricher"' in expr and 'instance=~"$instance"' in expr, panel["title"]
