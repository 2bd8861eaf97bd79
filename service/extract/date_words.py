"""English words the date extractor reads, kept apart from the logic that uses them.

Lowercase unless stated otherwise. Month names are matched case-sensitively
(title case or all capitals) because "may", "march" and "august" are ordinary
words; everything else is matched without regard to case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# Written before a day or a year only ("Sept. 27", "Oct 2020"), never alone.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# A month name that is also a common word or name needs a stronger cue to stand
# alone: "in May" is the month, "by May" is more often Theresa May. May needs
# one of the STRONG prepositions (or "early", "last", ...); April, June and
# August only refuse the WEAK ones ("spoke to June").
AMBIGUOUS_MONTHS: frozenset[int] = frozenset({5})
NAME_MONTHS: frozenset[int] = frozenset({4, 6, 8})
STRONG_MONTH_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in",
        "since",
        "during",
        "until",
        "till",
        "throughout",
        "most of",
        "all of",
        "much of",
        "part of",
        "half of",
        "the rest of",
        "the whole of",
        "the bulk of",
        "the month of",
        "as early as",
        "as late as",
        "as recently as",
        "as far back as",
        "as long ago as",
    }
)
# "the events of September" is the month, "the words of June" more often a person.
WEAK_MONTH_PREPOSITIONS: frozenset[str] = frozenset({"to", "by", "of", "into"})
# Of those, "by" sets a deadline ("if we don't know by June,") and "into" a stretch ("if
# this lasts into June,"); a person after them is written with a surname ("a song by
# June Carter", "ran into June Carter").
DEADLINE_PREPOSITIONS: frozenset[str] = frozenset({"by", "into"})
# Words that move a time, before "to": "backdated to April" is the month, as no one is
# "postponed to" a person.
TIME_SHIFT_WORDS: frozenset[str] = frozenset(
    {"backdated", "postponed", "delayed", "deferred", "rescheduled", "adjourned", "forward"}
)
# Nouns a range of two months labels: "the July-September quarter", "the June-August period".
MONTH_RANGE_NOUNS: tuple[str, ...] = ("quarter", "half", "period", "months")

# Month names that are neither common words nor common first names: a date even
# written bare ("January was the warmest on record", "December's figures").
BARE_MONTHS: frozenset[int] = frozenset({1, 2, 7, 9, 10, 11, 12})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# "Wednesday morning" is Wednesday; the part of the day joins the expression.
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night", "overnight")

# Day words relative to P, in days.
DAY_OFFSETS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "last night": -1,
    "last evening": -1,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "tomorrow afternoon": 1,
    "tomorrow evening": 1,
    "tomorrow night": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

# Prepositions that, before a month name or a four-digit number, make it a date.
# They are never part of the expression's text.
MONTH_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "during",
    "from",
    "before",
    "after",
    "between",
    "to",
    "as of",
    "of",
    "most of",
    "all of",
    "much of",
    "part of",
    "half of",
    "the rest of",
    "the whole of",
    "the bulk of",
    "the month of",
    "as early as",
    "as late as",
    "as recently as",
    "as far back as",
    "as long ago as",
    "come",
    "into",
)
YEAR_PREPOSITIONS: tuple[str, ...] = (
    "as far back as",
    "back to",
    "as early as",
    "as late as",
    "as recently as",
    "as long ago as",
    "in",
    "for",
    "since",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "during",
    "from",
    "before",
    "after",
    "between",
    "around",
    "circa",
    "as of",
    "of",
    "into",
    "level with",
)
# Between such a preposition and its year or month, a hedge that leaves the date as it
# is: "until at least 2027".
DATE_HEDGES: tuple[str, ...] = ("at least",)
# Hedges of an estimate: they leave a date after a preposition of time only ("since
# roughly 2019"); after others the number is more often an amount ("sales of about 2000").
APPROXIMATE_HEDGES: tuple[str, ...] = ("roughly", "about", "around", "approximately")
HEDGED_PREPOSITIONS: frozenset[str] = frozenset(
    {"since", "until", "till", "before", "after", "in", "during"}
)
# Verbs whose object, four digits, is a year: "spent 2022 coaching", "Everybody
# remembers 2020." ("remembers 2020 names" is still a count).
YEAR_OBJECT_VERBS: tuple[str, ...] = (
    *("spent", "spend", "spends", "spending"),
    *("remember", "remembers", "remembered", "remembering"),
    *("recall", "recalls", "recalled", "recalling"),
    *("forget", "forgets", "forgot", "forgotten", "forgetting"),
    *("relive", "relives", "relived", "reliving"),
    # "will finish 2025 top of the table", "began 2024 with a win".
    *("finish", "finishes", "finished", "finishing"),
    *("start", "starts", "started", "starting"),
    *("begin", "begins", "began", "beginning"),
    *("end", "ends", "ended", "ending"),
)
# What a year is the yardstick of, whatever comes before: "78% of 2019 levels",
# "30% below 2019 levels".
YARDSTICK_NOUNS: tuple[str, ...] = ("levels", "prices", "figures")
# Owners before "last year of": the final one of theirs ("his last year of college").
OWNER_WORDS: frozenset[str] = frozenset(
    {"a", "an", "my", "your", "his", "her", "its", "our", "their"}
)

# Nouns after which "of 2000" is an amount, not a year ("a total of 2000", "out of 1500").
AMOUNT_NOUNS: frozenset[str] = frozenset(
    {
        "total",
        "out",
        "sum",
        "maximum",
        "minimum",
        "average",
        "crowd",
        "population",
        "group",
        "team",
        "number",
        "estimate",
        "figure",
        "tally",
        "score",
        "fine",
        "price",
        "cost",
        "value",
        "salary",
        "wage",
        "rate",
        "height",
        "depth",
        "altitude",
        "elevation",
        "distance",
        "length",
        "capacity",
        "increase",
        "decrease",
        "rise",
        "drop",
        "gain",
        "loss",
        "losses",
        "profit",
        "deficit",
        "surplus",
        "debt",
        "bill",
        "fee",
        "payment",
        "payout",
        "reward",
        "bonus",
        "bail",
        "toll",
        "turnout",
        "balance",
        "amount",
        "margin",
        "majority",
        "lead",
        "count",
        "fleet",
        "force",
        "army",
        "staff",
        "workforce",
        "audience",
        "attendance",
        "sample",
        "page",
        "pages",
        "chapter",
        "section",
        "article",
        "clause",
        "item",
        "one",
        "each",
        "any",
        "none",
        "some",
        "many",
        "more",
        "less",
        "fewer",
    }
)

# Before "last year": a yardstick for a comparison ("up 5% on last year"), not the year
# of what the sentence reports.
COMPARISON_WORDS: frozenset[str] = frozenset(
    {"from", "than", "over", "on", "versus", "vs", "with", "to", "against", "since"}
)

# Verbs of change: "rose by 2000", "fell from 1500" are quantities, not years.
QUANTITY_VERBS: frozenset[str] = frozenset(
    {
        "rose",
        "risen",
        "rise",
        "rises",
        "fell",
        "fallen",
        "fall",
        "falls",
        "increased",
        "increase",
        "increases",
        "decreased",
        "decrease",
        "grew",
        "grown",
        "grow",
        "dropped",
        "drop",
        "jumped",
        "climbed",
        "declined",
        "cut",
        "reduced",
        "raised",
        "lowered",
        "up",
        "down",
        "total",
        "totalling",
        "totaling",
        "numbering",
    }
)

# Nouns that, after "the 2020", make the number a year ("the 2020 election").
YEAR_EVENT_NOUNS: tuple[str, ...] = (
    "election",
    "elections",
    "presidential",
    "parliamentary",
    "general",
    "midterm",
    "midterms",
    "primary",
    "primaries",
    "referendum",
    "vote",
    "budget",
    "census",
    "season",
    "campaign",
    "olympics",
    "olympic",
    "games",
    "world cup",
    "summit",
    "crisis",
    "war",
    "attack",
    "attacks",
    "agreement",
    "accord",
    "deal",
    "law",
    "race",
    "championship",
    "tournament",
    "final",
    "pandemic",
    "earthquake",
    "coup",
    "uprising",
    "revolution",
    "invasion",
    "report",
    "survey",
    "study",
    "edition",
    "fiscal year",
    "financial year",
    "floods",
    "riots",
    "protests",
    "strikes",
    "wildfires",
    "bushfires",
    "fires",
    "storms",
    "lockdowns",
    "talks",
    "sanctions",
    "reforms",
    "bombings",
    "shootings",
    "polls",
    "accords",
    "negotiations",
    "finals",
    "playoffs",
    "championships",
    "hearings",
    "layoffs",
)
# After "the 1800", words that make the number a measure or a count, not a year
# ("the 1800 block", "the 4000 mark", "the 1500 or so").
MEASURE_NOUNS: frozenset[str] = frozenset(
    {
        "block",
        "mark",
        "level",
        "threshold",
        "barrier",
        "milestone",
        "point",
        "line",
        "figure",
        "range",
        "metre",
        "meter",
        "mile",
        "yard",
        "foot",
        "ft",
        "kilogram",
        "tonne",
        "ton",
        "calorie",
        "horsepower",
        "hp",
        "cc",
        "or",
        "and",
        "to",
        "plus",
        "odd",
        "extra",
        "additional",
        "strong",
        "member",
        "seat",
        "capacity",
        "euro",
        "dollar",
        "pound",
        "yen",
        "rupee",
        "yuan",
        "franc",
    }
)
YEAR_DETERMINERS: tuple[str, ...] = ("the", "a", "an", "its", "his", "her", "their", "our")
# Before a month name and a lowercase noun, an article makes the name the month ("a June
# report", "the August forecast"), though not before "of" or "for" ("the March of
# Dimes"); the rule's builder leaves "May" out ("the May government").
MONTH_DETERMINERS: tuple[str, ...] = ("the", "a", "an")
# Lowercase words after a month name that are no noun it could modify.
NOT_NOUN_WORDS: tuple[str, ...] = (
    "of", "for", "to", "and", "or", "is", "was", "on", "in", "at", "by", "with", "from",
)  # fmt: skip

# Words that make "the ... time" opening a sentence one occasion, whose year "was" can
# name: "The last time this place was this excited was 2019".
OCCASION_MODIFIERS: tuple[str, ...] = ("last", "first", "only", "previous")

# Words that end in "s" but do not make a preceding number a count ("in 1994 as ...").
NOT_COUNT_WORDS: frozenset[str] = frozenset(
    {
        # "94 percent of 2019 levels", "at 2019 prices": what a year measures.
        "levels",
        "prices",
        "figures",
        "is",
        "was",
        "has",
        "as",
        "its",
        "his",
        "this",
        "thus",
        "us",
        "yes",
        "less",
        "unless",
        "across",
        "whereas",
        "besides",
        "always",
        "perhaps",
        "afterwards",
        "towards",
        "does",
        "goes",
        "gives",
        "ends",
        "marks",
        "saw",
        "sees",
        "means",
        "remains",
        "becomes",
        "begins",
        "comes",
        "plus",
        "alone",
    }
)
# Words after a number that make it a count or a measure whatever their ending.
COUNT_WORDS: frozenset[str] = frozenset(
    {
        "people",
        "percent",
        "per",
        "more",
        "fewer",
        "other",
        "others",
        "new",
        "men",
        "women",
        "children",
        "police",
        "staff",
        "troops",
        "feet",
        "foot",
        "metres",
        "meters",
        "km",
        "kg",
        "mph",
        "tonnes",
        "tons",
        "dollars",
        "euros",
        "pounds",
    }
)

# Time zones after a four-digit clock time: "by 1300 GMT" is a time of day, not a year.
TIME_ZONES: frozenset[str] = frozenset(
    {"GMT", "UTC", "BST", "CET", "CEST", "ET", "EST", "EDT", "PT", "PST", "PDT", "IST", "JST"}
)

# What dates only something already seen: a recording "from" or "of" a day (unless the
# clause is in the future), a price gap "to" or "over" the price of a day ("a 34% premium
# to the closing price on Tuesday", even after "will pay").
RECORD_NOUNS: tuple[str, ...] = (
    *("video", "videos", "footage", "recording", "recordings"),
    *("photos", "photographs", "images"),
)
PRICE_GAP_NOUNS: tuple[str, ...] = ("premium", "premiums", "discount", "discounts")
# Words that open a clause of their own between such a noun and the date.
VERB_MARKS: tuple[str, ...] = (
    *("will", "would", "shall", "can", "could", "may", "might", "must"),
    *("be", "is", "are", "was", "were", "been", "to", "that", "which", "who"),
)

# "Good Friday", "Super Tuesday": a holiday or event name, not a date.
WEEKDAY_NAME_PREFIXES: tuple[str, ...] = (
    "Good",
    "Black",
    "Super",
    "Cyber",
    "Ash",
    "Bloody",
    "Easter",
    "Holy",
    "Palm",
    "Maundy",
    "Shrove",
    "Giving",
    "Fat",
    "Blue",
)
# "Sunday Times": a title, not a date. Matched case-sensitively.
WEEKDAY_NAME_SUFFIXES: tuple[str, ...] = (
    "Times",
    "Telegraph",
    "Mirror",
    "Express",
    "Post",
    "Herald",
    "Mail",
    "Independent",
    "People",
    "Sport",
    "Star",
    "Tribune",
    "Night Football",
)
# "every Monday", "each week": recurring sets, not dates.
RECURRING_WORDS: tuple[str, ...] = ("every", "each", "most", "alternate", "some")
# Owners before a weekday: "their Saturday shopping" is a habit, not a day.
POSSESSIVE_DETERMINERS: tuple[str, ...] = ("my", "your", "his", "her", "its", "our", "their")
# After a determiner, adjectives of habit make a month or weekday a set: "the usual
# February noise", "their customary Friday drinks". Not "as usual Monday".
HABIT_ADJECTIVES: tuple[str, ...] = ("usual", "customary")
HABIT_DETERMINERS: tuple[str, ...] = ("the", "a", "an", *POSSESSIVE_DETERMINERS)
# Nouns a weekday before them makes a kind, not an occasion: "They're taking the Sunday
# bus away" speaks of the bus that runs on Sundays, "cooked the Sunday roast" of a
# weekly custom; "the Sunday match" is one match.
TIMETABLED_NOUNS: frozenset[str] = frozenset(
    {
        "bus",
        "buses",
        "train",
        "trains",
        "tram",
        "trams",
        "ferry",
        "ferries",
        "timetable",
        "timetables",
        "paper",
        "papers",
        "edition",
        "editions",
        "shift",
        "shifts",
        "roast",
        "roasts",
        "school",
        "league",
    }
)
# Determiners of a time adverbial that makes its clause recurring: "Every spring we
# throw money at it in June" names no particular June.
RECURRING_DETERMINERS: frozenset[str] = frozenset({"every", "each"})
# Prepositions by which a date places a noun within it ("every spell in February").
WITHIN_PREPOSITIONS: frozenset[str] = frozenset({"in", "during"})

# Seasons and holidays are not dates, but a year written beside them is.
SEASONS_AND_HOLIDAYS: tuple[str, ...] = (
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
    "new year",
    "thanksgiving",
    "ramadan",
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "a couple of": 2,
    "couple of": 2,
    "a dozen": 12,
}
# "twenty-four": tens and units joined by a hyphen.
NUMBER_TENS: tuple[str, ...] = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty")
NUMBER_UNITS: tuple[str, ...] = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# "the Fourth of July" names a holiday: a month after a spelled ordinal and "of" is
# not read as a date.
SPELLED_ORDINALS: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
)

# Spelled decades, always read as the 1900s ("the twenties" is left out: 1920s or 2020s).
DECADE_WORDS: dict[str, int] = {
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}

# --------------------------------------------------------------------------
# Tense of the clause that holds a date
# --------------------------------------------------------------------------

FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "'ll", "’ll", "ll", "shall", "wo"})
# "would" without "have": the future of a past report ("said they would meet on Tuesday").
CONDITIONAL_AUXILIARIES: frozenset[str] = frozenset({"would", "'d", "’d"})
# "'d" is "had" before a past participle alone ("if you'd offered"), "would" otherwise.
CONTRACTED_HAD: frozenset[str] = frozenset({"'d", "’d"})
# "could", "might", "may" without "have" look ahead ("it could be debated on Monday"),
# except a negated "could", which is mostly past ("could not be reached on Monday").
POSSIBILITY_AUXILIARIES: frozenset[str] = frozenset({"could", "might", "may"})
PAST_ABILITY_AUXILIARIES: frozenset[str] = frozenset({"could"})
# Present-tense verbs that report rather than state the dated event ("says").
REPORTING_LEMMAS: frozenset[str] = frozenset({"say", "tell", "report", "write"})
# Before a weekday or month: "since" always looks back; "until" and "by" look ahead
# when the clause is in the present ("the library is closed until Monday").
BACKWARD_PREPOSITIONS: frozenset[str] = frozenset({"since"})
# Marks of a clause of what came later than its main clause, which has its own time.
LATER_MARKS: frozenset[str] = frozenset({"before", "until", "till"})
# Marks of a clause of time: in the past it tells a point in a story ("before the court
# agreed to hear the case in February"), and the date in it dates that act.
TIME_MARKS: frozenset[str] = LATER_MARKS | {"after", "when", "once"}
# "Unless the figures are a shock, I don't see them moving": an exception to what a
# present clause expects is still to come. ("If the figures are any guide" is not.)
EXCEPTION_MARKS: frozenset[str] = frozenset({"unless"})
# Subordinators of time and condition: their clause writes a future in the present ("if
# the bill passes in June, it will take effect").
CONDITION_MARKS: frozenset[str] = TIME_MARKS | EXCEPTION_MARKS | {"if"}
# Nouns of a notice about what is coming: "a wind warning from 6am on Saturday".
WARNING_NOUNS: frozenset[str] = frozenset(
    {"warning", "warnings", "forecast", "forecasts", "alert", "alerts", "watch", "advisory"}
)
# Verbs that foretell: what they name lies after their own time, so even told in the past
# ("forecast rain over the weekend") a weekday gone more than two days before P is the
# coming one. "expect" does so in the passive ("was expected to ease by Saturday"); with a
# subject it tells what someone thought ("the airport expected queues over the weekend").
FORECAST_VERBS: frozenset[str] = frozenset({"forecast", "predict"})
IMPERSONAL_FORECAST_VERBS: frozenset[str] = frozenset({"expect"})
# Prepositions by which a notice a clause holds covers a day: "issued a fire warning for
# the area through Wednesday", "relief in the forecast for the weekend" (not "after").
NOTICE_PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "through", "until", "till", "over", "by", "from", "into"}
)
# Adverbs of habit: "is usually triggered in October" names no particular October.
HABITUAL_ADVERBS: frozenset[str] = frozenset(
    {"usually", "regularly", "typically", "normally", "generally", "customarily", "habitually"}
)
# Prepositions that, in a present clause, look ahead: "the library is closed until
# Monday", "the union is asking students to list rooms before Friday".
FORWARD_PREPOSITIONS: frozenset[str] = frozenset({"until", "till", "by", "before"})
# Words before a month that look ahead whatever the verb: "Come August, the bins fill".
AHEAD_PREPOSITIONS: frozenset[str] = frozenset({"come"})
# Adjectives on a noun that put it in the future: "the upcoming vote on Tuesday".
FUTURE_ADJECTIVES: frozenset[str] = frozenset(
    {"upcoming", "forthcoming", "coming", "next", "future"}
)
# Lemmas that, in the present tense, look ahead: "is scheduled for", "is due to",
# "plans to", "are going to", "expects".
SCHEDULE_LEMMAS: frozenset[str] = frozenset(
    {
        "schedule",
        "expect",
        "due",
        "set",
        "slate",
        "plan",
        "intend",
        "poise",
        "go",
        "aim",
        "prepare",
        "hope",
        "want",
        "wish",
        "need",
    }
)
# Verbs whose to-infinitive looks ahead whatever their own tense: "the two sides
# agreed to meet again on Friday", "she vowed to appeal on Monday", "the board voted
# to close two schools in June".
COMMITMENT_LEMMAS: frozenset[str] = frozenset(
    {
        "agree",
        "offer",
        "promise",
        "pledge",
        "vow",
        "decide",
        "plan",
        "schedule",
        "intend",
        "threaten",
        "vote",
    }
)
# A participle clause that prepares what follows looks ahead, whatever its main verb's
# tense: "talks ended on Thursday, setting up a fight in November", "paving the way for
# a vote in March". Each verb counts with the word (particle or object) it needs.
PREPARING_VERBS: frozenset[tuple[str, str]] = frozenset(
    {("set", "up"), ("tee", "up"), ("pave", "way"), ("clear", "way"), ("open", "way")}
)
# Nouns whose to-infinitive looks ahead whatever the tense around them: "said it had no
# plans to call the two sides back before the weekend".
INTENTION_NOUNS: frozenset[str] = frozenset({"plan", "intention"})
# Forecasts whose to-infinitive looks ahead in reported speech, where a present forecast
# is put in the past ("said the deal was expected to close in the fourth quarter"); told
# as a story ("the vote was expected to take place on Tuesday but ...") they stay past.
FORECAST_LEMMAS: frozenset[str] = frozenset({"expect", "set", "slate", "due"})
# Commitments only in the passive: "talks that were meant to end in June", "was supposed
# to open on Friday"; "she meant to say" is not one.
PASSIVE_COMMITMENT_LEMMAS: frozenset[str] = frozenset({"mean", "suppose"})
# Expectations that look ahead as a to-infinitive ("told jurors to expect closing
# arguments Monday") or put in the past by a reporting verb ("said it expected heavy
# traffic over the weekend"); told as a story ("nobody expected rain on Monday") they stay
# past.
EXPECTATION_LEMMAS: frozenset[str] = frozenset({"expect"})
# Spans of accounts a closing day ends: "a loss in the year to 31 March", told in the
# past, reports a span that has ended.
ACCOUNTING_SPAN_NOUNS: frozenset[str] = frozenset(
    {"year", "months", "weeks", "quarter", "half", "period"}
)
# Participles by which a closing day ends a reporting period: "the fourth quarter ended
# June 30" is a financial year's quarter unless June closes that calendar quarter.
CLOSING_PARTICIPLES: tuple[str, ...] = ("ended", "ending")
# Participles whose "for" names the appointed day: in the pluperfect ("the debate, which
# had been scheduled for Friday, was postponed on Tuesday") that day is still to come.
APPOINTED_FOR_LEMMAS: frozenset[str] = frozenset({"schedule", "slate", "set", "plan"})
# Verbs of a sitting's start or end: in the present with a weekday they name the coming
# one, even a day or two after the last ("The Senate returns on Monday", on Wednesday).
SESSION_LEMMAS: frozenset[str] = frozenset(
    {
        "return",
        "resume",
        "reopen",
        "open",
        "begin",
        "start",
        "meet",
        "close",
        "convene",
        "reconvene",
    }
)
# A present form after these subjects would end in -s: "the figure it forecast in May"
# is the past of a verb spelled alike in both (forecast, cut, set, put).
THIRD_PERSON_SINGULAR: frozenset[str] = frozenset({"he", "she", "it"})
# Verbs whose past is spelled as their present: with a date on it, "we read about it on
# Friday" tells what happened then, not a schedule, whatever the tagger reads.
SAME_PAST_VERBS: frozenset[str] = frozenset(
    {"read", "put", "cut", "set", "hit", "let", "shut", "quit", "spread", "hurt", "cost"}
)
# Present-tense fixture verbs after a team name: "Harbridge travel to Leeds on Saturday".
FIXTURE_VERBS: tuple[str, ...] = ("travel", "host", "visit", "face", "welcome")
# Past participles that look ahead without an auxiliary: "with results expected on Monday".
SCHEDULE_PARTICIPLES: frozenset[str] = frozenset({"schedule", "expect", "slate", "plan"})
# Complements of "be" that look ahead: "are due in court on Monday", and in reported
# speech "said more cancellations were likely on Friday".
LOOK_AHEAD_COMPLEMENTS: frozenset[str] = frozenset({"due", "likely", "unlikely", "poised"})
# Without a parse, these near a date put its sentence in the future (with "'ll").
FUTURE_CUE_PHRASES: tuple[str, ...] = (
    "will",
    "would",
    "shall",
    "won't",
    "going to",
    "upcoming",
    "forthcoming",
    "is scheduled",
    "are scheduled",
    "is expected to",
    "are expected to",
    "is due",
    "are due",
    "is set to",
    "are set to",
    "plans to",
    "plan to",
)
# Present-tense forms of "be" that, with a to-infinitive, mean the future: "is to meet".
PRESENT_BE: frozenset[str] = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})

# Words that mark a sentence about a game: there "the third quarter" is not a date.
SPORT_WORDS: frozenset[str] = frozenset(
    {
        "scored",
        "scoring",
        "points",
        "touchdown",
        "touchdowns",
        "goal",
        "goals",
        "basket",
        "rebounds",
        "yards",
        "quarterback",
        "overtime",
        "halftime",
        "half-time",
        "inning",
        "innings",
    }
)
