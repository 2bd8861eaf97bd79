"""Named entities from a parsed Doc, with the small model's systematic errors fixed.

The model tags each mention on its own; it mislabels places as people, splits
one person over "Joe Biden" / "Biden" / "Biden's", keeps titles, a leading
"the" and stray prepositions in names, and misses or mistypes names it has
seen once. This module works at document level: it cleans each mention, adds
names the model missed, clusters mentions of the same thing, and decides one
type per cluster by weighing the model's labels against evidence in the text
(the words of the name, the words around each mention); a gazetteer of places
has the last word. The fullest written form is the name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from spacy.attrs import IDX, ORTH, SPACY, TAG
from spacy.tokens import Doc, Span, Token

from service.events import Entity, EntityType, Mention
from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.data.towns import towns
from service.extract.date_words import WEEKDAYS
from service.ids import item_id

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_OR_COMMON_TAGS = frozenset({"NN", "JJ"})  # tags of a capitalised opener, name or not
_MODIFIED_TAGS = _NOUN_TAGS | _PROPER_TAGS | {"JJ"}  # words an opener may modify
# Tags that unknown names almost never get (unlike JJ or NN, which they often do).
_COMMON_TAGS = frozenset({"NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "IN", "DT", "MD"})
_OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«", "„"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_DASHES = frozenset({"-", "–", "—", "--"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
_APPOSITIVE_STOPS = frozenset({"IN", ",", ".", ":", "CC", "TO", "WDT", "WP", "WP$", "-LRB-"})
_TOLD_LISTENERS = frozenset({"reporters", "journalists", "the"})
_CREDIT_WORDS = frozenset({"reporting", "editing", "writing", "photography", "photos", "words"})
_ALWAYS_ORG_WORDS = frozenset(
    {"parliament", "congress", "senate", "police", "army", "navy", "cabinet"}
)
# Words that open a sentence before a name without being part of it ("Outside Leeds
# General Infirmary, ...") and lowercase directions before a place ("in west Phoenix").
_OPENING_PREPOSITIONS = frozenset(
    {"outside", "inside", "near", "across", "throughout", "beyond", "behind", "beside", "along"}
)
_LOWER_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "northeast", "northwest", "southeast", "southwest", "central", "downtown"}
)  # fmt: skip
_COMPASS = frozenset({"north", "south", "east", "west"})
_PLACE_ADJECTIVES = frozenset({"regional", "rural", "outback", "coastal"})
_STREET_HEADS = frozenset(
    {"street", "avenue", "road", "boulevard", "lane", "drive", "parkway", "highway", "way"}
)
# Heads of a place named with a possessive: "Queen's Park", "Gee's Bend", "Dunn's Creek".
_POSSESSIVE_PLACE_HEADS = frozenset(
    {"park", "square", "garden", "gardens", "green", "common", "bend", "bay", "point",
     "island", "hill", "cove", "creek", "landing", "harbour", "harbor"}
)  # fmt: skip
_DEMONYM_ENDS = ("an", "ian", "ese", "ish", "i", "ic")
_ADJECTIVE_ENDS = ("an", "ese", "ish", "ic")
_NOT_TEAM_PLURALS = frozenset(
    {"states", "nations", "emirates", "islands", "affairs", "services", "forces", "games",
     "olympics", "times", "news", "sports", "brothers", "sisters", "sons", "works"}
)  # fmt: skip

# Last words of events that no place's name ends with ("Outeniqua Open", unlike "Summit").
_EVENT_ONLY_HEADS = frozenset(
    {"open", "marathon", "championship", "championships", "tournament", "festival", "olympics"}
)
# Last words of a company's name that a lone first word stands for ("Brightwater" of
# "Brightwater Foods Inc"), unlike a council's or a university's.
_COMPANY_ENDS = frozenset(
    {"inc", "inc.", "incorporated", "corp", "corp.", "corporation", "ltd", "ltd.", "limited",
     "llc", "llp", "plc", "gmbh", "co.", "capital", "securities", "holdings", "partners",
     "investments", "ventures"}
)  # fmt: skip

# "St. Ann Church": a saint's title opens a place's name, not a person's.
_SAINTS = frozenset({"st", "st.", "saint"})
_PARTY_INITIALS = frozenset({"R", "D", "I"})  # "Sen. Jo Ray, D-Calif.": party, then state
# Nouns of broadcasting after an outlet's name: "told DZRH radio".
_BROADCAST_NOUNS = frozenset({"radio", "television", "tv"})
# Lowercase words of time that end a name the model ran on ("House of Lords before Easter").
_TIME_PREPOSITIONS = frozenset({"before", "after", "until", "since", "during"})

# Labels of works and products, which the model gives to some people's names.
_WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
_EPONYM_ILLNESS_NOUNS = frozenset({"disease", "syndrome"})  # "Crohn's disease", not "Kim's flu"

# A sum of money written as one word, with a currency before or a magnitude after the
# figure ("RM1.2bil", "KSh40m", "HK$3", "R2.5bn", "GH¢38,000"): a number, never a name.
_CURRENCY = r"(?:rm|rs\.?|ksh|kes|n|r|rp|gh¢|gh₵|₵|hk\$|s\$|a\$|nz\$|c\$|us\$|\$|€|£|¥)"
_MAGNITUDE = r"(?:bn|bil|billion|mil|mln|million|m|k|tn|trillion|crore|lakh)"
_AMOUNT = re.compile(rf"{_CURRENCY}\d[\d.,]*{_MAGNITUDE}?|\d[\d.,]*{_MAGNITUDE}", re.IGNORECASE)

# Articles that open two-word place names: Maori "Te Kūiti", Spanish "San Isidro".
_PLACE_NAME_ARTICLES = frozenset({"te", "los", "las", "san", "santa", "são"})

Votes = dict[EntityType, float]

# Types the model gets wrong often enough that a listed neighbour may overrule
# them ("Hollins Town or Castle Vale": not a person); ORG and LOC stay.
_LOOSE: frozenset[EntityType] = frozenset({"PERSON", "MISC"})

# How much each kind of evidence weighs in a cluster's type.
_MODEL = 1.0  # the model's label on a mention written in full
_MODEL_SHORT = 0.5  # ... on a shorter form ("Harte" of "Gillian Harte"): often wrong
_CUE = 3.0  # a context cue around one mention ("born in X", "X, 57,")
_WEAK_CUE = 2.0  # a cue that sometimes misleads ("X resident", "X told the")
_FIRST_NAME = 2.5  # the name opens with a common given name
_CLUB_PLACE = 3.5  # "Ashford City" in a sports story: a club, unless "in Ashford City"
_FIXTURE = 12.0  # "Hallam visit Wensley Park": a club, whatever a place-like head says
_CONJUNCT = 2.0  # "X or Y" where Y's type is well attested
_TOWN = 3.0  # a populated place too small for the hand-made gazetteer ("Tuam")
_SHAPE = 10.0  # the name's own head word ("Bear Creek", "Harwick Securities")
_QUOTED = 20.0  # a name alone in quote marks is a title of a work


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
    cues: Votes = field(default_factory=dict)

    @property
    def size(self) -> int:
        return max((len(form) for form in self.forms), default=0)


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


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------


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
    relatives = {_group_key(raw.text) for raw in raws if _introduced_as_relative(context, raw)}
    titled = {index for index, raw in enumerate(raws) if _follows_title(context, raw.i)}
    owners = cluster_mentions(
        raws, cues, sports=context.sports, aliases=aliases, relatives=(relatives, titled)
    )
    clusters = _clusters_from_owners(raws, owners)
    kinds = _cluster_kinds(context, raws, clusters, cues)
    relative_clusters = {
        number
        for number, members in enumerate(clusters)
        if any(_introduced_as_relative(context, raws[m]) for m in members)
    }
    clusters = _add_missed_mentions(context, raws, clusters, kinds, relative_clusters)
    entities = [
        _build_entity(raws, members, kind, article_id, sports=context.sports)
        for members, kind in zip(clusters, kinds, strict=True)
    ]
    return sorted(entities, key=lambda entity: entity.mentions[0].start)


# --------------------------------------------------------------------------
# Text normalisation
# --------------------------------------------------------------------------


@lru_cache(maxsize=8192)
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
    return _city_of(lx.ALIASES.get(key, key))


def _is_city_form(text: str) -> bool:
    key = _without_the(normalize(text))
    return _city_of(key) != key


def _city_of(key: str) -> str:
    """A known city written with "City" after it ("Baltimore City") is that city."""
    city = key.removesuffix(" city")
    if city == key or key in lx.PLACES or city not in lx.CITIES:
        return key
    return key if city in lx.COUNTRIES or city in lx.US_STATES else city


def _acronym_aliases(ctx: _Context, raws: Sequence[RawMention]) -> dict[str, str]:
    """Other names of a body the article gives it: an acronym or name in brackets after
    it ("the Railway Clerical and Station Staff Union (RCSSU)", "Health New Zealand (Te
    Whatu Ora)"), a name after ", also known as" or a dash ("Health New Zealand - Te
    Whatu Ora said"), and a bare acronym that spells the initials of one body's full
    name ("the Financial Conduct Authority ... the FCA")."""
    aliases: dict[str, str] = {}
    for raw in raws:
        alias = _bracketed_alias(ctx, raw) or _known_as_alias(ctx, raw) or _dashed_alias(ctx, raw)
        if alias is not None:
            aliases.setdefault(normalize(alias), _group_key(raw.text))
    _add_initials_aliases(raws, aliases)
    return aliases


def _bracketed_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Name (ACRONYM)" with matching letters, or a body's "Name (Other Name)"."""
    if ctx.text(raw.j) != "(":
        return None
    k = raw.j + 1
    end = k
    while end < min(k + 4, ctx.n) and ctx.texts[end][:1].isupper():
        end += 1
    if end == k or ctx.text(end) != ")":
        return None
    if end - k == 1 and _is_acronym_word(ctx.texts[k]):
        return ctx.texts[k] if _abbreviates(ctx.texts[k], raw.text) else None
    if raw.label != "ORG" or place_key(ctx.span_text(k, end)) is not None:
        return None
    return ctx.span_text(k, end)


def _known_as_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Health New Zealand, also known as Te Whatu Ora, said", "Raymond Olander, known to
    nearly everyone as Buck,": a body's or a person's other name."""
    k = raw.j + 1
    if raw.label not in ("ORG", "PERSON") or ctx.text(k - 1) != ",":
        return None
    k += ctx.lower(k) == "also"
    if ctx.lower(k) != "known":
        return None
    start = k + 1
    while start < min(k + 9, ctx.n) and ctx.lowers[start] != "as":
        if not ctx.texts[start].isalnum():
            return None  # "known, ... as" crosses a clause
        start += 1
    start += 1
    end = start
    while end < min(start + 4, ctx.n) and ctx.texts[end][:1].isupper():
        end += 1
    return ctx.span_text(start, end) if end > start else None


def _dashed_alias(ctx: _Context, raw: RawMention) -> str | None:
    """ "Health New Zealand - Te Whatu Ora said": a body's name in a second language after
    a spaced dash, both the subject of the verb that follows."""
    end = _dashed_name_end(ctx, raw.j) if raw.label == "ORG" else None
    return None if end is None else ctx.span_text(raw.j + 1, end)


def _dashed_name_end(ctx: _Context, dash: int) -> int | None:
    """End of a capitalised name after a spaced dash at `dash` when a verb follows it."""
    if dash < 1 or ctx.text(dash) not in _DASHES or not (ctx.spaced[dash - 1] and ctx.spaced[dash]):
        return None
    end = _capitalised_end(ctx, dash + 1)
    if end == dash + 1 or not ctx.tag(end).startswith("VB"):
        return None
    return end


def _add_initials_aliases(raws: Sequence[RawMention], aliases: dict[str, str]) -> None:
    """A bare acronym the article never defines joins the one body whose full name it
    spells ("FCA" after "Financial Conduct Authority")."""
    by_initials: dict[str, set[str]] = {}
    for raw in raws:
        initials = _body_initials(raw)
        if initials is not None:
            by_initials.setdefault(initials, set()).add(_group_key(raw.text))
    for raw in raws:
        key = normalize(raw.text)
        if key in aliases or not _is_acronym_word(raw.text):
            continue
        owners = by_initials.get(raw.text, set())
        if len(owners) == 1:
            aliases[key] = next(iter(owners))


def _body_initials(raw: RawMention) -> str | None:
    """The initials of a body's name of three words or more ("GLAA")."""
    if raw.label != "ORG" or len(_words(raw.text)) < 3:
        return None
    return _initials(raw.text)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words: "Gangmasters and Labour Abuse
    Authority" is "GLAA"."""
    return "".join(word[0] for word in _words(name) if word[:1].isupper())


