"""Dates whose reading turns on their clause: conditions under a reported "would", "'d" as
"had", relative clauses, past events, and recurring sets (ANNOTATION.md, "Dates").

Each row is a sentence, the publication date P, and the dates expected in it, as in
test_dates.py; each rule has a row where it must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

# P is a Thursday.
THU = dt.date(2024, 11, 28)

CONDITIONS = [
    case(
        "Mahoney said the union would call off the strike if the company came back with an "
        "offer before Monday.",
        day("Monday", "2024-12-02"),
        p=THU,
        id="past-condition-under-reported-would-looks-ahead",
    ),
    case(
        "Mahoney said the union called off the strike after the company came back with an "
        "offer on Monday.",
        day("Monday", "2024-11-25"),
        p=THU,
        id="past-condition-under-past-stays-past",
    ),
    case(
        "If you'd offered me this position in August, I'd have taken it.",
        span("August", "2025-08-01", "2025-08-31"),
        p=dt.date(2026, 4, 18),
        id="contracted-had-with-participle-is-past",
    ),
    case(
        "She said you'd get the keys in August.",
        span("August", "2026-08-01", "2026-08-31"),
        p=dt.date(2026, 4, 18),
        id="contracted-would-with-bare-verb-looks-ahead",
    ),
]

SCOPES = [
    case(
        "The increase, which took effect Jan. 1, had been approved after talks with carriers "
        "last year.",
        day("Jan. 1", "2026-01-01"),
        span("last year", "2025-01-01", "2025-12-31"),
        p=dt.date(2026, 3, 16),
        id="relative-clause-keeps-its-own-time",
    ),
    case(
        "Fuel, which was rationed last year for most of November, is scarce again.",
        span("last year", "2025-01-01", "2025-12-31"),
        span("November", "2025-11-01", "2025-11-30"),
        p=dt.date(2026, 12, 10),
        id="relative-year-inside-the-same-relative-clause-applies",
    ),
    case(
        "She began counting on April 23, 1994. I'll be counting bees in April.",
        day("April 23, 1994", "1994-04-23"),
        span("April", "2026-04-01", "2026-04-30"),
        p=dt.date(2026, 3, 18),
        id="future-month-does-not-take-a-past-stated-year",
    ),
    case(
        "She began counting on April 23, 1994. She stopped counting in April.",
        day("April 23, 1994", "1994-04-23"),
        span("April", "1994-04-01", "1994-04-30"),
        p=dt.date(2026, 3, 18),
        id="past-month-takes-the-stated-year",
    ),
]

PAST_EVENTS = [
    case(
        "He was struck by a car on April 27.",
        day("April 27", "2024-04-27"),
        p=dt.date(2024, 12, 31),
        id="past-event-day-is-not-after-P",
    ),
    case(
        "The swim was due to take place on January 2.",
        day("January 2", "2025-01-02"),
        p=dt.date(2024, 12, 31),
        id="past-plan-keeps-the-nearest-day",
    ),
    case(
        "Airlines had planned 1,100 flights on January 2.",
        day("January 2", "2025-01-02"),
        p=dt.date(2024, 12, 31),
        id="pluperfect-plan-keeps-the-nearest-day",
    ),
]

RECURRING = [
    case("Every warm spell in February wakes the bees.", p=dt.date(2026, 3, 18), id="every-in"),
    case(
        "A warm spell in February woke the bees.",
        span("February", "2026-02-01", "2026-02-28"),
        p=dt.date(2026, 3, 18),
        id="a-spell-in-month-is-a-date",
    ),
    case(
        "The town lives on visitors from Easter to October.",
        p=dt.date(2024, 3, 6),
        id="month-paired-with-holiday",
    ),
    case(
        "The shop stays open from October until Christmas.",
        p=dt.date(2024, 3, 6),
        id="month-paired-with-holiday-after",
    ),
    case(
        "The pier was closed from May to October.",
        span("May to October", "2023-05-01", "2023-10-31"),
        p=dt.date(2024, 3, 6),
        id="months-paired-together-are-a-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CONDITIONS)
def test_conditions_and_contracted_auxiliaries(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), SCOPES)
def test_relative_clauses_and_stated_years_against_tense(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), PAST_EVENTS)
def test_past_event_days_never_follow_publication(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), RECURRING)
def test_recurring_sets_are_not_dates(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
