"""The making of the news NER's training data, and that the shipped weights are current."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Span

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_ner.py"


def _train_ner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


train_ner = _train_ner()


def _entity(name: str, kind: str, *aliases: str) -> dict[str, object]:
    return {"name": name, "type": kind, "aliases": [name, *aliases]}


def test_every_whole_word_form_is_a_mention_and_the_longer_of_two_wins() -> None:
    text = "Anna Berg joined Berg Holdings in Bergen. Berg said so."
    entities = [
        _entity("Anna Berg", "PERSON", "Berg"),
        _entity("Berg Holdings", "ORG"),
        _entity("Bergen", "LOC"),
    ]
    found = [(text[s:e], kind) for s, e, kind in train_ner.gold_mentions(text, entities)]
    assert found == [
        ("Anna Berg", "PERSON"),
        ("Berg Holdings", "ORG"),
        ("Bergen", "LOC"),
        ("Berg", "PERSON"),
    ]


def test_the_reference_keeps_gold_names_and_the_models_other_labels(nlp: Language) -> None:
    doc = nlp.make_doc("Mira Holt flew to Tromsø on Tuesday with Acme staff.")
    doc.ents = [
        Span(doc, 0, 2, label="ORG"),  # a person the model typed as a body
        Span(doc, 4, 5, label="LOC"),
        Span(doc, 6, 7, label="DATE"),
        Span(doc, 8, 9, label="ORG"),  # not a name by the gold
    ]
    entities = [_entity("Mira Holt", "PERSON"), _entity("Tromsø", "LOC")]
    reference = train_ner.reference(doc, entities)
    assert [(e.text, e.label_) for e in reference.ents] == [
        ("Mira Holt", "PERSON"),
        ("Tromsø", "LOC"),
        ("Tuesday", "DATE"),
    ]


def test_a_gold_place_the_model_missed_is_a_gpe(nlp: Language) -> None:
    doc = nlp.make_doc("Rain fell on Tromsø.")
    doc.ents = []
    reference = train_ner.reference(doc, [_entity("Tromsø", "LOC")])
    assert [(e.text, e.label_) for e in reference.ents] == [("Tromsø", "GPE")]


def test_the_shipped_weights_were_trained_on_the_current_corpus() -> None:
    check = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert check.returncode == 0, check.stderr
