"""Quotes and who said them, from a parsed Doc and the article's entities.

Quote marks are paired by one linear scan per paragraph that tolerates the
typography of real news (curly and straight, apostrophes inside words, quotes
left open at a paragraph end). Speakers come from the dependency parse: the
reporting verb ("said", "told", "according to") whose subject names, or refers
back to, an entity. Every subject outside quotes is resolved in reading order,
so pronouns and descriptions ("he", "the ministry", "the 22-year-old") chain back
by salience: a subject nearby before the last speaker, with gender and the kind
of speaker (person, or organisation speaking through "a spokeswoman for")
agreeing. Someone the article leaves unnamed ("a nurse") stops the search, and
a continuation quote takes the speaker of the quote it continues; where nothing
says who spoke the speaker is None. Titles of works, names and coined terms in
quote marks are not quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
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

_PERSON = "PERSON"
_ORG = "ORG"
_MALE = "m"
_FEMALE = "f"


@dataclass(frozen=True)
class _Ref:
    """An entity referred to at a position, with the span that refers to it.

    `gender` is that of the referring words when they tell ("a spokeswoman for
    Acme" is a woman speaking for Acme); the entity's own is in `_Index.gender_of`.
    """

    pos: int
    entity: Entity
    mention: Mention
    sent: int
    gender: str | None = None


@dataclass(frozen=True)
class _Found:
    """What a subject refers to: an entity (None for a name the model missed), the
    words that refer to it, and which pronouns may refer back to it ("he"/"she" for
    PERSON, "it"/"they" for ORG)."""

    name: str
    entity: Entity | None
    mention: Mention
    kinds: tuple[str, ...]
    gender: str | None = None

    @property
    def speaker(self) -> Speaker:
        entity_id = self.entity.id if self.entity is not None else None
        return Speaker(name=self.name, entity_id=entity_id, mention=self.mention)


@dataclass(frozen=True)
class _Unnamed:
    """Someone the article does not name ("a nurse", "one victim"): "she" right after
    refers to them, not to a named person further back."""

    pos: int
    sent: int
    gender: str | None


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
    narr_of: list[int] = field(default_factory=list)
    kind_of: dict[str, str] = field(default_factory=dict)
    gender_of: dict[str, str] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    surnames: dict[str, Entity | None] = field(default_factory=dict)
    unnamed: dict[str, list[_Unnamed]] = field(default_factory=dict)
    label_of: dict[int, _Ref] = field(default_factory=dict)
    resolved: dict[int, _Found | None] = field(default_factory=dict)
    speakers: dict[str, list[_Ref]] = field(default_factory=dict)
    subjects: dict[str, list[_Ref]] = field(default_factory=dict)
    mentions: dict[str, list[_Ref]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def kind(self, entity: Entity) -> str:
        return self.kind_of.get(entity.id, entity.type)


def _build_index(
    doc: Doc, text: str, entities: Sequence[Entity], spans: Sequence[QuoteSpan]
) -> _Index:
    para_of = _paragraph_ids(doc, text)
    sent_of = _sentence_ids(doc, para_of)
    index = _Index(
        doc=doc,
        text=text,
        token_starts=[token.idx for token in doc],
        sent_of=sent_of,
        sent_starts=[k for k in range(len(sent_of)) if k == 0 or sent_of[k] != sent_of[k - 1]],
        para_of=para_of,
        quote_of=[-1] * len(doc),
        entity_at=[None] * len(doc),
    )
    _mark_quotes(index, spans)
    index.narr_of = _narrative_ids(index)
    _mark_entities(index, entities)
    _infer_genders(index)
    _collect_history(index)
    return index


def _sentence_ids(doc: Doc, para_of: Sequence[int]) -> list[int]:
    """Sentence number of each token; a paragraph always starts a sentence (the
    parser sometimes runs one on across a line break), and paragraphs stand in
    when there is no parse."""
    ids: list[int] = []
    number = 0
    parsed = doc.has_annotation("SENT_START")
    for token in doc:
        new_paragraph = token.i > 0 and para_of[token.i] != para_of[token.i - 1]
        if token.i > 0 and (new_paragraph or _starts_sentence(token, parsed)):
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


def _narrative_ids(index: _Index) -> list[int]:
    """Sentence numbers that count only sentences with words outside quotes: how
    far back "she" looks should not depend on how many sentences she was quoted in."""
    told = [False] * (index.sent_of[-1] + 1 if index.sent_of else 0)
    for token in index.doc:
        if index.quote_of[token.i] < 0 and not (token.is_punct or token.is_space):
            told[index.sent_of[token.i]] = True
    numbers: list[int] = []
    count = 0
    for flag in told:
        count += flag
        numbers.append(count)
    return [numbers[sentence] for sentence in index.sent_of]


def _mark_quotes(index: _Index, spans: Sequence[QuoteSpan]) -> None:
    """Which quote (marks included) each token lies in."""
    for number, span in enumerate(spans):
        first_token = bisect.bisect_left(index.token_starts, span.open_mark)
        last_token = bisect.bisect_left(index.token_starts, span.region_end)
        for k in range(first_token, min(last_token, len(index.quote_of))):
            index.quote_of[k] = number


def _mention_tokens(index: _Index, mention: Mention) -> range:
    first = bisect.bisect_left(index.token_starts, mention.start)
    last = bisect.bisect_left(index.token_starts, mention.end)
    return range(first, min(last, len(index.doc)))


# --------------------------------------------------------------------------
# Entities as speakers: surnames, who is a person, gender
# --------------------------------------------------------------------------


def _mark_entities(index: _Index, entities: Sequence[Entity]) -> None:
    """Which entity each token names, what kind of speaker each entity is, and
    every mention by kind. A lone surname the model split off from a person
    ("Ilescu" beside "Victor Ilescu") counts as that person."""
    owners = _surname_owners(entities)
    refs: dict[str, list[_Ref]] = {}
    for entity in entities:
        owner = owners.get(entity.id, entity)
        for mention in entity.mentions:
            tokens = _mention_tokens(index, mention)
            if not len(tokens):
                continue
            ref = _Ref(mention.start, owner, mention, index.narr_of[tokens[0]])
            refs.setdefault(owner.id, []).append(ref)
            for k in tokens:
                index.entity_at[k] = ref
    for owned in refs.values():
        entity = owned[0].entity
        index.kind_of[entity.id] = _PERSON if _is_personal(index, entity, owned) else entity.type
        index.first_seen[entity.id] = min(ref.pos for ref in owned)
        for ref in owned:
            index.mentions.setdefault(index.kind(entity), []).append(ref)
    for found in index.mentions.values():
        found.sort(key=lambda ref: ref.pos)
    for ref in index.mentions.get(_PERSON, []):
        words = ref.entity.name.split()
        if not words:
            continue
        key = words[-1].casefold()
        known = index.surnames.get(key, ref.entity)
        index.surnames[key] = ref.entity if known is ref.entity else None


def _surname_owners(entities: Sequence[Entity]) -> dict[str, Entity]:
    """One-word entities that are the later name of exactly one named person."""
    by_word: dict[str, Entity | None] = {}
    for entity in entities:
        words = entity.name.split()
        if entity.type != _PERSON or len(words) < 2:
            continue
        for word in words[1:]:
            if word[:1].isupper():
                key = word.casefold()
                by_word[key] = entity if by_word.get(key, entity) is entity else None
    owners: dict[str, Entity] = {}
    for entity in entities:
        words = entity.name.split()
        if len(words) != 1 or entity.type not in (_PERSON, _ORG, "LOC"):
            continue
        owner = by_word.get(words[0].casefold())
        if owner is not None and owner.id != entity.id:
            owners[entity.id] = owner
    return owners


def _is_personal(index: _Index, entity: Entity, refs: Sequence[_Ref]) -> bool:
    """A person, or a name typed otherwise that the text treats as a person's: its
    full form tagged PERSON, after a title ("Mayor Diane Feld"), with an age
    ("Harte, 57,") or described as one ("Marcus Ellery, a biologist")."""
    if entity.type == _PERSON:
        return True
    words = entity.name.split()
    if entity.type not in (_ORG, "LOC") or not 1 <= len(words) <= 4:
        return False
    if any(word.casefold() in lx.ORG_DESCRIPTIONS for word in words):
        return False
    if len(words) > 2 and (words[0].casefold() in lx.CORE_TITLES | lx.HONORIFICS):
        return True
    doc = index.doc
    for ref in refs:
        tokens = _mention_tokens(index, ref.mention)
        full = len(words) > 1 and ref.mention.text == entity.name
        if full and all(doc[k].ent_type_ == _PERSON for k in tokens):
            return True
        before = doc[tokens[0] - 1].lower_ if tokens[0] > 0 else ""
        if before in lx.HONORIFICS or before in lx.CORE_TITLES:
            return True
        if _age_after(doc, tokens[-1]) or _described_as_person(doc[tokens[-1]]):
            return True
    return False


def _age_after(doc: Doc, last: int) -> bool:
    """'Gillian Harte, 57,': a name followed by an age."""
    if last + 3 >= len(doc) or doc[last + 1].text != ",":
        return False
    age, after = doc[last + 2], doc[last + 3]
    return age.text.isdigit() and len(age.text) <= 3 and after.text in (",", ")")


def _described_as_person(token: Token) -> bool:
    """'Marcus Ellery, a biologist', 'the coach, Martin Kell', 'a fisherman called
    Goran Perić'."""
    if token.dep_ == "appos" and _is_person_noun(token.head):
        return True
    if token.dep_ == "oprd" and token.head.dep_ == "acl" and _is_person_noun(token.head.head):
        return True
    return any(child.dep_ == "appos" and _is_person_noun(child) for child in token.children)


def _is_person_noun(token: Token) -> bool:
    """A noun for a person: "minister", "archaeologist", "the 22-year-old"."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") and token.lower_ != "old":
        return False
    lemma = token.lemma_.casefold()
    if lemma in lx.PERSON_DESCRIPTIONS or token.lower_ in lx.PERSON_DESCRIPTIONS:
        return True
    if _is_age_noun(token):
        return True
    if token.pos_ != "NOUN" or lemma in lx.ORG_DESCRIPTIONS or lemma in lx.DOCUMENT_NOUNS:
        return False
    return any(
        lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3 for suffix in lx.PERSON_SUFFIXES
    )


def _is_age_noun(token: Token) -> bool:
    """'the 22-year-old' (the parser splits it and heads it with "old")."""
    if token.lower_.endswith("-year-old"):
        return True
    return token.lower_ == "old" and any(
        child.lower_ in ("year", "years") for child in token.children
    )


def _word_gender(word: str) -> str | None:
    """The gender a pronoun or noun ("she", "spokesman", "Mrs") shows, if any."""
    if word in lx.MALE_PRONOUNS:
        return _MALE
    if word in lx.FEMALE_PRONOUNS:
        return _FEMALE
    return _noun_gender(word)


def _noun_gender(word: str) -> str | None:
    if word in lx.MALE_WORDS:
        return _MALE
    if word in lx.FEMALE_WORDS:
        return _FEMALE
    return None


def _infer_genders(index: _Index) -> None:
    """Each person's gender, when the article shows it and never contradicts it:
    an honorific or gendered description ("Mrs", "spokeswoman"), or a pronoun
    that can only refer to them ("Harte said she ...", "Kell ... said his club")."""
    votes: dict[str, set[str]] = {}
    doc = index.doc
    for ref in index.mentions.get(_PERSON, []):
        tokens = _mention_tokens(index, ref.mention)
        if index.quote_of[tokens[0]] >= 0:
            continue
        words = [doc[tokens[0] - 1].lower_] if tokens[0] > 0 else []
        last = doc[tokens[-1]]
        words += [child.lower_ for child in last.children if child.dep_ == "appos"]
        if last.dep_ == "appos":
            words.append(last.head.lower_)
        for word in words:
            gender = _noun_gender(word)
            if gender is not None:
                votes.setdefault(ref.entity.id, set()).add(gender)
    for token in doc:
        if index.quote_of[token.i] >= 0 or token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        vote = _pronoun_vote(index, token)
        if vote is not None:
            votes.setdefault(vote[0], set()).add(vote[1])
    index.gender_of = {key: genders.pop() for key, genders in votes.items() if len(genders) == 1}


def _pronoun_vote(index: _Index, pronoun: Token) -> tuple[str, str] | None:
    """(entity id, gender) when a pronoun can only mean the subject of a clause above it:
    'Harte said she had', 'Feld met groups to make her case'. Not across verbs with a
    listener ('Lyle asked why she'), nor with another person in the clause."""
    lower = pronoun.lower_
    gender = _word_gender(lower) if lower in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS else None
    if gender is None:
        return None
    token = pronoun.head
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and index.quote_of[token.i] < 0:
            subject = _subject(index, token)
            if subject is not None and subject.i != pronoun.i and subject.i != pronoun.head.i:
                ref = _named_subject(index, subject)
                if ref is None or index.kind(ref.entity) != _PERSON:
                    return None
                if token.lemma_.casefold() in lx.ADDRESSEE_VERBS or _has_listener(index, token):
                    return None
                return ref.entity.id, gender
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _named_subject(index: _Index, subject: Token) -> _Ref | None:
    """The entity a subject names: itself, its apposition, or a relative pronoun's antecedent."""
    if subject.lower_ in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    ref = _entity_at(index, subject)
    if ref is not None:
        return ref
    for child in subject.children:
        if child.dep_ == "appos" and _entity_at(index, child) is not None:
            return _entity_at(index, child)
    return None


def _has_listener(index: _Index, verb: Token) -> bool:
    """Whether a person other than the subject is an object of the verb ('put it to her')."""
    for child in verb.children:
        objects = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
        for obj in objects:
            ref = _entity_at(index, obj)
            if obj.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS:
                return True
            if ref is not None and index.kind(ref.entity) == _PERSON:
                return True
    return False


# --------------------------------------------------------------------------
# History: every subject outside quotes, resolved in reading order
# --------------------------------------------------------------------------


def _collect_history(index: _Index) -> None:
    """Subjects outside quotes, resolved in reading order so that "he" and "the
    minister" can chain back; those of reporting verbs are the speakers. People
    left unnamed ("a nurse") are remembered too, so that "she" is not guessed."""
    _find_labels(index)
    for token in index.doc:
        addressed = token.head.lemma_.casefold() == "ask"
        if addressed and token.dep_ in ("dobj", "dative") and index.quote_of[token.i] < 0:
            _remember_unnamed(index, token)
    for token, speaking in _subject_slots(index):
        if token.lower_ in lx.PRONOUNS_GROUP and not speaking:
            continue
        found = _resolve(index, token)
        sent = index.narr_of[token.i]
        if found is None or found.entity is None:
            if found is None:
                _remember_unnamed(index, token)
            continue
        if speaking and token.lower_ in lx.PRONOUNS_PERSON and found.gender is not None:
            _learn_gender(index, found)
        for kind in found.kinds:
            ref = _Ref(token.idx, found.entity, found.mention, sent, found.gender)
            index.subjects.setdefault(kind, []).append(ref)
            if speaking:
                index.speakers.setdefault(kind, []).append(ref)


def _learn_gender(index: _Index, found: _Found) -> None:
    """'“…,” she said' of Mary Cole: a later "he" is not Mary Cole."""
    entity = found.entity
    if entity is not None and found.gender is not None and index.kind(entity) == _PERSON:
        index.gender_of.setdefault(entity.id, found.gender)


def _remember_unnamed(index: _Index, token: Token) -> None:
    """'One victim, an 88-year-old widow, ...', 'asked a nurse what she would do';
    for "they", also 'Police said ...' when no organisation is named as the police."""
    if _is_definite(token):
        return
    if token.lemma_.casefold() in lx.ORG_DESCRIPTIONS and not _is_person_noun(token):
        kind: str | None = _ORG
    elif _is_person_noun(token):
        kind = _PERSON if token.tag_ == "NN" else _ORG if token.tag_ == "NNS" else None
    else:
        return
    if kind is None:
        return
    gender = _word_gender(token.lemma_.casefold())
    unnamed = _Unnamed(token.idx, index.narr_of[token.i], gender)
    bisect.insort(index.unnamed.setdefault(kind, []), unnamed, key=lambda person: person.pos)


def _find_labels(index: _Index) -> None:
    """'Kovač: Because my students asked me ...': an interview answer labelled with
    its speaker; "I" in that paragraph is them."""
    doc = index.doc
    for k in index.sent_starts:
        while k < len(doc) and doc[k].is_space:
            k += 1
        ref = index.entity_at[k] if k < len(doc) else None
        if ref is None or index.kind(ref.entity) != _PERSON:
            continue
        end = k
        while end < len(doc) and index.entity_at[end] is ref:
            end += 1
        if end < len(doc) and doc[end].text == ":" and _opens_paragraph_at(index, doc[k]):
            index.label_of[index.para_of[k]] = ref


def _opens_paragraph_at(index: _Index, token: Token) -> bool:
    start = token.idx
    while start > 0 and index.text[start - 1] in " \t\r":
        start -= 1
    return start == 0 or index.text[start - 1] == "\n"


def _subject_slots(index: _Index) -> list[tuple[Token, bool]]:
    """Subject tokens outside quotes in order, each with whether it reports speech."""
    slots: dict[int, bool] = {}
    doc = index.doc
    for token in doc:
        if index.quote_of[token.i] >= 0:
            continue
        if token.dep_ in ("nsubj", "nsubjpass"):
            slots[token.i] = slots.get(token.i, False)
        if _is_according(token) or (
            token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in lx.REPORTING_VERBS
        ):
            subject = _subject(index, token)
            if subject is not None and index.quote_of[subject.i] < 0:
                slots[subject.i] = True
    return [(doc[k], slots[k]) for k in sorted(slots)]


def _bisect(refs: Sequence[_Ref], pos: int) -> int:
    low, high = 0, len(refs)
    while low < high:
        middle = (low + high) // 2
        if refs[middle].pos < pos:
            low = middle + 1
        else:
            high = middle
    return low


def _latest(refs: Sequence[_Ref], pos: int, accept: Callable[[_Ref], bool]) -> _Ref | None:
    """The last ref before `pos` that `accept` takes, looking a bounded way back."""
    at = _bisect(refs, pos)
    for k in range(at - 1, max(-1, at - 1 - _MAX_LOOKBACK), -1):
        if accept(refs[k]):
            return refs[k]
    return None


def _recent(
    refs: Sequence[_Ref], pos: int, first_sent: int, accept: Callable[[_Ref], bool]
) -> _Ref | None:
    """The last ref before `pos` in sentence `first_sent` or later that `accept` takes."""
    at = _bisect(refs, pos)
    for k in range(at - 1, max(-1, at - 1 - _MAX_LOOKBACK), -1):
        if refs[k].sent < first_sent:
            return None
        if accept(refs[k]):
            return refs[k]
    return None


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
        if head.i == k or index.quote_of[head.i] == number or doc[k].is_punct:
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
    only "said" has one that can speak. A relative clause is as far as it goes:
    'said Morrow, who rates the stock "outperform"' is not what Morrow said.
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
        if token.head.i == token.i or token.dep_ == "relcl":
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
        or _is_person_noun(subject)
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
    """The nearest reporting verb outside quotes in the quote's sentences; not after
    a quote that ends its sentence ('“Inflation is falling.” Critics disagreed.')."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    doc = index.doc
    first_sent = index.sent_of[inside[0]]
    last_sent = index.sent_of[inside[-1]]
    ended = _ends_sentence(index, span)
    for step in range(1, _MAX_SCAN + 1):
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


def _ends_sentence(index: _Index, span: QuoteSpan) -> bool:
    """'“Inflation is falling.”', '“Inflation is falling”.': the quote closes its sentence."""
    text = index.text
    after = span.region_end
    while after < len(text) and text[after] in " \t":
        after += 1
    return text[span.end - 1] == "." or (after < len(text) and text[after] == ".")


def _following_sentence_cue(index: _Index, last: int, ended: bool) -> _Cue | None:
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
    """Who does the reporting: the verb's subject, a shared subject, or "according to X".

    'defended a decision to halve subsidies, telling lawmakers ...': the subject
    of "telling" is that of the verb whose object the infinitive completes.
    """
    if _is_according(verb):
        return _object_of_to(verb)
    for _ in range(4):
        own = _own_subject(index, verb)
        if own is not None:
            return own
        if verb.dep_ == "conj":
            shared = _sibling_subject(index, verb)
            if shared is not None:
                return shared
        if verb.dep_ == "acl" and _is_infinitive(verb) and verb.head.dep_ == "dobj":
            above = verb.head.head
        elif verb.dep_ in ("conj", "xcomp", "advcl"):
            above = verb.head
        else:
            return None
        if above.i == verb.i or index.quote_of[above.i] >= 0:
            return None
        verb = above
    return None


def _is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _own_subject(index: _Index, verb: Token) -> Token | None:
    """The verb's subject; of two ('said the bill's sponsor, Sen. Ruth Halvorsen',
    'said Panthers coach Anil Deshpande'), the last that names a person, else the
    last that names anything, else the first."""
    slots = [
        child
        for child in verb.children
        if _is_speaker_slot(verb, child) and index.quote_of[child.i] < 0
    ]
    if len(slots) > 1:
        refs = [(child, index.entity_at[child.i]) for child in slots]
        named = [child for child, ref in refs if ref is not None]
        people = [c for c, ref in refs if ref is not None and index.kind(ref.entity) == _PERSON]
        return (people or named or slots[:1])[-1]
    if slots:
        return slots[0]
    return _inverted_subject(index, verb)


def _sibling_subject(index: _Index, verb: Token) -> Token | None:
    """'X accused … and said …': the subject of the nearest coordinated verb before
    (looking a bounded way back, so a long list stays linear)."""
    doc = verb.doc
    head = verb.head.i
    for k in range(verb.i - 1, max(head, verb.i - _MAX_SCAN), -1):
        sibling = doc[k]
        if sibling.head.i != head or sibling.dep_ != "conj":
            continue
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
    return _named_after(index, verb)


_NAME_RUN_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})


def _named_after(index: _Index, verb: Token) -> Token | None:
    """'“…,” said Panthers coach Anil Deshpande.' parsed without a subject: the last
    person (else anything) named in the noun phrase right after the verb."""
    doc = verb.doc
    best: Token | None = None
    best_person = False
    for k in range(verb.i + 1, min(len(doc), verb.i + 9)):
        token = doc[k]
        if token.pos_ not in _NAME_RUN_POS or index.quote_of[k] >= 0:
            break
        ref = index.entity_at[k]
        if ref is None:
            continue
        person = index.kind(ref.entity) == _PERSON
        if person or not best_person:
            best, best_person = token, person
    return best


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


def _resolve(index: _Index, subject: Token, depth: int = 0) -> _Found | None:
    """What a subject token names or refers to (memoised: the history resolves every
    subject in reading order, so each sees only what came before it)."""
    if subject.i in index.resolved:
        return index.resolved[subject.i]
    found = _resolve_token(index, subject, depth)
    index.resolved[subject.i] = found
    return found


def _resolve_token(index: _Index, subject: Token, depth: int) -> _Found | None:
    if subject.dep_ == "agent":
        agent = next((child for child in subject.children if child.dep_ == "pobj"), None)
        if agent is None:
            return None
        subject = agent
    ref = _entity_at(index, subject)
    if ref is not None and index.kind(ref.entity) == "LOC":
        ref = _appositive_speaker(index, subject) or ref
    if ref is not None:
        return _named(index, ref)
    lower = subject.lower_
    if lower in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        if antecedent.i == subject.i or depth >= 3:
            return None
        return _resolve(index, antecedent, depth + 1)
    if lower in lx.PRONOUNS_PERSON:
        return _resolve_back(index, subject, _PERSON, _word_gender(lower), None)
    label = index.label_of.get(index.para_of[subject.i]) if lower == "i" else None
    if label is not None:
        mention = _token_mention(index, subject, subject)
        return _Found(label.entity.name, label.entity, mention, (_PERSON,))
    if lower in lx.PRONOUNS_GROUP:
        return _resolve_back(index, subject, _ORG, None, None)
    described = _is_definite(subject) or not subject.text[:1].isupper()
    if subject.pos_ == "PROPN" and not described:
        return _unlinked_name(index, subject)
    return _resolve_description(index, subject)


def _named(index: _Index, ref: _Ref) -> _Found:
    return _Found(ref.entity.name, ref.entity, ref.mention, (index.kind(ref.entity),))


def _appositive_speaker(index: _Index, subject: Token) -> _Ref | None:
    """'LONDON — Prime Minister Rishi Sunak said': a dateline parsed as the subject."""
    for child in subject.children:
        ref = _entity_at(index, child) if child.dep_ == "appos" else None
        if ref is not None and index.kind(ref.entity) in (_PERSON, _ORG):
            return ref
    return None


def _token_mention(index: _Index, first: Token, last: Token) -> Mention:
    start, end = first.idx, last.idx + len(last.text)
    return Mention(text=index.text[start:end], start=start, end=end)


def _resolve_back(
    index: _Index, ref_token: Token, kind: str, gender: str | None, title: str | None
) -> _Found | None:
    """A pronoun or description, as the entity it refers back to; the mention is its own span."""
    found = _antecedent(index, ref_token, kind, gender, title)
    if found is None:
        return None
    mention = _token_mention(index, _description_start(ref_token), ref_token)
    return _Found(found.entity.name, found.entity, mention, (kind,), gender or found.gender)


def _antecedent(
    index: _Index, token: Token, kind: str, gender: str | None, title: str | None
) -> _Ref | None:
    """Who "he", "the minister", "the ministry" or "they" most likely is at `token`.

    People, by salience: one introduced with that title; a subject earlier in the
    same sentence; the only person named earlier in it as a subject or possessor;
    a subject of the two sentences before; a person named in the sentence before;
    the last speaker; the last subject; the last person named. Gender must not
    clash, and someone left unnamed nearer than all of the near ones ("a nurse")
    means nobody named. With nobody at all before, "she" is the person the rest
    of the paragraph introduces. Organisations: the last one with the description's word
    in its name; a subject of the two sentences before; the last speaker, subject
    or (for descriptions) mention.
    """
    pos, sent = token.idx, index.narr_of[token.i]
    pronoun = token.lower_ in lx.PRONOUNS_PERSON or token.lower_ in lx.PRONOUNS_GROUP

    def fits(ref: _Ref) -> bool:
        have = ref.gender or index.gender_of.get(ref.entity.id)
        return gender is None or have is None or have == gender

    def named_outside(ref: _Ref) -> bool:
        return _outside(index, ref) and fits(ref)

    subjects = index.subjects.get(kind, [])
    speakers = index.speakers.get(kind, [])
    mentions = index.mentions.get(kind, [])
    if kind == _PERSON:
        titled = _titled_person(index, pos, title, fits) if title else None
        if titled is not None:
            return titled
        near = (
            _recent(subjects, pos, sent, fits)
            or _sole_person_in_sentence(index, pos, sent, fits)
            or _subject_or_later_mention(
                _recent(subjects, pos, sent - 2, fits), _recent_mention(index, pos, sent - 1, fits)
            )
        )
    else:
        near = (_named_org(index, pos, title) if title is not None else None) or _recent(
            subjects, pos, sent - 2, fits
        )
    blocked = kind == _PERSON or token.lower_ == "they"
    unnamed = _last_unnamed(index, kind, pos, sent - 2, gender) if blocked else None
    if unnamed is not None and (near is None or unnamed.pos > near.pos):
        return None
    if near is not None:
        return near
    found = (
        _latest(speakers, pos, fits)
        or _latest(subjects, pos, fits)
        or (_latest(mentions, pos, named_outside) if kind == _PERSON or not pronoun else None)
    )
    if found is None and kind == _PERSON and pronoun and unnamed is None:
        after = _introduced_after(index, token)
        return after if after is not None and after.pos < _paragraph_end(index, token) else None
    return found


def _paragraph_end(index: _Index, token: Token) -> int:
    end = index.text.find("\n", token.idx)
    return len(index.text) if end < 0 else end


def _subject_or_later_mention(subject: _Ref | None, mention: _Ref | None) -> _Ref | None:
    """A subject, unless a person is named in a later sentence than it."""
    if subject is None or (mention is not None and mention.sent > subject.sent):
        return mention
    return subject


def _recent_mention(
    index: _Index, pos: int, first_sent: int, accept: Callable[[_Ref], bool]
) -> _Ref | None:
    """'Kostina, known on tour as ..., was gracious. “...,” she said.': a person named
    (not as the object of a preposition) in the sentence before, outside quotes."""
    refs = index.mentions.get(_PERSON, [])
    at = _bisect(refs, pos)
    for k in range(at - 1, max(-1, at - 1 - _MAX_LOOKBACK), -1):
        ref = refs[k]
        if ref.sent < first_sent:
            return None
        tokens = _mention_tokens(index, ref.mention)
        head = index.doc[tokens[-1]]
        if index.quote_of[head.i] < 0 and head.dep_ != "pobj" and accept(ref):
            return ref
    return None


def _last_unnamed(
    index: _Index, kind: str, pos: int, first_sent: int, gender: str | None
) -> _Unnamed | None:
    """The last person left unnamed before `pos`, from sentence `first_sent` on."""
    found = index.unnamed.get(kind, [])
    low, high = 0, len(found)
    while low < high:
        middle = (low + high) // 2
        if found[middle].pos < pos:
            low = middle + 1
        else:
            high = middle
    for k in range(low - 1, max(-1, low - 1 - _MAX_LOOKBACK), -1):
        unnamed = found[k]
        if unnamed.sent < first_sent:
            return None
        if gender is None or unnamed.gender is None or unnamed.gender == gender:
            return unnamed
    return None


def _outside(index: _Index, ref: _Ref) -> bool:
    """Whether a mention lies outside every quote."""
    tokens = _mention_tokens(index, ref.mention)
    return bool(len(tokens)) and index.quote_of[tokens[0]] < 0


_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _sole_person_in_sentence(
    index: _Index, pos: int, sent: int, accept: Callable[[_Ref], bool]
) -> _Ref | None:
    """'Fitzgerald's double was remarkable because he had missed': the one person
    named earlier in the sentence as a subject or possessor, outside quotes."""
    refs = index.mentions.get(_PERSON, [])
    at = _bisect(refs, pos)
    found: _Ref | None = None
    for k in range(at - 1, max(-1, at - 1 - _MAX_LOOKBACK), -1):
        ref = refs[k]
        if ref.sent != sent:
            break
        tokens = _mention_tokens(index, ref.mention)
        head = index.doc[tokens[-1]] if len(tokens) else None
        if head is None or index.quote_of[head.i] >= 0 or head.dep_ not in _ACTOR_DEPS:
            continue
        if found is not None and found.entity.id != ref.entity.id:
            return None
        found = found or ref
    return found if found is not None and accept(found) else None


def _described_org(index: _Index, noun: Token) -> _Ref | None:
    """'a spokeswoman for the health region': the last organisation named before
    whose name holds every word of the description ("Prairie Plains Health Region")."""
    if noun.pos_ != "NOUN" or not _is_definite(noun) or _is_person_noun(noun):
        return None
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    words.append(noun.lemma_.casefold())
    refs = index.mentions.get(_ORG, [])
    at = _bisect(refs, noun.idx)
    for ref in reversed(refs[max(0, at - _MAX_LOOKBACK) : at]):
        name = ref.entity.name.casefold().split()
        if all(word in name for word in words):
            return ref
    return None


def _named_org(index: _Index, pos: int, word: str) -> _Ref | None:
    """The last organisation whose name holds the description ("the ministry")."""
    refs = index.mentions.get(_ORG, [])
    at = _bisect(refs, pos)
    for ref in reversed(refs[max(0, at - _MAX_LOOKBACK) : at]):
        if word in ref.entity.name.casefold().split():
            return ref
    return None


def _titled_person(
    index: _Index, pos: int, title: str, accept: Callable[[_Ref], bool]
) -> _Ref | None:
    """The last person introduced with this title: "Foreign Minister Lavrov", "Freja
    Lindqvist, the archaeologist", "the coach, Martin Kell" for "the minister" etc."""
    refs = index.mentions.get(_PERSON, [])
    at = _bisect(refs, pos)
    for ref in reversed(refs[max(0, at - _MAX_LOOKBACK) : at]):
        if _has_title(index, ref, title) and accept(ref):
            return ref
    return None


