"""Word lists and tag sets that rules in several modules share."""

from __future__ import annotations

import re

from service.extract import lexicon as lx

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_NAME_OR_COMMON_TAGS = frozenset({"NN", "JJ"})  # tags of a capitalised opener, name or not
_MODIFIED_TAGS = _NOUN_TAGS | _PROPER_TAGS | {"JJ"}  # words an opener may modify
# Tags that unknown names almost never get (unlike JJ or NN, which they often do).
_COMMON_TAGS = frozenset({"NNS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "IN", "DT", "MD"})
_OPEN_QUOTES = frozenset({"“", '"', "‘", "'", "«", "„"})
_CLOSE_QUOTES = frozenset({"”", '"', "’", "'", "»"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_DASHES = frozenset({"-", "–", "—", "--"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
_APPOSITIVE_STOPS = frozenset({"IN", ",", ".", ":", "CC", "TO", "WDT", "WP", "WP$", "-LRB-"})
_TOLD_LISTENERS = frozenset({"reporters", "journalists", "the"})
_CREDIT_WORDS = frozenset({"reporting", "editing", "writing", "photography", "photos", "words"})
_ALWAYS_ORG_WORDS = frozenset(
    {"parliament", "congress", "senate", "police", "army", "navy", "cabinet"}
)
# Words that open a sentence before a name without being part of it ("Outside Leeds
# General Infirmary, ...") and lowercase directions before a place ("in west Phoenix").
_OPENING_PREPOSITIONS = frozenset(
    {"outside", "inside", "near", "across", "throughout", "beyond", "behind", "beside", "along"}
)
_LOWER_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "northeast", "northwest", "southeast", "southwest", "central", "downtown"}
)  # fmt: skip
_COMPASS = frozenset({"north", "south", "east", "west"})
_PLACE_ADJECTIVES = frozenset({"regional", "rural", "outback", "coastal"})
_STREET_HEADS = frozenset(
    {"street", "avenue", "road", "boulevard", "lane", "drive", "parkway", "highway", "way"}
)
# Heads of a place named with a possessive: "Queen's Park", "Gee's Bend", "Dunn's Creek".
_POSSESSIVE_PLACE_HEADS = frozenset(
    {"park", "square", "garden", "gardens", "green", "common", "bend", "bay", "point",
     "island", "hill", "cove", "creek", "landing", "harbour", "harbor"}
)  # fmt: skip
_DEMONYM_ENDS = ("an", "ian", "ese", "ish", "i", "ic")
_ADJECTIVE_ENDS = ("an", "ese", "ish", "ic")
_NOT_TEAM_PLURALS = frozenset(
    {"states", "nations", "emirates", "islands", "affairs", "services", "forces", "games",
     "olympics", "times", "news", "sports", "brothers", "sisters", "sons", "works",
     # regions named by a plural: "the Somerset Levels", "the Norfolk Broads"
     "levels", "broads", "midlands", "lowlands", "fens", "wolds", "downs", "moors", "dales",
     "marshes", "flats", "plains", "steppes", "alps", "pyrenees", "ardennes", "hebrides",
     "keys", "everglades", "badlands", "cotswolds", "glens", "valleys", "andes", "rockies"}
)  # fmt: skip


def _team_plural(word: str) -> bool:
    """A lowercased plural that may end a team's name ("rams", "ironhawks"), not a place's
    or a body's ("falls", "islands", "services")."""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word not in _NOT_TEAM_PLURALS
        and word not in lx.LOC_HEADS
    )


# Last words of events that no place's name ends with ("Outeniqua Open", unlike "Summit").
_EVENT_ONLY_HEADS = frozenset(
    {"open", "marathon", "championship", "championships", "tournament", "festival", "olympics"}
)
# Last words of a company's name that a lone first word stands for ("Brightwater" of
# "Brightwater Foods Inc"), unlike a council's or a university's.
_COMPANY_ENDS = lx.LEGAL_FORMS | frozenset(
    {"corporation", "co.", "capital", "securities", "holdings", "partners", "partnership",
     "partnerships", "investments", "ventures"}
)  # fmt: skip

# "St. Ann Church": a saint's title opens a place's name, not a person's.
_SAINTS = frozenset({"st", "st.", "saint"})
_PARTY_INITIALS = frozenset({"R", "D", "I"})  # "Sen. Jo Ray, D-Calif.": party, then state
# Nouns of broadcasting after an outlet's name: "told DZRH radio".
_BROADCAST_NOUNS = frozenset({"radio", "television", "tv"})
# Lowercase words of time that end a name the model ran on ("House of Lords before Easter").
_TIME_PREPOSITIONS = frozenset({"before", "after", "until", "since", "during"})

# Labels of works and products, which the model gives to some people's names.
_WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
# Titles held only for an electoral seat: "the MP for X" names the seat, never a body.
_SEAT_ONLY_TITLES = frozenset({"mp", "mpp", "msp", "mla", "mha", "mna", "td"})
_CHAMBER_PLURALS = frozenset({"commons", "lords"})  # "told the Commons": a chamber
_EPONYM_ILLNESS_NOUNS = frozenset({"disease", "syndrome"})  # "Crohn's disease", not "Kim's flu"

# A sum of money written as one word, with a currency before or a magnitude after the
# figure ("RM1.2bil", "KSh40m", "HK$3", "R2.5bn", "GH¢38,000"): a number, never a name.
_CURRENCY = r"(?:rm|rs\.?|ksh|kes|n|r|rp|gh¢|gh₵|₵|hk\$|s\$|a\$|nz\$|c\$|us\$|\$|€|£|¥)"
_MAGNITUDE = r"(?:bn|bil|billion|mil|mln|million|m|k|tn|trillion|crore|lakh)"
_AMOUNT = re.compile(rf"{_CURRENCY}\d[\d.,]*{_MAGNITUDE}?|\d[\d.,]*{_MAGNITUDE}", re.IGNORECASE)

# Articles that open two-word place names: Maori "Te Kūiti", Spanish "San Isidro".
_PLACE_NAME_ARTICLES = frozenset({"te", "los", "las", "san", "santa", "são"})
