"""Anchors that a surrounding phrase would otherwise hide or misread: a year after a
possessive, a year that an occasion was, a month that a habit counts from, a quarter of a
financial year, and a day still awaited."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

TUESDAY = dt.date(2025, 5, 20)
FRIDAY = dt.date(2024, 3, 8)


ANCHOR_CASES = [
    case(
        "Quarrying has been the main income here since the volcano's 1991 eruption.",
        span("1991", "1991-01-01", "1991-12-31"),
        p=TUESDAY,
        id="year-after-possessive",
    ),
    case(
        "Britain’s 2016 referendum split the country.",
        span("2016", "2016-01-01", "2016-12-31"),
        p=TUESDAY,
        id="year-after-curly-possessive",
    ),
    case("The club's 2000 fans cheered.", p=TUESDAY, id="count-after-possessive-is-not-year"),
    case(
        '"The last time this town was this excited was 2019, and we won," he said.',
        span("2019", "2019-01-01", "2019-12-31"),
        p=TUESDAY,
        id="year-an-occasion-was",
    ),
    case(
        "At the first time of asking the attendance was 1500.",
        p=TUESDAY,
        id="occasion-not-opening-the-sentence-is-no-subject",
    ),
    case(
        "Nurses said salaries had been paid late every month since March.",
        span("March", "2025-03-01", "2025-03-31"),
        p=TUESDAY,
        id="habit-counted-from-a-month",
    ),
    case(
        "Salaries were paid late every month in March.",
        p=TUESDAY,
        id="habit-within-a-month-is-a-set",
    ),
    case(
        "The glove maker returned to the black in its fourth quarter ended June 30, 2025.",
        day("June 30, 2025", "2025-06-30"),
        p=dt.date(2025, 8, 28),
        id="financial-quarter-is-not-a-calendar-quarter",
    ),
    case(
        "Profit rose in the fourth quarter ended December 31.",
        span("the fourth quarter", "2024-10-01", "2024-12-31"),
        day("December 31", "2024-12-31"),
        p=dt.date(2025, 2, 20),
        id="calendar-quarter-closed-by-its-month",
    ),
    case(
        "The opposition accused the government of borrowing to win votes ahead of the "
        "December 7 general election.",
        day("December 7", "2024-12-07"),
        p=FRIDAY,
        id="awaited-day-is-not-before-p",
    ),
    case(
        "Shares rallied ahead of the December 7 vote.",
        day("December 7", "2023-12-07"),
        p=FRIDAY,
        id="awaited-from-a-past-clause-keeps-the-nearest-day",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANCHOR_CASES)
def test_anchors(nlp: Language, text: str, published: dt.date, expected: list[Found]) -> None:
    check(nlp, text, published, expected)
