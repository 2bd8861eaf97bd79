"""Language data for the extractors, kept apart from the logic that uses it.

Everything here is lowercase unless stated otherwise; lookups casefold first.
Edit these tables to tune recall without touching the extraction code.
"""

from __future__ import annotations

from service.extract.data.places import EXTRA_PLACES

# --------------------------------------------------------------------------
# Entity labels
# --------------------------------------------------------------------------

# spaCy labels that are values, not things: never entities.
NON_ENTITY_LABELS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
)

# spaCy's finer labels folded into the coarse entity types; anything else is MISC.
COARSE_TYPE: dict[str, str] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}

# --------------------------------------------------------------------------
# Titles: stripped from the front of person names ("Former U.S. Vice President
# Joe Biden" -> "Joe Biden"). A run of these words is stripped only when it holds
# at least one CORE title or honorific, so ordinary first names survive.
# --------------------------------------------------------------------------

HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.",
        "prof", "prof.", "sir", "dame", "lord", "lady", "rev", "rev.", "fr", "fr.",
        "sen", "sen.", "rep", "rep.", "gov", "gov.", "gen", "gen.", "lt", "lt.",
        "col", "col.", "maj", "maj.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.",
        "pres", "pres.", "sec", "sec.", "hon", "hon.", "st", "st.", "cmdr", "cmdr.",
        "sheikh", "imam", "rabbi", "ayatollah", "mullah", "cllr", "cllr.", "coun",
        "coun.", "ald", "ald.", "mme", "mme.", "mlle", "mlle.", "herr", "frau", "ntate",
        "cpl", "cpl.", "pte", "pte.", "const.", "cst.", "supt", "supt.", "insp", "insp.",
        "det", "det.", "cr", "cr.", "del.", "brig", "brig.", "msgr", "msgr.", "atty",
        "atty.", "engr", "engr.", "gda", "gda.", "sr", "sr.", "datuk", "dato", "dato'",
        "datin", "tun", "alhaji", "alhaja", "assemblyman", "assemblywoman",
        "assemblymember", "delegate", "garda", "dc", "pc", "ds", "dci", "dcs",
        "kgosi", "kgosigadi", "señor", "señora", "señorita", "doña", "madam", "madame", "opanin",
        "mdm", "mdm.",
    }
)  # fmt: skip

# Police ranks abbreviated in capitals that are names in other case ("DI Achebe", but
# "Di Stefano").
UPPERCASE_RANKS: frozenset[str] = frozenset({"DI", "DSI", "DSU", "PCSO"})

# Two-word honorifics whose second word alone is a given name ("Sri Mulyani"): it is
# a title only after the first ("Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar").
HONORIFIC_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {
        ("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"),
        ("datuk", "sri"), ("dato", "sri"), ("dato", "seri"), ("dato'", "sri"),
        ("dato'", "seri"), ("datin", "seri"), ("datin", "paduka"),
    }
)  # fmt: skip

# Honorifics that only ever stand before a person's name: a name they open is a
# person's whatever the model called it ("Mrs ap Gwilym"); unlike "St." or "Gen.".
PERSONAL_HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.",
        "prof", "prof.", "cllr", "cllr.", "sir", "dame", "coun", "coun.", "mme", "mme.",
        "mlle", "mlle.", "herr", "frau", "ntate", "señor", "señora", "señorita", "doña",
        "madam", "mdm", "mdm.",
    }
)  # fmt: skip

CORE_TITLES: frozenset[str] = frozenset(
    {
        "president", "vice-president", "premier", "chancellor", "minister",
        "secretary", "undersecretary", "under-secretary", "senator", "congressman",
        "congresswoman", "representative", "governor", "mayor", "ambassador", "envoy",
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "cardinal",
        "bishop", "archbishop", "patriarch", "judge", "justice", "attorney", "prosecutor",
        "general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant",
        "commander", "marshal", "officer", "chief", "chairman", "chairwoman", "chairperson",
        "chair", "director", "ceo", "cfo", "coo", "cto", "founder", "co-founder",
        "spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "lawmaker",
        "deputy", "diplomat", "councillor", "councilman", "councilwoman", "coach",
        "manager", "striker", "midfielder", "defender", "goalkeeper", "professor",
        "doctor", "detective", "inspector", "sheriff", "commissioner", "treasurer",
        "economist", "analyst", "presenter", "actor", "actress", "singer", "rapper",
        "author", "novelist", "journalist", "editor", "correspondent", "adviser",
        "advisor", "aide", "candidate", "nominee", "president-elect", "chancellor-elect",
        "tsar", "czar", "dictator", "monarch", "sultan", "emir", "crown", "head",
        "constable", "superintendent", "administrator", "councilor", "alderman",
        "alderwoman", "reeve", "mp", "msp", "mep", "mna", "mpp", "mla", "mha", "mca", "td",
        "goaltender",
        "goalie",
        "netminder", "helm", "coxswain", "skipper", "substitute", "winger", "full-back",
        "centre-back", "playmaker", "coroner", "lawyer", "advocate", "magistrate",
        "registrar", "pathologist", "mec", "ombudsman", "auditor-general", "headteacher",
        "pastor", "agent", "taoiseach", "tánaiste", "tanaiste", "recorder", "councilmember",
    }
)  # fmt: skip

# Words that may join titles into a longer one ("Secretary of State",
# "Former U.S. Vice President", "Foreign Affairs Minister").
TITLE_CONNECTORS: frozenset[str] = frozenset(
    {
        "former", "ex", "ex-", "late", "acting", "interim", "then", "then-", "incoming",
        "outgoing", "deputy", "vice", "assistant", "associate", "senior", "junior",
        "prime", "first", "lady", "state", "foreign", "affairs", "defense", "defence",
        "interior", "home", "finance", "economy", "health", "justice", "energy",
        "trade", "commerce", "education", "labor", "labour", "transport", "agriculture",
        "environment", "culture", "treasury", "executive", "operating", "financial",
        "technology", "general", "military", "national", "security", "staff",
        "attorney", "district", "supreme", "high", "court", "federal", "party",
        "opposition", "majority", "minority", "house", "senate", "white", "press",
        "of", "for", "the", "and", "&", "u.s.", "us", "u.k.", "uk", "eu", "un", "u.n.",
        "republican", "democratic", "democrat", "conservative", "liberal",
        "army", "navy", "air", "force", "police", "fire", "team", "club", "head",
        "coach", "managing", "world", "champion", "olympic", "grand", "great",
        "crown", "secretary-general", "secretary", "chief", "tribal", "special",
    }
)  # fmt: skip

# Nouns that describe a person's role: "the minister said" refers back to the
# last person named, "a spokesman for Acme said" to Acme.
PERSON_DESCRIPTIONS: frozenset[str] = CORE_TITLES | frozenset(
    {
        "official", "spokesperson", "source", "representative", "negotiator", "grandmaster",
        "politician", "mp", "legislator", "activist", "campaigner", "lawyer",
        "executive", "boss", "owner", "investor", "researcher", "scientist", "expert",
        "physician", "nurse", "witness", "victim", "resident", "survivor", "player",
        "striker", "athlete", "star", "woman", "man", "mother", "father", "son",
        "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor",
        "neighbour", "veteran", "student", "teacher", "farmer", "worker", "soldier",
        "pilot", "driver", "artist", "writer", "poet", "musician", "filmmaker",
        "director", "producer", "businessman", "businesswoman", "entrepreneur",
        "billionaire", "incumbent", "challenger", "rival", "opponent", "republican",
        "democrat", "premier", "monarch", "pontiff", "statesman", "envoy", "emissary",
        "archaeologist", "biologist", "ecologist", "geologist", "historian",
        "psychologist", "sociologist", "climatologist", "epidemiologist", "doctor",
        "surgeon", "vet", "engineer", "architect", "designer", "chef", "fisherman",
        "miner", "builder", "electrician", "plumber", "mechanic",
        "accountant", "banker", "strategist", "consultant",
        "founder", "organiser", "organizer", "curator", "librarian", "photographer",
        "reporter", "broadcaster", "commentator", "pundit", "critic", "blogger",
        "host", "comedian", "dancer", "composer", "conductor", "painter", "sculptor",
        "novelist", "playwright", "screenwriter", "winger", "halfback", "forward",
        "midfielder", "defender", "batter", "bowler", "batsman", "jockey", "boxer",
        "runner", "swimmer", "cyclist", "skier", "golfer", "captain", "substitute",
        "teenager", "youngster", "pensioner", "retiree", "shopkeeper", "landlord",
        "tenant", "homeowner", "parent", "grandmother", "grandfather", "mum", "dad",
        "grandad", "granddad", "grandpa", "grandma", "gran", "granny", "stepfather",
        "stepmother", "grandson", "granddaughter",
        "uncle", "aunt", "cousin", "partner", "colleague", "detectorist", "volunteer",
        "defendant", "plaintiff", "claimant", "accused", "suspect",
        "prisoner", "inmate", "patient", "passenger", "commuter", "rider", "patron",
        "caller", "informant", "whistleblower", "eyewitness", "motorist", "tourist",
        "visitor", "protester", "demonstrator", "voter", "councillor", "trustee",
        "chairman", "head", "principal", "headteacher", "lecturer", "academic",
        "scholar", "economist", "physicist", "chemist", "mathematician", "astronomer",
        "officer", "constable", "firefighter", "paramedic", "medic", "midwife",
        "priest", "vicar", "pastor", "monk", "nun", "imam", "rabbi", "cleric",
        "mayor", "governor", "senator", "sheriff", "warden", "ranger", "guide",
        "agent", "insider", "observer", "analyst", "manager",
        "superintendent", "administrator", "coordinator", "widow", "widower",
        "grandparent", "nanny", "caregiver", "carer", "clerk", "cashier", "barrister",
        "solicitor", "counsel", "promoter", "caretaker", "customer", "shopper",
        "employee", "lock", "prop", "hooker", "flanker", "fly-half", "flyhalf",
        "scrum-half", "seamer", "spinner", "paceman", "pacer", "opener", "all-rounder",
        "wicketkeeper", "keeper", "quarterback", "linebacker", "pitcher", "shortstop",
        "outfielder", "infielder", "sprinter", "hurdler", "rower", "debutant", "rookie",
        "elder",
    }
)  # fmt: skip

# Abbreviated titles, without the dot, as the description that refers back to
# them: "Gov. Teresa Hill" ... "the governor said".
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "prof": "professor",
    "dr": "doctor", "gen": "general", "col": "colonel", "capt": "captain",
    "sgt": "sergeant", "lt": "lieutenant", "maj": "major", "adm": "admiral",
    "supt": "superintendent", "insp": "inspector", "det": "detective",
    "cllr": "councillor", "pres": "president", "rev": "reverend", "cr": "councillor",
    "coun": "councillor", "ald": "alderman", "del": "delegate", "brig": "brigadier",
    "msgr": "monsignor", "atty": "attorney", "engr": "engineer", "gda": "garda",
}  # fmt: skip

# Nouns that describe an organisation: "the ministry said" refers back to the
# last organisation named.
ORG_DESCRIPTIONS: frozenset[str] = frozenset(
    {
        "company", "firm", "ministry", "department", "agency", "government",
        "administration", "group", "organization", "organisation", "party", "court",
        "police", "army", "military", "bank", "union", "council", "commission",
        "committee", "office", "embassy", "authority", "authorities", "board",
        "club", "team", "league", "federation", "association", "institute",
        "university", "school", "hospital", "charity", "foundation", "campaign",
        "airline", "carrier", "manufacturer", "maker", "retailer", "startup",
        "start-up", "broadcaster", "network", "newspaper", "studio", "publisher",
        "insurer", "lender", "regulator", "watchdog", "coalition", "alliance",
        "movement", "corporation", "conglomerate", "giant", "business",
        "kremlin", "pentagon", "secretariat", "parliament", "congress", "senate",
        "cabinet", "junta", "regime", "prosecutors", "prosecution", "defense",
        "defence", "spokesperson", "force", "province",
    }
)  # fmt: skip

