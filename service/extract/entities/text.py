"""Keys and shapes of written names: the lookup key, the gazetteer entry, the words."""

from __future__ import annotations

from functools import lru_cache

from service.extract import lexicon as lx
from service.extract.date_words import WEEKDAYS
from service.extract.entities.tables import _APOSTROPHES


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Casefolded, straight apostrophes, single spaces: the key for lookups."""
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


def _without_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def place_key(name: str) -> str | None:
    """The gazetteer entry a name denotes, or None when it is not a known place."""
    key = _without_the(normalize(name))
    for candidate in (key, lx.ALIASES.get(key, "")):
        if candidate in lx.PLACES:
            return candidate
    return None


def _group_key(text: str) -> str:
    key = _without_the(normalize(text))
    return _city_of(lx.ALIASES.get(key, key))


def _is_city_form(text: str) -> bool:
    key = _without_the(normalize(text))
    return _city_of(key) != key


def _city_of(key: str) -> str:
    """A known city written with "City" after it ("Baltimore City") is that city."""
    city = key.removesuffix(" city")
    if city == key or key in lx.PLACES or city not in lx.CITIES:
        return key
    return key if city in lx.COUNTRIES or city in lx.US_STATES else city


def _words(text: str) -> list[str]:
    """Words of a name for containment: split on spaces and hyphens, possessive off."""
    parts = (part.strip(',;:!?()[]"“”') for part in text.replace("-", " ").split())
    return [part for part in parts if any(ch.isalnum() for ch in part)]


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words: "Gangmasters and Labour Abuse
    Authority" is "GLAA"."""
    return "".join(word[0] for word in _words(name) if word[:1].isupper())


def _is_acronym_word(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _is_title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _is_head_word(word: str) -> bool:
    return word in lx.ORG_HEADS or word in lx.LOC_HEADS or word in lx.CLUB_HEADS


def _is_date_word(word: str) -> bool:
    """A month or a weekday: "Osei Monday" is a name and a day, not a longer name."""
    return word in lx.MONTHS or word in WEEKDAYS


def _is_country_or_state(name: str) -> bool:
    """A country, or a state or province ("Québec"), unlike a city."""
    key = place_key(name)
    return key in lx.COUNTRIES or key in lx.REGIONS or key in lx.US_STATES
