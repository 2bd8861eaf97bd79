"""The `enricher` command: worker, enrich, produce, consume, schema."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TypeVar

import click
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from tqdm import tqdm

from service.events import EnrichedArticle, SourcePosition
from service.ingest import Rejection, parse_article
from service.isolation import Item, process_in_parallel
from service.kafka import client_options
from service.nlp import load_pipeline
from service.pipeline import Limits, Pipeline
from service.settings import Settings, get_settings
from service.topics import ensure_topics

T = TypeVar("T")


@click.group()
def main() -> None:
    """Streaming news enrichment: entities, quotes with speakers, resolved dates."""


@main.command()
def worker() -> None:
    """Run the Faust worker: consume raw articles, publish enriched events."""
    from faust.worker import Worker

    from service.app import create_app
    from service.isolation import IsolatedPipeline

    settings = get_settings()
    asyncio.run(ensure_topics(settings))
    pipeline = IsolatedPipeline(settings)
    try:
        pipeline.wait_ready()
        app = create_app(settings, pipeline)
        Worker(app, loglevel=settings.log_level.lower()).execute_from_commandline()
    finally:
        pipeline.close()


def _numbered_lines(files: tuple[str, ...]) -> Iterator[tuple[str, int, bytes]]:
    """(file, line number, raw line) of every non-blank line; stdin when no file is given."""
    for name in files or ("-",):
        stream: IO[bytes]
        with click.open_file(name, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield ("<stdin>" if name == "-" else name), number, line.rstrip(b"\r\n")


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--rejects", type=click.File("w"), help="Write rejection records here (default: stderr)."
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="the number of CPUs",
    help="Enrichment processes, each with its own copy of the model.",
)
def enrich(files: tuple[str, ...], rejects: IO[str] | None, processes: int) -> None:
    """Enrich raw JSONL articles offline, no broker: enriched events as JSONL on stdout."""
    settings = get_settings()
    rejects_out = rejects or sys.stderr
    items = (
        Item(line, SourcePosition(file=name, line=number), received_at=None)
        for name, number, line in _numbered_lines(files)
    )
    batches = _batches(items, settings.batch_size)
    for output in process_in_parallel(batches, settings, processes=processes, item_events=False):
        for result in output.results:
            [(_, value)] = result.messages
            (rejects_out if result.rejected else sys.stdout).write(value.decode() + "\n")
        sys.stdout.flush()


def _jsonl_files(paths: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for path in paths or ("-",):
        if Path(path).is_dir():
            found += sorted(str(p) for p in Path(path).rglob("*.jsonl"))
        else:
            found.append(path)
    return found


def _message_key(line: bytes, settings: Settings) -> bytes | None:
    """The article id, so that all events of one article share a partition; None if invalid."""
    try:
        article = parse_article(
            line,
            max_message_bytes=settings.max_message_bytes,
            max_text_chars=settings.max_text_chars,
        )
    except Rejection:
        return None
    return article.article_id.encode()


async def _produce(files: list[str], settings: Settings) -> int:
    producer = AIOKafkaProducer(
        **client_options(settings), acks="all", max_request_size=settings.max_message_bytes + 1024
    )
    await producer.start()
    sent = 0
    try:
        with tqdm(unit=" articles", file=sys.stderr, disable=None) as progress:
            pending = []
            for _, _, line in _numbered_lines(tuple(files)):
                key = _message_key(line, settings)
                pending.append(await producer.send(settings.topic_raw, value=line, key=key))
                progress.update()
                sent += 1
            await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return sent


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True))
def produce(paths: tuple[str, ...]) -> None:
    """Feed raw JSONL articles (files, folders of *.jsonl, stdin) into the input topic."""
    settings = get_settings()
    asyncio.run(ensure_topics(settings))
    sent = asyncio.run(_produce(_jsonl_files(paths), settings))
    click.echo(f"produced {sent} articles to {settings.topic_raw}", err=True)


async def _topic_exists(settings: Settings, topic: str) -> bool:
    probe = AIOKafkaConsumer(**client_options(settings))
    await probe.start()
    try:
        return topic in await probe.topics()
    finally:
        await probe.stop()


async def _consume(topic: str, *, from_beginning: bool, follow: bool, limit: int | None) -> bool:
    """Print the topic's events; False when the topic does not exist (it is not created)."""
    settings = get_settings()
    if not await _topic_exists(settings, topic):
        return False
    # Without a group id, subscribing assigns every partition of the topic at start.
    consumer = AIOKafkaConsumer(
        topic,
        **client_options(settings),
        enable_auto_commit=False,
        isolation_level="read_committed",  # never show events of an aborted transaction
    )
    await consumer.start()
    try:
        partitions = sorted(consumer.assignment())
        if from_beginning:
            await consumer.seek_to_beginning(*partitions)
        else:
            await consumer.seek_to_end(*partitions)
        await _print_records(consumer, partitions, follow=follow, limit=limit)
    finally:
        await consumer.stop()
    return True