# Nouns that name documents, not speakers: "the report states" has no speaker.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "report", "statement", "study", "document", "letter", "survey", "paper",
        "filing", "complaint", "memo", "memorandum", "analysis", "indictment",
        "lawsuit", "suit", "ruling", "verdict", "judgment", "judgement", "decision",
        "order", "decree", "resolution", "law", "bill", "act", "treaty", "agreement",
        "contract", "communique", "communiqué", "release", "post", "tweet", "message",
        "email", "e-mail", "note", "book", "article", "editorial", "column", "poll",
        "review", "assessment", "guidance", "warning", "notice", "transcript",
        "video", "footage", "recording", "sign", "banner", "placard", "headline",
        "website", "page", "text", "draft", "proposal", "plan", "policy", "manifesto",
        "petition", "summary", "brief", "briefing", "investigation", "inquiry", "probe",
        "audit", "record", "records", "data", "figures", "blog",
    }
)  # fmt: skip

# People who speak for the place or body they are linked to ("a White House
# spokesman"); other people linked to a place ("a Millersburg resident") do not.
SPOKES_NOUNS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "ambassador"}
)

# Unnamed people that news copy quotes as background sources ("a Senate aide", "state
# officials", "industry insiders"): unlike a spokesperson they do not speak for the
# body they are linked to, so their words have no speaker.
BACKGROUND_SOURCE_NOUNS: frozenset[str] = frozenset(
    {"aide", "staffer", "insider", "source", "official"}
)

# Nouns for what someone said: '“Not over” — that was the verdict of Jess Phillips'.
VERDICT_NOUNS: frozenset[str] = frozenset(
    {"verdict", "message", "warning", "view", "assessment", "word", "reaction", "plea"}
)

# Documents through which their issuer speaks: "a statement from Acme" is Acme.
STATEMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "letter", "email", "e-mail", "tweet", "post", "message", "release"}
)

# Nouns for the people who run a body and speak as it: "the credit union's board
# said", "the board of the charity said" is the credit union, the charity.
GOVERNING_NOUNS: frozenset[str] = frozenset(
    {"board", "management", "trustees", "directors", "leadership"}
)

# Phrases by which a described person withholds their name ("a nurse, who asked
# not to be named"): they speak for nobody named, so their words have no speaker.
ANONYMITY_PHRASES: tuple[str, ...] = (
    "anonymity", "anonymously", "not to be named", "not to be identified",
    "not be named", "not be identified", "without being named",
    "without being identified", "to remain anonymous", "give his name", "give her name",
    "give their name", "giving his name", "giving her name", "giving their name",
    "identity has not been", "identity was not", "identities have not been",
    "identities were not", "name has not been", "name was not", "names have not been",
    "names were not", "has not been named", "has not been identified", "was not named",
    "identity was withheld", "name was withheld",
)  # fmt: skip

# Words for relatives that stand as a name in the family's own speech ('Mam used to
# shout'): they leave the relative unnamed, so are never a speaker's name.
KIN_NAMES: frozenset[str] = frozenset(
    {
        "mam", "mammy", "mum", "mummy", "mom", "mommy", "ma", "mama", "mamma", "dad",
        "da", "daddy", "pa", "papa", "gran", "granny", "grandma", "grandmama", "grandpa",
        "grandad", "granddad", "nan", "nana", "nanna", "nonna", "nonno", "auntie", "aunty",
    }
)  # fmt: skip

# Nouns for bodies that provide a service, beyond ORG_DESCRIPTIONS: "the utility
# said", "the ferry service said" refer back to the organisation, as "the company" does.
BODY_DESCRIPTIONS: frozenset[str] = ORG_DESCRIPTIONS | frozenset(
    {
        "utility", "operator", "service", "provider", "supplier", "developer",
        "contractor", "chain", "body", "housebuilder", "wholesaler", "tribunal",
        "label", "distributor", "station", "trust", "district", "forum", "co-op",
        "cooperative", "society", "chamber", "franchise", "restaurant", "bench",
    }
)  # fmt: skip

# Nouns for businesses: "the firm said" is the last organisation introduced as one
# ("a logistics company, Karoo Freight").
BUSINESS_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "business", "corporation", "conglomerate", "giant", "startup",
        "start-up", "maker", "manufacturer", "retailer", "insurer", "lender", "bank",
        "airline", "carrier", "operator", "utility", "supplier", "developer",
        "contractor", "chain", "publisher", "broadcaster", "network", "studio",
        "label", "distributor", "station", "trust", "district", "forum", "co-op",
        "cooperative", "society", "chamber", "franchise",
    }
)  # fmt: skip

# Legal forms that end a company's name ("Brenner Kalk GmbH", "Minera Sur SA"): a
# name ending in one names a body, whatever type the model gave it.
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "ltd", "ltd.", "limited", "inc", "inc.", "incorporated", "plc", "llc", "llp", "corp",
        "corp.", "gmbh", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "spa", "s.p.a.", "srl", "sas",
        "pty", "bhd", "berhad", "tbk", "oyj", "asa", "kk",
    }
)  # fmt: skip

# Legal forms written before a company's name ("PT Sinar Logam Nusantara").
LEGAL_PREFIXES: frozenset[str] = frozenset({"pt", "pjsc", "jsc", "ojsc", "oao", "zao"})

AMBIGUOUS_LEGAL_FORMS: frozenset[str] = frozenset(
    {"sa", "s.a.", "ag", "spa", "asa", "kk", "sas", "nv", "bv", "srl", "oyj"}
)

# Industries a company's name may end with, whatever else it says: "Harlan Refining",
# "Castell Pumps" (see BODY_NAME_KINDS, ORG_HEADS and INDUSTRY_ENDS).
INDUSTRIES: frozenset[str] = frozenset(
    {
        "refining", "pumps", "cement", "aerospace", "automotive", "packaging", "fisheries",
        "machinery", "robotics", "diagnostics", "biotech", "devices", "beverages",
        "distillers", "apparel", "aviation", "haulage", "hotels", "resorts", "renewables",
    }
)  # fmt: skip

# Kinds of body a description can denote, by its noun: "the watchdog said" is a
# regulator, never the company it investigates. Nouns not listed fit any body.
_BUSINESS = frozenset({"business"})
_MEMBERS = frozenset({"association", "union"})  # a teachers' federation is a union
BODY_NOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "company", "firm", "business", "corporation", "conglomerate", "startup",
            "start-up", "maker", "manufacturer", "retailer", "insurer", "lender",
            "airline", "carrier", "developer", "housebuilder", "wholesaler", "supplier",
            "contractor", "chain", "publisher",
        ),
        _BUSINESS,
    ),
    "group": frozenset({"business", "association"}),
    "regulator": frozenset({"regulator"}),
    "watchdog": frozenset({"regulator"}),
    "department": frozenset({"government"}),
    "ministry": frozenset({"government"}),
    "council": frozenset({"council"}),
    "union": frozenset({"union"}),
    "club": frozenset({"club"}),
    "party": frozenset({"party"}),
    "trust": frozenset({"trust"}),
    "court": frozenset({"court"}),
    "tribunal": frozenset({"court"}),
    "bench": frozenset({"court"}),
    "hospital": frozenset({"hospital", "trust"}),
    "association": _MEMBERS,
    "federation": _MEMBERS,
    "force": frozenset({"police"}),
    "province": frozenset({"government"}),
}  # fmt: skip

# Words of a body's name that tell its kind (see BODY_NOUN_KINDS): "Care Quality
# Commission" is a regulator, "Larchfield Homes Ltd" a business.
_REGULATOR = frozenset({"regulator", "government"})
BODY_NAME_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "ltd", "limited", "inc", "plc", "llc", "llp", "corp", "corporation", "co",
            "company", "holdings", "homes", "developments", "airways", "airlines",
            "foods", "systems", "technologies", "securities", "industries",
            "enterprises", "stores", "motors", "insurance", "logistics", "freight", "buses",
            "coaches", "ferries", "railways", "therapeutics", "pharmaceuticals",
            "biosciences", "chemicals", "plastics", "metals", "textiles", "electronics",
            "minerals", "fertilisers", "fertilizers", "shipping", "mining", "stevedoring",
            "engineering", "trucking", "brewing", "refineries", *INDUSTRIES,
        ),
        _BUSINESS,
    ),
    **dict.fromkeys(
        (
            "commission", "authority", "office", "board", "agency", "inspectorate",
            "ombudsman", "regulator", "watchdog",
        ),
        _REGULATOR,
    ),
    "group": frozenset({"business", "association"}),
    "department": frozenset({"government"}),
    "ministry": frozenset({"government"}),
    "government": frozenset({"government"}),
    "administration": frozenset({"government"}),
    "council": frozenset({"council"}),
    "union": frozenset({"union"}),
    "club": frozenset({"club"}),
    "clube": frozenset({"club"}),  # "Esporte Clube Cantareira"
    "fc": frozenset({"club"}),
    "party": frozenset({"party"}),
    "trust": frozenset({"trust"}),
    "court": frozenset({"court"}),
    "tribunal": frozenset({"court"}),
    "bench": frozenset({"court"}),
    "hospital": frozenset({"hospital"}),
    "hospitals": frozenset({"hospital"}),
    "association": _MEMBERS,
    "federation": _MEMBERS,
    "society": _MEMBERS,
    "police": frozenset({"police"}),
    "constabulary": frozenset({"police"}),
    "force": frozenset({"police"}),
    "province": frozenset({"government"}),
}  # fmt: skip

# Last words of a police force's name ("Avon and Somerset Constabulary").
FORCE_HEADS: frozenset[str] = frozenset({"police", "constabulary"})

# Words that open a reported question ("asked him whether ...").
QUESTION_OPENERS: frozenset[str] = frozenset(
    {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
)

# Words after a role that name whom it serves: "Counsel for the family".
SERVING_WORDS: frozenset[str] = frozenset({"for", "to", "assisting", "representing", "acting"})

# Words inside a name that mark its bearer's gender by naming custom (see
# coref.words._marked_gender).
FEMALE_NAME_MARKS: frozenset[str] = frozenset({"thị", "kaur", "binti", "bte"})
MALE_NAME_MARKS: frozenset[str] = frozenset({"văn", "singh", "bin"})

# Determiners that pick out one of many, unnamed: "one member", "another member".
ONE_PERSON_DETERMINERS: frozenset[str] = frozenset({"one", "a", "an", "another"})

# Nouns for people beyond PERSON_DESCRIPTIONS that news copy leaves unnamed ("one
# fan", "a bystander"): "he said" right after them is not someone named earlier.
MORE_PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "fan", "supporter", "spectator", "onlooker", "bystander", "passer-by", "diner",
        "hawker", "stallholder", "junior", "sophomore", "freshman", "senior", "trader",
        "subscriber", "seller",
        "hiker", "walker", "camper", "angler", "mourner", "attendee", "participant",
        "competitor", "contestant", "villager", "islander", "local", "traveller",
        "traveler", "holidaymaker", "renter", "borrower", "taxpayer", "ratepayer",
        "householder", "landowner", "grower", "rancher", "worshipper", "parishioner",
        "shareholder", "stockholder", "investor", "evacuee", "refugee", "detainee",
        "retiree", "trainee", "whip", "canvasser", "tallyman", "import",  # "the import said"
        "shooter", "translator", "illustrator", "narrator", "inventor", "creator",
        "instructor", "acrobat", "choreographer",
    }
)  # fmt: skip

# A player's position written as two words ("the center back", "the left half").
POSITION_SIDES: frozenset[str] = frozenset({"centre", "center", "left", "right", "full"})
POSITION_PARTS: frozenset[str] = frozenset({"back", "half", "forward", "winger", "guard"})

# Nouns for relatives: "her uncle" may be the one other person named with her surname.
KIN_NOUNS: frozenset[str] = frozenset(
    {
        "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt",
        "grandfather", "grandmother", "grandson", "granddaughter", "nephew", "niece",
        "cousin", "husband", "wife", "dad", "mum", "mom", "parent", "sibling", "twin",
        "stepfather", "stepmother", "stepson", "stepdaughter", "grandparent",
    }
)  # fmt: skip

