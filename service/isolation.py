"""Runs the pipeline in a child process, under a time budget.

The worker's event loop never waits on spaCy (heartbeats, commits and the web
server stay responsive), and an article that hangs or crashes the process is
cut off and rejected on its own while the rest of its batch goes through.
Results come back already serialized, ready to publish.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from functools import partial

from pebble import ProcessExpired, ProcessPool

from service.events import EnrichedArticle, RejectReason, SourcePosition
from service.ingest import Rejection
from service.nlp import load_pipeline
from service.pipeline import (
    Limits,
    Message,
    Pipeline,
    article_messages,
    rejected_record,
)
from service.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Item:
    """One raw message handed to the child process."""

    payload: bytes
    source: SourcePosition
    received_at: dt.datetime | None


@dataclass(frozen=True)
class Result:
    """What one raw message gives: the messages to publish, keyed by article id."""

    key: bytes | None
    messages: list[Message]
    rejected: RejectReason | None = None
    item_counts: tuple[int, int, int] | None = None  # entities, quotes, dates


@dataclass
class BatchOutput:
    results: list[Result]
    stage_seconds: list[tuple[str, float]] = field(default_factory=list)


_pipeline: Pipeline | None = None

WARM_UP = json.dumps(
    {"id": "warm-up", "text": '"We open on Monday, May 4," Ann Cole of Leeds City Council said.'}
).encode()


def load(settings: Settings) -> None:
    """Initializer of a child process: the model is loaded once per process."""
    global _pipeline
    pipeline = Pipeline(
        load_pipeline(settings.spacy_model),
        limits=Limits(settings.max_message_bytes, settings.max_text_chars),
        batch_size=settings.batch_size,
    )
    # One article first, so a fresh child's one-off costs (lazy model and pattern set-up)
    # are not charged to the time budget of the first real article after a restart.
    pipeline.process([WARM_UP])
    _pipeline = pipeline


def _ready() -> bool:
    return _pipeline is not None


def process_items(items: Sequence[Item], *, item_events: bool = True) -> BatchOutput:
    """Runs in a child: enrich a batch and serialize its events (all, or only the first)."""
    assert _pipeline is not None, "the child process was not initialised"
    batch = _pipeline.process(
        [item.payload for item in items], [item.received_at for item in items]
    )
    started = time.perf_counter()
    results = []
    for item, outcome in zip(items, batch.outcomes, strict=True):
        if isinstance(outcome, Rejection):
            results.append(_rejected(item, outcome, _pipeline.limits.max_message_bytes))
        else:
            counts = (len(outcome.entities), len(outcome.quotes), len(outcome.dates))
            key = outcome.article_id.encode()
            messages = article_messages(outcome) if item_events else [_enriched_only(outcome)]
            results.append(Result(key, messages, item_counts=counts))
    batch.stage_seconds.append(("serialize", time.perf_counter() - started))
    return BatchOutput(results, batch.stage_seconds)


def _enriched_only(article: EnrichedArticle) -> Message:
    return ("enriched", article.model_dump_json().encode())


def process_in_parallel(
    batches: Iterable[list[Item]], settings: Settings, *, processes: int, item_events: bool
) -> Iterator[BatchOutput]:
    """Batches through `processes` model-loaded processes; outputs in input order.

    Only a bounded window of batches is in flight, so input streams through.
    """
    work = partial(process_items, item_events=item_events)
    if processes == 1:
        load(settings)
        yield from map(work, batches)
        return
    with ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=load,
        initargs=(settings,),
    ) as pool:
        window: deque[Future[BatchOutput]] = deque()
        for batch in batches:
            window.append(pool.submit(work, batch))
            if len(window) >= 2 * processes:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _rejected(item: Item, rejection: Rejection, max_payload_bytes: int) -> Result:
    record = rejected_record(
        item.payload,
        rejection,
        item.source,
        max_payload_bytes=max_payload_bytes,
        rejected_at=item.received_at,
    )
    key = record.article_id.encode() if record.article_id else None
    return Result(key, [("rejected", record.model_dump_json().encode())], rejected=record.reason)


class IsolatedPipeline:
    """The pipeline in one child process; batches over budget are retried article by article."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pool = ProcessPool(
            max_workers=1,
            initializer=load,
            initargs=(settings,),
            context=multiprocessing.get_context("spawn"),
        )

    def wait_ready(self, timeout: float = 300) -> None:
        """Blocks until the child has loaded the model (start-up and after a restart)."""
        self.pool.schedule(_ready).result(timeout=timeout)

    async def process(self, items: Sequence[Item]) -> BatchOutput:
        budget = self.settings.article_time_budget_seconds * len(items)
        try:
            future = self.pool.schedule(process_items, args=(list(items),), timeout=budget)
            return await asyncio.wrap_future(future)
        except (FutureTimeout, ProcessExpired) as exc:
            await asyncio.to_thread(self.wait_ready)
            if len(items) == 1:
                return BatchOutput([self._cut_off(items[0], exc)])
            logger.warning("batch of %d failed (%s); retrying one by one", len(items), exc)
            return await self._one_by_one(items)

    async def _one_by_one(self, items: Sequence[Item]) -> BatchOutput:
        output = BatchOutput(results=[])
        for item in items:
            single = await self.process([item])
            output.results += single.results
            output.stage_seconds += single.stage_seconds
        return output

    def _cut_off(self, item: Item, exc: BaseException) -> Result:
        if isinstance(exc, ProcessExpired):
            rejection = Rejection(
                "enrichment_error", f"the enrichment process died ({exc}) on this article"
            )
        else:
            rejection = Rejection(
                "timeout",
                f"enrichment took longer than {self.settings.article_time_budget_seconds}s",
            )
        logger.warning("article at %s rejected: %s", item.source, rejection.message)
        return _rejected(item, rejection, self.settings.max_message_bytes)

    def close(self) -> None:
        self.pool.stop()  # type: ignore[no-untyped-call]
        self.pool.join(timeout=10)
