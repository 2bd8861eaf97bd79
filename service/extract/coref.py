"""Who a subject names or refers to: the article's entities as speakers, and
coreference of pronouns and descriptions to them.

`build_index` reads the parsed article once: sentences, paragraphs, which quote
each token lies in, which entity each token names, which entities are people
(names the model typed otherwise included) and, where the article shows it,
their gender (a clearly gendered first name is weaker evidence, used only to tell
apart people nothing stronger does). It then resolves every subject outside
quotes in reading order, so that "he", "the minister" or "the ministry" chain
back by salience to what was named or resolved before them; subjects of
reporting verbs are remembered as speakers, and people the article leaves
unnamed ("a nurse") as blockers. `resolve` gives what a subject token names or
refers to (memoised, so a subject keeps what the reading-order pass found for
it). `subject_of` finds who does the reporting of a verb.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Token

from service.events import Entity, Mention, Speaker
from service.extract import lexicon as lx
from service.extract.data.name_genders import FEMALE_NAMES, MALE_NAMES

PERSON = "PERSON"
ORG = "ORG"
_LOC = "LOC"
_MALE = "m"
_FEMALE = "f"

MAX_CLIMB = 12  # parse-tree steps a search climbs
MAX_SCAN = 40  # tokens a search scans
_MAX_LOOKBACK = 50  # earlier mentions a search looks back over

_QUOTE_MARKS = (
    lx.DOUBLE_OPENERS
    | lx.DOUBLE_CLOSERS
    | lx.DOUBLE_NEUTRAL
    | lx.SINGLE_OPENERS
    | lx.SINGLE_CLOSERS
    | lx.SINGLE_NEUTRAL
)

# --------------------------------------------------------------------------
# The index: token positions, sentences, quotes, entity mentions, history
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """An entity referred to at a position, with the span that refers to it.

    `gender` is that of the referring words when they tell ("a spokeswoman for
    Acme" is a woman speaking for Acme); the entity's own is in `Index.gender_of`.
    """

    pos: int
    entity: Entity
    mention: Mention
    sent: int
    gender: str | None = None


@dataclass(frozen=True)
class Found:
    """What a subject refers to: an entity (None for a name the model missed), the
    words that refer to it, and which pronouns may refer back to it ("he"/"she" for
    PERSON, "it"/"they" for ORG)."""

    name: str
    entity: Entity | None
    mention: Mention
    kinds: tuple[str, ...]
    gender: str | None = None

    @property
    def speaker(self) -> Speaker:
        entity_id = self.entity.id if self.entity is not None else None
        return Speaker(name=self.name, entity_id=entity_id, mention=self.mention)


@dataclass(frozen=True)
class Unnamed:
    """Someone the article does not name ("a nurse", "one victim"): "she" right after
    refers to them, not to a named person further back."""

    pos: int
    sent: int
    gender: str | None
    # Asked a question ('Another reporter asked whether ...'): the answer, in the
    # paragraphs after, is not theirs.
    asked: bool = False
    # Withheld their name ('a rebel, speaking on condition of anonymity'): "the MP"
    # after them is them, not an MP the article names.
    anonymous: bool = False


@dataclass
class Index:
    """The parsed article as attribution reads it. Lists run per token; sentence
    and paragraph numbers count from 0; a quote's number is its place in the
    `quoted` ranges given to `build_index`."""

    doc: Doc
    tokens: list[Token]  # the doc's tokens made once: each `doc[k]` builds a new object
    text: str
    token_starts: list[int]
    sent_of: list[int]
    sent_starts: list[int]  # first token of each sentence
    para_of: list[int]
    quote_of: list[int]  # the quote (marks included) a token lies in, else -1
    entity_at: list[Ref | None]  # the entity mention a token is part of
    # Sentence numbers counting only sentences with words outside quotes.
    narr_of: list[int] = field(default_factory=list)
    # Entity id -> PERSON when the text treats it as a person, else its type.
    kind_of: dict[str, str] = field(default_factory=dict)
    gender_of: dict[str, str] = field(default_factory=dict)
    # Entity id -> the gender its first name usually has: weaker than `gender_of`.
    name_gender_of: dict[str, str] = field(default_factory=dict)
    # Entity ids whose gender only a "he"/"she" resolved to them shows.
    learned: set[str] = field(default_factory=set)
    first_seen: dict[str, int] = field(default_factory=dict)
    # Casefolded last name -> the people who have it, in text order.
    surnames: dict[str, list[Entity]] = field(default_factory=dict)
    # Casefolded first name -> the people named in full with it, in text order.
    given_names: dict[str, list[Entity]] = field(default_factory=dict)
    unnamed: dict[str, list[Unnamed]] = field(default_factory=dict)
    label_of: dict[int, Ref] = field(default_factory=dict)  # paragraph -> 'Kovač:'
    resolved: dict[int, Found | None] = field(default_factory=dict)
    # By kind (PERSON, ORG, ...), in text order: subjects of reporting verbs,
    # all subjects outside quotes, all entity mentions.
    speakers: dict[str, list[Ref]] = field(default_factory=dict)
    subjects: dict[str, list[Ref]] = field(default_factory=dict)
    mentions: dict[str, list[Ref]] = field(default_factory=dict)
    # People a question or point was put to, in text order: who answers next.
    addressed: list[Ref] = field(default_factory=list)
    # Organisation id -> the kinds of body its name and introductions show it to be
    # (see `lx.BODY_NOUN_KINDS`); description noun -> mentions introduced with it.
    body_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    introduced_as: dict[str, list[Ref]] = field(default_factory=dict)

    def token_at(self, char: int) -> int:
        """The token that holds (or last starts before) a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def tokens_between(self, start: int, end: int) -> range:
        """The tokens that start at or after `start` and before `end`."""
        first = bisect.bisect_left(self.token_starts, start)
        return range(first, bisect.bisect_left(self.token_starts, end))

    def mention_tokens(self, mention: Mention) -> range:
        return self.tokens_between(mention.start, mention.end)

    def kind(self, entity: Entity) -> str:
        return self.kind_of.get(entity.id, entity.type)


def build_index(
    doc: Doc,
    entities: Sequence[Entity],
    *,
    quoted: Sequence[tuple[int, int]],
    paragraph_starts: Sequence[int],
) -> Index:
    """Index the article and resolve every subject outside quotes in reading order.

    `quoted` holds each quote's character range, marks included, in text order;
    `paragraph_starts` the offset each paragraph starts at.
    """
    tokens = list(doc)
    para_of = [bisect.bisect_right(paragraph_starts, token.idx) - 1 for token in tokens]
    sent_of = _sentence_ids(doc, tokens, para_of)
    index = Index(
        doc=doc,
        tokens=tokens,
        text=doc.text,
        token_starts=[token.idx for token in tokens],
        sent_of=sent_of,
        sent_starts=[k for k in range(len(sent_of)) if k == 0 or sent_of[k] != sent_of[k - 1]],
        para_of=para_of,
        quote_of=[-1] * len(doc),
        entity_at=[None] * len(doc),
    )
    _mark_quotes(index, quoted)
    index.narr_of = _narrative_ids(index)
    _mark_entities(index, entities)
    _mark_words_beside_names(index)
    _mark_short_forms(index)
    _mark_body_kinds(index)
    _infer_genders(index)
    _collect_history(index)
    return index


def _sentence_ids(doc: Doc, tokens: Sequence[Token], para_of: Sequence[int]) -> list[int]:
    """Sentence number of each token; a paragraph always starts a sentence (the
    parser sometimes runs one on across a line break), and paragraphs stand in
    when there is no parse."""
    ids: list[int] = []
    number = 0
    parsed = doc.has_annotation("SENT_START")
    for token in tokens:
        new_paragraph = token.i > 0 and para_of[token.i] != para_of[token.i - 1]
        if token.i > 0 and (new_paragraph or _starts_sentence(token, parsed)):
            number += 1
        ids.append(number)
    return ids


def _starts_sentence(token: Token, parsed: bool) -> bool:
    if parsed:
        return bool(token.is_sent_start) and not _after_title_abbreviation(token)
    previous = token.doc[token.i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_


def _after_title_abbreviation(token: Token) -> bool:
    """'Det. Sgt. Alicia Moreno said': the parser may end a sentence at the dot of an
    abbreviated title, cutting the name off its quote; a capitalised word after one
    goes on the sentence."""
    doc = token.doc
    k = token.i - 1
    if not token.text[:1].isupper() or k < 0 or not doc[k].text.endswith("."):
        return False
    if doc[k].text == "." and k > 0 and not doc[k - 1].whitespace_:
        k -= 1
    return doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in lx.TITLE_ABBREVIATIONS


def _narrative_ids(index: Index) -> list[int]:
    """Sentence numbers that count only sentences with words outside quotes: how
    far back "she" looks should not depend on how many sentences she was quoted in."""
    told = [False] * (index.sent_of[-1] + 1 if index.sent_of else 0)
    for token in index.tokens:
        if index.quote_of[token.i] < 0 and not (token.is_punct or token.is_space):
            told[index.sent_of[token.i]] = True
    numbers: list[int] = []
    count = 0
    for flag in told:
        count += flag
        numbers.append(count)
    return [numbers[sentence] for sentence in index.sent_of]


def _mark_quotes(index: Index, quoted: Sequence[tuple[int, int]]) -> None:
    """Which quote (marks included) each token lies in."""
    for number, (start, end) in enumerate(quoted):
        for k in index.tokens_between(start, end):
            index.quote_of[k] = number


def entity_at(index: Index, token: Token) -> Ref | None:
    """The entity a token names, unless it is quoted."""
    return index.entity_at[token.i] if index.quote_of[token.i] < 0 else None


# --------------------------------------------------------------------------
# Entities as speakers: surnames, who is a person, gender
# --------------------------------------------------------------------------


def _mark_entities(index: Index, entities: Sequence[Entity]) -> None:
    """Which entity each token names, what kind of speaker each entity is, and
    every mention by kind."""
    refs = _mark_mentions(index, entities)
    _assign_shared_surnames(index, refs)
    _assign_by_honorific(index, refs)
    for owned in refs.values():
        entity = owned[0].entity
        personal = _is_personal(index, entity, owned)
        index.kind_of[entity.id] = PERSON if personal else _as_body(entity.type)
        index.first_seen[entity.id] = min(ref.pos for ref in owned)
        gender = _first_name_gender(entity.name) if index.kind(entity) == PERSON else None
        if gender is not None:
            index.name_gender_of[entity.id] = gender
        for ref in owned:
            index.mentions.setdefault(index.kind(entity), []).append(ref)
    for found in index.mentions.values():
        found.sort(key=lambda ref: ref.pos)
    _index_surnames(index)


def _mark_words_beside_names(index: Index) -> None:
    """'Ann Roe SC, defending, said', 'said Coun. Ann Roe': letters after a name ("KC",
    "MP", "OBE") and an abbreviated title before one are not part of the person's
    name, yet the parser may make them the subject; they name that person."""
    doc = index.doc
    for ref in index.mentions.get(PERSON, []):
        tokens = index.mention_tokens(ref.mention)
        k = tokens[-1] + 1
        while k < len(doc) and index.entity_at[k] is None and _is_post_nominal(doc[k]):
            index.entity_at[k] = ref
            k += 1
        title = _abbreviated_title_before(doc, tokens[0])
        if title is not None and index.entity_at[title] is None:
            index.entity_at[title] = ref


def _abbreviated_title_before(doc: Doc, first: int) -> int | None:
    """The title in 'Coun. Ann Roe', 'Sen. Ann Roe', its dot split off as a token."""
    dot = first - 1
    if dot < 1 or doc[dot].text != "." or doc[dot - 1].whitespace_:
        return None
    title = doc[dot - 1]
    known = title.lower_ in lx.HONORIFICS or title.lower_ in lx.TITLE_ABBREVIATIONS
    return title.i if known and title.text[:1].isupper() else None


def _is_post_nominal(token: Token) -> bool:
    """Capitalised letters after a name, not an honorific opening the next ("Ms")."""
    lower = token.lower_
    return lower in lx.POST_NOMINALS and token.text[:1].isupper() and lower not in lx.HONORIFICS


def _mark_short_forms(index: Index) -> None:
    """'Mumbai International Airport Ltd (MIAL) ... MIAL said', 'A Defra spokesperson':
    a short form in brackets right after an organisation's name names it wherever
    the model left it untagged; so do its initials (see `_initialisms`)."""
    forms = _initialisms(index) | _bracketed_short_forms(index)
    if not forms:
        return
    added: list[Ref] = []
    for token in index.tokens:
        owner = forms.get(token.text)
        if owner is None or index.entity_at[token.i] is not None:
            continue
        mention = Mention(text=token.text, start=token.idx, end=token.idx + len(token.text))
        ref = Ref(token.idx, owner, mention, index.narr_of[token.i])
        index.entity_at[token.i] = ref
        added.append(ref)
    index.mentions[ORG] = sorted(index.mentions.get(ORG, []) + added, key=lambda ref: ref.pos)


def _bracketed_short_forms(index: Index) -> dict[str, Entity]:
    """Each organisation's short form (see `_short_form_after`) as written, with it."""
    forms: dict[str, Entity] = {}
    for ref in index.mentions.get(ORG, []):
        form = _short_form_after(index, ref)
        if form is not None:
            forms[form] = ref.entity
    return forms


def _initialisms(index: Index) -> dict[str, Entity]:
    """'The Electric Reliability Council of Texas ... ERCOT said': the initials of an
    organisation's name of three words or more, with or without its small words,
    name it where the article never brackets them; initials two bodies share name
    neither."""
    owners: dict[str, dict[str, Entity]] = {}
    for ref in index.mentions.get(ORG, []):
        words = [word for word in ref.entity.name.split() if word[:1].isalpha()]
        if len(words) < 3:
            continue
        every = "".join(word[0] for word in words).upper()
        capitalised = "".join(word[0] for word in words if word[0].isupper())
        for form in {every, capitalised}:
            owners.setdefault(form, {})[ref.entity.id] = ref.entity
    return {
        form: next(iter(found.values()))
        for form, found in owners.items()
        if len(form) >= 3 and len(found) == 1
    }


def _short_form_after(index: Index, ref: Ref) -> str | None:
    """An untagged word in brackets right after an organisation's name that starts
    with its letter: "(MIAL)", "(Defra)"."""
    doc = index.doc
    k = index.mention_tokens(ref.mention)[-1] + 2
    if k + 1 >= len(doc) or doc[k - 1].text != "(" or doc[k + 1].text != ")":
        return None
    word = doc[k].text
    initial = ref.entity.name[:1].casefold()
    fits = word.isalpha() and word[:1].isupper() and word[:1].casefold() == initial
    return word if fits and index.entity_at[k] is None else None


def _mark_body_kinds(index: Index) -> None:
    """What kind of body each organisation is, by its name ("Harwood District
    Council") and by the nouns the text introduces it with ("Larchfield Homes, the
    developer", "the watchdog (the CMA)"): "the regulator said" can then only be
    a regulator, however recent another body is."""
    for ref in index.mentions.get(ORG, []):
        kinds = index.body_kinds.get(ref.entity.id) or _name_kinds(ref.entity.name)
        if _outside(index, ref):
            for noun in _introducing_nouns(index, ref):
                lemma = noun.lemma_.casefold()
                index.introduced_as.setdefault(lemma, []).append(ref)
                kinds |= lx.BODY_NOUN_KINDS.get(lemma, frozenset())
        index.body_kinds[ref.entity.id] = kinds


def _name_kinds(name: str) -> frozenset[str]:
    """The kinds a name's head word tells (the word before its first "of" or "for",
    else its last), else any of its words: "Department of Labor" is government,
    "Acme Workers Union Local 9" a union."""
    words = [word.strip(".,'’()").casefold() for word in name.split()]
    cut = next((k for k, word in enumerate(words) if word in ("of", "for")), len(words))
    head = words[cut - 1] if cut else ""
    found = lx.BODY_NAME_KINDS.get(head)
    if found is not None:
        return found
    return frozenset().union(*(lx.BODY_NAME_KINDS.get(word, frozenset()) for word in words))


def _introducing_nouns(index: Index, ref: Ref) -> list[Token]:
    """Lowercase nouns for a body that introduce the mention: in apposition either way
    ("the CQC, the health regulator", "the regulator, the CQC"), as a modifier of
    the name ("rival wholesaler Pennock & Reid") or right before it ("the developer
    Larchfield Homes", which the parser may split)."""
    doc = index.doc
    tokens = index.mention_tokens(ref.mention)
    last = doc[tokens[-1]]
    near = [child for child in last.children if child.dep_ in ("appos", "compound")]
    if last.dep_ == "appos":
        near.append(last.head)
    if tokens[0] > 0:
        near.append(doc[tokens[0] - 1])
    return [
        noun
        for noun in near
        if noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.lemma_.casefold() in lx.BODY_DESCRIPTIONS
        and not is_person_noun(noun)
    ]


def _mark_mentions(index: Index, entities: Sequence[Entity]) -> dict[str, list[Ref]]:
    """Each entity's mentions as refs, by owner, marked on their tokens. A lone
    surname the model split off from a person ("Ilescu" beside "Victor Ilescu")
    counts as that person."""
    owners = _surname_owners(entities)
    refs: dict[str, list[Ref]] = {}
    for entity in entities:
        owner = owners.get(entity.id, entity)
        for mention in entity.mentions:
            tokens = index.mention_tokens(mention)
            if not len(tokens):
                continue
            ref = Ref(mention.start, owner, mention, index.narr_of[tokens[0]])
            refs.setdefault(owner.id, []).append(ref)
            for k in tokens:
                index.entity_at[k] = ref
    return refs


def _assign_by_honorific(index: Index, refs: dict[str, list[Ref]]) -> None:
    """'Gareth Pryce and his sister, Angharad Pryce' ... 'Mr Pryce said': a surname
    after a gendered honorific names the one person of that surname whose gender
    does not clash, whichever cluster the model put it in. A person's gender comes
    from descriptions of their full name (else their first name: 'Roger Hollis, 63,
    and Maureen Hollis, 61'), then from the honorifics settled so far."""
    shared = {key: people for key, people in _people_by_surname(refs).items() if len(people) > 1}
    if not shared:
        return
    genders: dict[str, set[str]] = {}
    for people in shared.values():
        for person in people:
            full = [ref for ref in refs[person.id] if len(ref.mention.text.split()) > 1]
            described = {gender for _, gender in _described_genders(index, full)}
            genders[person.id] = described or _first_name_genders(person)
    for _ in range(2):
        for owned in list(refs.values()):
            for ref in list(owned):
                _reassign_by_honorific(index, refs, ref, shared, genders)


def _people_by_surname(refs: dict[str, list[Ref]]) -> dict[str, list[Entity]]:
    """People with a first and last name, by each form of their surname (see
    `_surname_keys`)."""
    people: dict[str, list[Entity]] = {}
    for owned in refs.values():
        entity = owned[0].entity
        words = entity.name.split()
        if entity.type == PERSON and len(words) > 1:
            for key in _surname_keys(words):
                people.setdefault(key, []).append(entity)
    return people


def _reassign_by_honorific(
    index: Index,
    refs: dict[str, list[Ref]],
    ref: Ref,
    shared: dict[str, list[Entity]],
    genders: dict[str, set[str]],
) -> None:
    """Move a "Mr Pryce" mention to the one Pryce its honorific fits, and let it
    show that person's gender."""
    honorific = _honorific_gender(index, ref.mention)
    people = shared.get(_bare_surname(ref.mention.text), [])
    if honorific is None or not people:
        return
    fitting = [p for p in people if not genders[p.id] - {honorific}]
    if len(fitting) != 1 or len(fitting) == len(people):
        return
    target = fitting[0]
    genders[target.id].add(honorific)
    _move_ref(index, refs, ref, target)


def _move_ref(index: Index, refs: dict[str, list[Ref]], ref: Ref, target: Entity) -> None:
    """Make a mention name `target` instead of the entity the model put it in."""
    if target.id == ref.entity.id:
        return
    moved = Ref(ref.pos, target, ref.mention, ref.sent, ref.gender)
    refs[ref.entity.id].remove(ref)
    if not refs[ref.entity.id]:
        del refs[ref.entity.id]
    refs[target.id].append(moved)
    for k in index.mention_tokens(ref.mention):
        index.entity_at[k] = moved


def _assign_shared_surnames(index: Index, refs: dict[str, list[Ref]]) -> None:
    """'Callum Reid ... his brother, Fraser Reid ... Reid said': a bare surname that
    several named people share names the first of them the article introduced; news
    style gives the others in full to tell them apart. A title or honorific before
    it ("Rep. Whitcombe", "Mrs Pryce") tells them apart itself, so is left alone."""
    principals = _surname_principals(refs)
    if not principals:
        return
    for owned in list(refs.values()):
        for ref in list(owned):
            principal = principals.get(_bare_surname(ref.mention.text))
            if principal is not None and not _after_title(index, ref.mention):
                _move_ref(index, refs, ref, principal)


def _after_title(index: Index, mention: Mention) -> bool:
    first = index.mention_tokens(mention)[0]
    return first > 0 and _is_title_word(index.tokens[first - 1])


def _surname_principals(refs: dict[str, list[Ref]]) -> dict[str, Entity]:
    """For each surname (or part of a hyphenated one, or all after the first name:
    "Te Rangi") that two or more named people have, the one first named in full."""
    first: dict[str, list[tuple[int, Entity]]] = {}
    for owned in refs.values():
        entity = owned[0].entity
        words = entity.name.split()
        keys = _surname_keys(words)
        full = [
            ref.pos
            for ref in owned
            if len(ref.mention.text.split()) > 1 and _bare_surname(ref.mention.text) not in keys
        ]
        if entity.type != PERSON or len(words) < 2 or not full:
            continue
        for key in keys:
            first.setdefault(key, []).append((min(full), entity))
    return {
        key: min(people, key=lambda p: p[0])[1] for key, people in first.items() if len(people) > 1
    }


def _surname_keys(words: Sequence[str]) -> set[str]:
    """The casefolded forms a name's surname may take alone: its last word and the
    parts of it, and for a name of three words or more all after the first."""
    last = words[-1].casefold()
    keys = {last, *last.split("-")}
    if len(words) > 2:
        keys.add(" ".join(words[1:]).casefold())
    return keys


def _bare_surname(text: str) -> str:
    """A mention casefolded, without a possessive: the surname, if it is only one
    ("Pryce", "Pryce's", "Te Rangi")."""
    form = " ".join(text.split()).casefold()
    for suffix in ("'s", "’s"):
        form = form.removesuffix(suffix)
    return form


def _honorific_gender(index: Index, mention: Mention) -> str | None:
    """The gender of an honorific right before a mention: "Mr", "Mrs.", "Ms"."""
    first = index.mention_tokens(mention)[0]
    if first == 0:
        return None
    word = index.tokens[first - 1].lower_
    return _noun_gender(word) if word in lx.HONORIFICS else None


def _index_surnames(index: Index) -> None:
    """Each person's last name, for names the model did not tag ("Chief Executive
    Nadia Farouk" beside the entity "Farouk"), and the first name of each person
    named in full ('“…,” says Jenna, now 61')."""
    for ref in index.mentions.get(PERSON, []):
        words = ref.entity.name.split()
        if not words:
            continue
        _add_person(index.surnames, words[-1], ref.entity)
        if len(words) > 1:
            _add_person(index.given_names, words[0], ref.entity)


def _add_person(by_name: dict[str, list[Entity]], name: str, person: Entity) -> None:
    people = by_name.setdefault(name.casefold(), [])
    if person not in people:
        people.append(person)


def _surname_owners(entities: Sequence[Entity]) -> dict[str, Entity]:
    """One-word entities that are the later name of exactly one named person."""
    by_word: dict[str, Entity | None] = {}
    for entity in entities:
        words = entity.name.split()
        if entity.type != PERSON or len(words) < 2:
            continue
        for word in words[1:]:
            if word[:1].isupper():
                key = word.casefold()
                by_word[key] = entity if by_word.get(key, entity) is entity else None
    owners: dict[str, Entity] = {}
    for entity in entities:
        words = entity.name.split()
        if len(words) != 1 or entity.type not in (PERSON, ORG, _LOC):
            continue
        owner = by_word.get(words[0].casefold())
        if owner is not None and owner.id != entity.id:
            owners[entity.id] = owner
    return owners


def _is_personal(index: Index, entity: Entity, refs: Sequence[Ref]) -> bool:
    """A person, or a name typed otherwise that the text treats as a person's: its
    full form tagged PERSON, after a title ("Mayor Diane Feld"), with an age
    ("Harte, 57,") or described as one ("Marcus Ellery, a biologist"). Not one the
    text shows as a body (see `_shown_as_body`)."""
    if entity.type == PERSON:
        return not _body_mistaken_for_person(index, entity, refs)
    words = entity.name.split()
    if entity.type not in (ORG, _LOC) or not 1 <= len(words) <= 4:
        return False
    if any(word.casefold() in lx.ORG_DESCRIPTIONS for word in words):
        return False
    if _shown_as_body(index, refs):
        return False
    if len(words) > 2 and (words[0].casefold() in lx.CORE_TITLES | lx.HONORIFICS):
        return True
    doc = index.doc
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        full = len(words) > 1 and ref.mention.text == entity.name
        if full and all(doc[k].ent_type_ == PERSON for k in tokens):
            return True
        before = doc[tokens[0] - 1].lower_ if tokens[0] > 0 else ""
        if before in lx.HONORIFICS or before in lx.CORE_TITLES:
            return True
        if _age_after(doc, tokens[-1]) or _described_as_person(doc[tokens[-1]]):
            return True
    return False


def _as_body(kind: str) -> str:
    """The kind of a name not taken for a person's: a PERSON tag the text overrules is an ORG."""
    return ORG if kind == PERSON else kind


def _body_mistaken_for_person(index: Index, entity: Entity, refs: Sequence[Ref]) -> bool:
    """'Zentro, the online retailer, ...', 'Zentro, which is based in Oslo, ...': a
    one-word name tagged PERSON that the text describes with a noun for a body, or
    with "which" rather than "who", is an organisation (a person named in full has
    two words)."""
    if len(entity.name.split()) != 1:
        return False
    doc = index.doc
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        last = doc[tokens[-1]]
        if index.quote_of[tokens[0]] >= 0:
            continue
        if _described_with(last, lx.BODY_DESCRIPTIONS) or _followed_by_which(last):
            return True
    return False


def _followed_by_which(name: Token) -> bool:
    """'Zentro, which ...': a relative clause for a thing, opening right after the name."""
    doc = name.doc
    if name.i + 2 >= len(doc) or doc[name.i + 1].text != ",":
        return False
    which = doc[name.i + 2]
    return which.lower_ == "which" and which.head.dep_ == "relcl" and which.head.head.i == name.i


def _shown_as_body(index: Index, refs: Sequence[Ref]) -> bool:
    """'the insurer Caledonia Mutual', 'Parks Victoria said it would review': a name
    the text describes with a noun for a body, or refers back to as "it" in what it
    reports, names an organisation, whatever the model tagged it."""
    doc = index.doc
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        if index.quote_of[tokens[0]] >= 0:
            continue
        last = doc[tokens[-1]]
        if _described_with(last, lx.BODY_DESCRIPTIONS) or _reports_as_it(last):
            return True
    return False


def _described_with(token: Token, nouns: frozenset[str]) -> bool:
    """'the insurer Caledonia Mutual', 'Caledonia Mutual, an insurer': whether one of
    the nouns, lowercase and not for a person, stands in apposition to the name that
    ends at the token, or before it."""
    described = [child for child in token.children if child.dep_ in ("appos", "compound")]
    if token.dep_ == "appos":
        described.append(token.head)
    return any(
        noun.text.islower() and noun.lemma_.casefold() in nouns and not is_person_noun(noun)
        for noun in described
    )


def _reports_as_it(token: Token) -> bool:
    """'Parks Victoria said it would review the signs': "it" as the subject of what the
    name reports; not with "be" ('Kerr said it was too late' says nothing of Kerr)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return False
    return any(
        grand.dep_ == "nsubj" and grand.lower_ == "it"
        for clause in verb.children
        if clause.dep_ == "ccomp" and clause.lemma_ != "be"
        for grand in clause.children
    )


def _age_after(doc: Doc, last: int) -> bool:
    """'Gillian Harte, 57,': a name followed by an age."""
    if last + 3 >= len(doc) or doc[last + 1].text != ",":
        return False
    age, after = doc[last + 2], doc[last + 3]
    return age.text.isdigit() and len(age.text) <= 3 and after.text in (",", ")")


def _described_as_person(token: Token) -> bool:
    """'Marcus Ellery, a biologist', 'the coach, Martin Kell', 'a fisherman called
    Goran Perić'."""
    if token.dep_ == "appos" and is_person_noun(token.head):
        return True
    if token.dep_ == "oprd" and token.head.dep_ == "acl" and is_person_noun(token.head.head):
        return True
    return any(child.dep_ == "appos" and is_person_noun(child) for child in token.children)


def is_person_noun(token: Token) -> bool:
    """A noun for a person: "minister", "archaeologist", "the 22-year-old"."""
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") and token.lower_ != "old":
        return False
    lemma = token.lemma_.casefold()
    if lemma in lx.PERSON_DESCRIPTIONS or token.lower_ in lx.PERSON_DESCRIPTIONS:
        return True
    if token.pos_ == "NOUN" and lemma in lx.MORE_PERSON_NOUNS:
        return True
    if _is_age_noun(token):
        return True
    if token.pos_ != "NOUN" or lemma in lx.ORG_DESCRIPTIONS or lemma in lx.DOCUMENT_NOUNS:
        return False
    return any(
        lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3 for suffix in lx.PERSON_SUFFIXES
    )


def _is_age_noun(token: Token) -> bool:
    """'the 22-year-old' (the parser splits it and heads it with "old")."""
    if token.lower_.endswith("-year-old"):
        return True
    return token.lower_ == "old" and any(
        child.lower_ in ("year", "years") for child in token.children
    )


def _first_name_gender(name: str) -> str | None:
    """The gender a person's first name usually has ("Maureen Hollis"): weak
    evidence, only for telling apart people nothing stronger does. A lone word
    ("Jordan", "Hollis") may be a surname, so it tells nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].casefold()
    if first in FEMALE_NAMES:
        return _FEMALE
    return _MALE if first in MALE_NAMES else None


def _first_name_genders(entity: Entity) -> set[str]:
    """`_first_name_gender` as the set of genders `_assign_by_honorific` compares."""
    gender = _first_name_gender(entity.name)
    return set() if gender is None else {gender}


def _word_gender(word: str) -> str | None:
    """The gender a pronoun or noun ("she", "spokesman", "Mrs") shows, if any."""
    if word in lx.MALE_PRONOUNS:
        return _MALE
    if word in lx.FEMALE_PRONOUNS:
        return _FEMALE
    return _noun_gender(word)


def _noun_gender(word: str) -> str | None:
    if word in lx.MALE_WORDS:
        return _MALE
    if word in lx.FEMALE_WORDS:
        return _FEMALE
    return None


def _infer_genders(index: Index) -> None:
    """Each person's gender, when the article shows it and never contradicts it. An
    honorific ("Mr Furtado") outweighs pronouns, which may belong to someone else
    ("Furtado, who fished on her boats, recalled that she")."""
    votes: dict[str, set[str]] = {}
    for entity_id, gender in _description_votes(index):
        votes.setdefault(entity_id, set()).add(gender)
    titled = _honorific_votes(index)
    for entity_id, gender in _pronoun_votes(index):
        if entity_id not in titled:
            votes.setdefault(entity_id, set()).add(gender)
    index.gender_of = {key: genders.pop() for key, genders in votes.items() if len(genders) == 1}


def _honorific_votes(index: Index) -> set[str]:
    """The people written with a gendered honorific outside quotes ("Mr Furtado")."""
    found = set()
    for ref in index.mentions.get(PERSON, []):
        first = index.mention_tokens(ref.mention)[0]
        if index.quote_of[first] < 0 and _honorific_gender(index, ref.mention) is not None:
            found.add(ref.entity.id)
    return found


def _description_votes(index: Index) -> Iterator[tuple[str, str]]:
    """(entity id, gender) from an honorific or gendered description beside a
    mention outside quotes: "Mrs Cole", "Kell, the spokesman"."""
    return _described_genders(index, index.mentions.get(PERSON, []))


def _described_genders(index: Index, refs: Sequence[Ref]) -> Iterator[tuple[str, str]]:
    doc = index.doc
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        if index.quote_of[tokens[0]] >= 0:
            continue
        words = [doc[tokens[0] - 1].lower_] if tokens[0] > 0 else []
        last = doc[tokens[-1]]
        words += [child.lower_ for child in last.children if child.dep_ == "appos"]
        if last.dep_ == "appos":
            words.append(last.head.lower_)
        for word in words:
            gender = _noun_gender(word)
            if gender is not None:
                yield ref.entity.id, gender


def _pronoun_votes(index: Index) -> Iterator[tuple[str, str]]:
    """(entity id, gender) from pronouns outside quotes that can only refer to one
    person ("Harte said she ...", "Kell ... said his club")."""
    for token in index.tokens:
        if index.quote_of[token.i] >= 0 or token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue
        vote = _pronoun_vote(index, token)
        if vote is not None:
            yield vote


def _pronoun_vote(index: Index, pronoun: Token) -> tuple[str, str] | None:
    """(entity id, gender) when a pronoun can only mean the subject of a clause above it:
    'Harte said she had', 'Feld met groups to make her case'. Not across verbs with a
    listener ('Lyle asked why she'), nor with another person in the clause."""
    lower = pronoun.lower_
    gender = _word_gender(lower) if lower in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS else None
    if gender is None:
        return None
    token = pronoun.head
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and index.quote_of[token.i] < 0:
            subject = subject_of(index, token)
            if subject is not None and subject.i != pronoun.i and subject.i != pronoun.head.i:
                ref = named_subject(index, subject)
                if ref is None or index.kind(ref.entity) != PERSON:
                    return None
                if token.lemma_.casefold() in lx.ADDRESSEE_VERBS or _has_listener(index, token):
                    return None
                return ref.entity.id, gender
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def named_subject(index: Index, subject: Token) -> Ref | None:
    """The entity a subject names: itself, its apposition, or a relative pronoun's antecedent."""
    if subject.lower_ in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    ref = entity_at(index, subject)
    if ref is not None:
        return ref
    for child in subject.children:
        if child.dep_ == "appos" and entity_at(index, child) is not None:
            return entity_at(index, child)
    return None


def _has_listener(index: Index, verb: Token) -> bool:
    """Whether a person other than the subject is an object of the verb ('put it to her')."""
    for child in verb.children:
        objects = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
        for obj in objects:
            ref = entity_at(index, obj)
            if obj.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS:
                return True
            if ref is not None and index.kind(ref.entity) == PERSON:
                return True
    return False


# --------------------------------------------------------------------------
# History: every subject outside quotes, resolved in reading order
# --------------------------------------------------------------------------


def _collect_history(index: Index) -> None:
    """Subjects outside quotes, resolved in reading order so that "he" and "the
    minister" can chain back; those of reporting verbs are the speakers. People
    left unnamed ("a nurse") are remembered too, so that "she" is not guessed."""
    _find_labels(index)
    _remember_addressees(index)
    _remember_questioned(index)
    for token, speaking in _subject_slots(index):
        if token.lower_ in lx.PRONOUNS_GROUP and not speaking:
            continue
        if not speaking and _describes_non_subject(token):
            continue
        _remember_subject(index, token, speaking)


def _describes_non_subject(token: Token) -> bool:
    """'He defended the referee, Daniel Moss, who has been criticised': the "who" of a
    relative clause on an object does not make the referee the one a later "he" means."""
    if token.lower_ not in lx.RELATIVE_PRONOUNS or token.head.dep_ != "relcl":
        return False
    antecedent = token.head.head
    for _ in range(MAX_CLIMB):
        if antecedent.dep_ != "appos" or antecedent.head.i == antecedent.i:
            break
        antecedent = antecedent.head
    return antecedent.dep_ not in ("nsubj", "nsubjpass")


def _remember_subject(index: Index, token: Token, speaking: bool) -> None:
    """Add a resolved subject to the history under each kind it may be referred back as."""
    found = resolve(index, token)
    sent = index.narr_of[token.i]
    if found is None or found.entity is None:
        if found is None:
            _remember_unnamed(index, token)
        return
    if speaking and token.lower_ in lx.PRONOUNS_PERSON and found.gender is not None:
        _learn_gender(index, found)
    for kind in found.kinds:
        ref = Ref(token.idx, found.entity, found.mention, sent, found.gender)
        index.subjects.setdefault(kind, []).append(ref)
        if speaking:
            index.speakers.setdefault(kind, []).append(ref)


def _remember_addressees(index: Index) -> None:
    """'asked a nurse what she would do': the one asked, when left unnamed."""
    for token in index.tokens:
        addressed = token.head.lemma_.casefold() == "ask"
        if addressed and token.dep_ in ("dobj", "dative") and index.quote_of[token.i] < 0:
            _remember_unnamed(index, token)


_PUT_TO_VERBS = frozenset({"put", "pose", "direct", "address", "read"})


def _remember_questioned(index: Index) -> None:
    """'Castellanos was asked whether ...', 'The criticism was put to Brandenberger':
    the person questioned is who answers in the next sentence, whoever else the
    question names."""
    for token in index.tokens:
        if index.quote_of[token.i] >= 0 or not _is_questioned(token):
            continue
        ref = named_subject(index, token)
        if ref is not None and index.kind(ref.entity) == PERSON:
            index.addressed.append(Ref(ref.pos, ref.entity, ref.mention, ref.sent))


def _is_questioned(token: Token) -> bool:
    """The one asked: "X was asked", "asked X", "put it to X"."""
    head = token.head
    lemma = head.lemma_.casefold()
    if lemma == "ask" and token.dep_ in ("nsubjpass", "dobj", "dative"):
        return True
    return (
        token.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_.casefold() in _PUT_TO_VERBS
    )


def _learn_gender(index: Index, found: Found) -> None:
    """'“…,” she said' of Mary Cole: a later "he" is not Mary Cole."""
    entity = found.entity
    if entity is None or found.gender is None or index.kind(entity) != PERSON:
        return
    if entity.id not in index.gender_of:
        index.gender_of[entity.id] = found.gender
        index.learned.add(entity.id)


def _remember_unnamed(index: Index, token: Token) -> None:
    """'One victim, an 88-year-old widow, ...', 'asked a nurse what she would do',
    'the customer, who asked not to be named', 'one of the coaches'; for "they",
    also 'Police said ...' when no organisation is named as the police. Any noun that
    withholds its name is a person ('a camper who asked not to be named'); one who
    gives a name ('a driver who gave his name as Kip') is not unnamed. A relative
    pronoun stands for the noun it hangs on ('a man who said he had lived there')."""
    if token.lower_ in lx.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head
    member = _one_of_people(token)
    withholds = withholds_name(index, token)
    if member is not None:
        _add_unnamed(index, PERSON, token, member, withholds)
        return
    if (_is_definite(token) and not withholds) or _name_given_as(index, token) is not None:
        return
    if token.lemma_.casefold() in lx.ORG_DESCRIPTIONS and not is_person_noun(token):
        kind: str | None = ORG
    elif is_person_noun(token) or (withholds and token.pos_ == "NOUN"):
        kind = PERSON if token.tag_ == "NN" else ORG if token.tag_ == "NNS" else None
    else:
        return
    if kind is not None:
        _add_unnamed(index, kind, token, token, withholds)


def _add_unnamed(index: Index, kind: str, token: Token, noun: Token, anonymous: bool) -> None:
    """Remember someone unnamed at `token`, of the gender `noun` shows."""
    gender = _word_gender(noun.lemma_.casefold())
    asked = token.dep_ == "nsubj" and token.head.lemma_.casefold() == "ask"
    unnamed = Unnamed(token.idx, index.narr_of[token.i], gender, asked, anonymous)
    bisect.insort(index.unnamed.setdefault(kind, []), unnamed, key=lambda person: person.pos)


def _one_of_people(token: Token) -> Token | None:
    """'One of the coaches who runs the squads told me': the plural person noun that
    "one" picks a person from, unnamed."""
    if token.lower_ != "one":
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.tag_ == "NNS" and is_person_noun(noun):
                    return noun
    return None


def _find_labels(index: Index) -> None:
    """'Kovač: Because my students asked me ...': an interview answer labelled with
    its speaker; "I" in that paragraph is them."""
    doc = index.doc
    for k in index.sent_starts:
        while k < len(doc) and doc[k].is_space:
            k += 1
        ref = index.entity_at[k] if k < len(doc) else None
        if ref is None or index.kind(ref.entity) != PERSON:
            continue
        end = k
        while end < len(doc) and index.entity_at[end] is ref:
            end += 1
        if end < len(doc) and doc[end].text == ":" and opens_paragraph(index.text, doc[k].idx):
            index.label_of[index.para_of[k]] = ref
    if not index.label_of:
        _label_answers(index)


_QUESTION_TOKENS = 30  # tokens an interviewer's question paragraph holds at most


def _label_answers(index: Index) -> None:
    """'You started the charity in 2000. What were you doing before that?' / 'I was a
    social worker ...': in an interview whose answers carry no label, the paragraph
    after each question is answered by the person the article names first; two
    questions or more make it an interview."""
    questions = _question_paragraphs(index)
    people = index.mentions.get(PERSON, [])
    if len(questions) < 2 or not people:
        return
    for paragraph in questions:
        if paragraph + 1 not in questions:
            index.label_of[paragraph + 1] = people[0]


def _question_paragraphs(index: Index) -> set[int]:
    """Paragraphs of a few words, outside quotes, that end with a question mark."""
    counts: dict[int, int] = {}
    quoted: set[int] = set()
    last: dict[int, str] = {}
    for token in index.tokens:
        if token.is_space:
            continue
        paragraph = index.para_of[token.i]
        counts[paragraph] = counts.get(paragraph, 0) + 1
        last[paragraph] = token.text
        if index.quote_of[token.i] >= 0:
            quoted.add(paragraph)
    return {
        paragraph
        for paragraph, text in last.items()
        if text == "?" and paragraph not in quoted and counts[paragraph] <= _QUESTION_TOKENS
    }


def opens_paragraph(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of the line and `pos`."""
    while pos > 0 and text[pos - 1] in " \t\r":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _subject_slots(index: Index) -> list[tuple[Token, bool]]:
    """Subject tokens outside quotes in order, each with whether it reports speech; the
    agent of a passive ('was criticised by Yoko Ishida') is a subject too."""
    slots: dict[int, bool] = {}
    doc = index.doc
    for token in index.tokens:
        if index.quote_of[token.i] >= 0:
            continue
        if token.dep_ in ("nsubj", "nsubjpass", "agent"):
            slots[token.i] = slots.get(token.i, False)
        if (
            is_according(token)
            or _owners_word(token) is not None
            or (token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in lx.REPORTING_VERBS)
        ):
            subject = subject_of(index, token)
            if subject is not None and index.quote_of[subject.i] < 0:
                slots[subject.i] = True
    return [(doc[k], slots[k]) for k in sorted(slots)]


_Positioned = TypeVar("_Positioned", Ref, Unnamed)


def _count_before(items: Sequence[_Positioned], pos: int) -> int:
    """How many items (in text order) lie before `pos`."""
    return bisect.bisect_left(items, pos, key=lambda item: item.pos)


def _before(items: Sequence[_Positioned], pos: int) -> Iterator[_Positioned]:
    """The items before `pos`, nearest first, looking a bounded way back."""
    at = _count_before(items, pos)
    return reversed(items[max(0, at - _MAX_LOOKBACK) : at])


def _latest(refs: Sequence[Ref], pos: int, accept: Callable[[Ref], bool]) -> Ref | None:
    """The last ref before `pos` that `accept` takes, looking a bounded way back."""
    return next((ref for ref in _before(refs, pos) if accept(ref)), None)


def _recent(
    refs: Sequence[Ref], pos: int, first_sent: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """The last ref before `pos` in sentence `first_sent` or later that `accept` takes."""
    for ref in _before(refs, pos):
        if ref.sent < first_sent:
            return None
        if accept(ref):
            return ref
    return None


def _any(ref: Ref) -> bool:
    return True


def has_spoken(index: Index, found: Found, pos: int) -> bool:
    """Whether the article reported the entity speaking before `pos` (looking a
    bounded way back)."""
    entity = found.entity
    speakers = index.speakers.get(PERSON, [])
    return entity is not None and any(ref.entity.id == entity.id for ref in _before(speakers, pos))


# --------------------------------------------------------------------------
# Subjects: who does the reporting of a verb
# --------------------------------------------------------------------------


def subject_of(index: Index, verb: Token) -> Token | None:
    """Who does the reporting: the verb's subject, a shared subject, or "according to X".

    'defended a decision to halve subsidies, telling lawmakers ...': the subject
    of "telling" is that of the verb whose object the infinitive completes. A verb
    the parser hung on a quote or on another paragraph shares no subject with it.
    """
    if is_according(verb):
        return _object_of_to(verb)
    owner = _owners_word(verb)
    if owner is not None:
        return owner
    for _ in range(4):
        own = _own_subject(index, verb)
        if own is not None:
            return own
        if verb.dep_ == "conj":
            shared = _sibling_subject(index, verb)
            if shared is not None:
                return shared
        if verb.dep_ == "acl" and _is_infinitive(verb) and verb.head.dep_ == "dobj":
            above = verb.head.head
        elif verb.dep_ in ("conj", "xcomp", "advcl"):
            above = verb.head
        else:
            if verb.dep_ != "ROOT":
                return None
            return (
                _name_before_comma(index, verb)
                or _subject_hung_on_opening(index, verb)
                or _subject_hung_on_paragraph_before(index, verb)
            )
        if index.quote_of[above.i] >= 0 or index.para_of[above.i] != index.para_of[verb.i]:
            return _name_before_comma(index, verb)
        if above.i == verb.i:
            return None
        verb = above
    return None


def _name_before_comma(index: Index, verb: Token) -> Token | None:
    """'“A,” Acme's chief executive, Ada Obi, told the BBC': a verb the parser left
    without a subject (or hung on the quote), right after a comma that closes a
    person's name: that name; also across a short aside set off by commas
    ('Ann Roe KC, defending, said')."""
    k = verb.i - 2
    if _names_person_before_comma(index, k):
        return verb.doc[k]
    aside = _aside_start(index, k)
    if aside is not None and _names_person_before_comma(index, aside - 2):
        return verb.doc[aside - 2]
    return None


_MAX_ASIDE = 4  # words in a short aside between commas ("defending", "aged 52")


def _names_person_before_comma(index: Index, k: int) -> bool:
    """Token `k` names a person, outside quotes, and a comma follows it."""
    if k < 0 or index.tokens[k + 1].text != "," or index.quote_of[k] >= 0:
        return False
    ref = index.entity_at[k]
    return ref is not None and index.kind(ref.entity) == PERSON


def _aside_start(index: Index, last: int) -> int | None:
    """The first word of a short aside ending at `last` and opened by a comma, when
    it names nothing and stays in one paragraph outside quotes."""
    doc = index.doc
    for k in range(last, max(0, last - _MAX_ASIDE), -1):
        token = doc[k]
        if token.is_punct or index.entity_at[k] is not None or index.quote_of[k] >= 0:
            return None
        if index.para_of[k] != index.para_of[last]:
            return None
        if doc[k - 1].text == ",":
            return k
    return None


def _subject_hung_on_opening(index: Index, verb: Token) -> Token | None:
    """'Outside court, Ada Obi, a spokeswoman for the group, said', 'In a statement
    read to the court, a woman whose savings were taken said': a verb the parser left
    without a subject, having hung it (in apposition, or as a conjunct) on the object
    of the phrase that opens the sentence: that noun, when its phrase runs on up to
    the verb."""
    doc = verb.doc
    for opening in verb.children:
        if opening.dep_ != "prep" or opening.i > verb.i:
            continue
        for token in opening.subtree:
            hung = token.dep_ in ("appos", "conj") and token.head.dep_ == "pobj"
            if not hung or token.left_edge.i < 1:
                continue
            after = doc[token.right_edge.i + 1 : verb.i]
            set_off = doc[token.left_edge.i - 1].text == ","
            if set_off and all(t.text == "," for t in after) and index.quote_of[token.i] < 0:
                return token
    return None


def _subject_hung_on_paragraph_before(index: Index, verb: Token) -> Token | None:
    """'... apply for a larger bin.' / 'Council leader Ada Obi said ...': a verb the
    parser left without a subject, having read the paragraph break as no break and hung
    the noun phrase that opens the verb's sentence on the paragraph before: the head
    of that phrase, when it runs from the sentence start up to the verb."""
    doc = verb.doc
    first = index.sent_starts[index.sent_of[verb.i]]
    while first < verb.i and doc[first].is_space:
        first += 1
    phrase = range(first, verb.i)
    if not phrase or any(index.quote_of[k] >= 0 or doc[k].is_punct for k in phrase):
        return None
    roots = [doc[k] for k in phrase if doc[k].head.i not in phrase]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head = roots[0].head
    return roots[0] if index.para_of[head.i] != index.para_of[verb.i] else None


def is_according(token: Token) -> bool:
    """The "according" of "according to"."""
    if token.lower_ != lx.ACCORDING_TO[0]:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == lx.ACCORDING_TO[1]


def by_own_account(token: Token) -> str | None:
    """ "by the club's own admission": the phrase, when the token is its noun."""
    if _owners_word(token) is None:
        return None
    start = token.head.idx
    return token.doc.text[start : token.idx + len(token.text)]


def _owners_word(token: Token) -> Token | None:
    """The owner of "by the club's own admission", "by his account": who says so."""
    if token.lemma_.casefold() not in lx.OWN_WORD_NOUNS or token.dep_ != "pobj":
        return None
    if token.head.lower_ != "by":
        return None
    return next((child for child in token.children if child.dep_ == "poss"), None)


def _object_of_to(according: Token) -> Token | None:
    to = according.nbor(1)
    for child in to.children:
        if child.dep_ == "pobj":
            return child
    return None


def _is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _own_subject(index: Index, verb: Token) -> Token | None:
    """The verb's subject; of two ('said the bill's sponsor, Sen. Ruth Halvorsen',
    'said Panthers coach Anil Deshpande'), the last that names a person, else the
    last that names anything, else the nearest. A subject the parser hung on the
    verb from another paragraph is not its subject (see `_in_paragraph_of`)."""
    slots = [
        slot
        for child in verb.children
        if _is_speaker_slot(verb, child) and index.quote_of[child.i] < 0
        for slot in [_in_paragraph_of(index, verb, child)]
        if slot is not None
    ]
    if len(slots) > 1:
        refs = [(child, index.entity_at[child.i]) for child in slots]
        named = [child for child, ref in refs if ref is not None]
        people = [c for c, ref in refs if ref is not None and index.kind(ref.entity) == PERSON]
        nearest = min(slots, key=lambda child: abs(child.i - verb.i))
        return (people or named or [nearest])[-1]
    if slots:
        return _person_for_org(index, slots[0])
    return (
        _inverted_subject(index, verb)
        or _subject_parsed_as_modifier(index, verb)
        or _fronted_name(index, verb)
        or _phrase_after_quote(index, verb)
    )


def _person_for_org(index: Index, subject: Token) -> Token:
    """'For Labour, the shadow housing secretary, Martin Gale, wrote': an organisation
    parsed as the subject, with a role and a person's name in apposition: the person."""
    ref = index.entity_at[subject.i]
    if ref is None or ref.entity.type != ORG:
        return subject
    for role in subject.children:
        name = _person_child(index, role, "appos") if role.dep_ == "appos" else None
        if name is not None and role.pos_ == "NOUN":
            return name
    return subject


def _person_child(index: Index, token: Token, dep: str) -> Token | None:
    """The first child of the token in that dependency slot that names a person."""
    for child in token.children:
        ref = index.entity_at[child.i] if child.dep_ == dep else None
        if ref is not None and index.kind(ref.entity) == PERSON:
            return child
    return None


def _in_paragraph_of(index: Index, verb: Token, subject: Token) -> Token | None:
    """The subject, when in the verb's paragraph; for one the parser took from the
    paragraph before ('... a reference to talks.' / 'The 61-year-old governor told'),
    its apposition in the verb's paragraph, else nothing."""
    paragraph = index.para_of[verb.i]
    if index.para_of[subject.i] == paragraph:
        return subject
    return next(
        (
            child
            for child in subject.children
            if child.dep_ == "appos" and index.para_of[child.i] == paragraph
        ),
        None,
    )


def _is_speaker_slot(verb: Token, child: Token) -> bool:
    if child.dep_ == "nsubj":
        return True
    if child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
        return True
    return child.dep_ == "agent" and any(grand.dep_ == "pobj" for grand in child.children)


def _sibling_subject(index: Index, verb: Token) -> Token | None:
    """'X accused … and said …': the subject of the nearest coordinated verb before
    (looking a bounded way back, so a long list stays linear)."""
    doc = verb.doc
    head = verb.head.i
    for k in range(verb.i - 1, max(head, verb.i - MAX_SCAN), -1):
        sibling = doc[k]
        if sibling.head.i != head or sibling.dep_ != "conj":
            continue
        if sibling.pos_ not in ("VERB", "AUX") or index.quote_of[sibling.i] >= 0:
            continue
        for child in sibling.children:
            if child.dep_ == "nsubj" and index.quote_of[child.i] < 0:
                return child
    return None


def _phrase_after_quote(index: Index, verb: Token) -> Token | None:
    """'“…,” a spokesperson for Unison, the public services union, said' parsed with
    the speaker as an object inside the quote: the head of the one noun phrase that
    stands between the quote and the verb."""
    if verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    doc = verb.doc
    last = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].text == "," else verb.i - 1
    first = last
    while first > max(0, verb.i - MAX_SCAN) and index.quote_of[first - 1] < 0:
        first -= 1
    if first == 0 or index.quote_of[first - 1] < 0 or first > last:
        return None
    phrase = range(first, last + 1)
    roots = [doc[k] for k in phrase if doc[k].head.i not in phrase or doc[k].head.i == k]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return roots[0] if index.para_of[first] == index.para_of[verb.i] else None


def _inverted_subject(index: Index, verb: Token) -> Token | None:
    """'“…,” warned analysts at Acme': after a quote the parser may take the speaker as
    object. Of a verb with a listener ('told reporters'), only a question's asker: '“Why
    now?” asked Ada Obi'."""
    if verb.i < 2:
        return None
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text == ",":
        before = doc[verb.i - 2]
    if before.text not in _QUOTE_MARKS:
        return None
    if verb.lemma_.casefold() in lx.ADDRESSEE_VERBS:
        return _asker_after_question(index, verb, before)
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and index.quote_of[child.i] < 0:
            return child
    return _named_after(index, verb)


def _asker_after_question(index: Index, verb: Token, mark: Token) -> Token | None:
    """'“Why now?” asked Ada Obi of the Herald': the person named as the object of a verb
    of asking right after a question's closing mark."""
    if mark.i < 1 or verb.doc[mark.i - 1].text != "?":
        return None
    for child in verb.children:
        ref = index.entity_at[child.i] if child.dep_ == "dobj" and child.i > verb.i else None
        if ref is not None and index.kind(ref.entity) == PERSON:
            return child
    return None


def _fronted_name(index: Index, verb: Token) -> Token | None:
    """'Asante, whose finish was his first goal since he returned, said ...' parsed
    with the name as the subject of the clause inside: the name that opens the
    sentence, set off by a comma, is who speaks when a comma comes right before the
    reporting verb (titles before the name aside: "Sen. Gordon Whitcombe")."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    k = index.sent_starts[index.sent_of[verb.i]]
    doc = verb.doc
    while k < verb.i and (doc[k].is_space or _is_title_word(doc[k])):
        k += 1
    ref = index.entity_at[k] if index.quote_of[k] < 0 else None
    if ref is None or index.kind(ref.entity) not in (PERSON, ORG):
        return None
    last = index.mention_tokens(ref.mention)[-1]
    return doc[last] if last + 1 < verb.i - 1 and doc[last + 1].text == "," else None


def _subject_parsed_as_modifier(index: Index, verb: Token) -> Token | None:
    """'“…,” the 54-year-old said': the parser may read the subject as modifiers of
    the verb (the verb taking its "the"); the last of them is the subject's head."""
    if not any(child.dep_ == "det" and child.i < verb.i for child in verb.children):
        return None
    heads = [
        child
        for child in verb.children
        if child.i < verb.i
        and child.dep_ in ("amod", "compound", "nmod")
        and index.quote_of[child.i] < 0
    ]
    return heads[-1] if heads else None


_NAME_RUN_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})


