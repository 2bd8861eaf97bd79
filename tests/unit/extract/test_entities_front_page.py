"""Everyday front-page copy from many countries: abbreviated street heads, sums of money
written as one word, company names ending in a plural trade noun or "Bhd", sports roles
before a name, Dutch, Thai and Vietnamese names, and towns placed in a county or country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "She lives on Rose Tce in the old town.",
        [("Rose Tce", "LOC", ["Rose Tce"])],
        [],
        id="an_abbreviated_street_head",
    ),
    pytest.param(
        "Declan Furlong, of Oakpark Drive, pleaded guilty.",
        [("Oakpark Drive", "LOC", ["Oakpark Drive"])],
        [],
        id="a_drive_the_model_calls_a_body",
    ),
    pytest.param(
        "Dr Anne Reilly said the ward was full.",
        [("Anne Reilly", "PERSON", ["Anne Reilly"])],
        ["Dr Anne Reilly"],
        id="must_not_fire_dr_as_an_honorific",
    ),
    pytest.param(
        "Profit rose to RM86.4mil from RM62.6mil, the company said.",
        [],
        ["RM86.4mil", "RM62.6mil"],
        id="a_sum_of_money_is_no_name",
    ),
    pytest.param(
        "Traffic on Route 66 slowed to a crawl.",
        [("Route 66", "LOC", ["Route 66"])],
        [],
        id="must_not_fire_a_plain_number_in_a_name",
        marks=pytest.mark.xfail(
            strict=True, reason="tuned NER tags nothing in 'Traffic on Route 66'"
        ),
    ),
    pytest.param(
        "Drivers for Westway Buses voted to strike.",
        [("Westway Buses", "ORG", ["Westway Buses"])],
        [],
        id="a_company_ending_in_a_plural_trade_noun",
    ),
    pytest.param(
        "Profit rose, Acme Bhd said.",
        [("Acme Bhd", "ORG", ["Acme Bhd"])],
        [],
        id="a_malaysian_company_suffix",
    ),
    pytest.param(
        "Substitute Kagiso Molefe added a third deep in stoppage time.",
        [("Kagiso Molefe", "PERSON", ["Kagiso Molefe"])],
        ["Substitute Kagiso Molefe"],
        id="a_sports_role_before_a_name",
    ),
    pytest.param(
        "Substitute teachers walked out in Leeds on Monday.",
        [("Leeds", "LOC", ["Leeds"])],
        ["Substitute"],
        id="must_not_fire_a_role_word_before_a_common_noun",
    ),
    pytest.param(
        "Kiprotich's agent, Martijn Verhoeven, said the runner denies it.",
        [("Martijn Verhoeven", "PERSON", ["Martijn Verhoeven"])],
        [],
        id="a_dutch_given_name",
    ),
    pytest.param(
        "(Reporting by Nalinee Phongsri in Vientiane; Editing by Graham Tulloch)",
        [
            ("Nalinee Phongsri", "PERSON", ["Nalinee Phongsri"]),
            ("Vientiane", "LOC", ["Vientiane"]),
        ],
        [],
        id="a_thai_given_name",
    ),
    pytest.param(
        "Declan Furlong, of Main Street, Tralee, Co Kerry, pleaded guilty.",
        [("Tralee", "LOC", ["Tralee"])],
        [],
        id="a_town_before_its_county",
    ),
    pytest.param(
        "Rainfall was double the average, with Claremorris in Co Mayo recording 212mm.",
        [("Claremorris", "LOC", ["Claremorris"])],
        [],
        id="a_town_in_its_county",
    ),
    pytest.param(
        "Shares rose, with Jacob Smith in Ohio buying more.",
        [("Jacob Smith", "PERSON", ["Jacob Smith"]), ("Ohio", "LOC", ["Ohio"])],
        [],
        id="must_not_fire_a_person_in_a_state",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_front_page_names(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)
