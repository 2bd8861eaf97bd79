"""Entities as speakers: which tokens name which entity, who is a person (names the
model typed otherwise included), surnames and first names shared between people,
short forms and kinds of organisation, and names the model missed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from service.events import Entity, Mention
from service.extract import lexicon as lx
from service.extract.coref.index import (
    _LOC,
    CARRIER,
    DASHES,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    _outside,
    _token_mention,
)
from service.extract.coref.words import (
    _age_after,
    _described_with,
    _first_name_gender,
    _first_name_genders,
    _hung_subject_of,
    _is_title_word,
    _modifier_words,
    _noun_gender,
    is_person_noun,
)


def _mark_entities(index: Index, entities: Sequence[Entity]) -> None:
    """Which entity each token names, what kind of speaker each entity is, and
    every mention by kind."""
    refs = _mark_mentions(index, entities)
    _assign_shared_surnames(index, refs)
    _assign_by_honorific(index, refs)
    carrier = _dateline_carrier(index)
    for owned in refs.values():
        entity = owned[0].entity
        index.kind_of[entity.id] = (
            CARRIER if entity.id == carrier else _speaker_kind(index, entity, owned)
        )
        index.first_seen[entity.id] = min(ref.pos for ref in owned)
        gender = _first_name_gender(entity.name) if index.kind(entity) == PERSON else None
        if gender is not None:
            index.name_gender_of[entity.id] = gender
        for ref in owned:
            index.mentions.setdefault(index.kind(entity), []).append(ref)
    for found in index.mentions.values():
        found.sort(key=lambda ref: ref.pos)
    index.protagonist = _protagonist(index.mentions.get(PERSON, []))
    _index_surnames(index)


_PROTAGONIST_MENTIONS = 3  # how often the story's main person is named at the least


def _protagonist(people: Sequence[Ref]) -> str | None:
    """The person the story is about: named most often; of several named as often,
    the one named first."""
    counts = Counter(ref.entity.id for ref in people)  # in order of first mention
    most = max(counts.values(), default=0)
    if most < _PROTAGONIST_MENTIONS:
        return None
    return next(entity_id for entity_id, count in counts.items() if count == most)


def _speaker_kind(index: Index, entity: Entity, refs: Sequence[Ref]) -> str:
    """PERSON when the text treats the entity as a person, else its type as a body."""
    return PERSON if _is_personal(index, entity, refs) else _as_body(entity.type)


def _dateline_carrier(index: Index) -> str | None:
    """'SANTIAGO, Jan 2 (Anchor Wire) - A strike ...': the agency or outlet a dateline
    names in brackets, before its dash, carries the story and never speaks in it."""
    tokens = index.tokens
    for k in range(1, min(len(tokens) - 1, MAX_SCAN)):
        if index.para_of[k] > 0:
            return None
        if tokens[k].text == ")" and tokens[k + 1].text in DASHES:
            ref = index.entity_at[k - 1]
            first = index.mention_tokens(ref.mention).start if ref is not None else 0
            return ref.entity.id if ref is not None and tokens[first - 1].text == "(" else None
    return None


def _mark_words_beside_names(index: Index) -> None:
    """'Ann Roe SC, defending, said', 'said Coun. Ann Roe': letters after a name ("KC",
    "MP", "OBE") and an abbreviated title before one are not part of the person's
    name, yet the parser may make them the subject; they name that person."""
    for ref in index.mentions.get(PERSON, []):
        tokens = index.mention_tokens(ref.mention)
        k = tokens[-1] + 1
        while (
            k < len(index.tokens)
            and index.entity_at[k] is None
            and _is_post_nominal(index.tokens[k])
        ):
            index.entity_at[k] = ref
            k += 1
        title = _abbreviated_title_before(index.tokens, tokens[0])
        if title is not None and index.entity_at[title] is None:
            index.entity_at[title] = ref


def _abbreviated_title_before(tokens: Sequence[Token], first: int) -> int | None:
    """The title in 'Coun. Ann Roe', 'Sen. Ann Roe', its dot split off as a token."""
    dot = first - 1
    if dot < 1 or tokens[dot].text != "." or tokens[dot - 1].whitespace_:
        return None
    title = tokens[dot - 1]
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
    tokens = index.tokens
    k = index.mention_tokens(ref.mention)[-1] + 2
    if k + 1 >= len(tokens) or tokens[k - 1].text != "(" or tokens[k + 1].text != ")":
        return None
    word = tokens[k].text
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
                for word in _modifier_words(noun):
                    index.introduced_with.setdefault(word, []).append(ref)
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
    tokens = index.mention_tokens(ref.mention)
    last = index.tokens[tokens[-1]]
    near = [child for child in last.children if child.dep_ in ("appos", "compound")]
    if last.dep_ == "appos":
        near.append(last.head)
    if tokens[0] > 0:
        near.append(index.tokens[tokens[0] - 1])
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
            full = [ref for ref in refs[person.id] if _in_full(ref)]
            described = {gender for _, gender in _described_genders(index, full)}
            genders[person.id] = described or _first_name_genders(person)
    for _ in range(2):
        for owned in list(refs.values()):
            for ref in list(owned):
                _reassign_by_honorific(index, refs, ref, shared, genders)
    for owned in list(refs.values()):
        for ref in list(owned):
            _reassign_by_title(index, refs, ref, shared)


def _reassign_by_title(
    index: Index, refs: dict[str, list[Ref]], ref: Ref, shared: dict[str, list[Entity]]
) -> None:
    """'Senator Ruth Kamau ... Daniel Kamau, the health executive ... Senator Kamau
    said': a surname after a title (not a gendered honorific: "Dr" is one) names the
    one person of that surname named in full after the same title before it."""
    title = _title_before(index, ref.mention)
    people = shared.get(_bare_surname(ref.mention.text), [])
    if title is None or _noun_gender(title) is not None or not people:
        return
    title = title.removesuffix(".")
    titled = [
        person
        for person in people
        if any(
            _in_full(other)
            and other.pos < ref.pos
            and (_title_before(index, other.mention) or "").removesuffix(".") == title
            for other in refs.get(person.id, [])
        )
    ]
    if len(titled) == 1:
        _move_ref(index, refs, ref, titled[0])


def _title_before(index: Index, mention: Mention) -> str | None:
    """The title word right before a mention ("senator" in "Senator Ruth Kamau")."""
    first = index.mention_tokens(mention)[0]
    if first == 0 or not _is_title_word(index.tokens[first - 1]):
        return None
    return index.tokens[first - 1].lower_


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
    show that person's gender: the one named in full before it and known to have that
    gender ('Jayden Pirrie ... his mother, Kerry Pirrie ... Ms Pirrie said'), else the
    one it does not clash with."""
    honorific = _honorific_gender(index, ref.mention)
    people = shared.get(_bare_surname(ref.mention.text), [])
    if honorific is None or not people:
        return
    known = [
        p for p in people if genders[p.id] == {honorific} and _named_in_full_before(refs, p, ref)
    ]
    fitting = known if len(known) == 1 else [p for p in people if not genders[p.id] - {honorific}]
    if len(fitting) != 1 or len(fitting) == len(people):
        return
    target = fitting[0]
    genders[target.id].add(honorific)
    _move_ref(index, refs, ref, target)


