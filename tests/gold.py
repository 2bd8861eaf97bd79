"""Compares enriched events with gold annotations in the shared example format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The team's shared worked example; CI places shared/ beside the clone.
SHARED_EXAMPLES = ROOT.parent / "shared" / "examples"
SEEDS = ROOT / "seeds" / "articles.jsonl"
SEEDS_GOLD = ROOT / "seeds" / "gold.jsonl"


def _first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as lines:
        return next(lines).rstrip("\n")


def seed_article() -> bytes:
    """The worked example as one JSONL line: the first line of seeds/articles.jsonl."""
    return _first_line(SEEDS).encode("utf-8")


def seed_expected() -> dict[str, Any]:
    """The worked example's expected output: the first line of seeds/gold.jsonl."""
    loaded: dict[str, Any] = json.loads(_first_line(SEEDS_GOLD))
    return loaded


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def quotes_of(enriched: dict[str, Any]) -> list[tuple[str, tuple[int, int], str | None]]:
    return [
        (q["text"], (q["start"], q["end"]), q["speaker"]["name"] if q["speaker"] else None)
        for q in enriched["quotes"]
    ]


def expected_quotes(gold: dict[str, Any]) -> list[tuple[str, tuple[int, int], str | None]]:
    return [(q["text"], (q["span"][0], q["span"][1]), q["speaker"]) for q in gold["quotes"]]


def dates_of(enriched: dict[str, Any]) -> list[tuple[str, tuple[int, int], str | None, str | None]]:
    return [
        (d["text"], (d["start"], d["end"]), d["first_day"], d["last_day"])
        for d in enriched["dates"]
    ]


def expected_dates(
    gold: dict[str, Any],
) -> list[tuple[str, tuple[int, int], str | None, str | None]]:
    return [(d["text"], (d["span"][0], d["span"][1]), d["start"], d["end"]) for d in gold["dates"]]


def entities_of(enriched: dict[str, Any], types: set[str]) -> dict[str, tuple[str, frozenset[str]]]:
    """Canonical name -> (type, the distinct surface forms of its mentions, "'s" stripped)."""
    return {
        e["name"]: (e["type"], frozenset(_bare(m["text"]) for m in e["mentions"]))
        for e in enriched["entities"]
        if e["type"] in types
    }


def expected_entities(
    gold: dict[str, Any], types: set[str]
) -> dict[str, tuple[str, frozenset[str]]]:
    return {
        e["name"]: (e["type"], frozenset(e["aliases"]))
        for e in gold["entities"]
        if e["type"] in types
    }


def _bare(mention: str) -> str:
    for suffix in ("'s", "’s"):
        if mention.endswith(suffix):
            return mention[: -len(suffix)]
    return mention
