"""Where a name ends when the model cut it short: bodies' head words and portfolios,
places' links and compass points, saints, churches."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.entities.context import _capitalised_end, _Context
from service.extract.entities.name_evidence import _is_national_body_name
from service.extract.entities.people import _particle_extension
from service.extract.entities.tables import (
    _COMPASS,
    _POSSESSIVE_PLACE_HEADS,
    _POSSESSIVES,
    _SAINTS,
    _team_plural,
)
from service.extract.entities.text import (
    _initials,
    _is_country_or_state,
    _words,
    normalize,
    place_key,
)
from service.extract.entities.titles import _is_title_word
from service.extract.entities.trim import _before_portfolio_title

# A capitalised Maori word: consonants h k m n p r t w, "ng" and "wh", every syllable
# open ("Waka", "Kotahi", "Whatu", "Kāinga").
_MAORI_WORD = re.compile(
    r"(?:(?:[HKMNPRTW]|Ng|Wh)[aeiouāēīōū]|[AEIOUĀĒĪŌŪ])(?:(?:[hkmnprtw]|ng|wh)?[aeiouāēīōū])*"
)


def _extended_end(
    ctx: _Context, ent: Span, i: int, j: int, label: str, following: Span | None
) -> tuple[int | None, str]:
    """Where a name the model cut short really ends, and its label then, if it runs on;
    never into the portfolio of a title ("Ontario" + "Energy Minister Jo Ray")."""
    extended, extended_label = _run_on_end(ctx, ent, i, j, label, following)
    if extended is not None and _before_portfolio_title(ctx, extended):
        return None, label
    return extended, extended_label


def _run_on_end(
    ctx: _Context, ent: Span, i: int, j: int, label: str, following: Span | None
) -> tuple[int | None, str]:
    """Where a name the model cut short really ends, and its label then, if it runs on."""
    doc = ctx.doc
    linked = _place_link_end(ctx, j) if label != "PERSON" else None
    if linked is not None:
        return linked, "GPE"  # "Stratford" + "-upon-Avon": people's names have no links
    body_end = _country_body_end(ctx, i, j, label, following)
    if body_end is not None:
        return body_end, "ORG"
    extended = _org_region_extension(doc, ent, j, following)
    if extended is None and label == "ORG":
        extended = _org_country_extension(ctx, j, following) or _dual_name_extension(
            ctx, j, following
        )
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
            or _members_head_extension(ctx, j)
        )
    if extended is None and label != "ORG":
        extended = _org_head_extension(ctx, j)
    if extended is not None:
        return extended, "ORG"
    extended = _worship_extension(ctx, j) or _possessive_place_extension(ctx, j)
    return extended, "FAC" if extended is not None else label


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


def _country_body_end(
    ctx: _Context, i: int, j: int, label: str, following: Span | None
) -> int | None:
    """End of a body whose name opens with a country or state that the model tagged apart
    ("U.S." + "District Court", "Texas" + "Supreme Court"): the name holds the country."""
    if label not in ("GPE", "ORG") or following is None or following.start != j:
        return None
    if following.label_ != "ORG" or not ctx.spaced[j - 1]:
        return None
    if ctx.lowers[following.end - 1] not in lx.ORG_HEADS:
        return None
    return following.end if _is_country_or_state(ctx.span_text(i, j)) else None


def _org_country_extension(ctx: _Context, j: int, following: Span | None) -> int | None:
    """End of a body's name that runs on over "of <country>" after its head word
    ("Passenger Rail Agency" + "of South Africa"): the model tags the country apart."""
    if following is None or following.start != j + 1 or following.label_ != "GPE":
        return None
    if ctx.lower(j) != "of" or ctx.lowers[j - 1] not in lx.ORG_HEADS:
        return None
    if ctx.capitalised_proper(following.end) or ctx.text(following.end) in _POSSESSIVES:
        return None
    return following.end if _is_country_or_state(following.text) else None


def _dual_name_extension(ctx: _Context, j: int, following: Span | None) -> int | None:
    """End of a New Zealand body's name whose Maori name follows its English one ("NZ
    Transport Agency" + "Waka Kotahi"): the model tags the Maori words apart, often as a
    person; Maori words are open syllables only, unlike most given names and surnames."""
    if following is None or following.start != j or ctx.lowers[j - 1] not in lx.ORG_HEADS:
        return None
    if following.label_ in lx.NON_ENTITY_LABELS or not ctx.spaced[j - 1]:
        return None
    words = ctx.texts[following.start : following.end]
    if not all(_MAORI_WORD.fullmatch(word) for word in words) or max(map(len, words)) < 4:
        return None
    return None if ctx.lowers[j] in GIVEN_NAMES else following.end


def _national_body_extension(ctx: _Context, i: int, j: int, following: Span | None) -> int | None:
    """End of a national body whose service words the model tagged apart from the
    country right after them ("Fire and Emergency" | "New Zealand"), or without the
    country it left untagged ("Public Health" + "Scotland")."""
    if j >= ctx.n or not ctx.spaced[j - 1]:
        return None
    if following is not None and following.start == j:
        end = following.end
    elif ctx.in_ent[j] or not ctx.capitalised_proper(j):
        return None
    else:
        end = j + 1
    return end if _is_national_body_name(_words(ctx.span_text(i, end))) else None


def _compass_extension(ctx: _Context, j: int) -> int | None:
    """End of a place whose name ends in a capitalised compass point the model left out
    ("Orlando" + "West"): a district of the place, one name."""
    if ctx.lower(j) not in _COMPASS or ctx.in_ent[j] or not ctx.capitalised_proper(j):
        return None
    return None if ctx.capitalised_proper(j + 1) else j + 1


def _branch_number_extension(ctx: _Context, j: int) -> int | None:
    """End of a union branch's name the model cut before its number ("Food Processing
    Workers Union Local" + "88")."""
    if ctx.lowers[j - 1] not in lx.BRANCH_WORDS or ctx.tag(j) != "CD" or not ctx.texts[j].isdigit():
        return None
    return j + 1


