"""Entity rules for bodies whose names hold a possessive: "Dock Workers' Union" and
"District Attorney's Office" keep the whole name, "the Harbour and Dock Workers' Union"
keeps the part before "and", and a body of a named thing ("Kelby Rovers Supporters'
Trust") stays apart from that thing. Each rule has a case where it must not fire.
"""

from __future__ import annotations

from spacy.language import Language

from tests.unit.extract.test_entities import found_in


def test_possessive_before_a_head_word_stays_in_the_name(nlp: Language) -> None:
    found = found_in(nlp, "The Kelby Dock Workers' Union said the strike would go ahead.")
    assert found.get("Kelby Dock Workers' Union") == (
        "ORG",
        ["Kelby Dock Workers' Union"],
    ), found


def test_lowercase_possessive_body_is_no_name(nlp: Language) -> None:
    assert found_in(nlp, "Dock workers' union officials said the strike would go ahead.") == {}


def test_one_the_opens_both_halves_of_a_body_name(nlp: Language) -> None:
    found = found_in(nlp, "The Harbour and Dock Workers’ Union said the strike would go ahead.")
    assert found.get("Harbour and Dock Workers’ Union") == (
        "ORG",
        ["Harbour and Dock Workers’ Union"],
    ), found


def test_a_tagged_body_before_and_stays_apart(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The union said the strike would go ahead. Talks between the Treasury and Dock "
        "Workers’ Union failed.",
    )
    assert found.get("Dock Workers’ Union") == ("ORG", ["Dock Workers’ Union"]), found


def test_body_of_a_named_thing_stays_apart_from_it(nlp: Language) -> None:
    found = found_in(
        nlp,
        "The Kelby Rovers Supporters' Trust criticised the board. Kelby Rovers said the "
        "club had listened.",
    )
    assert found.get("Kelby Rovers Supporters' Trust") == (
        "ORG",
        ["Kelby Rovers Supporters' Trust"],
    ), found
    assert "Kelby Rovers" in found, found


def test_short_form_of_a_name_without_a_possessive_joins_it(nlp: Language) -> None:
    found = found_in(nlp, "Kelby Rovers FC said the club had listened. Kelby Rovers will reply.")
    assert found.get("Kelby Rovers FC") == ("ORG", ["Kelby Rovers FC", "Kelby Rovers"]), found


def test_name_stops_at_a_possessive_before_a_holiday(nlp: Language) -> None:
    found = found_in(
        nlp,
        "Her next big test comes at Leopardstown’s Christmas meeting, where she will face "
        "older rivals.",
    )
    assert found.get("Leopardstown") == ("LOC", ["Leopardstown"]), found


def test_possessive_before_a_head_word_keeps_the_body(nlp: Language) -> None:
    found = found_in(nlp, "The Alzheimer's Society said the funding was welcome.")
    assert found.get("Alzheimer's Society") == ("ORG", ["Alzheimer's Society"]), found
