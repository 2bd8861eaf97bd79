"""Tests for service.ingest: message bytes in, a normalized Article or a precise Rejection out."""

from __future__ import annotations

import base64
import pickle
from datetime import UTC, date, datetime, timedelta
from typing import Any, get_args

import orjson
import pytest
import trafilatura
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.events import RejectReason
from service.ids import stable_id
from service.ingest import (
    FIELD_ALIASES,
    Article,
    Rejection,
    canonical_url,
    detect_language,
    is_blank,
    normalize_language,
    parse_article,
    parse_published_at,
    payload_for_record,
    split_authors,
)

MAX_BYTES = 1_000_000
MAX_CHARS = 100_000
URL = "https://www.example.com/news/budget"
TEXT_EN = (
    "The city council voted on Thursday to approve a new budget for the coming year, "
    "officials said. The mayor said the plan would fund schools and roads."
)
TEXT_DE = (
    "Der Stadtrat hat am Donnerstag einen neuen Haushalt für das kommende Jahr beschlossen, "
    "teilten Beamte mit. Der Bürgermeister sagte, der Plan finanziere Schulen und Straßen."
)
TEXT_FR = (
    "Le conseil municipal a voté jeudi un nouveau budget pour l'année prochaine, ont indiqué "
    "les responsables. Le maire a déclaré que le plan financerait les écoles et les routes."
)
SECRET = "SECRET-ARTICLE-BODY-that-must-never-leak"


def _encode(message: object) -> bytes:
    return message if isinstance(message, bytes) else orjson.dumps(message)


def parse(message: object, *, max_text_chars: int = MAX_CHARS) -> Article:
    return parse_article(
        _encode(message), max_message_bytes=MAX_BYTES, max_text_chars=max_text_chars
    )


def reject(message: object, *, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS) -> Rejection:
    with pytest.raises(Rejection) as caught:
        parse_article(_encode(message), max_message_bytes=max_bytes, max_text_chars=max_chars)
    return caught.value


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- scraper formats -------------------------------------------------------------------------

NEWS_PLEASE = {
    "authors": ["Jane Doe", "John Smith"],
    "date_download": "2024-03-08 10:00:00",
    "date_modify": None,
    "date_publish": "2024-03-07 22:30:00",
    "description": "The council approved the budget.",
    "filename": "https%3A%2F%2Fwww.example.com%2Fnews%2Fbudget.json",
    "image_url": "https://www.example.com/budget.jpg",
    "language": "en",
    "localpath": None,
    "maintext": TEXT_EN,
    "source_domain": "www.example.com",
    "text": None,
    "title": "Council votes on budget",
    "title_page": None,
    "title_rss": None,
    "url": URL,
}

# As written by `trafilatura.extract(html, output_format="json", with_metadata=True, url=URL)`.
TRAFILATURA = {
    "title": "Council votes on budget",
    "author": "Jane Doe; John Smith",
    "hostname": "example.com",
    "date": "2024-03-07",
    "fingerprint": "26ec3bde8430ca6f",
    "id": None,
    "license": None,
    "comments": "",
    "raw_text": "Council votes on budget " + TEXT_EN,
    "text": "Council votes on budget\n" + TEXT_EN,
    "language": None,
    "image": None,
    "pagetype": None,
    "filedate": "2024-03-08",
    "source": URL,
    "source-hostname": "Example News",
    "excerpt": None,
    "categories": "",
    "tags": "",
}