# "the elder Aagaard": which of a family sharing a surname is meant (1 the elder,
# -1 the younger), and the relatives older or younger than the one they are kin to.
AGE_ORDER_WORDS: dict[str, int] = {"elder": 1, "older": 1, "younger": -1}
SENIOR_KIN: frozenset[str] = frozenset(
    {
        "father", "mother", "dad", "mum", "mom", "parent", "grandfather", "grandmother",
        "grandparent", "uncle", "aunt", "stepfather", "stepmother",
    }
)  # fmt: skip
JUNIOR_KIN: frozenset[str] = frozenset(
    {
        "son", "daughter", "grandson", "granddaughter", "nephew", "niece", "stepson",
        "stepdaughter",
    }
)  # fmt: skip

# Possessives of the one speaking or spoken to: "my mother", "your sister" is
# someone the narrator leaves unnamed, whoever "I" is.
SPEAKER_POSSESSIVES: frozenset[str] = frozenset({"my", "our", "your"})

# Verbs by which a described person goes unnamed, over a passive "named" or
# "identified": declining ('who declined to be identified'), or asking with a
# negation ('who asked that neither he nor the farm be named').
DECLINING_VERBS: frozenset[str] = frozenset({"decline", "refuse"})
ASKING_VERBS: frozenset[str] = frozenset({"ask", "request", "prefer"})
WISHING_VERBS: frozenset[str] = frozenset({"want", "wish"})
NAMING_PASSIVES: frozenset[str] = frozenset({"name", "identify"})

# Titles that a description names with another word: "Justice Ann Roe" is "the judge",
# "Ann Roe KC" is "the barrister".
TITLE_DESCRIPTIONS: dict[str, str] = {"justice": "judge", "kc": "barrister", "qc": "barrister"}
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "neither", "never", "no"})

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she"})
PRONOUNS_GROUP: frozenset[str] = frozenset({"they", "it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

# Gendered words: pronouns, honorifics and descriptions. "she said" does not
# refer back to someone the article calls "he" or "Mr". "Chairman" is not one: British
# copy gives the office that name whoever holds it ("the chairman, Cllr Ann Roe").
MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS: frozenset[str] = MALE_PRONOUNS | FEMALE_PRONOUNS
MALE_WORDS: frozenset[str] = frozenset(
    {
        "mr", "mr.", "sir", "lord", "king", "prince", "emperor", "sultan", "emir",
        "sheikh", "father", "son", "brother", "husband", "uncle", "grandfather",
        "dad", "man", "boy", "spokesman", "businessman", "congressman",
        "councilman", "statesman", "fisherman", "batsman", "sportsman", "monk",
        "priest", "waiter", "nephew", "baron", "duke", "grandad", "granddad", "grandpa",
        "grandson", "stepfather",
    }
)  # fmt: skip
FEMALE_WORDS: frozenset[str] = frozenset(
    {
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess",
        "empress", "mother", "daughter", "sister", "wife", "aunt", "grandmother",
        "mum", "mom", "woman", "girl", "spokeswoman", "chairwoman", "businesswoman",
        "congresswoman", "councilwoman", "sportswoman", "actress", "nun", "waitress",
        "niece", "baroness", "duchess", "countess", "midwife", "grandma", "gran", "granny",
        "granddaughter", "stepmother",
    }
)  # fmt: skip

# Endings of nouns for people ("the archaeologist", "the historian") not listed
# above; only for nouns longer than the ending by three letters or more.
PERSON_SUFFIXES: tuple[str, ...] = ("ologist", "ist", "ian", "eer")

# Nouns for works with titles: 'her film "The Furnace Years"', '"Dune", a novel'.
WORK_NOUNS: frozenset[str] = frozenset(
    {
        "film", "movie", "documentary", "book", "novel", "memoir", "biography",
        "autobiography", "song", "album", "musical", "opera", "ballet", "show",
        "series", "sitcom", "programme", "program", "podcast", "poem", "painting",
        "sculpture", "exhibition", "essay", "anthology", "thriller", "episode",
        "sequel", "anthem", "hymn", "slogan", "motto", "nickname", "headline",
        "magazine", "newspaper",
    }
)  # fmt: skip

# Words that make what follows "as" a name, not speech: 'known locally as "the Pit"'.
NAMING_WORDS: frozenset[str] = frozenset({"known", "billed", "marketed", "branded", "styled"})

# Verbs that give a name: 'dubbed the incident "Lumigeddon"' is a name, not a quote
# (while 'called it "a disgrace"' is one); 'a fisherman called Goran Perić'.
NAMING_VERBS: frozenset[str] = frozenset(
    {"call", "dub", "nickname", "name", "christen", "rename", "term", "know"}
)

# --------------------------------------------------------------------------
# Places. The gazetteer overrides the model's type vote: a place is never a
# PERSON. Names are lowercase; "the" is stripped before lookup.
# --------------------------------------------------------------------------

COUNTRIES: frozenset[str] = frozenset(
    {
        "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda",
        "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas",
        "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
        "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "botswana", "brazil",
        "brunei", "bulgaria", "burkina faso", "burundi", "cabo verde", "cape verde",
        "cambodia", "cameroon", "canada", "central african republic", "chad", "chile",
        "china", "colombia", "comoros", "congo", "democratic republic of the congo",
        "republic of the congo", "costa rica", "côte d'ivoire", "cote d'ivoire",
        "ivory coast", "croatia", "cuba", "cyprus", "czech republic", "czechia",
        "denmark", "djibouti", "dominica", "dominican republic", "ecuador", "egypt",
        "el salvador", "equatorial guinea", "eritrea", "estonia", "eswatini",
        "swaziland", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
        "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
        "guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
        "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan",
        "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
        "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
        "mali", "malta", "marshall islands", "mauritania", "mauritius", "mexico",
        "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco",
        "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands",
        "holland", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
        "north macedonia", "macedonia", "norway", "oman", "pakistan", "palau",
        "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "russian federation",
        "rwanda", "saint kitts and nevis", "saint lucia",
        "saint vincent and the grenadines", "samoa", "san marino",
        "sao tome and principe", "saudi arabia", "senegal", "serbia", "seychelles",
        "sierra leone", "singapore", "slovakia", "slovenia", "solomon islands",
        "somalia", "somaliland", "south africa", "south korea", "south sudan", "spain",
        "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
        "tajikistan", "tanzania", "thailand", "timor-leste", "east timor", "togo",
        "tonga", "trinidad and tobago", "tunisia", "turkey", "türkiye", "turkiye",
        "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates",
        "united kingdom", "britain", "great britain", "united states",
        "united states of america", "america", "uruguay", "uzbekistan", "vanuatu",
        "vatican", "vatican city", "venezuela", "vietnam", "viet nam", "yemen",
        "zambia", "zimbabwe", "england", "scotland", "wales", "northern ireland",
        "soviet union", "ussr", "yugoslavia", "korea", "hong kong", "macau", "macao",
        "greenland", "puerto rico", "guam",
    }
)  # fmt: skip

US_STATES: frozenset[str] = frozenset(
    {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
        "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois",
        "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
        "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "district of columbia", "washington, d.c.", "washington d.c.", "d.c.",
    }
)  # fmt: skip

CITIES: frozenset[str] = frozenset(
    {
        "moscow", "washington", "london", "paris", "berlin", "rome", "madrid",
        "lisbon", "brussels", "amsterdam", "the hague", "vienna", "prague", "warsaw",
        "budapest", "bucharest", "sofia", "athens", "ankara", "istanbul", "kyiv",
        "kiev", "minsk", "vilnius", "riga", "tallinn", "helsinki", "stockholm", "oslo",
        "copenhagen", "dublin", "edinburgh", "belfast", "cardiff", "manchester",
        "liverpool", "birmingham", "glasgow", "geneva", "zurich", "bern", "munich",
        "frankfurt", "hamburg", "cologne", "milan", "naples", "venice", "florence",
        "barcelona", "seville", "valencia", "porto", "marseille", "lyon", "nice",
        "belgrade", "zagreb", "sarajevo", "skopje", "tirana", "podgorica", "pristina",
        "chisinau", "tbilisi", "yerevan", "baku", "stepanakert", "shusha", "ganja",
        "tehran", "baghdad", "damascus", "beirut", "amman", "jerusalem", "tel aviv",
        "gaza city", "ramallah", "cairo", "alexandria", "riyadh", "jeddah", "mecca",
        "medina", "doha", "dubai", "abu dhabi", "muscat", "sanaa", "aden", "kuwait city",
        "manama", "kabul", "kandahar", "islamabad", "karachi", "lahore", "new delhi",
        "delhi", "mumbai", "bombay", "kolkata", "calcutta", "chennai", "bangalore",
        "bengaluru", "hyderabad", "dhaka", "kathmandu", "colombo", "beijing",
        "shanghai", "guangzhou", "shenzhen", "wuhan", "chongqing", "tianjin", "taipei",
        "hong kong", "tokyo", "osaka", "kyoto", "seoul", "pyongyang", "bangkok", "hanoi",
        "ho chi minh city", "saigon", "phnom penh", "vientiane", "yangon", "rangoon",
        "naypyidaw", "kuala lumpur", "singapore", "jakarta", "manila", "sydney",
        "melbourne", "brisbane", "perth", "canberra", "auckland", "wellington",
        "ottawa", "toronto", "montreal", "vancouver", "new york", "new york city",
        "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio",
        "san diego", "dallas", "austin", "san francisco", "seattle", "boston", "miami",
        "atlanta", "detroit", "denver", "las vegas", "baltimore", "new orleans",
        "nashville", "minneapolis", "pittsburgh", "cleveland", "portland",
        "sacramento", "orlando", "tampa", "st. louis", "kansas city", "honolulu",
        "mexico city", "havana", "caracas", "bogota", "bogotá", "lima", "quito",
        "santiago", "buenos aires", "montevideo", "asuncion", "la paz", "brasilia",
        "brasília", "sao paulo", "são paulo", "rio de janeiro", "lagos", "abuja",
        "accra", "dakar", "nairobi", "addis ababa", "mogadishu", "khartoum",
        "kinshasa", "luanda", "johannesburg", "cape town", "pretoria", "harare",
        "kampala", "kigali", "dar es salaam", "tripoli", "tunis", "algiers", "rabat",
        "casablanca", "bamako", "niamey", "ouagadougou", "n'djamena", "juba",
        "mariupol", "kharkiv", "odesa", "odessa", "lviv", "donetsk", "luhansk",
        "kherson", "zaporizhzhia", "bakhmut", "sevastopol", "st. petersburg",
        "saint petersburg", "novosibirsk", "vladivostok", "aleppo", "idlib", "homs",
        "mosul", "basra", "erbil", "kirkuk", "raqqa", "benghazi", "davos", "strasbourg",
        "luxembourg", "monaco", "vatican city", "bethlehem", "hebron", "rafah",
        "khan younis", "astana", "almaty", "tashkent", "bishkek", "dushanbe", "ashgabat",
        "ulaanbaatar",
    }
)  # fmt: skip

REGIONS: frozenset[str] = frozenset(
    {
        "karabakh", "nagorno-karabakh", "nagorno karabakh", "artsakh", "crimea",
        "donbas", "donbass", "kashmir", "jammu and kashmir", "gaza", "gaza strip",
        "west bank", "golan heights", "golan", "east jerusalem", "tibet", "xinjiang",
        "kurdistan", "iraqi kurdistan", "catalonia", "basque country", "chechnya",
        "dagestan", "abkhazia", "south ossetia", "transnistria", "siberia", "balkans",
        "the balkans", "caucasus", "south caucasus", "north caucasus", "middle east",
        "near east", "far east", "sahel", "darfur", "tigray", "amhara", "oromia",
        "punjab", "bavaria", "quebec", "ontario", "british columbia", "alberta",
        "sinai", "horn of africa", "latin america", "central america",
        "central asia", "southeast asia", "south asia", "east asia",
        "western europe", "eastern europe", "central europe", "scandinavia",
        "the arctic", "arctic", "kurdish region", "silicon valley", "wall street",
        "flanders", "wallonia", "corsica", "sicily", "sardinia", "lombardy",
        "tuscany", "andalusia", "galicia", "normandy", "brittany", "provence",
        "sinai peninsula", "korean peninsula", "arabian peninsula", "persian gulf",
        "gulf", "the gulf", "kaliningrad", "chukotka", "sakhalin", "hokkaido",
        "okinawa", "bali", "java", "sumatra", "borneo", "mindanao", "tasmania",
        "new south wales", "queensland", "victoria", "kerala", "gujarat", "bengal",
        "west bengal", "assam", "manipur", "balochistan", "waziristan", "khyber",
        "khyber pakhtunkhwa", "helmand", "rakhine", "shan", "zakarpattia",
        "kherson region", "zaporizhzhia region", "donetsk region", "luhansk region",
        "nakhchivan", "syunik", "lachin", "kelbajar", "aghdam", "fizuli", "jabrayil",
        "zangilan", "qubadli", "hadrut", "martakert", "martuni", "manitoba",
        "saskatchewan", "nova scotia", "new brunswick", "prince edward island",
        "newfoundland and labrador", "south australia", "western australia",
        "northern territory",
    }
)  # fmt: skip

# Continents, oceans and large geographic features: label LOC rather than GPE.
GEOGRAPHIC: frozenset[str] = frozenset(
    {
        "europe", "asia", "africa", "north america", "south america", "americas",
        "the americas", "oceania", "antarctica", "eurasia", "australasia",
        "sub-saharan africa", "north africa", "west africa", "east africa",
        "southern africa", "black sea", "mediterranean", "mediterranean sea",
        "caspian sea", "red sea", "baltic", "baltic sea", "north sea", "aegean",
        "aegean sea", "adriatic", "south china sea", "east china sea", "sea of japan",
        "taiwan strait", "strait of hormuz", "bosphorus", "suez canal", "panama canal",
        "pacific", "pacific ocean", "atlantic", "atlantic ocean", "indian ocean",
        "arctic ocean", "gulf of mexico", "gulf of aden", "alps", "himalayas",
        "andes", "rockies", "urals", "amazon", "nile", "danube", "rhine", "volga",
        "dnipro", "dnieper", "euphrates", "tigris", "jordan river", "yangtze",
        "mekong", "ganges", "mississippi river", "sahara", "gobi", "everest",
        "mount everest", "kilimanjaro", "thames", "severn", "liffey", "mersey", "tyne",
        "tees", "humber", "st. lawrence", "hudson river", "fraser river", "sierra nevada",
        "pyrenees", "apennines", "carpathians", "appalachians", "dolomites", "hindu kush",
        "rocky mountains", "atlas mountains",
    }
)  # fmt: skip

# Continents and supranational regions: an ORG name that runs on into "in
# <one of these>" keeps it ("Organization for Security and Co-operation in Europe").
SUPRANATIONAL: frozenset[str] = frozenset(
    {
        "europe", "asia", "africa", "the americas", "americas", "latin america",
        "the middle east", "middle east", "the pacific", "asia-pacific",
        "asia and the pacific", "the caribbean", "caribbean", "eurasia",
        "central asia", "southeast asia", "eastern europe",
    }
)  # fmt: skip

PLACES: frozenset[str] = COUNTRIES | US_STATES | CITIES | REGIONS | GEOGRAPHIC | EXTRA_PLACES

# Place names that are also common personal or company names: the gazetteer
# yields to the model here when it reads them as a PERSON or an ORG.
AMBIGUOUS_PLACES: frozenset[str] = frozenset(
    {
        "jordan", "chad", "georgia", "victoria", "florence", "paris", "austin",
        "lincoln", "charlotte", "madison", "phoenix", "houston", "sydney", "israel",
        "kent", "jackson", "orlando", "eugene", "dallas", "lima", "santiago",
        "washington", "virginia", "carolina", "india", "china", "regina", "york",
        "chelsea", "devon", "lorraine", "adelaide", "darwin", "nice", "sofia",
        "alexandria", "medina", "perth", "shan", "mali", "niger", "cuba", "tyre",
        "amazon", "santander", "nokia", "orange", "delta", "virgin", "mercedes",
    }
)  # fmt: skip

# Postal-style abbreviations of states and provinces ("HELENA, Mont. -").
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "fla.": "florida", "ga.": "georgia",
    "ill.": "illinois", "kan.": "kansas", "ky.": "kentucky", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina",
    "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania",
    "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "tex.": "texas", "vt.": "vermont", "va.": "virginia",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming", "alta.": "alberta",
    "sask.": "saskatchewan", "ont.": "ontario", "que.": "quebec", "b.c.": "british columbia",
    "man.": "manitoba", "n.b.": "new brunswick", "n.s.": "nova scotia",
    "n.l.": "newfoundland and labrador", "nfld.": "newfoundland", "p.e.i.": "prince edward island",
}  # fmt: skip

# Different spellings of the same place or body; each maps to one group key.
ALIASES: dict[str, str] = {
    "u.s.": "united states",
    "us": "united states",
    "nsw": "new south wales",
    "u.s.a.": "united states",
    "usa": "united states",
    "united states": "united states",
    "united states of america": "united states",
    "america": "united states",
    "u.k.": "united kingdom",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "united kingdom": "united kingdom",
    "eu": "european union",
    "e.u.": "european union",
    "european union": "european union",
    "un": "united nations",
    "u.n.": "united nations",
    "united nations": "united nations",
    "uae": "united arab emirates",
    "u.a.e.": "united arab emirates",
    "united arab emirates": "united arab emirates",
    "ussr": "soviet union",
    "u.s.s.r.": "soviet union",
    "soviet union": "soviet union",
    "drc": "democratic republic of the congo",
    "dr congo": "democratic republic of the congo",
    "democratic republic of the congo": "democratic republic of the congo",
    "nato": "north atlantic treaty organization",
    "north atlantic treaty organization": "north atlantic treaty organization",
    "osce": "organization for security and co-operation in europe",
    "organization for security and co-operation in europe": (
        "organization for security and co-operation in europe"
    ),
    "organization for security and cooperation in europe": (
        "organization for security and co-operation in europe"
    ),
    "türkiye": "turkey",
    "turkiye": "turkey",
    "turkey": "turkey",
    "burma": "myanmar",
    "myanmar": "myanmar",
    "czechia": "czech republic",
    "czech republic": "czech republic",
    "ivory coast": "côte d'ivoire",
    "cote d'ivoire": "côte d'ivoire",
    "côte d'ivoire": "côte d'ivoire",
    "québec": "quebec",
    "kiev": "kyiv",
    "kyiv": "kyiv",
    "nagorno-karabakh": "karabakh",
    "nagorno karabakh": "karabakh",
    "karabakh": "karabakh",
    "russian federation": "russia",
    "russia": "russia",
    "holland": "netherlands",
    "netherlands": "netherlands",
    "new york city": "new york city",
    "nyc": "new york city",
    "washington, d.c.": "washington",
    "washington d.c.": "washington",
    "d.c.": "washington",
    "washington": "washington",
    **STATE_ABBREVIATIONS,
}

# Last words that make a name an event, not an organisation ("London Marathon").
EVENT_HEADS: frozenset[str] = frozenset(
    {
        "marathon", "olympics", "paralympics", "games", "cup", "championship",
        "championships", "tournament", "festival", "open", "grand prix", "derby",
        "world series", "super bowl", "expo", "biennale", "week", "day", "summit",
        "fire", "wildfire", "bushfire", "complex fire",
    }
)  # fmt: skip

# First words that make a name a storm ("Hurricane Helene").
STORM_WORDS: frozenset[str] = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tropical"})

# Lowercase particles inside personal names ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "des",
        "la", "le", "dos", "das", "bin", "bint", "ibn", "al", "el", "ter", "zu", "ten",
        "ap", "vom", "við", "af",
    }
)  # fmt: skip
# Of those, the ones place names never hold ("de" and "la" open "Rio de Janeiro").
PERSON_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "ter", "ten", "zu", "vom", "ap", "bin", "bint", "ibn", "við", "af"}
)

