"""Entity rules for cues in local and specialist news copy: crew titles, eponymous
illnesses, towns before a noun, electoral seats, national bodies, company name ends,
animals named like people, "one of the oldest clubs" after a name and "Maison" opening
a firm's name.

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
        "HASTINGS \u2014 The Heretaunga Rams, one of Hawke\u2019s Bay\u2019s oldest rugby "
        "clubs, have been placed in voluntary administration, the club confirmed.",
        [("Heretaunga Rams", "ORG", ["Heretaunga Rams"])],
        [],
        id="one_of_the_oldest_clubs_is_a_body",
    ),
    pytest.param(
        "Maison Vuillerat, one of the last family-owned watchmakers in the Jura, will cut "
        "240 jobs.",
        [("Maison Vuillerat", "ORG", ["Maison Vuillerat"])],
        [],
        id="maison_opens_a_firms_name",
    ),
    pytest.param(
        "Coxswain Idris Lloyd, who has served on the boat for 20 years, praised the crew.",
        [("Idris Lloyd", "PERSON", ["Idris Lloyd"])],
        ["Coxswain Idris Lloyd"],
        id="crew_title_is_cut_from_a_name",
    ),
    pytest.param(
        "Levon Helm said the band would tour again in the spring.",
        [("Levon Helm", "PERSON", ["Levon Helm"])],
        [],
        id="crew_title_word_as_a_surname_stays",
    ),
    pytest.param(
        "Roger Pascoe, 71, who has Addison's disease, told councillors he was angry.",
        [("Roger Pascoe", "PERSON", ["Roger Pascoe"])],
        ["Addison"],
        id="possessive_before_disease_names_an_illness",
    ),
    pytest.param(
        "Nora Kim's flu kept her at home, said Nora Kim's sister.",
        [("Nora Kim", "PERSON", ["Nora Kim"])],
        [],
        id="person_with_the_flu_stays_a_person",
    ),
    pytest.param(
        "Police were called to a Darlington takeaway after the fight on Friday.",
        [("Darlington", "LOC", ["Darlington"])],
        [],
        id="town_before_a_shop_noun_is_a_place",
    ),
    pytest.param(
        "Officers arrested a Rotherham man on Friday.",
        [("Rotherham", "LOC", ["Rotherham"])],
        [],
        id="town_before_a_person_noun_is_a_place",
    ),
    pytest.param(
        "Elsie Grant, the Labour MP for Dunmore Heath, said she would vote against it.",
        [("Dunmore Heath", "LOC", ["Dunmore Heath"])],
        [],
        id="seat_after_member_for_is_a_place",
    ),
    pytest.param(
        "Elsie Grant, a candidate for Labour, said she would vote against it.",
        [("Labour", "ORG", ["Labour"])],
        [],
        id="party_after_candidate_for_stays_a_body",
    ),
    pytest.param(
        "A Fire and Emergency New Zealand spokesman said the blaze began in a shed.",
        [("Fire and Emergency New Zealand", "ORG", ["Fire and Emergency New Zealand"])],
        ["New Zealand"],
        id="service_words_joined_by_and_before_a_country_name_its_body",
    ),
    pytest.param(
        "Two crews from Napier and Taradale came within minutes. A Fire and Emergency New "
        "Zealand spokeswoman said the cause was not yet known.",
        [("Fire and Emergency New Zealand", "ORG", ["Fire and Emergency New Zealand"])],
        ["Fire and Emergency", "New Zealand"],
        id="service_words_tagged_apart_from_the_country_join_it",
    ),
    pytest.param(
        "According to Horse Racing Ireland, prize money rose last year.",
        [("Horse Racing Ireland", "ORG", ["Horse Racing Ireland"])],
        [],
        id="sport_words_before_a_country_name_its_body",
    ),
    pytest.param(
        "Kim Ireland said the vote was close.",
        [("Kim Ireland", "PERSON", ["Kim Ireland"])],
        [],
        id="given_name_before_a_country_stays_a_person",
    ),
    pytest.param(
        "Braxley Homes lodged its appeal on Monday.",
        [("Braxley Homes", "ORG", ["Braxley Homes"])],
        [],
        id="homes_ends_a_housebuilders_name",
    ),
    pytest.param(
        "Her colt Silver Harbour won the race by two lengths.",
        [],
        ["Silver Harbour"],
        id="name_after_an_animal_noun_is_no_person",
    ),
    pytest.param(
        "The colt's trainer, Mary Keane, said the ground was soft.",
        [("Mary Keane", "PERSON", ["Mary Keane"])],
        [],
        id="person_after_an_animals_possessive_stays_a_person",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_cue_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent, misc_may_stay=True)


def test_short_form_of_a_company_with_an_industry_end_joins_it(nlp: Language) -> None:
    found = found_in(
        nlp, "Kestrow Engineering won the contract. Kestrow said work would start in May."
    )
    assert found.get("Kestrow Engineering") == ("ORG", ["Kestrow Engineering", "Kestrow"])