def _named_after(index: Index, verb: Token) -> Token | None:
    """'“…,” said Panthers coach Anil Deshpande.' parsed without a subject: the last
    person (else anything) named in the noun phrase right after the verb."""
    doc = verb.doc
    best: Token | None = None
    best_person = False
    for k in range(verb.i + 1, min(len(doc), verb.i + 9)):
        token = doc[k]
        if token.pos_ not in _NAME_RUN_POS or index.quote_of[k] >= 0:
            break
        ref = index.entity_at[k]
        if ref is None:
            continue
        person = index.kind(ref.entity) == PERSON
        if person or not best_person:
            best, best_person = token, person
    return best


# --------------------------------------------------------------------------
# Resolution: what a subject names or refers to
# --------------------------------------------------------------------------


def resolve(index: Index, subject: Token, depth: int = 0) -> Found | None:
    """What a subject token names or refers to (memoised: the history resolves every
    subject in reading order, so each sees only what came before it)."""
    if subject.i in index.resolved:
        return index.resolved[subject.i]
    found = _resolve_token(index, subject, depth)
    index.resolved[subject.i] = found
    return found


def _resolve_token(index: Index, subject: Token, depth: int) -> Found | None:
    """A name, a relative or personal pronoun, "I" under a speaker label, a name the
    model missed, or a description, in that order."""
    if subject.dep_ == "agent":
        agent = next((child for child in subject.children if child.dep_ == "pobj"), None)
        if agent is None:
            return None
        subject = agent
    ref = entity_at(index, subject)
    if ref is not None and index.kind(ref.entity) == _LOC:
        ref = _appositive_speaker(index, subject) or ref
    if ref is None and _is_scene(subject):
        ref = _appositive_speaker(index, subject)
    if ref is not None and _is_nationality_description(index, subject, ref):
        title = subject.lemma_.casefold()
        return _resolve_back(index, subject, PERSON, None, title)
    if ref is not None:
        return named(index, ref)
    lower = subject.lower_
    if lower in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        if antecedent.i == subject.i or depth >= 3:
            return None
        return resolve(index, antecedent, depth + 1)
    if lower in lx.PRONOUNS_PERSON:
        return _resolve_back(index, subject, PERSON, _word_gender(lower), None)
    label = index.label_of.get(index.para_of[subject.i]) if lower == "i" else None
    if label is not None:
        mention = _token_mention(index, subject, subject)
        return Found(label.entity.name, label.entity, mention, (PERSON,))
    if lower in lx.PRONOUNS_GROUP:
        return _resolve_back(index, subject, ORG, None, None)
    participle_of = _person_before_participle(subject)
    if participle_of is not None:
        gender = _word_gender(participle_of.lemma_.casefold())
        return _definite_description(index, participle_of, True, gender)
    described = _is_definite(subject) or not subject.text[:1].isupper() or lower in lx.KIN_NAMES
    if subject.pos_ == "PROPN" and not described:
        return _unlinked_name(index, subject)
    if not described and _is_known_name(index, subject):
        return _unlinked_name(index, subject)
    return _resolve_description(index, subject)


