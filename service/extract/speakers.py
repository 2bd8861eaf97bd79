"""Who said each quote, and the reporting cue that says so.

`attribute` gives every quoted span a cue and a speaker, weighing evidence in
this order:

1. The quote's own cue: a reporting verb the quoted words hang from in the parse
   (one whose subject could speak wins), else the nearest reporting verb in the
   quote's sentences, else a short attribution after it ('“A.” He said.'), else a
   verb ending in a colon before it ('Smith told reporters: “A.”'). The speaker is
   the cue's subject as `coref.resolve` reads it (a name, or "he", "the ministry",
   "a spokeswoman for Acme" chained back to an entity).
2. With no cue, a name or clause subject just before a colon ('Tom Lane: “A.”'); a
   partial quote no verb reports is the words of its clause's subject ('She plans
   to "learn to walk on a beach"').
3. The caller's `is_quote` then drops what is not speech (titles, names, scare
   quotes, short phrases nothing attributes).
4. In an interview written as questions and answers, an answer no cue names goes to
   the interviewee (`interviews.answer_questions`).
5. A kept direct quote with neither cue nor speaker continues another quote: the one
   before it in its paragraph, the one it runs over into, a speaker newly named
   in the next sentence, the next turn of a dialogue, or the quote ending the
   paragraph before; else a reporting sentence beside it, a next paragraph that
   opens naming its speaker, 'the verdict of X', or the person the sentence before
   it is about. Where nothing says who spoke, the speaker is None.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from service.events import QuoteKind, Speaker
from service.extract import lexicon as lx
from service.extract.coref import (
    MAX_CLIMB,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    by_own_account,
    entity_at,
    entity_in_phrase,
    gender_fits,
    has_spoken,
    is_according,
    is_person_noun,
    linked_entity,
    named,
    named_subject,
    opens_paragraph,
    resolve,
    resolve_possessor,
    subject_of,
    withholds_name,
)
from service.extract.interviews import answer_questions

if TYPE_CHECKING:  # quotes.py imports this module
    from service.extract.quotes import QuoteSpan


@dataclass(frozen=True)
class Cue:
    """A reporting verb (or "according to"); `governs` when the quote hangs from it."""

    token: Token
    text: str
    governs: bool


@dataclass
class Attribution:
    """A quote's cue and speaker. `cue_text` is the cue's, or that of the quote it
    continues; `cue` is the quote's own."""

    span: QuoteSpan
    kind: QuoteKind
    cue: Cue | None
    speaker: Speaker | None
    cue_text: str | None


def attribute(
    index: Index,
    spans: Sequence[QuoteSpan],
    kinds: Sequence[QuoteKind],
    *,
    is_quote: Callable[[Attribution], bool],
) -> list[Attribution]:
    """The spans that `is_quote` keeps, in order, each with its cue and speaker.

    `spans[n]` must be quote number n of the index. `is_quote` sees each span's own
    cue and speaker (a short phrase a speech verb governs is a quote; a title is
    not); continuations then inherit only from the quotes it keeps.
    """
    own = [
        _own_attribution(index, number, span, kind)
        for number, (span, kind) in enumerate(zip(spans, kinds, strict=True))
    ]
    kept = [attribution for attribution in own if is_quote(attribution)]
    for quote in kept:
        quote.speaker = (
            quote.speaker or _described_then_named(index, quote) or _words_of_subject(index, quote)
        )
    answer_questions(index, kept, lambda quote: _looking_back(index, quote) is not None)
    _inherit_speakers(index, kept)
    return kept


def _own_attribution(index: Index, number: int, span: QuoteSpan, kind: QuoteKind) -> Attribution:
    cue = _find_cue(index, number, span)
    speaker = _speaker_of(index, cue) if cue is not None else _colon_name(index, span)
    inside = _inside_tokens(index, span)
    words = _words_of_whom(index, inside[0]) if len(inside) else None
    if words is not None:
        speaker = _owner_of_words(index, words)  # not the words of the cue's subject
    cue_text = cue.text if cue is not None else None
    return Attribution(span, kind, cue, speaker, cue_text)


def _described_then_named(index: Index, quote: Attribution) -> Speaker | None:
    """'A roofer who told homeowners their houses were “days away from collapse” ...' /
    'Dean Maddox, 47, ...': someone described as "a ..." in a partial quote's cue, whose
    next paragraph opens by naming a person for the first time, is that person."""
    if quote.cue is None or quote.kind != "partial":
        return None
    subject = subject_of(index, quote.cue.token)
    if (
        subject is not None
        and subject.lower_ in lx.RELATIVE_PRONOUNS
        and subject.head.dep_ == "relcl"
    ):
        subject = subject.head.head
    if subject is None or not _may_describe_person(subject) or withholds_name(index, subject):
        return None
    ref = _opening_name(index, quote.span.paragraph + 1)
    if ref is None or index.kind(ref.entity) not in _kinds_described(subject):
        return None
    if not gender_fits(index, subject, ref.entity):
        return None
    return named(index, ref).speaker if ref.pos == index.first_seen.get(ref.entity.id) else None


def _words_of_subject(index: Index, quote: Attribution) -> Speaker | None:
    """'She plans to travel, and then "learn to walk on a beach"', 'the crowds, which she
    describes as "a million people"': a partial quote no verb reports is the words of
    the person who is the subject of the clause it stands in (a passive subject is
    spoken about, not speaking, and has no subject here)."""
    if quote.kind != "partial" or quote.cue is not None:
        return None
    inside = _inside_tokens(index, quote.span)
    if not len(inside) or (inside[0] >= 2 and index.tokens[inside[0] - 2].lower_ == "of"):
        return None  # 'a charge of "causing death by dangerous driving"' names, not quotes
    if _words_of_whom(index, inside[0]) is not None:
        return None
    verb = _verb_outside(index, index.tokens[inside[0]])
    subject = subject_of(index, verb) if verb is not None else None
    found = resolve(index, subject) if subject is not None else None
    if found is None or found.entity is None or PERSON not in found.kinds:
        return None
    return found.speaker


def _words_of_whom(index: Index, first: int) -> Token | None:
    """'the school was, in the words of one inspection report, “a cause for concern”':
    the "words" of "in the words of" before the quote in its sentence, if any."""
    sentence = index.sent_of[first]
    for k in range(first - 1, max(first - MAX_SCAN, 1), -1):
        if index.sent_of[k] != sentence:
            return None
        token = index.tokens[k]
        if token.lower_ == "words" and index.tokens[k - 1].lower_ == "the":
            opens = index.tokens[k - 2].lower_ == "in" and index.tokens[k + 1].lower_ == "of"
            return token if opens else None
        if token.lower_ == "words" and _in_own_words(index, k):
            return token
    return None


def _in_own_words(index: Index, k: int) -> bool:
    """'in her words', 'in his own words': the words of the one the possessive means."""
    before = index.tokens[k - 1]
    if before.lower_ == "own":
        before = index.tokens[k - 2]
    return before.dep_ == "poss" and index.tokens[before.i - 1].lower_ == "in"


def _owner_of_words(index: Index, words: Token) -> Speaker | None:
    """The person or body "in the words of" names, past a place that describes them ("the
    Tokyo curator Mariko Fujisawa"), or "in her words" refers to; a document or a
    stranger is nobody."""
    if any(child.dep_ == "poss" for child in words.children):
        found = resolve_possessor(index, words)
        if found is None or found.entity is None or found.entity.type != "PERSON":
            return None
        return found.speaker
    for token in index.tokens[words.i + 2 : words.i + 2 + MAX_SCAN]:
        if token.is_punct:
            return None
        ref = entity_at(index, token)
        if ref is None:
            continue
        if index.kind(ref.entity) in (PERSON, ORG):
            return named(index, ref).speaker
        if token.dep_ != "compound":
            return None
    return None


def _verb_outside(index: Index, token: Token) -> Token | None:
    """The first verb above the token, in the parse, that lies outside quotes."""
    for _ in range(MAX_CLIMB):
        if index.quote_of[token.i] < 0 and token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _kinds_described(noun: Token) -> tuple[str, ...]:
    """'a roofer' is a person; 'a housebuilder', a noun for a body, may be a body too."""
    return (PERSON, ORG) if noun.lemma_.casefold() in lx.BODY_DESCRIPTIONS else (PERSON,)


def _may_describe_person(noun: Token) -> bool:
    """'a roofer', 'an inspector': an indefinite common noun not for a body or document."""
    if noun.pos_ != "NOUN" or not any(
        child.dep_ == "det" and child.lower_ in ("a", "an") for child in noun.children
    ):
        return False
    lemma = noun.lemma_.casefold()
    return is_person_noun(noun) or not (lemma in lx.ORG_DESCRIPTIONS or lemma in lx.DOCUMENT_NOUNS)


def _opening_name(index: Index, paragraph: int) -> Ref | None:
    """The entity mention a paragraph opens with, if any."""
    k = index.paragraph_opening(paragraph)
    return None if k is None else index.entity_at[k]


def _speaker_of(index: Index, cue: Cue) -> Speaker | None:
    subject = subject_of(index, cue.token)
    if subject is not None and _text_reads(cue.token, subject):
        return None
    found = resolve(index, subject) if subject is not None else None
    return found.speaker if found is not None else None


def _text_reads(verb: Token, subject: Token) -> bool:
    """'Another message arrived. It read: “Go now.”': a text that reads its words is no
    speaker, nor is whoever "it" might be taken for."""
    return verb.lemma_.casefold() == "read" and subject.lower_ in ("it", "this", "that")


def _inside_tokens(index: Index, span: QuoteSpan) -> range:
    return index.tokens_between(span.start, span.end)


# --------------------------------------------------------------------------
# Cues: the reporting verb of a quote
# --------------------------------------------------------------------------


def _find_cue(index: Index, number: int, span: QuoteSpan) -> Cue | None:
    """The reporting verb of a quote: one the quote hangs from, else the nearest; but a
    speech verb that the colon before the quote closes outranks one further back that
    the parser hung the quote on ('Kiely said Furlong made admissions, telling gardaí:
    “…”' is Furlong's)."""
    governing = _governing_cue(index, number, span)
    if governing is not None:
        colon = _colon_cue(index, span)
        return colon if colon is not None and colon.token.i > governing.token.i else governing
    nearby = _nearby_cue(index, span)
    if nearby is not None:
        return nearby
    return _colon_cue(index, span)


def _governing_cue(index: Index, number: int, span: QuoteSpan) -> Cue | None:
    """A speech or attribution verb outside the quote that the quoted words depend on."""
    doc = index.doc
    best: Cue | None = None
    for k in _inside_tokens(index, span):
        head = doc[k].head
        if head.i == k or index.quote_of[head.i] == number or doc[k].is_punct:
            continue
        cue = _climb_to_cue(index, head, span.paragraph)
        if cue is not None and (best is None or _closer(cue, best, span)):
            best = cue
    verb = _verb_before_mark(index, span)
    cue = _climb_to_cue(index, verb, span.paragraph) if verb is not None else None
    if cue is not None and (best is None or _closer(cue, best, span)):
        best = cue
    return best


_MARK_REACH = 4  # tokens from a verb to the quote mark it governs ("called the run “")


def _verb_before_mark(index: Index, span: QuoteSpan) -> Token | None:
    """The verb the parser hung the opening mark on, just before it: in 'said Ellery,
    while Okonjo called it “exactly what …”' the quoted words hang from "said", the
    mark from "called"."""
    mark = index.tokens[index.token_at(span.open_mark)]
    head = mark.head
    if not mark.is_punct or not 0 < mark.i - head.i <= _MARK_REACH or head.pos_ != "VERB":
        return None
    return head if index.quote_of[head.i] < 0 else None


def _closer(new: Cue, old: Cue, span: QuoteSpan) -> bool:
    def distance(cue: Cue) -> int:
        return min(abs(cue.token.idx - span.start), abs(cue.token.idx - span.end))

    return distance(new) < distance(old)


def _climb_to_cue(index: Index, token: Token, paragraph: int) -> Cue | None:
    """The first cue up the tree whose subject could be a speaker, else the first cue.

    'said that flights would begin "within weeks"': "begin" has a subject, but
    only "said" has one that can speak; a verb of thought or onset yields to a
    speech verb above it (see `lx.WEAK_CUE_VERBS`). A relative clause is as far as it goes:
    'said Morrow, who rates the stock "outperform"' is not what Morrow said.
    """
    fallback: Cue | None = None
    weak: Cue | None = None
    for _ in range(MAX_CLIMB):
        if index.para_of[token.i] != paragraph:
            break
        if index.quote_of[token.i] < 0:
            cue = _as_cue(index, token, lx.ATTRIBUTING_VERBS, governs=True)
            if cue is not None and _could_speak(index, cue):
                if weak is None and (
                    token.lemma_.casefold() in lx.WEAK_CUE_VERBS
                    or _thing_as_subject(index, cue)
                    or _unperformed(token)
                    or _in_reported_clause(index, cue)
                ):
                    weak = cue
                elif weak is None or token.lemma_.casefold() in lx.REPORTING_VERBS:
                    return cue
            fallback = fallback or cue
        if token.head.i == token.i or token.dep_ == "relcl":
            break
        token = token.head
    return weak or fallback


def _unperformed(verb: Token) -> bool:
    """'said the firm had failed to maintain its pumps, leaving “a gap”', 'said he
    expected Acme to raise its bid “by a dollar”': a speech verb in an infinitive under
    a verb that is not one reports no words, so a speech verb above it outranks it."""
    first = _first_conjunct(verb)
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in first.children)
    if first.dep_ == "ccomp" and first.lemma_.casefold() in lx.SPEECH_VERBS_STRICT:
        return False  # 'expected Rayner to tell the conference “build, build, build”'
    if not infinitive or first.dep_ not in ("xcomp", "ccomp"):
        return False
    return first.head.lemma_.casefold() not in lx.ATTRIBUTING_VERBS


def _in_reported_clause(index: Index, cue: Cue) -> bool:
    """'A spokesperson for Acme said staff had asked for “clear rules”': a cue inside
    the clause a speech verb above reports is the reporter's account, and so are the
    quoted words in it, so that speech verb outranks it; but not when one other person
    or a named body speaks in it ('said a manager had told her to “stop”', 'said Acme
    had maintained that its pumps were “in good order”': their words)."""
    first = _first_conjunct(cue.token)
    if first.dep_ != "ccomp" or first.head.lemma_.casefold() not in lx.REPORTING_VERBS:
        return False
    return not _one_voice_speaks(index, cue)


def _first_conjunct(verb: Token) -> Token:
    """'said and added': the first verb of a coordination, which holds its place in the
    clause above."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _one_voice_speaks(index: Index, cue: Cue) -> bool:
    """Whether the cue's subject is one voice: a person's or a body's name, or a
    singular noun for a person."""
    subject = subject_of(index, cue.token)
    if subject is None:
        return False
    ref = index.entity_at[subject.i]
    if ref is not None:
        return index.kind(ref.entity) in (PERSON, ORG)
    return subject.tag_ == "NN" and is_person_noun(subject)


def _could_speak(index: Index, cue: Cue) -> bool:
    """Whether the cue's subject names, or refers to, something that can speak or write."""
    subject = subject_of(index, cue.token)
    if subject is None:
        return False
    if index.entity_at[subject.i] is not None or subject.pos_ == "PROPN":
        return True
    lower, lemma = subject.lower_, subject.lemma_.casefold()
    return (
        lower in lx.PRONOUNS_PERSON
        or lower in lx.PRONOUNS_GROUP
        or lower in lx.RELATIVE_PRONOUNS
        or is_person_noun(subject)
        or lemma in lx.BODY_DESCRIPTIONS
        or lemma in lx.DOCUMENT_NOUNS
        or linked_entity(index, subject) is not None
    )


def _thing_as_subject(index: Index, cue: Cue) -> bool:
    """'Singleton's use of color recalled ...': a common noun that speaks only through
    the entity it is linked to is a weak subject; a speech verb above it outranks it."""
    subject = subject_of(index, cue.token)
    if subject is None or subject.pos_ != "NOUN" or index.entity_at[subject.i] is not None:
        return False
    lemma = subject.lemma_.casefold()
    speaking_nouns = lx.BODY_DESCRIPTIONS | lx.DOCUMENT_NOUNS | lx.STATEMENT_NOUNS | lx.SPOKES_NOUNS
    return not is_person_noun(subject) and lemma not in speaking_nouns


def _as_cue(index: Index, token: Token, verbs: frozenset[str], *, governs: bool) -> Cue | None:
    """The token as a cue when it is a reporting verb (or "according to", "by X's own
    admission") with a speaker slot."""
    if is_according(token):
        return Cue(token, "according to", governs)
    own_account = by_own_account(token)
    if own_account is not None:
        return Cue(token, own_account, governs)
    said = token.lower_ in lx.SAY_FORMS
    if token.pos_ not in ("VERB", "AUX") and not said:
        return None
    if _reacts_to_quote(token):
        return None
    lemma = "say" if said else token.lemma_.casefold()
    if (
        lemma not in verbs
        and not _replies_back(token, governs=governs)
        and not _puts_to(token)
        and not _rules_that(token)
    ):
        return None
    if subject_of(index, token) is None:
        return None
    return Cue(token, _cue_text(token), governs)


def _rules_that(verb: Token) -> bool:
    """'acquitted them, finding that the identification was “…”': a verb of a ruling, as a
    participle after what the court did, with the clause it introduces (see
    `lx.RULING_VERBS`); 'a report, which found that the rise is “…”' is the report's."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.casefold() in lx.RULING_VERBS
        and any(
            child.dep_ == "ccomp"
            and any(mark.lower_ == "that" for mark in child.children)
            and not _weighs_a_claim(child)
            for child in verb.children
        )
    )


def _weighs_a_claim(clause: Token) -> bool:
    """'finding that his account that he acted “…” was credible': the ruling weighs
    someone's words, which are theirs, not the court's."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.casefold() in lx.CLAIM_NOUNS
        for child in clause.children
    )


def _reacts_to_quote(verb: Token) -> bool:
    """'put it to her that her account was “…”, which she denied': a relative clause
    whose object is what came before reacts to the words; it does not report them.
    One that says what its object is called or does ('a concession that Labour
    called “a white flag”', 'a book which he said “changed how I think”') reports them."""
    if verb.dep_ != "relcl" or any(child.dep_ in ("oprd", "ccomp") for child in verb.children):
        return False
    return any(
        child.dep_ == "dobj" and child.lower_ in lx.RELATIVE_PRONOUNS for child in verb.children
    )


def _puts_to(verb: Token) -> bool:
    """'Lyle put it to her that …': putting a point to someone reports it, when a
    clause says what was put."""
    if verb.lemma_.casefold() not in lx.PUT_TO_VERBS:
        return False
    children = list(verb.children)
    to_someone = any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
    return to_someone and any(c.dep_ == "ccomp" for c in children)


def _replies_back(verb: Token, *, governs: bool) -> bool:
    """'shot back that ...', '“No,” she fired back.': a reply, when "back" follows the
    verb and a clause or the quote hangs from it ('shot back at the gunmen' is not)."""
    if verb.lemma_.casefold() not in lx.BACK_REPORTING_VERBS or _particle(verb) is None:
        return False
    if governs or any(child.dep_ in ("ccomp", "parataxis") for child in verb.children):
        return True
    # '“Then what are you doing here?” Dunmore shot back.': nothing but who and "back"
    return all(child.dep_ in ("nsubj", "prt", "advmod", "punct") for child in verb.children)


def _particle(verb: Token) -> Token | None:
    """The particle right after the verb: "out" of "pointed out", "back" of "shot back"."""
    for child in verb.children:
        if child.i != verb.i + 1:
            continue
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ == "back"):
            return child
    return None


def _cue_text(verb: Token) -> str:
    """The verb with an adjacent particle: "said", "pointed out", "shot back"."""
    particle = _particle(verb)
    return verb.text if particle is None else f"{verb.text} {particle.text}"


def _nearby_cue(index: Index, span: QuoteSpan) -> Cue | None:
    """The nearest reporting verb outside quotes in the quote's sentences; not after
    a quote that ends its sentence ('“Inflation is falling.” Critics disagreed.')."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    doc = index.doc
    first_sent = index.sent_of[inside[0]]
    last_sent = index.sent_of[inside[-1]]
    ended = _ends_sentence(index, span)
    for step in range(1, MAX_SCAN + 1):
        for k in (inside[-1] + step, inside[0] - step):
            if not 0 <= k < len(doc) or index.quote_of[k] >= 0:
                continue
            if ended and k > inside[-1]:
                continue
            if index.para_of[k] != span.paragraph:
                continue
            if not first_sent <= index.sent_of[k] <= last_sent:
                continue
            cue = _as_cue(index, doc[k], lx.REPORTING_VERBS, governs=False)
            if cue is not None:
                return cue
    return _following_sentence_cue(index, inside[-1], ended)


def _ends_sentence(index: Index, span: QuoteSpan) -> bool:
    """'“Inflation is falling.”', '“Inflation is falling”.': the quote closes its sentence."""
    text = index.text
    after = span.region_end
    while after < len(text) and text[after] in " \t":
        after += 1
    return text[span.end - 1] == "." or (after < len(text) and text[after] == ".")


def _following_sentence_cue(index: Index, last: int, ended: bool) -> Cue | None:
    """'“A.” He said.': a short attribution in a sentence of its own, whether or not
    the parser split it off."""
    doc = index.doc
    k = last + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or k == last + 1 or "\n" in doc[k].text:
        return None
    if index.para_of[k] != index.para_of[last]:
        return None
    if index.sent_of[k] == index.sent_of[last] and not ended:
        return None
    sentence = index.sent_of[k]
    end = k
    while end < len(doc) and index.sent_of[end] == sentence and end - k < 8:
        cue = _as_cue(index, doc[end], lx.BARE_CUE_VERBS, governs=False)
        if cue is not None and index.quote_of[end] < 0 and _bare_attribution(cue.token):
            return cue
        if doc[end].text in (".", "!", "?"):
            break
        end += 1
    return None


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "attr", "acomp"})


def _bare_attribution(verb: Token) -> bool:
    """'He said.', 'said Smith.', 'Smith told reporters.': no statement of its own;
    a circumstance may follow ('someone shouted as the mayor left', 'she said, laughing')."""
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and not _is_circumstance(child):
            return False
        if child.dep_ == "dobj" and verb.lemma_.casefold() not in lx.ADDRESSEE_VERBS:
            return False
    return True


def _is_circumstance(clause: Token) -> bool:
    """An adverbial clause saying when or how: 'as the mayor left', 'laughing'."""
    if clause.dep_ != "advcl":
        return False
    return clause.tag_ == "VBG" or any(child.dep_ == "mark" for child in clause.children)


def _colon_cue(index: Index, span: QuoteSpan) -> Cue | None:
    """'Smith told reporters:' followed by the quote, in the same or the next paragraph."""
    k = bisect.bisect_left(index.token_starts, span.open_mark) - 1
    doc = index.doc
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
    for j in range(k - 1, max(-1, k - MAX_SCAN), -1):
        if index.quote_of[j] >= 0 or index.sent_of[j] != index.sent_of[k]:
            break
        cue = _as_cue(index, doc[j], lx.REPORTING_VERBS, governs=False)
        if cue is not None:
            return cue
    return None


# --------------------------------------------------------------------------
# No cue: a speaker named before a colon
# --------------------------------------------------------------------------


def _colon_name(index: Index, span: QuoteSpan) -> Speaker | None:
    """A quote after a colon with no reporting verb: 'Senator Ted Cruz: “…”', 'One was
    the mayor, Jane Hill: “…”' (a name just before the colon, not as an object), or
    'Tom Lane was blunt: “…”' (the subject of the clause before it)."""
    doc = index.doc
    k = index.token_at(span.open_mark) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text != ":" or index.quote_of[k - 1] >= 0:
        return None
    before = doc[k - 1]
    ref = index.entity_at[before.i]
    speaking = ref is not None and index.kind(ref.entity) in (PERSON, ORG)
    if ref is not None and speaking and before.dep_ not in ("dobj", "pobj", "dative"):
        return named(index, ref).speaker
    return _clause_subject_before(index, before, k)


def _clause_subject_before(index: Index, before: Token, colon: int) -> Speaker | None:
    """'Tom Lane was blunt: “…”': the subject of the clause that ends at the colon,
    when it resolves to a person or an organisation."""
    verb = before if before.pos_ in ("VERB", "AUX") else before.head
    for _ in range(MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = subject_of(index, verb) if index.sent_of[verb.i] == index.sent_of[colon] else None
    found = resolve(index, subject) if subject is not None else None
    if found is None and subject is not None and subject.lemma_.casefold() in lx.VERDICT_NOUNS:
        found = resolve_possessor(index, subject)
    if found is None or found.entity is None or not set(found.kinds) & {PERSON, ORG}:
        return _issuer_before(index, colon)
    return found.speaker


def _issuer_before(index: Index, colon: int) -> Speaker | None:
    """'Kessling issued a written statement, and it was shorter still: “…”': the
    quote after the colon is the statement, so its speaker is who issued it."""
    doc = index.doc
    for j in range(colon - 1, max(-1, colon - 2 * MAX_SCAN), -1):
        token = doc[j]
        if index.sent_of[j] != index.sent_of[colon] or index.quote_of[j] >= 0:
            return None
        issued = token.dep_ == "dobj" and token.head.lemma_.casefold() in lx.ISSUING_VERBS
        if issued and token.lemma_.casefold() in lx.STATEMENT_NOUNS:
            subject = subject_of(index, token.head)
            found = resolve(index, subject) if subject is not None else None
            if found is None or found.entity is None or not set(found.kinds) & {PERSON, ORG}:
                return None
            return found.speaker
    return None


# --------------------------------------------------------------------------
# Continuations: quotes without a cue of their own
# --------------------------------------------------------------------------


def _inherit_speakers(index: Index, quotes: list[Attribution]) -> None:
    """'“A,” he said. “B.”': B takes A's speaker; a quote running over a paragraph
    end takes the speaker of its continuation; a line of dialogue takes its turn
    (see `_next_turn`); a paragraph that is a quote takes the speaker of the quote
    that ended the paragraph before."""
    runover = _runover_sources(index, quotes)
    lines = _dialogue_lines(index, quotes)
    for number, quote in enumerate(quotes):
        if quote.cue is not None or quote.kind != "direct" or quote.speaker is not None:
            continue
        source = _same_paragraph_source(quotes, number) or runover[number]
        cue = _introducing_cue(index, quote.span) if source is None else None
        if source is None and cue is None:
            looking_back = (
                _looking_back(index, quote)
                or _that_was_after(index, quote)
                or _next_turn(index, quotes, lines, number)
            )
            if looking_back is not None:
                quote.speaker, quote.cue_text = looking_back
                continue
            source = _previous_paragraph_source(index, quotes, number)
        if source is not None:
            quote.speaker, quote.cue_text = source.speaker, source.cue_text
            continue
        previous = _previous_paragraph_subject(index, quote.span) if cue is None else None
        if previous is not None and has_spoken(index, previous, quote.span.open_mark):
            quote.speaker = previous.speaker
            continue
        cue = cue or _adjacent_sentence_cue(index, quote.span) or _next_paragraph_cue(index, quote)
        if cue is not None:
            quote.speaker = _speaker_of(index, cue)
            quote.cue_text = cue.text
        else:
            fallback = previous.speaker if previous is not None else None
            quote.speaker = (
                _verdict_of(index, quote.span) or _person_before(index, quote.span) or fallback
            )
    _agree_with_continuations(index, quotes)


def _agree_with_continuations(index: Index, quotes: list[Attribution]) -> None:
    """A quote left open at its paragraph end, with no cue of its own, is spoken by
    whoever speaks its continuation, found last ('“…¶“…”¶Those words were read by
    Tomasz Nowicki'): one voice runs over the paragraphs."""
    for number in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[number], quotes[number + 1]
        if quote.kind == "direct" and following.speaker and _runs_on_into(index, quote, following):
            quote.speaker, quote.cue_text = following.speaker, following.cue_text


_LINE_WORDS = 15  # quoted words a line of dialogue holds at most


def _dialogue_lines(index: Index, quotes: Sequence[Attribution]) -> dict[int, list[int]]:
    """Paragraphs that are lines of a dialogue, with their quotes' numbers: they open
    with a quote, hold only short quotes, and every sentence quotes or attributes
    ('“Are they ready?” Whitlock asked.')."""
    by_paragraph: dict[int, list[int]] = {}
    for number, quote in enumerate(quotes):
        by_paragraph.setdefault(quote.span.paragraph, []).append(number)
    return {
        paragraph: numbers
        for paragraph, numbers in by_paragraph.items()
        if _is_line(index, [quotes[number] for number in numbers])
    }


def _is_line(index: Index, quotes: Sequence[Attribution]) -> bool:
    """Whether a paragraph's quotes make it a line of dialogue (see `_dialogue_lines`)."""
    if not opens_paragraph(index.text, quotes[0].span.open_mark):
        return False
    words = sum(len(index.text[q.span.start : q.span.end].split()) for q in quotes)
    return words <= _LINE_WORDS and _only_speech(index, quotes[0].span.paragraph)


def _only_speech(index: Index, paragraph: int) -> bool:
    """Whether every sentence of the paragraph holds quoted words or a reporting verb
    ("Whitlock asked."), so that it tells nothing else."""
    doc = index.doc
    k = bisect.bisect_left(index.para_of, paragraph)
    speech: dict[int, bool] = {}
    while k < len(doc) and index.para_of[k] == paragraph:
        sentence = index.sent_of[k]
        token = doc[k]
        reports = token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in lx.REPORTING_VERBS
        speech[sentence] = speech.get(sentence, False) or index.quote_of[k] >= 0 or reports
        k += 1
    return all(speech.values())


def _next_turn(
    index: Index, quotes: Sequence[Attribution], lines: dict[int, list[int]], number: int
) -> tuple[Speaker, str | None] | None:
    """A line of dialogue with no cue: after two lines by different people, the one
    who spoke two lines before ('“They're crooked,” Walsh says.' / '“They're not,”
    says Mulhern.' / '“Same thing.”'); after a question someone asked, the other
    person named just before it. One line after another by the same person, or
    after a line that asks nothing, continues it (see `_previous_paragraph_source`)."""
    paragraph = quotes[number].span.paragraph
    if lines.get(paragraph, [None])[0] != number or paragraph - 1 not in lines:
        return None
    last = quotes[lines[paragraph - 1][-1]]
    if last.speaker is None:
        return None
    if paragraph - 2 in lines:
        other = quotes[lines[paragraph - 2][-1]]
        if other.speaker is None or _same_speaker(other.speaker, last.speaker):
            return None
        return other.speaker, other.cue_text
    answerer = _asked_person(index, last) if _is_asking(index, last) else None
    return (answerer.speaker, None) if answerer is not None else None


def _same_speaker(one: Speaker, other: Speaker) -> bool:
    return (one.entity_id, one.name) == (other.entity_id, other.name)


def _is_asking(index: Index, quote: Attribution) -> bool:
    """'“Who's on Thursday?” Marsh asked.': a question with "ask" as its own cue."""
    asked = quote.cue is not None and quote.cue.token.lemma_.casefold() == "ask"
    return asked and index.text[quote.span.start : quote.span.end].rstrip().endswith("?")


def _asked_person(index: Index, question: Attribution) -> Found | None:
    """Who a question is put to: the last person named outside quotes, other than the
    one asking, in the question's paragraph or the two before it."""
    refs = index.mentions.get(PERSON, [])
    at = bisect.bisect_left(refs, question.span.open_mark, key=lambda ref: ref.pos)
    paragraph = question.span.paragraph
    asker = question.speaker.entity_id if question.speaker is not None else None
    for ref in reversed(refs[max(0, at - MAX_SCAN) : at]):
        first = index.mention_tokens(ref.mention)[0]
        if index.para_of[first] < paragraph - 2:
            return None
        if index.quote_of[first] < 0 and ref.entity.id != asker:
            return named(index, ref)
    return None


def _same_paragraph_source(quotes: Sequence[Attribution], number: int) -> Attribution | None:
    if number == 0:
        return None
    previous = quotes[number - 1]
    if previous.span.paragraph != quotes[number].span.paragraph or previous.speaker is None:
        return None
    return previous if previous.kind == "direct" else None


def _runover_sources(index: Index, quotes: Sequence[Attribution]) -> list[Attribution | None]:
    """For each quote left open at its paragraph end, the attributed quote that continues it."""
    sources: list[Attribution | None] = [None] * len(quotes)
    for number in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[number], quotes[number + 1]
        if _runs_on_into(index, quote, following):
            sources[number] = following if following.speaker is not None else sources[number + 1]
    return sources


def _runs_on_into(index: Index, quote: Attribution, following: Attribution) -> bool:
    """Whether a quote with no cue of its own is left open at its paragraph end and the
    next paragraph opens by continuing it."""
    if quote.span.closed or quote.cue is not None:
        return False
    if following.span.paragraph != quote.span.paragraph + 1:
        return False
    return opens_paragraph(index.text, following.span.open_mark)


def _previous_paragraph_source(
    index: Index, quotes: Sequence[Attribution], number: int
) -> Attribution | None:
    """The quote, direct or partial, that closed the previous paragraph, when this one
    opens with a quote."""
    quote = quotes[number]
    if number == 0 or not opens_paragraph(index.text, quote.span.open_mark):
        return None
    previous = quotes[number - 1]
    if previous.span.paragraph != quote.span.paragraph - 1 or previous.speaker is None:
        return None
    return previous if _in_last_sentence(index, previous.span) else None


def _previous_paragraph_subject(index: Index, span: QuoteSpan) -> Found | None:
    """A paragraph that is only a quote, after one whose last sentence is about a person
    ('Rep. Duane Kessling stood at the back.' / '“This is a tax.”'): that person, the
    one the reader has in mind. Someone quoted before outranks a speaker the next
    paragraph names; someone not yet quoted yields to one (see `_inherit_speakers`)."""
    if _quote_paragraph_end(index, span) is None:
        return None
    k = index.token_at(span.open_mark) - 1
    doc = index.doc
    while k >= 0 and (doc[k].is_space or doc[k].is_punct):
        k -= 1
    if k < 0 or index.para_of[k] != span.paragraph - 1 or index.quote_of[k] >= 0:
        return None
    root = doc[k]
    for _ in range(MAX_CLIMB):
        if root.head.i == root.i or index.para_of[root.head.i] != span.paragraph - 1:
            break
        root = root.head
    subject = subject_of(index, root) if index.quote_of[root.i] < 0 else None
    found = resolve(index, subject) if subject is not None else None
    if found is None or found.entity is None or PERSON not in found.kinds:
        return _sole_speaker(index, k) or _sole_person_named(index, k)
    if not has_spoken(index, found, span.open_mark):
        return _sole_speaker(index, k) or found
    return found


def _sole_speaker(index: Index, last: int) -> Found | None:
    """'The worst day, she says, was in July 2001. He was pulled out alive.' / '“I still
    dream about it.”': a paragraph that quotes nobody but reports one person speaking
    is about them, whoever its last sentence is about."""
    paragraph = index.para_of[last]
    person: Ref | None = None
    refs = index.speakers.get(PERSON, [])
    at = bisect.bisect_left(refs, index.tokens[last].idx, key=lambda ref: ref.pos)
    for ref in reversed(refs[max(0, at - MAX_SCAN) : at]):
        k = index.token_at(ref.pos)
        if index.para_of[k] != paragraph:
            break
        if person is not None and person.entity.id != ref.entity.id:
            return None
        person = ref
    if person is None or _quotes_before(index, last):
        return None
    return named(index, person)


def _sole_person_named(index: Index, last: int) -> Found | None:
    """'Janet Obi has taught here since 1990. On her wall is a photograph.': a
    paragraph whose last sentence is about no one, but that names one person only
    and quotes nobody, is about that person. One that quotes them and moves on
    ('Vance called it "a start." Talks resume today.') has closed their words."""
    if _quotes_before(index, last):
        return None
    paragraph = index.para_of[last]
    person: Found | None = None
    k = last
    while k >= 0 and index.para_of[k] == paragraph:
        ref = index.entity_at[k]
        if ref is not None and index.kind(ref.entity) == PERSON:
            if person is not None and person.entity is not ref.entity:
                return None
            person = named(index, ref)
        k -= 1
    return person


def _quotes_before(index: Index, last: int) -> bool:
    """Whether the paragraph of token `last` quotes anyone up to that token."""
    paragraph = index.para_of[last]
    k = last
    while k >= 0 and index.para_of[k] == paragraph:
        if index.quote_of[k] >= 0:
            return True
        k -= 1
    return False


def _in_last_sentence(index: Index, span: QuoteSpan) -> bool:
    """Whether nothing but the quote's own sentence follows it in its paragraph."""
    tokens = _inside_tokens(index, span)
    if not len(tokens):
        return False
    sentence = index.sent_of[tokens[-1]]
    k = tokens[-1] + 1
    doc = index.doc
    while k < len(doc) and "\n" not in doc[k].text:
        if index.sent_of[k] != sentence and not (doc[k].is_punct or doc[k].is_space):
            return False
        k += 1
    return True


def _introducing_cue(index: Index, span: QuoteSpan) -> Cue | None:
    """'“We were robbed.” Kell, 41, added that ...': the next sentence of the paragraph
    names a new speaker; it outranks the speaker of the paragraph before."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    sentence = index.sent_of[inside[-1]] + 1
    if sentence >= len(index.sent_starts):
        return None
    cue = _sentence_root_cue(index, sentence, span.paragraph)
    subject = subject_of(index, cue.token) if cue is not None else None
    if subject is None or named_subject(index, subject) is None:
        return None
    return cue


def _adjacent_sentence_cue(index: Index, span: QuoteSpan) -> Cue | None:
    """'Smith said the plan would work. “We are confident.”': a quote standing as its own
    sentence next to a sentence (without quotes) whose main verb reports speech."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    first, last = index.sent_of[inside[0]], index.sent_of[inside[-1]]
    for sentence in (first - 1, last + 1):
        if 0 <= sentence < len(index.sent_starts):
            cue = _sentence_root_cue(index, sentence, span.paragraph)
            if cue is not None:
                return cue
    return None


def _person_before(index: Index, span: QuoteSpan) -> Speaker | None:
    """'Later, out of earshot, she was more serious. “People see her ...”': a quote
    opening a sentence right after a quote-free sentence of its paragraph whose
    subject is a person, as 'she was blunt: “…”' would be with a colon."""
    inside = _inside_tokens(index, span)
    if not len(inside) or index.sent_starts[index.sent_of[inside[0]]] < inside[0] - 1:
        return None
    sentence = index.sent_of[inside[0]] - 1
    if sentence < 0:
        return None
    start = index.sent_starts[sentence]
    tokens = range(start, index.sent_starts[sentence + 1])
    if any(index.quote_of[k] >= 0 or index.para_of[k] != span.paragraph for k in tokens):
        return None
    root = next((index.doc[k] for k in tokens if index.doc[k].head.i == k), None)
    subject = subject_of(index, root) if root is not None else None
    found = resolve(index, subject) if subject is not None else None
    if found is None or found.entity is None or PERSON not in found.kinds:
        return None
    return found.speaker


def _sentence_root_cue(index: Index, sentence: int, paragraph: int) -> Cue | None:
    """The root of a short quote-free sentence in the paragraph, as a cue, if it reports speech."""
    start = index.sent_starts[sentence]
    end = (
        index.sent_starts[sentence + 1] if sentence + 1 < len(index.sent_starts) else len(index.doc)
    )
    if end - start > MAX_SCAN:
        return None
    tokens = index.doc[start:end]
    if any(index.quote_of[t.i] >= 0 or index.para_of[t.i] != paragraph for t in tokens):
        return None
    root = next((t for t in tokens if t.head.i == t.i and not t.is_space), None)
    if root is None:
        return None
    return _as_cue(index, root, lx.REPORTING_VERBS, governs=False)


def _next_paragraph_cue(index: Index, quote: Attribution) -> Cue | None:
    """A paragraph that is only a quote, followed by one that opens by naming who
    spoke: '“It was a crossroads.”' / 'Freja Lindqvist, the archaeologist, said: …'."""
    k = _next_paragraph_start(index, quote.span)
    if k is None:
        return None
    doc = index.doc
    sentence = index.sent_of[k]
    for j in range(k, min(len(doc), k + 2 * MAX_SCAN)):
        token = doc[j]
        if index.sent_of[j] != sentence:
            break
        if token.head.i != j or index.quote_of[j] >= 0:
            continue
        cue = _as_cue(index, token, lx.REPORTING_VERBS, governs=False)
        subject = subject_of(index, token) if cue is not None else None
        if cue is not None and subject is not None and named_subject(index, subject):
            return cue
        return None
    return None


def _quote_paragraph_end(index: Index, span: QuoteSpan) -> int | None:
    """Where the quote's paragraph ends, when the paragraph is only the quote."""
    text = index.text
    end = text.find("\n", span.region_end)
    end = len(text) if end < 0 else end
    if not opens_paragraph(text, span.open_mark) or any(
        ch.isalnum() for ch in text[span.region_end : end]
    ):
        return None
    return end


def _next_paragraph_start(index: Index, span: QuoteSpan) -> int | None:
    """The first token of the next paragraph, when the quote's paragraph is only the quote."""
    end = _quote_paragraph_end(index, span)
    if end is None:
        return None
    k = _first_word_from(index, end)
    if k >= len(index.doc) or index.para_of[k] != span.paragraph + 1:
        return None
    return k


def _first_word_from(index: Index, pos: int) -> int:
    """The first token at or after character `pos` that is not a space."""
    doc = index.doc
    k = index.token_at(pos)
    while k < len(doc) and (doc[k].is_space or doc[k].idx < pos):
        k += 1
    return k


def _that_was_after(index: Index, quote: Attribution) -> tuple[Speaker, None] | None:
    """'“… the next one.” That was Dr. Tomoyuki Hirasawa, who ...': a whole-sentence
    quote opening its paragraph, then "That was" and a person's name in the same
    paragraph (not 'That is all Ruth Kaye remembers hearing', nor a new speaker's
    'Gemma Rowe put it differently: “…”')."""
    k = _sentence_after_quote(index, quote.span)
    root = _opening_root(index, k) if k is not None else None
    if root is None or index.quote_of[root.i] >= 0:
        return None
    if not _points_back(root, subject_of(index, root)):
        return None
    person = _named_as_attribute(index, root)
    return (person.speaker, None) if person is not None else None


def _points_back(root: Token, subject: Token | None) -> bool:
    """ "That was ...", "This is ...": a sentence about the quote before it."""
    return root.lemma_ == "be" and subject is not None and subject.lower_ in _POINTING_BACK


def _sentence_after_quote(index: Index, span: QuoteSpan) -> int | None:
    """The first token of the sentence after a whole-sentence quote that opens its
    paragraph ('“… the next one.” That was Dr. Tomoyuki Hirasawa, who ...')."""
    text = index.text
    if not span.closed or not opens_paragraph(text, span.open_mark):
        return None
    inner = text[span.open_mark : span.region_end]
    if len(inner) < 2 or inner[-2] not in ".!?":
        return None
    doc = index.doc
    k = _first_word_from(index, span.region_end)
    if k >= len(doc) or index.para_of[k] != span.paragraph or not doc[k].text[:1].isupper():
        return None
    return k


def _looking_back(index: Index, quote: Attribution) -> tuple[Speaker, str | None] | None:
    """A paragraph that is only a quote, then one that opens by saying who spoke it:
    'Lindsay says it without turning round', 'Sarpong delivered the line to ...',
    'That is how Col Maguire describes it', 'The verdict came from Tom Aldridge'.
    It outranks the speaker of the paragraph before; 'Smith said the plan would
    fail' starts something new and does not."""
    k = _next_paragraph_start(index, quote.span)
    if k is None:
        return None
    root = _opening_root(index, k)
    if root is None or index.quote_of[root.i] >= 0:
        return None
    verb = root
    subject = subject_of(index, root)
    revealed = _speaker_revealed(index, root, subject) if subject is not None else None
    if revealed is not None:
        return revealed.speaker, None
    if _points_back(root, subject):
        person = _named_as_attribute(index, root)
        if person is not None:
            return person.speaker, None
        owner = _owner_of_words_named(index, root)
        if owner is not None:
            return owner, None
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
        if clause is None or not any(c.lower_ in ("how", "what") for c in clause.children):
            return _named_then_recalling(index, root)
        verb = clause
    elif subject is not None and subject.lemma_.casefold() in lx.VERDICT_NOUNS:
        speaker = _verdict_from(index, root)
        return (speaker, None) if speaker is not None else None
    elif _passes_on_words(root):
        speaker = _giver_after(index, root, ("by",))
        return (speaker, None) if speaker is not None else None
    elif not _refers_back(verb):
        return None
    lemma = verb.lemma_.casefold()
    if lemma not in lx.REPORTING_VERBS and lemma not in lx.LOOKING_BACK_VERBS:
        return None
    subject = subject_of(index, verb)
    if subject is None or named_subject(index, subject) is None:
        return None
    speaker = _speaker_of(index, Cue(verb, _cue_text(verb), governs=False))
    return (speaker, _cue_text(verb)) if speaker is not None else None


_POINTING_BACK = frozenset({"that", "this", "those", "these"})


def _owner_of_words_named(index: Index, be: Token) -> Speaker | None:
    """'Those were the words of Cllr Pádraig Ó Dónaill': whose words the quote before
    was; a document's words ('the words of the inspection report') are nobody's."""
    for child in be.children:
        if child.dep_ == "attr" and child.lemma_.casefold() in lx.SPOKEN_WORDS_NOUNS:
            owners = [
                owner
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for owner in prep.children
                if owner.dep_ == "pobj"
            ]
            if any(owner.lemma_.casefold() in lx.DOCUMENT_NOUNS for owner in owners):
                return None
            return _giver_after(index, child, ("of",))
    return None


_SPEAKER_NOUNS = frozenset({"speaker", "voice"})  # 'The speaker, Blessing Eze, 41, runs ...'


def _speaker_revealed(index: Index, root: Token, subject: Token) -> Found | None:
    """'The speaker, Blessing Eze, 41, runs a kiosk', 'The voice was Ann Roe's': the
    quote before is the words of the person "the speaker" is then named as."""
    if subject.text not in _SPEAKER_NOUNS or not any(
        child.dep_ == "det" and child.lower_ == "the" for child in subject.children
    ):
        return None  # "The Speaker, Lindiwe Mokoena, ordered the member to withdraw"
    if any(child.dep_ == "prep" for child in subject.children):
        return None  # "the speaker of the House"
    for child in subject.children:
        if child.dep_ == "appos":
            ref = index.entity_at[child.i]
            return (
                named(index, ref) if ref is not None and index.kind(ref.entity) == PERSON else None
            )
    return _named_as_attribute(index, root) if root.lemma_ == "be" else None


def _named_as_attribute(index: Index, be: Token) -> Found | None:
    """'That was Gary Lindqvist, 71, a retired bus driver', 'That was her husband, Joe
    Mbeki': the person "that" is, named right after the verb or in apposition to the
    noun there, is who spoke the quote before."""
    for child in be.children:
        if child.dep_ == "attr" and child.i > be.i:
            named_as = [child, *(grand for grand in child.children if grand.dep_ == "appos")]
            ref = next((r for k in named_as if (r := index.entity_at[k.i]) is not None), None)
            if ref is None or index.kind(ref.entity) != PERSON:
                return None
            return named(index, ref)
    return None


def _named_then_recalling(index: Index, be: Token) -> tuple[Speaker, str | None] | None:
    """'That is almost all Birthe Kjær, 68, remembers of it': after "That is" and
    "all", "what" or "how", the first person named, then a verb of memory or speech
    (read by its words: the parser often takes such a verb for a noun)."""
    doc = index.doc
    sentence = index.sent_of[be.i]
    person: Found | None = None
    opened = False
    for j in range(be.i + 1, min(len(doc), be.i + 2 * MAX_SCAN)):
        token = doc[j]
        if index.sent_of[j] != sentence or index.quote_of[j] >= 0:
            return None
        ref = index.entity_at[j]
        if not opened:
            opened = token.lower_ in lx.LOOKING_BACK_OPENERS
            if not opened and token.pos_ != "ADV":
                return None
        elif person is None and ref is not None:
            if index.kind(ref.entity) != PERSON:
                return None
            person = named(index, ref)
        elif person is None and token.pos_ in ("VERB", "AUX"):
            return None
        elif person is not None and ref is None and _recalls(token):
            return person.speaker, token.text
    return None


def _recalls(token: Token) -> bool:
    lemma = token.lemma_.casefold()
    return lemma in lx.MEMORY_VERBS or lemma in lx.LOOKING_BACK_VERBS or lemma in lx.REPORTING_VERBS


def _opening_root(index: Index, k: int) -> Token | None:
    """The root of the sentence that starts at token k: the first token whose head is
    itself or lies outside the sentence (the parser may hang it on the quote before)."""
    doc = index.doc
    sentence = index.sent_of[k]
    for j in range(k, min(len(doc), k + 2 * MAX_SCAN)):
        if index.sent_of[j] != sentence:
            break
        head = doc[j].head.i
        if not doc[j].is_space and (head == j or index.sent_of[head] != sentence):
            return doc[j]
    return None


def _passes_on_words(verb: Token) -> bool:
    """'Those words were read outside the court by Tomasz Nowicki': the quote before,
    passed on by whoever the agent names; not words someone else wrote ('These words,
    written by Owen, were read by ...', '... on Karen Ashby's behalf')."""
    if any(token.lower_ == "behalf" for token in verb.sent):
        return False
    return any(
        child.dep_ == "nsubjpass"
        and child.lemma_.casefold() in lx.SPOKEN_WORDS_NOUNS
        and [word.lower_ for word in child.children] in (["those"], ["these"])
        for child in verb.children
    )


def _refers_back(verb: Token) -> bool:
    """'says it', 'put it bluntly', 'delivered the line': the object is the quote before."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        lemma = child.lemma_.casefold()
        return child.lower_ in ("it", "this", "that", "so") or lemma in lx.SPOKEN_WORDS_NOUNS
    return False


def _verdict_from(index: Index, verb: Token) -> Speaker | None:
    """'The verdict came from Tom Aldridge': the person or organisation it came from."""
    if verb.lemma_.casefold() != "come":
        return None
    return _giver_after(index, verb, ("from",))


def _verdict_of(index: Index, span: QuoteSpan) -> Speaker | None:
    """'“This is not over” — that was the verdict of Jess Phillips': the words of the
    one named right after the quote."""
    doc = index.doc
    start = bisect.bisect_left(index.token_starts, span.region_end)
    for k in range(start, min(len(doc), start + 12)):
        token = doc[k]
        if index.quote_of[k] >= 0 or index.para_of[k] != span.paragraph:
            return None
        if token.lemma_.casefold() not in lx.VERDICT_NOUNS:
            continue
        return _giver_after(index, token, ("of", "from"))
    return None


def _giver_after(index: Index, word: Token, preps: tuple[str, ...]) -> Speaker | None:
    """Who a verdict is of or came from: a person or organisation in the phrase after
    the preposition, or any name that heads it ("the verdict of Brussels" is said by
    it as "Brussels said" would be; the model may also type a person's name as a
    place)."""
    for child in word.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ not in ("prep", "agent") or child.lower_ not in preps or not objects:
            continue
        ref = entity_in_phrase(index, objects[0])
        if ref is None:
            continue
        heads = objects[0].i in index.mention_tokens(ref.mention)
        if heads or index.kind(ref.entity) in (PERSON, ORG):
            return named(index, ref).speaker
    return None
