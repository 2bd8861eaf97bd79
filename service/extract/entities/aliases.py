"""Other names the article gives a body: an acronym or a name in brackets, after "also
known as" or a dash, or a bare acronym spelling its initials."""

from __future__ import annotations

from collections.abc import Sequence

from service.extract import lexicon as lx
from service.extract.entities.context import RawMention, _capitalised_end, _Context
from service.extract.entities.tables import _DASHES
from service.extract.entities.text import (
    _group_key,
    _initials,
    _is_acronym_word,
    _words,
    normalize,
    place_key,
)

# Labels of names an acronym may stand for: bodies, and places the model gives to them.
_INITIALLED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# Two letters that stand for something common, not a two-word body: a GP is a doctor
# (not the Green Party), an LP a record.
_COMMON_PAIRS = frozenset(
    {"gp", "lp", "np", "ps", "po", "cc", "pm", "dj", "tv", "pr", "hr", "it", "pc", "ac",
     "dc", "pa", "vp", "ip", "cv", "ad", "ai", "ev", "id", "ok", "uk", "us"}
)  # fmt: skip


def _acronym_aliases(ctx: _Context, raws: Sequence[RawMention]) -> dict[str, str]:
    """Other names of a body the article gives it: an acronym or name in brackets after
    it ("the Railway Clerical and Station Staff Union (RCSSU)", "Health New Zealand (Te
    Whatu Ora)"), a name after ", also known as" or a dash ("Health New Zealand - Te
    Whatu Ora said"), and a bare acronym that spells the initials of one body's full
    name ("the Financial Conduct Authority ... the FCA")."""
    aliases: dict[str, str] = {}
    for raw in raws:
        alias = _bracketed_alias(ctx, raw) or _known_as_alias(ctx, raw) or _dashed_alias(ctx, raw)
        if alias is not None:
            aliases.setdefault(normalize(alias), _group_key(raw.text))
    _add_initials_aliases(raws, aliases)
    return aliases


def _bracketed_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Name (ACRONYM)" with matching letters, or a body's "Name (Other Name)"."""
    if ctx.text(raw.j) != "(":
        return None
    k = raw.j + 1
    end = k
    while end < min(k + 4, ctx.n) and ctx.texts[end][:1].isupper():
        end += 1
    if end == k or ctx.text(end) != ")":
        return None
    if end - k == 1 and _is_acronym_word(ctx.texts[k]):
        return ctx.texts[k] if _abbreviates(ctx.texts[k], raw.text) else None
    if raw.label != "ORG" or place_key(ctx.span_text(k, end)) is not None:
        return None
    return ctx.span_text(k, end)


def _known_as_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Health New Zealand, also known as Te Whatu Ora, said", "Raymond Olander, known to
    nearly everyone as Buck,": a body's or a person's other name."""
    k = raw.j + 1
    if raw.label not in ("ORG", "PERSON") or ctx.text(k - 1) != ",":
        return None
    k += ctx.lower(k) == "also"
    if ctx.lower(k) != "known":
        return None
    start = k + 1
    while start < min(k + 9, ctx.n) and ctx.lowers[start] != "as":
        if not ctx.texts[start].isalnum():
            return None  # "known, ... as" crosses a clause
        start += 1
    start += 1
    end = start
    while end < min(start + 4, ctx.n) and ctx.texts[end][:1].isupper():
        end += 1
    return ctx.span_text(start, end) if end > start else None


