"""The do-it-yourself baseline: what a user would otherwise glue together from stock parts.

- entities: spaCy's small English pipeline (`en_core_web_sm`), `doc.ents` as they come,
  grouped only by identical text (no clustering: "Biden" and "Joe Biden" stay apart);
- quotes: textacy's `direct_quotations`, speakers exactly as its tokens say (a pronoun stays
  a pronoun); an article on which textacy raises (unbalanced quote marks) gets no quotes;
- dates: dateparser's `search_dates`, relative to the publication date, each match one day.

The results are built as the service's own `EnrichedArticle` events and scored by the same
scorer (`service.evaluate.evaluate`), so the figures compare one for one with
`enricher evaluate`. Run it with `eval/run-diy GOLD.jsonl [ARTICLES.jsonl]`, which sets up the
extra packages in a venv of their own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import spacy
from dateparser.search import search_dates
from spacy.language import Language
from spacy.tokens import Doc, Token
from textacy.extract.triples import (
    direct_quotations,
)

from service.evaluate import articles_by_id, evaluate, format_report, read_jsonl
from service.events import (
    DateRef,
    EnrichedArticle,
    Enricher,
    Entity,
    EntityType,
    Mention,
    Quote,
    Speaker,
)
from service.ids import item_id
from service.ingest import Article, Rejection, parse_article
from service.nlp import resolve_model_name
from service.pipeline import enriched_article
from service.settings import get_settings

SPACY_MODEL = "en_core_web_sm"
BATCH_SIZE = 32

ENTITY_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}


@dataclass
class Stats:
    """Where the time went, and what each tool gave up on."""

    articles: int = 0
    rejected: int = 0
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    quote_failures: list[str] = field(default_factory=list)
    date_failures: list[str] = field(default_factory=list)
    dates_not_located: int = 0

    def describe(self) -> str:
        total = sum(self.seconds.values())
        per = 1000 / self.articles if self.articles else 0.0
        stages = ", ".join(f"{name} {secs * per:.1f}" for name, secs in self.seconds.items())
        lines = [
            f"diy: {self.articles} articles ({self.rejected} rejected) in {total:.2f}s, "
            f"{total * per:.1f} ms/article ({stages})"
        ]
        if self.quote_failures:
            lines.append(f"diy: textacy raised on {len(self.quote_failures)} articles (no quotes):")
            lines += [f"  {failure}" for failure in self.quote_failures]
        if self.date_failures:
            lines.append(f"diy: dateparser raised on {len(self.date_failures)} articles:")
            lines += [f"  {failure}" for failure in self.date_failures]
        if self.dates_not_located:
            lines.append(f"diy: {self.dates_not_located} dateparser matches not found in the text")
        return "\n".join(lines)


class DiyStack:
    """spaCy + textacy + dateparser, as one `enrich` callable for the scorer."""

    def __init__(self, nlp: Language, *, max_message_bytes: int, max_text_chars: int) -> None:
        self.nlp = nlp
        self.max_message_bytes = max_message_bytes
        self.max_text_chars = max_text_chars
        self.stats = Stats()
        self.enricher = Enricher(
            service_version="diy",
            model_name=f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}"
            "+textacy+dateparser",
            model_version=f"{nlp.meta.get('version', 'unknown')}"
            f"+textacy-{version('textacy')}+dateparser-{version('dateparser')}",
        )

    def __call__(self, payloads: list[bytes]) -> list[EnrichedArticle | None]:
        return self.enrich(payloads)

    def enrich(self, payloads: Sequence[bytes]) -> list[EnrichedArticle | None]:
        """One result per payload, in order; None where the service would reject the message."""
        started = time.perf_counter()
        parsed = [self._parse(payload) for payload in payloads]
        self._clock("parse", started)
        articles = [article for article in parsed if article is not None]
        started = time.perf_counter()
        docs = list(self.nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE))
        self._clock("spacy", started)
        built = iter(
            [self._build(article, doc) for article, doc in zip(articles, docs, strict=True)]
        )
        self.stats.articles += len(payloads)
        self.stats.rejected += len(payloads) - len(articles)
        return [None if article is None else next(built) for article in parsed]

    def _clock(self, stage: str, started: float) -> None:
        self.stats.seconds[stage] += time.perf_counter() - started

    def _parse(self, payload: bytes) -> Article | None:
        try:
            return parse_article(
                payload,
                max_message_bytes=self.max_message_bytes,
                max_text_chars=self.max_text_chars,
            )
        except Rejection:
            return None

    def _build(self, article: Article, doc: Doc) -> EnrichedArticle:
        aid = article.article_id
        started = time.perf_counter()
        entities = spacy_entities(doc, aid)
        self._clock("entities", started)
        started = time.perf_counter()
        try:
            quotes = textacy_quotes(doc, entities, aid)
        except Exception as exc:  # textacy bails out on unbalanced quote marks
            self.stats.quote_failures.append(f"{article.external_id or aid}: {exc}")
            quotes = []
        self._clock("quotes", started)
        started = time.perf_counter()
        try:
            dates, unlocated = dateparser_dates(article.text, article.published_date, aid)
        except Exception as exc:
            self.stats.date_failures.append(f"{article.external_id or aid}: {exc}")
            dates, unlocated = [], 0
        self.stats.dates_not_located += unlocated
        self._clock("dates", started)
        return enriched_article(
            article,
            processed_at=dt.datetime.now(dt.UTC),
            entities=entities,
            quotes=quotes,
            dates=dates,
            enricher=self.enricher,
        )


def spacy_entities(doc: Doc, article_id: str) -> list[Entity]:
    """`doc.ents` grouped by identical text; the commonest label of the group gives the type."""
    groups: dict[str, list[tuple[Mention, str]]] = {}
    for ent in doc.ents:
        mention = Mention(text=ent.text, start=ent.start_char, end=ent.end_char)
        groups.setdefault(ent.text, []).append((mention, ent.label_))
    entities = []
    for name, found in groups.items():
        label = Counter(label for _, label in found).most_common(1)[0][0]
        kind = ENTITY_TYPES.get(label, "MISC")
        entities.append(
            Entity(
                id=item_id(article_id, "entity", kind, name),
                name=name,
                type=kind,
                label=label,
                mentions=[mention for mention, _ in found],
                count=len(found),
            )
        )
    return entities


def textacy_quotes(doc: Doc, entities: Iterable[Entity], article_id: str) -> list[Quote]:
    """textacy's direct quotations; raises ValueError on unbalanced quote marks.

    textacy's content span runs from the opening quote-mark token to the closing one, both
    included; the quote is what stands between them, as in the gold annotations.
    """
    by_name = {entity.name: entity.id for entity in entities}
    quotes = []
    for speaker_tokens, cue_tokens, content in direct_quotations(doc):
        opening, closing = content[0], content[-1]
        start, end = opening.idx + len(opening.text), closing.idx
        name = " ".join(token.text for token in speaker_tokens)
        quotes.append(
            Quote(
                id=item_id(article_id, "quote", start, end),
                text=doc.text[start:end],
                start=start,
                end=end,
                speaker=Speaker(
                    name=name,
                    entity_id=by_name.get(name),
                    mention=_token_mention(doc, speaker_tokens),
                ),
                cue=" ".join(token.text for token in cue_tokens) or None,
                kind="direct",
            )
        )
    return quotes


def _token_mention(doc: Doc, tokens: Sequence[Token]) -> Mention:
    """From the first token to the end of the last (textacy's speaker tokens are sorted)."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Mention(text=doc.text[start:end], start=start, end=end)


def dateparser_dates(
    text: str, published: dt.date | None, article_id: str
) -> tuple[list[DateRef], int]:
    """dateparser's matches located in the text, and how many could not be located."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    found: list[tuple[str, dt.datetime]] = (
        search_dates(text, settings=settings, languages=["en"]) or []
    )
    dates, unlocated, position = [], 0, 0
    for matched, when in found:
        start = text.find(matched, position)
        if start < 0:
            unlocated += 1
            continue
        end = position = start + len(matched)
        day = when.date()
        dates.append(
            DateRef(
                id=item_id(article_id, "date", start, end),
                text=matched,
                start=start,
                end=end,
                first_day=day,
                last_day=day,
                granularity="day",
                relative=False,  # dateparser does not say whether it used RELATIVE_BASE
            )
        )
    return dates, unlocated


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score the DIY stack (spaCy + textacy + dateparser) against gold annotations."
    )
    parser.add_argument("gold", type=Path, help="gold annotations, JSONL")
    parser.add_argument(
        "articles",
        type=Path,
        nargs="?",
        help="raw articles, JSONL (default: articles.jsonl by GOLD)",
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    args = parser.parse_args(argv)

    settings = get_settings()
    stack = DiyStack(
        spacy.load(resolve_model_name(SPACY_MODEL)),  # the stock pipeline, not the news NER
        max_message_bytes=settings.max_message_bytes,
        max_text_chars=settings.max_text_chars,
    )
    raw = articles_by_id(args.articles or args.gold.with_name("articles.jsonl"))
    report = evaluate(read_jsonl(args.gold), stack, raw)
    if args.json:
        print(json.dumps(report.summary(), indent=2))
    else:
        print(format_report(report, verbose=args.verbose))
    print(stack.stats.describe(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
