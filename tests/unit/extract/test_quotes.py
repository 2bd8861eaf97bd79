"""Quote extraction: pairing quote marks, attributing speakers, telling speech from scare quotes."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from service.events import Entity, EntityType, Mention, Quote
from service.extract.entities import extract_entities
from service.extract.quotes import extract_quotes, find_quote_spans
from service.ids import item_id
from tests.unit.extract.test_entities import SEED_TEXT


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, extract_entities(doc, article_id="art-1"), article_id="art-1")


def summary(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in quotes]


# --------------------------------------------------------------------------
# Speakers, cues and kinds
# --------------------------------------------------------------------------

QUOTE_CASES = [
    pytest.param(
        '"We will not back down," said Angela Merkel.',
        [("We will not back down,", "Angela Merkel", "direct")],
        id="said_x_after_the_quote",
    ),
    pytest.param(
        'Angela Merkel said: "We will not back down."',
        [("We will not back down.", "Angela Merkel", "direct")],
        id="x_said_colon_before_the_quote",
    ),
    pytest.param(
        '"The talks were productive," Prime Minister Boris Johnson told reporters on Monday.',
        [("The talks were productive,", "Boris Johnson", "direct")],
        id="told_with_title_stripped_from_speaker",
    ),
    pytest.param(
        '"We are ready," Johnson added. "But we need more time."',
        [("We are ready,", "Johnson", "direct"), ("But we need more time.", "Johnson", "direct")],
        id="added_then_continuation_takes_the_same_speaker",
    ),
    pytest.param(
        '"Prices will keep rising," according to Goldman Sachs.',
        [("Prices will keep rising,", "Goldman Sachs", "direct")],
        id="according_to_an_organisation",
    ),
    pytest.param(
        'Chancellor Olaf Scholz said on Tuesday that "Germany stands with Ukraine" and that '
        '"we will not waver."',
        [
            ("Germany stands with Ukraine", "Olaf Scholz", "partial"),
            ("we will not waver.", "Olaf Scholz", "partial"),
        ],
        id="partial_quotes_embedded_in_a_sentence",
    ),
    pytest.param(
        '"The numbers," Smith said, "do not lie."',
        [("The numbers,", "Smith", "direct"), ("do not lie.", "Smith", "direct")],
        id="quote_broken_by_its_attribution",
    ),
    pytest.param(
        "Greta Thunberg spoke at the summit.\n“We will not let you get away with this.\n"
        "“Right here, right now is where we draw the line,” she said.",
        [
            ("We will not let you get away with this.", "Greta Thunberg", "direct"),
            ("Right here, right now is where we draw the line,", "Greta Thunberg", "direct"),
        ],
        id="quote_running_over_two_paragraphs_gives_one_quote_per_paragraph",
    ),
    pytest.param(
        "“This is the moment,” Greta Thunberg told the summit.\n"
        "“We will not let you get away with this.”",
        [
            ("This is the moment,", "Greta Thunberg", "direct"),
            ("We will not let you get away with this.", "Greta Thunberg", "direct"),
        ],
        id="paragraph_of_quote_after_an_attributed_quote_inherits",
    ),
    pytest.param(
        'Emmanuel Macron met voters in Lyon.\n"We have heard you," he said.',
        [("We have heard you,", "Emmanuel Macron", "direct")],
        id="pronoun_resolves_to_the_last_person",
    ),
    pytest.param(
        "Foreign Minister Sergei Lavrov arrived in Geneva. "
        '"There is no alternative to dialogue," the minister said.',
        [("There is no alternative to dialogue,", "Sergei Lavrov", "direct")],
        id="description_resolves_to_the_person_with_that_title",
    ),
    pytest.param(
        'Toyota reported record profits. "Demand has never been stronger," the company said.',
        [("Demand has never been stronger,", "Toyota", "direct")],
        id="company_description_resolves_to_the_last_organisation",
    ),
    pytest.param(
        '"We regret the delay," a spokesman for Acme Corp said.',
        [("We regret the delay,", "Acme Corp", "direct")],
        id="spokesman_for_an_organisation_gives_the_organisation",
    ),
    pytest.param(
        "“Our assessment is clear,” the Pentagon said.",
        [("Our assessment is clear,", "Pentagon", "direct")],
        id="organisation_as_speaker",
    ),
    pytest.param(
        '"We cannot accept this," said Kremlin spokesman Dmitry Peskov.',
        [("We cannot accept this,", "Dmitry Peskov", "direct")],
        id="named_spokesman_is_the_speaker",
    ),
    pytest.param(
        'The economy is in trouble, according to Janet Yellen, who said it was "on the brink."',
        [("on the brink.", "Janet Yellen", "partial")],
        id="relative_pronoun_subject_resolves_to_its_antecedent",
    ),
    pytest.param(
        "\"He told me 'never give up' and I didn't,\" said Serena Williams.",
        [("He told me 'never give up' and I didn't,", "Serena Williams", "direct")],
        id="nested_single_quote_belongs_to_the_outer_quote",
    ),
    pytest.param(
        "‘We are proud of the team,’ said the coach, Gareth Southgate.",
        [("We are proud of the team,", "Gareth Southgate", "direct")],
        id="single_quotes_as_quote_marks_and_appositive_name",
    ),
    pytest.param(
        "«We have no time to lose,» said Ursula von der Leyen.",
        [("We have no time to lose,", "Ursula von der Leyen", "direct")],
        id="guillemets",
    ),
    pytest.param(
        "Smith told reporters:\n“We will appeal the ruling.”",
        [("We will appeal the ruling.", "Smith", "direct")],
        id="colon_at_the_end_of_the_previous_paragraph",
    ),
    pytest.param(
        "LONDON — British Prime Minister Rishi Sunak on Monday defended the plan, calling it "
        '"the right thing to do" despite the ruling.',
        [("the right thing to do", "Rishi Sunak", "partial")],
        id="dateline_parsed_as_subject_gives_way_to_the_named_person",
    ),
    pytest.param(
        '"The British people want this fixed, and we will fix it."\n'
        'Labour leader Keir Starmer accused the prime minister of "gimmicks" and said the policy '
        'was "unworkable, unlawful and unaffordable."',
        [
            ("The British people want this fixed, and we will fix it.", None, "direct"),
            ("gimmicks", "Keir Starmer", "partial"),
            ("unworkable, unlawful and unaffordable.", "Keir Starmer", "partial"),
        ],
        id="coordinated_verbs_share_their_subject",
    ),
    pytest.param(
        'The Home Office said in a statement that flights would begin "within weeks."',
        [("within weeks.", "Home Office", "partial")],
        id="cue_whose_subject_can_speak_wins_over_a_nearer_verb",
    ),
    pytest.param(
        "A spokesman for the United Nations refugee agency, UNHCR, said the agency remained "
        '"deeply concerned."',
        [("deeply concerned.", "UNHCR", "partial")],
        id="spokesman_for_an_agency_named_in_apposition",
    ),
    pytest.param(
        '"Stocks will fall," warned analysts at Goldman Sachs.',
        [("Stocks will fall,", "Goldman Sachs", "direct")],
        id="inverted_attribution_parsed_as_an_object",
    ),
    pytest.param(
        'Smith said the plan would work. "We are confident."',
        [("We are confident.", "Smith", "direct")],
        id="quote_sentence_next_to_a_reporting_sentence",
    ),
    pytest.param(
        '"A," Smith said. "We will go." Jones said the plan would fail.',
        [("A,", "Smith", "direct"), ("We will go.", "Smith", "direct")],
        id="continuation_beats_a_later_reporting_sentence",
    ),
    pytest.param(
        '"It was a long night."',
        [("It was a long night.", None, "direct")],
        id="no_evidence_of_a_speaker_gives_none",
    ),
    pytest.param(
        'The report states that "emissions must fall by half."',
        [("emissions must fall by half.", None, "partial")],
        id="a_document_is_not_a_speaker",
    ),
    pytest.param(
        '"Go," she said.',
        [("Go,", None, "direct")],
        id="pronoun_without_antecedent_gives_none",
    ),
    pytest.param(
        'The so-called "experts" got it wrong again. Critics panned the film "Dune" as overlong. '
        'Fans sang "Sweet Caroline" after the match.',
        [],
        id="scare_quotes_and_titles_are_excluded",
    ),
    pytest.param(
        "'We never expected this,' she said of the 'miracle' win. "
        'Critics say the "independent" panel is anything but.',
        [("We never expected this,", None, "direct")],
        id="quoted_noun_modifier_is_a_scare_quote",
    ),
    pytest.param(
        'Opposition leader Kemal Kilicdaroglu expressed alarm over the "collapse" of the talks.',
        [("collapse", "Kemal Kilicdaroglu", "partial")],
        id="short_partial_quote_attributed_by_the_sentence_is_kept",
    ),
    pytest.param(
        'He shouted "stop and walked away.\n"We are fine," said Ann Lee.',
        [("stop and walked away.", None, "partial"), ("We are fine,", "Ann Lee", "direct")],
        id="unclosed_mark_ends_at_its_paragraph",
    ),
    pytest.param(
        '"We will fight on," said Keir Starmer. "We have no choice.',
        [
            ("We will fight on,", "Keir Starmer", "direct"),
            ("We have no choice.", "Keir Starmer", "direct"),
        ],
        id="unclosed_continuation_at_the_end_of_the_text",
    ),
    pytest.param(
        "We've seen the '90s return. Rock 'n' roll isn't dead, and the Jones' house is for sale. "
        "We’ve seen the ’90s too, and the Joneses’ dog.",
        [],
        id="apostrophes_are_not_quote_marks",
    ),
    pytest.param(
        '"We’re not going anywhere," Jones said. '
        '"The ’90s were different, and the players’ union knows it."',
        [
            ("We’re not going anywhere,", "Jones", "direct"),
            ("The ’90s were different, and the players’ union knows it.", "Jones", "direct"),
        ],
        id="apostrophes_inside_quotes_do_not_end_them",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quotes_speakers_and_kinds(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


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
# Speaker rules: new speakers, salience, gender, unnamed people, names vs quotes
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
        'Her film "The Furnace Years," which took four years to make, opens on Friday. '
        'Locals still call the old mine "the Pit," and few go there.',
        [],
        id="titles_of_works_and_nicknames_are_not_quotes",
    ),
    pytest.param(
        '"The Furnace Years," a documentary about the town, will open the festival, '
        "organisers said.",
        [],
        id="title_with_an_appositive_work_noun_is_not_a_quote",
    ),
    pytest.param(
        'The mine, known locally as "the Pit," closed in 1990.',
        [],
        id="known_as_gives_a_name_not_a_quote",
    ),
    pytest.param(
        'Users quickly dubbed the outage "Lumigeddon." '
        'The council calls this "network optimisation."',
        [],
        id="coined_terms_are_not_quotes",
    ),
    pytest.param(
        'Graham Tuhoe called the plan "a reckless gamble" and walked out.',
        [("a reckless gamble", "Graham Tuhoe", "partial")],
        id="an_evaluation_given_with_call_is_a_quote",
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
]


SPEAKER_RULE_CASES += [
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
        'Biden called the attack "genocide" on Tuesday. He said the talks "will go on."',
        [("genocide", "Biden", "partial"), ("will go on.", "Biden", "partial")],
        id="one_word_judgement_and_a_clause_after_a_noun_are_quotes",
    ),
    pytest.param(
        'She has written a memoir, "Salt in the Lungs," which comes out on Thursday.',
        [],
        id="title_after_a_work_noun_and_a_comma",
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
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_RULE_CASES)
def test_speaker_rules(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert summary(quotes_of(nlp, text)) == expected


def entity(text: str, name: str, type_: EntityType, forms: list[tuple[str, int]]) -> Entity:
    """An entity by hand: each form at its n-th occurrence in the text."""
    mentions = []
    for form, nth in forms:
        start = -1
        for _ in range(nth + 1):
            start = text.find(form, start + 1)
        mentions.append(Mention(text=form, start=start, end=start + len(form)))
    return Entity(
        id=f"e-{name}", name=name, type=type_, label=type_, mentions=mentions, count=len(mentions)
    )


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
# The worked example
# --------------------------------------------------------------------------

SEED_QUOTES = [
    (1, 160, "Pompeo", "Pompeo", "told", "direct"),
    (186, 233, "Pompeo", "he", "said", "direct"),
    (245, 589, "Pompeo", "he", "said", "direct"),
    (592, 725, "Pompeo", "Pompeo", "added", "direct"),
    (777, 804, "Pompeo", "Pompeo", "said", "partial"),
    (1570, 1578, "Joe Biden", "Joe Biden", "expressed", "partial"),
    (1644, 1675, "Joe Biden", "Joe Biden", "accused", "partial"),
    (1678, 1791, "Joe Biden", "Biden", "said", "direct"),
    (1943, 1975, "Pompeo", "He", "said", "partial"),
]


def test_seed_article_quotes_match_the_worked_example(nlp: Language) -> None:
    quotes = quotes_of(nlp, SEED_TEXT)
    got = [
        (
            q.start,
            q.end,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
            q.cue,
            q.kind,
        )
        for q in quotes
    ]
    assert got == SEED_QUOTES
    assert quotes[5].text == "collapse"
    assert quotes[6].text == "largely passive and disengaged."


def test_quote_fields_are_consistent(nlp: Language) -> None:
    """Offsets index the text, ids are deterministic, output is ordered by start."""
    quotes = quotes_of(nlp, SEED_TEXT)
    for quote in quotes:
        assert SEED_TEXT[quote.start : quote.end] == quote.text
        assert quote.id == item_id("art-1", "quote", quote.start, quote.end)
        if quote.speaker is not None:
            mention = quote.speaker.mention
            assert SEED_TEXT[mention.start : mention.end] == mention.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_extraction_does_not_mutate_the_doc(nlp: Language) -> None:
    doc = nlp(SEED_TEXT)
    entities = extract_entities(doc, article_id="art-1")
    before = doc.to_bytes()
    extract_quotes(doc, entities, article_id="art-1")
    assert doc.to_bytes() == before


# --------------------------------------------------------------------------
# The scanner on its own
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“A b.” c “D e.”", ["A b.", "D e."]),
        ('"A b," c. "D e."', ["A b,", "D e."]),
        ("“A ‘b’ c.”", ["A ‘b’ c."]),
        ("‘A “b” c.’", ["A “b” c."]),
        ("“A b.\n“C d.”", ["A b.", "C d."]),
        ("“A b, “C d.”", ["A b,", "C d."]),
        ("x” y. “A b.”", ["A b."]),
        ('He is 6" tall. "A b."', ["A b."]),
        ("We’ve, don’t, ’90s, '90s, rock 'n' roll, Jones’ car", []),
        ("« A b » and »C d«", ["A b", "C d"]),
        ("“ ”", []),
        ("", []),
    ],
)
def test_scanner_pairs_marks(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == expected


@given(st.text(alphabet="ab .,\n\"'“”‘’«»", max_size=200))
def test_scanner_spans_are_ordered_disjoint_and_inside_one_paragraph(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert "\n" not in text[span.start : span.end]
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.open_mark


@pytest.mark.parametrize("mark", ['"', "“", "”", "'", "‘", "’", "«", "»"])
def test_scanner_is_linear_on_thousands_of_marks(mark: str) -> None:
    text = (f"{mark}a b " * 20_000) + "\n" + (mark * 50_000)
    began = time.perf_counter()
    find_quote_spans(text)
    assert time.perf_counter() - began < 2.0


# --------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        '"',
        '"' * 2000,
        "“" * 500 + "hello",
        "”" * 500,
        "'" * 1000,
        'He said "yes" and "no". ' * 200,
        "Smith said: “" + "more " * 500,
        "“We will win, " * 100,
        "said said said “",
    ],
    ids=lambda text: repr(text[:16]),
)
def test_never_raises_on_odd_input(nlp: Language, text: str) -> None:
    for quote in quotes_of(nlp, text):
        assert text[quote.start : quote.end] == quote.text


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
    assert time.perf_counter() - began < 2.0


def test_never_raises_on_odd_entities(nlp: Language) -> None:
    """Mentions past the end of the text, empty names, overlapping mentions."""
    text = '"Go," she said. Smith: "Yes." Ann Lee, 40, said "no".'
    odd = [
        Entity(
            id="a",
            name="",
            type="PERSON",
            label="PERSON",
            mentions=[Mention(text="", start=500, end=510)],
            count=1,
        ),
        Entity(
            id="b",
            name="Smith",
            type="ORG",
            label="ORG",
            mentions=[Mention(text="Smith", start=16, end=21), Mention(text="S", start=16, end=17)],
            count=2,
        ),
        entity(text, "Lee", "LOC", [("Lee", 0)]),
        entity(text, "Ann Lee", "PERSON", [("Ann Lee", 0)]),
    ]
    for quote in extract_quotes(nlp(text), odd, article_id="art-1"):
        assert text[quote.start : quote.end] == quote.text


def test_works_without_a_parse(nlp: Language) -> None:
    """A Doc with no sentences or dependencies still yields quotes, with no speakers."""
    doc = nlp.make_doc('"We will win," said Smith.\n"We always do."')
    quotes = extract_quotes(doc, [], article_id="art-1")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will win,", None),
        ("We always do.", None),
    ]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab .,\n\"'“”‘’Smith said he", max_size=120))
def test_extraction_never_raises_and_offsets_hold(nlp: Language, text: str) -> None:
    for quote in quotes_of(nlp, text):
        assert text[quote.start : quote.end] == quote.text
