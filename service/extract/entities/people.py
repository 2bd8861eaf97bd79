"""People's names the model split, cut short or ran on: first names, surnames, particles,
nicknames and names after titles."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.entities.context import RawMention, _Context
from service.extract.entities.tables import (
    _CLOSE_QUOTES,
    _NOUN_TAGS,
    _OPEN_QUOTES,
    _PROPER_TAGS,
    _SAINTS,
)
from service.extract.entities.text import _is_head_word, _is_title_case, place_key
from service.extract.entities.titles import (
    _follows_title,
    _is_honorific_pair,
    _is_pure_title_word,
    _is_role_word,
    _is_title_word,
    _skip_title,
    is_core_title,
)


def _nicknamed_people(ctx: _Context) -> list[RawMention]:
    """People written with a quoted nickname between first name and surname ('Dwayne "The
    Rock" Johnson'): one mention of the person, named without the nickname, which the
    model runs into the words around it or reads as a title of a work."""
    found: list[RawMention] = []
    for k in range(1, ctx.n - 2):
        close = _nickname_close(ctx, k)
        if close is None:
            continue
        end = _nickname_surname_end(ctx, close + 1)
        if end > close + 1:
            given, surname = ctx.texts[k - 1], ctx.span_text(close + 1, end)
            start, stop = ctx.starts[k - 1], ctx.starts[end - 1] + len(ctx.texts[end - 1])
            found.append(RawMention(k - 1, end, start, stop, f"{given} {surname}", "PERSON"))
    return found


def _nickname_close(ctx: _Context, k: int) -> int | None:
    """The closing quote of a short capitalised nickname opening at k right after a given
    name ("Wayne" + '"The Hammer"'), if one does; a quote after any other word is speech."""
    if ctx.texts[k] not in _OPEN_QUOTES or ctx.lowers[k - 1] not in GIVEN_NAMES:
        return None
    if not ctx.texts[k - 1][:1].isupper():
        return None
    for close in range(k + 2, min(k + 5, ctx.n)):
        if ctx.texts[close] in _CLOSE_QUOTES:
            inner = ctx.texts[k + 1 : close]
            return close if all(word[:1].isupper() for word in inner) else None
    return None


def _nickname_surname_end(ctx: _Context, k: int) -> int:
    """End of the surname at k after a nickname's closing quote (k itself if none)."""
    if not ctx.capitalised_proper(k) or _is_head_word(ctx.lowers[k]):
        return k
    if ctx.text(k + 1) == "-" and not ctx.spaced[k] and ctx.capitalised_proper(k + 2):
        return k + 3  # 'Ann "Iron Lady" Hart-Davis'
    return k + 1


def _name_after_title_end(ctx: _Context, ent: Span, following: Span | None) -> int | None:
    """End of a person's name after an entity that is only a title ("Detective Constable"
    + Rhodri + "Powell"): the model leaves the first name untagged, so the name would
    be lost or cut to the surname."""
    tokens = ctx.texts[ent.start : ent.end]
    if not all(_is_pure_title_word(t) for t in tokens) or not any(map(is_core_title, tokens)):
        return None
    end = ent.end
    while end - ent.end < 3 and _loose_surname(ctx, end):
        end += 1
    if end == ent.end:
        return None
    if following is not None and following.start == end and following.label_ == "PERSON":
        return following.end
    return end if end - ent.end >= 2 else None


def _first_name_join(ctx: _Context, ent: Span, following: Span | None) -> int | None:
    """End of a person's name the model split after a lone first name ("Jamal" | "Okoro"),
    or after a title and a first name ("Garda Siobhán" | "Kiely").

    The surname is the next entity when it follows at once, or else one or two
    untagged capitalised words ("Carolina Ibáñez Soto"); neither may be a place, a
    title or a head word ("Georgia Tech" stays whole).
    """
    k, end = _skip_title(ctx.doc, ent.start, ent.end), ent.end
    if not _is_given_name_span(ctx, k, end) or _reads_as_place(ctx, k, end):
        return None
    if following is not None and following.start == end:
        last = following.end
        if last - end > 2 or following.label_ in lx.NON_ENTITY_LABELS:
            return None
    elif _loose_surname(ctx, end):
        last = _surname_end(ctx, end)
    else:
        return None
    words = ctx.lowers[end:last]
    if any(_is_head_word(word) or _is_title_word(word) for word in words):
        return None
    if place_key(" ".join(ctx.texts[end:last])) is not None:
        return None
    return last


def _reads_as_place(ctx: _Context, i: int, j: int) -> bool:
    """A given name that is also a place ("Jordan"), unless a title before it makes it a
    person's ("captain Jordan" + "Pike")."""
    return place_key(ctx.span_text(i, j)) is not None and not _follows_title(ctx, i)


def _is_given_name_span(ctx: _Context, i: int, j: int) -> bool:
    """Tokens [i, j) are a common given name, or a hyphenated one opening with it
    ("Jean-Philippe", "Marie-Claire")."""
    if not ctx.texts[i][:1].isupper() or ctx.lowers[i] not in GIVEN_NAMES:
        return False
    if j - i == 1:
        return True
    return (
        j - i == 3
        and ctx.texts[i + 1] == "-"
        and not ctx.spaced[i]
        and not ctx.spaced[i + 1]
        and _is_title_case(ctx.texts[i + 2])
    )


def _surname_end(ctx: _Context, k: int) -> int:
    """End of the untagged surname at k: a second word ("Ibáñez Soto") or a second part
    after a hyphen ("Bergeron-Leduc") belongs to it."""
    end = k + 1
    if ctx.text(end) == "-" and not ctx.spaced[k] and not ctx.spaced[end]:
        return end + 2 if _loose_surname(ctx, end + 1) else end
    return end + 1 if _loose_surname(ctx, end) else end


def _loose_surname(ctx: _Context, k: int) -> bool:
    """An untagged capitalised word that may be (part of) a surname; the tagger may
    misread it here ("Jordan Pike" as a preposition) if it reads it as a name elsewhere."""
    return (
        k < ctx.n
        and (ctx.capitalised_proper(k) or _read_as_name_elsewhere(ctx, k))
        and not ctx.in_ent[k]
        and not _is_head_word(ctx.lowers[k])
        and not _is_title_word(ctx.texts[k])
        and place_key(ctx.texts[k]) is None
    )


def _read_as_name_elsewhere(ctx: _Context, k: int) -> bool:
    """A capitalised word the tagger reads as a proper noun somewhere in the article."""
    return ctx.texts[k][:1].isupper() and ctx.texts[k] in ctx.proper_words


def _hyphenated_given_name_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a person's name whose hyphenated given name the model left out
    ("Hyun-woo" + "Baek", "Min-ji" + "Kim"): two short syllables joined by a hyphen."""
    k = i - 3
    if j - i != 1 or k < 0 or ctx.texts[i - 2] != "-" or ctx.in_ent[k]:
        return i, label
    first, second = ctx.texts[k], ctx.texts[i - 1]
    if ctx.spaced[k] or ctx.spaced[i - 2] or not ctx.spaced[i - 1]:
        return i, label
    if not (_is_title_case(first) and len(first) <= 5 and second.isalpha()):
        return i, label
    if not (second.islower() and len(second) <= 4):
        return i, label
    return k, "PERSON"


def _titled_person_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """A person the model typed otherwise because of a title ("Detective Constable Marcus Bell").

    When a run of titles is followed by a first name, the name starts there; a
    name that opens with "Mrs" or "Dr" is a person's whatever follows. A name that
    ends in a lowercase noun ("King George station") or in the head of a thing named
    after a person ("Queen Elizabeth University Hospital") is not a person's.
    """
    if label != "PERSON" and j - i >= 2 and ctx.lowers[i] in lx.PERSONAL_HONORIFICS:
        return i, "PERSON"
    if label == "PERSON" or j - i < 3 or ctx.lowers[i] in _SAINTS or ctx.texts[j - 1].islower():
        return i, label
    if ctx.lowers[j - 1] in lx.EPONYM_HEADS:
        return i, label
    k = _skip_title(ctx.doc, i, j)
    given = ctx.lowers[k] in GIVEN_NAMES and j - k >= 2
    if k > i and (given or _ends_in_double_surname(ctx, k, j)):
        return k, "PERSON"
    return i, label


def _ends_in_double_surname(ctx: _Context, k: int, j: int) -> bool:
    """Name words closed by a hyphenated surname ("Kwadwo Ofori-Mensah"): after a title,
    a person's name even when the given name is not one the list knows."""
    if j - k < 4 or ctx.texts[j - 2] != "-":
        return False
    return all(ctx.capitalised_proper(m) for m in range(k, j) if m != j - 2)


def _portfolio_prefix_end(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a person's name the model glued to the portfolio of a title before it
    ("Secretary of" + "Agriculture Walt Brenneman"): the name starts at a first name,
    else keeps its last two words; a span the model called a body, only after a portfolio
    word."""
    if label not in ("PERSON", "ORG") or j - i < 3 or not _after_portfolio_title(ctx, i):
        return i, label
    given = [k for k in range(i + 1, j - 1) if ctx.lowers[k] in GIVEN_NAMES]
    if given:
        return given[0], "PERSON"
    if label == "ORG" and not _portfolio_then_name(ctx, i, j):
        return i, label
    return j - 2, "PERSON"


_PORTFOLIO_REACH = 8  # words back from a name to the title of a long portfolio


def _after_portfolio_title(ctx: _Context, i: int) -> bool:
    """The span at i follows "Secretary of" or the last link of a longer portfolio
    ("Deputy Minister of Water and" + "Sanitation Zanele Mthethwa")."""
    if ctx.lower(i - 1) not in ("of", "for", "and", "&"):
        return False
    for k in range(i - 2, max(i - 2 - _PORTFOLIO_REACH, -1), -1):
        if is_core_title(ctx.texts[k]):
            return ctx.lowers[k + 1] in ("of", "for")
        if not (
            ctx.texts[k][:1].isupper() or ctx.lowers[k] in lx.TITLE_LINKS or ctx.texts[k] == ","
        ):
            return False
    return False


def _portfolio_then_name(ctx: _Context, i: int, j: int) -> bool:
    """A government's portfolio, then two capitalised words that are neither a place nor
    a body's head word ("Agriculture Walt Brenneman", unlike "Health and Human Services",
    "director of Refugee Rights Netherlands" or "president of Home Depot Canada")."""
    return (
        j - i == 3
        and ctx.lowers[i] in lx.GOVERNMENT_PORTFOLIOS
        and all(_name_word_of_person(ctx, k) for k in (j - 2, j - 1))
    )


def _name_word_of_person(ctx: _Context, k: int) -> bool:
    """A capitalised word that may be part of a person's name: no place, no head word."""
    return (
        ctx.capitalised_proper(k)
        and ctx.lowers[k] not in lx.ORG_HEADS
        and place_key(ctx.texts[k]) is None
    )


def _first_name_prefix(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a person's name whose first names the model left out ("Ana Beatriz" + "Costa",
    "Dr." + "Olumide" + "Fashola-Adeyemi": after a title any capitalised word is one, and
    so after a lowercase role before a person: "forecaster" + "Rain" + "Dela Cruz")."""
    if label not in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
        return i, label
    if ctx.span_text(i, j).count(" ") > 1 or place_key(ctx.span_text(i, j)) is not None:
        return i, label
    k = i
    while k > 0 and i - k < 2 and _loose_name_word(ctx, k - 1):
        k -= 1
    while k < i and not _opens_first_names(ctx, k, label):
        k += 1
    return (i, label) if k == i else (k, "PERSON")


def _accented_name_prefix(ctx: _Context, i: int, label: str) -> int:
    """Start of a person's name whose first word the model left out when the name is
    written with diacritics ("Lê" + "Thị Hồng Nhung"): an untagged capitalised word with
    a diacritic right before such a name is part of it."""
    if label != "PERSON" or i == 0 or ctx.texts[i].isascii():
        return i
    k = i - 1
    word = ctx.texts[k]
    if word.isascii() or not word.isalpha():
        return i
    return k if _loose_name_word(ctx, k) else i


def _opens_first_names(ctx: _Context, k: int, label: str) -> bool:
    """Token k may open a person's first names: a given name, or any word after a title
    or a role noun, but not the second word of a two-word honorific ("Datuk" + "Seri")."""
    if k > 0 and _is_honorific_pair(ctx.doc, k - 1):
        return False
    return (
        ctx.lowers[k] in GIVEN_NAMES
        or _follows_title(ctx, k)
        or (label == "PERSON" and _follows_role_noun(ctx, k))
    )


def _follows_role_noun(ctx: _Context, k: int) -> bool:
    """Token k follows a lowercase noun of a person's role ("forecaster", "winger")."""
    before = ctx.text(k - 1)
    return before.islower() and ctx.tag(k - 1) in _NOUN_TAGS | {"JJ"} and _is_role_word(before)


def _particle_prefix(ctx: _Context, i: int, label: str) -> tuple[int, str]:
    """Start of a person's name the model cut after its particle ("Joost ter" + "Horst"):
    lowercase particles and the capitalised first names before them. Particles that
    only people's names hold ("ap", "ter") make it a person's whatever the label."""
    k = i
    while (
        k > 0
        and i - k < 2
        and ctx.texts[k - 1].islower()
        and ctx.lowers[k - 1] in lx.NAME_PARTICLES
    ):
        k -= 1
    first = k
    while first > 0 and k - first < 2 and _loose_name_word(ctx, first - 1):
        first -= 1
    if k == i or (first == k and not _follows_title(ctx, k)):
        return i, label  # "Mrs" + "ap Ifan": after a title the particle opens the name
    if label == "PERSON" or any(ctx.lowers[m] in lx.PERSON_PARTICLES for m in range(k, i)):
        return first, "PERSON"
    return i, label


def _loose_name_word(ctx: _Context, k: int) -> bool:
    """An untagged capitalised word that may be a first name (not a title or head word)."""
    return (
        not ctx.in_ent[k]
        and ctx.capitalised_proper(k)
        and not _is_title_word(ctx.texts[k])
        and not _is_head_word(ctx.lowers[k])
    )


def _particle_extension(doc: Doc, ent: Span, j: int, following: Span | None) -> int | None:
    """End of a person's name the model cut after a particle ("Ursula von der | Leyen").

    A name never ends with "von", "der", "de" or "van": the capitalised words
    after it belong to the name, whatever label the model gave them.
    """
    if ent.label_ != "PERSON" or j != ent.end:
        return None
    if doc[j - 1].lower_ not in lx.NAME_PARTICLES:
        if j + 1 >= len(doc) or doc[j].lower_ not in lx.NAME_PARTICLES:
            return None
        if not doc[j + 1].text[:1].isupper() or doc[j + 1].tag_ not in _PROPER_TAGS:
            return None
        if following is not None and following.start <= j:
            return None
        j += 1
    while j < len(doc) and doc[j].text.islower() and doc[j].lower_ in lx.NAME_PARTICLES:
        j += 1  # "Els Van" + "der" + "Veken"
    end = j
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].tag_ in _PROPER_TAGS:
        end += 1
    if end == j:
        return None
    if following is not None and following.start == j:
        end = max(end, following.end)
    return end
