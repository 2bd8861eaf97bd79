"""Speakers, round 8: after a quote, "the verdict of X" gives X when the name heads
the phrase, whatever kind the model gave it; a body's name modifying a person noun
says which body the person belongs to, so an unnamed member speaks for nobody and
"the Fine Gael councillor" is a person, not the party; a description opening its
sentence with nobody before it is the person named next, even past a paragraph that
only quotes them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.entities import extract_entities
from service.extract.quotes import extract_quotes


def speakers(doc: Doc) -> list[str | None]:
    quotes = extract_quotes(doc, extract_entities(doc, article_id="art-1"), article_id="art-1")
    return [q.speaker.name if q.speaker else None for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"We are not moving an inch" - that was the verdict of Brussels on Friday.',
            ["Brussels"],
            id="verdict_of_a_name_heading_the_phrase",
        ),
        pytest.param(
            '"We will not shop here again" - that was the verdict of shoppers in Leeds.',
            [None],
            id="must_not_fire_for_a_place_inside_the_phrase",
        ),
        pytest.param(
            "Voters stayed home. One Labour whip, speaking after the vote, said the "
            'rebellion had been "absorbed" without trouble.',
            [None],
            id="unnamed_member_of_a_party_speaks_for_nobody",
        ),
        pytest.param(
            "Tom Byrne lost his seat.\nOne veteran tallyman, watching the count, shook his "
            'head.\n"That is the seat gone, right there," he said.',
            [None],
            id="he_after_an_unnamed_tallyman_is_the_tallyman",
        ),
        pytest.param(
            'Acme cut prices. An Acme spokeswoman said the change was "overdue" for shoppers.',
            ["Acme"],
            id="must_not_fire_for_a_spokeswoman_of_the_body",
        ),
        pytest.param(
            "Acme named Jo Hart chief executive. The chairman of Acme said the board "
            'was "united" behind her.',
            ["Acme"],
            id="must_not_fire_for_the_head_of_a_body",
        ),
        pytest.param(
            "Cllr Mary Byrne of Fine Gael topped the poll. The Fine Gael councillor said "
            'the count was "a disaster" for the party.',
            ["Mary Byrne"],
            id="party_councillor_refers_back_to_the_councillor",
        ),
        pytest.param(
            'Fine Gael lost two seats. The Fine Gael councillor said the count was "a '
            'disaster" for the party.',
            [None],
            id="party_councillor_with_nobody_named_is_not_the_party",
        ),
        pytest.param(
            "Rents rose again.\nThe retired nurse at the front of the march said her rent "
            'would rise.\n"I worked for 30 years. I do not know where I would go," she '
            "said.\nMaria Lopez, 71, said she had complained to the city.",
            ["Maria Lopez"],
            id="opening_description_is_the_person_named_after_her_quotes",
        ),
        pytest.param(
            'Rents rose again.\n"I worked for 30 years. I do not know where I would go," '
            "the retired nurse said.\nMaria Lopez, 71, said she had complained to the city.",
            [None],
            id="must_not_fire_for_a_description_after_the_quote",
        ),
        pytest.param(
            "The river burst its banks.\nThe fire chief said crews worked all night.\n"
            '"It was the worst I have seen," he said.\nTom Baker, a shop owner, said his '
            "stock was ruined.",
            [None],
            id="must_not_fire_for_a_person_named_with_another_description",
        ),
    ],
)
def test_round8_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
