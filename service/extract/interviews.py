"""Interviews written as questions and answers: who answers the reporter's questions.

'Why lockers, and why now?' / '“Because our riders kept telling us,” she said.': a
paragraph that ends on a question the reporter asks, quoting no one, is answered
by the quote opening the next paragraph. The interviewee is whoever answers most of
the questions, names outweighing pronouns; an answer with no cue of its own, or
only "he"/"she" for a cue read as nobody or as someone who neither answers another
question nor spoke just before, is theirs, unless its question names someone else.
An answer nothing attributes is first given the person its question is about.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from service.events import Entity, Speaker
from service.extract import lexicon as lx
from service.extract.coref import (
    PERSON,
    Index,
    gender_fits,
    named,
    opens_paragraph,
    resolve,
    subject_of,
)

if TYPE_CHECKING:  # speakers.py imports this module
    from service.extract.speakers import Attribution, Cue

_QUESTION_TOKENS = 80  # the reporter's question (with a line of scene before it) is short
_QUESTIONS = 2  # answers an interview gives at the least


def answer_questions(
    index: Index, quotes: Sequence[Attribution], named_after: Callable[[Attribution], bool]
) -> None:
    """Give the interviewee the answers that do not name who gives them; `named_after`
    tells a quote whose speaker the next paragraph names ('That was her husband, Joe')."""
    answers = [
        quote for quote in quotes if _answers_question(index, quote) and not named_after(quote)
    ]
    for quote in answers:
        if quote.speaker is None and _unattributed(index, quote.cue):
            quote.speaker = _person_asked(index, quote.span.paragraph - 1)
    interviewee = _interviewee(index, answers)
    if interviewee is None:
        return
    speaker, entity = interviewee
    for quote in answers:
        if _asks_someone_else(index, quote.span.paragraph - 1, entity):
            continue
        if quote.cue is None or (
            _pronoun_for(index, quote.cue, entity) and _open_to_question(index, quote)
        ):
            quote.speaker = speaker


def _unattributed(index: Index, cue: Cue | None) -> bool:
    """No cue, or only a "he"/"she" that found nobody: not 'said one governor, who
    asked not to be named'."""
    subject = subject_of(index, cue.token) if cue is not None else None
    return cue is None or (subject is not None and subject.lower_ in lx.GENDERED_PRONOUNS)


def _asks_someone_else(index: Index, paragraph: int, interviewee: Entity) -> bool:
    """'Lily, did you ever want to do something else?', 'And why did Moss choose a
    trade?': a question put to, or about the choices of, someone else by name."""
    opening = index.paragraph_opening(paragraph)
    if opening is None:
        return False
    first = index.entity_at[opening]
    tokens = index.tokens
    if first is not None and first.entity.id != interviewee.id:
        after = index.mention_tokens(first.mention)[-1] + 1
        if after < len(tokens) and tokens[after].text == ",":
            return True  # addressed by name
    end = bisect.bisect_right(index.para_of, paragraph)
    return any(
        tokens[k].dep_ in ("nsubj", "nsubjpass")
        and (ref := index.entity_at[k]) is not None
        and index.kind(ref.entity) == PERSON
        and ref.entity.id != interviewee.id
        for k in range(opening, end)
    )


def _open_to_question(index: Index, quote: Attribution) -> bool:
    """Whether a "she said" answer may be the interviewee's, whoever "she" was read as:
    it found nobody, or someone who was no subject just before the question ('“It will
    drive shoppers away,” said Anna Ruiz. ¶Will the council back down? ¶“Not a chance,”
    she said' is Ruiz's)."""
    if quote.speaker is None or quote.speaker.entity_id is None:
        return True
    other = quote.speaker.entity_id
    before = quote.span.paragraph - 2
    return not any(
        ref.entity.id == other and index.para_of[index.token_at(ref.pos)] == before
        for ref in index.subjects.get(PERSON, [])
    )


def _answers_question(index: Index, quote: Attribution) -> bool:
    """A direct quote opening the paragraph after a question paragraph."""
    if quote.kind != "direct" or not opens_paragraph(index.text, quote.span.open_mark):
        return False
    return quote.span.paragraph > 0 and _is_question(index, quote.span.paragraph - 1)


def _is_question(index: Index, paragraph: int) -> bool:
    """A short paragraph outside quotes whose last sentence asks something."""
    start = bisect.bisect_left(index.para_of, paragraph)
    end = bisect.bisect_right(index.para_of, paragraph)
    words = [k for k in range(start, end) if not index.tokens[k].is_space]
    if not words or len(words) > _QUESTION_TOKENS:
        return False
    return index.tokens[words[-1]].text == "?" and all(index.quote_of[k] < 0 for k in words)


def _interviewee(index: Index, answers: Sequence[Attribution]) -> tuple[Speaker, Entity] | None:
    """The person who gives the most answers (an answer naming them counts twice), if
    one does."""
    votes: Counter[str] = Counter()
    found: dict[str, tuple[Speaker, Entity]] = {}
    for quote in answers:
        speaker = quote.speaker
        entity = _person(index, speaker.entity_id) if speaker and speaker.entity_id else None
        if speaker is None or entity is None or quote.cue is None:
            continue
        subject = subject_of(index, quote.cue.token)
        named = subject is not None and subject.pos_ == "PROPN"
        votes[entity.id] += 2 if named else 1
        found.setdefault(entity.id, (speaker, entity))
    ranked = votes.most_common(2)
    if len(answers) < _QUESTIONS or not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return found[ranked[0][0]]


def _person_asked(index: Index, paragraph: int) -> Speaker | None:
    """Whom a question is about: the one person it names ('Walker, 52, steers every
    question back to her rowers. So what kept her going?'), else the one its "he" or
    "she" refers to ('Was there a point where she thought it would not work?')."""
    start = bisect.bisect_left(index.para_of, paragraph)
    end = bisect.bisect_right(index.para_of, paragraph)
    people = {
        ref.entity.id: ref
        for k in range(start, end)
        if (ref := index.entity_at[k]) is not None and index.kind(ref.entity) == PERSON
    }
    if len(people) == 1:
        return named(index, next(iter(people.values()))).speaker
    if people:
        return None
    for k in range(start, end):
        token = index.tokens[k]
        if token.dep_ == "nsubj" and token.lower_ in lx.GENDERED_PRONOUNS:
            found = resolve(index, token)
            if found is not None and found.entity is not None and PERSON in found.kinds:
                return found.speaker
    return None


def _person(index: Index, entity_id: str) -> Entity | None:
    for ref in index.mentions.get(PERSON, []):
        if ref.entity.id == entity_id:
            return ref.entity
    return None


def _pronoun_for(index: Index, cue: Cue, entity: Entity) -> bool:
    """Whether the cue's subject is "he" or "she" and may be the interviewee."""
    subject = subject_of(index, cue.token)
    if subject is None or subject.lower_ not in lx.GENDERED_PRONOUNS:
        return False
    return gender_fits(index, subject, entity)
