"""Interviews written as questions and answers: who answers the reporter's questions.

'Why lockers, and why now?' / '“Because our riders kept telling us,” she said.': a
question the reporter asks outside quotes, ending its paragraph or standing just
before the quote in the quote's own paragraph ('Her advice? “Answer your mail.”'), is
answered by that quote; so is a topic put before it ('On the final game: “…”'), and
a verb inside the question is not the answer's cue. The interviewee is whoever
answers most of the questions, names outweighing pronouns (with none attributed, the
person the story names most); an answer with no cue of its own, or only "he"/"she"
for a cue read as nobody or as someone who was no subject just before the question,
is theirs, unless the question is put to someone else by name. An answer nothing
attributes is first given the person its question is about.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from service.events import Entity, Speaker
from service.extract import lexicon as lx
from service.extract.coref import PERSON, Index, gender_fits, named, resolve, subject_of
from service.extract.coref.words import is_person_noun

if TYPE_CHECKING:  # speakers.py imports this module
    from service.extract.speakers import Attribution, Cue

_QUESTION_TOKENS = 80  # the reporter's question (with a line of scene before it) is short
_QUESTIONS = 2  # answers an interview gives at the least
_BETWEEN_TOKENS = 12  # a short sentence between question and answer ('She paused.')
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})


def answer_questions(
    index: Index, quotes: Sequence[Attribution], named_after: Callable[[Attribution], bool]
) -> None:
    """Give the interviewee the answers that do not name who gives them; `named_after`
    tells a quote whose speaker the next paragraph names ('That was her husband, Joe')."""
    answers: list[tuple[Attribution, range]] = []
    for quote in quotes:
        question = _question_before(index, quote)
        if question is not None and not named_after(quote):
            answers.append((quote, question))
    for quote, question in answers:
        if quote.cue is not None and quote.cue.token.i in question:
            quote.cue, quote.speaker, quote.cue_text = None, None, None  # the question's verb
        if quote.speaker is None and _unattributed(index, quote.cue):
            quote.speaker = _answerer_described(index, quote) or _person_asked(index, question)
    interviewee = _interviewee(index, [quote for quote, _ in answers])
    if interviewee is None:
        return
    speaker, entity = interviewee
    for quote, question in answers:
        if _asks_someone_else(index, question, entity, quote.span.paragraph):
            continue
        if _given_to_interviewee(index, quote, question, entity):
            quote.speaker = speaker


def _given_to_interviewee(
    index: Index, quote: Attribution, question: range, interviewee: Entity
) -> bool:
    """An answer with no cue, with a "she said" that may be the interviewee's, or with
    a role ('the coach said') after a question put to them."""
    cue = quote.cue
    if cue is None:
        return True
    if _pronoun_for(index, cue, interviewee):
        return _open_to_question(index, quote, question)
    return _put_to_you(index, question) and _role_for(index, cue)


def _unattributed(index: Index, cue: Cue | None) -> bool:
    """No cue, or only a "he"/"she" that found nobody: not 'said one governor, who
    asked not to be named'."""
    subject = subject_of(index, cue.token) if cue is not None else None
    return cue is None or (subject is not None and subject.lower_ in lx.GENDERED_PRONOUNS)


