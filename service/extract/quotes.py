"""Quotes in an article: where quoted spans lie, whether they are speech, and of
what kind; `extract_quotes` is the entry point.

Quote marks are paired by one linear scan per paragraph that tolerates the
typography of real news (curly and straight, apostrophes inside words, quotes
left open at a paragraph end). A quote is direct when set off as speech and
partial when embedded in a sentence. Titles of works, names, coined terms and
scare quotes in quote marks are not quotes. Who said each quote, and the
reporting cue, come from `speakers.attribute`; pronouns and descriptions are
resolved to entities in `coref`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from service.events import Entity, Quote, QuoteKind
from service.extract import lexicon as lx
from service.extract.coref import Index, build_index
from service.extract.speakers import Attribution, attribute
from service.ids import item_id


def extract_quotes(doc: Doc, entities: Sequence[Entity], *, article_id: str) -> list[Quote]:
    """Every quote in the article with its speaker (or None), ordered by position."""
    text = doc.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    starts = _paragraph_starts(text)
    quoted = [(span.open_mark, span.region_end) for span in spans]
    index = build_index(doc, entities, quoted=quoted, paragraph_starts=starts)
    kinds = [_kind(index, span) for span in spans]

    def is_quote(attribution: Attribution) -> bool:
        return _is_quote(index, attribution, starts[attribution.span.paragraph])

    return [
        _quote(index, attribution, article_id)
        for attribution in attribute(index, spans, kinds, is_quote=is_quote)
    ]


def _quote(index: Index, attribution: Attribution, article_id: str) -> Quote:
    span = attribution.span
    return Quote(
        id=item_id(article_id, "quote", span.start, span.end),
        text=index.text[span.start : span.end],
        start=span.start,
        end=span.end,
        speaker=attribution.speaker,
        cue=attribution.cue_text,
        kind=attribution.kind,
    )


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
    """Single-quote regions outside double quotes; apostrophes are told apart by context.

    A closer that may be a plural possessive ("the workers’ union") closes only as
    the last closer, or when an opening mark that cannot close comes next: 'was ‘a
    change in priorities’ and was ‘not a comment’' holds two quotes. When the next
    paragraph reopens a quote (see `_reopens_next`), one opened at the paragraph's
    start or after a colon or comma may run on unclosed, so no possessive closes it for
    being last.
    """
    marks = _single_marks(text, p0, p1, doubles)
    runs_on = _reopens_next(text, p1)
    last_closer = max((mark.pos for mark in marks if mark.closer), default=-1)
    regions: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for number, mark in enumerate(marks):
        following = marks[number + 1] if number + 1 < len(marks) else None
        reopens = following is not None and following.opener and not following.closer
        if open_at is None:
            if mark.opener:
                open_at = mark.pos
        elif mark.closer and (
            not mark.possessive
            or reopens
            or (mark.pos == last_closer and not (runs_on and _may_run_on(text, p0, open_at)))
        ):
            regions.append((open_at, mark.pos, True))
            open_at = None
    if open_at is not None and (not text[p0:open_at].strip() or runs_on):
        regions.append((open_at, p1, False))
    return regions


def _may_run_on(text: str, p0: int, open_at: int) -> bool:
    """Whether a quote opened here may run over the paragraph end: one opening the
    paragraph or after a colon or comma ('said: ‘Our members …'), not a phrase inside a
    sentence ('helping the ‘blood-sucking hitchhikers’ thrive')."""
    before = text[p0:open_at].rstrip()
    return not before or before[-1] in ":,"


def _reopens_next(text: str, p1: int) -> bool:
    """'said: ‘Our members … their rent.¶‘Nobody wants …’': a quote running over
    paragraphs drops its closing mark at each paragraph end and the next paragraph
    reopens with a mark; so a single mark left open mid-paragraph is a quote then."""
    start = p1 + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while start < end and text[start] in " \t\r":
        start += 1
    if start >= end or text[start] not in _SINGLE_MARKS:
        return False
    mark = _classify_single(text, start, start, end)
    return mark is not None and mark.opener


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
    possessive = closer and prev in "sSzZ" and nxt == " " and _may_be_possessed(text, pos + 2, p1)
    return _SingleMark(pos, opener, closer, possessive)


def _may_be_possessed(text: str, start: int, p1: int) -> bool:
    """Whether the word at start may follow a plural possessive ("the workers’ union");
    a conjunction, preposition or verb ("‘within months’ and aimed") never does."""
    end = start
    while end < p1 and text[end].isalpha():
        end += 1
    return end > start and text[start:end].casefold() not in lx.NEVER_AFTER_POSSESSIVE


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


def _paragraph_starts(text: str) -> list[int]:
    return [start for start, _ in _paragraphs(text)]


# --------------------------------------------------------------------------
# Kind: direct or partial
# --------------------------------------------------------------------------


def _kind(index: Index, span: QuoteSpan) -> QuoteKind:
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


def _reporting_before(index: Index, comma: int) -> bool:
    """'he said, “…”': a reporting verb just before the comma that opens the quote."""
    doc = index.doc
    for k in range(comma - 1, max(-1, comma - 5), -1):
        if doc[k].lemma_.casefold() in lx.REPORTING_VERBS and doc[k].pos_ in ("VERB", "AUX"):
            return True
    return False


# --------------------------------------------------------------------------
# Exclusions: titles, names, coined terms and scare quotes are not quotes
# --------------------------------------------------------------------------


def _is_quote(index: Index, quote: Attribution, paragraph_start: int) -> bool:
    """Speech stays; scare quotes, titles and nicknames go. Longer quotes are speech
    unless they read as a title; short ones need a cue or a sentence of their own."""
    if _names_something(index, quote, paragraph_start):
        return False
    span = quote.span
    words = index.text[span.start : span.end].split()
    titled = quote.kind == "partial" and _is_title_like(words)
    if len(words) > 3 and not titled:
        return True
    return _is_short_speech(index, quote, titled)


def _names_something(index: Index, quote: Attribution, paragraph_start: int) -> bool:
    """The quote marks set off a scare quote, a title, a name or a coined term."""
    span = quote.span
    if _is_scare_marked(index.text, span, paragraph_start) or _names_a_work(index, span):
        return True
    if _is_name(index, span) and not _spoken_directly(index, quote):
        return True
    return _is_coined_term(index, span) or _is_modified_term(index, span)


def _is_short_speech(index: Index, quote: Attribution, titled: bool) -> bool:
    """A quote of three words or fewer (or a title-like partial one) is speech when
    a cue governs it, "according to" names its speaker, or it is a direct quote
    that ends its clause; not when it only modifies a noun."""
    span = quote.span
    if _only_modifies_noun(index, span):
        return False
    cue = quote.cue
    if cue is not None and cue.governs:
        return not titled or cue.token.lemma_.casefold() in lx.SPEECH_VERBS_STRICT
    if titled:
        return False
    if cue is not None and cue.text == "according to" and quote.speaker is not None:
        return True
    ends_clause = index.text[span.end - 1] in _TERMINAL
    return quote.kind == "direct" and ends_clause


def _is_scare_marked(text: str, span: QuoteSpan, paragraph_start: int) -> bool:
    """'the so-called “experts”', 'a film titled “Dune”'."""
    window = text[max(paragraph_start, span.open_mark - 16) : span.open_mark]
    words = window.casefold().replace("so called", "so-called").split()
    return bool(words) and words[-1] in lx.SCARE_MARKERS


def _names_a_work(index: Index, span: QuoteSpan) -> bool:
    """'her film “The Furnace Years”', '“The Furnace Years,” a documentary about ...',
    'known locally as “the Pit”': the quote is the title or name of something (but
    'the show “will go on”' is a quote)."""
    inside = _inside_tokens(index, span)
    if not len(inside) or len(inside) > 12:
        return False
    return _named_by_word_before(index, span) or _work_in_apposition(index, span)


def _named_by_word_before(index: Index, span: QuoteSpan) -> bool:
    """'her film “The Furnace Years”' (a nominal quote after a work noun), 'known
    locally as “the Pit”'."""
    doc = index.doc
    k = bisect.bisect_left(index.token_starts, span.open_mark) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or index.para_of[k] != span.paragraph:
        return False
    roots = _roots(index, span)
    nominal = len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")
    nominal = nominal or bool(_capitalised_words(index, span))
    before = doc[k]
    if before.lemma_.casefold() in lx.WORK_NOUNS and before.pos_ == "NOUN" and nominal:
        return True
    return before.lower_ == "as" and any(
        doc[j].lower_ in lx.NAMING_WORDS for j in range(max(0, k - 2), k)
    )


