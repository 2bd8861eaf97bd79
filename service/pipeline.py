"""Raw message bytes to enriched article events: the one pipeline the CLI and the worker share.

No Kafka here. Articles are batched through `nlp.pipe`; a failure in one
article's extraction rejects that article alone.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from service import __version__
from service.events import (
    DateEvent,
    DateRef,
    EnrichedArticle,
    Enricher,
    Entity,
    EntityEvent,
    Quote,
    QuoteEvent,
    RejectedArticle,
    SourcePosition,
)
from service.extract.dates import extract_dates
from service.extract.entities import extract_entities
from service.extract.quotes import extract_quotes
from service.ingest import Article, Rejection, parse_article, payload_for_record
from service.nlp import package_name

logger = logging.getLogger(__name__)

Outcome = EnrichedArticle | Rejection


@dataclass
class BatchResult:
    """Outcomes in input order, and how long each stage took (for metrics)."""

    outcomes: list[Outcome]
    stage_seconds: list[tuple[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int
    max_text_chars: int


class Pipeline:
    def __init__(self, nlp: Language, *, limits: Limits, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.limits = limits
        self.batch_size = batch_size
        self.enricher = Enricher(
            service_version=__version__,
            model_name=package_name(nlp.meta),
            model_version=model_version(nlp.meta),
        )

    def process(
        self, payloads: Sequence[bytes], received_at: Sequence[dt.datetime | None] = ()
    ) -> BatchResult:
        """Validate and enrich a batch of raw message values.

        `received_at` (the input messages' timestamps) becomes each article's
        `processed_at`, so a redelivered article gives byte-identical events;
        without it, the current time is used.
        """
        result = BatchResult(outcomes=[])
        started = time.perf_counter()
        parsed: list[Article | Rejection] = [self._parse(payload) for payload in payloads]
        result.stage_seconds.append(("parse", time.perf_counter() - started))
        stamps = list(received_at) or [None] * len(payloads)
        articles = [
            (item, stamp or dt.datetime.now(dt.UTC))
            for item, stamp in zip(parsed, stamps, strict=True)
            if isinstance(item, Article)
        ]
        # Strings and lexemes a batch adds to the vocabulary are freed after it; without the
        # zone a long-running worker's memory grows with every new name it reads. No spaCy
        # object may outlive the zone: the outcomes hold plain values only.
        with self.nlp.memory_zone():
            enriched = iter(list(self._enrich(articles, result)))
        result.outcomes = [
            item if isinstance(item, Rejection) else next(enriched) for item in parsed
        ]
        return result

    def _parse(self, payload: bytes) -> Article | Rejection:
        try:
            return parse_article(
                payload,
                max_message_bytes=self.limits.max_message_bytes,
                max_text_chars=self.limits.max_text_chars,
            )
        except Rejection as rejection:
            return rejection

    def _enrich(
        self, articles: list[tuple[Article, dt.datetime]], result: BatchResult
    ) -> Iterator[Outcome]:
        started = time.perf_counter()
        docs = list(self.nlp.pipe((a.text for a, _ in articles), batch_size=self.batch_size))
        result.stage_seconds.append(("nlp", time.perf_counter() - started))
        for (article, stamp), doc in zip(articles, docs, strict=True):
            yield self._enrich_one(article, stamp, doc, result)

    def _enrich_one(
        self, article: Article, processed_at: dt.datetime, doc: Doc, result: BatchResult
    ) -> Outcome:
        try:
            return self._within_size_limit(self._build(article, processed_at, doc, result))
        except Exception as exc:  # one bad article must not stop the batch
            # The exception text may quote the article: the traceback is for DEBUG only.
            logger.error("enrichment failed for article %s: %s", article.article_id, type(exc))
            logger.debug("enrichment failure", exc_info=True)
            return Rejection(
                "enrichment_error",
                f"enrichment failed: {type(exc).__name__}: {exc}"[:500],
                article_id=article.article_id,
            )

    def _within_size_limit(self, article: EnrichedArticle) -> Outcome:
        """An article whose enriched event (the largest of its events) would not fit on the
        topics is rejected here, rather than lost when publishing fails."""
        limit = event_size_limit(self.limits.max_message_bytes)
        size = len(article.model_dump_json().encode())
        if size <= limit:
            return article
        return Rejection(
            "too_large",
            f"its enriched event would be {size} bytes, over the limit of {limit}",
            article_id=article.article_id,
        )

    def _build(
        self, article: Article, processed_at: dt.datetime, doc: Doc, result: BatchResult
    ) -> EnrichedArticle:
        aid = article.article_id
        started = time.perf_counter()
        entities = extract_entities(doc, article_id=aid)
        after_entities = time.perf_counter()
        quotes = extract_quotes(doc, entities, article_id=aid)
        after_quotes = time.perf_counter()
        dates = extract_dates(doc, article.published_date, article_id=aid)
        after_dates = time.perf_counter()
        result.stage_seconds += [
            ("entities", after_entities - started),
            ("quotes", after_quotes - after_entities),
            ("dates", after_dates - after_quotes),
        ]
        return enriched_article(
            article,
            processed_at=processed_at,
            entities=entities,
            quotes=quotes,
            dates=dates,
            enricher=self.enricher,
        )


def model_version(meta: dict[str, Any]) -> str:
    """The pipeline's version, marked with the news NER weights it runs, if any."""
    version = str(meta.get("version", "unknown"))
    tuned = meta.get("news_ner")
    return f"{version}+news-ner.{tuned['corpus_sha256'][:12]}" if tuned else version


def enriched_article(
    article: Article,
    *,
    processed_at: dt.datetime,
    entities: list[Entity],
    quotes: list[Quote],
    dates: list[DateRef],
    enricher: Enricher,
) -> EnrichedArticle:
    """The enriched event: the article's validated metadata and text, and what was found."""
    return EnrichedArticle(
        article_id=article.article_id,
        external_id=article.external_id,
        url=article.url,
        source=article.source,
        title=article.title,
        language=article.language,
        authors=article.authors,
        published_at=article.published_at,
        published_date=article.published_date,
        processed_at=processed_at,
        text=article.text,
        entities=entities,
        quotes=quotes,
        dates=dates,
        enricher=enricher,
    )


ItemEvent = EntityEvent | QuoteEvent | DateEvent


def item_events(
    article: EnrichedArticle,
) -> tuple[list[EntityEvent], list[QuoteEvent], list[DateEvent]]:
    """One event per extracted item, for consumers that want only one kind."""
    common = {"article_id": article.article_id, "published_at": article.published_at}
    return (
        [EntityEvent(id=e.id, entity=e, **common) for e in article.entities],
        [QuoteEvent(id=q.id, quote=q, **common) for q in article.quotes],
        [DateEvent(id=d.id, date=d, **common) for d in article.dates],
    )


def event_size_limit(max_message_bytes: int) -> int:
    """The largest event published: a rejection carries up to MAX_MESSAGE_BYTES of payload,
    base64 at worst (4/3 larger), plus its metadata."""
    return max_message_bytes * 4 // 3 + 64_000


def _payload_text(kept: bytes) -> tuple[str, Literal["utf-8", "base64"]]:
    """The payload as text, or as base64 when it is not UTF-8 or when its JSON form (control
    characters escaped six bytes each) would outgrow base64, so records stay within the limit."""
    text, encoding = payload_for_record(kept)
    base64_size = 4 * ((len(kept) + 2) // 3)
    if encoding == "utf-8" and len(json.dumps(text, ensure_ascii=False).encode()) > base64_size + 2:
        return base64.b64encode(kept).decode("ascii"), "base64"
    return text, encoding


def rejected_record(
    payload: bytes,
    rejection: Rejection,
    source: SourcePosition,
    *,
    max_payload_bytes: int,
    rejected_at: dt.datetime | None = None,
) -> RejectedArticle:
    """The record for articles.rejected; an oversized payload is cut to the size limit."""
    kept = payload[:max_payload_bytes]
    text, encoding = _payload_text(kept)
    return RejectedArticle(
        reason=rejection.reason,
        message=rejection.message,
        payload=text,
        payload_encoding=encoding,
        payload_bytes=len(payload),
        payload_truncated=len(kept) < len(payload),
        source=source,
        article_id=rejection.article_id,
        rejected_at=rejected_at or dt.datetime.now(dt.UTC),
    )


Message = tuple[str, bytes]


def article_messages(article: EnrichedArticle) -> list[Message]:
    """(topic role, JSON value) of every event one article gives, the enriched event first."""
    entities, quotes, dates = item_events(article)
    messages = [("enriched", article.model_dump_json().encode())]
    messages += [("entities", event.model_dump_json().encode()) for event in entities]
    messages += [("quotes", event.model_dump_json().encode()) for event in quotes]
    messages += [("dates", event.model_dump_json().encode()) for event in dates]
    return messages