# Words never taken as part of a name at its edges ("the Minsk Group of").
EDGE_STOPWORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "for", "in", "on", "at", "to", "by", "with", "from",
        "and", "or", "&", "'s", "’s", "'", "’", "s", "-", "–", "—",
    }
)  # fmt: skip

# --------------------------------------------------------------------------
# Entity evidence: words around or inside a name that tell what it names.
# --------------------------------------------------------------------------

# Last word of a name (or the word before its first "of"/"for") that makes it
# an organisation: "Harwick Securities", "Harmon County Court of Common Pleas".
ORG_HEADS: frozenset[str] = LEGAL_FORMS | frozenset(
    {
        "corporation", "co.", "company", "group", "holdings", "partners", "associates",
        "capital", "securities",
        "investments", "ventures", "bank", "bancorp", "fund", "trust", "insurance",
        "assurance", "mutual", "foods", "logistics", "freight", "airlines", "airways",
        "motors", "petroleum", "pharmaceuticals", "pharma", "technologies", "tech",
        "systems", "software", "labs", "laboratories", "industries", "enterprises",
        "media", "communications", "telecom", "networks", "entertainment", "studios",
        "interactive",
        "publishing", "brands", "consulting", "solutions", "research", "analytics",
        "commodities", "exchange", "railways", "construction", "properties", "realty",
        "electric", "electronics", "chemicals", "mining", "resources", "shipping", "homes",
        "stevedoring", "engineering", "trucking", "brewing", "agri",
        "semiconductor", "semiconductors", "legislature", "division", "cooperative",
        "co-operative", "consortium", "wire", "ledger", "courier", "chronicle", "telegraph",
        "dispatch", "bulletin", "examiner", "inquirer", "energy", "power", "utilities", "oil",
        "council", "court", "tribunal", "commission", "committee", "board", "authority",
        "agency", "ministry", "department", "bureau", "police", "army", "navy", "transit",
        "university", "college", "institute", "school", "schools", "academy", "hospital",
        "elementary",
        "library", "museum", "society", "association", "federation", "union", "league",
        "alliance", "coalition", "party", "foundation", "charity", "parliament", "administration",
        "guild",
        "nation",
        "assembly", "congress", "senate", "cabinet", "government", "secretariat",
        "organization", "organisation", "club", "fc", "afc", "corps", "brigade",
        "battalion", "regiment", "directorate", "inspectorate", "service", "services",
        "office", "observatory", "orchestra", "choir", "band", "network", "times",
        "post", "herald", "gazette", "tribune", "journal", "news", "press", "echo",
        "advertiser", "buses", "coaches", "ferries", "supermarkets", "bakeries",
        "breweries", "dairies", "isd", "refineries", "healthcare", "textiles", "plastics",
        "metals", "minerals", "fertilisers", "fertilizers", "biosciences", "therapeutics",
        "project", "initiative", "manch", "samiti", "parishad", "morcha", "unit", "co-op",
        "foodstores", "stores", "records", "forum", "rescue", "grill", "bistro", "brasserie",
        "trattoria", "steakhouse", "pizzeria",
    } | INDUSTRIES
)  # fmt: skip

# Of those, the ones that are never anything else: they outweigh a first name
# ("Morgan Holdings" is a company, "Margaret Court" a person). Legal forms that are
# words or initials too ("SA" for South Australia, "AG", "Spa", "Asa") are left out.
ORG_SUFFIXES: frozenset[str] = (LEGAL_FORMS - AMBIGUOUS_LEGAL_FORMS) | frozenset(
    {
        "corporation", "holdings", "securities", "fc", "afc", "university", "ministry",
        "institute", "foundation", "association", "isd", "fm", "project", "initiative",
    }
)  # fmt: skip

