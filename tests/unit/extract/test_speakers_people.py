"""People as speakers: relatives, people known by a first or last name the model
missed, the one answering in an interview, lines of a dialogue, and people the
article leaves unnamed, including through parses that misplace them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.extract.coref.descriptions import withholds_name
from service.extract.coref.history import build_index
from service.extract.coref.subjects import subject_of
from service.extract.quotes import extract_quotes
from tests.unit.extract.test_quotes import entity, quotes_of

# --------------------------------------------------------------------------
# Relatives, interview answers, people who go unnamed
# --------------------------------------------------------------------------

PEOPLE_CASES = [
    pytest.param(
        "Mayor Tom Reid opened the hall. Kate Lowe laughed. Later, out of earshot, she was "
        "more serious. “People think the roof is fine. It isn't.”",
        [("People think the roof is fine. It isn't.", "Kate Lowe")],
        id="quote_after_a_sentence_about_a_person",
    ),
    pytest.param(
        "Mayor Tom Reid opened the hall. Kate Lowe laughed. Later, the roof was inspected "
        "again. “People think the roof is fine. It isn't.”",
        [("People think the roof is fine. It isn't.", None)],
        id="quote_after_a_sentence_about_a_thing",
    ),
    pytest.param(
        'Aoife Kerr runs the newsagent. "There\'s a reason nobody bought it," Aoife says.',
        [("There's a reason nobody bought it,", "Aoife Kerr")],
        id="first_name_of_one_person_named_in_full",
    ),
    pytest.param(
        "Mayor Tom Reid opened the pool on Monday. One of the coaches who runs the junior "
        'squads told me the pool is packed. "Those kids won\'t come," the coach said.',
        [("Those kids won't come,", None)],
        id="one_of_a_group_is_someone_unnamed",
    ),
    pytest.param(
        "Coach Dan Fraser praised his side. One fan in a faded scarf was still hoarse. "
        '"I\'ve never heard it so loud," he said.',
        [("I've never heard it so loud,", None)],
        id="a_fan_is_someone_unnamed",
    ),
    pytest.param(
        "Mayor Tom Reid opened the hall. A former Rovers assistant, who spoke on condition "
        'of anonymity, said the plan was "rushed".',
        [("rushed", None)],
        id="anonymous_source_speaks_for_no_body",
    ),
    pytest.param(
        "Mayor Tom Reid visited the school. Her son's teacher called her to say he was \"finally "
        'reading".',
        [("finally reading", None)],
        id="person_known_by_a_tie_to_someone_unnamed",
    ),
    pytest.param(
        'Dad used to stand at the door and shout, "Dinner\'s on the table!"',
        [("Dinner's on the table!", None)],
        id="kin_word_as_a_name_is_nobody_named",
    ),
    pytest.param(
        'Dan used to stand at the door and shout, "Dinner\'s on the table!"',
        [("Dinner's on the table!", "Dan")],
        id="a_first_name_still_names",
    ),
    pytest.param(
        "Lena Varga, 30, and Milan Varga, 61, run the ferry. The mechanic, Ivo Horvat, "
        "keeps the engine going. Her uncle says he will retire next year. \"I'll miss the "
        'river," he says.',
        [("I'll miss the river,", "Milan Varga")],
        id="relative_is_the_one_other_person_with_the_surname",
    ),
    pytest.param(
        "Lena Varga, 30, Milan Varga, 61, and Petar Varga, 58, run the ferry. The "
        "mechanic, Ivo Horvat, keeps the engine going. Her uncle says he will retire next "
        'year. "I\'ll miss the river," he says.',
        [("I'll miss the river,", "Ivo Horvat")],
        id="two_others_with_the_surname_decide_nothing",
    ),
    pytest.param(
        "Ada Okafor runs a school in Lagos.\nWho taught you to read?\nOkafor: My aunt, "
        'Ngozi, raised me. When I asked about school, she said, "Work first."',
        [("Work first.", "Ngozi")],
        id="she_in_an_answer_is_not_the_one_answering",
    ),
    pytest.param(
        'Ada Okafor runs a school in Lagos. When I asked about school, she said, "Work first."',
        [("Work first.", "Ada Okafor")],
        id="she_outside_an_answer_still_chains_back",
    ),
    pytest.param(
        "Ada Okafor runs a school in Lagos.\nWho taught you to read?\nOkafor: I left school "
        'at sixteen. My mother said, "You will regret it."',
        [("You will regret it.", None)],
        id="my_relative_is_nobody_named",
    ),
    pytest.param(
        "Ada Okafor runs a school in Lagos.\nWho taught you to read?\nOkafor: I left school "
        'at sixteen. My mother, Ngozi Okafor, said, "You will regret it."',
        [("You will regret it.", "Ngozi Okafor")],
        id="my_relative_named_beside_it_speaks",
    ),
    pytest.param(
        "Mayor Ruth Hale visited the market on Monday. The shop's owner, who asked that "
        'neither she nor the shop be named, said sales had "halved since June".',
        [("halved since June", None)],
        id="asked_that_neither_be_named",
    ),
    pytest.param(
        "Mayor Ruth Hale visited the market on Monday. The shop's owner, who declined to "
        'be identified, said sales had "halved since June".',
        [("halved since June", None)],
        id="declined_to_be_identified",
    ),
]


SHARED_SURNAME = (
    "Anna Van Dijk took over the bakery in 2019. Her father, Pieter Van Dijk, 70, still "
    'bakes on Sundays.\nVan Dijk said the shop was "busier than ever". {title}Van Dijk '
    'said it was "too busy".'
)


@pytest.mark.parametrize(
    ("title", "speakers"),
    [("", ["Anna Van Dijk", "Anna Van Dijk"]), ("Mr ", ["Anna Van Dijk", "Pieter Van Dijk"])],
    ids=["bare_surname_is_the_first_introduced", "honorific_picks_the_one_it_fits"],
)
def test_surname_of_two_words_shared_by_two_people(
    nlp: Language, title: str, speakers: list[str]
) -> None:
    text = SHARED_SURNAME.format(title=title)
    given = [
        entity(text, "Anna Van Dijk", "PERSON", [("Anna Van Dijk", 0)]),
        entity(
            text,
            "Pieter Van Dijk",
            "PERSON",
            [("Pieter Van Dijk", 0), ("Van Dijk", 2), ("Van Dijk", 3)],
        ),
    ]
    quotes = extract_quotes(nlp(text), given, article_id="art-1")
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


@pytest.mark.parametrize(("text", "expected"), PEOPLE_CASES)
def test_relatives_answers_and_unnamed_people(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


@pytest.mark.parametrize(
    ("clause", "withholds"),
    [
        ("who asked that neither she nor the shop be named", True),
        ("who declined to be identified", True),
        ("who asked that the council be named in the report", False),
        ("who declined to comment further", False),
    ],
)
def test_owner_who_asks_to_go_unnamed(nlp: Language, clause: str, withholds: bool) -> None:
    doc = nlp(f"The shop's owner, {clause}, said sales had halved.")
    index = build_index(doc, [], quoted=[], paragraph_starts=[0])
    owner = next(token for token in doc if token.lower_ == "owner")
    assert withholds_name(index, owner) is withholds


# --------------------------------------------------------------------------
# Interviews without labels, lines of a dialogue
# --------------------------------------------------------------------------

INTERVIEW = (
    "Rosa Lind founded the shelter in 1998. We met on Monday at her office.\n"
    "Why did you start it?\n"
    'I was a nurse. A doctor said to me, "Somebody has to." I said, "Then it will be me."\n'
    "What comes next?\n"
    'Sleep. I told my staff, "Don\'t call me."'
)


def test_unlabelled_answers_are_the_interviewees(nlp: Language) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(nlp, INTERVIEW)] == [
        ("Somebody has to.", None),
        ("Then it will be me.", "Rosa Lind"),
        ("Don't call me.", "Rosa Lind"),
    ]


def test_one_question_does_not_make_an_interview(nlp: Language) -> None:
    text = "Rosa Lind founded the shelter in 1998.\nWhy does it matter?\nI was a nurse once."
    doc = nlp(text)
    index = build_index(doc, [], quoted=[], paragraph_starts=[0, 39, 59])
    assert index.label_of == {}


DIALOGUE_CASES = [
    pytest.param(
        "Ana Ruiz and her neighbour, Tom Baker, stood by the fence on Sunday.\n"
        "“Is the river rising?” Ruiz asked.\n“It is,” said Baker.\n“Then we move the car.”\n"
        "“We moved it last year, Ana.”",
        ["Ana Ruiz", "Tom Baker", "Ana Ruiz", "Tom Baker"],
        id="lines_alternate_after_two_speakers",
    ),
    pytest.param(
        "Ana Ruiz and her neighbour, Tom Baker, stood by the fence on Sunday.\n"
        "“Is the river rising?” Ruiz asked.\n“It is.”",
        ["Ana Ruiz", "Tom Baker"],
        id="a_question_is_answered_by_the_other_person",
    ),
    pytest.param(
        "Ana Ruiz and Tom Baker spoke at the meeting on Sunday.\n"
        "“We will keep fighting,” said Ruiz.\n“We will keep fighting too,” said Ruiz.\n"
        "“Nobody wins here.”",
        ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"],
        id="lines_by_one_person_continue",
    ),
    pytest.param(
        "Ana Ruiz and Tom Baker spoke at the meeting on Sunday.\n"
        "“The river is rising,” Ruiz said.\n“Nobody wins here.”",
        ["Ana Ruiz", "Ana Ruiz"],
        id="a_line_that_asks_nothing_continues",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DIALOGUE_CASES)
def test_lines_of_a_dialogue(nlp: Language, text: str, speakers: list[str]) -> None:
    assert [q.speaker.name if q.speaker else None for q in quotes_of(nlp, text)] == speakers


# --------------------------------------------------------------------------
# Parses that misplace the speaker (built by hand, so the parse is fixed)
# --------------------------------------------------------------------------

Row = tuple[str, str, str, str, int, str]  # word, POS, tag, dependency, head, lemma


def parsed(nlp: Language, rows: list[Row], spaces: list[bool]) -> Doc:
    """A document with the parse given row by row."""
    return Doc(
        nlp.vocab,
        words=[row[0] for row in rows],
        spaces=spaces,
        pos=[row[1] for row in rows],
        tags=[row[2] for row in rows],
        deps=[row[3] for row in rows],
        heads=[row[4] for row in rows],
        lemmas=[row[5] for row in rows],
    )


# “Rates will rise,” a spokesperson for Unite said.  ("spokesperson" as the object of "rise")
SPOKESPERSON_AS_OBJECT: list[Row] = [
    ("“", "PUNCT", "``", "punct", 3, "“"),
    ("Rates", "NOUN", "NNS", "nsubj", 3, "rate"),
    ("will", "AUX", "MD", "aux", 3, "will"),
    ("rise", "VERB", "VB", "ccomp", 10, "rise"),
    (",", "PUNCT", ",", "punct", 3, ","),
    ("”", "PUNCT", "''", "punct", 3, "”"),
    ("a", "DET", "DT", "det", 7, "a"),
    ("spokesperson", "NOUN", "NN", "dobj", 3, "spokesperson"),
    ("for", "ADP", "IN", "prep", 7, "for"),
    ("Unite", "PROPN", "NNP", "pobj", 8, "Unite"),
    ("said", "VERB", "VBD", "ROOT", 10, "say"),
    (".", "PUNCT", ".", "punct", 10, "."),
]
SPOKESPERSON_SPACES = [False, True, True, False, False, True, True, True, True, True, False, False]


def test_phrase_between_quote_and_verb_is_the_subject(nlp: Language) -> None:
    doc = parsed(nlp, SPOKESPERSON_AS_OBJECT, SPOKESPERSON_SPACES)
    given = [entity(doc.text, "Unite", "ORG", [("Unite", 0)])]
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert quote.speaker is not None
    assert quote.speaker.name == "Unite"


@pytest.mark.parametrize(
    ("verb", "lemma", "subject"), [("said", "say", "spokesperson"), ("left", "leave", None)]
)
def test_phrase_after_quote_is_the_subject_of_a_reporting_verb(
    nlp: Language, verb: str, lemma: str, subject: str | None
) -> None:
    rows = list(SPOKESPERSON_AS_OBJECT)
    rows[10] = (verb, "VERB", "VBD", "ROOT", 10, lemma)
    doc = parsed(nlp, rows, SPOKESPERSON_SPACES)
    index = build_index(doc, [], quoted=[(0, doc[5].idx + 1)], paragraph_starts=[0])
    found = subject_of(index, doc[10])
    assert (found.text if found is not None else None) == subject


# Jane Reid spoke. Near the door, a woman who said she lived there was unconvinced.
# “It leaks,” she said.  ("woman" in apposition to "door")
WOMAN_IN_APPOSITION: list[Row] = [
    ("Jane", "PROPN", "NNP", "compound", 1, "Jane"),
    ("Reid", "PROPN", "NNP", "nsubj", 2, "Reid"),
    ("spoke", "VERB", "VBD", "ROOT", 2, "speak"),
    (".", "PUNCT", ".", "punct", 2, "."),
    ("Near", "ADP", "IN", "prep", 15, "near"),
    ("the", "DET", "DT", "det", 6, "the"),
    ("door", "NOUN", "NN", "pobj", 4, "door"),
    (",", "PUNCT", ",", "punct", 6, ","),
    ("a", "DET", "DT", "det", 9, "a"),
    ("woman", "NOUN", "NN", "appos", 6, "woman"),
    ("who", "PRON", "WP", "nsubj", 11, "who"),
    ("said", "VERB", "VBD", "relcl", 9, "say"),
    ("she", "PRON", "PRP", "nsubj", 13, "she"),
    ("lived", "VERB", "VBD", "ccomp", 11, "live"),
    ("there", "ADV", "RB", "advmod", 13, "there"),
    ("was", "AUX", "VBD", "ROOT", 15, "be"),
    ("unconvinced", "ADJ", "JJ", "acomp", 15, "unconvinced"),
    (".", "PUNCT", ".", "punct", 15, "."),
    ("“", "PUNCT", "``", "punct", 24, "“"),
    ("It", "PRON", "PRP", "nsubj", 20, "it"),
    ("leaks", "VERB", "VBZ", "ccomp", 24, "leak"),
    (",", "PUNCT", ",", "punct", 24, ","),
    ("”", "PUNCT", "''", "punct", 24, "”"),
    ("she", "PRON", "PRP", "nsubj", 24, "she"),
    ("said", "VERB", "VBD", "ROOT", 24, "say"),
    (".", "PUNCT", ".", "punct", 24, "."),
]
WOMAN_SPACES = [True, True, False, True] + [True, True, False, True] + [True] * 8
WOMAN_SPACES += [False, True, False, True, False, False, True, True, False, False]


def test_unnamed_person_behind_a_relative_pronoun_blocks_she(nlp: Language) -> None:
    doc = parsed(nlp, WOMAN_IN_APPOSITION, WOMAN_SPACES)
    given = [entity(doc.text, "Jane Reid", "PERSON", [("Jane Reid", 0)])]
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert quote.speaker is None


# Elin Qaqqaq runs the store. “It leaks,” Qaqqaq said.  (the second "Qaqqaq" as a noun)
def name_as_noun(nlp: Language, name: str) -> Doc:
    rows: list[Row] = [
        ("Elin", "PROPN", "NNP", "compound", 1, "Elin"),
        ("Qaqqaq", "PROPN", "NNP", "nsubj", 2, "Qaqqaq"),
        ("runs", "VERB", "VBZ", "ROOT", 2, "run"),
        ("the", "DET", "DT", "det", 4, "the"),
        ("store", "NOUN", "NN", "dobj", 2, "store"),
        (".", "PUNCT", ".", "punct", 2, "."),
        ("“", "PUNCT", "``", "punct", 12, "“"),
        ("It", "PRON", "PRP", "nsubj", 8, "it"),
        ("leaks", "VERB", "VBZ", "ccomp", 12, "leak"),
        (",", "PUNCT", ",", "punct", 12, ","),
        ("”", "PUNCT", "''", "punct", 12, "”"),
        (name, "NOUN", "NNS", "nsubj", 12, name.lower()),
        ("said", "VERB", "VBD", "ROOT", 12, "say"),
        (".", "PUNCT", ".", "punct", 12, "."),
    ]
    spaces = [True, True, True, True, False, True, False, True, False, False, True, True, False]
    return parsed(nlp, rows, [*spaces, False])


@pytest.mark.parametrize(
    ("name", "speaker"),
    [("Qaqqaq", "Elin Qaqqaq"), ("Elin", "Elin Qaqqaq"), ("Locals", None)],
    ids=["last_name", "first_name", "not_a_name_of_anyone"],
)
def test_known_name_taken_for_a_noun(nlp: Language, name: str, speaker: str | None) -> None:
    doc = name_as_noun(nlp, name)
    given = [entity(doc.text, "Elin Qaqqaq", "PERSON", [("Elin Qaqqaq", 0)])]
    [quote] = extract_quotes(doc, given, article_id="art-1")
    assert (quote.speaker.name if quote.speaker else None) == speaker
