"""Speakers the parser loses across a paragraph break, and "a company spokesman" in a
story where a conciliation service is the last body named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

CASES = [
    pytest.param(
        "Households with young children will be able to apply for a larger bin.\n"
        "Council leader Ada Obi said the authority had “run out of painless options”.",
        [("run out of painless options", "Ada Obi")],
        id="subject_hung_on_the_paragraph_before",
    ),
    pytest.param(
        "Households with young children will be able to apply for a larger bin.\n"
        "It was said that the authority had “run out of painless options”.",
        [("run out of painless options", None)],
        id="no_phrase_opening_the_sentence_is_nobody",
    ),
    pytest.param(
        "Drivers employed by Harbour Ferries backed strike action. Talks at the "
        "conciliation service Acas broke down on Monday.\nHarbour Ferries’ managing "
        "director said the company was disappointed.\nA company spokesman added that "
        "it would publish a timetable “as soon as possible”.",
        [("as soon as possible", "Harbour Ferries")],
        id="company_spokesman_speaks_for_the_business_not_the_mediator",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paragraph_break_speakers(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
