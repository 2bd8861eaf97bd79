"""Speaker attribution: reporting cues, speakers named or referred to by pronouns
and descriptions, continuations, entities the model mistyped, and the contract of
`speakers.attribute` with quotes.py."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from spacy.language import Language

from service.events import EntityType
from service.extract.coref.history import build_index
from service.extract.data.name_genders import FEMALE_NAMES, MALE_NAMES
from service.extract.entities import extract_entities
from service.extract.quotes import extract_quotes, find_quote_spans
from service.extract.speakers import Attribution, attribute
from tests.unit.extract.test_quotes import entity, quotes_of, summary

# --------------------------------------------------------------------------
# Cues and speakers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We are ready," Johnson added.', "added"),
        ('"We are ready," Johnson told reporters.', "told"),
        ('"Prices will rise," according to Goldman Sachs.', "according to"),
        ('Smith pointed out that "nothing has changed since the vote."', "pointed out"),
    ],
)
def test_cue_is_the_reporting_verb_or_phrase(nlp: Language, text: str, cue: str) -> None:
    [quote] = quotes_of(nlp, text)
    assert quote.cue == cue


def test_relative_clause_reacting_to_a_quote_is_not_its_cue(nlp: Language) -> None:
    text = (
        "Andrew Lyle questioned Mary Cole on Tuesday. Lyle put it to her that her account "
        'was "a story invented later," which she denied.'
    )
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.cue) == ("Andrew Lyle", "put")


def test_resolved_pronoun_mention_is_the_pronoun(nlp: Language) -> None:
    text = 'Emmanuel Macron met voters in Lyon.\n"We have heard you," he said.'
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "he"
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "he"


def test_speaker_links_to_the_entity_cluster(nlp: Language) -> None:
    text = 'Joe Biden spoke in Ohio. "We will win," Biden said.'
    doc = nlp(text)
    entities = extract_entities(doc, article_id="art-1")
    [quote] = extract_quotes(doc, entities, article_id="art-1")
    [biden] = [entity for entity in entities if entity.name == "Joe Biden"]
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.entity_id) == ("Joe Biden", biden.id)
    assert quote.speaker.mention.text == "Biden"


# --------------------------------------------------------------------------
# Speaker rules: new speakers, salience, gender, unnamed people, continuations
# --------------------------------------------------------------------------

SPEAKER_RULE_CASES = [
    pytest.param(
        '"We played well," Sinead Byrne said.\n'
        '"We were robbed," said Martin Kell, the Ashford coach.',
        [
            ("We played well,", "Sinead Byrne", "direct"),
            ("We were robbed,", "Martin Kell", "direct"),
        ],
        id="inverted_attribution_introduces_a_new_speaker_with_an_appositive",
    ),
    pytest.param(
        'Sinead Byrne was delighted.\n"It was a great night," she said.\n'
        '"We were robbed." Kell, 41, added that the referee had been poor.',
        [
            ("It was a great night,", "Sinead Byrne", "direct"),
            ("We were robbed.", "Kell", "direct"),
        ],
        id="next_sentence_naming_a_speaker_beats_the_previous_paragraph",
    ),
    pytest.param(
        "The court heard from the defence. "
        'Harte told the jury she "never took a penny" from the charity.',
        [("never took a penny", "Harte", "partial")],
        id="partial_quote_in_a_clause_under_told",
    ),
    pytest.param(
        "Sam Fitzgerald scored twice. "
        'Fitzgerald admitted he was "nervous as anything" before the game.',
        [("nervous as anything", "Sam Fitzgerald", "partial")],
        id="partial_quote_under_admitted_takes_the_full_name",
    ),
    pytest.param(
        "Sam Fitzgerald scored twice on Sunday.\n"
        'The 22-year-old said he had been "nervous as anything" before kick-off.',
        [("nervous as anything", "Sam Fitzgerald", "partial")],
        id="age_description_refers_back_to_the_person",
    ),
    pytest.param(
        'A former treasurer told a jury on Wednesday that she "never took a penny."\n'
        "Gillian Harte, 57, denies eleven counts of fraud.",
        [("never took a penny.", "Gillian Harte", "partial")],
        id="lede_description_is_the_person_the_next_sentence_introduces",
    ),
    pytest.param(
        'A roofer was jailed after a judge said he had treated his victims "like cash machines."\n'
        "Dean Carver, 46, pleaded guilty in September.\n"
        'Judge Helen Marchetti said: "You chose your victims with care."',
        [
            ("like cash machines.", "Helen Marchetti", "partial"),
            ("You chose your victims with care.", "Helen Marchetti", "direct"),
        ],
        id="indefinite_description_is_the_person_later_named_with_that_title",
    ),
    pytest.param(
        "Vikram Shah welcomed the deal. A spokeswoman for Dakshin Freight said jobs were safe. "
        '"No depot will close," she said.',
        [("No depot will close,", "Dakshin Freight", "direct")],
        id="pronoun_after_a_spokeswoman_gives_her_organisation",
    ),
    pytest.param(
        "Her editor at Halden & Pierce, Simon Adeyemi, said the novel was "
        '"the book she was always going to write."',
        [("the book she was always going to write.", "Simon Adeyemi", "partial")],
        id="person_in_apposition_in_the_subject_phrase_beats_the_organisation",
    ),
    pytest.param(
        'Freja Lindqvist, who led the excavation, said the find was "the largest of its kind."\n'
        "The axes were buried together. Several still carry their handles.\n"
        '"It tells us this island was a crossroads," the archaeologist said.',
        [
            ("the largest of its kind.", "Freja Lindqvist", "partial"),
            ("It tells us this island was a crossroads,", "Freja Lindqvist", "direct"),
        ],
        id="occupation_description_refers_to_the_recent_subject",
    ),
    pytest.param(
        "Kestrel Foods cut its forecast on Tuesday.\n"
        "Kestrel buys its cocoa from Volta Commodities, a trader in Accra.\n"
        'In a statement, the company said costs would "remain elevated well into next year."',
        [("remain elevated well into next year.", "Kestrel Foods", "partial")],
        id="company_description_refers_to_the_organisation_acting_recently",
    ),
    pytest.param(
        'Mary Cole met John Harris at the market. "It is a disaster," she said. '
        '"We need help," he added.',
        [("It is a disaster,", "Mary Cole", "direct"), ("We need help,", "John Harris", "direct")],
        id="pronoun_gender_skips_the_person_already_called_she",
    ),
    pytest.param(
        "Graham Pryce said the cuts were fair. Helen Marsh said her members were worried, "
        'and Pryce said his mind was made up. "It is a disaster for nurses," she said.',
        [("It is a disaster for nurses,", "Helen Marsh", "direct")],
        id="pronoun_gender_learnt_from_his_and_her",
    ),
    pytest.param(
        "Mayor Ann Lee thanked the volunteers. A resident said the water had risen quickly. "
        '"We lost everything," she said.',
        [("We lost everything,", None, "direct")],
        id="unnamed_person_nearer_than_any_named_one_gives_none",
    ),
    pytest.param(
        "Helen Marsh spoke first. Later I asked a nurse what she would do in January. "
        '"Walk, probably," she said.',
        [("Walk, probably,", None, "direct")],
        id="unnamed_person_asked_gives_none",
    ),
    pytest.param(
        'One Millersburg resident summed up the mood: "We just finished cleaning up."',
        [("We just finished cleaning up.", None, "direct")],
        id="resident_of_a_place_is_not_the_place",
    ),
    pytest.param(
        '"This is a two-speed company now," said Kenji Morrow, an analyst who rates the stock '
        '"outperform." "The engine is winning."',
        [
            ("This is a two-speed company now,", "Kenji Morrow", "direct"),
            ("The engine is winning.", "Kenji Morrow", "direct"),
        ],
        id="term_in_a_relative_clause_is_not_what_the_speaker_said",
    ),
    pytest.param(
        "Agriculture Minister Samuel Otieno defended a decision to halve subsidies, telling "
        'lawmakers that the scheme had become "a bottomless pit."',
        [("a bottomless pit.", "Samuel Otieno", "partial")],
        id="participle_after_an_infinitive_takes_the_main_subject",
    ),
    pytest.param(
        'Senator Ted Cruz: "This bill is dead on arrival."',
        [("This bill is dead on arrival.", "Ted Cruz", "direct")],
        id="name_before_a_colon",
    ),
    pytest.param(
        'Tom Lane was blunt: "We lost, and we deserved to."',
        [("We lost, and we deserved to.", "Tom Lane", "direct")],
        id="subject_of_the_clause_before_a_colon",
    ),
    pytest.param(
        '"It is a fair deal," said the bill\'s sponsor, Sen. Ruth Halvorsen, a rancher.',
        [("It is a fair deal,", "Ruth Halvorsen", "direct")],
        id="of_two_subjects_the_named_one_speaks",
    ),
    pytest.param(
        '"She thinks about the game," said Panthers coach Anil Deshpande.',
        [("She thinks about the game,", "Anil Deshpande", "direct")],
        id="inverted_attribution_with_a_team_and_a_title",
    ),
    pytest.param(
        'According to a statement from Acme Corp on Monday, sales had "collapsed."',
        [("collapsed.", "Acme Corp", "partial")],
        id="a_statement_speaks_for_its_issuer",
    ),
    pytest.param(
        "Helen Clark arrived in Paris.\n"
        '"France is our closest partner," the former prime minister said.',
        [("France is our closest partner,", "Helen Clark", "direct")],
        id="title_description_parsed_as_a_proper_noun",
    ),
    pytest.param(
        "Lena Vogt won the final on Sunday. Asked about the prize money, she grinned. "
        '"Buy my coach a new hat."',
        [("Buy my coach a new hat.", "Lena Vogt", "direct")],
        id="quote_after_a_sentence_with_a_manner_verb",
    ),
    pytest.param(
        'Lena Vogt won the final. "I am happy," Vogt said.\n'
        'Daria Kostina, known on tour as "the Metronome," was gracious in defeat. '
        '"She played better," she said.',
        [("I am happy,", "Lena Vogt", "direct"), ("She played better,", "Daria Kostina", "direct")],
        id="recent_subject_beats_the_last_speaker",
    ),
    pytest.param(
        "Why did you keep going?\nMarija Kovač: The captain begged me to stop. "
        'I told him, "I will think less of me."',
        [("I will think less of me.", "Marija Kovač", "direct")],
        id="interview_answer_labelled_with_its_speaker",
    ),
    pytest.param(
        "The captain, a fisherman called Goran Perić, leaned over and said, "
        '"Nobody will blame you."',
        [("Nobody will blame you.", "Goran Perić", "direct")],
        id="person_named_with_called_in_the_subject_phrase",
    ),
    pytest.param(
        'Deutsche Bahn called the strike "completely unnecessary" on Monday. '
        '"We made a fair offer," a spokeswoman said.',
        [
            ("completely unnecessary", "Deutsche Bahn", "partial"),
            ("We made a fair offer,", "Deutsche Bahn", "direct"),
        ],
        id="bare_spokeswoman_speaks_for_the_organisation_just_named",
    ),
    pytest.param(
        '"The economy is strong," said Jane Doe, the finance minister. "Inflation is falling." '
        'Critics disagreed. "It is not," said Tom Lane.',
        [
            ("The economy is strong,", "Jane Doe", "direct"),
            ("Inflation is falling.", "Jane Doe", "direct"),
            ("It is not,", "Tom Lane", "direct"),
        ],
        id="verb_after_a_quote_that_ends_its_sentence_is_not_its_cue",
    ),
    pytest.param(
        'John Ray told a reporter the deal was done. "We are confident," he said.',
        [("We are confident,", "John Ray", "direct")],
        id="listener_told_is_not_an_unnamed_speaker",
    ),
    pytest.param(
        "Acme Corp reported the theft on Monday. Police said they had arrested two men. "
        '"The investigation continues," they said.',
        [("The investigation continues,", None, "direct")],
        id="they_after_unnamed_police_is_not_the_last_organisation",
    ),
    pytest.param(
        "Jonas Holm found the hoard.\n"
        '"It tells us this island was not a backwater. It was a crossroads."\n'
        "Freja Lindqvist, the archaeologist who led the dig, said the find changed its history.",
        [
            (
                "It tells us this island was not a backwater. It was a crossroads.",
                "Freja Lindqvist",
                "direct",
            )
        ],
        id="quote_paragraph_then_a_paragraph_opening_with_its_speaker",
    ),
    pytest.param(
        '"We won," said Tom Lane.\n"It was hard."\nAnn Lee said the plan was bad.',
        [("We won,", "Tom Lane", "direct"), ("It was hard.", "Tom Lane", "direct")],
        id="quote_paragraph_after_an_attributed_quote_keeps_that_speaker",
    ),
    pytest.param(
        '"Is anyone listening?" she asked. Greta Thunberg had travelled for two weeks.',
        [("Is anyone listening?", "Greta Thunberg", "direct")],
        id="pronoun_with_nobody_before_is_the_person_introduced_next",
    ),
    pytest.param(
        '"This is not over" - that was the verdict of Keir Starmer on Monday.',
        [("This is not over", "Keir Starmer", "direct")],
        id="the_verdict_of_a_person_named_after_the_quote",
    ),
    pytest.param(
        "Ruth Dale runs the bakery. Her daughter, Amy Dale, said she had stopped asking "
        'when her mother would retire.\n"She works every day," she said.',
        [("She works every day,", "Amy Dale", "direct")],
        id="main_clause_subject_beats_a_subject_embedded_in_its_clause",
    ),
    pytest.param(
        "Gemma Rourke questioned the stoppage time. Asked whether referee Sean Delahunt had "
        'been right to add six minutes, she said: "I counted four."',
        [("I counted four.", "Gemma Rourke", "direct")],
        id="first_names_move_a_pronoun_off_a_subject_in_its_own_sentence",
    ),
    pytest.param(
        'Marko Kovač took charge in May.\n"We fought hard," the Croatian said.',
        [("We fought hard,", "Marko Kovač", "direct")],
        id="nationality_description_is_the_person",
    ),
    pytest.param(
        "Tom Reed gave evidence. Anna Haque cross-examined him.\n"
        '"Did you read the form?" Ms Haque asked.\n"I read parts of it," the witness replied.',
        [
            ("Did you read the form?", "Anna Haque", "direct"),
            ("I read parts of it,", "Tom Reed", "direct"),
        ],
        id="who_replies_is_not_who_asked",
    ),
    pytest.param(
        "Ayumi Sato announced the closure. The plan was criticised by Yoko Ishida, who leads "
        'the union.\n"Nobody will move," she said.',
        [("Nobody will move,", "Yoko Ishida", "direct")],
        id="agent_of_a_passive_is_a_subject",
    ),
    pytest.param(
        "The home side struggled.\nSen. Gordon Whitcombe, a Republican from Lancaster County "
        "who has served since 2011 and leads his caucus in budget talks, said the House had "
        'passed "a blank check with a bow on it."',
        [("a blank check with a bow on it.", "Gordon Whitcombe", "partial")],
        id="name_opening_the_sentence_speaks_when_the_parse_lost_it",
    ),
    pytest.param(
        'Rep. Duane Kessling stood at the back with his arms folded.\n"This is a tax."',
        [("This is a tax.", "Duane Kessling", "direct")],
        id="quote_paragraph_continues_the_person_the_paragraph_before_ends_on",
    ),
    pytest.param(
        'Jorge Mamani said miners had complained for weeks.\n"We wrote to the company.\n'
        '"Nobody came."',
        [
            ("We wrote to the company.", "Jorge Mamani", "direct"),
            ("Nobody came.", "Jorge Mamani", "direct"),
        ],
        id="paragraphs_of_one_quote_share_the_speaker",
    ),
    pytest.param(
        "Harlow Water raised prices on Monday. A Harlow Water engineer, who asked not to "
        'be named, said the pumps were "falling apart."\n'
        '"We patch them every week," the engineer said.',
        [
            ("falling apart.", None, "partial"),
            ("We patch them every week,", None, "direct"),
        ],
        id="someone_who_withholds_their_name_speaks_for_nobody_named",
    ),
    pytest.param(
        "Priya Nair chaired the meeting.\n"
        "The customer who complained, speaking on condition of anonymity, said she waited "
        'an hour. "I nearly left," she said.',
        [("I nearly left,", None, "direct")],
        id="a_pronoun_after_an_anonymous_definite_person_is_nobody_named",
    ),
    pytest.param(
        "Piet Botha lost in a play-off to Tom Grey.\n"
        '"I rushed the last putt," the South African admitted.',
        [("I rushed the last putt,", "Piet Botha", "direct")],
        id="a_nationality_of_two_words_describes_a_person",
    ),
    pytest.param(
        "Tom Hale directs the play. Anna Brook admitted she was nervous.\n"
        '"It is a hard part," the actor said.',
        [("It is a hard part,", "Anna Brook", "direct")],
        id="the_actor_has_no_gender",
    ),
    pytest.param(
        "Callum Reid won the final. His brother, Fraser Reid, carried his bag.\n"
        'Reid said he would rest. "I am tired," he said.',
        [("I am tired,", "Callum Reid", "direct")],
        id="a_shared_bare_surname_names_the_first_person_introduced",
    ),
    pytest.param(
        "Sen. Ron Hale opposed the bill. Rep. Ann Hale backed it.\n"
        '"It helps everyone," Rep. Hale said.',
        [("It helps everyone,", "Ann Hale", "direct")],
        id="a_title_tells_apart_people_who_share_a_surname",
    ),
    pytest.param(
        "Mayor Dana Ruiz opened the pool. A spokesperson for the mayor said she would "
        '"find the money."',
        [("find the money.", "Dana Ruiz", "partial")],
        id="a_spokesperson_for_a_titled_person_gives_that_person",
    ),
    pytest.param(
        "Janet Obi has taught at the pool since 1990. On her wall is a photograph.\n"
        '"Two of those children are lifeguards now."',
        [("Two of those children are lifeguards now.", "Janet Obi", "direct")],
        id="quote_paragraph_after_a_paragraph_naming_one_person_is_theirs",
    ),
]

# Newer rules, one table each: a description named just after, an unnamed person
# inside reported speech, a relative clause on an object, and a possessive
# speech noun before a colon.
CATAPHORA_CASES = [
    pytest.param(
        "The fire chief, speaking at the depot, said crews were ready.\n"
        '"Leave tonight. Do not wait," he said.\n'
        "The chief, Mara Quill of the county service, has led crews for years.",
        [("Leave tonight. Do not wait,", "Mara Quill", "direct")],
        id="definite_description_named_with_its_title_just_after",
    ),
    pytest.param(
        "Olga Brenner won the vote. The mayor, speaking after the count, said little.\n"
        '"We start tomorrow," she said.\n'
        "The mayor, Olga Brenner, thanked her staff.",
        [("We start tomorrow,", "Olga Brenner", "direct")],
        id="a_description_with_a_referent_named_before_is_not_cataphoric",
    ),
]

UNNAMED_IN_REPORT_CASES = [
    pytest.param(
        "His lawyer, Dana Whitcombe, argued that the landlord had ignored every warning.\n"
        '"My client did nothing wrong," she said.',
        [("My client did nothing wrong,", "Dana Whitcombe", "direct")],
        id="unnamed_person_in_a_named_speakers_claim_does_not_block",
    ),
    pytest.param(
        'Dana Whitcombe left early. A neighbour watched the smoke.\n"It was terrible," she said.',
        [("It was terrible,", None, "direct")],
        id="unnamed_subject_nearer_than_the_named_one_still_blocks",
    ),
]

RELATIVE_OBJECT_CASES = [
    pytest.param(
        "Omar Lutz praised the goalkeeper. He also defended the referee, Paul Hanby, "
        'who has been booed all season. "He had a fine game," he added.',
        [("He had a fine game,", "Omar Lutz", "direct")],
        id="relative_clause_on_an_object_is_not_the_pronoun_antecedent",
    ),
]

POSSESSIVE_VERDICT_CASES = [
    pytest.param(
        'Rita Okonjo runs the clinic. Her message to parents is simple: "Vaccinate now."',
        [("Vaccinate now.", "Rita Okonjo", "direct")],
        id="her_message_is_simple_colon",
    ),
    pytest.param(
        'Carl Benn chairs the board. His verdict on the plan was blunt: "It will fail."',
        [("It will fail.", "Carl Benn", "direct")],
        id="his_verdict_was_blunt_colon",
    ),
]


# A quote-only paragraph whose speaker the next paragraph names as it opens.
_HOLT = 'Ann Holt spoke first. "We lost the vote," she said.\n"It was a fair fight."\n'
LOOKING_BACK_CASES = [
    pytest.param(
        _HOLT + "Rita Moss says it with a shrug, leaning on the rail.",
        [
            ("We lost the vote,", "Ann Holt", "direct"),
            ("It was a fair fight.", "Rita Moss", "direct"),
        ],
        id="next_paragraph_says_it",
    ),
    pytest.param(
        _HOLT + "The verdict came from Rita Moss, who chairs the board.",
        [
            ("We lost the vote,", "Ann Holt", "direct"),
            ("It was a fair fight.", "Rita Moss", "direct"),
        ],
        id="the_verdict_came_from",
    ),
    pytest.param(
        _HOLT + "That is how Rita Moss, who chairs the board, describes the contest.",
        [
            ("We lost the vote,", "Ann Holt", "direct"),
            ("It was a fair fight.", "Rita Moss", "direct"),
        ],
        id="that_is_how_x_describes_it",
    ),
    pytest.param(
        _HOLT + "Rita Moss said the council would meet again in June.",
        [
            ("We lost the vote,", "Ann Holt", "direct"),
            ("It was a fair fight.", "Ann Holt", "direct"),
        ],
        id="a_new_statement_does_not_look_back",
    ),
    pytest.param(
        _HOLT + "That is why Rita Moss, who chairs the board, wants a recount.",
        [
            ("We lost the vote,", "Ann Holt", "direct"),
            ("It was a fair fight.", "Ann Holt", "direct"),
        ],
        id="that_is_why_is_not_attribution",
    ),
]

# A quote-only paragraph after a paragraph that ends with a partial quote.
AFTER_PARTIAL_CASES = [
    pytest.param(
        'Nora Vance said the deal was "a good start."\n'
        '"We will keep pushing until every worker is paid."',
        [
            ("a good start.", "Nora Vance", "partial"),
            ("We will keep pushing until every worker is paid.", "Nora Vance", "direct"),
        ],
        id="direct_paragraph_continues_a_partial_quote",
    ),
    pytest.param(
        'Nora Vance said the deal was "a good start." Talks resume on Monday.\n'
        '"We will keep pushing until every worker is paid."',
        [
            ("a good start.", "Nora Vance", "partial"),
            ("We will keep pushing until every worker is paid.", None, "direct"),
        ],
        id="not_when_the_partial_quote_is_not_last",
    ),
]

# "the company" and "a statement from the company" for an organisation named before.
ORG_DESCRIPTION_CASES = [
    pytest.param(
        "Acme Corp hired staff. Shares in Beta Holdings fell after the company said "
        'it would "cut jobs across the board."',
        [("cut jobs across the board.", "Beta Holdings", "partial")],
        id="the_company_named_earlier_in_the_sentence",
    ),
    pytest.param(
        "The Health Ministry met Acme Corp on Monday. Shares in Acme Corp fell after the "
        'ministry said it would "review the licence."',
        [("review the licence.", "Health Ministry", "partial")],
        id="a_description_in_a_name_still_wins",
    ),
    pytest.param(
        "Keystone Freightways will close 14 terminals. Terminals in Erie are affected, "
        'according to a statement from the company, which promised workers "at least '
        'eight weeks of pay."',
        [("at least eight weeks of pay.", "Keystone Freightways", "partial")],
        id="a_statement_from_the_company",
    ),
    pytest.param(
        'Terminals in Erie are affected, according to a statement from the company: "Nobody '
        'will lose pay."',
        [("Nobody will lose pay.", None, "direct")],
        id="a_statement_from_a_company_never_named",
    ),
]

# Replies with "back": "shot back", "fired back".
BACK_REPLY_CASES = [
    pytest.param(
        'Ms. Gorski said the city had "a buyer," and Ms. Okoro shot back that there had '
        'been "no buyer since the day it closed."',
        [
            ("a buyer,", "Gorski", "partial"),
            ("no buyer since the day it closed.", "Okoro", "partial"),
        ],
        id="shot_back_that",
    ),
    pytest.param(
        '"It is over," Sam Reed said. "Not yet," Kay Dunn fired back.',
        [("It is over,", "Sam Reed", "direct"), ("Not yet,", "Kay Dunn", "direct")],
        id="quote_fired_back",
    ),
    pytest.param(
        'Kay Dunn spoke first. Officers shot back at the car. "It is over," she said.',
        [("It is over,", "Kay Dunn", "direct")],
        id="shooting_back_is_not_speech",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LOOKING_BACK_CASES + AFTER_PARTIAL_CASES + ORG_DESCRIPTION_CASES + BACK_REPLY_CASES,
)
def test_continuation_and_description_rules(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


# Attribution as news copy writes it: descriptions named later, shared surnames,
# the person asked, titles abbreviated, verbs of thought under a speech verb.
NEWS_ATTRIBUTION_CASES = [
    pytest.param(
        'Rosa Lind, the coach, spoke after the game.\n"We were tired," the 48-year-old said.',
        [("We were tired,", "Rosa Lind", "direct")],
        id="age_description_the_parser_reads_as_modifiers",
    ),
    pytest.param(
        "Tom Keller, 50, a baker, and his sister, Anna Keller, 47, run the shop.\n"
        'Mr Keller said the oven was old. "It is older than me," he said.\n'
        'Ms Keller disagreed. "It works," she said.',
        [("It is older than me,", "Tom Keller", "direct"), ("It works,", "Anna Keller", "direct")],
        id="honorific_picks_the_person_of_a_shared_surname",
    ),
    pytest.param(
        'Anna Keller runs the shop with Tom Keller.\nHer brother shrugged. "It works," he said.',
        [("It works,", "Tom Keller", "direct")],
        id="possessive_kin_description",
    ),
    pytest.param(
        'A spokesman for the council said the pool would close. "We have no money," he said.\n'
        "Mark Doyle, the spokesman, later confirmed the date.",
        [("We have no money,", "Mark Doyle", "direct")],
        id="described_spokesman_named_later",
    ),
    pytest.param(
        'Coach Ann Bell was asked whether Tom Reid had dived.\n"It was a foul," she said.',
        [("It was a foul,", "Ann Bell", "direct")],
        id="the_person_asked_answers",
    ),
    pytest.param(
        "Gov. Ruth Vance signed the bill. Sen. Lena Ortiz voted for it.\n"
        'The governor was pleased. "We did it," she said.',
        [("We did it,", "Ruth Vance", "direct")],
        id="abbreviated_title",
    ),
    pytest.param(
        "Sen. Ruth Hale backed the bill. Sen. Carl Ott opposed it.\n"
        'Hale looked tired. Asked about the vote, the senator said she was "hopeful."',
        [("hopeful.", "Ruth Hale", "partial")],
        id="the_titled_subject_nearby_over_the_last_titled",
    ),
    pytest.param(
        'Mark Ruiz said the firm wanted to build "homes, not offices."',
        [("homes, not offices.", "Mark Ruiz", "partial")],
        id="thought_verb_yields_to_the_speech_verb_above",
    ),
    pytest.param(
        'Mayor Kim Ode cut the ribbon.\n"About time!" someone in the crowd shouted as she left.',
        [("About time!", None, "direct")],
        id="unnamed_shout_with_a_circumstance",
    ),
    pytest.param(
        'Her lawyer, Jane Moss KC, said the claim was "without merit."',
        [("without merit.", "Jane Moss", "partial")],
        id="apposition_headed_after_the_name",
    ),
]


# Speakers the layout of the text names: a recollection after the quote, the
# issuer of a statement before a colon, a name after abbreviated titles, and a
# name before a comma whose verb the parser left without a subject.
LAYOUT_CASES = [
    pytest.param(
        "Ann Lee drove the ambulance that day.\n"
        '"I remember the rain, and then nothing."\n'
        "That is almost all Tom Hale, a retired farmer, remembers of the day.",
        [("I remember the rain, and then nothing.", "Tom Hale", "direct")],
        id="recollection_named_after_the_quote",
    ),
    pytest.param(
        "Sen. Carl Ott voted against the bill.\n"
        'Ott later issued a statement, and it was short: "This is a tax."',
        [("This is a tax.", "Carl Ott", "direct")],
        id="colon_quote_after_issuing_a_statement",
    ),
    pytest.param(
        '"Crime is down," Det. Sgt. Ana Ruiz of the county police said on Friday.',
        [("Crime is down,", "Ana Ruiz", "direct")],
        id="chain_of_abbreviated_titles_before_the_name",
    ),
    pytest.param(
        "\u201cWe got this wrong, and I'm not going to pretend otherwise,\u201d Acme's "
        "co-founder and chief executive, Ada Obi, told the BBC.",
        [("We got this wrong, and I'm not going to pretend otherwise,", "Ada Obi", "direct")],
        id="name_before_the_comma_of_a_verb_without_subject",
    ),
    pytest.param(
        "Dr. Ana Ruiz runs the clinic.\n"
        "The first caller was a fisherman. The constant ringing that night woke him.\n"
        '"He kept asking about his boat," she said.',
        [("He kept asking about his boat,", "Ana Ruiz", "direct")],
        id="pronoun_after_a_titled_name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUT_CASES)
def test_layout_names_the_speaker(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_ATTRIBUTION_CASES)
def test_news_attribution_rules(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    CATAPHORA_CASES + UNNAMED_IN_REPORT_CASES + RELATIVE_OBJECT_CASES + POSSESSIVE_VERDICT_CASES,
)
def test_newer_speaker_rules(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_RULE_CASES)
def test_speaker_rules(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


# Descriptions and pronouns the parse or an earlier guess made hard to resolve:
# a subject hung on the verb from the paragraph before, a person noun taken for
# the adjective of a participle, a description named later in its organisation's
# family, an age, and a gender only a wrongly chained pronoun taught.
DESCRIPTION_REPAIR_CASES = [
    pytest.param(
        "Governor Ellen Vasquez kept the talks going all night.\n"
        'The vote followed what rival Tom Ashe called "the longest night in state history," '
        "a reference to talks at the governor's mansion that ran until 4 a.m.\n"
        "The 61-year-old governor, who has led the party since 2012, told reporters that "
        '"nobody lost everything."',
        [
            ("the longest night in state history,", "Tom Ashe", "partial"),
            ("nobody lost everything.", "Ellen Vasquez", "partial"),
        ],
        id="subject_from_the_paragraph_before_gives_way_to_its_apposition",
    ),
    pytest.param(
        "Governor Ellen Vasquez kept the talks going all night.\n"
        "The vote came after talks at the mansion that ended at 5 a.m.\n"
        'The governor told reporters that "nobody lost everything."',
        [("nobody lost everything.", "Ellen Vasquez", "partial")],
        id="subject_from_the_paragraph_before_is_not_the_speaker",
    ),
    pytest.param(
        "Dr. Ana Ruiz runs the clinic.\n"
        "The first caller was a fisherman. The paramedic driving that night remembers him well.\n"
        '"He kept asking about his boat," he said.\n'
        "The paramedic, Owen Marsh, now teaches first aid.",
        [("He kept asking about his boat,", "Owen Marsh", "direct")],
        id="person_noun_parsed_as_a_participle_adjective",
    ),
    pytest.param(
        "The clinic opened in May.\n"
        "The first caller was a fisherman. The constant ringing that night woke him.\n"
        '"He kept asking about his boat," she said.',
        [("He kept asking about his boat,", None, "direct")],
        id="participle_without_a_person_noun_is_not_a_person",
    ),
    pytest.param(
        "Ray Dolan is a driver. Drivers rejected the offer.\n"
        "The head of the union representing the city's bus drivers called the offer "
        '"an insult."\n'
        '"Nobody can live on that," he said.\n'
        "Ken Ortiz, president of the Metro Bus Drivers Union, said talks would resume.",
        [
            ("an insult.", "Ken Ortiz", "partial"),
            ("Nobody can live on that,", "Ken Ortiz", "direct"),
        ],
        id="description_named_later_with_a_role_in_its_family",
    ),
    pytest.param(
        "Ray Dolan is a driver. Drivers rejected the offer.\n"
        "The head of the union representing the city's bus drivers called the offer "
        '"an insult."\n'
        '"Nobody can live on that," he said.\n'
        "Ken Ortiz, president of the Harbor Pilots Association, said talks would resume.",
        [
            ("an insult.", "Ray Dolan", "partial"),
            ("Nobody can live on that,", "Ray Dolan", "direct"),
        ],
        id="role_in_an_unrelated_organisation_is_not_the_description",
    ),
    pytest.param(
        "Ray Dolan is a driver. Drivers rejected the offer.\n"
        "The head of the union representing the city's bus drivers called the offer "
        '"an insult."\n'
        '"Nobody can live on that," he said.\n'
        "Talks continue.\nThe city said it was ready.\nThe mayor was away.\n"
        "Ken Ortiz, president of the Metro Bus Drivers Union, said talks would resume.",
        [
            ("an insult.", "Ray Dolan", "partial"),
            ("Nobody can live on that,", "Ray Dolan", "direct"),
        ],
        id="family_role_named_paragraphs_later_is_too_far",
    ),
    pytest.param(
        "Gillian Harte, 57, ran the club for a decade. Tom Reed joined later.\n"
        'The 57-year-old said the club "will survive the winter."',
        [("will survive the winter.", "Gillian Harte", "partial")],
        id="age_description_is_the_person_introduced_with_that_age",
    ),
    pytest.param(
        "Gillian Harte, 57, ran the club for a decade. Tom Reed joined later.\n"
        'The 40-year-old said the club "will survive the winter."',
        [("will survive the winter.", "Tom Reed", "partial")],
        id="age_description_with_another_age_is_not_that_person",
    ),
    pytest.param(
        'Dr. Ana Ruiz led the trial.\n"It worked," he said.\n'
        "In an interview, Ruiz admitted the units are expensive.\n"
        '"It is not cheap," she said.',
        [("It worked,", "Ana Ruiz", "direct"), ("It is not cheap,", "Ana Ruiz", "direct")],
        id="gender_a_pronoun_taught_does_not_block_the_subject_just_before",
    ),
    pytest.param(
        "Mrs. Ana Ruiz led the trial.\n"
        "In an interview, Ruiz admitted the units are expensive.\n"
        '"It is not cheap," he said.',
        [("It is not cheap,", None, "direct")],
        id="gender_the_article_shows_still_blocks",
    ),
    pytest.param(
        'Dr. Jo Ruiz led the trial.\n"It worked," he said.\n'
        "In an interview, Ruiz admitted the units are expensive.\n"
        "The units were built in Kent.\nThey cost a lot.\n"
        '"It is not cheap," she said.',
        [("It worked,", "Jo Ruiz", "direct"), ("It is not cheap,", None, "direct")],
        id="gender_a_pronoun_taught_still_blocks_further_back",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTION_REPAIR_CASES)
def test_description_repairs(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


# --------------------------------------------------------------------------
# First names as weak evidence of gender
# --------------------------------------------------------------------------

# With nothing stronger to go on, a first name that is clearly one gender tells
# two people apart; a unisex name tells nothing, and what the article shows
# (descriptions, honorifics) always wins over a name.
FIRST_NAME_GENDER_CASES = [
    pytest.param(
        "Colin Pratt, 63, and Brenda Pratt, 61, were fined on Monday. "
        "Mr Pratt was fined £500 and Mrs Pratt £300.\n"
        'Mrs Pratt said: "We are sorry."\nMr Pratt said: "It was a mistake."',
        [
            ("We are sorry.", "Brenda Pratt", "direct"),
            ("It was a mistake.", "Colin Pratt", "direct"),
        ],
        id="honorific_picks_by_first_name_in_a_shared_surname",
    ),
    pytest.param(
        "Maria Lopez thanked Tom Baker for the bread.\n"
        '"It was warm," he said. "Good," she replied.',
        [("It was warm,", "Tom Baker", "direct"), ("Good,", "Maria Lopez", "direct")],
        id="alternating_pronouns_follow_first_names",
    ),
    pytest.param(
        'Tom Baker thanked Alex Lopez for the cake.\n"It was delicious," she said.',
        [("It was delicious,", "Tom Baker", "direct")],
        id="unisex_first_name_gives_no_evidence",
    ),
    pytest.param(
        'Glenn Harper, an actress, thanked Maria Lopez for the cake.\n"It was lovely," she said.',
        [("It was lovely,", "Glenn Harper", "direct")],
        id="description_beats_first_name",
    ),
    pytest.param(
        'Tom Baker thanked Glenn Harper, an actress, for the cake.\n"It was lovely," she said.',
        [("It was lovely,", "Glenn Harper", "direct")],
        id="first_name_and_description_tell_two_people_apart",
    ),
    pytest.param(
        'Dr. Ana Ruiz led the trial.\n"It worked," he said.',
        [("It worked,", "Ana Ruiz", "direct")],
        id="first_name_alone_does_not_block_the_only_candidate",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAME_GENDER_CASES)
def test_first_name_gender(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


def test_gendered_first_names_leave_out_unisex_ones() -> None:
    unisex = {"alex", "sam", "jordan", "robin", "jean", "andrea", "kim", "chris", "taylor"}
    assert not FEMALE_NAMES & MALE_NAMES
    assert not unisex & (FEMALE_NAMES | MALE_NAMES)


# --------------------------------------------------------------------------
# Entities the model mistyped
# --------------------------------------------------------------------------

# The entity model sometimes types a person as a place or an organisation, or
# splits a surname off; attribution should not depend on it getting that right.
MISTYPED_CASES = [
    pytest.param(
        "Victor Ilescu is the minister. Ilescu, 61, said he expected a deal. "
        '"We will sign in April," he added.',
        [
            ("Victor Ilescu", "PERSON", [("Victor Ilescu", 0)]),
            ("Ilescu", "LOC", [("Ilescu", 1)]),
        ],
        [("We will sign in April,", "Victor Ilescu")],
        id="lone_surname_typed_as_a_place_is_the_named_person",
    ),
    pytest.param(
        'Gillian Harte, 57, denies fraud. "I wrote to the trustees," she told the jury.',
        [("Gillian Harte", "ORG", [("Gillian Harte", 0)])],
        [("I wrote to the trustees,", "Gillian Harte")],
        id="name_typed_as_organisation_but_given_an_age_is_a_person",
    ),
    pytest.param(
        'Mayor Diane Feld met business groups. "My door is open," she said.',
        [("Diane Feld", "ORG", [("Diane Feld", 0)])],
        [("My door is open,", "Diane Feld")],
        id="name_typed_as_organisation_after_a_title_is_a_person",
    ),
    pytest.param(
        'Hana Sato led the survey. "It is good news," Sato said.\n'
        'Marcus Ellery, a biologist, was cautious. "I would wait a year," he said.',
        [
            ("Hana Sato", "PERSON", [("Hana Sato", 0), ("Sato", 1)]),
            ("Marcus Ellery", "ORG", [("Marcus Ellery", 0)]),
        ],
        [("It is good news,", "Hana Sato"), ("I would wait a year,", "Marcus Ellery")],
        id="name_typed_as_organisation_described_as_a_biologist_is_a_person",
    ),
]


@pytest.mark.parametrize(("text", "given", "expected"), MISTYPED_CASES)
def test_speakers_survive_mistyped_entities(
    nlp: Language,
    text: str,
    given: list[tuple[str, EntityType, list[tuple[str, int]]]],
    expected: list[tuple[str, str | None]],
) -> None:
    entities = [entity(text, name, type_, forms) for name, type_, forms in given]
    quotes = extract_quotes(nlp(text), entities, article_id="art-1")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


# --------------------------------------------------------------------------
# attribute(): own evidence, the caller's filter, then continuations
# --------------------------------------------------------------------------


def attributed(
    nlp: Language, text: str, is_quote: Callable[[Attribution], bool] = lambda _: True
) -> list[Attribution]:
    """`attribute` on every quoted span of the text, all taken as direct quotes."""
    doc = nlp(text)
    spans = find_quote_spans(text)
    index = build_index(
        doc,
        extract_entities(doc, article_id="art-1"),
        quoted=[(span.open_mark, span.region_end) for span in spans],
        paragraph_starts=[0] + [k + 1 for k, char in enumerate(text) if char == "\n"],
    )
    return attribute(index, spans, ["direct"] * len(spans), is_quote=is_quote)


CONTINUED = '"We will win," said Smith. "We always do."'


def test_attribute_gives_a_continuation_the_cue_and_speaker_it_continues(nlp: Language) -> None:
    first, second = attributed(nlp, CONTINUED)
    assert first.cue is not None and first.cue.governs
    assert (first.cue_text, first.speaker and first.speaker.name) == ("said", "Smith")
    assert second.cue is None
    assert (second.cue_text, second.speaker and second.speaker.name) == ("said", "Smith")


def test_the_filter_sees_each_quote_before_it_inherits(nlp: Language) -> None:
    seen: list[tuple[bool, str | None]] = []

    def keep_all(quote: Attribution) -> bool:
        seen.append((quote.cue is not None, quote.speaker.name if quote.speaker else None))
        return True

    attributed(nlp, CONTINUED, keep_all)
    assert seen == [(True, "Smith"), (False, None)]


def test_a_continuation_inherits_only_from_a_kept_quote(nlp: Language) -> None:
    [kept] = attributed(nlp, CONTINUED, lambda quote: quote.span.start > 5)
    assert (kept.cue_text, kept.speaker) == (None, None)


# --------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'A spokeswoman for Acme Corp, Jane Doe, said: "No." ' * 300,
        "Smith said, " + ", ".join(["and said"] * 2000) + ' "x."',
        '"Yes," he said. "No," she said. A resident said "maybe". ' * 300,
        'Smith: "A." Jones was blunt: "B." ' * 300,
    ],
    ids=["spokespeople", "long_coordination", "pronouns", "colons"],
)
def test_attribution_stays_fast_on_long_articles(nlp: Language, text: str) -> None:
    doc = nlp(text)
    entities = extract_entities(doc, article_id="art-1")
    began = time.perf_counter()
    extract_quotes(doc, entities, article_id="art-1")
    assert time.perf_counter() - began < 20.0  # proves linear time, not a speed target


# --------------------------------------------------------------------------
# Unnamed people, people named after their description, weak subjects
# --------------------------------------------------------------------------


def test_pronoun_after_anonymous_person_of_any_noun_has_no_speaker(nlp: Language) -> None:
    text = (
        "Omar Reyes was found on Friday. A hiker who asked not to be named said the "
        'track was flooded. "We all feared the worst," he said.'
    )
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is None


def test_described_person_named_in_next_paragraph_speaks_partial_quote(nlp: Language) -> None:
    text = (
        "A builder who told pensioners their walls were “close to falling down” has been "
        "jailed.\nCarl Benton, 52, was sentenced in Leeds on Monday."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Carl Benton"


def test_anonymous_description_is_not_the_person_named_next(nlp: Language) -> None:
    text = (
        "A nurse, who asked not to be named, said the ward was “a disaster” that week."
        "\nJane Roe, 40, runs the ward."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is None


def test_speech_verb_outranks_a_thing_as_subject_below_it(nlp: Language) -> None:
    text = (
        "Ms. Achebe said Dunmore's choice of wood recalled older chairs, but that his "
        'designs were "entirely his own."'
    )
    [quote] = quotes_of(nlp, text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Achebe"
    assert quote.cue == "said"


def test_honorific_outweighs_pronouns_that_may_be_someone_elses(nlp: Language) -> None:
    text = (
        "Agnes Moody ran the fleet for decades. Manny Furtado, who fished on her boats, "
        'recalled that she paid well. "She kept ours tied up," Mr. Furtado said. '
        '"One captain was enough," she said.'
    )
    assert [speaker for _, speaker, _ in summary(quotes_of(nlp, text))] == [
        "Manny Furtado",
        "Agnes Moody",
    ]


def test_person_in_apposition_to_a_fronted_organisation_speaks(nlp: Language) -> None:
    text = (
        "For Labour, the shadow housing secretary, Martin Gale, wrote on X that the "
        'government had "lost control of its own benches" and called for a vote.'
    )
    assert [speaker for _, speaker, _ in summary(quotes_of(nlp, text))] == ["Martin Gale"]
