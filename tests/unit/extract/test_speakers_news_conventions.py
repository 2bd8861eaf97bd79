"""News-copy conventions for speakers: the wire in a dateline never speaks, a name
modifying "a parent" or "a cousin" leaves them unnamed, "which" right after a body's
name is that body, a title's portfolio runs into the speaker's name, a company's
legal form or kind word outweighs a person tag, and "a housebuilder" may be the body
the next paragraph names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

CASES = [
    pytest.param(
        "OSLO, May 4 (Fjordline Wire) - Dockers at Kvarta Shipping walked out on Monday. "
        '"We are not moving," union leader Per Aas told Fjordline Wire.\n'
        '"Talks remain open," the company said.',
        [("We are not moving,", "Per Aas"), ("Talks remain open,", "Kvarta Shipping")],
        id="the_wire_in_the_dateline_is_never_the_company",
    ),
    pytest.param(
        'ACCRA, May 4 (Coastline Wire) - Teachers struck on Monday.\n"We will not return," '
        "the agency said.",
        [("We will not return,", None)],
        id="the_wire_in_the_dateline_is_never_the_agency_that_speaks",
    ),
    pytest.param(
        "Dockers at Kvarta Shipping walked out on Monday, according to Fjordline Wire. "
        '"Talks remain open," the company said.',
        [("Talks remain open,", "Kvarta Shipping")],
        id="an_outlet_outside_a_dateline_keeps_its_kind",
    ),
    pytest.param(
        "Senator Ruth Calder visited the town on Monday. One Calder voter said the visit "
        'helped. "She listened to us," he said.',
        [("She listened to us,", None)],
        id="a_name_modifying_an_indefinite_person_noun_leaves_them_unnamed",
    ),
    pytest.param(
        'Wendell Price runs the family firm. "It is a busy year," a Price spokesman said.',
        [("It is a busy year,", "Wendell Price")],
        id="a_spokesman_modified_by_a_name_speaks_for_it",
    ),
    pytest.param(
        "The ministry proposed a 30% cut for Irish Sea hake, in line with advice from the "
        'Marine Science Institute (MSI), which said the stock was "in poor shape".',
        [("in poor shape", "Marine Science Institute")],
        id="which_right_after_a_bodys_short_form_is_that_body",
    ),
    pytest.param(
        '"We found a balance," Commissioner for Trade and Industry Maria Lindqvist told reporters.',
        [("We found a balance,", "Maria Lindqvist")],
        id="a_titles_portfolio_runs_into_the_speakers_name",
    ),
    pytest.param(
        "Workers at Cerro Verde walked out against the mine's owner, Minera Sur SA, on "
        "Tuesday. Minera Sur said its offer was fair.\n"
        '"We remain open to dialogue," the company said.',
        [("We remain open to dialogue,", "Minera Sur SA")],
        id="a_legal_form_makes_a_name_a_company",
    ),
    pytest.param(
        "Drivers employed by Hallam Coaches backed a strike. Hallam has offered 4 per cent. "
        'A company spokesman said Hallam would publish a timetable "as soon as possible".',
        [("as soon as possible", "Hallam Coaches")],
        id="a_name_whose_words_tell_a_business_is_the_company",
    ),
    pytest.param(
        "A housebuilder has appealed against the council's refusal, accusing it of "
        '"running down the clock".\nBrackenridge Homes submitted its appeal on Monday.',
        [("running down the clock", "Brackenridge Homes")],
        id="a_body_noun_in_a_partial_quote_is_the_body_named_next",
    ),
    pytest.param(
        'A roofer told homeowners their houses were "days away from collapse".\n'
        "Brackenridge Homes denied any link on Monday.",
        [("days away from collapse", None)],
        id="a_person_noun_is_never_the_body_named_next",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_conventions_for_speakers(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_a_name_right_after_for_is_a_client_not_the_speaker(nlp: Language) -> None:
    quotes = quotes_of(
        nlp, 'Ann Lee was charged in March. "She is innocent," Lawyer for Ann Lee said.'
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] != ["Ann Lee"]
