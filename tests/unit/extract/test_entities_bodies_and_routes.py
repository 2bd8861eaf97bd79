"""A body's name that runs on over "of <country>" or over its Maori name; titled people
whose given names are Southern, East or West African; the ends of a route as places.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out; each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.extend import _MAORI_WORD
from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "Fares will rise in March, the Road Accident Fund Authority of South Africa said on "
        "Friday.",
        [
            (
                "Road Accident Fund Authority of South Africa",
                "ORG",
                ["Road Accident Fund Authority of South Africa"],
            )
        ],
        ["South Africa"],
        id="body_runs_on_over_of_country",
    ),
    pytest.param(
        "The fund had been lent money by a bank of Germany and by private donors.",
        [("Germany", "LOC", ["Germany"])],
        [],
        id="lowercase_head_of_country_is_no_body",
    ),
    pytest.param(
        "Crews were sent by Health New Zealand Te Whatu Ora to the flooded towns, and the "
        "agency said more would follow.",
        [("Health New Zealand Te Whatu Ora", "ORG", ["Health New Zealand Te Whatu Ora"])],
        ["Te Whatu Ora"],
        id="body_runs_on_over_its_maori_name",
    ),
    pytest.param(
        "Limpopo health MEC Mandla Ndlovu visited the clinic. Ndlovu said staff were tired.",
        [("Mandla Ndlovu", "PERSON", ["Mandla Ndlovu", "Ndlovu"])],
        ["MEC Mandla Ndlovu"],
        id="titled_person_with_african_given_name",
    ),
    pytest.param(
        "Buses will run between Tembisa and Pretoria from next week, the operator said.",
        [("Tembisa", "LOC", ["Tembisa"])],
        [],
        id="route_end_is_a_place",
    ),
    pytest.param(
        "The talks between Microsoft and Germany stalled over data rules.",
        [("Microsoft", "ORG", ["Microsoft"])],
        [],
        id="talks_between_a_firm_and_a_country",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_bodies_and_routes(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


@pytest.mark.parametrize(
    ("word", "maori"),
    [("Kotahi", True), ("Whatu", True), ("Kāinga", True), ("Lopez", False), ("Smith", False)],
)
def test_maori_word_shape(word: str, maori: bool) -> None:
    assert bool(_MAORI_WORD.fullmatch(word)) is maori
