"""What a single word tells, with no article around it: a noun for a person, a
gendered word or first name, a title, a definite description. Every rule family
asks these."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from service.events import Entity
from service.extract import lexicon as lx
from service.extract.coref.index import MAX_CLIMB
from service.extract.data.name_genders import name_gender

_MALE = "m"


_FEMALE = "f"


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


def _age_after(tokens: Sequence[Token], last: int) -> str | None:
    """'Gillian Harte, 57,', 'Ann Roe, a 34-year-old teacher,': the age a name is
    followed by, as written."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != ",":
        return None
    age, after = tokens[last + 2], tokens[last + 3]
    if age.text.isdigit() and len(age.text) <= 3 and after.text in (",", ")"):
        return age.text
    return _apposed_age(tokens[last + 2 : last + 8])


def _apposed_age(words: Sequence[Token]) -> str | None:
    """The age in "a 34-year-old ...", which the tokenizer may split at its hyphens."""
    if not words or words[0].lower_ not in ("a", "an"):
        return None
    texts = [word.lower_ for word in words[1:6]]
    if texts[:1] and texts[0].endswith("-year-old"):
        return texts[0].split("-")[0]
    if len(texts) == 5 and texts[0].isdigit() and texts[1:] == ["-", "year", "-", "old"]:
        return texts[0]
    return None


def is_person_noun(token: Token) -> bool:
    """A noun for a person: "minister", "archaeologist", "the 22-year-old", "the Dane",
    "the centre-back" written apart, "the world No 38"."""
    if _is_position_or_rank(token):
        return True
    tagged_noun = token.pos_ in ("NOUN", "ADJ", "PROPN") or token.lower_ == "old"
    if not tagged_noun and not _is_described_adverb(token):
        return False
    lemma = token.lemma_.casefold()
    if lemma in lx.PERSON_DESCRIPTIONS or token.lower_ in lx.PERSON_DESCRIPTIONS:
        return True
    if token.lower_ in lx.DEMONYM_NOUNS and token.text[:1].isupper():  # "the Dane", not "poles"
        return True
    if token.pos_ == "NOUN" and lemma in lx.MORE_PERSON_NOUNS:
        return True
    if _is_age_noun(token) or (token.pos_ == "NOUN" and _aged_noun(token)):
        return True
    if not _common_noun(token) or lemma in lx.ORG_DESCRIPTIONS or lemma in lx.DOCUMENT_NOUNS:
        return False
    return any(
        lemma.endswith(suffix) and len(lemma) >= len(suffix) + 3 for suffix in lx.PERSON_SUFFIXES
    )


def _possessor(noun: Token) -> Token | None:
    """ "her" of "her mother", "Acme's" of "Acme's message": the noun's possessive."""
    return next((child for child in noun.children if child.dep_ == "poss"), None)


def _common_noun(token: Token) -> bool:
    """A noun, or a lowercase word the tagger took for a name ("the saxophonist")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())


def _is_described_adverb(token: Token) -> bool:
    """'the forward told reporters': a person noun the parser read as an adverb."""
    return _is_determined_subject(token) and token.lower_ in lx.PERSON_DESCRIPTIONS


def _is_determined_subject(token: Token) -> bool:
    """A subject with a determiner of its own ("the forward"), whatever its tag."""
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        child.dep_ == "det" for child in token.children
    )


def _is_position_or_rank(token: Token) -> bool:
    """'the center back', 'the left half' (the parser may head them with the side or
    the part), 'the world No 38' (with "world"): a player's position or ranking."""
    if not _is_determined_subject(token):
        return False
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if token.lower_ in lx.POSITION_SIDES and following in lx.POSITION_PARTS:
        return True
    if token.lower_ in lx.POSITION_PARTS and any(  # "the centre-back", split at its hyphen
        child.dep_ == "compound" and child.lower_ in lx.POSITION_SIDES for child in token.children
    ):
        return True
    return token.lower_ == "world" and following in RANK_WORDS


RANK_WORDS = ("no", "no.", "number")  # "the world No 38"


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


def _aged_noun(token: Token) -> bool:
    """'the 74-year-old potter': a noun given an age is a person, unless it is a
    body's ('the 130-year-old club')."""
    lemma = token.lemma_.casefold()
    if lemma in lx.BODY_DESCRIPTIONS or lemma in lx.ORG_DESCRIPTIONS:
        return False
    return any(child.dep_ == "amod" and _is_age_noun(child) for child in token.children)


def _is_age_noun(token: Token) -> bool:
    """'the 22-year-old' (the parser splits it and heads it with "old")."""
    if token.lower_.endswith("-year-old"):
        return True
    return token.lower_ == "old" and any(
        child.lower_ in ("year", "years") for child in token.children
    )


