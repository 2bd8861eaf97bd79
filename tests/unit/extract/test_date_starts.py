"""Date detection tries each pattern only where it can start: that must find what a scan
of every character finds.

The shortcut rests on three claims, each tested here: folding keeps offsets and turns
every spelling re.IGNORECASE accepts into plain lowercase; each rule's `starts` names
every word its matches can begin with; each cue's `words` holds one word of its every
match.
"""

from __future__ import annotations

import json
import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extract import date_words as words
from service.extract.dates import (
    _FUTURE_CUE,
    _RULES,
    _SPORT_CUE,
    _START_WORDS,
    _Cue,
    _folded,
    _matches_at,
    _Starts,
)
from tests.gold import SEEDS

UNCHANGED = string.digits + "'’‘"


def spans_found(text: str) -> list[list[tuple[int, int]]]:
    """Each rule's matches, found only where the rule can start."""
    starts = _Starts(text)
    return [
        [match.span() for match in _matches_at(rule.pattern, text, starts.positions(rule))]
        for rule in _RULES
    ]


def spans_scanned(text: str) -> list[list[tuple[int, int]]]:
    """Each rule's matches, tried at every character."""
    return [[match.span() for match in rule.pattern.finditer(text)] for rule in _RULES]


def test_folding_keeps_offsets_and_spells_ascii_letters_as_ignorecase_reads_them() -> None:
    any_ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = _folded(char)
        assert len(folded) == 1, hex(code)
        is_letter = any_ascii_letter.fullmatch(char) is not None
        assert is_letter == (folded in string.ascii_lowercase), hex(code)
        if is_letter:
            assert re.fullmatch(folded, char, re.IGNORECASE), hex(code)
        assert (char in UNCHANGED or folded not in UNCHANGED) and (
            char not in UNCHANGED or folded == char
        ), hex(code)


SENTENCES = [
    "On Tuesday, Oct. 13, 2020, the first quarter of 2021 and H1 2020 were compared.",
    "In the midJanuary cold, mid-September, the '90s, the ’90s and the 1990s came back.",
    "It will close laterthis week, earlierthis month or the end of next year.",
    "THE 5TH OF MAY, the twenty-first, 10/13/2020 and 2020-10-13, 2015-19 and 2019's.",
    "Two weeks ago, a couple of years from now, the last two weeks, the week ahead.",
    "Every other Monday, a Friday, Good Friday, Sunday Times, Sunday afternoons.",
    "Since 1994, as early as 1990, as of June, most of August, the day before yesterday.",
    "TUEſDAY, ſince İn 2019, ın March, the seventies, the late sixties, Q3 '21.",
    "Music of the '80s, '90s and ‘00s; prices at 2019 levels, 1/2/2020, in 2,019.",
    "It was 100 days ago and will be 365 days from now, 24 hours hence; a year ago.",
    "THE APRIL–JUNE QUARTER, the Jul.-Sep. period, Every other January, the Dec - Feb months.",
    "He SPENT 2022 abroad, spending 1999 at home, and stays until at least 2027 or at least June.",
    "She Remembers 2020, since roughly 2019, as recently as March, Thursday last week, Tomorrow.",
]


def seed_texts() -> list[str]:
    with SEEDS.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("text", SENTENCES + seed_texts())
def test_rules_tried_at_their_starts_find_what_a_full_scan_finds(text: str) -> None:
    assert spans_found(text) == spans_scanned(text)


TOKENS = [
    *sorted(_START_WORDS),
    *("1", "12", "123", "1994", "2020", "9999", "'", "’", "‘", "'90s", "’80s", "st", "th"),
    *("day", "days", "week", "weekend", "month", "year", "quarter", "half", "ago", "now"),
    *("hence", "ahead", "coming", "past", "other", "night", "nights", "afternoon", "of"),
    *("end", "beginning", "rest", "whole", "Times", "Night Football", "Revolution"),
    *("period", "months", "every", "by", "June", "Carter"),
    *("roughly", "about", "around", "recently", "early", "as", "Tomorrow", "Today"),
]
SEPARATORS = [" ", " ", " ", "", "  ", "\n", ", ", "-", "–", "/", ".", "'", "’s "]


def variants(token: str) -> st.SearchStrategy[str]:
    """The token as written, capitalised, or with letters only re.IGNORECASE reads as it."""
    return st.sampled_from(
        [
            token,
            token.upper(),
            token.title(),
            token.replace("s", "ſ"),
            token.replace("i", "ı"),
            token.replace("i", "İ"),
            token.replace("k", "\u212a"),
        ]
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(TOKENS).flatmap(variants), st.sampled_from(SEPARATORS)),
        max_size=25,
    )
)
def test_rules_tried_at_their_starts_find_what_a_full_scan_finds_in_any_text(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(token + separator for token, separator in pieces)
    assert spans_found(text) == spans_scanned(text)


@pytest.mark.parametrize(
    ("cue", "phrases"),
    [
        (_FUTURE_CUE, [*words.FUTURE_CUE_PHRASES, "it'll", "it’ll"]),
        (_SPORT_CUE, list(words.SPORT_WORDS)),
    ],
)
def test_every_match_of_a_cue_holds_one_of_its_words(cue: _Cue, phrases: list[str]) -> None:
    for phrase in phrases:
        for written in (phrase, phrase.upper(), phrase.title()):
            match = cue.pattern.search(written)
            assert match is not None, written
            assert any(word in _folded(match.group()) for word in cue.words), written