PLAIN = {
    "id": "wire-1234",
    "url": URL,
    "title": "  Council votes on budget ",
    "text": TEXT_EN,
    "published_at": "2024-03-07T22:30:00-05:00",
    "authors": ["Jane Doe", " John Smith ", "Jane Doe", ""],
    "language": "en-GB",
    "source": "Example News",
    "section": "local",
}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        pytest.param(
            NEWS_PLEASE,
            {
                "external_id": None,
                "url": URL,
                "source": "www.example.com",
                "title": "Council votes on budget",
                "text": TEXT_EN,
                "language": "en",
                "authors": ["Jane Doe", "John Smith"],
                "published_at": utc("2024-03-07T22:30:00"),
                "published_date": date(2024, 3, 7),
            },
            id="news-please",
        ),
        pytest.param(
            TRAFILATURA,
            {
                "external_id": None,
                "url": URL,
                "source": "example.com",
                "title": "Council votes on budget",
                "text": "Council votes on budget\n" + TEXT_EN,
                "language": "en",
                "authors": ["Jane Doe", "John Smith"],
                "published_at": utc("2024-03-07T00:00:00"),
                "published_date": date(2024, 3, 7),
            },
            id="trafilatura",
        ),
        pytest.param(
            PLAIN,
            {
                "external_id": "wire-1234",
                "url": URL,
                "source": "Example News",
                "title": "Council votes on budget",
                "text": TEXT_EN,
                "language": "en",
                "authors": ["Jane Doe", "John Smith"],
                "published_at": utc("2024-03-08T03:30:00"),
                "published_date": date(2024, 3, 7),
            },
            id="plain",
        ),
    ],
)
def test_scraper_formats_are_read_as_they_are(
    message: dict[str, Any], expected: dict[str, Any]
) -> None:
    article = parse(message)

    assert article.model_dump(exclude={"article_id"}) == expected
    assert article.article_id == stable_id("url", "https://www.example.com/news/budget")


@pytest.mark.parametrize(
    ("key", "value", "attribute", "expected"),
    [
        ("text", TEXT_EN, "text", TEXT_EN),
        ("body", TEXT_EN, "text", TEXT_EN),
        ("content", TEXT_EN, "text", TEXT_EN),
        ("maintext", TEXT_EN, "text", TEXT_EN),
        ("published_at", "2024-03-07", "published_at", utc("2024-03-07T00:00:00")),
        ("date_publish", "2024-03-07", "published_at", utc("2024-03-07T00:00:00")),
        ("date", "2024-03-07", "published_at", utc("2024-03-07T00:00:00")),
        ("published", "2024-03-07", "published_at", utc("2024-03-07T00:00:00")),
        ("pubDate", "2024-03-07", "published_at", utc("2024-03-07T00:00:00")),
        ("source", "Example News", "source", "Example News"),
        ("source_domain", "news.example.org", "source", "news.example.org"),
        ("hostname", "example.org", "source", "example.org"),
        ("authors", ["Jane Doe"], "authors", ["Jane Doe"]),
        ("authors", "Jane Doe; John Smith", "authors", ["Jane Doe", "John Smith"]),
        ("author", "Jane Doe", "authors", ["Jane Doe"]),
        ("author", ["Jane Doe"], "authors", ["Jane Doe"]),
        ("language", "de", "language", "de"),
        ("title", "Budget", "title", "Budget"),
        ("id", 42, "external_id", "42"),
        ("id", "abc", "external_id", "abc"),
    ],
)
def test_every_alias_fills_its_field(
    key: str, value: object, attribute: str, expected: object
) -> None:
    message = {"url": URL, "text": TEXT_EN} | {key: value}

    assert getattr(parse(message), attribute) == expected


@pytest.mark.parametrize(
    ("message", "attribute", "expected"),
    [
        ({"text": None, "maintext": TEXT_EN}, "text", TEXT_EN),
        ({"text": " \n", "body": TEXT_EN}, "text", TEXT_EN),
        ({"text": TEXT_EN, "body": "other text entirely, not this one"}, "text", TEXT_EN),
        (
            {"text": TEXT_EN, "date_publish": None, "date": "2024-03-07"},
            "published_date",
            date(2024, 3, 7),
        ),
        (
            {"text": TEXT_EN, "published_at": "", "pubDate": "2024-03-07"},
            "published_date",
            date(2024, 3, 7),
        ),
        ({"text": TEXT_EN}, "source", "example.com"),
        ({"text": TEXT_EN, "source": None, "hostname": "example.net"}, "source", "example.net"),
        ({"text": TEXT_EN, "authors": None}, "authors", []),
        ({"text": TEXT_EN, "title": "   "}, "title", None),
        ({"text": TEXT_EN, "unknown": {"nested": [1, 2]}, "html": None}, "text", TEXT_EN),
    ],
)
def test_first_alias_with_a_value_wins(
    message: dict[str, Any], attribute: str, expected: object
) -> None:
    assert getattr(parse({"url": URL} | message), attribute) == expected


