"""The AsyncAPI 3 document of the service's topics, generated from the pydantic event models.

Every topic is a channel with its Kafka binding (partitions, retention, size limit, as
`service.topics` creates it), every event a message with its key and its payload schema. The
payload schemas come from the same models as `service/schemas/*.json`; the input topic's
schema from the field aliases the ingest step accepts.

    python -m service.asyncapi                  print the document
    python -m service.asyncapi --write [PATH]   write it (default: docs/asyncapi.yaml)
    python -m service.asyncapi --check [PATH]   exit 1 when the file differs from the models

The document is generated from the defaults of the settings, never from the environment, so
the checked-in file is the same on every machine. A test fails when it drifts.
"""

from __future__ import annotations

import argparse
import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from service import __version__
from service.events import SCHEMA_VERSION
from service.ingest import FIELD_ALIASES
from service.schemas import EVENT_MODELS
from service.settings import Settings
from service.topics import topic_configs

DOCUMENT_PATH = Path(__file__).resolve().parents[1] / "docs" / "asyncapi.yaml"
ASYNCAPI_VERSION = "3.0.0"
KAFKA_BINDING_VERSION = "0.5.0"
SCHEMA_REF = "#/components/schemas/{model}"
HEADER = (
    "# The AsyncAPI document of news-enricher's Kafka topics. Generated from the pydantic models\n"
    "# in service/events.py by `python -m service.asyncapi --write` (`make asyncapi`); do not\n"
    "# edit by hand: a test fails when it drifts from the models.\n"
)

# The raw input's fields once aliases are resolved; every alias gets the same schema.
# Kept in step with service.ingest.FIELD_ALIASES: generation fails if the two differ.
RAW_FIELDS: dict[str, dict[str, Any]] = {
    "url": {
        "type": ["string", "null"],
        "description": "Absolute http(s) URL. The article id derives from its canonical form.",
    },
    "id": {
        "type": ["string", "integer", "null"],
        "description": "The scraper's own id, passed through as `external_id`.",
    },
    "title": {"type": ["string", "null"]},
    "text": {
        "type": ["string", "null"],
        "description": "The article text, emitted unchanged; every span indexes it.",
    },
    "html": {
        "type": ["string", "null"],
        "description": "Page HTML; its main text is extracted when no text is given.",
    },
    "published_at": {
        "type": ["string", "number", "null"],
        "description": "ISO 8601, RFC 2822, common human formats, or Unix epoch seconds or"
        " milliseconds. Naive times are UTC.",
    },
    "source": {"type": ["string", "null"], "description": "Default: the URL's host."},
    "authors": {
        "anyOf": [
            {"type": "array", "items": {"type": "string"}},
            {"type": "string"},
            {"type": "null"},
        ],
        "description": "A list of names, or one string of names separated by commas or 'and'.",
    },
    "language": {"type": ["string", "null"], "description": "Detected when not given."},
}


@dataclass(frozen=True)
class Topic:
    """One topic: its channel and operation ids, its message and the key of its messages."""

    setting: str  # the Settings field holding the topic name
    channel: str
    operation: str
    message: str
    title: str
    description: str
    key: dict[str, Any]


ARTICLE_ID_KEY: dict[str, Any] = {
    "type": "string",
    "description": "The `article_id`: every event of one article has the same key, so the same"
    " partition, in the order published.",
}

INPUT = Topic(
    setting="topic_raw",
    channel="articlesRaw",
    operation="enrichArticles",
    message="RawArticle",
    title="Raw articles",
    description="Scraped articles, one JSON object per message, as news-please, trafilatura or"
    " any scraper writes them. A message that is not an acceptable article is not dropped: its"
    " rejection record goes to the rejected topic.",
    key={
        "type": ["string", "null"],
        "description": "Any key, or none. `enricher produce` keys by the article id, so that"
        " redeliveries of one article land on one partition.",
    },
)

