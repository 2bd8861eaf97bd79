"""Turn one raw Kafka message value into a validated, normalized Article, or a precise Rejection.

Checks run cheapest first and stop at the first failure, so every rejection has one reason:
too_large -> not_json -> not_object -> invalid -> no_text -> text_too_long.

Scrapers are taken as they are: news-please (`maintext`, `date_publish`, `source_domain`),
trafilatura (`author` "A; B", `date`, `hostname`, and `source` holding the page URL) and plain
JSON all work. For every field the first alias holding a non-blank value wins; blank strings
count as missing. Unknown fields are ignored. A leading UTF-8 byte order mark is tolerated.

Given text is emitted exactly as sent; `html` is only used when no text is given. Text with
nothing visible in it (whitespace, control and zero-width characters only) is no_text.

`published_at` rules (the anchor for relative dates downstream, so a wrong value is rejected
rather than guessed):
- ISO 8601 with or without time, offset or 'Z'; "20240307" (8 digits) is a compact ISO date.
- Other numbers, or numeric strings, are Unix epoch times: seconds, or milliseconds when the
  magnitude is at least 1e11 (as seconds that would be the year 5138; as ms it is 1973).
  Magnitudes under 1e8 are refused as ambiguous (a year like 2024, 20240307 as a number, 0).
- Anything else goes to dateutil (RFC 2822, "March 7, 2024 9:30 AM", ...). Slashed dates are
  read month first, as dateutil does: "07/03/2024" is July 3. US and European zone
  abbreviations (EST, PDT, CET, ...) are known; "CST" is US Central. An unknown zone name, or a
  value missing its year, month or day, is rejected.
- Naive times are taken as UTC. `published_at` is emitted in UTC; `published_date` is the
  calendar date in the offset the article was written with (UTC for naive or epoch values).
- Unparseable values, values before 1900 and values more than 2 days after now -> invalid.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from html.parser import HTMLParser
from typing import Any, Final, Literal
from urllib.parse import unquote, urlsplit, urlunsplit

import orjson
import py3langid
import trafilatura
from dateutil import parser as date_parser
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from service.events import RejectReason
from service.ids import stable_id

FIELD_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "url": ("url",),
    "id": ("id",),
    "title": ("title",),
    "text": ("text", "body", "content", "maintext"),
    "html": ("html",),
    "published_at": ("published_at", "date_publish", "date", "published", "pubDate"),
    "source": ("source", "source_domain", "hostname"),
    "authors": ("authors", "author"),
    "language": ("language",),
}
_TEXT_KEYS: Final = FIELD_ALIASES["text"]

_EXPECTED_TYPE: Final[dict[str, str]] = {
    "url": "a string",
    "id": "a string or an integer",
    "title": "a string",
    "text": "a string",
    "html": "a string",
    "source": "a string",
    "authors": "a list of strings or a string",
    "language": "a string",
}

_TRACKING_PARAMS: Final = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid"})
_DEFAULT_PORTS: Final = frozenset({80, 443})  # http and https count as the same site

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_MS_THRESHOLD: Final = 100_000_000_000
_EPOCH_MIN_MAGNITUDE: Final = 100_000_000
_EARLIEST: Final = datetime(1900, 1, 1, tzinfo=UTC)
_FUTURE_TOLERANCE: Final = timedelta(days=2)
_MAX_DATE_CHARS: Final = 64
_NUMERIC: Final = re.compile(r"[+-]?\d+(?:\.\d+)?")
_COMPACT_DATE: Final = re.compile(r"\d{8}")
# Two defaults differing in year, month and day reveal which parts dateutil had to invent.
_PROBE_DEFAULTS: Final = (datetime(2000, 1, 1), datetime(2004, 3, 2))
_ZONE_HOURS: Final[dict[str, float]] = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "CEST": 2, "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
    "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip

_LANGUAGE_TAG: Final = re.compile(r"([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]{1,8})*")
_LANGUAGE_SAMPLE_CHARS: Final = 2000
_LANGUAGE_MIN_LETTERS: Final = 20
_NO_LANGUAGE: Final = "zxx"

_AUTHOR_SEPARATOR: Final = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.IGNORECASE)


class Rejection(Exception):
    """Why a message cannot become an Article; `message` never quotes the article text."""

    def __init__(
        self, reason: RejectReason, message: str, *, article_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.reason: RejectReason = reason
        self.message = message
        self.article_id = article_id  # known for no_text/text_too_long when derivable

    def __reduce__(self) -> tuple[type[Rejection], tuple[RejectReason, str], dict[str, Any]]:
        """Survive pickling (e.g. across a process pool) despite the keyword-only argument."""
        return type(self), (self.reason, self.message), {"article_id": self.article_id}


class Article(BaseModel):
    """One validated article, normalized; `text` is exactly what the scraper sent."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article_id: str
    external_id: str | None
    url: str | None
    source: str | None
    title: str | None
    text: str
    language: str | None
    authors: list[str]
    published_at: AwareDatetime | None
    published_date: date | None


