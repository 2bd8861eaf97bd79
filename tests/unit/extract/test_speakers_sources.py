"""Speakers of background sources, initials and unperformed speech: an unnamed aide or
official of a body is not its voice, a body's initials name it without brackets, and
a speech verb in an infinitive ("failed to maintain") yields to a speech verb above."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity


def speakers(nlp: Language, text: str, bodies: list[tuple[str, int]]) -> list[str | None]:
    given = [entity(text, name, "ORG", [(name, nth)]) for name, nth in bodies]
    quotes = extract_quotes(nlp(text), given, article_id="art-1")
    return [q.speaker.name if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        pytest.param("One Senate aide", None, id="an_aide_is_a_source"),
        pytest.param("Senate officials", None, id="officials_are_sources"),
        pytest.param("A Senate spokesperson", "Senate", id="a_spokesperson_is_its_voice"),
    ],
)
def test_background_source(nlp: Language, subject: str, speaker: str | None) -> None:
    text = f'The Senate met on Monday. {subject} said the vote would be "very close".'
    assert speakers(nlp, text, [("Senate", 0)]) == [speaker]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        pytest.param("Kent Road Safety Board", "Northern Grid Operating Authority", id="own"),
        pytest.param("National Gas Oversight Agency", "NGOA", id="shared_initials_name_neither"),
    ],
)
def test_initials_name_a_body(nlp: Language, second: str, speaker: str | None) -> None:
    text = (
        f"The Northern Grid Operating Authority and the {second} met on Monday.\n"
        '"We are ready for the cold," NGOA said in a statement.'
    )
    found = speakers(nlp, text, [("Northern Grid Operating Authority", 0), (second, 0)])
    assert found == [speaker]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        pytest.param("had failed to maintain", "Pellow Council", id="infinitive_yields"),
        pytest.param("maintained", "Acme Water", id="a_finite_speech_verb_keeps_its_quote"),
    ],
)
def test_unperformed_speech(nlp: Language, clause: str, speaker: str) -> None:
    text = f'Pellow Council said Acme Water {clause} that its pumps were "in good order".'
    assert speakers(nlp, text, [("Pellow Council", 0), ("Acme Water", 0)]) == [speaker]