def _named_in_full_before(refs: dict[str, list[Ref]], person: Entity, ref: Ref) -> bool:
    return any(_in_full(other) and other.pos < ref.pos for other in refs.get(person.id, []))


def _in_full(ref: Ref) -> bool:
    """The mention gives more than one word of the name ("Kerry Pirrie", not "Pirrie")."""
    return len(ref.mention.text.split()) > 1


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
    it ("Rep. Whitcombe", "Mrs Pryce") or "the elder" tells them apart itself, so is
    left alone."""
    principals = _surname_principals(refs)
    if not principals:
        return
    for owned in list(refs.values()):
        for ref in list(owned):
            principal = principals.get(_bare_surname(ref.mention.text))
            if principal is None or _title_before(index, ref.mention) is not None:
                continue
            if not _told_apart(index, ref.mention):
                _move_ref(index, refs, ref, principal)


def _told_apart(index: Index, mention: Mention) -> bool:
    """'the elder Aagaard': which of the family it is, the entities already said."""
    first = index.mention_tokens(mention)[0]
    if first < 2:
        return False
    return (
        index.tokens[first - 1].lower_ in lx.AGE_ORDER_WORDS
        and index.tokens[first - 2].lower_ == "the"
    )


def _surname_principals(refs: dict[str, list[Ref]]) -> dict[str, Entity]:
    """For each surname (or part of a hyphenated one, or all after the first name:
    "Te Rangi") that two or more named people have, the one first named in full; one
    whose whole surname it is comes before one with it as part of theirs ("Nwosu" is
    Samuel Nwosu, not his daughter Delphine Nwosu-Reyes)."""
    first: dict[str, list[tuple[bool, int, Entity]]] = {}
    for owned in refs.values():
        entity = owned[0].entity
        words = entity.name.split()
        keys = _surname_keys(words)
        full = [
            ref.pos
            for ref in owned
            if _in_full(ref) and _bare_surname(ref.mention.text) not in keys
        ]
        if entity.type != PERSON or len(words) < 2 or not full:
            continue
        for key in keys:
            first.setdefault(key, []).append((key != words[-1].casefold(), min(full), entity))
    return {
        key: min(people, key=lambda p: p[:2])[2] for key, people in first.items() if len(people) > 1
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
    text shows as a body (see `_shown_as_body`), nor a company by its legal form, nor
    a name typed otherwise whose words tell its kind of body ("Westway Buses")."""
    if _has_legal_form(entity):
        return False
    if entity.type == PERSON:
        return not _body_mistaken_for_person(index, entity, refs)
    words = entity.name.split()
    if entity.type not in (ORG, _LOC) or not 1 <= len(words) <= 4:
        return False
    if any(word.casefold() in lx.ORG_DESCRIPTIONS for word in words) or _name_kinds(entity.name):
        return False
    if _shown_as_body(index, refs):
        return False
    if len(words) > 2 and (words[0].casefold() in lx.CORE_TITLES | lx.HONORIFICS):
        return True
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        full = len(words) > 1 and ref.mention.text == entity.name
        if full and all(index.tokens[k].ent_type_ == PERSON for k in tokens):
            return True
        before = index.tokens[tokens[0] - 1].lower_ if tokens[0] > 0 else ""
        if before in lx.HONORIFICS or before in lx.CORE_TITLES:
            return True
        last = index.tokens[tokens[-1]]
        if _age_after(index.tokens, tokens[-1]):
            return True
        if (
            _described_as_person(last)
            and not _person_named_beside(index, last)
            and not _opens_dateline(index, tokens)
        ):
            return True
    return False