def _has_title(index: _Index, ref: _Ref, title: str) -> bool:
    """Whether the mention stands with the title: "Foreign Minister Lavrov", "Judge
    Helen Marchetti", "Freja Lindqvist, the archaeologist", "the coach, Martin Kell"."""
    doc = index.doc
    tokens = _mention_tokens(index, ref.mention)
    last = doc[tokens[-1]]
    words = [token.lemma_.casefold() for token in doc[max(0, tokens[0] - 4) : tokens[-1] + 1]]
    words += [child.lemma_.casefold() for child in last.children if child.dep_ == "appos"]
    if last.dep_ == "appos":
        words.append(last.head.lemma_.casefold())
    return title in words


def _description_start(token: Token) -> Token:
    """First token of a short description: "the minister", "the foreign ministry"."""
    first = token
    for child in token.children:
        if child.i < first.i and child.dep_ in ("det", "amod", "compound", "poss", "nmod"):
            first = child
    return first


def _unlinked_name(index: _Index, subject: Token) -> _Found | None:
    """A proper name the model did not tag as an entity, without its titles ("Chief
    Executive Nadia Farouk" -> "Nadia Farouk"); linked to the one person whose
    name ends the same way, if there is one."""
    if not subject.text[:1].isupper():
        return None
    doc = index.doc
    first = subject
    for child in subject.children:
        if child.dep_ in ("compound", "flat") and child.i < first.i and child.pos_ == "PROPN":
            first = child
    while first.i < subject.i and _is_title_word(first):
        first = doc[first.i + 1]
    mention = _token_mention(index, first, subject)
    name = " ".join(mention.text.split())
    owner = index.surnames.get(subject.text.casefold())
    if owner is None:
        return _Found(name, None, mention, ())
    if len(owner.name.split()) >= len(name.split()):
        name = owner.name
    return _Found(name, owner, mention, (_PERSON,))


