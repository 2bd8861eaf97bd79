"""Later bare mentions of known names the model skipped ("Biden" after "Joe Biden")."""

from __future__ import annotations

from collections.abc import Sequence

from service.events import EntityType
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.entities.context import RawMention, _Context, _raw
from service.extract.entities.cues import _age_order_at, _meant_by_age
from service.extract.entities.extend import _plural_team
from service.extract.entities.tables import _NAME_SUFFIXES, _NOUN_TAGS, _PROPER_TAGS
from service.extract.entities.text import _is_title_case


def _add_missed_mentions(
    ctx: _Context,
    raws: list[RawMention],
    clusters: list[list[int]],
    kinds: Sequence[EntityType],
    relatives: dict[int, int],
) -> list[list[int]]:
    """Later bare mentions of a known name ("Biden" after "Joe Biden") the model skipped;
    a surname two people share names the one not introduced as a relative."""
    covered = bytearray(ctx.n)
    for raw in raws:
        covered[raw.i : raw.j] = b"\x01" * (raw.j - raw.i)
    index = _form_index(ctx, raws, clusters, kinds, relatives)
    if not index:
        return clusters
    for k, word in enumerate(ctx.texts):
        if covered[k] or word not in index:
            continue
        for form, cluster in index[word]:
            end = k + len(form)
            if _matches_at(ctx, k, form, covered):
                cluster = _told_apart(ctx, raws, clusters, relatives, form, k) or cluster
                raws.append(_raw(ctx, k, end, None))
                clusters[cluster].append(len(raws) - 1)
                covered[k:end] = b"\x01" * len(form)
                break
    return [sorted(members, key=lambda m: raws[m].start) for members in clusters]


def _told_apart(
    ctx: _Context,
    raws: Sequence[RawMention],
    clusters: Sequence[Sequence[int]],
    relatives: dict[int, int],
    form: tuple[str, ...],
    k: int,
) -> int | None:
    """'the elder Aagaard': of the people whose last name is `form`, the one named
    last before token k of those the word may mean (see `_meant_by_age`)."""
    order = _age_order_at(ctx, k)
    if order == 0:
        return None
    named_before: dict[int, int] = {}
    for number, members in enumerate(clusters):
        before = [raws[m].i for m in members if raws[m].i < k]
        if before and form in _surnames(ctx, raws, members):
            named_before[number] = max(before)
    meant = _meant_by_age(order, relatives, set(named_before))
    return None if meant is None else max(meant, key=named_before.__getitem__, default=None)


def _form_index(
    ctx: _Context,
    raws: Sequence[RawMention],
    clusters: Sequence[Sequence[int]],
    kinds: Sequence[EntityType],
    relatives: dict[int, int],
) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Written forms of every cluster (and bare surnames of people, nicknames of clubs in
    a sports story), by first token. A last name several people share goes to the one
    the article named first: news style names the others in full."""
    forms: dict[tuple[str, ...], set[int]] = {}
    surnamed: dict[tuple[str, ...], set[int]] = {}  # who has each last name
    for number, members in enumerate(clusters):
        for m in members:
            raw = raws[m]
            forms.setdefault(tuple(ctx.texts[raw.i : raw.j]), set()).add(number)
        short_forms: list[tuple[str, ...]] = []
        if kinds[number] == "PERSON":
            surnames = _surnames(ctx, raws, members)
            short_forms = surnames + _family_names(ctx, raws, members)
            for form in surnames[:1]:
                surnamed.setdefault(form, set()).add(number)
        if kinds[number] == "ORG" and ctx.sports:
            short_forms = _nicknames(ctx, raws, members)
        for form in short_forms:
            forms.setdefault(form, set()).add(number)
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for form, named in forms.items():
        owners = named - relatives.keys() or named
        if len(owners) > 1 and owners <= surnamed.get(form, set()):
            owners = {min(owners, key=lambda number: min(raws[m].start for m in clusters[number]))}
        if len(owners) == 1 and form:
            index.setdefault(form[0], []).append((form, next(iter(owners))))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _nicknames(
    ctx: _Context, raws: Sequence[RawMention], members: Sequence[int]
) -> list[tuple[str, ...]]:
    """The plural that ends a club's name written in full ("Senators" of "Ottawa
    Senators"), for finding its later bare mentions in a sports story."""
    longest = max(members, key=lambda m: raws[m].j - raws[m].i)
    raw = raws[longest]
    return [(ctx.texts[raw.j - 1],)] if raw.j - raw.i >= 2 and _plural_team(ctx, raw.j - 1) else []


def _surnames(
    ctx: _Context, raws: Sequence[RawMention], members: Sequence[int]
) -> list[tuple[str, ...]]:
    """The last name of a person written in full, and the last two words of a longer
    name (a double surname: "Ibáñez Soto"), for finding later bare mentions."""
    longest = max(members, key=lambda m: raws[m].j - raws[m].i)
    raw = raws[longest]
    words = [word for word in ctx.texts[raw.i : raw.j] if word.casefold() not in _NAME_SUFFIXES]
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha():
        return []
    if len(words) >= 3 and _is_title_case(words[-2]):
        return [(words[-1],), (words[-2], words[-1])]
    return [(words[-1],)]


def _unknown_noun(ctx: _Context, k: int) -> bool:
    """A capitalised word the tagger read as a common noun that the article never writes
    in lowercase ("Goh said"): a name the tagger does not know."""
    return ctx.tags[k] in _NOUN_TAGS and ctx.lowers[k] not in ctx.lowercase_words


def _family_names(
    ctx: _Context, raws: Sequence[RawMention], members: Sequence[int]
) -> list[tuple[str, ...]]:
    """The family name that opens a name written family name first ("Lim" of "Lim Chee
    Keong"), or follows a Western given name ("Goh" of "Terence Goh Boon Keat"): the
    first word of three or more that is no common given name."""
    longest = max(members, key=lambda m: raws[m].j - raws[m].i)
    raw = raws[longest]
    words = ctx.texts[raw.i : raw.j]
    if len(words) < 3 or not all(_is_title_case(word) for word in words):
        return []
    first = 1 if words[0].casefold() in GIVEN_NAMES and len(words) >= 4 else 0
    family = words[first]
    return [] if family.casefold() in GIVEN_NAMES else [(family,)]


def _matches_at(ctx: _Context, k: int, form: tuple[str, ...], covered: bytearray) -> bool:
    """Whether a known form stands at token k as a name of its own."""
    end = k + len(form)
    if end > ctx.n or any(covered[k:end]):
        return False
    if tuple(ctx.texts[k:end]) != form:
        return False
    if len(form) == 1 and ctx.tags[k] not in _PROPER_TAGS and not _unknown_noun(ctx, k):
        return False
    return not (ctx.capitalised_proper(k - 1) or ctx.capitalised_proper(end))