def _question_before(index: Index, quote: Attribution) -> range | None:
    """The tokens of the reporter's question a quote answers: a short paragraph
    outside quotes ending on "?" just before the quote's paragraph, or a question in
    the quote's own paragraph just before it ('Her advice for whoever succeeds her?
    “Answer your mail.”'); at most a short sentence ('She paused.') may come between."""
    if quote.kind != "direct":
        return None
    paragraph = quote.span.paragraph
    opening = index.token_at(quote.span.open_mark)
    first = bisect.bisect_left(index.para_of, paragraph)
    lead = [k for k in range(first, opening) if not index.tokens[k].is_space]
    if _is_topic_lead(index, lead):
        return range(first, opening)
    asked = [k for k in lead if index.tokens[k].text == "?" and index.quote_of[k] < 0]
    if asked:
        between = [k for k in lead if k > asked[-1]]
        if len(between) > _BETWEEN_TOKENS or len(lead) > _QUESTION_TOKENS:
            return None
        return None if any(index.quote_of[k] >= 0 for k in between) else range(first, opening)
    if paragraph == 0 or len(lead) > _BETWEEN_TOKENS or any(index.quote_of[k] >= 0 for k in lead):
        return None
    before = range(bisect.bisect_left(index.para_of, paragraph - 1), first)
    words = [k for k in before if not index.tokens[k].is_space]
    if not words or len(words) > _QUESTION_TOKENS:
        return None
    last = words[-1]
    return before if index.tokens[last].text == "?" and index.quote_of[last] < 0 else None


def _is_topic_lead(index: Index, lead: Sequence[int]) -> bool:
    """'On the final game: “My legs were shaking …”': a press conference or profile
    giving answers under the topic they were asked about, in place of the question."""
    if not lead or len(lead) > _QUESTION_TOKENS or index.tokens[lead[0]].text != "On":
        return False
    if index.tokens[lead[-1]].text != ":" or index.quote_of[lead[-1]] >= 0:
        return False
    ends = [k for k in lead if index.tokens[k].text in (".", "!", "?") and index.quote_of[k] < 0]
    head = index.tokens[lead[0]].head  # not 'On the wall hangs a card. It reads: “…”'
    if ends or (head.dep_ == "ROOT" and lead[0] < head.i <= lead[-1]):
        return False
    return not any(_clause_subject(index.tokens[k]) for k in lead if index.quote_of[k] < 0)


