"""Speakers, round 6c: an unnamed spokesperson's body is a weaker antecedent for "he"
than a person its sentence names as a subject; a spokesperson named right after
another body spoke speaks for that body; "the statement" quoted word for word is the
person who spoke through it just before; "a KVB spokesperson" speaks for KVB."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

ROUND6C_CASES = [
    pytest.param(
        "Tom Harlow has fished these waters for forty years.\n"
        "A Seafield Trust spokesperson said Harlow's work had been vital and confirmed he "
        "would receive an award.\n"
        "And his plans now? “I will mend the nets,” he says.",
        [("I will mend the nets,", "Tom Harlow")],
        id="person_subject_over_spokesperson_body_for_he",
    ),
    pytest.param(
        "Tom Harlow has fished these waters for forty years.\n"
        "A spokesperson for the Seafield Trust said the charity would keep the boats.\n"
        "“We will look after them,” she said.",
        [("We will look after them,", "Seafield Trust")],
        id="spokesperson_body_kept_with_no_person_beside",
    ),
    pytest.param(
        "Hackers broke into Norbrook Systems last month. A Norbrook Systems spokesperson "
        "said it “does not discuss ransoms.”\n"
        "The Oregon Department of Justice confirmed it had received a notice. Spokesperson "
        "Ella Brandt said the department was “looking closely.”",
        [("does not discuss ransoms.", "Norbrook Systems"), ("looking closely.", "Ella Brandt")],
        id="spokesperson_named_after_another_body_speaks_for_it",
    ),
    pytest.param(
        "Hackers broke into Norbrook Systems last month. A Norbrook Systems spokesperson "
        "said it “does not discuss ransoms.”\n"
        "Spokesperson Ella Brandt later said the firm was “looking closely.”",
        [("does not discuss ransoms.", "Ella Brandt"), ("looking closely.", "Ella Brandt")],
        id="spokesperson_named_after_is_still_who_spoke",
    ),
    pytest.param(
        "His sister, Ruth Calder, said in a statement released by police that he loved "
        "the river.\n"
        "“He was a kind man and we miss him,” the statement said.",
        [("He was a kind man and we miss him,", "Ruth Calder")],
        id="the_statement_quoted_is_the_person_who_issued_it",
    ),
    pytest.param(
        "His sister, Ruth Calder, said in a statement released by police that he loved "
        "the river. The statement said the family was “grateful for the help.”",
        [("grateful for the help.", None)],
        id="the_statement_paraphrased_stays_a_document",
    ),
    pytest.param(
        "The Tarrow Valley Trust said in a statement that the dam was safe.\n"
        "“No homes are at risk,” the statement said.",
        [("No homes are at risk,", None)],
        id="a_body_statement_quoted_stays_a_document",
    ),
    pytest.param(
        "The Redmarsh Water Board said it would test the lake. A KVB spokesperson later "
        "said the city would “study the findings.”",
        [("study the findings.", "KVB")],
        id="capitalised_body_before_spokesperson_is_who_they_speak_for",
    ),
    pytest.param(
        "The Redmarsh Water Board said it would test the lake. A spokesperson later said it "
        "would “study the findings.”",
        [("study the findings.", "Redmarsh Water Board")],
        id="spokesperson_naming_nobody_speaks_for_the_last_body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6C_CASES)
def test_round6c_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
