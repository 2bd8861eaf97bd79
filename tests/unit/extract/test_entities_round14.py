"""Entity rules, round 14: in a sports story a club the model read as a place is the
club its plural nickname names alone ("Hamilton Ironhawks", "the Ironhawks"), unless
the plural ends places' names or the model reads a person; an untagged name followed
by ", a fellow driver" is a person's.
The model's tags are fixed per case so that each rule is tested on the shape it
handles. A first name or surname the model alone calls a person joins a two-word name
it read as a place or a body ("Davi" and "Davi Santos"), unless the name is a known
place or holds a head word; "of" and a party end a person's name ("Dermot Feehily of
Fine Gael"); "Rescue", "Forum" and "Grill" end a body's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities
from tests.unit.extract.test_entities_round8 import Ents, found_with

CASES = [
    pytest.param(
        "The goalie won the game for the Hamilton Ironhawks in overtime. The Ironhawks "
        "said the coach would rest him for the next match.",
        [("Hamilton Ironhawks", "GPE"), ("Ironhawks", "ORG")],
        [("Hamilton Ironhawks", "ORG", ["Hamilton Ironhawks", "Ironhawks"])],
        ["Ironhawks"],
        id="a_clubs_plural_nickname_joins_the_club_read_as_a_place",
    ),
    pytest.param(
        "The bowler took 41 wickets for the Bayside Titans this season. The Titans said "
        "the coach had picked him for the final match.",
        [("Bayside Titans", "LOC"), ("Titans", "NORP")],
        [("Bayside Titans", "ORG", ["Bayside Titans", "Titans"])],
        ["Titans"],
        id="a_nickname_read_as_a_nationality_joins_too",
    ),
    pytest.param(
        "The team trained near Niagara Falls before the match. The coach said the Falls "
        "drew fans to every game of the season.",
        [("Niagara Falls", "GPE"), ("Falls", "ORG")],
        [("Niagara Falls", "LOC", ["Niagara Falls"])],
        [],
        id="a_plural_that_ends_places_names_stays_apart",
    ),
    pytest.param(
        "The striker Dallas Hughes scored twice in the match. Hughes said the coach had "
        "told him to shoot on sight this season.",
        [("Dallas Hughes", "GPE"), ("Hughes", "PERSON")],
        [("Dallas Hughes", "PERSON", ["Dallas Hughes", "Hughes"])],
        [],
        id="a_surname_ending_in_s_read_as_a_person_is_no_nickname",
    ),
    pytest.param(
        "The co-op said drivers were scared.\nHarjit Dhillon, a fellow driver, said two "
        "drivers had died. \u201cIt is not safe,\u201d Dhillon said.",
        [("two", "CARDINAL"), ("Dhillon", "ORG")],
        [("Harjit Dhillon", "PERSON", ["Harjit Dhillon", "Dhillon"])],
        [],
        id="an_untagged_name_before_a_person_in_apposition_is_a_person",
    ),
    pytest.param(
        "Davi Santos is 11. Davi plays every night. Davi says he is not worried, and Davi "
        "will travel to Italy.",
        [("Davi Santos", "GPE"), ("Davi", "PERSON"), ("Davi", "PERSON"), ("Davi", "PERSON")],
        [("Davi Santos", "PERSON", ["Davi Santos", "Davi"])],
        ["Davi"],
        id="a_first_name_the_model_calls_a_person_joins_the_name_read_as_a_town",
    ),
    pytest.param(
        "He trains online with Henrique Lobo, a grandmaster in Porto Alegre. Lobo said the "
        "boy was gifted. Lobo added that he had terrible handwriting.",
        [("Henrique Lobo", "ORG"), ("Porto Alegre", "GPE"), ("Lobo", "PERSON"), ("Lobo", "PERSON")],
        [("Henrique Lobo", "PERSON", ["Henrique Lobo", "Lobo"])],
        ["Lobo"],
        id="a_surname_the_model_calls_a_person_joins_the_name_read_as_a_body",
    ),
    pytest.param(
        "Hexley North voted on Monday. Hexley said it would wait, and Hexley would vote again.",
        [("Hexley North", "GPE"), ("Hexley", "PERSON"), ("Hexley", "PERSON")],
        [("Hexley North", "LOC", ["Hexley North"])],
        [],
        id="a_name_with_a_places_head_word_takes_no_person",
    ),
    pytest.param(
        "Local councillor Dermot Feehily of Fine Gael opposed the scheme.",
        [("Dermot Feehily of Fine Gael", "PERSON")],
        [("Dermot Feehily", "PERSON", ["Dermot Feehily"]), ("Fine Gael", "ORG", ["Fine Gael"])],
        ["Dermot Feehily of Fine Gael"],
        id="a_party_after_of_is_no_part_of_a_persons_name",
    ),
    pytest.param(
        "Staff at Table Bay Seabird Rescue and the Western Cape Poultry Forum met. Staff "
        "at Shannonside Grill said they were shocked.",
        [("Table Bay Seabird Rescue", "GPE")],
        [
            ("Table Bay Seabird Rescue", "ORG", ["Table Bay Seabird Rescue"]),
            ("Western Cape Poultry Forum", "ORG", ["Western Cape Poultry Forum"]),
            ("Shannonside Grill", "ORG", ["Shannonside Grill"]),
        ],
        [],
        id="a_rescue_a_forum_and_a_grill_are_bodies",
    ),
    pytest.param(
        "Deputy Public Prosecutor Chloe Tan asked for four years. DPP Tan said the accused "
        "had acted for money.",
        [("Chloe Tan", "PERSON"), ("DPP Tan", "PERSON")],
        [("Chloe Tan", "PERSON", ["Chloe Tan", "Tan"])],
        ["DPP Tan"],
        id="a_titles_initials_before_a_surname_are_no_part_of_it",
    ),
    pytest.param(
        "The Ohio Environmental Protection Agency issued a notice. The Ohio EPA said work "
        "should begin soon.",
        [("Ohio Environmental Protection Agency", "ORG"), ("Ohio EPA", "ORG")],
        [
            (
                "Ohio Environmental Protection Agency",
                "ORG",
                ["Ohio Environmental Protection Agency", "Ohio EPA"],
            )
        ],
        ["Ohio EPA"],
        id="a_place_before_an_acronym_spells_the_bodys_name",
    ),
    pytest.param(
        "The UK Health Security Agency urged walkers to check for ticks. UKHSA said most "
        "bites were harmless.",
        [("UK Health Security Agency", "ORG"), ("UKHSA", "ORG")],
        [("UK Health Security Agency", "ORG", ["UK Health Security Agency", "UKHSA"])],
        ["UKHSA"],
        id="an_acronym_keeps_a_country_codes_letters",
    ),
    pytest.param(
        "The company she founded in 2017, Mwangaza Grid, now supplies solar kits. Mwangaza "
        "nearly ran out of cash in 2020.",
        [("Mwangaza Grid", "PERSON"), ("Mwangaza", "PERSON")],
        [("Mwangaza Grid", "ORG", ["Mwangaza Grid", "Mwangaza"])],
        [],
        id="the_company_she_founded_names_a_company",
    ),
    pytest.param(
        "Deputy Minister of Water and Sanitation Zanele Mthethwa said the department "
        "would ask for emergency funding.",
        [("Sanitation Zanele Mthethwa", "PERSON")],
        [("Zanele Mthethwa", "PERSON", ["Zanele Mthethwa"])],
        ["Sanitation Zanele Mthethwa"],
        id="the_last_word_of_a_long_portfolio_is_no_part_of_the_name",
    ),
    pytest.param(
        "Bernard Olafson died on Saturday. In 1974 Olafson opened Olafson Hardware on Centre "
        "Street. Olafson ran it until 2010.",
        [
            ("Bernard Olafson", "PERSON"),
            ("Olafson", "PERSON"),
            ("Olafson Hardware", "ORG"),
            ("Olafson", "PERSON"),
        ],
        [("Olafson Hardware", "ORG", ["Olafson Hardware"])],
        [],
        id="a_surname_of_someone_named_in_full_opens_no_name_for_them",
    ),
    pytest.param(
        "Rowing crews came to the Norfolk Broads for the regatta. Flooding across the "
        "Somerset Levels forced the rugby club to call off its league fixture, and the "
        "Levels stayed under water all week while the squad trained indoors.",
        [("Norfolk Broads", "LOC"), ("Somerset Levels", "LOC"), ("Levels", "ORG")],
        [("Somerset Levels", "LOC", ["Somerset Levels"])],
        [],
        id="a_plural_the_text_shows_as_a_place_is_no_nickname",
    ),
    pytest.param(
        "The peloton reached the French Pyrenees on Saturday for the first mountain stage. "
        "The Pyrenees decide the race, the team coach said after the match.",
        [("French Pyrenees", "LOC"), ("Pyrenees", "ORG")],
        [("French Pyrenees", "LOC", ["French Pyrenees"])],
        [],
        id="a_nationality_before_a_plural_names_a_region",
    ),
    pytest.param(
        "She thanked her manager, the Night Owls, and her parents for their help. The Night "
        "Owls, a folk group from Sligo, had toured with her.",
        [("Night Owls", "ORG"), ("Night Owls", "ORG")],
        [("Night Owls", "ORG", ["Night Owls"])],
        [],
        id="a_list_after_her_manager_is_no_apposition",
    ),
    pytest.param(
        "Pupils at the Mullingar Arts Centre said the new stage was the best in the county.",
        [("Mullingar Arts Centre", "FAC")],
        [("Mullingar Arts Centre", "LOC", ["Mullingar Arts Centre"])],
        [],
        id="a_venue_after_at_is_no_speaking_body",
    ),
    pytest.param(
        "District Judge Conal Ferris adjourned the case. The court heard that DJ Kealy had "
        "been driving at 140km/h.",
        [("Conal Ferris", "PERSON"), ("DJ Kealy", "PERSON")],
        [("DJ Kealy", "PERSON", ["DJ Kealy"])],
        [],
        id="initials_before_another_surname_stay",
    ),
    pytest.param(
        "US Bank said it would close 80 branches. Customers were told to use a USB key.",
        [("US Bank", "ORG"), ("USB", "ORG")],
        [("US Bank", "ORG", ["US Bank"])],
        [],
        id="two_words_with_an_acronym_spell_no_alias",
    ),
    pytest.param(
        "Westbrook Quarry, a former employer of hundreds, said it would close.",
        [],
        [],
        ["Westbrook Quarry"],
        id="a_name_with_a_places_head_word_is_not_made_a_person",
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected", "absent"), CASES)
def test_round14_entity_rules(
    nlp: Language,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, list[str]]],
    absent: list[str],
) -> None:
    assert_entities(found_with(nlp, text, ents), expected, absent)