def _is_known_name(index: Index, subject: Token) -> bool:
    """'“…,” Ittusardjuat said', '“…,” Bríd says' with the name taken for a common
    noun: a capitalised word that is the last name of exactly one person the article
    names, or the first name of exactly one it names in full."""
    if not subject.text[:1].isupper():
        return False
    key = subject.lower_
    return len(index.surnames.get(key, [])) == 1 or len(index.given_names.get(key, [])) == 1


def _is_nationality_description(index: Index, subject: Token, ref: Ref) -> bool:
    """'the Croatian said', 'the South African admitted': a nationality (neither
    person, body nor place) used with "the" as a description of a person, like "the
    manager"; the subject ends the mention, so it is not a modifier."""
    if index.kind(ref.entity) in (PERSON, ORG, _LOC) or subject.tag_ not in ("NNP", "NN", "JJ"):
        return False
    return index.mention_tokens(ref.mention)[-1] == subject.i and _is_definite(subject)


def _person_before_participle(subject: Token) -> Token | None:
    """'The paramedic driving that day remembers him': a subject the parser heads with
    the participle, taking the person noun before it for an adjective."""
    if subject.tag_ != "VBG" or subject.i == 0 or not _is_definite(subject):
        return None
    noun = subject.doc[subject.i - 1]
    if noun.dep_ != "amod" or noun.head.i != subject.i:
        return None
    lemma = noun.lemma_.casefold()
    return (
        noun if lemma in lx.PERSON_DESCRIPTIONS or noun.lower_ in lx.PERSON_DESCRIPTIONS else None
    )