def _is_title_word(token: Token) -> bool:
    lower = token.lower_
    return lower in lx.HONORIFICS or lower in lx.CORE_TITLES or lower in lx.TITLE_CONNECTORS


def _resolve_description(index: _Index, noun: Token) -> _Found | None:
    """ "a spokesman for Acme" -> Acme; "the minister" -> the last minister or person named;
    "A former treasurer ... told the jury" -> the person the next sentence introduces;
    "a statement from Acme" -> Acme, but "the report" -> None; "Acme called the strike
    unnecessary. ... a spokeswoman said" -> Acme."""
    lemma = noun.lemma_.casefold()
    if lemma in lx.DOCUMENT_NOUNS:
        issued = _linked_entity(index, noun) if lemma in lx.STATEMENT_NOUNS else None
        return _named(index, issued) if issued is not None else None
    personal = _is_person_noun(noun)
    gender = _word_gender(lemma) if personal else None
    described = _entity_at(index, noun.head) if noun.dep_ == "appos" else None
    if described is not None:
        return _named(index, described)
    if personal:
        named = _appositive_person(index, noun)
        if named is not None:
            return _named(index, named)
    linked = _linked_entity(index, noun)
    if linked is not None:
        kind = index.kind(linked.entity)
        if personal and kind == "LOC" and lemma not in lx.SPOKES_NOUNS:
            return None
        if personal and kind != _PERSON:
            entity = linked.entity
            kinds = (_PERSON, _ORG) if noun.tag_ == "NN" else (_ORG,)
            return _Found(entity.name, entity, linked.mention, kinds, gender)
        return _named(index, linked)
    if personal:
        unlinked = _unlinked_organisation(index, noun)
        if unlinked is not None:
            return unlinked
    if lemma.startswith("spokes") and noun.tag_ == "NN":
        orgs = index.subjects.get(_ORG, [])
        body = _recent(orgs, noun.idx, index.narr_of[noun.i] - 2, _any)
        titled = _is_definite(noun) and _titled_person(index, noun.idx, lemma, _any) is not None
        if body is not None and not titled:
            return _Found(body.entity.name, body.entity, body.mention, (_PERSON, _ORG), gender)
    if _is_definite(noun):
        if personal:
            title = None if _is_age_noun(noun) else lemma
            return _resolve_back(index, noun, _PERSON, gender, title)
        if lemma in lx.ORG_DESCRIPTIONS:
            return _resolve_back(index, noun, _ORG, None, lemma)
        return None
    if personal and _is_indefinite_singular(noun):
        introduced = _titled_later(index, noun, lemma)
        if introduced is None and _is_lede_subject(index, noun):
            introduced = _introduced_after(index, noun)
        if introduced is not None:
            mention = _token_mention(index, _description_start(noun), noun)
            entity = introduced.entity
            return _Found(entity.name, entity, mention, (_PERSON,), gender)
    return None


