"""Speakers, round 6: a place is not the person hung beside it, an unnamed body in a
place is nobody, a description's modifiers pick the body, a main clause's subject
outranks a subordinate one, a verb run on from another shares its subject, a
partial quote no verb reports is its clause subject's, and "the spokesman" is the
one just described so."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_quotes import quotes_of

ROUND6_CASES = [
    pytest.param(
        "Outside the clinic in Ravenford, a woman who had waited all night said she was "
        'tired. "We came at six," she said.',
        [("We came at six,", None)],
        id="person_hung_on_opening_place_is_unnamed_not_the_place",
    ),
    pytest.param(
        'Outside the clinic in Ravenford, Mayor Ada Quist said the queue was long. "We came '
        'at six," she said.',
        [("We came at six,", "Ada Quist")],
        id="named_person_hung_on_opening_place_still_speaks",
    ),
    pytest.param(
        'Rates fell again. "Nobody saw it coming," said a bond trader at a Lisbon bank.',
        [("Nobody saw it coming,", None)],
        id="trader_at_an_unnamed_bank_in_a_place_is_nobody",
    ),
    pytest.param(
        'Rates fell again. "Nobody saw it coming," said a spokesman for Lisbon.',
        [("Nobody saw it coming,", "Lisbon")],
        id="spokesman_for_a_place_still_speaks_for_it",
    ),
    pytest.param(
        "Danish brewer Holmbrau Group sued Belgian malt maker Orvane Malting on Monday. "
        "Holmbrau Group said the claim followed talks after Orvane Malting missed three "
        'shipments. The Danish company said the delays had "cost us a summer."',
        [("cost us a summer.", "Holmbrau Group")],
        id="nationality_of_description_picks_the_body_introduced_so",
    ),
    pytest.param(
        "Danish brewer Holmbrau Group sued Belgian malt maker Orvane Malting on Monday. "
        "Holmbrau Group said the claim followed talks after Orvane Malting missed three "
        'shipments. The Belgian company said it had "delivered every order."',
        [("delivered every order.", "Orvane Malting")],
        id="other_nationality_picks_the_other_body",
    ),
    pytest.param(
        "Kestrel Foods said it would sue after Brightwell Farms cancelled the order. The "
        'company said the loss was "too big to ignore."',
        [("too big to ignore.", "Kestrel Foods")],
        id="main_clause_subject_outranks_subordinate_one",
    ),
    pytest.param(
        "Kestrel Foods sued in March. Brightwell Farms said it had cancelled the order. The "
        'company said the loss was "too big to ignore."',
        [("too big to ignore.", "Brightwell Farms")],
        id="subject_of_the_last_sentence_outranks_an_older_one",
    ),
    pytest.param(
        'The lawyer Ray Hall spoke first. "He phoned home," Hall said.\n'
        'He paused, then added: "Nobody asked him a question."',
        [("He phoned home,", "Ray Hall"), ("Nobody asked him a question.", "Ray Hall")],
        id="verb_run_on_from_another_shares_its_subject",
    ),
    pytest.param(
        'The lawyer Ray Hall spoke first. "He phoned home," Hall said.\n'
        'Jo Pike paused, then added: "Nobody asked him a question."',
        [("He phoned home,", "Ray Hall"), ("Nobody asked him a question.", "Jo Pike")],
        id="run_on_verb_takes_its_own_sentence_subject",
    ),
    pytest.param(
        'Coach Ana Ruiz retires in May. She plans to rest, and then "find out who I am '
        'without a whistle."',
        [("find out who I am without a whistle.", "Ana Ruiz")],
        id="partial_quote_no_verb_reports_is_its_clause_subjects",
    ),
    pytest.param(
        'Coach Ana Ruiz retires in May. She was blamed for "a season of drift."',
        [("a season of drift.", None)],
        id="partial_quote_about_a_passive_subject_is_nobodys",
    ),
    pytest.param(
        'Tom Ray, 44, faces a charge of "causing death by dangerous driving".',
        [("causing death by dangerous driving", None)],
        id="partial_quote_after_of_names_a_charge_not_words",
    ),
    pytest.param(
        '"Our troops held," army spokesman Colonel Jean Orsi told reporters.\n'
        "Talks resumed in Luanda on Monday.\n"
        "A spokesman for the United Nations said it had heard gunfire. "
        '"We urge restraint," the spokesman said.',
        [("Our troops held,", "Jean Orsi"), ("We urge restraint,", "United Nations")],
        id="the_spokesman_is_the_one_just_described_so",
    ),
    pytest.param(
        '"Our troops held," army spokesman Colonel Jean Orsi told reporters.\n'
        "Talks resumed in Luanda on Monday.\n"
        '"We urge restraint," the spokesman said.',
        [("Our troops held,", "Jean Orsi"), ("We urge restraint,", "Jean Orsi")],
        id="the_spokesman_with_none_just_described_is_the_titled_one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6_CASES)
def test_round6_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
