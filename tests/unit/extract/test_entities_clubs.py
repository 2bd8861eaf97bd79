"""Entity rules for clubs in sports copy: the sides of a fixture ("X visit Y", "who beat
Y 3-0"), "on loan from X", "ten-man X", club names the tagger misreads, and cups.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out as a PERSON, ORG or LOC; each rule has a
case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in

_MATCH = "The striker scored twice in the league game. Fans sang. "

CASES = [
    pytest.param(
        _MATCH + "Hexworth visit Morland Park in the league on Tuesday, and the squad is fit.",
        [("Morland Park", "ORG", ["Morland Park"])],
        [],
        id="object_of_a_fixture_verb_is_a_club_whatever_its_head",
    ),
    pytest.param(
        _MATCH + "The squad will train at Morland Park on Tuesday.",
        [("Morland Park", "LOC", ["Morland Park"])],
        [],
        id="ground_without_a_fixture_verb_stays_a_place",
    ),
    pytest.param(
        _MATCH + "Hexworth Town visit Sheffield on Tuesday.",
        [("Sheffield", "LOC", ["Sheffield"])],
        [],
        id="town_after_visit_stays_a_place",
    ),
    pytest.param(
        "The striker, on loan from Portsmouth, scored the only goal in the league game. "
        "Fans were delighted with the squad.",
        [("Portsmouth", "ORG", ["Portsmouth"])],
        [],
        id="on_loan_from_names_a_club",
    ),
    pytest.param(
        "The striker, who grew up in Portsmouth, scored the only goal in the league game. "
        "Fans were delighted with the squad.",
        [("Portsmouth", "LOC", ["Portsmouth"])],
        [],
        id="town_a_player_grew_up_in_stays_a_place",
    ),
    pytest.param(
        "Ten-man Dunmore held on for a draw in the league. Fans cheered the striker and the squad.",
        [("Dunmore", "ORG", ["Dunmore"])],
        [],
        id="ten_man_side_is_a_club",
    ),
    pytest.param(
        "The three-man crew landed. A spokesman named Carl Dunmore said the flight was good.",
        [("Carl Dunmore", "PERSON", ["Carl Dunmore"])],
        [],
        id="numeric_compound_before_a_noun_leaves_people_alone",
    ),
    pytest.param(
        "The striker scored. The league leaders, who beat Calder Athletic 3-0, sit top. "
        "Fans love the squad.",
        [("Calder Athletic", "ORG", ["Calder Athletic"])],
        [],
        id="club_the_tagger_reads_as_common_words",
    ),
    pytest.param(
        "Athletic ability matters, the coach said. The striker scored a goal for the squad.",
        [],
        ["Athletic"],
        id="club_word_opening_a_sentence_is_no_club",
    ),
    pytest.param(
        "Fans travelled for the League Cup final. The striker scored a goal and the squad "
        "celebrated.",
        [],
        ["League Cup"],
        id="cup_in_sports_copy_is_an_event",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_club_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent, misc_may_stay=True)


def test_two_players_in_a_singles_match_stay_people(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The coach watched the league final. Fans saw Kasper Ruud beat Jannik Sinner. "
        "The squad cheered the goal.",
    )
    assert found.get("Kasper Ruud", ("", []))[0] == "PERSON", found
    assert found.get("Jannik Sinner", ("", []))[0] == "PERSON", found
