"""Speakers the parser hides: a subject hung on the phrase that opens the sentence,
the board that speaks for its body, a gendered description not later named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

CASES = [
    pytest.param(
        "Ms Ann Corrigan said several members had died. In a statement read to the "
        "court, a woman whose mother's savings were taken said the family had trusted "
        "him “like he was one of our own”. “My mother used to bring him a cake,” she said.",
        [("like he was one of our own", None), ("My mother used to bring him a cake,", None)],
        id="unnamed_subject_hung_on_opening_phrase_is_who_she_means",
    ),
    pytest.param(
        "Bram Lusk was fined. In a statement read to the court by Ann Moore, a "
        "neighbour, the family said they had trusted Lusk “like one of our own”.",
        [("like one of our own", None)],
        id="name_in_opening_phrase_is_not_the_speaker_when_the_verb_has_a_subject",
    ),
    pytest.param(
        "Declan Furlong stole from the Slieve Mish Credit Union. Detectives from the "
        "Garda Fraud Bureau investigated. The credit union's board said savings "
        "“are fully protected”.",
        [("are fully protected", "Slieve Mish Credit Union")],
        id="board_of_a_described_body_speaks_for_it",
    ),
    pytest.param(
        "Declan Furlong stole from the Slieve Mish Credit Union. Detectives from the "
        "Garda Fraud Bureau investigated. The credit union's members said they were "
        "“shocked”.",
        [("shocked", None)],
        id="members_of_a_described_body_do_not_speak_for_it",
    ),
    pytest.param(
        "Bram Lusk admitted the theft. A woman whose savings were taken said the "
        "family had trusted Lusk “like one of our own”.\n"
        "Ronan Healy, defending, said his client was sorry.",
        [("like one of our own", None)],
        id="woman_described_is_not_the_man_named_next",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hidden_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(nlp, text)]
    assert got == expected
