"""The Doc read once (token texts, tags, offsets, the model's entities) and the mention
every rule passes around."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, ORTH, SPACY, TAG
from spacy.tokens import Doc, Span

from service.extract import lexicon as lx
from service.extract.entities.tables import _EPONYM_ILLNESS_NOUNS, _POSSESSIVES, _PROPER_TAGS
from service.extract.entities.text import _initials, _is_acronym_word
from service.extract.initials import TITLE_REACH, title_initials


@dataclass(frozen=True)
class RawMention:
    """One cleaned mention: token range [i, j), its text and the model's label."""

    i: int
    j: int
    start: int
    end: int
    text: str
    label: str | None


class _Context:
    """Token texts and tags of a Doc, read once, and what the article is about."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = len(doc)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, TAG, IDX, SPACY]).tolist() if self.n else []
        self.texts: list[str] = [strings[row[0]] for row in rows]
        self.tags: list[str] = [strings[row[1]] for row in rows]
        self.starts: list[int] = [row[2] for row in rows]
        self.spaced: list[int] = [row[3] for row in rows]
        self.lowers = [text.casefold() for text in self.texts]
        self.ent_label_at = [""] * self.n
        self.ent_label_ending = [""] * self.n
        self.in_ent = bytearray(self.n)
        self.ents: Sequence[Span] = doc.ents
        for ent in self.ents:
            self.ent_label_at[ent.start] = ent.label_
            self.ent_label_ending[ent.end - 1] = ent.label_
            self.in_ent[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        self.proper_words = {
            text for text, tag in zip(self.texts, self.tags, strict=True) if tag in _PROPER_TAGS
        }
        self.lowercase_words = {text for text in self.texts if text.islower()}
        self.mid_sentence_capitals = {
            self.texts[k]
            for k in range(1, self.n)
            if self.texts[k][:1].isupper() and not _starts_sentence_at(self.texts, k)
        }
        self.illnesses = {
            self.lowers[k] for k in range(self.n - 1) if _opens_illness_name(self.texts, k)
        }
        self.sports = len(lx.SPORTS_WORDS.intersection(self.lowers)) >= 3
        self.first = next((k for k, text in enumerate(self.texts) if not text.isspace()), 0)
        self.acronyms = {text for text in self.texts if len(text) >= 3 and _is_acronym_word(text)}
        self.title_initials = _title_initials(self.texts, self.ents)

    def text(self, k: int) -> str:
        return self.texts[k] if 0 <= k < self.n else ""

    def span_text(self, i: int, j: int) -> str:
        """The text of tokens [i, j) as written (doc.text is rebuilt on every access)."""
        parts = [self.texts[k] + (" " if self.spaced[k] else "") for k in range(i, j - 1)]
        return "".join(parts) + self.texts[j - 1]

    def lower(self, k: int) -> str:
        return self.lowers[k] if 0 <= k < self.n else ""

    def tag(self, k: int) -> str:
        return self.tags[k] if 0 <= k < self.n else ""

    def capitalised_proper(self, k: int) -> bool:
        text = self.text(k)
        return text[:1].isupper() and (self.tag(k) in _PROPER_TAGS or _is_elided_surname(text))


def _opens_illness_name(texts: Sequence[str], k: int) -> bool:
    """A capitalised word before a noun of illness, straight or through a possessive
    ("Lassa fever", "Crohn's disease"): an eponym of the illness, not its namesake."""
    if not texts[k][:1].isupper():
        return False
    if k + 2 < len(texts) and texts[k + 1] in _POSSESSIVES:
        return texts[k + 2] in _EPONYM_ILLNESS_NOUNS
    return texts[k + 1] in lx.DISEASE_NOUNS


def _is_elided_surname(word: str) -> bool:
    """ "O'Toole", "D'Amours": a surname the tagger often reads as a common noun."""
    return (
        len(word) > 3
        and word[1] in "'’"
        and word[0].isupper()
        and word[2].isupper()
        and word[3:].isalpha()
        and word[3:].islower()
    )


def _capitalised_end(ctx: _Context, k: int) -> int:
    """End of up to three capitalised words from k."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.texts[end][:1].isupper() and ctx.texts[end].isalpha():
        end += 1
    return end


def _raw(ctx: _Context, i: int, j: int, label: str | None) -> RawMention:
    """A mention of tokens [i, j), with its character offsets and text."""
    start, end = ctx.starts[i], ctx.starts[j - 1] + len(ctx.texts[j - 1])
    return RawMention(i, j, start, end, ctx.span_text(i, j), label)


def _starts_sentence(ctx: _Context, k: int) -> bool:
    return _starts_sentence_at(ctx.texts, k)


def _starts_sentence_at(texts: Sequence[str], k: int) -> bool:
    """After a stop, a break or an opening quote; a clock time's "a.m." holds its stop."""
    before = texts[k - 1] if k > 0 else ""
    return k == 0 or before.isspace() or before in {".", "!", "?", '"', "“", "‘", "a.m.", "p.m."}


def _title_initials(texts: Sequence[str], ents: Sequence[Span]) -> dict[str, set[str]]:
    """The initials of the titles written before the people the model found ("DPP" of
    "Deputy Public Prosecutor Chloe Tan"), with the last names they were written before,
    less those of the bodies it found ("SP" of "Samajwadi Party") and those only ever
    written as initials ("DJ Kealy"): written alone the initials stand for the title,
    and before one of those names ("DPP Tan") for it too."""
    bodies = {_initials(ent.text) for ent in ents if ent.label_ == "ORG"}
    titles: dict[str, set[str]] = {}
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        initials = title_initials(texts[max(0, ent.start - TITLE_REACH) : ent.start])
        if initials and initials not in bodies and texts[ent.start - 1] != initials:
            titles.setdefault(initials, set()).add(texts[ent.end - 1].casefold())
    return titles
