"""Words the model ran a name over, cut off: edge words, titles, leading modifiers,
trailing nouns, scores, dashes, brackets, places after prepositions."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.data.name_genders import name_gender
from service.extract.data.towns import towns
from service.extract.entities.context import _Context, _starts_sentence
from service.extract.entities.people import _loose_name_word
from service.extract.entities.tables import (
    _APOSTROPHES,
    _DASHES,
    _LOWER_DIRECTIONS,
    _NOUN_TAGS,
    _OPENING_PREPOSITIONS,
    _PLACE_ADJECTIVES,
    _POSSESSIVES,
    _SAINTS,
    _STREET_HEADS,
    _TIME_PREPOSITIONS,
)
from service.extract.entities.text import _is_head_word, normalize, place_key
from service.extract.entities.titles import (
    _is_honorific_pair,
    _is_role_word,
    _is_title_word,
    _skip_title,
    is_core_title,
)

# Verbs cut short after a pronoun: "I'm", "we're", "they've".
_CLITIC_VERBS = frozenset({"'m", "'re", "'ve", "'ll", "'d"})


def clean_bounds(doc: Doc, i: int, j: int, label: str) -> tuple[int, int] | None:
    """Token range of the name inside an entity span, or None when nothing is left.

    Drops possessives, a leading "the", trailing prepositions and, for people,
    a leading title other than a saint's (see _is_saints_place); a span without a
    capitalised word is no name at all.
    """
    i, j = _with_place_possessive(doc, *_trim_edges(doc, i, j), j)
    i = _after_opening_plural(doc, i, j)
    if label == "PERSON" and i < j and doc[i].lower_ not in _SAINTS:
        i = _skip_title(doc, i, j)
    if i >= j or not any(_has_upper(doc[k].text) for k in range(i, j)):
        return None
    if label == "PERSON" and all(_is_title_word(doc[k].text) for k in range(i, j)):
        return None
    return i, j


def _after_opening_plural(doc: Doc, i: int, j: int) -> int:
    """Start of the name after a plural and "for" that open the sentence ("Workers for"
    + "Kelby Transit walked out"): there the plural is the subject, not the first word
    of a campaign group's name as it is mid-sentence ("the group Riders for ...")."""
    if j - i > 2 and doc[i].is_sent_start and doc[i].tag_ == "NNS" and doc[i + 1].lower_ == "for":
        return i + 2
    return i


def _trim_edges(doc: Doc, i: int, j: int) -> tuple[int, int]:
    while (
        i < j
        and not _is_irish_article(doc, i, j)
        and (_is_edge_junk(doc[i]) or _is_number_word(doc[i]) or _is_pronoun_opener(doc[i]))
    ):
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


def _is_irish_article(doc: Doc, i: int, j: int) -> bool:
    """ "An" before a capitalised word with a consonant sound ("An Garda Síochána", "An
    Post"): English "an" only goes before a vowel sound, so this is the Irish article,
    which is part of the name; an acronym may start with a vowel sound ("An FBI agent")."""
    if doc[i].text != "An" or j - i < 2:
        return False
    word = doc[i + 1].text
    return word[:1].isupper() and not word.isupper() and word[0].lower() not in "aeiouh"


def _is_edge_junk(token: Token) -> bool:
    text = token.text
    if token.is_space or not text.strip():
        return True
    if token.is_punct and not any(ch.isalnum() for ch in text):
        return True
    return normalize(text) in lx.EDGE_STOPWORDS


def _is_pronoun_opener(token: Token) -> bool:
    """A personal pronoun or its clitic verb the model ran into a name at the start of a
    quote ("I'm an" + "NHS worker"): no name opens with one. "US" stays a name."""
    if token.tag_ == "PRP":
        return token.text == "I" or token.text.islower()
    return token.text.translate(_APOSTROPHES) in _CLITIC_VERBS


def _is_number_word(token: Token) -> bool:
    """A lowercase number written out ("eleven Pacific states"): a count, never a name's
    first word, unlike a capitalised one ("Three Rivers")."""
    return token.tag_ == "CD" and token.text.isalpha() and token.text.islower()


