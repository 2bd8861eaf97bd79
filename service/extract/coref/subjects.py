"""Who does the reporting of a verb: its subject, wherever the parser or the
news style hangs it ('“…,” said Kell', 'Kell, a biologist, said', 'according to
Kell')."""

from __future__ import annotations

from spacy.tokens import Token

from service.extract import lexicon as lx
from service.extract.coref.index import (
    _LOC,
    _QUOTE_MARKS,
    DASHES,
    MAX_SCAN,
    ORG,
    PERSON,
    Index,
    Ref,
    entity_at,
)
from service.extract.coref.words import (
    _hung_subject_of,
    _is_age_noun,
    _is_title_word,
    _possessor,
    is_person_noun,
)


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
    aged = _age_read_as_modifier(index, verb)
    if aged is not None:
        return aged
    if _no_speaking_subject(verb):
        right_before = _name_right_before(index, verb)
        if right_before is not None:
            return right_before
    for _ in range(4):
        own = _own_subject(index, verb) or _object_made_to(index, verb)
        if own is not None:
            return own
        reporter = _reporter_of_modal_clause(verb)
        if reporter is not None:
            verb = reporter
            continue
        if verb.dep_ == "conj":
            shared = _sibling_subject(index, verb) or _passive_subject_above(index, verb)
            if shared is not None:
                return shared
        if _completes_object(verb) or _describes_statement_issued(verb):
            above = verb.head.head
        elif verb.dep_ in ("conj", "xcomp", "advcl") or _runs_on_from(verb):
            above = verb.head
        else:
            if verb.dep_ != "ROOT":
                return None
            return (
                _name_before_comma(index, verb)
                or _subject_hung_on_opening(index, verb)
                or _subject_of_clause_before(index, verb)
                or _subject_hung_on_paragraph_before(index, verb)
            )
        if index.quote_of[above.i] >= 0 or index.para_of[above.i] != index.para_of[verb.i]:
            return _name_before_comma(index, verb)
        if above.i == verb.i:
            return None
        verb = above
    return None


def _age_read_as_modifier(index: Index, verb: Token) -> Token | None:
    """'“…,” the 34-year-old told supporters', parsed as "told supporters" with the
    age and the verb modifying "supporters": the age is the subject; so in '“…,” the
    29-year-old said backstage', with "said" read as an adjective."""
    if verb.dep_ != "amod" or verb.i == 0:
        return None
    said = verb.lower_ in lx.SAY_FORMS
    if not said and (
        verb.tag_ not in ("VBD", "VBN") or verb.lemma_.casefold() not in lx.REPORTING_VERBS
    ):
        return None
    before = index.tokens[verb.i - 1]
    return before if _is_age_noun(before) else None


def _object_made_to(index: Index, verb: Token) -> Token | None:
    """'..., leaving Albion manager Stuart Garvock to complain that ...', 'prompting
    the minister to warn': the object of a verb that brings about the saying says it."""
    causing = verb.head.lemma_.casefold()
    if verb.dep_ != "xcomp" or causing not in lx.CAUSING_VERBS:
        return None
    made = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
    if made is None or is_person_noun(made):
        return made
    ref = index.entity_at[made.i]
    kind = index.kind(ref.entity) if ref is not None else None
    # not 'forced a smile to say', 'left the Four Courts to tell reporters'
    return made if kind == PERSON or (kind == ORG and causing != "leave") else None


def _completes_object(verb: Token) -> bool:
    """'defended a decision to halve subsidies': an infinitive on the verb's object."""
    return verb.dep_ == "acl" and _is_infinitive(verb) and verb.head.dep_ == "dobj"


def _describes_statement_issued(verb: Token) -> bool:
    """'Tollefson issued a statement saying ...' (or '... a statement the same day
    saying ...', the participle hung on the day): the statement's issuer says it,
    unless it is someone else's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    issuing = verb.head.head
    if issuing.lemma_.casefold() not in lx.ISSUING_VERBS:
        return False
    return any(
        child.dep_ == "dobj"
        and child.lemma_.casefold() in lx.STATEMENT_NOUNS
        and not _written_by_another(child)
        for child in issuing.children
    )


def _written_by_another(statement: Token) -> bool:
    """'a letter from 30 scientists', 'a letter written by her son': someone else's."""
    return any(
        (child.dep_ == "prep" and child.lower_ in ("from", "by"))
        or (child.dep_ == "acl" and child.lemma_.casefold() == "write")
        for child in statement.children
    )


