"""Many small, distinct, realistic articles for the delivery tests."""

from __future__ import annotations

import json

TOWNS = ("Leeds", "Nairobi", "Lyon", "Osaka", "Denver", "Porto", "Gdansk", "Cork")
PEOPLE = ("Ann Cole", "Tomas Rivera", "Grace Mwangi", "Yuki Sato", "Pierre Lenoir", "Ines Costa")
TOPICS = ("the bus depot", "the flood defences", "a new library", "the harbour bridge")


def article(n: int, run: str) -> bytes:
    town = TOWNS[n % len(TOWNS)]
    person = PEOPLE[n % len(PEOPLE)]
    topic = TOPICS[n % len(TOPICS)]
    surname = person.split()[-1]
    text = (
        f"{town} council voted on Tuesday to fund {topic}, item {n} on its list.\n"
        f"“This has taken too long,” said {person}, who chairs the works committee. "
        f"“We start in March.”\n{surname} said the plan would be reviewed next year."
    )
    return json.dumps(
        {
            "url": f"https://news.example/{run}/{n}",
            "title": f"{town} funds {topic} ({n})",
            "published_at": "2024-05-08T10:00:00+01:00",
            "text": text,
        },
        ensure_ascii=False,
    ).encode()


def articles(count: int, run: str) -> list[bytes]:
    return [article(n, run) for n in range(count)]
