"""Look-ahead cues and yardsticks: "ahead of", a perfect's "for", a vote's infinitive, a
base-form present, "the next decade", and "the same period last year"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day

WEDNESDAY = dt.date(2026, 1, 28)
FRIDAY = dt.date(2025, 11, 21)
THURSDAY = dt.date(2024, 5, 16)


LOOK_AHEAD_CASES = [
    case(
        "The dollar edged higher ahead of Friday's GDP figures.",
        day("Friday", "2026-01-30"),
        p=WEDNESDAY,
        id="ahead-of-looks-forward",
    ),
    case(
        "The dollar edged higher after Friday's GDP figures.",
        day("Friday", "2026-01-23"),
        p=WEDNESDAY,
        id="after-stays-past",
    ),
    case(
        "Ferry sailings to the islands have been cancelled for Saturday.",
        day("Saturday", "2025-11-22"),
        p=FRIDAY,
        id="perfect-for-day-looks-forward",
    ),
    case(
        "The utility said it had cancelled leave for the weekend.",
        ("the weekend", "2025-11-22", "2025-11-23"),
        p=FRIDAY,
        id="pluperfect-for-on-object-looks-forward",
    ),
    case(
        "He has been jailed for Saturday's attack.",
        day("Saturday", "2025-11-15"),
        p=FRIDAY,
        id="perfect-for-possessive-day-stays-past",
    ),
    case(
        "The board voted on Wednesday to close two schools in June.",
        day("Wednesday", "2025-02-12"),
        ("June", "2025-06-01", "2025-06-30"),
        p=dt.date(2025, 2, 13),
        id="vote-infinitive-looks-forward",
    ),
    case(
        "On Saturday, the photographs go on public view for the first time.",
        day("Saturday", "2024-05-18"),
        p=THURSDAY,
        id="base-form-with-subject-is-present",
    ),
    case(
        "On Saturday, the photographs went on public view for the first time.",
        day("Saturday", "2024-05-11"),
        p=THURSDAY,
        id="past-form-stays-past",
    ),
    case(
        "Enrollment will fall by about 8% over the next decade.",
        ("the next decade", "2025-02-13", "2035-02-13"),
        p=dt.date(2025, 2, 13),
        id="next-decade",
    ),
    case(
        "Sales since July 1 were up 4% on the same period last year, helped by cuts in May.",
        day("July 1", "2025-07-01"),
        ("last year", "2024-01-01", "2024-12-31"),
        ("May", "2025-05-01", "2025-05-31"),
        p=dt.date(2025, 8, 20),
        id="yardstick-year-lends-nothing",
    ),
    case(
        "Last year, the barge came late and fuel was rationed for most of November.",
        ("Last year", "2024-01-01", "2024-12-31"),
        ("November", "2024-11-01", "2024-11-30"),
        p=dt.date(2025, 8, 20),
        id="scene-setting-year-still-lends",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LOOK_AHEAD_CASES)
def test_look_ahead_cues_and_yardsticks(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
