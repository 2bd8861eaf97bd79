"""Speakers written beside letters or titles the name leaves out, anonymous sources
that a later description stands for, and single-mark quotes that run over
paragraphs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.coref.history import build_index
from service.extract.coref.resolution import resolve
from service.extract.coref.subjects import subject_of
from service.extract.quotes import extract_quotes, find_quote_spans
from tests.unit.extract.test_quotes import entity, quotes_of
from tests.unit.extract.test_speakers_people import Row, parsed

# --------------------------------------------------------------------------
# Letters after a name, a title before it, an aside between name and verb
# --------------------------------------------------------------------------

NAME_CASES = [
    pytest.param(
        "Ann Roe KC told the court her client was “deeply sorry for what he did”.",
        "Ann Roe",
        "Ann Roe",
        id="kc_after_the_name",
    ),
    pytest.param(
        "Ann Roe SC said her client had been “consumed by debt for years”.",
        "Ann Roe",
        "Ann Roe",
        id="sc_after_the_name",
    ),
    pytest.param(
        "Helen Price MP said the plan was “a betrayal of the town”.",
        "Helen Price",
        "Helen Price",
        id="mp_after_the_name",
    ),
    pytest.param(
        "Martin Reed OBE said the award was “for the whole team”.",
        "Martin Reed",
        "Martin Reed",
        id="obe_after_the_name",
    ),
    pytest.param(
        "“We heard about it on the radio,” said Coun. Gordon Pike, who chairs the committee.",
        "Gordon Pike",
        "Gordon Pike",
        id="abbreviated_title_before_the_name",
    ),
]


@pytest.mark.parametrize(("text", "name", "speaker"), NAME_CASES)
def test_words_beside_a_name(nlp: Language, text: str, name: str, speaker: str | None) -> None:
    doc = nlp(text)
    given = [entity(text, name, "PERSON", [(name, 0)])]
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "word", "names"),
    [
        pytest.param("He met Ann Roe KC there.", "KC", True, id="letters_after_a_name"),
        pytest.param("He met Ann Roe Ms there.", "Ms", False, id="honorific_is_not_letters"),
        pytest.param("He met Ann Roe kc there.", "kc", False, id="lowercase_is_not_letters"),
        pytest.param("He met Coun. Ann Roe there.", "Coun", True, id="title_before_a_name"),
        pytest.param("He met Coun Ann Roe there.", "Coun", False, id="title_without_its_dot"),
    ],
)
def test_word_beside_a_name_names_the_person(
    nlp: Language, text: str, word: str, names: bool
) -> None:
    doc = nlp(text)
    given = [entity(text, "Ann Roe", "PERSON", [("Ann Roe", 0)])]
    index = build_index(doc, given, quoted=[], paragraph_starts=[0])
    [token] = [token for token in doc if token.text == word]
    assert (index.entity_at[token.i] is not None) == names


# --------------------------------------------------------------------------
# An anonymous source blocks a description from naming someone else
# --------------------------------------------------------------------------

ANONYMOUS_CASES = [
    pytest.param(
        "The letter was organised by Jo Bell, the Labour MP for Ashby. One rebel, speaking "
        'on condition of anonymity, said the offer was weak. "They will have to do better '
        'than that," the MP said.',
        [("They will have to do better than that,", None)],
        id="speaking_on_condition_of_anonymity",
    ),
    pytest.param(
        "The letter was organised by Jo Bell, the Labour MP for Ashby. One rebel, who asked "
        'not to be named, said the offer was weak. "They will have to do better than '
        'that," the MP said.',
        [("They will have to do better than that,", None)],
        id="who_asked_not_to_be_named",
    ),
    pytest.param(
        "The letter was organised by Jo Bell, the Labour MP for Ashby. One rebel, who "
        'declined to be named, said the offer was weak. "They will have to do better than '
        'that," the MP said.',
        [("They will have to do better than that,", None)],
        id="who_declined_to_be_named",
    ),
    pytest.param(
        "The letter was organised by Jo Bell, the Labour MP for Ashby. Whips offered rebels "
        'a review. "They will have to do better than that," the MP said.',
        [("They will have to do better than that,", "Jo Bell")],
        id="no_anonymous_source_the_mp_is_named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMOUS_CASES)
def test_anonymous_source_keeps_a_description_unnamed(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


# --------------------------------------------------------------------------
# A single-mark quote over two paragraphs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ann Roe said: ‘Our members’ pay has fallen.\n‘Nobody wants a strike.’",
            ["Our members’ pay has fallen.", "Nobody wants a strike."],
            id="open_at_paragraph_end_reopened_next",
        ),
        pytest.param(
            "Ann Roe said: ‘The ’90s were hard, and we’ve not forgotten.\n‘Nobody does.’",
            ["The ’90s were hard, and we’ve not forgotten.", "Nobody does."],
            id="apostrophes_inside_a_quote_over_paragraphs",
        ),
        pytest.param(
            "The drivers’ pay has fallen since the ‘deal was signed.\nNobody wants a strike.",
            [],
            id="stray_mark_not_reopened_next",
        ),
        pytest.param(
            "The drivers’ pay has fallen since the ‘deal was signed.\n’90s fares were lower.",
            [],
            id="next_paragraph_opens_with_an_elision",
        ),
    ],
)
def test_single_mark_quote_over_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


# He left.¶Ann Roe SC, defending, said it was over.  ("said" hung on "left", "SC"
# its object, as the parser may do across a paragraph break)
HUNG_ACROSS_PARAGRAPH: list[Row] = [
    ("He", "PRON", "PRP", "nsubj", 1, "he"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave"),
    (".", "PUNCT", ".", "punct", 1, "."),
    ("\n", "SPACE", "_SP", "dep", 2, "\n"),
    ("Ann", "PROPN", "NNP", "compound", 5, "Ann"),
    ("Roe", "PROPN", "NNP", "compound", 6, "Roe"),
    ("SC", "PROPN", "NNP", "dobj", 1, "SC"),
    (",", "PUNCT", ",", "punct", 6, ","),
    ("defending", "NOUN", "NN", "advcl", 1, "defending"),
    (",", "PUNCT", ",", "punct", 1, ","),
    ("said", "VERB", "VBD", "conj", 1, "say"),
    ("it", "PRON", "PRP", "nsubj", 12, "it"),
    ("was", "AUX", "VBD", "ccomp", 10, "be"),
    ("over", "ADV", "RB", "acomp", 12, "over"),
    (".", "PUNCT", ".", "punct", 10, "."),
]
HUNG_SPACES = [
    True,
    False,
    False,
    False,
    True,
    True,
    False,
    True,
    False,
    True,
    True,
    True,
    True,
    False,
    False,
]


@pytest.mark.parametrize(
    ("aside", "subject"),
    [
        pytest.param("defending", "SC", id="name_before_a_short_aside"),
        pytest.param("Leeds", None, id="aside_that_names_something"),
    ],
)
def test_name_before_an_aside_reports_across_a_paragraph(
    nlp: Language, aside: str, subject: str | None
) -> None:
    rows = list(HUNG_ACROSS_PARAGRAPH)
    rows[8] = (aside, *rows[8][1:])
    doc = parsed(nlp, rows, HUNG_SPACES)
    given = [entity(doc.text, "Ann Roe", "PERSON", [("Ann Roe", 0)])]
    if aside == "Leeds":
        given.append(entity(doc.text, "Leeds", "LOC", [("Leeds", 0)]))
    index = build_index(doc, given, quoted=[], paragraph_starts=[0, doc[4].idx])
    found = subject_of(index, doc[10])
    assert (found.text if found is not None else None) == subject
    if found is not None:
        resolved = resolve(index, found)
        assert resolved is not None and resolved.name == "Ann Roe"
