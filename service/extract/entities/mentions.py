"""Collecting mentions: each model entity cleaned into the names it holds. The rules live
in widen, extend, trim, split, people and not_names."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from service.extract import lexicon as lx
from service.extract.entities.context import RawMention, _Context, _raw
from service.extract.entities.datelines import _is_dateline_region_abbreviation, _uppercase_dateline
from service.extract.entities.extend import _extended_end
from service.extract.entities.missed import _is_platform_at, _platform_raw
from service.extract.entities.not_names import (
    _is_common_capital,
    _is_common_word,
    _is_not_a_name,
    _is_opening_adjective,
    _is_portfolio_of_title,
    _is_title_fragment,
    _modifies_common_noun,
)
from service.extract.entities.people import _name_after_title_end, _nicknamed_people
from service.extract.entities.split import _split_at_role, _split_parts, _split_possessive
from service.extract.entities.trim import (
    _before_bracket,
    _before_score,
    _before_spaced_dash,
    _before_time_word,
    _cut_span,
    _place_after_preposition,
    _street_after_on,
    clean_bounds,
)
from service.extract.entities.widen import _widened_span


def collect_mentions(doc: Doc, context: _Context | None = None) -> list[RawMention]:
    """Every model entity that names a thing, cleaned of titles and stray words.

    A first name the model split from its surname is joined to it, and an
    organisation's name cut short ("Granite State" | "Mutual") is completed.
    """
    ctx = context or _Context(doc)
    ents = [ent for ent in ctx.ents if ent.label_ not in lx.NON_ENTITY_LABELS]
    raws: list[RawMention] = []
    skip_until = -1
    dateline = _uppercase_dateline(ctx)
    if dateline is not None and not any(e.start < dateline[1] < e.end for e in ents):
        raws.append(_raw(ctx, *dateline, "GPE"))
        skip_until = dateline[1]
    nicknamed = _nicknamed_people(ctx)
    for index, ent in enumerate(ents):
        following = ents[index + 1] if index + 1 < len(ents) else None
        while nicknamed and nicknamed[0].i < ent.end:
            raws.append(nicknamed.pop(0))
            skip_until = max(skip_until, raws[-1].j)
        if (
            ent.start < skip_until
            or _is_title_fragment(doc, ent, following)
            or _is_portfolio_of_title(ctx, ent)
            or _is_not_a_name(ctx, ent)
        ):
            continue
        titled_end = _name_after_title_end(ctx, ent, following)
        if titled_end is not None:
            raws.append(_raw(ctx, ent.end, titled_end, "PERSON"))
            skip_until = titled_end
            continue
        if _is_abbreviation_span(ctx, ent) and _is_dateline_region_abbreviation(ctx, ent.start):
            k = ent.start
            raws.append(_raw(ctx, k, k + 1 if ctx.texts[k].endswith(".") else k + 2, "GPE"))
            continue
        if len(ent) == 1 and _is_platform_at(ctx, ent.start):
            raws.append(_platform_raw(ctx, ent.start))
            continue
        start, end, label = _widened_span(ctx, ent, following)
        while raws and raws[-1].i >= start:
            raws.pop()  # a place the widened name takes in ("Devon" of "Devon and ...")
        bounds = clean_bounds(doc, start, end, label)
        cut = None if bounds is None else _cut_span(ctx, *bounds, label)
        if cut is None:
            continue
        i, j, label = cut
        place_start = _place_after_preposition(ctx, i, j) if label == "ORG" else None
        street_start = _street_after_on(ctx, i, j)
        if street_start is not None:
            place_start, label = street_start, "ORG"  # "the Golden Wok on Kelby Road"
        place_end = j
        if place_start is not None:
            j = place_start - 1  # "Brightwater Senior Living" + "on" + "Dayton"
        j = _before_spaced_dash(ctx, i, j)
        j = _before_bracket(ctx, i, j)
        j = _before_time_word(ctx, i, j)
        if j - i == 1 and _is_modifier(ctx, i, label):
            continue
        if ctx.lowers[j - 1] in lx.ROAD_HEADS and ctx.tag(j) == "CD" and ctx.texts[j].isalnum():
            j, label = j + 1, "FAC"
        if j - i == 1 and (_is_common_word(ctx, i, label) or _is_common_capital(ctx, i)):
            continue
        extended, label = _extended_end(ctx, ent, i, j, label, following)
        if extended is not None:
            j = _before_score(ctx, i, max(j, extended))  # "van der | Heuvel 6-2"
        skip_until = max(skip_until, j, end)
        raws.extend(
            _raw(ctx, e, f, part_label)
            for a, b in _split_parts(ctx, i, j, label)
            for c, d, role_label in _split_at_role(ctx, a, b, label)
            for e, f, part_label in _split_possessive(ctx, c, d, role_label)
        )
        if place_start is not None:
            raws.append(_raw(ctx, place_start, place_end, "GPE"))
    return raws + nicknamed


def _is_abbreviation_span(ctx: _Context, ent: Span) -> bool:
    """One word, or one word and its split-off full stop ("Ont" + "."): the model may
    tag an abbreviation with or without the stop."""
    return len(ent) == 1 or (len(ent) == 2 and ctx.texts[ent.start + 1] == ".")


def _is_modifier(ctx: _Context, k: int, label: str) -> bool:
    """A lone tagged word that only qualifies the noun after it ("CT scanners", "Athletic
    ability"), not a name; a nationality or faith (NORP) is a name wherever it stands
    ("Catholic bishops")."""
    if label == "ORG" and _modifies_common_noun(ctx, k + 1):
        return True
    return label != "NORP" and _is_opening_adjective(ctx, k)