def _clause_subject(token: Token) -> bool:
    """A subject of a clause of its own ('On its front page, the Echo put it simply:'),
    not of one inside the topic ('On what he was shouting:', 'On the critics who')."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in ("ROOT", "ccomp", "conj")


def _question_sentence(index: Index, question: range) -> range:
    """The sentence that asks: the last one ending on "?" in the question's tokens (a
    topic lead is all of it)."""
    marks = [k for k in question if index.tokens[k].text == "?" and index.quote_of[k] < 0]
    if not marks:
        return question
    asked = max(marks)
    sentence = index.sent_of[asked]
    return range(max(question.start, index.sent_starts[sentence]), asked + 1)


def _asks_someone_else(index: Index, question: range, interviewee: Entity, paragraph: int) -> bool:
    """'Lily, did you ever want to do something else?', 'And why did Moss choose a
    trade?': a question put to, or about the choices of, someone else; so is 'Did she
    mean it? “Completely.”', a "he" or "she" asked about in the answer's own
    paragraph (after 'Is he?' ending a paragraph, the answer may be the interviewee's:
    'She laughs. “…”'; so is 'Is he better than you? “Much better.”')."""
    asking = _question_sentence(index, question)
    pronouns = index.para_of[asking.start] == paragraph and not _put_to_you(index, question)
    tokens = index.tokens
    words = [k for k in asking if not tokens[k].is_space]
    first = index.entity_at[words[0]] if words else None
    if first is not None and first.entity.id != interviewee.id:
        after = index.mention_tokens(first.mention)[-1] + 1
        if after < len(tokens) and tokens[after].text == ",":
            return True  # addressed by name
    return any(
        tokens[k].dep_ in ("nsubj", "nsubjpass")
        and (person := _person_meant(index, tokens[k], pronouns)) is not None
        and person != interviewee.id
        for k in asking
    )


def _person_meant(index: Index, token: Token, pronouns: bool) -> str | None:
    """The entity id of the person a question's subject names or, with `pronouns`, the
    "he" or "she" of its main clause refers to ('Did she mean it?' after his sister
    spoke)."""
    ref = index.entity_at[token.i]
    if ref is not None:
        return ref.entity.id if index.kind(ref.entity) == PERSON else None
    if not pronouns or token.lower_ not in lx.GENDERED_PRONOUNS or token.head.dep_ != "ROOT":
        return None  # 'On what he was shouting:' is a topic of the interviewee's
    found = resolve(index, token)
    if found is None or found.entity is None or PERSON not in found.kinds:
        return None
    return found.entity.id


def _put_to_you(index: Index, question: range) -> bool:
    """'Working with your twin: is it an advantage?': a question put to the interviewee."""
    return any(
        index.tokens[k].lower_ in _SECOND_PERSON and index.quote_of[k] < 0
        for k in _question_sentence(index, question)
    )


def _role_for(index: Index, cue: Cue) -> bool:
    """Whether the cue's subject is "the" and a role ('“…,” the coach said'), which
    after a question put to the interviewee is them; not a relative ("her sister") nor
    a spokesperson."""
    subject = subject_of(index, cue.token)
    if subject is None or subject.pos_ != "NOUN" or not is_person_noun(subject):
        return False
    lemma = subject.lemma_.casefold()
    if lemma in lx.KIN_NOUNS or lemma in lx.SPOKES_NOUNS:
        return False
    determiners = [child.lower_ for child in subject.children if child.dep_ in ("det", "poss")]
    return determiners == ["the"]


def _open_to_question(index: Index, quote: Attribution, question: range) -> bool:
    """Whether a "she said" answer may be the interviewee's, whoever "she" was read as:
    it found nobody, or someone who was no subject just before the question ('“It will
    drive shoppers away,” said Anna Ruiz. ¶Will the council back down? ¶“Not a chance,”
    she said' is Ruiz's)."""
    if quote.speaker is None or quote.speaker.entity_id is None:
        return True
    other = quote.speaker.entity_id
    before = index.para_of[question.start] - 1
    return not any(
        ref.entity.id == other and index.para_of[index.token_at(ref.pos)] == before
        for ref in index.subjects.get(PERSON, [])
    )


def _interviewee(index: Index, answers: Sequence[Attribution]) -> tuple[Speaker, Entity] | None:
    """The person who gives the most answers (an answer naming them counts twice), if
    one does; with no answer attributed, the person the story names most."""
    if len(answers) < _QUESTIONS:
        return None
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
    if not votes:
        return _main_person(index)
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return found[ranked[0][0]]


def _main_person(index: Index) -> tuple[Speaker, Entity] | None:
    """The story's main person (see `Index.protagonist`), as an interviewee."""
    refs = [ref for ref in index.mentions.get(PERSON, []) if ref.entity.id == index.protagonist]
    return (named(index, refs[0]).speaker, refs[0].entity) if refs else None


def _answerer_described(index: Index, quote: Attribution) -> Speaker | None:
    """'Is he? ¶She laughs for a long time. “Obinna thinks ...”': the person a short
    sentence opening the answer's paragraph is about."""
    paragraph = quote.span.paragraph
    opening = index.token_at(quote.span.open_mark)
    first = bisect.bisect_left(index.para_of, paragraph)
    for k in range(first, opening):
        token = index.tokens[k]
        if token.dep_ == "nsubj" and index.quote_of[k] < 0 and token.head.dep_ == "ROOT":
            found = resolve(index, token)
            if found is not None and found.entity is not None and PERSON in found.kinds:
                return found.speaker
    return None


def _person_asked(index: Index, question: range) -> Speaker | None:
    """Whom a question is about: the one person it names outside quotes ('Walker, 52,
    steers every question back to her rowers. So what kept her going?'), else the one
    its "he" or "she" refers to ('Was there a point where she thought it would not
    work?'); nobody for a topic ('On what her father shouted: “…”')."""
    if index.tokens[question.start].text == "On":
        return None
    people = {
        ref.entity.id: ref
        for k in question
        if index.quote_of[k] < 0
        and (ref := index.entity_at[k]) is not None
        and index.kind(ref.entity) == PERSON
    }
    if len(people) == 1:
        return named(index, next(iter(people.values()))).speaker
    if people:
        return None
    for k in question:
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
