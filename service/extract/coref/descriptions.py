"""Descriptions: "the minister", "a spokesman for Acme", "a source who asked not to
be named", "the report"; the rules `resolution._resolve_description` tries for a
subject that is neither a name nor a pronoun."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from service.events import Entity
from service.extract import lexicon as lx
from service.extract.coref.antecedents import (
    _antecedent,
    _has_title,
    _introduced_after,
    _org_named_with,
    _resolve_back,
    _roles,
    _titled_person,
    resolve_possessor,
)
from service.extract.coref.index import (
    _LOC,
    _MAX_LOOKBACK,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    _any,
    _before,
    _count_before,
    _latest,
    _outside,
    _recent,
    _token_mention,
    entity_at,
    named,
)
from service.extract.coref.people import _in_full, _strong_or_name_gender, _unlinked_name
from service.extract.coref.subjects import _person_child
from service.extract.coref.words import (
    _age_after,
    _age_of,
    _description_start,
    _hung_subject_of,
    _is_age_noun,
    _is_definite,
    _is_parent_of_count,
    _possessor,
    _word_gender,
    is_person_noun,
)
from service.extract.initials import TITLE_REACH, is_initials, title_initials


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
    definite description after "for" refers back to, as "the company said" would (but
    "the mayor's office" is no entity, see `_office_of_unnamed`)."""
    lemma = noun.lemma_.casefold()
    if noun.pos_ == "NOUN" and _is_definite(noun):
        ending = _body_ending_with(index, noun)
        if ending is not None:
            return ending  # "a spokesman for the executive": the Homeless Executive
    if noun.pos_ != "NOUN" or lemma not in lx.BODY_DESCRIPTIONS or is_person_noun(noun):
        return None
    if not _is_definite(noun) or _office_of_unnamed(noun):
        return None
    return _antecedent(index, noun, ORG, None, lemma)


def _body_ending_with(index: Index, noun: Token) -> Ref | None:
    """The one organisation named before whose name ends with the noun as its head
    ('Health Service Executive'; not 'National Union of Students' for "the students")."""
    return _only_body_named(index, noun.idx, lambda ref: _headed_by(_name_of(ref), noun.lower_))


def _only_body_named(index: Index, pos: int, accept: Callable[[Ref], bool]) -> Ref | None:
    """The nearest mention, outside quotes and a bounded way before `pos`, of the one
    organisation `accept` takes; None when two different ones do."""
    found: Ref | None = None
    for ref in _before(index.mentions.get(ORG, []), pos):
        if not _outside(index, ref) or not accept(ref):
            continue
        if found is not None and found.entity.id != ref.entity.id:
            return None
        found = found or ref
    return found


def _name_of(ref: Ref) -> str:
    """The casefolded name of the entity a mention names."""
    return ref.entity.name.casefold()


def _headed_by(name: str, word: str) -> bool:
    """Whether a body's (casefolded) name ends with the word and the word heads it:
    nothing of the name comes after an "of" or "for" ("Office of the President" is an
    office)."""
    words = name.split()
    return words[-1] == word and not any(small in ("of", "for") for small in words)


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


def withholds_name(index: Index, noun: Token) -> bool:
    """'A DGCA official, who spoke on condition of anonymity': a person whose phrase
    says they withhold their name speaks for nobody named, not even their employer
    (a spokesman still speaks for the body)."""
    if noun.lemma_.casefold() in lx.SPOKES_NOUNS:
        return False
    if _says_anonymous(index, noun) or _asks_to_go_unnamed(noun):
        return True
    return _speaks_unnamed(index, noun)


def _says_anonymous(index: Index, head: Token) -> bool:
    """Whether the words under `head` say the speaker is anonymous ("on condition of
    anonymity")."""
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    phrase = " ".join(index.text[start:end].casefold().split())
    return any(words in phrase for words in lx.ANONYMITY_PHRASES)


