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

Where each rule family lives:

- `index`: the `Index` and the look-ups every family shares
- `words`: what a single word tells (a person noun, a gendered word, a title)
- `people`: which entity each token names, who is a person, surnames
- `gender`: each person's gender as the article shows it
- `subjects`: who does the reporting of a verb (`subject_of`)
- `history`: `build_index`, and every subject outside quotes resolved in order
- `resolution`: `resolve`, which sends a subject to the rules below
- `antecedents`: who "he", "they" or "the minister" refers back to
- `descriptions`: "the minister", "a spokesman for Acme", "the report"
"""

from service.extract.coref.antecedents import resolve_possessor
from service.extract.coref.descriptions import entity_in_phrase, linked_entity, withholds_name
from service.extract.coref.gender import gender_fits
from service.extract.coref.history import build_index, has_spoken, opens_paragraph
from service.extract.coref.index import (
    MAX_CLIMB,
    MAX_SCAN,
    ORG,
    PERSON,
    Found,
    Index,
    Ref,
    entity_at,
    named,
)
from service.extract.coref.resolution import resolve
from service.extract.coref.subjects import by_own_account, is_according, named_subject, subject_of
from service.extract.coref.words import is_person_noun

__all__ = [
    "MAX_CLIMB",
    "MAX_SCAN",
    "ORG",
    "PERSON",
    "Found",
    "Index",
    "Ref",
    "build_index",
    "by_own_account",
    "entity_at",
    "entity_in_phrase",
    "gender_fits",
    "has_spoken",
    "is_according",
    "is_person_noun",
    "linked_entity",
    "named",
    "named_subject",
    "opens_paragraph",
    "resolve",
    "resolve_possessor",
    "subject_of",
    "withholds_name",
]
