"""Who "he", "they", "the minister" or "the ministry" refers back to: the search
by salience over the history (the people titled so, subjects of recent sentences,
the last speaker), with gender and unnamed people blocking."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from service.extract import lexicon as lx
from service.extract.coref.index import (
    MAX_CLIMB,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    Unnamed,
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
from service.extract.coref.words import (
    _age_after,
    _age_of,
    _described_with,
    _description_start,
    _modifier_words,
    _possessor,
    _title_word,
    _word_gender,
    is_person_noun,
)


def resolve_possessor(index: Index, noun: Token) -> Found | None:
    """'Her verdict was blunt', 'Acme's message': who owns what was said ("her" as "she")."""
    owner = _possessor(noun)
    if owner is None or index.quote_of[owner.i] >= 0:
        return None
    ref = entity_at(index, owner)
    if ref is not None:
        return named(index, ref)
    lower = owner.lower_
    if lower in lx.GENDERED_PRONOUNS:
        return _resolve_back(index, owner, PERSON, _word_gender(lower), None)
    return None


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
    gender, whoever would be found with first names counted, else the story's main
    person if of the gender; if nobody, still the one found (a name is only weak
    evidence)."""
    if gender is None or (found.gender or index.gender_of.get(found.entity.id)) is not None:
        return found
    if index.name_gender_of.get(found.entity.id) in (None, gender):
        return found
    return (
        _antecedent(index, token, PERSON, gender, title, by_name=True)
        or _protagonist_of_gender(index, token, gender)
        or found
    )


def _protagonist_of_gender(index: Index, token: Token, gender: str) -> Ref | None:
    """The story's main person when their name or the text shows the gender: after a
    man named last, a "she" the parts nearby leave unexplained is more likely hers."""
    main = index.protagonist
    if main is None or (index.gender_of.get(main) or index.name_gender_of.get(main)) != gender:
        return None
    return _latest(index.mentions.get(PERSON, []), token.idx, lambda ref: ref.entity.id == main)


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
    in its name; a subject of the two sentences before; the later of the last
    speaker and the last subject; the last (for descriptions) mention. `by_name`
    takes only people whose gender is known, first names counting (see `_agreeing`).
    """
    other = (
        (_possessor_id(index, token) if title else None)
        or _asker(index, token)
        or _answerer(index, token)
    )
    fits = _agreeing(index, gender, other, by_name)
    if kind == PERSON:
        fits = _not_aged_otherwise(index, token, fits)
        fits = _not_their_agent(index, token, fits)
    question = _question_put(index, token)
    if question is not None:
        fits = _outside_span(question, fits)
    if kind == ORG and title in lx.BODY_NOUN_KINDS:
        fits = _of_kind(index, lx.BODY_NOUN_KINDS[title], fits)
    if kind == PERSON:
        if title is not None:
            again = _described_just_before(index, token, title, fits)
            if again is not None:
                return again
            if _unnamed_just_before(index, token, title):
                return None
        titled = _titled_person(index, token.idx, title, fits) if title else None
        if titled is not None and title is not None:
            chosen = _near_titled(index, token, title, fits) or titled
            return None if _anonymous_since(index, token, chosen, gender) else chosen
        near = _near_person(index, token, fits)
    else:
        again = _body_described_before(index, token, title, fits) if title else None
        near = again or _near_org(index, token, title, fits)
    blocked = kind == PERSON or token.lower_ == "they"
    sent = index.narr_of[token.i]
    unnamed = _last_unnamed(index, kind, token.idx, sent - 2, gender) if blocked else None
    if unnamed is not None and _answers_asker(index, token, unnamed):
        unnamed = None
    if unnamed is not None and (
        near is None
        or (
            unnamed.pos > near.pos
            and not _reported_by(index, near, unnamed)
            and not _outranks(index, near, unnamed)
        )
    ):
        return None
    if near is not None:
        return near
    back = _further_back(index, token, kind, fits, unnamed_near=unnamed is not None)
    if back is None and kind == ORG and title in lx.BODY_NOUN_KINDS:
        return _body_named_next(index, token, lx.BODY_NOUN_KINDS[title])
    return back


