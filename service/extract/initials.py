"""The initials a title before a name is shortened to: "Deputy Public Prosecutor
Nicholas Quek" is "the DPP" later, "Deputy Commissioner of Police (Crime) Shalini
Chouhan" "the DCP". Shared by the entity rules, which drop "DPP" as a name, and the
speaker rules, which read "the DPP said" as the person so titled."""

from __future__ import annotations

from collections.abc import Sequence

TITLE_REACH = 12  # tokens before a name a title may take ("Deputy Commissioner of Police (Crime)")
_LINKS = frozenset({"of", "for", "the", "and"})
_TITLE_WORDS = 6  # the longest title read back from a name
_PAST = frozenset({"former", "ex", "ex-", "late", "then", "outgoing"})


def title_initials(before: Sequence[str]) -> str:
    """The initials of the capitalised title that ends `before` (the words before a
    name, in order), skipping a bracketed part and linking words; "" when none."""
    letters: list[str] = []
    k = len(before) - 1
    words = 0
    while k >= 0 and words < _TITLE_WORDS:
        word = before[k]
        if word == ")":
            while k >= 0 and before[k] != "(":
                k -= 1
        elif word.isupper() and word.isalpha() and len(word) > 1:
            letters.append(word)
            words += 1
        elif word[:1].isupper() and word[1:].islower() and word.isalpha():
            letters.append(word[0])
            words += 1
        elif word.lower() not in _LINKS or not letters:
            break
        k -= 1
    if k >= 0 and before[k].lower() in _PAST:
        return ""  # "former Prime Minister Helen Carver" is not "the PM"
    return "".join(reversed(letters))


def is_initials(text: str) -> bool:
    """A word that may be a title's initials ("DPP", "SP")."""
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper()
