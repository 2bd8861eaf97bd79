"""Interviews written as questions and answers (service/extract/interviews.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

CASES = [
    pytest.param(
        "Ngozi Eke runs a bakery in Enugu. We met Mrs Eke at the shop on Monday.\n"
        "Why bread, and why now?\n"
        '"Because nobody else was baking at five in the morning," she said.\n'
        "Was it hard to leave the bank?\n"
        '"Very. I still miss the pension."\n'
        'Her cousin, Obinna Okafor, thinks she is mad. "She works every hour there is," '
        "he said.\n"
        "What about the critics?\n"
        '"They are right about the prices," Mrs Eke said.',
        ["Ngozi Eke", "Ngozi Eke", "Obinna Okafor", "Ngozi Eke"],
        id="an_answer_with_no_cue_or_a_pronoun_is_the_interviewee",
    ),
    pytest.param(
        "Hana Lister, 48, has coached the under-12s at the club since 2009.\n"
        "The club's boat shed was flooded in February.\n"
        "Was there a point where she thought the club would fold?\n"
        '"Every second week for a year. Then the kids turned up with shovels."',
        ["Hana Lister"],
        id="with_no_answer_naming_anyone_the_person_the_question_is_about",
    ),
    pytest.param(
        "Prices at the market rose again in May.\n"
        "Will they fall?\n"
        '"Not this year," said Dev Patel, a trader.\n'
        "Can the council help?\n"
        '"It can cut the rent," said Mia Kerr, who chairs the traders.',
        ["Dev Patel", "Mia Kerr"],
        id="must_not_fire_answers_naming_their_own_speakers",
    ),
    pytest.param(
        "Tom Reeve and his neighbour Sam Ortiz both lost their sheds in the storm. "
        "Reeve said the council had done nothing.\n"
        "What now?\n"
        '"We rebuild," Ortiz said.\n'
        '"And we wait," he added.',
        ["Sam Ortiz", "Sam Ortiz"],
        id="must_not_fire_a_cue_naming_someone_else",
    ),
    pytest.param(
        "Transport secretary Helen Gray announced the scheme on Monday.\n"
        "Who is exempt?\n"
        '"Disabled drivers will not pay a penny," Gray said.\n'
        "How much will it cost?\n"
        '"Twelve pounds a day," Gray said.\n'
        "What do businesses say?\n"
        '"It will drive shoppers away," said Anna Ruiz, who chairs the chamber of commerce.\n'
        "Will the council back down?\n"
        '"Not a chance," she said.',
        ["Helen Gray", "Helen Gray", "Anna Ruiz", "Anna Ruiz"],
        id="must_not_fire_she_who_spoke_just_before_the_question",
    ),
    pytest.param(
        "Mei Chen, 52, opened her first noodle bar in 2003. Her daughter, Lily Chen, 24, "
        "joined the business last year.\n"
        "Why open a third restaurant now?\n"
        '"Because the rent came down," Mei Chen said.\n'
        "Was it hard to find staff?\n"
        '"Harder than finding the building," Mei Chen said.\n'
        "Lily, did you ever want to do something else?\n"
        '"Every single week," she said.',
        ["Mei Chen", "Mei Chen", "Lily Chen"],
        id="must_not_fire_a_question_put_to_someone_else",
    ),
    pytest.param(
        "Judith Kerr ran the school's finances for nine years. She resigned in May.\n"
        "Did she know what was happening?\n"
        '"Of course she knew," said one governor, who asked not to be named.',
        [None],
        id="must_not_fire_an_answer_from_someone_unnamed",
    ),
    pytest.param(
        "Grace Mbeki opened the first bicycle lockers at Stanton station in March.\n"
        "Why lockers?\n"
        "\u201cBecause bikes kept being stolen,\u201d Mbeki said.\n"
        "How many have you installed?\n"
        "\u201cForty,\u201d Mbeki said.\n"
        "Did anyone doubt the idea?\n"
        "\u201cEveryone did. I told her it would never work.\u201d\n"
        "That was her husband, Joe Mbeki, who now helps run the scheme.",
        ["Grace Mbeki", "Grace Mbeki", "Joe Mbeki"],
        id="an_answer_the_next_paragraph_names_through_an_apposition",
    ),
    pytest.param(
        "Carmen Reyes, 68, has run the bakery on Fifth Street since 1989. Reyes still "
        "opens at five every morning, and Reyes still bakes the bread.\n"
        "Does she ever think about retiring? \u201cEvery day. Then I come in and I forget.\u201d\n"
        "And the secret? \u201cThere is no secret. Flour, water, salt, and you stay.\u201d",
        ["Carmen Reyes", "Carmen Reyes"],
        id="a_question_before_the_answer_in_its_own_paragraph",
    ),
    pytest.param(
        "Chidinma Ezeaku\u2019s second novel sold out in nine days. Ezeaku, 36, wrote it "
        "in Lagos. Ezeaku says she is still surprised.\n"
        "Her brother, Obinna Ezeaku, a banker, claims he is the model for its crooked "
        "son-in-law. Is he?\n"
        "She laughs for a long time. \u201cObinna thinks every bad man in every book is "
        "about him.\u201d\n"
        "Where did the book start?\n"
        "\u201cWith my grandmother\u2019s exercise books.\u201d",
        ["Chidinma Ezeaku", "Chidinma Ezeaku"],
        id="the_answerer_a_sentence_describes_and_the_main_person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_interview_answers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
