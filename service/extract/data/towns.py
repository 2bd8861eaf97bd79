"""The gazetteer of small places: populated places of 1,000 people or more.

Built from GeoNames by scripts/build_towns.py. Loaded on first use (about 140,000
names), once per process.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

TOWNS_FILE = Path(__file__).with_name("towns.txt.gz")


@functools.cache
def towns() -> frozenset[str]:
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as lines:
        return frozenset(lines.read().split("\n")) - {""}
