"""Round 6 of the date rules: "the end of" outside the date's text, forecasts and notices
told in the past, verbs whose past is spelled as their present, infinitives under a past
verb before "ahead of", a month name between an article and a noun, "into" a month,
"earlier this month of", "the end of the week" in a story, and "hours of overtime"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

TUESDAY = dt.date(2024, 9, 3)
THURSDAY = dt.date(2025, 10, 16)
MONDAY = dt.date(2024, 12, 30)
AFTER_VOTE = dt.date(2024, 11, 19)

EDGES = [
    case(
        "The plant will close by the end of next year.",
        span("next year", "2021-01-01", "2021-12-31"),
        id="end-of-next-year-is-next-year",
    ),
    case(
        "Work will resume in the middle of March.",
        span("March", "2021-03-01", "2021-03-31"),
        id="middle-of-a-month-is-the-month",
    ),
    case(
        "We will decide by the end of the week.",
        span("the week", "2020-10-12", "2020-10-18"),
        id="end-of-the-week-ahead-is-this-week",
    ),
    case(
        "Sales picked up in early March.",
        span("early March", "2020-03-01", "2020-03-31"),
        id="early-stays-in-the-text",
    ),
    case("He paid me at the end of the week.", id="end-of-the-week-in-a-story-is-no-date"),
]

FORECASTS = [
    case(
        "Forecasters predicted heavy snow over the weekend.",
        span("the weekend", "2025-10-18", "2025-10-19"),
        p=THURSDAY,
        id="past-forecast-looks-to-the-coming-weekend",
    ),
    case(
        "The storm was expected to weaken by Saturday.",
        day("Saturday", "2025-10-18"),
        p=THURSDAY,
        id="passive-expected-looks-ahead",
    ),
    case(
        "The agency issued a flood warning for the valley through Wednesday.",
        day("Wednesday", "2024-09-04"),
        p=TUESDAY,
        id="past-notice-covers-the-coming-day",
    ),
    case(
        "There is some rain in the forecast for the weekend.",
        span("the weekend", "2024-09-07", "2024-09-08"),
        p=TUESDAY,
        id="present-clause-holding-a-forecast-looks-ahead",
    ),
    case(
        "Forecasters predicted heavy snow on Wednesday.",
        day("Wednesday", "2025-10-15"),
        p=THURSDAY,
        id="past-forecast-of-a-day-just-gone-stays-past",
    ),
    case(
        "The agency issued a warning on Monday.",
        day("Monday", "2025-10-13"),
        p=THURSDAY,
        id="day-a-notice-was-issued-stays-past",
    ),
    case(
        "Forecasters did not predict snow on Saturday.",
        day("Saturday", "2025-10-11"),
        p=THURSDAY,
        id="negated-forecast-is-a-story",
    ),
]

TENSES = [
    case(
        '"We read about it in the paper on Friday," she said.',
        day("Friday", "2024-12-27"),
        p=MONDAY,
        id="read-with-a-date-is-past",
    ),
    case(
        '"We meet again on Friday," she said.',
        day("Friday", "2025-01-03"),
        p=MONDAY,
        id="present-schedule-still-looks-ahead",
    ),
    case(
        "The strike had forced the school to cancel classes ahead of the Nov. 5 vote.",
        day("Nov. 5", "2024-11-05"),
        p=AFTER_VOTE,
        id="infinitive-under-past-verb-keeps-nearest-day",
    ),
    case(
        "The party is raising money to win votes ahead of the Nov. 5 vote.",
        day("Nov. 5", "2025-11-05"),
        p=AFTER_VOTE,
        id="awaited-from-a-present-clause-is-ahead",
    ),
]

MONTHS = [
    case(
        "She cited a June survey of voters.",
        span("June", "2020-06-01", "2020-06-30"),
        id="month-between-article-and-noun",
    ),
    case(
        "The August figures were weak.",
        span("August", "2020-08-01", "2020-08-31"),
        id="month-after-the-before-noun",
    ),
    case("Analysts blamed the May government.", id="may-before-noun-is-a-person"),
    case("It was a June Carter song.", id="month-name-before-a-surname-is-a-person"),
    case(
        "If the drought lasts into June, farms will suffer.",
        span("June", "2021-06-01", "2021-06-30"),
        id="into-a-month",
    ),
    case("She ran into June Carter at the station.", id="into-a-person"),
    case(
        "The council set a target earlier this month of halving waste.",
        span("earlier this month", "2020-10-01", "2020-10-14"),
        id="earlier-this-month-before-of",
    ),
    case("They fasted during this month of Ramadan.", id="this-month-of-names-the-month"),
    case(
        "Nurses worked 9,000 hours of overtime in the third quarter.",
        span("the third quarter", "2020-07-01", "2020-09-30"),
        id="hours-of-overtime-is-no-game",
    ),
    case("The Hawks scored twice in overtime in the third quarter.", id="game-quarter-is-no-date"),
]


@pytest.mark.parametrize(("text", "published", "expected"), EDGES + FORECASTS + TENSES + MONTHS)
def test_round6_date_rules(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
