"""Speakers through roles and turns: a club's captain, a question's asker, a stranger
who gives a name, the one answering a press-conference question, and a one-word
name the model took for a person's that the text shows is a body's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity, quotes_of

ROLE_CASES = [
    pytest.param(
        "Arsenal beat Chelsea 2-1. Arsenal captain Tom Hale scored twice and Chelsea "
        'captain Sam Reid missed a penalty.\n"We dug in," the Arsenal captain said.',
        [("We dug in,", "Tom Hale")],
        id="a_club_role_is_the_person_introduced_with_it",
    ),
    pytest.param(
        "Arsenal beat Chelsea 2-1. Chelsea captain Sam Reid missed a penalty.\n"
        '"We dug in," the Arsenal captain said.',
        [("We dug in,", "Arsenal")],
        id="a_role_held_at_another_club_is_not_it",
    ),
    pytest.param(
        "Health chief Ann Cole took questions on Monday.\n"
        '"Why did it take so long?" asked Mark Bell of the Daily Post.\n'
        '"We had to be sure," Cole replied.',
        [("Why did it take so long?", "Mark Bell"), ("We had to be sure,", "Ann Cole")],
        id="the_name_after_asked_is_the_asker",
    ),
    pytest.param(
        'Ann Cole took questions on Monday. "We had to be sure," Cole told Mark Bell.',
        [("We had to be sure,", "Ann Cole")],
        id="the_one_told_is_the_listener",
    ),
    pytest.param(
        "Ivan Petrov ran the gate until June. A taxi driver at the rank, who gave his "
        'name only as Jomo, said fares had doubled. "We cannot live like this," he said.',
        [("We cannot live like this,", "Jomo")],
        id="a_stranger_who_gives_a_name_is_that_name",
    ),
    pytest.param(
        "Ivan Petrov ran the gate until June. A taxi driver at the rank, who once worked "
        'as a guard for Ivan Petrov, said fares had doubled. "We cannot live like this," he '
        "said.",
        [("We cannot live like this,", None)],
        id="a_name_after_as_in_another_sense_is_not_theirs",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_roles_and_askers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


PRESS_CONFERENCE = (
    "Minister Karl Dahl opened the briefing on Monday.\n"
    '"We will act," Dahl told reporters.\n'
    "Another reporter asked whether the ministry would close the plant. "
    '"Will you close it, yes or no?"{gap}'
    '"Everything is possible," he said.'
)


@pytest.mark.parametrize(
    ("gap", "speaker"),
    [("\n", "Karl Dahl"), (" ", None)],
    ids=["an_unnamed_asker_does_not_answer_below", "an_unnamed_asker_blocks_he_beside_it"],
)
def test_answer_after_an_unnamed_asker(nlp: Language, gap: str, speaker: str | None) -> None:
    quotes = quotes_of(nlp, PRESS_CONFERENCE.format(gap=gap))
    assert (quotes[-1].text, quotes[-1].speaker.name if quotes[-1].speaker else None) == (
        "Everything is possible,",
        speaker,
    )


BODY_TAGGED_AS_PERSON = (
    "Regulators opened a case against Zentro{description} over unsafe chargers.\n"
    'Zentro said it would "cooperate fully".\n'
    '"We take safety seriously," the company said.'
)


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        (", the online retailer,", "Zentro"),
        (", which is based in Oslo,", "Zentro"),
        ("", None),
    ],
    ids=["described_as_a_business", "described_with_which", "nothing_shows_a_body"],
)
def test_one_word_person_tag_overruled_by_the_text(
    nlp: Language, description: str, speaker: str | None
) -> None:
    text = BODY_TAGGED_AS_PERSON.format(description=description)
    given = [entity(text, "Zentro", "PERSON", [("Zentro", 0), ("Zentro", 1)])]
    quotes = extract_quotes(nlp(text), given, article_id="art-1")
    assert quotes[-1].text == "We take safety seriously,"
    assert (quotes[-1].speaker.name if quotes[-1].speaker else None) == speaker


JUDGE_IN_LEDE = (
    "A builder was jailed for six years on Friday, with a {noun} saying he had shown "
    '"no remorse at all."\n'
    "Ann Roe, a neighbour, said the victims had lost their homes.\n"
    "{title} Mary Kent said the builder had lied to the court."
)


@pytest.mark.parametrize(
    ("noun", "title", "is_kent"),
    [("judge", "Justice", True), ("justice", "Justice", True), ("judge", "Mayor", False)],
    ids=["a_judge_is_the_justice_named_later", "a_justice_still_is", "a_mayor_is_no_judge"],
)
def test_judge_described_then_titled(nlp: Language, noun: str, title: str, is_kent: bool) -> None:
    quotes = quotes_of(nlp, JUDGE_IN_LEDE.format(noun=noun, title=title))
    speaker = quotes[0].speaker.name if quotes[0].speaker else None
    assert (speaker == "Mary Kent") is is_kent
