"""Every hostile case through the offline pipeline: its one expected outcome, nothing raised.

Rejections must carry the expected reason and a record the worker can publish
(payload kept, cut only when too_large, within the largest event the topics
take). Enriched articles must keep the given text unchanged, index it with every
span, pass the case's own check, and give events the topics can take. Storms are
run in killable child processes under a wall-clock limit (see storms.py).
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

from service.events import EnrichedArticle, RejectedArticle, SourcePosition
from service.ingest import Rejection
from service.pipeline import Limits, Outcome, Pipeline, article_messages, rejected_record
from tests.hostile.cases import (
    BY_NAME,
    CASES,
    LARGEST_EVENT_BYTES,
    MAX_MESSAGE_BYTES,
    MAX_TEXT_CHARS,
    Case,
    Processed,
    Rejected,
    given_text,
)
from tests.hostile.invariants import assert_sane, largest_message
from tests.hostile.storms import RECEIVED, StormRun, run_storms

# Far above what linear processing needs (about 2 s for a storm on a busy laptop), far
# below what a quadratic pass over 200,000 characters takes (hours). Not a speed target.
STORM_LIMIT_SECONDS = 20.0
SOURCE = SourcePosition(topic="articles.raw", partition=0, offset=7)


def params(cases: list[Case]) -> list[Any]:
    return [pytest.param(case, id=case.name) for case in cases]


REGULAR = [case for case in CASES if not case.storm]
STORMS = [case for case in CASES if case.storm]


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return Pipeline(nlp, limits=Limits(MAX_MESSAGE_BYTES, MAX_TEXT_CHARS))


def check_outcome(case: Case, outcome: Outcome) -> None:
    """The case's expected outcome, in full."""
    if isinstance(case.expect, Rejected):
        assert isinstance(outcome, Rejection), f"{case.name}: enriched, expected a rejection"
        assert outcome.reason == case.expect.reason, f"{case.name}: {outcome.message}"
        assert outcome.message
        check_record(case, outcome)
    else:
        assert isinstance(outcome, EnrichedArticle), (
            f"{case.name}: rejected ({outcome.reason}: {outcome.message}), expected processed"
        )
        check_enriched(case, case.expect, outcome)


def check_record(case: Case, rejection: Rejection) -> None:
    record = rejected_record(
        case.payload, rejection, SOURCE, max_payload_bytes=MAX_MESSAGE_BYTES, rejected_at=RECEIVED
    )
    assert record.reason == rejection.reason
    assert record.payload_bytes == len(case.payload)
    kept = record_payload(record)
    truncated = len(case.payload) > MAX_MESSAGE_BYTES
    assert record.payload_truncated is truncated
    if truncated:
        assert kept == case.payload[:MAX_MESSAGE_BYTES]
    else:
        assert kept == case.payload, "the rejection record must keep the payload unchanged"
    size = len(record.model_dump_json())
    assert size <= LARGEST_EVENT_BYTES, (
        f"the rejection record is {size} bytes; the topics take at most {LARGEST_EVENT_BYTES}"
    )


def record_payload(record: RejectedArticle) -> bytes:
    if record.payload_encoding == "base64":
        return base64.b64decode(record.payload)
    return record.payload.encode("utf-8")


def check_enriched(case: Case, expect: Processed, enriched: EnrichedArticle) -> None:
    text = given_text(case)
    if text is not None:
        assert enriched.text == text, "the given text must be emitted unchanged"
    assert_sane(enriched)
    expect.check(enriched)
    role, size = largest_message(enriched)
    assert size <= LARGEST_EVENT_BYTES, (
        f"the {role} event is {size} bytes; the topics take at most {LARGEST_EVENT_BYTES}"
    )


@pytest.mark.parametrize("case", params(REGULAR))
def test_case_gives_its_expected_outcome(pipeline: Pipeline, case: Case) -> None:
    [outcome] = pipeline.process([case.payload], [RECEIVED]).outcomes
    check_outcome(case, outcome)


def test_the_whole_corpus_in_one_batch_gives_the_same_outcomes_in_order(
    pipeline: Pipeline,
) -> None:
    """One batch through nlp.pipe: no case disturbs its neighbours, and none is lost."""
    outcomes = pipeline.process([c.payload for c in REGULAR], [RECEIVED] * len(REGULAR)).outcomes
    assert len(outcomes) == len(REGULAR)
    for case, outcome in zip(REGULAR, outcomes, strict=True):
        got = outcome.reason if isinstance(outcome, Rejection) else None
        assert got == case.reason, f"{case.name}: {got} in a batch, expected {case.reason}"
        if isinstance(outcome, EnrichedArticle):
            assert_sane(outcome)
            assert isinstance(case.expect, Processed)
            case.expect.check(outcome)
    alone = pipeline.process([BY_NAME["duplicate_first"].payload], [RECEIVED]).outcomes[0]
    batched = outcomes[REGULAR.index(BY_NAME["duplicate_first"])]
    assert isinstance(alone, EnrichedArticle) and isinstance(batched, EnrichedArticle)
    assert article_messages(alone) == article_messages(batched), "batching changed the events"


def test_duplicates_have_one_article_id_and_identical_events(pipeline: Pipeline) -> None:
    for case in CASES:
        other = case.duplicate_of or case.same_article_as
        if other is None:
            continue
        first, second = pipeline.process(
            [BY_NAME[other].payload, case.payload], [RECEIVED, RECEIVED]
        ).outcomes
        assert isinstance(first, EnrichedArticle) and isinstance(second, EnrichedArticle)
        assert first.article_id == second.article_id, case.name
        if case.duplicate_of:
            assert article_messages(first) == article_messages(second), (
                f"{case.name}: a redelivered article must give byte-identical events"
            )


def test_a_redelivery_with_the_same_timestamp_is_byte_identical(pipeline: Pipeline) -> None:
    """processed_at comes from the input message, not the clock."""
    payload = BY_NAME["html_only_article"].payload
    first = pipeline.process([payload], [RECEIVED]).outcomes[0]
    later = pipeline.process([payload], [RECEIVED]).outcomes[0]
    assert isinstance(first, EnrichedArticle) and isinstance(later, EnrichedArticle)
    assert article_messages(first) == article_messages(later)
    moved = pipeline.process([payload], [RECEIVED + dt.timedelta(seconds=1)]).outcomes[0]
    assert isinstance(moved, EnrichedArticle)
    assert moved.model_copy(update={"processed_at": RECEIVED}) == first


def test_the_corpus_has_every_kind_of_case() -> None:
    assert len(CASES) >= 25
    assert len(BY_NAME) == len(CASES), "case names must be unique"
    reasons = {case.reason for case in CASES}
    assert reasons >= {
        None,
        "not_json",
        "not_object",
        "invalid",
        "no_text",
        "too_large",
        "text_too_long",
    }
    assert len(STORMS) >= 5
    assert any(case.value_none for case in CASES)


@pytest.fixture(scope="module")
def storm_runs() -> dict[str, StormRun]:
    return run_storms(STORMS, STORM_LIMIT_SECONDS)


@pytest.mark.parametrize("case", params(STORMS))
def test_storm_is_processed_in_linear_time(storm_runs: dict[str, StormRun], case: Case) -> None:
    run = storm_runs[case.name]
    assert run.outcome is not None, (
        f"{case.name}: still running after {STORM_LIMIT_SECONDS:.0f}s; linear processing of "
        f"200,000 characters takes a second or two"
    )
    assert run.seconds < STORM_LIMIT_SECONDS
    check_outcome(case, run.outcome)
