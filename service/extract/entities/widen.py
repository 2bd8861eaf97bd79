"""Where a name starts when the model took only its end: bodies, stations, places,
companies (and, through people, persons)."""

from __future__ import annotations

from spacy.tokens import Span

from service.extract import lexicon as lx
from service.extract.entities.context import _Context, _starts_sentence
from service.extract.entities.people import (
    _accented_name_prefix,
    _first_name_join,
    _first_name_prefix,
    _hyphenated_given_name_start,
    _loose_name_word,
    _particle_prefix,
    _portfolio_prefix_end,
    _titled_person_start,
)
from service.extract.entities.tables import _APOSTROPHES, _COMPASS, _PARTY_INITIALS
from service.extract.entities.text import _initials, _is_country_or_state, place_key
from service.extract.entities.titles import is_core_title


def _widened_span(ctx: _Context, ent: Span, following: Span | None) -> tuple[int, int, str]:
    """The entity's tokens and label once the parts of its name the model left out
    around it are taken in: first names, titles of stations, bodies' head words."""
    label = ent.label_
    start, end = _hyphen_start(ctx, ent.start), ent.end
    if label in ("PERSON", "FAC") and ctx.lower(end) in lx.STATION_WORDS:
        start, end, label = _station_start(ctx, start), end + 1, "FAC"
    start, label = _hyphenated_given_name_start(ctx, start, end, label)
    start = _possessive_body_start(ctx, start, label)
    joined = _first_name_join(ctx, ent, following)
    if joined is not None:
        end, label = joined, "PERSON"
    else:
        place_end = _adjective_place_end(ctx, ent, following)
        end, label = (end, label) if place_end is None else (place_end, "LOC")
        if place_end is None:
            end, label = _adjective_name_end(ctx, ent, following) or (end, label)
    start, label = _body_of_place_start(ctx, start, end, label)
    start = _compass_of_start(ctx, start, label)
    start, label = _national_body_start(ctx, start, end, label)
    start, label = _titled_person_start(ctx, start, end, label)
    start, label = _first_name_prefix(ctx, start, end, label)
    start = _accented_name_prefix(ctx, start, label)
    start, label = _portfolio_prefix_end(ctx, start, end, label)
    start, label = _particle_prefix(ctx, start, label)
    start = _company_prefix_start(ctx, start, end, label)
    start, label = _legal_prefix_start(ctx, start, label)
    conjoined = _conjoined_start(ctx, start, end, label)
    return (start, end, label) if conjoined is None else (conjoined, end, "ORG")


def _legal_prefix_start(ctx: _Context, i: int, label: str) -> tuple[int, str]:
    """Start and label of a company's name with its legal form before it, in capitals
    ("PT" + "Sinar Logam Nusantara", which the model may read as a person)."""
    if i > 0 and ctx.texts[i - 1].isupper() and ctx.lowers[i - 1] in lx.LEGAL_PREFIXES:
        return i - 1, "ORG"
    return i, label


def _station_start(ctx: _Context, i: int) -> int:
    """Start of a station's name before a lowercase "station" ("King George station"):
    a person's name with the title the model left out ("Prince" + "Arthur station")
    names the station, not the person."""
    k = i
    while (
        k > 0
        and not ctx.in_ent[k - 1]
        and ctx.texts[k - 1][:1].isupper()
        and is_core_title(ctx.texts[k - 1])
    ):
        k -= 1
    return k


def _hyphen_start(ctx: _Context, i: int) -> int:
    """Start of a name the model took only the end of, after an unspaced hyphen
    ("Antwerp-" + "Bruges"); a party's initial before a state ("R-Okla.") is no part of it."""
    k = i - 2
    if k < 0 or ctx.texts[i - 1] != "-" or ctx.spaced[k] or ctx.spaced[i - 1]:
        return i
    if ctx.texts[k] in _PARTY_INITIALS and ctx.ent_label_at[i] == "GPE":
        return i
    return k if ctx.texts[k][:1].isupper() and not ctx.in_ent[k] else i


