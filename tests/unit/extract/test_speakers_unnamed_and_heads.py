"""Speakers left unnamed by a participle or a noun for a person, a description of a
body by the word heading its name, and a paragraph about one speaker continued by a
quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of, summary

CASES = [
    pytest.param(
        '"The warnings were there. They sat on them," a Labour councillor from Leeds '
        "said, asking not to be named.",
        [("The warnings were there. They sat on them,", None)],
        id="participle_withholding_the_name_leaves_the_speaker_unnamed",
    ),
    pytest.param(
        '"The warnings were there. They sat on them," Councillor Jane Moss said, asking for calm.',
        [("The warnings were there. They sat on them,", "Jane Moss")],
        id="participle_not_withholding_a_name_keeps_the_speaker",
    ),
    pytest.param(
        "Ruatoria farmer Mereana Walker said she had lost fencing.\n"
        '"We lost it all again," she said.\n'
        "At the hall, one evacuee who said she had lived there for years described "
        "being woken at 2am.\n"
        '"The water was already at the step," she said.',
        [
            ("We lost it all again,", "Mereana Walker"),
            ("The water was already at the step,", None),
        ],
        id="unnamed_evacuee_is_not_the_woman_named_before",
    ),
    pytest.param(
        "Hundreds of students at the University of Galway have nowhere to live.\n"
        "The University of Galway Students' Union said it had 600 requests for help.\n"
        "A spokesman for the university said it had added 170 beds.\n"
        '"We are doing everything we reasonably can," the spokesman said.\n'
        "Tomas Heneghan, 18, from Belmullet, has viewed nine rooms.",
        [("We are doing everything we reasonably can,", "University of Galway")],
        id="the_university_is_the_body_its_name_heads_not_a_longer_one",
    ),
    pytest.param(
        "Hundreds of students at the University of Galway have nowhere to live.\n"
        "The University of Galway Students' Union said it had 600 requests for help.\n"
        "A spokesman for the union said it had set up a register of rooms.\n"
        '"We are doing everything we reasonably can," the spokesman said.',
        [("We are doing everything we reasonably can,", "University of Galway Students' Union")],
        id="the_union_is_the_students_union",
    ),
    pytest.param(
        "Rosalind Kettering started as a deckhand in 1987.\n"
        "The worst day, she says, was in July 2001, when a crewman went overboard off "
        "Bradleys Head. He was pulled out alive.\n"
        '"I still dream about it. Not every night any more."\n'
        'Transdev Sydney Ferries said Kettering had trained "dozens" of masters.',
        [("I still dream about it. Not every night any more.", "Rosalind Kettering")],
        id="quote_after_a_paragraph_reporting_one_speaker_continues_them",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(quote, speaker) for quote, speaker, _ in summary(quotes_of(nlp, text))]
    for pair in expected:
        assert pair in got, got
