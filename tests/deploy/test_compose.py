"""docker-compose.yml: valid against the Compose Specification, and the stack it describes comes
up in order, scales, is scraped and is configured from .env (no Docker needed)."""

from __future__ import annotations

import re
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.settings import Settings
from tests.deploy.compose import interpolate, read_env_file, references
from tests.deploy.tools import (
    COMPOSE_FILE,
    ENV_EXAMPLE,
    GRAFANA_DIR,
    PROMETHEUS_CONFIG,
    ROOT,
    Tools,
    load_yaml,
    run,
)

RAW_TEXT = COMPOSE_FILE.read_text(encoding="utf-8")
ENV = read_env_file(ENV_EXAMPLE)


def compose(env: dict[str, str] | None = None) -> dict[str, Any]:
    """The compose file as docker compose reads it, variables substituted from `env`."""
    document: dict[str, Any] = yaml.safe_load(RAW_TEXT)
    return dict(interpolate(document, ENV if env is None else env))


def services() -> dict[str, Any]:
    return dict(compose()["services"])


def host_port(mapping: str) -> tuple[str, str, str]:
    """(host ip, host port, container port) of a short-syntax port mapping."""
    parts = mapping.split(":")
    assert len(parts) == 3, f"{mapping}: give the host address, e.g. 127.0.0.1:9090:9090"
    return parts[0], parts[1], parts[2]


def check_schema(tools: Tools, path: Path) -> tuple[int, str]:
    done = run([str(tools.check_jsonschema), "--builtin-schema", "vendor.compose-spec", str(path)])
    return done.returncode, done.stdout + done.stderr


def test_the_compose_file_validates_against_the_compose_specification(
    tools: Tools, tmp_path: Path
) -> None:
    code, output = check_schema(tools, COMPOSE_FILE)
    assert code == 0, output
    # as docker compose sees it: variables substituted from .env.example, and without .env
    for name, env in (("with-env.yml", ENV), ("defaults.yml", {})):
        path = tmp_path / name
        path.write_text(yaml.safe_dump(compose(env)), encoding="utf-8")
        code, output = check_schema(tools, path)
        assert code == 0, f"{name}: {output}"


def test_the_schema_check_rejects_a_broken_compose_file(tools: Tools, tmp_path: Path) -> None:
    broken = compose()
    broken["services"]["enricher"]["depends_on"]["kafka"]["condition"] = "healthy"
    broken["services"]["enricher"]["deploy"]["replicas"] = [3]
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    code, output = check_schema(tools, path)
    assert code != 0 and "healthy" in output, output


def test_every_variable_is_in_env_example_with_the_compose_default() -> None:
    used = references(yaml.safe_load(RAW_TEXT))
    assert sorted(used) == sorted(ENV), "docker-compose.yml and .env.example name other variables"
    for name, defaults in used.items():
        assert defaults == {ENV[name]}, (
            f"{name}: docker-compose.yml defaults {defaults}, .env.example says {ENV[name]!r}"
        )


def test_service_settings_in_env_example_keep_the_service_defaults() -> None:
    fields = Settings.model_fields
    shared = [name for name in ENV if name.lower() in fields]
    assert len(shared) >= 15
    for name in shared:
        default = fields[name.lower()].default
        assert type(default)(ENV[name]) == default, f"{name}={ENV[name]}, service default {default}"