def _opens_dateline(index: Index, tokens: range) -> bool:
    """'MARSEILLE — The former mayor of ... said': the parser may hang the subject
    after a dateline's dash on the place, which does not make the place a person."""
    dash = index.dateline_dash()
    return tokens[0] == 0 and dash is not None and tokens[-1] < dash


def _person_named_beside(index: Index, token: Token) -> bool:
    """'Nairobi regional police commander Samuel Otieno Wafula said' parsed with the
    commander and the name both in apposition to "Nairobi": the description is the
    person's, not the place's."""
    return any(
        child.dep_ == "appos"
        and (ref := index.entity_at[child.i]) is not None
        and ref.entity.type == PERSON
        for child in token.children
    )


def _has_legal_form(entity: Entity) -> bool:
    """'Minera Sur SA', 'Brenner Kalk GmbH': a name of two words or more ending in a
    company's legal form names a company, however the text describes it."""
    words = entity.name.split()
    return len(words) > 1 and words[-1].casefold() in lx.LEGAL_FORMS


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
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        last = index.tokens[tokens[-1]]
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
    """'the insurer Caledonia Mutual', 'Parks Victoria said it would review', 'Rand
    Water, which supplies the city, ...': a name the text describes with a noun for a
    body, refers back to as "it" in what it reports, or follows with "which" (not
    "who") names an organisation, whatever the model tagged it."""
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        if index.quote_of[tokens[0]] >= 0:
            continue
        last = index.tokens[tokens[-1]]
        if (
            _described_with(last, lx.BODY_DESCRIPTIONS)
            or _reports_as_it(last)
            or _followed_by_which(last)
        ):
            return True
    return False


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


