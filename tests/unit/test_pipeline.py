from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.language import Language

from service import pipeline as pipeline_module
from service.events import EnrichedArticle
from service.extract import quotes as quotes_module
from service.ingest import Rejection
from service.pipeline import Limits, Pipeline, item_events
from tests.gold import (
    SEEDS,
    dates_of,
    entities_of,
    expected_dates,
    expected_entities,
    expected_quotes,
    quotes_of,
    seed_article,
    seed_expected,
)


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return Pipeline(nlp, limits=Limits(max_message_bytes=1_000_000, max_text_chars=100_000))


def enrich_one(pipeline: Pipeline, payload: bytes) -> dict[str, Any]:
    [outcome] = pipeline.process([payload]).outcomes
    assert isinstance(outcome, EnrichedArticle), f"rejected: {outcome}"
    return outcome.model_dump(mode="json")


def test_seed_article_gives_the_expected_quotes_dates_and_entities(pipeline: Pipeline) -> None:
    enriched = enrich_one(pipeline, seed_article())
    gold = seed_expected()
    assert quotes_of(enriched) == expected_quotes(gold)
    assert dates_of(enriched) == expected_dates(gold)
    assert entities_of(enriched, {"PERSON", "LOC"}) == expected_entities(gold, {"PERSON", "LOC"})


def test_every_span_of_every_seed_indexes_the_emitted_text(pipeline: Pipeline) -> None:
    payloads = [line.encode() for line in SEEDS.read_text(encoding="utf-8").splitlines() if line]
    outcomes = pipeline.process(payloads).outcomes
    assert len(outcomes) == len(payloads)
    for outcome in outcomes:
        assert isinstance(outcome, EnrichedArticle), f"seed rejected: {outcome}"
        text = outcome.text
        spans = [(q.text, q.start, q.end) for q in outcome.quotes]
        spans += [(d.text, d.start, d.end) for d in outcome.dates]
        spans += [(m.text, m.start, m.end) for e in outcome.entities for m in e.mentions]
        spans += [
            (q.speaker.mention.text, q.speaker.mention.start, q.speaker.mention.end)
            for q in outcome.quotes
            if q.speaker
        ]
        for span_text, start, end in spans:
            assert text[start:end] == span_text, (outcome.article_id, span_text, start, end)


def test_emitted_text_is_the_raw_text_unchanged(pipeline: Pipeline) -> None:
    raw = {
        "url": "https://example.org/a",
        "text": "  Leading space.\r\nA line “quoted,” he said.  ",
    }
    enriched = enrich_one(pipeline, json.dumps(raw).encode())
    assert enriched["text"] == raw["text"]


def test_a_bad_message_is_rejected_in_place_and_the_batch_goes_on(pipeline: Pipeline) -> None:
    good = json.dumps({"url": "https://example.org/b", "text": "Rain fell in Leeds on Monday."})
    outcomes = pipeline.process([b"{not json", good.encode(), b"[]"]).outcomes
    assert [type(o).__name__ for o in outcomes] == ["Rejection", "EnrichedArticle", "Rejection"]
    assert isinstance(outcomes[0], Rejection) and outcomes[0].reason == "not_json"
    assert isinstance(outcomes[2], Rejection) and outcomes[2].reason == "not_object"


def test_an_extractor_failure_rejects_only_that_article(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = quotes_module.extract_quotes

    def fail_on_poison(doc: Any, entities: Any, *, article_id: str) -> Any:
        if "POISON" in doc.text:
            raise ValueError("injected fault")
        return real(doc, entities, article_id=article_id)

    monkeypatch.setattr(pipeline_module, "extract_quotes", fail_on_poison)
    poison = json.dumps({"url": "https://example.org/p", "text": "POISON pill text here."})
    fine = json.dumps({"url": "https://example.org/f", "text": "A calm day in Paris."})
    outcomes = pipeline.process([poison.encode(), fine.encode()]).outcomes
    assert isinstance(outcomes[0], Rejection)
    assert outcomes[0].reason == "enrichment_error"
    assert "injected fault" in outcomes[0].message
    assert isinstance(outcomes[1], EnrichedArticle)


def test_the_same_article_twice_gives_the_same_ids(pipeline: Pipeline) -> None:
    payload = seed_article()
    first, second = (enrich_one(pipeline, payload) for _ in range(2))
    first.pop("processed_at"), second.pop("processed_at")
    assert first == second


def test_item_events_carry_the_article_id_and_item_ids(pipeline: Pipeline) -> None:
    [article] = pipeline.process([seed_article()]).outcomes
    assert isinstance(article, EnrichedArticle)
    entities, quotes, dates = item_events(article)
    assert [e.id for e in entities] == [e.id for e in article.entities]
    assert [q.quote for q in quotes] == article.quotes
    assert [d.date for d in dates] == article.dates
    assert {e.article_id for e in (*entities, *quotes, *dates)} == {article.article_id}
    ids = [e.id for e in (*entities, *quotes, *dates)]
    assert len(ids) == len(set(ids)), "item ids must be unique within an article"


def test_stage_timings_cover_every_stage(pipeline: Pipeline) -> None:
    result = pipeline.process([seed_article()])
    assert {stage for stage, _ in result.stage_seconds} == {
        "parse",
        "nlp",
        "entities",
        "quotes",
        "dates",
    }
    assert all(seconds >= 0 for _, seconds in result.stage_seconds)


def test_new_words_do_not_stay_in_the_vocabulary_after_their_batch(pipeline: Pipeline) -> None:
    """A worker reads new names all day; kept, they would grow its memory without bound."""
    strings = pipeline.nlp.vocab.strings
    before = len(strings)
    text = (
        'Zorvindel Quathmire, the mayor of Blentharrow, said: "Grumpleton Vaxwhistle will '
        'reopen on Tuesday." Ms Quathmire added that Yembroke Fissaline had agreed.'
    )
    outcome = enrich_one(pipeline, json.dumps({"id": "zone", "text": text}).encode())
    assert "Zorvindel Quathmire" in [entity["name"] for entity in outcome["entities"]]
    assert len(strings) == before, f"{len(strings) - before} strings kept after the batch"
    assert "Vaxwhistle" not in strings