def _runs_on_from(verb: Token) -> bool:
    """'He paused, then added: ...' parsed with "added" left unattached ("dep") to
    the verb before it: a verb run on from another shares its subject."""
    return verb.dep_ == "dep" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i


def _name_before_comma(index: Index, verb: Token) -> Token | None:
    """'“A,” Acme's chief executive, Ada Obi, told the BBC': a verb the parser left
    without a subject (or hung on the quote), right after a comma that closes a
    person's name: that name; also across a short aside set off by commas
    ('Ann Roe KC, defending, said')."""
    k = verb.i - 2
    if _names_person_before_comma(index, k):
        return index.tokens[k]
    aside = _aside_start(index, k)
    if aside is not None and _names_person_before_comma(index, aside - 2):
        return index.tokens[aside - 2]
    return None


def _no_speaking_subject(verb: Token) -> bool:
    """The parser gave the verb no subject, or a thing ('Piloting the bill, Minister
    Kendall Ramoutar said' with "bill" as the subject)."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or all(
        subject.pos_ == "NOUN"
        and not is_person_noun(subject)
        and subject.lemma_.casefold() not in lx.ORG_DESCRIPTIONS
        for subject in subjects
    )


def _name_right_before(index: Index, verb: Token) -> Token | None:
    """'Piloting the bill, Minister of National Security Kendall Ramoutar said': a speech
    verb the parser left without a subject, right after a person's name."""
    k = verb.i - 1
    if k < 0 or index.quote_of[k] >= 0 or verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    ref = index.entity_at[k]
    if ref is None or index.kind(ref.entity) != PERSON or _object_of_subject(index.tokens[k]):
        return None
    return index.tokens[k]


def _object_of_subject(name: Token) -> bool:
    """'The letter to Ann Roe said:': a name governed by a preposition on the verb's
    subject is what the subject is about, not who speaks."""
    prep = name.head
    return prep.dep_ == "prep" and prep.head.dep_ in ("nsubj", "nsubjpass")


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
    tokens = index.tokens
    for k in range(last, max(0, last - _MAX_ASIDE), -1):
        token = tokens[k]
        if token.is_punct or index.entity_at[k] is not None or index.quote_of[k] >= 0:
            return None
        if index.para_of[k] != index.para_of[last]:
            return None
        if tokens[k - 1].text == ",":
            return k
    return None


def _subject_hung_on_opening(index: Index, verb: Token) -> Token | None:
    """'Outside court, Ada Obi, a spokeswoman for the group, said', 'In a statement
    read to the court, a woman whose savings were taken said': a verb the parser left
    without a subject, having hung it (in apposition, or as a conjunct) on the object
    of the phrase that opens the sentence: that noun, when its phrase runs on up to
    the verb."""
    for opening in verb.children:
        if opening.dep_ != "prep" or opening.i > verb.i:
            continue
        for token in opening.subtree:
            hung = _hung_subject_of(token)
            if hung is not None and hung.i == verb.i and index.quote_of[token.i] < 0:
                return token
    return None


_CLAUSE_JOINS = frozenset({",", "then", "and", "but", "later", "finally"})


def _subject_of_clause_before(index: Index, verb: Token) -> Token | None:
    """'He paused, then added: ...', 'She smiled and said': a reporting verb the
    parser left without a subject, with the clause before it in its sentence (outside
    quotes, joined only by a comma, "then" or "and") made its modifier: that clause's
    subject does both."""
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "conj", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        between = index.tokens[clause.right_edge.i + 1 : verb.i]
        if not all(token.lower_ in _CLAUSE_JOINS for token in between):
            continue
        subject = next((child for child in clause.lefts if child.dep_ == "nsubj"), None)
        first = clause.left_edge.i
        own = index.sent_of[first] == index.sent_of[verb.i] and index.quote_of[first] < 0
        if subject is not None and own:
            return subject
    return None


