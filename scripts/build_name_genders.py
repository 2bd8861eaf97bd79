"""Write service/extract/data/name_genders.txt.gz, given names of one gender.

From the name data of nomquamgender (Ian Van Buskirk, MIT licence), which pools
many sources of names (up to 35 for one name) with the share of women among each
name's bearers. Kept: names that at least three sources attest, borne at least 15
times, and borne by women at most 3% or at least 97% of the time; the rest (Jean,
Andrea, Kim, Jordan) tell nothing. The hand lists in name_genders.py come first.
`--check` fails when the committed file is out of date.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from importlib.util import find_spec
from pathlib import Path

from service.extract.data.name_genders import LISTED_GENDERS_FILE

_SOURCES = 3
_BEARERS = 15
_SHARE = 0.03
_NAME = re.compile(r"[a-z][a-z'-]+")


def _source() -> Path:
    spec = find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: pip install -e '.[dev]'")
    return Path(spec.submodule_search_locations[0]) / "name_data.json"


def listed_genders() -> list[str]:
    """Lines "name f" or "name m", sorted by name."""
    with _source().open(encoding="utf-8") as source:
        data: dict[str, list[float]] = json.load(source)
    lines = []
    for name, (sources, bearers, female_share, *_) in data.items():
        if sources < _SOURCES or bearers < _BEARERS or not _NAME.fullmatch(name):
            continue
        if female_share <= _SHARE:
            lines.append(f"{name} m")
        elif female_share >= 1 - _SHARE:
            lines.append(f"{name} f")
    return sorted(lines)


def main(argv: list[str]) -> int:
    content = ("\n".join(listed_genders()) + "\n").encode("utf-8")
    if "--check" in argv:
        with gzip.open(LISTED_GENDERS_FILE, "rb") as committed:
            if committed.read() != content:
                print(f"{LISTED_GENDERS_FILE} is out of date: run {__file__}", file=sys.stderr)
                return 1
        return 0
    LISTED_GENDERS_FILE.write_bytes(gzip.compress(content, mtime=0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
