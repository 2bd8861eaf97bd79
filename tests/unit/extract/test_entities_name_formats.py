"""Name formats of English-language journalism worldwide: abbreviated titles before a
name, post-nominal letters after it, names written family name first, counties written
with "Co", and participles opening a sentence before a name.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out as a PERSON, ORG or LOC; each rule has a
case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "Cr Hana Pirie said the rates were fair. Cr Pirie voted for them.",
        [("Hana Pirie", "PERSON", ["Hana Pirie", "Pirie"])],
        ["Cr Hana Pirie", "Cr Pirie"],
        id="councillor_abbreviation_cr_is_no_part_of_the_name",
    ),
    pytest.param(
        "Del. Harriet Olsen said the bill would pass. Olsen said it was overdue.",
        [("Harriet Olsen", "PERSON", ["Harriet Olsen", "Olsen"])],
        ["Del."],
        id="delegate_abbreviation_is_no_place",
    ),
    pytest.param(
        "Brig Colin Ward agreed. Msgr Paul Tighe spoke. Sr Bernadette Quinn ran the school.",
        [
            ("Colin Ward", "PERSON", ["Colin Ward"]),
            ("Paul Tighe", "PERSON", ["Paul Tighe"]),
            ("Bernadette Quinn", "PERSON", ["Bernadette Quinn"]),
        ],
        [],
        id="military_and_church_abbreviations",
    ),
    pytest.param(
        "Gda Niamh Foley said the car was stolen. Garda Foley said it was found later.",
        [("Niamh Foley", "PERSON", ["Niamh Foley", "Foley"])],
        ["Garda Foley"],
        id="irish_police_rank_before_a_name",
    ),
    pytest.param(
        "Garda Aoife Brennan said the car was found. Brennan added nothing.",
        [("Aoife Brennan", "PERSON", ["Aoife Brennan", "Brennan"])],
        ["Garda Aoife"],
        id="title_and_first_name_tagged_apart_from_the_surname",
    ),
    pytest.param(
        "DC Liam Hart attended the scene.",
        [("Liam Hart", "PERSON", ["Liam Hart"])],
        ["DC Liam Hart"],
        id="detective_constable_abbreviation",
    ),
    pytest.param(
        "Datuk Seri Anwar Ibrahim spoke. Tan Sri Muhyiddin Yassin listened.",
        [
            ("Anwar Ibrahim", "PERSON", ["Anwar Ibrahim"]),
            ("Muhyiddin Yassin", "PERSON", ["Muhyiddin Yassin"]),
        ],
        [],
        id="malaysian_two_word_honorifics",
    ),
    pytest.param(
        "Alhaji Aliko Dangote said the plant opened. Tun Mahathir Mohamad was there.",
        [
            ("Aliko Dangote", "PERSON", ["Aliko Dangote"]),
            ("Mahathir Mohamad", "PERSON", ["Mahathir Mohamad"]),
        ],
        [],
        id="west_african_and_malaysian_honorifics",
    ),
    pytest.param(
        "Ronan Healy SC said his client was sorry. Mary Lou McDonald TD said the vote was lost.",
        [
            ("Ronan Healy", "PERSON", ["Ronan Healy"]),
            ("Mary Lou McDonald", "PERSON", ["Mary Lou McDonald"]),
        ],
        ["Ronan Healy SC", "Mary Lou McDonald TD"],
        id="post_nominal_letters_are_no_part_of_the_name",
    ),
    pytest.param(
        "Sir Peter Cosgrove AC said the fire was terrible.",
        [("Peter Cosgrove", "PERSON", ["Peter Cosgrove"])],
        ["Peter Cosgrove AC"],
        id="order_of_australia_letters",
    ),
    pytest.param(
        "John Smith Jr. said he would run. Martin Luther King III spoke.",
        [
            ("John Smith Jr.", "PERSON", ["John Smith Jr."]),
            ("Martin Luther King III", "PERSON", ["Martin Luther King III"]),
        ],
        [],
        id="generational_suffixes_stay_in_the_name",
    ),
    pytest.param(
        "She has MS and cannot work, said Jane Harlow.",
        [("Jane Harlow", "PERSON", ["Jane Harlow"])],
        ["MS"],
        id="ms_the_illness_is_no_post_nominal",
    ),
    pytest.param(
        "Transport expert Terence Goh Boon Keat said the line was old. Goh said repairs "
        "were overdue.",
        [("Terence Goh Boon Keat", "PERSON", ["Terence Goh Boon Keat", "Goh"])],
        ["Goh"],
        id="family_name_after_a_western_given_name_joins_the_full_name",
    ),
    pytest.param(
        "The storm hit Co Kerry and County Offaly overnight.",
        [("Co Kerry", "LOC", ["Co Kerry"]), ("County Offaly", "LOC", ["County Offaly"])],
        [],
        id="county_written_with_co_is_a_place",
    ),
    pytest.param(
        "Warnings cover Galway, Mayo, Clare and Kerry. In Lahinch, Co Clare, shops shut.",
        [("Co Clare", "LOC", ["Clare", "Co Clare"])],
        [],
        id="county_name_alone_joins_the_county_with_co",
    ),
    pytest.param(
        "Clare Doyle said the shop shut. Flooding hit Co Clare.",
        [("Clare Doyle", "PERSON", ["Clare Doyle"]), ("Co Clare", "LOC", ["Co Clare"])],
        [],
        id="given_name_of_a_county_stays_with_its_person",
    ),
    pytest.param(
        "Sentencing Furlong, the judge said the breach was grave. The sentencing was brief.",
        [("Furlong", "PERSON", ["Furlong"])],
        ["Sentencing Furlong"],
        id="opening_participle_is_no_part_of_the_name",
    ),
    pytest.param(
        "Manning Tate said the deal was off.",
        [("Manning Tate", "PERSON", ["Manning Tate"])],
        ["Tate"],
        id="given_name_ending_in_ing_stays",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_name_formats(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent, misc_may_stay=True)


def test_family_name_shared_by_two_people_joins_neither(nlp: Language) -> None:
    found = found_in(
        nlp,
        "Lim Chee Keong said the stall closed. Peter Lim said rents rose. Lim said more.",
    )
    assert found["Lim Chee Keong"] == ("PERSON", ["Lim Chee Keong"]), found


def test_sri_alone_is_a_given_name(nlp: Language) -> None:
    found = found_in(nlp, "Finance Minister Sri Mulyani said the budget held.")
    assert found.get("Sri Mulyani", ("", []))[0] == "PERSON", found
