"""Names the model did not tag, found by their shape or their place in the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.extract import lexicon as lx
from service.extract.data.given_names import GIVEN_NAMES
from service.extract.data.towns import towns
from service.extract.entities.aliases import _body_initials, _dashed_name_end
from service.extract.entities.context import RawMention, _Context, _raw, _starts_sentence
from service.extract.entities.cues import (
    _appositive_head_after,
    _is_place_follower,
    _list_preposition,
    _noun_kind,
    _told_outlet,
)
from service.extract.entities.datelines import _is_dateline
from service.extract.entities.extend import _place_link_end, _romance_name_end, _team_word
from service.extract.entities.name_evidence import _is_always_org, _is_french_place_name
from service.extract.entities.not_names import _is_department_of_title
from service.extract.entities.tables import (
    _APOSTROPHES,
    _BROADCAST_NOUNS,
    _CREDIT_WORDS,
    _DASHES,
    _DETERMINERS,
    _LOWER_DIRECTIONS,
    _PLACE_NAME_ARTICLES,
    _STREET_HEADS,
)
from service.extract.entities.text import _is_acronym_word, _is_head_word, normalize, place_key
from service.extract.entities.titles import (
    _is_role_word,
    _is_title_word,
    _skip_title,
    _title_before_comma,
    is_core_title,
)
from service.extract.entities.trim import (
    _before_portfolio_title,
    _place_before_title,
    _place_prefix_end,
)
from service.extract.entities.widen import _conjoined_start


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
    if ctx.texts[k] in lx.CAPITALISED_ABBREVIATIONS:
        return False  # "in ED": the emergency department
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
    end = _without_party_role(ctx, k, titled_end)
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
    if start is None and label == "ORG" and _after_campaign_plural(ctx, k):
        start = k - 2  # "Riders for" + "Reliable Transit"
    if start is not None:
        return [_raw(ctx, start, end, "ORG")]  # "Harbour and" + "Lifting Authority"
    return [] if label is None else [_raw(ctx, k, end, label)]


def _after_campaign_plural(ctx: _Context, k: int) -> bool:
    """The name at k follows "for" and a capitalised plural of people mid-sentence: the
    two open a campaign group's name ("Parents for Safer Streets")."""
    return (
        k >= 2
        and ctx.lowers[k - 1] == "for"
        and ctx.tags[k - 2] in ("NNS", "NNPS")
        and ctx.texts[k - 2][:1].isupper()
        and ctx.texts[k - 2].endswith("s")
        and not ctx.in_ent[k - 2]
        and not _starts_sentence(ctx, k - 2)
    )


def _without_trailing_title(ctx: _Context, i: int, j: int) -> int:
    """End of an untagged run before the title of the person named after it ("Bloc MP"
    + "Jo Ray"): the title belongs to neither."""
    if j >= ctx.n or ctx.ent_label_at[j] != "PERSON":
        return j
    end = j
    while end - i > 1 and is_core_title(ctx.texts[end - 1]):
        end -= 1
    return end


def _without_party_role(ctx: _Context, i: int, j: int) -> int:
    """End of an untagged run before the elected role its party goes before ("NDC" +
    "MPs", "Fianna Fáil" + "TD"): the role is no part of the party's name."""
    role = ctx.lowers[j - 1].removesuffix("s")
    if j - i > 1 and role in lx.PARTY_ROLES and _is_always_org(normalize(ctx.span_text(i, j - 1))):
        return j - 1
    return j


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


def _place_of(ctx: _Context, k: int, name: str) -> bool:
    """The noun at k takes a place after "of": "the town of X", and "residents of X" when
    the small gazetteer knows X as a town."""
    if ctx.lower(k) in lx.SETTLEMENT_NOUNS:
        return True
    return ctx.lower(k) in lx.TOWN_OF_NOUNS and not ctx.sports and normalize(name) in towns()


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
    if single and ctx.lower(i - 1) == "of" and _place_of(ctx, i - 2, name):
        return "GPE"
    if single and (_ends_place_list(ctx, i) or _lone_word_after_in(ctx, i)):
        return "GPE"
    if j - i == 1 and _inside_place_list(ctx, i):
        return "GPE"
    if _told_outlet(ctx, i, j) or _broadcast_outlet(ctx, i, j):
        return "ORG"
    if j - i == 1 and _is_acronym_word(ctx.texts[i]) and ctx.lower(j) in lx.ORG_HEADS:
        return "ORG"  # "the RMT union": an acronym before a body's head noun
    if j - i == 1 and _is_acronym_word(ctx.texts[i]) and _spoken_for(ctx, i):
        return "ORG"  # "a spokesman for UNDOF": people are not named by initials
    if _is_name_after_long_title(ctx, i, j):
        return "PERSON"  # "the Minister of State for Trade, Chan Sophea, said"
    if _is_french_place_name(ctx.span_text(i, j)) or _has_place_link(ctx, i, j):
        return "GPE"  # "flights to Sept-Îles", "near Hay-on-Wye"
    if _is_always_org(normalize(ctx.span_text(i, j))):
        return "ORG"  # "outside the Dáil"
    if ctx.lower(i - 2) in ("the", "a") and _noun_kind(ctx.lower(i - 1)) == "ORG":
        return "ORG"  # "a report from the charity Safe Harbour Ireland"
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
    if ctx.sports and (last in lx.CLUB_HEADS or _team_word(ctx, j - 1)):
        return "ORG"
    if j - i <= 3 and _person_in_apposition(ctx, i, j):
        return "PERSON"  # "Harjit Dhillon, a fellow driver, said"
    return None


def _person_in_apposition(ctx: _Context, i: int, j: int) -> bool:
    """The run is followed by ", a fellow driver" or ", the team's physio": a person's
    name, when none of its words is a place or a body's head word."""
    if ctx.text(j) != "," or ctx.lower(j + 1) not in _DETERMINERS:
        return False
    if any(_is_head_word(word) or place_key(word) is not None for word in ctx.lowers[i:j]):
        return False
    head = _appositive_head_after(ctx, j + 2)
    return head is not None and _noun_kind(head) == "PERSON"


def _spoken_for(ctx: _Context, i: int) -> bool:
    """The name at i is what a spokesperson speaks for ("a spokeswoman for X")."""
    return ctx.lower(i - 1) == "for" and ctx.lower(i - 2) in lx.SPOKES_NOUNS


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
        and not is_core_title(ctx.text(k - 2))  # "Special Agent in Charge"
        and ctx.texts[k] not in ctx.lowercase_words
        and word not in ctx.lowercase_words
        and not _is_head_word(word)
        and not _is_title_word(word)
        and word not in lx.LANGUAGES
        and word not in lx.HOLIDAYS
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
