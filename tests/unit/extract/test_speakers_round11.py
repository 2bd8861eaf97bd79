"""Speakers, round 11 (batches 53-56 at first sight): people who share a surname ("Dr"
telling them apart, a family name written before a hyphenated given name), a noun
given an age ("the 74-year-old potter") as a person, an age description after a
sentence led by "he", a pronoun that may be the object's, or is in what the subject
is ("is her cousin"), casting no vote on the subject's gender, and a profile's role
description right after a quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND11 = [
    pytest.param(
        "The kiln behind Sumi Arakawa's house has been cold since November, and she says "
        "that is deliberate.\n"
        "\u201cA kiln needs to rest, like a field,\u201d the 74-year-old potter says.",
        ["Sumi Arakawa"],
        id="a_noun_given_an_age_is_a_person",
    ),
    pytest.param(
        "Dr. Lathika Varghese is already arguing with a boat owner.\n"
        "Her mother, Annamma Varghese, 78, remembers a less romantic motive.\n"
        "Joseph Thekkekara, a boat owner, blames the scientists.\n"
        "Asked about the criticism, Dr. Varghese does not dispute it. \u201cWe can change "
        "the mesh size,\u201d she said.",
        ["Lathika Varghese"],
        id="dr_names_the_one_introduced_as_dr",
    ),
    pytest.param(
        "Judge Marguerite Lindqvist ordered him to repay every victim, calling his conduct "
        "cruel.\n"
        'Outside court, Lorraine Pike said she was relieved. "He\'ll be out soon," she '
        "said.\n"
        "Lindqvist said she had weighed the pleas. She noted that Pelletier had kept "
        "taking deposits.\n"
        '"That is the part I find hardest to accept," she said.',
        ["Lorraine Pike", "Marguerite Lindqvist"],
        id="a_pronoun_that_may_be_the_objects_tells_nothing_of_the_subject",
    ),
    pytest.param(
        "Nair, who missed March with a side strain, had made 31 and 27 in his last two "
        "innings. He came in at 22 for two and was still there when Joel Fernandes hit the "
        "winning boundary.\n"
        "\u201cI owed them one,\u201d the 34-year-old said.",
        ["Nair"],
        id="an_age_description_after_a_sentence_led_by_he",
    ),
    pytest.param(
        "Incumbent mayor Park Jae-hoon held Busan. His rival, Park Soo-yeon, a former "
        "labour lawyer, conceded before dawn.\n"
        "\u201cI heard both,\u201d Park told supporters.",
        ["Park Jae-hoon"],
        id="a_family_name_before_a_hyphenated_given_name",
    ),
    pytest.param(
        "The principal of Scoil Bhríde, Maire Considine, told the meeting she had "
        "learned of the plan last week.\n"
        '"I\'ve taught in this school for 19 years," Ms Considine said.\n'
        "The principal of the Carrowbeg school, Sean Considine, is her first cousin. He "
        'said his own school had "no interest in a takeover".\n'
        '"It has to be a proper partnership," he said.',
        ["Maire Considine", "Sean Considine", "Sean Considine"],
        id="her_in_what_the_subject_is_is_someone_elses",
    ),
    pytest.param(
        "WELLINGTON \u2014 Mereana Paewai has a habit, when a meeting is going badly, of "
        "taking off her watch.\n"
        "\u201cIt tells them I know how long they\u2019ve been talking,\u201d the mayor of "
        "the Waiharakeke District said on Tuesday.\n"
        "Paewai, 52, was elected in 2022. Paewai says she will stand again. Paewai has "
        "the votes.",
        ["Mereana Paewai"],
        id="a_role_after_a_quote_in_a_profile_opening_is_its_subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND11)
def test_round11_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