def parse_article(payload: bytes, *, max_message_bytes: int, max_text_chars: int) -> Article:
    """Parse, validate and normalize one message value; raise Rejection when it can't be."""
    _check_size(payload, max_message_bytes)
    fields, origin = resolve_aliases(_load_object(payload))
    raw = _validate(fields, origin, now=datetime.now(UTC))
    url_id = stable_id("url", canonical_url(raw.url)) if raw.url is not None else None
    text = _article_text(raw, url_id)
    title = raw.title.strip() if raw.title is not None else None
    article_id = url_id or stable_id("content", title or "", text)
    _check_length(text, max_text_chars, article_id)
    return _build_article(raw, article_id=article_id, title=title, text=text)


def _build_article(raw: _RawArticle, *, article_id: str, title: str | None, text: str) -> Article:
    return Article(
        article_id=article_id,
        external_id=None if raw.id is None else str(raw.id),
        url=raw.url,
        source=_source(raw.source, raw.url),
        title=title,
        text=text,
        language=_language(raw.language, text),
        authors=_authors(raw.authors),
        published_at=raw.published_at.utc if raw.published_at else None,
        published_date=raw.published_at.local_date if raw.published_at else None,
    )


def payload_for_record(payload: bytes) -> tuple[str, Literal["utf-8", "base64"]]:
    """The original payload unchanged, in a form a JSON record can carry."""
    try:
        return payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(payload).decode("ascii"), "base64"


# --- bytes to a JSON object ------------------------------------------------------------------


def _check_size(payload: bytes, max_message_bytes: int) -> None:
    """Refuse oversized messages before spending any time parsing them."""
    if len(payload) > max_message_bytes:
        raise Rejection(
            "too_large",
            f"message is {len(payload)} bytes, over the limit of {max_message_bytes} bytes",
        )