def test_trafilatura_source_url_is_the_url_and_hostname_the_source() -> None:
    article = parse(
        {"source": "http://news.example.org/a/", "hostname": "news.example.org", "text": TEXT_EN}
    )

    assert article.url == "http://news.example.org/a/"
    assert article.source == "news.example.org"
    assert article.article_id == stable_id("url", "https://news.example.org/a")


def test_source_defaults_to_the_url_host_without_www() -> None:
    assert parse({"url": "https://WWW.Example.co.uk/a", "text": TEXT_EN}).source == "example.co.uk"
    assert parse({"id": "x", "text": TEXT_EN}).source is None


# --- rejections ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "reason", "fragments"),
    [
        (b"{" + b" " * 200 + b"}", "too_large", ["202 bytes", "100 bytes"]),
        (b"", "not_json", ["empty"]),
        (b"{", "not_json", ["not valid JSON"]),
        (b"not json at all", "not_json", ["not valid JSON"]),
        (b"{'url': 'single quotes'}", "not_json", ["not valid JSON"]),
        (b'{"url": "https://a.example/", "text": NaN}', "not_json", ["not valid JSON"]),
        (b'{"text": "\xff\xfe caf\xe9"}', "not_json", ["not valid UTF-8"]),
        (b"\xff\xfe{\x00}\x00", "not_json", ["not valid UTF-8"]),
        (b'{"text": "\\ud800"}', "not_json", ["not valid JSON", "surrogate"]),
        (b"[" * 2000, "not_json", ["not valid JSON"]),
        (b"[]", "not_object", ["JSON array", "not a JSON object"]),
        (b'[{"url": "https://a.example/"}]', "not_object", ["array", "not a JSON object"]),
        (b"null", "not_object", ["null"]),
        (b'"text"', "not_object", ["string"]),
        (b"42", "not_object", ["number"]),
        (b"true", "not_object", ["boolean"]),
    ],
)
def test_message_level_rejections(
    payload: bytes, reason: RejectReason, fragments: list[str]
) -> None:
    rejection = reject(payload, max_bytes=100 if reason == "too_large" else MAX_BYTES)

    assert rejection.reason == reason
    for fragment in fragments:
        assert fragment in rejection.message


def test_size_is_checked_before_anything_else() -> None:
    assert reject(b"\xff" * 11, max_bytes=10).reason == "too_large"
    assert reject(b"\xff" * 10, max_bytes=10).reason == "not_json"


def test_a_leading_byte_order_mark_is_tolerated() -> None:
    payload = b"\xef\xbb\xbf" + orjson.dumps({"url": URL, "text": TEXT_EN})

    assert parse(payload).text == TEXT_EN


