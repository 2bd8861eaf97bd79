"""Entity rules, round 9 (batches 39-40 at first sight): "Madam" is an honorific, a unit
name only stands alone ("Kelvin" in "Kelvin Oei" is a first name), a capitalised noun of
people run into a name is the copy's role, a police force may name two counties, and
"Province of Manitoba" is the provincial government. The model's tags are fixed per case
so that each rule is tested on the shape it handles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities import extract_entities
from tests.unit.extract.test_entities import assert_entities, summary
from tests.unit.extract.test_entities_round8 import Ents, found_with

CASES = [
    pytest.param(
        "Madam Low Siew Lan has cooked at the stall since 1978. Madam Low says she will stop.",
        [("Madam Low Siew Lan", "PERSON"), ("Madam Low", "PERSON")],
        [("Low Siew Lan", "PERSON", ["Low Siew Lan", "Low"])],
        ["Madam Low", "Madam Low Siew Lan"],
        id="madam_is_an_honorific",
    ),
    pytest.param(
        "Kelvin Oei, 61, has eaten at the stall every Friday.",
        [("Kelvin Oei", "PERSON")],
        [("Kelvin Oei", "PERSON", ["Kelvin Oei"])],
        [],
        id="a_first_name_that_is_also_a_unit",
    ),
    pytest.param(
        "Overnight it fell to 4 Kelvin in the chamber.",
        [("Kelvin", "PERSON")],
        [],
        ["Kelvin"],
        id="must_not_fire_a_lone_unit_stays_out",
    ),
    pytest.param(
        "Volunteer Fergal Nolan said he had never known a winter like it.",
        [("Volunteer Fergal Nolan", "PERSON")],
        [("Fergal Nolan", "PERSON", ["Fergal Nolan"])],
        ["Volunteer Fergal Nolan"],
        id="role_noun_run_into_a_person",
    ),
    pytest.param(
        "Volunteer Fergal Nolan said he had never known a winter like it.",
        [("Volunteer Fergal Nolan", "ORG")],
        [("Fergal Nolan", "PERSON", ["Fergal Nolan"])],
        ["Volunteer Fergal Nolan"],
        id="role_noun_run_into_a_person_read_as_a_body",
    ),
    pytest.param(
        "Teacher Training Agency staff met on Monday.",
        [("Teacher Training Agency", "ORG")],
        [("Teacher Training Agency", "ORG", ["Teacher Training Agency"])],
        [],
        id="must_not_fire_for_a_body_with_a_head_word",
    ),
    pytest.param(
        "Witness Against Torture said the vigil would go ahead.",
        [("Witness Against Torture", "ORG")],
        [("Witness Against Torture", "ORG", ["Witness Against Torture"])],
        ["Against Torture"],
        id="must_not_fire_for_a_body_whose_rest_is_no_name",
    ),
    pytest.param(
        "Pilot Flying J said it would open 12 new stops this year.",
        [("Pilot Flying J", "ORG")],
        [("Pilot Flying J", "ORG", ["Pilot Flying J"])],
        ["Flying J"],
        id="must_not_fire_for_a_body_ending_in_an_initial",
    ),
    pytest.param(
        "Devon and Cornwall Police said a man had been arrested.",
        [("Devon", "GPE"), ("Cornwall Police", "ORG")],
        [("Devon and Cornwall Police", "ORG", ["Devon and Cornwall Police"])],
        ["Devon", "Cornwall Police"],
        id="force_of_two_counties_the_first_tagged_a_place",
    ),
    pytest.param(
        "Avon and Somerset Police said it had worked with Trading Standards.",
        [("Somerset Police", "ORG"), ("Trading Standards", "ORG")],
        [("Avon and Somerset Police", "ORG", ["Avon and Somerset Police"])],
        ["Somerset Police"],
        id="force_of_two_counties_the_first_untagged",
    ),
    pytest.param(
        "The Army and Kent Police said a man had been arrested.",
        [("Army", "ORG"), ("Kent Police", "ORG")],
        [("Army", "ORG", ["Army"]), ("Kent Police", "ORG", ["Kent Police"])],
        ["Army and Kent Police"],
        id="must_not_fire_when_the_first_is_a_body",
    ),
    pytest.param(
        "Counsel for the petitioners, Usman Qadir, said the ruling was fair.",
        [("Counsel", "PERSON"), ("Usman Qadir", "PERSON")],
        [("Usman Qadir", "PERSON", ["Usman Qadir"])],
        ["Counsel"],
        id="counsel_for_someone_is_no_name",
    ),
    pytest.param(
        "The Canada Council and the Province of Manitoba gave $18 million.",
        [("Canada Council", "ORG"), ("Province of Manitoba", "GPE")],
        [("Province of Manitoba", "ORG", ["Province of Manitoba"])],
        [],
        id="province_of_a_place_is_its_government",
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected", "absent"), CASES)
def test_round9_entity_rules(
    nlp: Language,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, list[str]]],
    absent: list[str],
) -> None:
    assert_entities(found_with(nlp, text, ents), expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        pytest.param(
            '"I just closed my eyes," the winger told Shannon Sport FM.',
            [("Shannon Sport FM", "ORG", ["Shannon Sport FM"])],
            [],
            id="a_name_ending_in_fm_is_a_station",
        ),
        pytest.param(
            '"People are not stupid," one backbench TD told me.',
            [],
            ["TD"],
            id="a_seat_title_alone_is_no_name",
        ),
        pytest.param(
            '"Companies often find out late," said Special Agent in Charge Tomás Herrera.',
            [("Tomás Herrera", "PERSON", ["Tomás Herrera"])],
            ["Charge", "Special Agent"],
            id="agent_in_charge_is_a_title",
        ),
        pytest.param(
            "Nadia Farrokh cooks every day. Her restaurant, Anar, on Call Lane, opens at six.",
            [("Anar", "ORG", ["Anar"])],
            [],
            id="a_name_beside_restaurant_is_a_business",
        ),
        pytest.param(
            "Detective Inspector Yvonne Achebe leads the inquiry. DI Achebe said it was early.",
            [("Yvonne Achebe", "PERSON", ["Yvonne Achebe", "Achebe"])],
            ["DI Achebe"],
            id="di_in_capitals_is_a_rank",
        ),
        pytest.param(
            "Alfredo Di Stefano scored twice. Di Stefano said it was easy.",
            [("Alfredo Di Stefano", "PERSON", ["Alfredo Di Stefano", "Di Stefano"])],
            [],
            id="must_not_fire_di_in_a_surname",
        ),
    ],
)
def test_round9_entities_as_tagged(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(summary(extract_entities(nlp(text), article_id="art-1")), expected, absent)
