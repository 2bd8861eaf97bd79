"""Organisation descriptions resolved by kind: "the regulator" is never the company it
investigates, a body introduced with a noun is what that noun later refers to, a
spokesperson described by a body noun speaks for that body, and a person's office
left unnamed speaks for no entity."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.coref.people import _name_kinds
from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity


def speakers(nlp: Language, text: str, names: list[str]) -> list[tuple[str, str | None]]:
    """Quotes and speakers with every name given as an ORG entity (all its occurrences)."""
    given = [
        entity(text, name, "ORG", [(name, k) for k in range(text.count(name))]) for name in names
    ]
    quotes = extract_quotes(nlp(text), given, article_id="art-1")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


CASES = [
    pytest.param(
        "The Fenwick Energy Commission fined Dalby Gas plc on Monday. Dalby Gas plc said it would "
        'pay. "We expect better," the regulator said.',
        ["Fenwick Energy Commission", "Dalby Gas plc"],
        [("We expect better,", "Fenwick Energy Commission")],
        id="regulator_is_never_the_more_recent_company",
    ),
    pytest.param(
        "Tarn Valley Council refused the plans. Marsh Quarry Ltd said it would appeal. "
        '"We are disappointed," the company said.',
        ["Tarn Valley Council", "Marsh Quarry Ltd"],
        [("We are disappointed,", "Marsh Quarry Ltd")],
        id="company_skips_a_council",
    ),
    pytest.param(
        "Marsh Quarry said it would appeal. The Department of Mines then opened an "
        'inquiry. "We did nothing wrong," the company said.',
        ["Marsh Quarry", "Department of Mines"],
        [("We did nothing wrong,", "Marsh Quarry")],
        id="company_skips_a_more_recent_department",
    ),
    pytest.param(
        'Orrin said it would cut 40 jobs. "It is a hard day," the company said.',
        ["Orrin"],
        [("It is a hard day,", "Orrin")],
        id="single_body_without_a_business_word_is_still_the_company",
    ),
    pytest.param(
        "Pellow, the developer, bought the site. Tarn Valley Council met on Monday and "
        'Kestle said it would object. "We will build," the developer said.',
        ["Pellow", "Tarn Valley Council", "Kestle"],
        [("We will build,", "Pellow")],
        id="introduced_with_the_noun_after_the_name",
    ),
    pytest.param(
        "The watchdog (Ofrail) opened a case. Brindle Trains said it would help. "
        '"We will be thorough," the watchdog said.',
        ["Ofrail", "Brindle Trains"],
        [("We will be thorough,", "Ofrail")],
        id="introduced_with_the_noun_in_brackets",
    ),
    pytest.param(
        "Homes were rated poor by the housing regulator, which said the damp was "
        '"widespread". The Tarn Housing Commission published its report on Tuesday.',
        ["Tarn Housing Commission"],
        [("widespread", "Tarn Housing Commission")],
        id="regulator_named_in_the_next_sentence",
    ),
    pytest.param(
        "Homes were praised by the housing regulator, which said the work was "
        '"thorough". Marsh Builders Ltd published its report on Tuesday.',
        ["Marsh Builders Ltd"],
        [("thorough", None)],
        id="a_later_body_of_another_kind_is_not_the_regulator",
    ),
    pytest.param(
        "Tarn Valley Council refused the plans. Marsh Quarry Ltd said it would appeal. "
        'A council spokesperson said the decision was "final".',
        ["Tarn Valley Council", "Marsh Quarry Ltd"],
        [("final", "Tarn Valley Council")],
        id="body_noun_spokesperson_speaks_for_that_body",
    ),
    pytest.param(
        "A spokesperson for the Rail Agency said fares would rise. The office of the "
        'transport minister said the rise was "a matter for operators".',
        ["Rail Agency"],
        [("a matter for operators", None)],
        id="office_of_an_unnamed_person_is_no_entity",
    ),
    pytest.param(
        'The Rail Agency said fares would rise. The agency said the rise was "modest".',
        ["Rail Agency"],
        [("modest", "Rail Agency")],
        id="a_body_of_its_own_is_not_an_office_of_a_person",
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), CASES)
def test_body_descriptions_resolve_by_kind(
    nlp: Language, text: str, names: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(nlp, text, names) == expected


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("Department of Labor and Industry", {"government"}),
        ("Harwood District Council", {"council"}),
        ("Acme Workers Union Local 9", {"union"}),
        ("Larchfield Homes", {"business"}),
        ("Northfield Grocers", set()),
    ],
)
def test_name_kinds(name: str, kinds: set[str]) -> None:
    assert set(_name_kinds(name)) == kinds