def _outranks(index: Index, near: Ref, unnamed: Unnamed) -> bool:
    """'She was on call every night, with a visiting doctor covering the rest': the
    subject of a sentence's main clause stays who "she" means after someone left
    unnamed deeper in the same sentence."""
    if near.sent != unnamed.sent:
        return False
    depth = _clause_depth(index.tokens[index.token_at(near.pos)])
    return depth < _clause_depth(index.tokens[index.token_at(unnamed.pos)])


def _described_just_before(
    index: Index, token: Token, title: str, fits: Callable[[Ref], bool]
) -> Ref | None:
    """'A spokesman for the mission said ... “…,” the spokesman said': a subject the
    same noun described in this sentence or the one before is who the description
    means again, before anyone titled so further back."""
    sent = index.narr_of[token.i]
    for ref in _before(index.subjects.get(PERSON, []), token.idx):
        if ref.sent < sent - 1:
            return None
        if _described_by(index, ref, title) and fits(ref):
            return ref
    return None


def _described_by(index: Index, ref: Ref, title: str) -> bool:
    """Whether the subject at `ref` is the common noun `title` ("the spokesman")."""
    head = index.tokens[index.token_at(ref.pos)]
    return head.pos_ == "NOUN" and head.lemma_.casefold() == title


_BODY_DESCRIBED_SENTENCES = 4  # how far back "the club" looks for "the club"


def _body_described_before(
    index: Index, token: Token, title: str, fits: Callable[[Ref], bool]
) -> Ref | None:
    """'The club has looked at five sites. A plan to share a ground with Harrowfield
    Hornets collapsed. Pettifer said ... the club said': the body the same noun meant
    as a subject a few sentences before is who it means again, unless another body was
    the subject of this sentence or the one before ('Pennock & Reid said ... the
    company said')."""
    sent = index.narr_of[token.i]
    for ref in _before(index.subjects.get(ORG, []), token.idx):
        if ref.sent < sent - _BODY_DESCRIBED_SENTENCES:
            return None
        if _described_by(index, ref, title):
            return ref if fits(ref) else None
        if ref.sent >= sent - 1:
            return None
    return None


def _unnamed_just_before(index: Index, token: Token, title: str) -> bool:
    """'One doctor at a clinic in Hull said ... “…,” the doctor said': the same noun
    for someone left unnamed as a subject in this sentence or the one before means
    them again, not a doctor named further back."""
    sent = index.narr_of[token.i]
    for unnamed in _before(index.unnamed.get(PERSON, []), token.idx):
        if unnamed.sent < sent - 1:
            return False
        noun = index.tokens[index.token_at(unnamed.pos)]
        if unnamed.noun == title and noun.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _anonymous_since(index: Index, token: Token, ref: Ref, gender: str | None) -> bool:
    """'Jo Bell, the MP for Ashby ... One rebel, speaking on condition of anonymity,
    said ... “…,” the MP said': a description after someone who withheld their name,
    nearer than the titled person, is that source, kept unnamed."""
    unnamed = _last_unnamed(index, PERSON, token.idx, index.narr_of[token.i] - 2, gender)
    return unnamed is not None and unnamed.anonymous and unnamed.pos > ref.pos


