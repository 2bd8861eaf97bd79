"""Entity rules for the type and bounds of a name: buildings ("Harwell Building") are
places, campaign and watchdog groups ("Save Hexley Woods", "Healthwatch Kelby") are
bodies, "the Premier" alone is a title, a premises and the street it is on come apart,
and so do places in a list. Each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.context import _Context
from service.extract.entities.split import _place_list_commas
from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "Protesters gathered outside the Harwell Building on Monday, Jo Kemp said.",
        [("Harwell Building", "LOC", ["Harwell Building"])],
        [],
        id="building_is_a_place",
    ),
    pytest.param(
        "The Harwell Building Society said mortgage rates would rise.",
        [("Harwell Building Society", "ORG", ["Harwell Building Society"])],
        [],
        id="building_society_is_a_body",
    ),
    pytest.param(
        'Premier Alan Roe spoke on Monday. "We will act," the Premier said.',
        [("Alan Roe", "PERSON", ["Alan Roe"])],
        ["Premier"],
        id="title_after_the_is_no_name",
    ),
    pytest.param(
        "The Premier League said the match would go ahead.",
        [("Premier League", "ORG", ["Premier League"])],
        [],
        id="title_word_opening_a_name_stays",
    ),
    pytest.param(
        "Members of Save Hexley Woods met on Monday to plan a protest.",
        [("Save Hexley Woods", "ORG", ["Save Hexley Woods"])],
        [],
        id="campaign_named_for_its_aim_is_a_body",
    ),
    pytest.param(
        "Healthwatch Kelby said patients had waited too long.",
        [("Healthwatch Kelby", "ORG", ["Healthwatch Kelby"])],
        [],
        id="watchdog_is_a_body",
    ),
    pytest.param(
        "Police said the car had pulled up outside the Red Lion on Kelby Street.",
        [("Red Lion", "ORG", ["Red Lion"]), ("Kelby Street", "LOC", ["Kelby Street"])],
        ["Red Lion on Kelby Street"],
        id="premises_and_the_street_it_is_on_come_apart",
        marks=pytest.mark.xfail(
            strict=True, reason="tuned NER tags the pub 'Red Lion' as a place (GPE)"
        ),
    ),
    pytest.param(
        "The crash happened on Kelby Road near the bridge.",
        [("Kelby Road", "LOC", ["Kelby Road"])],
        [],
        id="street_after_on_outside_a_name_stays",
    ),
    pytest.param(
        '"We made mistakes," Lumsden told the Echo on Monday.',
        [("Echo", "ORG", ["Echo"])],
        [],
        id="paper_told_by_its_one_word_name_is_a_body",
    ),
    pytest.param(
        '"We made mistakes," Lumsden told the Smiths on Monday.',
        [],
        ["Smiths"],
        id="family_told_is_no_paper",
        marks=pytest.mark.xfail(
            strict=True,
            reason="tuned NER types Smiths as a place (LOC); no Smith in the text shows a family",
        ),
    ),
    pytest.param(
        "The lawyer, Priya Nandakumar of Hart Cho LLP, said the appeal would be filed.",
        [("Hart Cho LLP", "ORG", ["Hart Cho LLP"])],
        ["Cho LLP"],
        id="firm_read_as_a_person_keeps_its_first_word",
    ),
    pytest.param(
        "On Monday, Mayor Lin Cho said the firm had been sold.",
        [("Lin Cho", "PERSON", ["Lin Cho"])],
        [],
        id="person_without_a_legal_suffix_stays",
    ),
    pytest.param(
        "The state Department of Labor and Industry confirmed it had opened an inquiry.",
        [("Department of Labor and Industry", "ORG", ["Department of Labor and Industry"])],
        ["Department of Labor"],
        id="untagged_portfolio_after_and_joins_a_department",
    ),
    pytest.param(
        "Officials at the Department of Labor and Hexley Mills met on Monday.",
        [("Department of Labor", "ORG", ["Department of Labor"])],
        [],
        id="tagged_name_after_and_stays_apart",
    ),
    pytest.param(
        "The Department of Education and Skills Minister Joan Kerr said the plan was sound.",
        [("Joan Kerr", "PERSON", ["Joan Kerr"])],
        ["Department of Education and Skills Minister"],
        id="title_after_and_is_no_portfolio",
    ),
    pytest.param(
        "The verdicts were read shortly after 10 a.m. Jurors had deliberated for five "
        "hours, and the jurors went home.",
        [],
        ["Jurors"],
        id="common_noun_opening_a_sentence_after_a_clock_time_is_no_name",
    ),
    pytest.param(
        "The meeting began at 10 a.m. Mark Sims said it went well.",
        [("Mark Sims", "PERSON", ["Mark Sims"])],
        [],
        id="name_opening_a_sentence_after_a_clock_time_stays",
    ),
    pytest.param(
        "Workers at Kelby Grocers Supply went on strike. Kelby said the talks would go on.",
        [("Kelby Grocers Supply", "ORG", ["Kelby Grocers Supply", "Kelby"])],
        [],
        id="first_word_of_a_supply_company_is_the_company",
    ),
    pytest.param(
        "Workers at Kelby Grocers Supply went on strike. The depot in Kelby was shut.",
        [("Kelby", "LOC", ["Kelby"])],
        [],
        id="first_word_of_a_company_shown_as_a_place_stays_a_place",
    ),
    pytest.param(
        "Kelby Vice President of Human Resources Craig Ober said drivers had been hired.",
        [("Craig Ober", "PERSON", ["Craig Ober"])],
        ["Human Resources"],
        id="department_an_officer_heads_is_part_of_the_title",
    ),
    pytest.param(
        "The President of Kelby Foods, Craig Ober, said drivers had been hired.",
        [("Kelby Foods", "ORG", ["Kelby Foods"])],
        [],
        id="company_an_officer_heads_stays_a_body",
    ),
    pytest.param(
        '"Regional Victoria has been told for years that its turn is coming," she said.',
        [("Victoria", "LOC", ["Victoria"])],
        ["Regional Victoria"],
        id="adjective_before_a_known_place_is_dropped",
    ),
    pytest.param(
        "The Coastal Kelby Trust said the beach would reopen.",
        [("Coastal Kelby Trust", "ORG", ["Coastal Kelby Trust"])],
        [],
        id="adjective_opening_a_body_name_stays",
    ),
    pytest.param(
        "Stephen Kelby said patients had waited too long.",
        [("Stephen Kelby", "PERSON", ["Stephen Kelby"])],
        [],
        id="person_stays_a_person",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_typing_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


def test_list_of_places_read_as_one_name_is_split(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The airline will cut its flights from Vancouver to Prince George, Terrace and Cranbrook.",
    )
    assert found.get("Prince George") == ("LOC", ["Prince George"]), found
    assert found.get("Terrace") == ("LOC", ["Terrace"]), found
    assert "Prince George, Terrace" not in found, found


def test_town_and_its_state_before_and_are_no_list(nlp: Language) -> None:
    state = _Context(nlp("The company moved from Austin, Texas and Denver to new offices."))
    town = _Context(nlp("The company moved from Austin, Kelby and Denver to new offices."))
    assert _place_list_commas(state, 4, 7) == []
    assert _place_list_commas(town, 4, 7) == [5]
