"""Entity rules of round 6c: plain human evidence makes a name a person's.

A singular name that opens a "who" clause is a person (not a name after a preposition
or in a list, whose clause is another's); a name that "said her" or "said his" is a
person; a given name that is also a place joins the surname after it when a title goes
before it; a surname the tagger misreads here joins if it reads it as a name elsewhere.
Each rule has a case where it must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.entities import extract_entities
from service.extract.entities.context import _Context
from service.extract.entities.cues import _opens_who_clause, _says_of_own
from service.extract.entities.people import _read_as_name_elsewhere, _reads_as_place


def _at(nlp: Language, text: str, word: str) -> tuple[_Context, int]:
    ctx = _Context(nlp(text))
    return ctx, ctx.texts.index(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harlow, who ran the bakery, said the rent had doubled.", True),
        ("The letter went to the MP for Harlow, who declined to comment.", False),
        ("They face Ashby or Harlow, who meet on Wednesday.", False),
        ("Harlow, which is a town, has a market.", False),
    ],
)
def test_who_clause_opens_after_a_person(nlp: Language, text: str, expected: bool) -> None:
    ctx, k = _at(nlp, text, "Harlow")
    assert _opens_who_clause(ctx, k, k + 1) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anjali Korde said her shop had lost trade.", True),
        ("Korvell Foods said its shop had lost trade.", False),
    ],
)
def test_said_her_or_his(nlp: Language, text: str, expected: bool) -> None:
    ctx, k = _at(nlp, text, "said")
    assert _says_of_own(ctx, k) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister flew to Jordan on Monday.", True),
        ("The side won with captain Jordan Pell scoring twice.", False),
    ],
)
def test_place_given_name_after_title(nlp: Language, text: str, expected: bool) -> None:
    ctx, k = _at(nlp, text, "Jordan")
    assert _reads_as_place(ctx, k, k + 1) is expected


def test_surname_read_as_name_elsewhere(nlp: Language) -> None:
    ctx = _Context(nlp("Pell scored twice. The captain thanked the fans."))
    assert _read_as_name_elsewhere(ctx, ctx.texts.index("Pell"))
    assert not _read_as_name_elsewhere(ctx, ctx.texts.index("captain"))


@pytest.mark.parametrize(
    "text",
    [
        "Scotland Yard said his death was not being treated as suspicious.",
        "Network Rail said her complaint had been passed on.",
    ],
)
def test_body_speaking_of_someone_else_stays_a_body(nlp: Language, text: str) -> None:
    found = {entity.name: entity.type for entity in extract_entities(nlp(text), article_id="a")}
    assert "PERSON" not in found.values(), f"a body was typed PERSON: {found}"
