"""Prometheus's configuration and rules, checked and unit-tested with promtool (Debian's
prometheus package): every alert fires when it should and stays quiet when it should not."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.tools import (
    PROMETHEUS_CONFIG,
    PROMETHEUS_DIR,
    RULES_FILE,
    RULES_TESTS,
    Tools,
    load_yaml,
    run,
)

RULES: list[dict[str, Any]] = [
    rule for group in load_yaml(RULES_FILE)["groups"] for rule in group["rules"]
]
ALERTS = {rule["alert"]: rule for rule in RULES if "alert" in rule}
UNIT_TESTS: list[dict[str, Any]] = load_yaml(RULES_TESTS)["tests"]

# What the issue asks to be alerted on, and the alert that does it.
REQUIRED_ALERTS = {
    "a worker down": "EnricherWorkerDown",
    "no worker at all": "EnricherNoWorkerUp",
    "consumer lag growing": "EnricherConsumerLagGrowing",
    "rejection rate above a threshold": "EnricherHighRejectionRate",
    "p99 enrichment latency above a threshold": "EnricherHighEnrichmentLatency",
    "no articles processed while input arrives": "EnricherStalled",
}


def duration_seconds(text: str) -> int:
    units = {"s": 1, "m": 60, "h": 3600}
    return sum(int(n) * units[u] for n, u in re.findall(r"(\d+)([smh])", text))


def test_promtool_checks_the_configuration_and_its_rule_files(tools: Tools) -> None:
    done = run([str(tools.promtool), "check", "config", str(PROMETHEUS_CONFIG)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 rule files found" in done.stdout + done.stderr


def test_promtool_checks_the_rules(tools: Tools) -> None:
    done = run([str(tools.promtool), "check", "rules", str(RULES_FILE)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(RULES)} rules found" in done.stdout + done.stderr


def test_promtool_unit_tests_of_the_alerts_pass(tools: Tools) -> None:
    done = run([str(tools.promtool), "test", "rules", str(RULES_TESTS)])
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_required_alert_exists_and_says_what_and_how_bad() -> None:
    for concern, name in REQUIRED_ALERTS.items():
        assert name in ALERTS, f"no alert for {concern}"
    for name, rule in ALERTS.items():
        assert rule["labels"]["severity"] in ("warning", "critical"), name
        assert rule["annotations"]["summary"] and rule["annotations"]["description"], name
        assert 'job="enricher"' in rule["expr"] or "enricher:" in rule["expr"], name


def test_every_alert_has_a_firing_case_and_a_quiet_case_after_its_for_period() -> None:
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in UNIT_TESTS:
        for check in case.get("alert_rule_test", []):
            name = check["alertname"]
            if check.get("exp_alerts"):
                firing.add(name)
            elif duration_seconds(check["eval_time"]) > duration_seconds(ALERTS[name]["for"]):
                quiet.add(name)
    assert firing == set(ALERTS), f"alerts never shown firing: {set(ALERTS) - firing}"
    assert quiet == set(ALERTS), f"alerts never shown quiet past their 'for': {set(ALERTS) - quiet}"


@pytest.mark.parametrize("alert", sorted(ALERTS))
def test_the_unit_tests_catch_an_alert_that_never_fires(
    tools: Tools, tmp_path: Path, alert: str
) -> None:
    rules = load_yaml(RULES_FILE)
    for group in rules["groups"]:
        for rule in group["rules"]:
            if rule.get("alert") == alert:
                rule["expr"] = "vector(1) == 0"
    (tmp_path / "rules").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "rules" / RULES_FILE.name).write_text(yaml.safe_dump(rules), encoding="utf-8")
    shutil.copy(RULES_TESTS, tmp_path / "tests" / RULES_TESTS.name)
    done = run([str(tools.promtool), "test", "rules", str(tmp_path / "tests" / RULES_TESTS.name)])
    assert done.returncode != 0, f"promtool test rules passes although {alert} never fires"
    assert f"alertname: {alert}" in done.stdout + done.stderr


def test_rule_files_are_found_where_compose_mounts_them() -> None:
    config = load_yaml(PROMETHEUS_CONFIG)
    matched = sorted(
        path for pattern in config["rule_files"] for path in PROMETHEUS_DIR.glob(pattern)
    )
    assert matched == [RULES_FILE]