# Last words of place names ("Bear Creek", "Kereru Island") and first words
# ("Mount Kenya", "Lake Placid").
LOC_HEADS: frozenset[str] = frozenset(
    {
        "creek", "river", "lake", "lakes", "mountain", "mountains", "hill", "hills",
        "hall", "lido", "castle", "tower", "pier", "dam", "canal", "tunnel", "motorway",
        "highway", "station", "north", "south", "east", "west",
        "valley", "bay", "island", "islands", "isles", "peninsula", "coast", "sea",
        "ocean", "gulf", "strait", "straits", "canyon", "falls", "springs", "heights",
        "forest", "desert", "county", "province", "prefecture", "parish",
        "borough", "township", "village", "beach", "harbour", "harbor", "reservoir",
        "glacier", "plateau", "basin", "street", "avenue", "road", "square", "bridge",
        "airport", "garden", "gardens", "stadium", "arena", "rink", "highlands", "estuary",
        "lane", "lodge", "expressway", "freeway", "parkway", "boulevard", "turnpike",
        "quay", "quays", "wharf", "baths", "park", "palace", "courthouse", "courts",
        "constituency", "grc", "building", "buildings", "drive", "terrace", "crescent",
        "st", "st.", "rd", "rd.", "ave", "ave.", "tce", "dr", "dr.", "hwy", "hwy.",
    }
)  # fmt: skip
LOC_PREFIXES: frozenset[str] = frozenset(
    {
        "mount", "mt", "mt.", "lake", "fort", "cape", "isle", "gulf", "bay", "sea", "strait",
        "upper", "lower", "inner", "outer",
    }
)  # fmt: skip
# Nouns for a settlement that open no name alone: "Spanish Town", "Mexico City".
PLACE_NOUNS: frozenset[str] = frozenset({"town", "city", "village", "port"})
# Plurals by which parties go, after a nationality or "the": "the Scottish Conservatives",
# "the Greens said".
PARTY_PLURALS: frozenset[str] = frozenset(
    {"conservatives", "liberals", "democrats", "republicans", "greens", "nationalists",
     "socialists", "unionists", "tories", "progressives"}
)  # fmt: skip
# Verbs by which a paper speaks of its own reporting: "the Beacon understands", "the
# Mirror has learned", "the Echo can reveal".
OUTLET_VERBS: frozenset[str] = frozenset({"understands", "learned", "learnt", "reveal"})
# Words before a county's name, which keep them ("Co Kerry", "County Offaly").
COUNTY_WORDS: frozenset[str] = frozenset({"co", "co.", "county"})

# Last words of sports clubs' names, in an article about sport ("Riverside
# Rovers", "Hollins Town"); "city" and "town" count for less, being places too.
CLUB_HEADS: frozenset[str] = frozenset(
    {
        "rovers", "wanderers", "united", "athletic", "albion", "rangers", "hotspur",
        "fc", "afc", "villa", "argyle", "orient", "thistle", "harriers", "city", "town",
    }
)  # fmt: skip
PLACE_LIKE_CLUB_HEADS: frozenset[str] = frozenset({"city", "town"})
# Letters after a place that make it a club ("Chesapeake FC", "Harbor City SC").
CLUB_ABBREVIATIONS: frozenset[str] = frozenset({"fc", "sc", "afc", "cf"})

# Words that make an article one about sport (at least three distinct ones).
SPORTS_WORDS: frozenset[str] = frozenset(
    {
        "goal", "goals", "scored", "league", "semi-final", "quarter-final", "coach",
        "striker", "midfielder", "defender", "goalkeeper", "referee", "penalty",
        "kick-off", "half-time", "halftime", "tries", "innings", "wicket", "wickets",
        "touchdown", "touchdowns", "quarterback", "playoff", "playoffs", "play-off",
        "fixture", "stadium", "fans", "squad", "winger", "halfback", "substitute",
        "teammate", "teammates", "rebounds", "assists", "tie-break", "match", "cup",
        "championship", "tournament", "overs", "inning", "batsman", "bowler", "goalie",
        "goaltender", "puck", "rink",
    }
)  # fmt: skip

# Role words between a body and its person: "Rovers manager Sinead Byrne",
# "Sarathi chief executive Arjun Mehra" (the body is an ORG, or a place).
ORG_LEAD_ROLES: frozenset[str] = frozenset(
    {
        "coach", "manager", "boss", "chief", "ceo", "cfo", "coo", "founder", "co-founder",
        "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman",
        "spokesperson", "striker", "midfielder", "defender", "goalkeeper", "captain",
        "winger", "analyst", "economist", "strategist", "executive", "president",
        "owner", "head", "chief-executive", "treasurer", "secretary-general",
    }
)  # fmt: skip

# Words just before a person's name: "Mayor Diane Feld", "substitute Jamal Okoro".
_EXTRA_PERSON_TITLES: frozenset[str] = frozenset(
    {
        "winger", "halfback", "fullback", "quarterback", "pitcher", "substitute",
        "teenager", "veteran", "rookie", "forward", "novelist", "councillor",
        "prosecutor", "coroner", "chef", "reverend", "pastor", "father", "sister",
        "brother", "uncle", "aunt", "grandmother", "grandfather",
    }
)  # fmt: skip
_NOT_PERSON_TITLES: frozenset[str] = frozenset(
    {"head", "chief", "crown", "general", "major", "officer", "leader", "chair"}
)
PERSON_TITLES_BEFORE: frozenset[str] = (
    HONORIFICS | CORE_TITLES | _EXTRA_PERSON_TITLES
) - _NOT_PERSON_TITLES
# Titles held for a place, written after it: "Etobicoke Coun. Stefan Hrynkiw", "Wood
# Buffalo Mayor Khadija Warsame", "New Brunswick Premier Alain Theriault".
PLACE_TITLES: frozenset[str] = frozenset(
    {
        "mayor", "premier", "governor", "coun", "coun.", "councillor", "councilor",
        "cllr", "cllr.", "alderman", "alderwoman", "reeve", "mca",
    }
)  # fmt: skip
# Titles after the portfolio they hold: "Alberta Energy Minister Tom Wisniewski" names
# a portfolio, not a body.
PORTFOLIO_TITLES: frozenset[str] = frozenset({"minister"})
# Nouns for works whose titles may be a title and a name in quote marks ('the film
# "Mayor Pyke"'); a nickname, slogan or headline in quote marks names no work.
TITLED_WORK_NOUNS: frozenset[str] = WORK_NOUNS - {"nickname", "slogan", "motto", "headline"}
# A government's portfolios, which a title's "of" names ("Secretary of Agriculture"):
# unlike "Home" or "General", never the first word of a company's name.
GOVERNMENT_PORTFOLIOS: frozenset[str] = frozenset(
    {
        "agriculture", "health", "defence", "defense", "education", "justice", "energy",
        "interior", "labor", "labour", "transport", "transportation", "environment",
        "commerce", "treasury", "housing", "fisheries", "immigration", "tourism",
    }
)  # fmt: skip
# Words for a side in a court or a house, never a body's name alone: "Crown counsel",
# "Defence lawyer", "the Opposition would".
SIDE_WORDS: frozenset[str] = frozenset({"crown", "defence", "defense", "opposition", "prosecution"})