def resolve_possessor(index: Index, noun: Token) -> Found | None:
    """'Her verdict was blunt', 'Acme's message': who owns what was said ("her" as "she")."""
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    if owner is None or index.quote_of[owner.i] >= 0:
        return None
    ref = entity_at(index, owner)
    if ref is not None:
        return named(index, ref)
    lower = owner.lower_
    if lower in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS:
        return _resolve_back(index, owner, PERSON, _word_gender(lower), None)
    return None


def named(index: Index, ref: Ref) -> Found:
    """A mention of an entity, as what it names."""
    return Found(ref.entity.name, ref.entity, ref.mention, (index.kind(ref.entity),))


def _appositive_speaker(index: Index, subject: Token, depth: int = 0) -> Ref | None:
    """'LONDON — Prime Minister Rishi Sunak said', 'Outside court, the brother, Ian
    Roe, said': a dateline or scene parsed as the subject, the speaker as its
    appositive (or the appositive's own)."""
    for child in subject.children:
        if child.dep_ != "appos":
            continue
        ref = entity_at(index, child)
        if ref is None and depth == 0:
            ref = _appositive_speaker(index, child, depth + 1)
        if ref is not None and index.kind(ref.entity) in (PERSON, ORG):
            return ref
    return None


def _is_scene(subject: Token) -> bool:
    """'Outside court, ...': a bare common noun opening its sentence after a modifier,
    with no determiner, which news copy uses to set the scene, never to name who
    speaks."""
    return (
        subject.pos_ == "NOUN"
        and not is_person_noun(subject)
        and not any(child.dep_ in ("det", "poss") for child in subject.children)
        and subject.left_edge.i < subject.i
        and all(token.is_space for token in subject.doc[subject.sent.start : subject.left_edge.i])
    )