def _is_acronym_word(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _abbreviates(acronym: str, name: str) -> bool:
    """The acronym spells the name's capitalised words in order, each giving its first
    letter or a few more ("SEPTA" for "Southeastern Pennsylvania Transportation
    Authority"), one word at most giving none ("BDC" for "Business Development Bank of
    Canada")."""
    words = [word.upper() for word in _words(name) if word[:1].isupper()]
    if len(acronym) > 10 or len(words) > 12:
        return False
    return _spells(acronym.upper(), words, 0, 0, 1)


def _spells(acronym: str, words: Sequence[str], a: int, w: int, skips: int) -> bool:
    """Whether acronym[a:] spells words[w:]: each word gives its first letter and up to
    two more of its letters in order (a bounded search: both are short)."""
    if w == len(words):
        return a == len(acronym)
    if skips and _spells(acronym, words, a, w + 1, skips - 1):
        return True
    word = words[w]
    if a >= len(acronym) or acronym[a] != word[0]:
        return False
    rest = iter(word[1:])
    for n in range(1, 4):
        if _spells(acronym, words, a + n, w + 1, skips):
            return True
        if a + n >= len(acronym) or acronym[a + n] not in rest:
            return False
    return False


# --------------------------------------------------------------------------
# Collecting and cleaning mentions
# --------------------------------------------------------------------------


def collect_mentions(doc: Doc, context: _Context | None = None) -> list[RawMention]:
    """Every model entity that names a thing, cleaned of titles and stray words.

    A first name the model split from its surname is joined to it, and an
    organisation's name cut short ("Granite State" | "Mutual") is completed.
    """
    ctx = context or _Context(doc)
    ents = [ent for ent in ctx.ents if ent.label_ not in lx.NON_ENTITY_LABELS]
    raws: list[RawMention] = []
    skip_until = -1
    dateline = _uppercase_dateline(ctx)
    if dateline is not None and not any(e.start < dateline[1] < e.end for e in ents):
        raws.append(_raw(ctx, *dateline, "GPE"))
        skip_until = dateline[1]
    nicknamed = _nicknamed_people(ctx)
    for index, ent in enumerate(ents):
        following = ents[index + 1] if index + 1 < len(ents) else None
        while nicknamed and nicknamed[0].i < ent.end:
            raws.append(nicknamed.pop(0))
            skip_until = max(skip_until, raws[-1].j)
        if (
            ent.start < skip_until
            or _is_title_fragment(doc, ent, following)
            or _is_portfolio_of_title(ctx, ent)
            or _is_not_a_name(ctx, ent)
        ):
            continue
        titled_end = _name_after_title_end(ctx, ent, following)
        if titled_end is not None:
            raws.append(_raw(ctx, ent.end, titled_end, "PERSON"))
            skip_until = titled_end
            continue
        if len(ent) == 1 and _is_dateline_region_abbreviation(ctx, ent.start):
            k = ent.start
            raws.append(_raw(ctx, k, k + 1 if ctx.texts[k].endswith(".") else k + 2, "GPE"))
            continue
        if len(ent) == 1 and _is_platform_at(ctx, ent.start):
            raws.append(_platform_raw(ctx, ent.start))
            continue
        start, end, label = _widened_span(ctx, ent, following)
        bounds = clean_bounds(doc, start, end, label)
        cut = None if bounds is None else _cut_span(ctx, *bounds, label)
        if cut is None:
            continue
        i, j, label = cut
        place_start = _place_after_preposition(ctx, i, j) if label == "ORG" else None
        street_start = _street_after_on(ctx, i, j)
        if street_start is not None:
            place_start, label = street_start, "ORG"  # "the Golden Wok on Kelby Road"
        place_end = j
        if place_start is not None:
            j = place_start - 1  # "Brightwater Senior Living" + "on" + "Dayton"
        j = _before_spaced_dash(ctx, i, j)
        j = _before_bracket(ctx, i, j)
        j = _before_time_word(ctx, i, j)
        if label == "ORG" and j - i == 1 and _modifies_common_noun(ctx, j):
            continue
        if ctx.lowers[j - 1] in lx.ROAD_HEADS and ctx.tag(j) == "CD" and ctx.texts[j].isalnum():
            j, label = j + 1, "FAC"
        if j - i == 1 and (_is_common_word(ctx, i, label) or _is_common_capital(ctx, i)):
            continue
        extended, label = _extended_end(ctx, ent, i, j, label, following)
        if extended is not None:
            j = _before_score(ctx, i, max(j, extended))  # "van der | Heuvel 6-2"
        skip_until = max(skip_until, j, end)
        raws.extend(
            _raw(ctx, e, f, part_label)
            for a, b in _split_parts(ctx, i, j, label)
            for c, d, role_label in _split_at_role(ctx, a, b, label)
            for e, f, part_label in _split_possessive(ctx, c, d, role_label)
        )
        if place_start is not None:
            raws.append(_raw(ctx, place_start, place_end, "GPE"))
    return raws + nicknamed


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


def _widened_span(ctx: _Context, ent: Span, following: Span | None) -> tuple[int, int, str]:
    """The entity's tokens and label once the parts of its name the model left out
    around it are taken in: first names, titles of stations, bodies' head words."""
    label = ent.label_
    start, end = _hyphen_start(ctx, ent.start), ent.end
    if label in ("PERSON", "FAC") and ctx.lower(end) in lx.STATION_WORDS:
        start, end, label = _station_start(ctx, start), end + 1, "FAC"
    start, label = _hyphenated_given_name_start(ctx, start, end, label)
    start = _possessive_body_start(ctx, start, label)
    joined = _first_name_join(ctx, ent, following)
    if joined is not None:
        end, label = joined, "PERSON"
    else:
        place_end = _adjective_place_end(ctx, ent, following)
        end, label = (end, label) if place_end is None else (place_end, "LOC")
    start, label = _body_of_place_start(ctx, start, end, label)
    start, label = _national_body_start(ctx, start, end, label)
    start, label = _titled_person_start(ctx, start, end, label)
    start, label = _first_name_prefix(ctx, start, end, label)
    start = _portfolio_prefix_end(ctx, start, end, label)
    start, label = _particle_prefix(ctx, start, label)
    start = _company_prefix_start(ctx, start, end, label)
    conjoined = _conjoined_start(ctx, start, end, label)
    return (start, end, label) if conjoined is None else (conjoined, end, "ORG")


def _cut_span(ctx: _Context, i: int, j: int, label: str) -> tuple[int, int, str] | None:
    """The name's tokens and label without the words the model ran it over: a title
    after a place or a portfolio, a leading modifier, trailing nouns and scores."""
    if label == "ORG" and _before_portfolio_title(ctx, j):
        j, label = _place_prefix_end(ctx, i, j), "GPE"  # "Alberta" of "Alberta Energy Minister"
        if j == i:
            return None
    if _place_before_title(ctx, i, j - 1):
        i, j, label = _place_start(ctx, i), j - 1, "GPE"  # "Point Douglas Coun. Jo Ray"
    i = _without_leading_modifier(ctx, i, j)
    if _opens_with_place_adjective(ctx, i, j):
        i, label = i + 1, "GPE"  # "Regional Victoria": the state, not a name holding it
    if label == "PERSON":
        j = _without_post_nominals(ctx, i, j)
    j = _without_trailing_common_nouns(ctx, i, j)
    return i, _before_score(ctx, i, j), label


def _extended_end(
    ctx: _Context, ent: Span, i: int, j: int, label: str, following: Span | None
) -> tuple[int | None, str]:
    """Where a name the model cut short really ends, and its label then, if it runs on."""
    doc = ctx.doc
    linked = _place_link_end(ctx, j) if label != "PERSON" else None
    if linked is not None:
        return linked, "GPE"  # "Stratford" + "-upon-Avon": people's names have no links
    extended = _org_region_extension(doc, ent, j, following)
    if extended is None:
        extended = _national_body_extension(ctx, i, j, following)
    if extended is None:
        extended = _particle_extension(doc, ent, j, following)
    if extended is None and label in ("GPE", "LOC"):
        extended = _compass_extension(ctx, j)
    if extended is None and label == "ORG":
        extended = _branch_number_extension(ctx, j)
    if extended is not None:
        return extended, label
    extended = _opener_name_end(ctx, j) if ctx.lowers[i] in lx.ORG_OPENERS else None
    if extended is not None:
        return extended, "ORG"
    extended = _saint_extension(ctx, j)
    if extended is not None:
        return extended, label
    extended = _org_conjunction_extension(ctx, i, j, label, following)
    if extended is None and label == "ORG":
        extended = (
            _org_portfolio_extension(ctx, i, j)
            or _org_name_extension(ctx, j)
            or _paired_plural_extension(ctx, i, j)
        )
    if extended is None and label != "ORG":
        extended = _org_head_extension(ctx, j)
    if extended is not None:
        return extended, "ORG"
    extended = _worship_extension(ctx, j) or _possessive_place_extension(ctx, j)
    return extended, "FAC" if extended is not None else label


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
    work's title stands in quote marks, so an unquoted one is that person."""
    lone_people = {raw.text for raw in raws if raw.label == "PERSON" and raw.j - raw.i == 1}
    return [
        replace(raw, label="PERSON")
        if raw.label in _WORK_LABELS
        and raw.j - raw.i >= 2
        and ctx.texts[raw.i] in lone_people
        and ctx.text(raw.i - 1) not in _OPEN_QUOTES
        and not any(_is_date_word(word) for word in ctx.lowers[raw.i : raw.j])
        else raw
        for raw in raws
    ]


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


def _is_date_word(word: str) -> bool:
    """A month or a weekday: "Osei Monday" is a name and a day, not a longer name."""
    return word in lx.MONTHS or word in WEEKDAYS


def _introduced_as_relative(ctx: _Context, raw: RawMention) -> bool:
    """A person named in apposition to a word for a relative ("her mother, Jenna Tregear,"):
    the article's subject, not the relative, is the one its bare surname names."""
    return ctx.text(raw.i - 1) == "," and ctx.lower(raw.i - 2) in lx.KIN_NOUNS


def _station_start(ctx: _Context, i: int) -> int:
    """Start of a station's name before a lowercase "station" ("King George station"):
    a person's name with the title the model left out ("Prince" + "Arthur station")
    names the station, not the person."""
    k = i
    while (
        k > 0
        and not ctx.in_ent[k - 1]
        and ctx.texts[k - 1][:1].isupper()
        and is_core_title(ctx.texts[k - 1])
    ):
        k -= 1
    return k


def _hyphen_start(ctx: _Context, i: int) -> int:
    """Start of a name the model took only the end of, after an unspaced hyphen
    ("Antwerp-" + "Bruges"); a party's initial before a state ("R-Okla.") is no part of it."""
    k = i - 2
    if k < 0 or ctx.texts[i - 1] != "-" or ctx.spaced[k] or ctx.spaced[i - 1]:
        return i
    if ctx.texts[k] in _PARTY_INITIALS and ctx.ent_label_at[i] == "GPE":
        return i
    return k if ctx.texts[k][:1].isupper() and not ctx.in_ent[k] else i


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


def _possessive_body_start(ctx: _Context, i: int, label: str) -> int:
    """Start of a body whose own name holds a possessive ("Alzheimer's" + "Society"):
    an untagged capitalised word and "'s" before the head word the model tagged."""
    k = i - 2
    if label != "ORG" or k < 0 or ctx.lowers[i] not in lx.ORG_HEADS:
        return i
    if ctx.texts[i - 1].translate(_APOSTROPHES) != "'s" or ctx.spaced[k]:
        return i
    if ctx.in_ent[k] or not ctx.capitalised_proper(k) or place_key(ctx.texts[k]) is not None:
        return i
    return k


def _adjective_place_end(ctx: _Context, ent: Span, following: Span | None) -> int | None:
    """End of a geographic name opened by a nationality ("Swiss" + "Alps"): one place,
    whether the model tagged the feature or only the gazetteer knows it."""
    if len(ent) != 1 or not (
        ent.label_ == "NORP" or (ent.label_ == "GPE" and place_key(ent.text) is None)
    ):
        return None
    if following is not None and following.start == ent.end:
        is_feature = following.label_ == "LOC" or place_key(following.text) in lx.GEOGRAPHIC
        return following.end if is_feature else None
    k = ent.end
    if k < ctx.n and ctx.capitalised_proper(k) and place_key(ctx.texts[k]) in lx.GEOGRAPHIC:
        return k + 1
    return None


def _body_of_place_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a body named for a place the model tagged alone ("Port of" + "Rotterdam",
    "University of" + "Ibadan"): the capitalised head word before "of" opens the name."""
    head = i - 2
    if label not in ("GPE", "LOC", "PERSON") or head < 0 or ctx.lowers[i - 1] != "of":
        return i, label
    if ctx.in_ent[head] or not ctx.texts[head][:1].isupper():
        return i, label
    if ctx.lowers[head] not in lx.ORG_HEADS and ctx.lowers[head] != "port":
        return i, label
    if place_key(ctx.span_text(head, j)) is not None:
        return i, label
    return head, "ORG"


def _national_body_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """Start of a national body the model tagged only the country of ("Tennis" +
    "Australia", "Transports" + "Québec", "Fire and Emergency" + "New Zealand"): sport or
    service words before a country or a province name the body."""
    k = i
    while _is_national_body_word(ctx, k - 1):
        k -= 1
        if ctx.lower(k - 1) == "and" and _is_national_body_word(ctx, k - 2):
            k -= 1  # "Fire and" + "Emergency"
    if k == i:
        return i, label
    return (k, "ORG") if _is_country_or_state(ctx.span_text(i, j)) else (i, label)


def _is_national_body_word(ctx: _Context, k: int) -> bool:
    if k < 0 or ctx.in_ent[k] or not ctx.capitalised_proper(k):
        return False
    return ctx.lowers[k] in lx.NATIONAL_BODY_WORDS or ctx.lowers[k] in lx.ORG_OPENERS


def _is_country_or_state(name: str) -> bool:
    """A country, or a state or province ("Québec"), unlike a city."""
    key = place_key(name)
    return key in lx.COUNTRIES or key in lx.REGIONS or key in lx.US_STATES


def _conjoined_start(ctx: _Context, i: int, j: int, label: str) -> int | None:
    """Start of a body whose name holds "and" when the model took only the part after
    it ("Harbour and" + "Lifting Safety Authority"): an acronym in the article spells
    the whole ("HLSA"), or one "the" opens both halves of a name whose possessive the
    two share ("the Port and Dock Workers' Union": the workers of both)."""
    k = i - 2
    if label != "ORG" or k < 0 or ctx.lowers[i - 1] != "and" or ctx.in_ent[k]:
        return None
    if not ctx.capitalised_proper(k) or ctx.lowers[j - 1] not in lx.ORG_HEADS:
        return None
    if ctx.lower(k - 1) == "the" and _holds_possessive(ctx, i, j):
        return k
    return k if _initials(ctx.span_text(k, j)) in ctx.acronyms else None


def _holds_possessive(ctx: _Context, i: int, j: int) -> bool:
    return any(ctx.texts[k].translate(_APOSTROPHES) in ("'s", "'") for k in range(i + 1, j))


def _org_conjunction_extension(
    ctx: _Context, i: int, j: int, label: str, following: Span | None
) -> int | None:
    """End of a body whose name holds "and" ("Farm and Livestock Bureau"): the model cuts
    it at "and" unless the first part already ends in a head word of its own. A first
    part of one word, whatever the model called it ("Gangmasters" + "and Labour Abuse
    Authority"), needs an acronym in the article that spells the whole ("GLAA")."""
    if ctx.lower(j) != "and" or ctx.lowers[j - 1] in lx.ORG_HEADS:
        return None
    start = end = j + 1
    if following is not None and following.start == start and following.label_ == "ORG":
        end = following.end
    else:
        while end < ctx.n and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
            end += 1
    if end - start < 2 or ctx.lowers[end - 1] not in lx.ORG_HEADS:
        return None
    if label == "ORG" and j - i >= 2:
        return end
    return end if _initials(ctx.span_text(i, end)) in ctx.acronyms else None


def _paired_plural_extension(ctx: _Context, i: int, j: int) -> int | None:
    """End of a body named for two kinds of member ("Association of Towns and Counties",
    "Federation of Farmers and Growers"): the model stops at "and", the second plural
    being as much a part of the name as the first."""
    if j - i < 3 or ctx.lower(j - 2) != "of" or ctx.lower(j) != "and":
        return None
    if _is_capitalised_plural(ctx, j - 1) and _is_capitalised_plural(ctx, j + 1):
        return j + 2
    return None


def _is_capitalised_plural(ctx: _Context, k: int) -> bool:
    word = ctx.text(k)
    return ctx.capitalised_proper(k) and len(word) > 3 and word.endswith("s") and word.isalpha()


def _branch_number_extension(ctx: _Context, j: int) -> int | None:
    """End of a union branch's name the model cut before its number ("Food Processing
    Workers Union Local" + "88")."""
    if ctx.lowers[j - 1] not in lx.BRANCH_WORDS or ctx.tag(j) != "CD" or not ctx.texts[j].isdigit():
        return None
    return j + 1


def _compass_extension(ctx: _Context, j: int) -> int | None:
    """End of a place whose name ends in a capitalised compass point the model left out
    ("Orlando" + "West"): a district of the place, one name."""
    if ctx.lower(j) not in _COMPASS or ctx.in_ent[j] or not ctx.capitalised_proper(j):
        return None
    return None if ctx.capitalised_proper(j + 1) else j + 1


def _opener_name_end(ctx: _Context, j: int) -> int | None:
    """End of a body's name that opens with a head word ("Consorzio" + "Vetrai Venezia",
    "Alliance" + "des infirmières du Québec") when the model took only the head."""
    end = j
    while end < ctx.n and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
        end += 1
    return end if end > j else _romance_name_end(ctx, j)


def _romance_name_end(ctx: _Context, j: int) -> int | None:
    """End of a French, Spanish or Italian body's name that runs on from its head word
    over linking words and lowercase nouns to a capitalised name ("Alliance" + "des
    infirmières du Québec", "Syndicat" + "des agents de bord d'Air Boréal")."""
    if ctx.lower(j) not in lx.ROMANCE_LINKS:
        return None
    for k in range(j, min(j + 8, ctx.n)):
        text = ctx.texts[k]
        if _is_elided_link(text):
            return _capitalised_end(ctx, k + 1)  # "d'Air Boréal"
        if ctx.lowers[k] in lx.ROMANCE_LINKS and ctx.text(k + 1)[:1].isupper():
            return _capitalised_end(ctx, k + 1)  # "du Québec"
        if not (text.isalpha() and text.islower()):
            return None
    return None


def _is_elided_link(word: str) -> bool:
    """ "d'Air", "l'Université": an elided French article or "de" before a name."""
    return len(word) > 2 and word[:1] in "dl" and word[1] in "'’" and word[2].isupper()


def _capitalised_end(ctx: _Context, k: int) -> int:
    """End of up to three capitalised words from k."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.texts[end][:1].isupper() and ctx.texts[end].isalpha():
        end += 1
    return end


def _saint_extension(ctx: _Context, j: int) -> int | None:
    """End of a name the model cut after a saint's title ("The City of St." + "John's"):
    no name ends in "St.", and the saint's possessive belongs to it."""
    if ctx.lowers[j - 1] not in _SAINTS or not ctx.capitalised_proper(j):
        return None
    return j + 2 if ctx.text(j + 1) in _POSSESSIVES else j + 1


def _before_spaced_dash(ctx: _Context, i: int, j: int) -> int:
    """End of a name before a dash with spaces around it: a dateline's dash or a
    break in the sentence is never inside a name ("DUBBO, NSW - Graziers across")."""
    for k in range(i + 1, j - 1):
        if ctx.texts[k] in _DASHES and ctx.spaced[k] and ctx.spaced[k - 1]:
            return k
    return j


def _before_bracket(ctx: _Context, i: int, j: int) -> int:
    """End of a name before an opening bracket: "Bank of Norland (RDN" is a name and
    the acronym it defines."""
    for k in range(i + 1, j):
        if ctx.texts[k] == "(":
            return k
    return j


def _before_time_word(ctx: _Context, i: int, j: int) -> int:
    """End of a name before a lowercase "before" or "until" the model ran on into
    ("the House of Lords before Easter"): names do not hold them."""
    for k in range(i + 1, j):
        if ctx.texts[k] in _TIME_PREPOSITIONS:
            return k
    return j


def _modifies_common_noun(ctx: _Context, j: int) -> bool:
    """A lone word before a lowercase noun of things or animals ("CT scanners",
    "300 Angus cows"): a kind of thing, not a body."""
    return ctx.text(j).islower() and ctx.lower(j) in lx.NOT_ORG_BEFORE


def _split_possessive(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int, str]]:
    """A known place's possessive inside a name parts the place from what it owns
    ("Pennsylvania's Department of Labor"); a body's own name may hold one
    ("Crook County Sheriff's Office", "Children's Hospital")."""
    for k in range(i + 1, j - 1):
        if ctx.texts[k].translate(_APOSTROPHES) not in ("'s", "'") or ctx.tags[k] != "POS":
            continue
        if all(_is_season_word(word) for word in ctx.lowers[k + 1 : j]):
            return [(i, k, label)]  # "Leopardstown's Christmas meeting": the owner alone
        if not ctx.texts[k + 1][:1].isupper() or place_key(ctx.span_text(i, k)) is None:
            break
        return [(i, k, "GPE"), (k + 1, j, label)]
    return [(i, j, label)]


def _is_season_word(word: str) -> bool:
    """A holiday, month or weekday: what a possessive name owns, not part of the name."""
    return word in lx.HOLIDAYS or _is_date_word(word)


def _raw(ctx: _Context, i: int, j: int, label: str | None) -> RawMention:
    """A mention of tokens [i, j), with its character offsets and text."""
    start, end = ctx.starts[i], ctx.starts[j - 1] + len(ctx.texts[j - 1])
    return RawMention(i, j, start, end, ctx.span_text(i, j), label)


def clean_bounds(doc: Doc, i: int, j: int, label: str) -> tuple[int, int] | None:
    """Token range of the name inside an entity span, or None when nothing is left.

    Drops possessives, a leading "the", trailing prepositions and, for people,
    a leading title; a span without a capitalised word is no name at all.
    """
    i, j = _with_place_possessive(doc, *_trim_edges(doc, i, j), j)
    if label == "PERSON" and i < j:
        i = _skip_title(doc, i, j)
    if i >= j or not any(_has_upper(doc[k].text) for k in range(i, j)):
        return None
    if label == "PERSON" and all(_is_title_word(doc[k].text) for k in range(i, j)):
        return None
    return i, j


def _trim_edges(doc: Doc, i: int, j: int) -> tuple[int, int]:
    while i < j and (_is_edge_junk(doc[i]) or _is_number_word(doc[i])):
        i += 1
    while j > i and (_is_edge_junk(doc[j - 1]) or doc[j - 1].tag_ == "POS"):
        j -= 1
    return i, j


def _with_place_possessive(doc: Doc, i: int, j: int, end: int) -> tuple[int, int]:
    """A possessive trimmed off at j that belongs to the name is put back: a saint's
    ("the City of St. John's", "St Mary's") or a known place's ("Martha's Vineyard")."""
    if j >= end or doc[j].text not in _POSSESSIVES:
        return i, j
    saint = j - 2 >= i and doc[j - 2].lower_ in _SAINTS
    return (i, j + 1) if saint or place_key(doc[i : j + 1].text) is not None else (i, j)


def _is_edge_junk(token: Token) -> bool:
    text = token.text
    if token.is_space or not text.strip():
        return True
    if token.is_punct and not any(ch.isalnum() for ch in text):
        return True
    return normalize(text) in lx.EDGE_STOPWORDS


def _is_number_word(token: Token) -> bool:
    """A lowercase number written out ("eleven Pacific states"): a count, never a name's
    first word, unlike a capitalised one ("Three Rivers")."""
    return token.tag_ == "CD" and token.text.isalpha() and token.text.islower()


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
    return inside_title or any(is_core_title(token.text) for token in tokens)


def _is_portfolio_of_title(ctx: _Context, ent: Span) -> bool:
    """The rest of a "... of State for ..." title that the model read as a body
    ("Secretary of" + "State for Water Resources", "Minister of" + "State for Trade")."""
    if _is_department_of_title(ctx, ent.start, ent.end):
        return True
    return (
        ctx.lower(ent.start - 1) == "of"
        and is_core_title(ctx.text(ent.start - 2))
        and ctx.texts[ent.start] == "State"
        and ctx.lower(ent.start + 1) == "for"
    )


def _is_department_of_title(ctx: _Context, i: int, j: int) -> bool:
    """A company department an officer heads ("Vice President of Human Resources"): part
    of the title, not a body."""
    return (
        ctx.lower(i - 1) == "of"
        and is_core_title(ctx.text(i - 2))
        and normalize(ctx.span_text(i, j)) in lx.CORPORATE_PORTFOLIOS
    )


def _title_before_comma(ctx: _Context, comma: int) -> bool:
    """The words before the comma at `comma` end a title of a few capitalised words and
    links ("Minister of State for Rural Development,"): a name in apposition follows."""
    k = comma - 1
    while k > max(comma - 9, 0) and not is_core_title(ctx.texts[k]):
        if not (ctx.texts[k][:1].isupper() or ctx.lowers[k] in lx.TITLE_LINKS):
            return False
        k -= 1
    return is_core_title(ctx.texts[k]) and k < comma - 1


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


def _is_pure_title_word(text: str) -> bool:
    """A title word that is not also a place ("State" is, "U.S." is not)."""
    return _is_title_word(text) and normalize(text) not in lx.ALIASES and place_key(text) is None


def _is_head_word(word: str) -> bool:
    return word in lx.ORG_HEADS or word in lx.LOC_HEADS or word in lx.CLUB_HEADS


def _first_name_join(ctx: _Context, ent: Span, following: Span | None) -> int | None:
    """End of a person's name the model split after a lone first name ("Jamal" | "Okoro"),
    or after a title and a first name ("Garda Siobhán" | "Kiely").

    The surname is the next entity when it follows at once, or else one or two
    untagged capitalised words ("Carolina Ibáñez Soto"); neither may be a place, a
    title or a head word ("Georgia Tech" stays whole).
    """
    k, end = _skip_title(ctx.doc, ent.start, ent.end), ent.end
    if not _is_given_name_span(ctx, k, end) or place_key(ctx.span_text(k, end)) is not None:
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
    """An untagged capitalised word that may be (part of) a surname."""
    return (
        k < ctx.n
        and ctx.capitalised_proper(k)
        and not ctx.in_ent[k]
        and not _is_head_word(ctx.lowers[k])
        and not _is_title_word(ctx.texts[k])
        and place_key(ctx.texts[k]) is None
    )


def _titled_person_start(ctx: _Context, i: int, j: int, label: str) -> tuple[int, str]:
    """A person the model typed otherwise because of a title ("Detective Constable Marcus Bell").

    When a run of titles is followed by a first name, the name starts there; a
    name that opens with "Mrs" or "Dr" is a person's whatever follows. A name that
    ends in a lowercase noun ("King George station") is not a person's.
    """
    if label != "PERSON" and j - i >= 2 and ctx.lowers[i] in lx.PERSONAL_HONORIFICS:
        return i, "PERSON"
    if label == "PERSON" or j - i < 3 or ctx.lowers[i] in _SAINTS or ctx.texts[j - 1].islower():
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


def _portfolio_prefix_end(ctx: _Context, i: int, j: int, label: str) -> int:
    """Start of a person's name the model glued to the portfolio of a title before it
    ("Secretary of" + "Agriculture Walt Brenneman"): the name starts at a first name,
    else keeps its last two words."""
    if label != "PERSON" or j - i < 3 or ctx.lower(i - 1) not in ("of", "for"):
        return i
    if not is_core_title(ctx.text(i - 2)):
        return i
    given = [k for k in range(i + 1, j - 1) if ctx.lowers[k] in GIVEN_NAMES]
    return given[0] if given else j - 2


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
    while (
        k < i
        and ctx.lowers[k] not in GIVEN_NAMES
        and not _follows_title(ctx, k)
        and not (label == "PERSON" and _follows_role_noun(ctx, k))
    ):
        k += 1
    return (i, label) if k == i else (k, "PERSON")


def _follows_role_noun(ctx: _Context, k: int) -> bool:
    """Token k follows a lowercase noun of a person's role ("forecaster", "winger")."""
    before = ctx.text(k - 1)
    return before.islower() and ctx.tag(k - 1) in _NOUN_TAGS | {"JJ"} and _is_role_word(before)


def _before_portfolio_title(ctx: _Context, j: int) -> bool:
    """A capitalised title like "Minister" follows at j, then a name: what comes before is
    the portfolio ("Community Services Minister Jo Ray"), not a body of that name."""
    return (
        ctx.lower(j) in lx.PORTFOLIO_TITLES
        and ctx.text(j)[:1].isupper()
        and ctx.capitalised_proper(j + 1)
    )


def _place_prefix_end(ctx: _Context, i: int, j: int) -> int:
    """End of the longest known place that opens tokens [i, j), or i when none does."""
    for end in range(j - 1, i, -1):
        if place_key(ctx.span_text(i, end)) is not None:
            return end
    return i


def _is_place_title_before_name(ctx: _Context, k: int) -> bool:
    """A capitalised title held for a place at k, a name after it ("Coun. Jo Ray",
    "Mayor Jo Ray"): the words before it name the place, not a person."""
    if ctx.lowers[k] not in lx.PLACE_TITLES or not ctx.texts[k][:1].isupper():
        return False
    after = k + 2 if ctx.text(k + 1) == "." else k + 1
    return ctx.capitalised_proper(after)


def _place_before_title(ctx: _Context, i: int, k: int) -> bool:
    """Tokens [i, k) name the place of the title at k ("Etobicoke Coun."), unlike the
    words of a longer title ("City Councilor", "Deputy Mayor")."""
    if k <= i or not _is_place_title_before_name(ctx, k):
        return False
    return any(
        not _is_title_word(ctx.texts[m]) and ctx.lowers[m] not in lx.SETTLEMENT_NOUNS
        for m in range(i, k)
    )


def _place_start(ctx: _Context, i: int) -> int:
    """Start of a place the model took only the end of ("Point" + "Douglas"): one or two
    untagged capitalised words before it."""
    k = i
    while k > 0 and i - k < 2 and _loose_name_word(ctx, k - 1):
        k -= 1
    return k


def _follows_title(ctx: _Context, k: int) -> bool:
    """Token k follows a title, whether the tokenizer split its full stop off or not
    ("Sgt. Maricel", "Sgt" + "." + "Maricel")."""
    before = ctx.text(k - 1)
    if before == ".":
        return is_core_title(ctx.text(k - 2) + ".")
    return is_core_title(before)


def _company_prefix_start(ctx: _Context, i: int, j: int, label: str) -> int:
    """Start of a company's name the model took only the end of ("Takumi" + "Robotics
    Corp", "Weller" + "Cho LLP" read as a person): a legal suffix makes the untagged
    capitalised word before it part of it."""
    if label not in ("ORG", "PERSON") or j - i < 2 or ctx.lowers[j - 1] not in lx.ORG_SUFFIXES:
        return i
    return i - 1 if i > 0 and _loose_name_word(ctx, i - 1) else i


def _loose_name_word(ctx: _Context, k: int) -> bool:
    """An untagged capitalised word that may be a first name (not a title or head word)."""
    return (
        not ctx.in_ent[k]
        and ctx.capitalised_proper(k)
        and not _is_title_word(ctx.texts[k])
        and not _is_head_word(ctx.lowers[k])
    )


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
    if first == k or k == i:
        return i, label
    if label == "PERSON" or any(ctx.lowers[m] in lx.PERSON_PARTICLES for m in range(k, i)):
        return first, "PERSON"
    return i, label


def _is_not_a_name(ctx: _Context, ent: Span) -> bool:
    """Model entities that name nothing: units ("degrees Fahrenheit"), peoples ("First
    Nations") and lone common words it read as names ("Farmers gave...", "Defending,
    her lawyer said")."""
    k = ent.start
    if ctx.lowers[k] in lx.NOT_NAMES or ctx.lower(k - 1) == "degrees":
        return True
    if _without_the(normalize(ent.text)) in lx.PEOPLES:
        return True
    if any(_AMOUNT.fullmatch(ctx.texts[m]) for m in range(k, ent.end)):
        return True  # "RM62.6mil": a sum of money
    if ent.end - k == 1 and ctx.lowers[k] in lx.COMMON_ABBREVIATIONS:
        return True
    if ent.end - k == 1 and ctx.texts[k] in lx.CAPITALISED_ABBREVIATIONS:
        return True
    if ent.end - k == 1 and _is_post_nominal_after_person(ctx, k):
        return True
    if _is_flight_code(ctx, ent) or _is_lone_title_abbreviation(ctx, ent):
        return True
    if _is_office_title(ctx, ent):
        return True
    if ent.end - k != 1:
        return False
    if ctx.texts[k].removesuffix(".") == "I":
        return True  # "Neither am I.": the pronoun
    if ctx.lowers[k] in lx.SIDE_WORDS:
        return True  # "Crown counsel", "the Opposition": a side, not a body
    if ctx.lower(k - 1) == "the" and is_core_title(ctx.texts[k]):
        return True  # "the Premier said": a title standing for its holder
    if ent.label_ in ("PERSON", "ORG") and _is_sentence_initial_noun(ctx, k):
        return True
    if ent.label_ in ("PERSON", "ORG") and _is_epithet_of_relative(ctx, k):
        return True
    return _is_common_word(ctx, k, ent.label_)


def _is_office_title(ctx: _Context, ent: Span) -> bool:
    """ "the Inspector-General of Police" with no name after it: a title standing for its
    holder, not a body; only title words come before the "of"."""
    k = ent.start + 1 if ctx.lowers[ent.start] == "the" else ent.start
    if ctx.lower(k - 1) != "the" or ctx.capitalised_proper(ent.end):
        return False
    of = next((m for m in range(k, ent.end) if ctx.lowers[m] == "of"), None)
    if of is None or of == k:
        return False
    words = [ctx.texts[m] for m in range(k, of) if ctx.texts[m] not in _DASHES]
    return all(is_core_title(word) for word in words)


def _is_dateline_region_abbreviation(ctx: _Context, k: int) -> bool:
    """A province or state abbreviated after the city of a dateline ("CLINTON, Ont. -"):
    the city's region, not a person."""
    word = ctx.lowers[k].removesuffix(".")
    if word + "." not in lx.STATE_ABBREVIATIONS or ctx.lower(k - 1) != ",":
        return False
    if not (ctx.texts[k].endswith(".") or ctx.text(k + 1) == "."):
        return False
    return 1 <= k - 1 <= 4 and all(ctx.texts[m][:1].isupper() for m in range(k - 1))


def _is_flight_code(ctx: _Context, ent: Span) -> bool:
    """An airline's code and a flight number ("flight KA 412"): a flight, not the airline."""
    if ent.end - ent.start != 2:
        return False
    code, number = ctx.texts[ent.start], ctx.texts[ent.start + 1]
    return (
        len(code) == 2
        and code.isupper()
        and code.isalnum()
        and number.isdigit()
        and len(number) <= 4
    )


def _is_lone_title_abbreviation(ctx: _Context, ent: Span) -> bool:
    """An abbreviated title the model took for a name ("Det." of "Det. Sgt. Alicia Moreno")."""
    k = ent.start
    if ent.end - k != 1 or ctx.lowers[k].removesuffix(".") not in lx.TITLE_ABBREVIATIONS:
        return False
    return ctx.texts[k].endswith(".") or ctx.text(k + 1) == "."


def _is_sentence_initial_noun(ctx: _Context, k: int) -> bool:
    """A word the model called a person or a body only where it opens a sentence, which
    the article otherwise writes in lowercase ("Diphtheria is a disease", "Overtime could
    still be imposed") or the tagger reads as a common noun or adjective there ("Turnout
    fell", "Happy fans"): a common word. A name is capitalised mid-sentence somewhere."""
    return (
        _starts_sentence(ctx, k)
        and (ctx.lowers[k] in ctx.lowercase_words or _is_common_opener(ctx, k))
        and ctx.texts[k] not in ctx.mid_sentence_capitals
        and ctx.lowers[k] not in GIVEN_NAMES
        and place_key(ctx.texts[k]) is None
    )


def _is_common_opener(ctx: _Context, k: int) -> bool:
    """The tagger reads the word at k as a common noun or adjective that modifies no word
    after it ("Ridership has recovered", "Proud of them"); before a noun or adjective it
    may be a body's name the tagger misread ("Apple boss", "Sarathi chief executive")."""
    return ctx.tags[k] in _NAME_OR_COMMON_TAGS and ctx.tag(k + 1) not in _MODIFIED_TAGS


def _is_epithet_of_relative(ctx: _Context, k: int) -> bool:
    """A word opening a sentence before a relative's name ("Proud mum Jane Hale"): it
    describes the relative; a name never stands before "mum" and another name."""
    return (
        _starts_sentence(ctx, k)
        and ctx.texts[k] not in ctx.mid_sentence_capitals
        and ctx.lowers[k] not in GIVEN_NAMES
        and ctx.text(k + 1).islower()
        and (ctx.lowers[k + 1] in lx.KIN_NOUNS or ctx.lowers[k + 1] in lx.KIN_NAMES)
        and k + 2 < ctx.n
        and ctx.ent_label_at[k + 2] == "PERSON"
    )


def _is_post_nominal_after_person(ctx: _Context, k: int) -> bool:
    """Letters after a person's name that the model tagged apart ("Jane Doe" + "KC")."""
    return (
        ctx.lowers[k] in lx.POST_NOMINALS
        and ctx.texts[k].isupper()
        and ctx.ent_label_ending[k - 1] == "PERSON"
    )


def _is_common_word(ctx: _Context, k: int, label: str) -> bool:
    """A lone word the model called a name that the article shows to be a common word:
    tagged as a plural, verb or adverb, or also written in lowercase, and never tagged
    as a name ("Farmers gave...", "Drop-in clinics"); or a participle opening a
    sentence ("Defending, her lawyer said"); or an adjective of nationality read as a
    place ("Ukrainian officials")."""
    if lx.COARSE_TYPE.get(label) is None:
        return False
    if ctx.tags[k] in _PROPER_TAGS:
        return ctx.lowers[k].endswith("ing") and ctx.text(k + 1) == "," and _starts_sentence(ctx, k)
    if ctx.tags[k] == "JJ" and label in ("GPE", "LOC") and ctx.lowers[k].endswith(_DEMONYM_ENDS):
        return True
    if ctx.texts[k] in ctx.proper_words or ctx.texts[k] in ctx.acronyms:
        return False  # "The FRLA said": an acronym the tagger read as a plural
    return ctx.tags[k] in _COMMON_TAGS or ctx.lowers[k] in ctx.lowercase_words


def _is_common_capital(ctx: _Context, k: int) -> bool:
    """A lone capitalised word that names no person, place or body: a family word used as
    a name ("Mum"), a holiday ("since Easter"), a stage direction ("(Laughs.)")."""
    word = ctx.lowers[k]
    if word in lx.KINSHIP_NAMES or word in lx.HOLIDAYS:
        return True
    return word in lx.STAGE_DIRECTIONS and ctx.text(k - 1) in {"(", "["}


def _starts_sentence(ctx: _Context, k: int) -> bool:
    return _starts_sentence_at(ctx.texts, k)


def _starts_sentence_at(texts: Sequence[str], k: int) -> bool:
    """After a stop, a break or an opening quote; a clock time's "a.m." holds its stop."""
    before = texts[k - 1] if k > 0 else ""
    return k == 0 or before.isspace() or before in {".", "!", "?", '"', "“", "‘", "a.m.", "p.m."}


def _without_leading_modifier(ctx: _Context, i: int, j: int) -> int:
    """Start of a name after a preposition that opens the sentence ("Outside Auckland City
    Hospital") or a lowercase direction ("west Phoenix"): neither belongs to the name."""
    if j - i < 2:
        return i
    word = ctx.lowers[i]
    if word in _OPENING_PREPOSITIONS and _starts_sentence(ctx, i):
        return i + 1
    if _is_opening_participle(ctx, i):
        return i + 1
    return i + 1 if word in _LOWER_DIRECTIONS and ctx.texts[i].islower() else i


def _is_opening_participle(ctx: _Context, k: int) -> bool:
    """A participle opening the sentence before a name ("Sentencing Furlong, the judge
    said"): no given name ("Sterling") and never capitalised mid-sentence."""
    return (
        _starts_sentence(ctx, k)
        and ctx.lowers[k].endswith("ing")
        and ctx.lowers[k] not in GIVEN_NAMES
        and ctx.texts[k] not in ctx.mid_sentence_capitals
        and (ctx.tags[k] == "VBG" or ctx.lowers[k] in ctx.lowercase_words)
    )


def _opens_with_place_adjective(ctx: _Context, i: int, j: int) -> bool:
    """ "Regional Victoria", "rural Queensland": an adjective before a known place, when
    the whole is no place of its own."""
    if j - i < 2 or ctx.lowers[i] not in _PLACE_ADJECTIVES:
        return False
    return place_key(ctx.span_text(i + 1, j)) is not None and place_key(ctx.span_text(i, j)) is None


def _without_post_nominals(ctx: _Context, i: int, j: int) -> int:
    """End of a person's name before letters like "KC" or "MBE" ("Andrew Lyle KC")."""
    while j - i > 1 and ctx.lowers[j - 1] in lx.POST_NOMINALS and ctx.texts[j - 1][:1].isupper():
        j -= 1
    return j


def _without_trailing_common_nouns(ctx: _Context, i: int, j: int) -> int:
    """End of a name before lowercase nouns the model ran on into ("Civic First party")."""
    end = j
    while (
        end - i > 1
        and ctx.tags[end - 1] in _NOUN_TAGS
        and ctx.texts[end - 1].islower()
        and ctx.lowers[end - 1] not in lx.NAME_PARTICLES
        and ctx.lowers[end - 1] not in lx.STATION_WORDS
        and ctx.doc[end - 2].whitespace_
    ):
        end -= 1
    if end == j or not any(ctx.texts[k][:1].isupper() for k in range(i, end)):
        return j
    return end


def _before_score(ctx: _Context, i: int, j: int) -> int:
    """End of a name before a score the model ran on into, and whatever follows it
    ("Liverpool 2-1", "the Toronto Maple Leafs 4-3 Saturday")."""
    for k in range(i + 1, j):
        if _is_score_at(ctx, k) and ctx.texts[k - 1][:1].isupper():
            return k
    return j


def _place_after_preposition(ctx: _Context, i: int, j: int) -> int | None:
    """Start of a known place after "on", "in" or "at" that the model ran a body's name on
    into ("Brightwater Senior Living on Dayton's east side"); a formal name holding
    "for" keeps its region ("Organization for Security and Co-operation in Europe")."""
    if any(ctx.lowers[k] == "for" for k in range(i, j)):
        return None
    for k in range(i + 1, j - 1):
        if ctx.texts[k] in ("on", "in", "at") and place_key(ctx.span_text(k + 1, j)) is not None:
            return k + 1
    return None


def _street_after_on(ctx: _Context, i: int, j: int) -> int | None:
    """Start of a street the model ran a shop's or a pub's name on into ("the Golden
    Wok on Kelby Road"): the premises is the business there, the street a place."""
    if j < 2 or ctx.lowers[j - 1] not in _STREET_HEADS:
        return None
    for k in range(i + 1, j - 2):
        if ctx.texts[k] == "on" and ctx.capitalised_proper(k + 1):
            return k + 1
    return None


def _is_score_at(ctx: _Context, k: int) -> bool:
    """A score starts at token k: "4-3" as one token, or "4", "-", "3"."""
    if ctx.tags[k] != "CD":
        return False
    if re.fullmatch(r"\d{1,3}[-–]\d{1,3}", ctx.texts[k]):
        return True
    return ctx.text(k + 1) in _DASHES and ctx.tag(k + 2) == "CD"


def _org_name_extension(ctx: _Context, j: int) -> int | None:
    """End of an organisation's name the model cut short.

    It runs on over untagged capitalised head words ("Granite State" +
    "Mutual") and, after an institution's head word, over "of" and the
    capitalised words after it ("Harmon County Court" + "of Common Pleas").
    """
    end = j
    while end < ctx.n and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
        if ctx.lowers[end] not in lx.ORG_HEADS:
            break
        end += 1
    if ctx.lower(end - 1) in lx.ORG_HEADS and ctx.lower(end) == "of":
        last = end + 1
        while last < ctx.n and ctx.capitalised_proper(last) and not ctx.in_ent[last]:
            last += 1
        if last > end + 1:
            end = last
    return end if end > j else None


def _org_portfolio_extension(ctx: _Context, i: int, j: int) -> int | None:
    """End of a ministry's name that lists its portfolios ("Ministry of Youth Affairs" +
    ", Sports and the Arts"): after "<head> of/for ...", a comma list of [the] capitalised
    words ending in "and [the] <Words>", none of them a place, a person or an acronym,
    and only the last one tagged by the model ("Ministry of Health, Reuters and ...").
    A lone "and" takes one more portfolio the model left untagged ("Department of
    Labor" + "and Industry"), not a title ("and Skills Minister")."""
    heads = [k for k in range(i + 1, j - 1) if ctx.lowers[k] in ("of", "for")]
    if not heads or ctx.lowers[heads[0] - 1] not in lx.ORG_HEADS:
        return None
    if ctx.lower(j) == "and":
        end = _portfolio_words_end(ctx, j + 1)
        untitled = end is not None and not any(map(_is_title_word, ctx.texts[j + 1 : end]))
        return end if untitled and end and not any(ctx.in_ent[j + 1 : end]) else None
    if ctx.text(j) != ",":
        return None
    k = j
    while ctx.text(k) == ",":
        k += 1 + (ctx.lower(k + 1) == "the")  # ", the Environment and Water"
        end = _portfolio_words_end(ctx, k)
        if end is None or any(ctx.in_ent[k:end]):
            return None
        k = end
    if ctx.lower(k) != "and":
        return None
    k += 1 + (ctx.lower(k + 1) == "the")
    return _portfolio_words_end(ctx, k)


def _portfolio_words_end(ctx: _Context, k: int) -> int | None:
    """End of one to three capitalised words at k that name no place or person."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.capitalised_proper(end):
        word = ctx.texts[end]
        if ctx.ent_label_at[end] in ("PERSON", "GPE") or word.isupper() or place_key(word):
            return None
        end += 1
    return end if end > k and not ctx.text(end)[:1].isupper() else None


def _org_head_extension(ctx: _Context, j: int) -> int | None:
    """End of a body named after a place or person ("Alaska" + "Legislature"), or of
    a team in a sports story ("Golden State" + "Warriors")."""
    end = j
    while (
        end < ctx.n
        and ctx.capitalised_proper(end)
        and not ctx.in_ent[end]
        and (ctx.lowers[end] in lx.ORG_HEADS or (ctx.sports and _plural_team(ctx, end)))
    ):
        end += 1
    return end if end > j else None


def _possessive_place_extension(ctx: _Context, j: int) -> int | None:
    """End of a place named by a possessive and words ending in a place's head word that
    the model cut after the possessive ("Queen's" + "Park", "Cutler's" + "Point Baths")."""
    k = j if ctx.text(j - 1) in _POSSESSIVES else j + 1
    if k == j + 1 and ctx.text(j) not in _POSSESSIVES:
        return None
    end = k
    while end < min(k + 3, ctx.n) and ctx.capitalised_proper(end):
        if ctx.in_ent[end] and not (ctx.ent_label_at[end] and ctx.ent_label_ending[end]):
            return None  # a word may be tagged alone ("Queen's" + "Park"), not inside a name
        end += 1
    if end == k or ctx.capitalised_proper(end):
        return None
    last = ctx.lowers[end - 1]
    return end if last in _POSSESSIVE_PLACE_HEADS or last in lx.LOC_HEADS else None


def _worship_extension(ctx: _Context, j: int) -> int | None:
    """End of a place of worship's name the model cut short ("Greater Mount" +
    "Olive Baptist Church"): untagged capitalised words up to a church's head word."""
    end, last = j, None
    while end < min(ctx.n, j + 4) and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
        end += 1
        if ctx.lowers[end - 1] in lx.WORSHIP_HEADS:
            last = end
    return last


