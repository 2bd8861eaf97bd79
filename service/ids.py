"""Deterministic identifiers, so a redelivered article yields identical events."""

import hashlib


def stable_id(*parts: object) -> str:
    """A short hex digest of the parts; same parts, same id, on any machine."""
    joined = "\x1f".join(str(part) for part in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=10).hexdigest()


def item_id(article_id: str, kind: str, *parts: object) -> str:
    """The id of one extracted item (entity, quote, date) within one article."""
    return stable_id(article_id, kind, *parts)
