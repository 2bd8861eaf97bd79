"""Entity rules of round 6b: fresh UK and Irish copy.

A lone elected member's letters ("MSP") and the "State" of "Secretary of State" are
titles, not bodies; a British road's number is a place; "Upper", "Lower", "Inner" and
"Outer" open a place's name and "Buildings" ends one; "the" and a party's plural is the
party; one "the" before "X and Y Workers Union" opens one union; a partnership's first
word is the firm; a members' plural possessive runs on to a body's head ("Pilots'" +
"Guild") and a country to the body tagged after it ("U.S." + "District Court"); a name
"which is based in" a place is a body; an untagged name after "the charity" is one; a
pronoun and its verb open no name ("I'm an" + "NHS"); in a sports story the place a
"Rovers" club is named after is the club, as are sides after "at home to", "hosting" or
a club's "travel to".
Each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.name_evidence import _ROAD_NUMBER
from tests.unit.extract.test_entities import assert_entities, found_in

MATCH = (
    "Hexley Rovers beat Ardmill Athletic 2-0 in the league match on Saturday. The striker "
    "scored twice and the goalkeeper saved a penalty. "
)

CASES = [
    pytest.param(
        "Labour MSP Ailsa Dunn said the ferry was late.",
        [("Ailsa Dunn", "PERSON", ["Ailsa Dunn"])],
        ["MSP", "Labour MSP"],
        id="msp_is_a_title",
    ),
    pytest.param(
        "Residents will ask the Secretary of State to call in the decision.",
        [],
        ["State"],
        id="state_of_secretary_of_state_is_no_body",
    ),
    pytest.param(
        "The envoy met the President of Estonia in Tallinn.",
        [("Estonia", "LOC", ["Estonia"])],
        [],
        id="place_after_a_title_and_of_stays",
    ),
    pytest.param(
        "A van driver died after a crash on the A35 near Bridgwick on Monday.",
        [("A35", "LOC", ["A35"])],
        [],
        id="road_number_is_a_place",
    ),
    pytest.param(
        "Cllr Mary Stott, who represents Lower Dunfield, objected.",
        [("Lower Dunfield", "LOC", ["Lower Dunfield"])],
        [],
        id="lower_opens_a_place",
    ),
    pytest.param(
        "The appeal went to the Upper Tribunal in March.",
        [("Upper Tribunal", "ORG", ["Upper Tribunal"])],
        [],
        id="body_head_beats_the_place_prefix",
    ),
    pytest.param(
        "The minister spoke to reporters at Civic Buildings on Tuesday.",
        [("Civic Buildings", "LOC", ["Civic Buildings"])],
        [],
        id="buildings_end_a_place",
    ),
    pytest.param(
        "Tennant said the Greens would force a vote next week.",
        [("Greens", "ORG", ["Greens"])],
        [],
        id="the_and_a_party_plural_is_the_party",
    ),
    pytest.param(
        "The Retail and Allied Workers Union, which represents shop staff, backed the deal.",
        [("Retail and Allied Workers Union", "ORG", ["Retail and Allied Workers Union"])],
        ["Allied Workers Union"],
        id="the_opens_both_halves_of_a_workers_union",
    ),
    pytest.param(
        "Talks with the Council and Allied Workers Union failed on Friday.",
        [("Allied Workers Union", "ORG", ["Allied Workers Union"])],
        ["Council and Allied Workers Union"],
        id="a_body_word_before_and_is_a_body_of_its_own",
        marks=pytest.mark.xfail(
            strict=True, reason="tuned NER tags 'Council and Allied Workers Union' whole"
        ),
    ),
    pytest.param(
        "The application, by Brackley Land Partnerships, was approved. Jo Hume, planning "
        "director for Brackley, said work would start soon.",
        [("Brackley Land Partnerships", "ORG", ["Brackley Land Partnerships", "Brackley"])],
        [],
        id="partnerships_first_word_is_the_firm",
    ),
    pytest.param(
        MATCH + "For Hexley, it was a first win since October.",
        [("Hexley Rovers", "ORG", ["Hexley Rovers", "Hexley"])],
        [],
        id="club_place_joins_its_rovers_club",
    ),
    pytest.param(
        MATCH + "Ardmill are at home to Dunmore on Sunday, while Hexley travel to Castleview "
        "before hosting Brockley.",
        [
            ("Dunmore", "ORG", ["Dunmore"]),
            ("Castleview", "ORG", ["Castleview"]),
            ("Brockley", "ORG", ["Brockley"]),
        ],
        [],
        id="sides_at_home_to_travelled_to_and_hosted_are_clubs",
    ),
    pytest.param(
        MATCH + "Hexley travel to Paris for a friendly in July.",
        [("Paris", "LOC", ["Paris"])],
        [],
        id="a_city_travelled_to_stays_a_place",
    ),
    pytest.param(
        "The EU fined Marvela on Tuesday. Marvela, which is headquartered in Dublin, said it "
        "would appeal. Regulators said Marvela had 60 days.",
        [("Marvela", "ORG", ["Marvela"])],
        [],
        id="a_name_based_somewhere_is_a_body",
    ),
    pytest.param(
        "Voters in Austin, which is home to 900,000 people, went to the polls.",
        [("Austin", "LOC", ["Austin"])],
        [],
        id="a_place_that_is_home_to_people_stays_a_place",
    ),
    pytest.param(
        "Dean Fisher said: \u201cI\u2019m an NHS nurse. I can\u2019t work from home.\u201d",
        [("NHS", "ORG", ["NHS"])],
        ["I\u2019m an NHS"],
        id="a_pronoun_and_its_verb_open_no_name",
    ),
    pytest.param(
        "US officials said the talks would resume.",
        [("US", "LOC", ["US"])],
        [],
        id="us_is_no_pronoun",
    ),
    pytest.param(
        "Families waited two years, according to a report from the charity Open Door Kildare "
        "published on Thursday.",
        [("Open Door Kildare", "ORG", ["Open Door Kildare"])],
        [],
        id="a_name_after_the_charity_is_the_body",
    ),
    pytest.param(
        "The talks were led by the chairman Tomas Reidy on Thursday.",
        [("Tomas Reidy", "PERSON", ["Tomas Reidy"])],
        [],
        id="a_name_after_a_role_noun_is_no_body",
    ),
    pytest.param(
        "The Danish Pilots' Guild said talks with management broke down.",
        [("Danish Pilots' Guild", "ORG", ["Danish Pilots' Guild"])],
        ["Guild", "Danish Pilots"],
        id="members_possessive_runs_on_to_the_bodys_head",
    ),
    pytest.param(
        "The Kelby Riders' Guild Hall was closed on Monday.",
        [],
        ["Kelby Riders' Guild"],
        id="head_word_inside_a_longer_name_is_not_taken",
    ),
    pytest.param(
        "Marsh told jurors in U.S. District Court in Dayton that he was innocent.",
        [("U.S. District Court", "ORG", ["U.S. District Court"])],
        ["District Court"],
        id="country_before_a_court_opens_its_name",
    ),
    pytest.param(
        "In the U.S., District Court judges are appointed for life.",
        [("U.S.", "LOC", ["U.S."])],
        ["U.S. District Court"],
        id="country_before_a_comma_stays_apart",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_round6b_entity_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("A35", True), ("M62", True), ("B1249", True), ("A1(M)", True), ("A035", False),
     ("AB35", False), ("Q35", False), ("A12345", False)],
)  # fmt: skip
def test_road_number(name: str, expected: bool) -> None:
    assert bool(_ROAD_NUMBER.fullmatch(name)) is expected
