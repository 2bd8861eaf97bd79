"""Cues that type a found name from what the text says it is: a street after "on", a
list after "residents of" or "stations at", a firm's site after its possessive, a party
before an elected role, a governing body named for a province, a think tank, a club's
title; and names the model cut ("City and County Council", "West of England ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "A man who lives on Margaret Street said the lights had been out for a week.",
        [("Margaret Street", "LOC", ["Margaret Street"])],
        id="a_street_after_on_is_a_place",
    ),
    pytest.param(
        "The judge said Margaret Street had told the court the truth.",
        [("Margaret Street", "PERSON", ["Margaret Street"])],
        id="must_not_fire_a_person_named_street",
    ),
    pytest.param(
        "Residents of Parktown, Rosebank and parts of Braamfontein were told to boil water.",
        [("Rosebank", "LOC", ["Rosebank"])],
        id="a_list_after_residents_of_is_a_list_of_places",
    ),
    pytest.param(
        "Mayor Ruth Kemp said testing stations at Brackwell and Odsey would stay open.",
        [("Brackwell", "LOC", ["Brackwell"]), ("Odsey", "LOC", ["Odsey"])],
        id="a_list_after_stations_at_is_a_list_of_places",
    ),
    pytest.param(
        "Shoppers at Mwenda market said prices had doubled since March.",
        [("Mwenda", "LOC", ["Mwenda"])],
        id="a_name_before_market_is_a_place",
    ),
    pytest.param(
        "The carmaker will close its Narvik assembly plant next year.",
        [("Narvik", "LOC", ["Narvik"])],
        id="a_firms_site_after_its_possessive_is_a_place",
    ),
    pytest.param(
        "Labour councillor Dermot Tully and Social Democrats councillor Orla Hynes voted no.",
        [
            ("Social Democrats", "ORG", ["Social Democrats"]),
            ("Dermot Tully", "PERSON", ["Dermot Tully"]),
        ],
        id="a_party_before_an_elected_role_is_a_body",
    ),
    pytest.param(
        "Republican senator Tom Hale said the vote would be close.",
        [("Tom Hale", "PERSON", ["Tom Hale"])],
        id="must_not_fire_a_party_adjective",
    ),
    pytest.param(
        "A spokesperson for Curling Saskatchewan said the season would go ahead.",
        [("Curling Saskatchewan", "ORG", ["Curling Saskatchewan"])],
        id="a_sport_before_a_province_is_its_governing_body",
    ),
    pytest.param(
        "Mara Jensen, a fellow at the think tank Corvane, said rates would rise.",
        [("Corvane", "ORG", ["Corvane"]), ("Mara Jensen", "PERSON", ["Mara Jensen"])],
        id="a_think_tank_is_a_body",
    ),
    pytest.param(
        "Tomas Vrba, the city's MMC for transport, said buses would run late.",
        [("Tomas Vrba", "PERSON", ["Tomas Vrba"])],
        id="the_possessor_is_not_the_appositive_head",
    ),
    pytest.param(
        "Galway City and County Council has voted to raise the levy.",
        [("Galway City and County Council", "ORG", ["Galway City and County Council"])],
        id="a_joint_council_keeps_its_whole_name",
    ),
    pytest.param(
        "Parents in Galway city and County Mayo were told to wait.",
        [("Galway", "LOC", ["Galway"]), ("County Mayo", "LOC", ["County Mayo"])],
        id="must_not_fire_a_city_and_a_county",
    ),
    pytest.param(
        "Talks with the North of Tyne Combined Authority broke down on Friday.",
        [
            (
                "North of Tyne Combined Authority",
                "ORG",
                ["North of Tyne Combined Authority"],
            )
        ],
        id="a_body_named_for_a_part_of_a_region",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_and_body_cues(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert_entities(found_in(nlp, text), expected, [])


def test_a_town_after_the_lowercase_west_of_stays_alone(nlp: Language) -> None:
    found = found_in(nlp, "Floods hit farms in the west of Cornwall on Sunday.")
    assert "Cornwall" in found, found


def test_staff_at_a_site_do_not_make_it_a_body(nlp: Language) -> None:
    found = found_in(
        nlp,
        "Voltex will cut 300 jobs at its Sanand battery plant. The union, which represents "
        "employees at Sanand, said it had no warning.",
    )
    assert found["Sanand"][0] == "LOC", found


def test_club_title_before_a_club_in_a_sports_story(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The Hawks beat Riverton by six wickets and will now meet club champions Ardley "
        "Foxes in the final, the coach said after the innings.",
    )
    assert found["Ardley Foxes"][0] == "ORG", found
