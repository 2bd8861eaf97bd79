"""What ties a date to the words around it: a relative year after a month-day that dates
a predicate of its own, a weekday that names a kind of service rather than a day, and a
plan whose infinitive looks ahead."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

TUESDAY = dt.date(2025, 2, 11)
FRIDAY = dt.date(2024, 11, 29)
WEDNESDAY = dt.date(2024, 3, 27)


LATER_YEARS = [
    case(
        "The new fare will apply from July 1, with the first invoices due early next year.",
        day("July 1", "2025-07-01"),
        span("early next year", "2026-01-01", "2026-12-31"),
        p=TUESDAY,
        id="later-year-on-its-own-predicate-does-not-lend",
    ),
    case(
        "The museum will reopen on April 2, with a new wing due late next year.",
        day("April 2", "2025-04-02"),
        span("late next year", "2026-01-01", "2026-12-31"),
        p=TUESDAY,
        id="later-year-on-an-adjective-of-a-noun-does-not-lend",
    ),
    case(
        "The bridge will shut on June 3 for repairs next year.",
        day("June 3", "2026-06-03"),
        span("next year", "2026-01-01", "2026-12-31"),
        p=TUESDAY,
        id="later-year-on-the-dates-verb-lends",
    ),
]

SERVICE_KINDS = [
    case(
        "The routes, most of them evening and Sunday services, carried too few passengers.",
        p=FRIDAY,
        id="weekday-joined-to-a-modifier-of-a-plural",
    ),
    case("They're taking the Sunday bus away.", p=FRIDAY, id="the-weekday-bus-is-a-kind"),
    case("Sunday trains were cut from the timetable.", p=FRIDAY, id="weekday-on-bare-plural"),
    case(
        "The vote fell on the Sunday before the holiday.",
        day("Sunday", "2024-11-24"),
        p=FRIDAY,
        id="the-weekday-before-is-a-day",
    ),
    case(
        "The Sunday match was postponed.",
        day("Sunday", "2024-11-24"),
        p=FRIDAY,
        id="the-weekday-match-is-an-occasion",
    ),
    case(
        "The bus broke down on Sunday night.",
        day("Sunday night", "2024-11-24"),
        p=FRIDAY,
        id="weekday-night-beside-a-bus-is-a-day",
    ),
    case(
        "The ferry sailed late on Sunday morning.",
        day("Sunday morning", "2024-11-24"),
        p=FRIDAY,
        id="weekday-morning-beside-a-ferry-is-a-day",
    ),
    case(
        "Fans queued for Sunday's match.",
        day("Sunday", "2024-11-24"),
        p=FRIDAY,
        id="possessive-weekday-is-a-day",
    ),
    case(
        "The trains stopped on Sunday evening.",
        day("Sunday evening", "2024-11-24"),
        p=FRIDAY,
        id="on-weekday-evening-is-a-day",
    ),
    case(
        "Last Sunday's vote was close.",
        day("Last Sunday", "2024-11-24"),
        p=FRIDAY,
        id="last-weekday-possessive-is-a-day",
    ),
]

PLANS = [
    case(
        "The mediator said it had no plans to call the two sides back before the weekend.",
        span("the weekend", "2024-03-30", "2024-03-31"),
        p=WEDNESDAY,
        id="infinitive-of-a-plan-looks-ahead",
    ),
    case(
        "The union said it had plans to strike on Friday.",
        day("Friday", "2024-03-29"),
        p=WEDNESDAY,
        id="plans-to-with-a-weekday-looks-ahead",
    ),
    case(
        "Talks collapsed before the weekend.",
        span("the weekend", "2024-03-23", "2024-03-24"),
        p=WEDNESDAY,
        id="past-clause-without-a-plan-stays-past",
    ),
    case(
        "The union took steps to strike on Friday.",
        day("Friday", "2024-03-22"),
        p=WEDNESDAY,
        id="infinitive-of-another-noun-stays-past",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LATER_YEARS)
def test_a_later_relative_year_lends_only_when_tied(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), SERVICE_KINDS)
def test_a_weekday_naming_a_kind_of_service_is_no_date(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), PLANS)
def test_an_infinitive_of_a_plan_looks_ahead(
    nlp: Language, text: str, published: dt.date | None, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
