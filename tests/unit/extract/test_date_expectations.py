"""Expectations and deadlines that look ahead: "to expect" an event, a reported "said it
expected", and "before" a day in a present clause; told as a story they stay past."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.unit.extract.test_dates import Found, case, check, day, span

TUESDAY = dt.date(2024, 9, 3)
THURSDAY = dt.date(2025, 10, 16)


EXPECTATION_CASES = [
    case(
        "The judge told jurors to expect closing arguments Monday.",
        day("Monday", "2025-10-20"),
        p=THURSDAY,
        id="infinitive-expect-looks-forward",
    ),
    case(
        "The judge told jurors to leave the courtroom on Monday.",
        day("Monday", "2025-10-13"),
        p=THURSDAY,
        id="infinitive-of-other-verb-stays-past",
    ),
    case(
        "The airport said it expected long queues at security over the weekend.",
        span("the weekend", "2025-10-18", "2025-10-19"),
        p=THURSDAY,
        id="reported-expected-looks-forward",
    ),
    case(
        "The airport expected long queues at security over the weekend.",
        span("the weekend", "2025-10-11", "2025-10-12"),
        p=THURSDAY,
        id="told-expected-stays-past",
    ),
    case(
        "The airport said it had expected long queues at security on Monday.",
        day("Monday", "2025-10-13"),
        p=THURSDAY,
        id="reported-pluperfect-expected-stays-past",
    ),
    case(
        "The council is asking residents to return the forms before Friday.",
        day("Friday", "2024-09-06"),
        p=TUESDAY,
        id="present-before-looks-forward",
    ),
    case(
        "The council asked residents to return the forms before Friday.",
        day("Friday", "2024-08-30"),
        p=TUESDAY,
        id="past-before-stays-past",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EXPECTATION_CASES)
def test_expectations_and_deadlines(
    nlp: Language, text: str, published: dt.date, expected: list[Found]
) -> None:
    check(nlp, text, published, expected)
