"""Speakers, round 12 (batches 61-64 after tuning): a first name the lists spell
without its accent ("Gérald"); a dateline the parser made the subject, with the
person after its dash; "the elder Aagaard" and "the younger Adesanya" among people
who share a surname, by whether the relative was introduced as older or younger. The
must-not-fire cases close the table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND12 = [
    pytest.param(
        "Claudette Arsenault, 71, is retiring after 30 years in Parliament.\n"
        "Arsenault grew up in Memramcook, New Brunswick. She worked as a nurse in Moncton "
        "before running for council.\n"
        "Her mentor in those years was G\u00e9rald Cormier, a former mayor who died in "
        "2009. \u201cG\u00e9rald told me to count votes first,\u201d she said.",
        ["Claudette Arsenault"],
        id="an_accented_first_name_has_the_gender_of_its_plain_spelling",
    ),
    pytest.param(
        "MARSEILLE \u2014 The former mayor of La Garde-sur-Mer, Jean-Luc Ferrand, told a "
        "court on Monday that he had \u00abnever once\u00bb interfered in the award of "
        "contracts.",
        ["Jean-Luc Ferrand"],
        id="the_person_a_description_after_the_dateline_names",
    ),
    pytest.param(
        "Mikkel Aagaard has joined Olimpia Lombarda. Aagaard thanked supporters.\n"
        "The player\u2019s father and agent, Henrik Aagaard, defended the move. "
        "\u201cMikkel is 23, not 33,\u201d the elder Aagaard told a broadcaster.",
        ["Henrik Aagaard"],
        id="the_elder_is_the_relative_introduced_as_a_parent",
    ),
    pytest.param(
        "Former minister Olumide Adesanya denies the charges. Adesanya says the case is "
        "political.\n"
        "One of the properties is registered to the former minister\u2019s son, Tolu "
        "Adesanya.\n"
        "The younger Adesanya, reached by phone, said he had built the business \u201cwith "
        "loans, not favours\u201d.",
        ["Tolu Adesanya"],
        id="the_younger_is_the_relative_introduced_as_a_child",
    ),
    pytest.param(
        "Sumiko Arakawa has not fired her kiln since November. Arakawa breaks most of the "
        "bowls she makes.\n"
        "Her daughter Yui Arakawa, 46, says her mother\u2019s perfectionism is the "
        "family\u2019s business plan.\n"
        "The elder Arakawa shrugged. \u201cIf I keep the bad ones,\u201d she said, "
        "\u201csomeone will think that is what I meant.\u201d",
        ["Sumiko Arakawa", "Sumiko Arakawa"],
        id="must_not_fire_the_elder_when_the_relative_is_the_child",
    ),
    pytest.param(
        "Claudette Arsenault, 71, is retiring after 30 years in Parliament.\n"
        "Arsenault grew up in Memramcook, New Brunswick. She worked as a nurse in Moncton "
        "before running for council.\n"
        "Her mentor in those years was Gerald Cormier, a former mayor who died in "
        "2009. \u201cGerald told me to count votes first,\u201d she said.",
        ["Claudette Arsenault"],
        id="must_not_fire_a_plain_spelling_as_before",
    ),
    pytest.param(
        "MARSEILLE \u2014 The former mayor of the town told a court on Monday that he had "
        "\u00abnever once\u00bb interfered in the award of contracts.",
        [None],
        id="must_not_fire_a_description_after_the_dateline_naming_nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12)
def test_round12_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