def _split_parts(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int]]:
    """Names the model ran together: a photo credit "Boundary Line/Rohan Mehta", or
    two places read as one title ("Ruse and Vidin" as a WORK_OF_ART), a list of streets
    ("Mombasa Road, Ngong Road")."""
    slashes = [k for k in range(i + 1, j - 1) if ctx.texts[k] == "/"]
    if not slashes:
        slashes = _street_list_commas(ctx, i, j) or _place_list_commas(ctx, i, j)
    if slashes:
        bounds = [i, *slashes, j]
        parts = [(a + (a != i), b) for a, b in pairwise(bounds)]
        return [(a, b) for a, b in parts if b > a and ctx.texts[a][:1].isupper()]
    if j - i != 3 or ctx.lowers[i + 1] != "and":
        return [(i, j)]
    if (
        place_key(ctx.texts[i]) is not None
        and place_key(ctx.texts[i + 2]) is not None
        and place_key(ctx.span_text(i, j)) is None
    ):
        return [(i, i + 1), (i + 2, j)]
    if lx.COARSE_TYPE.get(label) is not None:
        return [(i, j)]
    if not (ctx.capitalised_proper(i) and ctx.capitalised_proper(i + 2)):
        return [(i, j)]
    return [(i, i + 1), (i + 2, j)]