# Prepositions before a place: "born in Wigan", "near Mendocino".
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "near", "outside", "across", "throughout", "towards", "toward", "along"}
)
# More words before a town of the small gazetteer ("volunteers from Tuam"), and nouns
# before "of" that make it a town ("residents of Truro").
TOWN_PREPOSITIONS: frozenset[str] = frozenset({"from", "around", "into", "through", "to"})
TOWN_OF_NOUNS: frozenset[str] = frozenset(
    {
        "residents", "people", "streets", "outskirts", "centre", "center", "town", "village",
        "suburbs", "mayor", "north", "south", "east", "west", "edge", "heart",
    }
)  # fmt: skip
# Nouns that a town of the small gazetteer modifies after a determiner: "a Tuam
# takeaway", "his Millcreek house", "a Tulsa woman".
TOWN_MODIFIED_NOUNS: frozenset[str] = frozenset(
    {
        "man", "woman", "boy", "girl", "teenager", "teen", "couple", "family", "mother",
        "father", "pensioner", "house", "home", "flat", "apartment", "street", "takeaway",
        "restaurant", "pub", "bar", "cafe", "café", "shop", "store", "hotel", "nightclub",
        "garage", "school", "church", "park", "estate", "suburb", "neighbourhood",
        "neighborhood", "plant", "factory", "mine", "warehouse", "depot",
    }
)  # fmt: skip
# Words before a street's name that make a street of a name like a person's
# ("on Catherine Street", unlike the sprinter "Picabo Street").
STREET_PREPOSITIONS: frozenset[str] = frozenset({"on", "along", "off", "down", "up"})
STREET_HEADS: frozenset[str] = frozenset(
    {
        "street", "st", "st.", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard",
        "crescent", "terrace", "parade", "close", "way", "place", "row", "quay", "wharf",
    }
)  # fmt: skip
# Nouns before "of" whose list of names is a list of places ("residents of X, Y and
# the Z"), and nouns of sites before "at" ("sandbag stations at X and Y").
RESIDENT_NOUNS: frozenset[str] = frozenset(
    {"residents", "inhabitants", "villagers", "townspeople", "householders"}
)
SITE_NOUNS: frozenset[str] = frozenset(
    {
        "station", "stations", "centre", "centres", "center", "centers", "shelter",
        "shelters", "site", "sites", "camp", "camps", "depot", "depots", "checkpoint",
        "checkpoints", "clinic", "clinics",
    }
)  # fmt: skip
# Nouns after a place where trade is done there: "at Kibuye market".
MARKET_NOUNS: frozenset[str] = frozenset({"market", "markets", "bazaar", "souk"})
# Nouns of a firm's sites after its possessive and a place: "its Pune assembly plant".
PLANT_NOUNS: frozenset[str] = frozenset(
    {"plant", "plants", "factory", "factories", "mine", "warehouse", "depot", "campus", "site"}
)
# Elected roles that a party's name goes before: "Labour councillor Jo Bloggs".
PARTY_ROLES: frozenset[str] = frozenset(
    {
        "councillor", "councilor", "mp", "mpp", "mla", "msp", "td", "senator", "lawmaker",
        "legislator", "candidate", "assemblyman", "assemblywoman", "congressman",
        "congresswoman", "alderman", "alderwoman",
    }
)  # fmt: skip
# Plural nouns before a club's name in a sports story: "club champions Taieri Tigers".
CLUB_TITLE_NOUNS: frozenset[str] = frozenset(
    {"champions", "holders", "rivals", "opponents", "leaders", "finalists"}
)
# Nouns for animals just before their names: "the filly Ardmore Lass", "his dog Rex".
ANIMAL_NOUNS: frozenset[str] = frozenset(
    {
        "horse", "filly", "colt", "mare", "gelding", "stallion", "foal", "dog", "puppy",
        "cat", "kitten", "pony", "greyhound",
    }
)  # fmt: skip
# Titles of members elected for a seat: "the MP for Kinross", "Senator for Victoria".
SEAT_TITLES: frozenset[str] = frozenset(
    {"mp", "msp", "ms", "mla", "mpp", "mna", "mha", "td", "senator", "member", "candidate"}
)
# Words before "in" that make what follows a body: "a stake in Acme".
NOT_PLACE_BEFORE_IN: frozenset[str] = frozenset(
    {
        "stake", "stakes", "share", "shares", "investment", "investments", "invest",
        "invested", "investing", "interest", "role", "job", "jobs", "career",
        "position", "confidence", "trust", "faith", "member", "members",
        "majority", "minority", "rebellion", "revolt", "split", "divisions", "rift",
    }
)  # fmt: skip
# Nouns in "the town of X": what follows is a place.
SETTLEMENT_NOUNS: frozenset[str] = frozenset(
    {
        "town", "city", "village", "port", "island", "county", "region", "province",
        "state", "district", "suburb", "capital", "municipality", "hamlet", "borough",
        "community",
        "neighbourhood", "neighborhood", "enclave", "towns", "cities", "villages",
    }
)  # fmt: skip
# Words right after a place: "Millersburg resident", "Leeds-based".
PLACE_FOLLOWERS: frozenset[str] = frozenset(
    {
        "resident", "residents", "native", "natives", "villagers", "townspeople", "region",
        "district", "province", "area", "countryside", "peninsula", "coast", "valley",
        "prefecture", "oblast", "governorate",
    }
)  # fmt: skip
# Plural nouns of places that close a list of their names: "Tarrant, Denton and Collin
# counties", "the Ontario and Quebec provinces".
PLURAL_PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "counties", "provinces", "states", "regions", "districts", "parishes", "boroughs",
        "townships", "municipalities", "prefectures", "islands", "rivers", "valleys",
        "suburbs", "towns", "cities", "villages",
    }
)  # fmt: skip
# Words for geographic features after their name: "the Tapajós river", "Jebel Ali port"
# (unlike PLACE_FOLLOWERS, also said after a nationality: "Omani port operator").
FEATURE_FOLLOWERS: frozenset[str] = frozenset(
    {
        "river", "port", "harbour", "harbor", "estuary", "delta", "basin", "rainforest",
        "airport", "mountains",
    }
)  # fmt: skip
# Words before "between" that make its two names a route's ends: "trains run between
# Naledi and Park Station", "the road between Tuam and Galway".
ROUTE_WORDS: frozenset[str] = frozenset(
    {"run", "runs", "ran", "running", "operate", "operates", "operating", "travel",
     "travels", "travelling", "traveling", "commute", "trains", "buses", "flights",
     "services", "road", "route", "highway", "railway", "line", "stretch", "section"}
)  # fmt: skip
# Verbs of travel before "from": "had flown from Sapporo".
TRAVEL_VERBS: frozenset[str] = frozenset(
    {
        "flown", "flew", "fly", "flying", "flights", "flight", "travelled", "traveled",
        "travelling", "traveling", "drove", "driven", "sailed", "departed", "fled",
        "evacuated", "arrived", "returned", "trains", "buses",
    }
)  # fmt: skip
# Nouns for people before "from": "a widow from Evesham", "a Republican from Big Timber".
FROM_PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "widow", "widower", "couple", "family", "families", "rancher", "girl", "boy",
        "republican", "democrat", "man", "woman", "people", "native", "teenager",
        "teacher", "schoolteacher", "farmer", "nurse", "pensioner", "retiree", "student",
        "mother", "father", "grandmother", "grandfather", "veteran", "worker",
    }
)  # fmt: skip
# Words before "of" that make what follows a place: "north of Gilgandra",
# "a boat that worked out of Arbroath".
PLACE_BEFORE_OF: frozenset[str] = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "outskirts", "out",
    }
)  # fmt: skip
# Words before "of the" that make what follows a place: "the banks of the Tay".
PLACE_BEFORE_OF_THE: frozenset[str] = frozenset(
    {
        "banks", "bank", "mouth", "shores", "shore", "crossing", "waters", "slopes",
        "foot", "summit", "estuary", "headwaters", "basin", "valley",
    }
)  # fmt: skip
# Verbs before a club in a sports story: "Calderford host Ashby Vale".
CLUB_HOST_VERBS: frozenset[str] = frozenset({"host", "hosts", "hosted", "welcome", "welcomes"})
# Verbs whose subject and object are both clubs when written between two names in a
# sports story: "Hallam visit Wensley Park", "who beat Ardmill Athletic 3-0".
MATCH_VERBS: frozenset[str] = frozenset(
    {
        "beat", "beats", "visit", "visits", "visited", "host", "hosts", "hosted", "face",
        "faces", "faced", "play", "plays", "played", "edged", "thrashed", "drew", "draw",
        "trail", "trailed", "lead", "led", "welcome", "welcomes", "welcomed",
    }
)  # fmt: skip
VISIT_VERBS: frozenset[str] = frozenset({"visit", "visits", "visited"})
# Words before "from" and a club a player came from: "on loan from X", "signed from X".
CLUB_FROM_WORDS: frozenset[str] = frozenset({"loan", "signed", "recalled"})
# Words before a club: "ten-man Rovers", "home side Rovers", "the visitors, Rovers".
CLUB_SIDE_WORDS: frozenset[str] = frozenset({"side", "outfit"})
# Plural verbs of a club going to play away: "Hexley travel to Ardmill".
CLUB_TRAVEL_VERBS: frozenset[str] = frozenset({"travel", "go"})
# Last words of places of worship, which a name runs on to ("Greater Mount Olive
# Baptist Church"): buildings, so places.
WORSHIP_HEADS: frozenset[str] = frozenset(
    {
        "church", "chapel", "mosque", "temple", "cathedral", "synagogue", "basilica",
        "abbey", "shrine", "minster", "gurdwara", "tabernacle",
    }
)  # fmt: skip
PLACE_HYPHEN_FOLLOWERS: frozenset[str] = frozenset(
    {"based", "born", "bred", "raised", "headquartered"}
)
# Words about a company around its name: "shares of X", "X's chief executive".
ORG_BEFORE_OF: frozenset[str] = frozenset(
    {"shares", "stake", "stock", "shareholders", "acquisition", "takeover"}
)
# Verbs only a company takes: "acquired X", "operated by X", "X reported a profit".
# Verbs before "for" and an employer or a club: "worked for X", "signed for X".
WORK_FOR_VERBS: frozenset[str] = frozenset(
    {"work", "works", "worked", "working", "play", "plays", "played", "playing", "signed"}
)
ORG_ACQUIRE_VERBS: frozenset[str] = frozenset({"acquired", "acquire", "acquires", "acquiring"})
ORG_OPERATOR_VERBS: frozenset[str] = frozenset({"operated", "acquired", "bought"})
ORG_RESULT_VERBS: frozenset[str] = frozenset({"reported", "posted", "reports", "posts"})
ORG_RESULT_NOUNS: frozenset[str] = frozenset(
    {"profit", "profits", "loss", "losses", "revenue", "revenues", "earnings", "sales"}
)
# Verbs of moving somewhere before "to": "they move to Wairoa".
MOVE_VERBS: frozenset[str] = frozenset(
    {"move", "moves", "moved", "moving", "relocate", "relocated", "relocating"}
)
# Nouns of places in an appositive: "Tuguegarao, the capital of Cagayan".
APPOSITIVE_PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "capital", "city", "town", "village", "hamlet", "suburb", "municipality",
        "province", "county", "island", "hometown", "birthplace",
    }
)  # fmt: skip
# Words of a sport or public service before a country that name its national body:
# "Tennis Australia", "Swim England", "Statistics Canada".
NATIONAL_BODY_WORDS: frozenset[str] = frozenset(
    {
        "tennis", "swim", "swimming", "cricket", "rugby", "football", "golf", "netball",
        "hockey", "cycling", "athletics", "rowing", "sailing", "sport", "basketball",
        "volleyball", "gymnastics", "triathlon", "skiing", "boxing", "equestrian",
        "statistics", "transport", "heritage", "historic", "tourism", "visit", "creative",
        "health", "fire", "emergency", "ambulance", "rescue", "horse", "racing", "water",
        "safety", "enterprise", "sustainable", "energy", "education", "public",
    }
)  # fmt: skip
# Head nouns that open a body's name in French, Spanish, Italian or Portuguese:
# "Bloc Québécois", "Hôpital Saint-Rémi", "Transports Québec", "Consorzio Promovetro".
# Departments a company officer heads: "Vice President of Human Resources".
CORPORATE_PORTFOLIOS: frozenset[str] = frozenset(
    {
        "human resources", "marketing", "operations", "finance", "sales", "communications",
        "engineering", "public affairs", "corporate affairs", "investor relations",
    }
)  # fmt: skip
# First words of campaign groups, which name what they want done: "Save Hexley Woods",
# "Stop the Pylons", "Keep Kelby Green".
CAMPAIGN_OPENERS: frozenset[str] = frozenset({"save", "stop", "keep", "protect", "defend"})
ORG_OPENERS: frozenset[str] = frozenset(
    {
        "parti", "bloc", "syndicat", "fédération", "confédération", "société", "hôpital",
        "université", "banque", "caisse", "ministère", "institut", "régie", "alliance",
        "fondation", "groupe", "compagnie", "agence", "conseil", "collège", "école", "maison",
        "santé", "transports", "partido", "universidad", "banco", "ministerio",
        "sindicato", "fundación", "instituto", "consorzio", "università", "ospedale",
        "banca", "fondazione", "partito", "universidade", "fundação",
        # Welsh, Irish and Maori: "Ysgol Glan Conwy", "Theatr Clwyd", "Gaelscoil Uí Néill"
        "ysgol", "theatr", "coleg", "prifysgol", "cyngor", "urdd", "gaelscoil",
        "gaelcholáiste", "coláiste", "scoil", "kura", "wharekura", "kōhanga", "kohanga",
        "confrérie",
    }
)  # fmt: skip
# First words of clubs' names in Spanish and Portuguese football ("Atlético Guadalmina").
CLUB_OPENERS: frozenset[str] = frozenset(
    {"atlético", "atletico", "deportivo", "sporting", "racing", "club"}
)
# Linking words inside such names: "Alliance des infirmières du Québec", and Welsh and
# Irish articles: "Theatr y Gogledd", "Coleg y Cymoedd", "Scoil na Trionóide".
ROMANCE_LINKS: frozenset[str] = frozenset(
    {"de", "des", "du", "la", "le", "les", "et", "del", "della", "delle", "di", "do", "dos",
     "y", "yr", "na"}
)  # fmt: skip
# First words of hyphenated French place names: "Baie-Comeau", "Val-d'Or", "Sept-Îles".
FRENCH_PLACE_OPENERS: frozenset[str] = frozenset(
    {"baie", "val", "lac", "mont", "cap", "pointe", "île", "îles", "sept", "trois", "rivière"}
)
# Plural common nouns that, before a place, name the public body managing them:
# "Parks Victoria", "Roads Scotland", "Ports Tasmania".
PLURAL_SERVICE_WORDS: frozenset[str] = frozenset(
    {"parks", "roads", "ports", "waters", "forests", "lands", "railways", "highways"}
)
# Public services after a place that name the body providing them: "Ontario Health",
# "Manitoba Hydro".
PLACE_SERVICE_ENDS: frozenset[str] = frozenset(
    {"health", "hydro", "transit", "ambulance", "power", "rail", "water"}
)
# Industry nouns that end a company's name: its first words alone are the company
# ("Velmar" of "Velmar Chemicals", "Arctic Tern" of "Arctic Tern Shipping").
INDUSTRY_ENDS: frozenset[str] = frozenset(
    {
        "chemicals", "pharmaceuticals", "industries", "foods", "plastics", "metals",
        "textiles", "electronics", "motors", "airlines", "minerals", "fertilisers",
        "fertilizers", "technologies", "logistics", "biosciences", "therapeutics",
        "shipping", "mining", "homes", "systems", "stevedoring", "engineering", "trucking",
        "brewing", "agri", "supply", "supplies", "healthcare", "foodstores", "stores",
        "supermarkets",
    } | INDUSTRIES
)  # fmt: skip
ORG_AFTER: frozenset[str] = frozenset(
    {"shares", "stock", "shareholders", "subsidiary", "headquarters", "employees"}
)
# Participles of a body's base after "which is": "X, which is based in Austin".
BASED_WORDS: frozenset[str] = frozenset({"based", "headquartered", "registered"})
ORG_AFTER_POSSESSIVE: frozenset[str] = frozenset(
    {
        "shares", "stock", "shareholders", "board", "ceo", "chairman", "chairwoman",
        "subsidiary", "headquarters", "employees", "chief", "executives", "founder",
        "spokesman", "spokeswoman", "spokesperson", "members", "membership", "co-founder",
    }
)  # fmt: skip
ORG_STAFF_AT: frozenset[str] = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists",
     "executive", "executives", "employee", "employees", "staff"}
)  # fmt: skip

