"""Evidence around each mention: what the words before and after it say it is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from service.events import EntityType
from service.extract import lexicon as lx
from service.extract.data.towns import towns
from service.extract.entities.context import (
    RawMention,
    _capitalised_end,
    _Context,
    _starts_sentence,
)
from service.extract.entities.datelines import _is_dateline, _is_dateline_region, _is_region_at
from service.extract.entities.tables import (
    _APPOSITIVE_STOPS,
    _CLOSE_QUOTES,
    _DASHES,
    _DETERMINERS,
    _NOUN_TAGS,
    _OPEN_QUOTES,
    _POSSESSIVES,
    _SEAT_ONLY_TITLES,
    _TOLD_LISTENERS,
)
from service.extract.entities.text import normalize, place_key
from service.extract.entities.titles import _follows_title, _is_title_word
from service.extract.entities.trim import _is_score_at
from service.extract.entities.votes import (
    _BASED,
    _CUE,
    _FIXTURE,
    _QUOTED,
    _SHAPE,
    _TOWN,
    _WEAK_CUE,
    Votes,
    _add,
)

# Labels the model gives bodies and places: "Scotland Yard said his death" is not a
# person speaking of their own.
_BODY_OR_PLACE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


T = TypeVar("T")


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
        and not _is_party_before_role(ctx, i, j, raw.label)
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


def _seat_title(word: str, label: str | None) -> bool:
    """A title held for an electoral seat, before "for": "member" or "candidate" may be
    a body's ("a board member for Acme"), so only when the model did not call it one;
    "MP" and its like never are."""
    return word in _SEAT_ONLY_TITLES or (word in lx.SEAT_TITLES and label != "ORG")


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
    if _opens_who_clause(ctx, i, j):
        _add(votes, "PERSON", _WEAK_CUE if ctx.sports else _CUE)
    if _says_of_own(ctx, j) and ctx.ent_label_at[i] not in _BODY_OR_PLACE_LABELS:
        _add(votes, "PERSON", _CUE)  # not "Scotland Yard said his death was"


def _opens_who_clause(ctx: _Context, i: int, j: int) -> bool:
    """ "Dunstan, who finished with 31 disposals": "who" after a singular name is said
    of a person; a team or band by its plural ("the Magpies, who") is not one, and in
    sports copy a club by its town may take "who" too, so there it weighs less."""
    if ctx.text(j) != "," or ctx.lower(j + 1) != "who":
        return False
    before = ctx.lower(i - 1)
    if ctx.tag(i - 1) == "IN" or before in {"and", "or", ",", "the"}:
        return False  # "the MP for X, who", "A or X, who": the clause is another's
    return ctx.tag(j - 1) != "NNPS"


def _says_of_own(ctx: _Context, j: int) -> bool:
    """ "Meena Sathe said her society had": a speaker whose own things are "her" or
    "his" is a person; a body's are "its"."""
    return ctx.lower(j) in {"said", "says"} and ctx.lower(j + 1) in {"her", "his"}


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
            or _ends_age_compound(ctx, i - 2)
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
    if before == "for" and _seat_title(ctx.lower(i - 2), label):
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
    if before in lx.STREET_PREPOSITIONS and j - i >= 2 and ctx.lowers[j - 1] in lx.STREET_HEADS:
        _add(votes, "LOC", _CUE)  # "on Catherine Street": not a person, whatever the first name
    if before == "between" and after == "and" and _is_route_between(ctx, i, j):
        _add(votes, "LOC", _CUE)  # "trains between Naledi and Johannesburg Park Station"
    if before in {"at", "in", "near"} and after in lx.MARKET_NOUNS:
        _add(votes, "LOC", _CUE)  # "at Kibuye market"
    if _before_owned_site(ctx, i, j) or _listed_after_place_phrase(ctx, i):
        _add(votes, "LOC", _CUE)


def _is_route_between(ctx: _Context, i: int, j: int) -> bool:
    """ "trains run between X and <place>": a route's two ends, the other one a place the
    model tagged, so X is one too (unlike "talks between Microsoft and Germany")."""
    route = ctx.lower(i - 2) in lx.ROUTE_WORDS
    return route and ctx.ent_label_at[j + 1] in ("GPE", "LOC", "FAC")


