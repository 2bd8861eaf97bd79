"""Entity extraction: the model's systematic errors fixed with document-level evidence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.events import Entity
from service.extract.entities import extract_entities
from service.ids import item_id

# The `text` of /work/shared/examples/seed-article.json (the worked example).
SEED_TEXT = (
    "“We’ve joined our European partners and, frankly, many countries around the world to ask "
    "that there be a ceasefire, the beginning of a solution to the conflict,” Pompeo told "
    "reporters.\n“We’ve watched the reporting of civilian deaths,” he said. “We’ve watched "
    "Turkey begin to reinforce Azerbaijan. We’ve asked every international player to stay out "
    "of the region, not to continue to reinforce trouble and we’re working to deliver that. And "
    "we’re using our diplomatic toolkit to try and achieve an outcome that gets a … ceasefire and "
    "an outcome that is a solution based on international law.”\n“We’ve done some work that I "
    "think increases the likelihood that the objectives that I’ve just identified for you "
    "actually take place,” added Pompeo.\nPompeo already said last week that “outsiders ought to "
    "stay out” of the Karabakh conflict. He did not explicitly point the finger at Turkey which "
    "strongly supports Azerbaijan’s military action.\nThe United States, Russia and France have "
    "long been leading international efforts to end the Karabakh conflict through the Minsk Group "
    "of the Organization for Security Organization in Europe. In the last two weeks they have "
    "repeatedly issued statements calling for an immediate halt to the war that broke out on "
    "September 27.\nMoscow brokered an Armenian-Azerbaijani ceasefire agreement on October 10. "
    "Hostilities in the conflict zone have continued since then, however.\nFormer U.S. Vice "
    "President Joe Biden, President Donald Trump’s Democratic rival in the November 3 "
    "presidential election, on Tuesday expressed deep concern over the “collapse” of the "
    "ceasefire and accused the Trump administration of being “largely passive and disengaged.”\n"
    "“Rather than delegating the diplomacy to Moscow, the administration must get more involved, "
    "at the highest levels,” Biden said in a statement.\nPompeo said that he briefly discussed "
    "the Karabakh escalation with Trump earlier on Wednesday. He said that Washington is “paying "
    "a great deal of attention” to the conflict."
)

# The PERSON, ORG and LOC entities of seed-article.expected.json.
SEED_ENTITIES: dict[str, tuple[str, list[str]]] = {
    "Pompeo": ("PERSON", ["Pompeo"]),
    "Turkey": ("LOC", ["Turkey"]),
    "Azerbaijan": ("LOC", ["Azerbaijan"]),
    "Karabakh": ("LOC", ["Karabakh"]),
    "United States": ("LOC", ["United States", "U.S."]),
    "Russia": ("LOC", ["Russia"]),
    "France": ("LOC", ["France"]),
    "Minsk Group": ("ORG", ["Minsk Group"]),
    "Organization for Security Organization in Europe": (
        "ORG",
        ["Organization for Security Organization in Europe"],
    ),
    "Moscow": ("LOC", ["Moscow"]),
    "Washington": ("LOC", ["Washington"]),
    "Joe Biden": ("PERSON", ["Joe Biden", "Biden"]),
    "Donald Trump": ("PERSON", ["Donald Trump", "Trump"]),
}


def entities_of(nlp: Language, text: str) -> list[Entity]:
    return extract_entities(nlp(text), article_id="art-1")


def aliases(entity: Entity) -> list[str]:
    """Distinct mention texts in order of first appearance."""
    return list(dict.fromkeys(mention.text for mention in entity.mentions))


def summary(entities: list[Entity]) -> dict[str, tuple[str, list[str]]]:
    return {entity.name: (entity.type, aliases(entity)) for entity in entities}


ENTITY_CASES = [
    pytest.param(
        "Angela Merkel met voters in Bavaria. Merkel's party lost, Merkel said.",
        [("Angela Merkel", "PERSON", ["Angela Merkel", "Merkel"]), ("Bavaria", "LOC", ["Bavaria"])],
        [],
        id="surname_joins_the_full_name",
    ),
    pytest.param(
        "President Joe Biden spoke on Monday. Biden's plan costs $2 trillion.",
        [("Joe Biden", "PERSON", ["Joe Biden", "Biden"])],
        ["Biden's", "President Joe Biden"],
        id="possessive_and_title_are_not_part_of_the_name",
    ),
    pytest.param(
        "The United States and the U.S. Navy held drills near the US coast.",
        [("United States", "LOC", ["United States", "US"]), ("U.S. Navy", "ORG", ["U.S. Navy"])],
        [],
        id="alias_table_joins_spellings_but_not_a_longer_org_name",
    ),
    pytest.param(
        "Residents of Karabakh fled to Armenia as shelling hit Karabakh again.",
        [("Karabakh", "LOC", ["Karabakh"]), ("Armenia", "LOC", ["Armenia"])],
        [],
        id="gazetteer_place_tagged_person_becomes_loc",
    ),
    pytest.param(
        "Karabakh is a mountainous region. Stepanakert is its capital.",
        [("Karabakh", "LOC", ["Karabakh"]), ("Stepanakert", "LOC", ["Stepanakert"])],
        [],
        id="gazetteer_overrides_org_and_person_labels",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo met German Chancellor Angela Merkel in Berlin.",
        [
            ("Mike Pompeo", "PERSON", ["Mike Pompeo"]),
            ("Angela Merkel", "PERSON", ["Angela Merkel"]),
        ],
        ["State", "Secretary of State Mike Pompeo"],
        id="multiword_title_split_off_by_the_model_is_dropped",
    ),
    pytest.param(
        "Dr. Anthony Fauci warned of a second wave. Fauci said the U.S. was not ready.",
        [("Anthony Fauci", "PERSON", ["Anthony Fauci", "Fauci"]), ("U.S.", "LOC", ["U.S."])],
        ["Fauci", "United States"],
        id="bare_surname_tagged_org_joins_the_person",
    ),
    pytest.param(
        "The conflict is mediated through the Minsk Group of the Organization for Security and "
        "Co-operation in Europe.",
        [
            ("Minsk Group", "ORG", ["Minsk Group"]),
            (
                "Organization for Security and Co-operation in Europe",
                "ORG",
                ["Organization for Security and Co-operation in Europe"],
            ),
        ],
        ["the Minsk Group of", "Europe"],
        id="leading_the_and_trailing_preposition_stripped_org_keeps_its_region",
    ),
    pytest.param(
        "Donald Trump met voters in Ohio. Trump said the Trump campaign was strong; Trump left.",
        [("Donald Trump", "PERSON", ["Donald Trump", "Trump"]), ("Ohio", "LOC", ["Ohio"])],
        ["Trump"],
        id="one_type_per_cluster_by_vote",
    ),
    pytest.param(
        "Georgia Meloni met officials in Georgia.",
        [("Georgia Meloni", "PERSON", ["Georgia Meloni"]), ("Georgia", "LOC", ["Georgia"])],
        [],
        id="place_never_merges_into_a_person_name",
    ),
    pytest.param(
        "Ursula von der Leyen arrived in Rome on Monday.",
        [("Ursula von der Leyen", "PERSON", ["Ursula von der Leyen"]), ("Rome", "LOC", ["Rome"])],
        ["Leyen", "Ursula von der"],
        id="name_cut_after_a_particle_is_rejoined",
    ),
    pytest.param(
        "Armenian and European leaders discussed the Children Act before the London Marathon.",
        [
            ("Armenian", "MISC", ["Armenian"]),
            ("European", "MISC", ["European"]),
            ("Children Act", "MISC", ["Children Act"]),
            ("London Marathon", "MISC", ["London Marathon"]),
        ],
        [],
        id="nationalities_laws_and_events_are_misc",
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ENTITY_CASES)
def test_entity_fixes(
    nlp: Language,
    text: str,
    expected: list[tuple[str, str, list[str]]],
    absent: list[str],
) -> None:
    found = summary(entities_of(nlp, text))
    for name, kind, names in expected:
        assert found.get(name) == (kind, names), found
    for name in absent:
        assert name not in found, found


def test_dates_numbers_money_percents_and_times_are_not_entities(nlp: Language) -> None:
    text = (
        "The deal was worth $2 billion, about 15 percent of revenue, and 3,000 jobs were cut "
        "on Monday at 9 a.m., the first cut in five years."
    )
    assert entities_of(nlp, text) == []


def test_label_keeps_the_finer_model_label(nlp: Language) -> None:
    found = {entity.name: entity.label for entity in entities_of(nlp, SEED_TEXT)}
    assert found["Moscow"] == "GPE"
    assert found["Armenian"] == "NORP"
    assert found["Minsk Group"] == "ORG"


def test_entity_fields_are_consistent(nlp: Language) -> None:
    """Offsets index the text, ids are deterministic, output is ordered by first mention."""
    entities = entities_of(nlp, SEED_TEXT)
    for entity in entities:
        assert entity.count == len(entity.mentions)
        assert entity.id == item_id("art-1", "entity", entity.type, entity.name)
        assert [m.start for m in entity.mentions] == sorted(m.start for m in entity.mentions)
        for mention in entity.mentions:
            assert SEED_TEXT[mention.start : mention.end] == mention.text
    firsts = [entity.mentions[0].start for entity in entities]
    assert firsts == sorted(firsts)


def test_seed_article_entities_match_the_worked_example(nlp: Language) -> None:
    entities = entities_of(nlp, SEED_TEXT)
    named = {e.name: (e.type, aliases(e)) for e in entities if e.type != "MISC"}
    assert named == SEED_ENTITIES


def test_extraction_does_not_mutate_the_doc(nlp: Language) -> None:
    doc = nlp(SEED_TEXT)
    before = doc.to_bytes()
    extract_entities(doc, article_id="art-1")
    assert doc.to_bytes() == before


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "the",
        "’s",
        "Mr.",
        "President",
        '"' * 300,
        "The the the of of 's 's",
        "U.S. U.S. US USA America",
        "Biden Biden Biden Joe Biden Hunter Biden Biden",
        "A" * 5000,
        "Ms. " * 200,
    ],
    ids=lambda text: repr(text[:20]),
)
def test_never_raises_on_odd_input(nlp: Language, text: str) -> None:
    for entity in entities_of(nlp, text):
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