def _described_as_person(token: Token) -> bool:
    """'Marcus Ellery, a biologist', 'the coach, Martin Kell', 'a fisherman called
    Goran Perić'."""
    if token.dep_ == "appos" and is_person_noun(token.head):
        return True
    if token.dep_ == "oprd" and token.head.dep_ == "acl" and is_person_noun(token.head.head):
        return True
    return any(
        child.dep_ == "appos" and is_person_noun(child) and _hung_subject_of(child) is None
        for child in token.children
    )


def _described_genders(index: Index, refs: Sequence[Ref]) -> Iterator[tuple[str, str]]:
    for ref in refs:
        tokens = index.mention_tokens(ref.mention)
        if index.quote_of[tokens[0]] >= 0:
            continue
        words = [index.tokens[tokens[0] - 1].lower_] if tokens[0] > 0 else []
        last = index.tokens[tokens[-1]]
        words += [child.lower_ for child in last.children if child.dep_ == "appos"]
        if last.dep_ == "appos":
            words.append(last.head.lower_)
        for word in words:
            gender = _noun_gender(word)
            if gender is not None:
                yield ref.entity.id, gender


def _unlinked_name(index: Index, subject: Token) -> Found | None:
    """A proper name the model did not tag as an entity, without its titles ("Chief
    Executive Nadia Farouk" -> "Nadia Farouk"); linked to the one person whose
    name ends the same way, if there is one."""
    if not subject.text[:1].isupper():
        return None
    tokens = index.tokens
    first = subject
    for child in subject.children:
        if child.dep_ in ("compound", "flat") and child.i < first.i and child.pos_ == "PROPN":
            first = child
    while first.i < subject.i and _is_title_word(first):
        first = tokens[first.i + 1]
    mention = _token_mention(index, first, subject)
    name = " ".join(mention.text.split())
    owner = _surname_holder(index, subject, first) or _first_name_holder(index, subject, first)
    if owner is None:
        return Found(name, None, mention, ())
    if len(owner.name.split()) >= len(name.split()):
        name = owner.name
    return Found(name, owner, mention, (PERSON,))


def _titled_name_closing(index: Index, title: Token) -> Ref | None:
    """'Commissioner for Oceans and Fisheries Anneli Virtanen told reporters': a
    capitalised title the parser took for the subject, its portfolio running into the
    person's name; the name closing the phrase after a capitalised word is who speaks
    ("Lawyer for Ann Lee" names a client, not the speaker). A title the parser made the
    subject with the name left hanging after it ("Cllr Feehily said") names them too."""
    if not _is_title_word(title):
        return None
    after = index.entity_at[title.i + 1] if title.i + 1 < len(index.tokens) else None
    if after is not None and index.mention_tokens(after.mention).start == title.i + 1:
        return after if index.kind(after.entity) == PERSON else None
    last = title.right_edge.i
    ref = index.entity_at[last] if last > title.i and index.quote_of[last] < 0 else None
    if ref is None or index.kind(ref.entity) != PERSON:
        return None
    first = index.mention_tokens(ref.mention).start
    before = index.tokens[first - 1]
    return ref if first - 1 > title.i and before.text[:1].isupper() else None


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


def _strong_or_name_gender(index: Index, entity_id: str) -> str | None:
    """A person's gender as the article shows it, else as their first name suggests."""
    return index.gender_of.get(entity_id) or index.name_gender_of.get(entity_id)
