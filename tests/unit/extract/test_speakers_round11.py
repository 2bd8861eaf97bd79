"""Speakers, round 11 (batches 53-56 at first sight): "Dr" telling apart people who
share a surname; a noun given an age ("the 74-year-old potter") as a person, but not
a body's; no gender vote from a pronoun that may be the object's or is in what the
subject is ("is her cousin"); far back, "she" never a man by his first name, and the
story's main person when named again since another woman spoke (not as an owner,
nor for "she added"); "X issued a statement saying" as X's words; "the 34-year-old
told supporters" parsed with "told" as a modifier; "The speaker, X," after a quote
standing alone (not a parliament's Speaker); "the Albion manager" as the one person
introduced as "Albion boss X". The review's must-not-fire cases close
the table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND11 = [
    pytest.param(
        "The kiln behind Sumi Arakawa's house has been cold since November, and she says "
        "that is deliberate.\n"
        "\u201cA kiln needs to rest, like a field,\u201d the 74-year-old potter says.",
        ["Sumi Arakawa"],
        id="a_noun_given_an_age_is_a_person",
    ),
    pytest.param(
        "Dr. Lathika Varghese is already arguing with a boat owner.\n"
        "Her mother, Annamma Varghese, 78, remembers a less romantic motive.\n"
        "Joseph Thekkekara, a boat owner, blames the scientists.\n"
        "Asked about the criticism, Dr. Varghese does not dispute it. \u201cWe can change "
        "the mesh size,\u201d she said.",
        ["Lathika Varghese"],
        id="dr_names_the_one_introduced_as_dr",
    ),
    pytest.param(
        "Judge Marguerite Lindqvist ordered him to repay every victim, calling his conduct "
        "cruel.\n"
        'Outside court, Lorraine Pike said she was relieved. "He\'ll be out soon," she '
        "said.\n"
        "Lindqvist said she had weighed the pleas. She noted that Pelletier had kept "
        "taking deposits.\n"
        '"That is the part I find hardest to accept," she said.',
        ["Lorraine Pike", "Marguerite Lindqvist"],
        id="a_pronoun_that_may_be_the_objects_tells_nothing_of_the_subject",
    ),
    pytest.param(
        "The principal of Scoil Bhríde, Maire Considine, told the meeting she had "
        "learned of the plan last week.\n"
        '"I\'ve taught in this school for 19 years," Ms Considine said.\n'
        "The principal of the Carrowbeg school, Sean Considine, is her first cousin. He "
        'said his own school had "no interest in a takeover".\n'
        '"It has to be a proper partnership," he said.',
        ["Maire Considine", "Sean Considine", "Sean Considine"],
        id="her_in_what_the_subject_is_is_someone_elses",
    ),
    pytest.param(
        "DURHAM, N.C. \u2014 Delphine Nwosu-Reyes has been mayor of Durham for 75 days.\n"
        "Is that last one a policy?\n"
        "\u201cIt\u2019s a posture,\u201d she says.\n"
        "Her predecessor, Walter Haywood, who held the office from 2017 to 2025, is more "
        "generous. \u201cShe\u2019s got energy I never had,\u201d Haywood said.\n"
        "The bigger test is the budget. The city faces a $22 million gap next year, and "
        "Nwosu-Reyes has asked departments for cuts before the council meets tomorrow.\n"
        "Will she raise property taxes?\n"
        "\u201cI\u2019m not going to negotiate with myself in a newspaper,\u201d she says.",
        ["Delphine Nwosu-Reyes", "Walter Haywood", "Delphine Nwosu-Reyes"],
        id="she_is_not_a_man_by_his_first_name",
    ),
    pytest.param(
        "Senate Majority Leader Jim Tollefson issued a statement the same day saying "
        'the Senate would "not be stampeded into a spending spree."',
        ["Jim Tollefson"],
        id="the_issuer_of_a_statement_saying_it",
    ),
    pytest.param(
        "LAGOS — Ifeoluwa Bankole wrote most of her new album in traffic.\n"
        "“Third Mainland Bridge at six in the evening, you’re not going anywhere for "
        "two hours. What else are you going to do?” she says, stirring a bottle of "
        "malt through a straw at a café in Yaba. “I had voice notes on my phone with "
        "a hundred hooks. Some of them are horns, some of them are just me shouting "
        "at a danfo driver.”\n"
        "Bankole, 29, grew up in Mushin, the youngest of five children. Her father, a"
        " session drummer, died when she was 12. Her mother, Adunni Bankole, sold "
        "fabric at Balogun Market and, by her daughter’s account, “did not think "
        "music was a job”.\n"
        "Is her mother still sceptical? Bankole laughs. “She came to the launch party"
        " on Thursday and sat in the front row with her arms folded for the first "
        "three songs,” she says. “By the fourth song she was dancing. By the fifth "
        "she was telling people she had paid for my lessons. She did not pay for my "
        "lessons.”\n"
        "Reached by phone, her mother disputes nothing except the arms. “I was cold. "
        "They put the air conditioner too high,” she said.\n"
        "The album’s producer, Tunde Ajayi-Brown, has worked with her since 2017. "
        "Bankole turned up at his studio in Surulere with a guitar she could barely "
        "play.\n"
        "“She had three chords and about four hundred ideas,” he says. “My job for "
        "eight years has been to tell her which ideas are for this album and which "
        "are for the next one. She ignores me about half the time. She is usually "
        "right.”\n"
        "The record was nearly derailed in December, when a laptop holding most of "
        "the finished songs was stolen from a car in Ikeja. A backup made by the "
        "studio’s engineer saved all but two of them, which she rewrote from memory.\n"
        "“I cried for one day, then I went back into the studio. Those two songs are "
        "better now. I’m not saying thank you to the thief, but,” she says, and "
        "shrugs.",
        ["Ifeoluwa Bankole"] * 5
        + ["Adunni Bankole"]
        + ["Tunde Ajayi-Brown"] * 2
        + ["Ifeoluwa Bankole"],
        id="far_back_she_is_the_profiles_subject_named_since",
    ),
    pytest.param(
        "Minister of State for Power Usman Yakubu told lawmakers that the reform was "
        '"painful but overdue".\n'
        '"I sell cold drinks and I charge phones. Tell me, who is that subsidy for?"\n'
        "The speaker, Blessing Eze, 41, runs a kiosk beside a motor park in Nyanya.",
        ["Usman Yakubu", "Blessing Eze"],
        id="the_speaker_named_in_the_next_paragraph",
    ),
    pytest.param(
        "The minister said the reform was overdue.\n"
        '"I sell cold drinks and I charge phones."\n'
        "The speaker is Blessing Eze, 41, who runs a kiosk in Nyanya.",
        ["Blessing Eze"],
        id="the_speaker_is_named_in_the_next_paragraph",
    ),
    pytest.param(
        "Orla Ní Fhlatharta, a 34-year-old teacher from Spiddal, was elected without "
        "reaching the quota.\n"
        "\"I'm a teacher, so I'll keep this short,\" the 34-year-old told supporters.",
        ["Orla Ní Fhlatharta"],
        id="the_age_the_parser_read_as_a_modifier_of_told",
    ),
    pytest.param(
        "HARWICK ALBION boss Declan Pryce tore into his players after a 4-1 defeat.\n"
        "\u2018We were a shambles,\u2019 the Albion manager said.",
        ["Declan Pryce"],
        id="a_role_in_a_club_is_the_one_introduced_with_a_role_after_its_name",
    ),
    pytest.param(
        "Albion boss Declan Pryce and Albion chairman Malcolm Tredgold met the players.\n"
        "\u2018We were a shambles,\u2019 the Albion manager said.",
        ["Albion"],
        id="must_not_fire_two_people_introduced_with_the_club",
    ),
    pytest.param(
        "Ashdown Rovers have been expelled from the league after failing to pay players.\n"
        "\u201cWe are devastated and will appeal,\u201d the 130-year-old club said.",
        ["Ashdown Rovers"],
        id="must_not_fire_a_club_given_an_age_is_no_person",
    ),
    pytest.param(
        "Kofi Mensah has coached the Tema under-15s since 2009. Mensah, 58, trains them "
        "on the beach. Mensah says the boys never complain.\n"
        "\u201cWe train on sand because there is no grass,\u201d said his assistant, Yaw "
        "Boateng.\n"
        "The club, founded in 1988, hired Mensah in 2009. The pitch floods in winter. The "
        "boys arrive at dawn.\n"
        "\u201cI scored my first goal here,\u201d he added.",
        ["Yaw Boateng", "Yaw Boateng"],
        id="must_not_fire_he_added_goes_on_from_the_last_speaker",
    ),
    pytest.param(
        "Ann Roe founded the Hillside food bank in 2015. Roe, 52, still works there every "
        "day. Roe says demand has tripled.\n"
        "\u201cWe run out of bread by noon,\u201d said volunteer Beth Obi, who joined in 2018.\n"
        "The food bank moved into a hall lent by Roe's church in 2021. The hall has a "
        "kitchen. Deliveries arrive at dawn.\n"
        "\u201cI still wear my first volunteer badge,\u201d she said.",
        ["Beth Obi", "Beth Obi"],
        id="must_not_fire_the_main_person_named_only_as_an_owner",
    ),
    pytest.param(
        "Tempers flared during question time in the National Assembly on Wednesday.\n"
        "\u201cYou are a liar and a coward, and everyone in this chamber knows it.\u201d\n"
        "The Speaker, Lindiwe Mokoena, ordered the member for Eastgate to withdraw the "
        "remark.",
        [None],
        id="must_not_fire_the_speaker_of_a_parliament",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND11)
def test_round11_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
