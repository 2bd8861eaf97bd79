"""Clustering: which mentions name the same thing ("Biden" joins "Joe Biden")."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from service.events import EntityType
from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.data.name_genders import name_gender
from service.extract.entities.context import RawMention
from service.extract.entities.cues import _meant_by_age
from service.extract.entities.name_evidence import _name_votes
from service.extract.entities.tables import (
    _COMPANY_ENDS,
    _COMPASS,
    _DEMONYM_ENDS,
    _STREET_HEADS,
    _team_plural,
)
from service.extract.entities.text import _group_key, _is_head_word, _words, normalize, place_key
from service.extract.entities.types import _decide_type
from service.extract.entities.votes import _CUE, _MODEL, Votes, _add, _coarse


@dataclass
class _Group:
    """Mentions written the same way (or as listed aliases of each other)."""

    key: str
    forms: set[tuple[str, ...]] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    cues: Votes = field(default_factory=dict)
    first: int = 1 << 62  # where its first mention starts

    @property
    def size(self) -> int:
        return max((len(form) for form in self.forms), default=0)


class Relatives(NamedTuple):
    """Who a surname that people share names: the keys of the people introduced as a
    relative ("her mother, Jenna Tregear"), with whether older or younger (see
    `_seniority`); the mentions a title ties to whoever is in view ("Mrs Tregear"),
    whom the same title named before or, else, of the gender it shows; and those "the
    elder" or "the younger" tells apart (see `_age_order_at`)."""

    seniority: dict[str, int]
    titled: set[int]
    told_apart: dict[int, int]
    # Mention -> the title or word for a relative before it ("mr", "dr", "brother").
    words_before: dict[int, str]
    # People the story says died in a past year (see `_year_after_death`), and in any.
    departed: set[str]
    deceased: set[str]


def cluster_mentions(
    raws: Sequence[RawMention],
    cues: Sequence[Votes] | None = None,
    *,
    sports: bool = False,
    aliases: dict[str, str] | None = None,
    relatives: Relatives | None = None,
) -> list[str]:
    """The cluster key of each mention: short forms join the fullest name holding them,
    and an acronym defined in the article (`aliases`) joins the name it stands for.

    A bare surname two people share names the one not introduced as a relative, unless
    a title or "the elder" before it says otherwise (see `Relatives`).
    """
    seniority, titled, told_apart, words_before, departed, deceased = relatives or Relatives(
        {}, set(), {}, {}, set(), set()
    )
    words_of: dict[str, set[str]] = {}  # cluster -> the words before its mentions so far
    groups = _groups(raws, cues or [{} for _ in raws], aliases or {})
    owners = [""] * len(raws)
    starts: dict[str, list[int]] = {}
    by_word: dict[str, list[_Group]] = {}
    types = {key: group_type(group, sports=sports) for key, group in groups.items()}
    for group in sorted(groups.values(), key=lambda g: -g.size):
        targets = _merge_targets(group, by_word, owners, types, sports)
        relatives_named = {
            key for key in targets & seniority.keys() if _ends_name(group, groups[key])
        }
        subjects = targets - relatives_named or targets
        living = targets - departed or targets
        for m in group.mentions:
            candidates = living if m in titled else subjects & living or subjects
            if m in told_apart and targets:
                meant = _meant_by_age(told_apart[m], seniority, targets)
                candidates = meant or {_first_named(targets, starts)}
            if m in words_before:
                fitting = _fitting_word(words_before[m], candidates, words_of)
                if m in titled and not fitting:  # "Mr Penhaligon" of the founder who died
                    fitting = _fitting_word(words_before[m], targets, words_of)
                candidates = fitting or candidates
                if words_before[m] == "mrs":
                    candidates = _not_the_daughter(candidates, seniority, deceased)
            owner = _nearest_cluster(raws[m].start, candidates, starts) if targets else group.key
            if m in words_before:
                words_of.setdefault(owner, set()).add(words_before[m])
            owners[m] = owner
            bisect.insort(starts.setdefault(owner, []), raws[m].start)
        for form in group.forms:
            for word in set(form):
                by_word.setdefault(word, []).append(group)
    return owners