def _possessive_body_start(ctx: _Context, i: int, label: str) -> int:
    """Start of a body whose own name holds a possessive ("Alzheimer's" + "Society"):
    an untagged capitalised word and "'s" before the head word the model tagged."""
    k = i - 2
    if label != "ORG" or k < 0 or ctx.lowers[i] not in lx.ORG_HEADS:
        return i
    if ctx.texts[i - 1].translate(_APOSTROPHES) != "'s" or ctx.spaced[k]:
        return i
    if ctx.in_ent[k] or not ctx.capitalised_proper(k) or place_key(ctx.texts[k]) is not None:
        return i
    return k


def _adjective_place_end(ctx: _Context, ent: Span, following: Span | None) -> int | None:
    """End of a geographic name opened by a nationality ("Swiss" + "Alps"): one place,
    whether the model tagged the feature or only the gazetteer knows it."""
    if len(ent) != 1 or not (
        ent.label_ == "NORP" or (ent.label_ == "GPE" and place_key(ent.text) is None)
    ):
        return None
    if following is not None and following.start == ent.end:
        is_feature = following.label_ == "LOC" or place_key(following.text) in lx.GEOGRAPHIC
        return following.end if is_feature else None
    k = ent.end
    if k < ctx.n and ctx.capitalised_proper(k) and place_key(ctx.texts[k]) in lx.GEOGRAPHIC:
        return k + 1
    return None


def _adjective_name_end(ctx: _Context, ent: Span, following: Span | None) -> tuple[int, str] | None:
    """End and label of a name opened by a nationality that the model cut after it
    ("Spanish" + "Town Hospital", "Scottish" + "Conservatives"): no name opens with a
    bare head word, and a party's plural after a nationality is the party."""
    k = ent.end
    if ent.label_ != "NORP" or len(ent) != 1 or k >= ctx.n or not ctx.spaced[k - 1]:
        return None
    if following is not None and following.start == k and following.label_ != "NORP":
        head = ctx.lowers[k]
        is_head = head in lx.PLACE_NOUNS or head in lx.ORG_HEADS or head in lx.LOC_HEADS
        return (following.end, following.label_) if is_head else None
    if not ctx.in_ent[k] and ctx.lowers[k] in lx.PARTY_PLURALS and ctx.capitalised_proper(k):
        return k + 1, "ORG"
    return None


def _body_of_place_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a body named for a place the model tagged alone ("Port of" + "Rotterdam",
    "University of" + "Ibadan"): the capitalised head word before "of" opens the name."""
    head = i - 2
    if label not in ("GPE", "LOC", "PERSON") or head < 0 or ctx.lowers[i - 1] != "of":
        return i, label
    if ctx.in_ent[head] or not ctx.texts[head][:1].isupper():
        return i, label
    if ctx.lowers[head] not in lx.ORG_HEADS and ctx.lowers[head] != "port":
        return i, label
    if place_key(ctx.span_text(head, j)) is not None:
        return i, label
    return head, "ORG"


def _compass_of_start(ctx: _Context, i: int, label: str) -> int:
    """Start of a region named as a part of a place ("the West of" + "England") or of a
    body named for it ("West of" + "England Mayoral Combined Authority"): a capitalised
    compass word inside a sentence opens the name; "the west of England" stays a place."""
    compass = i - 2
    if label not in ("GPE", "LOC", "ORG") or compass < 0 or ctx.lowers[i - 1] != "of":
        return i
    if ctx.in_ent[compass] or ctx.lowers[compass] not in _COMPASS:
        return i
    if not ctx.texts[compass][:1].isupper() or _starts_sentence(ctx, compass):
        return i
    return compass


def _national_body_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a national body the model tagged only the country of ("Tennis" +
    "Australia", "Transports" + "Québec", "Fire and Emergency" + "New Zealand"): sport or
    service words before a country or a province name the body."""
    k = i
    while _is_national_body_word(ctx, k - 1):
        k -= 1
        if ctx.lower(k - 1) == "and" and _is_national_body_word(ctx, k - 2):
            k -= 1  # "Fire and" + "Emergency"
    if k == i:
        return i, label
    return (k, "ORG") if _is_country_or_state(ctx.span_text(i, j)) else (i, label)