def _token_mention(index: Index, first: Token, last: Token) -> Mention:
    start, end = first.idx, last.idx + len(last.text)
    return Mention(text=index.text[start:end], start=start, end=end)


def _resolve_back(
    index: Index, ref_token: Token, kind: str, gender: str | None, title: str | None
) -> Found | None:
    """A pronoun or description, as the entity it refers back to; the mention is its own
    span. See `_subject_despite_learned_gender` for a "she" a guessed gender blocks."""
    found = _antecedent(index, ref_token, kind, gender, title)
    if found is not None and kind == PERSON:
        found = _other_by_first_name(index, ref_token, found, gender, title)
    if found is None and kind == PERSON and ref_token.lower_ in lx.PRONOUNS_PERSON:
        found = _subject_despite_learned_gender(index, ref_token, gender)
    if found is None:
        return None
    mention = _token_mention(index, _description_start(ref_token), ref_token)
    return Found(found.entity.name, found.entity, mention, (kind,), gender or found.gender)


def _other_by_first_name(
    index: Index, token: Token, found: Ref, gender: str | None, title: str | None
) -> Ref:
    """'Tom Baker and Maria Lopez run the bakery. “…,” she said': when nothing
    stronger shows either's gender and the one found has a first name of the other
    gender, whoever would be found with first names counted; if nobody, still the
    one found (a name is only weak evidence)."""
    if gender is None or (found.gender or index.gender_of.get(found.entity.id)) is not None:
        return found
    if index.name_gender_of.get(found.entity.id) in (None, gender):
        return found
    return _antecedent(index, token, PERSON, gender, title, by_name=True) or found


def _antecedent(
    index: Index,
    token: Token,
    kind: str,
    gender: str | None,
    title: str | None,
    *,
    by_name: bool = False,
) -> Ref | None:
    """Who "he", "the minister", "the ministry" or "they" most likely is at `token`.

    People, by salience: one introduced with that title; a subject earlier in the
    same sentence; the only person named earlier in it as a subject or possessor;
    a subject of the two sentences before; a person named in the sentence before;
    the last speaker; the last subject; the last person named. Gender must not
    clash, and someone left unnamed nearer than all of the near ones ("a nurse")
    means nobody named. With nobody at all before, "she" is the person the rest
    of the paragraph introduces. Organisations: the last one with the description's word
    in its name; a subject of the two sentences before; the last speaker, subject
    or (for descriptions) mention. `by_name` takes only people whose gender is known,
    first names counting (see `_agreeing`).
    """
    other = (
        (_possessor_id(index, token) if title else None)
        or _asker(index, token)
        or _answerer(index, token)
    )
    fits = _agreeing(index, gender, other, by_name)
    question = _question_put(token)
    if question is not None:
        fits = _outside_span(question, fits)
    if kind == ORG and title in lx.BODY_NOUN_KINDS:
        fits = _of_kind(index, lx.BODY_NOUN_KINDS[title], fits)
    if kind == PERSON:
        titled = _titled_person(index, token.idx, title, fits) if title else None
        if titled is not None and title is not None:
            chosen = _near_titled(index, token, title, fits) or titled
            return None if _anonymous_since(index, token, chosen, gender) else chosen
        near = _near_person(index, token, fits)
    else:
        near = _near_org(index, token, title, fits)
    blocked = kind == PERSON or token.lower_ == "they"
    sent = index.narr_of[token.i]
    unnamed = _last_unnamed(index, kind, token.idx, sent - 2, gender) if blocked else None
    if unnamed is not None and _answers_asker(index, token, unnamed):
        unnamed = None
    if unnamed is not None and (
        near is None or (unnamed.pos > near.pos and not _reported_by(index, near, unnamed))
    ):
        return None
    if near is not None:
        return near
    back = _further_back(index, token, kind, fits, unnamed_near=unnamed is not None)
    if back is None and kind == ORG and title in lx.BODY_NOUN_KINDS:
        return _body_named_next(index, token, lx.BODY_NOUN_KINDS[title])
    return back


def _anonymous_since(index: Index, token: Token, ref: Ref, gender: str | None) -> bool:
    """'Jo Bell, the MP for Ashby ... One rebel, speaking on condition of anonymity,
    said ... “…,” the MP said': a description after someone who withheld their name,
    nearer than the titled person, is that source, kept unnamed."""
    unnamed = _last_unnamed(index, PERSON, token.idx, index.narr_of[token.i] - 2, gender)
    return unnamed is not None and unnamed.anonymous and unnamed.pos > ref.pos


def _question_put(token: Token) -> tuple[int, int] | None:
    """'Asked by Ms Lee KC whether Mr Doull had raised his hands, the witness said': the
    characters of the "Asked ..." clause before the reply's subject; the one who answers
    is neither the one who asks nor anyone the question names."""
    if token.dep_ != "nsubj":
        return None
    for clause in token.head.lefts:
        if clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.lemma_ == "ask":
            return clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return None


def _outside_span(span: tuple[int, int], fits: Callable[[Ref], bool]) -> Callable[[Ref], bool]:
    """`fits`, for refs outside the span of characters."""
    return lambda ref: not span[0] <= ref.pos < span[1] and fits(ref)


def _of_kind(
    index: Index, kinds: frozenset[str], fits: Callable[[Ref], bool]
) -> Callable[[Ref], bool]:
    """`fits`, and a body that may be of one of the kinds: one whose name and
    introductions show no kind may be any."""

    def accept(ref: Ref) -> bool:
        shown = index.body_kinds.get(ref.entity.id)
        return (not shown or bool(shown & kinds)) and fits(ref)

    return accept


def _body_named_next(index: Index, token: Token, kinds: frozenset[str]) -> Ref | None:
    """'… rated inadequate by the health regulator. The Care Quality Commission
    published …': with no body of its kind before it, a description is the first body
    shown to be of that kind named in the two sentences after, in this paragraph or
    the next."""
    refs = index.mentions.get(ORG, [])
    sent, paragraph = index.narr_of[token.i], index.para_of[token.i]
    at = _count_before(refs, token.idx + 1)
    for ref in refs[at : at + MAX_SCAN]:
        first = index.mention_tokens(ref.mention)[0]
        if ref.sent > sent + 2 or index.para_of[first] > paragraph + 1:
            return None
        if _outside(index, ref) and index.body_kinds.get(ref.entity.id, frozenset()) & kinds:
            return ref
    return None


def _asker(index: Index, token: Token) -> str | None:
    """The entity id of who asked in the sentence before ('“…?” Ms Haque asked'), when
    `token` is the subject of a reply: the one who replies is not the one who asked."""
    if token.dep_ != "nsubj" or token.head.lemma_.casefold() not in lx.REPLY_VERBS:
        return None
    sent = index.narr_of[token.i]
    asker = _recent(index.speakers.get(PERSON, []), token.idx, sent - 1, _any)
    if asker is None or asker.sent == sent:
        return None
    asked = index.tokens[index.token_at(asker.pos)].head.lemma_.casefold() == "ask"
    return asker.entity.id if asked else None


