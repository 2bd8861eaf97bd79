"""Speakers, round 10 (batches 45-48 at first sight): a company named by its industry
("Harlan Refining") is a body "the company" refers to; the first word of such a name is
the company; two-word bodies have initials ("AU"); a speech verb in an infinitive under
a verb of expectation reports nothing; "whose director, NAME, said" is NAME's; an unnamed
MP, rider or caller stays unnamed; "It says" after a report is the report; bare "police"
is the force named before; "the operator" is a business, never the union. Round 10b
(batches 49-52 at first sight): tabloid kin words ("the grandad-of-four"), an age in
apposition, a title telling apart people who share a surname, "the Bill", a holiday
parsed as a subject, "the label" as a body. The review's must-not-fire cases close
each round's table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from service.extract.coref.words import _first_name_gender
from tests.unit.extract.test_speakers_round8 import speakers

ROUND10 = [
    pytest.param(
        "Harlan Refining shut a crude unit at its plant after a small fire on Monday. "
        '"We will not restart the unit until it is safe," the company said.',
        ["Harlan Refining"],
        id="a_company_named_by_its_industry_is_the_company",
    ),
    pytest.param(
        "Castell Pumps rejected the approach on Monday. In a statement, Castell said the "
        'offer "significantly undervalues the company".',
        ["Castell Pumps"],
        id="the_first_word_of_an_industry_name_is_the_company",
    ),
    pytest.param(
        "The African Union welcomed the extension. In a statement, the AU said the renewal "
        'was "an important signal".',
        ["African Union"],
        id="initials_of_a_two_word_body",
    ),
    pytest.param(
        "Brian Tuohy SC, for the prosecution, argued that excluding the evidence would be "
        '"a remedy out of all proportion to the wrong". The Supreme Court will rule today.',
        ["Brian Tuohy"],
        id="must_not_fire_post_nominal_letters_are_no_initials",
    ),
    pytest.param(
        "Marcus Feld, an analyst at Brightwater, said the offer was low. Feld said he "
        'expected Marrowind to raise its bid "by a dollar or two" if Castell opened its books.',
        ["Marcus Feld"],
        id="an_infinitive_under_expect_reports_nothing",
    ),
    pytest.param(
        "The clinic was run by a local charity, Hope Medical Outreach, whose director, "
        "Dr. Fatima Bako-Lawal, said the health workers would be given leave "
        '"for as long as they need."',
        ["Fatima Bako-Lawal"],
        id="whose_director_named_speaks",
    ),
    pytest.param(
        "Tomos Griffiths, the Labour MP who chairs the committee, welcomed the measures. "
        '"They are long overdue," he said.\nOne Labour MP, who asked not to be named, '
        'said the vote was "the easy bit". "The hard bit comes later," the MP said.',
        ["Tomos Griffiths", None, None],
        id="the_mp_after_an_unnamed_mp_is_unnamed",
    ),
    pytest.param(
        'Denise Kowalczyk said the cuts were coming. "We have no choice," she said.\n'
        "I asked a rider at the transfer center what she made of it all. "
        '"They\'re all getting paid," she said.',
        ["Denise Kowalczyk", None],
        id="a_rider_asked_answers_unnamed",
    ),
    pytest.param(
        "The forensic report, compiled by Mkhize Forensic Advisory, examined the accounts. "
        "It says payments were made to three companies 'with no connection to boxing'.",
        [None],
        id="it_after_a_report_is_the_report",
    ),
    pytest.param(
        "Mkhize Forensic Advisory examined the accounts for the board. It said the payments "
        'were "irregular".',
        ["Mkhize Forensic Advisory"],
        id="must_not_fire_it_after_a_body",
    ),
    pytest.param(
        "NSW Police said walkers should always carry a beacon. "
        '"A beacon would have shortened this search by days," police said.',
        ["NSW Police"],
        id="bare_police_is_the_force_named_before",
    ),
    pytest.param(
        "The Phoenix Police Officers Association urged the public to wait. "
        '"Let the investigation finish," police said.',
        [None],
        id="must_not_fire_an_officers_association_is_not_the_force",
    ),
    pytest.param(
        "Mike Trasker, president of the officers' union, urged patience.\nPolice said the "
        "911 caller, whose identity has not been released, told the dispatcher that a man "
        'was "waving a pistol around".',
        [None],
        id="a_caller_whose_identity_is_withheld_is_unnamed",
    ),
]


# Round 10b, on batches 49-52 at first sight.
ROUND10B = [
    pytest.param(
        "Terry Gaskell, who has been a collector for 37 years, said he never imagined he "
        "would strike. 'I'm 58. I've got a bad back,' the grandad-of-four said.",
        ["Terry Gaskell"],
        id="a_grandad_of_four_is_a_person",
    ),
    pytest.param(
        "Nana Kwabena Ofori-Darko was installed as chief in March. Ofori-Darko, speaking "
        'by telephone, denied the claim. "We went with drummers and elders," he said.',
        ["Kwabena Ofori-Darko"],
        id="must_not_fire_nana_is_a_chief_not_a_grandmother",
    ),
    pytest.param(
        "Ms Ní Fhlatharta, a 34-year-old secondary school teacher from Spiddal, was "
        'elected without reaching the quota.\n"I am a teacher, so I will keep this '
        'short," the 34-year-old said.',
        ["Ní Fhlatharta"],
        id="an_age_in_apposition_introduces_the_person",
    ),
    pytest.param(
        "Senator Ruth Kamau chairs the committee. The county's health executive, Daniel "
        'Kamau, who is not related to the senator, appeared before it. "We have the '
        'number," Mr Kamau said. Senator Kamau said the committee would not accept '
        '"another report for the shelf".',
        ["Daniel Kamau", "Ruth Kamau"],
        id="a_title_tells_apart_people_sharing_a_surname",
    ),
    pytest.param(
        "Leader of the Opposition Suresh Gowda said the Bill's reliance on satellite "
        'surveys would shut out tenant farmers. "Whose money, and to whom?" he asked.',
        ["Suresh Gowda"],
        id="the_bill_is_no_person",
    ),
    pytest.param(
        "Gov. Carla Brandvold, who called the session for Jan. 12, spent the days before "
        "Christmas touring rural districts and telling anyone with a microphone that she "
        'had "a plan that pays for itself."',
        ["Carla Brandvold"],
        id="a_holiday_parsed_as_a_subject_is_no_speaker",
    ),
    pytest.param(
        "The band signed to the independent label Northbound Records two years ago. The "
        "label said streams had tripled, describing the response as "
        '"the kind of thing you hope for once in a decade."',
        ["Northbound Records"],
        id="the_label_is_the_record_company",
    ),
]


# Round 10c: evidence about names.
ROUND10C = [
    pytest.param(
        "Delphine Nwosu-Reyes has been mayor for 75 days. Her father, Samuel Nwosu, is her "
        'toughest critic. "She argued with me about everything," Nwosu said by phone.',
        ["Samuel Nwosu"],
        id="a_bare_surname_is_whose_whole_surname_it_is",
    ),
    pytest.param(
        "Delphine Nwosu-Reyes has been mayor for 75 days. Her brother, Obi Reyes, is a "
        'lawyer. "We ran on housing," Nwosu-Reyes said.',
        ["Delphine Nwosu-Reyes"],
        id="must_not_fire_the_hyphenated_name_itself",
    ),
]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Bryce Hollingsworth", "m"),
        ("Tanisha Boykin", "f"),
        ("Rhodri Evans", "m"),
        ("Lerato Mokoena", "f"),
        ("Anirudh Rao", "m"),
        ("Nuala Byrne", "f"),
        ("Dana Pulaski", None),  # used for both
    ],
)
def test_first_names_common_in_news_have_a_gender(name: str, gender: str | None) -> None:
    assert _first_name_gender(name) == gender


# Round 10d: who speaks a quote that runs over paragraphs.
ROUND10D = [
    pytest.param(
        "Mr Nowicki had moved to Bulwell two years ago.\n"
        "“Marek was the gentle giant of our family.\n"
        "“We ask people to give our family the privacy to grieve.”\n"
        "Those words were read outside the court by Tomasz Nowicki, Marek's younger brother.",
        ["Tomasz Nowicki", "Tomasz Nowicki"],
        id="those_words_were_read_by_names_the_speaker_of_every_paragraph",
    ),
    pytest.param(
        "Mr Nowicki had moved to Bulwell two years ago.\n"
        "“Marek was the gentle giant of our family.\n"
        "“We ask people to give our family the privacy to grieve,” said Anna Nowicka.",
        ["Anna Nowicka", "Anna Nowicka"],
        id="a_continuation_attributed_in_place",
    ),
]


# Round 10e: a quote's owner named after it; a body further back.
ROUND10E = [
    pytest.param(
        "Lumora unveiled its new phone on Tuesday. Analysts at Caldwell Securities said "
        'the launch was "solid". Early reviewers were broadly positive. Not everyone was '
        "convinced. Lumora assembles the phone in Vietnam, and prices will hold. Tariffs "
        "have risen twice. Costs are up. The company said it would release a cheaper "
        'model "in the coming months".',
        ["Caldwell Securities", "Lumora"],
        id="the_latest_of_speaker_and_subject_further_back",
    ),
    pytest.param(
        "Councillors demanded to know why the scheme had stalled.\n"
        "“We were promised a scheme.\n"
        "“I’m not blaming the engineers.”\n"
        "Those were the words of Cllr Pádraig Ó Dónaill, who chairs the district.",
        ["Pádraig Ó Dónaill", "Pádraig Ó Dónaill"],
        id="those_were_the_words_of_names_the_speaker",
    ),
]


PROFILE = [
    pytest.param(
        "Tan Wei Ling does not like the word. The founder of Orchid Robotics says the "
        "hardest thing she has learnt is patience.\n“If I sell them a revolution, they "
        "show me the door,” she said. Tan started the firm in 2018. Tan now employs 60.",
        ["Tan Wei Ling"],
        id="a_role_in_a_profiles_opening_is_its_subject",
    ),
    pytest.param(
        "Mark Jones lost his job at the plant in March. The boss of Acme Foods says the "
        'closure was "unavoidable".',
        ["Acme Foods"],
        id="must_not_fire_a_person_named_once_is_no_profile",
    ),
]


# The review's must-not-fire cases: each new rule left alone where it would be wrong.
REVIEW10 = [
    pytest.param(
        "Hannah Pryce started Pryce Haulage in 2004 with one lorry. "
        '"We have never missed a delivery," Pryce said.',
        ["Hannah Pryce"],
        id="a_founders_surname_stays_hers_beside_her_company",
    ),
    pytest.param(
        "The Green Party won two seats. A local GP, Dr Hamid Qureshi, said the plan was "
        '"unworkable".',
        ["Hamid Qureshi"],
        id="a_gp_is_no_green_party",
    ),
    pytest.param(
        "The gang was broken up after an investigation by Merseyside Police. Two men were "
        'detained in Marbella. "They were armed," Spanish police said.',
        [None],
        id="spanish_police_are_not_the_force_named_before",
    ),
    pytest.param(
        "Meridian Water said it disagreed with what the inspection report found. "
        '"We have invested heavily," it said.',
        ["Meridian Water"],
        id="it_after_a_report_inside_a_clause_is_the_body",
    ),
    pytest.param(
        "Karen Ashby could not face the court.\n“I have not slept since that night.”\n"
        "Those words were read by prosecutor Alan Reid on Karen Ashby's behalf.",
        ["Karen Ashby"],
        id="words_read_on_someones_behalf_are_the_authors",
    ),
    pytest.param(
        "The prison was overcrowded.\n“Conditions were squalid.”\nThose were the words "
        "of the Ministry of Justice's own inspection report.",
        [None],
        id="the_words_of_a_report_are_nobodys",
    ),
    pytest.param(
        'Raj Patel runs the library. "We need more space," Patel said.\nDerek Green ran '
        "the library service until 2021. Funding has fallen since. Visits are down.\n"
        '"We will keep going," he added.',
        ["Raj Patel", "Raj Patel"],
        id="he_added_keeps_the_last_speaker_over_a_later_subject",
    ),
    pytest.param(
        "Labour sources said they expected Angela Rayner to tell the conference "
        '"build, build, build".',
        ["Angela Rayner"],
        id="a_trailed_speech_verb_under_expect_still_speaks",
    ),
]


# One table per round, in the order the rounds were written.
@pytest.mark.parametrize(
    ("text", "expected"),
    ROUND10 + ROUND10B + ROUND10C + ROUND10D + ROUND10E + PROFILE + REVIEW10,
)
def test_round10_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