def _question_put(index: Index, token: Token) -> tuple[int, int] | None:
    """'Asked by Ms Lee KC whether Mr Doull had raised his hands, the witness said': the
    characters of the "Asked ..." clause before the reply's subject; the one who answers
    is neither the one who asks nor anyone the question names. The clause may open the
    paragraph while the parser hangs it on the sentence before."""
    if token.dep_ != "nsubj":
        return None
    clauses = [clause for clause in token.head.lefts if clause.dep_ == "advcl"]
    opening = index.paragraph_opening(index.para_of[token.i])
    if opening is not None:
        clauses.append(index.tokens[opening])
    for clause in clauses:
        if clause.i < token.i and clause.tag_ == "VBN" and clause.lemma_ == "ask":
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
    `token` is the subject of a reply, or says something after someone was asked
    ('Marchetti asked him whether ... “No,” he said'): the one who replies is not the
    one who asked."""
    verb = token.head.lemma_.casefold()
    if token.dep_ != "nsubj" or (verb not in lx.REPLY_VERBS and verb != "say"):
        return None
    sent = index.narr_of[token.i]
    asker = _recent(index.speakers.get(PERSON, []), token.idx, sent - 1, _any)
    if asker is None or asker.sent == sent:
        return None
    ask = index.tokens[index.token_at(asker.pos)].head
    if ask.lemma_.casefold() != "ask":
        return None
    return asker.entity.id if verb != "say" or _put_a_question(index, ask, token) else None


def _put_a_question(index: Index, ask: Token, answerer: Token) -> bool:
    """'Marchetti asked him whether anyone had promised him a sentence': a question put
    in a sentence of its own to the one the answering pronoun names ("him" ... "he"),
    not a request ('asked anyone with video to call police'), an account of one ('said
    she had asked staff for a report') nor a question to someone else ('Quinn asked him
    whether it would work. “It will,” she said')."""
    children = list(ask.children)
    main = ask.dep_ == "ROOT" or index.sent_of[ask.head.i] != index.sent_of[ask.i]
    gender = _word_gender(answerer.lower_)
    asked = [child for child in children if child.dep_ in ("dobj", "dative")]
    if not main or gender is None or not any(_word_gender(c.lower_) == gender for c in asked):
        return False
    return any(
        child.dep_ == "ccomp"
        and any(word.lower_ in lx.QUESTION_OPENERS for word in child.children if word.i < child.i)
        for child in children
    )


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


def _not_aged_otherwise(
    index: Index, token: Token, fits: Callable[[Ref], bool]
) -> Callable[[Ref], bool]:
    """'The 44-year-old has signed ...' ... '“…,” the 26-year-old said': an age in the
    description rules out anyone given another age before, by "Name, 44," or by an
    age description already resolved to them."""
    age = _age_of(token)
    if age is None:
        return fits
    ages: dict[str, set[str]] = {}
    for ref in _before(index.mentions.get(PERSON, []), token.idx):
        given = _age_after(index.tokens, index.mention_tokens(ref.mention)[-1])
        if given is not None:
            ages.setdefault(ref.entity.id, set()).add(given)
    for k, found in index.resolved.items():
        earlier = _age_of(index.tokens[k]) if k < token.i else None
        if earlier is not None and found is not None and found.entity is not None:
            ages.setdefault(found.entity.id, set()).add(earlier)
    others = {entity for entity, known in ages.items() if age not in known}
    return lambda ref: fits(ref) and ref.entity.id not in others


def _not_their_agent(
    index: Index, token: Token, fits: Callable[[Ref], bool]
) -> Callable[[Ref], bool]:
    """'In a statement issued through his solicitor, Marcus Feld, he said': whoever "his"
    is, it is not the solicitor named beside it in the same sentence (but 'Her mother,
    Bríd Geraghty, has watched with what she calls ...' is the mother)."""
    gender = _word_gender(token.lower_) if token.lower_ in lx.PRONOUNS_PERSON else None
    if gender is None:
        return fits
    sent = index.sent_of[token.i]
    agents = set()
    for ref in _before(index.mentions.get(PERSON, []), token.idx):
        tokens = index.mention_tokens(ref.mention)
        if index.sent_of[tokens[0]] != sent:
            break
        last = index.tokens[tokens[-1]]
        owned = last.head
        if (
            last.dep_ == "appos"
            and owned.dep_ not in ("nsubj", "nsubjpass")
            and any(
                child.dep_ == "poss"
                and child.lower_ in lx.GENDERED_PRONOUNS
                and _word_gender(child.lower_) == gender
                for child in owned.children
            )
        ):
            agents.add(ref.entity.id)
    return lambda ref: fits(ref) and ref.entity.id not in agents


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
        _introduced_in_paragraph(index, token, fits)
        or _recent(subjects, pos, sent, fits)
        or _recent(index.addressed, pos, sent - 1, fits)
        or _sole_person_in_sentence(index, pos, sent, fits)
        or _asked_about(index, token, fits)
        or _subject_or_later_mention(
            _person_over_body(index, subjects, pos, sent - 2, fits),
            _recent_mention(index, pos, sent - 1, fits),
        )
    )


