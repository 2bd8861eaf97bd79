"""Evidence in the name itself: what a name's own words and written form say it is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.entities.tables import (
    _ADJECTIVE_ENDS,
    _ALWAYS_ORG_WORDS,
    _APOSTROPHES,
    _COMPASS,
    _POSSESSIVE_PLACE_HEADS,
    _SAINTS,
)
from service.extract.entities.text import (
    _is_country_or_state,
    _is_head_word,
    _is_title_case,
    normalize,
    place_key,
)
from service.extract.entities.votes import _CLUB_PLACE, _CUE, _FIRST_NAME, _SHAPE, _WEAK_CUE, Votes

# A British road's number ("A35", "M62", "B1249", "A1(M)"): a place, whoever the model
# took it for.
_ROAD_NUMBER = re.compile(r"[ABM][1-9][0-9]{0,3}(?:\(M\))?")


def _shape_votes(words: Sequence[str], sports: bool) -> Votes:
    """What a name's own words say: head words, first names, clubs (lowercase words)."""
    if not words:
        return {}
    last = words[-1]
    head = last
    for n in range(1, len(words) - 1):
        if words[n] in ("of", "for") and not (n == 1 and words[0] in _COMPASS):
            head = words[n - 1]
            break
    first_name = len(words) >= 2 and words[0] in GIVEN_NAMES
    if _is_law(words):
        return {"MISC": _SHAPE}
    if len(words) >= 2 and words[-2] in lx.ROAD_HEADS and any(ch.isdigit() for ch in last):
        return {"LOC": _SHAPE}
    if len(words) > 2 and words[0] == "port" and words[1] == "of":
        return {"ORG": _SHAPE}  # "Port of Rotterdam": the port authority
    if len(words) > 2 and words[0] in lx.MUNICIPAL_HEADS and words[1] == "of":
        return {"ORG": _SHAPE}  # "City of St. John's": the council
    if sports and last in lx.CLUB_HEADS and len(words) >= 2:
        return {"ORG": _CLUB_PLACE if last in lx.PLACE_LIKE_CLUB_HEADS else _SHAPE}
    if sports and last in lx.SCHOOL_SIDE_ENDS and len(words) >= 2:
        return {"ORG": _SHAPE}  # "Lakeside Christian" in a game report: a school's side
    if sports and last in lx.VENUE_HEADS and len(words) >= 2 and not first_name:
        return {"LOC": _SHAPE}  # "Canadian Tire Centre": where the game is played
    if sports and len(words) >= 2 and words[0] in lx.CLUB_OPENERS:
        return {"ORG": _SHAPE}  # "Atlético Guadalmina": a side
    if head in lx.ORG_SUFFIXES or _is_always_org(" ".join(words)):
        return {"ORG": _SHAPE}
    if len(words) >= 3 and words[-2] == "medical" and last in {"center", "centre"}:
        return {"ORG": _SHAPE}  # "Cedar Regional Medical Center": a hospital, a body
    if first_name and len(words) == 2 and head in lx.SURNAME_HEADS:
        return {"PERSON": _FIRST_NAME}
    if len(words) >= 2 and (head in lx.ORG_HEADS or words[0] in lx.ORG_OPENERS):
        return {"ORG": _SHAPE}
    if _is_campaign_name(words):
        return {"ORG": _SHAPE}
    if len(words) >= 2 and words[0] in _SAINTS and last in lx.WORSHIP_HEADS:
        return {"LOC": _SHAPE}  # "St. Ann Church": a building
    if len(words) >= 2 and (head in lx.LOC_HEADS or words[0] in lx.LOC_PREFIXES):
        return {"LOC": _SHAPE}
    if len(words) == 2 and (words[0] in lx.PLACE_ARTICLES or words[0] in lx.COUNTY_WORDS):
        return {"LOC": _SHAPE}
    if len(words) >= 2 and last == "district" and words[-2] in lx.QUARTER_WORDS:
        return {"LOC": _SHAPE}  # "the Central Business District": a part of a city
    if first_name:
        return {"PERSON": _FIRST_NAME}
    if len(words) == 2 and last == "state" and _may_name_a_state(words[0]):
        return {"LOC": _WEAK_CUE}
    return {}


def _name_votes(name: str, words: Sequence[str], sports: bool) -> Votes:
    """What a name's words say, with a place's or body's head word read as the end of a
    surname when the name is written as a person's ("Jo van Dam", "Jo Ray-Hill")."""
    if _ends_in_surname(name):
        return {"PERSON": _FIRST_NAME}
    return _shape_votes(words, sports)


def _ends_in_surname(name: str) -> bool:
    """The last word follows a particle only people's names hold ("van", "von"), or is
    the second half of a double-barrelled surname ("Ray-Hill"); a head word there is part
    of the surname, not the head of a place ("Hill") or a body. The double-barrelled
    surname follows a first name ("Tri-County" has none)."""
    parts = normalize(name).split()
    if not parts or not _is_head_word(parts[-1].rpartition("-")[2]):
        return False
    if len(parts) >= 2 and parts[-2] in lx.PERSON_PARTICLES:
        return True
    first, hyphen, second = parts[-1].partition("-")
    return (
        bool(hyphen)
        and len(parts) >= 2
        and parts[0] != "the"
        and "-" not in second
        and first.isalpha()
        and len(first) > 2
        and not _is_head_word(first)
        and first not in _COMPASS
        and first not in lx.LOC_PREFIXES
        and place_key(first) is None
    )