def _speaks_unnamed(index: Index, noun: Token) -> bool:
    """'a BJP councillor said, asking not to be named', '..., an aide said, speaking on
    condition of anonymity': a participle on the verb the noun reports by that
    withholds the speaker's name."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or index.quote_of[clause.i] >= 0:
            continue
        if _declines_naming(clause) or _says_anonymous(index, clause):
            return True
    return False


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
    declined to be identified', 'a hawker who sells noodles and declined to be named': a
    clause on the noun, or one joined to it, that declines, or asks with a negation,
    over a passive "named" or "identified"."""
    clauses = [clause for clause in noun.children if clause.dep_ in ("relcl", "acl")]
    joined = [other for clause in clauses for other in clause.conjuncts]
    return any(_declines_naming(clause) for clause in clauses + joined)


def _declines_naming(clause: Token) -> bool:
    """Whether a clause declines, or asks with a negation, over a passive "named" or
    "identified" ("asking not to be named", "who declined to be identified")."""
    return any(
        _passive_naming(complement) and _withholds(clause, complement)
        for complement in clause.children
        if complement.dep_ in ("ccomp", "xcomp")
    )


def _passive_naming(verb: Token) -> bool:
    """ "be named", "be identified"."""
    return verb.lemma_.casefold() in lx.NAMING_PASSIVES and any(
        child.dep_ == "auxpass" for child in verb.children
    )


def _withholds(clause: Token, complement: Token) -> bool:
    """Whether a clause over a passive naming declines it, wishes it not, or asks with
    a negation between the two ("asked that neither he nor the farm be named")."""
    lemma = clause.lemma_.casefold()
    if lemma in lx.DECLINING_VERBS:
        return True
    if lemma in lx.WISHING_VERBS and any(child.dep_ == "neg" for child in clause.children):
        return True  # "who did not want to be named"
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
    if not _is_definite(noun) or _paraphrases(index, noun):
        return None
    return _issued_just_before(index, noun, lemma)


def _paraphrases(index: Index, noun: Token) -> bool:
    """'The letter said some wards were “full”': a document whose content is reported
    in a clause outside quotes stays the source, not anyone's voice."""
    return any(
        child.dep_ == "ccomp" and index.quote_of[child.i] < 0 for child in noun.head.children
    )


def _issued_just_before(index: Index, noun: Token, lemma: str) -> Found | None:
    """'Jo Roe said in a statement that ... ¶ “…,” the statement said': "the statement"
    quoted word for word is the one a person, the subject of this sentence or the one
    before, spoke through ("said in a statement", "issued a statement"), so its words
    are that person's."""
    sent = index.narr_of[noun.i]
    for k in range(noun.i - 1, max(-1, noun.i - 2 * MAX_SCAN), -1):
        if index.narr_of[k] < sent - 1:
            return None
        token = index.tokens[k]
        if token.lemma_.casefold() != lemma or index.quote_of[k] >= 0:
            continue
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        found = index.resolved.get(subject.i) if subject is not None else None
        return found if found is not None and found.kinds == (PERSON,) else None
    return None


def _named_in_phrase(index: Index, noun: Token, personal: bool) -> Ref | None:
    """'Marchetti, the judge': the entity the description is in apposition to; for a
    person noun also a person named inside its phrase (see `_appositive_person`)."""
    apposed = (
        noun.dep_ == "appos" and _hung_subject_of(noun) is None and not index.hung_on_dateline(noun)
    )
    described = entity_at(index, noun.head) if apposed else None
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
    if personal and _known_only_by_tie(index, noun, linked):
        return None
    if personal and kind != PERSON and _member_by_tie(index, noun, linked):
        return _definite_description(index, noun, personal, gender)
    if personal and kind != PERSON:
        protagonist = _profile_subject(index, noun)
        if protagonist is not None:
            return named(index, protagonist)
        entity = linked.entity
        kinds = (PERSON, ORG) if noun.tag_ == "NN" else (ORG,)
        return Found(entity.name, entity, linked.mention, kinds, gender)
    return named(index, linked)


