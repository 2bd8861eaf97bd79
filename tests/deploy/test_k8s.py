"""The Kubernetes manifests: the built-in kinds against the Kubernetes schemas (kubernetes-validate,
strict: unknown fields fail), the custom resources against their CRDs' schemas (the KEDA and
prometheus-operator models from npm), and the wiring between them."""

from __future__ import annotations

import json
from typing import Any

import pytest
from kubernetes_validate import validate as validate_builtin

from service.settings import Settings
from tests.deploy.tools import DOCKERFILE, K8S_DIR, NODE_TOOLS, Tools, load_yaml, run

FILES = sorted(K8S_DIR.glob("*.yaml"))
KUSTOMIZATION = K8S_DIR / "kustomization.yaml"
RESOURCES: list[dict[str, Any]] = [
    doc for path in FILES if path != KUSTOMIZATION for doc in [load_yaml(path)] if doc
]
BY_KIND = {doc["kind"]: doc for doc in RESOURCES}
CUSTOM_GROUPS = ("keda.sh/", "monitoring.coreos.com/")
CUSTOM = [doc for doc in RESOURCES if doc["apiVersion"].startswith(CUSTOM_GROUPS)]
BUILTIN = [doc for doc in RESOURCES if doc not in CUSTOM]
# The oldest Kubernetes the manifests are meant for, and the newest kubernetes-validate knows.
VERSIONS = ("1.29.0", "1.37.0")

# Field names the custom resources may use (their schemas accept unknown fields, as the API
# server prunes them silently): from the CRDs of KEDA 2.x and the Prometheus Operator.
SCALED_OBJECT_SPEC = {
    "scaleTargetRef",
    "pollingInterval",
    "cooldownPeriod",
    "initialCooldownPeriod",
    "idleReplicaCount",
    "minReplicaCount",
    "maxReplicaCount",
    "fallback",
    "advanced",
    "triggers",
}
TRIGGER = {"type", "name", "metadata", "authenticationRef", "metricType", "useCachedMetrics"}
KAFKA_TRIGGER_METADATA = {
    "bootstrapServers",
    "consumerGroup",
    "topic",
    "lagThreshold",
    "activationLagThreshold",
    "offsetResetPolicy",
    "allowIdleConsumers",
    "excludePersistentLag",
    "scaleToZeroOnInvalidOffset",
    "limitToPartitionsWithLag",
    "ensureEvenDistributionOfPartitions",
    "partitionLimitation",
    "version",
    "sasl",
    "tls",
}
SERVICE_MONITOR_SPEC = {
    "selector",
    "endpoints",
    "jobLabel",
    "namespaceSelector",
    "targetLabels",
    "podTargetLabels",
    "sampleLimit",
    "scrapeProtocols",
    "attachMetadata",
}
ENDPOINT = {
    "port",
    "targetPort",
    "path",
    "scheme",
    "interval",
    "scrapeTimeout",
    "honorLabels",
    "honorTimestamps",
    "relabelings",
    "metricRelabelings",
    "params",
    "tlsConfig",
    "authorization",
    "basicAuth",
}


def resource_id(doc: dict[str, Any]) -> str:
    return f"{doc['kind']}/{doc['metadata']['name']}"


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("doc", BUILTIN, ids=resource_id)
def test_builtin_kinds_validate_strictly_against_the_kubernetes_schemas(
    doc: dict[str, Any], version: str
) -> None:
    validate_builtin(doc, version, strict=True)


def test_kubernetes_validate_rejects_an_unknown_field() -> None:
    deployment = json.loads(json.dumps(BY_KIND["Deployment"]))
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["timeout"] = 5
    with pytest.raises(Exception, match="timeout"):
        validate_builtin(deployment, VERSIONS[-1], strict=True)


