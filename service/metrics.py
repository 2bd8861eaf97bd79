"""Every Prometheus metric of the service's own, in one place.

Label values come from fixed sets (reason codes, topic roles, stage names),
never from input, so cardinality stays bounded.
"""

from __future__ import annotations

from typing import get_args

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

from service.events import RejectReason

PREFIX = "enricher"

# The *_created series double the exposition for no use in alerts or dashboards.
disable_created_metrics()  # type: ignore[no-untyped-call]

ARTICLES_CONSUMED = Counter(
    f"{PREFIX}_articles_consumed_total", "Raw article messages read from the input topic."
)
ARTICLES_ENRICHED = Counter(f"{PREFIX}_articles_enriched_total", "Articles enriched and published.")
ARTICLES_REJECTED = Counter(
    f"{PREFIX}_articles_rejected_total",
    "Messages published to the rejected topic, by reason code.",
    ["reason"],
)
EVENTS_PUBLISHED = Counter(
    f"{PREFIX}_events_published_total",
    "Events published, by output topic role (enriched, entities, quotes, dates, rejected).",
    ["topic"],
)
STAGE_SECONDS = Histogram(
    f"{PREFIX}_stage_seconds",
    "Time per pipeline stage: per batch (parse, nlp, serialize, publish) or per article"
    " (entities, quotes, dates).",
    ["stage"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
BATCH_SIZE = Histogram(
    f"{PREFIX}_batch_size", "Articles per processed batch.", buckets=(1, 2, 4, 8, 16, 32, 64, 128)
)
END_TO_END_LAG = Histogram(
    f"{PREFIX}_end_to_end_lag_seconds",
    "Now minus the raw message's timestamp (its ingest time), when its events are published.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600),
)
ITEMS_PER_ARTICLE = Histogram(
    f"{PREFIX}_items_per_article",
    "Entities, quotes and dates found per article.",
    ["kind"],
    buckets=(0, 1, 2, 5, 10, 20, 50, 100),
)
READY = Gauge(f"{PREFIX}_ready", "1 when the model is loaded and partitions are assigned.")

STAGES = ("parse", "nlp", "entities", "quotes", "dates", "serialize", "publish")
REASONS: tuple[str, ...] = get_args(RejectReason)
TOPIC_ROLES = ("enriched", "entities", "quotes", "dates", "rejected")


def initialise_labels() -> None:
    """Expose every labelled series at zero from the start, so rates and alerts work at once."""
    for stage in STAGES:
        STAGE_SECONDS.labels(stage=stage)
    for reason in REASONS:
        ARTICLES_REJECTED.labels(reason=reason)
    for role in TOPIC_ROLES:
        EVENTS_PUBLISHED.labels(topic=role)
    for kind in ("entities", "quotes", "dates"):
        ITEMS_PER_ARTICLE.labels(kind=kind)
