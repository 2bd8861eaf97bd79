"""Datelines ("KYIV, Ukraine (AP) -") and the region after a place's comma ("Tralee, Co
Kerry"): both name places, whatever the model says."""

from __future__ import annotations

from service.extract import lexicon as lx
from service.extract.entities.context import _Context
from service.extract.entities.tables import _DASHES, _POSSESSIVES


def _uppercase_dateline(ctx: _Context) -> tuple[int, int] | None:
    """Bounds of a place written in capitals at the head of the article ("THUNDER BAY,
    Ont. -", "ST. JOHN'S, N.L. -", "HALIFAX -"): the tagger reads capitals as common
    words, so the model misses or mislabels it, but a dateline always names a place."""
    start = end = ctx.first
    while end < min(start + 6, ctx.n) and (
        _is_capitals(ctx.texts[end]) or (end > start and ctx.texts[end] == ".")
    ):
        end += 1
    if end == start or not _is_dateline(ctx, start, end):
        return None
    return start, end


def _is_capitals(word: str) -> bool:
    return word.isupper() and any(ch.isalpha() for ch in word)


def _is_dateline(ctx: _Context, i: int, j: int) -> bool:
    """The place an article opens with: "BUCHAREST, March 7 -", "Bucharest (Reuters) -",
    "KYIV, Ukraine (AP) -", "HELENA, Mont. -"."""
    if any(not ctx.texts[k].isspace() for k in range(i)):
        return False
    after = ctx.text(j)
    if after == ",":
        return (
            ctx.lower(j + 1) in lx.MONTHS
            or _is_region_abbreviation_at(ctx, j + 1)
            or _is_region_at(ctx, j + 1)
            or _dateline_region_end(ctx, j + 1) is not None
        )
    return after in _DASHES or after == "("


def _is_region_abbreviation_at(ctx: _Context, k: int) -> bool:
    """A state or province abbreviated at token k, its full stop split off or not
    ("Mont.", "Ont" + ".")."""
    word = ctx.lower(k)
    return word in lx.STATE_ABBREVIATIONS or (
        ctx.text(k + 1) == "." and word + "." in lx.STATE_ABBREVIATIONS
    )


def _dateline_region_end(ctx: _Context, k: int) -> int | None:
    """End of the region after a dateline's comma ("PORTHLEVEN, [Cornwall] -"): one to
    three capitalised words, then the dateline's dash or agency bracket."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.capitalised_proper(end):
        end += 1
    if end == k or not ctx.spaced[end - 1]:
        return None  # "Ortega-Baines": a hyphen inside a name, not a dateline's dash
    return end if ctx.text(end) in _DASHES or ctx.text(end) == "(" else None


def _is_dateline_region(ctx: _Context, i: int, j: int) -> bool:
    """The region after a dateline's place: "MANGAKAHU, [Northland] -" names a place."""
    comma = i - 1
    if ctx.text(comma) != "," or not 0 < comma - ctx.first <= 4:
        return False
    return _dateline_region_end(ctx, i) == j and _is_dateline(ctx, ctx.first, comma)


def _is_region_at(ctx: _Context, k: int) -> bool:
    """A state, country or Irish county name starts at token k ("Ashby Springs, Ohio",
    "Tralee, Co Kerry")."""
    if ctx.lower(k) in lx.COUNTY_WORDS and ctx.text(k + 1)[:1].isupper():
        return True
    for width in (1, 2):
        if ctx.lower(k + width) in _POSSESSIVES:
            continue
        name = " ".join(ctx.lowers[k : k + width])
        if k + width <= ctx.n and (name in lx.US_STATES or name in lx.COUNTRIES):
            return ctx.text(k)[:1].isupper()
    return False


def _is_dateline_region_abbreviation(ctx: _Context, k: int) -> bool:
    """A province or state abbreviated after the city of a dateline ("CLINTON, Ont. -"):
    the city's region, not a person."""
    word = ctx.lowers[k].removesuffix(".")
    if word + "." not in lx.STATE_ABBREVIATIONS or ctx.lower(k - 1) != ",":
        return False
    if not (ctx.texts[k].endswith(".") or ctx.text(k + 1) == "."):
        return False
    return 1 <= k - 1 <= 4 and all(ctx.texts[m][:1].isupper() for m in range(k - 1))
