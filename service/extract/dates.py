"""Dates in an article: found by regular expressions, resolved against the publication date.

The conventions are those of the annotation guide (ANNOTATION.md, "Dates"). Detection
is a fixed set of compiled, linear-time patterns over the raw text, each tried only
where a word it can start with stands (one pass finds them all), so it costs a small
fraction of the spaCy pipeline; the parse is walked only up from a date's own tokens
(the tense of its clause, a weekday qualifying a plural). The module never raises: an
expression that cannot be resolved is left out.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import chain, repeat
from typing import Literal

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Token

from service.events import DateRef, Granularity
from service.extract import date_words as words
from service.ids import item_id

logger = logging.getLogger(__name__)

__all__ = ["extract_dates"]

Tense = Literal["past", "present", "future"]
Kind = Literal["block", "year", "month", "day", "weekday", "other"]
Cycle = Literal["week", "year"]
Link = Literal["list", "and", "range"]

_ONE_DAY = dt.timedelta(days=1)
_MAX_CHAIN = 64
_MAX_HOPS = 12
_WINDOW = 160
_PRESENT_REACH = 2
_PRESENT_BACK_DAYS = 2
_YEAR_DAYS = 366
_RECENT_DAYS = 92
_PERVASIVE = 3
# "in December or early next year": a month coordinated with the phrase is an alternative.
_COORDINATION = re.compile(r"\s{0,3},?\s{0,3}(?:and|or|to|until|till|through|-|–|—)\s{0,3}", re.I)
_DATELINE_REACH = 80
_DATELINE_END = re.compile(r"\s{0,3}(?:\(|[-–—]\s)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]{0,3}\s|\n")
_LINE_BREAK = re.compile(r"\n")
# Between two mentions of a month, words that set one against the other.
_CONTRAST = re.compile(r"\b(?:from|than|versus|vs|compared|against)\b", re.I)


# --------------------------------------------------------------------------
# What detection produces and resolution returns
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolved:
    """An inclusive range of days; both ends None when P was needed and missing."""

    first: dt.date | None
    last: dt.date | None
    granularity: Granularity
    relative: bool


Resolver = Callable[["_Context", "Hit"], Resolved | None]


@dataclass(frozen=True, slots=True)
class Hit:
    """One expression found in the text, not yet resolved.

    `month`, `day` and `year` are what the expression writes, kept apart from the
    resolver because other expressions consult them (a year stated elsewhere in the
    article, the year of the other end of a range). `cycle` is how far a relative
    reading may be moved to put the ends of a range in order. A `tentative` year
    stands only if the article writes that year elsewhere as a date, a tentative day
    only if it writes that month and day.
    """

    start: int
    end: int
    kind: Kind
    resolve: Resolver | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    year_hint: int | None = None
    cycle: Cycle | None = None
    year_step: int | None = None
    weekday: int | None = None
    tentative: bool = False


def _unresolved(granularity: Granularity) -> Resolved:
    return Resolved(None, None, granularity, True)


def _block(match: re.Match[str], _text: str) -> Hit:
    """A stretch that is not a date and must not yield one ("every Monday")."""
    return Hit(match.start(), match.end(), "block")


# --------------------------------------------------------------------------
# Pattern pieces. Every quantifier is bounded or follows a literal, and no
# quantified group holds another quantifier, so matching stays linear.
# --------------------------------------------------------------------------


def _alternation(phrases: Iterable[str]) -> str:
    """A non-capturing alternation, longest first, spaces matching any whitespace run."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Where a match of an alternation of the phrases can start."""
    return tuple(sorted({phrase.split()[0].lower() for phrase in phrases}))


# Under re.IGNORECASE these also match "i" and "s"; lower() alone would not fold them.
_ODD_CASES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _folded(text: str) -> str:
    """The text lowercased so that an ASCII word the patterns match without regard to
    case reads as that word, at the same offsets (no character folds to two here)."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_ODD_CASES)
    return text.lower()


def _cased(names: Iterable[str]) -> list[str]:
    """Title case and capitals: month names are matched case-sensitively."""
    return [form for name in names for form in (name.title(), name.upper())]


_MONTH_FULL = rf"(?-i:{_alternation(_cased(words.MONTHS))})\b"
_MONTH_ABBR = rf"(?-i:{_alternation(_cased(words.MONTH_ABBREVIATIONS))})(?:\.|\b)"
_MONTH_ANY = rf"(?P<month>{_MONTH_FULL}|{_MONTH_ABBR})"
_MONTH_ALONE = rf"(?P<month>{_MONTH_FULL})"
_BARE_NAMES = [name for name, number in words.MONTHS.items() if number in words.BARE_MONTHS]
# "The October Revolution": a bare month before a capitalised word is part of a name.
_MONTH_BARE = rf"(?P<month>(?-i:{_alternation(_cased(_BARE_NAMES))}))\b(?!\s+(?-i:[A-Z]))"
_WEEKDAY = rf"(?P<weekday>{_alternation(words.WEEKDAYS)})\b"
_WEEKDAY_PLAIN = rf"{_alternation(words.WEEKDAYS)}\b"
_DAY_PART = rf"(?:\s+(?P<part>{_alternation(words.DAY_PARTS)})\b)?"
_DAY_END = r"(?:st|nd|rd|th)?(?![0-9A-Za-z%:]|[.,][0-9])"


def _year(name: str = "year") -> str:
    """Four digits from 1000 to 2999 that are not part of a longer number or word."""
    return rf"(?<![0-9])(?P<{name}>[12][0-9]{{3}})(?![0-9A-Za-z%]|[.,][0-9])"


def _day(name: str = "day") -> str:
    return rf"(?<![0-9])(?P<{name}>[0-3]?[0-9]){_DAY_END}"


_NUMBER_WORD = (
    rf"(?:{_alternation(words.NUMBER_TENS)}(?:-{_alternation(words.NUMBER_UNITS)})?"
    rf"|{_alternation(words.NUMBER_WORDS)})"
)
_NUMBER = rf"(?P<num>[0-9]{{1,3}}(?![0-9,.])|{_NUMBER_WORD}\b)"
# A count that cannot be a year: "convicted him last month of 11 counts".
_COUNT = rf"(?:[0-9]{{1,3}}(?![0-9])|{_NUMBER_WORD}\b)"
_SPAN_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?|hours?)\b"
_AGO_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)\b"
_HEDGE = rf"(?:(?P<hedge>{_alternation((*words.DATE_HEDGES, *words.APPROXIMATE_HEDGES))})\s+)?"
_MONTH_PREP = rf"\b(?P<prep>{_alternation(words.MONTH_PREPOSITIONS)})\s+{_HEDGE}"
_YEAR_PREP = rf"\b(?P<prep>{_alternation(words.YEAR_PREPOSITIONS)})\s+{_HEDGE}"
_EDGE = r"(?:early|late|the\s+(?:end|start|beginning|middle)\s+of)"
_MONTH_MOD = rf"(?P<mod>(?:{_EDGE}|last|next|this(?:\s+(?:coming|past))?)\s+|mid-?\s*)"
_YEAR_MOD = rf"(?P<mod>(?:{_EDGE}|the\s+year)\s+|mid-?\s*)"
_EDGE_MOD = rf"(?P<mod>{_EDGE}\s+|mid-?\s*)"
_ORDINAL = r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --------------------------------------------------------------------------
# Small readers of the text around a match
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]{1,40}")
_WORD_THEN_SPACE = re.compile(r"(?P<word>[^\W\d_]{1,40})[ \u00a0]\Z")
_SEASON = rf"(?:{_alternation(words.SEASONS_AND_HOLIDAYS)})(?:\s+day)?"
_SEASON_LINK = r"\s{1,3}(?:to|until|till|through|-|–)\s{1,3}"
_SEASON_BEFORE = _compile(rf"\b{_SEASON}{_SEASON_LINK}\Z")
_SEASON_AFTER = _compile(rf"{_SEASON_LINK}(?:the\s+)?{_SEASON}\b")
_NEXT_WORD = re.compile(r"[ \t]{0,3}(?P<word>[^\W\d_]{1,40})")
_NUMBER_AFTER = re.compile(
    r"\s{0,3}(?:to|and|-|–)\s{0,3}(?P<number>[0-9]{1,9}(?:,[0-9]{3}){0,4})(?![0-9])", re.I
)


# A record or a price gap, its preposition, then no verb before the date.
_NO_VERB_TO_END = rf"(?:(?!\b(?:{_alternation(words.VERB_MARKS)})\b)[^;!?\n]){{0,80}}\Z"
_RECORDED_BEFORE = _compile(
    rf"\b(?:{_alternation(words.RECORD_NOUNS)})\s+(?:from|of)\s{_NO_VERB_TO_END}"
)
_PRICED_BEFORE = _compile(
    rf"\b(?:{_alternation(words.PRICE_GAP_NOUNS)})\s+(?:to|over)\s{_NO_VERB_TO_END}"
)
_OBSERVED_REACH = 120  # characters back from a date where such a noun may stand


def _is_dateline(text: str, hit: Hit) -> bool:
    """ "LISBON, Jan 2 (Atlas Wire) -": the day of the report, not of its sentence."""
    return hit.start < _DATELINE_REACH and _DATELINE_END.match(text, hit.end) is not None


def _words_before(text: str, position: int, count: int = 2) -> list[str]:
    """The last few words before a position, lowercased ("later", "on")."""
    window = text[max(0, position - 40) : position]
    return [word.casefold() for word in _WORD.findall(window)[-count:]]


def _awaited(text: str, start: int) -> bool:
    """ "ahead of Friday's figures", "ahead of the December 7 election": what is to come."""
    before = _words_before(text, start, 3)
    return before[-2:] == ["ahead", "of"] or before == ["ahead", "of", "the"]


def _is_yardstick(text: str, start: int) -> bool:
    """ "up 4% on the same period last year": a relative year that a figure is measured
    against dates the yardstick, not the months around it."""
    return "same" in _words_before(text, start)


def _is_count(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts something ("2019 votes", "1994 people")."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match["word"]
    lowered = word.casefold()
    if lowered in words.COUNT_WORDS:
        return True
    return (
        word[0].islower()
        and len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith("ss")
        and lowered not in words.NOT_COUNT_WORDS
    )


def _is_clock_time(text: str, end: int, number: int) -> bool:
    """ "by 1300 GMT": four digits that read as hours and minutes, then a time zone."""
    if number // 100 > 23 or number % 100 > 59:
        return False
    match = _NEXT_WORD.match(text, end)
    return match is not None and match["word"] in words.TIME_ZONES


def _is_year_number(text: str, match: re.Match[str], year: int, prep: str | None) -> bool:
    """A four-digit number in a year context is a year unless it reads as a quantity."""
    if not 1000 <= year <= 2199 or _is_count(text, match.end()):
        return False
    if _is_clock_time(text, match.end(), year):
        return False
    if prep in _CHANGE_PREPOSITIONS and any(
        w in words.QUANTITY_VERBS for w in _words_before(text, match.start())
    ):
        return False
    if prep == "of" and _is_amount_of(text, match.start()):
        return False
    following = _NUMBER_AFTER.match(text, match.end())
    if following is None:
        return True
    number = following["number"]
    later_year = len(number) == 4 and number.isdigit() and year < int(number) <= year + 200
    if later_year:
        return not _is_count(text, following.end())
    # "from 91 per cent in 2019 to 78 per cent": a small number after "in 2019 to" ends
    # another range; only "from" and "between" open a range of amounts ("from 2000 to 300").
    return prep not in (None, "from", "between") and len(number) < 4


# After a verb of change these give an amount: "rose by 2000", "fell back to 1500".
_CHANGE_PREPOSITIONS = frozenset({"by", "back to"})
_DIGIT_BEFORE = re.compile(r"[0-9%]\s{0,3}\Z")


def _is_amount_of(text: str, start: int) -> bool:
    """Whether "of" before a number follows an amount ("a total of", "out of", "3 of")."""
    if _DIGIT_BEFORE.search(text, max(0, start - 4), start) is not None:
        return True
    before = _words_before(text, start, 1)
    return bool(before) and (before[0] in words.AMOUNT_NOUNS or before[0] in words.NUMBER_WORDS)


def _month_number(word: str) -> int | None:
    key = word.rstrip(".").casefold()
    return words.MONTHS.get(key) or words.MONTH_ABBREVIATIONS.get(key)


def _valid_day(month: int, day: int) -> bool:
    """Whether the day exists in that month in some year (February 29 does)."""
    return 1 <= day <= calendar.monthrange(2000, month)[1]


def _number_value(word: str) -> int | None:
    lowered = _norm(word)
    if lowered.isdigit():
        return int(lowered)
    if lowered in words.NUMBER_WORDS:
        return words.NUMBER_WORDS[lowered]
    tens, _, unit = lowered.partition("-")
    if tens in words.NUMBER_WORDS and unit in words.NUMBER_WORDS:
        return words.NUMBER_WORDS[tens] + words.NUMBER_WORDS[unit]
    return None


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when it did not take part (or is absent)."""
    return match.groupdict().get(name)


@lru_cache(maxsize=4096)
def _norm(phrase: str | None) -> str:
    """Casefolded, single-spaced, hyphens as spaces: "Mid-" and "mid " agree.

    Casefolding, not lowercasing, because case-insensitive patterns also accept
    "ſunday" and "weeK" (Kelvin sign), which only casefold back to the word.
    """
    return " ".join((phrase or "").casefold().replace("-", " ").split())


# --------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first, _ = _month_span(year, 3 * quarter - 2)
    _, last = _month_span(year, 3 * quarter)
    return first, last