def _split_at_role(ctx: _Context, i: int, j: int, label: str) -> list[tuple[int, int, str]]:
    """A body or place, a role and a person the model read as one name ("Acme
    spokesperson Jo Ray", "Ofcom chief executive Jo Ray", "Kibra MCA Jo Ray"): the role
    is a title, so the body (or place) and the person are two mentions."""
    for k in range(i + 1, j - 1):
        if _place_before_title(ctx, i, k):
            return [(i, k, "GPE"), (k + 2 if ctx.texts[k + 1] == "." else k + 1, j, "PERSON")]
        if _is_lower_role(ctx, k):
            return _split_at_lower_role(ctx, i, k, j, label)
    return [(i, j, label)]


def _split_at_lower_role(
    ctx: _Context, i: int, role: int, j: int, label: str
) -> list[tuple[int, int, str]]:
    """ "Acme" + "chief executive" + "Jo Ray", when capitalised words stand either side."""
    name = role + 1
    while name < j - 1 and _is_lower_role(ctx, name):
        name += 1
    words = [*range(i, role), *range(name, j)]
    if not all(ctx.texts[k][:1].isupper() for k in words):
        return [(i, j, label)]
    body = "GPE" if place_key(ctx.span_text(i, role)) is not None else "ORG"
    return [(i, role, body), (name, j, "PERSON")]


def _is_lower_role(ctx: _Context, k: int) -> bool:
    """A lowercase title or noun of a person's role ("spokesperson", "chief")."""
    word = ctx.texts[k]
    return word.islower() and (is_core_title(word) or word in lx.PERSON_DESCRIPTIONS)


def _street_list_commas(ctx: _Context, i: int, j: int) -> list[int]:
    """The commas of a list of streets read as one name: each street before a comma
    ends with its head word ("Mombasa Road, Ngong Road"), unlike "Paris, Texas"."""
    commas = [k for k in range(i + 1, j - 1) if ctx.texts[k] == ","]
    if all(ctx.lowers[k - 1] in _STREET_HEADS for k in commas):
        return commas
    return []


def _place_list_commas(ctx: _Context, i: int, j: int) -> list[int]:
    """The commas of a list of places read as one name, when "and" and a last name follow
    it ("to Kelby, Ashton and Marr"), unlike "Paris, Texas, and Dallas"."""
    commas = [k for k in range(i + 1, j - 1) if ctx.texts[k] == ","]
    if not commas or ctx.lower(j) not in {"and", "or"} or not ctx.text(j + 1)[:1].isupper():
        return []
    return [] if any(_is_region_at(ctx, k + 1) for k in commas) else commas


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


