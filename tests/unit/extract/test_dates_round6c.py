"""Round 6c of the date rules: a plan told from a past act may already be due, a clock
time before a time zone, periods of play in a game report, a day that dates a recording
or a yardstick price, and what a stock held now is enough for."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

FRIDAY = dt.date(2020, 10, 16)

PLANS = [
    case(
        "The clinic cancelled appointments scheduled for Thursday.",
        day("Thursday", "2020-10-15"),
        p=FRIDAY,
        id="plan-told-from-a-past-act-takes-a-day-of-the-last-two",
    ),
    case(
        "The clinic cancelled appointments scheduled for Tuesday.",
        day("Tuesday", "2020-10-20"),
        p=FRIDAY,
        id="plan-told-from-a-past-act-still-looks-ahead-past-two-days",
    ),
    case(
        "Appointments are scheduled for Thursday.",
        day("Thursday", "2020-10-22"),
        p=FRIDAY,
        id="present-plan-is-not-told-from-a-past-act",
    ),
]

CLOCKS = [
    case("The index had risen 2% by 1430 GMT on the day.", id="digits-before-a-time-zone"),
    case(
        "By 1990 GMT had become a common standard.",
        span("1990", "1990-01-01", "1990-12-31"),
        id="year-that-is-no-clock-time",
    ),
]

GAMES = [
    case(
        "The visitors scored three goals before half-time and led by 20 points. "
        "The home side rallied. Their captain was hurt in the final quarter.",
        id="game-report-final-quarter-is-play",
    ),
    case(
        "The visitors scored three goals before half-time and led by 20 points. "
        "The striker was injured in the second quarter.",
        id="game-report-second-quarter-is-play",
    ),
    case(
        "The charity met its goal. Donations rose in the second quarter.",
        span("the second quarter", "2020-04-01", "2020-06-30"),
        id="one-game-word-makes-no-game-report",
    ),
    case(
        "The visitors scored three goals before half-time and led by 20 points. "
        "The club's revenue fell in the second quarter of 2019.",
        span("the second quarter of 2019", "2019-04-01", "2019-06-30"),
        id="game-report-quarter-of-a-year-is-a-date",
    ),
]

OBSERVED = [
    case(
        "Police are appealing for video from the bypass on Saturday.",
        day("Saturday", "2020-10-10"),
        id="day-of-a-recording-is-past",
    ),
    case(
        "The buyer will pay a 20% premium to the closing price on Monday.",
        day("Monday", "2020-10-12"),
        id="day-of-a-yardstick-price-is-past",
    ),
    case(
        "Footage of the launch will be shown on Saturday.",
        day("Saturday", "2020-10-17"),
        id="recording-shown-later-looks-ahead",
    ),
]

# Mends after review: each a sentence an earlier version of these rules got wrong.
MENDS = [
    case(
        "The lender said its credit scoring model scored well. Margins fell 25 basis "
        "points. Profit rose in the third quarter.",
        span("the third quarter", "2020-07-01", "2020-09-30"),
        id="business-words-make-no-game-report",
    ),
    case(
        "Shares of Acme fell 4% in Monday trading.",
        day("Monday", "2020-10-12"),
        id="monday-trading-is-that-day",
    ),
    case("Donations to the March of Dimes rose.", id="month-before-of-is-a-name"),
    case(
        "Police will release the footage over the weekend.",
        span("the weekend", "2020-10-17", "2020-10-18"),
        id="future-release-of-footage-looks-ahead",
    ),
    case(
        "Acme will pay 412 pence a share, a 34% premium to the closing price on Tuesday.",
        day("Tuesday", "2020-10-13"),
        id="yardstick-price-is-past-even-after-will",
    ),
]

STOCKS = [
    case(
        "The town has enough grain to last until March.",
        span("March", "2021-03-01", "2021-03-31"),
        id="present-stock-enough-for-looks-ahead",
    ),
    case(
        "The town had enough grain to last until March.",
        span("March", "2020-03-01", "2020-03-31"),
        id="past-stock-enough-for-stays-past",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), PLANS + CLOCKS + GAMES + OBSERVED + STOCKS + MENDS
)
def test_round6c_date_rules(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
