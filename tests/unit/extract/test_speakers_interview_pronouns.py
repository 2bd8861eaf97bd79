""" "She" in an interview answer is the person the answer or its question names, not
someone quoted further back; and an unnamed "a man" before "he" in one sentence is
who "he" means there, not a named person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

INTERVIEW = (
    "Grace Whitmore ran the city library for 25 years and retired on Friday.\n"
    '"Grace taught me everything," said her deputy, Joan Ellery.\n'
    "Q: What was the job like at first?\n"
    "A: Quiet. We had two rooms and a van.\n"
    "Q: Who taught you the most?\n"
    'A: Nora Quill. She ran the archive. She used to say, "Read the spine first."\n'
)

ASKED_CASES = [
    pytest.param(
        INTERVIEW + "Q: Why did you hire Edith Marsh?\n"
        'A: She argues well. When I asked her about the budget, she said, "Cut the '
        'parking first."\n',
        "Edith Marsh",
        id="person_the_question_asks_about",
    ),
    pytest.param(
        INTERVIEW,
        "Nora Quill",
        id="person_the_answer_names",
    ),
    pytest.param(
        INTERVIEW + "Q: What happens next?\n"
        'A: She told me to rest. Joan said, "Go fishing." She laughed.\n',
        "Joan Ellery",
        id="must_not_fire_when_the_question_names_nobody",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ASKED_CASES)
def test_pronoun_in_an_interview_answer(nlp: Language, text: str, speaker: str) -> None:
    last = quotes_of(nlp, text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


UNNAMED_CASES = [
    pytest.param(
        "Tom Reilly drove the first engine for 20 years.\n"
        '"We were always short," Tom Reilly said.\n'
        "I waited on the porch with a man whose barn had burned, and he kept asking me, "
        '"Where is the water?"',
        None,
        id="unnamed_man_before_he_in_the_sentence",
    ),
    pytest.param(
        "Tom Reilly drove the first engine for 20 years.\n"
        '"We were always short," Tom Reilly said. He once carried a man out of a barn.\n'
        '"I never found out his name," he said.',
        "Tom Reilly",
        id="must_not_fire_man_in_an_earlier_sentence",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_CASES)
def test_unnamed_person_of_the_pronouns_gender(
    nlp: Language, text: str, speaker: str | None
) -> None:
    last = quotes_of(nlp, text)[-1]
    assert (last.speaker.name if last.speaker else None) == speaker