def _ends_age_compound(ctx: _Context, k: int) -> bool:
    """ "a 29-year-old from X": the age noun ends a hyphenated compound."""
    return ctx.lower(k) == "old" and ctx.text(k - 1) in _DASHES and ctx.lower(k - 2) == "year"


def _before_owned_site(ctx: _Context, i: int, j: int) -> bool:
    """ "its Hosur manufacturing plant": a firm's site named by where it stands (the
    possessive names the owner, so the name is not the firm)."""
    if ctx.lower(i - 1) not in {"its", "their", "our"}:
        return False
    return any(ctx.lower(k) in lx.PLANT_NOUNS for k in range(j, min(j + 3, ctx.n)))


def _listed_after_place_phrase(ctx: _Context, i: int) -> bool:
    """A name in a list after "residents of" or "stations at" ("Residents of Melville,
    Westdene and the Burdekin"): each name is a place."""
    start = i
    while start > max(i - 12, 0) and (
        ctx.capitalised_proper(start - 1) or ctx.lowers[start - 1] in {",", "and", "or", "the"}
    ):
        start -= 1
    while ctx.lowers[start] in {",", "and", "or"}:
        start += 1
    if ctx.lower(start - 1) == "of":
        return ctx.lower(start - 2) in lx.RESIDENT_NOUNS
    return ctx.lower(start - 1) == "at" and ctx.lower(start - 2) in lx.SITE_NOUNS


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
        return _town_modifies(ctx, j)  # "a Tuam takeaway"
    if before == "of":
        return ctx.lower(i - 2) in lx.TOWN_OF_NOUNS
    if before == "in" and ctx.lower(i - 2) in lx.NOT_PLACE_BEFORE_IN:
        return False
    return before in lx.PLACE_PREPOSITIONS or before in lx.TOWN_PREPOSITIONS


def _town_modifies(ctx: _Context, j: int) -> bool:
    """A noun of homes, shops, people or works follows the town, perhaps after one more
    noun ("a Tuam takeaway", "its Hosur manufacturing plant")."""
    if ctx.lower(j) in lx.TOWN_MODIFIED_NOUNS:
        return True
    return ctx.tag(j) in _NOUN_TAGS and ctx.lower(j + 1) in lx.TOWN_MODIFIED_NOUNS


def _list_preposition(ctx: _Context, conjunction: int) -> tuple[str, int]:
    """The word before a list of names that ends at `conjunction` ("in [Mombasa and] Kisumu"),
    and where the list starts; the conjunction itself when there is no such list."""
    k = conjunction - 1
    while k > max(conjunction - 12, 0) and (ctx.capitalised_proper(k) or ctx.texts[k] == ","):
        k -= 1
    if k == conjunction - 1 or ctx.lowers[k] not in lx.PLACE_PREPOSITIONS:
        return ctx.lowers[conjunction], conjunction + 1
    return ctx.lowers[k], k + 1


def _org_cues(ctx: _Context, i: int, j: int, label: str | None, votes: Votes) -> None:
    before, after = ctx.lower(i - 1), ctx.lower(j)
    if before == "for" and ctx.lower(i - 2) in lx.WORK_FOR_VERBS:
        _add(votes, "ORG", _CUE)  # "worked for X", "played for X": an employer or club
    if label == "PERSON" and after == "," and ctx.lower(j + 1) == "which" and before != "by":
        _add(votes, "ORG", _WEAK_CUE)  # not "a translation by X, which": the work's clause
    if _based_somewhere(ctx, j):
        _add(votes, "ORG", _BASED)
    if after in lx.ORG_LEAD_ROLES and _person_starts_near(ctx, j + 1):
        _add(votes, "ORG", _CUE)
    if _is_party_before_role(ctx, i, j, label) or _is_plural_party(ctx, i, j):
        _add(votes, "ORG", _CUE)
    if ctx.sports and before in lx.CLUB_TITLE_NOUNS:
        _add(votes, "ORG", _CUE)  # "club champions Taieri Tigers", "rivals Eastwood"
    if before in {"of", "in"} and ctx.lower(i - 2) in lx.ORG_BEFORE_OF:
        _add(votes, "ORG", _CUE)
    if before == "at" and ctx.lower(i - 2) in lx.ORG_STAFF_AT:
        _add(votes, "ORG", _WEAK_CUE)  # weak: staff work at sites too ("employees at Pune")
    if _told_outlet(ctx, i, j) or (
        before == "the" and j - i == 1 and ctx.lowers[i] in lx.ORG_HEADS
    ):
        _add(votes, "ORG", _CUE)  # "told The Chronicle", "the Herald", "the Bureau"
    if ctx.sports and before in lx.CLUB_HOST_VERBS and ctx.tag(i - 1) not in ("VB", "VBG"):
        _add(votes, "ORG", _CUE)
    if ctx.sports and (_club_cue(ctx, i, j, label) or _in_fixture(ctx, i, j, label)):
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
    if (
        label == "FAC"
        and after in lx.SAY_FORMS
        and _opens_its_sentence(ctx, i)
        and not place_key(ctx.span_text(i, j))
    ):
        _add(votes, "ORG", _CUE)  # "The Corrib Street Theatre said": the company, not the hall


