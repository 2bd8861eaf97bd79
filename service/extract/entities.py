"""Named entities from a parsed Doc, with the small model's systematic errors fixed.

The model tags each mention on its own; it mislabels places as people, splits
one person over "Joe Biden" / "Biden" / "Biden's", and keeps titles, a leading
"the" and stray prepositions in names. This module works at document level:
it cleans each mention, clusters mentions of the same thing, votes on one type
per cluster (a gazetteer of places has the last word) and picks the fullest
written form as the name.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from service.events import Entity, EntityType, Mention
from service.extract import lexicon as lx
from service.ids import item_id

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


@dataclass(frozen=True)
class RawMention:
    """One cleaned mention: token range [i, j), its text and the model's label."""

    i: int
    j: int
    start: int
    end: int
    text: str
    label: str | None


@dataclass
class _Group:
    """Mentions written the same way (or as listed aliases of each other)."""

    key: str
    forms: set[tuple[str, ...]] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def size(self) -> int:
        return max((len(form) for form in self.forms), default=0)


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------


def extract_entities(doc: Doc, *, article_id: str) -> list[Entity]:
    """One Entity per real-world thing the article names, ordered by first mention."""
    raws = collect_mentions(doc)
    owners = cluster_mentions(raws)
    clusters = _clusters_from_owners(raws, owners)
    clusters = _add_missed_mentions(doc, raws, clusters)
    entities = [_build_entity(raws, members, article_id) for members in clusters]
    return sorted(entities, key=lambda entity: entity.mentions[0].start)


# --------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------


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
    return lx.ALIASES.get(key, key)


# --------------------------------------------------------------------------
# Collecting and cleaning mentions
# --------------------------------------------------------------------------


def collect_mentions(doc: Doc) -> list[RawMention]:
    """Every model entity that names a thing, cleaned of titles and stray words."""
    ents = [ent for ent in doc.ents if ent.label_ not in lx.NON_ENTITY_LABELS]
    raws: list[RawMention] = []
    text = doc.text
    skip_next = False
    for index, ent in enumerate(ents):
        following = ents[index + 1] if index + 1 < len(ents) else None
        if skip_next or _is_title_fragment(doc, ent, following):
            skip_next = False
            continue
        bounds = clean_bounds(doc, ent.start, ent.end, ent.label_)
        if bounds is None:
            continue
        i, j = bounds
        extended = _org_region_extension(doc, ent, j, following)
        if extended is None:
            extended = _particle_extension(doc, ent, j, following)
        if extended is not None:
            skip_next = following is not None and following.start < extended
            j = max(j, extended)
        raws.append(_raw(doc, text, i, j, ent.label_))
    return raws


def _raw(doc: Doc, text: str, i: int, j: int, label: str | None) -> RawMention:
    """A mention of tokens [i, j); `text` is doc.text, which spaCy rebuilds on each access."""
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    return RawMention(i, j, start, end, text[start:end], label)


def clean_bounds(doc: Doc, i: int, j: int, label: str) -> tuple[int, int] | None:
    """Token range of the name inside an entity span, or None when nothing is left.

    Drops possessives, a leading "the", trailing prepositions and, for people,
    a leading title; a span without a capitalised word is no name at all.
    """
    i, j = _trim_edges(doc, i, j)
    if label == "PERSON" and i < j:
        i = _skip_title(doc, i, j)
    if i >= j or not any(_has_upper(doc[k].text) for k in range(i, j)):
        return None
    if label == "PERSON" and all(_is_title_word(doc[k].text) for k in range(i, j)):
        return None
    return i, j


def _trim_edges(doc: Doc, i: int, j: int) -> tuple[int, int]:
    while i < j and _is_edge_junk(doc[i]):
        i += 1
    while j > i and (_is_edge_junk(doc[j - 1]) or doc[j - 1].tag_ == "POS"):
        j -= 1
    return i, j


def _is_edge_junk(token: Token) -> bool:
    text = token.text
    if token.is_space or not text.strip():
        return True
    if token.is_punct and not any(ch.isalnum() for ch in text):
        return True
    return normalize(text) in lx.EDGE_STOPWORDS