def _work_in_apposition(index: Index, span: QuoteSpan) -> bool:
    """'“The Furnace Years,” a documentary about ...': a work noun in apposition."""
    doc = index.doc
    for j in _inside_tokens(index, span):
        for child in doc[j].children:
            if (
                child.dep_ == "appos"
                and not _inside(span, child)
                and child.lemma_.casefold() in lx.WORK_NOUNS
            ):
                return True
    return False


_NAME_JOINERS = frozenset({"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "&"})


def _capitalised_words(index: Index, span: QuoteSpan) -> list[str]:
    """The quote's words if there are at most six, all capitalised but for joiners
    ("Salt in the Lungs", "the Pit"); else none."""
    words = [w.strip(".,;:!?…") for w in index.text[span.start : span.end].split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 6 or not words[-1][:1].isupper():
        return []
    if not all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words):
        return []
    return words


def _is_name(index: Index, span: QuoteSpan) -> bool:
    """A short capitalised noun phrase ("the Pit", "The Furnace Years"): a name, not speech."""
    words = _capitalised_words(index, span)
    if not words:
        return False
    roots = _roots(index, span)
    if len(roots) != 1:
        return False
    root = roots[0]
    return root.pos_ == "PROPN" or (len(words) > 1 and root.pos_ == "NOUN")


def _roots(index: Index, span: QuoteSpan) -> list[Token]:
    """The quote's words whose heads lie outside it (punctuation aside)."""
    doc = index.doc
    return [
        doc[k]
        for k in _inside_tokens(index, span)
        if not doc[k].is_punct and not _inside(span, doc[k].head)
    ]


def _is_coined_term(index: Index, span: QuoteSpan) -> bool:
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


def _is_modified_term(index: Index, span: QuoteSpan) -> bool:
    """'a banned “forever chemical”': a quoted compound of nouns that an adjective
    outside the marks modifies is a term in a noun phrase of the writer's, not speech."""
    doc = index.doc
    inside = [k for k in _inside_tokens(index, span) if not doc[k].is_punct]
    roots = _roots(index, span)
    if len(roots) != 1 or not 2 <= len(inside) <= 3 or roots[0].pos_ != "NOUN":
        return False
    if any(doc[k].pos_ not in ("NOUN", "PROPN", "ADV") for k in inside):
        return False
    root = roots[0]
    if root.head.lemma_.casefold() in lx.ATTRIBUTING_VERBS:  # 'called it a sheer "money pit"'
        return False
    return any(child.dep_ == "amod" and child.idx < span.open_mark for child in root.children)


def _spoken_directly(index: Index, quote: Attribution) -> bool:
    """'“Gillian,” she said': the quote is itself what a speech verb's subject said."""
    cue = quote.cue
    if cue is None or cue.token.lemma_.casefold() not in lx.SPEECH_VERBS_STRICT:
        return False
    doc = index.doc
    span = quote.span
    return any(
        doc[k].head.i == cue.token.i
        for k in _inside_tokens(index, span)
        if not _inside(span, doc[k].head)
    )


def _is_title_like(words: Sequence[str]) -> bool:
    """Every longer word capitalised, as in titles and names ("The Art of the Deal")."""
    long_words = [word for word in words if sum(ch.isalpha() for ch in word) > 3]
    return len(words) >= 2 and bool(long_words) and all(w[:1].isupper() for w in long_words)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


def _only_modifies_noun(index: Index, span: QuoteSpan) -> bool:
    """'the "miracle" win', 'the "independent" panel': a word set off inside a noun phrase."""
    doc = index.doc
    roots = [k for k in _inside_tokens(index, span) if not _inside(span, doc[k].head)]
    return bool(roots) and all(
        doc[k].dep_ in _MODIFIER_DEPS and doc[k].head.pos_ in ("NOUN", "PROPN") for k in roots
    )


def _inside_tokens(index: Index, span: QuoteSpan) -> range:
    return index.tokens_between(span.start, span.end)


def _inside(span: QuoteSpan, token: Token) -> bool:
    return span.start <= token.idx < span.end