def _week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _unit_span(anchor: dt.date, unit: str, step: int) -> tuple[dt.date, dt.date]:
    """The calendar week, month, quarter or year `step` units from the one holding anchor."""
    if unit == "week":
        return _week_span(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        shifted = anchor.replace(day=1) + relativedelta(months=step)
        return _month_span(shifted.year, shifted.month)
    if unit == "quarter":
        index = anchor.year * 4 + _quarter_of(anchor) - 1 + step
        return _quarter_span(index // 4, index % 4 + 1)
    return _year_span(anchor.year + step)


def _delta(count: int, unit: str) -> relativedelta:
    """The length of "two weeks", "three months", "24 hours" (rounded up to days)."""
    singular = _norm(unit).rstrip("s")
    if singular == "hour":
        return relativedelta(days=math.ceil(count / 24))
    if singular == "fortnight":
        return relativedelta(days=14 * count)
    if singular == "decade":
        return relativedelta(years=10 * count)
    if singular == "year":
        return relativedelta(years=count)
    if singular == "month":
        return relativedelta(months=count)
    if singular == "week":
        return relativedelta(weeks=count)
    return relativedelta(days=count)


def _nearest_month_year(published: dt.date, month: int, tense: Tense) -> int:
    """The year of the nearest such month: the past one unless the clause looks ahead.

    A present-tense clause looks ahead only to the next two months ("the vote is in
    November" in October); further off it is read as past ("up from 5% in February")
    unless it states a schedule (see _Context.schedule).
    """
    months_ahead = (month - published.month) % 12
    if tense == "future" or (tense == "present" and 1 <= months_ahead <= _PRESENT_REACH):
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


# --------------------------------------------------------------------------
# The context a resolver consults: P, the tense of a clause, stated years
# --------------------------------------------------------------------------


class _StatedYears:
    """Years the article writes beside a month, for month-days it writes without one."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        self._by_month: dict[int, list[tuple[int, int]]] = {}
        self._by_day: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # Months stated with a day and a year: "June 1, 2021" lends 2021 to "June 3"
        # before "in June 2021" does.
        self._by_dated_month: dict[int, list[tuple[int, int]]] = {}
        for hit in sorted(hits, key=lambda h: h.start):
            if hit.month is None or hit.year is None:
                continue
            self._by_month.setdefault(hit.month, []).append((hit.start, hit.year))
            if hit.day is not None:
                self._by_day.setdefault((hit.month, hit.day), []).append((hit.start, hit.year))
                self._by_dated_month.setdefault(hit.month, []).append((hit.start, hit.year))

    def year_for(
        self, month: int, day: int | None, position: int, paragraph: tuple[int, int], *, loose: bool
    ) -> tuple[int, int] | None:
        """Where and which: the nearest earlier statement of that month-day, else of that
        month, else a later one before the end of the paragraph.

        A year stated paragraphs later is another month's: "the six months from April to
        September" is this April, whatever "their biggest drop since April 2024" says. A
        month stated with a year but no day lends it to a day of that month only when
        `loose` and within the paragraph ("came to light in October 2022 ... was
        suspended on October 21").
        """
        if day is None:
            pool = self._by_month.get(month)
        else:
            pool = self._by_day.get((month, day)) or self._by_dated_month.get(month)
        found = self._nearest(pool, position, paragraph[1])
        if found is None and day is not None and loose:
            found = self._nearest(self._by_month.get(month), position, paragraph[1])
            if found is not None and found[0] < paragraph[0]:
                return None
        return found

    @staticmethod
    def _nearest(
        pool: list[tuple[int, int]] | None, position: int, reach: int
    ) -> tuple[int, int] | None:
        """The last statement before `position`, else the first if it is before `reach`."""
        if not pool:
            return None
        index = bisect.bisect_left(pool, position, key=lambda entry: entry[0])
        if index > 0:
            return pool[index - 1]
        return pool[0] if pool[0][0] < reach else None


@dataclass(frozen=True, slots=True)
class _Cue:
    """A pattern, and words one of which (lowercase) each of its matches holds.

    Most texts hold none of them, and are then known to hold no match without a scan.
    """

    pattern: re.Pattern[str]
    words: tuple[str, ...]


class _Context:
    """What resolution may consult beyond the expression itself."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        published: dt.date | None,
        stated: _StatedYears,
        relative_years: Iterable[Hit] = (),
    ) -> None:
        self.doc = doc
        self.text = text
        self.published = published
        self.stated = stated
        self._relative_years = sorted(
            (hit.start, hit.end, hit.year_step)
            for hit in relative_years
            if hit.year_step and not _is_yardstick(text, hit.start)
        )
        self._parsed: bool = bool(doc.has_annotation("DEP"))
        self._split: bool = self._parsed or bool(doc.has_annotation("SENT_START"))
        self._tenses: dict[tuple[int, int], _Reading] = {}
        self._token_tenses: dict[int, Tense | None] = {}
        self._starts: list[int] | None = None
        self._breaks: list[int] | None = None
        self._cues: dict[_Cue, list[int]] = {}
        self._kinds: dict[_Cue, frozenset[str]] = {}
        self._ahead: list[int] = []
        self._spans: list[tuple[int, int]] = []

    def tense(self, hit: Hit) -> Tense:
        """Past, present or future: of the clause that governs the expression."""
        return self._tense_and_schedule(hit).tense

    def schedule(self, hit: Hit) -> bool:
        """Whether a present-tense verb (not a perfect, not "say") states the dated event.

        "The memoir comes out on Thursday", "The launch is on Thursday": the date is
        attached to the verb with no noun in between. "The attack on Tuesday is the
        latest" is not: there the present verb says something else about the attack.
        """
        return self._tense_and_schedule(hit).schedule

    def opens_session(self, hit: Hit) -> bool:
        """Whether a present-tense verb of a sitting's start or end ("The Senate returns on
        Monday", "talks resume on Friday") governs the date, outside the verb's subject.

        Such a verb with a weekday names the coming one even within two days of P.
        """
        return self._tense_and_schedule(hit).session

    def foretold(self, hit: Hit) -> bool:
        """Whether a past clause foretells the date: "forecast rain over the weekend" looks
        ahead from the forecast, a little before P."""
        return self._tense_and_schedule(hit).foretold

    def planned_before(self, hit: Hit) -> bool:
        """Whether the date is a plan's, told from a past act: "Airlines cancelled flights
        scheduled for Thursday" looks ahead from the cancelling, so P's own Thursday counts.
        """
        return self._tense_and_schedule(hit).planned_before

    def said_weekday(self, hit: Hit) -> int | None:
        """The weekday a reporting verb above the hit's clause is dated by ("said on
        Sunday that ... would"), if any."""
        root = self._root(hit)
        if root is None:
            return None
        reporter = _reporter_of(root)
        return None if reporter is None or reporter.tag_ != "VBD" else _dated_weekday(reporter)

    def made_for(self, hit: Hit) -> bool:
        """Whether a past act names the day it is for ("cancelled classes for Friday"): the
        act is recent news, so the day may be the coming one when that is nearer to P."""
        root = self._root(hit)
        return root is not None and _is_made_for(root)

    def _tense_and_schedule(self, hit: Hit) -> _Reading:
        key = (hit.start, hit.end)
        if key not in self._tenses:
            self._tenses[key] = self._tense_of(hit)
        return self._tenses[key]

    def direction(self, hit: Hit) -> Tense:
        """The tense, corrected by the preposition before the hit.

        "since" looks back whatever the verb, "ahead of" looks ahead ("the dollar rose
        ahead of Friday's GDP figures"); "until" and "by" in a present clause look ahead
        ("the library is closed until Monday").
        """
        before = _words_before(self.text, hit.start, 1)
        if before and before[0] in words.BACKWARD_PREPOSITIONS:
            return "past"
        if before and before[0] in words.AHEAD_PREPOSITIONS:
            return "future"
        if _awaited(self.text, hit.start):
            return "future"
        if self._observed(hit, _PRICED_BEFORE):
            return "past"
        tense = self.tense(hit)
        if tense != "future" and self._observed(hit, _RECORDED_BEFORE):
            return "past"  # not "will show footage of the parade on Saturday"
        if tense == "present" and before and before[0] in words.FORWARD_PREPOSITIONS:
            return "future"
        return tense

    def _observed(self, hit: Hit, before: re.Pattern[str]) -> bool:
        """Whether the date dates a record or a yardstick price ("dashcam video from the
        highway on Saturday", "a premium to the closing price on Tuesday"): what was filmed
        or priced has happened, whatever the clause's tense."""
        begin = max(self._sentence_bounds(hit)[0], hit.start - _OBSERVED_REACH)
        return before.search(self.text, begin, hit.start) is not None

    def stated_year(self, hit: Hit) -> int | None:
        """A year the article writes beside the hit's month (and day) elsewhere."""
        if hit.month is None:
            return None
        loose = not self._recent(hit)
        found = self.stated.year_for(
            hit.month, hit.day, hit.start, self._paragraph(hit), loose=loose
        )
        if found is None or self._compared(hit, found[0]):
            return None
        return found[1]

    def _recent(self, hit: Hit) -> bool:
        """Whether the hit's month-day, read by P and tense alone, falls within a season of
        P: "The balcony collapsed in June 2021. The trial began on June 3." is this June 3,
        written weeks before P; a day most of a year back ("was suspended on October 21")
        is that of the month told."""
        published = self.published
        if published is None or hit.month is None or hit.day is None:
            return False
        nearest = _closest_day(published, hit.month, hit.day)
        if nearest is not None and self.happened_after(hit, nearest):
            nearest = _shift_year(nearest, -1)
        return nearest is not None and abs((nearest - published).days) <= _RECENT_DAYS

    def _compared(self, hit: Hit, position: int) -> bool:
        """Whether the statement at `position` is another month set against the hit's in
        its sentence: "$4.15 in November, up from $2.14 in November 2023"."""
        begin, end = self._sentence_bounds(hit)
        if not begin <= position < end:
            return False
        low, high = sorted((hit.start, position))
        return _CONTRAST.search(self.text, low, high) is not None

    def _paragraph(self, hit: Hit) -> tuple[int, int]:
        """Where the hit's paragraph starts and ends: at line breaks, else the text's ends."""
        if self._breaks is None:
            self._breaks = [found.start() for found in _LINE_BREAK.finditer(self.text)]
        index = bisect.bisect_left(self._breaks, hit.end)
        begin = self._breaks[index - 1] if index > 0 else 0
        return begin, self._breaks[index] if index < len(self._breaks) else len(self.text)

    def relative_year(self, hit: Hit) -> int | None:
        """The year "last year", "this year", "next year" give a month written without one.

        Its own ("June last year"), else that of the nearest such phrase in its sentence
        ("Last year, the barge came late and fuel was rationed for most of November"),
        unless the month's clause looks the other way ("...and will reopen in March",
        "The law passed last year takes effect on January 1", "has killed 41 since
        January, more than in all of last year"), the two are alternatives ("in
        December or early next year"), or set against each other ("more calls in March
        than in any month last year").
        """
        published = self.published
        if published is None:
            return None
        if hit.year_step is not None:
            return published.year + hit.year_step
        if not self._relative_years or _is_dateline(self.text, hit):
            return None
        begin, end = self._sentence_bounds(hit)
        low = bisect.bisect_left(self._relative_years, (begin,))
        high = bisect.bisect_left(self._relative_years, (end,))
        if low == high:
            return None
        near_start, near_end, step = min(
            self._relative_years[low:high], key=lambda e: abs(e[0] - hit.start)
        )
        text = self.text
        gap = text[hit.end : near_start] if hit.end <= near_start else text[near_end : hit.start]
        if _COORDINATION.fullmatch(gap) or not self._scopes_over(near_start, near_end, hit):
            return None
        if _CONTRAST.search(gap):
            return None
        if near_start >= hit.end and not self._tied_after(near_start, near_end, hit):
            return None
        direction = self.direction(hit)
        if step < 0 and (direction == "future" or self.schedule(hit) or self._runs_to_now(hit)):
            return None
        if step > 0 and direction == "past":
            return None
        return published.year + step

    def _scopes_over(self, start: int, end: int, hit: Hit) -> bool:
        """Whether the phrase at start-end dates the clause of the hit or one above it.

        "Last year, the barge came late and fuel was rationed in November" does; in "She
        tours Lagos on December 4 and hopes to finish a novel next year" the phrase dates
        another clause, and in "The increase, which took effect Jan. 1, was approved last
        year" a relative clause dates its noun by its own time. Without a parse, the
        sentence is its scope. Nor does "upheld it last year, before the court agreed to hear
        the case in February": a clause of what came later has a time of its own.
        """
        phrase = self._root_at(start, end)
        date = self._root(hit)
        if phrase is None or date is None:
            return True
        clause = _clause_of(phrase)
        current = date
        for _ in range(_MAX_HOPS):
            if current.i == clause.i:
                return True
            if (
                current.head.i == current.i
                or current.dep_ == "relcl"
                or _marked_by(current, words.LATER_MARKS)
            ):
                return False
            current = current.head
        return False

    def _tied_after(self, start: int, end: int, hit: Hit) -> bool:
        """Whether a phrase after the hit dates the hit's verb, not a predicate of its own on
        the way up to it. In "will apply from July 1, with the first bills due early next
        year" the phrase dates the bills being due, not the July 1 the rate applies from;
        "will shut on June 3 for repairs next year" ties them. Without a parse, the
        sentence ties them.
        """
        phrase = self._root_at(start, end)
        date = self._root(hit)
        if phrase is None or date is None:
            return True
        clause = _clause_of(date)
        current = phrase.head
        for _ in range(_MAX_HOPS):
            if current.i == clause.i or current.head.i == current.i:
                return True
            if current.pos_ in _PREDICATE_POS:
                return False
            current = current.head
        return True

    def _counts_from(self, hit: Hit) -> bool:
        """Whether a backward preposition ("since") opens the hit."""
        before = _words_before(self.text, hit.start, 1)
        return bool(before) and before[0] in words.BACKWARD_PREPOSITIONS

    def _runs_to_now(self, hit: Hit) -> bool:
        """ "has killed 41 people since January": a present clause counts from the latest one."""
        before = _words_before(self.text, hit.start, 1)
        return before == ["since"] and self.tense(hit) == "present"

    def contradicts(self, hit: Hit, first: dt.date, last: dt.date) -> bool:
        """Whether a reading lies wholly after P while the hit's clause is past, or wholly
        before P while it looks ahead.

        "who testified in January" cannot take the year of a "January 1, 2027" deadline,
        nor "I'll be in Quebec in April" that of an "April 23, 1994" told earlier.
        """
        published = self.published
        if published is None:
            return False
        direction = self.direction(hit)
        return (first > published and direction == "past") or (
            last < published and direction == "future"
        )

    def happened_after(self, hit: Hit, day: dt.date) -> bool:
        """Whether a day after P would be the one a past verb says something happened on
        ("was struck on April 27"), or the close of the accounts it reports ("a loss in the
        year to 31 March"). Not "the November 3 election" it speaks of, nor the end of what
        ran "to October 15", nor a plan ("had planned flights on January 2", "was due to
        host the swim on July 22")."""
        published = self.published
        if published is None or day <= published:
            return False
        root = self._root(hit)
        told = (root is not None and _happened_on(root)) or _closes_span(self.text, hit.start)
        return told and self.direction(hit) == "past"

    def awaits(self, hit: Hit) -> bool:
        """Whether the hit follows "ahead of" outside a past-tense clause of its own: "to win
        votes ahead of the December 7 election" still awaits it; in "shares rallied ahead
        of the December 7 vote" the rally, and so the vote, may be past. An infinitive a
        past verb governs shares its past: "had forced them to cancel drives ahead of the
        Nov. 5 election" tells cancelled drives."""
        if not _awaited(self.text, hit.start):
            return False
        root = self._root(hit)
        if root is None:
            return self.direction(hit) != "past"
        clause = _clause_of(root)
        tense = _own_tense(clause)
        if tense is None and clause.dep_ == "xcomp":
            tense = _own_tense(clause.head)
        return tense != "past"

    def recurs(self, hit: Hit) -> bool:
        """ "Sunday services", "evening and Sunday services", "Friday prayers": a weekday
        qualifying a bare plural names a set; "the Tuesday talks" are particular ones.
        "the Sunday bus" names a kind of thing that runs every Sunday; "the Sunday
        match", "a Sunday rally" are one occasion."""
        root = self._root(hit)
        if root is None:
            return False
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ not in _MODIFIER_DEPS:
            return False
        noun = root.head
        if noun.lower_ in words.TIMETABLED_NOUNS:
            return True
        if noun.tag_ not in ("NNS", "NNPS"):
            return False
        return not any(child.dep_ in ("det", "poss") for child in noun.children)

    def note(self, start: int, end: int, resolved: Resolved) -> None:
        """Remember where a date resolved wholly after P starts, and where one spans years
        ("the late 1990s", "the last five years"), for the dates after it."""
        published = self.published
        if published is not None and resolved.first is not None and resolved.first > published:
            bisect.insort(self._ahead, start)
        first, last = resolved.first, resolved.last
        if first is not None and last is not None and (last - first).days > _YEAR_DAYS:
            bisect.insort(self._spans, (start, end))

    def ahead_before(self, hit: Hit) -> bool:
        """Whether a date before the hit in its sentence lies after P and the hit's present
        verb states an event: the sentence then speaks of the future ("The play runs until
        October 26 and transfers to London in February"). Not "The bank meets on October
        30, and inflation is 3%, up from 2% in February": that "is" tells a state."""
        if not self._tense_and_schedule(hit).stated:
            return False
        begin = self._sentence_bounds(hit)[0]
        index = bisect.bisect_left(self._ahead, begin)
        return index < len(self._ahead) and self._ahead[index] < hit.start

    def recurs_in_clause(self, hit: Hit) -> bool:
        """ "Every spring we throw money at it in June": a time adverbial with "every" or
        "each" on the date's verb makes the clause a recurring set; so does such a noun the
        date places ("every warm spell in February"), an adverb of habit ("is usually
        triggered in October"), or a span of years dating the same verb ("In the late
        1990s, spawning fell in the second week of December"). Not a date after "since":
        "paid late every month since March" counts the habit from that one March."""
        root = self._root(hit)
        if root is None or self._counts_from(hit):
            return False
        if _places_a_set(root):
            return True
        clause = _clause_of(root)
        return _habit_reaches(clause) or self._spans_years(hit, clause)

    def _spans_years(self, hit: Hit, clause: Token) -> bool:
        """Whether a span of years opening the hit's clause sets its scene: "In the last
        five years it has happened in late November". Not "would hand over records for
        the past five years in April", where the span follows the verb."""
        begin = self._sentence_bounds(hit)[0]
        index = bisect.bisect_left(self._spans, (begin,))
        for start, end in self._spans[index:]:
            if start >= hit.start:
                return False
            span = self._root_at(start, end)
            if span is not None and span.head.head.i == clause.i and span.i < clause.i:
                return True
        return False

    def near(self, cue: _Cue, hit: Hit) -> bool:
        """Whether the cue occurs in the hit's sentence, within _WINDOW characters of it."""
        if cue not in self._cues:
            self._cues[cue] = self._cue_positions(cue)
        positions = self._cues[cue]
        begin, end = self._sentence_bounds(hit)
        index = bisect.bisect_left(positions, begin)
        return index < len(positions) and positions[index] < end

    def kinds_of(self, cue: _Cue) -> frozenset[str]:
        """The different words of the cue the text holds, each by its stem ("scored" and
        "scoring", "half-time" and "halftime", "goal" and "goals" count once)."""
        if cue not in self._kinds:
            found: frozenset[str] = frozenset()
            if any(word in _folded(self.text) for word in cue.words):
                matches = cue.pattern.finditer(self.text)
                found = frozenset(_stem(match.group()) for match in matches)
            self._kinds[cue] = found
        return self._kinds[cue]

    def _cue_positions(self, cue: _Cue) -> list[int]:
        folded = _folded(self.text)
        if not any(word in folded for word in cue.words):
            return []
        return [found.start() for found in cue.pattern.finditer(self.text)]

    def _sentence_bounds(self, hit: Hit) -> tuple[int, int]:
        starts = self._sentence_starts()
        before = bisect.bisect_right(starts, hit.start) - 1
        after = bisect.bisect_left(starts, hit.end)
        begin = max(starts[before] if before >= 0 else 0, hit.start - _WINDOW)
        end = min(starts[after] if after < len(starts) else len(self.text), hit.end + _WINDOW)
        return begin, end

    def _root(self, hit: Hit) -> Token | None:
        """The token the expression hangs from in the parse; None without a parse."""
        return self._root_at(hit.start, hit.end)

    def _root_at(self, start: int, end: int) -> Token | None:
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return None if span is None or len(span) == 0 else span.root

    def _tense_of(self, hit: Hit) -> _Reading:
        if self._parsed:
            root = self._root(hit)
            if root is None:
                return _Reading("present")
            reading = self._governing_tense(_said_on(root) or root)
            if reading is not None:
                return reading
        if self.near(_FUTURE_CUE, hit) or self._fixture_before(hit):
            return _Reading("future")
        return _Reading("present")

    def _fixture_before(self, hit: Hit) -> bool:
        """ "Harbridge travel to Leeds on Saturday": a team name, then a fixture verb."""
        begin = self._sentence_bounds(hit)[0]
        return _FIXTURE_CUE.search(self.text, begin, hit.start) is not None

    def _governing_tense(self, token: Token) -> _Reading | None:
        """Walk up from the date to the first word that shows a tense.

        Also says whether that word is a present-tense verb the date hangs on directly
        (no noun between them), which makes the clause a schedule, and whether it is a
        verb of a sitting reached from outside its subject. A phrase opened by "since"
        looks back ("since being called up in January"); a present verb of a clause of
        time or condition takes a future from its main clause ("If the bill passes before
        the House rises in June, the changes would take effect"), and a present one above
        a notice of what is coming ("has issued a wind warning from 6am on Saturday")
        looks ahead.
        """
        current = token
        via = token
        direct = True
        subject = False
        notice = False
        for _ in range(_MAX_HOPS):
            if _opens_since(current, via, token):
                return _Reading("past")
            if current.i not in self._token_tenses:
                self._token_tenses[current.i] = _own_tense(current)
            verdict = self._token_tenses[current.i]
            if verdict is not None or current.head.i == current.i:
                if verdict is None:
                    return None
                if verdict != "future" and self._conditions_future(current, verdict):
                    return _Reading("future")
                foretold = _foretells(current, token)
                if verdict == "present" and (notice or foretold):
                    return _Reading("future")
                stated = verdict == "present" and _states_event(current, via)
                session = stated and not subject and current.lemma_.lower() in words.SESSION_LEMMAS
                planned = self._planned_before(current)
                foretold = foretold and verdict == "past"
                return _Reading(verdict, stated, direct and stated, session, planned, foretold)
            if current.i != token.i and current.pos_ in _NOMINAL and via.dep_ not in _SIBLING_DEPS:
                direct = False
            subject = subject or current.dep_ in _SUBJECT_DEPS
            notice = notice or (current.lower_ in words.WARNING_NOUNS and via.dep_ == "prep")
            via, current = current, current.head
        return None

    def _conditions_future(self, token: Token, tense: Tense) -> bool:
        """Whether a verb opens a clause of time or condition ("if", "before", "once") on a
        clause that looks ahead: English writes such a future in the present, and in the
        past under a reported "would" ("said it would call off the strike if the company
        came back before Monday"). "If the bill passed in June, nobody will notice" is past.
        """
        if not _marked_by(token, words.CONDITION_MARKS):
            return False
        head = token.head
        if tense == "past" and not _is_future_in_past(head, list(head.children)):
            return False
        above = self._governing_tense(head)
        if above is None:
            return False
        excepted = tense == "present" and _marked_by(token, words.EXCEPTION_MARKS)
        return above.tense == "future" or (excepted and above.tense == "present")

    def _planned_before(self, token: Token) -> bool:
        """Whether a plan participle hangs on a past clause ("cancelled flights scheduled
        for Thursday"): the plan looks ahead from that act, not from P."""
        if token.tag_ != "VBN" or token.dep_ not in _REDUCED_CLAUSE_DEPS:
            return False
        if token.lemma_.lower() not in words.SCHEDULE_PARTICIPLES:
            return False
        above = self._governing_tense(token.head)
        return above is not None and above.tense == "past"

    def _sentence_starts(self) -> list[int]:
        """Where sentences start: from the parse when there is one, else from punctuation."""
        if self._starts is None:
            if self._split:
                self._starts = [sentence.start_char for sentence in self.doc.sents]
            else:
                self._starts = [0, *(end.end() for end in _SENTENCE_BREAK.finditer(self.text))]
        return self._starts


@dataclass(frozen=True, slots=True)
class _Reading:
    """The tense of a date's clause; whether its present verb states an event (directly, a
    schedule), or a sitting; whether it is a plan told from a past act; and whether a past
    clause foretells it (a forecast, a warning)."""

    tense: Tense
    stated: bool = False
    schedule: bool = False
    session: bool = False
    planned_before: bool = False
    foretold: bool = False


_AUX_DEPS = frozenset({"aux", "auxpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
_REDUCED_CLAUSE_DEPS = frozenset({"acl", "advcl", "amod"})
# "on Thursday and Friday", "on Friday, Oct. 6": the head is another date, not a noun.
_SIBLING_DEPS = frozenset({"conj", "appos"})
_ADVERBIAL_DEPS = frozenset({"npadvmod", "advmod"})
_MODIFIER_DEPS = frozenset({"compound", "nmod"})
_PREDICATE_POS = frozenset({"ADJ", "VERB", "AUX"})
# A verb joined to a habitual one shares its habit: "usually peak in October and begin to
# fall when temperatures drop in November".
_HABIT_LINK_DEPS = frozenset({"conj", "xcomp", "advcl"})
# What someone said reaches up to the reporting verb through these: "said [profit would
# double] and [was due to ...]".
_REPORTED_DEPS = frozenset({"conj", "ccomp", "acomp"})
_SUBJECT_OR_AUX_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass"})
# Where a clause holds a notice: "issued a warning", "there is relief in the forecast".
_NOTICE_HOLDERS = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})
# Without a parse, a future cue anywhere near the date decides; so does a game word for quarters.
_FUTURE_CUE = _Cue(
    _compile(rf"\b{_alternation(words.FUTURE_CUE_PHRASES)}\b|['’]ll\b"),
    (*_first_words(words.FUTURE_CUE_PHRASES), "'ll", "’ll"),
)
_FIXTURE_CUE = _compile(
    rf"(?-i:\b[A-Z][\w.'’-]{{0,30}})\s+(?-i:{_alternation(words.FIXTURE_VERBS)})s?\b"
)
# "hours of overtime" is paid work, not a game's extra period.
_SPORT_CUE = _Cue(
    _compile(rf"\b{_alternation(words.SPORT_WORDS)}\b(?<!of overtime)"), tuple(words.SPORT_WORDS)
)
# Stems of the sport words that only a game's report uses (unlike points, goals, scoring).
_GAME_ONLY_STEMS = frozenset({"touchdown", "quarterback", "halftime", "inning", "rebound"})


def _happened_on(token: Token) -> bool:
    """ "was struck on April 27": the date after "on" on a verb in the past, not a plan's;
    so is "died on the morning of 9 April", a part of that day."""
    token = _day_part_of(token)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lemma_.lower() in words.SCHEDULE_LEMMAS | words.COMMITMENT_LEMMAS:
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ in _AUX_DEPS and c.tag_ == "VBD" for c in verb.children)
    )


