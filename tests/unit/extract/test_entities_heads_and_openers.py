"""A person in apposition after a long title the model reads as a body; place head words
the model types wrongly (palaces, courthouses, business districts, constituencies, rail
lines); quoted nicknames inside a name; an epithet before a relative's name; "-on-"
place names; lists of streets run together; lone common words opening a sentence.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out; each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        '"This is not the end," Vietnam\'s Secretary of State for Water Resources, '
        "Phan Thi Lan, told AFP after the ceremony.",
        [("Phan Thi Lan", "PERSON", ["Phan Thi Lan"])],
        ["State for Water Resources"],
        id="person_in_apposition_after_a_long_title",
    ),
    pytest.param(
        "A spokesman for the director of the Bulgarian Ports Authority, Ivan Petrov, said "
        "the port was open.",
        [("Bulgarian Ports Authority", "ORG", ["Bulgarian Ports Authority"])],
        [],
        id="a_body_after_a_title_is_kept",
    ),
    pytest.param(
        "Crowds gathered at Alexandra Palace on Sunday.",
        [("Alexandra Palace", "LOC", ["Alexandra Palace"])],
        [],
        id="palace_is_a_place",
    ),
    pytest.param(
        "Traffic was heavy in the Central Business District on Monday.",
        [("Central Business District", "LOC", ["Central Business District"])],
        [],
        id="business_district_is_a_place",
    ),
    pytest.param(
        "The Seattle School District said classes would resume.",
        [("Seattle School District", "ORG", ["Seattle School District"])],
        [],
        id="school_district_stays_a_body",
    ),
    pytest.param(
        "Protesters gathered outside the Dane County Courthouse on Friday.",
        [("Dane County Courthouse", "LOC", ["Dane County Courthouse"])],
        [],
        id="courthouse_is_a_place",
    ),
    pytest.param(
        "Commuters were stranded on the Downtown Line (DTL) during the morning peak.",
        [("Downtown Line", "LOC", ["Downtown Line", "DTL"])],
        [],
        id="rail_line_travelled_on_is_a_place",
    ),
    pytest.param(
        "She sailed with Holland America Line last year.",
        [("Holland America Line", "ORG", ["Holland America Line"])],
        [],
        id="shipping_line_stays_a_body",
    ),
    pytest.param(
        'DARTS ace Dwayne "The Rocket" Hollis cried tonight. Hollis said it was his best night.',
        [("Dwayne Hollis", "PERSON", ["Dwayne Hollis", "Hollis"])],
        ["DARTS ace Dwayne", "Rocket"],
        id="quoted_nickname_inside_a_name",
    ),
    pytest.param(
        'Her novel "The Hammer" sold well, Karen said.',
        [("Karen", "PERSON", ["Karen"])],
        ["Karen Hammer"],
        id="quoted_title_after_a_non_name_is_no_nickname",
    ),
    pytest.param(
        "She deserves this.\nProud mum Karen Hale, 61, cheered.",
        [("Karen Hale", "PERSON", ["Karen Hale"])],
        ["Proud"],
        id="epithet_before_a_relative_is_no_name",
    ),
    pytest.param(
        "Apple boss Tim Cook said no.",
        [("Apple", "ORG", ["Apple"]), ("Tim Cook", "PERSON", ["Tim Cook"])],
        [],
        id="body_before_a_role_noun_is_kept",
    ),
    pytest.param(
        "She has swum in the river near Hay-on-Wye since the 1990s. "
        "The shop in Stratford-upon-Avon closed.",
        [
            ("Hay-on-Wye", "LOC", ["Hay-on-Wye"]),
            ("Stratford-upon-Avon", "LOC", ["Stratford-upon-Avon"]),
        ],
        ["Hay", "Stratford"],
        id="hyphen_linked_place_names_are_whole",
    ),
    pytest.param(
        "Mary Smith-Jones said it was a hit-and-run.",
        [("Mary Smith-Jones", "PERSON", ["Mary Smith-Jones"])],
        [],
        id="double_barrelled_surname_is_no_linked_place",
    ),
    pytest.param(
        "The strike paralysed transport along Langata Road, Outering Road and Kangundo "
        "Road, while police mounted roadblocks.",
        [("Langata Road", "LOC", ["Langata Road"]), ("Outering Road", "LOC", ["Outering Road"])],
        ["Langata Road, Outering Road"],
        id="list_of_streets_is_split",
    ),
    pytest.param(
        "The agency closed a gap last year. Ridership has recovered to about 80% of 2019 "
        "levels, officials said.",
        [],
        ["Ridership"],
        id="common_noun_opening_a_sentence_is_no_name",
    ),
    pytest.param(
        "Ortega said the deal was done. Later, Ortega left.",
        [("Ortega", "PERSON", ["Ortega"])],
        [],
        id="name_opening_a_sentence_is_kept",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_heads_and_openers(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)