def _national_body_extension(ctx: _Context, i: int, j: int, following: Span | None) -> int | None:
    """End of a national body whose service words the model tagged apart from the
    country right after them ("Fire and Emergency" | "New Zealand")."""
    if following is None or following.start != j or not ctx.spaced[j - 1]:
        return None
    return (
        following.end if _is_national_body_name(_words(ctx.span_text(i, following.end))) else None
    )


# --------------------------------------------------------------------------
# Names the model missed
# --------------------------------------------------------------------------


def _unlabelled_names(ctx: _Context, raws: Sequence[RawMention]) -> list[RawMention]:
    """Names the model did not tag, found by their shape or their place in the text.

    Runs of capitalised words ending in an organisation's head word ("Analysts
    at Harwick Securities"), clubs in a sports story ("Riverside Rovers", "the
    Western Plains Rams"), the agency in a dateline ("Bucharest, March 7
    (Meridian Wire) -"), places after "the town of" or before a mayor's title,
    and a body's other names: a bare acronym of it, a name after a dash.
    """
    covered = bytearray(ctx.in_ent)
    for raw in raws:
        covered[raw.i : raw.j] = b"\x01" * (raw.j - raw.i)
    bodies = _Bodies(
        ends={raw.j for raw in raws if raw.label == "ORG"},
        initials={initials for raw in raws if (initials := _body_initials(raw))},
    )
    found: list[RawMention] = []
    k = 0
    while k < ctx.n:
        if not covered[k] and _is_platform_at(ctx, k):
            found.append(_platform_raw(ctx, k))
            k += 1
        elif covered[k] or not _may_open_name(ctx, k, bodies):
            k += 1
        else:
            mentions, k = _run_mentions(ctx, k, _run_end(ctx, k, covered), covered, bodies)
            if found and mentions and mentions[0].i < found[-1].j:
                mentions = mentions[1:]  # "Harbour and ...": the last name found holds it
            found.extend(mentions)
    return found


@dataclass(frozen=True)
class _Bodies:
    """What the tagged bodies say about untagged runs: where their names end (another
    name may follow after a dash) and the initials of the long ones (a bare acronym)."""

    ends: set[int]
    initials: set[str]


def _may_open_name(ctx: _Context, k: int, bodies: _Bodies) -> bool:
    return (
        ctx.capitalised_proper(k)
        or _mistagged_given_name(ctx, k)
        or (_is_club_head_at(ctx, k + 1) and not _starts_sentence(ctx, k))
        or ctx.texts[k] in bodies.initials  # "The GLAA said", the acronym tagged as a noun
    )


def _run_end(ctx: _Context, k: int, covered: bytearray) -> int:
    """End of the untagged run of capitalised words at k, over particles and hyphens."""
    end = k
    while (
        end < ctx.n
        and not covered[end]
        and (end == k or ctx.capitalised_proper(end) or _is_club_head_at(ctx, end))
    ):
        end += 1
        if _particle_joint(ctx, end, covered) or _hyphen_joint(ctx, end, covered):
            end += 1  # "Mocímboa da Praia", "Amaral-Dunne"
        linked = _place_link_end(ctx, end)
        if linked is not None and not covered[linked - 1]:
            end = linked  # "Hay-on-Wye"
    return end


def _place_link_end(ctx: _Context, k: int) -> int | None:
    """End of a place's name that goes on at k over hyphenated lowercase links to a
    capitalised word ("Hay" + "-on-Wye", "Walton-on-the-Naze"), if it does."""
    end = k
    while (
        end + 2 < ctx.n
        and ctx.texts[end] == "-"
        and ctx.lowers[end + 1] in lx.PLACE_LINK_WORDS
        and ctx.texts[end + 2] == "-"
        and not any(ctx.spaced[end - 1 : end + 2])
    ):
        end += 2
    return end + 2 if end > k and ctx.text(end + 1)[:1].isupper() else None


def _run_mentions(
    ctx: _Context, k: int, end: int, covered: bytearray, bodies: _Bodies
) -> tuple[list[RawMention], int]:
    """The mentions in the untagged run [k, end), and where scanning goes on."""
    title = _place_title_in_run(ctx, k, end)
    if title is not None:
        person = [_raw(ctx, title + 1, end, "PERSON")] if end - title >= 3 else []
        return [_raw(ctx, k, title, "GPE"), *person], end
    titled_end = _without_trailing_title(ctx, k, end)
    if titled_end < end and _before_portfolio_title(ctx, titled_end):
        place_end = _place_prefix_end(ctx, k, titled_end)  # "Ontario" of "Ontario Energy"
        return ([_raw(ctx, k, place_end, "GPE")] if place_end > k else []), end
    end = titled_end
    person_start = _titled_name_start(ctx, k, end)
    if person_start is not None:
        return [_raw(ctx, person_start, end, "PERSON")], end
    end = _possessive_head_end(ctx, end, covered) or end
    while end < ctx.n and not covered[end] and _is_capitalised_org_head(ctx, end):
        end += 1  # "North Wales Police", "Police" tagged as a plural noun
    body_end = _romance_name_end(ctx, end) if ctx.lowers[k] in lx.ORG_OPENERS else None
    if body_end is None or any(covered[end:body_end]):
        body_end = _body_of_end(ctx, end, covered)
    if body_end is not None:
        return [_raw(ctx, k, body_end, "ORG")], body_end
    return _labelled_run(ctx, k, end, bodies), end


def _labelled_run(ctx: _Context, k: int, end: int, bodies: _Bodies) -> list[RawMention]:
    """The run [k, end) as one mention, if its shape or context gives its label."""
    dashed = k - 1 in bodies.ends and _dashed_name_end(ctx, k - 1) == end
    spelled = end - k == 1 and ctx.texts[k] in bodies.initials
    if _is_department_of_title(ctx, k, end):
        return []
    label = "ORG" if dashed or spelled else _run_label(ctx, k, end)
    start = _conjoined_start(ctx, k, end, label or "")
    if start is not None:
        return [_raw(ctx, start, end, "ORG")]  # "Harbour and" + "Lifting Authority"
    return [] if label is None else [_raw(ctx, k, end, label)]


def _without_trailing_title(ctx: _Context, i: int, j: int) -> int:
    """End of an untagged run before the title of the person named after it ("Bloc MP"
    + "Jo Ray"): the title belongs to neither."""
    if j >= ctx.n or ctx.ent_label_at[j] != "PERSON":
        return j
    end = j
    while end - i > 1 and is_core_title(ctx.texts[end - 1]):
        end -= 1
    return end


def _place_title_in_run(ctx: _Context, i: int, j: int) -> int | None:
    """Where a title held for a place stands in an untagged run, after the place's name
    ("Etobicoke Coun.", "New Brunswick Premier Alain Theriault"), if it does."""
    for k in range(i + 1, j):
        if _place_before_title(ctx, i, k):
            return k
    return None


def _mistagged_given_name(ctx: _Context, k: int) -> bool:
    """A capitalised given name mid-sentence that the tagger read as a common word
    ("all Birthe Kjær"): it opens a name when a proper noun follows it."""
    return (
        ctx.texts[k][:1].isupper()
        and ctx.lowers[k] in GIVEN_NAMES
        and not _starts_sentence(ctx, k)
        and ctx.capitalised_proper(k + 1)
    )


def _is_club_head_at(ctx: _Context, k: int) -> bool:
    """In a sports story a capitalised club word ends a club's name even when the tagger
    reads it and the word before as common words ("beat Ardley Athletic 3-0")."""
    return ctx.sports and ctx.text(k)[:1].isupper() and ctx.lower(k) in lx.CLUB_HEADS


def _particle_joint(ctx: _Context, k: int, covered: bytearray) -> bool:
    """A lowercase particle at k between two capitalised words of one name."""
    return (
        k + 1 < ctx.n
        and ctx.texts[k].islower()
        and ctx.lowers[k] in lx.NAME_PARTICLES
        and not covered[k + 1]
        and ctx.capitalised_proper(k + 1)
    )


def _hyphen_joint(ctx: _Context, k: int, covered: bytearray) -> bool:
    """An unspaced hyphen at k between two capitalised words ("Ashby-Grant")."""
    return (
        k + 1 < ctx.n
        and ctx.texts[k] == "-"
        and not ctx.spaced[k - 1]
        and not ctx.spaced[k]
        and not covered[k + 1]
        and ctx.capitalised_proper(k + 1)
    )


def _titled_name_start(ctx: _Context, i: int, j: int) -> int | None:
    """Start of the person at the end of an untagged run of a title and a name with a
    double-barrelled surname ("Chief Executive Lionel Ashby-Grant", "City Councilor
    Rosa Amaral-Dunne"): the word after the role word is a first name. After a title
    run, a given name and one or two more words are a person too ("Dr. Ana Ruiz")."""
    k = _skip_title(ctx.doc, i, j)
    named = k > i and ctx.lowers[k] in GIVEN_NAMES and 2 <= j - k <= 3
    if named and not any(_is_head_word(word) for word in ctx.lowers[k:j]):
        return k
    m = j - 4
    if m <= i or ctx.texts[j - 2] != "-" or not _is_role_word(ctx.lowers[m - 1]):
        return None
    words = ctx.lowers[m:j]
    if any(_is_head_word(word) or place_key(word) is not None for word in words):
        return None
    return m


def _is_role_word(word: str) -> bool:
    """A capitalised role before a name: a title or a noun of people ("Councilor")."""
    return (
        _is_title_word(word)
        or word in lx.PERSON_DESCRIPTIONS
        or (len(word) > 5 and word.endswith(("or", "er", "ist")))
    )


def _possessive_head_end(ctx: _Context, end: int, covered: bytearray) -> int | None:
    """End of a body's name that holds a possessive before its head word ("Dock
    Workers' Union", "District Attorney's Office"), if the run at end goes on so."""
    head = end + 1
    if head >= ctx.n or covered[end] or covered[head] or ctx.spaced[end - 1]:
        return None
    if ctx.texts[end].translate(_APOSTROPHES) not in ("'s", "'"):
        return None
    return head + 1 if _is_capitalised_org_head(ctx, head) else None


def _body_of_end(ctx: _Context, end: int, covered: bytearray) -> int | None:
    """End of an untagged body's name "<head> of <Name>" ("the Port of Antwerp-Bruges"):
    the capitalised words after "of", with names joined by a hyphen."""
    if ctx.lower(end - 1) not in lx.ORG_HEADS and ctx.lower(end - 1) != "port":
        return None
    if ctx.lower(end) != "of":
        return None
    last = end + 1
    while last < ctx.n and not covered[last] and _name_word_or_joint(ctx, last):
        last += 1
    return last if last > end + 1 and ctx.capitalised_proper(last - 1) else None


def _name_word_or_joint(ctx: _Context, k: int) -> bool:
    """A capitalised word, or a hyphen joining two ("Antwerp-Bruges")."""
    if ctx.capitalised_proper(k):
        return True
    return ctx.texts[k] == "-" and not ctx.spaced[k - 1] and ctx.capitalised_proper(k + 1)


def _is_capitalised_org_head(ctx: _Context, k: int) -> bool:
    return ctx.texts[k][:1].isupper() and ctx.lowers[k] in lx.ORG_HEADS


def _is_platform_at(ctx: _Context, k: int) -> bool:
    """A social platform named at token k ("a Facebook post"; "wrote on X" but not "Mr X")."""
    word = ctx.lowers[k].removesuffix(".")
    if word not in lx.SOCIAL_PLATFORMS or not ctx.texts[k][:1].isupper():
        return False
    if word not in lx.AMBIGUOUS_PLATFORMS:
        return True
    if ctx.lower(k + 1) in lx.PLATFORM_CONTEXT:
        return True
    return ctx.lower(k - 1) == "on" and not ctx.capitalised_proper(k + 1)


def _platform_raw(ctx: _Context, k: int) -> RawMention:
    """A platform's one-token name, without the full stop a sentence's end glued to it
    ("wrote on X.")."""
    text = ctx.texts[k].removesuffix(".")
    return RawMention(k, k + 1, ctx.starts[k], ctx.starts[k] + len(text), text, "ORG")


def _run_label(ctx: _Context, i: int, j: int) -> str | None:
    """The label of an untagged run of capitalised words, if its shape or context tells."""
    last = ctx.lowers[j - 1]
    if ctx.lower(i - 1) == "(" and ctx.text(j) == ")" and ctx.text(j + 1) in _DASHES:
        return "ORG" if i < 12 else None
    if _is_dateline(ctx, i, j) or _is_place_follower(ctx.lower(j)):
        return "GPE"
    name = " ".join(ctx.texts[i:j])
    key = place_key(name)
    if key is not None and key not in lx.AMBIGUOUS_PLACES and not _starts_sentence(ctx, i):
        return "LOC" if key in lx.GEOGRAPHIC else "GPE"
    single = (
        j - i == 1
        or (j - i == 3 and ctx.texts[i + 1].islower())
        or (j - i == 2 and ctx.lowers[i] in _PLACE_NAME_ARTICLES)
    )
    if single and ctx.lower(i - 1) == "of" and ctx.lower(i - 2) in lx.SETTLEMENT_NOUNS:
        return "GPE"
    if single and (_ends_place_list(ctx, i) or _lone_word_after_in(ctx, i)):
        return "GPE"
    if j - i == 1 and _inside_place_list(ctx, i):
        return "GPE"
    if _told_outlet(ctx, i, j) or _broadcast_outlet(ctx, i, j):
        return "ORG"
    if j - i == 1 and _is_acronym_word(ctx.texts[i]) and ctx.lower(j) in lx.ORG_HEADS:
        return "ORG"  # "the RMT union": an acronym before a body's head noun
    if _is_name_after_long_title(ctx, i, j):
        return "PERSON"  # "the Minister of State for Trade, Chan Sophea, said"
    if _is_french_place_name(ctx.span_text(i, j)) or _has_place_link(ctx, i, j):
        return "GPE"  # "flights to Sept-Îles", "near Hay-on-Wye"
    if _is_always_org(normalize(ctx.span_text(i, j))):
        return "ORG"  # "outside the Dáil"
    if j - i < 2 or _is_title_word(ctx.texts[i]):
        return None
    if last in lx.ORG_HEADS or ctx.lowers[i] in lx.ORG_OPENERS:
        return "ORG"
    if last in lx.LOC_HEADS and _after_place_preposition(ctx, i):
        return "GPE"  # "a plant in Sheet Harbour", "a hearing at the Dane County Courthouse"
    if j - i >= 3 and last in _STREET_HEADS and ctx.lowers[i] in _LOWER_DIRECTIONS:
        return "FAC"  # "East Sprague Avenue": a street
    if j - i <= 3 and ctx.lower(i - 1) == "by" and ctx.lower(i - 2) in _CREDIT_WORDS:
        return "PERSON"  # "Reporting by Marloes Hendriks"
    if (
        j - i - ctx.texts[i:j].count("-") <= 3  # "Lionel Ashby-Grant" is two words
        and ctx.lowers[i] in GIVEN_NAMES
        and not any(_is_head_word(word) for word in ctx.lowers[i + 1 : j])
    ):
        return "PERSON"
    if ctx.sports and (last in lx.CLUB_HEADS or _plural_team(ctx, j - 1)):
        return "ORG"
    return None


def _is_name_after_long_title(ctx: _Context, i: int, j: int) -> bool:
    """A name of two or three words set off by commas after a long title, which the model
    misses as it reads the title as a body's name."""
    return (
        2 <= j - i <= 3
        and ctx.text(i - 1) == ","
        and (ctx.text(j) == "," or ctx.tag(j) in {"VBD", "VBZ"})
        and place_key(ctx.span_text(i, j)) is None
        and _title_before_comma(ctx, i - 1)
    )


def _has_place_link(ctx: _Context, i: int, j: int) -> bool:
    """A lowercase link between hyphens inside [i, j): a place's name ("Hay-on-Wye")."""
    return any(ctx.texts[k] == "-" and _place_link_end(ctx, k) for k in range(i + 1, j - 1))


def _after_place_preposition(ctx: _Context, k: int) -> bool:
    """Token k follows a preposition of place, with or without "the" ("in", "at the"):
    "at" counts here, as the name ends in a place's head word."""
    before = ctx.lower(k - 1)
    if before == "the":
        before = ctx.lower(k - 2)
    return before == "at" or before in lx.PLACE_PREPOSITIONS