def _day_part_of(token: Token) -> Token:
    """The day part a date is "of" ("the morning of 9 April"), else the date itself."""
    prep = token.head
    part = prep.head
    if token.dep_ == "pobj" and prep.lower_ == "of" and part.lower_ in words.DAY_PARTS:
        return part
    return token


def _reporter_of(token: Token, through: frozenset[str] | None = None) -> Token | None:
    """The nearest reporting verb whose reported clause holds the token, if any.

    With `through`, the climb goes on only from words joined to their head by one of
    those relations, so that the token's own clause is what is said.
    """
    current = token
    for _ in range(_MAX_HOPS):
        if through is not None and current.dep_ not in through:
            return None
        via, current = current, current.head
        if current.i == via.i:
            return None
        if _is_said(via):
            return current
    return None


def _is_said(clause: Token) -> bool:
    """Whether the clause is the complement of a reporting verb ("said [it would ...]")."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words.REPORTING_LEMMAS


def _dated_weekday(verb: Token) -> int | None:
    """The weekday of "on Sunday" (or bare "Sunday") on the verb."""
    for child in verb.children:
        dated = child
        if child.dep_ == "prep" and child.lower_ == "on":
            dated = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ != "npadvmod":
            continue
        weekday = words.WEEKDAYS.get(dated.lower_)
        if weekday is not None:
            return weekday
    return None


def _is_made_for(token: Token) -> bool:
    """ "cancelled classes for Friday": the date after "for" on a verb in the simple past.
    Not "jailed for Friday's attack", where the day owns a noun."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.dep_ == "prep"
        and prep.head.tag_ == "VBD"
    )


def _closes_span(text: str, start: int) -> bool:
    """ "the year to 31 March", "the six months to June 30": a day closing a span of accounts."""
    before = _words_before(text, start)
    return len(before) == 2 and before[1] == "to" and before[0] in words.ACCOUNTING_SPAN_NOUNS


def _places_a_set(token: Token) -> bool:
    """ "every warm spell in February": the date after "in" or "during" on a noun with
    "every" or "each"; "every day since February" counts from a date."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in words.WITHIN_PREPOSITIONS:
        return False
    return any(
        child.dep_ == "det" and child.lower_ in words.RECURRING_DETERMINERS
        for child in prep.head.children
    )


def _is_habitual(clause: Token) -> bool:
    """Whether a verb tells a habit: "every"/"each" time adverbial, or "usually"."""
    for child in clause.children:
        if child.dep_ not in _ADVERBIAL_DEPS:
            continue
        if child.lower_ in words.HABITUAL_ADVERBS or any(
            grand.dep_ == "det" and grand.lower_ in words.RECURRING_DETERMINERS
            for grand in child.children
        ):
            return True
    return False


def _habit_reaches(clause: Token) -> bool:
    """Whether the clause, or a verb it is joined to as complement, adverbial clause or
    conjunct sharing its subject, tells a habit. "Lessons run every Monday, and the last
    class was on Saturday": a conjunct with its own subject tells its own time."""
    current = clause
    for _ in range(_MAX_HOPS):
        if _is_habitual(current):
            return True
        if current.dep_ not in _HABIT_LINK_DEPS or current.head.i == current.i:
            return False
        if current.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in current.children):
            return False
        current = current.head
    return False


def _clause_of(token: Token) -> Token:
    """The verb a word belongs to: the nearest verb at or above it, else the root."""
    current = token
    for _ in range(_MAX_HOPS):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def _said_on(token: Token) -> Token | None:
    """ "Norvik said on Wednesday it would cut jobs": a date between a reporting verb and
    the subject of what was said dates the saying, though the parser may hang it on the
    clause. Not "said that on Wednesday it would", where the date opens the clause.
    """
    attach = token.head if token.dep_ == "pobj" else token
    clause = attach.head
    reporter = clause.head
    if not _is_said(clause):
        return None
    opening = [c.i for c in clause.children if c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark"]
    if not opening or not reporter.i < attach.i < min(opening):
        return None
    return reporter


def _foretells(verb: Token, date: Token) -> bool:
    """Whether a clause foretells the date: a verb of forecasting ("forecast heavy rain over
    the weekend"), or a notice it issues or holds that covers the day ("issued a warning
    through Wednesday", "there is relief in the forecast for the weekend").

    Not "nobody expected rain on Monday" nor "had expected": a story of what was thought.
    """
    children = list(verb.children)
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in children)
    if lemma in words.FORECAST_VERBS or (passive and lemma in words.IMPERSONAL_FORECAST_VERBS):
        return not any(
            c.dep_ == "neg" or (c.dep_ in _AUX_DEPS and c.lemma_.lower() == "have")
            for c in children
        )
    prep = date.head
    if date.dep_ != "pobj" or prep.head.i != verb.i or prep.lower_ not in words.NOTICE_PREPOSITIONS:
        return False
    nouns = [c for c in children if c.dep_ in _NOTICE_HOLDERS]
    held = [g for n in nouns for p in n.children if p.dep_ == "prep" for g in p.children]
    return any(n.lower_ in words.WARNING_NOUNS for n in (*nouns, *held))


def _opens_since(current: Token, via: Token, date: Token) -> bool:
    """ "since being called up in January": a clause or phrase under "since", around the
    date, tells of the past. "since January" itself is left to the preposition's reading."""
    return current.lower_ == "since" and current.dep_ == "prep" and via.i != date.i


def _own_tense(token: Token) -> Tense | None:
    """The tense one token shows by its auxiliaries, its form, or a look-ahead word."""
    children = list(token.children)
    if any(c.dep_ in _AUX_DEPS and c.lower_ in words.FUTURE_AUXILIARIES for c in children):
        return "future"
    if _is_past_setting(token, children):
        return "past"
    if _is_future_in_past(token, children):
        return "future"
    if any(c.dep_ == "amod" and c.lower_ in words.FUTURE_ADJECTIVES for c in children):
        return "future"
    if _looks_ahead(token, children) or _is_be_to(token, children) or _is_due(token, children):
        return "future"
    if _is_committed(token, children) or _is_appointed_for(token, children):
        return "future"
    if _prepares(token, children) or _is_enough_to(token, children):
        return "future"
    if _expects_ahead(token, children):
        return "future"
    if _is_imperative(token, children):
        return "future"
    if token.tag_ in ("VBZ", "VBP") and token.lemma_.lower() in words.FIXTURE_VERBS:
        return "future"
    if _is_reduced_past(token, children):
        return "past"
    if token.pos_ not in ("VERB", "AUX"):
        return None
    aux_tags = {c.tag_ for c in children if c.dep_ in _AUX_DEPS}
    if _is_present_spelled_as_base(token, children):
        return "present"
    if token.tag_ == "VBD" or "VBD" in aux_tags or _is_past_spelled_as_present(token, children):
        return "past"
    if token.tag_ in ("VBZ", "VBP", "MD") or aux_tags & {"VBZ", "VBP", "MD"}:
        return "present"
    return None