@pytest.mark.parametrize(
    ("message", "fragments"),
    [
        ({"text": TEXT_EN}, ["'url'", "'id'", "neither"]),
        ({"title": "No link", "text": TEXT_EN, "url": None, "id": None}, ["'url'", "'id'"]),
        ({"url": URL, "title": 7, "text": TEXT_EN}, ["'title' must be a string (got number)"]),
        ({"url": URL, "authors": {"name": "Jane"}, "text": TEXT_EN}, ["'authors'", "(got object)"]),
        (
            {"url": URL, "authors": ["Jane Doe", 3], "text": TEXT_EN},
            ["'authors'", "array containing number"],
        ),
        ({"url": URL, "author": 3, "text": TEXT_EN}, ["'author' (authors)", "got number"]),
        ({"url": URL, "text": [SECRET]}, ["'text' must be a string (got array)"]),
        (
            {"url": URL, "maintext": {"p": SECRET}},
            ["'maintext' (text) must be a string (got object)"],
        ),
        ({"url": URL, "html": 5}, ["'html' must be a string"]),
        ({"url": URL, "text": TEXT_EN, "language": ["en"]}, ["'language' must be a string"]),
        ({"url": URL, "text": TEXT_EN, "source_domain": 1}, ["'source_domain' (source)"]),
        ({"id": True, "text": TEXT_EN}, ["'id' must be a string or an integer (got boolean)"]),
        ({"id": 1.5, "text": TEXT_EN}, ["'id' must be a string or an integer (got number)"]),
        ({"url": 12, "text": TEXT_EN}, ["'url' must be a string (got number)"]),
        (
            {"url": "www.example.com/news/a", "text": TEXT_EN},
            ["'url' is not an absolute http(s) URL"],
        ),
        ({"url": "ftp://example.com/a", "text": TEXT_EN}, ["'url' is not an absolute http(s) URL"]),
        ({"url": "https://[::1/a", "text": TEXT_EN}, ["'url' is not a valid URL"]),
        ({"url": "https://example.com:99999/a", "text": TEXT_EN}, ["'url' is not a valid URL"]),
        (
            {"url": URL, "text": TEXT_EN, "date": "soon"},
            ["'date' (published_at) cannot be read as a date"],
        ),
        (
            {"url": 1, "title": 2, "text": TEXT_EN},
            ["'url' must be a string", "'title' must be a string"],
        ),
    ],
)
def test_invalid_messages_name_every_wrong_field(
    message: dict[str, Any], fragments: list[str]
) -> None:
    rejection = reject(message)

    assert rejection.reason == "invalid"
    for fragment in fragments:
        assert fragment in rejection.message
    assert SECRET not in rejection.message


@pytest.mark.parametrize(
    ("message", "fragment"),
    [
        ({"url": URL}, "'text', 'body', 'content', 'maintext', 'html' are all missing"),
        ({"url": URL, "text": ""}, "missing or blank"),
        ({"url": URL, "text": "  \n\t \r\n"}, "missing or blank"),
        ({"url": URL, "body": None, "content": "", "maintext": " "}, "missing or blank"),
        ({"url": URL, "text": "\u200b\u00a0\x00\ufeff"}, "missing or blank"),
        (
            {"url": URL, "html": "<html><body><script>var x = 1;</script></body></html>"},
            "from 'html'",
        ),
        ({"url": URL, "html": "   "}, "missing or blank"),
    ],
)
def test_no_text(message: dict[str, Any], fragment: str) -> None:
    rejection = reject(message)

    assert rejection.reason == "no_text"
    assert "text" in rejection.message
    assert fragment in rejection.message
    assert rejection.article_id == stable_id("url", "https://www.example.com/news/budget")


def test_text_too_long_names_the_limit_and_never_quotes_the_text() -> None:
    rejection = reject({"url": URL, "text": SECRET}, max_chars=10)

    assert rejection.reason == "text_too_long"
    assert f"{len(SECRET)} characters" in rejection.message
    assert "limit of 10" in rejection.message
    assert SECRET not in rejection.message
    assert rejection.article_id == parse({"url": URL, "text": SECRET}).article_id


def test_a_rejection_survives_pickling() -> None:
    rejection = pickle.loads(pickle.dumps(reject({"url": URL, "text": SECRET}, max_chars=10)))

    assert (rejection.reason, rejection.article_id) == (
        "text_too_long",
        parse({"url": URL, "text": SECRET}).article_id,
    )
    assert str(rejection) == rejection.message


def test_text_at_the_limit_is_accepted() -> None:
    assert parse({"url": URL, "text": "x" * 10}, max_text_chars=10).text == "x" * 10


def test_text_too_long_applies_to_text_extracted_from_html() -> None:
    html = f"<html><body><article><p>{TEXT_EN}</p></article></body></html>"

    assert reject({"url": URL, "html": html}, max_chars=20).reason == "text_too_long"


def test_every_reject_reason_of_ingest_is_a_known_reason() -> None:
    assert {"not_json", "not_object", "invalid", "no_text", "too_large", "text_too_long"} <= set(
        get_args(RejectReason)
    )


