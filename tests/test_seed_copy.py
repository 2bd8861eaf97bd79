"""The repo's copy of the team's worked example must match the shared original."""

import json

import pytest

from tests.gold import SHARED_EXAMPLES, seed_article, seed_expected


def test_the_seed_copy_matches_the_shared_example() -> None:
    article = SHARED_EXAMPLES / "seed-article.json"
    expected = SHARED_EXAMPLES / "seed-article.expected.json"
    if not article.exists():
        pytest.skip(f"{SHARED_EXAMPLES} is not beside this checkout")
    assert json.loads(seed_article()) == json.loads(article.read_text(encoding="utf-8"))
    assert seed_expected() == json.loads(expected.read_text(encoding="utf-8"))