def _any(ref: _Ref) -> bool:
    return True


def _appositive_person(index: _Index, noun: Token) -> _Ref | None:
    """'Her editor at Halden & Pierce, Simon Adeyemi, said', 'co-founder and Chief
    Executive Aino Virtanen said', 'The captain, a fisherman called Goran Perić,
    said': a person named in the subject phrase speaks, not the organisation."""
    doc = index.doc
    last = min(noun.right_edge.i, noun.i + 25)
    for k in range(noun.left_edge.i, last + 1):
        token = doc[k]
        if token.dep_ not in ("appos", "conj", "oprd") or index.quote_of[k] >= 0:
            continue
        if token.dep_ == "oprd" and token.head.lemma_.casefold() not in lx.NAMING_VERBS:
            continue
        ref = index.entity_at[k]
        if ref is not None and index.kind(ref.entity) == _PERSON:
            return ref
    return None


def _unlinked_organisation(index: _Index, noun: Token) -> _Found | None:
    """'Analysts at Harwick Securities': an organisation the model did not tag."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in ("for", "at", "of", "from", "with"):
            continue
        for grand in child.children:
            if grand.dep_ == "pobj" and grand.pos_ == "PROPN" and index.quote_of[grand.i] < 0:
                found = _unlinked_name(index, grand)
                if found is not None:
                    return _Found(found.name, None, found.mention, (_PERSON, _ORG))
    return None


def _is_indefinite_singular(noun: Token) -> bool:
    return noun.tag_ == "NN" and any(
        child.dep_ == "det" and child.lower_ in ("a", "an") for child in noun.children
    )


def _titled_later(index: _Index, noun: Token, title: str) -> _Ref | None:
    """'after a judge said ...' ... 'Judge Helen Marchetti': the first person named
    later with the same title, when first named there."""
    refs = index.mentions.get(_PERSON, [])
    at = _bisect(refs, noun.idx + 1)
    for ref in refs[at : at + _MAX_LOOKBACK]:
        if index.first_seen.get(ref.entity.id, -1) > noun.idx and _has_title(index, ref, title):
            return ref
    return None


def _is_lede_subject(index: _Index, noun: Token) -> bool:
    """The subject of the main verb of the article's first sentence."""
    return (
        index.sent_of[noun.i] == index.sent_of[0]
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.dep_ == "ROOT"
    )