OUTPUTS: dict[str, Topic] = {
    "articles.enriched": Topic(
        setting="topic_enriched",
        channel="articlesEnriched",
        operation="publishEnrichedArticles",
        message="EnrichedArticle",
        title="Enriched articles",
        description="One event per accepted article: the article, normalized, with every"
        " entity, quote and date found in it.",
        key=ARTICLE_ID_KEY,
    ),
    "articles.entities": Topic(
        setting="topic_entities",
        channel="articlesEntities",
        operation="publishEntities",
        message="EntityEvent",
        title="Entities",
        description="One event per entity (person, organisation, location, other) an article"
        " mentions, with every mention.",
        key=ARTICLE_ID_KEY,
    ),
    "articles.quotes": Topic(
        setting="topic_quotes",
        channel="articlesQuotes",
        operation="publishQuotes",
        message="QuoteEvent",
        title="Quotes",
        description="One event per quote, with its speaker when attributed.",
        key=ARTICLE_ID_KEY,
    ),
    "articles.dates": Topic(
        setting="topic_dates",
        channel="articlesDates",
        operation="publishDates",
        message="DateEvent",
        title="Dates",
        description="One event per temporal expression, resolved to a range of calendar days.",
        key=ARTICLE_ID_KEY,
    ),
    "articles.rejected": Topic(
        setting="topic_rejected",
        channel="articlesRejected",
        operation="publishRejections",
        message="RejectedArticle",
        title="Rejected messages",
        description="One record per input message that could not be enriched: the reason, a"
        " message, the original payload and where it came from.",
        key={
            "type": ["string", "null"],
            "description": "The `article_id` when the message got far enough to have one;"
            " else no key.",
        },
    ),
}


def _default_settings() -> Settings:
    """The defaults of every setting, without reading the environment or a .env file."""
    return Settings.model_construct()


def _payload_schemas() -> tuple[dict[type[BaseModel], dict[str, Any]], dict[str, Any]]:
    """Per model, a reference to its schema; and every schema, for components/schemas."""
    models = list(EVENT_MODELS.values())
    refs, definitions = models_json_schema(
        [(model, "serialization") for model in models], ref_template=SCHEMA_REF
    )
    by_model = {model: dict(refs[(model, "serialization")]) for model in models}
    return by_model, dict(sorted(definitions.get("$defs", {}).items()))


def raw_article_schema() -> dict[str, Any]:
    """What the ingest step accepts, aliases included; unknown fields are ignored."""
    if set(RAW_FIELDS) != set(FIELD_ALIASES):
        raise RuntimeError(
            f"RAW_FIELDS {sorted(RAW_FIELDS)} and ingest's FIELD_ALIASES {sorted(FIELD_ALIASES)}"
            " name different fields; update service/asyncapi.py"
        )
    properties: dict[str, Any] = {}
    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            schema = copy.deepcopy(RAW_FIELDS[field])
            if alias != field:
                schema["description"] = f"Alias of `{field}`."
            properties[alias] = schema
    alias_lists = "; ".join(
        f"{field}: {', '.join(aliases)}"
        for field, aliases in FIELD_ALIASES.items()
        if len(aliases) > 1
    )
    return {
        "type": "object",
        "title": "RawArticle",
        "description": "A scraped article. For every field the first alias holding a non-blank"
        f" value wins ({alias_lists}); blank strings count as missing; unknown fields are"
        " ignored. `url` or `id` is required, and some text (`text` or `html`).",
        "properties": properties,
        "anyOf": [{"required": ["url"]}, {"required": ["id"]}],
        "additionalProperties": True,
    }


def _channel(topic: Topic, settings: Settings, configs: dict[str, dict[str, str]]) -> Any:
    address: str = getattr(settings, topic.setting)
    configuration: dict[str, Any] = {
        name: int(value) for name, value in sorted(configs.get(address, {}).items())
    }
    binding: dict[str, Any] = {
        "topic": address,
        "partitions": settings.topic_partitions,
        "replicas": settings.topic_replication_factor,
    }
    if configuration:
        binding["topicConfiguration"] = configuration
    binding["bindingVersion"] = KAFKA_BINDING_VERSION
    env = topic.setting.upper()
    return {
        "address": address,
        "title": topic.title,
        "description": f"{topic.description}\n\nTopic name: `{env}` (default `{address}`).",
        "messages": {topic.message: {"$ref": f"#/components/messages/{topic.message}"}},
        "bindings": {"kafka": binding},
    }


