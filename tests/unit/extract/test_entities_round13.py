"""Entity rules, round 13 (batches 69-76): a company's coined first word alone joins
its name whatever the model called it ("Northsound" of "Northsound Data"), unless it
is a nationality or the name holds an institution's head word; a legal form before a
name ("PT") opens it and makes it a body; a plural opening a body's name takes the
word before it ("Trentside" + "Hospitals NHS Trust"); a common word a tabloid's first
sentence shouts is no name, a dateline is; a demonym before a name is no part of it
("Welshman Rhys Pritchard"), a given name is ("Finn Russell"); "Recorder" is a title;
"Mrs Sasaki" joins no man by his first name; a slogan shouted in capitals holds no
names.
The model's tags are fixed per case so that each rule is tested on the shape it
handles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_entities import assert_entities
from tests.unit.extract.test_entities_round8 import Ents, found_with

CASES = [
    pytest.param(
        "Shares of Northsound Data fell. Northsound cut its forecast.",
        [("Northsound Data", "ORG"), ("Northsound", "PERSON")],
        [("Northsound Data", "ORG", ["Northsound Data", "Northsound"])],
        [],
        id="a_coined_first_word_joins_the_company",
    ),
    pytest.param(
        "Kanemori Precision will restate its results. Kanemori said the charge was small.",
        [("Kanemori Precision", "ORG"), ("Kanemori", "GPE")],
        [("Kanemori Precision", "ORG", ["Kanemori Precision", "Kanemori"])],
        [],
        id="a_founders_name_as_a_company_joins_it",
    ),
    pytest.param(
        "The explosion at a smelter run by PT Sinar Logam Nusantara killed two men. "
        "Sinar Logam said it regretted the loss.",
        [("Sinar Logam Nusantara", "PERSON"), ("Sinar Logam", "PERSON")],
        [("PT Sinar Logam Nusantara", "ORG", ["PT Sinar Logam Nusantara", "Sinar Logam"])],
        [],
        id="a_legal_form_opens_a_bodys_name",
    ),
    pytest.param(
        "A sign reads: 'Ask at reception.'\nTrentside Hospitals NHS Trust confirmed the rule.",
        [("Hospitals NHS Trust", "ORG")],
        [("Trentside Hospitals NHS Trust", "ORG", ["Trentside Hospitals NHS Trust"])],
        ["Hospitals NHS Trust"],
        id="a_plural_opening_a_bodys_name_takes_the_word_before",
    ),
    pytest.param(
        "A GRIEVING mum was fined while her son was in hospital.",
        [("GRIEVING", "ORG")],
        [],
        ["GRIEVING"],
        id="a_shouted_common_word_is_no_name",
    ),
    pytest.param(
        "Pritchard lost to Welshman Rhys Pritchard on Sunday.",
        [("Welshman Rhys Pritchard", "PERSON")],
        [("Rhys Pritchard", "PERSON", ["Pritchard", "Rhys Pritchard"])],
        ["Welshman Rhys Pritchard"],
        id="a_demonym_before_a_name_is_no_part_of_it",
    ),
    pytest.param(
        "Sentencing him, Recorder Martin Elsworth called it cowardly.",
        [("Recorder Martin Elsworth", "PERSON")],
        [("Martin Elsworth", "PERSON", ["Martin Elsworth"])],
        ["Recorder Martin Elsworth"],
        id="recorder_is_a_title",
    ),
    pytest.param(
        "Fumiko Sasaki, 84, takes the bus. Kazuo Sasaki, 79, lives two doors away from "
        "Mrs Sasaki and still drives.",
        [("Fumiko Sasaki", "PERSON"), ("Kazuo Sasaki", "PERSON"), ("Sasaki", "PERSON")],
        [
            ("Fumiko Sasaki", "PERSON", ["Fumiko Sasaki", "Sasaki"]),
            ("Kazuo Sasaki", "PERSON", ["Kazuo Sasaki"]),
        ],
        [],
        id="mrs_joins_no_man_by_his_first_name",
    ),
    pytest.param(
        "The banner read \u2018TENNANT OUT \u2014 GIVE US OUR CLUB BACK\u2019 at the "
        "final whistle.",
        [("US", "GPE"), ("CLUB BACK", "ORG")],
        [],
        ["US", "CLUB BACK"],
        id="names_in_a_shouted_slogan_are_no_names",
    ),
    pytest.param(
        "Czech Television aired the debate. The Czech president did not attend.",
        [("Czech Television", "ORG"), ("Czech", "NORP")],
        [("Czech Television", "ORG", ["Czech Television"])],
        [],
        id="must_not_fire_a_nationality_is_not_the_company",
    ),
    pytest.param(
        "Researchers from the Karakoram Institute of Mountain Hydrology said glaciers in "
        "the Karakoram were shrinking.",
        [("Karakoram Institute of Mountain Hydrology", "ORG"), ("Karakoram", "PERSON")],
        [
            (
                "Karakoram Institute of Mountain Hydrology",
                "ORG",
                ["Karakoram Institute of Mountain Hydrology"],
            )
        ],
        [],
        id="must_not_fire_an_institutions_place",
    ),
    pytest.param(
        "A FEMA spokesperson said teams would arrive on Monday.",
        [("FEMA", "ORG")],
        [("FEMA", "ORG", ["FEMA"])],
        [],
        id="must_not_fire_an_acronym_after_a",
    ),
    pytest.param(
        "TESCO shoppers are being urged to check their fridges after a recall.",
        [("TESCO", "ORG")],
        [("TESCO", "ORG", ["TESCO"])],
        [],
        id="must_not_fire_a_shouted_name_opening_the_story",
    ),
    pytest.param(
        "DUP MP Alan Kerr said the deal was a betrayal.",
        [("DUP", "ORG"), ("Alan Kerr", "PERSON")],
        [("DUP", "ORG", ["DUP"])],
        [],
        id="must_not_fire_an_acronym_beside_an_abbreviation",
    ),
    pytest.param(
        "Superintendent of Police Anil Rathore said three men were held. The Samajwadi "
        "Party accused police of shielding them. The SP said it would protest.",
        [("Anil Rathore", "PERSON"), ("Samajwadi Party", "ORG"), ("SP", "ORG")],
        [("Samajwadi Party", "ORG", ["Samajwadi Party", "SP"])],
        [],
        id="must_not_fire_a_bodys_initials_are_its_name",
    ),
    pytest.param(
        "CHENNAI: Karthik Sundaresan leads his side into the final.",
        [("CHENNAI", "GPE"), ("Karthik Sundaresan", "PERSON")],
        [("CHENNAI", "LOC", ["CHENNAI"])],
        [],
        id="must_not_fire_a_dateline_is_a_name",
    ),
    pytest.param(
        "The fly-half Finn Russell kicked the winner.",
        [("Finn Russell", "PERSON")],
        [("Finn Russell", "PERSON", ["Finn Russell"])],
        [],
        id="must_not_fire_a_given_name_that_is_a_demonym",
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected", "absent"), CASES)
def test_round13_entity_rules(
    nlp: Language,
    text: str,
    ents: Ents,
    expected: list[tuple[str, str, list[str]]],
    absent: list[str],
) -> None:
    assert_entities(found_with(nlp, text, ents), expected, absent)
