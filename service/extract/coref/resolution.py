"""What a subject names or refers to: `resolve` sends a name, a pronoun, a name the
model missed or a description to the rules that read it. The description rules
themselves are in `descriptions`, the search back for a pronoun in `antecedents`."""

from __future__ import annotations

from spacy.tokens import Token

from service.extract import lexicon as lx
from service.extract.coref.antecedents import _resolve_back
from service.extract.coref.descriptions import (
    _body_ending_with,
    _definite_description,
    _introduced_description,
    _is_indefinite_singular,
    _issuer,
    _name_given_as,
    _named_in_phrase,
    _named_later_for,
    _office_of_unnamed,
    _owned_by_unnamed,
    _police_named_before,
    _speaking_for,
    _spokesperson_named_later,
    _spokesperson_of_described_body,
    _spokesperson_of_last_body,
    _titled_member,
    _unlinked_organisation,
    linked_entity,
    office_named_for,
    spokesperson_introduced,
    titled_by_initials,
    withholds_name,
)
from service.extract.coref.index import (
    _LOC,
    CARRIER,
    MAX_CLIMB,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    _token_mention,
    entity_at,
    named,
)
from service.extract.coref.people import _titled_name_closing, _unlinked_name
from service.extract.coref.words import (
    RANK_WORDS,
    _description_start,
    _is_definite,
    _is_possessor,
    _word_gender,
    is_person_noun,
    one_of_many,
)


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
    subject = _ranking_of(subject)
    ref = entity_at(index, subject)
    if ref is not None and index.kind(ref.entity) == CARRIER:
        return None
    if ref is not None and index.kind(ref.entity) == _LOC:
        ref = _appositive_speaker(index, subject) or ref
    if ref is None or index.kind(ref.entity) == ORG:
        ref = _whose_role_named(index, subject) or ref
    if ref is None and _is_scene(subject):
        ref = _appositive_speaker(index, subject)
    if ref is not None and _is_nationality_description(index, subject, ref):
        title = subject.lemma_.casefold()
        return _resolve_back(index, subject, PERSON, None, title)
    if ref is not None:
        return named(index, ref)
    lower = subject.lower_
    if lower in lx.RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        body = _body_right_before(index, subject)
        if body is not None:
            return named(index, body)
        antecedent = subject.head.head
        if antecedent.i == subject.i or depth >= 3:
            return None
        if lower == "who":
            antecedent = _person_above_body(index, antecedent) or antecedent
        return resolve(index, antecedent, depth + 1)
    if lower in lx.PRONOUNS_PERSON:
        return _resolve_back(index, subject, PERSON, _word_gender(lower), None)
    label = index.label_of.get(index.para_of[subject.i]) if lower == "i" else None
    if label is not None:
        mention = _token_mention(index, subject, subject)
        return Found(label.entity.name, label.entity, mention, (PERSON,))
    if lower == "it" and _document_subject_before(index, subject):
        return None
    if lower in lx.PRONOUNS_GROUP:
        return _resolve_back(index, subject, ORG, None, None)
    participle_of = _person_before_participle(subject)
    if participle_of is not None:
        gender = _word_gender(participle_of.lemma_.casefold())
        return _definite_description(index, participle_of, True, gender)
    described = (
        _is_definite(subject)
        or not subject.text[:1].isupper()
        or lower in lx.KIN_NAMES
        or _is_seat_abbreviation(subject)
        or _is_opening_role(subject)
    )
    if subject.pos_ == "PROPN" and not described:
        titled = _titled_name_closing(index, subject)
        return named(index, titled) if titled is not None else _unlinked_name(index, subject)
    if not described and _is_known_name(index, subject):
        return _unlinked_name(index, subject)
    return _resolve_description(index, subject)


def _document_subject_before(index: Index, it: Token) -> bool:
    """'The report, compiled by Acme, examined the accounts. It says ...': "it" after a
    sentence whose main subject is a document is that document, which speaks for
    nobody."""
    sentence = index.sent_of[it.i]
    for k in range(it.i - 1, max(it.i - MAX_SCAN, -1), -1):
        if index.sent_of[k] < sentence - 1:
            return False
        token = index.tokens[k]
        main = token.head.dep_ == "ROOT"
        if token.dep_ in ("nsubj", "nsubjpass") and main and index.quote_of[k] < 0:
            return token.pos_ == "NOUN" and token.lemma_.casefold() in lx.DOCUMENT_NOUNS
    return False


def _body_right_before(index: Index, which: Token) -> Ref | None:
    """'in line with advice from the Fisheries Council (FC), which said': "which" right
    after an organisation's name (and its bracketed short form) is that body, however
    far up the parser hangs the clause."""
    if which.lower_ != "which":
        return None
    k = which.i - 1
    if k >= 0 and index.tokens[k].text == ",":
        k -= 1
    if k >= 0 and index.tokens[k].text == ")":
        k = _bracket_open(index, k) - 1
    ref = entity_at(index, index.tokens[k]) if k >= 0 else None
    return ref if ref is not None and index.kind(ref.entity) == ORG else None


