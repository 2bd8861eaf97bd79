"""Speakers and quotes, round 6b: a plural possessive never closes before a conjunction,
"chairman" tells no gender, a person's spokesman speaks for no body, "the Dane" refers
back to a person, a lede description is the person named next, and a relative is one
named before; an "Asked ..." clause opening the paragraph names not the one who answers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.quotes import find_quote_spans
from tests.unit.extract.test_quotes import quotes_of

SPAN_CASES = [
    pytest.param(
        "The firm said it would start ‘within weeks’ and finish by May.\n‘We are ready,’ she said.",
        ["within weeks", "We are ready,"],
        id="closer_before_a_conjunction_is_no_possessive",
    ),
    pytest.param(
        "She said ‘the workers’ union is wrong’ and left.",
        ["the workers’ union is wrong"],
        id="closer_before_a_noun_may_be_a_possessive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_round6b_spans(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


ROUND6B_CASES = [
    pytest.param(
        "The chairman, Cllr Mary Holt, opened the meeting.\n“We must decide today,” she said.",
        [("We must decide today,", "Mary Holt")],
        id="chairman_tells_no_gender",
    ),
    pytest.param(
        "The chairwoman, Cllr Mary Holt, opened the meeting.\n“We must decide today,” he said.",
        [("We must decide today,", None)],
        id="chairwoman_still_tells_gender",
    ),
    pytest.param(
        "Orbis Media said the vote was close. The prime minister’s spokesman said he had "
        "“every confidence” in the plan.",
        [("every confidence", None)],
        id="spokesman_of_an_unnamed_person_is_nobody",
    ),
    pytest.param(
        "Orbis Media said the vote was close. Its spokesman said it had “every confidence” in "
        "the plan.",
        [("every confidence", "Orbis Media")],
        id="spokesman_of_a_body_pronoun_speaks_for_it",
    ),
    pytest.param(
        "Their coach, Lars Holm, was angry. “We were robbed,” the Dane said.",
        [("We were robbed,", "Lars Holm")],
        id="the_dane_refers_back_to_the_person",
    ),
    pytest.param(
        "Their coach, Lars Holm, was angry. “We were robbed,” a Dane in the crowd said.",
        [("We were robbed,", None)],
        id="a_dane_is_someone_unnamed",
    ),
    pytest.param(
        "A feud spilled over on Monday, with the farm minister accusing the treasury of "
        "“starving the land”. Orla Keane said she had waited months for an answer.",
        [("starving the land", "Orla Keane")],
        id="lede_description_is_the_person_named_next",
    ),
    pytest.param(
        "A feud spilled over on Monday, with the farm minister accusing the treasury of "
        "“starving the land”. The figures were sent by Orla Keane in March.",
        [("starving the land", None)],
        id="lede_description_not_the_person_named_as_an_object",
    ),
    pytest.param(
        "Ann Roe runs a bakery in Leeds. Her brother, Sam Roe, keeps the books. "
        "“Bread does not wait,” her brother says.",
        [("Bread does not wait,", "Sam Roe")],
        id="relative_named_before_with_the_surname",
    ),
    pytest.param(
        "Ann Roe runs a bakery in Leeds. “Bread does not wait,” her brother says. "
        "Her cousin, Sam Roe, keeps the books.",
        [("Bread does not wait,", None)],
        id="relative_named_only_later_is_not_assumed",
    ),
    pytest.param(
        "Giving evidence, the former clerk, Owen Tate, said he had warned the board.\n"
        "“I told him the sums were wrong,” Mr Tate said. “He said it would sort itself out.”\n"
        "Asked by Mr Lyle how Mr Crane had reacted when he quit, he said: “He told me I was "
        "weak.”",
        [
            ("I told him the sums were wrong,", "Owen Tate"),
            ("He said it would sort itself out.", "Owen Tate"),
            ("He told me I was weak.", "Owen Tate"),
        ],
        id="question_opening_the_paragraph_names_not_the_answerer",
    ),
    pytest.param(
        "Asked by Mr Lyle about the sums, Owen Tate said they were wrong.\n"
        "Mr Lyle nodded and turned to the jury. “We will return to that,” he said.",
        [("We will return to that,", "Lyle")],
        id="question_opening_another_paragraph_excludes_nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND6B_CASES)
def test_round6b_speakers(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