def _is_national_body_word(ctx: _Context, k: int) -> bool:
    if k < 0 or ctx.in_ent[k] or not ctx.capitalised_proper(k):
        return False
    return ctx.lowers[k] in lx.NATIONAL_BODY_WORDS or ctx.lowers[k] in lx.ORG_OPENERS


def _conjoined_start(ctx: _Context, i: int, j: int, label: str) -> int | None:
    """Start of a body whose name holds "and" when the model took only the part after
    it ("Harbour and" + "Lifting Safety Authority"): an acronym in the article spells
    the whole ("HLSA"), or one "the" opens both halves of a name whose members the two
    share ("the Port and Dock Workers' Union", "the Retail and Allied Workers Union": the
    workers of both), unless the first half is a body of its own ("the Government and
    Rail Workers Union"); or a police force names two counties ("Devon and Cornwall
    Police")."""
    k = i - 2
    if label != "ORG" or k < 0 or ctx.lowers[i - 1] != "and":
        return None
    if _two_county_force(ctx, k, i, j):
        return k  # "Devon and" + "Cornwall Police", Devon tagged as a place or not
    if ctx.in_ent[k] or not ctx.capitalised_proper(k) or ctx.lowers[j - 1] not in lx.ORG_HEADS:
        return None
    if ctx.lower(k - 1) == "the" and _holds_possessive(ctx, i, j):
        return k
    if ctx.lower(k - 1) == "the" and _names_members(ctx, i, j) and not _is_body_word(ctx, k):
        return k
    return k if _initials(ctx.span_text(k, j)) in ctx.acronyms else None


def _two_county_force(ctx: _Context, k: int, i: int, j: int) -> bool:
    """'Avon and Somerset Police': one capitalised word, "and", then a place and a
    force's head word; the first word may carry a place tag of its own, never a body's
    ("the Army and Kent Police")."""
    return (
        j - i == 2
        and ctx.lowers[j - 1] in lx.FORCE_HEADS
        and ctx.texts[k][:1].isupper()
        and ctx.texts[k].isalpha()
        and not _is_body_word(ctx, k)
        and not (k > 0 and ctx.in_ent[k - 1])
        and not any(ent.start == k and ent.label_ not in ("GPE", "LOC") for ent in ctx.ents)
    )


def _holds_possessive(ctx: _Context, i: int, j: int) -> bool:
    return any(ctx.texts[k].translate(_APOSTROPHES) in ("'s", "'") for k in range(i + 1, j))


def _is_body_word(ctx: _Context, k: int) -> bool:
    """A word that names a body on its own ("Government", "Council")."""
    return ctx.lowers[k] in lx.ORG_HEADS or ctx.lowers[k] in lx.ORG_DESCRIPTIONS


def _names_members(ctx: _Context, i: int, j: int) -> bool:
    """A plural proper noun before the head names the members ("Allied Workers Union")."""
    return any(ctx.tag(k) == "NNPS" for k in range(i, j - 1))


def _company_prefix_start(ctx: _Context, i: int, j: int, label: str) -> int:
    """Start of a company's name the model took only the end of ("Takumi" + "Robotics
    Corp", "Weller" + "Cho LLP" read as a person): a legal suffix makes the untagged
    capitalised word before it part of it; so does a plural opening a body's name,
    which no name opens with ("Trentside" + "Hospitals NHS Trust")."""
    if label not in ("ORG", "PERSON") or j - i < 2:
        return i
    if ctx.lowers[j - 1] not in lx.ORG_SUFFIXES and (label != "ORG" or ctx.tag(i) != "NNPS"):
        return i
    return i - 1 if i > 0 and _loose_name_word(ctx, i - 1) else i