def _person_above_body(index: Index, antecedent: Token) -> Token | None:
    """'Dr Ana Ruiz, a witness called by the board, who said': "who" that the parser
    hangs on a body inside a person's phrase means the person the phrase hangs from."""
    ref = entity_at(index, antecedent)
    if ref is None or index.kind(ref.entity) == PERSON or antecedent.dep_ != "pobj":
        return None
    for above in list(antecedent.ancestors)[:MAX_CLIMB]:
        owner = entity_at(index, above)
        if owner is not None and index.kind(owner.entity) == PERSON:
            return above
    return None


def _bracket_open(index: Index, close: int) -> int:
    """The "(" a short aside closing at `close` opens with, else -1."""
    for k in range(close - 1, max(close - _MAX_ASIDE, -1), -1):
        if index.tokens[k].text == "(":
            return k
    return -1


_MAX_ASIDE = 6  # tokens a bracketed short form spans


def _ranking_of(subject: Token) -> Token:
    """'the world No 38 said' with the number parsed as the subject: "world" describes."""
    doc = subject.doc
    if subject.like_num and subject.i >= 2 and doc[subject.i - 1].lower_ in RANK_WORDS:
        world = doc[subject.i - 2]
        return world if world.lower_ == "world" and world.dep_ == "nsubj" else subject
    return subject


def _seat_holder(noun: Token) -> bool:
    """'The Nationals member for Warrego, Dale Hinchcliffe,': an elected member's title."""
    return noun.lemma_.casefold() in lx.SEAT_TITLES and any(
        child.dep_ == "prep" and child.lower_ == "for" for child in noun.children
    )


def _is_opening_role(subject: Token) -> bool:
    """'Counsel for Cotter, Brendan Lynch SC, said': a role noun capitalised only because
    it opens the sentence, before the one it serves."""
    following = subject.nbor(1).lower_ if subject.i + 1 < len(subject.doc) else ""
    return (
        subject.is_sent_start is True
        and subject.lower_ in lx.PERSON_DESCRIPTIONS
        and following in lx.SERVING_WORDS
    )


def _is_seat_abbreviation(subject: Token) -> bool:
    """'one backbench TD told me': an elected member's abbreviated title, no name."""
    return subject.text.isupper() and subject.lower_ in lx.SEAT_TITLES


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


def _whose_role_named(index: Index, subject: Token) -> Ref | None:
    """'a charity, Hope Outreach, whose director, Dr Ann Roe, said': the parser makes
    the body the subject and hangs the person off it; the person named speaks."""
    for role in subject.children:
        if role.dep_ != "appos" or not any(child.lower_ == "whose" for child in role.children):
            continue
        for name in role.children:
            ref = entity_at(index, name) if name.dep_ == "appos" else None
            if ref is not None and index.kind(ref.entity) == PERSON:
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


def _resolve_description(index: Index, noun: Token) -> Found | None:
    """ "a spokesman for Acme" -> Acme; "the minister" -> the last minister or person named;
    "A former treasurer ... told the jury" -> the person the next sentence introduces;
    "a statement from Acme" -> Acme, but "the report" -> None; "Acme called the strike
    unnecessary. ... a spokeswoman said" -> Acme."""
    lemma = noun.lemma_.casefold()
    if lemma in lx.DOCUMENT_NOUNS:
        return _issuer(index, noun, lemma)
    initials = titled_by_initials(index, noun)
    if initials is not None:
        return initials
    picked = one_of_many(noun) and lemma != "member"  # "a member of X" is linked to X
    personal = is_person_noun(noun) or picked or _seat_holder(noun)
    if withholds_name(index, noun):
        return None
    principal = _spokesperson_for_person(index, noun)
    if principal is not None:
        return principal
    given = _name_given_as(index, noun) if personal else None
    if given is not None:
        return named(index, given)
    gender = _word_gender(lemma) if personal else None
    introduced = spokesperson_introduced(index, noun)
    if introduced is not None:
        return introduced
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
    spokesperson = (
        _spokesperson_named_later(index, noun, gender)
        or _spokesperson_of_described_body(index, noun, gender)
        or _spokesperson_of_last_body(index, noun, gender)
    )
    if spokesperson is not None:
        return spokesperson
    if personal and _owned_by_unnamed(noun):
        return None
    governed = None if personal else _governed_body(index, noun)
    if governed is not None:
        return governed
    if not personal and _office_of_unnamed(noun):
        return office_named_for(index, noun)
    if _is_definite(noun):
        return _definite_description(index, noun, personal, gender)
    if not personal:
        return _police_named_before(index, noun)
    if _is_indefinite_singular(noun):
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
        if _body_ending_with(index, principal) is not None:
            continue  # "a spokesman for the executive" of the Homeless Executive
        found = resolve(index, principal)
        if found is not None and found.entity is not None and PERSON in found.kinds:
            return found
    return None