def _introduced_after(index: _Index, noun: Token) -> _Ref | None:
    """'A former treasurer ... told a jury she "never took a penny". Gillian Harte, 57,
    denies ...', '“Is anyone listening?” she asked. Greta Thunberg had travelled ...':
    a person first named as a subject in the next two sentences."""
    sent = index.sent_of[noun.i]
    if sent + 1 >= len(index.sent_starts):
        return None
    start = index.sent_starts[sent + 1]
    stop = index.sent_starts[sent + 3] if sent + 3 < len(index.sent_starts) else len(index.doc)
    paragraph = index.para_of[noun.i]
    doc = index.doc
    for k in range(start, min(stop, start + 2 * _MAX_SCAN)):
        if index.para_of[k] > paragraph + 1:
            break
        ref = _entity_at(index, doc[k])
        if ref is None or index.kind(ref.entity) != _PERSON or doc[k].dep_ != "nsubj":
            continue
        if index.first_seen.get(ref.entity.id, -1) > noun.idx:
            return ref
    return None


def _linked_entity(index: _Index, noun: Token) -> _Ref | None:
    """An entity attached to a description: apposition, "Acme's", "Acme spokesman", "for Acme"."""
    by_dep: dict[str, _Ref] = {}
    for child in noun.children:
        ref: _Ref | None = None
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            ref = _entity_in_phrase(index, objects[0]) if objects else None
            ref = ref or (_described_org(index, objects[0]) if objects else None)
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


