"""Speakers after the NER switch: a named body in a reported clause speaks for
itself; a name set off by a comma after a description is the one described; a
pronoun shows no gender when the subject phrase names another person or the
sentence before used it; a verb coordinated with a passive one shares its subject;
a gendered honorific picks the family member known to have that gender; a dateline
is no subject."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.events import EntityType
from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity, quotes_of


def last_speaker(nlp: Language, text: str) -> str | None:
    last = quotes_of(nlp, text)[-1]
    return last.speaker.name if last.speaker else None


def rehang(doc: Doc, word: str, head: str, dep: str) -> Doc:
    """The parse with `word` hung on `head` as `dep`, as the parser sometimes does."""
    token = next(t for t in doc if t.text == word)
    token.head = next(t for t in doc if t.text == head)
    token.dep_ = dep
    return doc


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The union said Harbour Rail had promised "a full refund" to every passenger.',
            "Harbour Rail",
            id="named_body_in_reported_clause_keeps_its_words",
        ),
        pytest.param(
            'Harbour Union said its members had promised "a full refund" to every passenger.',
            "Harbour Union",
            id="must_not_fire_unnamed_group_in_reported_clause",
        ),
        pytest.param(
            "Lena Ortiz's manager, Piet Obi, said she had turned down an offer from a club "
            'in Spain. "She wanted to stay home," he said.',
            "Piet Obi",
            id="pronoun_after_a_phrase_naming_two_people_shows_no_gender",
        ),
        pytest.param(
            "Tom Hale ran the ferry for 30 years. He trained most of the crews. The trust's "
            'chair, Kim Obi, said he had been "a patient teacher". "We will miss him," she said.',
            "Kim Obi",
            id="pronoun_carrying_on_the_sentence_before_shows_no_gender",
        ),
        pytest.param(
            'The trust\'s chair, Kim Obi, said he would stay on. "We will miss him," she said.',
            None,
            id="must_not_fire_pronoun_that_can_only_mean_the_subject",
        ),
        pytest.param(
            'Ana Costa would not be drawn on the price but said the deal was "good for everyone".',
            "Ana Costa",
            id="verb_coordinated_with_a_passive_shares_its_subject",
        ),
        pytest.param(
            'The plan was shelved and Kelso Council said it was "too costly".',
            "Kelso Council",
            id="must_not_fire_a_coordinated_verb_with_its_own_subject",
        ),
    ],
)
def test_round7_speakers(nlp: Language, text: str, speaker: str | None) -> None:
    assert last_speaker(nlp, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The mayor of the nearby Tarra Shire Council, Joanne Platt, was more measured. "
            '"The crews are working, I have seen them," she said.',
            "Joanne Platt",
            id="name_after_a_comma_is_the_one_described",
        ),
        pytest.param(
            "In a statement, Tom Lee's press secretary, Joanne Platt, was more measured. "
            '"The crews are working, I have seen them," she said.',
            "Joanne Platt",
            id="must_not_fire_name_after_a_comma_before_the_description",
        ),
    ],
)
def test_name_set_off_by_a_comma(nlp: Language, text: str, speaker: str) -> None:
    doc = rehang(nlp(text), "Platt", "Council" if "Council" in text else "secretary", "npadvmod")
    other = (
        entity(text, "Tarra Shire Council", "ORG", [("Tarra Shire Council", 0)])
        if "Council" in text
        else entity(text, "Tom Lee", "PERSON", [("Tom Lee", 0)])
    )
    given = [other, entity(text, "Joanne Platt", "PERSON", [("Joanne Platt", 0)])]
    last = extract_quotes(doc, given, article_id="art-1")[-1]
    assert (last.speaker.name if last.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Tavi Pike, 19, died in May. His mother, Kerry Pike, sat in the front row. "
            'Ms Pike said her son had "loved the farm".',
            "Kerry Pike",
            id="honorific_picks_the_relative_known_to_have_its_gender",
        ),
        pytest.param(
            'Tavi Pike, 62, was hurt in the fire. "It was very fast," Ms Pike said. '
            "His mother, Kerry Pike, drove him home.",
            "Tavi Pike",
            id="must_not_fire_relative_named_only_later",
        ),
    ],
)
def test_honorific_in_a_family(nlp: Language, text: str, speaker: str) -> None:
    ms_pike = text[: text.index("Ms Pike")].count("Pike")
    given = [
        entity(text, "Tavi Pike", "PERSON", [("Tavi Pike", 0), ("Pike", ms_pike)]),
        entity(text, "Kerry Pike", "PERSON", [("Kerry Pike", 0)]),
    ]
    [quote] = extract_quotes(nlp(text), given, article_id="art-1")
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        pytest.param("WAGGA — A farm manager", None, id="dateline_is_no_subject"),
        pytest.param("Wagga Council", "Wagga Council", id="must_not_fire_a_subject_at_the_start"),
    ],
)
def test_dateline_subject(nlp: Language, opening: str, speaker: str | None) -> None:
    text = f'{opening} warned his employers "more than once" that the crane was unsafe.'
    doc = nlp(text)
    if "—" in text:
        rehang(doc, "WAGGA", "warned", "nsubj")
    name = opening.split(" — ")[0]
    kind: EntityType = "ORG" if "Council" in name else "LOC"
    given = [entity(text, name.title(), kind, [(name, 0)])]
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert (quote.speaker.name if quote.speaker else None) == speaker
