"""Model entities that name nothing: units, sums, peoples, common words and pieces of
titles."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.entities.context import _Context, _starts_sentence
from service.extract.entities.tables import (
    _AMOUNT,
    _CHAMBER_PLURALS,
    _COMMON_TAGS,
    _DASHES,
    _DEMONYM_ENDS,
    _MODIFIED_TAGS,
    _NAME_OR_COMMON_TAGS,
    _PROPER_TAGS,
)
from service.extract.entities.text import _without_the, normalize, place_key
from service.extract.entities.titles import _is_pure_title_word, _is_title_word, is_core_title
from service.extract.initials import is_initials

_LAW_WORDS = frozenset({"bill", "act"})


def _is_not_a_name(ctx: _Context, ent: Span) -> bool:
    """Model entities that name nothing: units ("degrees Fahrenheit"), peoples ("First
    Nations") and lone common words it read as names ("Farmers gave...", "Defending,
    her lawyer said")."""
    k = ent.start
    if ctx.lower(k - 1) == "degrees" or (ent.end - k == 1 and ctx.lowers[k] in lx.NOT_NAMES):
        return True  # a unit, never "Kelvin Oei"
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
    if _is_seat_title(ctx, ent) or _is_role_for(ctx, ent) or _is_office_title(ctx, ent):
        return True
    if _in_shouted_words(ctx, k, ent.end):
        return True  # "GIVE US OUR CLUB BACK" on a banner
    if ent.end - k != 1:
        return False
    if _is_family_told(ctx, k) or _is_opening_label(ctx, k) or _is_shouted_opener(ctx, k):
        return True
    if is_initials(ctx.texts[k]) and ctx.texts[k] in ctx.title_initials:
        return True  # "the DPP said" after "Deputy Public Prosecutor Nicholas Quek"
    if ctx.texts[k].removesuffix(".") == "I":
        return True  # "Neither am I.": the pronoun
    if ctx.lowers[k] in lx.SIDE_WORDS:
        return True  # "Crown counsel", "the Opposition": a side, not a body
    if ent.label_ in ("PERSON", "ORG") and _is_demonym_noun(ctx, k):
        return True  # "the 29-year-old Briton": a description of a person, not a name
    if ctx.lower(k - 1) == "the" and is_core_title(ctx.texts[k]):
        return True  # "the Premier said": a title standing for its holder
    if ctx.lower(k - 1) in ("the", "this") and ctx.lowers[k] in _LAW_WORDS:
        return True  # "the Bill's reliance": a law before parliament, not Bill
    if ent.label_ in ("PERSON", "ORG") and _is_sentence_initial_noun(ctx, k):
        return True
    if ent.label_ in ("PERSON", "ORG") and _is_epithet_of_relative(ctx, k):
        return True
    return _is_common_word(ctx, k, ent.label_)


def _is_opening_label(ctx: _Context, k: int) -> bool:
    """A common noun in capitals before a colon opening the article ("NOTE:", "UPDATE:"):
    an editor's label, unlike a dateline's place ("LONDON:"), which the tagger reads
    as a proper noun."""
    return (
        k == ctx.first
        and ctx.text(k + 1) == ":"
        and ctx.texts[k].isupper()
        and ctx.tags[k] == "NN"
        and place_key(ctx.texts[k]) is None
    )


_ADJECTIVE_ENDS = ("ing", "ed", "en", "less", "ful", "ous")


def _in_shouted_words(ctx: _Context, i: int, j: int) -> bool:
    """A name in capitals beside a word in capitals: a sign or a banner's slogan
    ("TENNANT OUT — GIVE US OUR CLUB BACK"), not a dateline ("LONDON —") nor an
    acronym in a sentence."""
    return all(ctx.texts[k].isupper() for k in range(i, j)) and any(
        _shouted_word(ctx, ctx.text(k)) for k in (i - 1, j)
    )


def _shouted_word(ctx: _Context, text: str) -> bool:
    """An everyday word in capitals ("GIVE", "OUR"), not "A" ("A FEMA spokesperson") nor
    an abbreviation ("DUP MP", "NSW RFS")."""
    lower = text.lower()
    everyday = lower in STOP_WORDS or lower in ctx.lowercase_words
    return len(text) > 1 and text.isalpha() and text.isupper() and everyday


def _is_shouted_opener(ctx: _Context, k: int) -> bool:
    """A common word a tabloid's first sentence puts in capitals ("A GRIEVING mum was
    ...", "A FISHERMAN and his son"), which the tagger still reads as a common word or
    which ends as adjectives do ("A HEARTLESS thief"); "A NATO official" it reads as a
    name, and a dateline ("CHENNAI:") runs on to no word."""
    opens = k == ctx.first + 1 and ctx.lowers[ctx.first] in ("a", "an")  # not "TESCO shoppers"
    common = (
        ctx.tags[k] in _COMMON_TAGS
        or ctx.tags[k] in _NAME_OR_COMMON_TAGS
        or (ctx.lowers[k].endswith(_ADJECTIVE_ENDS) and place_key(ctx.texts[k]) is None)
    )
    running_on = ctx.text(k + 1).isalpha() and ctx.text(k + 1).islower()  # not "CHENNAI:"
    return opens and common and running_on and ctx.texts[k].isupper() and len(ctx.texts[k]) >= 3


def _is_family_told(ctx: _Context, k: int) -> bool:
    """ "told the Smiths" after "Ann Smith": a plural of a surname the article gives a
    person, alone after "told the", is a family spoken to; any other plural may be a
    body ("told the Teamsters", "told the Patriots")."""
    word = ctx.lowers[k]
    return (
        ctx.lower(k - 2) == "told"
        and ctx.lower(k - 1) == "the"
        and ctx.tags[k] == "NNPS"
        and word not in lx.PARTY_PLURALS
        and word not in _CHAMBER_PLURALS
        and _is_plural_of_surname(ctx, ctx.texts[k])
    )


def _is_plural_of_surname(ctx: _Context, word: str) -> bool:
    """ "Smiths" or "Joneses" where a person's name the model found ends in "Smith" or
    "Jones"."""
    singulars = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(
        ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text in singulars for ent in ctx.ents
    )


def _is_demonym_noun(ctx: _Context, k: int) -> bool:
    """A noun for a person of a nation after a determiner or an adjective, as a common
    noun stands ("a Dane", "the 29-year-old Briton"); a name after "said" does not."""
    return ctx.lowers[k] in lx.DEMONYM_NOUNS and (
        ctx.tag(k - 1) in ("DT", "JJ", "PRP$") or ctx.lower(k - 1) == "old"
    )


def _is_role_for(ctx: _Context, ent: Span) -> bool:
    """ "Counsel for the petitioners, ...", "Counsel assisting the coroner": a role noun
    opening its sentence before the one it serves, not a name."""
    k = ent.start
    return (
        ent.end - k == 1
        and ctx.lowers[k] in lx.PERSON_DESCRIPTIONS
        and ctx.lower(k + 1) in lx.SERVING_WORDS
        and _starts_sentence(ctx, k)
    )


def _is_seat_title(ctx: _Context, ent: Span) -> bool:
    """ "one backbench TD", "the local MP": an elected member's abbreviated title standing
    alone, with no name after it."""
    k = ent.start
    if ent.end - k != 1 or not ctx.texts[k].isupper() or ctx.capitalised_proper(k + 1):
        return False
    return ctx.lowers[k] in lx.SEAT_TITLES


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
    """The rest of a "... of State" title that the model read as a body ("Secretary of"
    + "State for Water Resources", "Minister of" + "State for Trade", "asked the Secretary
    of" + "State"): a title's word, with or without its portfolio."""
    if _is_department_of_title(ctx, ent.start, ent.end):
        return True
    return (
        ctx.lower(ent.start - 1) == "of"
        and is_core_title(ctx.text(ent.start - 2))
        and ctx.texts[ent.start] == "State"
        and (ctx.lower(ent.start + 1) == "for" or ent.end - ent.start == 1)
    )


def _is_department_of_title(ctx: _Context, i: int, j: int) -> bool:
    """A company department an officer heads ("Vice President of Human Resources"): part
    of the title, not a body."""
    return (
        ctx.lower(i - 1) == "of"
        and is_core_title(ctx.text(i - 2))
        and normalize(ctx.span_text(i, j)) in lx.CORPORATE_PORTFOLIOS
    )


def _modifies_common_noun(ctx: _Context, j: int) -> bool:
    """A lone word before a lowercase noun of things or animals ("CT scanners",
    "300 Angus cows"): a kind of thing, not a body."""
    return ctx.text(j).islower() and ctx.lower(j) in lx.NOT_ORG_BEFORE


# Endings of English adjectives ("athletic", "federal", "famous", "massive").
_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ful", "less", "able", "ible", "ary", "ent", "ant")


def _is_opening_adjective(ctx: _Context, k: int) -> bool:
    """A lone word opening a sentence that the tagger reads as an adjective before a
    lowercase noun ("Athletic ability matters"): capitalised only by its place. It has an
    adjective's ending and is never capitalised mid-sentence; the tagger reads unknown
    names there as adjectives too ("Siptu sector organiser")."""
    word = ctx.texts[k]
    return (
        _starts_sentence(ctx, k)
        and ctx.tags[k] == "JJ"
        and word[1:].islower()
        and word.endswith(_ADJECTIVE_ENDINGS)
        and word not in ctx.mid_sentence_capitals
        and ctx.text(k + 1).islower()
        and ctx.tag(k + 1).startswith("NN")
    )
