"""The benchmark corpus: realistic raw news articles of mixed length, built deterministically.

Two sources:

- the team's own annotated articles, `seeds/articles.jsonl` and `corpus/dev/articles.jsonl`
  (never `corpus/test`, the held-out split);
- articles generated here from templates and one seeded `random.Random`: wire-style ledes,
  direct and partial quotes with speakers, reported speech, figures, background paragraphs,
  absolute and relative dates. Lengths are mixed: briefs (~100-200 tokens), standard stories
  (~300-500) and long reads (~700-1,400). Person names are partly drawn from lists and partly
  built from syllables, so a long run keeps meeting words the model has not seen, as a news
  stream does. The raw messages use the field names of the scrapers the service accepts
  (plain, news-please, trafilatura), with and without `language`.

The same seed always gives the same articles (`python -m bench.corpus --check` prints a digest).

    python -m bench.corpus --count 300 --out bench/out/corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEAM_FILES = (ROOT / "seeds" / "articles.jsonl", ROOT / "corpus" / "dev" / "articles.jsonl")
DEFAULT_SEED = 20_240_601
DEFAULT_COUNT = 300

Raw = dict[str, Any]

# --------------------------------------------------------------------------- word pools

FIRST_NAMES = (
    "Maria", "John", "Ana", "David", "Elena", "Michael", "Sofia", "James", "Fatima", "Ahmed",
    "Olga", "Pierre", "Ingrid", "Kenji", "Priya", "Carlos", "Amina", "Thomas", "Lucia", "Omar",
    "Hannah", "Mateo", "Yuki", "Samuel", "Leila", "Daniel", "Chiara", "Viktor", "Grace", "Rafael",
    "Nadia", "Peter", "Aisha", "Henrik", "Mei", "Jorge", "Claire", "Tomasz", "Zanele", "Luca",
    "Sarah", "Ibrahim", "Katarzyna", "Robert", "Ines", "Kwame", "Julia", "Mehmet", "Anna", "Paul",
)  # fmt: skip
LAST_NAMES = (
    "Garcia", "Smith", "Kowalski", "Nakamura", "Okafor", "Rossi", "Dubois", "Johansson", "Silva",
    "Haddad", "Petrov", "Mendes", "Schneider", "Chen", "Novak", "Fernandez", "Brennan", "Kaya",
    "Walsh", "Moreau", "Lindqvist", "Adeyemi", "Horvat", "Tanaka", "Costa", "Weber", "Ivanova",
    "Murphy", "Bakker", "Sato", "Ortega", "Nkosi", "Varga", "Larsen", "Mwangi", "Keller", "Patel",
    "Romano", "Fischer", "Alvarez", "Yilmaz", "Jensen", "Bianchi", "Hughes", "Duarte", "Kim",
)  # fmt: skip
SYLLABLES = (
    "ka", "lo", "mi", "ra", "ven", "tor", "bel", "sun", "dri", "mar", "the", "os", "la", "nik",
    "vo", "han", "sel", "ri", "ta", "gor", "mun", "de", "fa", "zi", "ber", "con", "al", "es",
)  # fmt: skip
PLACES = (
    ("Lisbon", "Portugal"), ("Madrid", "Spain"), ("Brussels", "Belgium"), ("Nairobi", "Kenya"),
    ("Warsaw", "Poland"), ("Jakarta", "Indonesia"), ("Lima", "Peru"), ("Oslo", "Norway"),
    ("Seoul", "South Korea"), ("Ottawa", "Canada"), ("Accra", "Ghana"), ("Manila", "Philippines"),
    ("Athens", "Greece"), ("Santiago", "Chile"), ("Hanoi", "Vietnam"), ("Vienna", "Austria"),
    ("Dublin", "Ireland"), ("Cairo", "Egypt"), ("Canberra", "Australia"), ("Tbilisi", "Georgia"),
    ("Bogota", "Colombia"), ("Helsinki", "Finland"), ("Dhaka", "Bangladesh"), ("Rabat", "Morocco"),
)  # fmt: skip
REGIONS = (
    "the north", "the coastal provinces", "the capital region", "the southern valleys",
    "the eastern border areas", "the river delta", "the industrial belt", "the highlands",
)  # fmt: skip
AGENCIES = ("Atlas Wire", "Meridian News", "Northstar Press", "Compass Newswire", "Harbor Report")
ORG_STEMS = (
    "Green", "National", "United", "Pacific", "Atlantic", "Central", "Northern", "Coastal",
    "Federal", "Metropolitan", "Continental", "Royal", "Civic", "Alpine", "Delta", "Summit",
)  # fmt: skip
ORG_KINDS = (
    "Energy", "Rail", "Bank", "Telecom", "Logistics", "Pharmaceuticals", "Steel", "Water",
    "Airlines", "Insurance", "Foods", "Motors", "Mining", "Shipping", "Software", "Grid",
)  # fmt: skip
ORG_SUFFIXES = ("Group", "Holdings", "Corp", "Company", "Ltd", "Partners", "Association")
INSTITUTIONS = (
    "the Ministry of Finance", "the Ministry of Health", "the central bank", "parliament",
    "the Supreme Court", "the European Commission", "the World Health Organization",
    "the International Monetary Fund", "the national statistics office", "the city council",
    "the Ministry of Environment", "the competition authority", "the electoral commission",
    "the Transport Ministry", "the United Nations", "the World Bank",
)  # fmt: skip
ROLES = (
    "finance minister", "health minister", "spokesperson", "chief executive", "mayor",
    "economist", "senior analyst", "union leader", "opposition leader", "prosecutor",
    "professor of political science", "director", "chairwoman", "chairman", "head of research",
    "environment minister", "transport minister", "lawyer", "senator", "police chief",
)  # fmt: skip
REPORTING = (
    "said", "told reporters", "said in a statement", "told a news conference", "added",
    "wrote in a letter", "said on social media", "told lawmakers", "warned", "argued",
)  # fmt: skip

TOPICS: dict[str, dict[str, Sequence[str]]] = {
    "economy": {
        "subject": ("inflation", "the jobless rate", "consumer spending", "industrial output",
                    "the budget deficit", "wage growth", "house prices", "exports"),
        "event": ("interest rates", "a new spending package", "the fuel tax", "the minimum wage",
                  "pension reform", "the budget"),
        "noun": ("economy", "market", "budget", "forecast", "currency", "tax plan"),
    },
    "climate": {
        "subject": ("rainfall", "reservoir levels", "emissions", "wildfire risk",
                    "river levels", "average temperatures", "crop yields"),
        "event": ("a drought plan", "a new water-sharing deal", "a coal phase-out",
                  "flood defences", "an emissions cap", "the wind farm tender"),
        "noun": ("drought", "heatwave", "flood", "storm", "harvest", "grid"),
    },
    "politics": {
        "subject": ("turnout", "support for the coalition", "the government's approval rating",
                    "the opposition's lead", "trust in institutions"),
        "event": ("a snap election", "the coalition agreement", "a constitutional amendment",
                  "the electoral reform bill", "a no-confidence vote", "the new cabinet"),
        "noun": ("coalition", "campaign", "ballot", "reform", "cabinet", "vote"),
    },
    "business": {
        "subject": ("quarterly revenue", "operating profit", "the share price", "market share",
                    "net income", "order intake", "free cash flow"),
        "event": ("the merger", "a takeover bid", "job cuts", "a new factory", "the share buyback",
                  "the restructuring plan"),
        "noun": ("deal", "factory", "contract", "earnings", "supply chain", "bid"),
    },
    "health": {
        "subject": ("hospital admissions", "waiting times", "vaccination rates",
                    "infection rates", "staff shortages", "drug prices"),
        "event": ("a vaccination campaign", "the hospital reform", "a new screening programme",
                  "the nurses' strike", "a ban on vaping", "emergency funding"),
        "noun": ("outbreak", "hospital", "vaccine", "clinic", "treatment", "strike"),
    },
    "courts": {
        "subject": ("the number of pending cases", "sentencing rates", "appeals",
                    "legal aid spending", "the backlog"),
        "event": ("the trial", "an appeal", "the ruling", "a class action", "the indictment",
                  "a settlement"),
        "noun": ("verdict", "case", "hearing", "judge", "jury", "lawsuit"),
    },
    "technology": {
        "subject": ("broadband coverage", "data breaches", "chip shipments", "cloud spending",
                    "app downloads", "cyber attacks"),
        "event": ("the data protection law", "a chip plant", "the 5G auction",
                  "an AI safety code", "the satellite launch", "a digital services tax"),
        "noun": ("network", "platform", "chip", "software", "data", "algorithm"),
    },
}  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RELATIVE = (
    "last week", "last month", "earlier this year", "on Monday", "on Tuesday", "on Wednesday",
    "on Thursday", "on Friday", "over the weekend", "two days ago", "last year", "yesterday",
    "this week", "in the spring", "late last year", "three weeks ago",
)  # fmt: skip
FUTURE = (
    "next month", "next year", "by the end of the year", "within two years", "next week",
    "in the coming months", "before the summer", "by 2030", "in the first quarter",
)  # fmt: skip
VERBS_PAST = (
    "approved", "rejected", "announced", "postponed", "defended", "criticised", "unveiled",
    "suspended", "backed", "questioned", "delayed", "signed",
)  # fmt: skip
TRENDS = ("rose", "fell", "climbed", "dropped", "edged up", "slipped", "jumped", "eased")
TRENDS_SINCE = ("risen", "fallen", "climbed", "dropped", "edged up", "slipped", "jumped", "eased")
INVERTED = ("said", "said", "added", "warned", "argued", "wrote", "recalled")
QUOTE_OPENERS = (
    "We cannot afford to wait", "This is a turning point", "Nobody expected it to be easy",
    "The numbers speak for themselves", "We were given no warning", "It is far too early to say",
    "This decision will hurt the people who can least afford it", "We have done our part",
    "The real work starts now", "I have never seen anything like it", "We will not back down",
    "People are tired of promises", "It was a difficult but necessary choice",
    "There is no plan B", "We are ready to talk at any time", "This was a mistake",
)  # fmt: skip
QUOTE_FOLLOWS = (
    "Families need answers, not slogans.", "We will keep pushing until it is fixed.",
    "Every week of delay costs us more.", "The government knows exactly what it has to do.",
    "Our members will decide what happens next.", "That is what the evidence tells us.",
    "I think everyone in this room understands the stakes.", "We owe it to the next generation.",
    "The rest is politics.", "Nobody should pretend otherwise.",
    "It will take years, not months.", "We are asking for fairness, nothing more.",
)  # fmt: skip
PARTIALS = (
    "a bandage, not a cure", "deeply irresponsible", "long overdue", "a historic step",
    "a betrayal of voters", "the best of a bad set of options", "a reckless gamble",
    "a fair compromise", "premature", "a wake-up call",
)  # fmt: skip
CURRENCIES = ("euros", "dollars", "pounds", "kronor", "pesos", "zlotys")


class _Writer:
    """Builds one article's paragraphs from one Random."""

    def __init__(self, rng: random.Random, published: dt.date) -> None:
        self.rng = rng
        self.published = published
        self.topic = rng.choice(list(TOPICS))
        self.words = TOPICS[self.topic]
        self.city, self.country = rng.choice(PLACES)
        self.people: list[tuple[str, str, str]] = []  # name, role, affiliation
        self.orgs = [self.company() for _ in range(rng.randint(1, 3))]

    # ---- names

    def person_name(self) -> str:
        rng = self.rng
        first = rng.choice(FIRST_NAMES)
        if rng.random() < 0.35:  # an unseen surname: the stream keeps bringing new words
            last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        else:
            last = rng.choice(LAST_NAMES)
        if rng.random() < 0.15:
            last = f"{rng.choice(LAST_NAMES)} {last}"
        return f"{first} {last}"

    def company(self) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            stem = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
        else:
            stem = rng.choice(ORG_STEMS)
        return f"{stem} {rng.choice(ORG_KINDS)} {rng.choice(ORG_SUFFIXES)}"

    def new_person(self) -> tuple[str, str, str]:
        rng = self.rng
        role = rng.choice(ROLES)
        affiliation = rng.choice([*self.orgs, *INSTITUTIONS, f"the University of {self.city}"])
        person = (self.person_name(), role, affiliation)
        self.people.append(person)
        return person

    def someone(self) -> tuple[str, str, str]:
        if self.people and self.rng.random() < 0.45:
            return self.rng.choice(self.people)
        return self.new_person()

    # ---- small pieces

    def when_past(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:
            return rng.choice(RELATIVE)
        day = self.published - dt.timedelta(days=rng.randint(1, 200))
        if roll < 0.8:
            return f"on {MONTHS[day.month - 1]} {day.day}"
        return f"in {MONTHS[day.month - 1]} {day.year}"

    def since(self) -> str:
        day = self.published - dt.timedelta(days=self.rng.randint(20, 900))
        if self.rng.random() < 0.5:
            return f"{MONTHS[day.month - 1]} {day.year}"
        return self.rng.choice(("last year", "the start of the year", "the pandemic", "2019"))

    def when_future(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return rng.choice(FUTURE)
        day = self.published + dt.timedelta(days=rng.randint(5, 400))
        return f"by {day.day} {MONTHS[day.month - 1]} {day.year}"

    def figure(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return f"{rng.randint(1, 40)}.{rng.randint(0, 9)} percent"
        if roll < 0.7:
            amount = rng.choice(("million", "billion"))
            return f"{rng.randint(2, 950)} {amount} {rng.choice(CURRENCIES)}"
        return f"{rng.randint(120, 98_000):,}"

    def quote_text(self) -> str:
        rng = self.rng
        parts = [rng.choice(QUOTE_OPENERS) + rng.choice((".", ".", "!"))]
        parts += rng.sample(QUOTE_FOLLOWS, rng.randint(0, 2))
        return " ".join(parts)

    def quoted(self, text: str) -> str:
        if self.rng.random() < 0.5:
            return f"\u201c{text}\u201d"
        return f'"{text}"'

    # ---- paragraphs

    def lede(self, agency: str) -> str:
        rng = self.rng
        day = self.published
        head = f"{self.city.upper()}, {MONTHS[day.month - 1][:3]} {day.day} ({agency}) - "
        actor = rng.choice([*INSTITUTIONS, *self.orgs, f"{self.country}'s government"])
        body = (
            f"{actor[0].upper()}{actor[1:]} {rng.choice(VERBS_PAST)} "
            f"{rng.choice(self.words['event'])} "
            f"{rng.choice(RELATIVE)}, after {rng.choice(self.words['subject'])} "
            f"{rng.choice(TRENDS)} to {self.figure()} in {rng.choice(REGIONS)}."
        )
        return head + body

    def quote_paragraph(self) -> str:
        rng = self.rng
        name, role, affiliation = self.someone()
        quote = self.quote_text()
        roll = rng.random()
        if roll < 0.4:  # "...," said X, role at Y, when.
            return (
                f"{self.quoted(quote[:-1] + ',')} {rng.choice(INVERTED)} {name}, {role} at "
                f"{affiliation}, {self.when_past()}."
            )
        if roll < 0.7:
            return f"{name} {rng.choice(REPORTING)}: {self.quoted(quote)}"
        return f"{self.quoted(quote)} The {role} spoke in {self.city} {self.when_past()}."

    def partial_quote(self) -> str:
        rng = self.rng
        name, role, affiliation = self.someone()
        return (
            f"{name}, {role} at {affiliation}, called {rng.choice(self.words['event'])} "
            f"{self.quoted(rng.choice(PARTIALS))} and said the {rng.choice(self.words['noun'])} "
            f"would be reviewed {self.when_future()}."
        )

    def reported(self) -> str:
        rng = self.rng
        name, role, _ = self.someone()
        surname = name.split()[-1]
        return (
            f"{surname}, the {role}, said {rng.choice(self.words['subject'])} had "
            f"{rng.choice(TRENDS_SINCE)} by {self.figure()} since {self.since()}, "
            f"and that {rng.choice(INSTITUTIONS)} expected a decision {self.when_future()}."
        )

    def figures(self) -> str:
        rng = self.rng
        org = rng.choice(self.orgs)
        quarter = rng.choice(("first", "second", "third", "fourth"))
        return (
            f"{org} reported that {rng.choice(self.words['subject'])} {rng.choice(TRENDS)} "
            f"{self.figure()} in the {quarter} quarter, compared with {self.figure()} a year "
            f"earlier. Analysts at {self.company()} had expected {self.figure()}."
        )

    def background(self) -> str:
        rng = self.rng
        year = self.published.year - rng.randint(1, 30)
        return (
            f"The {rng.choice(self.words['noun'])} has been a source of tension since {year}, "
            f"when {rng.choice(INSTITUTIONS)} {rng.choice(VERBS_PAST)} a similar plan for "
            f"{rng.choice(REGIONS)}. Since then, {rng.choice(self.words['subject'])} "
            f"{rng.choice(('doubled', 'halved', 'stagnated', 'recovered'))}, according to "
            f"{rng.choice(INSTITUTIONS)}."
        )

    def reaction(self) -> str:
        rng = self.rng
        name, role, affiliation = self.new_person()
        return (
            f"Critics, including {name} of {affiliation}, said {rng.choice(self.words['event'])} "
            f"ignored {rng.choice(REGIONS)}. {name.split()[0]} {name.split()[-1]} "
            f"{rng.choice(REPORTING)} "
            f"that a vote was planned {self.when_future()}, a claim the {role} did not dispute."
        )

    def schedule(self) -> str:
        rng = self.rng
        day = self.published + dt.timedelta(days=rng.randint(2, 60))
        return (
            f"A first hearing is scheduled for {WEEKDAYS[day.weekday()]}, "
            f"{MONTHS[day.month - 1]} {day.day}, in {rng.choice(PLACES)[0]}. "
            f"{rng.choice(self.orgs)} did not respond to a request for comment."
        )


_BODY: tuple[tuple[Callable[[_Writer], str], float], ...] = (
    (_Writer.quote_paragraph, 0.30),
    (_Writer.reported, 0.17),
    (_Writer.figures, 0.13),
    (_Writer.background, 0.13),
    (_Writer.partial_quote, 0.10),
    (_Writer.reaction, 0.10),
    (_Writer.schedule, 0.07),
)
# (name, share, paragraphs after the lede): briefs, standard stories, long reads
LENGTHS = (("brief", 0.30, (2, 4)), ("standard", 0.52, (6, 10)), ("long", 0.18, (16, 30)))
_EPOCH_START = dt.datetime(2023, 1, 2, tzinfo=dt.UTC)
_SPAN_DAYS = 900


def _raw_message(rng: random.Random, index: int, article: dict[str, Any]) -> Raw:
    """Lay the article out the way one of the accepted scrapers would."""
    published: dt.datetime = article["published"]
    style = rng.random()
    url = f"https://{article['source']}/{published:%Y/%m/%d}/bench-{index:06d}"
    common = {"url": url, "title": article["title"]}
    if style < 0.5:  # plain JSON
        raw: Raw = {
            **common,
            "id": f"bench-{index:06d}",
            "published_at": published.isoformat(),
            "source": article["source"],
            "authors": article["authors"],
            "text": article["text"],
        }
    elif style < 0.75:  # news-please
        raw = {
            **common,
            "date_publish": published.strftime("%Y-%m-%d %H:%M:%S"),
            "source_domain": article["source"],
            "authors": article["authors"],
            "maintext": article["text"],
        }
    else:  # trafilatura
        raw = {
            **common,
            "date": published.strftime("%a, %d %b %Y %H:%M:%S +0000"),
            "hostname": article["source"],
            "author": "; ".join(article["authors"]),
            "text": article["text"],
        }
    if rng.random() < 0.7:
        raw["language"] = "en"
    return raw


def generate(count: int, *, seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[Raw]:
    """`count` generated raw articles; article i depends only on (seed, i)."""
    for index in range(start, start + count):
        rng = random.Random(f"{seed}:{index}")
        published = _EPOCH_START + dt.timedelta(
            days=rng.randrange(_SPAN_DAYS), minutes=rng.randrange(24 * 60)
        )
        writer = _Writer(rng, published.date())
        kind = rng.choices([k for k, _, _ in LENGTHS], [w for _, w, _ in LENGTHS])[0]
        low, high = next(r for k, _, r in LENGTHS if k == kind)
        agency = rng.choice(AGENCIES)
        paragraphs = [writer.lede(agency)]
        makers = [m for m, _ in _BODY]
        weights = [w for _, w in _BODY]
        for _ in range(rng.randint(low, high)):
            paragraphs.append(rng.choices(makers, weights)[0](writer))
        title = (
            f"{writer.country}: {rng.choice(writer.words['event'])} "
            f"{rng.choice(VERBS_PAST)} as {rng.choice(writer.words['subject'])} "
            f"{rng.choice(TRENDS)}"
        )
        authors = [writer.person_name() for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        domain = agency.lower().replace(" ", "") + ".example"
        article = {
            "published": published,
            "title": title[0].upper() + title[1:],
            "source": domain,
            "authors": authors,
            "text": "\n".join(paragraphs),
            "kind": kind,
        }
        yield _raw_message(rng, index, article)


def team_articles() -> list[Raw]:
    """The team's annotated seed and dev articles (never the held-out test split)."""
    articles: list[Raw] = []
    for path in TEAM_FILES:
        with path.open(encoding="utf-8") as lines:
            articles += [json.loads(line) for line in lines if line.strip()]
    return articles


def build(count: int = DEFAULT_COUNT, *, seed: int = DEFAULT_SEED, team: bool = True) -> list[Raw]:
    """The benchmark corpus: the team's articles first (if asked for), then generated ones."""
    articles = team_articles()[:count] if team else []
    mixed = articles + list(generate(count - len(articles), seed=seed))
    random.Random(seed).shuffle(mixed)  # long and short, team and generated, interleaved
    return mixed


def text_of(raw: Raw) -> str:
    for key in ("text", "body", "content", "maintext"):
        value = raw.get(key)
        if isinstance(value, str) and value.strip():
            return value
    raise ValueError("article without text")


def encode(raw: Raw) -> bytes:
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode()


def digest(articles: Sequence[Raw]) -> str:
    hasher = hashlib.sha256()
    for raw in articles:
        hasher.update(encode(raw) + b"\n")
    return hasher.hexdigest()[:16]


def write_jsonl(path: Path, articles: Sequence[Raw]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for raw in articles:
            out.write(encode(raw) + b"\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles in all")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-team", action="store_true", help="generated articles only")
    parser.add_argument("--out", type=Path, help="write the raw JSONL here (default: stdout)")
    parser.add_argument("--check", action="store_true", help="print size, words and digest only")
    args = parser.parse_args(argv)
    articles = build(args.count, seed=args.seed, team=not args.no_team)
    if args.check or args.out:
        words = [len(text_of(raw).split()) for raw in articles]
        print(
            f"{len(articles)} articles, {sum(words)} words "
            f"(min {min(words)}, mean {sum(words) / len(words):.0f}, max {max(words)}), "
            f"digest {digest(articles)}"
        )
    if args.out:
        write_jsonl(args.out, articles)
    elif not args.check:
        for raw in articles:
            print(encode(raw).decode())


if __name__ == "__main__":
    main()
