"""The parsed article as attribution reads it: the `Index` (token positions,
sentences, paragraphs, quotes, entity mentions, the history lists) and the small
look-ups every rule family shares. `build_index` (in `history`) fills it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Token

from service.events import Entity, Mention, Speaker
from service.extract import lexicon as lx

PERSON = "PERSON"


ORG = "ORG"


_LOC = "LOC"


CARRIER = "CARRIER"  # the wire or outlet a dateline names: it carries the story, never speaks


MAX_CLIMB = 12  # parse-tree steps a search climbs


MAX_SCAN = 40  # tokens a search scans
DASHES = frozenset({"-", "—", "–", "--"})
_DATELINE_TOKENS = 7  # a place, its region and a date before the dash


_MAX_LOOKBACK = 50  # earlier mentions a search looks back over


_QUOTE_MARKS = (
    lx.DOUBLE_OPENERS
    | lx.DOUBLE_CLOSERS
    | lx.DOUBLE_NEUTRAL
    | lx.SINGLE_OPENERS
    | lx.SINGLE_CLOSERS
    | lx.SINGLE_NEUTRAL
)


@dataclass(frozen=True)
class Ref:
    """An entity referred to at a position, with the span that refers to it.

    `gender` is that of the referring words when they tell ("a spokeswoman for
    Acme" is a woman speaking for Acme); the entity's own is in `Index.gender_of`.
    """

    pos: int
    entity: Entity
    mention: Mention
    sent: int
    gender: str | None = None


@dataclass(frozen=True)
class Found:
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
class Unnamed:
    """Someone the article does not name ("a nurse", "one victim"): "she" right after
    refers to them, not to a named person further back."""

    pos: int
    sent: int
    gender: str | None
    # Asked a question ('Another reporter asked whether ...'): the answer, in the
    # paragraphs after, is not theirs.
    asked: bool = False
    # Withheld their name ('a rebel, speaking on condition of anonymity'): "the MP"
    # after them is them, not an MP the article names.
    anonymous: bool = False
    # The noun that describes them ("doctor" for 'one doctor at a clinic').
    noun: str = ""


@dataclass
class Index:
    """The parsed article as attribution reads it. Lists run per token; sentence
    and paragraph numbers count from 0; a quote's number is its place in the
    `quoted` ranges given to `build_index`."""

    doc: Doc
    tokens: list[Token]  # the doc's tokens made once: each `doc[k]` builds a new object
    text: str
    token_starts: list[int]
    sent_of: list[int]
    sent_starts: list[int]  # first token of each sentence
    para_of: list[int]
    quote_of: list[int]  # the quote (marks included) a token lies in, else -1
    entity_at: list[Ref | None]  # the entity mention a token is part of
    # Sentence numbers counting only sentences with words outside quotes.
    narr_of: list[int] = field(default_factory=list)
    # Entity id -> PERSON when the text treats it as a person, else its type.
    kind_of: dict[str, str] = field(default_factory=dict)
    gender_of: dict[str, str] = field(default_factory=dict)
    # Entity id -> the gender its first name usually has: weaker than `gender_of`.
    name_gender_of: dict[str, str] = field(default_factory=dict)
    # Entity ids whose gender only a "he"/"she" resolved to them shows.
    learned: set[str] = field(default_factory=set)
    first_seen: dict[str, int] = field(default_factory=dict)
    # The person named most often (at least three times; of several, the first named).
    protagonist: str | None = None
    # Casefolded last name -> the people who have it, in text order.
    surnames: dict[str, list[Entity]] = field(default_factory=dict)
    # Casefolded first name -> the people named in full with it, in text order.
    given_names: dict[str, list[Entity]] = field(default_factory=dict)
    unnamed: dict[str, list[Unnamed]] = field(default_factory=dict)
    label_of: dict[int, Ref] = field(default_factory=dict)  # paragraph -> 'Kovač:'
    resolved: dict[int, Found | None] = field(default_factory=dict)
    # By kind (PERSON, ORG, ...), in text order: subjects of reporting verbs,
    # all subjects outside quotes, all entity mentions.
    speakers: dict[str, list[Ref]] = field(default_factory=dict)
    subjects: dict[str, list[Ref]] = field(default_factory=dict)
    mentions: dict[str, list[Ref]] = field(default_factory=dict)
    # People a question or point was put to, in text order: who answers next.
    addressed: list[Ref] = field(default_factory=list)
    # Organisation id -> the kinds of body its name and introductions show it to be
    # (see `lx.BODY_NOUN_KINDS`); description noun -> mentions introduced with it.
    body_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    introduced_as: dict[str, list[Ref]] = field(default_factory=dict)
    # Modifier word ("korean", "truck") -> mentions introduced with a noun it modifies.
    introduced_with: dict[str, list[Ref]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        """The token that holds (or last starts before) a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def tokens_between(self, start: int, end: int) -> range:
        """The tokens that start at or after `start` and before `end`."""
        first = bisect.bisect_left(self.token_starts, start)
        return range(first, bisect.bisect_left(self.token_starts, end))

    def paragraph_opening(self, paragraph: int) -> int | None:
        """The paragraph's first token that is not white space, if it has one."""
        k = bisect.bisect_left(self.para_of, paragraph)
        while k < len(self.tokens) and self.tokens[k].is_space:
            k += 1
        return k if k < len(self.tokens) and self.para_of[k] == paragraph else None

    def dateline_dash(self) -> int | None:
        """The dash that ends a dateline opening the article ("MARSEILLE —", "DUBLIN,
        Ireland -"): one within a few tokens of a place in capitals, with only
        capitalised words and commas before it (not "Acme Foods — the biggest baker —")."""
        if not self.tokens or not (self.tokens[0].text.isupper() and len(self.tokens[0]) > 1):
            return None
        for k in range(1, min(len(self.tokens), _DATELINE_TOKENS)):
            text = self.tokens[k].text
            if text in DASHES:
                return k
            if not text[:1].isupper() and text not in (",", "."):
                return None
        return None

    def hung_on_dateline(self, noun: Token) -> bool:
        """'DUBLIN, Ireland - A Massachusetts man ... said': a phrase after the
        dateline's dash that the parser hung on the dateline (it may hang the region
        on the phrase, so the phrase's own words are what follow the dash)."""
        dash = self.dateline_dash()
        if dash is None or noun.head.i >= dash:
            return False
        words = [child.i for child in noun.children if child.dep_ == "det"] + [noun.i]
        return min(words) > dash

    def sentence_opening(self, sentence: int) -> int:
        """The first token from the sentence's start that is not white space (the
        token count if only white space follows)."""
        k = self.sent_starts[sentence]
        while k < len(self.tokens) and self.tokens[k].is_space:
            k += 1
        return k

    def mention_tokens(self, mention: Mention) -> range:
        return self.tokens_between(mention.start, mention.end)

    def kind(self, entity: Entity) -> str:
        return self.kind_of.get(entity.id, entity.type)


def _sentence_ids(doc: Doc, tokens: Sequence[Token], para_of: Sequence[int]) -> list[int]:
    """Sentence number of each token; a paragraph always starts a sentence (the
    parser sometimes runs one on across a line break), and paragraphs stand in
    when there is no parse."""
    ids: list[int] = []
    number = 0
    parsed = doc.has_annotation("SENT_START")
    for token in tokens:
        new_paragraph = token.i > 0 and para_of[token.i] != para_of[token.i - 1]
        if token.i > 0 and (new_paragraph or _starts_sentence(token, parsed)):
            number += 1
        ids.append(number)
    return ids


def _starts_sentence(token: Token, parsed: bool) -> bool:
    if parsed:
        return bool(token.is_sent_start) and not _after_title_abbreviation(token)
    previous = token.doc[token.i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_


def _after_title_abbreviation(token: Token) -> bool:
    """'Det. Sgt. Alicia Moreno said': the parser may end a sentence at the dot of an
    abbreviated title, cutting the name off its quote; a capitalised word after one
    goes on the sentence."""
    doc = token.doc
    k = token.i - 1
    if not token.text[:1].isupper() or k < 0 or not doc[k].text.endswith("."):
        return False
    if doc[k].text == "." and k > 0 and not doc[k - 1].whitespace_:
        k -= 1
    return doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in lx.TITLE_ABBREVIATIONS


def _narrative_ids(index: Index) -> list[int]:
    """Sentence numbers that count only sentences with words outside quotes: how
    far back "she" looks should not depend on how many sentences she was quoted in."""
    told = [False] * (index.sent_of[-1] + 1 if index.sent_of else 0)
    for token in index.tokens:
        if index.quote_of[token.i] < 0 and not (token.is_punct or token.is_space):
            told[index.sent_of[token.i]] = True
    numbers: list[int] = []
    count = 0
    for flag in told:
        count += flag
        numbers.append(count)
    return [numbers[sentence] for sentence in index.sent_of]


def _mark_quotes(index: Index, quoted: Sequence[tuple[int, int]]) -> None:
    """Which quote (marks included) each token lies in."""
    for number, (start, end) in enumerate(quoted):
        for k in index.tokens_between(start, end):
            index.quote_of[k] = number


def entity_at(index: Index, token: Token) -> Ref | None:
    """The entity a token names, unless it is quoted."""
    return index.entity_at[token.i] if index.quote_of[token.i] < 0 else None


_Positioned = TypeVar("_Positioned", Ref, Unnamed)


def _count_before(items: Sequence[_Positioned], pos: int) -> int:
    """How many items (in text order) lie before `pos`."""
    return bisect.bisect_left(items, pos, key=lambda item: item.pos)


def _before(items: Sequence[_Positioned], pos: int) -> Iterator[_Positioned]:
    """The items before `pos`, nearest first, looking a bounded way back."""
    at = _count_before(items, pos)
    return reversed(items[max(0, at - _MAX_LOOKBACK) : at])


def _latest(refs: Sequence[Ref], pos: int, accept: Callable[[Ref], bool]) -> Ref | None:
    """The last ref before `pos` that `accept` takes, looking a bounded way back."""
    return next((ref for ref in _before(refs, pos) if accept(ref)), None)


def _recent(
    refs: Sequence[Ref], pos: int, first_sent: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """The last ref before `pos` in sentence `first_sent` or later that `accept` takes."""
    for ref in _before(refs, pos):
        if ref.sent < first_sent:
            return None
        if accept(ref):
            return ref
    return None


def _any(ref: Ref) -> bool:
    return True


def named(index: Index, ref: Ref) -> Found:
    """A mention of an entity, as what it names."""
    return Found(ref.entity.name, ref.entity, ref.mention, (index.kind(ref.entity),))


def _token_mention(index: Index, first: Token, last: Token) -> Mention:
    start, end = first.idx, last.idx + len(last.text)
    return Mention(text=index.text[start:end], start=start, end=end)


def _outside(index: Index, ref: Ref) -> bool:
    """Whether a mention lies outside every quote."""
    tokens = index.mention_tokens(ref.mention)
    return bool(len(tokens)) and index.quote_of[tokens[0]] < 0