def _profile_subject(index: Index, noun: Token) -> Ref | None:
    """'Tan Wei Ling does not like the word. The founder of Orchid Robotics says ...':
    in a profile's opening paragraphs, a role in a body opening its sentence is the
    person the first sentence opens on, named with no role of their own, when that is
    the story's main person (`Index.protagonist`; a spokesperson never is)."""
    if noun.lemma_.casefold() in lx.SPOKES_NOUNS or not _is_definite(noun):
        return None
    if index.para_of[noun.i] > 1 or not _opens_own_sentence(index, noun):
        return None
    people = index.mentions.get(PERSON, [])
    first = next((ref for ref in people if index.sent_of[_mention_head(index, ref)] == 0), None)
    if first is None or first.mention.text != first.entity.name or _roles(index, first):
        return None
    if index.tokens[_mention_head(index, first)].dep_ != "nsubj":
        return None
    return first if first.entity.id == index.protagonist else None


def _mention_head(index: Index, ref: Ref) -> int:
    """The last token of a mention: the head of a name."""
    return index.mention_tokens(ref.mention)[-1]


def _known_only_by_tie(index: Index, noun: Token, linked: Ref) -> bool:
    """'a Kennedy cousin said', 'one Labour whip said', 'an Acme engineer said': a name
    modifying an indefinite person noun says whose or what body's they are, not who
    they are, so the one speaking is left unnamed (a spokesman still speaks for the
    name)."""
    if _is_definite(noun) or noun.lemma_.casefold() in lx.SPOKES_NOUNS:
        return False
    return _tied_by_name(index, noun, linked)


def _member_by_tie(index: Index, noun: Token, linked: Ref) -> bool:
    """'the Fine Gael councillor said', 'the leader of the Green group said': a party
    before an elected role, or a part of a body after "of", says which body the
    person sits in; the description refers back to that person, not to the body (a
    spokesman still speaks for it, and so do 'the Arsenal captain' and 'the chairman
    of Acme', who lead it)."""
    if not _is_definite(noun) or noun.lemma_.casefold() in lx.SPOKES_NOUNS:
        return False
    elected = noun.lemma_.casefold() in lx.PARTY_ROLES and _tied_by_name(index, noun, linked)
    return elected or any(_of_part_of(index, child, linked) for child in noun.children)


def _of_part_of(index: Index, prep: Token, linked: Ref) -> bool:
    """Whether the phrase is "of" an unnamed part of the body ("of the Green group", "of
    a Commons committee"), not "of" the body itself ("the chairman of Acme")."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    return bool(objects) and objects[0].i not in index.mention_tokens(linked.mention)


def _tied_by_name(index: Index, noun: Token, linked: Ref) -> bool:
    """Whether the linked name modifies the noun directly ("Labour whip")."""
    return any(
        child.dep_ == "compound" and index.entity_at[child.i] is linked for child in noun.children
    )


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


def _spokesperson_named_later(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'“…,” a spokesman said. ... The spokesman, Ed Roe, declined to say': a
    spokesperson the next sentences name is the speaker, not the body they speak for."""
    lemma = noun.lemma_.casefold()
    if lemma not in lx.SPOKES_NOUNS:
        return None
    later = _named_ahead(index, noun, lemma)
    if later is None:
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    return Found(later.entity.name, later.entity, mention, (PERSON,), gender)


def _office_of_unnamed(noun: Token) -> bool:
    """'The office of the transport minister said', 'the minister's office said': a body
    that belongs to a person the phrase leaves unnamed is no entity of the story."""
    return any(owner.text.islower() and is_person_noun(owner) for owner in _owners(noun))


def _owners(noun: Token) -> list[Token]:
    """Who a noun belongs to: "the minister's office", "the office of the minister"."""
    owners = [child for child in noun.children if child.dep_ == "poss"]
    return owners + [
        grand
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in ("of", "for")
        for grand in child.children
        if grand.dep_ == "pobj"
    ]


