"""JSON Schemas of every published event, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from service.events import DateEvent, EnrichedArticle, EntityEvent, QuoteEvent, RejectedArticle

SCHEMA_DIR = Path(__file__).parent / "schemas"

# File stem -> the model of the events on that topic.
EVENT_MODELS: dict[str, type[BaseModel]] = {
    "articles.enriched": EnrichedArticle,
    "articles.entities": EntityEvent,
    "articles.quotes": QuoteEvent,
    "articles.dates": DateEvent,
    "articles.rejected": RejectedArticle,
}


def render(model: type[BaseModel]) -> str:
    return (
        json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"
    )


def write_all(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, model in EVENT_MODELS.items():
        path = directory / f"{stem}.schema.json"
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written


def drifted(directory: Path = SCHEMA_DIR) -> list[str]:
    """Names of checked-in schemas that no longer match their models."""
    stale = []
    for stem, model in EVENT_MODELS.items():
        path = directory / f"{stem}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != render(model):
            stale.append(path.name)
    return stale
