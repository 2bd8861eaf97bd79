"""Round 6b of the date rules: a part of a past day ("on the evening of 20 December"), a
month set against "last year", offers that look ahead, habits ("the usual March
grumbling", "the Sunday roast"), a past act "for" a day, a future counted from a dated
saying, participle clauses that prepare what comes next, and past clauses of time."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

FRIDAY = dt.date(2020, 10, 16)

TENSES = [
    case(
        "The singer died on the evening of 20 December.",
        day("20 December", "2019-12-20"),
        id="past-day-part-of-a-month-day-stays-before-p",
    ),
    case(
        "The singer will perform on the evening of 20 December.",
        day("20 December", "2020-12-20"),
        id="future-day-part-of-a-month-day-stays-nearest",
    ),
    case(
        "The council had offered to hold a meeting on Friday.",
        day("Friday", "2020-10-16"),
        id="offered-to-infinitive-looks-ahead",
    ),
    case(
        "The council offered a discount on Friday.",
        day("Friday", "2020-10-09"),
        id="offered-without-infinitive-stays-past",
    ),
    case(
        "The school cancelled lessons for Thursday.",
        day("Thursday", "2020-10-15"),
        id="past-act-for-a-day-takes-the-nearer-coming-one",
    ),
    case(
        "The school cancelled lessons for Thursday.",
        day("Thursday", "2020-10-15"),
        p=FRIDAY,
        id="past-act-for-a-day-takes-the-nearer-past-one",
    ),
    case(
        "Police arrested a man for Thursday's break-in.",
        day("Thursday", "2020-10-08"),
        id="day-owning-a-noun-is-not-what-the-act-is-for",
    ),
    case(
        "The firm said on Tuesday that the line would reopen on Wednesday.",
        day("Tuesday", "2020-10-13"),
        day("Wednesday", "2020-10-14"),
        id="future-counts-from-the-day-of-saying",
    ),
    case(
        "The firm said the line would reopen on Wednesday.",
        day("Wednesday", "2020-10-21"),
        id="undated-saying-counts-from-p",
    ),
    case(
        "The talks ended on Monday, setting up a showdown in December.",
        day("Monday", "2020-10-12"),
        span("December", "2020-12-01", "2020-12-31"),
        id="preparing-participle-looks-ahead",
    ),
    case(
        "She won on Monday, setting a record in December.",
        day("Monday", "2020-10-12"),
        span("December", "2019-12-01", "2019-12-31"),
        id="participle-telling-what-was-done-stays-past",
    ),
    case(
        "The strike ended after the union agreed to return on Friday.",
        day("Friday", "2020-10-09"),
        id="commitment-in-a-past-clause-of-time-dates-the-act",
    ),
]

YEARS = [
    case(
        "The shop sold more bikes in September than in any month last year.",
        span("September", "2020-09-01", "2020-09-30"),
        span("last year", "2019-01-01", "2019-12-31"),
        id="month-set-against-last-year-keeps-its-own-year",
    ),
    case(
        "Last year, the shop sold more bikes in September.",
        span("Last year", "2019-01-01", "2019-12-31"),
        span("September", "2019-09-01", "2019-09-30"),
        id="last-year-still-dates-its-clause",
    ),
    case(
        "The firm cut jobs last year, before the board voted to close it in March.",
        span("last year", "2019-01-01", "2019-12-31"),
        span("March", "2020-03-01", "2020-03-31"),
        id="clause-of-what-came-later-has-its-own-year",
    ),
    case(
        "Last year the firm closed a plant in March.",
        span("Last year", "2019-01-01", "2019-12-31"),
        span("March", "2019-03-01", "2019-03-31"),
        id="last-year-dates-a-month-in-its-own-clause",
    ),
]

HABITS = [
    case("Critics dismissed it as the usual March grumbling.", id="usual-month-is-a-habit"),
    case("They skipped their customary Friday drinks.", id="customary-weekday-is-a-habit"),
    case(
        "He said the team would train as usual Monday.",
        day("Monday", "2020-10-19"),
        id="as-usual-before-a-weekday-is-no-habit",
    ),
    case("She cooked the Sunday roast for ten.", id="sunday-roast-is-a-custom"),
    case(
        "The Sunday match was called off.",
        day("Sunday", "2020-10-11"),
        id="sunday-match-is-one-occasion",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSES + YEARS + HABITS)
def test_round6b_date_rules(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