def _groups(
    raws: Sequence[RawMention], cues: Sequence[Votes], aliases: dict[str, str]
) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for index, raw in enumerate(raws):
        key = _group_key(raw.text)
        key = aliases.get(key, key)
        group = groups.setdefault(key, _Group(key))
        group.forms.add(tuple(normalize(word) for word in _words(raw.text)))
        group.mentions.append(index)
        group.first = min(group.first, raw.start)
        if raw.label is not None:
            group.labels[raw.label] += 1
        for kind, weight in cues[index].items():
            _add(group.cues, kind, weight)
    return groups


def group_type(group: _Group, *, sports: bool = False) -> EntityType:
    """A group's type before merging: the model's labels, the cues and the name's words."""
    votes: Votes = dict(group.cues)
    for label, count in group.labels.items():
        _add(votes, _coarse(label), _MODEL * count)
    longest = max(group.forms, key=len, default=())
    for kind, weight in _name_votes(group.key, longest, sports).items():
        _add(votes, kind, weight)
    return _decide_type(group.key, votes, None, sports=sports)


def _merge_targets(
    group: _Group,
    by_word: dict[str, list[_Group]],
    owners: Sequence[str],
    types: dict[str, EntityType],
    sports: bool,
) -> set[str]:
    """Clusters already holding a longer name that contains this group's name.

    A person's name may be held anywhere ("Olivares" in "Carmen Olivares
    Ruiz"); another name only at the start, at the end or before "of"
    ("Kestrel" in "Kestrel Foods", "House" in "Montana House of
    Representatives", not "Tagus" in "Joint Tagus Monitoring Committee").
    """
    targets: set[str] = set()
    for form in group.forms:
        if not form:
            continue
        holders = [
            longer
            for longer in by_word.get(form[0], [])
            if longer.size > len(form)
            and _contains(longer, form, anywhere=types[longer.key] == "PERSON")
            and _compatible(group, longer, types, sports)
            and not _owns_longer_name(form, longer)
        ]
        if any(_surname_of(form, longer, types) for longer in holders):
            holders = [
                longer
                for longer in holders
                if types[longer.key] != "ORG" or not _opens_company_name(group, longer)
            ]
        given = any(_is_given_named_person(g, types) for g in [group, *holders])
        person = types[group.key] == "PERSON"
        for longer in holders:
            if not _named_after(form, longer, given=given, person=person):
                targets.update(owners[m] for m in longer.mentions)
    return targets


def _ends_name(short: _Group, longer: _Group) -> bool:
    """Whether a short name ends the longer one: a relative's surname ("Roe" of "Terry
    Roe"), not their first name ("Terry")."""
    return any(_ends(form, longer) for form in short.forms if form)


def _surname_of(form: tuple[str, ...], longer: _Group, types: dict[str, EntityType]) -> bool:
    """Whether the form ends a person's name: "Pryce" of "Hannah Pryce" is hers, not
    the company "Pryce Haulage" the text also names."""
    return types[longer.key] == "PERSON" and _ends(form, longer)


def _ends(form: tuple[str, ...], longer: _Group) -> bool:
    """Whether one of the longer name's forms ends with the form."""
    return any(big[-len(form) :] == form for big in longer.forms)


def _owns_longer_name(form: tuple[str, ...], longer: _Group) -> bool:
    """A longer name that goes on from this one to a possessive names a body of it, a
    thing of its own ("Hexley Rovers" and "Hexley Rovers Supporters' Trust")."""
    n = len(form)
    return any(
        big[:n] == form and any(word.endswith(("'s", "'")) for word in big[n:])
        for big in longer.forms
    )


def _is_given_named_person(group: _Group, types: dict[str, EntityType]) -> bool:
    """A group typed as a person whose name opens with a known given name ("Jo Ray")."""
    return types[group.key] == "PERSON" and any(
        form and form[0] in GIVEN_NAMES for form in group.forms
    )