def _answerer(index: Index, token: Token) -> str | None:
    """The entity id of who answers in a labelled paragraph ('Kovač: My brother taught
    me. He ...'), for "he" or "she" there: the one answering is "I", not "he"."""
    if token.lower_ not in lx.PRONOUNS_PERSON:
        return None
    label = index.label_of.get(index.para_of[token.i])
    return label.entity.id if label is not None else None


def _near_titled(index: Index, token: Token, title: str, fits: Callable[[Ref], bool]) -> Ref | None:
    """'Sen. Ruth Hale ... Sen. Carl Jessup ... Hale looked tired. Asked ..., the
    senator said': of the people introduced with the title, one named in the
    sentence before (whose turn it is), else a subject of this sentence or the two
    before, rather than the last one introduced."""
    titled = {
        ref.entity.id
        for ref in _before(index.mentions.get(PERSON, []), token.idx)
        if _has_title(index, ref, title)
    }
    sent = index.narr_of[token.i]

    def accept(ref: Ref) -> bool:
        return ref.entity.id in titled and fits(ref)

    mentions = index.mentions.get(PERSON, [])
    subjects = index.subjects.get(PERSON, [])
    return _recent(mentions, token.idx, sent - 1, accept) or _recent(
        subjects, token.idx, sent - 2, accept
    )


def _subject_despite_learned_gender(index: Index, token: Token, gender: str | None) -> Ref | None:
    """'In an interview, Holmgaard acknowledged ... “It is not cheap,” she said', where
    an earlier "he" wrongly chained to Holmgaard taught her a gender: with nobody of
    the pronoun's gender at hand, the subject of this sentence or the one before,
    when only such a pronoun ever gave it the other gender (and nobody unnamed is
    nearer)."""
    pos, sent = token.idx, index.narr_of[token.i]
    subject = _latest(index.subjects.get(PERSON, []), pos, _any)
    if subject is None or subject.sent < sent - 1 or subject.entity.id not in index.learned:
        return None
    if subject.gender is not None and subject.gender != gender:
        return None
    unnamed = _last_unnamed(index, PERSON, pos, sent - 1, gender)
    return subject if unnamed is None or unnamed.pos < subject.pos else None


def _answers_asker(index: Index, token: Token, unnamed: Unnamed) -> bool:
    """'Another reporter asked whether ... ¶ “No,” he said': someone unnamed who asked
    a question is not who speaks in a later paragraph; that is the one answering."""
    return unnamed.asked and index.para_of[index.token_at(unnamed.pos)] < index.para_of[token.i]


def _reported_by(index: Index, speaker: Ref, unnamed: Unnamed) -> bool:
    """'Okafor argued that the owner had ignored warnings': someone left unnamed in
    what a named person reports, in the same sentence, is not who speaks next."""
    if unnamed.sent != speaker.sent:
        return False
    return any(
        ref.pos == speaker.pos and ref.entity.id == speaker.entity.id
        for ref in index.speakers.get(PERSON, [])
    )


def _agreeing(
    index: Index, gender: str | None, other_than: str | None = None, by_name: bool = False
) -> Callable[[Ref], bool]:
    """A test that a ref's gender (its words', else its entity's) does not clash, and
    that it is not the entity `other_than` ("her brother" is not "her"). With
    `by_name` the gender must be known, first names counting, and match: a name
    only chooses between people whose genders differ."""

    def fits(ref: Ref) -> bool:
        have = ref.gender or index.gender_of.get(ref.entity.id)
        if by_name:
            agrees = (have or index.name_gender_of.get(ref.entity.id)) == gender
        else:
            agrees = gender is None or have is None or have == gender
        return agrees and ref.entity.id != other_than

    return fits


def _possessor_id(index: Index, noun: Token) -> str | None:
    """The entity a description belongs to: "her" in "her brother", "Kell's" in "Kell's coach"."""
    if not any(child.dep_ == "poss" for child in noun.children):
        return None
    found = resolve_possessor(index, noun)
    return found.entity.id if found is not None and found.entity is not None else None


def _near_person(index: Index, token: Token, fits: Callable[[Ref], bool]) -> Ref | None:
    """A person in this sentence or the two before, by salience (see `_antecedent`)."""
    pos, sent = token.idx, index.narr_of[token.i]
    subjects = index.subjects.get(PERSON, [])
    return (
        _recent(subjects, pos, sent, fits)
        or _recent(index.addressed, pos, sent - 1, fits)
        or _sole_person_in_sentence(index, pos, sent, fits)
        or _subject_or_later_mention(
            _salient_recent(index, subjects, pos, sent - 2, fits),
            _recent_mention(index, pos, sent - 1, fits),
        )
    )


def _salient_recent(
    index: Index, refs: Sequence[Ref], pos: int, first_sent: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """Of the refs `accept` takes in the last sentence (from `first_sent` on) that has
    any before `pos`, the one nearest its sentence's main verb: 'Her daughter said she
    had given up asking when her mother would retire. “…,” she said' is the daughter."""
    best: Ref | None = None
    best_depth = 0
    for ref in _before(refs, pos):
        if ref.sent < first_sent or (best is not None and ref.sent != best.sent):
            break
        if not accept(ref):
            continue
        depth = _clause_depth(index.tokens[index.token_at(ref.pos)])
        if best is None or depth < best_depth:
            best, best_depth = ref, depth
    return best


def _clause_depth(token: Token) -> int:
    """How many steps up the parse the token's sentence root lies (bounded)."""
    for depth in range(MAX_CLIMB):
        if token.head.i == token.i:
            return depth
        token = token.head
    return MAX_CLIMB


def _near_org(
    index: Index, token: Token, title: str | None, fits: Callable[[Ref], bool]
) -> Ref | None:
    """The organisation a description names ("the ministry"); for a description, one
    named earlier in its sentence, its subject first ('The Miners will play the
    Ironbarks with, by the club's own admission, ...'; 'Shares in Acme fell after the
    company said'); else a subject of the two sentences before."""
    pos, sent = token.idx, index.narr_of[token.i]
    if title is not None:
        named_with = _org_linked(index, pos, title)
        if named_with is not None:
            return named_with
        in_sentence = _recent(index.subjects.get(ORG, []), pos, sent, fits) or _recent(
            index.mentions.get(ORG, []), pos, sent, lambda ref: _outside(index, ref) and fits(ref)
        )
        if in_sentence is not None:
            return in_sentence
    return _recent(index.subjects.get(ORG, []), pos, sent - 2, fits) or (
        _introduced_business(index, pos, fits) if title in lx.BUSINESS_NOUNS else None
    )


def _introduced_business(index: Index, pos: int, fits: Callable[[Ref], bool]) -> Ref | None:
    """'Then a logistics company, Karoo Freight, offered to pay. ... the firm said': the
    last organisation introduced as a business, for a noun for one."""

    def introduced(ref: Ref) -> bool:
        last = index.tokens[index.mention_tokens(ref.mention)[-1]]
        return _outside(index, ref) and fits(ref) and _described_with(last, lx.BUSINESS_NOUNS)

    return _latest(index.mentions.get(ORG, []), pos, introduced)


def _further_back(
    index: Index, token: Token, kind: str, fits: Callable[[Ref], bool], *, unnamed_near: bool
) -> Ref | None:
    """The last speaker, subject or mention named outside quotes (not for "it" and
    "they"); with none, the person the paragraph introduces next, for "he"/"she"."""
    pos = token.idx
    pronoun = token.lower_ in lx.PRONOUNS_PERSON or token.lower_ in lx.PRONOUNS_GROUP

    def named_outside(ref: Ref) -> bool:
        return _outside(index, ref) and fits(ref)

    found = (
        _latest(index.speakers.get(kind, []), pos, fits)
        or _latest(index.subjects.get(kind, []), pos, fits)
        or (
            _latest(index.mentions.get(kind, []), pos, named_outside)
            if kind == PERSON or not pronoun
            else None
        )
    )
    if found is None and kind == PERSON and pronoun and not unnamed_near:
        after = _introduced_after(index, token)
        return after if after is not None and after.pos < _paragraph_end(index, token) else None
    return found


def _paragraph_end(index: Index, token: Token) -> int:
    end = index.text.find("\n", token.idx)
    return len(index.text) if end < 0 else end


def _subject_or_later_mention(subject: Ref | None, mention: Ref | None) -> Ref | None:
    """A subject, unless a person is named in a later sentence than it."""
    if subject is None or (mention is not None and mention.sent > subject.sent):
        return mention
    return subject


def _recent_mention(
    index: Index, pos: int, first_sent: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """'Kostina, known on tour as ..., was gracious. “...,” she said.': a person named
    (not merely mentioned, see `_merely_mentioned`) in the sentence before, outside quotes."""
    for ref in _before(index.mentions.get(PERSON, []), pos):
        if ref.sent < first_sent:
            return None
        tokens = index.mention_tokens(ref.mention)
        head = index.tokens[tokens[-1]]
        if index.quote_of[head.i] < 0 and not _merely_mentioned(index, head) and accept(ref):
            return ref
    return None


_OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})


def _merely_mentioned(index: Index, head: Token) -> bool:
    """'The council gave Mary Smith a grant', 'the ruling went against Marsh's company',
    'Dalton, who replaced Marsh, ...': an object, the possessor of a non-subject or a
    name inside a relative clause is not who a following "she said" means. A name the
    parser hangs on a word of another sentence tells nothing."""
    if index.narr_of[head.head.i] != index.narr_of[head.i]:
        return False
    if head.dep_ in _OBJECT_DEPS:
        return True
    if head.dep_ == "poss" and head.head.dep_ not in ("nsubj", "nsubjpass"):
        return True
    return any(ancestor.dep_ == "relcl" for ancestor in list(head.ancestors)[:MAX_CLIMB])


def _last_unnamed(
    index: Index, kind: str, pos: int, first_sent: int, gender: str | None
) -> Unnamed | None:
    """The last person left unnamed before `pos`, from sentence `first_sent` on."""
    for unnamed in _before(index.unnamed.get(kind, []), pos):
        if unnamed.sent < first_sent:
            return None
        if gender is None or unnamed.gender is None or unnamed.gender == gender:
            return unnamed
    return None


def _outside(index: Index, ref: Ref) -> bool:
    """Whether a mention lies outside every quote."""
    tokens = index.mention_tokens(ref.mention)
    return bool(len(tokens)) and index.quote_of[tokens[0]] < 0