# Nouns for bodies beyond ORG_DESCRIPTIONS, in "the operator, Elmsford Citylink,".
APPOSITIVE_ORG_NOUNS: frozenset[str] = frozenset(
    {
        "operator", "insurer", "carmaker", "automaker", "chipmaker", "drugmaker",
        "supplier", "distributor", "wholesaler", "exporter", "importer", "chain",
        "brand", "outlet", "developer", "contractor", "landlord", "utility", "airport",
        "service", "app", "employer", "marketplace", "platform", "website", "subsidiary",
        "restaurant", "cafe", "café", "bistro", "eatery", "bakery", "deli", "label",
        "paper", "tank",  # "the think tank Bruegel"
    }
)  # fmt: skip
# Role nouns said of people and of bodies alike ("its rival", "the host"): no evidence.
AMBIGUOUS_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "rival", "rivals", "partner", "owner", "host", "member", "leader", "head", "source",
        "star", "winner", "champion", "challenger", "incumbent", "opponent", "investor",
        "client", "customer", "neighbour", "neighbor", "friend", "ally", "backer",
        "sponsor", "trader", "broker", "producer", "publisher", "broadcaster", "agent",
        "guide", "observer", "insider", "representative", "promoter",
    }
)  # fmt: skip
# Head words of a place that are also common surnames: after a first name
# ("Fiona Hill", "Margaret Court") they do not make a place or a body.
SURNAME_HEADS: frozenset[str] = frozenset(
    {
        "hill", "hills", "court", "hall", "church", "lake", "wood", "woods", "park",
        "street", "bridge", "ford", "field", "fields", "castle", "bay", "rivers", "brook",
        "banks", "house", "tower", "dale", "vale", "cross", "gate", "gates", "green",
        "beach", "north", "south", "east", "west", "stone", "marsh", "moss", "forest",
        "cole", "bell", "union", "post", "press", "lane", "lodge", "ledger",
    }
)  # fmt: skip
# Social platforms are companies ("wrote on X", "a Facebook post"); the ones
# that are also common words or letters count only after "on" or before "post".
SOCIAL_PLATFORMS: frozenset[str] = frozenset(
    {
        "x", "twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube",
        "threads", "bluesky", "telegram", "whatsapp", "reddit", "snapchat", "truth social",
        "mastodon", "weibo", "wechat",
    }
)  # fmt: skip
AMBIGUOUS_PLATFORMS: frozenset[str] = frozenset({"x", "threads", "telegram", "truth social"})
PLATFORM_CONTEXT: frozenset[str] = frozenset(
    {"post", "posts", "posted", "account", "page", "video", "videos", "feed", "livestream"}
)
# Words before "district" that make it a quarter of a city, not a public body:
# "the Central Business District", but "Fire Protection District", "School District".
QUARTER_WORDS: frozenset[str] = frozenset(
    {"business", "financial", "historic", "theatre", "theater", "entertainment", "shopping"}
)
# Lowercase words after a name ending in "Line" that make it a railway line: "Circle
# Line trains" (not "Holland America Line", a shipping company).
RAIL_WORDS: frozenset[str] = frozenset(
    {"train", "trains", "service", "services", "station", "stations", "platform", "extension"}
)
# Lowercase words inside a long title: "Secretary of State for Water Resources".
TITLE_LINKS: frozenset[str] = frozenset({"of", "for", "and", "the", "&"})
# Lowercase words between hyphens inside a place's name: "Stoke-on-Trent",
# "Newcastle-upon-Tyne", "Weston-super-Mare", "Walton-on-the-Naze", "Chapel-en-le-Frith".
PLACE_LINK_WORDS: frozenset[str] = frozenset(
    {"on", "upon", "under", "in", "by", "the", "super", "le", "la", "en", "sur", "de"}
)
# Numbered roads: "Highway 26", "Route 9", "Interstate 84".
ROAD_HEADS: frozenset[str] = frozenset(
    {"highway", "route", "interstate", "motorway", "freeway", "road", "hwy", "hwy."}
)
# Words of laws: "Proceeds of Crime Act", "Senate Bill 412" are not bodies.
LAW_HEADS: frozenset[str] = frozenset({"act", "treaty", "amendment", "directive"})
LAW_WORDS: frozenset[str] = frozenset(
    {"bill", "act", "resolution", "amendment", "proposition", "measure", "article", "section"}
)
# Words before a quoted name that make it a nickname, not a title of a work:
# 'known to herders as "the Blue Eye"'.
NICKNAME_WORDS: frozenset[str] = frozenset(
    {"as", "called", "nicknamed", "dubbed", "named", "christened", "renamed"}
)
# National legislatures known by a name of their own: a body wherever written alone
# ("outside the Dáil").
LEGISLATURES: frozenset[str] = frozenset(
    {
        "dáil", "dail", "seanad", "oireachtas", "knesset", "bundestag", "bundesrat",
        "duma", "riksdag", "storting", "folketing", "sejm", "majlis", "senedd", "althing",
        "eduskunta", "lok sabha", "rajya sabha", "verkhovna rada",
    }
)  # fmt: skip
# Political parties of English-speaking countries whose names hold no head word and
# that the model reads as people or misses: "Sinn Féin", "the opposition NDC".
POLITICAL_PARTIES: frozenset[str] = frozenset(
    {
        "sinn féin", "sinn fein", "fianna fáil", "fianna fail", "fine gael", "aontú",
        "aontu", "snp", "dup", "uup", "sdlp", "tuv", "plaid cymru", "ukip", "tories",
        "anc", "eff", "ifp", "actionsa", "ndc", "npp", "apc", "pdp", "odm", "kanu", "uda",
        "zanu-pf", "zanu pf", "bjp", "aap", "dmk", "aiadmk", "pti", "pml-n", "ppp", "mqm",
        "pnp", "jlp", "umno", "pkr", "dap", "pap", "alp", "lnp", "nrm", "fdc",
        "te pāti māori", "te pati maori", "fidesz",
    }
)  # fmt: skip
# Last words by which sports copy names a school's side: "Lakeside Christian", "Eastview
# High", "Holy Cross Catholic".
SCHOOL_SIDE_ENDS: frozenset[str] = frozenset({"high", "christian", "catholic", "prep", "academy"})
# Last words of a school's name whose first words alone are the school ("Whitcomb" of
# "Whitcomb Elementary").
SCHOOL_ENDS: frozenset[str] = frozenset({"elementary", "primary"})
# Last words of geographic features that the article may drop once it has named them:
# "the Avalon" after "the Avalon Peninsula", "the Fraser" after "the Fraser River".
FEATURE_HEADS: frozenset[str] = frozenset(
    {"peninsula", "river", "mountains", "range", "desert", "plateau", "glacier"}
)
# Last words of a sports venue's name, in an article about sport ("Canadian Tire Centre").
VENUE_HEADS: frozenset[str] = frozenset(
    {"centre", "center", "coliseum", "colosseum", "dome", "field", "garden", "gardens"}
)
# Last words of bodies, buildings and honours often named after a person ("Queen
# Elizabeth University Hospital", "Jo Ray Community Rink", "Jo Ray Prize"): such a name
# is never the person's, whatever title or given name opens it. Not words that are
# common surnames too ("Hall", "Park").
EPONYM_HEADS: frozenset[str] = frozenset(
    {
        "hospital", "infirmary", "clinic", "hospice", "university", "college", "school",
        "academy", "institute", "foundation", "trust", "fund", "centre", "center", "rink",
        "arena", "stadium", "library", "museum", "gallery", "airport", "prize", "award",
        "awards", "medal", "trophy", "scholarship", "memorial", "division", "theatre",
        "theater",
    }
)  # fmt: skip
# Last words of a body's branch before its number: "Teamsters Local 120".
BRANCH_WORDS: frozenset[str] = frozenset({"local", "lodge", "chapter", "branch", "district"})
# Collective names of peoples the model reads as bodies ("27 First Nations"): like
# nationalities, not entities (a single nation's name is: "Azaadi Lake First Nation").
PEOPLES: frozenset[str] = frozenset(
    {"first nations", "first peoples", "indigenous peoples", "aboriginal peoples"}
)
# First words that make a known place's name a larger area around it: "Metro
# Vancouver", "Greater Manchester".
AREA_PREFIXES: frozenset[str] = frozenset({"metro", "greater"})
# Lowercase nouns after a name that make it a station's ("King George station").
STATION_WORDS: frozenset[str] = frozenset({"station"})
# First words of a council's or town's own name that make it the council: "the City
# of St. John's said" speaks for the municipal government.
MUNICIPAL_HEADS: frozenset[str] = frozenset(
    {
        "city", "town", "municipality", "township", "village", "borough", "county", "region",
        "province",
    }
)  # fmt: skip
# Units the model reads as places ("minus 38 degrees Fahrenheit").
NOT_NAMES: frozenset[str] = frozenset({"fahrenheit", "celsius", "centigrade", "kelvin"})
# Nouns for a person of a nation, mostly those no regular ending marks ("the Briton",
# "a Dane", "the Kenyan"): after a determiner, a description, never a name.
DEMONYM_NOUNS: frozenset[str] = frozenset(
    {
        "briton", "britons", "brit", "brits", "dane", "danes", "swede", "swedes", "pole",
        "poles", "scot", "scots", "turk", "turks", "serb", "serbs", "croat", "croats",
        "spaniard", "spaniards", "kiwi", "kiwis", "aussie", "aussies", "englishman",
        "englishwoman", "frenchman", "frenchwoman", "irishman", "irishwoman", "scotsman",
        "scotswoman", "welshman", "welshwoman", "dutchman", "dutchwoman", "finn", "finns",
        "swiss", "czech", "czechs", "slovak", "slovaks", "thai", "thais", "filipino",
        "filipina", "argentine", "argentines", "kenyan", "norwegian", "norwegians",
    }
) | frozenset(  # "the Londoner", "a Queenslander"
    f"{place}{end}" for place in CITIES | REGIONS if " " not in place for end in ("er", "ers")
)  # fmt: skip
# Abbreviations of common nouns the model tags as bodies when alone ("a former GP").
COMMON_ABBREVIATIONS: frozenset[str] = frozenset({"gp", "gps", "icu", "mri", "suv", "atm"})
# Those written in capitals only, their lowercase being a name ("Ed"): a hospital's
# emergency room or department ("waited hours in ED", "close the ER").
CAPITALISED_ABBREVIATIONS: frozenset[str] = frozenset({"ED", "ER", "A&E"})
# Capitalised words that are not names of people, places or bodies when they stand
# alone: family words used as names ("Mum said"), languages ("sung in Uzbek"),
# holidays ("since Easter").
KINSHIP_NAMES: frozenset[str] = frozenset(
    {
        "mum", "mam", "mom", "mummy", "mommy", "mammy", "mama", "mamma", "dad",
        "daddy", "papa", "nan", "nana", "nanna", "gran", "granny", "grandma",
        "grandpa", "grandad", "granddad", "grandmother", "grandfather", "auntie", "aunty",
    }
)  # fmt: skip
LANGUAGES: frozenset[str] = frozenset(
    {
        "english", "french", "german", "spanish", "portuguese", "italian", "dutch",
        "flemish", "russian", "ukrainian", "polish", "czech", "slovak", "hungarian",
        "romanian", "bulgarian", "serbian", "croatian", "bosnian", "slovene", "albanian",
        "greek", "turkish", "arabic", "hebrew", "persian", "farsi", "dari", "pashto",
        "urdu", "hindi", "bengali", "punjabi", "tamil", "telugu", "marathi", "gujarati",
        "nepali", "sinhala", "mandarin", "cantonese", "chinese", "japanese", "korean",
        "vietnamese", "thai", "khmer", "lao", "burmese", "malay", "indonesian", "tagalog",
        "filipino", "swahili", "amharic", "somali", "hausa", "yoruba", "igbo", "zulu",
        "xhosa", "afrikaans", "swedish", "norwegian", "danish", "finnish", "icelandic",
        "estonian", "latvian", "lithuanian", "georgian", "armenian", "azerbaijani",
        "kazakh", "uzbek", "kyrgyz", "tajik", "turkmen", "mongolian", "tibetan", "uyghur",
        "kurdish", "welsh", "gaelic", "irish", "scots", "catalan", "basque", "galician",
        "latin", "esperanto", "yiddish", "maori", "māori", "quechua", "guarani",
        "ojibwe", "ojibway", "anishinaabemowin", "cree", "oji-cree", "inuktitut", "innu",
        "mi'kmaq", "dene", "navajo", "lakota", "hawaiian", "samoan", "tongan", "fijian",
    }
)  # fmt: skip
HOLIDAYS: frozenset[str] = frozenset(
    {
        "easter", "christmas", "xmas", "ramadan", "eid", "diwali", "hanukkah", "chanukah",
        "passover", "thanksgiving", "halloween", "lent", "advent", "pentecost", "hogmanay",
        "kwanzaa", "holi", "navratri", "vesak", "nowruz", "michaelmas", "whitsun",
    }
)  # fmt: skip
# Stage directions in a transcript: "(Laughs.)".
STAGE_DIRECTIONS: frozenset[str] = frozenset(
    {
        "laughs", "laughter", "laughing", "applause", "pause", "pauses", "sighs",
        "smiles", "inaudible", "crosstalk", "chuckles", "shrugs", "nods",
    }
)  # fmt: skip
# Names of well-known illnesses, never people or bodies ("flu and COVID-19 admissions").
ILLNESS_NAMES: frozenset[str] = frozenset(
    {"covid", "covid-19", "sars", "mers", "ebola", "mpox", "zika", "aids", "hiv", "hiv/aids"}
)
# Lowercase nouns after a name that make it the name of an illness ("Lassa fever").
DISEASE_NOUNS: frozenset[str] = frozenset(
    {"fever", "virus", "disease", "syndrome", "flu", "influenza", "infection", "infections"}
)
# Articles that open two-word Spanish place names ("Las Cruces", "Los Alamos").
PLACE_ARTICLES: frozenset[str] = frozenset({"los", "las"})
# Last words of a tournament's name in a sports story ("the Brisbane International").
SPORTS_EVENT_HEADS: frozenset[str] = frozenset(
    {"international", "classic", "masters", "invitational", "trophy", "series", "cup"}
)
# Lowercase nouns of things and animals after a lone capitalised word: "CT scanners",
# "Angus cows", "MRI machines" name a kind of thing, not a body.
NOT_ORG_BEFORE: frozenset[str] = frozenset(
    {
        "scanner", "scanners", "scan", "scans", "machine", "machines", "cow", "cows",
        "cattle", "bull", "bulls", "heifer", "heifers", "steer", "steers", "calves",
        "ewe", "ewes", "lamb", "lambs", "sheep", "breed", "breeds", "x-ray", "x-rays",
    }
)  # fmt: skip