def _names_a_work(index: _Index, span: QuoteSpan) -> bool:
    """'her film “The Furnace Years”', '“The Furnace Years,” a documentary about ...',
    'known locally as “the Pit”': the quote is the title or name of something (but
    'the show “will go on”' is a quote)."""
    doc = index.doc
    inside = _inside_tokens(index, span)
    if not len(inside) or len(inside) > 12:
        return False
    k = bisect.bisect_left(index.token_starts, span.open_mark) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    roots = _roots(index, span)
    nominal = len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")
    nominal = nominal or bool(_capitalised_words(index, span))
    if k >= 0 and index.para_of[k] == span.paragraph:
        before = doc[k]
        if before.lemma_.casefold() in lx.WORK_NOUNS and before.pos_ == "NOUN" and nominal:
            return True
        if before.lower_ == "as" and any(
            doc[j].lower_ in lx.NAMING_WORDS for j in range(max(0, k - 2), k)
        ):
            return True
    for j in inside:
        for child in doc[j].children:
            if (
                child.dep_ == "appos"
                and not _inside(index, span, child)
                and child.lemma_.casefold() in lx.WORK_NOUNS
            ):
                return True
    return False


_NAME_JOINERS = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "&"})


def _capitalised_words(index: _Index, span: QuoteSpan) -> list[str]:
    """The quote's words if there are at most six, all capitalised but for joiners
    ("Salt in the Lungs", "the Pit"); else none."""
    words = [w.strip(".,;:!?…") for w in index.text[span.start : span.end].split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 6 or not words[-1][:1].isupper():
        return []
    if not all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words):
        return []
    return words