def test_the_workers_environment_names_only_service_settings() -> None:
    environment = services()["enricher"]["environment"]
    unknown = [name for name in environment if name.lower() not in Settings.model_fields]
    assert not unknown, f"not settings of the service (service/settings.py): {unknown}"
    assert environment["WEB_HOST"] == "0.0.0.0"
    assert environment["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    # the feeder and the topic creator see the same topics and limits as the workers
    for other in ("feeder", "topics"):
        for name, value in services()[other]["environment"].items():
            assert environment[name] == value, f"{other}: {name}"


def test_the_enricher_scales_without_clashes() -> None:
    enricher = services()["enricher"]
    assert "container_name" not in enricher, "a fixed container name allows one replica only"
    assert "ports" not in enricher, "a host port allows one replica only; Prometheus needs none"
    assert enricher["expose"] == [str(enricher["environment"]["WEB_PORT"])]
    assert int(enricher["deploy"]["replicas"]) >= 2
    assert int(ENV["ENRICHER_REPLICAS"]) <= int(ENV["TOPIC_PARTITIONS"]), (
        "a replica without an input partition never becomes ready (healthy)"
    )
    assert not any("container_name" in service for service in services().values())


def test_host_ports_are_local_and_distinct() -> None:
    seen: dict[str, str] = {}
    for name, service in services().items():
        for mapping in service.get("ports", []):
            address, port, _ = host_port(str(mapping))
            assert address == "127.0.0.1", f"{name}: {mapping} is open beyond this machine"
            assert port not in seen, f"{name} and {seen.get(port)} both take host port {port}"
            seen[port] = name
    assert set(seen.values()) == {"kafka", "prometheus", "grafana"}


def test_services_start_in_order_and_wait_for_what_they_need() -> None:
    stack = services()
    expected = {
        "topics": {"kafka": "service_healthy"},
        "enricher": {"kafka": "service_healthy", "topics": "service_completed_successfully"},
        "feeder": {"enricher": "service_healthy"},
        "prometheus": {"enricher": "service_started"},
        "grafana": {"prometheus": "service_healthy"},
    }
    for name, needs in expected.items():
        depends = stack[name]["depends_on"]
        assert {dep: spec["condition"] for dep, spec in depends.items()} == needs, name
    for name, service in stack.items():
        for dep, spec in service.get("depends_on", {}).items():
            if spec["condition"] == "service_healthy":
                assert "healthcheck" in stack[dep], f"{name} waits for {dep}'s health: none defined"
            if spec["condition"] == "service_completed_successfully":
                assert stack[dep].get("restart") == "no", f"{dep} is a one-shot: restart: 'no'"
    graph = {name: set(service.get("depends_on", {})) for name, service in stack.items()}
    order = list(TopologicalSorter(graph).static_order())  # raises on a cycle
    assert order.index("kafka") < order.index("topics") < order.index("enricher")


def test_long_running_services_have_healthchecks_and_restart() -> None:
    for name in ("kafka", "enricher", "prometheus", "grafana"):
        service = services()[name]
        assert service["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL"), name
        assert service["restart"] == "unless-stopped", name
    enricher = services()["enricher"]["healthcheck"]["test"]
    assert enricher == ["CMD", "python", "/usr/local/bin/enricher-healthcheck"]
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert "COPY deploy/healthcheck.py /usr/local/bin/enricher-healthcheck" in dockerfile


def test_kafka_runs_in_kraft_mode_with_a_pinned_official_image() -> None:
    kafka = services()["kafka"]
    assert re.fullmatch(r"apache/kafka:\d+\.\d+\.\d+", kafka["image"]), kafka["image"]
    environment = kafka["environment"]
    assert environment["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert environment["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert "INTERNAL://kafka:9092" in environment["KAFKA_ADVERTISED_LISTENERS"]
    assert len(environment["CLUSTER_ID"]) == 22
    assert int(environment["KAFKA_MESSAGE_MAX_BYTES"]) > int(ENV["MAX_MESSAGE_BYTES"])
    assert services()["topics"]["image"] == kafka["image"]


def test_bind_mounts_exist_in_the_repository() -> None:
    for name, service in services().items():
        for volume in service.get("volumes", []):
            source = str(volume).split(":")[0]
            if source.startswith("."):
                assert (ROOT / source).exists(), f"{name} mounts {source}, which does not exist"


def mount_target(service: dict[str, Any], source: str) -> str:
    [target] = [
        str(v).split(":")[1] for v in service.get("volumes", []) if str(v).split(":")[0] == source
    ]
    return target


def test_prometheus_scrapes_every_replica_of_the_enricher_service() -> None:
    stack = services()
    prometheus = stack["prometheus"]
    config = load_yaml(PROMETHEUS_CONFIG)
    [job] = [job for job in config["scrape_configs"] if job["job_name"] == "enricher"]
    [discovery] = job["dns_sd_configs"]
    assert discovery["names"] == ["enricher"] and "enricher" in stack
    assert discovery["type"] == "A"
    assert discovery["port"] == int(stack["enricher"]["environment"]["WEB_PORT"])
    config_path = mount_target(prometheus, "./deploy/prometheus/prometheus.yml")
    assert f"--config.file={config_path}" in prometheus["command"]
    rules_dir = mount_target(prometheus, "./deploy/prometheus/rules")
    for pattern in config["rule_files"]:
        assert str(Path(config_path).parent / pattern).startswith(rules_dir + "/")


def test_grafana_gets_its_data_source_and_dashboards() -> None:
    grafana = services()["grafana"]
    provisioning = mount_target(grafana, "./deploy/grafana/provisioning")
    assert provisioning == "/etc/grafana/provisioning"
    dashboards = mount_target(grafana, "./deploy/grafana/dashboards")
    provider = load_yaml(GRAFANA_DIR / "provisioning" / "dashboards" / "news-enricher.yml")
    assert [p["options"]["path"] for p in provider["providers"]] == [dashboards]
    home = grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home.startswith(dashboards + "/")
    assert (GRAFANA_DIR / "dashboards" / Path(home).name).is_file()
    source = load_yaml(GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml")
    [datasource] = source["datasources"]
    assert datasource["url"] == "http://prometheus:9090"


def test_the_topic_creator_runs_the_checked_script() -> None:
    topics = services()["topics"]
    script = mount_target(topics, "./deploy/kafka/create-topics.sh")
    assert topics["command"] == ["/bin/sh", script]


def test_the_feeder_sends_the_seed_articles_only_when_asked() -> None:
    feeder = services()["feeder"]
    assert feeder["profiles"] == ["feed"]
    assert feeder["command"] == ["produce", "/seeds"]
    assert feeder["volumes"] == ["./seeds/articles.jsonl:/seeds/articles.jsonl:ro"]
    assert feeder["image"] == services()["enricher"]["image"]


@pytest.mark.parametrize("variable", ["ENRICHER_REPLICAS", "GRAFANA_PORT"])
def test_env_values_reach_the_stack(variable: str) -> None:
    stack = compose({**ENV, variable: "5"})
    if variable == "ENRICHER_REPLICAS":
        assert stack["services"]["enricher"]["deploy"]["replicas"] == "5"
    else:
        assert stack["services"]["grafana"]["ports"] == ["127.0.0.1:5:3000"]