def _subject_hung_on_paragraph_before(index: Index, verb: Token) -> Token | None:
    """'... apply for a larger bin.' / 'Council leader Ada Obi said ...': a verb the
    parser left without a subject, having read the paragraph break as no break and hung
    the noun phrase that opens the verb's sentence on the paragraph before: the head
    of that phrase, when it runs from the sentence start up to the verb."""
    tokens = index.tokens
    phrase = range(index.sentence_opening(index.sent_of[verb.i]), verb.i)
    if not phrase or any(index.quote_of[k] >= 0 or tokens[k].is_punct for k in phrase):
        return None
    roots = [tokens[k] for k in phrase if tokens[k].head.i not in phrase]
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
    return _possessor(token)


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
        if _is_speaker_slot(verb, child)
        and index.quote_of[child.i] < 0
        and not _is_dateline(index, child)
        and not (child.ent_type_ == "DATE" and child.pos_ == "PROPN")  # "before Christmas"
        for slot in [_in_paragraph_of(index, verb, unlisted_subject(child))]
        if slot is not None
    ]
    if len(slots) > 1:
        refs = [(child, index.entity_at[child.i]) for child in slots]
        named = [child for child, ref in refs if ref is not None]
        people = [c for c, ref in refs if ref is not None and index.kind(ref.entity) == PERSON]
        nearest = min(slots, key=lambda child: abs(child.i - verb.i))
        return (people or named or [nearest])[-1]
    if slots:
        return _named_after_unnamed_slot(index, verb, slots[0]) or _after_dateline(
            index, _person_for_org(index, slots[0])
        )
    return (
        _inverted_subject(index, verb)
        or _subject_parsed_as_modifier(index, verb)
        or _fronted_name(index, verb)
        or _phrase_after_quote(index, verb)
    )


def _named_after_unnamed_slot(index: Index, verb: Token, slot: Token) -> Token | None:
    """'“…,” said Acme team principal Ann Obi' parsed with "principal" as the subject
    and the name as its object: after a quote, a person named in the phrase right
    after the verb speaks, not the role word that names nobody."""
    if slot.i < verb.i or index.entity_at[slot.i] is not None:
        return None
    if _inverted_subject(index, verb) is None:
        return None
    named = _named_after(index, verb)
    ref = index.entity_at[named.i] if named is not None else None
    return named if ref is not None and index.kind(ref.entity) == PERSON else None


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


def _after_dateline(index: Index, subject: Token) -> Token:
    """'DUBLIN, Ireland - A Massachusetts man accused of fraud said', 'MARSEILLE — The
    former mayor of ..., Jean-Luc Ferrand, told': a dateline the parser made the
    subject, with a person noun after its dash hung on it: that noun is the subject."""
    ref = index.entity_at[subject.i]
    if ref is None or ref.pos != 0 or index.kind(ref.entity) != _LOC:
        return subject  # not 'Acme Foods — the country's biggest baker — said'
    return next(
        (
            child
            for child in subject.children
            if child.dep_ == "appos"
            and child.pos_ == "NOUN"
            and is_person_noun(child)
            and index.hung_on_dateline(child)
        ),
        subject,
    )


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


_DATELINE_WORDS = 6  # a place, its region and a date before the dash


def _is_dateline(index: Index, subject: Token) -> bool:
    """'TOOWOOMBA — A farm manager warned ...': the place opening the article before a
    dash is its dateline, which the parser may take for a second subject; not when the
    parser hung a name after the dash on it ('LONDON — Prime Minister Ann Roe said')."""
    first = subject.left_edge.i
    if index.para_of[subject.i] != 0 or first != index.paragraph_opening(0):
        return False
    for token in index.tokens[first : min(subject.i + _DATELINE_WORDS, len(index.tokens))]:
        if token.text in DASHES:
            return subject.i < token.i and subject.right_edge.i <= token.i
        if not token.text[:1].isupper() and token.text not in (",", "."):
            return False
    return False


def unlisted_subject(subject: Token) -> Token:
    """'Under questioning from her representative, Rónán Delaney, Mr Brosnan accepted',
    parsed with the representative's name as the subject and "Brosnan" joined to it:
    names joined by commas alone are no list, and the last of them is the subject."""
    joined = [child for child in subject.children if child.dep_ == "conj"]
    if not joined or any(child.dep_ in ("cc", "preconj") for child in subject.children):
        return subject
    last = joined[-1]
    if any(child.dep_ == "cc" for child in last.children) or subject.ent_type_ != "PERSON":
        return subject
    return last if last.ent_type_ == "PERSON" else subject