def _is_parent_of_count(token: Token) -> bool:
    """'the mother-of-three from Bolton' (split by the parser): a person described by
    how many children they have, as by an age, not someone's relative."""
    if token.lemma_.casefold() not in lx.KIN_NOUNS:
        return False
    doc = token.doc
    after = [doc[k].lower_ for k in range(token.i + 1, min(token.i + 4, len(doc)))]
    return after[:3] == ["-", "of", "-"] and token.i + 4 < len(doc) and doc[token.i + 4].like_num


def _first_name_gender(name: str) -> str | None:
    """The gender a person's first name usually has ("Maureen Hollis"): weak
    evidence, only for telling apart people nothing stronger does. A lone word
    ("Jordan", "Hollis") may be a surname, so it tells nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    return name_gender(words[0].casefold()) or _marked_gender(words[1:])


def _marked_gender(words: list[str]) -> str | None:
    """A word after the first that marks a gender in naming custom: Vietnamese "Thị"
    and "Văn", Sikh "Kaur" and "Singh", Malay "binti" and "bin" ("Lê Thị Hồng Nhung",
    "Gurdev Singh Sandhu", "Aminah binti Yusof")."""
    marks = {word.casefold() for word in words}
    if marks & lx.FEMALE_NAME_MARKS:
        return _FEMALE
    return _MALE if marks & lx.MALE_NAME_MARKS else None


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


def _is_title_word(token: Token) -> bool:
    lower = token.lower_
    return lower in lx.HONORIFICS or lower in lx.CORE_TITLES or lower in lx.TITLE_CONNECTORS


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
    `_subject_parsed_as_modifier`), or of the noun after a verb read as a modifier,
    also that head's determiner before it."""
    children = list(noun.children)
    head = noun.head
    verb = head.pos_ in ("VERB", "AUX") or head.lower_ in lx.SAY_FORMS
    if noun.dep_ in ("amod", "compound", "nmod") and (verb or _verb_read_as_modifier_next(noun)):
        children += [child for child in head.children if child.dep_ == "det" and child.i < noun.i]
    return children


def _verb_read_as_modifier_next(noun: Token) -> bool:
    """'the 34-year-old told supporters' parsed with "told" modifying "supporters"."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        after is not None
        and after.dep_ == "amod"
        and after.head.i == noun.head.i
        and (after.tag_ in ("VBD", "VBN") or after.lower_ in lx.SAY_FORMS)
    )


def _hung_subject_of(token: Token) -> Token | None:
    """'At a camp on the edge of Bunia, a man who fled said', 'Outside court, Ada Obi
    said': the verb whose subject the parser hung (in apposition, or as a conjunct) on
    the object of the phrase opening the sentence, when that noun is set off by a
    comma and its phrase runs on up to the verb; such a noun describes nothing."""
    if token.dep_ not in ("appos", "conj") or token.head.dep_ != "pobj":
        return None
    opening = token.head
    for _ in range(MAX_CLIMB):
        fronted = opening.dep_ == "prep" and opening.i < opening.head.i
        if fronted and opening.head.pos_ in ("VERB", "AUX"):
            break
        if opening.head.i == opening.i:
            return None
        opening = opening.head
    verb = opening.head
    if opening.dep_ != "prep" or opening.i > verb.i or token.left_edge.i < 1:
        return None
    doc = token.doc
    after = doc[token.right_edge.i + 1 : verb.i]
    set_off = doc[token.left_edge.i - 1].text == ","
    return verb if set_off and all(t.text == "," for t in after) else None


def _modifier_words(noun: Token) -> set[str]:
    """'the South Korean battery maker', 'the Swedish company': the adjectives and nouns
    modifying a description noun (casefolded), which tell which body it is."""
    return {
        token.lower_
        for token in noun.subtree
        if token.i < noun.i and token.dep_ in ("amod", "compound") and token.is_alpha
    }


def one_of_many(token: Token) -> bool:
    """'One longtime chorale member said', 'one ice-cream seller said': a noun picked out
    by "one" or "another" that speaks is a person left unnamed, whatever the noun
    ("member" also after "a": "a member state" reports nothing); a verb that things do
    as well ('One estimate suggested costs had doubled') is no sign of a person."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    lemma = token.lemma_.casefold()
    if lemma in lx.ORG_DESCRIPTIONS or lemma in lx.DOCUMENT_NOUNS:
        return False
    picks = {
        child.lower_ for child in token.children if child.dep_ in ("det", "nummod")
    } & lx.ONE_PERSON_DETERMINERS
    if lemma == "member":
        return bool(picks)
    reports = token.dep_ == "nsubj" and token.head.lemma_.casefold() in lx.BARE_CUE_VERBS
    return reports and bool(picks & {"one", "another"})