def _opens_its_sentence(ctx: _Context, i: int) -> bool:
    """The name opens its sentence, after "The" or not: the subject of what follows."""
    return _starts_sentence(ctx, i) or (ctx.lower(i - 1) == "the" and _starts_sentence(ctx, i - 1))


def _is_party_before_role(ctx: _Context, i: int, j: int, label: str | None) -> bool:
    """ "Fine Gael councillor Pádraig Hogan", "Social Democrats councillor Ann Lee": a party
    before an elected role and a person. Not a place ("Kisumu senator") nor an adjective
    ("Democratic senator"); a plural party's name ("Democrats") is no adjective."""
    if ctx.lower(j) not in lx.PARTY_ROLES or not ctx.capitalised_proper(j + 1):
        return False
    if label in ("GPE", "LOC", "FAC") or place_key(ctx.span_text(i, j)) is not None:
        return False
    return label != "NORP" or ctx.lowers[j - 1].endswith("s")


def _based_somewhere(ctx: _Context, j: int) -> bool:
    """ "X, which is based in Austin", "X, which is headquartered in Oslo": a thing, not a
    person, that has a base is a body; a place is never based anywhere."""
    if ctx.lower(j) != "," or ctx.lower(j + 1) not in ("which", "that"):
        return False
    k = j + 3 if ctx.lower(j + 2) in ("is", "was", "are", "were") else j + 2
    return ctx.lower(k) in lx.BASED_WORDS and ctx.lower(k + 1) == "in"


def _is_plural_party(ctx: _Context, i: int, j: int) -> bool:
    """ "the Conservatives", "the Greens": a party by its members' plural after "the"; bare
    "Republicans voted" are members, not the party."""
    return j - i == 1 and ctx.lower(i - 1) == "the" and ctx.lowers[i] in lx.PARTY_PLURALS


def _told_outlet(ctx: _Context, i: int, j: int) -> bool:
    """A news outlet someone spoke to or that speaks of its own reporting: "told The
    Chronicle that" (a capital "The" inside a sentence opens a title), "told the Beacon"
    (a paper's one-word name), "the Observer understands" (the paper in its own copy)."""
    if any(_is_title_word(word) for word in ctx.texts[i:j]):
        return False
    if ctx.lower(i - 1) == "the" and j - i == 1 and _speaks_as_outlet(ctx, j):
        return True
    word = ctx.lowers[i]
    one_word = j - i == 1 and (word in lx.ORG_HEADS or not word.endswith("s"))  # not "the Smiths"
    outlet = ctx.text(i - 1) == "The" or (ctx.text(i - 1) == "the" and one_word)
    return outlet and ctx.lower(i - 2) == "told"


def _speaks_as_outlet(ctx: _Context, j: int) -> bool:
    """ "understands", "has learned", "can reveal" after a name: a paper's own reporting."""
    after = ctx.lower(j)
    if after in lx.OUTLET_VERBS:
        return True
    return after in ("has", "can") and ctx.lower(j + 1) in lx.OUTLET_VERBS