def _opener_name_end(ctx: _Context, j: int) -> int | None:
    """End of a body's name that opens with a head word ("Consorzio" + "Vetrai Venezia",
    "Alliance" + "des infirmières du Québec") when the model took only the head, or the
    head and its first linking word ("Alliance des"); never into a title ("Bloc" + "MP")."""
    end = j
    while (
        end < ctx.n
        and ctx.capitalised_proper(end)
        and not ctx.in_ent[end]
        and not _is_title_word(ctx.texts[end])
    ):
        end += 1
    if end > j:
        return end
    return _romance_name_end(ctx, j - 1 if ctx.lowers[j - 1] in lx.ROMANCE_LINKS else j)


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


def _saint_extension(ctx: _Context, j: int) -> int | None:
    """End of a name the model cut after a saint's title ("The City of St." + "John's"):
    no name ends in "St.", and the saint's possessive belongs to it."""
    if ctx.lowers[j - 1] not in _SAINTS or not ctx.capitalised_proper(j):
        return None
    return j + 2 if ctx.text(j + 1) in _POSSESSIVES else j + 1


def _org_conjunction_extension(
    ctx: _Context, i: int, j: int, label: str, following: Span | None
) -> int | None:
    """End of a body whose name holds "and" ("Farm and Livestock Bureau"): the model cuts
    it at "and" unless the first part already ends in a head word of its own. A first
    part of one word, whatever the model called it ("Gangmasters" + "and Labour Abuse
    Authority"), needs an acronym in the article that spells the whole ("GLAA"). A first
    part named "<head> of <Name>" is a whole body ("University of Kelby" and "Ashton
    State University")."""
    if ctx.lower(j) != "and" or ctx.lowers[j - 1] in lx.ORG_HEADS or _head_of_name(ctx, i, j):
        return None
    start = end = j + 1
    if following is not None and following.start == start and following.label_ == "ORG":
        end = following.end
    else:
        while end < ctx.n and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
            end += 1
    if end - start < 2 or ctx.lowers[end - 1] not in lx.ORG_HEADS:
        return None
    if (label == "ORG" and j - i >= 2) or _joint_council(ctx, j, start):
        return end
    return end if _initials(ctx.span_text(i, end)) in ctx.acronyms else None


def _head_of_name(ctx: _Context, i: int, j: int) -> bool:
    """The span [i, j) reads "<head> of <Name>" ("University of Kelby")."""
    return any(
        ctx.lowers[k] == "of"
        and ctx.lowers[k - 1] in lx.ORG_HEADS
        and ctx.capitalised_proper(k + 1)
        for k in range(i + 1, j - 1)
    )