def _message(topic: Topic, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": topic.message,
        "title": topic.title,
        "summary": topic.description.split(". ")[0].rstrip(".") + ".",
        "contentType": "application/json",
        "payload": payload,
        "bindings": {
            "kafka": {"key": copy.deepcopy(topic.key), "bindingVersion": KAFKA_BINDING_VERSION}
        },
    }


def _operation(topic: Topic, action: str, description: str, group: str | None) -> Any:
    operation: dict[str, Any] = {
        "action": action,
        "channel": {"$ref": f"#/channels/{topic.channel}"},
        "title": topic.title,
        "description": description,
        "messages": [{"$ref": f"#/channels/{topic.channel}/messages/{topic.message}"}],
    }
    if group is not None:
        operation["bindings"] = {
            "kafka": {
                "groupId": {
                    "type": "string",
                    "enum": [group],
                    "description": "The consumer group: `APP_ID`. Workers of one group share"
                    " the partitions.",
                },
                "bindingVersion": KAFKA_BINDING_VERSION,
            }
        }
    return operation


def document() -> dict[str, Any]:
    """The AsyncAPI document, as plain data."""
    settings = _default_settings()
    configs = topic_configs(settings)
    payloads, schemas = _payload_schemas()
    missing = set(EVENT_MODELS) - set(OUTPUTS)
    if missing:
        raise RuntimeError(f"topics without a channel description: {sorted(missing)}")

    channels = {INPUT.channel: _channel(INPUT, settings, configs)}
    messages = {INPUT.message: _message(INPUT, {"$ref": SCHEMA_REF.format(model="RawArticle")})}
    operations = {
        INPUT.operation: _operation(
            INPUT,
            "receive",
            "Workers consume raw articles in batches and commit a batch's offsets only once all"
            " of its events are on the broker: delivery is at least once, and a redelivered"
            " article gives identical events (ids are deterministic).",
            settings.app_id,
        )
    }
    for name, model in EVENT_MODELS.items():
        topic = OUTPUTS[name]
        channels[topic.channel] = _channel(topic, settings, configs)
        messages[topic.message] = _message(topic, payloads[model])
        operations[topic.operation] = _operation(
            topic, "send", f"The enricher publishes {topic.title.lower()}.", None
        )
    schemas = {"RawArticle": raw_article_schema(), **schemas}

    return {
        "asyncapi": ASYNCAPI_VERSION,
        "id": "urn:news-enricher",
        "info": {
            "title": "news-enricher",
            "version": __version__,
            "description": "Streaming news enrichment. Scrapers publish raw articles; the"
            " service finds the entities each article mentions, its quotes with their speakers"
            " and its dates resolved to calendar days, and publishes one event per article and"
            " per item. Every event is JSON, keyed by `article_id`, and carries"
            f" `schema_version` (now {SCHEMA_VERSION}). Spans are Python string offsets into"
            " the article's `text`, end exclusive. Consumers deduplicate by `id`.",
            "tags": [{"name": "news"}, {"name": "nlp"}],
        },
        "defaultContentType": "application/json",
        "servers": {
            "compose": {
                "host": "kafka:9092",
                "protocol": "kafka",
                "description": "The broker of `docker compose up` (from the host:"
                " 127.0.0.1:29092).",
            },
            "local": {
                "host": "127.0.0.1:9092",
                "protocol": "kafka",
                "description": "The broker of `scripts/kafka-local start`.",
            },
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def render() -> str:
    body = yaml.safe_dump(document(), sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def drifted(path: Path = DOCUMENT_PATH) -> bool:
    return not path.exists() or path.read_text(encoding="utf-8") != render()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.asyncapi", description=__doc__)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", nargs="?", const=DOCUMENT_PATH, type=Path, metavar="PATH")
    action.add_argument("--check", nargs="?", const=DOCUMENT_PATH, type=Path, metavar="PATH")
    args = parser.parse_args(argv)
    if args.write is not None:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(render(), encoding="utf-8")
        print(args.write, file=sys.stderr)
    elif args.check is not None:
        if drifted(args.check):
            print(f"{args.check} is out of date: run `make asyncapi`", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