def office_named_for(index: Index, noun: Token) -> Found | None:
    """'The commissioner's office said' of the Parliamentary Commissioner for
    Standards: an office whose holder's title is a word of a body's name is that body."""
    if noun.lower_ != "office":
        return None
    for owner in _owners(noun):
        if owner.text.islower() and is_person_noun(owner):
            ref = _org_named_with(index, noun.idx, [owner.lower_])
            if ref is not None:
                mention = _token_mention(index, _description_start(noun), noun)
                return Found(ref.entity.name, ref.entity, mention, (ORG,))
    return None


def _spokesperson_of_last_body(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'Acme called the strike unnecessary. ... a spokeswoman said' -> Acme, unless
    "the spokeswoman" is a person introduced with that title, or the phrase says whom
    they speak for (see `_states_principal`)."""
    lemma = noun.lemma_.casefold()
    if not (lemma.startswith("spokes") and noun.tag_ == "NN"):
        return None
    if _states_principal(noun):
        return None
    orgs = index.subjects.get(ORG, [])
    body = _recent(orgs, noun.idx, index.narr_of[noun.i] - 2, _any)
    titled = _is_definite(noun) and _titled_person(index, noun.idx, lemma, _any) is not None
    if body is not None and not titled:
        return Found(body.entity.name, body.entity, body.mention, (PERSON, ORG), gender)
    return None


def _states_principal(noun: Token) -> bool:
    """'a spokesperson for the family', 'the prime minister's spokesman': the phrase says
    whom they speak for (`linked_entity` finds it when it is an entity of the story)."""
    owned = any(child.dep_ == "poss" and child.pos_ != "PRON" for child in noun.children)
    return owned or any(
        grand.dep_ == "pobj"
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ in ("for", "of")
        for grand in child.children
    )


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
        title = None if _is_age_noun(noun) or _is_parent_of_count(noun) else lemma
        ahead = _named_ahead(index, noun, title) if title else None
        if ahead is None and title:
            ahead = _named_ahead_in_family(index, noun, title)
        if ahead is None and title is None:
            ahead = _aged_person(index, noun) or _introduced_before_age(index, noun)
            known = _strong_or_name_gender(index, ahead.entity.id) if ahead else None
            if gender is not None and known not in (None, gender):
                ahead = None  # 'after his wife Shona raised the alarm ... the father-of-three'
        if ahead is not None:
            mention = _token_mention(index, _description_start(noun), noun)
            return Found(ahead.entity.name, ahead.entity, mention, (PERSON,), gender)
        back = _resolve_back(index, noun, PERSON, gender, title)
        return back if back is not None else _lede_description_named(index, noun, gender)
    if lemma in lx.BODY_DESCRIPTIONS:
        return _resolve_back(index, noun, ORG, None, lemma)
    return _org_by_name_word(index, noun)


def _lede_description_named(index: Index, noun: Token, gender: str | None) -> Found | None:
    """'... with the health minister accusing the department of “…”. ¶Colm Devlin said
    ...': a description in the first sentence, with nobody before it, is the person
    the next sentences first name as a subject; so is one that opens its sentence
    with nobody before it fitting ('The leader of the Green group said ... ¶“…,” said
    Cllr Jo Roe')."""
    if index.sent_of[noun.i] != index.sent_of[0] and not _opens_own_sentence(index, noun):
        return None
    named_next = _introduced_after(index, noun)
    if named_next is None or _described_otherwise(index, named_next, noun):
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    return Found(named_next.entity.name, named_next.entity, mention, (PERSON,), gender)


def _described_otherwise(index: Index, ref: Ref, noun: Token) -> bool:
    """'The fire chief said ... ¶Tom Baker, a shop owner, said ...': a person named
    with a description of their own in apposition is someone new, unless it is the
    same description."""
    roles = [role for role in _roles(index, ref) if role.pos_ == "NOUN"]
    return bool(roles) and not _has_title(index, ref, noun.lemma_.casefold())


def _opens_own_sentence(index: Index, noun: Token) -> bool:
    """Whether the description is the first thing in its sentence."""
    first = _description_start(noun).i
    return index.sentence_opening(index.sent_of[first]) == first


_STAFF_BODIES = frozenset({"association", "union"})  # "Police Officers Association"


def _police_named_before(index: Index, noun: Token) -> Found | None:
    """'NSW Police said in a statement ... “…,” police said': bare "police" reporting
    speech is the one police force named before it (a bounded way back)."""
    if noun.lower_ != "police" or any(True for _ in noun.children):
        return None  # "Spanish police", "police in Glasgow": some other force
    if noun.dep_ != "nsubj" or noun.head.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None

    def is_force(ref: Ref) -> bool:
        staff = index.body_kinds.get(ref.entity.id, frozenset()) & _STAFF_BODIES
        return bool(lx.FORCE_HEADS & set(_name_of(ref).split())) and not staff

    force = _only_body_named(index, noun.idx, is_force)
    if force is None:
        return None
    return Found(force.entity.name, force.entity, _token_mention(index, noun, noun), (ORG,))


def _org_by_name_word(index: Index, noun: Token) -> Found | None:
    """'The Port of Tema raised its fees. ... the port said': a common noun reporting
    speech that is a word of the name of exactly one organisation named before it
    outside quotes (looking a bounded way back) refers to it."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    words = {noun.lemma_.casefold(), noun.lower_}
    found = _only_body_named(index, noun.idx, lambda ref: bool(words & set(_name_of(ref).split())))
    if found is None:
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    return Found(found.entity.name, found.entity, mention, (ORG,))


def _relative_by_surname(index: Index, noun: Token, gender: str | None) -> Entity | None:
    """'Huia Te Rangi ... Wiremu Te Rangi, 66, ... Her uncle says': a relative of a
    named person is the one other person named before with that surname whose gender
    fits; one the article names only later ('his father ... His brother, Eoin Roe')
    may be another relative."""
    if noun.lemma_.casefold() not in lx.KIN_NOUNS:
        return None
    introduced = _kin_introduced(index, noun)
    if introduced is not None:
        return introduced
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
        and index.first_seen.get(person.id, noun.idx) < noun.idx
        and _strong_or_name_gender(index, person.id) in (None, gender)
    ]
    return kin[0] if len(kin) == 1 else None


def _kin_introduced(index: Index, noun: Token) -> Entity | None:
    """'Her mother, Lakshmi Ganeshan, remembers it differently. “…,” her mother said':
    the person the same words for a relative last introduced by name."""
    owner = _possessive_word(noun)
    if owner is None:
        return None
    return _introduced_as(index, noun, lambda token: _possessive_word(token) == owner)


def titled_by_initials(index: Index, noun: Token) -> Found | None:
    """'Deputy Public Prosecutor Nicholas Quek said ... “…,” the DPP said': the last
    person named after a title these are the initials of."""
    if not is_initials(noun.text):
        return None
    for ref in _before(index.mentions.get(PERSON, []), noun.idx):
        first = index.mention_tokens(ref.mention)[0]
        words = [token.text for token in index.tokens[max(0, first - TITLE_REACH) : first]]
        if title_initials(words) == noun.text:
            mention = _token_mention(index, _description_start(noun), noun)
            return Found(ref.entity.name, ref.entity, mention, (PERSON,))
    return None


def spokesperson_introduced(index: Index, noun: Token) -> Found | None:
    """'The command's spokesman, SP Kolawole Onabanjo, said ... “…,” the police
    spokesman said': the person last introduced by name as the spokesperson."""
    if noun.lemma_.casefold() not in lx.SPOKES_NOUNS or not _is_definite(noun):
        return None
    entity = _introduced_as(index, noun, lambda token: True)
    if entity is None or _body_named_since(index, entity, noun):
        return None
    mention = _token_mention(index, _description_start(noun), noun)
    return Found(entity.name, entity, mention, (PERSON,), _word_gender(noun.lower_))


def _body_named_since(index: Index, person: Entity, noun: Token) -> bool:
    """Whether a body is named between the person's last mention and the noun ('The
    union's spokesman, Gary Pratt, ... Hartwell Foods said ... the company spokesman')."""
    last = _latest(index.mentions.get(PERSON, []), noun.idx, lambda ref: ref.entity.id == person.id)
    start = last.pos if last is not None else 0
    return any(start < ref.pos < noun.idx for ref in index.mentions.get(ORG, []))


def _introduced_as(index: Index, noun: Token, same: Callable[[Token], bool]) -> Entity | None:
    """The person named in apposition to the last noun before `noun` with its lemma
    that `same` accepts, if that noun had one."""
    lemma = noun.lemma_.casefold()
    for k in range(noun.i - 1, -1, -1):
        token = index.tokens[k]
        if token.lemma_.casefold() != lemma or not same(token):
            continue
        for child in token.children:
            ref = index.entity_at[child.i] if child.dep_ == "appos" else None
            if ref is not None and index.kind(ref.entity) == PERSON:
                return ref.entity
        return None
    return None


def _possessive_word(noun: Token) -> str | None:
    """ "her" of "her mother", lowercased."""
    owner = _possessor(noun)
    return owner.lower_ if owner is not None else None


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
    if any(org.entity.id != linked.entity.id for org in other):
        return None
    return None if _follows_other_body(index, later, linked) else later


def _follows_other_body(index: Index, person: Ref, linked: Ref) -> bool:
    """'The regulator confirmed it had the notice. Spokesperson Jo Lee said ...': a
    spokesperson named right after another body spoke, as the subject of the sentence
    before, speaks for that body."""
    for ref in _before(index.mentions.get(ORG, []), person.pos):
        if ref.sent < person.sent - 1:
            return False
        tokens = index.mention_tokens(ref.mention)
        heads = [index.tokens[k] for k in tokens if index.tokens[k].head.i not in tokens]
        subject = any(head.dep_ == "nsubj" for head in heads)
        if ref.sent < person.sent and subject and _outside(index, ref):
            return ref.entity.id != linked.entity.id
    return False


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

    return _titled_person(index, noun.idx, lemma, of_same_body) or _sole_member(index, noun, linked)


_MEMBER_WINDOW = 4  # tokens before a name that may hold its body and role ("Acme boss")


def _sole_member(index: Index, noun: Token, linked: Ref) -> Ref | None:
    """'HARWICK ALBION boss Declan Pryce ...' ... 'the Albion manager said': with nobody
    given that very title, the one person introduced before with a role right after
    the body's name ("Albion boss") is who a singular role in it means."""
    if noun.tag_ != "NN":
        return None
    found: Ref | None = None
    for ref in _before(index.mentions.get(PERSON, []), noun.idx):
        if ref.pos != index.first_seen.get(ref.entity.id) or not _in_full(ref):
            continue
        first = index.mention_tokens(ref.mention)[0]
        window = range(max(0, first - _MEMBER_WINDOW), first)
        body = [k for k in window if index.entity_at[k] is not None]
        owner = index.entity_at[body[-1]] if body else None
        if owner is None or owner.entity.id != linked.entity.id:
            continue
        roles = range(body[-1] + 1, first)
        if not roles or not all(index.tokens[k].pos_ == "NOUN" for k in roles):
            continue
        if found is not None and found.entity.id != ref.entity.id:
            return None
        found = ref
    return found


def _introduced_before_age(index: Index, noun: Token) -> Ref | None:
    """'That was little comfort to Betty Kuhn, who has banked there since 1958. ¶“…,” the
    81-year-old said': the one person first named in the sentence before an age
    description, with no age of their own, is who it describes."""
    sent = index.narr_of[noun.i]
    found: Ref | None = None
    for ref in _before(index.mentions.get(PERSON, []), noun.idx):
        if ref.sent < sent - 1:
            break
        if ref.sent != sent - 1 or ref.pos != index.first_seen.get(ref.entity.id):
            continue
        last = index.mention_tokens(ref.mention)[-1]
        if found is not None or _age_after(index.tokens, last) or not _outside(index, ref):
            return None
        found = ref
    named_subjects = [
        ref
        for ref in _before(index.subjects.get(PERSON, []), noun.idx)
        if ref.sent == sent - 1 and index.entity_at[index.token_at(ref.pos)] is not None
    ]
    if found is None or any(ref.entity.id != found.entity.id for ref in named_subjects):
        return None  # 'Brennock, who came on after Fitzmaurice limped off, ...': the subject
    if _other_in_view(index, found):
        return None  # 'she walked off court, having beaten Tereza Hronková'
    return found


def _other_in_view(index: Index, ref: Ref) -> bool:
    """A pronoun of the person's gender outside quotes in their sentence, not in the
    phrase that introduces them: someone else in view the age may describe ('she walked
    off court, having beaten Tereza Hronková'; not 'She introduced Aidan Foley, who lost
    his job')."""
    head = index.tokens[index.mention_tokens(ref.mention)[-1]]
    gender = _strong_or_name_gender(index, ref.entity.id)
    own = range(head.left_edge.i, head.right_edge.i + 1)
    return any(
        word.lower_ in _PERSONAL
        and gender in (None, _word_gender(word.lower_))
        and word.i not in own
        and index.quote_of[word.i] < 0
        for word in head.sent
    )


_PERSONAL = frozenset({"he", "she", "him", "her", "his"})


def _aged_person(index: Index, noun: Token) -> Ref | None:
    """'Gillian Harte, 57, ...' ... 'the 57-year-old said': the last person introduced
    with that age."""
    age = _age_of(noun)
    if age is None:
        return None
    tokens = index.tokens
    for ref in _before(index.mentions.get(PERSON, []), noun.idx):
        last = index.mention_tokens(ref.mention)[-1]
        if _age_after(tokens, last) == age:
            return ref
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
    last = min(noun.right_edge.i, noun.i + 25)
    for k in range(noun.left_edge.i, last + 1):
        if index.quote_of[k] >= 0:
            continue
        ref = _apposed_name(index, index.tokens[k], noun)
        if ref is not None and index.kind(ref.entity) == PERSON:
            return ref
    return None


def _apposed_name(index: Index, token: Token, noun: Token) -> Ref | None:
    """A name set beside a description: in apposition, coordinated, given by a naming
    verb, or opening after a comma after the noun wherever the parser hung it ('The
    mayor of the Shire Council, Ann Roe, said': "Roe" hangs on "Council")."""
    if token.dep_ == "oprd" and token.head.lemma_.casefold() not in lx.NAMING_VERBS:
        return None
    if token.dep_ in ("appos", "conj", "oprd"):
        return index.entity_at[token.i] or _named_by_compounds(index, token)
    ref = index.entity_at[token.i]
    if ref is None or token.i - 1 <= noun.i or index.mention_tokens(ref.mention)[0] != token.i:
        return None
    if index.tokens[token.i - 1].text == "," or _after_portfolio(index, noun, token.i):
        return ref
    return None


def _after_portfolio(index: Index, noun: Token, k: int) -> bool:
    """'director of rugby Nick Trelawney', 'head of public affairs Jo Ray': a title, "of"
    and lowercase words of its field, then the name."""
    field = index.tokens[noun.i + 2 : k]
    return (
        index.tokens[noun.i + 1].lower_ == "of"
        and 0 < len(field) <= 3
        and all(word.is_alpha and word.is_lower and word.lower_ != "the" for word in field)
    )


def _named_by_compounds(index: Index, token: Token) -> Ref | None:
    """'Niamh O'Sullivan KC': a name the parser heads with a word after it."""
    for child in token.children:
        if child.dep_ == "compound" and index.quote_of[child.i] < 0:
            ref = index.entity_at[child.i]
            if ref is not None:
                return ref
    return None


def _unlinked_organisation(index: Index, noun: Token) -> Found | None:
    """'Analysts at Harwick Securities', 'a KVB spokesperson': an organisation the
    model did not tag, which a spokesperson speaks for however recent another body."""
    for child in noun.children:
        if _names_principal(index, noun, child):
            found = _unlinked_name(index, child)
            if found is not None:
                return Found(found.name, found.entity, found.mention, found.kinds or (PERSON, ORG))
        if child.dep_ != "prep" or child.lower_ not in ("for", "at", "of", "from", "with"):
            continue
        for grand in child.children:
            if (
                grand.dep_ == "pobj"
                and grand.pos_ == "PROPN"
                and index.quote_of[grand.i] < 0
                and entity_at(index, grand) is None
            ):
                found = _unlinked_name(index, grand)
                if found is not None:
                    return Found(found.name, None, found.mention, (PERSON, ORG))
    return None


def _names_principal(index: Index, noun: Token, child: Token) -> bool:
    """Whether `child` is a capitalised name before a spokesperson noun ("a KVB
    spokesperson"), saying whom they speak for."""
    return (
        child.dep_ == "compound"
        and child.text[:1].isupper()
        and noun.lemma_.casefold() in lx.SPOKES_NOUNS
        and index.quote_of[child.i] < 0
    )


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


_LINK_ORDER = ("appos", "compound", "poss", "nmod", "prep")


def linked_entity(index: Index, noun: Token) -> Ref | None:
    """An entity attached to a description: apposition, "Acme's", "Acme spokesman", "for Acme"."""
    by_dep: dict[str, Ref] = {}
    for child in noun.children:
        ref: Ref | None = None
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with", "from"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            ref = entity_in_phrase(index, objects[0]) if objects else None
            if ref is not None and _place_of_unnamed(index, objects[0], ref):
                continue
            if ref is not None and child.lower_ == "from" and _home_of(index, noun, ref):
                continue  # "the mother-of-three from Bolton": where she lives, not who
            ref = ref or (_described_org(index, objects[0]) if objects else None)
            if ref is None and objects and child.lower_ == "for":
                ref = _represented_body(index, objects[0])
        elif child.dep_ in _LINK_ORDER:
            ref = entity_at(index, child)
            if ref is not None and _place_of_unnamed(index, noun, ref):
                continue  # "a Massachusetts man"
        if ref is not None:
            by_dep.setdefault(child.dep_, ref)
    links = [by_dep[dep] for dep in _LINK_ORDER if dep in by_dep]
    bodies = [ref for ref in links if index.kind(ref.entity) != _LOC]
    if links and index.kind(links[0].entity) == _LOC and bodies:
        return bodies[0]  # "the FBI's Newark field office": the place says where, not who
    return links[0] if links else None


def _home_of(index: Index, noun: Token, ref: Ref) -> bool:
    """'the mother-of-three from Bolton', 'the nursery nurse from Barnsley': a town after
    a person is where they live, not whom they speak for; a country may be ("the
    delegate from Kenya"), unless the person is described by age or family."""
    if index.kind(ref.entity) != _LOC:
        return False
    country = ref.entity.name.casefold() in lx.COUNTRIES
    return not country or _is_age_noun(noun) or _is_parent_of_count(noun)


def _place_of_unnamed(index: Index, head: Token, ref: Ref) -> bool:
    """'a currency trader at a Prague bank', 'a nurse at a Leeds hospital', 'a
    Massachusetts man': a place modifying an indefinite noun tells where the unnamed
    body or person is, not who it is."""
    return (
        index.kind(ref.entity) == _LOC
        and entity_at(index, head) is None
        and _is_indefinite_singular(head)
    )


def entity_in_phrase(index: Index, head: Token) -> Ref | None:
    """The entity a noun phrase names: its head, else its apposition or modifiers
    ("the United Nations refugee agency, UNHCR")."""
    ref = entity_at(index, head)
    if ref is not None:
        return ref
    found = {child.dep_: entity_at(index, child) for child in reversed(list(head.children))}
    return next((found[dep] for dep in _LINK_ORDER if found.get(dep) is not None), None)