# --- published_at ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected_utc", "expected_date"),
    [
        ("2024-03-07T22:30:00-05:00", "2024-03-08T03:30:00", date(2024, 3, 7)),
        ("2024-03-08T01:00:00+09:00", "2024-03-07T16:00:00", date(2024, 3, 8)),
        ("2024-03-07T22:30:00Z", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("2024-03-07T22:30:00.250+05:30", "2024-03-07T17:00:00.250", date(2024, 3, 7)),
        ("2024-03-07T22:30:00", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("2024-03-07 22:30:00", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("2024-03-07", "2024-03-07T00:00:00", date(2024, 3, 7)),
        ("20240307", "2024-03-07T00:00:00", date(2024, 3, 7)),
        ("  2024-03-07  ", "2024-03-07T00:00:00", date(2024, 3, 7)),
        ("Thu, 07 Mar 2024 22:30:00 -0500", "2024-03-08T03:30:00", date(2024, 3, 7)),
        ("Thu, 07 Mar 2024 22:30:00 GMT", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("Thu, 7 Mar 2024 22:30:00 +0000", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("Thu, 07 Mar 2024 22:30:00 EST", "2024-03-08T03:30:00", date(2024, 3, 7)),
        ("Fri, 08 Mar 2024 08:00:00 CET", "2024-03-08T07:00:00", date(2024, 3, 8)),
        ("March 7, 2024 9:30 AM", "2024-03-07T09:30:00", date(2024, 3, 7)),
        ("March 7, 2024 at 9:30 p.m. PST", "2024-03-08T05:30:00", date(2024, 3, 7)),
        ("7 March 2024", "2024-03-07T00:00:00", date(2024, 3, 7)),
        ("07/03/2024", "2024-07-03T00:00:00", date(2024, 7, 3)),  # month first, as dateutil
        ("25/03/2024", "2024-03-25T00:00:00", date(2024, 3, 25)),  # only a day can be 25
        (1709850600, "2024-03-07T22:30:00", date(2024, 3, 7)),
        (1709850600.5, "2024-03-07T22:30:00.500", date(2024, 3, 7)),
        (1709850600123, "2024-03-07T22:30:00.123", date(2024, 3, 7)),
        ("1709850600", "2024-03-07T22:30:00", date(2024, 3, 7)),
        ("1709850600000", "2024-03-07T22:30:00", date(2024, 3, 7)),
        (-2208988800, "1900-01-01T00:00:00", date(1900, 1, 1)),
    ],
)
def test_published_at_formats(value: object, expected_utc: str, expected_date: date) -> None:
    article = parse({"url": URL, "text": TEXT_EN, "published_at": value})

    assert article.published_at == utc(expected_utc)
    assert article.published_at is not None and article.published_at.utcoffset() == timedelta(0)
    assert article.published_date == expected_date


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("yesterday", "cannot be read as a date: 'yesterday'"),
        ("2024-13-45", "cannot be read as a date"),
        ("March 2024", "has no day"),
        ("March 7", "has no year"),
        ("Monday", "has no year or month or day"),
        ("2024-03-07T10:00:00 XYZ", "unknown time zone 'XYZ'"),
        ("2024-03-07T10:00:00 IST", "unknown time zone 'IST'"),
        ("1899-12-31", "is before 1900"),
        ("0001-01-01T00:00:00+05:00", "is out of range"),
        ("3024-01-01", "more than 2 days in the future"),
        (10**17, "out of range as an epoch time"),
        (0, "too small to be an epoch time"),
        ("2024", "too small to be an epoch time"),
        (20240307, "too small to be an epoch time"),
        (True, "must be a date string or an epoch number (got boolean)"),
        ({"$date": "2024-03-07"}, "must be a date string or an epoch number (got object)"),
        (["2024-03-07"], "(got array)"),
        ("2024-03-07" * 10, "too long to be a date"),
    ],
)
def test_bad_published_at_is_invalid_and_named(value: object, fragment: str) -> None:
    rejection = reject({"url": URL, "text": SECRET, "pubDate": value})

    assert rejection.reason == "invalid"
    assert "'pubDate' (published_at)" in rejection.message
    assert fragment in rejection.message
    assert SECRET not in rejection.message


def test_published_at_may_be_up_to_two_days_ahead() -> None:
    now = datetime(2024, 3, 7, 12, 0, tzinfo=UTC)

    assert parse_published_at("2024-03-09T12:00:00Z", now=now)[0] == now + timedelta(days=2)
    with pytest.raises(ValueError, match="more than 2 days in the future"):
        parse_published_at("2024-03-09T12:00:01Z", now=now)


def test_published_at_is_checked_against_the_real_clock() -> None:
    soon = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    later = (datetime.now(UTC) + timedelta(days=3)).isoformat()

    assert parse({"url": URL, "text": TEXT_EN, "date": soon}).published_at is not None
    assert reject({"url": URL, "text": TEXT_EN, "date": later}).reason == "invalid"


# --- article ids -----------------------------------------------------------------------------

SAME_ARTICLE = [
    "https://www.example.com/news/a",
    "http://www.example.com/news/a",
    "HTTPS://WWW.EXAMPLE.COM/news/a",
    "https://www.example.com/news/a/",
    "https://www.example.com/news/a//",
    "https://www.example.com/news/a#comments",
    "https://www.example.com/news/a?utm_source=twitter&utm_medium=social&UTM_Campaign=x",
    "https://www.example.com/news/a?fbclid=IwAR0&gclid=Cj0&mc_cid=1a&mc_eid=2b",
    "https://www.example.com:443/news/a",
    "http://www.example.com:80/news/a",
    "https://user:pass@www.example.com/news/a",
    "https://www.example.com./news/a",
    "  https://www.example.com/news/a\n",
]


@pytest.mark.parametrize("url", SAME_ARTICLE)
def test_url_variants_share_one_article_id(url: str) -> None:
    assert (
        parse({"url": url, "text": TEXT_EN}).article_id
        == parse(
            {"url": SAME_ARTICLE[0], "text": "another text altogether, same article"}
        ).article_id
    )


def test_query_parameter_order_does_not_matter() -> None:
    first = parse({"url": "https://example.com/a?b=2&a=1&utm_term=x", "text": TEXT_EN})
    second = parse({"url": "https://example.com/a?a=1&b=2", "text": TEXT_EN})

    assert first.article_id == second.article_id


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/a",  # the host is kept as is: no "www." is not the same host
        "https://www.example.com/news/b",
        "https://www.example.com/News/A",
        "https://www.example.com/news/a?id=2",
        "https://www.example.com/news/a?page=2",
        "https://www.example.org/news/a",
        "https://www.example.com:8443/news/a",
    ],
)
def test_different_articles_get_different_ids(url: str) -> None:
    assert (
        parse({"url": url, "text": TEXT_EN}).article_id
        != parse({"url": SAME_ARTICLE[0], "text": TEXT_EN}).article_id
    )


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTP://WWW.Example.COM/News/A/?b=2&a=1#top", "https://www.example.com/News/A?a=1&b=2"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/", "https://example.com/"),
        ("https://example.com/?utm_source=x", "https://example.com/"),
        ("https://example.com/a?q=caf%C3%A9&flag", "https://example.com/a?flag&q=caf%C3%A9"),
        ("https://example.com/a?x=1&&y=2&", "https://example.com/a?x=1&y=2"),
        ("http://[2001:DB8::1]:8080/a", "https://[2001:db8::1]:8080/a"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_without_url_the_id_comes_from_the_content() -> None:
    article = parse({"id": 7, "title": " Budget ", "text": TEXT_EN})

    assert article.article_id == stable_id("content", "Budget", TEXT_EN)
    assert article.external_id == "7"
    assert article.url is None
    assert parse({"id": 8, "title": "Budget", "text": TEXT_EN}).article_id == article.article_id
    assert parse({"id": 7, "title": "Budget", "text": TEXT_DE}).article_id != article.article_id
    assert parse({"id": 7, "title": "Other", "text": TEXT_EN}).article_id != article.article_id


def test_the_same_message_always_gets_the_same_id() -> None:
    assert parse(NEWS_PLEASE) == parse(NEWS_PLEASE)


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        TEXT_EN,
        f"  \n{TEXT_EN}\n\n  ",
        TEXT_EN.replace(". ", ".\r\n"),
        f"before\x00after — {TEXT_EN}",
        f"{TEXT_EN} 🗳️👍🏽 e\u0301 ﬁ",
        "המועצה אישרה את התקציב",  # right-to-left
        "zero\u200bwidth\u00a0and\ttabs\u2028line",
        "<p>text that looks like HTML stays text</p>",
        "x",
    ],
)
def test_given_text_is_kept_exactly(text: str) -> None:
    article = parse({"url": URL, "text": text, "html": "<p>ignored when text is given</p>"})

    assert article.text == text
    assert article.text.encode("utf-8") == text.encode("utf-8")