def _lone_word_after_in(ctx: _Context, k: int) -> bool:
    """An untagged name after "in" that the article never writes in lowercase: a town
    ("the hospital in Owo"), unless it is a head word, a language or a holiday."""
    word = ctx.lowers[k]
    return (
        ctx.lower(k - 1) in lx.PLACE_PREPOSITIONS
        and ctx.lower(k - 2) not in lx.NOT_PLACE_BEFORE_IN
        and ctx.texts[k] not in ctx.lowercase_words
        and word not in ctx.lowercase_words
        and not _is_head_word(word)
        and not _is_title_word(word)
        and word not in lx.LANGUAGES
        and word not in lx.HOLIDAYS
    )


def _told_outlet(ctx: _Context, i: int, j: int) -> bool:
    """A news outlet someone spoke to: "told The Chronicle that" (a capital "The"
    inside a sentence opens a title), "told the Echo" (a paper's one-word name)."""
    outlet = ctx.text(i - 1) == "The" or (
        ctx.text(i - 1) == "the" and j - i == 1 and ctx.lowers[i] in lx.ORG_HEADS
    )
    return (
        outlet
        and ctx.lower(i - 2) == "told"
        and not any(_is_title_word(word) for word in ctx.texts[i:j])
    )


def _broadcast_outlet(ctx: _Context, i: int, j: int) -> bool:
    """A station someone spoke to or on: "told DZRH radio", "on KQED television"."""
    return ctx.lower(j) in _BROADCAST_NOUNS and ctx.lower(i - 1) in {"told", "on", "to"}


def _ends_place_list(ctx: _Context, k: int) -> bool:
    """The last of a list of places after a preposition, the one before it tagged
    as a place ("in Allentown, Erie and [Williamsport]")."""
    if ctx.lower(k - 1) not in {"and", "or"} or ctx.ent_label_ending[k - 2] not in ("GPE", "LOC"):
        return False
    listed, first = _list_preposition(ctx, k - 1)
    return listed in lx.PLACE_PREPOSITIONS and ctx.lower(first - 2) not in lx.NOT_PLACE_BEFORE_IN


def _inside_place_list(ctx: _Context, k: int) -> bool:
    """A name between commas right after a place the model tagged ("Middleton, [Pugwash],
    Sheet Harbour"): the next item of a list of places."""
    return (
        k >= 2
        and ctx.lower(k - 1) == ","
        and ctx.ent_label_ending[k - 2] in ("GPE", "LOC")
        and ctx.lower(k + 1) in {",", "and", "or"}
    )


def _plural_team(ctx: _Context, k: int) -> bool:
    """A capitalised plural that ends a team's name ("Rams", "Sharks")."""
    word = ctx.lowers[k]
    return (
        ctx.tags[k] == "NNPS"
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_TEAM_PLURALS
        and word not in lx.LOC_HEADS
    )


# --------------------------------------------------------------------------
# Evidence around each mention
# --------------------------------------------------------------------------


def _add(votes: Votes, kind: EntityType, weight: float) -> None:
    votes[kind] = votes.get(kind, 0.0) + weight


def _context_votes(ctx: _Context, raw: RawMention) -> Votes:
    """What the words around one mention say it is."""
    votes: Votes = {}
    i, j = raw.i, raw.j
    if _is_quoted(ctx, i, j) or _is_illness(ctx, i, j) or _is_language(ctx, i, j):
        votes["MISC"] = _QUOTED
        return votes
    if _is_storm_name(ctx, i) or _in_quoted_title(ctx, i, j):
        votes["MISC"] = _QUOTED
        return votes
    if ctx.lower(i - 1) in lx.ANIMAL_NOUNS:
        votes["MISC"] = _QUOTED  # "her filly Ardmore Lass": an animal, named like a person
        return votes
    if (
        raw.label == "NORP"
        and ctx.text(j).islower()
        and ctx.tag(j) in ("JJ", "NN", "NNS")
        and ctx.lower(j) not in lx.PLACE_FOLLOWERS
    ):
        return votes  # a nationality before a noun: "in Dutch political history"
    _person_cues(ctx, i, j, votes)
    _place_cues(ctx, i, j, raw.label, votes)
    _org_cues(ctx, i, j, raw.label, votes)
    _appositive_cues(ctx, i, j, votes)
    return votes


def _is_quoted(ctx: _Context, i: int, j: int) -> bool:
    """A name alone in quote marks: 'Her debut, "Iron Weather," was published'."""
    if ctx.lower(i - 1) in {"the", "a", "an"}:
        i -= 1
    if ctx.text(i - 1) not in _OPEN_QUOTES or ctx.lower(i - 2) in lx.NICKNAME_WORDS:
        return False
    after = ctx.text(j)
    return after in _CLOSE_QUOTES or (after in {",", "."} and ctx.text(j + 1) in _CLOSE_QUOTES)


def _is_storm_name(ctx: _Context, i: int) -> bool:
    """A name after a storm's title ("Typhoon Kalayo", "Storm Darragh"): the storm's,
    wherever it is written alone later."""
    return ctx.lower(i - 1) in lx.STORM_WORDS and ctx.text(i - 1)[:1].isupper()


def _in_quoted_title(ctx: _Context, i: int, j: int) -> bool:
    """A name inside a short quoted run of capitalised words and commas: a title of a
    work that lists things ('a cookbook, "Salt, Sumac, Smoke", which')."""
    start = i
    while start > max(i - 6, 0) and _title_list_token(ctx, start - 1):
        start -= 1
    end = j
    while end < min(j + 6, ctx.n) and _title_list_token(ctx, end):
        end += 1
    if ctx.text(start - 1) not in _OPEN_QUOTES or ctx.text(end) not in _CLOSE_QUOTES:
        return False
    return any(ctx.texts[k] == "," for k in range(start, end))


def _title_list_token(ctx: _Context, k: int) -> bool:
    return ctx.texts[k] == "," or (ctx.texts[k][:1].isupper() and ctx.texts[k].isalpha())


def _is_illness(ctx: _Context, i: int, j: int) -> bool:
    """A lone word the article writes before a noun of illness ("Lassa fever") names
    the illness wherever it stands ("Lassa cases", "Lassa will be back"), as does a
    well-known illness's own name ("COVID-19")."""
    if normalize(ctx.span_text(i, j)) in lx.ILLNESS_NAMES:
        return True
    return j - i == 1 and ctx.lowers[i] in ctx.illnesses and place_key(ctx.texts[i]) is None


def _is_language(ctx: _Context, i: int, j: int) -> bool:
    """A lone language name ("sung in Uzbek"): never a place, whatever precedes it."""
    return j - i == 1 and ctx.lowers[i] in lx.LANGUAGES


def _is_age(text: str) -> bool:
    return text.isdigit() and 0 < int(text) < 120


def _person_cues(ctx: _Context, i: int, j: int, votes: Votes) -> None:
    if ctx.lower(i - 1) in lx.PERSON_TITLES_BEFORE:
        _add(votes, "PERSON", _CUE)
    after = ctx.text(j)
    if _is_age(ctx.text(j + 1)) and (
        (after == "," and ctx.text(j + 2) in {",", ")", "."})
        or (after == "(" and ctx.text(j + 2) == ")")
    ):
        _add(votes, "PERSON", _CUE)
    if ctx.lower(j) == "told" and ctx.lower(j + 1) in _TOLD_LISTENERS:
        _add(votes, "PERSON", _WEAK_CUE)
    if ctx.text(j) == ":" and _starts_paragraph(ctx, i):
        _add(votes, "PERSON", _CUE)
    if _given_only_as(ctx, i):
        _add(votes, "PERSON", _CUE)


def _given_only_as(ctx: _Context, i: int) -> bool:
    """ "gave his name only as Derek", "identified only as Ama": a person who withholds
    the rest of their name."""
    if ctx.lower(i - 1) != "as" or ctx.lower(i - 2) != "only":
        return False
    return ctx.lower(i - 3) in {"name", "identified", "known"}


def _starts_paragraph(ctx: _Context, k: int) -> bool:
    """Token k opens a paragraph: an interview's "O'Rourke: ..." names its speaker."""
    return k == 0 or "\n" in ctx.texts[k - 1]


def _place_cues(ctx: _Context, i: int, j: int, label: str | None, votes: Votes) -> None:
    before, after = ctx.lower(i - 1), ctx.lower(j)
    if _town_after_place_word(ctx, i, j, label):
        _add(votes, "LOC", _TOWN)  # "volunteers from Tuam", "the bypass around Millcreek"
    in_list = before in {"and", "or"} or (before == "," and ctx.lower(j) in {",", "and", "or"})
    if in_list and label != "PERSON":
        listed, first = _list_preposition(ctx, i - 1)
        if listed in lx.PLACE_PREPOSITIONS and ctx.lower(first - 2) not in lx.NOT_PLACE_BEFORE_IN:
            _add(votes, "LOC", _WEAK_CUE)
    if before == "from":
        said_of = ctx.lower(i - 2)
        if (
            said_of in lx.FROM_PLACE_NOUNS
            or said_of in lx.TRAVEL_VERBS
            or _noun_kind(said_of) == "PERSON"
            or (said_of == "," and _is_age(ctx.text(i - 3)))
        ):
            _add(votes, "LOC", _CUE)  # "a widow from X", "Jane Doe, 74, from X"
        elif after == "to" or (after == "back" and ctx.lower(j + 1) == "to"):
            _add(votes, "LOC", _WEAK_CUE)
        elif any(ctx.lower(k) in lx.TRAVEL_VERBS for k in range(i - 5, i - 2)):
            _add(votes, "LOC", _WEAK_CUE)  # "flew to the site from X"
    if before == "to" and ctx.lower(i - 2) in lx.MOVE_VERBS:
        _add(votes, "LOC", _WEAK_CUE)  # "on Monday they move to X"
    if before == "of" and ctx.ent_label_ending[i - 2] == "PERSON" and label != "ORG":
        _add(votes, "LOC", _WEAK_CUE)
    if before == "for" and ctx.lower(i - 2) in lx.SEAT_TITLES and label != "ORG":
        _add(votes, "LOC", _CUE)  # "the MP for Kinross Downs": an electoral seat
    if before == "off" and ctx.tag(i - 2) in _NOUN_TAGS | {"RB"}:
        _add(votes, "LOC", _WEAK_CUE)  # "at anchor off Vlissingen", "just off Kessendam"
    if before == "the" and ctx.tag(j) not in _NOUN_TAGS and _ambiguous_place(ctx, i, j):
        _add(votes, "LOC", _CUE)  # "the Amazon", "the Jordan": not the company or person
    if after in {"city", "town"} and ctx.lower(j + 1) in {"centre", "center", "hall"}:
        _add(votes, "LOC", _CUE)
    if (
        before == "the"
        and ctx.lower(i - 2) in lx.PLACE_PREPOSITIONS
        and label not in ("ORG", "NORP")
        and ctx.tag(j) not in _NOUN_TAGS
    ):
        _add(votes, "LOC", _WEAK_CUE)
    if (
        before in lx.PLACE_PREPOSITIONS
        and _word_before(ctx, i - 2) not in lx.NOT_PLACE_BEFORE_IN
        and after not in _POSSESSIVES
    ):
        _add(votes, "LOC", _CUE)
    if (
        before == "via"
        and j - i == 1
        and after not in _POSSESSIVES
        and ctx.lowers[i].removesuffix(".") not in lx.SOCIAL_PLATFORMS
    ):
        _add(votes, "LOC", _CUE)  # "diverted via Castleford": a route's town
    if after in _DASHES and ctx.lower(j + 1) in lx.PLACE_HYPHEN_FOLLOWERS and label != "NORP":
        _add(votes, "LOC", _CUE)
    if _is_place_follower(after):
        _add(votes, "LOC", _WEAK_CUE)
    if before == "of" and ctx.lower(i - 2) in lx.SETTLEMENT_NOUNS:
        _add(votes, "LOC", _CUE)
    if before == "of" and ctx.lower(i - 2) in lx.PLACE_BEFORE_OF:
        _add(votes, "LOC", _CUE)
    if before == "the" and ctx.lower(i - 2) == "of" and ctx.lower(i - 3) in lx.PLACE_BEFORE_OF_THE:
        _add(votes, "LOC", _CUE)
    if _in_such_as_place_list(ctx, i, j):
        _add(votes, "LOC", _CUE)
    if _before_plural_place_noun(ctx, j):
        _add(votes, "LOC", _CUE)
    if before == "of" and ctx.text(i - 2) == "," and _is_age(ctx.text(i - 3)):
        _add(votes, "LOC", _CUE)
    if after == "," and _is_region_at(ctx, j + 1):
        _add(votes, "LOC", _CUE)
    if _is_dateline(ctx, i, j) or _is_dateline_region(ctx, i, j):
        _add(votes, "LOC", _CUE)
    if _is_rail_line(ctx, i, j):
        _add(votes, "LOC", _SHAPE)


def _is_rail_line(ctx: _Context, i: int, j: int) -> bool:
    """ "on the Circle Line", "Jubilee Line trains": a railway line, a place, though the
    model reads "Line" as a company's name ("Holland America Line")."""
    if j - i < 2 or ctx.lower(j - 1) != "line":
        return False
    travelled = ctx.lower(i - 1) == "the" and ctx.lower(i - 2) in {"on", "along"}
    return travelled or ctx.lower(j) in lx.RAIL_WORDS


def _word_before(ctx: _Context, k: int) -> str:
    """The word at k, or before it when k closes a quote ("'full confidence' in X")."""
    return ctx.lower(k - 1) if ctx.text(k) in _CLOSE_QUOTES else ctx.lower(k)


def _ambiguous_place(ctx: _Context, i: int, j: int) -> bool:
    """A gazetteer place that is also a company or person's name ("Amazon", "Jordan")."""
    return j - i <= 2 and place_key(ctx.span_text(i, j)) in lx.AMBIGUOUS_PLACES


def _is_place_follower(word: str) -> bool:
    """ "Millersburg resident", "the Tapajós river": the name before is a place's."""
    return word in lx.PLACE_FOLLOWERS or word in lx.FEATURE_FOLLOWERS


def _before_plural_place_noun(ctx: _Context, j: int) -> bool:
    """A name in a list that a plural noun of places closes ("Tarrant, Denton and Collin
    counties"): each name is a place of that kind."""
    k = j
    while k < min(j + 8, ctx.n) and (
        ctx.texts[k] in {",", "and", "or"} or ctx.capitalised_proper(k)
    ):
        k += 1
    return ctx.lower(k) in lx.PLURAL_PLACE_NOUNS and ctx.lower(k - 1) not in {",", "and", "or"}


def _in_such_as_place_list(ctx: _Context, i: int, j: int) -> bool:
    """A name in a list after "such as" whose other names are places ("stations such
    as Batley, Mirfield and Todmorden", the last tagged as a place)."""
    start = i
    while start > max(i - 12, 0) and _list_token(ctx, start - 1):
        start -= 1
    if ctx.lower(start - 1) != "as" or ctx.lower(start - 2) != "such":
        return False
    end = j
    while end < min(j + 12, ctx.n) and _list_token(ctx, end):
        end += 1
    if not any(ctx.lowers[k] in {",", "and", "or"} for k in range(start, end)):
        return False
    return any(
        (ctx.ent_label_at[k] in ("GPE", "LOC") or place_key(ctx.texts[k]) is not None)
        for k in (*range(start, i), *range(j, end))
        if ctx.texts[k][:1].isupper()
    )


def _list_token(ctx: _Context, k: int) -> bool:
    return ctx.capitalised_proper(k) or ctx.lowers[k] in {",", "and", "or"}


def _town_after_place_word(ctx: _Context, i: int, j: int, label: str | None) -> bool:
    """A town of the small gazetteer where a place is expected: after "in", "from",
    "around" or "residents of", or before a noun of homes, shops and people ("a Tuam
    takeaway"). Not a club in a sports story, nor a people ("Cornish")."""
    name = ctx.span_text(i, j)
    if ctx.sports or label in (None, "NORP") or normalize(name) not in towns():
        return False
    if place_key(name) is not None or ctx.lower(j) in _POSSESSIVES:
        return False  # the big gazetteer's place; "testimony from Voss's foreman"
    if ctx.lower(j) == "in" and _is_region_at(ctx, j + 1):
        return True  # "Claremorris in Co Mayo", "Jinja in Uganda"
    before = ctx.lower(i - 1)
    if before in _DETERMINERS:
        return ctx.lower(j) in lx.TOWN_MODIFIED_NOUNS  # "a Tuam takeaway"
    if before == "of":
        return ctx.lower(i - 2) in lx.TOWN_OF_NOUNS
    if before == "in" and ctx.lower(i - 2) in lx.NOT_PLACE_BEFORE_IN:
        return False
    return before in lx.PLACE_PREPOSITIONS or before in lx.TOWN_PREPOSITIONS


