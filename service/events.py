"""Every event the service publishes, as pydantic models.

These models are the contract with downstream consumers: the JSON Schemas in
`service/schemas/` are generated from them and a test fails when they drift.
Bump SCHEMA_VERSION on any change a consumer could notice.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

EntityType = Literal["PERSON", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "partial"]
Granularity = Literal["day", "week", "month", "year", "decade", "span"]
RejectReason = Literal[
    "not_json",
    "not_object",
    "invalid",
    "no_text",
    "too_large",
    "text_too_long",
    "enrichment_error",
    "timeout",
]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Event):
    """A span of the article text: `text == article_text[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(_Event):
    """One real-world thing, with every place the article mentions it."""

    id: str
    name: str = Field(description="Canonical name: the fullest form written in the article.")
    type: EntityType
    label: str = Field(description="The model's finer label, e.g. GPE or NORP.")
    mentions: list[Mention]
    count: int = Field(ge=1)


class Speaker(_Event):
    name: str
    entity_id: str | None = Field(description="The `id` of the speaker's entity, when known.")
    mention: Mention = Field(description="Where the article names (or refers to) the speaker.")


class Quote(_Event):
    id: str
    text: str = Field(description="What stands between the quote marks, without them.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: Speaker | None
    cue: str | None = Field(description='The reporting verb or phrase, e.g. "said".')
    kind: QuoteKind


class DateRef(_Event):
    """A temporal expression resolved to an inclusive range of calendar days."""

    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    first_day: dt.date | None
    last_day: dt.date | None
    granularity: Granularity
    relative: bool = Field(description="True when resolved against the publication date.")


class Enricher(_Event):
    service_version: str
    model_name: str
    model_version: str


class EnrichedArticle(_Event):
    schema_version: int = SCHEMA_VERSION
    article_id: str
    external_id: str | None = Field(description="The scraper's own `id`, as sent.")
    url: str | None
    source: str | None
    title: str | None
    language: str | None
    authors: list[str]
    published_at: dt.datetime | None = Field(description="UTC, ISO 8601.")
    published_date: dt.date | None = Field(
        description="The article's local calendar date, the anchor for relative dates."
    )
    processed_at: dt.datetime
    text: str
    entities: list[Entity]
    quotes: list[Quote]
    dates: list[DateRef]
    enricher: Enricher


class _ItemEvent(_Event):
    schema_version: int = SCHEMA_VERSION
    article_id: str
    id: str
    published_at: dt.datetime | None


class EntityEvent(_ItemEvent):
    entity: Entity


class QuoteEvent(_ItemEvent):
    quote: Quote


class DateEvent(_ItemEvent):
    date: DateRef


class SourcePosition(_Event):
    """Where the rejected message came from: a topic position, or a file line offline."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    file: str | None = None
    line: int | None = None


class RejectedArticle(_Event):
    schema_version: int = SCHEMA_VERSION
    reason: RejectReason
    message: str
    payload: str = Field(
        description="The original message value, unchanged; cut to the size limit if too_large."
    )
    payload_encoding: Literal["utf-8", "base64"]
    payload_bytes: int = Field(ge=0, description="Size of the original message value.")
    payload_truncated: bool
    source: SourcePosition
    article_id: str | None = None
    rejected_at: dt.datetime
