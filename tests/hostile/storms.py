"""Runs storm cases in child processes that can be killed at a wall-clock limit.

A storm is 200,000 characters of one hostile pattern. What must be linear is
everything the service does to it: ingest, spaCy's tokenizer, and the entity,
quote and date extractors with all their regular expressions. The statistical
components (tok2vec, tagger, parser, NER) are left out here: their cost is
linear in tokens and set by the hardware (a benchmark matter); the worker test
runs storms through the full model. A child that goes over the limit is
killed, so a super-linear case fails in bounded time instead of hanging.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass

from pebble import ProcessPool

from service.nlp import load_pipeline
from service.pipeline import Limits, Outcome, Pipeline
from tests.hostile.cases import MAX_MESSAGE_BYTES, MAX_TEXT_CHARS, Case

RECEIVED = dt.datetime(2024, 3, 7, 12, 0, tzinfo=dt.UTC)

_pipeline: Pipeline | None = None


def _load_without_models() -> None:
    """Child initializer: the service's spaCy pipeline with its statistical components off."""
    global _pipeline
    nlp = load_pipeline("en_core_web_sm")
    nlp.select_pipes(disable=nlp.pipe_names)
    _pipeline = Pipeline(nlp, limits=Limits(MAX_MESSAGE_BYTES, MAX_TEXT_CHARS))


def _process(payload: bytes) -> tuple[Outcome, float]:
    assert _pipeline is not None, "child not initialised"
    started = time.perf_counter()
    [outcome] = _pipeline.process([payload], [RECEIVED]).outcomes
    return outcome, time.perf_counter() - started


@dataclass(frozen=True)
class StormRun:
    outcome: Outcome | None  # None: killed at the limit
    seconds: float


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPool]:
    pool = ProcessPool(
        max_workers=workers,
        initializer=_load_without_models,
        context=multiprocessing.get_context("spawn"),
    )
    try:
        yield pool
    finally:
        pool.stop()  # type: ignore[no-untyped-call]
        pool.join(timeout=30)


def run_storms(cases: Sequence[Case], limit_seconds: float) -> dict[str, StormRun]:
    """Every case at once, one child each; a child still busy after the limit is killed."""
    runs: dict[str, StormRun] = {}
    with _pool(len(cases)) as pool:
        futures = {
            case.name: pool.schedule(_process, args=(case.payload,), timeout=limit_seconds)
            for case in cases
        }
        for name, future in futures.items():
            try:
                outcome, seconds = future.result()
            except FutureTimeout:
                runs[name] = StormRun(None, limit_seconds)
            else:
                runs[name] = StormRun(outcome, seconds)
    return runs
