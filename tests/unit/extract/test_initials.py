"""The initials of a title before a name ("the DPP" for "Deputy Public Prosecutor")."""

from __future__ import annotations

import pytest

from service.extract.initials import is_initials, title_initials


@pytest.mark.parametrize(
    ("before", "initials"),
    [
        ("said on Monday . Deputy Public Prosecutor", "DPP"),
        ("Deputy Commissioner of Police ( Crime )", "DCP"),  # a bracketed part is skipped
        ("The command 's spokesman , SP", "SP"),  # a title in capitals already
        ("spoke to the", ""),  # no title
    ],
)
def test_title_initials(before: str, initials: str) -> None:
    assert title_initials(before.split()) == initials


@pytest.mark.parametrize(("word", "expected"), [("DPP", True), ("SP", True), ("Dpp", False)])
def test_is_initials(word: str, expected: bool) -> None:
    assert is_initials(word) is expected