def _has_upper(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def _cut_span(ctx: _Context, i: int, j: int, label: str) -> tuple[int, int, str] | None:
    """The name's tokens and label without the words the model ran it over: a title
    after a place or a portfolio, a leading modifier, trailing nouns and scores."""
    run = _portfolio_run_end(ctx, j)
    if label == "ORG" and _before_portfolio_title(ctx, run):
        j, label = min(_place_prefix_end(ctx, i, run), j), "GPE"  # "Alberta" of "Alberta Energy"
        if j == i:
            return None
    if label == "ORG" and _is_place_of_title(ctx, i, j):
        label = "GPE"  # "Lakeshore" of "Lakeshore Mayor Jo Ray"
    if _place_before_title(ctx, i, j - 1):
        i, j, label = _place_start(ctx, i), j - 1, "GPE"  # "Point Douglas Coun. Jo Ray"
    if label == "PERSON" and _is_saints_place(ctx, i, j):
        label = "GPE"  # "St Catherine": a parish or town
    if label == "ORG" and _is_titled_person(ctx, i, j):
        i, label = i + 1, "PERSON"  # "Actress" + "Storm Reid" read as a body
    if label in ("ORG", "PERSON") and _is_role_noun_before_name(ctx, i, j, label):
        i, label = i + 1, "PERSON"  # "Volunteer" + "Fergal Nolan"
    if (
        label == "PERSON"
        and j - i >= 2
        and ctx.lowers[j - 1] in ctx.title_initials.get(ctx.texts[i], ())
    ):
        i += 1  # "DPP" + "Tan" after "Deputy Public Prosecutor Chloe Tan", not "DJ Kealy"
    if _is_side_before_name(ctx, i, j):
        i, label = i + 1, "PERSON"  # "Leader of the Opposition" + "Suresh Gowda"
    i = _without_leading_modifier(ctx, i, j)
    i = _without_storm_title(ctx, i, j)
    i = _without_honorific_end(ctx, i, j)
    if _opens_with_place_adjective(ctx, i, j):
        i, label = i + 1, "GPE"  # "Regional Victoria": the state, not a name holding it
    if label == "PERSON":
        j = _without_post_nominals(ctx, i, j)
    j = _without_trailing_common_nouns(ctx, i, j)
    return i, _before_score(ctx, i, j), label


def _is_titled_person(ctx: _Context, i: int, j: int) -> bool:
    """A personal title and two or three plain capitalised words the model read as a body
    ("Actress Storm Reid"): a body's name would hold a head word or a place."""
    return is_core_title(ctx.texts[i]) and _is_plain_name(ctx.texts[i + 1 : j])


def _is_role_noun_before_name(ctx: _Context, i: int, j: int, label: str) -> bool:
    """A capitalised noun of people that is no title, run into a plain name
    ("Volunteer Fergal Nolan", "Welshman Rhys Pritchard"): the role is the copy's, not
    part of the name. What the model read as a body must read as a person's name after
    the role ('Witness Against Torture', 'Student Action Now', 'Pilot Flying J' stay
    bodies)."""
    first = ctx.texts[i]
    return (
        first[:1].isupper()
        and (first.lower() in lx.PERSON_DESCRIPTIONS or _is_demonym_not_name(first.lower()))
        and not is_core_title(first)
        and _is_plain_name(ctx.texts[i + 1 : j])
        and (label != "ORG" or _name_words_only(ctx, i + 1, j))
    )


def _is_demonym_not_name(word: str) -> bool:
    """ "Welshman" of "Welshman Rhys Pritchard"; not "Finn" or "Scot", given names too."""
    return word in lx.DEMONYM_NOUNS and word not in GIVEN_NAMES and name_gender(word) is None


def _is_side_before_name(ctx: _Context, i: int, j: int) -> bool:
    """The end of a title naming a side ("Leader of the Opposition", "Director of the
    Prosecution") run into a plain name after it."""
    return (
        ctx.lowers[i] in lx.SIDE_WORDS
        and ctx.lower(i - 1) == "the"
        and _is_plain_name(ctx.texts[i + 1 : j])
    )


def _name_words_only(ctx: _Context, i: int, j: int) -> bool:
    """Proper nouns of more than one letter, none a function word ("Against", "Now")."""
    return all(
        ctx.tags[k] == "NNP" and len(ctx.texts[k]) > 1 and ctx.lowers[k] not in STOP_WORDS
        for k in range(i, j)
    )


def _is_plain_name(words: list[str]) -> bool:
    """Two or three plain capitalised words, none a body's head word, a title or a place."""
    return (
        2 <= len(words) <= 3
        and all(word.isalpha() and word[:1].isupper() for word in words)
        and not any(_is_head_word(word.lower()) or _is_title_word(word) for word in words)
        and all(place_key(word) is None for word in words)
        and place_key(" ".join(words)) is None
    )


def _is_saints_place(ctx: _Context, i: int, j: int) -> bool:
    """A saint's name the model read as a person ("St Catherine", "Saint Andrew"): news
    names parishes, towns and districts after saints far more often than the saints."""
    return j - i >= 2 and ctx.lowers[i] in _SAINTS and ctx.texts[i][:1].isupper()


def _before_portfolio_title(ctx: _Context, j: int) -> bool:
    """A capitalised title like "Minister" follows at j, then a name: what comes before is
    the portfolio ("Community Services Minister Jo Ray"), not a body of that name."""
    return (
        ctx.lower(j) in lx.PORTFOLIO_TITLES
        and ctx.text(j)[:1].isupper()
        and ctx.capitalised_proper(j + 1)
    )


def _without_storm_title(ctx: _Context, i: int, j: int) -> int:
    """Start of a storm's name without its title ("Typhoon" + "Kalayo", "Tropical Storm"
    + "Helene"), as a person's is without hers: the name alone is how later mentions
    write it. After a person's role "Storm" is a first name ("actress Storm Reid")."""
    if _is_role_word(ctx.text(i - 1)):
        return i
    k = i
    while j - k >= 2 and ctx.lowers[k] in lx.STORM_WORDS and ctx.texts[k][:1].isupper():
        k += 1
    return k


def _without_honorific_end(ctx: _Context, i: int, j: int) -> int:
    """Start of a name without the second word of a two-word honorific the model took in
    ("Datuk" + "Seri Najib Razak"); a name of two words may open with it ("Sri Mulyani")."""
    if j - i >= 3 and i > 0 and _is_honorific_pair(ctx.doc, i - 1):
        return i + 1
    return i


def _is_place_of_title(ctx: _Context, i: int, j: int) -> bool:
    """A name the model called a body right before a title held for a place ("Lakeshore"
    + "Mayor Jo Ray"): the place, unless a party or a body's head word shows a body
    ("Labour Mayor Jo Ray")."""
    if j >= ctx.n or not _place_before_title(ctx, i, j) or ctx.lowers[j - 1] in lx.ORG_HEADS:
        return False
    return normalize(ctx.span_text(i, j)) not in lx.POLITICAL_PARTIES


def _portfolio_run_end(ctx: _Context, j: int) -> int:
    """End of the capitalised words at j that may finish a portfolio the model cut in two
    ("Nunavut Family" + "Services Minister Jo Ray")."""
    end = j
    while end < j + 3 and ctx.capitalised_proper(end) and ctx.lower(end) not in lx.PORTFOLIO_TITLES:
        end += 1
    return end


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
    """End of a name before lowercase nouns or adverbs the model ran on into ("Civic First
    party", "St. John's overnight")."""
    end = j
    while (
        end - i > 1
        and (ctx.tags[end - 1] in _NOUN_TAGS or ctx.tags[end - 1] == "RB")
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


def _is_score_at(ctx: _Context, k: int) -> bool:
    """A score starts at token k: "4-3" as one token, or "4", "-", "3"."""
    if ctx.tags[k] != "CD":
        return False
    if re.fullmatch(r"\d{1,3}[-–]\d{1,3}", ctx.texts[k]):
        return True
    return ctx.text(k + 1) in _DASHES and ctx.tag(k + 2) == "CD"


def _place_after_preposition(ctx: _Context, i: int, j: int) -> int | None:
    """Start of a known place after "on", "in" or "at" that the model ran a body's name on
    into ("Brightwater Senior Living on Dayton's east side", "Galeri in Tralee"); a formal
    name holding "for" keeps its region ("Organization for Security and Co-operation in Europe")."""
    if any(ctx.lowers[k] == "for" for k in range(i, j)):
        return None
    for k in range(i + 1, j - 1):
        if ctx.texts[k] in ("on", "in", "at") and _is_place_after(ctx, k, j):
            return k + 1
    return None


def _is_place_after(ctx: _Context, k: int, j: int) -> bool:
    """Tokens (k, j) after the preposition at k name a known place, or a town of the
    small gazetteer after "in", where the text expects one ("Galeri in Tralee")."""
    rest = ctx.span_text(k + 1, j)
    return place_key(rest) is not None or (ctx.texts[k] == "in" and normalize(rest) in towns())


def _street_after_on(ctx: _Context, i: int, j: int) -> int | None:
    """Start of a street the model ran a shop's or a pub's name on into ("the Golden
    Wok on Kelby Road"): the premises is the business there, the street a place."""
    if j < 2 or ctx.lowers[j - 1] not in _STREET_HEADS:
        return None
    for k in range(i + 1, j - 2):
        if ctx.texts[k] == "on" and ctx.capitalised_proper(k + 1):
            return k + 1
    return None


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
