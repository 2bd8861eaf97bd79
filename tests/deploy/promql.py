"""The metric names a PromQL expression reads, to check them against a worker's /metrics.

Not a PromQL parser: it drops what cannot hold a metric name (strings, label matchers, range
and subquery brackets, grouping clauses), then keeps the identifiers that are not called as
functions or aggregations and are not keywords. Good enough for the expressions of the rules
and the dashboard, and tested on the shapes they use.
"""

from __future__ import annotations

import re

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^{}]*\}")
_BRACKETS = re.compile(r"\[[^\[\]]*\]")
_GROUPING = re.compile(
    r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", re.IGNORECASE
)
_IDENTIFIER = re.compile(r"(?<![\w:$.])([A-Za-z_:][A-Za-z0-9_:]*)(?![\w:])(?!\s*\()")
_KEYWORDS = frozenset(
    {
        "and",
        "or",
        "unless",
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
        "bool",
        "offset",
        "inf",
        "nan",
        "start",
        "end",
    }
)
# Prometheus's own series, not a target's.
SYNTHETIC = frozenset({"up", "scrape_duration_seconds", "scrape_samples_scraped", "ALERTS"})


def metric_names(expression: str) -> set[str]:
    """Every metric (or recorded series) name the expression selects."""
    text = _STRINGS.sub(" ", expression)
    text = _MATCHERS.sub(" ", text)
    while _BRACKETS.search(text):
        text = _BRACKETS.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    text = re.sub(r"@\s*[\w.()]+", " ", text)  # @ modifiers
    return {name for name in _IDENTIFIER.findall(text) if name.lower() not in _KEYWORDS}
