"""Mentions set right by what the rest of the article writes: known longer forms, people
read as works, full names behind a later short form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from service.extract import lexicon as lx
from service.extract.entities.context import RawMention, _Context, _raw
from service.extract.entities.tables import _CLOSE_QUOTES, _OPEN_QUOTES, _WORK_LABELS
from service.extract.entities.text import _is_date_word, _is_head_word, normalize, place_key
from service.extract.entities.titles import _is_title_word
from service.extract.entities.votes import Votes


def _widened_to_known_forms(ctx: _Context, raws: Sequence[RawMention]) -> list[RawMention]:
    """Mentions the model cut short where the article writes the full name elsewhere
    ("Health" + "New Zealand" after "Health New Zealand"): the known longer form."""
    forms = {tuple(ctx.texts[raw.i : raw.j]): raw.label for raw in raws if raw.j - raw.i >= 2}
    covered = bytearray(ctx.n)
    for raw in raws:
        covered[raw.i : raw.j] = b"\x01" * (raw.j - raw.i)
    out: list[RawMention] = []
    for raw in raws:
        wider = next(
            (
                (a, b)
                for a in range(max(raw.i - 2, 0), raw.i + 1)
                for b in range(min(raw.j + 2, ctx.n), raw.j - 1, -1)
                if (a, b) != (raw.i, raw.j)
                and tuple(ctx.texts[a:b]) in forms
                and not any(covered[a : raw.i])
                and not any(covered[raw.j : b])
            ),
            None,
        )
        if wider is None:
            out.append(raw)
        else:
            out.append(_raw(ctx, *wider, forms[tuple(ctx.texts[wider[0] : wider[1]])]))
    return out


def _people_read_as_works(ctx: _Context, raws: Sequence[RawMention]) -> list[RawMention]:
    """Names the model called a work or a product that open with a first name it tags
    alone as a person elsewhere ("Morwenna Tregear's table" ... "Morwenna applied"): a
    work's title stands in quote marks, so an unquoted one is that person. So is a
    title and a surname ("Coroner Pyke")."""
    lone_people = {raw.text for raw in raws if raw.label == "PERSON" and raw.j - raw.i == 1}
    people = [raw for raw in raws if raw.label == "PERSON"]
    surnames = {ctx.texts[raw.j - 1] for raw in people if raw.j - raw.i >= 2}
    return [
        replace(raw, label="PERSON")
        if raw.label in _WORK_LABELS
        and raw.j - raw.i >= 2
        and ctx.texts[raw.i] in lone_people
        and ctx.text(raw.i - 1) not in _OPEN_QUOTES
        and not any(_is_date_word(word) for word in ctx.lowers[raw.i : raw.j])
        else _titled_surname(ctx, raw, surnames)
        for raw in raws
    ]


def _titled_surname(ctx: _Context, raw: RawMention, surnames: set[str]) -> RawMention:
    """A title and the surname of a person named in full elsewhere, which the model
    called a work after a quote ('"...," Coroner Pyke said' after "Kendra Pyke") or a
    body ("Coroner Pyke" as ORG): the surname, as a person; and a title and a name alone
    in quote marks is a work's title ('the film "Mayor Pyke"')."""
    if raw.label == "PERSON" and _is_quoted_titled_name(ctx, raw):
        return _raw(ctx, raw.i - 1, raw.j, "WORK_OF_ART")
    if (
        (raw.label in _WORK_LABELS or raw.label == "ORG")
        and raw.j - raw.i == 2
        and ctx.lowers[raw.i] in lx.PERSON_TITLES_BEFORE
        and ctx.texts[raw.i + 1] in surnames
        and ctx.text(raw.j) not in _CLOSE_QUOTES
    ):
        return _raw(ctx, raw.i + 1, raw.j, "PERSON")
    return raw


def _is_quoted_titled_name(ctx: _Context, raw: RawMention) -> bool:
    """The name after a title, the two alone between quote marks ('"Mayor" + "Pyke"') and
    a noun for a work just before or after them ('the film "Mayor Pyke"'): without one,
    the quote marks hold what someone called the person ('chanted "President Trump"')."""
    return (
        ctx.lower(raw.i - 1) in lx.PERSON_TITLES_BEFORE
        and ctx.text(raw.i - 2) in _OPEN_QUOTES
        and ctx.text(raw.j) in _CLOSE_QUOTES
        and _near_work_noun(ctx, raw.i - 2, raw.j + 1)
    )


def _near_work_noun(ctx: _Context, i: int, j: int) -> bool:
    """A noun for a work within three words before token i or after token j."""
    near = ctx.lowers[max(i - 3, 0) : i] + ctx.lowers[j : j + 3]
    return any(word in lx.TITLED_WORK_NOUNS for word in near)


