"""Train the news NER weights in service/models/news_ner from the team's dev corpus.

spaCy's small English pipeline types many names in news copy wrongly: people
as bodies, bodies as places, short forms not at all. Its NER is fine-tuned here
on the PERSON/ORG/LOC gold of seeds/ and corpus/dev/ (never corpus/test/). The
other labels (dates, numbers, nationalities, laws) are the pipeline's own
predictions on the same text, so it keeps them; one that overlaps a gold name
("Tulip Pen three weeks ago") is left out, not cut. The tagger and parser are
not touched.

Two kinds of made-up copy are added to the gold, each built from it. Every
article again with its people renamed after other articles' people, so that the
model learns a person from the sentence around the name rather than the name.
And every sentence where a person speaks first ("Obi said ...", '"...," Obi
said') with a body of the same article speaking instead: the team's copy quotes
people far more often than bodies, and without these the model learns that a
lone name before "said" is a person, where real copy has '"Demand was weak,"
Tesla said' every day.

Same corpus and seed, same weights. `--check` fails when the corpus or the
training settings have changed since the committed weights were trained.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from itertools import cycle
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
SETTINGS = {
    "epochs": EPOCHS,
    "learn_rate": LEARN_RATE,
    "seed": SEED,
    "made_up_copy": ["people renamed", "bodies speaking"],
}

# A sentence's first name speaking: at its start or right after a closing quote.
SENTENCE_BREAK = re.compile(r"(?<=[.!?]) |(?<=[.!?][\"”’']) |\n")
AFTER_QUOTE = re.compile(r"[,?!][\"”’'] $")
# A name word that can be swapped for another: one capitalised word.
NAME_WORD = re.compile(r"[A-Z][a-z]+")

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
        for form in _forms(entity):
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


def training_texts(
    texts: list[tuple[str, list[dict[str, Any]]]],
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The gold articles, the same articles with their people renamed, and sentences
    where a body speaks in a person's place."""
    renamed = list(with_other_people(texts))
    bodies = [
        (sentence, entities)
        for text, entities in texts
        for sentence in bodies_speaking(text, entities)
    ]
    return texts + renamed + bodies


def with_other_people(
    texts: list[tuple[str, list[dict[str, Any]]]],
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each article with its people's first and last names drawn from other articles.

    A name word that the article also uses for something else (a body, a place, a
    lower-case word) stays as it is.
    """
    firsts, lasts = _name_words(texts)
    draw = random.Random(SEED)
    for text, entities in texts:
        kept = {
            word for e in entities if e["type"] != "PERSON" for f in _forms(e) for word in f.split()
        }
        new_words: dict[str, str] = {}
        for entity in entities:
            words = entity["name"].split()
            if entity["type"] != "PERSON" or len(words) < 2:
                continue
            for word, pool in ((words[0], firsts), (words[-1], lasts)):
                if word not in new_words and _swappable(word, text, kept):
                    new_words[word] = draw.choice(pool)
        if new_words:
            rename = _renamer(new_words)
            renamed = [
                {**e, "name": rename(e["name"]), "aliases": [rename(a) for a in e["aliases"]]}
                for e in entities
            ]
            yield rename(text), renamed


def _renamer(new_words: dict[str, str]) -> Callable[[str], str]:
    """Each old name word to its new one, whole words only."""
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, new_words)) + r")(?!\w)")
    return lambda text: pattern.sub(lambda m: new_words[m.group(1)], text)


def _name_words(texts: list[tuple[str, list[dict[str, Any]]]]) -> tuple[list[str], list[str]]:
    """First and last words of the corpus's people's full names, in a fixed order."""
    firsts, lasts = set(), set()
    for _, entities in texts:
        for entity in entities:
            words = entity["name"].split()
            if (
                entity["type"] == "PERSON"
                and len(words) >= 2
                and all(map(NAME_WORD.fullmatch, (words[0], words[-1])))
            ):
                firsts.add(words[0])
                lasts.add(words[-1])
    return sorted(firsts), sorted(lasts)


def _swappable(word: str, text: str, kept: set[str]) -> bool:
    """A name word that can be renamed everywhere it is written: one the article uses
    for nothing else, a body's or a place's word or a lower-case word."""
    if not NAME_WORD.fullmatch(word) or word in kept:
        return False
    return re.search(r"(?<!\w)" + word.lower() + r"(?!\w)", text) is None


def _forms(entity: dict[str, Any]) -> set[str]:
    """Every way the gold writes the entity."""
    return {entity["name"], *entity["aliases"]}


def bodies_speaking(text: str, entities: list[dict[str, Any]]) -> Iterator[str]:
    """Sentences whose first name is a person who said something, with one of the
    article's bodies, each of its written forms in turn, in that person's place."""
    forms = sorted({form for e in entities if e["type"] == "ORG" for form in _forms(e)})
    if not forms:
        return
    bodies = cycle(forms)
    for sentence in SENTENCE_BREAK.split(text):
        for start, end, kind in gold_mentions(sentence, entities):
            opens = start == 0 or AFTER_QUOTE.search(sentence[:start]) is not None
            if kind == "PERSON" and opens and sentence.startswith(" said ", end):
                yield sentence[:start] + next(bodies) + sentence[end:]
                break


def train(nlp: Language, texts: list[tuple[str, list[dict[str, Any]]]]) -> None:
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
    gold = list(annotated_texts(files))
    texts = training_texts(gold)
    train(nlp, texts)
    NEWS_NER.mkdir(parents=True, exist_ok=True)
    news_ner(nlp).to_disk(NEWS_NER, exclude=["vocab"])
    record = {
        "pipeline": package_name(nlp.meta),
        "version": nlp.meta["version"],
        "articles": len(gold),
        "examples": len(texts),
        "corpus_sha256": digest,
        **SETTINGS,
    }
    TRAINING_RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
