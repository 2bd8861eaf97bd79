"""Entity rules of round 6: people's names the model typed as bodies or places.

A role before "of" heads an apposition ("the head of the board, Jo Ray"), a head word
after a surname particle or a hyphen ends a surname ("van Dam", "Ray-Hill"), a titled
person's possessive parts the person from what they own, traditional titles are
stripped, a street named after a person does not take the person's surname, the text's
evidence breaks a tie before the model's label; and a demonym noun is no name, an
acronym a spokesperson speaks for is a body, "<head> of <Name> and <Body>" is two,
"World" and a sport word is a governing body, "Transit" heads a body, and a capitalised
plural and "for" open a campaign group's name.
Each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.name_evidence import _ends_in_surname
from service.extract.entities.types import _tie_breaker
from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "The turnout was low, said the head of the polling board, Annika Rebane. "
        '"People stayed home," Rebane said.',
        [("Annika Rebane", "PERSON", ["Annika Rebane", "Rebane"])],
        ["Rebane"],
        id="role_before_of_heads_the_apposition",
    ),
    pytest.param(
        "Talks stalled, according to its parent company, Brackwater Holdings.",
        [("Brackwater Holdings", "ORG", ["Brackwater Holdings"])],
        [],
        id="apposition_without_of_keeps_its_own_head",
    ),
    pytest.param(
        'Health minister Joost van Dijkdam resigned. "I had no choice," van Dijkdam said.',
        [],
        ["van Dijkdam"],
        id="particle_surname_joins_the_full_name",
    ),
    pytest.param(
        "Prime Minister Hella Koppel's Civic Union lost ten seats. Koppel conceded on Monday.",
        [("Hella Koppel", "PERSON", ["Hella Koppel", "Koppel"])],
        ["Hella Koppel's Civic Union"],
        id="titled_persons_possessive_parts_person_from_party",
    ),
    pytest.param(
        "Doctors at St. Brigid's Hospital said beds were full.",
        [("St. Brigid's Hospital", "ORG", ["St. Brigid's Hospital"])],
        ["Brigid"],
        id="saints_possessive_stays_in_the_name",
    ),
    pytest.param(
        "The Ohio Attorney General's Office opened an inquiry on Monday.",
        [],
        ["General", "Office"],
        id="title_before_possessive_is_no_person",
    ),
    pytest.param(
        "Tom Hale, a spokesman for the advocacy group Riders for Kelby Transit, called it bad.",
        [("Riders for Kelby Transit", "ORG", ["Riders for Kelby Transit"])],
        ["Kelby Transit"],
        id="campaign_plural_before_for_opens_the_body",
    ),
    pytest.param(
        "Workers for Kelby Transit walked out.",
        [("Kelby Transit", "ORG", ["Kelby Transit"])],
        ["Workers for Kelby Transit"],
        id="plural_opening_a_sentence_is_no_campaign_name",
    ),
    pytest.param(
        "World Rowing said 900 athletes entered.",
        [("World Rowing", "ORG", ["World Rowing"])],
        [],
        id="world_and_a_sport_is_a_governing_body",
    ),
    pytest.param(
        "I lost, the 31-year-old Dane told reporters.",
        [],
        ["Dane"],
        id="demonym_noun_after_a_modifier_is_no_name",
    ),
    pytest.param(
        "Kasper Dane won. Dane said it hurt.",
        [("Kasper Dane", "PERSON", ["Kasper Dane", "Dane"])],
        [],
        id="demonym_word_as_a_surname_stays",
    ),
    pytest.param(
        "A spokeswoman for UNAMID said the road was closed.",
        [("UNAMID", "ORG", ["UNAMID"])],
        [],
        id="acronym_a_spokesperson_speaks_for_is_a_body",
    ),
    pytest.param(
        "Staff at the College of Kelby and Ashton State University walked out.",
        [
            ("College of Kelby", "ORG", ["College of Kelby"]),
            ("Ashton State University", "ORG", ["Ashton State University"]),
        ],
        ["College of Kelby and Ashton State University"],
        id="head_of_name_and_another_body_are_two",
    ),
    pytest.param(
        "The Farm and Livestock Bureau said no.",
        [("Farm and Livestock Bureau", "ORG", ["Farm and Livestock Bureau"])],
        [],
        id="body_name_holding_and_stays_whole",
    ),
    pytest.param(
        "Kgosi Tau Molefhe, the village's traditional leader, spoke first. "
        '"We were not asked," Molefhe said.',
        [("Tau Molefhe", "PERSON", ["Tau Molefhe", "Molefhe"])],
        ["Kgosi Tau Molefhe"],
        id="traditional_title_is_stripped_and_surname_joins",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_round6_entity_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


def test_surname_particle_keeps_a_person_apart_from_a_dam(nlp: Language) -> None:
    found = found_in(nlp, 'Minister Joost van Dam visited. "It was good," van Dam said.')
    assert found.get("Joost van Dam", ("", []))[0] == "PERSON", found
    assert "van Dam" not in found, found


def test_hyphenated_surname_is_a_persons(nlp: Language) -> None:
    found = found_in(
        nlp, 'Carla Jennings-Hill, 58, runs the shop. "We stay open," Jennings-Hill said.'
    )
    assert found.get("Carla Jennings-Hill") == (
        "PERSON",
        ["Carla Jennings-Hill", "Jennings-Hill"],
    ), found


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Joost van Dam", True),
        ("Carla Jennings-Hill", True),
        ("Tri-County", False),  # a short first half is no surname
        ("North-West Hill", False),
        ("Castle Hill", False),  # a head word with no particle or hyphen: a place
        ("Van Buren Street", False),  # the particle is not before the head word
        ("Bank van Nederland", False),  # no head word at the end
    ],
)
def test_ends_in_surname(name: str, expected: bool) -> None:
    assert _ends_in_surname(name) is expected


def test_street_named_after_a_person_does_not_take_her_surname(nlp: Language) -> None:
    found = found_in(
        nlp,
        "Ruth Okafor ran the corner store for forty years. The city gave the block the "
        'honorary name Ruth Okafor Way in May. "She fed half the street," said a neighbour. '
        "Okafor died in 2019.",
    )
    person = found.get("Ruth Okafor", ("", []))
    assert person[0] == "PERSON" and "Okafor" in person[1], found


def test_body_named_like_a_person_still_joins_its_longer_name(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The Harrow Lamps Trust opened a shelter. Harrow Lamps now has 40 beds.",
    )
    assert "Harrow Lamps" not in found or found["Harrow Lamps"][0] != "PERSON", found


def test_evidence_breaks_a_tie_before_the_models_label() -> None:
    assert _tie_breaker({"PERSON": 2.5}, "ORG") == "PERSON"
    assert _tie_breaker({}, "ORG") == "ORG"