def _named_after(form: tuple[str, ...], longer: _Group, *, given: bool, person: bool) -> bool:
    """A longer name that holds this one before the head of a building, a body or an
    honour names a thing after it; when a person with a given name holds this name
    too ("Jo Ray" and "Jo Ray Community Rink", then "Ray"), it is the person's. A street
    is named after a person, so a name typed as a person's is never the street's ("Ray"
    of "Jo Ray Way")."""
    n = len(form)
    return any(
        ((given and big[-1] in lx.EPONYM_HEADS) or ((given or person) and big[-1] in _STREET_HEADS))
        and any(big[k : k + n] == form for k in range(len(big) - n))
        for big in longer.forms
    )


def _contains(longer: _Group, form: tuple[str, ...], *, anywhere: bool = True) -> bool:
    n = len(form)
    return any(
        form == big[k : k + n]
        for big in longer.forms
        if len(big) > n
        for k in range(len(big) - n + 1)
        if anywhere
        or k in (0, len(big) - n)
        or big[k + n] in ("of", "for")
        or (k == 1 and big[0] in lx.LEGAL_PREFIXES)
    )


def _compatible(short: _Group, longer: _Group, types: dict[str, EntityType], sports: bool) -> bool:
    """A short form may join a longer name of the same kind; nothing joins a place.

    A person's bare surname joins the full name whatever the model called it:
    its PERSON/ORG/GPE confusion on lone surnames ("Fauci said") is systematic.
    Only a known place, or a name the text shows to be a place, stays apart.
    A place inside a longer place's name is another place ("Hexley" and
    "Hexley North"), unless the longer names a feature ("the Avalon" of "the Avalon
    Peninsula"), and in a sports story a club's last word is its nickname
    ("Panthers" of "Pune Panthers") whatever the model called it.
    """
    short_type, long_type = types[short.key], types[longer.key]
    if long_type == "PERSON":
        return place_key(short.key) is None and short.cues.get("LOC", 0.0) < _CUE
    if sports and long_type == "ORG" and _club_place(short, longer):
        return True
    if long_type == "ORG" and (
        _opens_company_name(short, longer) or _opens_coined_name(short, longer)
    ):
        return True
    if long_type == "LOC" and (_opens_feature_name(short, longer) or _names_county(short, longer)):
        return True
    if sports and long_type == "LOC" and _club_nickname(short, longer):
        return True
    if long_type in ("LOC", "ORG") and _names_a_person(short, longer, types):
        return True
    if long_type == "LOC" or short_type == "LOC":
        return False
    if sports and long_type == "ORG" and short.size == 1 and place_key(short.key) is None:
        word = next(iter(short.forms))[0]
        if any(big[-1] == word for big in longer.forms):
            return True
    short_types = {_coarse(label) for label in short.labels} | {short_type}
    return long_type in short_types or (long_type == "ORG" and _opens_longer_name(short, longer))


def _club_place(short: _Group, longer: _Group) -> bool:
    """In a sports story the place a club is named after ("Chesapeake" of "Chesapeake
    FC", "Hexley" of "Hexley Rovers") is the club, unless the text shows the place ("in
    Chesapeake"); a "City" or "Town" club may share its name with the place."""
    if short.size != 1 or short.cues.get("LOC", 0.0) >= _CUE:
        return False
    word = next(iter(short.forms))[0]
    return any(big == (word, big[-1]) and _club_suffix(big[-1]) for big in longer.forms)


def _names_a_person(short: _Group, longer: _Group, types: dict[str, EntityType]) -> bool:
    """A person the model named alone by one word ("Davi said") is the two-word name
    it opens or ends, whatever the model called that ("Davi Santos" read as a town),
    unless the name is a known place or holds a place's or a body's head word; the
    last name of someone named in full only ends it ("Olafson Hardware" is a shop)."""
    if types[short.key] != "PERSON" or short.size != 1 or short.labels["PERSON"] < 2:
        return False
    if place_key(longer.key) is not None or place_key(short.key) is not None:
        return False
    word = next(iter(short.forms))[0]
    opening = not _ends_a_persons_name(word, types)  # not "Olafson" of "Olafson Hardware"
    return any(
        len(big) == 2
        and (big[1] == word or (opening and big[0] == word))
        and not any(map(_is_head_word, big))
        for big in longer.forms
    )