def _is_speaker_slot(verb: Token, child: Token) -> bool:
    if child.dep_ == "nsubj":
        return True
    if child.dep_ == "nsubjpass" and verb.lemma_ == "quote":
        return True
    return child.dep_ == "agent" and any(grand.dep_ == "pobj" for grand in child.children)


def _reporter_of_modal_clause(verb: Token) -> Token | None:
    """'Sandoval said the council would meet on Monday, and called for payments “today”':
    a past tense the parser joined to the modal verb of a reported clause cannot share
    its subject; it goes with the past-tense verb that reports the clause."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or clause.dep_ != "ccomp":
        return None
    if not any(child.dep_ == "aux" and child.tag_ == "MD" for child in clause.children):
        return None
    reporter = clause.head
    return reporter if reporter.tag_ == "VBD" and reporter.i < clause.i else None


def _sibling_subject(index: Index, verb: Token) -> Token | None:
    """'X accused … and said …': the subject of the nearest coordinated verb before
    (looking a bounded way back, so a long list stays linear)."""
    tokens = index.tokens
    head = verb.head.i
    for k in range(verb.i - 1, max(head, verb.i - MAX_SCAN), -1):
        sibling = tokens[k]
        if sibling.head.i != head or sibling.dep_ != "conj":
            continue
        if sibling.pos_ not in ("VERB", "AUX") or index.quote_of[sibling.i] >= 0:
            continue
        for child in sibling.children:
            if child.dep_ == "nsubj" and index.quote_of[child.i] < 0:
                return child
    return None


def _passive_subject_above(index: Index, verb: Token) -> Token | None:
    """'Kamau would not be drawn on profits but said ...', 'The minister was asked
    about it and said ...': a verb coordinated with a passive one shares its subject."""
    for child in verb.head.children:
        if child.dep_ == "nsubjpass" and child.i < verb.i and index.quote_of[child.i] < 0:
            return child
    return None


def _phrase_after_quote(index: Index, verb: Token) -> Token | None:
    """'“…,” a spokesperson for Unison, the public services union, said' parsed with
    the speaker as an object inside the quote: the head of the one noun phrase that
    stands between the quote and the verb."""
    if verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    tokens = index.tokens
    last = verb.i - 2 if verb.i > 1 and tokens[verb.i - 1].text == "," else verb.i - 1
    first = last
    while first > max(0, verb.i - MAX_SCAN) and index.quote_of[first - 1] < 0:
        first -= 1
    if first == 0 or index.quote_of[first - 1] < 0 or first > last:
        return None
    phrase = range(first, last + 1)
    roots = [tokens[k] for k in phrase if tokens[k].head.i not in phrase or tokens[k].head.i == k]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return roots[0] if index.para_of[first] == index.para_of[verb.i] else None


def _inverted_subject(index: Index, verb: Token) -> Token | None:
    """'“…,” warned analysts at Acme': after a quote the parser may take the speaker as
    object. Of a verb with a listener ('told reporters'), only a question's asker: '“Why
    now?” asked Ada Obi'."""
    if verb.i < 2:
        return None
    tokens = index.tokens
    before = tokens[verb.i - 1]
    if before.text == ",":
        before = tokens[verb.i - 2]
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
    if mark.i < 1 or index.tokens[mark.i - 1].text != "?":
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
    if verb.i < 2 or index.tokens[verb.i - 1].text != "," or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.casefold() not in lx.REPORTING_VERBS:
        return None
    k = index.sent_starts[index.sent_of[verb.i]]
    tokens = index.tokens
    while k < verb.i and (tokens[k].is_space or _is_title_word(tokens[k])):
        k += 1
    ref = index.entity_at[k] if index.quote_of[k] < 0 else None
    if ref is None or index.kind(ref.entity) not in (PERSON, ORG):
        return None
    last = index.mention_tokens(ref.mention)[-1]
    return tokens[last] if last + 1 < verb.i - 1 and tokens[last + 1].text == "," else None


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
    tokens = index.tokens
    best: Token | None = None
    best_person = False
    for k in range(verb.i + 1, min(len(tokens), verb.i + 9)):
        token = tokens[k]
        ref = index.entity_at[k]
        if (token.pos_ not in _NAME_RUN_POS and ref is None) or index.quote_of[k] >= 0:
            break
        if ref is None:
            continue
        person = index.kind(ref.entity) == PERSON
        if person or not best_person:
            best, best_person = token, person
    return best
