"""Titles and roles before names ("Detective Constable", "Tan Sri"): which words make
one and where it ends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from service.extract import lexicon as lx
from service.extract.entities.context import _Context
from service.extract.entities.text import normalize, place_key


def is_core_title(text: str) -> bool:
    """A word that makes a title on its own ("President", "Dr.")."""
    key = normalize(text)
    return key in lx.CORE_TITLES or key in lx.HONORIFICS or text in lx.UPPERCASE_RANKS


def _is_title_word(text: str) -> bool:
    return is_core_title(text) or normalize(text) in lx.TITLE_CONNECTORS


def _is_pure_title_word(text: str) -> bool:
    """A title word that is not also a place ("State" is, "U.S." is not)."""
    return _is_title_word(text) and normalize(text) not in lx.ALIASES and place_key(text) is None


def _skip_title(doc: Doc, i: int, j: int) -> int:
    """Index of the first name token after a leading title run, if there is one."""
    last_title = -1
    k = i
    while k < j - 1:
        if _is_honorific_pair(doc, k) and k + 2 < j:
            last_title, k = k + 1, k + 2
            continue
        if not _title_like(doc[k]):
            break
        if is_core_title(doc[k].text):
            last_title = k
        k += 1
    if last_title < 0:
        return i
    return k


def _is_honorific_pair(doc: Doc, k: int) -> bool:
    """Tokens k and k + 1 make a two-word honorific ("Tan Sri"), whose second word is
    a name of its own elsewhere ("Sri Mulyani")."""
    return k + 1 < len(doc) and (normalize(doc[k].text), doc[k + 1].lower_) in lx.HONORIFIC_PAIRS


def _title_like(token: Token) -> bool:
    key = normalize(token.text)
    return (
        is_core_title(token.text)
        or key in lx.TITLE_CONNECTORS
        or key in lx.ALIASES
        or place_key(token.text) is not None
        or token.tag_ == "JJ"
    )


def _follows_title(ctx: _Context, k: int) -> bool:
    """Token k follows a title, whether the tokenizer split its full stop off or not
    ("Sgt. Maricel", "Sgt" + "." + "Maricel")."""
    before = ctx.text(k - 1)
    if before == ".":
        return is_core_title(ctx.text(k - 2) + ".")
    return is_core_title(before)


def _title_before_comma(ctx: _Context, comma: int) -> bool:
    """The words before the comma at `comma` end a title of a few capitalised words and
    links ("Minister of State for Rural Development,"): a name in apposition follows."""
    k = comma - 1
    while k > max(comma - 9, 0) and not is_core_title(ctx.texts[k]):
        if not (ctx.texts[k][:1].isupper() or ctx.lowers[k] in lx.TITLE_LINKS):
            return False
        k -= 1
    return is_core_title(ctx.texts[k]) and k < comma - 1


def _is_role_word(word: str) -> bool:
    """A capitalised role before a name: a title or a noun of people ("Councilor")."""
    return (
        _is_title_word(word)
        or word in lx.PERSON_DESCRIPTIONS
        or (len(word) > 5 and word.endswith(("or", "er", "ist")))
    )
