"""Entity rules, round 12 (batches 61-68): "Project" and the Hindi "Manch" end a
body's name even after a first name ("Virginia Public Access Project"), "Atlético"
opens a club's in a game report; Spanish and
Basque given names open a person's name ("Rubén Ocaña"); "the elder Aagaard" joins
the relative introduced as a parent, "Ms Akintola" nobody a "Mr" named. The model's
tags are fixed per case so that each rule is tested on the shape it handles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities
from tests.unit.extract.test_entities_round8 import Ents, found_with

CASES = [
    pytest.param(
        "She had raised $410,000, according to the Virginia Public Access Project.",
        [("Virginia Public Access Project", "PERSON")],
        [("Virginia Public Access Project", "ORG", ["Virginia Public Access Project"])],
        [],
        id="project_ends_a_bodys_name",
    ),
    pytest.param(
        "The Samajik Nyay Manch said the march would end in Patna.",
        [("Samajik Nyay Manch", "GPE")],
        [("Samajik Nyay Manch", "ORG", ["Samajik Nyay Manch"])],
        [],
        id="manch_ends_a_bodys_name",
    ),
    pytest.param(
        "The winner came from a low cross by Rubén Ocaña. Ocaña played down his part.",
        [("Rubén Ocaña", "GPE"), ("Ocaña", "PERSON")],
        [("Rubén Ocaña", "PERSON", ["Rubén Ocaña", "Ocaña"])],
        [],
        id="a_spanish_given_name_opens_a_persons_name",
    ),
    pytest.param(
        "Unai Arrieta scored in the 88th minute to win the match. The coach of Atlético "
        "Guadalmina said the defeat was harsh on his players after a goalless first half.",
        [("Unai Arrieta", "PERSON"), ("Atlético Guadalmina", "GPE")],
        [("Atlético Guadalmina", "ORG", ["Atlético Guadalmina"])],
        [],
        id="atletico_opens_a_clubs_name_in_a_game_report",
    ),
    pytest.param(
        "Mikkel Aagaard has joined Lombarda. Aagaard thanked the fans.\n"
        "His father and agent, Henrik Aagaard, defended the move. Mikkel is 23, the elder "
        "Aagaard said.",
        [
            ("Mikkel Aagaard", "PERSON"),
            ("Aagaard", "PERSON"),
            ("Henrik Aagaard", "PERSON"),
            ("Mikkel", "PERSON"),
            ("Aagaard", "PERSON"),
        ],
        [
            ("Mikkel Aagaard", "PERSON", ["Mikkel Aagaard", "Aagaard", "Mikkel"]),
            ("Henrik Aagaard", "PERSON", ["Henrik Aagaard", "Aagaard"]),
        ],
        [],
        id="the_elder_joins_the_relative_introduced_as_a_parent",
    ),
    pytest.param(
        "Temitope Akintola founded the label. The accounts are kept by her younger "
        "brother, Oladapo Akintola. Mr Akintola laughed. Ms Akintola did not.",
        [
            ("Temitope Akintola", "PERSON"),
            ("Oladapo Akintola", "PERSON"),
            ("Akintola", "PERSON"),
            ("Akintola", "PERSON"),
        ],
        [
            ("Temitope Akintola", "PERSON", ["Temitope Akintola", "Akintola"]),
            ("Oladapo Akintola", "PERSON", ["Oladapo Akintola", "Akintola"]),
        ],
        [],
        id="ms_joins_nobody_a_mr_or_a_brother_named",
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected", "absent"), CASES)
def test_round12_entity_rules(
    nlp: Language,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, list[str]]],
    absent: list[str],
) -> None:
    assert_entities(found_with(nlp, text, ents), expected, absent)