def _ends_a_persons_name(word: str, types: dict[str, EntityType]) -> bool:
    """Whether the word is the last name of someone named in full ("Bernard Olafson")."""
    return any(
        kind == "PERSON" and len(parts := key.split()) > 1 and parts[-1] == word
        for key, kind in types.items()
    )


def _club_nickname(short: _Group, longer: _Group) -> bool:
    """In a sports story a lone plural that ends a name the model read as a place is the
    club by its nickname ("Ironhawks" of "Hamilton Ironhawks"), unless the plural ends
    place names too ("Falls", "Islands"), the model reads it as a person's name, or the
    text or the model shows a place ("the Somerset Levels", "the French Pyrenees")."""
    if short.size != 1 or "PERSON" in short.labels or _place_shown(short):
        return False
    if longer.cues.get("LOC", 0.0) >= _CUE:
        return False  # "across the Somerset Levels"
    word = next(iter(short.forms))[0]
    return _team_plural(word) and any(
        len(big) > 1 and big[-1] == word and not _opens_region(big[0]) for big in longer.forms
    )


def _place_shown(group: _Group) -> bool:
    """The text shows a place ("on the Levels"), or the model read one there ("the Broads")."""
    places = sum(count for label, count in group.labels.items() if _coarse(label) == "LOC")
    return group.cues.get("LOC", 0.0) >= _CUE or places > group.labels["ORG"]


def _opens_region(word: str) -> bool:
    """A compass point, "Outer" or a nationality before a plural names a region ("West
    Midlands", "Outer Hebrides", "French Pyrenees"), not a club."""
    return word in _COMPASS or word in lx.LOC_PREFIXES or word.endswith(_DEMONYM_ENDS)


def _club_suffix(word: str) -> bool:
    """Letters or a last word that make a place's name a club's ("FC", "Rovers")."""
    if word in lx.PLACE_LIKE_CLUB_HEADS:
        return False
    return word in lx.CLUB_ABBREVIATIONS or word in lx.CLUB_HEADS


def _opens_company_name(short: _Group, longer: _Group) -> bool:
    """The first words of a company's or a school's name are the company or school,
    whatever their own words or the model say ("Kestrel Bridge" of "Kestrel Bridge
    Capital", "Velmar" of "Velmar Chemicals", "Whitcomb" of "Whitcomb Elementary"),
    unless the text shows a place or a person."""
    if place_key(short.key) is not None or short.cues.get("LOC", 0.0) >= _CUE:
        return False
    if short.cues.get("PERSON", 0.0) >= _CUE:
        return False
    return any(
        (big[-1] in _COMPANY_ENDS or _industry_name(big) or big[-1] in lx.SCHOOL_ENDS)
        and big[: len(form)] == form
        and (len(form) >= 2 or form[0] not in GIVEN_NAMES)
        for form in short.forms
        for big in longer.forms
        if len(big) > len(form)
    )


def _opens_coined_name(short: _Group, longer: _Group) -> bool:
    """A word the text first wrote opening a body's name is that body when shortened
    later, whatever the model called it ("Northsound" after "Northsound Data"), unless it
    is a place, a nationality or a given name, the text shows a person or a place, or
    the name holds an institution's head word ("Hexley Council" and "Karakoram Institute
    of Mountain Hydrology" leave the town and the range)."""
    if short.size != 1 or longer.first > short.first or place_key(short.key) is not None:
        return False
    if short.cues.get("PERSON", 0.0) >= _CUE or short.cues.get("LOC", 0.0) >= _CUE:
        return False
    word = next(iter(short.forms))[0]
    if word in GIVEN_NAMES or "NORP" in short.labels:  # "Czech" of "Czech Television"
        return False
    return any(
        len(big) > 1 and big[0] == word and not lx.ORG_HEADS.intersection(big)
        for big in longer.forms
    )


_GENERIC_ENDS = frozenset({"services", "group"})  # "Quenda Mining Services"


def _industry_name(words: tuple[str, ...]) -> bool:
    """A name ending in an industry ("Velmar Chemicals"), or in a generic word after
    one ("Quenda Mining Services"; "Brennan Group" alone may be a family's)."""
    if words[-1] in lx.INDUSTRY_ENDS:
        return True
    return len(words) > 2 and words[-1] in _GENERIC_ENDS and words[-2] in lx.INDUSTRY_ENDS


