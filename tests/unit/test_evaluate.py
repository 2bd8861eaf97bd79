from __future__ import annotations

import datetime as dt

from service.evaluate import Score, match_spans, score_article
from service.events import DateRef, EnrichedArticle, Enricher, Entity, Mention, Quote, Speaker

TEXT = "“We will win,” said Ana Ruiz on Tuesday. Ruiz left Lima."
GOLD = {
    "id": "g1",
    "entities": [
        {"name": "Ana Ruiz", "type": "PERSON", "aliases": ["Ana Ruiz", "Ruiz"]},
        {"name": "Lima", "type": "LOC", "aliases": ["Lima"]},
    ],
    "quotes": [{"text": "We will win,", "span": [1, 13], "speaker": "Ana Ruiz"}],
    "dates": [{"text": "Tuesday", "span": [32, 39], "start": "2024-03-05", "end": "2024-03-05"}],
}


def article(*, speaker: str | None, day: dt.date, entities: list[Entity]) -> EnrichedArticle:
    mention = Mention(text="Ana Ruiz", start=20, end=28)
    return EnrichedArticle(
        article_id="a",
        external_id="g1",
        url=None,
        source=None,
        title=None,
        language="en",
        authors=[],
        published_at=None,
        published_date=None,
        processed_at=dt.datetime(2024, 3, 6, tzinfo=dt.UTC),
        text=TEXT,
        entities=entities,
        quotes=[
            Quote(
                id="q",
                text="We will win,",
                start=1,
                end=13,
                speaker=Speaker(name=speaker, entity_id=None, mention=mention) if speaker else None,
                cue="said",
                kind="direct",
            )
        ],
        dates=[
            DateRef(
                id="d",
                text="Tuesday",
                start=32,
                end=39,
                first_day=day,
                last_day=day,
                granularity="day",
                relative=True,
            )
        ],
        enricher=Enricher(service_version="0", model_name="m", model_version="0"),
    )


def entity(name: str, type_: str, *forms: tuple[str, int, int]) -> Entity:
    mentions = [Mention(text=t, start=s, end=e) for t, s, e in forms]
    return Entity(id=name, name=name, type=type_, label=type_, mentions=mentions, count=len(forms))


RUIZ = entity("Ana Ruiz", "PERSON", ("Ana Ruiz", 20, 28), ("Ruiz", 41, 45))
LIMA = entity("Lima", "LOC", ("Lima", 51, 55))


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    report = score_article(
        article(speaker="Ana Ruiz", day=dt.date(2024, 3, 5), entities=[RUIZ, LIMA]), GOLD
    )
    assert report.quotes.f1 == report.dates_found.f1 == report.date_values.f1 == 1.0
    assert report.entities.f1 == 1.0
    assert report.speakers.value == 1.0
    assert report.problems == []


def test_wrong_speaker_day_and_type_are_each_counted_and_reported() -> None:
    wrong_type = entity("Lima", "PERSON", ("Lima", 51, 55))
    report = score_article(
        article(speaker="Lima", day=dt.date(2024, 3, 12), entities=[RUIZ, wrong_type]), GOLD
    )
    assert report.quotes.f1 == 1.0
    assert report.speakers.value == 0.0
    assert report.dates_found.f1 == 1.0
    assert report.date_values.true_positives == 0
    assert report.entities.true_positives == 1
    assert any("speaker 'Lima'" in p for p in report.problems)
    assert any("missed entity 'Lima' (LOC)" in p for p in report.problems)


def test_a_rejected_article_scores_as_finding_nothing() -> None:
    report = score_article(None, GOLD)
    assert report.quotes.recall == 0.0 and report.entities.recall == 0.0
    assert report.problems[0] == "article was rejected"


def test_spans_match_one_to_one_by_best_overlap() -> None:
    assert match_spans([(0, 10), (0, 9)], [(0, 10)]) == [(0, 0)]
    assert match_spans([(0, 4)], [(0, 10)]) == [], "less than half the union is no match"


def test_score_arithmetic() -> None:
    score = Score(true_positives=3, predicted=4, gold=6)
    assert (score.precision, score.recall) == (0.75, 0.5)
    assert round(score.f1, 3) == 0.6