def _introduced_in_paragraph(index: Index, token: Token, fits: Callable[[Ref], bool]) -> Ref | None:
    """'That drew a response from the DA's Pieter Oosthuizen. “…,” he said': when no person
    is a subject in the paragraph before "he", the one person the paragraph names for the
    first time, before it and outside quotes, and not only inside a phrase after a
    preposition (see `_drawn_in`), is who it means."""
    if token.lower_ not in lx.PRONOUNS_PERSON:
        return None
    paragraph = index.para_of[token.i]
    found: Ref | None = None
    for ref in _before(index.mentions.get(PERSON, []), token.idx):
        if index.para_of[index.token_at(ref.pos)] != paragraph:
            break
        if ref.pos != index.first_seen.get(ref.entity.id) or not _outside(index, ref):
            continue
        if found is not None or not fits(ref) or ref.entity.type != "PERSON":
            return None
        found = ref
    if found is None or not _drawn_in(index, found) or _person_subject_before(index, token, found):
        return None
    unnamed = next(_before(index.unnamed.get(PERSON, []), token.idx), None)
    if unnamed is not None and index.para_of[index.token_at(unnamed.pos)] == paragraph:
        return None  # 'One participant in Ohio, a retired teacher, said ... he said'
    return found


def _drawn_in(index: Index, ref: Ref) -> bool:
    """The newcomer is named as a party to the paragraph ("prompted Senator X to
    intervene"), not inside a phrase after a preposition, where a goal, a letter or an
    interruption came from them ("a header by Jamie Breen"); a reply is the exception
    ("a sharp response from the DA's Pieter Oosthuizen")."""
    head = index.tokens[index.mention_tokens(ref.mention)[-1]]
    if head.dep_ != "pobj":
        return True
    preposition = head.head
    return preposition.lower_ == "from" and preposition.head.lemma_.casefold() in lx.REPLY_NOUNS


def _person_subject_before(index: Index, token: Token, newcomer: Ref) -> bool:
    """A person other than the newcomer, a pronoun or a noun for a person ("the teenager")
    is a subject outside quotes in the paragraph before the token."""
    paragraph = index.para_of[token.i]
    k = token.i - 1
    while k >= 0 and index.para_of[k] == paragraph:
        word = index.tokens[k]
        if word.dep_ in ("nsubj", "nsubjpass") and index.quote_of[k] < 0:
            ref = index.entity_at[k]
            if (
                word.lower_ in lx.PRONOUNS_PERSON
                or (ref is None and is_person_noun(word))
                or (
                    ref is not None
                    and ref.entity.id != newcomer.entity.id
                    and index.kind(ref.entity) == PERSON
                )
            ):
                return True
        k -= 1
    return False


def _person_over_body(
    index: Index, refs: Sequence[Ref], pos: int, first_sent: int, fits: Callable[[Ref], bool]
) -> Ref | None:
    """'An RNLI spokesperson said Ellerby's service had been ... ¶ “…,” he says': a
    body speaking through an unnamed spokesperson is a weaker antecedent for "he"
    than a person its sentence names as a subject."""
    found = _salient_recent(index, refs, pos, first_sent, fits)
    if found is None or index.kind(found.entity) == PERSON:
        return found

    def person_there(ref: Ref) -> bool:
        return ref.sent == found.sent and index.kind(ref.entity) == PERSON and fits(ref)

    return _salient_recent(index, refs, pos, found.sent, person_there) or found


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
        named_with = _org_introduced_with(index, token, fits) or _org_linked(index, pos, title)
        if named_with is not None:
            return named_with
        in_sentence = _recent(index.subjects.get(ORG, []), pos, sent, fits) or _recent(
            index.mentions.get(ORG, []), pos, sent, lambda ref: _outside(index, ref) and fits(ref)
        )
        if in_sentence is not None:
            return in_sentence
    return _salient_recent(index, index.subjects.get(ORG, []), pos, sent - 2, fits) or (
        _introduced_business(index, pos, fits) if title in lx.BUSINESS_NOUNS else None
    )


