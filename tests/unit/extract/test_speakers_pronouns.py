""" "He said" after a quote when two people of that gender were named before: the one
last quoted or the subject of the sentence before, not a person merely mentioned; and
the reply after an "Asked by X whether Y ..." clause, which is neither X nor Y."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

SAME_GENDER_CASES = [
    pytest.param(
        '"We will appeal," said Mark Dalton. The ruling went against Peter Marsh\'s company '
        'in March.\n"It is not over," he said.',
        "Mark Dalton",
        id="possessor_of_an_object_is_not_the_speaker",
    ),
    pytest.param(
        "Mark Dalton spoke after the vote. The committee had thanked Peter Marsh for his "
        'work.\n"It is not good enough," he said.',
        "Mark Dalton",
        id="direct_object_is_not_the_speaker",
    ),
    pytest.param(
        "Sarah Jones runs the shelter with her partner. Last year the council gave Mary "
        'Smith a grant.\n"Nobody listens," she said.',
        "Sarah Jones",
        id="indirect_object_is_not_the_speaker",
    ),
    pytest.param(
        "Mark Dalton, who replaced Peter Marsh last year, chairs the committee.\n"
        '"It is not good enough," he said.',
        "Mark Dalton",
        id="name_in_a_relative_clause_is_not_the_speaker",
    ),
    pytest.param(
        "Mark Dalton chairs the committee. Peter Marsh criticised him on Monday.\n"
        '"It is not good enough," he said.',
        "Peter Marsh",
        id="must_not_fire_subject_of_the_sentence_before",
    ),
    pytest.param(
        '"We will appeal," said Mark Dalton. Peter Marsh, the rival bidder, disagreed.\n'
        '"It is over," he said.',
        "Peter Marsh",
        id="must_not_fire_new_subject_after_the_last_quoted",
    ),
    pytest.param(
        'The council gave Mary Smith a grant.\n"Nobody listens," she said.',
        "Mary Smith",
        id="must_not_fire_object_who_is_the_only_person_named",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SAME_GENDER_CASES)
def test_pronoun_after_two_people_of_its_gender(nlp: Language, text: str, speaker: str) -> None:
    last = quotes_of(nlp, text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


ASKED_CASES = [
    pytest.param(
        "Gary Pennock, a taxi driver, gave evidence on Tuesday. He said he saw two men "
        "arguing.\nAsked by Adrian Selwood KC whether Tom Doull had raised his hands, the "
        'witness said: "Not that I saw."',
        "Gary Pennock",
        id="witness_is_not_anyone_the_question_names",
    ),
    pytest.param(
        "Gary Pennock, a taxi driver, gave evidence on Tuesday. He said he saw two men "
        'arguing.\nAsked whether Tom Doull had raised his hands, he said: "Not that I saw."',
        "Gary Pennock",
        id="pronoun_is_not_the_subject_of_the_question",
    ),
    pytest.param(
        "Gary Pennock, a taxi driver, gave evidence on Tuesday. Tom Doull was asked whether "
        'Pennock had raised his hands. He said: "Not that I saw."',
        "Tom Doull",
        id="must_not_fire_the_one_asked_in_a_sentence_before",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ASKED_CASES)
def test_reply_after_an_asked_clause(nlp: Language, text: str, speaker: str) -> None:
    last = quotes_of(nlp, text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker
