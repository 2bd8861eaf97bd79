"""Quotes and who said them, from a parsed Doc and the article's entities.

Quote marks are paired by one linear scan per paragraph that tolerates the
typography of real news (curly and straight, apostrophes inside words, quotes
left open at a paragraph end). Speakers come from the dependency parse: the
reporting verb ("said", "told", "according to") whose subject names, or refers
back to, an entity. Pronouns and descriptions ("he", "the ministry") resolve to
the entity last in the speaker's role; a continuation quote takes the speaker
of the quote it continues; where nothing says who spoke the speaker is None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from service.events import Entity, Mention, Quote, QuoteKind, Speaker
from service.extract import lexicon as lx
from service.ids import item_id

# --------------------------------------------------------------------------
# Scanning for quote marks
# --------------------------------------------------------------------------

_DOUBLE_MARKS = lx.DOUBLE_OPENERS | lx.DOUBLE_CLOSERS | lx.DOUBLE_NEUTRAL
_SINGLE_MARKS = lx.SINGLE_OPENERS | lx.SINGLE_CLOSERS | lx.SINGLE_NEUTRAL
_ALL_MARKS = _DOUBLE_MARKS | _SINGLE_MARKS
# A single character class: linear-time by construction.
_DOUBLE_RE = re.compile("[" + re.escape("".join(sorted(_DOUBLE_MARKS))) + "]")
_SINGLE_RE = re.compile("[" + re.escape("".join(sorted(_SINGLE_MARKS))) + "]")
_BEFORE_OPENER = frozenset("([{<—–-/") | _ALL_MARKS
_AFTER_CLOSER = frozenset(",.;:!?)]}>…—–-/") | _ALL_MARKS
_AFTER_OPENER = frozenset("([…$£€-—") | _ALL_MARKS
_SET_OFF = frozenset(".!?:;…")
_TERMINAL = frozenset(".!?,…—–;:")
_MAX_ELISION = 8


@dataclass(frozen=True)
class QuoteSpan:
    """Where a quote's text lies; `close_mark` is None when the paragraph (or a new
    opening mark) ended it."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def region_end(self) -> int:
        """End of everything the quote owns, its closing mark included."""
        return self.end if self.close_mark is None else self.close_mark + 1


@dataclass(frozen=True)
class _SingleMark:
    pos: int
    opener: bool
    closer: bool
    possessive: bool


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Outermost quoted spans, in order; nested quotes stay inside their outer one."""
    spans: list[QuoteSpan] = []
    for number, (p0, p1) in enumerate(_paragraphs(text)):
        doubles = _pair_doubles(text, p0, p1)
        singles = _pair_singles(text, p0, p1, doubles)
        for open_mark, end, closed in _outermost(doubles + singles):
            span = _trimmed(text, open_mark, end, closed, number)
            if span is not None:
                spans.append(span)
    return spans


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end
        start = end + 1


def _context(text: str, pos: int, p0: int, p1: int) -> tuple[str, str]:
    prev = text[pos - 1] if pos > p0 else " "
    nxt = text[pos + 1] if pos + 1 < p1 else " "
    return prev, nxt


def _opening_position(prev: str, nxt: str) -> bool:
    """A mark after a space and before a word, as an opening mark stands."""
    return (prev.isspace() or prev in _BEFORE_OPENER) and (nxt.isalnum() or nxt in _AFTER_OPENER)


def _closing_position(prev: str, nxt: str) -> bool:
    """A mark after a word and before a space or punctuation, as a closing mark stands."""
    return not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSER)


def _pair_doubles(text: str, p0: int, p1: int) -> list[tuple[int, int, bool]]:
    """Double-quote regions (opening mark, text end, closed) in one paragraph.

    An opening mark seen while a quote is open means the previous one was left
    unclosed: it ends there. A quote still open at the paragraph end ends there.
    """
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for match in _DOUBLE_RE.finditer(text, p0, p1):
        pos = match.start()
        mark = text[pos]
        prev, nxt = _context(text, pos, p0, p1)
        opening, closing = _opening_position(prev, nxt), _closing_position(prev, nxt)
        if open_at is None:
            if _may_open(mark, opening, closing):
                open_at = pos
        elif mark not in lx.DOUBLE_CLOSERS and opening and not closing:
            regions.append((open_at, pos, False))
            open_at = pos
        else:
            regions.append((open_at, pos, True))
            open_at = None
    if open_at is not None:
        regions.append((open_at, p1, False))
    return regions


def _may_open(mark: str, opening: bool, closing: bool) -> bool:
    """Whether a double mark may open a quote when none is open."""
    if mark in lx.DOUBLE_CLOSERS:
        return opening and not closing
    return not (closing and not opening)


def _pair_singles(
    text: str, p0: int, p1: int, doubles: Sequence[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """Single-quote regions outside double quotes; apostrophes are told apart by context."""
    marks = _single_marks(text, p0, p1, doubles)
    last_closer = max((mark.pos for mark in marks if mark.closer), default=-1)
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for mark in marks:
        if open_at is None:
            if mark.opener:
                open_at = mark.pos
        elif mark.closer and (not mark.possessive or mark.pos == last_closer):
            regions.append((open_at, mark.pos, True))
            open_at = None
    if open_at is not None and not text[p0:open_at].strip():
        regions.append((open_at, p1, False))
    return regions


def _single_marks(
    text: str, p0: int, p1: int, doubles: Sequence[tuple[int, int, bool]]
) -> list[_SingleMark]:
    marks: list[_SingleMark] = []
    region = 0
    for match in _SINGLE_RE.finditer(text, p0, p1):
        pos = match.start()
        while region < len(doubles) and _region_last(doubles[region]) < pos:
            region += 1
        if region < len(doubles) and doubles[region][0] <= pos:
            continue
        mark = _classify_single(text, pos, p0, p1)
        if mark is not None:
            marks.append(mark)
    return marks


def _region_last(region: tuple[int, int, bool]) -> int:
    """The last character a region owns (its closing mark when it has one)."""
    return region[1] if region[2] else region[1] - 1


def _classify_single(text: str, pos: int, p0: int, p1: int) -> _SingleMark | None:
    """A single mark's possible roles, or None for an apostrophe (We’ve, don't, '90s)."""
    mark = text[pos]
    prev, nxt = _context(text, pos, p0, p1)
    if prev.isalnum() and nxt.isalnum():
        return None
    opener = (
        mark not in lx.SINGLE_CLOSERS
        and (prev.isspace() or prev in _BEFORE_OPENER)
        and (nxt.isalnum() or nxt in _AFTER_OPENER)
        and not _is_elision(text, pos + 1, p1)
    )
    closer = mark not in lx.SINGLE_OPENERS and not prev.isspace() and not nxt.isalnum()
    if not (opener or closer):
        return None
    after = text[pos + 2] if pos + 2 < p1 else ""
    possessive = closer and prev in "sSzZ" and nxt == " " and after.isalpha()
    return _SingleMark(pos, opener, closer, possessive)


def _is_elision(text: str, start: int, p1: int) -> bool:
    """'90s, 'em, 'n' – an apostrophe standing for missing letters, not a quote mark."""
    end = start
    limit = min(p1, start + _MAX_ELISION)
    while end < limit and text[end].isalnum():
        end += 1
    word = text[start:end]
    if end < p1 and end == limit:
        return False
    if word[:1].isdigit():
        return word.rstrip("s").isdigit()
    return word.casefold() in lx.ELISIONS


def _outermost(regions: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Drop regions that lie inside another: a nested quote belongs to its outer one."""
    kept: list[tuple[int, int, bool]] = []
    for region in sorted(regions, key=lambda r: (r[0], -r[1])):
        if kept and region[0] < kept[-1][1]:
            continue
        kept.append(region)
    return kept


def _trimmed(text: str, open_mark: int, end: int, closed: bool, paragraph: int) -> QuoteSpan | None:
    close_mark = end if closed else None
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return QuoteSpan(start, end, open_mark, close_mark, paragraph)


# --------------------------------------------------------------------------
# Document index: token positions, sentences, entity mentions, speaker history
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ref:
    """An entity referred to at a position, with the span that refers to it."""

    pos: int
    entity: Entity
    mention: Mention


@dataclass
class _Index:
    doc: Doc
    text: str
    token_starts: list[int]
    sent_of: list[int]
    sent_starts: list[int]
    para_of: list[int]
    quote_of: list[int]
    entity_at: list[_Ref | None]
    speakers: dict[str, list[_Ref]] = field(default_factory=dict)
    subjects: dict[str, list[_Ref]] = field(default_factory=dict)
    mentions: dict[str, list[_Ref]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)


def _build_index(
    doc: Doc, text: str, entities: Sequence[Entity], spans: Sequence[QuoteSpan]
) -> _Index:
    sent_of = _sentence_ids(doc)
    index = _Index(
        doc=doc,
        text=text,
        token_starts=[token.idx for token in doc],
        sent_of=sent_of,
        sent_starts=[k for k in range(len(sent_of)) if k == 0 or sent_of[k] != sent_of[k - 1]],
        para_of=_paragraph_ids(doc, text),
        quote_of=[-1] * len(doc),
        entity_at=[None] * len(doc),
    )
    _mark_quotes(index, spans)
    _mark_entities(index, entities)
    _collect_history(index)
    return index


def _sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of each token; paragraphs stand in when there is no parse."""
    ids: list[int] = []
    number = 0
    parsed = doc.has_annotation("SENT_START")
    for token in doc:
        if token.i > 0 and _starts_sentence(token, parsed):
            number += 1
        ids.append(number)
    return ids


def _paragraph_ids(doc: Doc, text: str) -> list[int]:
    """Paragraph number of each token (paragraphs are separated by newlines)."""
    starts = _paragraph_starts(text)
    return [bisect.bisect_right(starts, token.idx) - 1 for token in doc]


def _starts_sentence(token: Token, parsed: bool) -> bool:
    if parsed:
        return bool(token.is_sent_start)
    previous = token.doc[token.i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_


def _mark_quotes(index: _Index, spans: Sequence[QuoteSpan]) -> None:
    """Which quote (marks included) each token lies in."""
    for number, span in enumerate(spans):
        first_token = bisect.bisect_left(index.token_starts, span.open_mark)
        last_token = bisect.bisect_left(index.token_starts, span.region_end)
        for k in range(first_token, min(last_token, len(index.quote_of))):
            index.quote_of[k] = number


def _mark_entities(index: _Index, entities: Sequence[Entity]) -> None:
    """Which entity mention each token lies in, and every mention by type."""
    for entity in entities:
        for mention in entity.mentions:
            ref = _Ref(mention.start, entity, mention)
            index.mentions.setdefault(entity.type, []).append(ref)
            first = bisect.bisect_left(index.token_starts, mention.start)
            last = bisect.bisect_left(index.token_starts, mention.end)
            for k in range(first, min(last, len(index.entity_at))):
                index.entity_at[k] = ref
    for refs in index.mentions.values():
        refs.sort(key=lambda ref: ref.pos)


def _collect_history(index: _Index) -> None:
    """Named subjects outside quotes, and those of reporting verbs (the speakers)."""
    for token in index.doc:
        if token.dep_ != "nsubj" or index.quote_of[token.i] >= 0:
            continue
        ref = index.entity_at[token.i]
        if ref is None:
            continue
        located = _Ref(token.idx, ref.entity, ref.mention)
        index.subjects.setdefault(ref.entity.type, []).append(located)
        if token.head.lemma_.casefold() in lx.REPORTING_VERBS:
            index.speakers.setdefault(ref.entity.type, []).append(located)


def _last_before(refs: Sequence[_Ref], pos: int) -> _Ref | None:
    at = _bisect(refs, pos)
    return refs[at - 1] if at > 0 else None


def _bisect(refs: Sequence[_Ref], pos: int) -> int:
    low, high = 0, len(refs)
    while low < high:
        middle = (low + high) // 2
        if refs[middle].pos < pos:
            low = middle + 1
        else:
            high = middle
    return low


def _remember_speaker(index: _Index, ref: _Ref) -> None:
    refs = index.speakers.setdefault(ref.entity.type, [])
    refs.insert(_bisect(refs, ref.pos), ref)


# --------------------------------------------------------------------------
# Cues: the reporting verb of a quote
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cue:
    token: Token
    text: str
    governs: bool


_MAX_CLIMB = 12
_MAX_SCAN = 40
_MAX_LOOKBACK = 50


def _find_cue(index: _Index, number: int, span: QuoteSpan) -> _Cue | None:
    """The reporting verb of a quote: one the quote hangs from, else the nearest."""
    governing = _governing_cue(index, number, span)
    if governing is not None:
        return governing
    nearby = _nearby_cue(index, number, span)
    if nearby is not None:
        return nearby
    return _colon_cue(index, span)


def _inside_tokens(index: _Index, span: QuoteSpan) -> range:
    first = bisect.bisect_left(index.token_starts, span.start)
    last = bisect.bisect_left(index.token_starts, span.end)
    return range(first, last)


def _governing_cue(index: _Index, number: int, span: QuoteSpan) -> _Cue | None:
    """A speech or attribution verb outside the quote that the quoted words depend on."""
    doc = index.doc
    best: _Cue | None = None
    for k in _inside_tokens(index, span):
        head = doc[k].head
        if head.i == k or index.quote_of[head.i] == number:
            continue
        cue = _climb_to_cue(index, head, span.paragraph)
        if cue is not None and (best is None or _closer(cue, best, span)):
            best = cue
    return best


def _closer(new: _Cue, old: _Cue, span: QuoteSpan) -> bool:
    def distance(cue: _Cue) -> int:
        return min(abs(cue.token.idx - span.start), abs(cue.token.idx - span.end))

    return distance(new) < distance(old)


def _climb_to_cue(index: _Index, token: Token, paragraph: int) -> _Cue | None:
    """The first cue up the tree whose subject could be a speaker, else the first cue.

    'said that flights would begin "within weeks"': "begin" has a subject, but
    only "said" has one that can speak.
    """
    fallback: _Cue | None = None
    for _ in range(_MAX_CLIMB):
        if index.para_of[token.i] != paragraph:
            break
        if index.quote_of[token.i] < 0:
            cue = _as_cue(index, token, lx.ATTRIBUTING_VERBS, governs=True)
            if cue is not None and _could_speak(index, cue):
                return cue
            fallback = fallback or cue
        if token.head.i == token.i:
            break
        token = token.head
    return fallback


def _could_speak(index: _Index, cue: _Cue) -> bool:
    """Whether the cue's subject names, or refers to, something that can speak or write."""
    subject = _subject(index, cue.token)
    if subject is None:
        return False
    if index.entity_at[subject.i] is not None or subject.pos_ == "PROPN":
        return True
    lower, lemma = subject.lower_, subject.lemma_.casefold()
    return (
        lower in lx.PRONOUNS_PERSON
        or lower in lx.PRONOUNS_GROUP
        or lower in lx.RELATIVE_PRONOUNS
        or lemma in lx.PERSON_DESCRIPTIONS
        or lemma in lx.ORG_DESCRIPTIONS
        or lemma in lx.DOCUMENT_NOUNS
        or _linked_entity(index, subject) is not None
    )


def _as_cue(index: _Index, token: Token, verbs: frozenset[str], *, governs: bool) -> _Cue | None:
    """The token as a cue when it is a reporting verb (or "according to") with a speaker slot."""
    if _is_according(token):
        return _Cue(token, "according to", governs)
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.casefold() not in verbs:
        return None
    if _subject(index, token) is None:
        return None
    return _Cue(token, _cue_text(token), governs)


def _is_according(token: Token) -> bool:
    if token.lower_ != lx.ACCORDING_TO[0]:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == lx.ACCORDING_TO[1]


def _cue_text(verb: Token) -> str:
    """The verb with an adjacent particle: "said", "pointed out"."""
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            return f"{verb.text} {child.text}"
    return verb.text


def _nearby_cue(index: _Index, number: int, span: QuoteSpan) -> _Cue | None:
    """The nearest reporting verb outside quotes in the quote's sentences."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    doc = index.doc
    first_sent = index.sent_of[inside[0]]
    last_sent = index.sent_of[inside[-1]]
    for step in range(1, _MAX_SCAN + 1):
        for k in (inside[-1] + step, inside[0] - step):
            if not 0 <= k < len(doc) or index.quote_of[k] >= 0:
                continue
            if index.para_of[k] != span.paragraph:
                continue
            if not first_sent <= index.sent_of[k] <= last_sent:
                continue
            cue = _as_cue(index, doc[k], lx.REPORTING_VERBS, governs=False)
            if cue is not None:
                return cue
    return _following_sentence_cue(index, inside[-1])


def _following_sentence_cue(index: _Index, last: int) -> _Cue | None:
    """'“A.” He said.': a short attribution the parser split off into its own sentence."""
    doc = index.doc
    k = last + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or k == last + 1 or "\n" in doc[k].text:
        return None
    if index.sent_of[k] == index.sent_of[last] or index.para_of[k] != index.para_of[last]:
        return None
    sentence = index.sent_of[k]
    end = k
    while end < len(doc) and index.sent_of[end] == sentence and end - k < 8:
        cue = _as_cue(index, doc[end], lx.REPORTING_VERBS, governs=False)
        if cue is not None and index.quote_of[end] < 0 and _bare_attribution(cue.token):
            return cue
        end += 1
    return None


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "attr", "acomp"})


def _bare_attribution(verb: Token) -> bool:
    """'He said.', 'said Smith.', 'Smith told reporters.': no statement of its own."""
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS:
            return False
        if child.dep_ == "dobj" and verb.lemma_.casefold() not in lx.ADDRESSEE_VERBS:
            return False
    return True


def _colon_cue(index: _Index, span: QuoteSpan) -> _Cue | None:
    """'Smith told reporters:' followed by the quote, in the same or the next paragraph."""
    k = bisect.bisect_left(index.token_starts, span.open_mark) - 1
    doc = index.doc
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text != ":":
        return None
    for j in range(k - 1, max(-1, k - _MAX_SCAN), -1):
        if index.quote_of[j] >= 0 or index.sent_of[j] != index.sent_of[k]:
            break
        cue = _as_cue(index, doc[j], lx.REPORTING_VERBS, governs=False)
        if cue is not None:
            return cue
    return None


# --------------------------------------------------------------------------
# Speakers: subjects of cues, resolved to entities
# --------------------------------------------------------------------------


def _subject(index: _Index, verb: Token) -> Token | None:
    """Who does the reporting: the verb's subject, a shared subject, or "according to X"."""
    if _is_according(verb):
        return _object_of_to(verb)
    for _ in range(3):
        own = _own_subject(index, verb)
        if own is not None:
            return own
        if verb.dep_ == "conj":
            shared = _sibling_subject(index, verb)
            if shared is not None:
                return shared
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        if index.quote_of[verb.head.i] >= 0:
            return None
        verb = verb.head
    return None


def _own_subject(index: _Index, verb: Token) -> Token | None:
    for child in verb.children:
        if _is_speaker_slot(verb, child) and index.quote_of[child.i] < 0:
            return child
    return _inverted_subject(index, verb)


def _sibling_subject(index: _Index, verb: Token) -> Token | None:
    """'X accused … and said …': the subject of the nearest coordinated verb before."""
    siblings = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    for sibling in reversed(siblings):
        if sibling.pos_ not in ("VERB", "AUX") or index.quote_of[sibling.i] >= 0:
            continue
        for child in sibling.children:
            if child.dep_ == "nsubj" and index.quote_of[child.i] < 0:
                return child
    return None


def _inverted_subject(index: _Index, verb: Token) -> Token | None:
    """'“…,” warned analysts at Acme': after a quote the parser may take the speaker as object."""
    if verb.i < 2 or verb.lemma_.casefold() in lx.ADDRESSEE_VERBS:
        return None
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text == ",":
        before = doc[verb.i - 2]
    if before.text not in _ALL_MARKS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and index.quote_of[child.i] < 0:
            return child
    return None


def _is_speaker_slot(verb: Token, child: Token) -> bool:
    if child.dep_ == "nsubj":
        return True
    if child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
        return True
    return child.dep_ == "agent" and any(grand.dep_ == "pobj" for grand in child.children)


def _object_of_to(according: Token) -> Token | None:
    to = according.nbor(1)
    for child in to.children:
        if child.dep_ == "pobj":
            return child
    return None


def _resolve(index: _Index, subject: Token) -> Speaker | None:
    """The speaker a subject token names or refers to; None for documents and unknowns."""
    if subject.dep_ == "agent":
        agent = next((child for child in subject.children if child.dep_ == "pobj"), None)
        if agent is None:
            return None
        subject = agent
    ref = index.entity_at[subject.i]
    if ref is not None and ref.entity.type == "LOC":
        ref = _appositive_speaker(index, subject) or ref
    if ref is not None:
        return _speaker(ref.entity, ref.mention)
    lower = subject.lower_
    if lower in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        return None if antecedent.i == subject.i else _resolve(index, antecedent)
    if lower in lx.PRONOUNS_PERSON:
        return _resolve_back(index, subject, "PERSON", None)
    if lower in lx.PRONOUNS_GROUP:
        return _resolve_back(index, subject, "ORG", None)
    if subject.pos_ == "PROPN":
        return _unlinked_name(index, subject)
    return _resolve_description(index, subject)


def _appositive_speaker(index: _Index, subject: Token) -> _Ref | None:
    """'LONDON — Prime Minister Rishi Sunak said': a dateline parsed as the subject."""
    for child in subject.children:
        ref = _entity_at(index, child) if child.dep_ == "appos" else None
        if ref is not None and ref.entity.type in ("PERSON", "ORG"):
            return ref
    return None


def _speaker(entity: Entity, mention: Mention) -> Speaker:
    return Speaker(name=entity.name, entity_id=entity.id, mention=mention)


def _token_mention(index: _Index, first: Token, last: Token) -> Mention:
    start, end = first.idx, last.idx + len(last.text)
    return Mention(text=index.text[start:end], start=start, end=end)


def _resolve_back(index: _Index, ref_token: Token, kind: str, title: str | None) -> Speaker | None:
    """A pronoun or description, as the entity it refers back to; the mention is its own span."""
    found = _antecedent(index, ref_token.idx, kind, title)
    if found is None:
        return None
    mention = _token_mention(index, _description_start(ref_token), ref_token)
    _remember_speaker(index, _Ref(ref_token.idx, found.entity, found.mention))
    return _speaker(found.entity, mention)


def _antecedent(index: _Index, pos: int, kind: str, title: str | None) -> _Ref | None:
    """Who "he", "the minister", "the ministry" or "they" most likely is at `pos`.

    People: one introduced with that title, else the last person speaking,
    else the last person as a subject, else the last person named.
    Organisation descriptions: the last one with that word in its name, else
    the last one named. "they"/"it": the last organisation speaking or acting.
    """
    if kind == "PERSON":
        return (
            (_titled_person(index, pos, title) if title else None)
            or _last_before(index.speakers.get("PERSON", []), pos)
            or _last_before(index.subjects.get("PERSON", []), pos)
            or _last_before(index.mentions.get("PERSON", []), pos)
        )
    if title is not None:
        return _named_org(index, pos, title) or _last_before(index.mentions.get("ORG", []), pos)
    return _last_before(index.speakers.get("ORG", []), pos) or _last_before(
        index.subjects.get("ORG", []), pos
    )


def _named_org(index: _Index, pos: int, word: str) -> _Ref | None:
    """The last organisation whose name holds the description ("the ministry")."""
    refs = index.mentions.get("ORG", [])
    at = _bisect(refs, pos)
    for ref in reversed(refs[max(0, at - _MAX_LOOKBACK) : at]):
        if word in ref.entity.name.casefold().split():
            return ref
    return None


def _titled_person(index: _Index, pos: int, title: str) -> _Ref | None:
    """The last person introduced with this title ("Foreign Minister Lavrov" for "the minister")."""
    refs = index.mentions.get("PERSON", [])
    at = _bisect(refs, pos)
    for ref in reversed(refs[max(0, at - _MAX_LOOKBACK) : at]):
        k = bisect.bisect_left(index.token_starts, ref.mention.start)
        window = index.doc[max(0, k - 4) : k]
        if any(token.lemma_.casefold() == title for token in window):
            return ref
    return None


def _description_start(token: Token) -> Token:
    """First token of a short description: "the minister", "the foreign ministry"."""
    first = token
    for child in token.children:
        if child.i < first.i and child.dep_ in ("det", "amod", "compound", "poss", "nmod"):
            first = child
    return first


def _unlinked_name(index: _Index, subject: Token) -> Speaker | None:
    """A proper name the model did not tag as an entity: named, but with no entity id."""
    first = subject
    for child in subject.children:
        if child.dep_ in ("compound", "flat") and child.i < first.i and child.pos_ == "PROPN":
            first = child
    if not subject.text[:1].isupper():
        return None
    mention = _token_mention(index, first, subject)
    return Speaker(name=" ".join(mention.text.split()), entity_id=None, mention=mention)


def _resolve_description(index: _Index, noun: Token) -> Speaker | None:
    """ "a spokesman for Acme" -> Acme; "the minister" -> the last minister or person named."""
    lemma = noun.lemma_.casefold()
    if lemma in lx.DOCUMENT_NOUNS:
        return None
    linked = _linked_entity(index, noun)
    if linked is not None:
        return _speaker(linked.entity, linked.mention)
    if not _is_definite(noun):
        return None
    if lemma in lx.PERSON_DESCRIPTIONS:
        return _resolve_back(index, noun, "PERSON", lemma)
    if lemma in lx.ORG_DESCRIPTIONS:
        return _resolve_back(index, noun, "ORG", lemma)
    return None


def _linked_entity(index: _Index, noun: Token) -> _Ref | None:
    """An entity attached to a description: apposition, "Acme's", "Acme spokesman", "for Acme"."""
    by_dep: dict[str, _Ref] = {}
    for child in noun.children:
        ref: _Ref | None = None
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            ref = _entity_in_phrase(index, objects[0]) if objects else None
        elif child.dep_ in _LINK_ORDER:
            ref = _entity_at(index, child)
        if ref is not None:
            by_dep.setdefault(child.dep_, ref)
    return next((by_dep[dep] for dep in _LINK_ORDER if dep in by_dep), None)


_LINK_ORDER = ("appos", "compound", "poss", "nmod", "prep")


def _entity_at(index: _Index, token: Token) -> _Ref | None:
    return index.entity_at[token.i] if index.quote_of[token.i] < 0 else None


def _entity_in_phrase(index: _Index, head: Token) -> _Ref | None:
    """The entity a noun phrase names: its head, else its apposition or modifiers
    ("the United Nations refugee agency, UNHCR")."""
    ref = _entity_at(index, head)
    if ref is not None:
        return ref
    found = {child.dep_: _entity_at(index, child) for child in reversed(list(head.children))}
    return next((found[dep] for dep in _LINK_ORDER if found.get(dep) is not None), None)


def _is_definite(noun: Token) -> bool:
    return any(
        child.dep_ in ("det", "poss") and child.lower_ in ("the", "this", "that", "its", "their")
        for child in noun.children
    )


# --------------------------------------------------------------------------
# Kind and filtering
# --------------------------------------------------------------------------


def _kind(index: _Index, span: QuoteSpan) -> QuoteKind:
    """Direct when the quote is set off as speech, partial when embedded in a sentence."""
    text = index.text
    k = span.open_mark - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    if k < 0 or text[k] == "\n" or text[k] in _SET_OFF or text[k] in _ALL_MARKS:
        return "direct"
    before = index.doc[index.token_at(k)]
    if text[k] == ",":
        return "direct" if _reporting_before(index, before.i) else "partial"
    starts_upper = text[span.start : span.start + 1].isupper()
    if before.lemma_.casefold() in lx.SPEECH_VERBS_STRICT and starts_upper:
        return "direct"
    return "partial"


def _reporting_before(index: _Index, comma: int) -> bool:
    """'he said, “…”': a reporting verb just before the comma that opens the quote."""
    doc = index.doc
    for k in range(comma - 1, max(-1, comma - 5), -1):
        if doc[k].lemma_.casefold() in lx.REPORTING_VERBS and doc[k].pos_ in ("VERB", "AUX"):
            return True
    return False


def _is_scare_marked(text: str, span: QuoteSpan, paragraph_start: int) -> bool:
    """'the so-called “experts”', 'a film titled “Dune”'."""
    window = text[max(paragraph_start, span.open_mark - 16) : span.open_mark]
    words = window.casefold().replace("so called", "so-called").split()
    return bool(words) and words[-1] in lx.SCARE_MARKERS


def _is_title_like(words: Sequence[str]) -> bool:
    """Every longer word capitalised, as in titles and names ("The Art of the Deal")."""
    long_words = [word for word in words if sum(ch.isalpha() for ch in word) > 3]
    return len(words) >= 2 and bool(long_words) and all(w[:1].isupper() for w in long_words)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


def _only_modifies_noun(index: _Index, span: QuoteSpan) -> bool:
    """'the "miracle" win', 'the "independent" panel': a word set off inside a noun phrase."""
    doc = index.doc
    roots = [k for k in _inside_tokens(index, span) if not _inside(index, span, doc[k].head)]
    return bool(roots) and all(
        doc[k].dep_ in _MODIFIER_DEPS and doc[k].head.pos_ in ("NOUN", "PROPN") for k in roots
    )


def _inside(index: _Index, span: QuoteSpan, token: Token) -> bool:
    return span.start <= token.idx < span.end


@dataclass
class _Draft:
    span: QuoteSpan
    kind: QuoteKind
    cue: _Cue | None
    speaker: Speaker | None
    cue_text: str | None


def _keep(index: _Index, draft: _Draft, paragraph_start: int) -> bool:
    """Speech stays; scare quotes, titles and nicknames go."""
    span = draft.span
    if _is_scare_marked(index.text, span, paragraph_start):
        return False
    words = index.text[span.start : span.end].split()
    titled = draft.kind == "partial" and _is_title_like(words)
    if len(words) > 3 and not titled:
        return True
    if _only_modifies_noun(index, span):
        return False
    cue = draft.cue
    if cue is not None and cue.governs:
        return not titled or cue.token.lemma_.casefold() in lx.SPEECH_VERBS_STRICT
    if titled:
        return False
    ends_clause = index.text[span.end - 1] in _TERMINAL
    return draft.kind == "direct" and ends_clause


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------


def extract_quotes(doc: Doc, entities: Sequence[Entity], *, article_id: str) -> list[Quote]:
    """Every quote in the article with its speaker (or None), ordered by position."""
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    index = _build_index(doc, text, entities, spans)
    drafts = [_draft(index, number, span) for number, span in enumerate(spans)]
    _inherit_speakers(index, drafts)
    starts = _paragraph_starts(text)
    return [
        _quote(index, draft, article_id)
        for draft in drafts
        if _keep(index, draft, starts[draft.span.paragraph])
    ]


def _draft(index: _Index, number: int, span: QuoteSpan) -> _Draft:
    cue = _find_cue(index, number, span)
    speaker = None
    if cue is not None:
        subject = _subject(index, cue.token)
        speaker = _resolve(index, subject) if subject is not None else None
    cue_text = cue.text if cue is not None else None
    return _Draft(span, _kind(index, span), cue, speaker, cue_text)


def _paragraph_starts(text: str) -> list[int]:
    return [start for start, _ in _paragraphs(text)]


def _quote(index: _Index, draft: _Draft, article_id: str) -> Quote:
    span = draft.span
    return Quote(
        id=item_id(article_id, "quote", span.start, span.end),
        text=index.text[span.start : span.end],
        start=span.start,
        end=span.end,
        speaker=draft.speaker,
        cue=draft.cue_text,
        kind=draft.kind,
    )


# --------------------------------------------------------------------------
# Continuations: quotes without a cue of their own
# --------------------------------------------------------------------------


def _inherit_speakers(index: _Index, drafts: list[_Draft]) -> None:
    """'“A,” he said. “B.”': B takes A's speaker; a quote running over a paragraph
    end takes the speaker of its continuation; a paragraph that is a quote takes
    the speaker of the quote that ended the paragraph before."""
    runover = _runover_sources(index, drafts)
    for number, draft in enumerate(drafts):
        if draft.cue is not None or draft.kind != "direct":
            continue
        source = _same_paragraph_source(drafts, number)
        if source is None:
            source = runover[number]
        if source is None:
            source = _previous_paragraph_source(index, drafts, number)
        if source is not None:
            draft.speaker, draft.cue_text = source.speaker, source.cue_text
            continue
        cue = _adjacent_sentence_cue(index, draft.span)
        if cue is not None:
            subject = _subject(index, cue.token)
            draft.speaker = _resolve(index, subject) if subject is not None else None
            draft.cue_text = cue.text


def _same_paragraph_source(drafts: Sequence[_Draft], number: int) -> _Draft | None:
    if number == 0:
        return None
    previous = drafts[number - 1]
    if previous.span.paragraph != drafts[number].span.paragraph or previous.speaker is None:
        return None
    return previous if previous.kind == "direct" else None


def _runover_sources(index: _Index, drafts: Sequence[_Draft]) -> list[_Draft | None]:
    """For each quote left open at its paragraph end, the attributed quote that continues it."""
    sources: list[_Draft | None] = [None] * len(drafts)
    for number in range(len(drafts) - 2, -1, -1):
        draft, following = drafts[number], drafts[number + 1]
        if draft.span.closed or draft.cue is not None:
            continue
        if following.span.paragraph != draft.span.paragraph + 1:
            continue
        if not _opens_paragraph(index.text, following.span):
            continue
        sources[number] = following if following.speaker is not None else sources[number + 1]
    return sources


def _opens_paragraph(text: str, span: QuoteSpan) -> bool:
    k = span.open_mark - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return k < 0 or text[k] == "\n"


def _previous_paragraph_source(
    index: _Index, drafts: Sequence[_Draft], number: int
) -> _Draft | None:
    """The quote that closed the previous paragraph, when this one opens with a quote."""
    draft = drafts[number]
    if number == 0 or not _opens_paragraph(index.text, draft.span):
        return None
    previous = drafts[number - 1]
    if previous.span.paragraph != draft.span.paragraph - 1 or previous.speaker is None:
        return None
    if previous.kind != "direct":
        return None
    return previous if _in_last_sentence(index, previous.span) else None


def _in_last_sentence(index: _Index, span: QuoteSpan) -> bool:
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


def _adjacent_sentence_cue(index: _Index, span: QuoteSpan) -> _Cue | None:
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


def _sentence_root_cue(index: _Index, sentence: int, paragraph: int) -> _Cue | None:
    """The root of a short quote-free sentence in the paragraph, as a cue, if it reports speech."""
    start = index.sent_starts[sentence]
    end = (
        index.sent_starts[sentence + 1] if sentence + 1 < len(index.sent_starts) else len(index.doc)
    )
    if end - start > _MAX_SCAN:
        return None
    tokens = index.doc[start:end]
    if any(index.quote_of[t.i] >= 0 or index.para_of[t.i] != paragraph for t in tokens):
        return None
    root = next((t for t in tokens if t.head.i == t.i and not t.is_space), None)
    if root is None:
        return None
    return _as_cue(index, root, lx.REPORTING_VERBS, governs=False)
