"""Building the index, and the history: every subject outside quotes resolved in
reading order, so that later "he" or "the minister" chains back to what came
before; speakers, unnamed people, addressees and labelled answers are remembered."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from service.events import Entity
from service.extract import lexicon as lx
from service.extract.coref.descriptions import _name_given_as, withholds_name
from service.extract.coref.gender import _infer_genders
from service.extract.coref.index import (
    MAX_CLIMB,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    Unnamed,
    _before,
    _mark_quotes,
    _narrative_ids,
    _sentence_ids,
)
from service.extract.coref.people import (
    _mark_body_kinds,
    _mark_entities,
    _mark_short_forms,
    _mark_words_beside_names,
)
from service.extract.coref.resolution import resolve
from service.extract.coref.subjects import (
    _owners_word,
    is_according,
    named_subject,
    subject_of,
    unlisted_subject,
)
from service.extract.coref.words import _is_definite, _word_gender, is_person_noun, one_of_many


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
        text="".join(token.text_with_ws for token in tokens),  # as `doc.text` makes it
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


def _collect_history(index: Index) -> None:
    """Subjects outside quotes, resolved in reading order so that "he" and "the
    minister" can chain back; those of reporting verbs are the speakers. People
    left unnamed ("a nurse") are remembered too, so that "she" is not guessed."""
    _find_labels(index)
    _remember_addressees(index)
    _remember_gendered_objects(index)
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
    return antecedent.dep_ not in ("nsubj", "nsubjpass") and not _inverted_subject(antecedent)


def _inverted_subject(token: Token) -> bool:
    """'Among the crowd was a woman who ...': after a phrase that opens the sentence and
    "be" with no subject of its own, the noun the parser calls its attribute is the
    subject ("... and is now a junior doctor" shares the subject before it)."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "ROOT" or token.i < be.i:
        return False
    children = list(be.children)
    opened = any(child.dep_ in ("prep", "advmod") and child.i < be.i for child in children)
    return opened and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in children)


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
    for token in index.tokens:  # the cheap tests first: `token.head` makes a Token
        if token.dep_ not in ("dobj", "dative") or index.quote_of[token.i] >= 0:
            continue
        if token.head.lemma_.casefold() == "ask":
            _remember_unnamed(index, token)


def _remember_gendered_objects(index: Index) -> None:
    """'I stood with a man whose house was gone, and he kept asking me': an unnamed
    person whose noun shows a gender ("a man", "a woman") is who a later "he" or
    "she" of that gender in the same sentence means, even as an object."""
    for token in index.tokens:  # the cheap tests first: `token.head` makes a Token
        if token.dep_ not in ("dobj", "pobj") or index.quote_of[token.i] >= 0:
            continue
        gender = _word_gender(token.lower_)
        if gender is not None and is_person_noun(token) and _pronoun_follows(index, token, gender):
            _remember_unnamed(index, token)


def _pronoun_follows(index: Index, token: Token, gender: str) -> bool:
    """Whether a subject pronoun of the gender comes later in the token's sentence."""
    sentence = index.sent_of[token.i]
    for later in index.tokens[token.i + 1 : token.i + MAX_SCAN]:
        if index.sent_of[later.i] != sentence:
            return False
        if later.dep_ == "nsubj" and _word_gender(later.lower_) == gender:
            return True
    return False


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
    if token.dep_ not in ("nsubjpass", "dobj", "dative", "pobj"):
        return False  # before `token.head`, which makes a Token
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
    """'“…,” she said' of Mary Cole: a later "he" is not Mary Cole. A pronoun whose
    gender clashes with the first name ("he" taken for Yesenia Morales) teaches nothing:
    it was more likely resolved wrongly."""
    entity = found.entity
    if entity is None or found.gender is None or index.kind(entity) != PERSON:
        return
    if index.name_gender_of.get(entity.id, found.gender) != found.gender:
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
    elif (
        is_person_noun(token) or (withholds and token.pos_ in ("NOUN", "ADJ")) or one_of_many(token)
    ):
        singular = token.tag_ in ("NN", "JJ") or (withholds and token.tag_ == "NNP")  # "One MP"
        kind = PERSON if singular else ORG if token.tag_ == "NNS" else None
    else:
        return
    if kind is not None:
        _add_unnamed(index, kind, token, token, withholds)


def _add_unnamed(index: Index, kind: str, token: Token, noun: Token, anonymous: bool) -> None:
    """Remember someone unnamed at `token`, of the gender `noun` shows."""
    gender = _word_gender(noun.lemma_.casefold())
    asked = token.dep_ == "nsubj" and token.head.lemma_.casefold() == "ask"
    sent = index.narr_of[token.i]
    unnamed = Unnamed(token.idx, sent, gender, asked, anonymous, noun.lemma_.casefold())
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
    tokens = index.tokens
    for sentence in range(len(index.sent_starts)):
        k = index.sentence_opening(sentence)
        ref = index.entity_at[k] if k < len(tokens) else None
        if ref is None or index.kind(ref.entity) != PERSON:
            continue
        end = k
        while end < len(tokens) and index.entity_at[end] is ref:
            end += 1
        if (
            end < len(tokens)
            and tokens[end].text == ":"
            and opens_paragraph(index.text, tokens[k].idx)
        ):
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
    for token in index.tokens:
        if index.quote_of[token.i] >= 0:
            continue
        if token.dep_ in ("nsubj", "nsubjpass", "agent") or _inverted_subject(token):
            slot = unlisted_subject(token)
            slots[slot.i] = slots.get(slot.i, False)
        if (
            is_according(token)
            or _owners_word(token) is not None
            or (token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in lx.REPORTING_VERBS)
        ):
            subject = subject_of(index, token)
            if subject is not None and index.quote_of[subject.i] < 0:
                slots[subject.i] = True
    return [(index.tokens[k], slots[k]) for k in sorted(slots)]


def has_spoken(index: Index, found: Found, pos: int) -> bool:
    """Whether the article reported the entity speaking before `pos` (looking a
    bounded way back)."""
    entity = found.entity
    speakers = index.speakers.get(PERSON, [])
    return entity is not None and any(ref.entity.id == entity.id for ref in _before(speakers, pos))
