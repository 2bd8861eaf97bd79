"""Each person's gender as the article shows it (honorifics, gendered
descriptions, pronouns that can only mean them), and whether a description fits it."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Token

from service.events import Entity
from service.extract import lexicon as lx
from service.extract.coref.index import MAX_CLIMB, MAX_SCAN, PERSON, Index, entity_at
from service.extract.coref.people import (
    _described_genders,
    _honorific_gender,
    _strong_or_name_gender,
)
from service.extract.coref.subjects import named_subject, subject_of
from service.extract.coref.words import _word_gender


def _infer_genders(index: Index) -> None:
    """Each person's gender, when the article shows it and never contradicts it. An
    honorific ("Mr Furtado") outweighs pronouns, which may belong to someone else
    ("Furtado, who fished on her boats, recalled that she"); so does a first name of
    the other gender ("Pieter van der Merwe, let her run")."""
    votes: dict[str, set[str]] = {}
    for entity_id, gender in _description_votes(index):
        votes.setdefault(entity_id, set()).add(gender)
    titled = _honorific_votes(index)
    for entity_id, gender in _pronoun_votes(index):
        if entity_id not in titled and index.name_gender_of.get(entity_id, gender) == gender:
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
    gender = _word_gender(lower) if lower in lx.GENDERED_PRONOUNS else None
    if gender is None or _carries_on_pronoun(index, pronoun, gender):
        return None
    if pronoun.dep_ == "poss" and pronoun.head.dep_ == "attr":
        return None  # 'Sean Roe is her first cousin': someone else's
    token = pronoun.head
    for _ in range(MAX_CLIMB):
        if pronoun.dep_ == "poss" and _subjectless_passive(token):
            return None  # 'remembers being summoned to her office': the summoner's office
        if token.pos_ in ("VERB", "AUX") and index.quote_of[token.i] < 0:
            subject = subject_of(index, token)
            if subject is not None and subject.i != pronoun.i and subject.i != pronoun.head.i:
                ref = named_subject(index, subject)
                if ref is None or index.kind(ref.entity) != PERSON:
                    return None
                if token.lemma_.casefold() in lx.ADDRESSEE_VERBS or _has_listener(index, token):
                    return None
                if _names_another_person(index, subject, ref.entity):
                    return None
                if any(_same_pronoun_as_object(verb, pronoun) for verb in (token, subject.head)):
                    return None
                return ref.entity.id, gender
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _same_pronoun_as_object(verb: Token, pronoun: Token) -> bool:
    """'Judge Ann Roe ordered him to repay every victim, calling his conduct ...': "his"
    may be the object's, a pronoun of its gender, rather than the subject's."""
    gender = _word_gender(pronoun.lower_)
    return any(
        child.dep_ in ("dobj", "dative")
        and child.i != pronoun.i
        and child.lower_ in lx.GENDERED_PRONOUNS
        and _word_gender(child.lower_) == gender
        for child in verb.children
    )


def _subjectless_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own ("being summoned"), whose unnamed agent
    may own what the clause mentions."""
    children = [child.dep_ for child in verb.children]
    return "auxpass" in children and "nsubjpass" not in children and "nsubj" not in children


def _carries_on_pronoun(index: Index, pronoun: Token, gender: str) -> bool:
    """'He was a skipper for years. The chair, Ann Roe, said he had trained them': a
    pronoun of the same gender as the subject of the sentence before may carry on
    that sentence's person, so it shows nothing of the subject above it."""
    sent = index.sent_of[pronoun.i]
    if sent == 0:
        return False
    start, end = index.sent_starts[sent - 1], index.sent_starts[sent]
    for token in index.tokens[start : min(end, start + MAX_SCAN)]:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and index.quote_of[token.i] < 0
            and token.lower_ in lx.GENDERED_PRONOUNS
            and _word_gender(token.lower_) == gender
        ):
            return True
    return False


def _names_another_person(index: Index, subject: Token, entity: Entity) -> bool:
    """'Cole's coach, Ann Roe, said she', 'Her lawyer said she': a subject phrase that
    names or points to a second person leaves the pronoun open to either."""
    for token in islice(subject.subtree, MAX_SCAN):
        if index.quote_of[token.i] >= 0:
            continue
        if token.dep_ == "poss" and token.lower_ in lx.GENDERED_PRONOUNS:
            return True
        ref = index.entity_at[token.i]
        if ref is not None and ref.entity.id != entity.id and index.kind(ref.entity) == PERSON:
            return True
    return False


def _has_listener(index: Index, verb: Token) -> bool:
    """Whether a person other than the subject is an object of the verb ('put it to her')."""
    for child in verb.children:
        objects = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
        for obj in objects:
            ref = entity_at(index, obj)
            if obj.lower_ in lx.GENDERED_PRONOUNS:
                return True
            if ref is not None and index.kind(ref.entity) == PERSON:
                return True
    return False


def gender_fits(index: Index, noun: Token, entity: Entity) -> bool:
    """'a woman whose savings were taken said ...' is not a man the article goes on to
    name: a gendered description fits a person whose gender, if known, is the same."""
    described = _word_gender(noun.lemma_.casefold())
    known = _strong_or_name_gender(index, entity.id)
    return described is None or known is None or described == known
