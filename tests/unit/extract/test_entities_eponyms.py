"""Entity rules for names that hold another name: a title or a saint inside the name of a
body or a place, a thing named after a person, and a town run on after "in".

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out as a PERSON, ORG or LOC; each rule has a
case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.context import _Context
from service.extract.entities.trim import _place_after_preposition
from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "Staff at the Queen Mary General Hospital walked out on Tuesday.",
        [("Queen Mary General Hospital", "ORG", ["Queen Mary General Hospital"])],
        ["Mary General Hospital"],
        id="title_opening_a_hospitals_name_stays_in_it",
    ),
    pytest.param(
        "Queen Camilla visited the ward on Monday.",
        [("Camilla", "PERSON", ["Camilla"])],
        ["Queen Camilla"],
        id="title_before_a_persons_name_is_still_stripped",
        marks=pytest.mark.xfail(
            strict=True, reason="tuned NER tags nothing in 'Queen Camilla visited'"
        ),
    ),
    pytest.param(
        "Two men were arrested in St Bride on Sunday, police said.",
        [("St Bride", "LOC", ["St Bride"])],
        ["Bride"],
        id="saints_name_read_as_a_person_is_a_place",
    ),
    pytest.param(
        "Fr Tom Kelly said mass in the chapel.",
        [("Tom Kelly", "PERSON", ["Tom Kelly"])],
        ["Fr Tom Kelly"],
        id="other_honorifics_are_still_stripped",
    ),
    pytest.param(
        'Margaret Olsen opened the Margaret Olsen Aquatic Centre on Friday. "It is a dream," '
        "Olsen said.",
        [("Margaret Olsen", "PERSON", ["Margaret Olsen", "Olsen"])],
        [],
        id="person_stays_apart_from_a_centre_named_after_her",
    ),
    pytest.param(
        "Stanford University said Stanford would appeal.",
        [("Stanford University", "ORG", ["Stanford University", "Stanford"])],
        [],
        id="short_form_of_a_body_without_a_person_joins_it",
    ),
    pytest.param(
        "Researchers at the Meridian Institute of Marine Biology in Tralee said the water "
        "was warm.",
        [
            (
                "Meridian Institute of Marine Biology",
                "ORG",
                ["Meridian Institute of Marine Biology"],
            ),
            ("Tralee", "LOC", ["Tralee"]),
        ],
        ["Meridian Institute of Marine Biology in Tralee"],
        id="town_after_in_is_cut_from_a_bodys_name",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_eponym_entity_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent, misc_may_stay=True)


def test_thing_named_after_a_person_is_no_person(nlp: Language) -> None:
    found = found_in(nlp, "Jo Ray skated at the Walter Dyck Community Rink on Friday.")
    assert found.get("Walter Dyck Community Rink", ("", []))[0] == "LOC", found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        pytest.param("Galeri in Tralee", 2, id="town_of_the_gazetteer_after_in"),
        pytest.param("Citizens in Action", None, id="no_town_after_in"),
    ],
)
def test_town_after_in_ends_a_body(nlp: Language, text: str, start: int | None) -> None:
    ctx = _Context(nlp(text))
    assert _place_after_preposition(ctx, 0, 3) == start
