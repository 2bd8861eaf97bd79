"""Scores enriched articles against gold annotations (the team's annotation format).

Matching is one-to-one and greedy by overlap: a predicted quote or date matches
the gold item whose span it overlaps most, if that overlap is at least half of
their union. Entities match when the type agrees and the predicted cluster's
name or one of its mentions is a gold name or alias.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.events import DateRef, EnrichedArticle, Entity, Quote

ENTITY_TYPES = frozenset({"PERSON", "ORG", "LOC"})


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class ArticleReport:
    article_id: str
    quotes: Score = field(default_factory=Score)
    speakers: Accuracy = field(default_factory=Accuracy)
    dates_found: Score = field(default_factory=Score)
    date_values: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    problems: list[str] = field(default_factory=list)


@dataclass
class Report:
    articles: list[ArticleReport] = field(default_factory=list)
    quotes: Score = field(default_factory=Score)
    speakers: Accuracy = field(default_factory=Accuracy)
    dates_found: Score = field(default_factory=Score)
    date_values: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)

    def add(self, article: ArticleReport) -> None:
        self.articles.append(article)
        self.quotes.add(article.quotes)
        self.speakers.correct += article.speakers.correct
        self.speakers.total += article.speakers.total
        self.dates_found.add(article.dates_found)
        self.date_values.add(article.date_values)
        self.entities.add(article.entities)

    def summary(self) -> dict[str, float]:
        return {
            "quote_f1": self.quotes.f1,
            "speaker_accuracy": self.speakers.value,
            "date_found_f1": self.dates_found.f1,
            "date_value_f1": self.date_values.f1,
            "entity_f1": self.entities.f1,
        }


Span = tuple[int, int]


def _overlap(a: Span, b: Span) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match_spans(predicted: Sequence[Span], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index), best overlaps first, each item used once."""
    candidates = sorted(
        (
            (_overlap(p, g), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if _overlap(p, g) >= 0.5
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _norm(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def _score_quotes(predicted: list[Quote], gold: dict[str, Any], report: ArticleReport) -> None:
    gold_quotes = gold.get("quotes", [])
    pairs = match_spans(
        [(q.start, q.end) for q in predicted], [tuple(g["span"]) for g in gold_quotes]
    )
    report.quotes = Score(len(pairs), len(predicted), len(gold_quotes))
    for i, j in pairs:
        speaker = predicted[i].speaker
        said = speaker.name if speaker else None
        expected = gold_quotes[j]["speaker"]
        report.speakers.total += 1
        if _norm(said) == _norm(expected):
            report.speakers.correct += 1
        else:
            report.problems.append(
                f"speaker {said!r} != {expected!r}: {gold_quotes[j]['text'][:60]!r}"
            )
    _list_unmatched(
        report, "quote", pairs, [q.text for q in predicted], [g["text"] for g in gold_quotes]
    )


def _score_dates(predicted: list[DateRef], gold: dict[str, Any], report: ArticleReport) -> None:
    gold_dates = gold.get("dates", [])
    pairs = match_spans(
        [(d.start, d.end) for d in predicted], [tuple(g["span"]) for g in gold_dates]
    )
    report.dates_found = Score(len(pairs), len(predicted), len(gold_dates))
    right = 0
    for i, j in pairs:
        got = (_iso(predicted[i].first_day), _iso(predicted[i].last_day))
        want = (gold_dates[j]["start"], gold_dates[j]["end"])
        if got == want:
            right += 1
        else:
            report.problems.append(f"date {gold_dates[j]['text']!r}: {got} != {want}")
    report.date_values = Score(right, len(predicted), len(gold_dates))
    _list_unmatched(
        report, "date", pairs, [d.text for d in predicted], [g["text"] for g in gold_dates]
    )


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _score_entities(entities: list[Entity], gold: dict[str, Any], report: ArticleReport) -> None:
    predicted = [e for e in entities if e.type in ENTITY_TYPES]
    gold_entities = [g for g in gold.get("entities", []) if g["type"] in ENTITY_TYPES]
    used: set[int] = set()
    matched_gold: set[int] = set()
    for j, g in enumerate(gold_entities):
        names = {_norm(n) for n in (g["name"], *g.get("aliases", []))}
        for i, p in enumerate(predicted):
            forms = {_norm(p.name), *(_norm(m.text) for m in p.mentions)}
            if i not in used and p.type == g["type"] and names & forms:
                used.add(i)
                matched_gold.add(j)
                break
    report.entities = Score(len(used), len(predicted), len(gold_entities))
    for j, g in enumerate(gold_entities):
        if j not in matched_gold:
            report.problems.append(f"missed entity {g['name']!r} ({g['type']})")
    for i, p in enumerate(predicted):
        if i not in used:
            report.problems.append(f"extra entity {p.name!r} ({p.type})")


def _list_unmatched(
    report: ArticleReport,
    kind: str,
    pairs: list[tuple[int, int]],
    predicted: list[str],
    gold: list[str],
) -> None:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    report.problems += [
        f"missed {kind} {t[:70]!r}" for j, t in enumerate(gold) if j not in matched_g
    ]
    report.problems += [
        f"extra {kind} {t[:70]!r}" for i, t in enumerate(predicted) if i not in matched_p
    ]


def score_article(enriched: EnrichedArticle | None, gold: dict[str, Any]) -> ArticleReport:
    """Scores one article; None (the article was rejected) scores as finding nothing."""
    report = ArticleReport(article_id=str(gold.get("id")))
    if enriched is None:
        report.problems.append("article was rejected")
    _score_quotes(enriched.quotes if enriched else [], gold, report)
    _score_dates(enriched.dates if enriched else [], gold, report)
    _score_entities(enriched.entities if enriched else [], gold, report)
    return report


def evaluate(
    gold: Iterable[dict[str, Any]],
    enrich: Callable[[list[bytes]], list[EnrichedArticle | None]],
    articles: dict[str, bytes],
) -> Report:
    """Enrich the articles that gold annotates and score them; a rejected article scores zero."""
    gold_items = list(gold)
    missing = [str(g["id"]) for g in gold_items if str(g["id"]) not in articles]
    if missing:
        raise ValueError(f"no raw article for gold ids: {', '.join(missing[:5])}")
    outputs = enrich([articles[str(g["id"])] for g in gold_items])
    report = Report()
    for item, output in zip(gold_items, outputs, strict=True):
        report.add(score_article(output, item))
    return report


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def articles_by_id(path: Path) -> dict[str, bytes]:
    """Raw article lines keyed by their `id`, exactly as they would be sent."""
    found: dict[str, bytes] = {}
    with path.open("rb") as lines:
        for line in lines:
            if line.strip():
                found[str(json.loads(line)["id"])] = line.rstrip(b"\r\n")
    return found


def format_report(report: Report, *, verbose: bool) -> str:
    rows = [
        ("quotes", report.quotes),
        ("dates found", report.dates_found),
        ("dates found and resolved", report.date_values),
        ("entities (PERSON/ORG/LOC)", report.entities),
    ]
    lines = [f"{len(report.articles)} articles", f"{'measure':28} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{name:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}" for name, s in rows]
    lines.append(
        f"{'speaker accuracy':28} {report.speakers.value:20.3f}"
        f"  ({report.speakers.correct}/{report.speakers.total} found quotes)"
    )
    if verbose:
        for article in report.articles:
            if article.problems:
                lines.append(f"\n{article.article_id}:")
                lines += [f"  {problem}" for problem in article.problems]
    return "\n".join(lines)