def _has_upper(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def is_core_title(text: str) -> bool:
    """A word that makes a title on its own ("President", "Dr.")."""
    key = normalize(text)
    return key in lx.CORE_TITLES or key in lx.HONORIFICS


def _is_title_word(text: str) -> bool:
    return is_core_title(text) or normalize(text) in lx.TITLE_CONNECTORS


def _skip_title(doc: Doc, i: int, j: int) -> int:
    """Index of the first name token after a leading title run, if there is one."""
    last_title = -1
    k = i
    while k < j - 1 and _title_like(doc[k]):
        if is_core_title(doc[k].text):
            last_title = k
        k += 1
    if last_title < 0:
        return i
    return k


def _title_like(token: Token) -> bool:
    key = normalize(token.text)
    return (
        is_core_title(token.text)
        or key in lx.TITLE_CONNECTORS
        or key in lx.ALIASES
        or place_key(token.text) is not None
        or token.tag_ == "JJ"
    )


def _is_title_fragment(doc: Doc, ent: Span, following: Span | None) -> bool:
    """A piece of a title the model split off a name ("Secretary of [State] Mike Pompeo")."""
    if ent.label_ == "PERSON" or following is None or following.label_ != "PERSON":
        return False
    if following.start - ent.end > 3:
        return False
    tokens = [doc[k] for k in range(ent.start, following.start)]
    if not all(_is_pure_title_word(token.text) for token in tokens):
        return False
    inside_title = ent.start > 0 and _is_title_word(doc[ent.start - 1].text)
    return inside_title or any(is_core_title(token.text) for token in doc[ent.start : ent.end])


def _is_pure_title_word(text: str) -> bool:
    """A title word that is not also a place ("State" is, "U.S." is not)."""
    return _is_title_word(text) and normalize(text) not in lx.ALIASES and place_key(text) is None


def _particle_extension(doc: Doc, ent: Span, j: int, following: Span | None) -> int | None:
    """End of a person's name the model cut after a particle ("Ursula von der | Leyen").

    A name never ends with "von", "der", "de" or "van": the capitalised words
    after it belong to the name, whatever label the model gave them.
    """
    if ent.label_ != "PERSON" or j != ent.end or doc[j - 1].lower_ not in lx.NAME_PARTICLES:
        return None
    end = j
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].tag_ in _PROPER_TAGS:
        end += 1
    if end == j:
        return None
    if following is not None and following.start == j:
        end = max(end, following.end)
    return end


def _org_region_extension(doc: Doc, ent: Span, j: int, following: Span | None) -> int | None:
    """End of an ORG name that runs on into "in <region>".

    The model cuts "Organization for Security and Co-operation in Europe" before
    "in Europe"; a formal ORG name holding "for" keeps the continent it names.
    """
    if ent.label_ != "ORG" or following is None or j != ent.end:
        return None
    if not any(doc[k].lower_ == "for" for k in range(ent.start + 1, j - 1)):
        return None
    if following.start != j + 1 or doc[j].lower_ != "in":
        return None
    if following.label_ not in {"LOC", "GPE"}:
        return None
    if normalize(following.text) not in lx.SUPRANATIONAL:
        return None
    return following.end


# --------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------


def cluster_mentions(raws: Sequence[RawMention]) -> list[str]:
    """The cluster key of each mention: short forms join the fullest name holding them."""
    groups = _groups(raws)
    owners = [""] * len(raws)
    starts: dict[str, list[int]] = {}
    by_word: dict[str, list[_Group]] = {}
    for group in sorted(groups.values(), key=lambda g: -g.size):
        targets = _merge_targets(group, by_word, owners)
        for m in group.mentions:
            owner = _nearest_cluster(raws[m].start, targets, starts) if targets else group.key
            owners[m] = owner
            bisect.insort(starts.setdefault(owner, []), raws[m].start)
        for form in group.forms:
            for word in set(form):
                by_word.setdefault(word, []).append(group)
    return owners