def _opens_feature_name(short: _Group, longer: _Group) -> bool:
    """A word that opens the name of a geographic feature is that feature ("the Avalon"
    of "the Avalon Peninsula"), unless it is a known place of its own."""
    if place_key(short.key) is not None:
        return False
    return any(
        big[-1] in lx.FEATURE_HEADS and big[: len(form)] == form and len(big) == len(form) + 1
        for form in short.forms
        for big in longer.forms
    )


def _names_county(short: _Group, longer: _Group) -> bool:
    """A county's name alone is the county written with its "Co" ("Clare" of "Co Clare"),
    whatever the model called it."""
    return any(
        len(big) == 2 and big[0] in lx.COUNTY_WORDS and (big[1],) == form
        for form in short.forms
        for big in longer.forms
    )


def _opens_longer_name(short: _Group, longer: _Group) -> bool:
    """Two or more words that open a body's longer name, after any legal form before it,
    are that body, whatever the model called them ("Sohar Gateway" of "Sohar Gateway
    Terminals", "Sinar Logam" of "PT Sinar Logam Nusantara")."""
    return place_key(short.key) is None and any(
        len(form) >= 2 and _without_legal_prefix(big)[: len(form)] == form
        for form in short.forms
        for big in longer.forms
    )


def _without_legal_prefix(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if words and words[0] in lx.LEGAL_PREFIXES else words


def _first_named(targets: set[str], starts: dict[str, list[int]]) -> str:
    """Of several clusters, the one named first, as a bare surname they share is read."""
    return min(targets, key=lambda key: (starts.get(key, [1 << 62])[0], key))


def _fitting_word(word: str, candidates: set[str], words_of: dict[str, set[str]]) -> set[str]:
    """'Dr Varadarajan' again, 'Ms Akintola' after 'Mr Akintola': of the clusters a name
    may join, those the same title that shows no gender named before; else those whose
    words so far and first name show no other gender ("Mrs Sasaki" is not Kazuo
    Sasaki); none may be left."""
    gender = _gender(word)
    same = {key for key in candidates if word in words_of.get(key, ())}
    if same and gender is None:  # "Mr Hale" is any man of the family
        return same
    if gender is None:
        return candidates
    return {
        key
        for key in candidates
        if all(_gender(other) in (None, gender) for other in words_of.get(key, ()))
        and _name_gender_of_key(key) in (None, gender)
    }


def _not_the_daughter(
    candidates: set[str], seniority: dict[str, int], deceased: set[str]
) -> set[str]:
    """'Their daughter, Aisling Doran, ... Mrs Doran was more direct': "Mrs" is the
    living mother, not the relative introduced as a child; a daughter is "Mrs" too when
    her mother died."""
    elders = {key for key in candidates if seniority.get(key, 0) >= 0 and key not in deceased}
    return elders or candidates


def _name_gender_of_key(key: str) -> str | None:
    """The gender a cluster's first name usually has ("Kazuo" of "kazuo sasaki"), for a
    full name only."""
    words = key.split()
    return name_gender(words[0]) if len(words) > 1 else None


def _gender(word: str) -> str | None:
    if word in lx.MALE_WORDS:
        return "m"
    return "f" if word in lx.FEMALE_WORDS else None


def _nearest_cluster(position: int, targets: set[str], starts: dict[str, list[int]]) -> str:
    """Of several candidate clusters, the one mentioned last before `position`."""

    def rank(key: str) -> tuple[int, int, str]:
        positions = starts.get(key, [])
        before = bisect.bisect_left(positions, position)
        if before:
            return (1, positions[before - 1], key)
        first_after = positions[0] if positions else 1 << 62
        return (0, -first_after, key)

    return max(targets, key=rank)


def _clusters_from_owners(raws: Sequence[RawMention], owners: Sequence[str]) -> list[list[int]]:
    clusters: dict[str, list[int]] = {}
    for index, owner in enumerate(owners):
        clusters.setdefault(owner, []).append(index)
    return [sorted(members, key=lambda m: raws[m].start) for members in clusters.values()]
