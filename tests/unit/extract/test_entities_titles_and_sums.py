"""Entity rules for titles, sums and lists in bodies' names: a hyphenated surname after a
spelled-out title, a title of office standing for its holder, a sum in a currency written
with its sign, a national body named for an enterprise or energy, a ministry's portfolio
list with "the", and a number word before a name.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out as a PERSON, ORG or LOC; each rule has a
case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities.trim import _is_number_word
from tests.unit.extract.test_entities import assert_entities, found_in

CASES = [
    pytest.param(
        "The regional police officer, Superintendent Kwame Asante-Boateng, told reporters.",
        [("Kwame Asante-Boateng", "PERSON", ["Kwame Asante-Boateng"])],
        ["Superintendent Kwame Asante-Boateng"],
        id="title_before_a_hyphenated_surname_opens_a_person",
    ),
    pytest.param(
        "Chief Superintendent Rolls-Royce said no.",
        [],
        ["Chief Superintendent Rolls-Royce"],
        id="title_before_a_lone_hyphenated_word_keeps_the_old_reading",
    ),
    pytest.param(
        "Robberies rose, prompting the Inspector-General of Police to set up a task force.",
        [],
        ["Inspector-General of Police"],
        id="title_of_office_after_the_is_no_body",
    ),
    pytest.param(
        "She joined the Bank of England in May.",
        [("Bank of England", "ORG", ["Bank of England"])],
        [],
        id="body_of_a_place_after_the_is_kept",
    ),
    pytest.param(
        "Officers recovered 14 mobile phones and GH¢38,000 in cash.",
        [],
        ["GH¢38,000"],
        id="cedi_sum_is_no_name",
    ),
    pytest.param(
        "She called on IDA Ireland and Enterprise Ireland to find a new tenant.",
        [("Enterprise Ireland", "ORG", ["Enterprise Ireland"])],
        [],
        id="enterprise_before_a_country_names_its_national_body",
    ),
    pytest.param(
        "She moved to Ireland in 2010.",
        [("Ireland", "LOC", ["Ireland"])],
        [],
        id="country_alone_stays_a_place",
    ),
    pytest.param(
        "On Thursday the Department of Climate Change, Energy, the Environment and Water "
        "held a meeting in Hillston.",
        [
            (
                "Department of Climate Change, Energy, the Environment and Water",
                "ORG",
                ["Department of Climate Change, Energy, the Environment and Water"],
            )
        ],
        [],
        id="portfolio_list_with_the_stays_in_the_ministry_name",
    ),
    pytest.param(
        "The Ministry of Health, the Treasury and the Cabinet Office disagreed.",
        [
            ("Ministry of Health", "ORG", ["Ministry of Health"]),
            ("Cabinet Office", "ORG", ["Cabinet Office"]),
        ],
        [],
        id="bodies_listed_after_a_ministry_stay_apart",
    ),
    pytest.param(
        "Fisheries ministers from eleven Pacific island states agreed to raise the fee.",
        [],
        ["eleven Pacific", "eleven Pacific island"],
        id="lowercase_number_word_is_not_part_of_a_name",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_title_and_sum_entity_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


def test_only_a_lowercase_number_word_is_trimmed(nlp: Language) -> None:
    doc = nlp("Eleven of the eleven Pacific states agreed.")
    assert _is_number_word(doc[3])
    assert not _is_number_word(doc[0])
