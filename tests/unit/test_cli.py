from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import main
from tests.gold import (
    dates_of,
    expected_dates,
    expected_quotes,
    quotes_of,
    seed_article,
    seed_expected,
)


def test_enrich_gives_the_seed_articles_expected_quotes_and_dates() -> None:
    result = CliRunner().invoke(
        main, ["enrich", "--processes", "1"], input=seed_article().decode() + "\n"
    )
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    enriched = json.loads(line)
    gold = seed_expected()
    assert quotes_of(enriched) == expected_quotes(gold)
    assert dates_of(enriched) == expected_dates(gold)


@pytest.mark.parametrize("processes", [1, 2])
def test_enrich_keeps_input_order_and_writes_rejects_apart(tmp_path: Path, processes: int) -> None:
    lines = [
        json.dumps({"url": f"https://example.org/{n}", "text": f"Story number {n} from Rome."})
        for n in range(80)
    ]
    lines.insert(2, "{broken")
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    result = CliRunner().invoke(
        main,
        ["enrich", str(source), "--rejects", str(rejects), "--processes", str(processes)],
    )
    assert result.exit_code == 0, result.output
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert urls == [f"https://example.org/{n}" for n in range(80)]
    [record] = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert record["reason"] == "not_json"
    assert record["payload"] == "{broken"
    assert record["source"] == {
        "topic": None,
        "partition": None,
        "offset": None,
        "file": str(source),
        "line": 3,
    }


def test_schema_prints_one_schema_per_topic() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    for topic in ("enriched", "entities", "quotes", "dates", "rejected"):
        assert f"# articles.{topic}" in result.stdout


def test_every_subcommand_has_help() -> None:
    for command in ("worker", "enrich", "produce", "consume", "schema"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage:" in result.stdout
