"""The hostile corpus: bad, odd and malicious raw messages, and what each must give.

Every case is a name, the raw message value (built here by code; nothing large is
checked in) and the one outcome the service's documented rules give it: a rejection
with a precise reason code, or an enriched article that passes `check`. On top of
its own check, every enriched article must pass `tests.hostile.invariants.assert_sane`
and keep the given text unchanged.

The rules are those of `service/ingest.py` (cheapest check first, one reason per
rejection: too_large -> not_json -> not_object -> invalid -> no_text -> text_too_long)
with the default limits of `service/settings.py` (MAX_MESSAGE_BYTES 2,000,000,
MAX_TEXT_CHARS 200,000).

`storm` marks the 200,000-character runs (the text limit) that prove processing
time stays linear. Offline they run in killable child processes, with spaCy's
statistical components off (their cost is linear in tokens and a benchmark
matter), and must finish well inside a wall-clock bound. Through the worker, with
the full model, a storm may exceed the per-article time budget instead, so there
a `timeout` rejection is its one other exact outcome.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from service.events import EnrichedArticle, RejectReason
from service.ids import stable_id
from service.ingest import canonical_url
from service.settings import Settings
from service.topics import largest_event_bytes

# The documented defaults, whatever the environment of the test run says.
DEFAULTS: Final = Settings.model_construct()
MAX_MESSAGE_BYTES: Final = DEFAULTS.max_message_bytes
MAX_TEXT_CHARS: Final = DEFAULTS.max_text_chars
LARGEST_EVENT_BYTES: Final = largest_event_bytes(DEFAULTS)  # what the producer and topics take
HOST: Final = "https://hostile.example"
STORM_CHARS: Final = 200_000

Check = Callable[[EnrichedArticle], None]


def no_check(article: EnrichedArticle) -> None:
    """Nothing beyond the invariants every enriched article must meet."""


@dataclass(frozen=True)
class Rejected:
    """The message must give exactly one rejection record with this reason."""

    reason: RejectReason


@dataclass(frozen=True)
class Processed:
    """The message must give exactly one enriched article (and its item events)."""

    check: Check = no_check


@dataclass(frozen=True)
class Case:
    name: str
    payload: bytes
    expect: Rejected | Processed
    why: str
    storm: bool = False
    value_none: bool = False  # on Kafka: a record with headers and no value at all
    duplicate_of: str | None = None  # same article: same article_id, identical events
    same_article_as: str | None = None  # same canonical URL, other text: same article_id
    headers: tuple[tuple[str, bytes], ...] = ()

    @property
    def reason(self) -> RejectReason | None:
        return self.expect.reason if isinstance(self.expect, Rejected) else None


# --- payload builders ------------------------------------------------------------------------


def url(name: str) -> str:
    return f"{HOST}/{name}"


def article(name: str, text: object = None, **fields: object) -> bytes:
    """A JSON object with the case's own URL; `text` is left out when None."""
    obj: dict[str, object] = {"url": url(name)}
    if text is not None:
        obj["text"] = text
    obj.update(fields)
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def repeat_to(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


PLAIN = "Rain fell on Leeds on Monday, and the council said the roads would reopen on Friday."


def url_id(name: str) -> str:
    return stable_id("url", canonical_url(url(name)))


# --- checks ----------------------------------------------------------------------------------


def language_is(code: str | None) -> Check:
    def check(enriched: EnrichedArticle) -> None:
        assert enriched.language == code, f"language {enriched.language!r}, expected {code!r}"

    return check


def nothing_extracted(enriched: EnrichedArticle) -> None:
    assert not enriched.entities, [e.name for e in enriched.entities]
    assert not enriched.quotes, [q.text for q in enriched.quotes]
    assert not enriched.dates, [d.text for d in enriched.dates]


def all_of(*checks: Check) -> Check:
    def check(enriched: EnrichedArticle) -> None:
        for one in checks:
            one(enriched)

    return check


def id_without_url(enriched: EnrichedArticle) -> None:
    assert enriched.url is None and enriched.source is None
    assert enriched.external_id == "hostile-42"
    assert enriched.article_id == stable_id("content", "", enriched.text)


def html_main_text(enriched: EnrichedArticle) -> None:
    assert "The storm reached the coast of Cornwall on Tuesday night" in enriched.text
    assert "Engineers worked through the night" in enriched.text
    for boilerplate in ("var tracking", "Subscribe to our newsletter", "Copyright"):
        assert boilerplate not in enriched.text, f"{boilerplate!r} kept from the page"
    assert enriched.language == "en"
    assert enriched.entities, "nothing found in the extracted text"


def published(expected: datetime) -> Check:
    def check(enriched: EnrichedArticle) -> None:
        assert enriched.published_at == expected

    return check


def title_kept(enriched: EnrichedArticle) -> None:
    assert enriched.title == "Sidebar: what happened"


def many_quotes_no_overlap(enriched: EnrichedArticle) -> None:
    # Sanity, not a gold standard: the pairs give quotes (none overlapping: assert_sane),
    # and never more quotes than there are pairs of marks.
    marks = sum(enriched.text.count(mark) for mark in '“”‘’"')
    assert 0 < len(enriched.quotes) <= marks // 2, (len(enriched.quotes), marks)


def one_giant_token(enriched: EnrichedArticle) -> None:
    assert "x" * 100_000 in enriched.text
    assert all(len(m.text) < 1_000 for e in enriched.entities for m in e.mentions)
    assert all(len(d.text) < 1_000 for d in enriched.dates)


def emoji_rtl(enriched: EnrichedArticle) -> None:
    assert enriched.language == "en"
    assert "👩‍👩‍👧‍👦" in enriched.text and "\u202e" in enriched.text
    assert any(d.text == "Monday" for d in enriched.dates), [d.text for d in enriched.dates]


def nul_kept(enriched: EnrichedArticle) -> None:
    assert enriched.text.count("\x00") == 3


# --- the corpus ------------------------------------------------------------------------------

_RANDOM = random.Random(20240307)
BINARY = b"\x89PNG\r\n\x1a\n" + _RANDOM.randbytes(4096)
MESSAGE_20MB = (
    b'{"url": "' + url("message-20mb").encode() + b'", "text": "'
    + b"lorem ipsum " * (20 * 1024 * 1024 // 12)
    + b'"}'
)  # fmt: skip
GERMAN = (
    "Die Bundesregierung hat am Mittwoch in Berlin beschlossen, die Förderung für Windkraft "
    "deutlich zu erhöhen. Kritiker sprechen von einem überfälligen Schritt, die Industrie "
    "begrüßt die Entscheidung."
)
RUSSIAN = (
    "Правительство в среду объявило о новых мерах поддержки сельского хозяйства в нескольких "
    "регионах страны. Эксперты считают, что решение запоздало."
)
JAPANESE = (
    "政府は水曜日、地方の農業を支援するための新たな対策を発表した。専門家はこの決定を歓迎している。"
)
HTML_PAGE = (
    "<!doctype html><html><head><title>Storm hits coast</title>"
    "<script>var tracking = {id: 'ua-1'};</script><style>body{color:red}</style></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
    "<article><h1>Storm hits coast</h1>"
    "<p>The storm reached the coast of Cornwall on Tuesday night, cutting power to thousands "
    "of homes across the county and closing several roads near Truro.</p>"
    "<p>Engineers worked through the night to restore supplies, and most homes had power "
    "again by Wednesday morning, the utility said in a statement.</p>"
    "<p>Forecasters expect calmer weather for the rest of the week across the south west, "
    "although strong winds may return at the weekend.</p></article>"
    "<aside>Subscribe to our newsletter</aside><footer>Copyright 2024 Example News</footer>"
    "</body></html>"
)
EMOJI_RTL = (
    "Fans 🎉🎉 cheered 👩‍👩‍👧‍👦 in Leeds on Monday.\u200b The sign read "
    "\u202eSELAS\u202c and \u05e9\u05dc\u05d5\u05dd / \u0645\u0631\u062d\u0628\u0627 "
    "e\u0301te\u0301 \U0001d54f\ufe0f\u200d. The mayor, Ann Cole, said “it was a great day” "
    "for everyone."
)
QUOTE_THICKET = '“Yes,” she said, “no” and “maybe,” he replied "quite" ‘so’. ' * 500
UNBALANCED = (
    "The minister said “we will never agree to this. She left the room soon after.\n\n"
    'He added "fine and went home. ”Odd‘ closing marks” appear here» too.\n\n'
    "Finally, “one properly closed quote,” said Ann Cole, and then ‘an open one."
)
FUTURE_OK = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)

CASES: Final[list[Case]] = [
    # --- not JSON, or not a JSON object
    Case("empty_message", b"", Rejected("not_json"), "an empty value is not JSON"),
    Case(
        "headers_only_no_value",
        b"",
        Rejected("not_json"),
        "a Kafka record with headers and no value reaches the pipeline as an empty payload",
        value_none=True,
        headers=(("content-type", b"application/json"), ("x-scraper", b"hostile")),
    ),
    Case(
        "invalid_json_truncated",
        article("truncated", PLAIN)[:-15],
        Rejected("not_json"),
        "a JSON object cut off in the middle of its text",
    ),
    Case(
        "json_array",
        b"[" + article("array", PLAIN) + b"]",
        Rejected("not_object"),
        "an article wrapped in an array",
    ),
    Case("json_number", b"42", Rejected("not_object"), "a scalar"),
    Case("json_string", b'"Rain fell on Leeds."', Rejected("not_object"), "a JSON string"),
    Case("json_null", b"null", Rejected("not_object"), "JSON null"),
    Case("binary_data", BINARY, Rejected("not_json"), "a PNG header and random bytes"),
    Case(
        "invalid_utf8",
        article("latin1", "PLACEHOLDER").replace(b"PLACEHOLDER", b"caf\xe9 cr\xe8me"),
        Rejected("not_json"),
        "Latin-1 bytes inside an otherwise valid JSON object",
    ),
    Case(
        "lone_surrogate_escape",
        article("surrogate", "PLACEHOLDER").replace(b"PLACEHOLDER", b"a \\ud800 b"),
        Rejected("not_json"),
        "a \\ud800 escape with no low surrogate cannot become text",
    ),
    Case(
        "nan_literal",
        article("nan", PLAIN)[:-1] + b', "published_at": NaN}',
        Rejected("not_json"),
        "NaN is not JSON",
    ),
    Case(
        "raw_nul_bytes",
        article("raw-nul", "PLACEHOLDER").replace(b"PLACEHOLDER", b"before\x00after"),
        Rejected("not_json"),
        "an unescaped control character inside a JSON string",
    ),
    Case(
        "nul_escapes_in_text",
        article("escaped-nul", "Rain\x00 fell\x00 on Leeds on Monday.\x00"),
        Processed(nul_kept),
        "\\u0000 escapes are valid JSON: the text keeps its NULs, offsets count them",
    ),
    Case(
        "deeply_nested_json",
        article("nested", PLAIN)[:-1] + b', "extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        Rejected("not_json"),
        "100,000 nested arrays: over the JSON parser's depth limit, refused without recursion",
    ),
    Case(
        "nested_unknown_field",
        article("nested-ok", PLAIN)[:-1]
        + b', "extra": '
        + b'{"a": [' * 250
        + b"1"
        + b"]}" * 250
        + b"}",
        Processed(),
        "500 levels deep but within the parser's limit, in a field the service ignores",
    ),
    Case(
        "control_bytes_megabyte",
        b"\x01" * 1_000_000,
        Rejected("not_json"),
        "a megabyte of control bytes: under MAX_MESSAGE_BYTES, valid UTF-8, not JSON; its "
        "record carries it as base64, since JSON would escape each byte to six",
    ),
    # --- wrong field types
    Case("text_is_number", article("text-number", 42), Rejected("invalid"), "text: 42"),
    Case("text_is_list", article("text-list", ["a", "b"]), Rejected("invalid"), "text: list"),
    Case(
        "url_is_number",
        json.dumps({"url": 123, "text": PLAIN}).encode(),
        Rejected("invalid"),
        "url: 123",
    ),
    Case(
        "authors_is_object",
        article("authors", PLAIN, authors={"name": "Ann"}),
        Rejected("invalid"),
        "authors: an object",
    ),
    Case(
        "id_is_boolean",
        json.dumps({"id": True, "text": PLAIN}).encode(),
        Rejected("invalid"),
        "id: true (strict: a boolean is not an integer)",
    ),
    # --- no text
    Case("missing_text", article("missing-text"), Rejected("no_text"), "no text field at all"),
    Case("empty_text", article("empty-text", ""), Rejected("no_text"), 'text: ""'),
    Case(
        "whitespace_only_text",
        article("whitespace", " \t\n\r\u00a0\u2003\u3000 \n"),
        Rejected("no_text"),
        "whitespace of every kind, nothing visible",
    ),
    Case(
        "zero_width_only_text",
        article("zero-width", "\u200b\u200c\u200d\u2060\ufeff\u00ad"),
        Rejected("no_text"),
        "format characters only: nothing visible",
    ),
    Case(
        "title_only",
        article("title-only", title="Sidebar: what happened"),
        Rejected("no_text"),
        "a title is not text",
    ),
    Case(
        "html_without_visible_text",
        article("html-invisible", html="<html><head><script>var x = 1;</script></head></html>"),
        Rejected("no_text"),
        "only a script: nothing to extract",
    ),
    # --- limits
    Case(
        "message_20mb",
        MESSAGE_20MB,
        Rejected("too_large"),
        "20 MB: refused by size before any parsing; the record keeps the first 2 MB",
    ),
    Case(
        "text_over_limit",
        article("text-over-limit", repeat_to("word ", MAX_TEXT_CHARS + 1)),
        Rejected("text_too_long"),
        "one character over MAX_TEXT_CHARS, in a message well under MAX_MESSAGE_BYTES",
    ),
    Case(
        "oversized_enriched_event",
        article("oversized-event", repeat_to("1990s ", 60_000), title="x" * 1_800_000),
        Rejected("too_large"),
        "a 1.8 MB title and 10,000 date expressions: its enriched event (about 3.4 MB) is over "
        "the largest event the topics take, so a rejection record is the one outcome that "
        "loses nothing",
    ),
    # --- url and id
    Case(
        "id_without_url",
        json.dumps({"id": "hostile-42", "text": PLAIN}).encode(),
        Processed(id_without_url),
        "an id is enough; the article id then derives from the content",
    ),
    Case(
        "url_without_scheme",
        json.dumps({"url": "hostile.example/no-scheme", "text": PLAIN}).encode(),
        Rejected("invalid"),
        "not an absolute http(s) URL",
    ),
    Case(
        "javascript_url",
        json.dumps({"url": "javascript:alert(1)", "text": PLAIN}).encode(),
        Rejected("invalid"),
        "not an http(s) URL",
    ),
    Case(
        "url_port_out_of_range",
        json.dumps({"url": "https://hostile.example:99999/x", "text": PLAIN}).encode(),
        Rejected("invalid"),
        "an unparseable port",
    ),
    # --- published_at
    Case(
        "published_before_1900",
        article("before-1900", PLAIN, published_at="0001-01-01"),
        Rejected("invalid"),
        "before 1900",
    ),
    Case(
        "published_far_future",
        article("far-future", PLAIN, published_at="2999-01-01T00:00:00Z"),
        Rejected("invalid"),
        "more than 2 days after now",
    ),
    Case(
        "published_tomorrow",
        article("tomorrow", PLAIN, published_at=FUTURE_OK.isoformat()),
        Processed(published(FUTURE_OK)),
        "one day ahead is within the 2-day tolerance (time zones, clock skew)",
    ),
    Case(
        "published_unparseable",
        article("unparseable-date", PLAIN, published_at="the day after the war"),
        Rejected("invalid"),
        "not a date",
    ),
    Case(
        "published_impossible_date",
        article("feb-30", PLAIN, published_at="2024-02-30"),
        Rejected("invalid"),
        "February 30",
    ),
    Case(
        "published_epoch_overflow",
        article("epoch-overflow", PLAIN, published_at=1e20),
        Rejected("invalid"),
        "an epoch number no calendar can hold",
    ),
    Case(
        "published_year_as_number",
        article("year-number", PLAIN, published_at=2024),
        Rejected("invalid"),
        "2024 is a year, not an epoch time: refused as ambiguous",
    ),
    Case(
        "published_unknown_zone",
        article("unknown-zone", PLAIN, published_at="7 March 2024 10:00 IST"),
        Rejected("invalid"),
        "IST is India, Ireland or Israel: refused rather than guessed",
    ),
    Case(
        "published_missing_day",
        article("missing-day", PLAIN, published_at="March 2024"),
        Rejected("invalid"),
        "no day: the anchor for relative dates would be invented",
    ),
    # --- text that is odd but fine
    Case(
        "thousands_of_quote_marks",
        article("quote-thicket", QUOTE_THICKET),
        Processed(many_quotes_no_overlap),
        "7,000 quote marks of four kinds, in pairs",
    ),
    Case(
        "unbalanced_quotes",
        article("unbalanced", UNBALANCED),
        Processed(),
        "marks that never close, close without opening, or close the wrong kind",
    ),
    Case(
        "long_token_100k",
        article("long-token", "It began in Leeds. " + "x" * 100_000 + " It ended there."),
        Processed(one_giant_token),
        "a 100,000-character word",
    ),
    Case(
        "non_english_german",
        article("german", GERMAN),
        Processed(language_is("de")),
        "processed; the language is detected and recorded",
    ),
    Case(
        "non_english_russian",
        article("russian", RUSSIAN),
        Processed(language_is("ru")),
        "Cyrillic",
    ),
    Case(
        "non_english_japanese",
        article("japanese", JAPANESE),
        Processed(language_is("ja")),
        "no spaces between words",
    ),
    Case(
        "html_only_article",
        article("html-only", html=HTML_PAGE),
        Processed(html_main_text),
        "no text: the main text is extracted from the page, navigation and footer dropped",
    ),
    Case(
        "emoji_rtl_zero_width",
        article("emoji-rtl", EMOJI_RTL),
        Processed(emoji_rtl),
        "emoji ZWJ sequences, RTL override, Hebrew, Arabic, combining marks, astral letters",
    ),
    Case(
        "punctuation_only",
        article("punctuation", "?!… ,;: — «» ¿¡ *** ... --- !!! ??? ,,, ;;;"),
        Processed(all_of(language_is(None), nothing_extracted)),
        "visible, so not no_text; nothing to find and no language",
    ),
    Case(
        "byte_order_mark",
        b"\xef\xbb\xbf" + article("bom", PLAIN),
        Processed(language_is("en")),
        "a leading UTF-8 BOM is tolerated",
    ),
    Case(
        "title_with_html_fallback",
        article("title-html", title="Sidebar: what happened", html=HTML_PAGE),
        Processed(title_kept),
        "title and html, no text",
    ),
    # --- duplicates
    Case("duplicate_first", article("duplicate", PLAIN), Processed(), "an article"),
    Case(
        "duplicate_second",
        article("duplicate", PLAIN),
        Processed(),
        "the same bytes again: same article id, byte-identical events",
        duplicate_of="duplicate_first",
    ),
    Case(
        "duplicate_url_variant",
        json.dumps(
            {
                "url": "HTTP://Hostile.Example:443/duplicate/?utm_source=feed#comments",
                "text": PLAIN + " More later.",
            }
        ).encode(),
        Processed(),
        "the same canonical URL, written differently: the same article id",
        same_article_as="duplicate_first",
    ),
    # --- storms: 200,000 characters each, the text limit, must be processed in linear time
    Case(
        "storm_quote_marks",
        article("storm-quotes", '"' * STORM_CHARS),
        Processed(nothing_extracted),
        "200,000 straight quote marks, no spaces",
        storm=True,
    ),
    Case(
        "storm_apostrophes",
        article("storm-apostrophes", "'" * STORM_CHARS),
        Processed(),
        "200,000 apostrophes, no spaces",
        storm=True,
    ),
    Case(
        "storm_digits",
        article("storm-digits", "7" * STORM_CHARS),
        Processed(),
        "200,000 digits: one number",
        storm=True,
    ),
    Case(
        "storm_the_last",
        article("storm-the-last", repeat_to("the last ", STORM_CHARS)),
        Processed(),
        '"the last " 22,223 times: every date rule\'s lead-in, never a date',
        storm=True,
    ),
    Case(
        "storm_commas",
        article("storm-commas", "," * STORM_CHARS),
        Processed(nothing_extracted),
        "200,000 commas, no spaces",
        storm=True,
    ),
]

BY_NAME: Final[dict[str, Case]] = {case.name: case for case in CASES}


def given_text(case: Case) -> str | None:
    """The text the payload gives in `text`, which the enriched event must keep unchanged."""
    try:
        obj: Any = json.loads(case.payload.removeprefix(b"\xef\xbb\xbf"))
    except ValueError:
        return None
    text = obj.get("text") if isinstance(obj, dict) else None
    return text if isinstance(text, str) else None
