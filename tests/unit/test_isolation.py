"""The pipeline in its child process: a real spawned process, a real model, real timeouts."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import Iterator

import pytest

from service.events import SourcePosition
from service.isolation import IsolatedPipeline, Item
from service.settings import Settings


def item(offset: int, text: str) -> Item:
    payload = json.dumps({"url": f"https://example.org/{offset}", "text": text}).encode()
    return Item(payload, SourcePosition(topic="raw", partition=0, offset=offset), None)


SHORT = "“We will reopen on Monday,” the mayor of Leeds, Ann Cole, said."
# About 30,000 tokens: several seconds of spaCy, far over a one-second budget.
LONG = "The council met again in Leeds and talked about the budget for hours. " * 2_000


@pytest.fixture(scope="module")
def pipeline() -> Iterator[IsolatedPipeline]:
    isolated = IsolatedPipeline(Settings(article_time_budget_seconds=1.0))
    isolated.wait_ready()
    yield isolated
    isolated.close()


def test_results_come_back_serialized_and_in_order(pipeline: IsolatedPipeline) -> None:
    output = asyncio.run(pipeline.process([item(1, SHORT), item(2, "   ")]))
    first, second = output.results
    assert [role for role, _ in first.messages][:1] == ["enriched"]
    enriched = json.loads(first.messages[0][1])
    assert enriched["text"] == SHORT
    assert first.key == enriched["article_id"].encode()
    assert first.item_counts == (
        len(enriched["entities"]),
        len(enriched["quotes"]),
        len(enriched["dates"]),
    )
    assert second.rejected == "no_text"
    assert [role for role, _ in second.messages] == ["rejected"]
    assert {stage for stage, _ in output.stage_seconds} >= {"parse", "nlp", "serialize"}


def test_an_article_over_its_time_budget_is_rejected_alone(pipeline: IsolatedPipeline) -> None:
    output = asyncio.run(pipeline.process([item(1, SHORT), item(2, LONG), item(3, SHORT)]))
    assert [r.rejected for r in output.results] == [None, "timeout", None]
    record = json.loads(output.results[1].messages[0][1])
    assert record["reason"] == "timeout"
    assert record["source"]["offset"] == 2
    assert "1.0s" in record["message"]


def test_the_child_process_dying_mid_batch_loses_nothing(pipeline: IsolatedPipeline) -> None:
    killed: list[int] = []

    async def kill_child_while_busy() -> list[str | None]:
        task = asyncio.create_task(pipeline.process([item(1, SHORT), item(2, LONG[:60_000])]))
        await asyncio.sleep(0.5)
        killed.extend(_enrichment_children())
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        output = await task
        return [r.rejected for r in output.results]

    slow = Settings(article_time_budget_seconds=30.0)
    pipeline.settings = slow
    try:
        assert asyncio.run(kill_child_while_busy()) == [None, None]
        assert killed, "no enrichment process was found to kill"
        assert set(_enrichment_children()).isdisjoint(killed), "a new process took over"
    finally:
        pipeline.settings = Settings(article_time_budget_seconds=1.0)


def _enrichment_children() -> list[int]:
    """This process's spawned pool workers (not multiprocessing's resource tracker)."""
    children = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read()
        except OSError:
            continue
        if parent == os.getpid() and b"spawn_main" in command:
            children.append(int(entry))
    return children