def _dashed_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Health New Zealand - Te Whatu Ora said": a body's name in a second language after
    a spaced dash, both the subject of the verb that follows."""
    end = _dashed_name_end(ctx, raw.j) if raw.label == "ORG" else None
    return None if end is None else ctx.span_text(raw.j + 1, end)


def _dashed_name_end(ctx: _Context, dash: int) -> int | None:
    """End of a capitalised name after a spaced dash at `dash` when a verb follows it."""
    if dash < 1 or ctx.text(dash) not in _DASHES or not (ctx.spaced[dash - 1] and ctx.spaced[dash]):
        return None
    end = _capitalised_end(ctx, dash + 1)
    if end == dash + 1 or not ctx.tag(end).startswith("VB"):
        return None
    return end


def _add_initials_aliases(raws: Sequence[RawMention], aliases: dict[str, str]) -> None:
    """A bare acronym the article never defines joins the one body whose full name it
    spells ("FCA" after "Financial Conduct Authority", "UKHSA" after "UK Health Security
    Agency", "Ohio EPA" after "Ohio Environmental Protection Agency")."""
    by_initials: dict[str, set[str]] = {}
    for raw in raws:
        for initials in _initials_forms(raw):
            by_initials.setdefault(initials, set()).add(_group_key(raw.text))
    for raw in raws:
        key = normalize(raw.text)
        spelled = _spelled_initials(raw.text)
        if key in aliases or spelled is None:
            continue
        owners = by_initials.get(spelled, set())
        if len(owners) == 1:
            aliases[key] = next(iter(owners))


def _spelled_initials(text: str) -> str | None:
    """The initials a short form spells: an initialism ("FCA"), or a place before one
    ("Ohio EPA" for "Ohio Environmental Protection Agency")."""
    if _is_initialism(text):
        return text.upper()
    words = text.split()
    if len(words) == 2 and place_key(words[0]) is not None and _is_initialism(words[1]):
        return (words[0][0] + words[1]).upper()
    return None


def _initials_forms(raw: RawMention) -> set[str]:
    """A body's initials with and without its small words: "Department of Health" is
    "DH" and "DOH"; and without a last part after "and" that the short form leaves out
    ("CDC" for "Centers for Disease Control and Prevention")."""
    initials = _body_initials(raw)
    if initials is None:
        return set()
    words = _words(raw.text)
    forms = {initials, "".join(word[0] for word in words).upper()}
    if len(words) >= 3:  # "UK Health Security Agency" is "UKHSA"; "US Bank" no "USB"
        forms.add("".join(word if _is_acronym_word(word) else word[0] for word in words).upper())
    head, joined, _tail = raw.text.rpartition(" and ")
    if joined and len(_words(head)) >= 3:
        forms.add(_initials(head))
    return forms


def _is_initialism(word: str) -> bool:
    """ "FCA", the mixed-case forms that keep a small word's letter ("MoD", "DfE"), and
    initials written as a word, as British copy writes those it says as one ("Ipsa")."""
    capitals = sum(ch.isupper() for ch in word)
    mixed = word.isalpha() and len(word) <= 6 and word[0].isupper() and word[-1].isupper()
    spoken = word.isalpha() and 4 <= len(word) <= 6 and word.istitle()
    return _is_acronym_word(word) or (mixed and capitals >= 2) or spoken


def _body_initials(raw: RawMention) -> str | None:
    """The initials of a body's name of three words or more ("GLAA"), or of two whose
    last word is a body's ("AU" for "African Union"); the model may tag the full name
    as a place, but a person's name has no initials for an alias."""
    words = _words(raw.text)
    if raw.label not in _INITIALLED_LABELS or len(words) < 2:
        return None
    if len(words) == 2 and (raw.label != "ORG" or words[-1].casefold() not in lx.ORG_HEADS):
        return None
    initials = _initials(raw.text)
    common = initials.casefold() in lx.POST_NOMINALS or initials.casefold() in _COMMON_PAIRS
    return None if len(words) == 2 and common else initials


def _abbreviates(acronym: str, name: str) -> bool:
    """The acronym spells the name's capitalised words in order, each giving its first
    letter or a few more ("SEPTA" for "Southeastern Pennsylvania Transportation
    Authority"), one word at most giving none ("BDC" for "Business Development Bank of
    Canada")."""
    words = [word.upper() for word in _words(name) if word[:1].isupper()]
    if len(acronym) > 10 or len(words) > 12:
        return False
    return _spells(acronym.upper(), words, 0, 0, 1)


def _spells(acronym: str, words: Sequence[str], a: int, w: int, skips: int) -> bool:
    """Whether acronym[a:] spells words[w:]: each word gives its first letter and up to
    two more of its letters in order (a bounded search: both are short)."""
    if w == len(words):
        return a == len(acronym)
    if skips and _spells(acronym, words, a, w + 1, skips - 1):
        return True
    word = words[w]
    if a >= len(acronym) or acronym[a] != word[0]:
        return False
    rest = iter(word[1:])
    for n in range(1, 4):
        if _spells(acronym, words, a + n, w + 1, skips):
            return True
        if a + n >= len(acronym) or acronym[a + n] not in rest:
            return False
    return False