def _full_names_of_short_forms(
    ctx: _Context, raws: Sequence[RawMention], cues: Sequence[Votes]
) -> list[RawMention]:
    """Full names the model missed or ran into a body's name, found through a person's
    later one-word short form: "Minister Lim Wei Jie" ... "Lim said" (family name
    first), "Bounthavy Phommachanh" ... "Bounthavy" (given name), "Member for Works
    Grace Wanjiku Mwangi-Otieno" ... "Ms Mwangi-Otieno". The short form must be the
    first or last word of exactly one earlier run of two or three capitalised words."""
    shorts = _person_short_forms(ctx, raws, cues)
    if not shorts:
        return []
    found: dict[str, set[tuple[int, int]]] = {}
    k = 0
    while k < ctx.n:
        end = _name_run_end(ctx, k)
        for key, name in _short_form_names(ctx, k, end):
            if name[1] <= shorts.get(key, -1):
                found.setdefault(key, set()).add(name)
        k = max(end, k + 1)
    names = {next(iter(spans)) for spans in found.values() if len(spans) == 1}
    holder = [-1] * ctx.n
    for number, raw in enumerate(raws):
        holder[raw.i : raw.j] = [number] * (raw.j - raw.i)
    return [
        _raw(ctx, i, j, "PERSON")
        for i, j in sorted(names)
        if _free_for_person(raws, {holder[k] for k in range(i, j)} - {-1}, i, j)
    ]


def _person_short_forms(
    ctx: _Context, raws: Sequence[RawMention], cues: Sequence[Votes]
) -> dict[str, int]:
    """One-word names read as people, by key, with the token where each is first written."""
    shorts: dict[str, int] = {}
    for raw, votes in zip(raws, cues, strict=True):
        if " " in raw.text or not raw.text[:1].isupper() or raw.text.isupper():
            continue
        person = raw.label == "PERSON" and not votes
        if person or (votes and max(votes, key=lambda kind: votes[kind]) == "PERSON"):
            key = normalize(raw.text)
            shorts[key] = min(shorts.get(key, ctx.n), raw.i)
    return shorts


def _name_run_end(ctx: _Context, k: int) -> int:
    """End of the run of capitalised proper nouns at k, over unspaced hyphens."""
    end = k
    while end < ctx.n and ctx.capitalised_proper(end):
        end += 1
        if ctx.text(end) == "-" and not ctx.spaced[end - 1] and not ctx.spaced[end]:
            end += 1 if ctx.capitalised_proper(end + 1) else 0
    return end


def _short_form_names(ctx: _Context, i: int, j: int) -> list[tuple[str, tuple[int, int]]]:
    """The names of two or three words a run [i, j) may hold, keyed by the word that may
    stand for them later: the last word of its tail after any title or body word, and
    each word that opens a name running to the run's end."""
    words = _name_words(ctx, i, j)
    out: list[tuple[str, tuple[int, int]]] = []
    for n in (2, 3):
        if len(words) < n or not _may_be_name_word(ctx, *words[-n]):
            break
        out.append((normalize(ctx.span_text(*words[-n])), (words[-n][0], j)))
    if out and _may_be_name_word(ctx, *words[-1]):
        out.append((normalize(ctx.span_text(*words[-1])), out[-1][1]))
    return out


def _name_words(ctx: _Context, i: int, j: int) -> list[tuple[int, int]]:
    """The words of a run as token ranges, a hyphenated name being one word."""
    words: list[tuple[int, int]] = []
    k = i
    while k < j:
        end = k + 3 if k + 2 < j and ctx.texts[k + 1] == "-" else k + 1
        words.append((k, end))
        k = end
    return words


def _may_be_name_word(ctx: _Context, i: int, j: int) -> bool:
    """A word of a person's name: not a title, a body's or a place's head, a known place."""
    word = ctx.lowers[i]
    return (
        j - i > 1
        or not (_is_title_word(word) or _is_head_word(word) or place_key(word) is not None)
    ) and word not in lx.PERSONAL_HONORIFICS


def _free_for_person(raws: Sequence[RawMention], held: set[int], i: int, j: int) -> bool:
    """Whether no mention (`held`: those over its tokens) holds the name [i, j) but, at
    most, a body's name it ends."""
    return all(raws[m].label != "PERSON" and raws[m].i < i and raws[m].j == j for m in held)


def _with_full_names(raws: Sequence[RawMention], names: Sequence[RawMention]) -> list[RawMention]:
    """The mentions with the full names in, less a body's name the model ran on into a
    name: what stands before the name is the person's portfolio ("Member for Works")."""
    ends = {name.j: name for name in names}
    out = list(names)
    for raw in raws:
        name = ends.get(raw.j)
        if name is None or raw.i >= name.i:
            out.append(raw)
    return sorted(out, key=lambda raw: raw.start)