def _groups(raws: Sequence[RawMention]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for index, raw in enumerate(raws):
        key = _group_key(raw.text)
        group = groups.setdefault(key, _Group(key))
        group.forms.add(tuple(normalize(word) for word in _words(raw.text)))
        group.mentions.append(index)
        if raw.label is not None:
            group.labels[raw.label] += 1
    return groups


def _words(text: str) -> list[str]:
    """Words of a name for containment: split on spaces and hyphens, possessive off."""
    parts = (part.strip(',;:!?()[]"“”') for part in text.replace("-", " ").split())
    return [part for part in parts if any(ch.isalnum() for ch in part)]


def _merge_targets(
    group: _Group, by_word: dict[str, list[_Group]], owners: Sequence[str]
) -> set[str]:
    """Clusters already holding a longer name that contains this group's name."""
    targets: set[str] = set()
    for form in group.forms:
        if not form:
            continue
        for longer in by_word.get(form[0], []):
            if longer.size > len(form) and _contains(longer, form) and _compatible(group, longer):
                targets.update(owners[m] for m in longer.mentions)
    return targets


def _contains(longer: _Group, form: tuple[str, ...]) -> bool:
    n = len(form)
    return any(
        form == big[k : k + n]
        for big in longer.forms
        if len(big) > n
        for k in range(len(big) - n + 1)
    )


def _compatible(short: _Group, longer: _Group) -> bool:
    """A short form may join a longer name of the same kind, never a place into a non-place.

    A person's bare surname joins the full name whatever the model called it:
    its PERSON/ORG confusion on lone surnames ("Fauci said") is systematic.
    """
    short_type, long_type = group_type(short), group_type(longer)
    if (short_type == "LOC") != (long_type == "LOC"):
        return False
    if long_type == "PERSON":
        return True
    short_types = {_coarse(label) for label in short.labels} or {short_type}
    return long_type in short_types


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


# --------------------------------------------------------------------------
# Types and labels
# --------------------------------------------------------------------------


def _coarse(label: str) -> EntityType:
    coarse = lx.COARSE_TYPE.get(label, "MISC")
    if coarse == "PERSON":
        return "PERSON"
    if coarse == "ORG":
        return "ORG"
    return "LOC" if coarse == "LOC" else "MISC"


def group_type(group: _Group) -> EntityType:
    """A group's type before merging: majority vote, the gazetteer overriding."""
    votes: Counter[EntityType] = Counter()
    for label, count in group.labels.items():
        votes[_coarse(label)] += count
    return _decide_type(group.key, votes, None)


def _decide_type(name: str, votes: Counter[EntityType], preferred: EntityType | None) -> EntityType:
    """Majority type; a known place is a LOC unless it is also a common person or company name."""
    voted = _majority(votes, preferred)
    place = place_key(name)
    if place is None:
        return voted
    if _without_the(normalize(name)) in lx.AMBIGUOUS_PLACES and voted in ("PERSON", "ORG"):
        return voted
    return "LOC"


def _majority(votes: Counter[EntityType], preferred: EntityType | None) -> EntityType:
    if not votes:
        return preferred or "MISC"
    best = max(votes.values())
    winners = [kind for kind, count in votes.items() if count == best]
    if preferred in winners:
        return preferred or "MISC"
    for kind in ("PERSON", "ORG", "LOC", "MISC"):
        if kind in winners:
            return kind
    return "MISC"


def _is_event_name(name: str) -> bool:
    """Races, games and storms the model calls ORG or PERSON ("London Marathon")."""
    words = normalize(name).split()
    return bool(words) and (words[-1] in lx.EVENT_HEADS or words[0] in lx.STORM_WORDS)


def _label_for(name: str, kind: EntityType, labels: Sequence[str]) -> str:
    """The model's finest label that agrees with the decided type, by majority."""
    counts = Counter(label for label in labels if _coarse(label) == kind)
    if counts:
        return counts.most_common(1)[0][0]
    if kind == "LOC":
        return "LOC" if place_key(name) in lx.GEOGRAPHIC else "GPE"
    if kind in ("PERSON", "ORG"):
        return kind
    return Counter(labels).most_common(1)[0][0] if labels else "MISC"


# --------------------------------------------------------------------------
# Mentions the model missed
# --------------------------------------------------------------------------


def _add_missed_mentions(
    doc: Doc, raws: list[RawMention], clusters: list[list[int]]
) -> list[list[int]]:
    """Later bare mentions of a known name ("Biden" after "Joe Biden") the model skipped."""
    covered = bytearray(len(doc))
    for raw in raws:
        covered[raw.i : raw.j] = b"\x01" * (raw.j - raw.i)
    index = _form_index(doc, raws, clusters)
    if not index:
        return clusters
    text = doc.text
    for k, token in enumerate(doc):
        if covered[k]:
            continue
        for form, cluster in index.get(token.text, []):
            end = k + len(form)
            if _matches_at(doc, k, form, covered):
                raws.append(_raw(doc, text, k, end, None))
                clusters[cluster].append(len(raws) - 1)
                covered[k:end] = b"\x01" * len(form)
                break
    return [sorted(members, key=lambda m: raws[m].start) for members in clusters]


def _form_index(
    doc: Doc, raws: Sequence[RawMention], clusters: Sequence[Sequence[int]]
) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Written forms of every cluster (and bare surnames of people), by first token."""
    forms: dict[tuple[str, ...], set[int]] = {}
    for number, members in enumerate(clusters):
        for m in members:
            raw = raws[m]
            forms.setdefault(tuple(doc[k].text for k in range(raw.i, raw.j)), set()).add(number)
        surname = _surname(doc, raws, members)
        if surname is not None:
            forms.setdefault((surname,), set()).add(number)
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for form, owners in forms.items():
        if len(owners) == 1 and form:
            index.setdefault(form[0], []).append((form, next(iter(owners))))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _surname(doc: Doc, raws: Sequence[RawMention], members: Sequence[int]) -> str | None:
    """The last name of a person written in full, for finding later bare mentions."""
    labels = Counter(raws[m].label or "" for m in members if raws[m].label)
    if not labels or labels.most_common(1)[0][0] != "PERSON":
        return None
    longest = max(members, key=lambda m: raws[m].j - raws[m].i)
    raw = raws[longest]
    words = [
        doc[k].text for k in range(raw.i, raw.j) if doc[k].text.casefold() not in _NAME_SUFFIXES
    ]
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha():
        return None
    return words[-1]


def _matches_at(doc: Doc, k: int, form: tuple[str, ...], covered: bytearray) -> bool:
    """Whether a known form stands at token k as a name of its own."""
    end = k + len(form)
    if end > len(doc) or any(covered[k:end]):
        return False
    if any(doc[k + n].text != word for n, word in enumerate(form)):
        return False
    if len(form) == 1 and doc[k].tag_ not in _PROPER_TAGS:
        return False
    before = doc[k - 1] if k > 0 else None
    after = doc[end] if end < len(doc) else None
    return not (_proper(before) or _proper(after))


def _proper(token: Token | None) -> bool:
    return token is not None and token.tag_ in _PROPER_TAGS and token.text[:1].isupper()


# --------------------------------------------------------------------------
# Building the output
# --------------------------------------------------------------------------


def _build_entity(raws: Sequence[RawMention], members: Sequence[int], article_id: str) -> Entity:
    """An Entity from a cluster: fullest name, voted type, every mention."""
    mentions = [raws[m] for m in members]
    name = _canonical_name(mentions)
    labels = [m.label for m in mentions if m.label is not None]
    votes: Counter[EntityType] = Counter(_coarse(label) for label in labels)
    fullest = [m.label for m in mentions if m.label is not None and _clean(m.text) == name]
    preferred = _coarse(fullest[0]) if fullest else None
    kind = _decide_type(name, votes, preferred)
    label = _label_for(name, kind, labels)
    if kind != "LOC" and _is_event_name(name):
        kind, label = "MISC", "EVENT"
    return Entity(
        id=item_id(article_id, "entity", kind, name),
        name=name,
        type=kind,
        label=label,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in mentions],
        count=len(mentions),
    )


def _clean(text: str) -> str:
    return " ".join(text.split())


def _canonical_name(mentions: Sequence[RawMention]) -> str:
    """The fullest form written in the article: most words, then longest, then first."""
    best = max(
        enumerate(mentions),
        key=lambda pair: (len(_words(pair[1].text)), len(pair[1].text), -pair[0]),
    )
    return _clean(best[1].text)
