"""Bodies and reporters: a name followed by ", which" is a body that a later "it said"
means; a spokesperson whose phrase names whom they speak for speaks for that alone;
quoted words inside a clause a speech verb reports are the reporter's, unless one
other person speaks in that clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

CASES = [
    pytest.param(
        "Karen Osei said the pumps had failed.\nTembe Water, which supplies bulk water to the "
        'town, said its own pipes were intact. "The fault lies in the local network," it said.',
        "Tembe Water",
        id="name_followed_by_which_is_the_body_it_means",
    ),
    pytest.param(
        "Karen Osei, who chairs the residents group, said the pumps had failed. "
        '"Nobody warned us," she said.',
        "Karen Osei",
        id="must_not_fire_name_followed_by_who_stays_a_person",
    ),
    pytest.param(
        "Harbour Lines cut two routes on Monday. A spokesperson for the mayor's office said "
        'the city would consider "every option".',
        None,
        id="spokesperson_for_an_unnamed_office_speaks_for_no_entity",
    ),
    pytest.param(
        "Harbour Lines cut two routes on Monday. A spokeswoman for the family said they were "
        '"heartbroken" by the news.',
        None,
        id="spokesperson_for_the_family_is_not_the_last_body",
    ),
    pytest.param(
        'Harbour Lines cut two routes on Monday. A spokeswoman said the cuts were "painful '
        'but necessary".',
        "Harbour Lines",
        id="must_not_fire_bare_spokeswoman_speaks_for_the_last_body",
    ),
    pytest.param(
        "Harbour Lines cut two routes on Monday. A spokeswoman for the company said the cuts "
        'were "painful but necessary".',
        "Harbour Lines",
        id="must_not_fire_spokeswoman_for_the_company",
    ),
    pytest.param(
        "A spokesperson for the Teachers Union of Ontario said members had asked for "
        '"clear, simple rules" on phones.',
        "Teachers Union of Ontario",
        id="partial_quote_in_reported_clause_is_the_reporters",
    ),
    pytest.param(
        'Nadia Brook said parents had called for "a proper plan" before the vote.',
        "Nadia Brook",
        id="group_in_reported_clause_does_not_take_the_quote",
    ),
    pytest.param(
        'Nadia Brook said a manager had told her to "stop complaining" about the rota.',
        None,
        id="must_not_fire_one_unnamed_person_speaking_in_the_clause",
    ),
    pytest.param(
        'Nadia Brook said Tom Reyes had told her to "stop complaining" about the rota.',
        "Tom Reyes",
        id="must_not_fire_named_person_speaking_in_the_clause",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_reported_clause_speakers(nlp: Language, text: str, speaker: str | None) -> None:
    last = quotes_of(nlp, text)[-1]
    assert (last.speaker.name if last.speaker else None) == speaker