def _org_introduced_with(index: Index, token: Token, fits: Callable[[Ref], bool]) -> Ref | None:
    """'South Korean battery maker Hanseong ... against Swedish truck maker Nordvik ...
    The Korean company said': the last body introduced with every word that modifies
    the description, however recent another body is."""
    words = sorted(_modifier_words(token))
    if not words:
        return None
    shown = [
        {ref.entity.id for ref in _before(index.introduced_with.get(word, []), token.idx)}
        for word in words[1:]
    ]

    def introduced(ref: Ref) -> bool:
        return all(ref.entity.id in ids for ids in shown) and fits(ref)

    return _latest(index.introduced_with.get(words[0], []), token.idx, introduced)


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
    """The last speaker (for a body, the last speaker or subject, whichever came
    later), subject or mention named outside quotes (not for "it" and "they"); with
    none, the person the paragraph introduces next, for "he"/"she"."""
    pos = token.idx
    pronoun = token.lower_ in lx.PRONOUNS_PERSON or token.lower_ in lx.PRONOUNS_GROUP
    fits = _first_name_fits(index, token, fits)

    def named_outside(ref: Ref) -> bool:
        return _outside(index, ref) and fits(ref)

    speaker = _latest(index.speakers.get(kind, []), pos, fits)
    subject = _latest(index.subjects.get(kind, []), pos, fits)
    if kind == ORG and speaker is not None and subject is not None and subject.pos > speaker.pos:
        speaker = subject  # "the company said" is the body the story came back to
    if kind == PERSON and pronoun and speaker is not None and not _carries_on(token):
        speaker = _protagonist_since(index, speaker, pos, fits) or speaker
    found = (
        speaker
        or subject
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


def _first_name_fits(
    index: Index, token: Token, fits: Callable[[Ref], bool]
) -> Callable[[Ref], bool]:
    """Far back, "she" is not Walter Haywood: with nothing else showing a person's
    gender, their first name must not clash with the pronoun's."""
    gender = _word_gender(token.lower_) if token.lower_ in lx.PRONOUNS_PERSON else None
    if gender is None:
        return fits

    def named_fits(ref: Ref) -> bool:
        known = ref.gender or index.gender_of.get(ref.entity.id)
        return fits(ref) and (known or index.name_gender_of.get(ref.entity.id)) in (None, gender)

    return named_fits


def _owner(index: Index, ref: Ref) -> bool:
    """Whether a mention names an owner: "Roe's church"."""
    after = index.mention_tokens(ref.mention)[-1] + 1
    return after < len(index.tokens) and index.tokens[after].tag_ == "POS"


def _carries_on(pronoun: Token) -> bool:
    """'“…,” she added': a verb that goes on from the last speaker."""
    return pronoun.head.lemma_.casefold() in ("add", "continue")


def _protagonist_since(
    index: Index, speaker: Ref, pos: int, accept: Callable[[Ref], bool]
) -> Ref | None:
    """'Her mother ... “I was cold,” she said. ¶ Ajayi has worked with Bankole since
    2017. ... ¶“I cried for one day,” she says': far back, the story's main person,
    named again since someone else last spoke (not as an owner: "Roe's church"), is
    who "she" means."""
    if index.protagonist is None or speaker.entity.id == index.protagonist:
        return None
    for ref in _before(index.mentions.get(PERSON, []), pos):
        if ref.pos < speaker.pos:
            return None
        if ref.entity.id == index.protagonist and not _owner(index, ref) and accept(ref):
            return ref
    return None


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


def _asked_about(index: Index, token: Token, fits: Callable[[Ref], bool]) -> Ref | None:
    """'Q: Why did you hire Ana Ruiz? / A: She listens.', 'Q: Who taught you? / A: Ana
    Ruiz. She ...': in an interview answer with no person a subject before the pronoun,
    the last person the answer or its question names, even as an object, is who "she"
    means, rather than someone quoted further back."""
    paragraph = index.para_of[token.i]
    if paragraph not in index.label_of:
        return None
    subject = _latest(index.subjects.get(PERSON, []), token.idx, _any)
    if subject is not None and index.para_of[index.token_at(subject.pos)] == paragraph:
        return None
    last = _latest(index.mentions.get(PERSON, []), token.idx, fits)
    if last is None or index.para_of[index.token_at(last.pos)] < paragraph - 1:
        return None
    in_answer = index.para_of[index.token_at(last.pos)] == paragraph
    return last if in_answer or _ends_question(index, last.pos) else None


def _ends_question(index: Index, pos: int) -> bool:
    """Whether the paragraph holding `pos` ends with a question mark."""
    end = index.text.find("\n", pos)
    return index.text[pos : len(index.text) if end < 0 else end].rstrip().endswith("?")


_OBJECT_DEPS = frozenset({"pobj", "dobj", "dative"})


def _merely_mentioned(index: Index, head: Token) -> bool:
    """'The council gave Mary Smith a grant', 'the ruling went against Marsh's company',
    'Dalton, who replaced Marsh, ...': an object, the possessor of a non-subject or a
    name inside a relative clause is not who a following "she said" means. A name the
    parser hangs on a word of another sentence tells nothing."""
    if index.narr_of[head.head.i] != index.narr_of[head.i]:
        return False
    if head.dep_ in _OBJECT_DEPS:
        return not _fronted_topic(index, head)
    if head.dep_ == "poss" and head.head.dep_ not in ("nsubj", "nsubjpass"):
        return True
    return any(ancestor.dep_ == "relcl" for ancestor in list(head.ancestors)[:MAX_CLIMB])


def _fronted_topic(index: Index, head: Token) -> bool:
    """'For Ana Ruiz, a nurse from Hull, the ruling was personal. “…,” she said': a name
    in a "for" phrase that opens its sentence is what the sentence is about, so a
    "she" after it means her, though the parse makes her an object."""
    preposition = head.head
    return (
        head.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.dep_ == "prep"
        and preposition.head.dep_ == "ROOT"
        and index.sent_starts[index.sent_of[preposition.i]] == preposition.i
    )


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
    """The last organisation before `pos` whose name holds every word ("the ministry"),
    one whose name the last word heads first: "the university" is "University of
    Galway", not the later "University of Galway Students' Union"."""
    holding: Ref | None = None
    for ref in _before(index.mentions.get(ORG, []), pos):
        name = ref.entity.name.casefold().split()
        if not all(word in name for word in words):
            continue
        if _name_head(name) == words[-1]:
            return ref
        holding = holding or ref
    return holding


_HEAD_OF = frozenset({"of", "for"})


def _name_head(name: Sequence[str]) -> str:
    """The word that heads a body's name: its last word when that is a noun for a body
    ("Galway Students' Union"), else the word before its first "of" or "for"
    ("University of Galway", "Ministry for Health")."""
    if name[-1] in lx.BODY_DESCRIPTIONS:
        return name[-1]
    first = next((k for k, word in enumerate(name) if word in _HEAD_OF), 0)
    return name[first - 1] if first > 0 else name[-1]


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
    tokens = index.mention_tokens(ref.mention)
    before = index.tokens[_title_run_start(index, tokens[0]) : tokens[-1] + 1]
    words = [word for word in before if word.lower_ not in lx.POST_NOMINALS]
    if (
        tokens[-1] + 1 < len(index.tokens)
        and index.tokens[tokens[-1] + 1].lower_ in lx.POST_NOMINALS
    ):
        words.append(index.tokens[tokens[-1] + 1])
    for role in _roles(index, ref):
        words.append(role)
        words += [child for child in role.children if child.dep_ in ("amod", "compound")]
    if lx.TITLE_DESCRIPTIONS.get(title, title) in {_title_word(word) for word in words}:
        return True
    return _does_what_title_says(index, ref, title)


_AGENT_ENDS = ("or", "er")


def _does_what_title_says(index: Index, ref: Ref, title: str) -> bool:
    """'Graeme Rutherford, who illustrated all 31 books' is "the illustrator": the verb
    of a relative clause on the name that the title names the doer of; a role in a body
    ("manager", "director") is not told by what someone does."""
    end = next((end for end in _AGENT_ENDS if title.endswith(end)), None)
    if end is None or len(title) < 6 or title in lx.PERSON_DESCRIPTIONS:
        return False  # not "a manager at the agency" for "X, who manages the care home"
    stem = title[: -len(end)].removesuffix("e")
    last = index.tokens[index.mention_tokens(ref.mention)[-1]]
    return any(
        clause.dep_ == "relcl" and clause.lemma_.casefold().removesuffix("e") == stem
        for clause in last.children
    )


# Prepositions that end the words titling a name: "principal at", unlike "Minister for".
_UNTITLING_PREPOSITIONS = frozenset({"at", "in", "from", "with", "on"})


def _title_run_start(index: Index, first: int) -> int:
    """Where the words before a name that may title it start: at most four, in its
    sentence (not '“…,” the coach said. Kell'), past no verb or other name ('Justice
    Keogh accepted that Doyle' gives Doyle no title), nor a preposition of place
    ('principal at Scoil Mhuire' gives the school none)."""
    sentence = index.sent_starts[index.sent_of[first]]
    k = first
    while k > max(0, sentence, first - 4):
        word = index.tokens[k - 1]
        if word.pos_ in ("VERB", "AUX") or index.entity_at[k - 1] is not None:
            break
        if word.lower_ in _UNTITLING_PREPOSITIONS:
            break
        k -= 1
    return k


def _roles(index: Index, ref: Ref) -> list[Token]:
    """The descriptions in apposition to a mention: "Kell, the coach", "the coach, Kell",
    and in a relative clause that says what they are: "Ní Bhriain, who has been
    principal at Scoil Mhuire since 2009"."""
    last = index.tokens[index.mention_tokens(ref.mention)[-1]]
    roles = [child for child in last.children if child.dep_ == "appos"]
    if last.dep_ == "appos":
        roles.append(last.head)
    for clause in last.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be":
            roles += [word for word in clause.children if _names_role(word)]
    return roles


def _names_role(word: Token) -> bool:
    """What "who has been" says a person is: a noun ("the coach"), or a noun of people
    the tagger read as an adjective ("principal")."""
    return (word.dep_ == "attr" and word.pos_ == "NOUN") or (
        word.dep_ == "acomp" and word.lower_ in lx.PERSON_DESCRIPTIONS
    )


def _introduced_after(index: Index, noun: Token) -> Ref | None:
    """'A former treasurer ... told a jury she "never took a penny". Gillian Harte, 57,
    denies ...', '“Is anyone listening?” she asked. Greta Thunberg had travelled ...':
    a person first named as a subject in the next two sentences that are not only
    quotes (a paragraph quoting the one described may stand between)."""
    sent = index.sent_of[noun.i]
    if sent + 1 >= len(index.sent_starts):
        return None
    start = index.sent_starts[sent + 1]
    last = index.narr_of[noun.i] + 2
    tokens = index.tokens
    for k in range(start, min(len(tokens), start + 2 * MAX_SCAN)):
        if index.narr_of[k] > last:
            break
        ref = entity_at(index, tokens[k])
        if ref is None or index.kind(ref.entity) != PERSON or tokens[k].dep_ != "nsubj":
            continue
        if index.first_seen.get(ref.entity.id, -1) > noun.idx:
            return ref
    return None
