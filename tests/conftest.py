"""Fixtures shared by every test: the spaCy pipeline is loaded once per session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.nlp import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm")
