"""Speakers, round 7b: a name in a "for" phrase that opens its sentence is what a
following "she" means; after a quote, a person named right after the verb speaks
however the parser hangs the words between; a "said" tagged as a noun still reports
speech."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.entities import extract_entities
from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity


def speakers(doc: Doc) -> list[str | None]:
    quotes = extract_quotes(doc, extract_entities(doc, article_id="art-1"), article_id="art-1")
    return [q.speaker.name if q.speaker else None for q in quotes]


def token(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Jo Reed said the court had erred. For Ana Ruiz, a nurse from Hull, the ruling "
            'was personal. "I waited three years for this," she said.',
            "Ana Ruiz",
            id="name_in_an_opening_for_phrase_is_what_she_means",
        ),
        pytest.param(
            "Jo Reed said the court had erred and voted for Ana Ruiz, a nurse from Hull. "
            '"I waited three years for this," she said.',
            "Jo Reed",
            id="must_not_fire_for_phrase_inside_the_sentence",
        ),
    ],
)
def test_opening_for_phrase(nlp: Language, text: str, speaker: str) -> None:
    given = [
        entity(text, "Jo Reed", "PERSON", [("Jo Reed", 0)]),
        entity(text, "Ana Ruiz", "PERSON", [("Ana Ruiz", 0)]),
        entity(text, "Hull", "LOC", [("Hull", 0)]),
    ]
    last = extract_quotes(nlp(text), given, article_id="art-1")[-1]
    assert (last.speaker.name if last.speaker else None) == speaker


def test_role_word_parsed_as_subject_yields_to_the_name_after_it(nlp: Language) -> None:
    doc = nlp('"We lost the race in the pit lane," said Harwick team principal Dana Kerr.')
    principal, kerr = doc[token(doc, "principal")], doc[token(doc, "Kerr")]
    principal.head, principal.dep_ = doc[token(doc, "said")], "nsubj"
    kerr.head, kerr.dep_ = principal, "dobj"
    assert speakers(doc) == ["Dana Kerr"]


def test_must_not_fire_role_word_with_no_name_after_it(nlp: Language) -> None:
    doc = nlp('"We lost the race in the pit lane," said the team principal.')
    assert speakers(doc) == [None]


def test_first_name_tagged_as_preposition_still_opens_the_name(nlp: Language) -> None:
    doc = nlp('"I came here with my father when I was six," said Per Lindqvist, 51, from Malmo.')
    per = doc[token(doc, "Per")]
    per.pos_, per.dep_ = "ADP", "prep"
    assert speakers(doc) == ["Per Lindqvist"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "In the lower town, farmer Ali Karim said he had lost his cows.\n"
            '"Ten cows, all gone," the 61-year-old said, standing on the roof of his house.',
            "Ali Karim",
            id="said_tagged_as_a_noun_still_reports",
        ),
        pytest.param(
            "In the lower town, farmer Ali Karim said he had lost his cows.\n"
            '"Ten cows, all gone," the 61-year-old wrote, standing on the roof of his house.',
            None,
            id="must_not_fire_other_verb_tagged_as_a_noun",
        ),
    ],
)
def test_said_tagged_as_a_noun(nlp: Language, text: str, speaker: str | None) -> None:
    doc = nlp(text)
    verb = doc[max(t.i for t in doc if t.lower_ in ("said", "wrote"))]
    verb.pos_, verb.tag_ = "NOUN", "NN"
    given = [entity(text, "Ali Karim", "PERSON", [("Ali Karim", 0)])]
    quotes = extract_quotes(doc, given, article_id="art-1")
    last = next(q for q in quotes if q.text.startswith("Ten"))
    assert (last.speaker.name if last.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Harwick Council said it had received the letter. "We will look at it," a '
            "spokesman said. The spokesman, Ed Roe, declined to say more.",
            "Ed Roe",
            id="spokesperson_named_in_the_next_sentence_speaks",
        ),
        pytest.param(
            'Harwick Council said it had received the letter. "We will look at it," a '
            "spokesman said. The council declined to say more.",
            "Harwick Council",
            id="must_not_fire_spokesperson_never_named",
        ),
    ],
)
def test_spokesperson_named_later(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    assert speakers(doc)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The claim was challenged by Dr Ana Ruiz, a witness called by Harwick Council, "
            'who said the figures were "plainly wrong".',
            "Ana Ruiz",
            id="who_hung_on_a_body_inside_a_persons_phrase_is_the_person",
        ),
        pytest.param(
            'The claim was challenged by Harwick Council, who said the figures were "plainly '
            'wrong".',
            "Harwick Council",
            id="must_not_fire_who_after_a_body_alone",
        ),
    ],
)
def test_who_after_a_body_in_a_persons_phrase(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    said = doc[token(doc, "said")]
    said.head, said.dep_ = doc[token(doc, "Council")], "relcl"
    given = [entity(text, "Harwick Council", "ORG", [("Harwick Council", 0)])]
    if "Ruiz" in text:
        given.append(entity(text, "Ana Ruiz", "PERSON", [("Ana Ruiz", 0)]))
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Dr Ana Ruiz runs the clinic in Hull. One doctor at a hospital in Leeds said the "
            'plan would fail. "Nobody will pay for it," the doctor said.',
            None,
            id="description_right_after_someone_unnamed_is_them",
        ),
        pytest.param(
            "Dr Ana Ruiz runs the clinic in Hull. One nurse at a hospital in Leeds said the "
            'plan would fail. "Nobody will pay for it," the doctor said.',
            "Ana Ruiz",
            id="must_not_fire_unnamed_described_otherwise",
        ),
    ],
)
def test_description_after_someone_unnamed(nlp: Language, text: str, speaker: str | None) -> None:
    assert speakers(nlp(text))[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ana Ruiz runs the clinic alone. Until May she worked every second night, with a "
            "visiting doctor from Leeds covering the rest. That doctor retired, and since then "
            'she has worked every night.\n"It cannot go on," she says.',
            "Ana Ruiz",
            id="main_subject_outranks_someone_unnamed_deeper_in_her_sentence",
        ),
        pytest.param(
            "Ana Ruiz runs the clinic alone. Until May she worked every second night. Then a "
            'visiting nurse came.\n"It cannot go on," she says.',
            None,
            id="must_not_fire_unnamed_in_a_later_sentence",
        ),
    ],
)
def test_main_subject_outranks_unnamed(nlp: Language, text: str, speaker: str | None) -> None:
    assert speakers(nlp(text))[-1] == speaker