def _list_preposition(ctx: _Context, conjunction: int) -> tuple[str, int]:
    """The word before a list of names that ends at `conjunction` ("in [Mombasa and] Kisumu"),
    and where the list starts; the conjunction itself when there is no such list."""
    k = conjunction - 1
    while k > max(conjunction - 12, 0) and (ctx.capitalised_proper(k) or ctx.texts[k] == ","):
        k -= 1
    if k == conjunction - 1 or ctx.lowers[k] not in lx.PLACE_PREPOSITIONS:
        return ctx.lowers[conjunction], conjunction + 1
    return ctx.lowers[k], k + 1


def _is_region_at(ctx: _Context, k: int) -> bool:
    """A state, country or Irish county name starts at token k ("Ashby Springs, Ohio",
    "Tralee, Co Kerry")."""
    if ctx.lower(k) in lx.COUNTY_WORDS and ctx.text(k + 1)[:1].isupper():
        return True
    for width in (1, 2):
        if ctx.lower(k + width) in _POSSESSIVES:
            continue
        name = " ".join(ctx.lowers[k : k + width])
        if k + width <= ctx.n and (name in lx.US_STATES or name in lx.COUNTRIES):
            return ctx.text(k)[:1].isupper()
    return False


def _is_dateline(ctx: _Context, i: int, j: int) -> bool:
    """The place an article opens with: "BUCHAREST, March 7 -", "Bucharest (Reuters) -",
    "KYIV, Ukraine (AP) -", "HELENA, Mont. -"."""
    if any(not ctx.texts[k].isspace() for k in range(i)):
        return False
    after = ctx.text(j)
    if after == ",":
        return (
            ctx.lower(j + 1) in lx.MONTHS
            or _is_region_abbreviation_at(ctx, j + 1)
            or _is_region_at(ctx, j + 1)
            or _dateline_region_end(ctx, j + 1) is not None
        )
    return after in _DASHES or after == "("


def _is_region_abbreviation_at(ctx: _Context, k: int) -> bool:
    """A state or province abbreviated at token k, its full stop split off or not
    ("Mont.", "Ont" + ".")."""
    word = ctx.lower(k)
    return word in lx.STATE_ABBREVIATIONS or (
        ctx.text(k + 1) == "." and word + "." in lx.STATE_ABBREVIATIONS
    )


def _dateline_region_end(ctx: _Context, k: int) -> int | None:
    """End of the region after a dateline's comma ("PORTHLEVEN, [Cornwall] -"): one to
    three capitalised words, then the dateline's dash or agency bracket."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.capitalised_proper(end):
        end += 1
    if end == k or not ctx.spaced[end - 1]:
        return None  # "Ortega-Baines": a hyphen inside a name, not a dateline's dash
    return end if ctx.text(end) in _DASHES or ctx.text(end) == "(" else None


def _is_dateline_region(ctx: _Context, i: int, j: int) -> bool:
    """The region after a dateline's place: "MANGAKAHU, [Northland] -" names a place."""
    comma = i - 1
    if ctx.text(comma) != "," or not 0 < comma - ctx.first <= 4:
        return False
    return _dateline_region_end(ctx, i) == j and _is_dateline(ctx, ctx.first, comma)


def _uppercase_dateline(ctx: _Context) -> tuple[int, int] | None:
    """Bounds of a place written in capitals at the head of the article ("THUNDER BAY,
    Ont. -", "ST. JOHN'S, N.L. -", "HALIFAX -"): the tagger reads capitals as common
    words, so the model misses or mislabels it, but a dateline always names a place."""
    start = end = ctx.first
    while end < min(start + 6, ctx.n) and (
        _is_capitals(ctx.texts[end]) or (end > start and ctx.texts[end] == ".")
    ):
        end += 1
    if end == start or not _is_dateline(ctx, start, end):
        return None
    return start, end


def _is_capitals(word: str) -> bool:
    return word.isupper() and any(ch.isalpha() for ch in word)


def _org_cues(ctx: _Context, i: int, j: int, label: str | None, votes: Votes) -> None:
    before, after = ctx.lower(i - 1), ctx.lower(j)
    if before == "for" and ctx.lower(i - 2) in lx.WORK_FOR_VERBS:
        _add(votes, "ORG", _CUE)  # "worked for X", "played for X": an employer or club
    if label == "PERSON" and after == "," and ctx.lower(j + 1) == "which":
        _add(votes, "ORG", _WEAK_CUE)
    if after in lx.ORG_LEAD_ROLES and _person_starts_near(ctx, j + 1):
        _add(votes, "ORG", _CUE)
    if before in {"of", "in"} and ctx.lower(i - 2) in lx.ORG_BEFORE_OF:
        _add(votes, "ORG", _CUE)
    if before == "at" and ctx.lower(i - 2) in lx.ORG_STAFF_AT:
        _add(votes, "ORG", _CUE)
    if _told_outlet(ctx, i, j) or (
        before == "the" and j - i == 1 and ctx.lowers[i] in lx.ORG_HEADS
    ):
        _add(votes, "ORG", _CUE)  # "told The Chronicle", "the Herald", "the Bureau"
    if ctx.sports and before in lx.CLUB_HOST_VERBS and ctx.tag(i - 1) not in ("VB", "VBG"):
        _add(votes, "ORG", _CUE)
    if ctx.sports and _club_cue(ctx, i):
        _add(votes, "ORG", _CUE)
    if ctx.sports and _in_fixture(ctx, i, j, label):
        _add(votes, "ORG", _FIXTURE if ctx.lowers[j - 1] in lx.LOC_HEADS else _CUE)
    if after in lx.ORG_AFTER:
        _add(votes, "ORG", _WEAK_CUE)
    if before in lx.ORG_ACQUIRE_VERBS or (
        before == "by" and ctx.lower(i - 2) in lx.ORG_OPERATOR_VERBS
    ):
        _add(votes, "ORG", _CUE)  # "acquired X", "a mine operated by X"
    if after == "," and ctx.lower(j + 1) == "founded" and ctx.lower(j + 2) == "in":
        _add(votes, "ORG", _WEAK_CUE)  # "X, founded in 2019, said"
    if _reports_results(ctx, j):
        _add(votes, "ORG", _CUE)
    if after in _POSSESSIVES and ctx.lower(j + 1) in lx.ORG_AFTER_POSSESSIVE:
        _add(votes, "ORG", _WEAK_CUE)


def _club_cue(ctx: _Context, i: int) -> bool:
    """Words that only go before a club: "on loan from X", "signed from X", "ten-man X",
    "home side X"."""
    before = ctx.lower(i - 1)
    if before == "from":
        return ctx.lower(i - 2) in lx.CLUB_FROM_WORDS
    if before in {"man", "men"}:
        return _after_number(ctx, i - 1)  # "ten-man X"
    return before in lx.CLUB_SIDE_WORDS and ctx.lower(i - 2) in {"home", "away"}


def _in_fixture(ctx: _Context, i: int, j: int, label: str | None) -> bool:
    """The name is one side of a fixture: "Hallam visit X", "X beat Hallam", "who beat
    X 3-0". Two people on either side ("Ruud beat Sinner") are a singles match."""
    if ctx.lower(i - 1) in lx.MATCH_VERBS and i >= 2:
        other_label = ctx.ent_label_ending[i - 2]
        if not (_names_a_side(ctx, i - 2) or _is_score_at(ctx, j)):
            return False
        if ctx.lower(i - 1) in lx.VISIT_VERBS and _reads_as_town(ctx, i, j, label):
            return False  # "Chesapeake visit Columbus": the city is visited too
    elif ctx.lower(j) in lx.MATCH_VERBS and j + 1 < ctx.n:
        other_label = ctx.ent_label_at[j + 1]
        if not _names_a_side(ctx, j + 1):
            return False
    else:
        return False
    return not (label == "PERSON" and other_label == "PERSON")


def _names_a_side(ctx: _Context, k: int) -> bool:
    """A capitalised name at k, even one the tagger reads as a common noun ("Hexley")."""
    return ctx.capitalised_proper(k) or (ctx.text(k)[:1].isupper() and ctx.tag(k) == "NN")


def _reads_as_town(ctx: _Context, i: int, j: int, label: str | None) -> bool:
    """A known place, or a name the model reads as a town (GPE)."""
    return label == "GPE" or place_key(ctx.span_text(i, j)) is not None


def _reports_results(ctx: _Context, j: int) -> bool:
    """ "X reported a quarterly profit", "X posted record sales": a company's verb."""
    if ctx.lower(j) not in lx.ORG_RESULT_VERBS:
        return False
    return any(ctx.lower(k) in lx.ORG_RESULT_NOUNS for k in range(j + 1, j + 4))


def _person_starts_near(ctx: _Context, k: int) -> bool:
    """A PERSON entity starts at k or after one more role word ("chief executive X")."""
    if k >= ctx.n:
        return False
    if ctx.ent_label_at[k] == "PERSON":
        return True
    return k + 1 < ctx.n and ctx.lowers[k].islower() and ctx.ent_label_at[k + 1] == "PERSON"


def _appositive_cues(ctx: _Context, i: int, j: int, votes: Votes) -> None:
    """ "Marcus Ellery, a biologist at ..." and "its transport agency, Carrow Metro, said"."""
    head: str | None = None
    if ctx.text(j) == "," and ctx.lower(j + 1) in _DETERMINERS:
        if _opens_with_preposition(ctx, i):
            return  # "For Labour, the shadow secretary said": the subject follows
        head = _appositive_head_after(ctx, j + 2)
    elif ctx.text(i - 1) == "," and ctx.text(j) == ",":
        head = _appositive_head_before(ctx, i - 2)
    elif ctx.tag(i - 1) == "NN" and ctx.text(i - 1).islower() and not _after_number(ctx, i - 1):
        head = ctx.lowers[i - 1]
    if head is None:
        return
    kind = _noun_kind(head)
    if kind is not None:
        _add(votes, kind, _CUE)


def _after_number(ctx: _Context, k: int) -> bool:
    """The noun at k ends a numeric compound ("ten-man", "two-car"), a modifier, not a head."""
    return ctx.text(k - 1) in _DASHES and ctx.tag(k - 2) == "CD"


def _opens_with_preposition(ctx: _Context, i: int) -> bool:
    """The name follows a preposition that opens its sentence ("For Labour, ...")."""
    return ctx.tag(i - 1) == "IN" and _starts_sentence(ctx, i - 1)


def _appositive_head_after(ctx: _Context, k: int) -> str | None:
    """The head of "a biologist at", "the Leeds-based maker of": the last noun before a stop."""
    head: str | None = None
    for m in range(k, min(k + 6, ctx.n)):
        tag = ctx.tags[m]
        if tag.startswith(("VBD", "VBZ")):
            return None  # a clause, not an appositive: "X, the company said"
        if tag in _APPOSITIVE_STOPS:
            break
        if tag in _NOUN_TAGS:
            head = ctx.lowers[m]
    return head


def _appositive_head_before(ctx: _Context, k: int) -> str | None:
    """The noun before ", Name," when a determiner or possessive opens its phrase."""
    if ctx.tag(k) not in _NOUN_TAGS:
        return None
    for m in range(k - 1, max(k - 5, -1), -1):
        if ctx.lowers[m] in _DETERMINERS or ctx.tags[m] == "POS":
            return ctx.lowers[k]
        if ctx.tags[m] not in _NOUN_TAGS and not ctx.tags[m].startswith("JJ"):
            return None
    return None


def _noun_kind(noun: str) -> EntityType | None:
    """PERSON for nouns of people ("biologist"), ORG for nouns of bodies ("agency"), LOC
    for nouns of places ("the capital of")."""
    if noun in lx.AMBIGUOUS_ROLE_NOUNS:
        return None
    if noun in lx.APPOSITIVE_PLACE_NOUNS:
        return "LOC"
    if noun in lx.APPOSITIVE_ORG_NOUNS:
        return "ORG"
    if noun in lx.ORG_DESCRIPTIONS:
        return None if noun in lx.PERSON_DESCRIPTIONS else "ORG"
    if noun in lx.PERSON_DESCRIPTIONS:
        return "PERSON"
    if len(noun) > 6 and noun.endswith(("ologist", "ist", "ian", "eer")):
        return "PERSON"
    return None


def _lists(ctx: _Context, raws: Sequence[RawMention]) -> Iterable[list[int]]:
    """Mentions listed together ("Hollins Town or Castle Vale", "Digby, Middleton and
    Pugwash"), as lists of indices; each mention is read in one chain at most."""
    by_start = {raw.i: index for index, raw in enumerate(raws)}
    read = bytearray(len(raws))
    for index in range(len(raws)):
        if read[index]:
            continue
        chain, closed = _chain_from(ctx, raws, by_start, index)
        for m in chain:
            read[m] = 1
        if closed:
            yield chain


def _chain_from(
    ctx: _Context, raws: Sequence[RawMention], by_start: dict[int, int], index: int
) -> tuple[list[int], bool]:
    """The mentions joined to mention `index` by commas, "and" or "or" (names the model
    missed may stand between them), and whether "and"/"or" closes them into a list ("A,
    B and C"): a chain of commas alone is no list."""
    chain = [index]
    k = raws[index].j
    while True:
        if ctx.lower(k) == "," and ctx.lower(k + 1) in {"and", "or"}:
            k += 1  # "A, B, and C"
        link = ctx.lower(k)
        if link not in {",", "and", "or"}:
            return chain, False
        following = by_start.get(k + 1)
        if following is not None:
            chain.append(following)
            k = raws[following].j
        else:
            start = k + 1
            k = _capitalised_end(ctx, start)  # a name the model missed
            if k == start:
                return chain, False
        if link != ",":
            return chain, True


# --------------------------------------------------------------------------
# Evidence in the name itself
# --------------------------------------------------------------------------


def _shape_votes(words: Sequence[str], sports: bool) -> Votes:
    """What a name's own words say: head words, first names, clubs (lowercase words)."""
    if not words:
        return {}
    last = words[-1]
    head = last
    for n in range(1, len(words) - 1):
        if words[n] in ("of", "for"):
            head = words[n - 1]
            break
    first_name = len(words) >= 2 and words[0] in GIVEN_NAMES
    if _is_law(words):
        return {"MISC": _SHAPE}
    if len(words) >= 2 and words[-2] in lx.ROAD_HEADS and any(ch.isdigit() for ch in last):
        return {"LOC": _SHAPE}
    if len(words) > 2 and words[0] == "port" and words[1] == "of":
        return {"ORG": _SHAPE}  # "Port of Rotterdam": the port authority
    if len(words) > 2 and words[0] in lx.MUNICIPAL_HEADS and words[1] == "of":
        return {"ORG": _SHAPE}  # "City of St. John's": the council
    if sports and last in lx.CLUB_HEADS and len(words) >= 2:
        return {"ORG": _CLUB_PLACE if last in lx.PLACE_LIKE_CLUB_HEADS else _SHAPE}
    if sports and last in lx.VENUE_HEADS and len(words) >= 2 and not first_name:
        return {"LOC": _SHAPE}  # "Canadian Tire Centre": where the game is played
    if head in lx.ORG_SUFFIXES or (len(words) == 1 and _is_always_org(head)):
        return {"ORG": _SHAPE}
    if len(words) >= 3 and words[-2] == "medical" and last in {"center", "centre"}:
        return {"ORG": _SHAPE}  # "Cedar Regional Medical Center": a hospital, a body
    if first_name and len(words) == 2 and head in lx.SURNAME_HEADS:
        return {"PERSON": _FIRST_NAME}
    if len(words) >= 2 and (head in lx.ORG_HEADS or words[0] in lx.ORG_OPENERS):
        return {"ORG": _SHAPE}
    if _is_campaign_name(words):
        return {"ORG": _SHAPE}
    if len(words) >= 2 and words[0] in _SAINTS and last in lx.WORSHIP_HEADS:
        return {"LOC": _SHAPE}  # "St. Ann Church": a building
    if len(words) >= 2 and (head in lx.LOC_HEADS or words[0] in lx.LOC_PREFIXES):
        return {"LOC": _SHAPE}
    if len(words) == 2 and (words[0] in lx.PLACE_ARTICLES or words[0] in lx.COUNTY_WORDS):
        return {"LOC": _SHAPE}
    if len(words) >= 2 and last == "district" and words[-2] in lx.QUARTER_WORDS:
        return {"LOC": _SHAPE}  # "the Central Business District": a part of a city
    if first_name:
        return {"PERSON": _FIRST_NAME}
    if len(words) == 2 and last == "state" and _may_name_a_state(words[0]):
        return {"LOC": _WEAK_CUE}
    return {}


