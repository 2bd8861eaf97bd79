"""Day ranges written before their month, months after a word that moves a time, the
close of a span of accounts, and plans told in the past (ANNOTATION.md, "Dates").

Each row is a sentence, the publication date P, and the dates expected in it, as in
test_dates.py; each rule has a row where it must not fire.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

# A Tuesday in November.
NOV = dt.date(2024, 11, 19)

DAY_RANGES = [
    case(
        "Strikes are planned from 9 to 13 December, the union said.",
        span("9 to 13 December", "2024-12-09", "2024-12-13"),
        p=NOV,
        id="day-to-day-month",
    ),
    case(
        "The fair runs 9-13 December in the old market hall.",
        span("9-13 December", "2024-12-09", "2024-12-13"),
        p=NOV,
        id="day-dash-day-month",
    ),
    case(
        "Voting takes place between 9 and 13 December.",
        span("9 and 13 December", "2024-12-09", "2024-12-13"),
        p=NOV,
        id="between-day-and-day-month",
    ),
    case(
        "The hearings were held from 4 to 8 November 2023 in Leeds.",
        span("4 to 8 November 2023", "2023-11-04", "2023-11-08"),
        p=NOV,
        id="day-to-day-month-year",
    ),
    case(
        "Strikes are planned from December 9 to 13.",
        span("December 9 to 13", "2024-12-09", "2024-12-13"),
        p=NOV,
        id="month-day-to-day",
    ),
    case(
        "Walkouts are planned on 9 and 13 December.",
        day("9", "2024-12-09"),
        day("13 December", "2024-12-13"),
        p=NOV,
        id="and-without-between-lists-two-days",
    ),
]

SHIFTED_MONTHS = [
    case(
        "Westway has offered a 4.5 per cent rise, backdated to April.",
        span("April", "2024-04-01", "2024-04-30"),
        p=NOV,
        id="backdated-to-month",
    ),
    case(
        "The minister spoke to April about the offer.",
        p=NOV,
        id="to-a-person-is-no-month",
    ),
]

ACCOUNTS = [
    case(
        "The retailer reported a pre-tax loss of £31.4m in the year to 31 March.",
        day("31 March", "2024-03-31"),
        p=dt.date(2024, 10, 2),
        id="past-report-of-year-to-day-has-ended",
    ),
    case(
        "The retailer expects a pre-tax loss in the year to 31 March.",
        day("31 March", "2025-03-31"),
        p=dt.date(2024, 10, 2),
        id="forecast-of-year-to-day-looks-ahead",
    ),
    case(
        "The council extended the ban to 31 March.",
        day("31 March", "2025-03-31"),
        p=dt.date(2024, 10, 2),
        id="past-act-setting-an-end-is-not-a-span-of-accounts",
    ),
]

PLANS = [
    case(
        "The ministers failed to agree on Tuesday, pushing talks that were meant to close "
        "this week into a new round in June.",
        day("Tuesday", "2024-03-12"),
        span("this week", "2024-03-11", "2024-03-17"),
        span("June", "2024-06-01", "2024-06-30"),
        p=dt.date(2024, 3, 14),
        id="passive-meant-to-is-a-plan",
    ),
    case(
        "She meant to write to him in June, but never did.",
        span("June", "2023-06-01", "2023-06-30"),
        p=dt.date(2024, 3, 14),
        id="active-meant-to-is-past",
    ),
    case(
        "Fenwick said she expected the issue to feature heavily in October's elections.",
        span("October", "2025-10-01", "2025-10-31"),
        p=dt.date(2025, 8, 13),
        id="reported-expectation-looks-ahead",
    ),
    case(
        "Fenwick said the issue featured heavily in October's elections.",
        span("October", "2024-10-01", "2024-10-31"),
        p=dt.date(2025, 8, 13),
        id="reported-past-stays-past",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_RANGES)
def test_days_before_their_month_join_by_their_link(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), SHIFTED_MONTHS)
def test_month_after_a_word_that_moves_a_time(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), ACCOUNTS)
def test_reported_span_of_accounts_has_ended(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), PLANS)
def test_plans_and_expectations_told_in_the_past_look_ahead(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