def test_text_is_kept_exactly_through_the_json_bytes() -> None:
    payload = (
        b'{"url": "https://example.com/a", "text": "\\u0000 caf\\u00e9\\r\\n \xf0\x9f\x93\xb0 "}'
    )

    assert parse(payload).text == "\x00 café\r\n 📰 "


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("", True),
        (" \t\r\n\u00a0\u2003\u3000", True),
        ("\u200b\u200c\u200d\u2060\ufeff\x00\x1f", True),
        (".", False),
        ("\x00a", False),
        ("é", False),
    ],
)
def test_is_blank(text: str, blank: bool) -> None:
    assert is_blank(text) is blank


# --- language --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "text", "expected"),
    [
        ("en", TEXT_DE, "en"),  # a given language is trusted
        ("EN", TEXT_EN, "en"),
        ("en-US", TEXT_EN, "en"),
        ("pt_BR", TEXT_EN, "pt"),
        (" de ", TEXT_EN, "de"),
        (None, TEXT_EN, "en"),
        (None, TEXT_DE, "de"),
        (None, TEXT_FR, "fr"),
        ("english", TEXT_FR, "fr"),  # not an ISO 639-1 tag: detected instead
        ("eng", TEXT_DE, "de"),
        (None, "Short text.", None),
        (None, "1234567890 1234567890 1234567890 !!!", None),
    ],
)
def test_language(given: str | None, text: str, expected: str | None) -> None:
    message = {"url": URL, "text": text} | ({"language": given} if given is not None else {})

    assert parse(message).language == expected


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("zh-Hant-TW", "zh"),
        ("eng", None),
        ("e", None),
        ("12", None),
    ],
)
def test_normalize_language(tag: str, code: str | None) -> None:
    assert normalize_language(tag) == code