def validate_custom(tools: Tools, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    done = run(
        [tools.node, str(NODE_TOOLS / "validate-custom-resources.mjs")],
        input=json.dumps(docs),
        cwd=NODE_TOOLS,
    )
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(reports) == len(docs), done.stderr
    return reports


def test_custom_resources_validate_against_their_crd_schemas(tools: Tools) -> None:
    assert {doc["kind"] for doc in CUSTOM} == {"ScaledObject", "ServiceMonitor"}
    for report in validate_custom(tools, CUSTOM):
        assert report["ok"], report


def test_the_crd_validation_rejects_a_wrong_type(tools: Tools) -> None:
    broken = json.loads(json.dumps(CUSTOM))
    for doc in broken:
        if doc["kind"] == "ScaledObject":
            doc["spec"]["triggers"][0]["metadata"]["lagThreshold"] = 100  # must be a string
        else:
            doc["spec"]["endpoints"][0]["interval"] = "15 seconds"
    reports = validate_custom(tools, broken)
    assert not any(report["ok"] for report in reports), reports


def test_custom_resources_use_only_known_fields() -> None:
    scaled = BY_KIND["ScaledObject"]["spec"]
    assert set(scaled) <= SCALED_OBJECT_SPEC, set(scaled) - SCALED_OBJECT_SPEC
    for trigger in scaled["triggers"]:
        assert set(trigger) <= TRIGGER
        assert set(trigger["metadata"]) <= KAFKA_TRIGGER_METADATA
        assert all(isinstance(value, str) for value in trigger["metadata"].values())
    monitor = BY_KIND["ServiceMonitor"]["spec"]
    assert set(monitor) <= SERVICE_MONITOR_SPEC
    for endpoint in monitor["endpoints"]:
        assert set(endpoint) <= ENDPOINT


def test_kustomization_lists_every_manifest() -> None:
    kustomization = load_yaml(KUSTOMIZATION)
    assert kustomization["kind"] == "Kustomization"
    assert sorted(kustomization["resources"]) == sorted(
        path.name for path in FILES if path != KUSTOMIZATION
    )
    container = BY_KIND["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert [image["name"] for image in kustomization["images"]] == [container["image"]]
    assert kustomization["namespace"] == BY_KIND["Namespace"]["metadata"]["name"]


def pod_spec() -> dict[str, Any]:
    spec: dict[str, Any] = BY_KIND["Deployment"]["spec"]["template"]["spec"]
    return spec


def test_the_deployment_probes_requests_and_runs_unprivileged() -> None:
    deployment = BY_KIND["Deployment"]["spec"]
    assert "replicas" not in deployment, "KEDA owns the replica count"
    assert deployment["selector"]["matchLabels"].items() <= (
        deployment["template"]["metadata"]["labels"].items()
    )
    [container] = pod_spec()["containers"]
    [port] = container["ports"]
    config = BY_KIND["ConfigMap"]["data"]
    assert port["containerPort"] == int(config["WEB_PORT"])
    assert config["WEB_HOST"] == "0.0.0.0"
    assert container["readinessProbe"]["httpGet"] == {"path": "/ready", "port": port["name"]}
    assert container["livenessProbe"]["httpGet"]["path"] == "/"
    assert container["startupProbe"]["httpGet"]["path"] == "/"
    requests = container["resources"]["requests"]
    assert requests["cpu"] and requests["memory"]
    assert container["resources"]["limits"]["memory"]
    security = pod_spec()["securityContext"]
    assert security["runAsNonRoot"] is True
    assert f"USER {security['runAsUser']}:{security['runAsGroup']}" in DOCKERFILE.read_text()
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {mount["mountPath"] for mount in container["volumeMounts"]}
    assert config["DATA_DIR"].startswith("/data/") and {"/data", "/tmp"} <= mounts


def test_the_configmap_holds_service_settings_only() -> None:
    config = BY_KIND["ConfigMap"]["data"]
    unknown = [name for name in config if name.lower() not in Settings.model_fields]
    assert not unknown, f"not settings of the service: {unknown}"
    Settings.model_validate({name.lower(): value for name, value in config.items()})


def test_the_service_and_the_monitor_reach_the_pods() -> None:
    labels = BY_KIND["Deployment"]["spec"]["template"]["metadata"]["labels"]
    service = BY_KIND["Service"]
    assert service["spec"]["selector"].items() <= labels.items()
    [port] = service["spec"]["ports"]
    monitor = BY_KIND["ServiceMonitor"]["spec"]
    assert monitor["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    [endpoint] = monitor["endpoints"]
    assert endpoint["port"] == port["name"] and endpoint["path"] == "/metrics"
    # the job label is the Service's name, as the alerting rules expect
    assert "jobLabel" not in monitor and service["metadata"]["name"] == "enricher"
    budget = BY_KIND["PodDisruptionBudget"]["spec"]
    assert budget["selector"]["matchLabels"].items() <= labels.items()


def test_scaling_follows_the_consumer_lag_of_the_input_topic() -> None:
    scaled = BY_KIND["ScaledObject"]["spec"]
    config = BY_KIND["ConfigMap"]["data"]
    assert scaled["scaleTargetRef"]["name"] == BY_KIND["Deployment"]["metadata"]["name"]
    [trigger] = scaled["triggers"]
    assert trigger["type"] == "kafka"
    metadata = trigger["metadata"]
    assert metadata["consumerGroup"] == config["APP_ID"]
    assert metadata["topic"] == config["TOPIC_RAW"]
    assert metadata["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
    assert metadata["offsetResetPolicy"] == "earliest"  # as the worker's consumer
    assert int(metadata["lagThreshold"]) > 0
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"]
    assert scaled["maxReplicaCount"] <= int(config["TOPIC_PARTITIONS"])
