"""Organisations as speakers through descriptions, pronouns and short forms: names the
model took for people, a body's name word or bracketed short form, a business noun,
the body someone speaks for."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.events import EntityType
from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity, quotes_of

# --------------------------------------------------------------------------
# Organisations as speakers
# --------------------------------------------------------------------------

BODY_CASES = [
    pytest.param(
        "The backer, the Leeds-based insurer Harrow Mutual, pulled out in May. In a "
        'statement, the company said the move was "about budgets, not about art".',
        [("about budgets, not about art", "Harrow Mutual")],
        id="name_described_as_an_insurer_is_the_company",
    ),
    pytest.param(
        "Dunmore Kerr, a lender based in Perth, cut its rates. The company said the cut "
        'was "long overdue".',
        [("long overdue", "Dunmore Kerr")],
        id="name_with_a_body_noun_in_apposition_is_the_company",
    ),
    pytest.param(
        'Roads Tasmania said it would fix the bridge, which it said had been "a worry for years".',
        [("a worry for years", "Roads Tasmania")],
        id="name_that_reports_itself_as_it_is_a_body",
    ),
    pytest.param(
        'The Port of Tema raised its pilotage fees in May. "Ships are twice the size they '
        'were," the port said.',
        [("Ships are twice the size they were,", "Port of Tema")],
        id="noun_from_one_recent_body_name",
    ),
    pytest.param(
        "The Port of Tema and the Port of Lagos both raised fees in May. "
        '"Ships are bigger now," the port said.',
        [("Ships are bigger now,", None)],
        id="noun_shared_by_two_body_names_is_nobody",
    ),
    pytest.param(
        "Coastline Power said it had brought in 30 extra crews before the storm.\n"
        '"Outages are likely, but we are ready," the utility said in a statement.',
        [("Outages are likely, but we are ready,", "Coastline Power")],
        id="noun_for_a_service_body_refers_back",
    ),
    pytest.param(
        "Harbour Staffing Ltd denies charging fees. In a letter, solicitors for the agency "
        'said the deductions were "lawful and agreed in writing".',
        [("lawful and agreed in writing", "Harbour Staffing Ltd")],
        id="people_acting_for_a_described_body_speak_for_it",
    ),
    pytest.param(
        "Harbour Staffing Ltd denies charging fees. In a letter, solicitors for the family "
        'said the deductions were "never explained".',
        [("never explained", None)],
        id="people_acting_for_a_family_speak_for_no_body",
    ),
    pytest.param(
        "Then a logistics company, Pennant Freight, offered to cover the cost. The city "
        'council welcomed the offer.\n"We wanted to back something local," the firm said.',
        [("We wanted to back something local,", "Pennant Freight")],
        id="business_noun_is_the_last_body_introduced_as_a_business",
    ),
    pytest.param(
        "Then a logistics company, Pennant Freight, offered to cover the cost. The Leeds "
        'Arts Trust said it was grateful. "We wanted to back something local," the '
        "charity said.",
        [("We wanted to back something local,", "Leeds Arts Trust")],
        id="a_body_named_as_a_subject_just_before_comes_first",
    ),
    pytest.param(
        "Ministers won the vote, but only after a late concession, a change that Greenpeace "
        'called "a white flag on a fishing boat".',
        [("a white flag on a fishing boat", "Greenpeace")],
        id="what_a_relative_clause_calls_its_object_is_its_subjects_words",
    ),
    pytest.param(
        "The Rovers, who finished last in each of their first two seasons, will open the "
        "season against the Wanderers with, by the club's own admission, a budget that is "
        '"not where it needs to be yet."',
        [("not where it needs to be yet.", "Rovers")],
        id="by_a_bodys_own_admission_the_sentence_subject_first",
    ),
    pytest.param(
        "The Rovers will open the season against the Wanderers with a budget that is, by "
        'the Wanderers\' account, "far bigger than ours."',
        [("far bigger than ours.", "Wanderers")],
        id="by_a_named_bodys_account",
    ),
    pytest.param(
        'Last week, council spokesman Alan Ford put the figure at "roughly $6 million a '
        'year," but when I asked on Monday for the sums behind it, he said they were "still '
        'being checked".',
        [("roughly $6 million a year,", "Alan Ford"), ("still being checked", "Alan Ford")],
        id="putting_a_figure_at_a_quote_is_saying_it",
    ),
    pytest.param(
        'Tom Reid hands out copies of a book, "The Lean School," which he said last year '
        '"changed how I think about buildings."',
        [("changed how I think about buildings.", "Tom Reid")],
        id="a_relative_clause_reporting_what_its_object_did_is_a_cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_CASES)
def test_bodies_speak_through_descriptions_and_pronouns(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_it_said_with_be_leaves_a_person_a_person(nlp: Language) -> None:
    text = 'Jane Kerr said it was too late to act. "We tried," she said.'
    given = [entity(text, "Jane Kerr", "ORG", [("Jane Kerr", 0)])]
    [quote] = extract_quotes(nlp(text), given, article_id="art-1")
    assert quote.speaker is not None
    assert quote.speaker.name == "Jane Kerr"


SHORT_FORM_TEXT = (
    "Kestrel Bay Port Ltd ({form}) shut the harbour on Monday after the storm. {form} said "
    'the berths would be "fully open" by Friday.'
)


@pytest.mark.parametrize(
    ("form", "speaker"),
    [("KBPL", "Kestrel Bay Port Ltd"), ("Kbp", "Kestrel Bay Port Ltd"), ("Leith", "Leith")],
    ids=["acronym", "mixed_case", "other_initial_is_not_a_short_form"],
)
def test_bracketed_short_form_names_the_body(nlp: Language, form: str, speaker: str) -> None:
    text = SHORT_FORM_TEXT.format(form=form)
    given: list[tuple[str, EntityType, list[tuple[str, int]]]] = [
        ("Kestrel Bay Port Ltd", "ORG", [("Kestrel Bay Port Ltd", 0)])
    ]
    entities = [entity(text, name, type_, forms) for name, type_, forms in given]
    [quote] = extract_quotes(nlp(text), entities, article_id="art-1")
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_spokesperson_of_a_bracketed_short_form_speaks_for_the_body(nlp: Language) -> None:
    text = (
        "The Department for Coastal Affairs (Dca) ran the tests in March. The Harbour Trust "
        'disputed them. A Dca spokesperson said the results were "entirely routine".'
    )
    given = [
        entity(
            text, "Department for Coastal Affairs", "ORG", [("Department for Coastal Affairs", 0)]
        ),
        entity(text, "Harbour Trust", "ORG", [("Harbour Trust", 0)]),
    ]
    [quote] = extract_quotes(nlp(text), given, article_id="art-1")
    assert quote.speaker is not None
    assert quote.speaker.name == "Department for Coastal Affairs"