def test_language_detection_reads_only_the_start() -> None:
    assert detect_language(TEXT_DE * 15 + " " + TEXT_EN * 200) == "de"
    assert detect_language(TEXT_DE + " " + TEXT_EN * 200) == "en"


def test_language_detection_returns_iso_639_1_codes() -> None:
    cantonese = "佢哋話今日會落雨，所以我哋留喺屋企睇電視同埋食飯。佢哋話今日會落雨。"

    assert detect_language(cantonese) == "zh"
    assert detect_language("x" * 40) is None


# --- html ------------------------------------------------------------------------------------

ARTICLE_HTML = f"""<html><head><title>Council votes on budget</title></head><body>
<nav><a href="/">Home</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Council votes on budget</h1><p>{TEXT_EN}</p>
<p>Critics said it was too expensive for residents.</p></article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_is_extracted_when_no_text_is_given() -> None:
    article = parse({"url": URL, "html": ARTICLE_HTML})

    assert TEXT_EN in article.text
    assert "Critics said it was too expensive" in article.text
    assert "Subscribe now" not in article.text
    assert "<p>" not in article.text
    assert article.language == "en"


@pytest.mark.parametrize("failure", ["returns nothing", "raises"])
def test_html_falls_back_to_stripping_tags(monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    def extract(*args: object, **kwargs: object) -> str | None:
        if failure == "raises":
            raise ValueError("broken tree")
        return None

    monkeypatch.setattr(trafilatura, "extract", extract)
    html = (
        "<div><p>Hello &amp; welcome</p><script>alert(1)</script>"
        "<style>p{}</style><p>to the  news</p></div>"
    )

    assert parse({"url": URL, "html": html}).text == "Hello & welcome to the news"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>The council voted\x00 on the budget on Thursday night.</p></body></html>",
        "<p>The council voted\x00 on the budget on Thursday night.</p>",
    ],
)
def test_html_with_nul_bytes_still_gives_text(html: str) -> None:
    text = parse({"url": URL, "html": html}).text

    assert text.startswith("The council voted")
    assert text.endswith("on the budget on Thursday night.")


def test_unbalanced_html_is_stripped_without_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)

    assert parse({"url": URL, "html": "<p>Open <b>tags</i> <![if x]> end"}).text.startswith(
        "Open tags"
    )


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe; John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe;John Smith;", ["Jane Doe", "John Smith"]),
        ("Jane Doe, John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe, John Smith and Ann Lee", ["Jane Doe", "John Smith", "Ann Lee"]),
        ("Jane Doe & John Smith", ["Jane Doe", "John Smith"]),
        ("Smith, John", ["Smith, John"]),  # "Last, First" cannot be told from two names: kept
        ("Smith, John; Lee, Ann", ["Smith, John", "Lee, Ann"]),
        ("Jane Doe, Reuters", ["Jane Doe, Reuters"]),
        ("Procter & Gamble staff", ["Procter & Gamble staff"]),
        ("  ;  ", []),
    ],
)
def test_split_authors(value: str, expected: list[str]) -> None:
    assert split_authors(value) == expected


# --- payload_for_record ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b'{"text": "caf\xc3\xa9"}', ('{"text": "café"}', "utf-8")),
        (b"", ("", "utf-8")),
        (b"\x00 not json", ("\x00 not json", "utf-8")),
        (b"\xff\xfe\x00", ("//4A", "base64")),
        (b"\xed\xa0\x80", ("7aCA", "base64")),  # an encoded surrogate is not valid UTF-8
    ],
)
def test_payload_for_record(payload: bytes, expected: tuple[str, str]) -> None:
    assert payload_for_record(payload) == expected


@given(st.binary())
def test_payload_for_record_round_trips(payload: bytes) -> None:
    text, encoding = payload_for_record(payload)

    restored = text.encode("utf-8") if encoding == "utf-8" else base64.b64decode(text)
    assert restored == payload


# --- properties ------------------------------------------------------------------------------

KNOWN_KEYS = sorted({key for keys in FIELD_ALIASES.values() for key in keys})
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
plausible_values = st.sampled_from(
    [
        URL,
        "http://[::1",
        "https://example.com:0/a?utm_x=1",
        "2024-03-07T22:30:00-05:00",
        "March 7, 2024 9:30 AM EST",
        "Mar 7",
        "9999-12-31T23:59:59-23:59",
        1709850600123,
        -(2**63),
        TEXT_EN,
        "   ",
        "\x00",
        "<html><body><p>Hello there, reader.</p></body></html>",
        "<![if x]>",
        "en-US",
        "Jane Doe, John Smith",
        ["Jane Doe", "John Smith"],
    ]
)
article_objects = st.dictionaries(
    st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), plausible_values | json_values, max_size=8
)
payloads = st.one_of(
    st.binary(max_size=400),
    json_values.map(orjson.dumps),
    article_objects.map(orjson.dumps),
    article_objects.map(lambda obj: orjson.dumps({"url": URL, "text": TEXT_EN} | obj)),
)


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    payload=payloads,
    max_bytes=st.just(MAX_BYTES) | st.integers(1, 2_000),
    max_chars=st.just(MAX_CHARS) | st.integers(1, 300),
)
def test_any_input_gives_an_article_or_a_rejection(
    payload: bytes, max_bytes: int, max_chars: int
) -> None:
    try:
        article = parse_article(payload, max_message_bytes=max_bytes, max_text_chars=max_chars)
    except Rejection as rejection:
        assert rejection.reason in get_args(RejectReason)
        assert rejection.message
    else:
        assert not is_blank(article.text)
        assert len(article.text) <= max_chars
        assert article.published_at is None or article.published_at.utcoffset() == timedelta(0)
        orjson.dumps(article.model_dump(mode="json"))


@settings(deadline=None)
@given(st.text(min_size=1).filter(lambda text: not is_blank(text)))
def test_any_visible_text_is_emitted_unchanged(text: str) -> None:
    assert parse({"url": URL, "text": text}).text == text