def _joint_council(ctx: _Context, j: int, start: int) -> bool:
    """ "Limerick City" + "and County Council": a council of two kinds of district, one
    body though the model takes the first half for the city."""
    return (
        j >= 1
        and ctx.lowers[j - 1] in lx.MUNICIPAL_HEADS
        and ctx.lowers[start] in (lx.MUNICIPAL_HEADS)
    )


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
        k = j + 1 + (ctx.lower(j + 1) == "the")  # "and the Arts"
        end = _portfolio_words_end(ctx, k)
        untitled = end is not None and not any(map(_is_title_word, ctx.texts[k:end]))
        return end if untitled and end and not any(ctx.in_ent[k:end]) else None
    if ctx.text(j) != ",":
        return None
    k = j
    while ctx.text(k) == ",":
        k += 1 + (ctx.lower(k + 1) == "the")  # ", the Environment and Water"
        end = _portfolio_words_end(ctx, k)
        if end is None:
            return None
        if any(ctx.in_ent[k:end]):
            return _tagged_last_portfolios_end(ctx, k)
        k = end
    if ctx.lower(k) != "and":
        return None
    k += 1 + (ctx.lower(k + 1) == "the")
    return _portfolio_words_end(ctx, k)


def _tagged_last_portfolios_end(ctx: _Context, k: int) -> int | None:
    """End of the last two portfolios of a list, which the model tagged as one body of
    their own (", the" + "Environment and Water"): a body tagged there that holds
    anything else ("Reuters") ends the list."""
    ent = next((ent for ent in ctx.ents if ent.start == k), None)
    if ent is None or ent.label_ != "ORG":
        return None
    end = _portfolio_words_end(ctx, k)
    if end is None or ctx.lower(end) != "and":
        return None
    last = _portfolio_words_end(ctx, end + 1)
    return last if last == ent.end else None


def _portfolio_words_end(ctx: _Context, k: int) -> int | None:
    """End of one to three capitalised words at k that name no place or person."""
    end = k
    while end < min(k + 3, ctx.n) and ctx.capitalised_proper(end):
        word = ctx.texts[end]
        if ctx.ent_label_at[end] in ("PERSON", "GPE") or word.isupper() or place_key(word):
            return None
        end += 1
    return end if end > k and not ctx.text(end)[:1].isupper() else None


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


def _members_head_extension(ctx: _Context, j: int) -> int | None:
    """End of a body named by its members' plural possessive and a body's head word the
    model cut off or read alone ("the Norwegian Pilots'" + "Guild", "Farmers'" + "Union")."""
    k = j + 1 if ctx.text(j) in ("'", "’") else j
    if ctx.text(k - 1) not in ("'", "’") or ctx.tag(k - 2) != "NNPS":
        return None
    if not ctx.capitalised_proper(k) or ctx.lowers[k] not in lx.ORG_HEADS:
        return None
    if ctx.in_ent[k] and not (ctx.ent_label_at[k] and ctx.ent_label_ending[k]):
        return None  # the head word may be tagged alone, not inside another name
    return None if ctx.capitalised_proper(k + 1) else k + 1


def _org_head_extension(ctx: _Context, j: int) -> int | None:
    """End of a body named after a place or person ("Alaska" + "Legislature"), or of
    a team or a school's side in a sports story ("Golden State" + "Warriors", "Eastview"
    + "High")."""
    end = j
    while (
        end < ctx.n
        and ctx.capitalised_proper(end)
        and not ctx.in_ent[end]
        and (ctx.lowers[end] in lx.ORG_HEADS or (ctx.sports and _team_word(ctx, end)))
    ):
        end += 1
    return end if end > j else None


def _team_word(ctx: _Context, k: int) -> bool:
    return _plural_team(ctx, k) or ctx.lowers[k] in lx.SCHOOL_SIDE_ENDS


def _plural_team(ctx: _Context, k: int) -> bool:
    """A capitalised plural that ends a team's name ("Rams", "Sharks")."""
    return ctx.tags[k] == "NNPS" and _team_plural(ctx.lowers[k])


def _worship_extension(ctx: _Context, j: int) -> int | None:
    """End of a place of worship's name the model cut short ("Greater Mount" +
    "Olive Baptist Church"): untagged capitalised words up to a church's head word."""
    end, last = j, None
    while end < min(ctx.n, j + 4) and ctx.capitalised_proper(end) and not ctx.in_ent[end]:
        end += 1
        if ctx.lowers[end - 1] in lx.WORSHIP_HEADS:
            last = end
    return last


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
