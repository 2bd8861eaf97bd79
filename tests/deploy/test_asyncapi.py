"""The AsyncAPI document: checked in as generated from the models, valid for the AsyncAPI parser,
and describing every topic with its key and payload. (test_live_metrics checks the events a real
worker publishes against it.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from service.asyncapi import DOCUMENT_PATH, document, drifted, render
from service.schemas import EVENT_MODELS
from service.settings import Settings
from service.topics import topic_configs
from tests.deploy.tools import NODE_TOOLS, ROOT, Tools, run

DOC: dict[str, Any] = yaml.safe_load(DOCUMENT_PATH.read_text(encoding="utf-8"))


def parse(tools: Tools, path: Path) -> tuple[int, dict[str, Any], str]:
    done = run([tools.node, str(NODE_TOOLS / "validate-asyncapi.mjs"), str(path)], cwd=NODE_TOOLS)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, done.stdout + done.stderr
    return done.returncode, json.loads(lines[0]), done.stderr


@pytest.fixture(scope="module")
def parsed(tools: Tools) -> dict[str, Any]:
    code, report, stderr = parse(tools, DOCUMENT_PATH)
    assert code == 0 and report["valid"], report["diagnostics"] or stderr
    return report


def payload_validator(message: str) -> jsonschema.protocols.Validator:
    """A validator of a message's payload, resolving references inside the whole document."""
    payload = DOC["components"]["messages"][message]["payload"]
    schema = {**payload, "components": DOC["components"]}
    validator_class = jsonschema.validators.validator_for(schema, jsonschema.Draft202012Validator)
    return validator_class(schema, format_checker=jsonschema.FormatChecker())


def test_the_checked_in_document_is_generated_from_the_models() -> None:
    assert not drifted(), f"{DOCUMENT_PATH} is out of date: run `make asyncapi` and commit it"


def test_generation_is_deterministic_and_ignores_the_environment(monkeypatch: Any) -> None:
    first = render()
    monkeypatch.setenv("TOPIC_RAW", "elsewhere.raw")
    monkeypatch.setenv("TOPIC_PARTITIONS", "2")
    assert render() == first


def test_the_asyncapi_parser_accepts_the_document(parsed: dict[str, Any]) -> None:
    report = parsed
    assert report["version"].startswith("3.")
    serious = [d for d in report["diagnostics"] if d["severity"] <= 1]  # errors and warnings
    assert not serious, serious


def test_the_parser_rejects_a_broken_document(tools: Tools, tmp_path: Path) -> None:
    broken = document()
    broken["channels"]["articlesRejected"]["bindings"]["kafka"]["partitions"] = "six"
    del broken["operations"]["enrichArticles"]["action"]
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    code, report, _ = parse(tools, path)
    assert code != 0 and not report["valid"]
    assert any(d["severity"] == 0 for d in report["diagnostics"])


def test_every_topic_is_a_channel_with_its_binding_key_and_payload(
    parsed: dict[str, Any],
) -> None:
    report = parsed
    settings = Settings.model_construct()
    configs = topic_configs(settings)
    channels = {channel["address"]: channel for channel in report["channels"]}
    assert set(channels) == {settings.topic_raw, *EVENT_MODELS}
    for address, channel in channels.items():
        kafka = channel["kafka"]
        assert kafka["partitions"] == settings.topic_partitions >= 6
        assert kafka.get("topicConfiguration", {}) == {
            name: int(value) for name, value in configs[address].items()
        }
    rejected = channels[settings.topic_rejected]["kafka"]["topicConfiguration"]
    assert rejected["retention.ms"] == 30 * 24 * 3600 * 1000
    messages = {message["id"]: message for message in report["messages"]}
    assert len(messages) == len(channels)
    for message in messages.values():
        assert message["hasPayload"] and message["contentType"] == "application/json"
        assert message["key"]["description"]
    actions = {operation["channels"][0]: operation["action"] for operation in report["operations"]}
    assert actions == {address: "send" for address in EVENT_MODELS} | {
        settings.topic_raw: "receive"
    }


def test_payload_schemas_are_the_models_schemas() -> None:
    for topic, model in EVENT_MODELS.items():
        [message] = [
            m for m in DOC["components"]["messages"].values() if m["name"] == model.__name__
        ]
        assert message["payload"] == {"$ref": f"#/components/schemas/{model.__name__}"}, topic
        schema = DOC["components"]["schemas"][model.__name__]
        assert set(schema["properties"]) == set(model.model_json_schema()["properties"]), topic


def test_the_seed_articles_match_the_raw_article_schema() -> None:
    validator = payload_validator("RawArticle")
    lines = (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for line in filter(None, lines):
        validator.validate(json.loads(line))
    invalid = list(validator.iter_errors({"title": "no url and no id"}))
    assert invalid, "an article without url or id must not match"