def _club_cue(ctx: _Context, i: int, j: int, label: str | None) -> bool:
    """Words that only go before a club: "on loan from X", "signed from X", "ten-man X",
    "home side X", "at home to X", "before hosting X", and "Hexley travel to X" (a club
    as the plural subject) unless X reads as a town: the city is travelled to too."""
    before = ctx.lower(i - 1)
    if before == "from":
        return ctx.lower(i - 2) in lx.CLUB_FROM_WORDS
    if before == "to":
        return _home_or_away_to(ctx, i - 2, town=_reads_as_town(ctx, i, j, label))
    if before == "hosting":
        return True
    if before in {"man", "men"}:
        return _after_number(ctx, i - 1)  # "ten-man X"
    return before in lx.CLUB_SIDE_WORDS and ctx.lower(i - 2) in {"home", "away"}


def _home_or_away_to(ctx: _Context, k: int, *, town: bool) -> bool:
    """ "at home to" before a club, or "travel to" after one: a club plays the next."""
    if ctx.lower(k) == "home":
        return ctx.lower(k - 1) == "at"
    return not town and ctx.lower(k) in lx.CLUB_TRAVEL_VERBS and _names_a_side(ctx, k - 1)


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
    elif ctx.text(j) == "," and ctx.lower(j + 1) == "one" and ctx.lower(j + 2) == "of":
        head = _appositive_head_after(ctx, j + 3, span=8, lemma=True)  # "one of the oldest clubs"
    elif ctx.text(i - 1) == "," and ctx.text(j) == ",":
        head = _appositive_head_before(ctx, i - 2) or _parsed_appositive_head(ctx, i, j)
    elif _between_commas_after_the(ctx, i, j):
        head = _appositive_head_before(ctx, i - 3)  # "Her club, the Charles River Striders,"
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


def _appositive_head_after(
    ctx: _Context, k: int, span: int = 6, *, lemma: bool = False
) -> str | None:
    """The head of "a biologist at", "the Leeds-based maker of": the last noun before a
    stop (with `lemma`, as its lemma: "clubs" is "club")."""
    head: str | None = None
    for m in range(k, min(k + span, ctx.n)):
        tag = ctx.tags[m]
        if tag.startswith(("VBD", "VBZ")):
            return None  # a clause, not an appositive: "X, the company said"
        if tag in _APPOSITIVE_STOPS or (tag == "PRP" and head is not None):
            break  # "the company he co-founded": a clause about the head follows
        if tag == "POS":
            head = None  # "the city's MMC": the possessor is not the head
        elif tag in _NOUN_TAGS:
            head = ctx.doc[m].lemma_.casefold() if lemma else ctx.lowers[m]
    return head


def _between_commas_after_the(ctx: _Context, i: int, j: int) -> bool:
    """ "Her club, the X, has": set off by commas after "the", and not one of a list ("her
    coach, the Lost Boys, and her family")."""
    return (
        ctx.lower(i - 1) == "the"
        and ctx.text(i - 2) == ","
        and ctx.text(j) == ","
        and ctx.lower(j + 1) not in ("and", "or")
    )


def _parsed_appositive_head(ctx: _Context, i: int, j: int) -> str | None:
    """The noun the parser hangs the name on as its apposition, before it and with a
    determiner: "The company she founded in 2017, Mwangaza Grid,"."""
    last = ctx.doc[j - 1]
    head = last.head
    if last.dep_ != "appos" or head.i >= i or head.pos_ != "NOUN":
        return None
    if not any(child.lower_ in _DETERMINERS for child in head.children):
        return None
    return head.lower_


def _appositive_head_before(ctx: _Context, k: int) -> str | None:
    """The noun before ", Name," when a determiner or possessive opens its phrase; after
    "of" the phrase's head is the noun before it ("the head of the committee, Jo Ray")."""
    if ctx.tag(k) not in _NOUN_TAGS:
        return None
    for m in range(k - 1, max(k - 5, -1), -1):
        if ctx.lowers[m] in _DETERMINERS and ctx.lower(m - 1) == "of":
            return _appositive_head_before(ctx, m - 2)
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