def _is_name(index: _Index, span: QuoteSpan) -> bool:
    """A short capitalised noun phrase ("the Pit", "The Furnace Years"): a name, not speech."""
    words = _capitalised_words(index, span)
    if not words:
        return False
    roots = _roots(index, span)
    if len(roots) != 1:
        return False
    root = roots[0]
    return root.pos_ == "PROPN" or (len(words) > 1 and root.pos_ == "NOUN")


def _roots(index: _Index, span: QuoteSpan) -> list[Token]:
    """The quote's words whose heads lie outside it (punctuation aside)."""
    doc = index.doc
    return [
        doc[k]
        for k in _inside_tokens(index, span)
        if not doc[k].is_punct and not _inside(index, span, doc[k].head)
    ]


def _is_coined_term(index: _Index, span: QuoteSpan) -> bool:
    """'users dubbed the incident “Lumigeddon”', 'the council calls this “network
    optimisation”', 'used to call “the mirror”': a short name, compound or definite
    noun phrase given as a name. An indefinite, adjectival or one-word common one
    is a judgement, and a quote ('called it “a disgrace”', 'called the cut
    “overdue”', 'called it “genocide”')."""
    doc = index.doc
    inside = [k for k in _inside_tokens(index, span) if not doc[k].is_punct]
    roots = _roots(index, span)
    if len(roots) != 1 or len(inside) > 4:
        return False
    root = roots[0]
    if root.pos_ not in ("NOUN", "PROPN") or root.head.lemma_.casefold() not in lx.NAMING_VERBS:
        return False
    before = index.token_at(span.open_mark) - 1
    if before >= 0 and doc[before].lower_ in ("a", "an"):
        return False
    if any(doc[k].pos_ == "ADJ" or doc[k].lower_ in ("a", "an") for k in inside):
        return False
    capitalised = index.text[span.start : span.start + 1].isupper()
    return capitalised or len(inside) > 1