_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _sole_person_in_sentence(
    index: Index, pos: int, sent: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """'Fitzgerald's double was remarkable because he had missed': the one person
    named earlier in the sentence as a subject or possessor, outside quotes."""
    found: Ref | None = None
    for ref in _before(index.mentions.get(PERSON, []), pos):
        if ref.sent != sent:
            break
        tokens = index.mention_tokens(ref.mention)
        head = index.tokens[tokens[-1]] if len(tokens) else None
        if head is None or index.quote_of[head.i] >= 0 or head.dep_ not in _ACTOR_DEPS:
            continue
        if found is not None and found.entity.id != ref.entity.id:
            return None
        found = found or ref
    return found if found is not None and accept(found) else None


def _described_org(index: Index, noun: Token) -> Ref | None:
    """'a spokeswoman for the health region': the last organisation named before
    whose name holds every word of the description ("Prairie Plains Health Region")."""
    if noun.pos_ != "NOUN" or not _is_definite(noun) or is_person_noun(noun):
        return None
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    words.append(noun.lemma_.casefold())
    return _org_named_with(index, noun.idx, words)


def _represented_body(index: Index, noun: Token) -> Ref | None:
    """'solicitors for the agency', 'a spokesman for the company': the organisation a
    definite description after "for" refers back to, as "the company said" would."""
    lemma = noun.lemma_.casefold()
    if noun.pos_ != "NOUN" or lemma not in lx.BODY_DESCRIPTIONS or is_person_noun(noun):
        return None
    if not _is_definite(noun):
        return None
    return _antecedent(index, noun, ORG, None, lemma)


def _org_linked(index: Index, pos: int, noun: str) -> Ref | None:
    """The body a description noun is tied to: the last before `pos` with the noun in
    its name ("the council": "Harwood District Council") or introduced with it
    ("Larchfield Homes, the developer", "the developer Larchfield Homes")."""
    named = _org_named_with(index, pos, [noun])
    introduced = _latest(index.introduced_as.get(noun, []), pos, _any)
    if named is None or (introduced is not None and introduced.pos > named.pos):
        return introduced
    return named


def _org_named_with(index: Index, pos: int, words: Sequence[str]) -> Ref | None:
    """The last organisation before `pos` whose name holds every word ("the ministry")."""
    for ref in _before(index.mentions.get(ORG, []), pos):
        name = ref.entity.name.casefold().split()
        if all(word in name for word in words):
            return ref
    return None


def _titled_person(index: Index, pos: int, title: str, accept: Callable[[Ref], bool]) -> Ref | None:
    """The last person introduced with this title: "Foreign Minister Lavrov", "Freja
    Lindqvist, the archaeologist", "the coach, Martin Kell" for "the minister" etc."""
    for ref in _before(index.mentions.get(PERSON, []), pos):
        if _has_title(index, ref, title) and accept(ref):
            return ref
    return None


def _has_title(index: Index, ref: Ref, title: str) -> bool:
    """Whether the mention stands with the title: "Foreign Minister Lavrov", "Judge
    Helen Marchetti", "Freja Lindqvist, the archaeologist", "the coach, Martin Kell",
    "Ann Roe KC" (letters after the name)."""
    doc = index.doc
    tokens = index.mention_tokens(ref.mention)
    before = doc[max(0, tokens[0] - 4) : tokens[-1] + 1]
    words = [word for word in before if word.lower_ not in lx.POST_NOMINALS]
    if tokens[-1] + 1 < len(doc) and doc[tokens[-1] + 1].lower_ in lx.POST_NOMINALS:
        words.append(doc[tokens[-1] + 1])
    for role in _roles(index, ref):
        words.append(role)
        words += [child for child in role.children if child.dep_ in ("amod", "compound")]
    return lx.TITLE_DESCRIPTIONS.get(title, title) in {_title_word(word) for word in words}


def _title_word(token: Token) -> str:
    """A title as a description says it: "Gov." is "governor", "Justice" is "judge"."""
    lemma = token.lemma_.casefold()
    word = lx.TITLE_ABBREVIATIONS.get(lemma.removesuffix("."), lemma)
    return lx.TITLE_DESCRIPTIONS.get(word, word)


def _description_start(token: Token) -> Token:
    """First token of a short description: "the minister", "the foreign ministry"."""
    first = token
    for child in token.children:
        if child.i < first.i and child.dep_ in ("det", "amod", "compound", "poss", "nmod"):
            first = child
    return first


def _unlinked_name(index: Index, subject: Token) -> Found | None:
    """A proper name the model did not tag as an entity, without its titles ("Chief
    Executive Nadia Farouk" -> "Nadia Farouk"); linked to the one person whose
    name ends the same way, if there is one."""
    if not subject.text[:1].isupper():
        return None
    doc = index.doc
    first = subject
    for child in subject.children:
        if child.dep_ in ("compound", "flat") and child.i < first.i and child.pos_ == "PROPN":
            first = child
    while first.i < subject.i and _is_title_word(first):
        first = doc[first.i + 1]
    mention = _token_mention(index, first, subject)
    name = " ".join(mention.text.split())
    owner = _surname_holder(index, subject, first) or _first_name_holder(index, subject, first)
    if owner is None:
        return Found(name, None, mention, ())
    if len(owner.name.split()) >= len(name.split()):
        name = owner.name
    return Found(name, owner, mention, (PERSON,))


def _first_name_holder(index: Index, name: Token, first: Token) -> Entity | None:
    """'“…,” Bríd says' beside Bríd Geraghty: a lone name that is the first name of
    exactly one person named in full."""
    people = index.given_names.get(name.text.casefold(), []) if first.i == name.i else []
    return people[0] if len(people) == 1 else None


def _surname_holder(index: Index, surname: Token, first: Token) -> Entity | None:
    """The one person with this last name; of several, the one whose gender fits
    the honorific before the name ("Ms Pryce" beside Gareth and Angharad Pryce),
    first names standing in where the article shows no gender."""
    people = index.surnames.get(surname.text.casefold(), [])
    if len(people) == 1:
        return people[0]
    before = index.tokens[first.i - 1].lower_ if first.i > 0 else ""
    honorific = _noun_gender(before) if before in lx.HONORIFICS else None
    if honorific is None:
        return None
    genders = {p.id: _strong_or_name_gender(index, p.id) for p in people}
    fitting = [p for p in people if genders[p.id] in (None, honorific)]
    known = [p for p in fitting if genders[p.id] == honorific]
    return (known or fitting)[0] if len(known or fitting) == 1 else None


def gender_fits(index: Index, noun: Token, entity: Entity) -> bool:
    """'a woman whose savings were taken said ...' is not a man the article goes on to
    name: a gendered description fits a person whose gender, if known, is the same."""
    described = _word_gender(noun.lemma_.casefold())
    known = _strong_or_name_gender(index, entity.id)
    return described is None or known is None or described == known


def _strong_or_name_gender(index: Index, entity_id: str) -> str | None:
    """A person's gender as the article shows it, else as their first name suggests."""
    return index.gender_of.get(entity_id) or index.name_gender_of.get(entity_id)


def _is_title_word(token: Token) -> bool:
    lower = token.lower_
    return lower in lx.HONORIFICS or lower in lx.CORE_TITLES or lower in lx.TITLE_CONNECTORS


# --------------------------------------------------------------------------
# Descriptions: "the minister", "a spokesman for Acme", "the report"
# --------------------------------------------------------------------------


def _resolve_description(index: Index, noun: Token) -> Found | None:
    """ "a spokesman for Acme" -> Acme; "the minister" -> the last minister or person named;
    "A former treasurer ... told the jury" -> the person the next sentence introduces;
    "a statement from Acme" -> Acme, but "the report" -> None; "Acme called the strike
    unnecessary. ... a spokeswoman said" -> Acme."""
    lemma = noun.lemma_.casefold()
    if lemma in lx.DOCUMENT_NOUNS:
        return _issuer(index, noun, lemma)
    personal = is_person_noun(noun)
    if withholds_name(index, noun):
        return None
    principal = _spokesperson_for_person(index, noun)
    if principal is not None:
        return principal
    given = _name_given_as(index, noun) if personal else None
    if given is not None:
        return named(index, given)
    gender = _word_gender(lemma) if personal else None
    person = _named_in_phrase(index, noun, personal)
    if person is not None:
        return named(index, person)
    linked = linked_entity(index, noun)
    if linked is not None:
        later = _named_later_for(index, noun, linked) if personal else None
        if later is None and personal and _is_definite(noun):
            later = _titled_member(index, noun, linked)
        if later is not None:
            mention = _token_mention(index, _description_start(noun), noun)
            return Found(later.entity.name, later.entity, mention, (PERSON,), gender)
        return _speaking_for(index, noun, linked, personal, gender)
    if personal:
        unlinked = _unlinked_organisation(index, noun)
        if unlinked is not None:
            return unlinked
    spokesperson = _spokesperson_of_described_body(index, noun, gender) or (
        _spokesperson_of_last_body(index, noun, gender)
    )
    if spokesperson is not None:
        return spokesperson
    if personal and _owned_by_unnamed(noun):
        return None
    governed = None if personal else _governed_body(index, noun)
    if governed is not None:
        return governed
    if not personal and _office_of_unnamed(noun):
        return None
    if _is_definite(noun):
        return _definite_description(index, noun, personal, gender)
    if personal and _is_indefinite_singular(noun):
        return _introduced_description(index, noun, gender)
    return None


def _governed_body(index: Index, noun: Token) -> Found | None:
    """'the credit union's board said', 'the board of the charity said': those who run
    a body speak as it, so the body a described owner refers back to is the speaker
    (an owner named outright is the noun's linked entity already)."""
    if noun.lemma_.casefold() not in lx.GOVERNING_NOUNS:
        return None
    owners = [child for child in noun.children if _is_possessor(child)] + [
        grand
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    for owner in owners:
        if owner.pos_ == "NOUN" and owner.lemma_.casefold() in lx.BODY_DESCRIPTIONS:
            return _resolve_description(index, owner)
    return None


def _owned_by_unnamed(noun: Token) -> bool:
    """'My mother flew over and said ...' in an interview answer, 'her son's teacher
    called to say ...': a person known only by a tie to the one speaking ("my", "our",
    "your") or to someone left unnamed goes unnamed unless named beside it."""
    return any(
        child.dep_ == "poss"
        and (
            child.lower_ in lx.SPEAKER_POSSESSIVES
            or (child.pos_ == "NOUN" and is_person_noun(child))
        )
        for child in noun.children
    )


def _spokesperson_for_person(index: Index, noun: Token) -> Found | None:
    """'A spokesperson for the mayor said': the mayor speaks through them, so the
    words are those of the person the description names."""
    if noun.lemma_.casefold() not in lx.SPOKES_NOUNS:
        return None
    principals = (
        principal
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in ("for", "of")
        for principal in child.children
        if principal.dep_ == "pobj" and is_person_noun(principal) and _is_definite(principal)
    )
    for principal in principals:
        found = resolve(index, principal)
        if found is not None and found.entity is not None and PERSON in found.kinds:
            return found
    return None


def withholds_name(index: Index, noun: Token) -> bool:
    """'A DGCA official, who spoke on condition of anonymity': a person whose phrase
    says they withhold their name speaks for nobody named, not even their employer
    (a spokesman still speaks for the body)."""
    if noun.lemma_.casefold() in lx.SPOKES_NOUNS:
        return False
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    phrase = " ".join(index.text[start:end].casefold().split())
    return any(words in phrase for words in lx.ANONYMITY_PHRASES) or _asks_to_go_unnamed(noun)


def _name_given_as(index: Index, noun: Token) -> Ref | None:
    """'a driver, who gave his name only as Kip', 'a guard identified only as Ama': the
    person a described stranger is named as, by a clause in the noun's phrase."""
    for token in noun.subtree:
        if token.lower_ != "as" or token.dep_ != "prep" or index.quote_of[token.i] >= 0:
            continue
        verb = token.head
        lemma = verb.lemma_.casefold()
        gives_name = lemma == "give" and any(
            child.dep_ == "dobj" and child.lemma_.casefold() == "name" for child in verb.children
        )
        if not (gives_name or _passive_naming(verb)):
            continue
        person = _person_child(index, token, "pobj")
        if person is not None:
            return index.entity_at[person.i]
    return None


def _asks_to_go_unnamed(noun: Token) -> bool:
    """'the owner, who asked that neither he nor the farm be named', 'a guard who
    declined to be identified': a clause on the noun that declines, or asks with a
    negation, over a passive "named" or "identified"."""
    return any(
        _passive_naming(complement) and _withholds(clause, complement)
        for clause in noun.children
        if clause.dep_ in ("relcl", "acl")
        for complement in clause.children
        if complement.dep_ in ("ccomp", "xcomp")
    )


def _passive_naming(verb: Token) -> bool:
    """ "be named", "be identified"."""
    return verb.lemma_.casefold() in lx.NAMING_PASSIVES and any(
        child.dep_ == "auxpass" for child in verb.children
    )


def _withholds(clause: Token, complement: Token) -> bool:
    """Whether a clause over a passive naming declines it, or asks with a negation
    between the two ("asked that neither he nor the farm be named")."""
    lemma = clause.lemma_.casefold()
    if lemma in lx.DECLINING_VERBS:
        return True
    between = clause.doc[clause.i + 1 : complement.i]
    return lemma in lx.ASKING_VERBS and any(token.lower_ in lx.NEGATIONS for token in between)


def _issuer(index: Index, noun: Token, lemma: str) -> Found | None:
    """'a statement from Acme' -> Acme; 'a statement from the company' -> the company
    it refers back to; a document itself ("the report") is nobody."""
    if lemma not in lx.STATEMENT_NOUNS:
        return None
    issued = linked_entity(index, noun)
    if issued is not None:
        return named(index, issued)
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in ("from", "by", "of"):
            continue
        for issuer in child.children:
            described = issuer.lemma_.casefold()
            if issuer.dep_ == "pobj" and _is_definite(issuer) and described in lx.BODY_DESCRIPTIONS:
                return _resolve_back(index, issuer, ORG, None, described)
    return None


def _named_in_phrase(index: Index, noun: Token, personal: bool) -> Ref | None:
    """'Marchetti, the judge': the entity the description is in apposition to; for a
    person noun also a person named inside its phrase (see `_appositive_person`)."""
    described = entity_at(index, noun.head) if noun.dep_ == "appos" else None
    if described is not None or not personal:
        return described
    return _appositive_person(index, noun)


def _speaking_for(
    index: Index, noun: Token, linked: Ref, personal: bool, gender: str | None
) -> Found | None:
    """'a spokeswoman for Acme' speaks for Acme (as a person or as Acme); 'a resident
    of Leeds' is nobody's voice, but 'a spokesman for Leeds' is."""
    kind = index.kind(linked.entity)
    if personal and kind == _LOC and noun.lemma_.casefold() not in lx.SPOKES_NOUNS:
        return None
    if personal and kind != PERSON and _is_background_source(noun):
        return None
    if personal and kind != PERSON:
        entity = linked.entity
        kinds = (PERSON, ORG) if noun.tag_ == "NN" else (ORG,)
        return Found(entity.name, entity, linked.mention, kinds, gender)
    return named(index, linked)


def _is_background_source(noun: Token) -> bool:
    """'One Senate aide said', 'State officials said': an unnamed aide, official or
    insider of a body is a source, not its voice; "the aide" refers back to someone."""
    return noun.lemma_.casefold() in lx.BACKGROUND_SOURCE_NOUNS and not _is_definite(noun)


def _spokesperson_of_described_body(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'A council spokesperson said' speaks for the body "the council" refers to, as
    "a spokesperson for the council" does."""
    if noun.lemma_.casefold() not in lx.SPOKES_NOUNS:
        return None
    for child in noun.children:
        lemma = child.lemma_.casefold()
        if child.dep_ == "compound" and child.text.islower() and lemma in lx.BODY_DESCRIPTIONS:
            body = _antecedent(index, child, ORG, None, lemma)
            if body is not None:
                mention = _token_mention(index, child, noun)
                return Found(body.entity.name, body.entity, mention, (PERSON, ORG), gender)
    return None


def _office_of_unnamed(noun: Token) -> bool:
    """'The office of the transport minister said', 'the minister's office said': a body
    that belongs to a person the phrase leaves unnamed is no entity of the story."""
    owners = [child for child in noun.children if child.dep_ == "poss"]
    owners += [
        grand
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in ("of", "for")
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    return any(owner.text.islower() and is_person_noun(owner) for owner in owners)


def _spokesperson_of_last_body(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'Acme called the strike unnecessary. ... a spokeswoman said' -> Acme, unless
    "the spokeswoman" is a person introduced with that title."""
    lemma = noun.lemma_.casefold()
    if not (lemma.startswith("spokes") and noun.tag_ == "NN"):
        return None
    orgs = index.subjects.get(ORG, [])
    body = _recent(orgs, noun.idx, index.narr_of[noun.i] - 2, _any)
    titled = _is_definite(noun) and _titled_person(index, noun.idx, lemma, _any) is not None
    if body is not None and not titled:
        return Found(body.entity.name, body.entity, body.mention, (PERSON, ORG), gender)
    return None


def _definite_description(
    index: Index, noun: Token, personal: bool, gender: str | None
) -> Found | None:
    """ "the minister", "the 22-year-old", "the ministry": who it refers back to. A
    person noun first takes whoever the next paragraphs name with its title, or with
    a role in its organisation's family; an age, the person introduced with it."""
    lemma = noun.lemma_.casefold()
    if personal:
        relative = _relative_by_surname(index, noun, gender)
        if relative is not None:
            mention = _token_mention(index, _description_start(noun), noun)
            return Found(relative.name, relative, mention, (PERSON,), gender)
        title = None if _is_age_noun(noun) else lemma
        ahead = _named_ahead(index, noun, title) if title else None
        if ahead is None and title:
            ahead = _named_ahead_in_family(index, noun, title)
        if ahead is None and title is None:
            ahead = _aged_person(index, noun)
        if ahead is not None:
            mention = _token_mention(index, _description_start(noun), noun)
            return Found(ahead.entity.name, ahead.entity, mention, (PERSON,), gender)
        return _resolve_back(index, noun, PERSON, gender, title)
    if lemma in lx.BODY_DESCRIPTIONS:
        return _resolve_back(index, noun, ORG, None, lemma)
    return _org_by_name_word(index, noun)


def _org_by_name_word(index: Index, noun: Token) -> Found | None:
    """'The Port of Tema raised its fees. ... the port said': a common noun reporting
    speech that is a word of the name of exactly one organisation named before it
    outside quotes (looking a bounded way back) refers to it."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    words = {noun.lemma_.casefold(), noun.lower_}
    found: Ref | None = None
    for ref in _before(index.mentions.get(ORG, []), noun.idx):
        if not _outside(index, ref) or not words & set(ref.entity.name.casefold().split()):
            continue
        if found is not None and found.entity.id != ref.entity.id:
            return None
        found = ref
    if found is None:
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    return Found(found.entity.name, found.entity, mention, (ORG,))


def _relative_by_surname(index: Index, noun: Token, gender: str | None) -> Entity | None:
    """'Huia Te Rangi ... Wiremu Te Rangi, 66, ... Her uncle says': a relative of a
    named person is the one other person named with that surname whose gender fits."""
    if noun.lemma_.casefold() not in lx.KIN_NOUNS:
        return None
    owner = resolve_possessor(index, noun)
    if owner is None or owner.entity is None or PERSON not in owner.kinds:
        return None
    words = owner.entity.name.split()
    if len(words) < 2:
        return None
    kin = [
        person
        for person in index.surnames.get(words[-1].casefold(), [])
        if person.id != owner.entity.id
        and _strong_or_name_gender(index, person.id) in (None, gender)
    ]
    return kin[0] if len(kin) == 1 else None


def _named_ahead(index: Index, noun: Token, title: str) -> Ref | None:
    """'The incident commander said ...' ... 'The commander, Ray Castellano, has ...':
    with nobody introduced with the title before, the person named with it within
    the next two paragraphs."""
    if _titled_person(index, noun.idx, title, _any) is not None:
        return None
    later = _titled_later(index, noun, title)
    if later is None:
        return None
    tokens = index.mention_tokens(later.mention)
    near = len(tokens) and index.para_of[tokens[0]] <= index.para_of[noun.i] + 2
    return later if near else None


def _named_later_for(index: Index, noun: Token, linked: Ref) -> Ref | None:
    """'A spokeswoman for the council said ...' ... 'Siobhan Garvey-Mills, the
    spokeswoman, confirmed': the person named soon after with the same title (and
    no other organisation) is who spoke, not the organisation."""
    if index.kind(linked.entity) == PERSON:
        return None
    later = _named_ahead(index, noun, noun.lemma_.casefold())
    if later is None:
        return None
    roles = _roles(index, later)
    other = [org for role in roles if (org := linked_entity(index, role)) is not None]
    return later if all(org.entity.id == linked.entity.id for org in other) else None


def _titled_member(index: Index, noun: Token, linked: Ref) -> Ref | None:
    """'Acme captain Jo Hale ...' ... 'the Acme captain said': a definite role in an
    organisation (not its spokesperson) is the person introduced earlier with that
    title and no other organisation beside it, not the organisation itself."""
    lemma = noun.lemma_.casefold()
    if index.kind(linked.entity) == PERSON or lemma in lx.SPOKES_NOUNS:
        return None

    def of_same_body(ref: Ref) -> bool:
        first = index.mention_tokens(ref.mention)[0]
        window = range(max(0, first - 4), first)
        bodies = {
            other.entity.id
            for k in window
            if (other := index.entity_at[k]) is not None and index.kind(other.entity) != PERSON
        }
        return bodies <= {linked.entity.id}

    return _titled_person(index, noun.idx, lemma, of_same_body)


def _roles(index: Index, ref: Ref) -> list[Token]:
    """The descriptions in apposition to a mention: "Kell, the coach", "the coach, Kell"."""
    last = index.tokens[index.mention_tokens(ref.mention)[-1]]
    roles = [child for child in last.children if child.dep_ == "appos"]
    if last.dep_ == "appos":
        roles.append(last.head)
    return roles


def _aged_person(index: Index, noun: Token) -> Ref | None:
    """'Gillian Harte, 57, ...' ... 'the 57-year-old said': the last person introduced
    with that age."""
    age = _age_of(noun)
    if age is None:
        return None
    doc = index.doc
    for ref in _before(index.mentions.get(PERSON, []), noun.idx):
        last = index.mention_tokens(ref.mention)[-1]
        if _age_after(doc, last) and doc[last + 2].text == age:
            return ref
    return None


def _age_of(noun: Token) -> str | None:
    """The number of years in "the 22-year-old", as written."""
    if noun.lower_.endswith("-year-old"):
        return noun.text.split("-")[0]
    for year in noun.children:
        if year.lower_ in ("year", "years"):
            for number in year.children:
                if number.dep_ == "nummod" and number.text.isdigit():
                    return number.text
    return None


_FAMILY_PREPOSITIONS = ("of", "for", "at")
_FAMILY_PARAGRAPHS = 2  # paragraphs ahead a family description looks for its name


def _named_ahead_in_family(index: Index, noun: Token, title: str) -> Ref | None:
    """'The head of the group representing equipment dealers said ...' ... 'Rick
    Haldane, president of the Intermountain Equipment Dealers Association': with
    nobody introduced before with the title or in that family, the first person
    named in the next two paragraphs with a role in an organisation whose name
    shares a content word with the description."""
    family = _family_words(noun)
    if not family or _titled_person(index, noun.idx, title, _any) is not None:
        return None
    refs = index.mentions.get(PERSON, [])
    if any(_role_family(index, ref) & family for ref in _before(refs, noun.idx)):
        return None
    at = _count_before(refs, noun.idx + 1)
    last_paragraph = index.para_of[noun.i] + _FAMILY_PARAGRAPHS
    for ref in refs[at : at + _MAX_LOOKBACK]:
        tokens = index.mention_tokens(ref.mention)
        if not tokens or index.para_of[tokens[0]] > last_paragraph:
            return None
        first_named = index.first_seen.get(ref.entity.id, -1) > noun.idx
        if first_named and _role_family(index, ref) & family:
            return ref
    return None


def _family_stem(word: str) -> str:
    lower = word.casefold()
    return lower[:-1] if len(lower) > 3 and lower.endswith("s") else lower


def _family_words(noun: Token) -> set[str]:
    """The content words of a description's "of/for/at" phrase, without generic
    organisation nouns and possessors: "of the group representing the state's
    equipment dealers" -> {"equipment", "dealer"}."""
    words: set[str] = set()
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in _FAMILY_PREPOSITIONS:
            continue
        for token in child.subtree:
            lemma = token.lemma_.casefold()
            if token.pos_ not in ("NOUN", "PROPN") or lemma in lx.ORG_DESCRIPTIONS:
                continue
            if token.dep_ == "poss" or is_person_noun(token):
                continue
            words.add(_family_stem(token.text))
    return words


def _role_family(index: Index, ref: Ref) -> set[str]:
    """The name words of the organisation a person is introduced with a role in:
    "Rick Haldane, president of the Intermountain Equipment Dealers Association"."""
    if not index.mention_tokens(ref.mention):
        return set()
    for role in _roles(index, ref):
        if not is_person_noun(role) or index.quote_of[role.i] >= 0:
            continue
        org = linked_entity(index, role)
        if org is not None and index.kind(org.entity) == ORG:
            return {_family_stem(word) for word in org.entity.name.split()}
    return set()


def _introduced_description(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'after a judge said ...' ... 'Judge Helen Marchetti'; 'A former treasurer told
    ...' in the lede, then named: the person the article goes on to name."""
    introduced = _titled_later(index, noun, noun.lemma_.casefold())
    if introduced is None and _is_lede_subject(index, noun):
        introduced = _introduced_after(index, noun)
    if introduced is None:
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    entity = introduced.entity
    return Found(entity.name, entity, mention, (PERSON,), gender)


def _appositive_person(index: Index, noun: Token) -> Ref | None:
    """'Her editor at Halden & Pierce, Simon Adeyemi, said', 'co-founder and Chief
    Executive Aino Virtanen said', 'The captain, a fisherman called Goran Perić,
    said': a person named in the subject phrase speaks, not the organisation."""
    doc = index.doc
    last = min(noun.right_edge.i, noun.i + 25)
    for k in range(noun.left_edge.i, last + 1):
        token = doc[k]
        if token.dep_ not in ("appos", "conj", "oprd") or index.quote_of[k] >= 0:
            continue
        if token.dep_ == "oprd" and token.head.lemma_.casefold() not in lx.NAMING_VERBS:
            continue
        ref = index.entity_at[k] or _named_by_compounds(index, token)
        if ref is not None and index.kind(ref.entity) == PERSON:
            return ref
    return None


def _named_by_compounds(index: Index, token: Token) -> Ref | None:
    """'Niamh O'Sullivan KC': a name the parser heads with a word after it."""
    for child in token.children:
        if child.dep_ == "compound" and index.quote_of[child.i] < 0:
            ref = index.entity_at[child.i]
            if ref is not None:
                return ref
    return None


def _unlinked_organisation(index: Index, noun: Token) -> Found | None:
    """'Analysts at Harwick Securities': an organisation the model did not tag."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in ("for", "at", "of", "from", "with"):
            continue
        for grand in child.children:
            if grand.dep_ == "pobj" and grand.pos_ == "PROPN" and index.quote_of[grand.i] < 0:
                found = _unlinked_name(index, grand)
                if found is not None:
                    return Found(found.name, None, found.mention, (PERSON, ORG))
    return None


def _is_indefinite_singular(noun: Token) -> bool:
    return noun.tag_ == "NN" and any(
        child.dep_ == "det" and child.lower_ in ("a", "an") for child in noun.children
    )


def _titled_later(index: Index, noun: Token, title: str) -> Ref | None:
    """'after a judge said ...' ... 'Judge Helen Marchetti': the first person named
    later with the same title, when first named there."""
    refs = index.mentions.get(PERSON, [])
    at = _count_before(refs, noun.idx + 1)
    for ref in refs[at : at + _MAX_LOOKBACK]:
        if index.first_seen.get(ref.entity.id, -1) > noun.idx and _has_title(index, ref, title):
            return ref
    return None


def _is_lede_subject(index: Index, noun: Token) -> bool:
    """The subject of the main verb of the article's first sentence."""
    return (
        index.sent_of[noun.i] == index.sent_of[0]
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.dep_ == "ROOT"
    )


def _introduced_after(index: Index, noun: Token) -> Ref | None:
    """'A former treasurer ... told a jury she "never took a penny". Gillian Harte, 57,
    denies ...', '“Is anyone listening?” she asked. Greta Thunberg had travelled ...':
    a person first named as a subject in the next two sentences."""
    sent = index.sent_of[noun.i]
    if sent + 1 >= len(index.sent_starts):
        return None
    start = index.sent_starts[sent + 1]
    stop = index.sent_starts[sent + 3] if sent + 3 < len(index.sent_starts) else len(index.doc)
    paragraph = index.para_of[noun.i]
    doc = index.doc
    for k in range(start, min(stop, start + 2 * MAX_SCAN)):
        if index.para_of[k] > paragraph + 1:
            break
        ref = entity_at(index, doc[k])
        if ref is None or index.kind(ref.entity) != PERSON or doc[k].dep_ != "nsubj":
            continue
        if index.first_seen.get(ref.entity.id, -1) > noun.idx:
            return ref
    return None


_LINK_ORDER = ("appos", "compound", "poss", "nmod", "prep")


def linked_entity(index: Index, noun: Token) -> Ref | None:
    """An entity attached to a description: apposition, "Acme's", "Acme spokesman", "for Acme"."""
    by_dep: dict[str, Ref] = {}
    for child in noun.children:
        ref: Ref | None = None
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            ref = entity_in_phrase(index, objects[0]) if objects else None
            ref = ref or (_described_org(index, objects[0]) if objects else None)
            if ref is None and objects and child.lower_ == "for":
                ref = _represented_body(index, objects[0])
        elif child.dep_ in _LINK_ORDER:
            ref = entity_at(index, child)
        if ref is not None:
            by_dep.setdefault(child.dep_, ref)
    return next((by_dep[dep] for dep in _LINK_ORDER if dep in by_dep), None)


def entity_in_phrase(index: Index, head: Token) -> Ref | None:
    """The entity a noun phrase names: its head, else its apposition or modifiers
    ("the United Nations refugee agency, UNHCR")."""
    ref = entity_at(index, head)
    if ref is not None:
        return ref
    found = {child.dep_: entity_at(index, child) for child in reversed(list(head.children))}
    return next((found[dep] for dep in _LINK_ORDER if found.get(dep) is not None), None)


def _is_definite(noun: Token) -> bool:
    """ "the minister", "its chief", "her brother", "the chapel's minister"."""
    return any(
        _is_possessor(child) or (child.dep_ == "det" and child.lower_ in ("the", "this", "that"))
        for child in _determiners(noun)
    )


def _is_possessor(child: Token) -> bool:
    """ "her", "Acme's", and "the chapel's" where the parser calls it a modifier."""
    if child.dep_ == "poss":
        return True
    return child.dep_ == "nmod" and any(grand.dep_ == "case" for grand in child.children)


def _determiners(noun: Token) -> list[Token]:
    """The noun's own children; for a subject parsed as a modifier of its verb (see
    `_subject_parsed_as_modifier`), also the verb's determiner before it."""
    children = list(noun.children)
    head = noun.head
    if noun.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("VERB", "AUX"):
        children += [child for child in head.children if child.dep_ == "det" and child.i < noun.i]
    return children
