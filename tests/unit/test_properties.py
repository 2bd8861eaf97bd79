"""Properties of the offline pipeline over arbitrary input: nothing escapes, every span holds.

Whatever the text or the JSON object, the pipeline gives exactly one outcome per
message: a rejection with a documented reason (never `enrichment_error`, which
means an extractor raised), or an enriched article whose every span indexes its
text, whose quotes and dates don't overlap and whose item ids are unique. The
same message processed again gives byte-identical events.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.events import EnrichedArticle, RejectReason
from service.ingest import FIELD_ALIASES, Rejection, is_blank
from service.pipeline import Limits, Outcome, Pipeline, article_messages
from tests.hostile.invariants import assert_sane

RECEIVED = dt.datetime(2024, 3, 7, 12, 0, tzinfo=dt.UTC)
# Rejections a message can earn by its content; enrichment_error and timeout mean the
# service failed on an input it had accepted.
CONTENT_REASONS = set(get_args(RejectReason)) - {"enrichment_error", "timeout"}

# Pieces that exercise the extractors: quote marks of every kind, reporting verbs, names,
# dates absolute and relative, scripts, invisible and control characters.
FRAGMENTS = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "``", "''",
    " said ", " told reporters", ", she said.", " according to ", ": ",
    "Ann Cole", "Mr. Tomas Rivera", "the mayor", "Grace Mwangi", " he ", " they ",
    "NASA", "the United Nations", "Leeds", "Nairobi", "Paris",
    "on Monday", "last week", "March 7, 2024", "7 March", "2019–2021", "the 1990s",
    "next year", "yesterday", "Q3 2023", "7/3/2024", "2024-03-07", "the last ",
    "two days ago", "this weekend", "between May and June", "from 2010 to 2015",
    ". ", ", ", "; ", "\n", "\n\n", "\r\n", " ", "\t", "—", "–", "...", "(", ")", "[", "]",
    "12", "1,000", "5%", "$3", "🎉", "👩‍👩‍👧", "\u200b", "\u202e", "\u00ad", "\ufeff",
    "שלום", "مرحبا", "Привет", "東京", "é", "e\u0301", "\x00", "\x1f", "\u2028",
]  # fmt: skip

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=120).map(
    "".join
)

DATES = st.one_of(
    st.sampled_from(
        [
            "2024-03-07",
            "2024-03-07T10:00:00+05:30",
            "Thu, 07 Mar 2024 10:00:00 GMT",
            "March 7, 2024 9:30 AM EST",
            "20240307",
            "1709805600",
            "07/03/2024",
            "yesterday",
            "9999-12-31T23:59:59Z",
            "0001-01-01",
            "March 2024",
            "7 March 2024 10:00 IST",
        ]
    ),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    texts,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
FIELD_NAMES = sorted({key for keys in FIELD_ALIASES.values() for key in keys})
urls = st.one_of(
    st.sampled_from(["https://example.org/a", "http://EXAMPLE.org:80/a/?utm_source=x#f"]),
    st.builds("https://example.org/{}".format, st.text(max_size=15)),
    st.text(max_size=20),
)
objects = st.one_of(
    # Anything at all under the known field names and others.
    st.dictionaries(
        st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)), json_values, max_size=8
    ),
    # Nearly right: the fields an article needs, with values of any shape.
    st.fixed_dictionaries(
        {"url": urls, "text": st.one_of(texts, json_values)},
        optional={
            "id": st.one_of(st.text(max_size=10), st.integers(), json_values),
            "title": st.one_of(texts, json_values),
            "html": st.one_of(st.builds("<p>{}</p>".format, texts), st.text(max_size=40)),
            "published_at": DATES,
            "authors": st.one_of(st.lists(st.text(max_size=15), max_size=3), json_values),
            "language": st.one_of(st.sampled_from(["en", "EN-us", "pt_BR", "zz-!!"]), scalars),
            "source": st.one_of(urls, scalars),
        },
    ),
)


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    # Small limits, so that the size rejections are reachable too.
    return Pipeline(nlp, limits=Limits(max_message_bytes=20_000, max_text_chars=2_000))


def process_one(pipeline: Pipeline, payload: bytes) -> Outcome:
    [outcome] = pipeline.process([payload], [RECEIVED]).outcomes
    if isinstance(outcome, Rejection):
        assert outcome.reason in CONTENT_REASONS, f"{outcome.reason}: {outcome.message}"
        assert outcome.message
    else:
        assert_sane(outcome)
    return outcome


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=texts)
def test_any_text_is_enriched_with_spans_that_index_it(pipeline: Pipeline, text: str) -> None:
    payload = json.dumps({"url": "https://example.org/p", "text": text}, ensure_ascii=False)
    outcome = process_one(pipeline, payload.encode("utf-8"))
    if len(text) > pipeline.limits.max_text_chars:
        assert isinstance(outcome, Rejection) and outcome.reason == "text_too_long"
    elif is_blank(text):
        assert isinstance(outcome, Rejection) and outcome.reason == "no_text"
    else:
        assert isinstance(outcome, EnrichedArticle), f"rejected: {outcome}"
        assert outcome.text == text


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(obj=objects, ascii_only=st.booleans())
def test_any_json_object_gives_one_outcome_and_the_same_again(
    pipeline: Pipeline, obj: dict[str, Any], ascii_only: bool
) -> None:
    payload = json.dumps(obj, ensure_ascii=ascii_only).encode("utf-8")
    first = process_one(pipeline, payload)
    again = process_one(pipeline, payload)
    if isinstance(first, EnrichedArticle):
        assert isinstance(again, EnrichedArticle)
        assert article_messages(first) == article_messages(again), "a redelivery differs"
    else:
        assert isinstance(again, Rejection)
        assert (again.reason, again.article_id) == (first.reason, first.article_id)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=st.binary(max_size=300))
def test_any_bytes_give_one_outcome(pipeline: Pipeline, payload: bytes) -> None:
    process_one(pipeline, payload)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(st.one_of(objects, texts), min_size=2, max_size=8))
def test_a_batch_gives_the_outcomes_of_its_messages_alone(
    pipeline: Pipeline, batch: list[dict[str, Any] | str]
) -> None:
    payloads = [
        json.dumps(item if isinstance(item, dict) else {"id": "x", "text": item}).encode()
        for item in batch
    ]
    together = pipeline.process(payloads, [RECEIVED] * len(payloads)).outcomes
    assert len(together) == len(payloads)
    for payload, outcome in zip(payloads, together, strict=True):
        alone = process_one(pipeline, payload)
        if isinstance(alone, EnrichedArticle):
            assert isinstance(outcome, EnrichedArticle)
            assert article_messages(outcome) == article_messages(alone)
        else:
            assert isinstance(outcome, Rejection) and outcome.reason == alone.reason