# Post-nominal letters after a person's name: "Andrew Lyle KC".
POST_NOMINALS: frozenset[str] = frozenset(
    {
        "kc", "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "dbe", "phd",
        "esq", "esq.", "frs", "sc", "bl", "ms", "mla", "mpp", "mha", "mna", "td", "ao",
        "ac", "am", "oam", "onzm", "cnzm", "mnzm", "jp", "md",
    }
)  # fmt: skip

# Month names, for datelines ("Bucharest, March 7 (Meridian Wire) -").
MONTHS: frozenset[str] = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
        "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.",
        "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    }
)  # fmt: skip

# --------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------

# Lemmas of verbs that report speech: their subject is the speaker.
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "ask", "write", "warn", "insist", "note", "explain",
        "state", "declare", "announce", "claim", "argue", "reply", "respond", "answer",
        "acknowledge", "admit", "confirm", "deny", "suggest", "stress", "emphasize",
        "emphasise", "urge", "predict", "recall", "remark", "observe", "comment",
        "continue", "conclude", "complain", "concede", "caution", "contend", "assert",
        "maintain", "report", "reiterate", "repeat", "tweet", "post", "recount",
        "vow", "promise", "pledge", "threaten", "joke", "quip", "shout", "whisper",
        "cry", "exclaim", "scream", "mutter", "murmur", "yell", "testify", "boast",
        "brag", "lament", "plead", "demand", "counter", "retort", "inform", "allege",
        "assure", "affirm", "disclose", "reveal", "charge", "mention", "agree",
        "disagree", "object", "protest", "propose", "recommend", "advise", "tout",
        "concur", "elaborate", "speculate", "estimate", "forecast", "reason",
        "begin", "start", "sing", "chant", "read", "quote", "cite", "blog", "text",
        "email", "message", "reckon", "muse", "sigh", "laugh", "snap",
        "hint", "indicate", "point", "signal", "underline", "underscore", "highlight",
        "grin", "smile", "shrug", "nod", "beam", "sob", "gasp", "groan", "chuckle",
        "press", "fume", "rage", "rant", "roar", "seethe", "gush", "enthuse", "rave",
        "bellow", "thunder", "growl", "bark",
        "rag",  # the lemmatizer's reading of "raged"
    }
)  # fmt: skip

# Verbs whose object goes on to do what an infinitive after it says ("leaving Garvock
# to complain", "prompting the minister to warn"): the object is the one who speaks.
CAUSING_VERBS: frozenset[str] = frozenset(
    {"leave", "prompt", "force", "lead", "cause", "spur", "drive", "compel", "provoke"}
)

# Forms of "say" the parser may tag as a noun ('“…,” the 56-year-old said, standing
# ...'): news copy uses them only as the verb, so they report speech whatever the tag.
SAY_FORMS: frozenset[str] = frozenset({"said", "says"})

# Verbs that attribute a short or embedded quote to their subject even though
# they do not report speech directly: 'expressed concern over the "collapse"',
# 'accused X of being "passive"', 'called it "a disgrace"', 'put the cost at "$6m"'.
ATTRIBUTING_VERBS: frozenset[str] = REPORTING_VERBS | frozenset(
    {
        "express", "accuse", "call", "describe", "label", "dub", "brand", "term",
        "characterize", "characterise", "refer", "dismiss", "condemn", "denounce",
        "welcome", "praise", "criticize", "criticise", "blast", "slam", "decry",
        "hail", "laud", "blame", "mock", "ridicule", "question", "challenge",
        "reject", "voice", "raise", "vow", "believe", "think", "feel", "hope",
        "fear", "worry", "want", "wish", "consider", "deem", "regard", "see", "view",
        "promise", "pledge", "predict", "envision", "envisage", "urge", "appeal",
        "liken", "compare", "emphasize", "stress", "decline", "put", "thank", "remember",
    }
)  # fmt: skip

# Verbs of a court's or an inquiry's finding: they attribute a quote only inside the
# clause they introduce ('acquitted them, finding that the account was “…”'), not
# one they take as an object ('tests found a “forever chemical”').
RULING_VERBS: frozenset[str] = frozenset({"find", "hold", "rule", "conclude"})
# Nouns for someone's words that a ruling weighs: "his account that ... was credible".
CLAIM_NOUNS: frozenset[str] = frozenset(
    {"account", "claim", "version", "evidence", "testimony", "explanation", "story", "assertion"}
)

# Verbs of thought, wish or onset that attribute a quote they govern only when no
# speech verb above them does: in 'Lee said the group wanted to own "ports"' and
# 'said the firms would begin "the day the ink dries"' the words are Lee's.
WEAK_CUE_VERBS: frozenset[str] = frozenset(
    {
        "believe", "think", "feel", "hope", "fear", "worry", "want", "wish", "consider",
        "deem", "regard", "see", "view", "envision", "envisage", "begin", "start",
    }
)  # fmt: skip

# Verbs whose use with a quote marks it as direct speech even without
# punctuation before the quote mark ('she said "We won"').
SPEECH_VERBS_STRICT: frozenset[str] = frozenset(
    {"say", "tell", "add", "ask", "write", "reply", "respond", "answer", "tweet", "post"}
)

# Reporting verbs that make a short sentence of their own an attribution of the
# quote before it ('“We won.” He said.'); "Critics disagreed." is not one.
BARE_CUE_VERBS: frozenset[str] = SPEECH_VERBS_STRICT | frozenset(
    {
        "explain", "insist", "note", "recall", "continue", "conclude", "warn", "admit",
        "concede", "joke", "quip", "shout", "whisper", "laugh", "sigh", "cry", "exclaim",
        "observe", "remark", "muse", "declare", "announce", "state", "confirm", "tell",
    }
)  # fmt: skip

# Reporting verbs whose object is the listener, never the speaker ("told reporters").
ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell", "ask", "inform", "remind"})

# Verbs that report a reply only with "back" and a clause or quote: 'shot back
# that ...', '“No,” she fired back.' ("Troops shot back at the gunmen" is not one).
BACK_REPORTING_VERBS: frozenset[str] = frozenset({"shoot", "fire", "hit", "strike"})

# Verbs that report a point made to someone with "to" and a clause: 'Lyle put it
# to her that her account was “…”'.
PUT_TO_VERBS: frozenset[str] = frozenset({"put", "pose"})

# Nouns of a reply, after which "from X" names who speaks next: "a sharp response from X".
REPLY_NOUNS: frozenset[str] = frozenset(
    {"response", "reply", "rebuke", "retort", "riposte", "rejoinder", "rebuttal"}
)

# Verbs of reply: who replies is not who just asked ('“…?” Ms Haque asked. “…,”
# the witness replied').
REPLY_VERBS: frozenset[str] = frozenset({"reply", "answer", "respond", "retort", "counter"})

# Verbs that, opening the paragraph after a quote, say who spoke it by looking back:
# 'Lindsay says it ...', 'Sarpong delivered the line ...', 'That is how Maguire
# describes it.' ("Smith said the plan would fail" starts something new.)
LOOKING_BACK_VERBS: frozenset[str] = frozenset(
    {"describe", "deliver", "put", "sum", "phrase", "characterize", "characterise"}
)

# Objects of such a verb that stand for the quote before: "delivered the line".
SPOKEN_WORDS_NOUNS: frozenset[str] = frozenset(
    {"line", "word", "remark", "comment", "quote", "verdict", "message", "warning", "plea"}
)

# Verbs of memory that, like LOOKING_BACK_VERBS, name who spoke the quote before them:
# "That is almost all Birthe Kjaer remembers of the afternoon."
MEMORY_VERBS: frozenset[str] = frozenset({"remember", "recall"})

# Words after "That is" that make the rest say how much or how: "all", "what", "how".
LOOKING_BACK_OPENERS: frozenset[str] = frozenset({"all", "what", "how", "much"})

# Issuing a document of one's words, then a colon and the quote: "Kessling issued a
# statement, and it was shorter still: “…”".
ISSUING_VERBS: frozenset[str] = frozenset({"issue", "release", "publish", "post", "send"})

# Multi-word cues without a reporting verb: "according to X".
ACCORDING_TO: tuple[str, str] = ("according", "to")

# Nouns of "by X's own admission", "by his account": X says what the sentence quotes.
OWN_WORD_NOUNS: frozenset[str] = frozenset({"admission", "account", "reckoning"})

# Words before a quote that mark it as a scare quote or a name, never speech.
SCARE_MARKERS: frozenset[str] = frozenset(
    {"so-called", "so called", "dubbed", "nicknamed", "titled", "entitled", "named"}
)

# Words that may open a quote with an apostrophe but are elisions, not quotes.
ELISIONS: frozenset[str] = frozenset(
    {"em", "n", "til", "cause", "bout", "tis", "twas", "round", "cos", "ol", "nuff", "im"}
)

# Words that never follow a plural possessive: "on site ‘within months’ and aimed" closes
# a quote, where "the workers’ union" may not.
NEVER_AFTER_POSSESSIVE: frozenset[str] = frozenset(
    {"and", "or", "but", "nor", "to", "of", "by", "in", "on", "at", "for", "from", "with"}
    | {"as", "than", "that", "which", "who", "when", "if", "while", "because", "so"}
    | {"is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should"}
    | {"the", "a", "an", "this", "these", "those", "it", "he", "she", "they", "we", "said"}
)

# Quote marks. Openers and closers of the double kind (incl. guillemets).
DOUBLE_OPENERS: frozenset[str] = frozenset({"“", "„", "«", "‟"})
DOUBLE_CLOSERS: frozenset[str] = frozenset({"”", "»"})
DOUBLE_NEUTRAL: frozenset[str] = frozenset({'"', "＂"})
SINGLE_OPENERS: frozenset[str] = frozenset({"‘", "‚", "‹"})
SINGLE_CLOSERS: frozenset[str] = frozenset({"’", "›"})
SINGLE_NEUTRAL: frozenset[str] = frozenset({"'"})
