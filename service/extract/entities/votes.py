"""How evidence for a type is counted: the votes, what each kind of evidence weighs, and
the model's labels as types."""

from __future__ import annotations

from service.events import EntityType
from service.extract import lexicon as lx

Votes = dict[EntityType, float]

# Types the model gets wrong often enough that a listed neighbour may overrule
# them ("Hollins Town or Castle Vale": not a person); ORG and LOC stay.
_LOOSE: frozenset[EntityType] = frozenset({"PERSON", "MISC"})

# How much each kind of evidence weighs in a cluster's type.
_MODEL = 1.0  # the model's label on a mention written in full
_MODEL_SHORT = 0.5  # ... on a shorter form ("Harte" of "Gillian Harte"): often wrong
_CUE = 3.0  # a context cue around one mention ("born in X", "X, 57,")
_WEAK_CUE = 2.0  # a cue that sometimes misleads ("X resident", "X told the")
_FIRST_NAME = 2.5  # the name opens with a common given name
_CLUB_PLACE = 3.5  # "Ashford City" in a sports story: a club, unless "in Ashford City"
_FIXTURE = 12.0  # "Hallam visit Wensley Park": a club, whatever a place-like head says
_BASED = 12.0  # "X, which is based in Austin": only a body has a base, whatever the model says
_CONJUNCT = 2.0  # "X or Y" where Y's type is well attested
_TOWN = 3.0  # a populated place too small for the hand-made gazetteer ("Tuam")
_SHAPE = 10.0  # the name's own head word ("Bear Creek", "Harwick Securities")
_QUOTED = 20.0  # a name alone in quote marks is a title of a work


def _add(votes: Votes, kind: EntityType, weight: float) -> None:
    votes[kind] = votes.get(kind, 0.0) + weight


def _coarse(label: str) -> EntityType:
    coarse = lx.COARSE_TYPE.get(label, "MISC")
    if coarse == "PERSON":
        return "PERSON"
    if coarse == "ORG":
        return "ORG"
    return "LOC" if coarse == "LOC" else "MISC"
