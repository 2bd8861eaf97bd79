"""Speakers, round 9 (batches 39-40 at first sight): "the force" is the police body
named before, "the province" a provincial government; a stranger who declines to be
named in the second half of a clause on them is anonymous; "one member" is a person
left unnamed; a past tense the parser joined to the modal verb of a reported clause
goes with the reporting verb's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Avon and Somerset Police said it had worked with Trading Standards on the "
            'case. "We believe there may be other victims," the force said.',
            ["Avon and Somerset Police"],
            id="the_force_is_the_police_named_before",
        ),
        pytest.param(
            "West Yorkshire Police said there had been two other robberies. Leeds City "
            "Council said it would add lighting. A spokesperson for the force said patrols "
            'would be "highly visible" this week.',
            ["West Yorkshire Police"],
            id="spokesperson_for_the_force_skips_a_nearer_council",
        ),
        pytest.param(
            "The Canada Council for the Arts and the Province of Manitoba gave $18 million."
            ' In a statement, the province said the museum would "bring the story home".',
            ["Province of Manitoba"],
            id="the_province_is_the_provincial_government",
        ),
        pytest.param(
            "Her son, Jonathan Tan, will take over the stall.\nA fellow hawker, who sells "
            "noodles and declined to be named, said it was the end of an era. "
            '"Now, only two of us left," he said.',
            [None],
            id="declining_to_be_named_in_a_joined_clause",
        ),
        pytest.param(
            "Her son, Jonathan Tan, will take over the stall.\nA fellow hawker, who sells "
            'noodles, said it was the end of an era. "Now, only two of us left," he said.',
            [None],
            id="must_not_name_a_stranger_after_the_son",
        ),
        pytest.param(
            '"He conducted from the third pew," Ruth Pruitt-Gaines said.\nOne longtime '
            'chorale member said the group had not decided. "We will sing," she said.',
            ["Ruth Pruitt-Gaines", None],
            id="one_member_is_a_person_left_unnamed",
        ),
        pytest.param(
            'Ruth Pruitt-Gaines is a member of the chorale. "We will sing," she said.',
            ["Ruth Pruitt-Gaines"],
            id="must_not_fire_for_a_named_member",
        ),
        pytest.param(
            "The Bureau of Meteorology said the river peaked overnight.\nMr Sandoval said "
            "the council would meet on Monday to discuss a fund, and called on the "
            'government to announce payments "today, not next month".',
            ["Sandoval"],
            id="past_tense_joined_to_a_modal_clause_goes_with_the_reporter",
        ),
        pytest.param(
            "Mr Sandoval said Corella Shire Council met on Monday and called on the "
            'government to pay "today, not next month".',
            ["Corella Shire Council"],
            id="must_not_fire_without_a_modal_the_clause_keeps_its_subject",
        ),
    ],
)
def test_round9_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