async def _print_records(
    consumer: AIOKafkaConsumer,
    partitions: list[TopicPartition],
    *,
    follow: bool,
    limit: int | None,
) -> None:
    printed = 0
    while limit is None or printed < limit:
        batches = await consumer.getmany(timeout_ms=1000)
        for records in batches.values():
            for record in records:
                if limit is not None and printed >= limit:
                    return
                sys.stdout.write((record.value or b"").decode("utf-8", "replace") + "\n")
                printed += 1
        sys.stdout.flush()
        if not follow and not batches and await _at_end(consumer, partitions):
            return


async def _at_end(consumer: AIOKafkaConsumer, partitions: list[TopicPartition]) -> bool:
    ends = await consumer.end_offsets(partitions)
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True


@main.command()
@click.argument("topic")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest event, not the newest.")
@click.option("--follow", is_flag=True, help="Keep waiting for new events.")
@click.option("--limit", type=click.IntRange(min=1), help="Stop after N events.")
def consume(topic: str, from_beginning: bool, follow: bool, limit: int | None) -> None:
    """Print a topic's events as JSONL."""
    if not asyncio.run(_consume(topic, from_beginning=from_beginning, follow=follow, limit=limit)):
        raise click.ClickException(f"topic {topic!r} does not exist")


@main.command()
@click.option(
    "--write", "write_dir", type=click.Path(file_okay=False), help="Write one file per topic here."
)
def schema(write_dir: str | None) -> None:
    """Print the JSON Schemas of every event, or write them to a folder."""
    from service.schemas import EVENT_MODELS, render, write_all

    if write_dir:
        for path in write_all(Path(write_dir)):
            click.echo(str(path), err=True)
        return
    for topic, model in EVENT_MODELS.items():
        click.echo(f"# {topic}\n{render(model)}")


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument(
    "articles", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--verbose", is_flag=True, help="List every miss, extra and wrong value.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary figures as JSON.")
def evaluate(gold: Path, articles: Path | None, verbose: bool, as_json: bool) -> None:
    """Score the pipeline against gold annotations (articles default: articles.jsonl by GOLD)."""
    from service import evaluate as scoring

    settings = get_settings()
    pipeline = Pipeline(
        load_pipeline(settings.spacy_model),
        limits=Limits(settings.max_message_bytes, settings.max_text_chars),
        batch_size=settings.batch_size,
    )

    def enrich(payloads: list[bytes]) -> list[EnrichedArticle | None]:
        outcomes = pipeline.process(payloads).outcomes
        return [o if isinstance(o, EnrichedArticle) else None for o in outcomes]

    raw = scoring.articles_by_id(articles or gold.with_name("articles.jsonl"))
    report = scoring.evaluate(scoring.read_jsonl(gold), enrich, raw)
    if as_json:
        click.echo(json.dumps(report.summary(), indent=2))
    else:
        click.echo(scoring.format_report(report, verbose=verbose))