def _is_campaign_name(words: Sequence[str]) -> bool:
    """Campaign and watchdog groups: "Save Hexley Woods", "Healthwatch Kelby",
    "Neighbourhood Watch"; no person's name opens with a verb or holds "watch"."""
    if len(words) < 2:
        return False
    return words[0] in lx.CAMPAIGN_OPENERS or any(word.endswith("watch") for word in words)


def _is_always_org(word: str) -> bool:
    """A lone word that always names a body: "Parliament", "Police", "the Knesset"."""
    return word in _ALWAYS_ORG_WORDS or word in lx.LEGISLATURES


def _may_name_a_state(word: str) -> bool:
    """ "Edo State", "Kaduna State" are states; "Ohio State" is a university and
    "Islamic State" a group."""
    return (
        word not in lx.US_STATES and place_key(word) is None and not word.endswith(_ADJECTIVE_ENDS)
    )


def _written_shape_votes(name: str) -> Votes:
    """What the written form of a name says beyond its words: a first word and a
    double-barrelled surname make a person ("Zsófia Kovács-Nagy"), an acronym or a sport
    before a place makes a body ("ETH Zurich", "Tennis Australia")."""
    parts = name.split()
    if len(parts) == 1 and _is_acronym(name) and place_key(name) is None:
        return {"ORG": _CUE}  # "LSEG", "OSCE": people go by their names, bodies by initials
    if _is_french_place_name(name):
        return {"LOC": _SHAPE}  # "Baie-Comeau", "Val-d'Or"
    if len(parts) == 3 and parts[1] == "&" and place_key(name) is None:
        return {"ORG": _SHAPE}  # "Hearth & Harbor", "Marks & Spencer": a firm or charity
    if _is_national_body_name(parts):
        return {"ORG": _SHAPE}  # "Tennis Australia", "Fire and Emergency New Zealand"
    if len(parts) != 2:
        return {}
    first, second = parts
    if first.casefold() in lx.AREA_PREFIXES and place_key(second) is not None:
        return {"LOC": _SHAPE}  # "Metro Vancouver", "Greater Manchester": a wider area
    if place_key(second) is not None and _is_acronym(first) and place_key(first) is None:
        return {"ORG": _SHAPE}
    if (
        first.translate(_APOSTROPHES).endswith("'s")
        and second.casefold() in _POSSESSIVE_PLACE_HEADS
    ):
        return {"LOC": _SHAPE}  # "Gee's Bend", "Queen's Park": a place
    if second.casefold() in lx.PLACE_SERVICE_ENDS and place_key(first) is not None:
        return {"ORG": _SHAPE}  # "Ontario Health", "Manitoba Hydro": a public body
    if first.casefold() in lx.PLURAL_SERVICE_WORDS and place_key(second) is not None:
        return {"ORG": _SHAPE}  # "Parks Victoria", "Roads Scotland": a public agency
    halves = second.split("-")
    if (
        len(halves) == 2
        and all(_is_title_case(part) for part in (first, *halves))
        and not _is_head_word(first.casefold())
        and first.casefold() not in lx.LOC_PREFIXES
        and place_key(first) is None
    ):
        return {"PERSON": _FIRST_NAME}
    return {}


def _is_national_body_name(parts: Sequence[str]) -> bool:
    """Sport or service words, perhaps joined by "and", before a country: the country's
    national body ("Swim England", "Horse Racing Ireland")."""
    for split in range(1, len(parts)):
        if normalize(" ".join(parts[split:])) in lx.COUNTRIES:
            words = [part.casefold() for part in parts[:split]]
            return words[0] in lx.NATIONAL_BODY_WORDS and all(
                word in lx.NATIONAL_BODY_WORDS or word == "and" for word in words
            )
    return False


def _is_french_place_name(name: str) -> bool:
    """A hyphenated name opening with a French word of geography or a number ("Baie-
    Comeau", "Val-d'Or", "Sept-Îles"): a place, as people's double names never do."""
    first, hyphen, rest = name.partition("-")
    return bool(hyphen) and first.casefold() in lx.FRENCH_PLACE_OPENERS and rest[:1].isalpha()


def _is_acronym(word: str) -> bool:
    return (
        2 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and normalize(word) not in lx.ALIASES
    )


def _is_title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _is_law(words: Sequence[str]) -> bool:
    """ "Proceeds of Crime Act", "Senate Bill 412": laws are not bodies or people."""
    if len(words) >= 2 and words[-1] in lx.LAW_HEADS:
        return True
    if len(words) >= 3 and words[-1] == "bill" and words[0] not in GIVEN_NAMES:
        return True  # "Planning and Infrastructure Bill", not "Mary Anne Bill"
    return any(
        word in lx.LAW_WORDS and any(ch.isdigit() for ch in after)
        for word, after in pairwise(words)
    )


# --------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------


def cluster_mentions(
    raws: Sequence[RawMention],
    cues: Sequence[Votes] | None = None,
    *,
    sports: bool = False,
    aliases: dict[str, str] | None = None,
    relatives: tuple[set[str], set[int]] = (set(), set()),
) -> list[str]:
    """The cluster key of each mention: short forms join the fullest name holding them,
    and an acronym defined in the article (`aliases`) joins the name it stands for.

    A bare surname two people share names the one not introduced as a relative
    (`relatives`: their keys, and the mentions whose title says whom they name).
    """
    relative_keys, titled = relatives
    groups = _groups(raws, cues or [{} for _ in raws], aliases or {})
    owners = [""] * len(raws)
    starts: dict[str, list[int]] = {}
    by_word: dict[str, list[_Group]] = {}
    types = {key: group_type(group, sports=sports) for key, group in groups.items()}
    for group in sorted(groups.values(), key=lambda g: -g.size):
        targets = _merge_targets(group, by_word, owners, types, sports)
        subjects = targets - relative_keys or targets
        for m in group.mentions:
            candidates = targets if m in titled else subjects
            owner = _nearest_cluster(raws[m].start, candidates, starts) if targets else group.key
            owners[m] = owner
            bisect.insort(starts.setdefault(owner, []), raws[m].start)
        for form in group.forms:
            for word in set(form):
                by_word.setdefault(word, []).append(group)
    return owners


def _groups(
    raws: Sequence[RawMention], cues: Sequence[Votes], aliases: dict[str, str]
) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for index, raw in enumerate(raws):
        key = _group_key(raw.text)
        key = aliases.get(key, key)
        group = groups.setdefault(key, _Group(key))
        group.forms.add(tuple(normalize(word) for word in _words(raw.text)))
        group.mentions.append(index)
        if raw.label is not None:
            group.labels[raw.label] += 1
        for kind, weight in cues[index].items():
            _add(group.cues, kind, weight)
    return groups


def _words(text: str) -> list[str]:
    """Words of a name for containment: split on spaces and hyphens, possessive off."""
    parts = (part.strip(',;:!?()[]"“”') for part in text.replace("-", " ").split())
    return [part for part in parts if any(ch.isalnum() for ch in part)]


def _merge_targets(
    group: _Group,
    by_word: dict[str, list[_Group]],
    owners: Sequence[str],
    types: dict[str, EntityType],
    sports: bool,
) -> set[str]:
    """Clusters already holding a longer name that contains this group's name.

    A person's name may be held anywhere ("Olivares" in "Carmen Olivares
    Ruiz"); another name only at the start, at the end or before "of"
    ("Kestrel" in "Kestrel Foods", "House" in "Montana House of
    Representatives", not "Tagus" in "Joint Tagus Monitoring Committee").
    """
    targets: set[str] = set()
    for form in group.forms:
        if not form:
            continue
        for longer in by_word.get(form[0], []):
            if (
                longer.size > len(form)
                and _contains(longer, form, anywhere=types[longer.key] == "PERSON")
                and _compatible(group, longer, types, sports)
                and not _owns_longer_name(form, longer)
            ):
                targets.update(owners[m] for m in longer.mentions)
    return targets


def _owns_longer_name(form: tuple[str, ...], longer: _Group) -> bool:
    """A longer name that goes on from this one to a possessive names a body of it, a
    thing of its own ("Hexley Rovers" and "Hexley Rovers Supporters' Trust")."""
    n = len(form)
    return any(
        big[:n] == form and any(word.endswith(("'s", "'")) for word in big[n:])
        for big in longer.forms
    )


def _contains(longer: _Group, form: tuple[str, ...], *, anywhere: bool = True) -> bool:
    n = len(form)
    return any(
        form == big[k : k + n]
        for big in longer.forms
        if len(big) > n
        for k in range(len(big) - n + 1)
        if anywhere or k in (0, len(big) - n) or big[k + n] in ("of", "for")
    )


def _compatible(short: _Group, longer: _Group, types: dict[str, EntityType], sports: bool) -> bool:
    """A short form may join a longer name of the same kind; nothing joins a place.

    A person's bare surname joins the full name whatever the model called it:
    its PERSON/ORG/GPE confusion on lone surnames ("Fauci said") is systematic.
    Only a known place, or a name the text shows to be a place, stays apart.
    A place inside a longer place's name is another place ("Hexley" and
    "Hexley North"), unless the longer names a feature ("the Avalon" of "the Avalon
    Peninsula"), and in a sports story a club's last word is its nickname
    ("Panthers" of "Pune Panthers") whatever the model called it.
    """
    short_type, long_type = types[short.key], types[longer.key]
    if long_type == "PERSON":
        return place_key(short.key) is None and short.cues.get("LOC", 0.0) < _CUE
    if sports and long_type == "ORG" and _club_place(short, longer):
        return True
    if long_type == "ORG" and _opens_company_name(short, longer):
        return True
    if long_type == "LOC" and (_opens_feature_name(short, longer) or _names_county(short, longer)):
        return True
    if long_type == "LOC" or short_type == "LOC":
        return False
    if sports and long_type == "ORG" and short.size == 1 and place_key(short.key) is None:
        word = next(iter(short.forms))[0]
        if any(big[-1] == word for big in longer.forms):
            return True
    short_types = {_coarse(label) for label in short.labels} | {short_type}
    return long_type in short_types or (long_type == "ORG" and _opens_longer_name(short, longer))


def _club_place(short: _Group, longer: _Group) -> bool:
    """In a sports story the place a club is named after ("Chesapeake" of "Chesapeake
    FC") is the club, unless the text shows the place ("in Chesapeake")."""
    if short.size != 1 or short.cues.get("LOC", 0.0) >= _CUE:
        return False
    word = next(iter(short.forms))[0]
    return any(big == (word, big[-1]) and big[-1] in lx.CLUB_ABBREVIATIONS for big in longer.forms)


def _opens_company_name(short: _Group, longer: _Group) -> bool:
    """The first words of a company's or a school's name are the company or school,
    whatever their own words or the model say ("Kestrel Bridge" of "Kestrel Bridge
    Capital", "Velmar" of "Velmar Chemicals", "Whitcomb" of "Whitcomb Elementary"),
    unless the text shows a place or a person."""
    if place_key(short.key) is not None or short.cues.get("LOC", 0.0) >= _CUE:
        return False
    if short.cues.get("PERSON", 0.0) >= _CUE:
        return False
    return any(
        (big[-1] in _COMPANY_ENDS or big[-1] in lx.INDUSTRY_ENDS or big[-1] in lx.SCHOOL_ENDS)
        and big[: len(form)] == form
        and (len(form) >= 2 or form[0] not in GIVEN_NAMES)
        for form in short.forms
        for big in longer.forms
        if len(big) > len(form)
    )


def _opens_feature_name(short: _Group, longer: _Group) -> bool:
    """A word that opens the name of a geographic feature is that feature ("the Avalon"
    of "the Avalon Peninsula"), unless it is a known place of its own."""
    if place_key(short.key) is not None:
        return False
    return any(
        big[-1] in lx.FEATURE_HEADS and big[: len(form)] == form and len(big) == len(form) + 1
        for form in short.forms
        for big in longer.forms
    )


def _names_county(short: _Group, longer: _Group) -> bool:
    """A county's name alone is the county written with its "Co" ("Clare" of "Co Clare"),
    whatever the model called it."""
    return any(
        len(big) == 2 and big[0] in lx.COUNTY_WORDS and (big[1],) == form
        for form in short.forms
        for big in longer.forms
    )


def _opens_longer_name(short: _Group, longer: _Group) -> bool:
    """Two or more words that open a body's longer name are that body, whatever the model
    called them ("Sohar Gateway" of "Sohar Gateway Terminals")."""
    return place_key(short.key) is None and any(
        len(form) >= 2 and big[: len(form)] == form for form in short.forms for big in longer.forms
    )


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


def group_type(group: _Group, *, sports: bool = False) -> EntityType:
    """A group's type before merging: the model's labels, the cues and the name's words."""
    votes: Votes = dict(group.cues)
    for label, count in group.labels.items():
        _add(votes, _coarse(label), _MODEL * count)
    longest = max(group.forms, key=len, default=())
    for kind, weight in _shape_votes(longest, sports).items():
        _add(votes, kind, weight)
    return _decide_type(group.key, votes, None, sports=sports)


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
        preferred.append(first)
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
            if not strong[weak] and kinds[weak] in _LOOSE:
                for kind in sure:
                    _add(extra.setdefault(weak, {}), kind, _CONJUNCT)
    for n, more in extra.items():
        kinds[n] = _decide_type(names[n], _merged(votes[n], more), preferred[n], sports=ctx.sports)
    return kinds


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
    found = _merged(
        _shape_votes([normalize(word) for word in _words(name)], sports), _written_shape_votes(name)
    )
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
    return model, found, first


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


def _is_event_name(name: str, kind: EntityType) -> bool:
    """Races, games and storms the model calls ORG or PERSON ("London Marathon"), or a
    venue ("the Outeniqua Open"): of places only the heads no place name ends with."""
    words = normalize(name).split()
    if not words:
        return False
    if kind == "LOC":
        return words[-1] in _EVENT_ONLY_HEADS and place_key(name) is None
    return words[-1] in lx.EVENT_HEADS or words[0] in lx.STORM_WORDS


def _is_tournament(name: str, sports: bool) -> bool:
    """In a sports story, "the Brisbane International" is a tournament, not its venue."""
    words = normalize(name).split()
    return sports and len(words) >= 2 and words[-1] in lx.SPORTS_EVENT_HEADS


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


# --------------------------------------------------------------------------
# Mentions the model missed
# --------------------------------------------------------------------------


def _add_missed_mentions(
    ctx: _Context,
    raws: list[RawMention],
    clusters: list[list[int]],
    kinds: Sequence[EntityType],
    relatives: set[int],
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
                raws.append(_raw(ctx, k, end, None))
                clusters[cluster].append(len(raws) - 1)
                covered[k:end] = b"\x01" * len(form)
                break
    return [sorted(members, key=lambda m: raws[m].start) for members in clusters]


def _form_index(
    ctx: _Context,
    raws: Sequence[RawMention],
    clusters: Sequence[Sequence[int]],
    kinds: Sequence[EntityType],
    relatives: set[int],
) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Written forms of every cluster (and bare surnames of people, nicknames of clubs in
    a sports story), by first token."""
    forms: dict[tuple[str, ...], set[int]] = {}
    for number, members in enumerate(clusters):
        for m in members:
            raw = raws[m]
            forms.setdefault(tuple(ctx.texts[raw.i : raw.j]), set()).add(number)
        short_forms = (
            _surnames(ctx, raws, members) + _family_names(ctx, raws, members)
            if kinds[number] == "PERSON"
            else []
        )
        if kinds[number] == "ORG" and ctx.sports:
            short_forms = _nicknames(ctx, raws, members)
        for form in short_forms:
            forms.setdefault(form, set()).add(number)
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for form, named in forms.items():
        owners = named - relatives or named
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


# --------------------------------------------------------------------------
# Building the output
# --------------------------------------------------------------------------


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


def _clean(text: str) -> str:
    return " ".join(text.split())


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