def _load_object(payload: bytes) -> dict[str, Any]:
    """Decode the JSON and insist on an object; a leading UTF-8 BOM is tolerated."""
    if not payload:
        raise Rejection("not_json", "message is empty, not JSON")
    try:
        value = orjson.loads(payload.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise Rejection("not_json", _not_json_message(payload, exc)) from None
    if not isinstance(value, dict):
        raise Rejection("not_object", f"message is a JSON {json_type(value)}, not a JSON object")
    return value


def _not_json_message(payload: bytes, exc: orjson.JSONDecodeError) -> str:
    """Say whether the bytes are not UTF-8 at all or just not valid JSON."""
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError as decode_error:
        return f"message is not valid UTF-8 ({decode_error.reason} at byte {decode_error.start})"
    return f"message is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        odd = next((item for item in value if not isinstance(item, str)), "")
        return f"array containing {json_type(odd)}" if odd != "" else "array"
    return "object"


# --- aliases ---------------------------------------------------------------------------------


def resolve_aliases(obj: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Map scraper field names to ours; also return which raw key each value came from."""
    fields: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for field, keys in FIELD_ALIASES.items():
        for key in keys:
            value = obj.get(key)
            if _is_missing(value) or (field == "source" and _is_http_url(value)):
                continue  # trafilatura puts the page URL in `source`
            fields[field], origin[field] = value, key
            break
    if "url" not in fields and _is_http_url(obj.get("source")):
        fields["url"], origin["url"] = obj["source"], "source"
    return fields, origin


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, str) and is_blank(value))


def _is_http_url(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def is_blank(text: str) -> bool:
    """True when nothing visible is left: whitespace, control and format characters only."""
    stripped = text.strip()
    return not any(unicodedata.category(char)[0] not in "CZ" for char in stripped)


# --- validation ------------------------------------------------------------------------------


class _PublishedAt(BaseModel):
    model_config = ConfigDict(frozen=True)

    utc: AwareDatetime
    local_date: date


class _RawArticle(BaseModel):
    """The shape an article must have once aliases are resolved; strict, so no silent coercion."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    url: str | None = None
    id: str | int | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    published_at: _PublishedAt | None = None
    source: str | None = None
    authors: list[str] | str | None = None
    language: str | None = None

    @field_validator("url")
    @classmethod
    def _url_is_absolute_http(cls, value: str | None) -> str | None:
        if value is None:
            return None
        canonical_url(value)  # raises ValueError with the reason
        return value.strip()

    @field_validator("published_at", mode="before")
    @classmethod
    def _parse_published_at(cls, value: object, info: ValidationInfo) -> _PublishedAt | None:
        if value is None:
            return None
        now = info.context["now"] if info.context else datetime.now(UTC)
        utc, local_date = parse_published_at(value, now=now)
        return _PublishedAt(utc=utc, local_date=local_date)

    @model_validator(mode="after")
    def _has_url_or_id(self) -> _RawArticle:
        if self.url is None and self.id is None:
            raise ValueError("needs a 'url' or an 'id', and neither was given")
        return self


def _validate(fields: dict[str, Any], origin: dict[str, str], *, now: datetime) -> _RawArticle:
    """Validate the resolved fields, turning pydantic's errors into one readable message."""
    try:
        return _RawArticle.model_validate(fields, context={"now": now})
    except ValidationError as exc:
        raise Rejection("invalid", _invalid_message(exc, fields, origin)) from None


def _invalid_message(exc: ValidationError, fields: dict[str, Any], origin: dict[str, str]) -> str:
    """One problem per field, naming the key the scraper used; never echoes article text."""
    problems: dict[str, str] = {}
    for error in exc.errors(include_url=False, include_input=False):
        field = str(error["loc"][0]) if error["loc"] else ""
        if error["type"] == "value_error":
            reason = str(error.get("ctx", {}).get("error", error["msg"]))
            problems[field] = f"{_label(field, origin)} {reason}" if field else reason
        elif field not in problems:
            got = json_type(fields.get(field))
            problems[field] = f"{_label(field, origin)} must be {_EXPECTED_TYPE[field]} (got {got})"
    return "invalid article: " + "; ".join(problems.values())


def _label(field: str, origin: dict[str, str]) -> str:
    key = origin.get(field, field)
    return f"'{field}'" if key == field else f"'{key}' ({field})"


# --- URL -------------------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """The form of a URL used for the article id, so trivially different links give one id.

    Scheme and host are lowercased and http means https; userinfo, default ports, the
    fragment, tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid) and a trailing slash
    (except the root) are dropped; the remaining query parameters are sorted, kept as written.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"is not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("is not an absolute http(s) URL")
    host = parts.hostname.rstrip(".")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port not in _DEFAULT_PORTS:
        netloc = f"{netloc}:{port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", netloc, path, _canonical_query(parts.query), ""))