def _is_past_spelled_as_present(token: Token, children: list[Token]) -> bool:
    """ "the 63 billion yen it forecast in May": a base form after "he", "she" or "it".

    The tagger reads such a verb as present, but the present would end in -s. So is
    "we read about it on Friday": a verb spelled alike in both, dated, tells the past.
    """
    if token.tag_ != "VBP":
        return False
    return token.lower_ in words.SAME_PAST_VERBS or any(
        c.dep_ == "nsubj" and c.lower_ in words.THIRD_PERSON_SINGULAR for c in children
    )


def _is_present_spelled_as_base(token: Token, children: list[Token]) -> bool:
    """ "On Saturday, the photographs ... go on public view": a main verb in the base form
    with a subject of its own and no auxiliary is a present the tagger misread."""
    return (
        token.tag_ == "VB"
        and token.dep_ == "ROOT"
        and any(c.dep_ in _SUBJECT_DEPS for c in children)
        and not any(c.dep_ in _AUX_DEPS for c in children)
    )


def _is_reduced_past(token: Token, children: list[Token]) -> bool:
    """ "a study published on Wednesday": a bare participle on a noun tells what was done.

    Its clause, not the sentence's ("species may soon vanish, says a study published on
    Wednesday"), dates the expression. Not "a strike called for Monday", an appointment.
    """
    if token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    return not any(
        c.dep_ in _AUX_DEPS or (c.dep_ == "prep" and c.lower_ == "for") for c in children
    )


def _is_future_in_past(token: Token, children: list[Token]) -> bool:
    """ "said its members would march on Tuesday", "it could be debated on Monday".

    Not "would have marched", not "could not be reached on Monday", and not "if you'd
    offered me this in August", where "'d" is "had".
    """
    lowered = {c.lower_ for c in children if c.dep_ in _AUX_DEPS}
    if lowered & {"have", "'ve", "’ve"}:
        return False
    if lowered & words.CONDITIONAL_AUXILIARIES:
        return not _is_contracted_had(token, lowered)
    negated = any(c.dep_ == "neg" for c in children)
    return bool(lowered & words.POSSIBILITY_AUXILIARIES) and not (
        negated and lowered & words.PAST_ABILITY_AUXILIARIES
    )


def _is_contracted_had(token: Token, auxiliaries: set[str]) -> bool:
    """ "you'd offered", "she'd been told": "'d" with a past participle and no "be" after it."""
    conditional = auxiliaries & words.CONDITIONAL_AUXILIARIES
    return token.tag_ == "VBN" and conditional <= words.CONTRACTED_HAD and "be" not in auxiliaries


def _is_past_setting(token: Token, children: list[Token]) -> bool:
    """ "did her exams in a prefab where you could see your breath in January": "could" in
    a clause opened by "where" or "when" on a noun of a past clause tells what that
    place or time was like, not what was still to come."""
    if token.dep_ != "relcl" or not any(c.tag_ == "WRB" for c in children):
        return False
    if not any(
        c.dep_ in _AUX_DEPS and c.lower_ in words.PAST_ABILITY_AUXILIARIES for c in children
    ):
        return False
    return _clause_of(token.head).tag_ == "VBD"


def _states_event(token: Token, via: Token) -> bool:
    """A present-tense verb that can state a scheduled event, reached from the date by `via`.

    Not a perfect ("has said on Tuesday"), not "says", and not a "be" that says what
    something is ("Unemployment is 8%, up from 5% in February"), unless the date itself
    is what it is ("The deadline is Friday").
    """
    if token.lemma_.lower() in words.REPORTING_LEMMAS:
        return False
    for child in token.children:
        if child.dep_ in _AUX_DEPS and child.lemma_.lower() == "have":
            return False
        if child.dep_ in _COMPLEMENT_DEPS and child.i != via.i and token.lemma_ == "be":
            return False
    return True


