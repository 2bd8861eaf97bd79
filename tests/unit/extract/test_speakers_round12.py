"""Speakers, round 12 (batches 61-68): a first name the lists spell without its
accent ("Gérald"); a dateline the parser made the subject, with the person after its
dash; "the elder Aagaard" and "the younger Adesanya" among people who share a
surname, by whether the relative was introduced as older or younger; "Ms Akintola"
not the one "Mr" or "her brother" named; "leaving X to complain"; "raged Rennie";
answers under a topic ("On the final game: “…”"), whose verb is no cue; "A
Massachusetts man" after a dateline, named next; "Under questioning from her lawyer,
Ann Roe, Mr Brosnan accepted" parsed as a list; "the import" as a player. The
must-not-fire cases close the table, many from the review's misfires."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND12 = [
    pytest.param(
        "Claudette Arsenault, 71, is retiring after 30 years in Parliament.\n"
        "Arsenault grew up in Memramcook, New Brunswick. She worked as a nurse in Moncton "
        "before running for council.\n"
        "Her mentor in those years was G\u00e9rald Cormier, a former mayor who died in "
        "2009. \u201cG\u00e9rald told me to count votes first,\u201d she said.",
        ["Claudette Arsenault"],
        id="an_accented_first_name_has_the_gender_of_its_plain_spelling",
    ),
    pytest.param(
        "MARSEILLE \u2014 The former mayor of La Garde-sur-Mer, Jean-Luc Ferrand, told a "
        "court on Monday that he had \u00abnever once\u00bb interfered in the award of "
        "contracts.",
        ["Jean-Luc Ferrand"],
        id="the_person_a_description_after_the_dateline_names",
    ),
    pytest.param(
        "Mikkel Aagaard has joined Olimpia Lombarda. Aagaard thanked supporters.\n"
        "The player\u2019s father and agent, Henrik Aagaard, defended the move. "
        "\u201cMikkel is 23, not 33,\u201d the elder Aagaard told a broadcaster.",
        ["Henrik Aagaard"],
        id="the_elder_is_the_relative_introduced_as_a_parent",
    ),
    pytest.param(
        "Former minister Olumide Adesanya denies the charges. Adesanya says the case is "
        "political.\n"
        "One of the properties is registered to the former minister\u2019s son, Tolu "
        "Adesanya.\n"
        "The younger Adesanya, reached by phone, said he had built the business \u201cwith "
        "loans, not favours\u201d.",
        ["Tolu Adesanya"],
        id="the_younger_is_the_relative_introduced_as_a_child",
    ),
    pytest.param(
        "Temitope Akintola founded Ew\u00e0 Atelier in 2014 with money borrowed from her "
        "mother. Akintola now employs 64 people.\n"
        "The money side is run by her younger brother, Oladapo Akintola, 31, a former "
        "banker.\n"
        "\u201cWhen I arrived she kept the accounts in an exercise book,\u201d Mr Akintola "
        "said.\n"
        "His sister disputes this. \u201cIt was a lion,\u201d Ms Akintola said.\n"
        "\u201cShe was sewing clothes for her dolls at six,\u201d said their mother, Folake "
        "Akintola, 68.\n"
        "Mrs Akintola said she had been repaid \u201cmany times over\u201d.",
        ["Oladapo Akintola", "Temitope Akintola", "Folake Akintola", "Folake Akintola"],
        id="ms_is_not_the_one_mr_or_a_brother_named",
    ),
    pytest.param(
        "Dominic Fashola headed in four minutes into stoppage time to earn Medway Borough a "
        "2-2 draw on Tuesday, leaving Aldermoor Town manager Stuart Garvock to complain "
        "that his side had been \u201cmugged off twice in one month\u201d.",
        ["Stuart Garvock"],
        id="leaving_someone_to_complain_is_their_saying",
    ),
    pytest.param(
        "CLYDESIDE THISTLE boss Gordon Rennie launched a furious attack on the referee.\n"
        "\u2018That\u2019s the worst decision I\u2019ve ever seen in a derby,\u2019 raged "
        "Rennie.",
        ["Gordon Rennie"],
        id="a_tabloid_verb_of_anger_reports",
    ),
    pytest.param(
        "Ellie Castagna beat the second seed on Friday to reach the final.\n"
        "Castagna, 19, grew up in Port Adelaide. Castagna was asked about almost "
        "everything except tactics.\n"
        "On the final game: \u201cMy legs were shaking so much I thought the TV cameras "
        "could see it.\u201d\n"
        "On the crowd: \u201cIt felt like half of Port Adelaide was in there.\u201d",
        ["Ellie Castagna", "Ellie Castagna"],
        id="answers_under_the_topic_asked_about",
    ),
    pytest.param(
        "Rina Hoshikawa reached the final on Saturday. Hoshikawa, 24, is coached by her "
        "father, Takeshi Hoshikawa, who returned to the role last month. Hoshikawa won in "
        "straight sets.\n"
        "On the tiebreak: \u201cI stopped thinking about the score. I couldn\u2019t hear "
        "him.\u201d\n"
        "On what he was shouting: \u201cHe told me to eat a banana at 5-5.\u201d",
        ["Rina Hoshikawa", "Rina Hoshikawa"],
        id="a_verb_in_the_topic_is_not_the_answers_cue",
    ),
    pytest.param(
        "DUBLIN, Ireland - A Massachusetts man accused of running a $38 million "
        'cryptocurrency scheme said on Tuesday that he would "not survive" detention in '
        "the United States.\n"
        "Connor Halloran, 39, was arrested at his mother's home in County Clare in April.",
        ["Connor Halloran"],
        id="an_unnamed_person_after_the_dateline_named_next",
    ),
    pytest.param(
        "His brother, Colm Brosnan, the head chef, said he saw her leaving. Under "
        "questioning from her union representative, R\u00f3n\u00e1n Delaney, Mr Brosnan "
        "accepted that staff brought food home.\n"
        '"Everybody did it, but there are rules about it," he said.',
        ["Colm Brosnan"],
        id="names_joined_by_a_comma_alone_are_no_list_of_subjects",
    ),
    pytest.param(
        "Mabry hit six threes in the fourth quarter.\n"
        '"Some nights the rim looks like a swimming pool," the import said.',
        ["Mabry"],
        id="an_import_is_a_player",
    ),
    pytest.param(
        "A spokeswoman for the bank, Dana Whitcomb, said traffic had fallen. She said the "
        "ATM would stay.\n"
        "That was little comfort to Betty Kuhn, who has banked at the branch since 1958, "
        "the year she married.\n"
        '"I walked in there with my husband," the 81-year-old said.',
        ["Betty Kuhn"],
        id="must_not_fire_a_pronoun_deep_in_the_sentence_before_an_age",
    ),
    pytest.param(
        "Union organiser Kay Burke led the march. She introduced Aidan Foley, who lost his "
        "job in March.\n"
        "\u201cI have three kids,\u201d the 44-year-old said.",
        ["Aidan Foley"],
        id="must_not_fire_an_age_is_the_one_just_introduced",
    ),
    pytest.param(
        "Rafael Ortiz, 70, and Diego Ortiz, 41, have run the shop for two decades.\n"
        "Diego Ortiz handles the online orders.\n"
        "\u201cI still do not trust the internet,\u201d the elder Ortiz said.",
        ["Rafael Ortiz"],
        id="must_not_fire_the_elder_with_no_parent_or_child_introduced",
    ),
    pytest.param(
        "Tom Hale, 58, opened the shop in 1990. Mr Hale says trade has never been worse.\n"
        "His brother, Ian Hale, 52, runs the Cork branch. \u201cI handle the customers Tom "
        "scares off,\u201d Mr Hale said.",
        ["Ian Hale"],
        id="must_not_fire_mr_again_among_brothers",
    ),
    pytest.param(
        "Acme Foods \u2014 the country's biggest baker \u2014 said a worker had been "
        "\u201cbadly hurt\u201d.",
        ["Acme Foods"],
        id="must_not_fire_a_company_opening_the_story_is_no_dateline",
    ),
    pytest.param(
        "Striker Owen Lyle forced a laugh to say he was \u201cstill the best finisher in "
        "the league\u201d.",
        ["Owen Lyle"],
        id="must_not_fire_forcing_a_laugh_to_say",
    ),
    pytest.param(
        "Tom Reid has managed Rovers since 2019. Reid met the media on Friday.\n"
        "On the red card: \u201cIt was never a red.\u201d\n"
        "On the penalty: \u201cWe were robbed.\u201d\n"
        "On its front page on Saturday, the Echo put it simply: \u201cReid must go.\u201d",
        ["Tom Reid", "Tom Reid", "Echo"],
        id="must_not_fire_a_clause_after_on_is_no_topic",
    ),
    pytest.param(
        'Jones, Smith and Brown said the plan was "dead".',
        ["Jones"],
        id="must_not_fire_a_list_joined_by_and",
    ),
    pytest.param(
        "Voters asked Tom Hale to say \u201csorry\u201d in person.",
        [None],
        id="must_not_fire_asked_to_say_is_not_saying",
    ),
    pytest.param(
        "Rowena McGuire has run the fire service for six years. McGuire says the season "
        "looks bad. McGuire works long days.\n"
        "On the wall behind her desk hangs a card from a primary school class. It reads: "
        "\u201cThank you for saving our town.\u201d\n"
        "On the weekend: \u201cSunday looks hot and windy.\u201d",
        [None, None],
        id="must_not_fire_a_place_opening_a_paragraph_is_no_topic",
    ),
    pytest.param(
        "Sumiko Arakawa has not fired her kiln since November. Arakawa breaks most of the "
        "bowls she makes.\n"
        "Her daughter Yui Arakawa, 46, says her mother\u2019s perfectionism is the "
        "family\u2019s business plan.\n"
        "The elder Arakawa shrugged. \u201cIf I keep the bad ones,\u201d she said, "
        "\u201csomeone will think that is what I meant.\u201d",
        ["Sumiko Arakawa", "Sumiko Arakawa"],
        id="must_not_fire_the_elder_when_the_relative_is_the_child",
    ),
    pytest.param(
        "Claudette Arsenault, 71, is retiring after 30 years in Parliament.\n"
        "Arsenault grew up in Memramcook, New Brunswick. She worked as a nurse in Moncton "
        "before running for council.\n"
        "Her mentor in those years was Gerald Cormier, a former mayor who died in "
        "2009. \u201cGerald told me to count votes first,\u201d she said.",
        ["Claudette Arsenault"],
        id="must_not_fire_a_plain_spelling_as_before",
    ),
    pytest.param(
        "MARSEILLE \u2014 The former mayor of the town told a court on Monday that he had "
        "\u00abnever once\u00bb interfered in the award of contracts.",
        [None],
        id="must_not_fire_a_description_after_the_dateline_naming_nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND12)
def test_round12_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
