"""Train the news NER weights in service/models/news_ner from the team's dev corpus.

spaCy's small English pipeline types many names in news copy wrongly: people
as bodies, bodies as places, short forms not at all. Its NER is fine-tuned here
on the PERSON/ORG/LOC gold of seeds/ and corpus/dev/ (never corpus/test/). The
other labels (dates, numbers, nationalities, laws) are the pipeline's own
predictions on the same text, so it keeps them; one that overlaps a gold name
("Tulip Pen three weeks ago") is left out, not cut. The tagger and parser are
not touched. Same corpus and seed, same weights. `--check` fails when the corpus
or the training settings have changed since the committed weights were trained.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans
from thinc.api import fix_random_seed

from service.evaluate import read_jsonl
from service.nlp import NEWS_NER, TRAINING_RECORD, news_ner, package_name, resolve_model_name

ROOT = Path(__file__).resolve().parents[1]
BASE_PIPELINE = "en_core_web_sm"
EPOCHS = 12
LEARN_RATE = 0.0005
BATCH_SIZE = 8
DROPOUT = 0.2
SEED = 0
# What the training record keeps of the settings, and --check compares.
SETTINGS = {"epochs": EPOCHS, "learn_rate": LEARN_RATE, "seed": SEED}

# Gold types to the model's labels; a gold place takes the model's own place
# label (GPE, LOC or FAC) when the model found it, else GPE.
GOLD_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "GPE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GOLD_TYPED = PLACE_LABELS | {"PERSON", "ORG"}


def corpus_files() -> list[tuple[Path, Path]]:
    """(gold, articles) pairs of the training corpus, in a fixed order."""
    pairs = [(ROOT / "seeds" / "gold.jsonl", ROOT / "seeds" / "articles.jsonl")]
    for gold in sorted((ROOT / "corpus" / "dev").glob("gold*.jsonl")):
        pairs.append((gold, gold.with_name(gold.name.replace("gold", "articles"))))
    return pairs


def corpus_digest(files: list[tuple[Path, Path]]) -> str:
    digest = hashlib.sha256()
    for gold, articles in files:
        digest.update(gold.read_bytes())
        digest.update(articles.read_bytes())
    return digest.hexdigest()


def annotated_texts(files: list[tuple[Path, Path]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each article's text with its gold entities."""
    for gold_path, articles_path in files:
        texts = {article["id"]: article["text"] for article in read_jsonl(articles_path)}
        for gold in read_jsonl(gold_path):
            yield texts[gold["id"]], gold["entities"]


def gold_mentions(text: str, entities: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Character spans of every written form of every gold entity.

    Gold lists an entity's forms, not their places, so every whole-word
    occurrence counts; where two overlap, the longer wins.
    """
    found = []
    for entity in entities:
        for form in {entity["name"], *entity["aliases"]}:
            pattern = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
            found += [(m.start(), m.end(), entity["type"]) for m in re.finditer(pattern, text)]
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if all(end <= other[0] or other[1] <= start for other in kept):
            kept.append((start, end, kind))
    return sorted(kept)


def reference(doc: Doc, entities: list[dict[str, Any]]) -> Doc:
    """The doc as it should be tagged: gold names, and the model's other labels."""
    target = _bare(doc)
    gold: list[Span] = []
    for start, end, kind in gold_mentions(doc.text, entities):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 0:
            gold.append(Span(target, span.start, span.end, label=_label(kind, span)))
    kept = [
        Span(target, ent.start, ent.end, label=ent.label_)
        for ent in doc.ents
        if ent.label_ not in GOLD_TYPED and not any(_overlap(ent, g) for g in gold)
    ]
    target.ents = filter_spans(gold + kept)
    return target


def _bare(doc: Doc) -> Doc:
    """The doc's tokens alone, without anything the pipeline set on them."""
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def _label(kind: str, span: Span) -> str:
    if kind == "LOC":
        for ent in span.doc.ents:
            if ent.label_ in PLACE_LABELS and _overlap(ent, span):
                return ent.label_
    return GOLD_LABEL[kind]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def train(nlp: Language, files: list[tuple[Path, Path]]) -> int:
    texts = list(annotated_texts(files))
    docs = nlp.pipe((text for text, _ in texts), batch_size=16)
    examples = [
        Example(_bare(doc), reference(doc, entities))
        for doc, (_, entities) in zip(docs, texts, strict=True)
    ]
    random.seed(SEED)
    fix_random_seed(SEED)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = LEARN_RATE
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(EPOCHS):
            random.shuffle(examples)
            losses: dict[str, float] = {}
            for first in range(0, len(examples), BATCH_SIZE):
                nlp.update(
                    examples[first : first + BATCH_SIZE], drop=DROPOUT, sgd=optimizer, losses=losses
                )
            print(f"epoch {epoch + 1}/{EPOCHS}: loss {losses['ner']:.0f}", file=sys.stderr)
    return len(examples)


def main() -> int:
    files = corpus_files()
    digest = corpus_digest(files)
    if sys.argv[1:] == ["--check"]:
        trained = json.loads(TRAINING_RECORD.read_text(encoding="utf-8"))
        if trained["corpus_sha256"] != digest or any(trained[k] != v for k, v in SETTINGS.items()):
            print(f"{NEWS_NER} is out of date: run scripts/train_ner.py", file=sys.stderr)
            return 1
        return 0
    nlp = spacy.load(resolve_model_name(BASE_PIPELINE))
    articles = train(nlp, files)
    NEWS_NER.mkdir(parents=True, exist_ok=True)
    news_ner(nlp).to_disk(NEWS_NER, exclude=["vocab"])
    record = {
        "pipeline": package_name(nlp.meta),
        "version": nlp.meta["version"],
        "articles": articles,
        "corpus_sha256": digest,
        **SETTINGS,
    }
    TRAINING_RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