def _looks_ahead(token: Token, children: list[Token]) -> bool:
    """ "is scheduled for", "is due to", "plans to", "are going to", "expects"."""
    if token.pos_ not in ("VERB", "ADJ") or token.lemma_.lower() not in words.SCHEDULE_LEMMAS:
        return False
    if token.lemma_.lower() == "go" and not (
        token.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in children)
    ):
        return False
    if token.tag_ in ("VBZ", "VBP"):
        return True
    if any(c.dep_ in _AUX_DEPS and c.tag_ in ("VBZ", "VBP") for c in children):
        return True
    if token.tag_ == "VBN" and token.dep_ in _REDUCED_CLAUSE_DEPS:
        # "with results expected on Monday", "the vote, scheduled for Friday,"
        return token.lemma_.lower() in words.SCHEDULE_PARTICIPLES
    head = token.head
    return bool(token.pos_ == "ADJ" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"))


def _expects_ahead(token: Token, children: list[Token]) -> bool:
    """ "told jurors to expect closing arguments Monday", "said it expected heavy traffic
    over the weekend": an expectation as a to-infinitive, or in the past only because it
    is reported, looks ahead.

    Not "had expected", and not a story's "The agency expected heavy traffic on Monday".
    """
    if token.lemma_.lower() not in words.EXPECTATION_LEMMAS:
        return False
    auxiliaries = [c for c in children if c.dep_ in _AUX_DEPS]
    if token.tag_ == "VB":
        return [c.lower_ for c in auxiliaries] == ["to"]
    return token.tag_ == "VBD" and not auxiliaries and _is_reported(token)


def _is_committed(token: Token, children: list[Token]) -> bool:
    """ "the sides had agreed to meet again on Friday": an infinitive a commitment governs,
    or one on a noun of intention ("said it had no plans to call them back before the
    weekend"), or a forecast in reported speech ("said the deal was expected to close in
    June").

    Not in a past relative clause ("walked out over the data that Vientiane agreed to
    share on Tuesday") nor a past clause of time ("before the court agreed to hear it in
    February"): the clause names a past act, and the day dates it.
    """
    if token.tag_ != "VB" or token.dep_ not in ("xcomp", "ccomp", "advcl", "acl"):
        return False
    if _dates_past_act(token.head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    lemma = token.head.lemma_.lower()
    if token.dep_ == "acl":
        return lemma in words.INTENTION_NOUNS
    if token.dep_ == "ccomp":
        # "expected the issue to feature in October": the parser may take the object
        # for the subject of a clause.
        return lemma in words.FORECAST_LEMMAS and _is_reported(token.head)
    if lemma in words.COMMITMENT_LEMMAS or _is_passive_commitment(token.head):
        return True
    return token.dep_ == "xcomp" and lemma in words.FORECAST_LEMMAS and _is_reported(token.head)


def _marked_by(verb: Token, marks: frozenset[str]) -> bool:
    """Whether a verb heads an adverbial clause opened by one of the marks ("before ...",
    "if ..."): which kind of clause it is decides whose time a date in it tells."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children
    )


def _dates_past_act(verb: Token) -> bool:
    """Whether a past verb names a point in a story, so that a date under it dates its
    act: a relative clause ("the data that Vientiane agreed to share on Tuesday") or a
    clause of time ("upheld it last year, before the court agreed to hear the case in
    February")."""
    if verb.tag_ != "VBD":
        return False
    if verb.dep_ == "relcl":
        return True
    return _marked_by(verb, words.TIME_MARKS)


def _prepares(token: Token, children: list[Token]) -> bool:
    """ "ended on Thursday, setting up a fight in November": a participle clause that
    prepares what comes next. Not "setting records in March", which tells what was done."""
    if token.tag_ != "VBG" or token.dep_ != "advcl":
        return False
    lemma = token.lemma_.lower()
    return any((lemma, child.lower_) in words.PREPARING_VERBS for child in children)


def _is_enough_to(token: Token, children: list[Token]) -> bool:
    """ "We have enough water to last until July": what a stock held now suffices for is
    still to come. Not "had enough water to last until July", told of the past."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return False
    stock = token.head
    if stock.lower_ != "enough" and not any(c.lower_ == "enough" for c in stock.children):
        return False
    return stock.head.tag_ in ("VBZ", "VBP")


def _is_passive_commitment(token: Token) -> bool:
    """ "talks that were meant to end in June": a plan, though the verb alone is not one."""
    return token.lemma_.lower() in words.PASSIVE_COMMITMENT_LEMMAS and any(
        c.dep_ == "auxpass" for c in token.children
    )


def _is_reported(token: Token) -> bool:
    """Whether the clause is what someone said: a complement of "say", or joined to one
    ("said profit would double and was due to ...")."""
    return _reporter_of(token, through=_REPORTED_DEPS) is not None


def _is_appointed_for(token: Token, children: list[Token]) -> bool:
    """ "which had been scheduled for Friday, was postponed on Tuesday": a pluperfect plan.

    The plan is told from the later change, and the day it names is still to come.
    "was scheduled for Friday but was postponed" keeps its simple past: that Friday is gone.
    """
    if token.tag_ != "VBN" or token.lemma_.lower() not in words.APPOINTED_FOR_LEMMAS:
        return _is_perfect_for(token, children)
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children)


def _is_perfect_for(token: Token, children: list[Token]) -> bool:
    """ "sailings have been cancelled for Saturday", "had cancelled leave for the weekend":
    a perfect whose "for" (on it or its object) names a day names the day the act is
    for, still to come.

    Not "has been jailed for Saturday's attack": there the day owns a noun.
    """
    if token.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children
    ):
        return False
    objects = [g for c in children if c.dep_ == "dobj" for g in c.children]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
        for c in (*children, *objects)
    )


def _is_imperative(token: Token, children: list[Token]) -> bool:
    """ "Ask me in March.": a bare verb opening a sentence or a quote, with no subject."""
    if token.tag_ != "VB" or any(c.dep_ in _SUBJECT_OR_AUX_DEPS for c in children):
        return False
    head = token.head
    if token.dep_ != "ROOT" and not (
        token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in words.REPORTING_LEMMAS
    ):
        return False
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return before.is_quote or before.text == ":"


def _is_due(token: Token, children: list[Token]) -> bool:
    """ "are due in court on Monday": a present "be" whose complement looks ahead; a past
    one only in reported speech ("said more cancellations were likely on Friday")."""
    if token.lemma_ != "be" or not any(
        c.dep_ == "acomp" and c.lemma_.lower() in words.LOOK_AHEAD_COMPLEMENTS for c in children
    ):
        return False
    return token.tag_ in ("VBZ", "VBP") or _is_reported(token)


def _is_be_to(token: Token, children: list[Token]) -> bool:
    """ "The summit is to take place on Friday": present "be" with a to-infinitive."""
    if token.tag_ != "VB" or token.dep_ != "xcomp":
        return False
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    return bool(has_to and token.head.lower_ in words.PRESENT_BE)


# --------------------------------------------------------------------------
# Resolvers: one per kind of expression
# --------------------------------------------------------------------------


def _fixed(
    ctx: _Context, hit: Hit, *, first: dt.date, last: dt.date, granularity: Granularity
) -> Resolved:
    return Resolved(first, last, granularity, False)


def _resolve_calendar_day(ctx: _Context, hit: Hit) -> Resolved | None:
    """A month and day: its written year, a year the article states, else nearest P (but
    not after P when a past clause tells it happened, nor before P when it is awaited)."""
    if hit.month is None or hit.day is None:
        return None
    year = hit.year or hit.year_hint
    if year is None:
        relative_year = ctx.relative_year(hit)
        if relative_year is not None:
            first = dt.date(relative_year, hit.month, hit.day)
            return Resolved(first, first, "day", True)
        year = ctx.stated_year(hit)
        if year is not None:
            told = dt.date(year, hit.month, hit.day)
            if ctx.contradicts(hit, told, told):
                year = None
    if year is not None:
        stated = dt.date(year, hit.month, hit.day)
        return Resolved(stated, stated, "day", False)
    if ctx.published is None:
        return _unresolved("day")
    nearest = _closest_day(ctx.published, hit.month, hit.day, hit.weekday)
    if nearest is not None and ctx.happened_after(hit, nearest):
        nearest = _shift_year(nearest, -1)
    elif nearest is not None and nearest < ctx.published and ctx.awaits(hit):
        nearest = _shift_year(nearest, 1)
    return None if nearest is None else Resolved(nearest, nearest, "day", True)


def _shift_year(day: dt.date, years: int) -> dt.date:
    """The same month-day `years` later (or earlier); 29 February stays, having none."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day


def _closest_day(
    published: dt.date, month: int, day: int, weekday: int | None = None
) -> dt.date | None:
    """The year that puts the month-day closest to P; on a tie, the earlier one.

    A weekday written with it ("Friday, October 6") picks among the years where the
    day falls on that weekday, when one of them is near.
    """
    options: list[dt.date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    agreeing = [option for option in options if option.weekday() == weekday]
    if agreeing:
        options = agreeing
    if not options:
        return None
    return min(options, key=lambda option: (abs((option - published).days), option > published))


_RELATIVE_MODS = frozenset({"last", "next", "this", "this coming", "this past"})


def _month_year(ctx: _Context, hit: Hit, mod: str) -> tuple[int, bool] | None:
    """The year of a month expression and whether P decided it."""
    if hit.month is None:
        return None
    if hit.year is not None:
        return hit.year, False
    if mod not in _RELATIVE_MODS:
        if hit.year_hint is not None:
            return hit.year_hint, False
        relative_year = ctx.relative_year(hit)
        if relative_year is not None:
            return relative_year, True
        stated = ctx.stated_year(hit)
        if stated is not None and not ctx.contradicts(hit, *_month_span(stated, hit.month)):
            return stated, False
    published = ctx.published
    if published is None:
        return None
    if mod in ("last", "this past"):
        return (published.year if hit.month < published.month else published.year - 1), True
    if mod in ("next", "this coming"):
        return (published.year if hit.month > published.month else published.year + 1), True
    if mod == "this":
        return published.year, True
    direction = ctx.direction(hit)
    months_back = (published.month - hit.month) % 12
    past_reach = months_back > _PRESENT_REACH
    if direction == "present" and past_reach and (ctx.schedule(hit) or ctx.ahead_before(hit)):
        direction = "future"
    return _nearest_month_year(published, hit.month, direction), True


def _resolve_month(ctx: _Context, hit: Hit, *, mod: str) -> Resolved | None:
    """A month alone or with a year; "early", "late", "mid" keep the whole month."""
    if _may_recur(hit, mod) and ctx.recurs_in_clause(hit):
        return None
    found = _month_year(ctx, hit, mod)
    if found is None:
        return _unresolved("month") if hit.month is not None else None
    year, relative = found
    first, last = _month_span(year, hit.month or 1)
    return Resolved(first, last, "month", relative)


def _may_recur(hit: Hit, mod: str) -> bool:
    """Whether a month can name a set: not with a year, nor "last", "next" or "this"."""
    return hit.year is None and hit.year_step is None and mod not in _RELATIVE_MODS


def _resolve_month_week(ctx: _Context, hit: Hit, *, week: int) -> Resolved | None:
    """ "the first week of October": days 1-7; "the last week": the final seven days."""
    if _may_recur(hit, "") and ctx.recurs_in_clause(hit):
        return None
    found = _month_year(ctx, hit, "")
    if found is None:
        return _unresolved("span") if hit.month is not None else None
    year, relative = found
    first, last = _month_span(year, hit.month or 1)
    if week == 0:
        return Resolved(last - dt.timedelta(days=6), last, "span", relative)
    start = first + dt.timedelta(weeks=week - 1)
    return Resolved(start, start + dt.timedelta(days=6), "span", relative)


def _resolve_weekday(ctx: _Context, hit: Hit, *, weekday: int, mod: str) -> Resolved | None:
    """Past and present: the latest on or before P; future or "next": the first after P."""
    published = ctx.published
    if not mod and (ctx.recurs(hit) or ctx.recurs_in_clause(hit)):
        return None
    if published is None:
        return _unresolved("day")
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if mod in ("last", "this past"):
        offset = -(back or 7)
    elif mod in ("next", "this coming"):
        offset = ahead or 7
    elif not _looks_forward(ctx, hit, back):
        offset = ahead if ctx.made_for(hit) and ahead < back else -back
    elif mod == "this" or (ahead == 0 and _counts_today(ctx, hit)):
        offset = ahead
    else:
        said = _ahead_of_saying(ctx, hit, weekday)
        offset = (ahead or 7) if said is None else said
    day = published + dt.timedelta(days=offset)
    return Resolved(day, day, "day", True)


def _ahead_of_saying(ctx: _Context, hit: Hit, weekday: int) -> int | None:
    """What is still to come in a report dated an earlier day counts from that day: "said
    on Sunday that supply would return on Monday", written on Monday, means P. The
    offset from P of the first such weekday after the saying; None when no earlier day
    dates it."""
    said = ctx.said_weekday(hit)
    published = ctx.published
    if said is None or published is None:
        return None
    back = (published.weekday() - said) % 7
    if back == 0:
        return None
    return ((weekday - said) % 7 or 7) - back


def _resolve_week_day(ctx: _Context, hit: Hit, *, weekday: int, step: int) -> Resolved:
    """ "Thursday last week": that weekday in the week named, whatever the tense."""
    if ctx.published is None:
        return _unresolved("day")
    monday, _ = _unit_span(ctx.published, "week", step)
    day = monday + dt.timedelta(days=weekday)
    return Resolved(day, day, "day", True)


def _counts_today(ctx: _Context, hit: Hit) -> bool:
    """Whether a weekday looking ahead may be P itself: "later on Thursday", or a plan
    told from a past act ("cancelled flights scheduled for Thursday", on a Thursday)."""
    return "later" in _words_before(ctx.text, hit.start) or ctx.planned_before(hit)


def _looks_forward(ctx: _Context, hit: Hit, back: int) -> bool:
    """Future clauses look ahead; so do present-tense schedules ("the launch is on Thursday").

    A present-tense clause still reads a day of the last two as past: news writes the
    just-happened in the present ("the ferry leaves on Friday", written on Sunday);
    a sitting that starts or ends ("the trial opens on Monday") is still to come. A past
    forecast or warning looks ahead from its issue, so it too reads only those two as past;
    so does a plan told from a past act ("postponed operations scheduled for Wednesday",
    written on Thursday): the act is recent news, and the plan may be already due.
    """
    direction = ctx.direction(hit)
    if direction == "future":
        return back > _PRESENT_BACK_DAYS or not ctx.planned_before(hit)
    if direction == "past":
        return back > _PRESENT_BACK_DAYS and ctx.foretold(hit)
    if direction != "present":
        return False
    return (back > _PRESENT_BACK_DAYS and ctx.schedule(hit)) or ctx.opens_session(hit)


def _resolve_offset(ctx: _Context, hit: Hit, *, days: int) -> Resolved:
    """today, yesterday, tomorrow, last night."""
    if ctx.published is None:
        return _unresolved("day")
    day = ctx.published + dt.timedelta(days=days)
    return Resolved(day, day, "day", True)


def _resolve_weekend(ctx: _Context, hit: Hit, *, which: str) -> Resolved:
    """Saturday and Sunday of the week meant; "the weekend" by tense."""
    published = ctx.published
    if published is None:
        return _unresolved("span")
    saturday = _week_span(published)[0] + dt.timedelta(days=5)
    on_weekend = published.weekday() >= 5
    if which == "last":
        saturday -= dt.timedelta(weeks=1)
    elif which == "next":
        saturday += dt.timedelta(weeks=1)
    elif which in ("this past", "the past"):
        saturday -= dt.timedelta(weeks=0 if published.weekday() == 6 else 1)
    elif which in ("this coming", "the coming"):
        saturday += dt.timedelta(weeks=1 if on_weekend else 0)
    elif which == "the":
        saturday += dt.timedelta(weeks=_weekend_step(ctx, hit, published))
    return Resolved(saturday, saturday + _ONE_DAY, "span", True)


def _weekend_step(ctx: _Context, hit: Hit, published: dt.date) -> int:
    """Weeks from P's weekend to "the weekend": the past one or the coming one by tense.

    On a Saturday the current one is both; on a Sunday it is past, so a clause that
    looks ahead ("planned to spend the weekend at home") means the next one.
    """
    weekday = published.weekday()
    if weekday == 5:
        return 0
    forward = _looks_forward(ctx, hit, weekday + 1)
    if weekday == 6:
        return 1 if forward else 0
    return 0 if forward else -1


_UNIT_GRANULARITY: dict[str, Granularity] = {
    "week": "week",
    "month": "month",
    "year": "year",
    "quarter": "span",
}


def _resolve_unit(
    ctx: _Context, hit: Hit, *, step: int, unit: str, mod: str, definite: bool
) -> Resolved | None:
    """this/last/next week, month, quarter, year; "earlier this" and "later this" cut at P.

    "the end of the week" is P's week only outside a story: "He bought me a pie at the
    end of the week" tells the week of the story, not a date.
    """
    if definite and ctx.direction(hit) == "past":
        return None
    published = ctx.published
    granularity = _UNIT_GRANULARITY[unit]
    if published is None:
        return _unresolved(granularity)
    first, last = _unit_span(published, unit, step)
    if step == 0 and mod == "earlier":
        return Resolved(first, published, "span", True)
    if step == 0 and mod in ("later", "the rest of", "the remainder of"):
        return Resolved(published, last, "span", True)
    return Resolved(first, last, granularity, True)


def _resolve_ahead(ctx: _Context, hit: Hit, *, unit: str) -> Resolved:
    """ "the year ahead" is P's year; "the week ahead" the seven days from P."""
    published = ctx.published
    if published is None:
        return _unresolved("year" if unit == "year" else "span")
    if unit == "year":
        first, last = _year_span(published.year)
        return Resolved(first, last, "year", True)
    return Resolved(published, published + _delta(1, unit), "span", True)


def _resolve_trailing(ctx: _Context, hit: Hit, *, count: int, unit: str, forward: bool) -> Resolved:
    """ "the last two weeks": from P minus the span to P ("the next", from P on)."""
    published = ctx.published
    if published is None:
        return _unresolved("span")
    if forward:
        return Resolved(published, published + _delta(count, unit), "span", True)
    return Resolved(published - _delta(count, unit), published, "span", True)


def _resolve_ago(ctx: _Context, hit: Hit, *, count: int, unit: str, sign: int) -> Resolved:
    """ "two weeks ago": that day; "two months ago": that month; "five years ago": that year."""
    singular = _norm(unit).rstrip("s")
    granularity: Granularity = (
        "month" if singular == "month" else "year" if singular in ("year", "decade") else "day"
    )
    published = ctx.published
    if published is None:
        return _unresolved(granularity)
    moment = published + _delta(count, unit) * sign
    if granularity == "month":
        first, last = _month_span(moment.year, moment.month)
    elif granularity == "year":
        first, last = _year_span(moment.year)
    else:
        first = last = moment
    return Resolved(first, last, granularity, True)


def _resolve_period(
    ctx: _Context, hit: Hit, *, part: int, halves: bool, year: int | None, step: int | None
) -> Resolved | None:
    """A quarter or a half: of a written year, of this/last/next year, or nearest by tense."""
    if ctx.near(_SPORT_CUE, hit) or (year is None and step is None and _in_game_report(ctx)):
        return None
    if year is not None:
        return _period_resolved(year, part, halves, relative=False)
    published = ctx.published
    if published is None:
        return _unresolved("span")
    if step is not None:
        return _period_resolved(published.year + step, part, halves, relative=True)
    now = (published.month - 1) // (6 if halves else 3) + 1
    ahead = ctx.direction(hit) == "future"
    if ahead:
        chosen = published.year if part >= now else published.year + 1
    else:
        chosen = published.year if part <= now else published.year - 1
    return _period_resolved(chosen, part, halves, relative=True)


def _period_resolved(year: int, part: int, halves: bool, *, relative: bool) -> Resolved:
    if halves:
        first, _ = _month_span(year, 6 * part - 5)
        _, last = _month_span(year, 6 * part)
    else:
        first, last = _quarter_span(year, part)
    return Resolved(first, last, "span", relative)


def _in_game_report(ctx: _Context) -> bool:
    """A report of a game, full of its words and holding one only games use: there "the
    third quarter" or "the second half" without a year is a period of play, even in a
    sentence without such words (a bank's "credit scoring" and "basis points" are not)."""
    kinds = ctx.kinds_of(_SPORT_CUE)
    return len(kinds) >= _PERVASIVE and not kinds.isdisjoint(_GAME_ONLY_STEMS)


def _stem(word: str) -> str:
    """A sport word without case, hyphen, plural or verb ending."""
    folded = word.casefold().replace("-", "")
    for ending in ("ing", "ed", "s"):
        if folded.endswith(ending) and len(folded) > len(ending) + 3:
            return folded.removesuffix(ending)
    return folded


def _resolve_previous_quarter(ctx: _Context, hit: Hit) -> Resolved | None:
    """ "in the last quarter" without a year: the calendar quarter before P's; in a game
    report, the last period of play."""
    if _in_game_report(ctx):
        return None
    if ctx.published is None:
        return _unresolved("span")
    first, last = _unit_span(ctx.published, "quarter", -1)
    return Resolved(first, last, "span", True)


# --------------------------------------------------------------------------
# Builders: a match becomes a Hit, or None when it is not a date after all
# --------------------------------------------------------------------------

Builder = Callable[[re.Match[str], str], Hit | None]


_EDGE_LEAD = re.compile(r"the\s+(?:end|start|beginning|middle)\s+of\s+", re.I)


def _span_of(match: re.Match[str]) -> tuple[int, int]:
    """The date's text; "the end of" only places the event within it, as "by" would, so
    "by the end of next year" is "next year" (the edge still cues and resolves it)."""
    start, end = match.span("d")
    lead = _EDGE_LEAD.match(match.string, start, end)
    return (lead.end() if lead else start), end


def _day_hit(start: int, end: int, month: int, day: int, year: int | None) -> Hit | None:
    """A calendar day written with a month name, with or without its year."""
    if not _valid_day(month, day):
        return None
    cycle: Cycle | None = None if year is not None else "year"
    return Hit(start, end, "day", _resolve_calendar_day, month, day, year, cycle=cycle)


def _build_month_day(match: re.Match[str], _text: str) -> Hit | None:
    month = _month_number(match["month"])
    year = _group(match, "year")
    if month is None:
        return None
    found = _day_hit(*_span_of(match), month, int(match["day"]), int(year) if year else None)
    lead = _group(match, "lead")
    if found is None or lead is None:
        return found
    return replace(found, weekday=words.WEEKDAYS.get(_norm(lead)))


def _build_leading_day(match: re.Match[str], _text: str) -> Hit | None:
    """ "9" in "from 9 to 13 December", "between 9 and 13 December", "on 9 and 13 December":
    the opening day takes the month (and year) written after the closing one; the chain
    then joins the two by their link."""
    month, opening = _month_number(match["month"]), int(match["first"])
    if month is None or opening >= int(match["day"]):
        return None
    year = int(match["year"]) if _group(match, "year") else None
    return _day_hit(match.start("first"), match.end("first"), month, opening, year)


def _build_iso(match: re.Match[str], _text: str) -> Hit | None:
    return _day_hit(*_span_of(match), int(match["m"]), int(match["dd"]), int(match["year"]))


def _build_slashed(match: re.Match[str], _text: str) -> Hit | None:
    """10/13/2020 or 13/10/2020; left out when either reading is possible (10/11/2020)."""
    first, second = int(match["a"]), int(match["b"])
    if first > 12 >= second:
        month, day = second, first
    elif second > 12 >= first or first == second:
        month, day = first, second
    else:
        return None
    if not 1 <= month <= 12:
        return None
    return _day_hit(*_span_of(match), month, day, int(match["year"]))


def _build_slashed_short(match: re.Match[str], _text: str) -> Hit | None:
    """ "04/10/25": read day first, as outside the US, else month first; tentative, as the
    order is the writer's custom and the digits may be a score or a ratio, it stands only
    where the article writes that month and day as a date."""
    first, second, short = int(match["a"]), int(match["b"]), int(match["yy"])
    year = short + (2000 if short < 70 else 1900)
    found = None
    if 1 <= second <= 12:
        found = _day_hit(*_span_of(match), second, first, year)
    if found is None and 1 <= first <= 12:
        found = _day_hit(*_span_of(match), first, second, year)
    return None if found is None else replace(found, tentative=True)


def _build_month_range(match: re.Match[str], _text: str) -> Hit | None:
    """ "the July-September quarter": one span from the first month to the last."""
    opening, closing = _month_number(match["month"]), _month_number(match["month2"])
    if opening is None or closing is None or opening == closing:
        return None
    resolver = partial(_resolve_month_range, opening=opening, closing=closing)
    return Hit(*_span_of(match), "other", resolver)


def _resolve_month_range(ctx: _Context, hit: Hit, *, opening: int, closing: int) -> Resolved | None:
    """Both ends read in the hit's clause, as "from July to September" would be."""
    first = _month_hit(hit.start, hit.end, opening, None, "")
    last = _month_hit(hit.start, hit.end, closing, None, "")
    return _resolve_range(ctx, first, last)


def _month_hit(start: int, end: int, month: int, year: int | None, mod: str) -> Hit:
    resolver = partial(_resolve_month, mod=mod)
    cycle: Cycle | None = None if year is not None else "year"
    return Hit(start, end, "month", resolver, month, None, year, cycle=cycle)


def _build_month_year(match: re.Match[str], _text: str) -> Hit | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    return _month_hit(*_span_of(match), month, int(match["year"]), _norm(_group(match, "mod")))


def _build_month_alone(match: re.Match[str], text: str) -> Hit | None:
    month = _month_number(match["month"])
    mod = _norm(_group(match, "mod"))
    start, end = _span_of(match)
    prep = _norm(_group(match, "prep"))
    if month is None:
        return None
    named = _names_after(text, end)
    if not (mod or _month_cue_suffices(month, prep, named) or _shifted_to(match, text)):
        return None
    if not _hedge_fits(match):
        return None
    before = _words_before(text, start)
    if len(before) == 2 and before[1] == "of" and before[0] in _SPELLED_ORDINALS:
        return None  # "the Fourth of July" names a holiday
    if not (mod or _group(match, "prep")) and _names_something(text, start):
        return None  # "Black September"
    if not mod and _spans_a_season(text, start, end):
        return None
    return _month_hit(start, end, month, None, mod)


def _build_month_before_noun(match: re.Match[str], _text: str) -> Hit | None:
    """ "a June report": the month it dates; not "the May government" (a person's)."""
    month = _month_number(match["month"])
    if month is None or month in words.AMBIGUOUS_MONTHS:
        return None
    return _month_hit(*_span_of(match), month, None, "")


def _spans_a_season(text: str, start: int, end: int) -> bool:
    """ "lives on visitors from Easter to October": a month paired in a range with a season
    or a holiday marks a stretch of every year, not a date."""
    return (
        _SEASON_BEFORE.search(text, max(0, start - 40), start) is not None
        or _SEASON_AFTER.match(text, end) is not None
    )


def _build_paired_month(match: re.Match[str], _text: str) -> Hit | None:
    """ "between May and July": "May" is the month when another month is paired with it."""
    month = _month_number(match["month"])
    return None if month is None else _month_hit(*_span_of(match), month, None, "")


_SPELLED_ORDINALS = frozenset(words.SPELLED_ORDINALS)


def _hedge_fits(match: re.Match[str]) -> bool:
    """ "since roughly 2019" is a date; an estimate after other prepositions is more often
    an amount ("sales of about 2000")."""
    hedge = _norm(_group(match, "hedge"))
    if hedge not in words.APPROXIMATE_HEDGES:
        return True
    return _norm(_group(match, "prep")) in words.HEDGED_PREPOSITIONS


def _month_cue_suffices(month: int, prep: str, named: bool) -> bool:
    """Whether a preposition (or none) makes a month name the month, not a person or a verb.

    `named` says a capitalised word follows: "by June Carter" is a person, "by June," a
    deadline.
    """
    if not prep:
        return month in words.BARE_MONTHS
    if month in words.AMBIGUOUS_MONTHS:
        return prep in words.STRONG_MONTH_PREPOSITIONS
    if month in words.NAME_MONTHS and prep in words.WEAK_MONTH_PREPOSITIONS:
        return prep in words.DEADLINE_PREPOSITIONS and not named
    return True


def _shifted_to(match: re.Match[str], text: str) -> bool:
    """ "backdated to April", "postponed to June": "to" after a word that moves a time
    leads to a month, not to a person ("spoke to June")."""
    if _norm(_group(match, "prep")) != "to":
        return False
    before = _words_before(text, match.start("prep"), 1)
    return bool(before) and before[0] in words.TIME_SHIFT_WORDS


def _names_after(text: str, end: int) -> bool:
    """Whether a capitalised word follows on the same line, as a surname would."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following["word"][0].isupper()


def _build_month_relative_year(match: re.Match[str], text: str) -> Hit | None:
    """ "June last year", "March 3 next year": the month or day in the year named beside it."""
    month = _month_number(match["month"])
    written = _group(match, "day")
    step = _STEPS.get(_norm(match["rel"]))
    if month is None or step is None:
        return None
    start, end = _span_of(match)
    if written is not None:
        found = _day_hit(start, end, month, int(written), None)
        return None if found is None else replace(found, year_step=step)
    mod = _norm(_group(match, "mod"))
    before = _words_before(text, start, 1)
    cued = bool(mod) or (bool(before) and before[0] in words.STRONG_MONTH_PREPOSITIONS)
    if month in words.AMBIGUOUS_MONTHS and not cued:
        return None
    return replace(_month_hit(start, end, month, None, mod), year_step=step)


_WEEK_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _build_month_week(match: re.Match[str], _text: str) -> Hit | None:
    month = _month_number(match["month"])
    year = _group(match, "year")
    if month is None:
        return None
    week = _WEEK_ORDINALS.get(_norm(match["ord"]), 0)
    resolver = partial(_resolve_month_week, week=week)
    return Hit(*_span_of(match), "other", resolver, month, None, int(year) if year else None)


def _weekday_hit(start: int, end: int, name: str, mod: str) -> Hit | None:
    weekday = words.WEEKDAYS.get(_norm(name))
    if weekday is None:
        return None
    return Hit(start, end, "weekday", _weekday_resolver(weekday, mod), cycle="week")


@lru_cache(maxsize=256)
def _weekday_resolver(weekday: int, mod: str) -> Resolver:
    return partial(_resolve_weekday, weekday=weekday, mod=mod)


def _build_weekday(match: re.Match[str], _text: str) -> Hit | None:
    return _weekday_hit(*_span_of(match), match["weekday"], _norm(_group(match, "mod")))


def _build_week_day(match: re.Match[str], text: str) -> Hit | None:
    weekday = words.WEEKDAYS.get(_norm(match["weekday"]))
    step = _STEPS.get(_norm(match["rel"]))
    if weekday is None or step is None or _is_recurring(text, match.start("d")):
        return None
    resolver = partial(_resolve_week_day, weekday=weekday, step=step)
    return Hit(*_span_of(match), "other", resolver)


def _is_recurring(text: str, start: int) -> bool:
    """ "every Thursday last month": a set of days, not the one the week names."""
    before = _words_before(text, start, 1)
    return bool(before) and before[0] in words.RECURRING_WORDS


def _build_offset(match: re.Match[str], text: str) -> Hit | None:
    phrase = match["d"]
    if phrase[0].isupper() and not _opens_sentence(text, match.start("d")):
        return None
    resolver = partial(_resolve_offset, days=words.DAY_OFFSETS[_norm(phrase)])
    return Hit(*_span_of(match), "other", resolver)


# What may stand before a word that opens a sentence, a quote or a line.
_OPENING = re.compile(r"(?:\A|[.!?:;…(\[\"“‘'—–-])\s{0,3}\Z")


def _opens_sentence(text: str, start: int) -> bool:
    """ "Tomorrow is the day": a capitalised day word opens a sentence; mid-sentence it is
    a name or a title ("USA Today", a report titled "Pools for Tomorrow")."""
    return _OPENING.search(text[max(0, start - 4) : start]) is not None


def _names_something(text: str, start: int) -> bool:
    """ "Black September": a month right after a capitalised word is part of a name."""
    before = _WORD_THEN_SPACE.search(text[max(0, start - 42) : start])
    return before is not None and before["word"][0].isupper()


def _build_weekend(match: re.Match[str], _text: str) -> Hit:
    resolver = partial(_resolve_weekend, which=_norm(match["which"]))
    return Hit(*_span_of(match), "other", resolver)


_STEPS: dict[str, int] = {"this": 0, "the": 0, "last": -1, "next": 1}
# "earlier this month", "later this year" name their period whatever "of" follows: "set
# a goal earlier this month of halving it" (not "this month of Ramadan").
_CUT_AT_P = frozenset({"earlier", "later"})


def _build_unit(match: re.Match[str], text: str) -> Hit | None:
    which = _norm(match["which"])
    mod = _norm(_group(match, "mod"))
    unit = _norm(match["unit"])
    step = _STEPS.get(which)
    if step is None or (which == "the" and not mod.startswith("the ")):
        return None
    of = _group(match, "of") is not None
    if of and mod not in _CUT_AT_P and not _is_past_of(text, match.start("d"), which, mod):
        return None
    resolver = partial(_resolve_unit, step=step, unit=unit, mod=mod, definite=which == "the")
    year_step = step if unit == "year" and which != "the" else None
    if year_step is not None and _is_comparison(text, match.start("d")):
        year_step = None
    return Hit(*_span_of(match), "other", resolver, year_step=year_step)


def _is_past_of(text: str, start: int, which: str, mod: str) -> bool:
    """ "convicted last month of negligence": "last" or "next" on its own names the period
    before "of" too; after an owner ("his last year of college") it is the final one."""
    if which not in ("last", "next") or mod:
        return False
    before = _words_before(text, start, 1)
    return not (before and before[0] in words.OWNER_WORDS)


def _is_comparison(text: str, start: int) -> bool:
    """ "up 5% from last year", "higher than last year": a yardstick, not the time of events."""
    before = _words_before(text, start, 1)
    return bool(before) and before[0] in words.COMPARISON_WORDS


def _build_ahead(match: re.Match[str], _text: str) -> Hit:
    unit = _norm(_group(match, "u1") or _group(match, "u2") or "year")
    return Hit(*_span_of(match), "other", partial(_resolve_ahead, unit=unit))


def _build_trailing(match: re.Match[str], _text: str) -> Hit | None:
    """ "the last two weeks", "the past year", "the next decade"; not "the last day" nor
    "the next year" (a calendar year)."""
    unit = _norm(match["unit"])
    forward = _norm(match["dir"]) in ("next", "coming")
    number = _group(match, "num")
    if number is None:
        if (forward and unit != "decade") or unit.endswith("s") or unit in ("day", "hour"):
            return None
        count: int | None = 1
    else:
        count = _number_value(number)
    if count is None or count < 1:
        return None
    resolver = partial(_resolve_trailing, count=count, unit=unit, forward=forward)
    return Hit(*_span_of(match), "other", resolver)


def _build_ago(match: re.Match[str], _text: str) -> Hit | None:
    count = _number_value(match["num"])
    if count is None or count < 1:
        return None
    sign = -1 if _norm(match["dir"]) == "ago" else 1
    unit = _norm(match["unit"])
    resolver = partial(_resolve_ago, count=count, unit=unit, sign=sign)
    year_step = sign * count if unit.rstrip("s") == "year" else None
    return Hit(*_span_of(match), "other", resolver, year_step=year_step)


def _year_hit(start: int, end: int, year: int) -> Hit:
    first, last = _year_span(year)
    resolver = partial(_fixed, first=first, last=last, granularity="year")
    return Hit(start, end, "year", resolver, year=year)


def _build_year(match: re.Match[str], text: str) -> Hit | None:
    year = int(match["year"])
    if not _hedge_fits(match):
        return None
    if not _is_year_number(text, match, year, _norm(_group(match, "prep")) or None):
        return None
    return _year_hit(*_span_of(match), year)


def _build_occasion_year(match: re.Match[str], text: str) -> Hit | None:
    """ "The last time they met was 2019.": only where "the last time" is the subject that
    opens the sentence; "At the first time of asking the attendance was 1500" is not."""
    start = match.start()
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    if the is None or not _opens_sentence(text, the.start()):
        return None
    return _build_year(match, text)


_THE_BEFORE = _compile(r"\bthe\s{1,3}\Z")


def _build_season_year(match: re.Match[str], text: str) -> Hit | None:
    """ "the summer of 2003 looks like": after "summer of" a number is a year whatever
    follows it (a verb in -s would otherwise make it a count); "fall 2000 points" is not."""
    if _group(match, "of") is None:
        return _build_year(match, text)
    year = int(match["year"])
    return _year_hit(*_span_of(match), year) if 1000 <= year <= 2199 else None


def _build_year_before_noun(match: re.Match[str], _text: str) -> Hit | None:
    """ "the 2020 elections", "the 2016 Brexit vote", "his 1998 album": a year.

    An event noun says so; so does any word that cannot follow a count: a count takes
    a plural ("the 2000 delegates"), a year a singular or a name. Words of measure
    ("the 1800 block", "the 2000 mark") and of counting ("the 1500 or so") do not.
    Before another plural the number is a year only if the article dates something
    else with it ("dating back to 1839 ... the 1839 arrangements").
    """
    year = int(match["year"])
    if not 1000 <= year <= 2199:
        return None
    following = _norm(match["next"])
    if following in _YEAR_EVENT_NOUNS:
        return _year_hit(*_span_of(match), year)
    if following in words.COUNT_WORDS or following in words.MEASURE_NOUNS:
        return None
    plural = following.endswith("s") and not following.endswith("ss")
    return replace(_year_hit(*_span_of(match), year), tentative=plural)


_YEAR_EVENT_NOUNS = frozenset(_norm(noun) for noun in words.YEAR_EVENT_NOUNS)


def _build_year_range(match: re.Match[str], text: str) -> Hit | None:
    """ "2015-2019", "2015–19", "2020/21": one date from the first year to the last."""
    first = int(match["year"])
    written = match["end"]
    last = int(written) if len(written) == 4 else first - first % 100 + int(written)
    if not (1000 <= first < last <= first + 100) or _is_count(text, match.end()):
        return None
    start, _ = _year_span(first)
    _, end = _year_span(last)
    resolver = partial(_fixed, first=start, last=end, granularity="span")
    return Hit(*_span_of(match), "other", resolver)


def _decade_hit(start: int, end: int, decade: int) -> Hit:
    first, _ = _year_span(decade)
    _, last = _year_span(decade + 9)
    resolver = partial(_fixed, first=first, last=last, granularity="decade")
    return Hit(start, end, "other", resolver)


def _build_decade(match: re.Match[str], _text: str) -> Hit:
    """ "the 1990s"; "the '90s" (a two-digit decade below '20s is this century's)."""
    written = _group(match, "decade")
    if written is not None:
        return _decade_hit(*_span_of(match), int(written))
    tens = int(match["yy"]) * 10
    return _decade_hit(*_span_of(match), (2000 if tens < 20 else 1900) + tens)


def _build_decade_word(match: re.Match[str], _text: str) -> Hit | None:
    decade = words.DECADE_WORDS.get(_norm(match["word"]))
    return None if decade is None else _decade_hit(*_span_of(match), decade)


def _period_year(match: re.Match[str]) -> tuple[int | None, int | None]:
    """The written year (absolute) or this/last/next year (a step from P's year)."""
    year = _group(match, "year") or _group(match, "year2")
    if year is not None:
        return int(year), None
    short = _group(match, "yy")
    if short is not None:
        return 2000 + int(short), None
    rel = _group(match, "rel")
    return None, None if rel is None else _STEPS.get(_norm(rel))


def _build_quarter(match: re.Match[str], text: str) -> Hit | None:
    ordinal = _norm(match["ord"])
    year, step = _period_year(match)
    if ordinal == "last" and year is None and step is None:
        if not _norm(match["d"]).startswith("the"):
            return None
        return Hit(*_span_of(match), "other", _resolve_previous_quarter)
    part = 4 if ordinal in ("last", "final") else words.ORDINALS.get(ordinal)
    if part is None or _is_fiscal_quarter(text, match.end(), part):
        return None
    resolver = partial(_resolve_period, part=part, halves=False, year=year, step=step)
    return Hit(*_span_of(match), "other", resolver)


def _build_q(match: re.Match[str], text: str) -> Hit | None:
    year, _ = _period_year(match)
    part = int(match["q"])
    if _is_fiscal_quarter(text, match.end(), part):
        return None
    resolver = partial(_resolve_period, part=part, halves=False, year=year, step=None)
    return Hit(*_span_of(match), "other", resolver)


def _is_fiscal_quarter(text: str, end: int, part: int) -> bool:
    """ "its fourth quarter ended June 30": a quarter closed by a month that does not close
    that calendar quarter is a financial year's, not a calendar period; its closing day
    is the date. "the fourth quarter ended December 31" is the calendar one."""
    closing = _QUARTER_CLOSE.match(text, end)
    if closing is None:
        return False
    return _month_number(closing["month"]) != 3 * part


_QUARTER_CLOSE = _compile(
    rf",?\s+(?:{_alternation(words.CLOSING_PARTICIPLES)})\s+(?:on\s+)?"
    rf"(?:{_day()}\s+(?:of\s+)?)?{_MONTH_ANY}"
)


def _build_half(match: re.Match[str], _text: str) -> Hit | None:
    year, step = _period_year(match)
    written = _group(match, "h")
    part = int(written) if written is not None else words.ORDINALS.get(_norm(match["ord"]))
    if part is None:
        return None
    resolver = partial(_resolve_period, part=part, halves=True, year=year, step=step)
    return Hit(*_span_of(match), "other", resolver)


def _build_bare_half(match: re.Match[str], text: str) -> Hit | None:
    """ "booked in the second half": a half with no year is one of P's years only where
    the article reckons in halves of a year ("the first half of 2024"); else it is more
    often a game's."""
    part = words.ORDINALS.get(_norm(match["ord"]))
    if part is None or _HALF_OF_YEAR.search(text) is None:
        return None
    resolver = partial(_resolve_period, part=part, halves=True, year=None, step=None)
    return Hit(*_span_of(match), "other", resolver)


_HALF_OF_YEAR = _compile(r"\bhalf\s+of\s+(?:the\s+year|[12][0-9]{3})\b")


# --------------------------------------------------------------------------
# The rules, in no particular order: overlaps are settled longest first
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern, what its matches become, words without which it cannot match, and
    the words (or _DIGITS, _YEAR_DIGITS, _QUOTE) that each of its matches starts with.

    `needs` lets a rule be skipped cheaply: it runs only when the lowercased text
    holds one of them, or when one of the MARKERS (a month name, four digits) is
    found. `starts` lets it skip the rest of the text: the pattern is tried only
    where one of them begins (see _Starts).
    """

    pattern: re.Pattern[str]
    build: Builder
    needs: tuple[str, ...]
    starts: tuple[str, ...]


MONTH = "<month>"
YEAR = "<year>"
MARKERS: dict[str, re.Pattern[str]] = {
    MONTH: re.compile(rf"{_MONTH_FULL}|{_MONTH_ABBR}"),
    YEAR: re.compile(r"[12][0-9]{3}"),
}


# What a match can start with: a word, lowercase, or one of these.
_DIGITS = "_digits"  # a run of one to three digits
_YEAR_DIGITS = "_year_digits"  # a run of four digits from 1000 to 2999
_QUOTE = "_quote"  # the apostrophe of "the '90s"
# Modifiers a pattern lets run into the next word ("midJanuary", `mid-?\s*`): they
# start a match even at the start of a longer word.
_GLUED = ("mid", "early", "earlier", "late", "later")
# "the" starts many patterns but few of its occurrences start a date: it counts only
# before a word, digit or quote mark that one of them goes on with ("the end of",
# "the first week", "the 1990s", "the '90s").
_MONTH_STARTS = (*words.MONTHS, *words.MONTH_ABBREVIATIONS)
_AFTER_THE = (
    *("end", "start", "beginning", "middle", "rest", "remainder", "whole", "bulk"),
    *("day", "week", "month", "quarter", "year", "past", "coming", "next", "last"),
    *("first", "second", "third", "fourth", "final", "early", "late", "mid"),
    *words.DECADE_WORDS,
    *words.HABIT_ADJECTIVES,
    *_MONTH_STARTS,
)
_WEEKDAY_STARTS = tuple(words.WEEKDAYS)
_EDGE_STARTS = ("early", "late", "the", "mid")


_WEEKDAY_LEAD = rf"(?:(?P<lead>{_WEEKDAY_PLAIN}),?\s+)?"
_RELATIVE_YEAR = r"(?:,?\s+|\s+of\s+)(?P<rel>last|this|next)\s+year"
_DAY_PARTS = _alternation(words.DAY_PARTS)
_RECURRING = _alternation(words.RECURRING_WORDS)
# Between the members of a list: "Monday and Thursday", "Monday, Wednesday or Friday".
_LIST_SEP = r"(?:\s{0,3},\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})"
_MONTH_NAME = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_DAY_RANGE_SEP = r"(?:\s{0,3}[-–]\s{0,3}|\s+(?:to|until|till|through|thru|and|or)\s+)"

_RULES: tuple[_Rule, ...] = (
    # Full and partial calendar dates.
    _Rule(
        _compile(
            rf"(?<![0-9-])(?P<d>{_year()}-(?P<m>0[1-9]|1[0-2])-(?P<dd>0[1-9]|[12][0-9]|3[01]))"
            r"(?![0-9])"
        ),
        _build_iso,
        (YEAR,),
        (_YEAR_DIGITS,),
    ),
    _Rule(
        _compile(r"(?<![0-9/.])(?P<d>(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/" + _year() + r")(?!/)"),
        _build_slashed,
        (YEAR,),
        (_DIGITS,),
    ),
    _Rule(
        _compile(
            r"(?<![0-9/.])(?P<d>(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<yy>[0-9]{2}))"
            r"(?![0-9/]|[.,][0-9])"
        ),
        _build_slashed_short,
        ("/",),
        (_DIGITS,),
    ),
    _Rule(
        _compile(rf"\b(?P<d>{_WEEKDAY_LEAD}{_MONTH_ANY}\s+{_day()}(?:,?\s+{_year()})?)"),
        _build_month_day,
        (MONTH,),
        (*_WEEKDAY_STARTS, *_MONTH_STARTS),
    ),
    # "9" in "from 9 to 13 December": a day whose month is written after the next day.
    _Rule(
        _compile(
            rf"\b(?P<d>{_day('first')}{_DAY_RANGE_SEP}{_day()}\s+{_MONTH_ANY}(?:,?\s+{_year()})?)"
        ),
        _build_leading_day,
        (MONTH,),
        (_DIGITS,),
    ),
    _Rule(
        _compile(
            rf"\b(?P<d>{_WEEKDAY_LEAD}(?:the\s+)?{_day()}(?:\s+of)?\s+{_MONTH_ANY}"
            rf"(?:,?\s+{_year()})?)"
        ),
        _build_month_day,
        (MONTH,),
        (*_WEEKDAY_STARTS, "the", _DIGITS),
    ),
    _Rule(
        _compile(rf"\b(?P<d>{_EDGE_MOD}?{_MONTH_ANY}(?:,?\s+|\s+of\s+){_year()})"),
        _build_month_year,
        (MONTH,),
        (*_EDGE_STARTS, *_MONTH_STARTS),
    ),
    _Rule(
        _compile(rf"{_MONTH_PREP}(?P<d>{_MONTH_MOD}?{_MONTH_ALONE})"),
        _build_month_alone,
        (MONTH,),
        _first_words(words.MONTH_PREPOSITIONS),
    ),
    _Rule(
        _compile(rf"\b(?P<d>{_MONTH_MOD}{_MONTH_ALONE})"),
        _build_month_alone,
        (MONTH,),
        (*_EDGE_STARTS, "last", "next", "this"),
    ),
    _Rule(_compile(rf"\b(?P<d>{_MONTH_BARE})"), _build_month_alone, (MONTH,), _MONTH_STARTS),
    _Rule(
        _compile(rf"\b(?P<d>{_EDGE_MOD}?{_MONTH_ANY}(?:\s+{_day()})?{_RELATIVE_YEAR})\b"),
        _build_month_relative_year,
        (MONTH,),
        (*_EDGE_STARTS, *_MONTH_STARTS),
    ),
    _Rule(
        _compile(rf"\b(?P<d>(?:the\s+)?{_day()}(?:\s+of)?\s+{_MONTH_ANY}{_RELATIVE_YEAR})\b"),
        _build_month_relative_year,
        (MONTH,),
        ("the", _DIGITS),
    ),
    # "a June report", "the August forecast": a month name between an article and a noun.
    _Rule(
        _compile(
            rf"\b{_alternation(words.MONTH_DETERMINERS)}\s+(?P<d>{_MONTH_ALONE})"
            rf"(?=\s+(?!(?:{_alternation(words.NOT_NOUN_WORDS)})\b)(?-i:[a-z]))"
        ),
        _build_month_before_noun,
        (MONTH,),
        words.MONTH_DETERMINERS,
    ),
    # "between May and July": a month paired with another is a month, even "May".
    _Rule(
        _compile(
            rf"\b(?:between|from)\s+(?P<d>{_MONTH_ALONE})"
            rf"(?=\s+(?:and|to|until|through)\s+{_MONTH_FULL})"
        ),
        _build_paired_month,
        (MONTH,),
        ("between", "from"),
    ),
    # "every January": a recurring set, not a date.
    _Rule(
        _compile(rf"\b{_RECURRING}\s+(?:other\s+)?{_MONTH_FULL}"),
        _block,
        (MONTH,),
        words.RECURRING_WORDS,
    ),
    # "the usual February noise", "their customary Friday drinks": a habit, not a date.
    _Rule(
        _compile(
            rf"\b{_alternation(words.HABIT_DETERMINERS)}\s+{_alternation(words.HABIT_ADJECTIVES)}"
            rf"\s+(?:{_MONTH_FULL}|{_WEEKDAY_PLAIN})"
        ),
        _block,
        words.HABIT_ADJECTIVES,
        words.HABIT_DETERMINERS,
    ),
    # "the July-September quarter": an explicit range of months, labelled.
    _Rule(
        _compile(
            rf"\b(?P<d>(?:the\s+)?(?P<month>{_MONTH_NAME})\s{{0,3}}[-–—]\s{{0,3}}"
            rf"(?P<month2>{_MONTH_NAME})\s+{_alternation(words.MONTH_RANGE_NOUNS)}\b)"
        ),
        _build_month_range,
        (MONTH,),
        ("the", *_MONTH_STARTS),
    ),
    _Rule(
        _compile(
            rf"\b(?P<d>the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
            rf"{_MONTH_ALONE}(?:,?\s+{_year()})?)"
        ),
        _build_month_week,
        (MONTH,),
        ("the",),
    ),
    # Weekdays and the days around P.
    _Rule(
        _compile(
            rf"\b(?P<d>(?:(?P<mod>last|next|this(?:\s+(?:coming|past))?)\s+)?{_WEEKDAY}{_DAY_PART})"
        ),
        _build_weekday,
        ("day",),
        ("last", "next", "this", *_WEEKDAY_STARTS),
    ),
    # "Thursday last week", "Monday of next week": that day of the week named.
    _Rule(
        _compile(
            rf"\b(?P<d>{_WEEKDAY}{_DAY_PART}\s+(?:of\s+)?(?P<rel>last|next|this)\s+week)\b"
            r"(?!['’]s\b)"
        ),
        _build_week_day,
        ("day",),
        _WEEKDAY_STARTS,
    ),
    # "Sunday afternoons", "Friday nights": a recurring set, not a date.
    _Rule(_compile(rf"\b{_WEEKDAY_PLAIN}\s+{_DAY_PARTS}s\b"), _block, ("day",), _WEEKDAY_STARTS),
    _Rule(
        _compile(
            rf"\b{_RECURRING}\s+(?:other\s+)?{_WEEKDAY_PLAIN}(?:\s+{_DAY_PARTS})?"
            rf"(?:{_LIST_SEP}{_WEEKDAY_PLAIN}(?:\s+{_DAY_PARTS})?){{0,6}}"
        ),
        _block,
        ("day",),
        words.RECURRING_WORDS,
    ),
    _Rule(
        _compile(
            rf"\ban?\s+{_WEEKDAY_PLAIN}(?:\s+{_DAY_PARTS})?"
            rf"(?:{_LIST_SEP}{_WEEKDAY_PLAIN}(?:\s+{_DAY_PARTS})?){{0,6}}"
        ),
        _block,
        ("day",),
        ("a", "an"),
    ),
    # "their Saturday shopping": an owner's weekday is a habit of theirs.
    _Rule(
        _compile(rf"\b{_alternation(words.POSSESSIVE_DETERMINERS)}\s+{_WEEKDAY_PLAIN}"),
        _block,
        ("day",),
        words.POSSESSIVE_DETERMINERS,
    ),
    _Rule(
        _compile(rf"\b(?-i:{_alternation(words.WEEKDAY_NAME_PREFIXES)})\s+{_WEEKDAY_PLAIN}"),
        _block,
        ("day",),
        _first_words(words.WEEKDAY_NAME_PREFIXES),
    ),
    _Rule(
        _compile(rf"\b{_WEEKDAY_PLAIN}\s+(?-i:{_alternation(words.WEEKDAY_NAME_SUFFIXES)})\b"),
        _block,
        ("day",),
        _WEEKDAY_STARTS,
    ),
    _Rule(
        _compile(rf"(?<!the\s)\b(?P<d>{_alternation(words.DAY_OFFSETS)})\b"),
        _build_offset,
        ("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
        _first_words(words.DAY_OFFSETS),
    ),
    _Rule(
        _compile(
            r"\b(?P<d>(?P<which>this(?:\s+(?:past|coming))?|last|next|the(?:\s+(?:past|coming))?)"
            r"\s+weekend)\b"
            # "the weekend of April 11-12": the date written after it is the date.
            rf"(?!\s+of\s+(?:{_MONTH_NAME}|[0-9]))"
        ),
        _build_weekend,
        ("weekend",),
        ("this", "last", "next", "the"),
    ),
    _Rule(
        _compile(rf"\b{_RECURRING}\s+(?:other\s+)?weekend\b"),
        _block,
        ("weekend",),
        words.RECURRING_WORDS,
    ),
    # Weeks, months, quarters and years around P.
    _Rule(
        _compile(
            r"(?<!the\s)\b(?P<d>(?:(?P<mod>earlier|later|early|late|mid-?|"
            r"the\s+(?:end|start|beginning|middle|rest|remainder)\s+of)\s*)?"
            r"(?P<which>this|last|next|the)\s+(?P<unit>week|month|quarter|year))\b"
            rf"(?=(?P<of>\s+of\b(?!\s+{_COUNT}))?)"
        ),
        _build_unit,
        ("week", "month", "quarter", "year"),
        (*_GLUED, "the", "this", "last", "next"),
    ),
    _Rule(
        _compile(
            r"\b(?P<d>the\s+(?:(?P<u1>week|month|year)\s+ahead|coming\s+(?P<u2>week|month|year)))\b"
        ),
        _build_ahead,
        ("ahead", "coming"),
        ("the",),
    ),
    _Rule(
        _compile(
            rf"\b(?P<d>(?:the|this)\s+(?P<dir>last|past|next|coming)\s+(?:{_NUMBER}\s+)?"
            rf"{_SPAN_UNIT})(?!\s+of\b)"
        ),
        _build_trailing,
        ("last", "past", "next", "coming"),
        ("the", "this"),
    ),
    _Rule(
        _compile(rf"\b(?P<d>{_NUMBER}[\s-]+{_AGO_UNIT}\s+(?P<dir>ago|from\s+now|hence))\b"),
        _build_ago,
        ("ago", "hence", "now"),
        (_DIGITS, *_first_words(words.NUMBER_WORDS)),
    ),
    # Years, decades, ranges of years.
    _Rule(
        _compile(rf"{_YEAR_PREP}(?P<d>{_YEAR_MOD}?{_year()})"),
        _build_year,
        (YEAR,),
        _first_words(words.YEAR_PREPOSITIONS),
    ),
    _Rule(_compile(rf"\b(?P<d>{_YEAR_MOD}{_year()})"), _build_year, (YEAR,), _EDGE_STARTS),
    _Rule(
        _compile(rf"\b(?P<prep>{_alternation(words.YEAR_OBJECT_VERBS)})\s+(?P<d>{_year()})"),
        _build_year,
        (YEAR,),
        _first_words(words.YEAR_OBJECT_VERBS),
    ),
    # "Then it was 2024.": a year that is what "it" was, ending the clause.
    _Rule(
        _compile(rf"\b(?P<prep>it\s+(?:was|is)|it['’]s)\s+(?P<d>{_year()})(?=\s{{0,3}}[.,;!?])"),
        _build_year,
        (YEAR,),
        ("it",),
    ),
    # "The last time they met was 2019.": a year that is what an occasion was.
    _Rule(
        _compile(
            rf"\b{_alternation(words.OCCASION_MODIFIERS)}\s+(?:other\s+)?(?:time|occasion)\b"
            rf"[^.!?;:\n]{{0,80}}?\s(?:was|is)\s+(?P<d>{_year()})(?=\s{{0,3}}[.,;!?])"
        ),
        _build_occasion_year,
        (YEAR,),
        words.OCCASION_MODIFIERS,
    ),
    _Rule(
        _compile(
            rf"\b{_alternation(words.SEASONS_AND_HOLIDAYS)}(?:\s+day)?(?P<of>\s+of)?\s+(?P<d>{_year()})"
        ),
        _build_season_year,
        (YEAR,),
        _first_words(words.SEASONS_AND_HOLIDAYS),
    ),
    # "the 2020 elections", and after a possessive: "the volcano's 1991 eruption".
    _Rule(
        _compile(
            rf"(?:\b{_alternation(words.YEAR_DETERMINERS)}|(?<=[^\W\d_])['’]s)\s+(?P<d>{_year()})"
            rf"(?=\s+(?P<next>{_alternation(words.YEAR_EVENT_NOUNS)}\b|[^\W\d_]{{1,40}}))"
        ),
        _build_year_before_noun,
        (YEAR,),
        (*words.YEAR_DETERMINERS, _QUOTE),
    ),
    # "30% below 2019 levels": what a year is the yardstick of, whatever comes before.
    _Rule(
        _compile(rf"(?<![$£€¥#.,])(?P<d>{_year()})(?=\s+{_alternation(words.YARDSTICK_NOUNS)}\b)"),
        _build_year,
        (YEAR,),
        (_YEAR_DIGITS,),
    ),
    _Rule(
        _compile(rf"(?<![$£€¥#.,])(?P<d>{_year()})(?=['’]s\b)"),
        _build_year,
        (YEAR,),
        (_YEAR_DIGITS,),
    ),
    _Rule(
        _compile(
            rf"(?<![$£€¥#.,/-])(?P<d>{_year()}\s*[-–—/]\s*(?P<end>[12][0-9]{{3}}|[0-9]{{2}}))"
            r"(?![0-9]|[-/][0-9])"
        ),
        _build_year_range,
        (YEAR,),
        (_YEAR_DIGITS,),
    ),
    _Rule(
        _compile(
            r"(?<![\w$£€])(?P<d>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
            r"(?:(?P<decade>1[0-9][0-9]0|20[0-9]0)|['’‘](?P<yy>[0-9])0)s)\b"
        ),
        _build_decade,
        ("0s",),
        (*_EDGE_STARTS, _YEAR_DIGITS, _QUOTE),
    ),
    _Rule(
        _compile(
            rf"\b(?P<d>the\s+(?:(?:early|late|mid)[\s-]+)?"
            rf"(?P<word>{_alternation(words.DECADE_WORDS)}))\b"
        ),
        _build_decade_word,
        ("ties",),
        ("the",),
    ),
    # Quarters and halves.
    _Rule(
        _compile(
            rf"\b(?P<d>(?:the\s+)?{_ORDINAL}[\s-]+quarter(?:\s+of\s+(?:{_year()}|"
            rf"(?P<rel>this|last|next|the)\s+year)|,?\s+{_year('year2')})?)\b(?!\s+of\b)"
        ),
        _build_quarter,
        ("quarter",),
        ("the", "first", "second", "third", "fourth", "final", "last", _DIGITS),
    ),
    _Rule(
        _compile(
            rf"(?<![\w])(?P<d>(?-i:Q)(?P<q>[1-4])(?:\s*{_year()}|\s*['’](?P<yy>[0-9]{{2}}))?)(?![\w])"
        ),
        _build_q,
        ("q",),
        ("q",),
    ),
    _Rule(
        _compile(
            rf"\b(?P<d>(?:the\s+)?(?P<ord>first|second|1st|2nd)[\s-]+half\s+of\s+"
            rf"(?:{_year()}|(?P<rel>this|last|next|the)\s+year))\b"
        ),
        _build_half,
        ("half",),
        ("the", "first", "second", _DIGITS),
    ),
    _Rule(
        _compile(rf"(?<![\w])(?P<d>(?-i:H)(?P<h>[12])\s*{_year()})"), _build_half, ("h",), ("h",)
    ),
    _Rule(
        _compile(r"\b(?P<d>the\s+(?P<ord>first|second)\s+half)\b(?!\s+of\b|-)"),
        _build_bare_half,
        ("half",),
        ("the",),
    ),
)


# --------------------------------------------------------------------------
# Detection: every rule, then the longest non-overlapping matches
# --------------------------------------------------------------------------


def _ending(word: str) -> str:
    """What must follow a start word for a match to start with it."""
    if word in _GLUED:
        return ""
    if word == "the":
        return rf"(?=\s+(?:{'|'.join(_AFTER_THE)}|[0-9'’‘]))"
    return "(?![a-z])"


def _trie(starts: Iterable[str]) -> str:
    """An alternation of start words grouped by first letter, longest first.

    Grouped, the engine rejects most words after comparing one letter.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(starts), key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + _ending(word))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_START_WORDS = {start for rule in _RULES for start in rule.starts if not start.startswith("_")}
# One pass over the folded text finds every place where some rule can start. The
# lookahead turns most characters away before the digit and quote alternatives are tried.
_START = re.compile(
    rf"(?<![a-z])(?P<word>{_trie(_START_WORDS)})"
    rf"|(?=[0-9'’‘])(?:(?<![0-9])(?:(?P<{_YEAR_DIGITS}>[12][0-9]{{3}})|(?P<{_DIGITS}>[0-9]{{1,3}}))"
    rf"(?![0-9])|(?P<{_QUOTE}>['’‘]))"
)


class _Starts:
    """Where each start word, digit run and quote mark is: the only places a match begins.

    Trying each pattern there only, instead of at every character, is what keeps
    detection cheap: most rules start with a word that most text does not hold.
    """

    def __init__(self, text: str) -> None:
        self._at: dict[str, list[int]] = {}
        for found in _START.finditer(_folded(text)):
            key = found["word"] or str(found.lastgroup)
            self._at.setdefault(key, []).append(found.start())

    def positions(self, rule: _Rule) -> list[int]:
        """Where the rule can start, in order."""
        found = self._at.keys() & rule.starts
        return sorted(chain.from_iterable(self._at[start] for start in found))


def _matches_at(
    pattern: re.Pattern[str], text: str, positions: list[int]
) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, given every position where it can match.

    Every position is tried; a match that starts inside the one before it is dropped,
    as finditer would not have tried there.
    """
    resume = 0
    for match in filter(None, map(pattern.match, repeat(text), positions)):
        if match.start() >= resume:
            resume = match.end()
            yield match


_WORD_NEEDS = {need for rule in _RULES for need in rule.needs} - MARKERS.keys()


def _needs_met(text: str) -> set[str]:
    """The MARKERS found and the words the lowercased text holds, each looked for once."""
    lowered = text.casefold()
    met = {name for name, marker in MARKERS.items() if marker.search(text)}
    return met | {need for need in _WORD_NEEDS if need in lowered}


# A hyphen and a lowercase word glued to a date's last word: "last quarter-final",
# "this year-end". Not a range joined by hyphens: "Monday-to-Friday".
_COMPOUND_AFTER = re.compile(r"(?<=[^\W\d_])[-‐](?!(?:to|through|till|until)\b)(?-i:[a-z])")


def _candidates(text: str) -> Iterator[Hit]:
    met = _needs_met(text)
    starts = _Starts(text)
    for rule in _RULES:
        if rule.needs and met.isdisjoint(rule.needs):
            continue
        for match in _matches_at(rule.pattern, text, starts.positions(rule)):
            hit = rule.build(match, text)
            if hit is not None and hit.end > hit.start and not _is_compound(text, hit):
                yield hit


def _is_compound(text: str, hit: Hit) -> bool:
    """ "Carrick's last quarter-final": the hyphen makes the date's last word part of
    another word, which the date pattern's word boundary cannot see."""
    return _COMPOUND_AFTER.match(text, hit.end) is not None


def _confirmed(hits: list[Hit]) -> list[Hit]:
    """The hits, less tentative ones that no other date of the article confirms: a year
    must be written elsewhere, a numeric day ("04/10/25") its month and day."""
    written = {hit.year for hit in hits if not hit.tentative}
    days = {(hit.month, hit.day) for hit in hits if not hit.tentative and hit.day is not None}
    return [hit for hit in hits if not hit.tentative or _confirms(hit, written, days)]


def _confirms(hit: Hit, written: set[int | None], days: set[tuple[int | None, int]]) -> bool:
    if hit.day is not None:
        return (hit.month, hit.day) in days
    return hit.year in written


def _select(hits: Iterable[Hit], taken: bytearray) -> list[Hit]:
    """Longest first, blocks before dates of the same length; marks what it keeps."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.kind != "block", h.start)):
        if taken.find(1, hit.start, hit.end) == -1:
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            chosen.append(hit)
    return sorted((hit for hit in chosen if hit.kind != "block"), key=lambda h: h.start)


# --------------------------------------------------------------------------
# Continuations: "in 2015 and 2016", "September 27 and October 3", "June 5-7",
# "from Monday to Wednesday". The second element borrows the first's context.
# --------------------------------------------------------------------------

_SEP = (
    r"(?P<sep>\s{0,3}[-–—]\s{0,3}|\s+(?:to|until|till|through|thru|and|or)\s+"
    r"|\s*,\s*(?:and\s+|or\s+)?)"
)
_SEP_WORDS = r"(?P<sep>\s{0,3}[-–—]\s{0,3}|\s+(?:to|until|till|through|thru|and|or)\s+)"
_CONTINUE_YEAR = _compile(rf"{_SEP}(?P<d>{_year()})")
_CONTINUE_MONTH = _compile(rf"{_SEP}(?P<d>{_MONTH_ANY}(?:\s+{_day()})?(?:,?\s+{_year()})?)")
_CONTINUE_DAY = _compile(rf"{_SEP_WORDS}(?P<d>{_day()}(?:,?\s+{_year()})?)")
_CONTINUE_WEEKDAY = _compile(rf"{_SEP}(?P<d>{_WEEKDAY}{_DAY_PART})")


def _link_of(separator: str) -> Link:
    joined = _norm(separator.replace(",", " , "))
    if joined == "and":
        return "and"
    if joined in ("or", ",", ", and", ", or"):
        return "list"
    return "range"


def _continuation(hit: Hit, text: str) -> tuple[Link, Hit] | None:
    """The element that follows a hit after "and", "or", "to", a comma or a dash."""
    if hit.kind == "year":
        match = _CONTINUE_YEAR.match(text, hit.end)
        if match is not None and _is_year_number(text, match, int(match["year"]), None):
            return _link_of(match["sep"]), _year_hit(*_span_of(match), int(match["year"]))
        return None
    if hit.kind in ("month", "day"):
        found = _continue_month(hit, text)
        if found is not None or hit.kind == "month":
            return found
        return _continue_day(hit, text)
    if hit.kind == "weekday":
        match = _CONTINUE_WEEKDAY.match(text, hit.end)
        following = None if match is None else _weekday_hit(*_span_of(match), match["weekday"], "")
        if match is not None and following is not None:
            return _link_of(match["sep"]), following
    return None


def _continue_month(hit: Hit, text: str) -> tuple[Link, Hit] | None:
    match = _CONTINUE_MONTH.match(text, hit.end)
    if match is None:
        return None
    month = _month_number(match["month"])
    link = _link_of(match["sep"])
    bare_comma = _norm(match["sep"]) == ","
    if month is None or (month in words.AMBIGUOUS_MONTHS and bare_comma):
        return None
    day, year = _group(match, "day"), _group(match, "year")
    start, end = _span_of(match)
    if day is None:
        return link, _month_hit(start, end, month, int(year) if year else None, "")
    found = _day_hit(start, end, month, int(day), int(year) if year else None)
    return None if found is None else (link, found)


def _continue_day(hit: Hit, text: str) -> tuple[Link, Hit] | None:
    match = _CONTINUE_DAY.match(text, hit.end)
    if match is None or hit.month is None or _is_count(text, match.end()):
        return None
    year = _group(match, "year")
    found = _day_hit(*_span_of(match), hit.month, int(match["day"]), int(year) if year else None)
    return None if found is None else (_link_of(match["sep"]), found)


Step = tuple[Link | None, Hit]


def _chains(hits: list[Hit], text: str, taken: bytearray) -> list[list[Step]]:
    """Group each hit with the elements that continue it."""
    by_start = {hit.start: hit for hit in hits}
    absorbed: set[int] = set()
    chains: list[list[Step]] = []
    for hit in hits:
        if hit.start in absorbed:
            continue
        chain: list[Step] = [(None, hit)]
        current = hit
        for _ in range(_MAX_CHAIN):
            step = _continuation(current, text)
            if step is None:
                break
            link, following = step
            existing = by_start.get(following.start)
            if existing is not None and existing.start not in absorbed and existing is not hit:
                following = existing
                absorbed.add(existing.start)
            elif existing is not None or taken.find(1, following.start, following.end) != -1:
                break
            else:
                taken[following.start : following.end] = b"\x01" * (following.end - following.start)
            chain.append((link, following))
            current = following
        chains.append(chain)
    return chains


# --------------------------------------------------------------------------
# Resolution of chains: lists give one date each, ranges one date over both ends
# --------------------------------------------------------------------------


def _attempt(ctx: _Context, hit: Hit) -> Resolved | None:
    """Resolve one hit; an impossible date (February 30, year 0) is simply left out."""
    if hit.resolve is None:
        return None
    try:
        return hit.resolve(ctx, hit)
    except (ValueError, OverflowError):
        logger.debug("unresolvable date %r", ctx.text[hit.start : hit.end])
        return None


def _emit(ctx: _Context, chain: list[Step]) -> Iterator[tuple[int, int, Resolved]]:
    """Dates of one chain: a range where the link says so, single dates otherwise."""
    between = "between" in _words_before(ctx.text, chain[0][1].start, 1)
    index = 0
    while index < len(chain):
        hit = chain[index][1]
        if index + 1 < len(chain):
            link, following = chain[index + 1]
            if link == "range" or (link == "and" and between and index == 0):
                joined = _resolve_range(ctx, hit, following)
                if joined is not None:
                    yield hit.start, following.end, joined
                    index += 2
                    continue
        single = _attempt(ctx, hit)
        if single is not None:
            yield hit.start, hit.end, single
        index += 1


def _resolve_range(ctx: _Context, first: Hit, last: Hit) -> Resolved | None:
    """One span from the start of the first end to the end of the last, in order."""
    if first.year is None and last.year is not None:
        first = replace(first, year_hint=last.year)
    if last.year is None and first.year is not None:
        last = replace(last, year_hint=first.year)
    first, last = _share_year_step(first, last), _share_year_step(last, first)
    opening, closing = _attempt(ctx, first), _attempt(ctx, last)
    if opening is None or closing is None:
        return None
    relative = opening.relative or closing.relative
    if opening.first is None or closing.last is None:
        return _unresolved("span") if relative else None
    if opening.first > closing.last:
        direction = ctx.direction(first)
        ahead = direction == "future" or (direction == "present" and ctx.schedule(first))
        opening, closing = _reorder(opening, first.cycle, closing, last.cycle, ahead=ahead)
    if opening.first is None or closing.last is None or opening.first > closing.last:
        return None
    return Resolved(opening.first, closing.last, "span", relative)


def _share_year_step(hit: Hit, other: Hit) -> Hit:
    """ "from March to June last year": the bare end takes the other's "last year"."""
    if hit.year is None and hit.year_step is None and hit.kind in ("month", "day"):
        return replace(hit, year_step=other.year_step)
    return hit


def _reorder(
    opening: Resolved,
    opening_cycle: Cycle | None,
    closing: Resolved,
    closing_cycle: Cycle | None,
    *,
    ahead: bool,
) -> tuple[Resolved, Resolved]:
    """Move a relative end a week or a year: the last forward if ahead, else the first back."""
    if closing.relative and closing_cycle is not None and (ahead or opening_cycle is None):
        return opening, _shifted(closing, closing_cycle, 1)
    if opening.relative and opening_cycle is not None:
        return _shifted(opening, opening_cycle, -1), closing
    return opening, closing


def _shifted(value: Resolved, cycle: Cycle, sign: int) -> Resolved:
    """The same reading a week or a year away; unchanged at the calendar's edges."""
    step = relativedelta(weeks=sign) if cycle == "week" else relativedelta(years=sign)
    if value.first is None or value.last is None:
        return value
    try:
        return replace(value, first=value.first + step, last=value.last + step)
    except (ValueError, OverflowError):
        return value


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------


def extract_dates(doc: Doc, published: dt.date | None, *, article_id: str) -> list[DateRef]:
    """Every date expression in the article, resolved against P, sorted and disjoint."""
    text: str = doc.text
    taken = bytearray(len(text))
    hits = _confirmed(_select(_candidates(text), taken))
    chains = _chains(hits, text, taken)
    in_chains = [hit for chain in chains for _, hit in chain]
    ctx = _Context(doc, text, published, _StatedYears(in_chains), in_chains)
    found: list[tuple[int, int, Resolved]] = []
    for steps in chains:
        for start, end, resolved in _emit(ctx, steps):
            ctx.note(start, end, resolved)
            found.append((start, end, resolved))
    return [
        DateRef(
            id=item_id(article_id, "date", start, end),
            text=text[start:end],
            start=start,
            end=end,
            first_day=resolved.first,
            last_day=resolved.last,
            granularity=resolved.granularity,
            relative=resolved.relative,
        )
        for start, end, resolved in sorted(found, key=lambda item: item[0])
    ]
