"""What a cluster becomes: its fullest written name, its label and the Entity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from service.events import Entity, EntityType, Mention
from service.extract import lexicon as lx
from service.extract.entities.context import RawMention
from service.extract.entities.tables import _EVENT_ONLY_HEADS
from service.extract.entities.text import _is_city_form, _words, normalize, place_key
from service.extract.entities.votes import _coarse
from service.ids import item_id


def _build_entity(
    raws: Sequence[RawMention],
    members: Sequence[int],
    kind: EntityType,
    article_id: str,
    *,
    sports: bool,
) -> Entity:
    """An Entity from a cluster: fullest name, decided type, every mention."""
    mentions = [raws[m] for m in members]
    name = _canonical_name(mentions)
    labels = [m.label for m in mentions if m.label is not None]
    label = _label_for(name, kind, labels)
    if _is_event_name(name, kind) or _is_tournament(name, sports):
        kind, label = "MISC", "EVENT"
    return Entity(
        id=item_id(article_id, "entity", kind, name),
        name=name,
        type=kind,
        label=label,
        mentions=[Mention(text=m.text, start=m.start, end=m.end) for m in mentions],
        count=len(mentions),
    )


def _canonical_name(mentions: Sequence[RawMention]) -> str:
    """The fullest form written in the article: the city's own name rather than "X City",
    then most words, then not in capitals (a dateline's "ANTWERP" is "Antwerp"), then
    longest, then first."""
    best = max(
        enumerate(mentions),
        key=lambda pair: (
            not _is_city_form(pair[1].text),
            len(_words(pair[1].text)),
            not pair[1].text.isupper(),
            len(pair[1].text),
            -pair[0],
        ),
    )
    return _clean(best[1].text)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _label_for(name: str, kind: EntityType, labels: Sequence[str]) -> str:
    """The model's finest label that agrees with the decided type, by majority."""
    counts = Counter(label for label in labels if _coarse(label) == kind)
    if counts:
        return counts.most_common(1)[0][0]
    if kind == "LOC":
        return "LOC" if place_key(name) in lx.GEOGRAPHIC else "GPE"
    if kind in ("PERSON", "ORG"):
        return kind
    return "WORK_OF_ART"


def _is_event_name(name: str, kind: EntityType) -> bool:
    """Races, games and storms the model calls ORG or PERSON ("London Marathon"), or a
    venue ("the Outeniqua Open"): of places only the heads no place name ends with. Of
    the storm words only "Storm" is also a first name ("Storm Reid"): a person's name
    opening with it stays a person's."""
    words = normalize(name).split()
    if not words:
        return False
    if kind == "LOC":
        return words[-1] in _EVENT_ONLY_HEADS and place_key(name) is None
    storm = words[0] in lx.STORM_WORDS and (kind != "PERSON" or words[0] != "storm")
    return words[-1] in lx.EVENT_HEADS or storm


def _is_tournament(name: str, sports: bool) -> bool:
    """In a sports story, "the Brisbane International" is a tournament, not its venue."""
    words = normalize(name).split()
    return sports and len(words) >= 2 and words[-1] in lx.SPORTS_EVENT_HEADS
