"""Named entities from a parsed Doc, with the small model's systematic errors fixed.

The model tags each mention on its own; it mislabels places as people, splits
one person over "Joe Biden" / "Biden" / "Biden's", keeps titles, a leading
"the" and stray prepositions in names, and misses or mistypes names it has
seen once. This package works at document level: it cleans each mention, adds
names the model missed, clusters mentions of the same thing, and decides one
type per cluster by weighing the model's labels against evidence in the text
(the words of the name, the words around each mention); a gazetteer of places
has the last word. The fullest written form is the name.

Where the rules live: collecting mentions (mentions) and cleaning them (widen, extend,
trim, split, people, not_names, titles, datelines), names the model missed (missed),
second looks (revise, aliases), evidence around a mention (cues) and in the name
itself (name_evidence), clustering (clusters), types (types, votes), later mentions
(later_mentions) and the output (output); shared word lists in tables, name keys in
text, the Doc as read once in context.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from service.events import Entity
from service.extract.entities.aliases import _acronym_aliases
from service.extract.entities.clusters import (
    Relatives,
    _clusters_from_owners,
    cluster_mentions,
    group_type,
)
from service.extract.entities.context import RawMention, _Context
from service.extract.entities.cues import (
    _age_order_at,
    _context_votes,
    _death_verb_after,
    _kin_word,
    _seniority,
    _title_before_name,
    _year_after_death,
)
from service.extract.entities.later_mentions import _add_missed_mentions
from service.extract.entities.mentions import collect_mentions
from service.extract.entities.missed import _unlabelled_names
from service.extract.entities.output import _build_entity
from service.extract.entities.revise import (
    _full_names_of_short_forms,
    _people_read_as_works,
    _widened_to_known_forms,
    _with_full_names,
)
from service.extract.entities.text import _group_key, normalize, place_key
from service.extract.entities.titles import is_core_title
from service.extract.entities.trim import clean_bounds
from service.extract.entities.types import _cluster_kinds

__all__ = [
    "RawMention",
    "clean_bounds",
    "cluster_mentions",
    "collect_mentions",
    "extract_entities",
    "group_type",
    "is_core_title",
    "normalize",
    "place_key",
]


def extract_entities(doc: Doc, *, article_id: str) -> list[Entity]:
    """One Entity per real-world thing the article names, ordered by first mention."""
    context = _Context(doc)
    raws = collect_mentions(doc, context)
    raws = sorted(raws + _unlabelled_names(context, raws), key=lambda raw: raw.start)
    raws = _widened_to_known_forms(context, raws)
    raws = _people_read_as_works(context, raws)
    cues = [_context_votes(context, raw) for raw in raws]
    full_names = _full_names_of_short_forms(context, raws, cues)
    if full_names:
        raws = _with_full_names(raws, full_names)
        cues = [_context_votes(context, raw) for raw in raws]
    aliases = _acronym_aliases(context, raws)
    kin_words = [_kin_word(context, raw) for raw in raws]
    relatives = _relatives(context, raws, kin_words)
    owners = cluster_mentions(
        raws, cues, sports=context.sports, aliases=aliases, relatives=relatives
    )
    clusters = _clusters_from_owners(raws, owners)
    kinds = _cluster_kinds(context, raws, clusters, cues)
    relative_clusters = _relative_clusters(clusters, kin_words)
    clusters = _add_missed_mentions(context, raws, clusters, kinds, relative_clusters)
    entities = [
        _build_entity(raws, members, kind, article_id, sports=context.sports)
        for members, kind in zip(clusters, kinds, strict=True)
    ]
    return sorted(entities, key=lambda entity: entity.mentions[0].start)


def _relatives(
    context: _Context, raws: Sequence[RawMention], kin_words: Sequence[str | None]
) -> Relatives:
    """What tells apart people who share a surname (see `Relatives`); `kin_words` holds
    each mention's word for a relative (see `_kin_word`)."""
    seniority = {
        _group_key(raw.text): _seniority(kin)
        for raw, kin in zip(raws, kin_words, strict=True)
        if kin is not None
    }
    titles = [_title_before_name(context, raw) for raw in raws]
    titled = {index for index, title in enumerate(titles) if title is not None}
    told_apart = {
        index: order
        for index, raw in enumerate(raws)
        if (order := _age_order_at(context, raw.i)) != 0
    }
    words_before = {
        index: word
        for index, (title, kin) in enumerate(zip(titles, kin_words, strict=True))
        if (word := kin if title is None else title) is not None
    }
    deaths = [(raw, _death_verb_after(context, raw)) for raw in raws]
    deceased = {_group_key(raw.text) for raw, verb in deaths if verb is not None}
    departed = {
        _group_key(raw.text)
        for raw, verb in deaths
        if verb is not None and _year_after_death(context, verb)
    }
    return Relatives(seniority, titled, told_apart, words_before, departed, deceased)


def _relative_clusters(
    clusters: Sequence[Sequence[int]], kin_words: Sequence[str | None]
) -> dict[int, int]:
    """The clusters of people introduced as someone's relative, with whether older or
    younger (see `_seniority`)."""
    found: dict[int, int] = {}
    for number, members in enumerate(clusters):
        kin = next((kin_words[m] for m in members if kin_words[m] is not None), None)
        if kin is not None:
            found[number] = _seniority(kin)
    return found
