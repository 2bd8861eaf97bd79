"""The news NER keeps what the stock model knew about well-known names.

It was tuned on the team's corpus, whose people are invented. These are real
people, bodies and places as wire copy names them; through the whole entity
stage the tuned NER must type them at least as well as the stock NER does.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from service.extract.entities import extract_entities
from service.nlp import resolve_model_name

WELL_KNOWN: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "President Joe Biden spoke to reporters in Delaware. Biden said the deal was close.",
        [("Joe Biden", "PERSON"), ("Delaware", "LOC")],
    ),
    (
        "French President Emmanuel Macron arrived in Berlin on Monday. "
        "Macron will meet the chancellor.",
        [("Emmanuel Macron", "PERSON"), ("Berlin", "LOC")],
    ),
    (
        "Prime Minister Narendra Modi opened the bridge in Mumbai. Modi's government paid for it.",
        [("Narendra Modi", "PERSON"), ("Mumbai", "LOC")],
    ),
    (
        "Russian President Vladimir Putin spoke by phone with Xi Jinping. "
        "Putin's aides gave no details.",
        [("Vladimir Putin", "PERSON"), ("Xi Jinping", "PERSON")],
    ),
    (
        "Microsoft said on Tuesday it would buy the studio. "
        "The deal values the studio at $2 billion, Microsoft said.",
        [("Microsoft", "ORG")],
    ),
    (
        "Reuters reported the talks had stalled. "
        "Officials in Brussels declined to comment to Reuters.",
        [("Reuters", "ORG"), ("Brussels", "LOC")],
    ),
    (
        "NATO Secretary General Mark Rutte visited Kyiv. Rutte promised more air defence.",
        [("Mark Rutte", "PERSON"), ("NATO", "ORG"), ("Kyiv", "LOC")],
    ),
    (
        "The Federal Reserve kept rates on hold. "
        "Fed Chair Jerome Powell said inflation was easing.",
        [("Jerome Powell", "PERSON")],
    ),
    (
        "Toyota recalled 400,000 cars in Japan. Toyota shares fell 2% in Tokyo.",
        [("Toyota", "ORG"), ("Japan", "LOC"), ("Tokyo", "LOC")],
    ),
    (
        "Tesla chief executive Elon Musk said prices would fall. Musk spoke at a factory in Texas.",
        [("Elon Musk", "PERSON"), ("Tesla", "ORG"), ("Texas", "LOC")],
    ),
    (
        "Ukrainian President Volodymyr Zelensky addressed Congress. Zelensky asked for more aid.",
        [("Volodymyr Zelensky", "PERSON"), ("Congress", "ORG")],
    ),
    (
        "Former President Donald Trump held a rally in Iowa. Trump attacked his rivals.",
        [("Donald Trump", "PERSON"), ("Iowa", "LOC")],
    ),
    (
        "Brazil's President Luiz Inacio Lula da Silva flew to Beijing. "
        "Lula will meet business leaders.",
        [("Luiz Inacio Lula da Silva", "PERSON"), ("Brazil", "LOC"), ("Beijing", "LOC")],
    ),
    (
        "Turkish President Recep Tayyip Erdogan spoke in Ankara. "
        "Erdogan said Turkey would not back down.",
        [("Recep Tayyip Erdogan", "PERSON"), ("Ankara", "LOC"), ("Turkey", "LOC")],
    ),
    (
        "The World Health Organization declared the outbreak over. "
        "WHO officials thanked health workers in Uganda.",
        [("World Health Organization", "ORG"), ("Uganda", "LOC")],
    ),
    (
        "Japanese Prime Minister Fumio Kishida visited Seoul. "
        "Kishida and his host discussed trade.",
        [("Fumio Kishida", "PERSON"), ("Seoul", "LOC")],
    ),
    (
        "Amazon founder Jeff Bezos sold more shares. Bezos still owns about 9% of Amazon.",
        [("Jeff Bezos", "PERSON"), ("Amazon", "ORG")],
    ),
    (
        "The European Union fined Apple 1.8 billion euros. Apple said it would appeal.",
        [("European Union", "ORG"), ("Apple", "ORG")],
    ),
    (
        "Lionel Messi scored twice as Inter Miami beat Orlando City. "
        "Messi has 20 goals this season.",
        [("Lionel Messi", "PERSON"), ("Inter Miami", "ORG")],
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu met his cabinet. "
        "Netanyahu's office released a statement.",
        [("Benjamin Netanyahu", "PERSON")],
    ),
    (
        "Vice President Kamala Harris campaigned in Pennsylvania. "
        "Harris spoke to union members in Pittsburgh.",
        [("Kamala Harris", "PERSON"), ("Pennsylvania", "LOC"), ("Pittsburgh", "LOC")],
    ),
    (
        "Samsung Electronics posted its best quarter since 2018. Samsung shares rose in Seoul.",
        [("Samsung Electronics", "ORG"), ("Seoul", "LOC")],
    ),
    (
        "Former President Barack Obama praised the ruling. Obama wrote that it was a good day.",
        [("Barack Obama", "PERSON")],
    ),
    (
        "Boeing delivered 40 jets last month. Boeing's rival Airbus delivered 60.",
        [("Boeing", "ORG"), ("Airbus", "ORG")],
    ),
    (
        "The Pentagon said two soldiers were wounded in Syria. Pentagon officials gave no names.",
        [("Pentagon", "ORG"), ("Syria", "LOC")],
    ),
    (
        "Pope Francis celebrated Mass in St Peter's Square. Francis called for peace in Gaza.",
        [("Gaza", "LOC")],
    ),
    (
        "Kremlin spokesman Dmitry Peskov declined to comment. Peskov spoke to reporters in Moscow.",
        [("Dmitry Peskov", "PERSON"), ("Moscow", "LOC")],
    ),
    (
        "Nvidia chief executive Jensen Huang spoke in Taipei. "
        "Huang said demand for Nvidia chips was strong.",
        [("Jensen Huang", "PERSON"), ("Nvidia", "ORG"), ("Taipei", "LOC")],
    ),
    (
        "The International Monetary Fund cut its forecast for Germany. "
        "The IMF expects growth of 0.5%.",
        [("International Monetary Fund", "ORG"), ("Germany", "LOC")],
    ),
    (
        "OpenAI chief executive Sam Altman testified in Washington. "
        "Altman told senators that rules were needed.",
        [("Sam Altman", "PERSON"), ("OpenAI", "ORG"), ("Washington", "LOC")],
    ),
    (
        "Shell and BP reported lower profits. BP's shares fell in London.",
        [("Shell", "ORG"), ("BP", "ORG"), ("London", "LOC")],
    ),
    (
        "South African President Cyril Ramaphosa addressed parliament in Cape Town. "
        "Ramaphosa promised to end power cuts.",
        [("Cyril Ramaphosa", "PERSON"), ("Cape Town", "LOC")],
    ),
    (
        "British Prime Minister Keir Starmer met Irish leaders in Dublin. "
        "Starmer said ties had never been stronger.",
        [("Keir Starmer", "PERSON"), ("Dublin", "LOC")],
    ),
    (
        "German Chancellor Olaf Scholz flew to Washington. "
        "Scholz will meet the president on Friday.",
        [("Olaf Scholz", "PERSON"), ("Washington", "LOC")],
    ),
    (
        "The BBC apologised for the error. A BBC spokesperson said the report had been corrected.",
        [("BBC", "ORG")],
    ),
    (
        "Taylor Swift added three concerts in London. "
        "Swift's tour has sold more than four million tickets.",
        [("Taylor Swift", "PERSON"), ("London", "LOC")],
    ),
    (
        "Google faces a new antitrust suit from the Justice Department. "
        "Google said it would fight the case.",
        [("Google", "ORG"), ("Justice Department", "ORG")],
    ),
    (
        "United Nations Secretary-General Antonio Guterres spoke in Geneva. "
        "Guterres urged a ceasefire.",
        [("Antonio Guterres", "PERSON"), ("Geneva", "LOC")],
    ),
    (
        "Mexican President Claudia Sheinbaum spoke in Mexico City. "
        "Sheinbaum said talks with Washington would go on.",
        [("Claudia Sheinbaum", "PERSON"), ("Mexico City", "LOC")],
    ),
    (
        "Novak Djokovic beat Carlos Alcaraz in Paris. Djokovic said Alcaraz had pushed him hard.",
        [("Novak Djokovic", "PERSON"), ("Carlos Alcaraz", "PERSON"), ("Paris", "LOC")],
    ),
]


def _misses(nlp: Language) -> list[str]:
    misses = []
    for text, expected in WELL_KNOWN:
        found = {e.name: e.type for e in extract_entities(nlp(text), article_id="art-1")}
        misses += [
            f"{name} ({kind}): {found}" for name, kind in expected if found.get(name) != kind
        ]
    return misses


def test_well_known_names_are_typed_at_least_as_well_as_by_the_stock_ner(nlp: Language) -> None:
    stock = _misses(spacy.load(resolve_model_name("en_core_web_sm")))
    tuned = _misses(nlp)
    assert len(tuned) <= len(stock), "\n".join(tuned)
