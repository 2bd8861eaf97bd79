"""The gold annotations are only worth their scores if they agree with their articles.

Every gold file of the seeds and of the dev, fresh and test splits: one gold record per
article, every quote and date span cut from the article's own text, every speaker one of the
article's entities, every entity alias written in the article, every date's range in order.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    (gold, gold.with_name(gold.name.replace("gold", "articles", 1)))
    for folder in (ROOT / "seeds", *(ROOT / "corpus" / split for split in ("dev", "fresh", "test")))
    for gold in sorted(folder.glob("gold*.jsonl"))
]


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def annotated() -> list[tuple[str, dict[str, Any], str]]:
    """(where, gold record, article text) for every annotated article."""
    cases = []
    for gold_path, articles_path in PAIRS:
        texts = {str(a["id"]): str(a["text"]) for a in read(articles_path)}
        golds = read(gold_path)
        assert {str(g["id"]) for g in golds} == set(texts), f"{gold_path}: ids differ"
        where = gold_path.relative_to(ROOT)
        cases += [(f"{where}:{g['id']}", g, texts[str(g["id"])]) for g in golds]
    return cases


CASES = annotated()


@pytest.mark.parametrize(("where", "gold", "text"), CASES, ids=[c[0] for c in CASES])
def test_gold_agrees_with_its_article(where: str, gold: dict[str, Any], text: str) -> None:
    names = {entity["name"] for entity in gold["entities"]}
    for item in gold["quotes"] + gold["dates"]:
        start, end = item["span"]
        assert text[start:end] == item["text"], f"{where}: span {item['span']} is not the text"
    for quote in gold["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in names, (
            f"{where}: speaker {quote['speaker']!r} is not an entity"
        )
    for date in gold["dates"]:
        first, last = (dt.date.fromisoformat(date[key]) for key in ("start", "end"))
        assert first <= last, f"{where}: {date['text']!r} ends before it starts"
    for entity in gold["entities"]:
        assert entity["type"] in {"PERSON", "ORG", "LOC"}, f"{where}: {entity}"
        for alias in entity["aliases"]:
            assert alias in text, f"{where}: alias {alias!r} of {entity['name']!r} not in the text"


def test_every_split_has_gold_files() -> None:
    assert {gold.parent.name for gold, _ in PAIRS} == {"seeds", "dev", "fresh", "test"}, PAIRS
