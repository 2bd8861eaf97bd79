"""Entity rules for job titles written before a name ("Coroner Ann Hale", "Lawyer Ravi
Nair", "MEC Thabo Dlamini"): the title is stripped from the name, the bare surname
later joins the full name, and a quote after the title and surname is the person's.

Each case gives the entities that must come out (name, type, mentions in order of first
appearance) and names that must not come out as a PERSON, ORG or LOC; each rule has a
case where it must not fire: a title word inside a body's name, or a surname after an
honorific.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities, found_in
from tests.unit.extract.test_quotes import quotes_of

CASES = [
    pytest.param(
        "Coroner Ann Hale opened the inquest on Tuesday. Coroner Hale said the hearing "
        "would last a week.",
        [("Ann Hale", "PERSON", ["Ann Hale", "Hale"])],
        ["Coroner Ann Hale", "Coroner Hale"],
        id="coroner_before_a_name_is_stripped_and_the_surname_joins",
    ),
    pytest.param(
        "Lawyer Ravi Nair, who acts for the families, said the claim would go ahead.",
        [("Ravi Nair", "PERSON", ["Ravi Nair"])],
        ["Lawyer Ravi Nair", "Lawyer Ravi"],
        id="lawyer_before_a_name_is_stripped",
    ),
    pytest.param(
        "Gauteng transport MEC Thabo Dlamini welcomed the plan on Friday.",
        [("Thabo Dlamini", "PERSON", ["Thabo Dlamini"])],
        ["MEC Thabo Dlamini"],
        id="mec_before_a_name_is_stripped",
    ),
    pytest.param(
        "Magistrate Joyce Banda adjourned the case. Pathologist Colin Reed gave evidence.",
        [
            ("Joyce Banda", "PERSON", ["Joyce Banda"]),
            ("Colin Reed", "PERSON", ["Colin Reed"]),
        ],
        ["Magistrate Joyce Banda", "Pathologist Colin Reed"],
        id="court_titles_before_names_are_stripped",
    ),
    pytest.param(
        'Mayor Ann Hale opened the festival. It screened the film "Mayor Hale" on Friday.',
        [("Ann Hale", "PERSON", ["Ann Hale"])],
        [],
        id="a_quoted_work_named_for_a_titled_person_stays_a_work",
    ),
    pytest.param(
        "The inquest was held at the Coroners Court in Auckland on Monday.",
        [],
        ["Court"],
        id="coroners_court_keeps_its_title_word",
    ),
    pytest.param(
        "The case was brought by Lawyers for Human Rights on Monday.",
        [],
        ["for Human Rights", "Human Rights"],
        id="lawyers_in_a_body_name_is_not_stripped",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_job_title_entity_rules(
    nlp: Language, text: str, expected: list[tuple[str, str, list[str]]], absent: list[str]
) -> None:
    assert_entities(found_in(nlp, text), expected, absent)


SPEAKER_CASES = [
    pytest.param(
        "Coroner Ann Hale opened the inquest on Tuesday.\n"
        '"This court is not here to find anyone guilty," Coroner Hale said.',
        [("This court is not here to find anyone guilty,", "Ann Hale")],
        id="a_quote_after_title_and_surname_is_the_full_name",
    ),
    pytest.param(
        "The council appointed a new surveyor. Mr Warden, 54, starts in May.\n"
        '"It is a big job," Mr Warden said.',
        [("It is a big job,", "Warden")],
        id="a_surname_like_a_title_after_mr_is_kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CASES)
def test_job_title_speakers(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
