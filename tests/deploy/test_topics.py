"""deploy/kafka/create-topics.sh (the compose service `topics`) against a real broker: it creates
the same topics as the service's own ensure_topics, and a second run changes nothing."""

from __future__ import annotations

import asyncio
import os
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from service.settings import Settings
from service.topics import ensure_topics
from tests.deploy.tools import DEPLOY, ROOT, run
from tests.integration.kafka_io import Topics

pytestmark = pytest.mark.integration

SCRIPT = DEPLOY / "kafka" / "create-topics.sh"
TOPIC_CONFIG = 1  # DescribeConfigs source: set on the topic itself


def kafka_jars() -> Path:
    """The folder of the Kafka jars scripts/kafka-local resolved (resolving them if needed)."""
    home = Path(os.environ.get("KAFKA_LOCAL_HOME", ROOT / ".kafka"))
    for _ in range(2):
        found = sorted((home / "lib").glob("*/.complete"))
        if found:
            return found[-1].parent
        run([str(ROOT / "scripts" / "kafka-local"), "topics", "--version"], timeout=900)
    raise AssertionError(f"no Kafka jars under {home}/lib")


def kafka_topics_command(directory: Path) -> Path:
    """A kafka-topics.sh: Kafka's own TopicCommand, run from the jars on Maven Central."""
    script = directory / "kafka-topics.sh"
    script.write_text(
        "#!/bin/sh\n"
        f'exec java -Xmx256m -XX:TieredStopAtLevel=1 -cp "{kafka_jars()}/*" '
        'org.apache.kafka.tools.TopicCommand "$@"\n',
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


async def describe(bootstrap: str, names: list[str]) -> dict[str, tuple[int, int, dict[str, str]]]:
    """Topic -> (partitions, replicas, the configs set on the topic)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        topics = await admin.describe_topics(names)
        responses = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name) for name in names]
        )
    finally:
        await admin.close()
    configs: dict[str, dict[str, str]] = {}
    for response in responses:
        for resource in response.to_object()["resources"]:
            configs[resource["resource_name"]] = {
                entry["config_names"]: entry["config_value"]
                for entry in resource["config_entries"]
                if entry["config_source"] == TOPIC_CONFIG
            }
    result = {}
    for topic in topics:
        assert topic["error_code"] == 0, topic
        partitions: list[dict[str, Any]] = topic["partitions"]
        replicas = {len(p["replicas"]) for p in partitions}
        result[topic["topic"]] = (len(partitions), replicas.pop(), configs[topic["topic"]])
    return result


def settings_for(bootstrap: str, topics: Topics) -> Settings:
    return Settings(
        _env_file=None,
        kafka_bootstrap_servers=bootstrap,
        **{f"topic_{role}": getattr(topics, role) for role in Topics.roles()},
    )


def test_the_script_creates_the_topics_the_service_would(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    by_script = Topics.with_prefix(f"s{uuid.uuid4().hex[:8]}")
    by_service = Topics.with_prefix(f"v{uuid.uuid4().hex[:8]}")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TOPIC_")},
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "KAFKA_TOPICS": str(kafka_topics_command(tmp_path)),
        **by_script.as_env(),
    }
    first = run(["sh", str(SCRIPT)], env=env, timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    again = run(["sh", str(SCRIPT)], env=env, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    asyncio.run(ensure_topics(settings_for(kafka_bootstrap, by_service)))

    roles = Topics.roles()
    script_names = [getattr(by_script, role) for role in roles]
    service_names = [getattr(by_service, role) for role in roles]
    created = asyncio.run(describe(kafka_bootstrap, script_names))
    expected = asyncio.run(describe(kafka_bootstrap, service_names))
    settings = Settings(_env_file=None)
    for role, ours, theirs in zip(roles, script_names, service_names, strict=True):
        assert created[ours] == expected[theirs], role
        assert created[ours][0] == settings.topic_partitions >= 6, role
    rejected = created[by_script.rejected][2]
    assert int(rejected["retention.ms"]) == 30 * 24 * 3600 * 1000
