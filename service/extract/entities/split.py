"""One model entity that holds several names: credits, lists, a body and a person around
a role, a place and what its possessive owns."""

from __future__ import annotations

from itertools import pairwise

from service.extract import lexicon as lx
from service.extract.entities.context import _Context
from service.extract.entities.datelines import _is_region_at
from service.extract.entities.tables import _APOSTROPHES, _STREET_HEADS
from service.extract.entities.text import _is_date_word, normalize, place_key
from service.extract.entities.titles import is_core_title
from service.extract.entities.trim import _place_before_title


def _split_parts(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int]]:
    """Names the model ran together: a photo credit "Boundary Line/Rohan Mehta", or
    two places read as one title ("Ruse and Vidin" as a WORK_OF_ART), a list of streets
    ("Mombasa Road, Ngong Road")."""
    slashes = [k for k in range(i + 1, j - 1) if ctx.texts[k] == "/"]
    if not slashes:
        slashes = _street_list_commas(ctx, i, j) or _place_list_commas(ctx, i, j)
    if slashes:
        bounds = [i, *slashes, j]
        parts = [(a + (a != i), b) for a, b in pairwise(bounds)]
        return [(a, b) for a, b in parts if b > a and ctx.texts[a][:1].isupper()]
    joint = _and_the_joint(ctx, i, j)
    if joint is not None:
        return [(i, joint), (joint + 2, j)]
    if j - i != 3 or ctx.lowers[i + 1] != "and":
        return [(i, j)]
    if (
        place_key(ctx.texts[i]) is not None
        and place_key(ctx.texts[i + 2]) is not None
        and place_key(ctx.span_text(i, j)) is None
    ):
        return [(i, i + 1), (i + 2, j)]
    if lx.COARSE_TYPE.get(label) is not None:
        return [(i, j)]
    if not (ctx.capitalised_proper(i) and ctx.capitalised_proper(i + 2)):
        return [(i, j)]
    return [(i, i + 1), (i + 2, j)]


# Lowercase words inside a body's name ("Department of Health", "Office for Students").
_INNER_LINKS = frozenset({"of", "for", "on"})


def _and_the_joint(ctx: _Context, i: int, j: int) -> int | None:
    """Index of "and" in "<name> and the <name>" read as one name ("the Department of
    Health and the Department of Housing"): a name goes on over "and", not over "and
    the" and two more capitalised words."""
    for k in range(i + 1, j - 3):
        if ctx.lowers[k] == "and" and ctx.lowers[k + 1] == "the":
            tail = range(k + 2, j)
            if all(ctx.texts[m][:1].isupper() or ctx.lowers[m] in _INNER_LINKS for m in tail):
                return k
    return None


def _street_list_commas(ctx: _Context, i: int, j: int) -> list[int]:
    """The commas of a list of streets read as one name: each street before a comma
    ends with its head word ("Mombasa Road, Ngong Road"), unlike "Paris, Texas"."""
    commas = [k for k in range(i + 1, j - 1) if ctx.texts[k] == ","]
    if all(ctx.lowers[k - 1] in _STREET_HEADS for k in commas):
        return commas
    return []


def _place_list_commas(ctx: _Context, i: int, j: int) -> list[int]:
    """The commas of a list of places read as one name, when "and" and a last name follow
    it ("to Kelby, Ashton and Marr"), unlike "Paris, Texas, and Dallas"."""
    commas = [k for k in range(i + 1, j - 1) if ctx.texts[k] == ","]
    if not commas or ctx.lower(j) not in {"and", "or"} or not ctx.text(j + 1)[:1].isupper():
        return []
    return [] if any(_is_region_at(ctx, k + 1) for k in commas) else commas


def _split_at_role(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int, str]]:
    """A body or place, a role and a person the model read as one name ("Acme
    spokesperson Jo Ray", "Ofcom chief executive Jo Ray", "Kibra MCA Jo Ray"): the role
    is a title, so the body (or place) and the person are two mentions."""
    for k in range(i + 1, j - 1):
        if _place_before_title(ctx, i, k):
            return [(i, k, "GPE"), (k + 2 if ctx.texts[k + 1] == "." else k + 1, j, "PERSON")]
        if _is_lower_role(ctx, k):
            return _split_at_lower_role(ctx, i, k, j, label)
        if label == "PERSON" and k - i >= 2 and _of_a_party(ctx, k, j):
            return [(i, k, "PERSON"), (k + 1, j, "ORG")]
    return [(i, j, label)]


def _of_a_party(ctx: _Context, k: int, j: int) -> bool:
    """ "Dermot Feehily of Fine Gael": "of" and a party's name end a person's mention;
    the party is a body of its own."""
    return ctx.lowers[k] == "of" and normalize(ctx.span_text(k + 1, j)) in lx.POLITICAL_PARTIES


def _split_at_lower_role(
    ctx: _Context, i: int, role: int, j: int, label: str
) -> list[tuple[int, int, str]]:
    """ "Acme" + "chief executive" + "Jo Ray", when capitalised words stand either side."""
    name = role + 1
    while name < j - 1 and _is_lower_role(ctx, name):
        name += 1
    words = [*range(i, role), *range(name, j)]
    if not all(ctx.texts[k][:1].isupper() for k in words):
        return [(i, j, label)]
    body = "GPE" if place_key(ctx.span_text(i, role)) is not None else "ORG"
    return [(i, role, body), (name, j, "PERSON")]


def _is_lower_role(ctx: _Context, k: int) -> bool:
    """A lowercase title or noun of a person's role ("spokesperson", "chief")."""
    word = ctx.texts[k]
    return word.islower() and (is_core_title(word) or word in lx.PERSON_DESCRIPTIONS)


def _split_possessive(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int, str]]:
    """A known place's possessive inside a name parts the place from what it owns
    ("Pennsylvania's Department of Labor"), and so does a titled person's ("Mayor Jo
    Ray's Housing Trust"); a body's own name may hold one ("Crook County Sheriff's
    Office", "Children's Hospital")."""
    for k in range(i + 1, j - 1):
        if ctx.texts[k].translate(_APOSTROPHES) not in ("'s", "'") or ctx.tags[k] != "POS":
            continue
        if all(_is_season_word(word) for word in ctx.lowers[k + 1 : j]):
            return [(i, k, label)]  # "Leopardstown's Christmas meeting": the owner alone
        if not ctx.texts[k + 1][:1].isupper():
            break
        if place_key(ctx.span_text(i, k)) is not None:
            return [(i, k, "GPE"), (k + 1, j, label)]
        if _after_personal_title(ctx, i) and not is_core_title(ctx.texts[k - 1]):
            return [(i, k, "PERSON"), (k + 1, j, label)]  # not "Attorney General's Office"
        break
    return [(i, j, label)]


def _after_personal_title(ctx: _Context, i: int) -> bool:
    """The name at i follows a title only people bear ("Minister", "Dr"), not "St."."""
    before = normalize(ctx.text(i - 1))
    return before in lx.CORE_TITLES or before in lx.PERSONAL_HONORIFICS


def _is_season_word(word: str) -> bool:
    """A holiday, month or weekday: what a possessive name owns, not part of the name."""
    return word in lx.HOLIDAYS or _is_date_word(word)
