"""Exceptions and notices that look ahead, a month's year told nearby, a year that "it was",
numeric days with a two-digit year, and habits that name no date."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day

WEDNESDAY = dt.date(2026, 1, 28)
FRIDAY = dt.date(2025, 11, 21)
TUESDAY = dt.date(2025, 10, 14)


CASES = [
    case(
        "Unless Friday's jobs report is a shock, I don't see the bank moving.",
        day("Friday", "2026-01-30"),
        p=WEDNESDAY,
        id="unless-present-under-present-looks-forward",
    ),
    case(
        "If Friday's jobs report is any guide, the economy is slowing.",
        day("Friday", "2026-01-23"),
        p=WEDNESDAY,
        id="if-present-under-present-stays-past",
    ),
    case(
        "Forecasters have issued a snow warning from 6am on Saturday.",
        day("Saturday", "2025-11-22"),
        p=FRIDAY,
        id="warning-noun-looks-forward",
    ),
    case(
        "The warning on Saturday was ignored by many drivers.",
        day("Saturday", "2025-11-15"),
        p=FRIDAY,
        id="past-clause-over-warning-stays-past",
    ),
    case(
        "The fraud came to light in October 2022. He was suspended on October 21.",
        ("October 2022", "2022-10-01", "2022-10-31"),
        day("October 21", "2022-10-21"),
        p=dt.date(2024, 10, 3),
        id="month-year-lends-to-day-in-paragraph",
    ),
    case(
        "The fraud came to light in October 2022.\nHe was suspended on October 21.",
        ("October 2022", "2022-10-01", "2022-10-31"),
        day("October 21", "2023-10-21"),
        p=dt.date(2024, 10, 3),
        id="month-year-lends-nothing-past-paragraph",
    ),
    case(
        "Prices hit $5 in November, up from $3 in November 2023. They peaked on November 2.",
        ("November", "2024-11-01", "2024-11-30"),
        ("November 2023", "2023-11-01", "2023-11-30"),
        day("November 2", "2024-11-02"),
        p=dt.date(2024, 12, 10),
        id="recent-day-keeps-p-year",
    ),
    case(
        "We were promised a rebuild in the 2021 plan. Then it was 2024.",
        ("2021", "2021-01-01", "2021-12-31"),
        ("2024", "2024-01-01", "2024-12-31"),
        p=dt.date(2025, 6, 10),
        id="it-was-year",
    ),
    case(
        "The attendance was 2024. It was 2024 people in all.",
        p=dt.date(2025, 6, 10),
        id="was-number-is-not-year",
    ),
    case(
        "The raid was on Saturday, October 4. Call 101 quoting log 1187 of 04/10/25.",
        day("Saturday, October 4", "2025-10-04"),
        day("04/10/25", "2025-10-04"),
        p=TUESDAY,
        id="short-numeric-day-confirmed",
    ),
    case(
        "Call 101 quoting log 1187 of 04/10/25. The judges scored it 4/10.",
        p=TUESDAY,
        id="short-numeric-day-unconfirmed-and-score",
    ),
    case(
        "People need to feel safe doing their Saturday shopping.",
        p=TUESDAY,
        id="possessive-weekday-is-a-habit",
    ),
    case(
        "They did their shopping on Saturday.",
        day("Saturday", "2025-10-11"),
        p=TUESDAY,
        id="weekday-after-possessive-noun-is-a-date",
    ),
    case(
        "The semi-finals are scheduled for the weekend of April 11-12.",
        ("April 11-12", "2026-04-11", "2026-04-12"),
        p=dt.date(2026, 3, 1),
        id="weekend-of-date-is-the-date",
    ),
    case(
        "Spawning is usually triggered in October or November.",
        p=dt.date(2026, 5, 6),
        id="habitual-adverb-months-are-a-set",
    ),
    case(
        "Spawning was triggered early in November.",
        ("November", "2025-11-01", "2025-11-30"),
        p=dt.date(2026, 5, 6),
        id="no-habit-month-is-a-date",
    ),
    case(
        "In the late 1990s, spawning fell in the second week of December.",
        ("the late 1990s", "1990-01-01", "1999-12-31"),
        p=dt.date(2026, 5, 6),
        id="decade-scene-makes-month-a-set",
    ),
    case(
        "The operator will hand over its records for the past five years in April.",
        ("the past five years", "2020-03-18", "2025-03-18"),
        ("April", "2025-04-01", "2025-04-30"),
        p=dt.date(2025, 3, 18),
        id="span-after-verb-leaves-month-a-date",
    ),
    case(
        "Come August, that's three weeks with a bin in the sun. It was hot in August.",
        ("August", "2026-08-01", "2026-08-31"),
        ("August", "2025-08-01", "2025-08-31"),
        p=dt.date(2026, 1, 22),
        id="come-before-month-looks-ahead",
    ),
    case(
        "The question is whether demand holds up into 2026. The land was cut into 2000 plots.",
        ("2026", "2026-01-01", "2026-12-31"),
        p=dt.date(2025, 9, 4),
        id="into-before-year-is-a-date-not-an-amount",
    ),
    case(
        "Cases usually peak in October and begin to fall when temperatures drop in November.",
        p=dt.date(2024, 10, 3),
        id="habit-reaches-joined-clauses",
    ),
    case(
        "Cases peaked in October and began to fall when temperatures dropped in November.",
        ("October", "2024-10-01", "2024-10-31"),
        ("November", "2024-11-01", "2024-11-30"),
        p=dt.date(2025, 1, 10),
        id="joined-clauses-without-habit-stay-dates",
    ),
    case(
        "Profit rose from the first half of 2024. Charges will be booked in the second half.",
        ("the first half of 2024", "2024-01-01", "2024-06-30"),
        ("the second half", "2025-07-01", "2025-12-31"),
        p=dt.date(2025, 9, 4),
        id="bare-half-where-article-reckons-in-half-years",
    ),
    case(
        "He scored twice in the second half.",
        p=dt.date(2025, 9, 4),
        id="bare-half-of-a-game-is-no-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_date_sets_and_cues(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