def _canonical_query(query: str) -> str:
    """Sorted parameters without trackers; left encoded as written, so nothing is lost."""
    params = [param for param in query.split("&") if param and not _is_tracking(param)]
    return "&".join(sorted(params))


def _is_tracking(param: str) -> bool:
    name = unquote(param.split("=", 1)[0]).lower()
    return name.startswith("utm_") or name in _TRACKING_PARAMS


# --- published_at ----------------------------------------------------------------------------


class _UnknownZoneError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def parse_published_at(value: object, *, now: datetime) -> tuple[datetime, date]:
    """The publication instant in UTC and the article's local calendar date.

    Raises ValueError phrased to follow the field name, e.g. "is before 1900".
    """
    written = _to_datetime(value)
    aware = written if written.tzinfo is not None else written.replace(tzinfo=UTC)
    try:
        utc = aware.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"is out of range: {_preview(value)}") from None
    if utc < _EARLIEST:
        raise ValueError(f"is before 1900: {_preview(value)}")
    if utc > now + _FUTURE_TOLERANCE:
        raise ValueError(f"is more than 2 days in the future: {_preview(value)}")
    return utc, aware.date()


def _to_datetime(value: object) -> datetime:
    """The datetime as written: aware when the value carries an offset, else naive."""
    if isinstance(value, str):
        return _from_string(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(value)
    raise ValueError(f"must be a date string or an epoch number (got {json_type(value)})")


def _from_string(value: str) -> datetime:
    text = value.strip()
    if len(text) > _MAX_DATE_CHARS:
        raise ValueError(f"is too long to be a date ({len(text)} characters)")
    if _NUMERIC.fullmatch(text) and not _COMPACT_DATE.fullmatch(text):
        return _from_epoch(float(text) if "." in text else int(text))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return _from_free_text(text)


def _from_epoch(number: float) -> datetime:
    """Seconds or milliseconds since 1970, told apart by magnitude.

    Magnitudes under 1e8 (within three years of 1970) are refused: such a value is far more
    likely a year, a YYYYMMDD number or a 0 meaning "unknown" than a real timestamp.
    """
    if abs(number) < _EPOCH_MIN_MAGNITUDE:
        raise ValueError(f"is too small to be an epoch time: {_preview(number)}")
    try:
        if abs(number) >= _EPOCH_MS_THRESHOLD:
            return _EPOCH + timedelta(milliseconds=number)
        return _EPOCH + timedelta(seconds=number)
    except (OverflowError, ValueError):
        raise ValueError(f"is out of range as an epoch time: {_preview(number)}") from None


def _from_free_text(text: str) -> datetime:
    """dateutil for RFC 2822 and human formats, refusing values it would have to complete."""
    try:
        first, second = (
            date_parser.parse(text, default=default, tzinfos=_zone) for default in _PROBE_DEFAULTS
        )
    except _UnknownZoneError as exc:
        raise ValueError(f"has an unknown time zone {exc.name!r}: {_preview(text)}") from None
    except (ValueError, OverflowError):
        raise ValueError(f"cannot be read as a date: {_preview(text)}") from None
    missing = [
        name
        for name, a, b in (
            ("year", first.year, second.year),
            ("month", first.month, second.month),
            ("day", first.day, second.day),
        )
        if a != b
    ]
    if missing:
        raise ValueError(f"has no {' or '.join(missing)}: {_preview(text)}")
    return first


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil's tzinfos hook: numeric offsets as given, known names, anything else refused."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    hours = _ZONE_HOURS.get(name.upper())
    if hours is None:  # e.g. "IST" (India, Ireland or Israel?): refuse rather than guess
        raise _UnknownZoneError(name)
    return timezone(timedelta(hours=hours))


def _preview(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


# --- text ------------------------------------------------------------------------------------


def _article_text(raw: _RawArticle, url_id: str | None) -> str:
    """The given text unchanged, else text extracted from `html`; no_text when neither."""
    if raw.text is not None:
        return raw.text
    if raw.html is None:
        keys = ", ".join(f"'{key}'" for key in (*_TEXT_KEYS, "html"))
        raise Rejection(
            "no_text", f"article has no text: {keys} are all missing or blank", article_id=url_id
        )
    text = text_from_html(raw.html)
    if is_blank(text):
        keys = ", ".join(f"'{key}'" for key in _TEXT_KEYS)
        raise Rejection(
            "no_text",
            f"no text could be extracted from 'html', and none of {keys} was given",
            article_id=url_id,
        )
    return text


def _check_length(text: str, max_text_chars: int, article_id: str) -> None:
    if len(text) > max_text_chars:
        raise Rejection(
            "text_too_long",
            f"text is {len(text)} characters, over the limit of {max_text_chars}",
            article_id=article_id,
        )


def text_from_html(html: str) -> str:
    """The main text by trafilatura; failing that, all visible text with the tags stripped."""
    extracted = _extract_main_text(html)
    return extracted if not is_blank(extracted) else _strip_tags(html)


def _extract_main_text(html: str) -> str:
    try:
        return trafilatura.extract(html, include_comments=False) or ""
    except Exception:  # a third-party parser on untrusted input: failure means "nothing found"
        return ""


class _TextCollector(HTMLParser):
    """Collects character data outside script, style and similar invisible elements."""

    _INVISIBLE: Final = frozenset({"script", "style", "noscript", "template", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._INVISIBLE:
            self._hidden_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._INVISIBLE and self._hidden_depth:
            self._hidden_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.pieces.append(data)


def _strip_tags(html: str) -> str:
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # html.parser raises AssertionError on some malformed markup
        pass
    return " ".join(" ".join(collector.pieces).split())


# --- the small fields ------------------------------------------------------------------------


def _source(given: str | None, url: str | None) -> str | None:
    """The given source, else the URL's host without "www."."""
    if given is not None:
        return given.strip()
    if url is None:
        return None
    host = (urlsplit(url).hostname or "").rstrip(".")
    return host.removeprefix("www.") or None


def _language(given: str | None, text: str) -> str | None:
    """The given language as an ISO 639-1 code, else detected; an unusable tag is ignored."""
    code = normalize_language(given) if given is not None else None
    return code or detect_language(text)


def normalize_language(tag: str) -> str | None:
    """ "EN", "en-US", "pt_BR" -> "en", "en", "pt"; None for anything not starting with one."""
    match = _LANGUAGE_TAG.fullmatch(tag.strip())
    return match.group(1).lower() if match else None


def detect_language(text: str) -> str | None:
    """py3langid on the first 2000 characters; None with fewer than 20 letters to go on.

    The model also knows a few ISO 639-3 codes ("yue", "arz", ...) and "zxx" (no language);
    to keep `language` ISO 639-1 the best two-letter code is taken ("yue" -> "zh"), and None
    when "zxx" wins.
    """
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < _LANGUAGE_MIN_LETTERS:
        return None
    ranked = [str(language) for language, _score in py3langid.rank(sample)]
    if not ranked or ranked[0] == _NO_LANGUAGE:
        return None
    return next((code for code in ranked if len(code) == 2), None)


def _authors(value: list[str] | str | None) -> list[str]:
    """Authors as a clean list: stripped, blanks and repeats dropped, strings split."""
    names = split_authors(value) if isinstance(value, str) else [v.strip() for v in value or []]
    return list(dict.fromkeys(name for name in names if name))


def split_authors(value: str) -> list[str]:
    """Split "A; B" always, and "A, B" / "A and B" only when every part looks like a full name.

    So "Jane Doe, John Smith" is two authors but "Smith, John" stays one.
    """
    names: list[str] = []
    for part in value.split(";"):
        pieces = [piece.strip() for piece in _AUTHOR_SEPARATOR.split(part.strip())]
        if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
            names.extend(pieces)
        else:
            names.append(part.strip())
    return [name for name in names if name]
