"""One type per cluster: the model's labels weighed against the evidence."""

from __future__ import annotations

from collections.abc import Sequence

from service.events import EntityType
from service.extract import lexicon as lx
from service.extract.entities.context import RawMention, _Context
from service.extract.entities.cues import _lists
from service.extract.entities.name_evidence import _name_votes, _written_shape_votes
from service.extract.entities.output import _canonical_name, _clean
from service.extract.entities.tables import _team_plural
from service.extract.entities.text import _without_the, _words, normalize, place_key
from service.extract.entities.votes import (
    _CONJUNCT,
    _CUE,
    _LOOSE,
    _MODEL,
    _MODEL_SHORT,
    _WEAK_CUE,
    Votes,
    _add,
    _coarse,
)


def _cluster_kinds(
    ctx: _Context,
    raws: Sequence[RawMention],
    clusters: Sequence[Sequence[int]],
    cues: Sequence[Votes],
) -> list[EntityType]:
    """One type per cluster, by the weighted vote of its mentions and name.

    A weakly attested cluster then takes the type of a well attested name it is
    listed with ("Hollins Town or Castle Vale"), and a lone word that opens the
    name of a place is a place too ("Hexley" beside "Hexley North").
    """
    names = [_canonical_name([raws[m] for m in members]) for members in clusters]
    votes: list[Votes] = []
    evidence: list[Votes] = []
    preferred: list[EntityType | None] = []
    for name, members in zip(names, clusters, strict=True):
        model, found, first = _cluster_votes(raws, members, cues, name, ctx.sports)
        evidence.append(found)
        votes.append(_merged(model, found))
        preferred.append(_tie_breaker(found, first))
    kinds = [
        _decide_type(name, votes[n], preferred[n], sports=ctx.sports)
        for n, name in enumerate(names)
    ]
    strong = [
        _attested(evidence[n], kinds[n]) or place_key(name) is not None
        for n, name in enumerate(names)
    ]
    extra: dict[int, Votes] = {}
    place_firsts = {
        normalize(name).split()[0]
        for name, kind in zip(names, kinds, strict=True)
        if kind == "LOC" and len(name.split()) > 1
    }
    for n, name in enumerate(names):
        if normalize(name) in place_firsts and not strong[n] and preferred[n] != "MISC":
            _add(extra.setdefault(n, {}), "LOC", _WEAK_CUE)
    owner = {m: number for number, members in enumerate(clusters) for m in members}
    for members in _lists(ctx, raws):
        listed = {owner[m] for m in members}
        sure = {kinds[n] for n in listed if strong[n]}
        for weak in listed:
            if not strong[weak] and _is_loose(kinds[weak], sports=ctx.sports):
                for kind in sure:
                    _add(extra.setdefault(weak, {}), kind, _CONJUNCT)
    for n, more in extra.items():
        kinds[n] = _decide_type(names[n], _merged(votes[n], more), preferred[n], sports=ctx.sports)
    return kinds


def _is_loose(kind: EntityType, *, sports: bool) -> bool:
    """A weakly attested type a listed name may give up for its neighbours': in a sports
    story an unknown name the model alone calls a place is as often a club ("Hollins
    Town or Castle Vale")."""
    return kind in _LOOSE or (sports and kind == "LOC")


def _tie_breaker(evidence: Votes, first: EntityType | None) -> EntityType | None:
    """The type that wins a tied vote: what the text's evidence says most, else the
    model's label on the fullest form; the model's labels are the weaker witness."""
    if not evidence:
        return first
    return max(evidence, key=lambda kind: evidence[kind])


def _attested(evidence: Votes, kind: EntityType) -> bool:
    return evidence.get(kind, 0.0) >= _CUE


def _merged(a: Votes, b: Votes) -> Votes:
    out = dict(a)
    for kind, weight in b.items():
        _add(out, kind, weight)
    return out


def _cluster_votes(
    raws: Sequence[RawMention],
    members: Sequence[int],
    cues: Sequence[Votes],
    name: str,
    sports: bool,
) -> tuple[Votes, Votes, EntityType | None]:
    """The model's votes, the text's evidence, and the label of the fullest form."""
    size = len(_words(name))
    model: Votes = {}
    words = [normalize(word) for word in _words(name)]
    found = _merged(_name_votes(name, words, sports), _written_shape_votes(name))
    first: EntityType | None = None
    for m in members:
        raw = raws[m]
        if raw.label is not None:
            full = len(_words(raw.text)) >= size
            _add(model, _coarse(raw.label), _MODEL if full else _MODEL_SHORT)
            if first is None and _clean(raw.text) == name:
                first = _coarse(raw.label)
        if m < len(cues):
            for kind, weight in cues[m].items():
                _add(found, kind, weight)
    if sports and _called_by_nickname(raws, members, words):
        _add(found, "ORG", _CUE)
    return model, found, first


def _called_by_nickname(
    raws: Sequence[RawMention], members: Sequence[int], words: Sequence[str]
) -> bool:
    """A name the story also calls by its last word alone, a team's plural ("the
    Ironhawks" of "Hamilton Ironhawks"), is a club's, unless the model reads a person."""
    if len(words) < 2 or not _team_plural(words[-1]) or words[0] in lx.LOC_PREFIXES:
        return False
    if any(raws[m].label == "PERSON" for m in members):
        return False
    return any([normalize(w) for w in _words(raws[m].text)] == [words[-1]] for m in members)


def _decide_type(
    name: str, votes: Votes, preferred: EntityType | None, *, sports: bool = False
) -> EntityType:
    """Weighted majority; a known place is a LOC unless it is also a common person or
    company name, or, in a sports story, a city the text treats as its club ("Liverpool")."""
    if _without_the(normalize(name)) in lx.SOCIAL_PLATFORMS:
        return "ORG"
    voted = _majority(votes, preferred)
    place = place_key(name)
    if place is None:
        return voted
    if _without_the(normalize(name)) in lx.AMBIGUOUS_PLACES and voted in ("PERSON", "ORG"):
        return voted
    if sports and voted == "ORG" and (place in lx.CITIES or _club_attested(votes)):
        return "ORG"
    return "LOC"


def _club_attested(votes: Votes) -> bool:
    """The text's cues, not just the model, make a town a club ("on loan from X")."""
    return votes.get("ORG", 0.0) >= _CUE


def _majority(votes: Votes, preferred: EntityType | None) -> EntityType:
    if not votes:
        return preferred or "MISC"
    best = max(votes.values())
    winners = [kind for kind, weight in votes.items() if weight >= best - 1e-9]
    if preferred in winners:
        return preferred or "MISC"
    for kind in ("PERSON", "ORG", "LOC", "MISC"):
        if kind in winners:
            return kind
    return "MISC"
