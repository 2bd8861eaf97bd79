"""Speakers in turns and crowds: barristers known by their letters, whose turn it is
among people of one title, a scene parsed as the subject, people who keep their
name back, and verbs that report a quote by pressing or thanking."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

TURN_CASES = [
    pytest.param(
        "Tom Hale KC opened the case. Questioned by Ann Lowe KC, Mr Drew agreed the road "
        'was dark. "You saw nothing, did you?" the barrister asked.',
        [("You saw nothing, did you?", "Ann Lowe")],
        id="barrister_is_the_one_with_letters_named_just_before",
    ),
    pytest.param(
        "Tom Hale KC opened the case. Questioned by Ann Lowe, Mr Drew agreed the road "
        'was dark. "You saw nothing, did you?" the barrister asked.',
        [("You saw nothing, did you?", "Tom Hale")],
        id="barrister_without_letters_nearby_is_the_earlier_one",
    ),
    pytest.param(
        'Sara Venn died in March. Outside court, her cousin, Rhys Venn, said the family was "'
        'finally heard".',
        [("finally heard", "Rhys Venn")],
        id="scene_opening_the_sentence_is_not_the_speaker",
    ),
    pytest.param(
        'Sara Venn died in March. Outside court, a relative said the family was "finally heard".',
        [("finally heard", None)],
        id="scene_with_no_named_person_gives_nobody",
    ),
    pytest.param(
        "Mayor Tom Reid visited the depot. A driver who would not give his name said the "
        'shifts were long. "We never stop," he said.',
        [("We never stop,", None)],
        id="person_who_keeps_his_name_back_is_unnamed",
    ),
    pytest.param(
        'Mayor Tom Reid visited the depot. A driver said the shifts were long. "We never '
        'stop," Reid said.',
        [("We never stop,", "Tom Reid")],
        id="named_speaker_after_an_unnamed_one",
    ),
    pytest.param(
        "Dan Ross chaired the meeting. One shareholder, who had held stock for years, asked "
        'the board to "stop the infighting".',
        [("stop the infighting", None)],
        id="a_shareholder_is_someone_unnamed",
    ),
    pytest.param(
        'Dan Ross chaired the meeting. "Were you there?" Kim Page pressed.',
        [("Were you there?", "Kim Page")],
        id="pressing_reports_speech",
    ),
    pytest.param(
        'After the vote, Mayor Kim Page thanked residents for "turning out in the rain".',
        [("turning out in the rain", "Kim Page")],
        id="thanking_for_quoted_words_attributes_them",
    ),
    pytest.param(
        'After the vote, Mayor Kim Page said residents had been "turning out in the rain", '
        "and Dan Ross thanked her.",
        [("turning out in the rain", "Kim Page")],
        id="thanking_without_quote_takes_nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURN_CASES)
def test_turns_and_crowds(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