def _spoken_directly(index: _Index, draft: _Draft) -> bool:
    """'“Gillian,” she said': the quote is itself what a speech verb's subject said."""
    cue = draft.cue
    if cue is None or cue.token.lemma_.casefold() not in lx.SPEECH_VERBS_STRICT:
        return False
    doc = index.doc
    span = draft.span
    return any(
        doc[k].head.i == cue.token.i
        for k in _inside_tokens(index, span)
        if not _inside(index, span, doc[k].head)
    )


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
    if _is_scare_marked(index.text, span, paragraph_start) or _names_a_work(index, span):
        return False
    if _is_name(index, span) and not _spoken_directly(index, draft):
        return False
    if _is_coined_term(index, span):
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
    if cue is not None and cue.text == "according to" and draft.speaker is not None:
        return True
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
    starts = _paragraph_starts(text)
    drafts = [_draft(index, number, span) for number, span in enumerate(spans)]
    kept = [draft for draft in drafts if _keep(index, draft, starts[draft.span.paragraph])]
    _inherit_speakers(index, kept)
    return [_quote(index, draft, article_id) for draft in kept]


def _draft(index: _Index, number: int, span: QuoteSpan) -> _Draft:
    cue = _find_cue(index, number, span)
    speaker = _speaker_of(index, cue) if cue is not None else _colon_name(index, span)
    cue_text = cue.text if cue is not None else None
    return _Draft(span, _kind(index, span), cue, speaker, cue_text)


def _colon_name(index: _Index, span: QuoteSpan) -> Speaker | None:
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
    named = ref is not None and index.kind(ref.entity) in (_PERSON, _ORG)
    if ref is not None and named and before.dep_ not in ("dobj", "pobj", "dative"):
        return _named(index, ref).speaker
    verb = before if before.pos_ in ("VERB", "AUX") else before.head
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = _subject(index, verb) if index.sent_of[verb.i] == index.sent_of[k] else None
    found = _resolve(index, subject) if subject is not None else None
    if found is None or found.entity is None or not set(found.kinds) & {_PERSON, _ORG}:
        return None
    return found.speaker


def _speaker_of(index: _Index, cue: _Cue) -> Speaker | None:
    subject = _subject(index, cue.token)
    found = _resolve(index, subject) if subject is not None else None
    return found.speaker if found is not None else None


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
        if draft.cue is not None or draft.kind != "direct" or draft.speaker is not None:
            continue
        source = _same_paragraph_source(drafts, number) or runover[number]
        cue = _introducing_cue(index, draft.span) if source is None else None
        if source is None and cue is None:
            source = _previous_paragraph_source(index, drafts, number)
        if source is not None:
            draft.speaker, draft.cue_text = source.speaker, source.cue_text
            continue
        cue = cue or _adjacent_sentence_cue(index, draft.span) or _next_paragraph_cue(index, draft)
        if cue is not None:
            draft.speaker = _speaker_of(index, cue)
            draft.cue_text = cue.text
        else:
            draft.speaker = _verdict_of(index, draft.span)


def _verdict_of(index: _Index, span: QuoteSpan) -> Speaker | None:
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
        for child in token.children:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ in ("of", "from") and objects:
                ref = _entity_in_phrase(index, objects[0])
                if ref is not None and index.kind(ref.entity) in (_PERSON, _ORG):
                    return _named(index, ref).speaker
        return None
    return None


def _next_paragraph_cue(index: _Index, draft: _Draft) -> _Cue | None:
    """A paragraph that is only a quote, followed by one that opens by naming who
    spoke: '“It was a crossroads.”' / 'Freja Lindqvist, the archaeologist, said: …'."""
    span = draft.span
    text = index.text
    end = text.find("\n", span.region_end)
    end = len(text) if end < 0 else end
    if not _opens_paragraph(text, span) or any(ch.isalnum() for ch in text[span.region_end : end]):
        return None
    doc = index.doc
    k = index.token_at(end)
    while k < len(doc) and (doc[k].is_space or doc[k].idx < end):
        k += 1
    if k >= len(doc) or index.para_of[k] != span.paragraph + 1:
        return None
    sentence = index.sent_of[k]
    for j in range(k, min(len(doc), k + 2 * _MAX_SCAN)):
        token = doc[j]
        if index.sent_of[j] != sentence:
            break
        if token.head.i != j or index.quote_of[j] >= 0:
            continue
        cue = _as_cue(index, token, lx.REPORTING_VERBS, governs=False)
        subject = _subject(index, token) if cue is not None else None
        if cue is not None and subject is not None and _named_subject(index, subject):
            return cue
        return None
    return None


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


def _introducing_cue(index: _Index, span: QuoteSpan) -> _Cue | None:
    """'“We were robbed.” Kell, 41, added that ...': the next sentence of the paragraph
    names a new speaker; it outranks the speaker of the paragraph before."""
    inside = _inside_tokens(index, span)
    if not len(inside):
        return None
    sentence = index.sent_of[inside[-1]] + 1
    if sentence >= len(index.sent_starts):
        return None
    cue = _sentence_root_cue(index, sentence, span.paragraph)
    subject = _subject(index, cue.token) if cue is not None else None
    if subject is None or _named_subject(index, subject) is None:
        return None
    return cue


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
