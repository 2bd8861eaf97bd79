"""What sane processing means for any enriched article, whatever its input.

Shared by the hostile corpus, the property tests and the integration test, so
the three agree on one definition.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from service.events import EnrichedArticle
from service.pipeline import article_messages

Span = tuple[str, int, int, str]  # (kind, start, end, text)


def spans(article: EnrichedArticle) -> list[Span]:
    """Every span the article carries: entity mentions, quotes, speaker mentions, dates."""
    found: list[Span] = []
    for entity in article.entities:
        found += [("mention", m.start, m.end, m.text) for m in entity.mentions]
    for quote in article.quotes:
        found.append(("quote", quote.start, quote.end, quote.text))
        if quote.speaker is not None:
            mention = quote.speaker.mention
            found.append(("speaker", mention.start, mention.end, mention.text))
    found += [("date", d.start, d.end, d.text) for d in article.dates]
    return found


def overlapping(ranges: Iterable[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of neighbouring ranges (sorted by start) that overlap."""
    ordered = sorted(ranges)
    return [(a, b) for a, b in pairwise(ordered) if b[0] < a[1]]


def assert_sane(article: EnrichedArticle) -> None:
    """Spans index the emitted text, quotes and dates don't overlap, ids are unique."""
    text = article.text
    for kind, start, end, span_text in spans(article):
        assert 0 <= start <= end <= len(text), f"{kind} span {start}:{end} outside the text"
        assert text[start:end] == span_text, (
            f"{kind} span {start}:{end} is {text[start:end]!r} in the text, "
            f"but the event says {span_text!r}"
        )
    quote_overlaps = overlapping((q.start, q.end) for q in article.quotes)
    assert not quote_overlaps, f"overlapping quotes: {quote_overlaps[:3]}"
    date_overlaps = overlapping((d.start, d.end) for d in article.dates)
    assert not date_overlaps, f"overlapping dates: {date_overlaps[:3]}"
    ids = [e.id for e in article.entities] + [q.id for q in article.quotes]
    ids += [d.id for d in article.dates]
    assert len(ids) == len(set(ids)), "item ids repeat within one article"
    for entity in article.entities:
        assert entity.count == len(entity.mentions), f"entity {entity.id}: count != mentions"
    assert all(q.speaker is None or q.speaker.name for q in article.quotes)


def largest_message(article: EnrichedArticle) -> tuple[str, int]:
    """The topic role and size in bytes of the largest event this article gives."""
    sizes = [(role, len(value)) for role, value in article_messages(article)]
    return max(sizes, key=lambda size: size[1])