def _kin_word(ctx: _Context, raw: RawMention) -> str | None:
    """The word for a relative a person is named in apposition to ("her mother, Jenna
    Tregear,", "His dad Terry Roe", "his father and agent, Henrik Aagaard,"): the
    article's subject, not the relative, is the one its bare surname names."""
    if ctx.text(raw.i - 1) == ",":
        role = raw.i - 4 if ctx.lower(raw.i - 3) == "and" else raw.i - 2  # "father and agent"
        return ctx.lower(role) if ctx.lower(role) in lx.KIN_NOUNS else None
    kin = raw.i - 1
    if ctx.lower(kin) not in lx.KIN_NOUNS:
        return None
    opens_sentence = ctx.text(kin - 1).strip() in ("", ".", "!", "?")
    if ctx.texts[kin].islower() or ctx.lower(kin - 1) in _DETERMINERS or opens_sentence:
        return ctx.lower(kin)
    return None


_DEATH_VERBS = frozenset({"die", "kill"})
_APPOSITION_TOKENS = 10  # ", a two-term MP,"
_YEAR_WITHIN = 10  # "was killed in a road accident in 1994"


def _year_after_death(ctx: _Context, verb: int) -> bool:
    """'was killed in a road accident in 1994', 'who died in 2010': whether the death at
    token `verb` (see `_death_verb_after`) is dated to a year, so was long ago; a
    person who died in a past year is no speaker of the story's "Mr Deshmane said" when
    a living person shares the name."""
    sentence_end = ctx.doc[verb].sent.end
    return any(
        _is_year(ctx.texts[c]) for c in range(verb + 1, min(verb + _YEAR_WITHIN, sentence_end))
    )


def _death_verb_after(ctx: _Context, raw: RawMention) -> int | None:
    """Where "died" or "was killed" follows the name, over an apposition and "who"
    ("Edith Walsh, 91, died in the fire", "her husband, Madhukar Deshmane, a two-term
    MP, was killed")."""
    doc = ctx.doc
    k = raw.j
    if ctx.text(k) == ",":
        close = next(
            (c for c in range(k + 1, min(k + _APPOSITION_TOKENS, ctx.n)) if ctx.texts[c] == ","),
            None,
        )
        if close is not None and all(doc[c].pos_ != "VERB" for c in range(k + 1, close)):
            k = close
        k += 1
    if ctx.lower(k) == "who":
        k += 1
    if ctx.lower(k) in ("was", "had"):
        k += 1
    return k if k < ctx.n and doc[k].lemma_.casefold() in _DEATH_VERBS else None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def _title_before_name(ctx: _Context, raw: RawMention) -> str | None:
    """'Mr Akintola', 'Dr. Roe': the title before a name, lowercased, without its full
    stop."""
    if not _follows_title(ctx, raw.i):
        return None
    return ctx.lower(raw.i - 2 if ctx.text(raw.i - 1) == "." else raw.i - 1).rstrip(".")


def _seniority(kin: str) -> int:
    """1 for a relative older than the one they are kin to ("her father"), -1 for a
    younger ("his son"), 0 when the word does not tell ("her brother")."""
    return 1 if kin in lx.SENIOR_KIN else -1 if kin in lx.JUNIOR_KIN else 0


def _age_order_at(ctx: _Context, k: int) -> int:
    """'the elder Aagaard' (1), 'the younger Adesanya' (-1): which of a family sharing
    a surname token k names; 0 when no such word stands before it."""
    return lx.AGE_ORDER_WORDS.get(ctx.lower(k - 1), 0) if ctx.lower(k - 2) == "the" else 0


def _meant_by_age(order: int, seniority: Mapping[T, int], candidates: set[T]) -> set[T] | None:
    """Who 'the elder' (order 1) or 'the younger' (-1) of people sharing a surname may
    be: a relative introduced as older or younger accordingly ("his father, Henrik");
    else, when the relatives are the other way round ("her daughter Yui"), the ones
    not introduced as relatives. None when no word for a relative tells ("her sister",
    or none): then the word is read like a bare surname."""
    relatives = {c for c in candidates if c in seniority}
    fitting = {c for c in relatives if seniority[c] == order}
    if fitting:
        return fitting
    if any(seniority[c] == -order for c in relatives):
        return candidates - relatives or candidates
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
        if ctx.lower(k + 1) == "the":
            k += 1  # "Townsville and the Burdekin"
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