def _is_campaign_name(words: Sequence[str]) -> bool:
    """Campaign and watchdog groups: "Save Hexley Woods", "Healthwatch Kelby",
    "Neighbourhood Watch"; no person's name opens with a verb or holds "watch"."""
    if len(words) < 2:
        return False
    return words[0] in lx.CAMPAIGN_OPENERS or any(word.endswith("watch") for word in words)


def _is_always_org(word: str) -> bool:
    """A name that always names a body: "Parliament", "Police", "the Knesset", a party
    ("Fine Gael")."""
    return word in _ALWAYS_ORG_WORDS or word in lx.LEGISLATURES or word in lx.POLITICAL_PARTIES


def _may_name_a_state(word: str) -> bool:
    """ "Edo State", "Kaduna State" are states; "Ohio State" is a university and
    "Islamic State" a group."""
    return (
        word not in lx.US_STATES and place_key(word) is None and not word.endswith(_ADJECTIVE_ENDS)
    )


def _written_shape_votes(name: str) -> Votes:
    """What the written form of a name says beyond its words: a first word and a
    double-barrelled surname make a person ("Zsófia Kovács-Nagy"), an acronym or a sport
    before a place makes a body ("ETH Zurich", "Tennis Australia")."""
    parts = name.split()
    if len(parts) == 1 and _is_acronym(name) and place_key(name) is None:
        return {"ORG": _CUE}  # "LSEG", "OSCE": people go by their names, bodies by initials
    if _is_french_place_name(name) or _ROAD_NUMBER.fullmatch(name):
        return {"LOC": _SHAPE}  # "Baie-Comeau", "Val-d'Or", the road "A35"
    if len(parts) == 3 and parts[1] == "&" and place_key(name) is None:
        return {"ORG": _SHAPE}  # "Hearth & Harbor", "Marks & Spencer": a firm or charity
    if _is_national_body_name(parts):
        return {"ORG": _SHAPE}  # "Tennis Australia", "Fire and Emergency New Zealand"
    if len(parts) == 2 and parts[0] == "World" and parts[1].casefold() in lx.NATIONAL_BODY_WORDS:
        return {"ORG": _SHAPE}  # "World Athletics": a sport's world governing body
    if len(parts) != 2:
        return {}
    first, second = parts
    if first.casefold() in lx.AREA_PREFIXES and place_key(second) is not None:
        return {"LOC": _SHAPE}  # "Metro Vancouver", "Greater Manchester": a wider area
    if place_key(second) is not None and _is_acronym(first) and place_key(first) is None:
        return {"ORG": _SHAPE}
    if (
        first.translate(_APOSTROPHES).endswith("'s")
        and second.casefold() in _POSSESSIVE_PLACE_HEADS
    ):
        return {"LOC": _SHAPE}  # "Gee's Bend", "Queen's Park": a place
    if second.casefold() in lx.PLACE_SERVICE_ENDS and place_key(first) is not None:
        return {"ORG": _SHAPE}  # "Ontario Health", "Manitoba Hydro": a public body
    if first.casefold() in lx.PLURAL_SERVICE_WORDS and place_key(second) is not None:
        return {"ORG": _SHAPE}  # "Parks Victoria", "Roads Scotland": a public agency
    halves = second.split("-")
    if (
        len(halves) == 2
        and all(_is_title_case(part) for part in (first, *halves))
        and not _is_head_word(first.casefold())
        and first.casefold() not in lx.LOC_PREFIXES
        and place_key(first) is None
    ):
        return {"PERSON": _FIRST_NAME}
    return {}


def _is_national_body_name(parts: Sequence[str]) -> bool:
    """Sport or service words, perhaps joined by "and", before a country, state or
    province: its governing body ("Swim England", "Horse Racing Ireland", "Hockey
    Manitoba")."""
    for split in range(1, len(parts)):
        if _is_country_or_state(" ".join(parts[split:])):
            words = [part.casefold() for part in parts[:split]]
            return words[0] in lx.NATIONAL_BODY_WORDS and all(
                word in lx.NATIONAL_BODY_WORDS or word == "and" for word in words
            )
    return False


def _is_french_place_name(name: str) -> bool:
    """A hyphenated name opening with a French word of geography or a number ("Baie-
    Comeau", "Val-d'Or", "Sept-Îles"): a place, as people's double names never do."""
    first, hyphen, rest = name.partition("-")
    return bool(hyphen) and first.casefold() in lx.FRENCH_PLACE_OPENERS and rest[:1].isalpha()


def _is_acronym(word: str) -> bool:
    return (
        2 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and normalize(word) not in lx.ALIASES
    )


def _is_law(words: Sequence[str]) -> bool:
    """ "Proceeds of Crime Act", "Senate Bill 412": laws are not bodies or people."""
    if len(words) >= 2 and words[-1] in lx.LAW_HEADS:
        return True
    if len(words) >= 3 and words[-1] == "bill" and words[0] not in GIVEN_NAMES:
        return True  # "Planning and Infrastructure Bill", not "Mary Anne Bill"
    return any(
        word in lx.LAW_WORDS and any(ch.isdigit() for ch in after)
        for word, after in pairwise(words)
    )
