"""Speakers, round 9 (batches 39-40 at first sight): "the force" is the police body
named before, "the province" a provincial government; a stranger who declines to be
named in the second half of a clause on them is anonymous; "one member" is a person
left unnamed; a past tense the parser joined to the modal verb of a reported clause
goes with the reporting verb's subject. Later rounds (9b-9g, on batches 41-44 and the
older dev batches) and the review's must-not-fire cases follow, one table each."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

# One table per round, in the order the rounds were written.
ROUND9 = [
    pytest.param(
        "Avon and Somerset Police said it had worked with Trading Standards on the "
        'case. "We believe there may be other victims," the force said.',
        ["Avon and Somerset Police"],
        id="the_force_is_the_police_named_before",
    ),
    pytest.param(
        "West Yorkshire Police said there had been two other robberies. Leeds City "
        "Council said it would add lighting. A spokesperson for the force said patrols "
        'would be "highly visible" this week.',
        ["West Yorkshire Police"],
        id="spokesperson_for_the_force_skips_a_nearer_council",
    ),
    pytest.param(
        "The Canada Council for the Arts and the Province of Manitoba gave $18 million."
        ' In a statement, the province said the museum would "bring the story home".',
        ["Province of Manitoba"],
        id="the_province_is_the_provincial_government",
    ),
    pytest.param(
        "Her son, Jonathan Tan, will take over the stall.\nA fellow hawker, who sells "
        "noodles and declined to be named, said it was the end of an era. "
        '"Now, only two of us left," he said.',
        [None],
        id="declining_to_be_named_in_a_joined_clause",
    ),
    pytest.param(
        "Her son, Jonathan Tan, will take over the stall.\nA fellow hawker, who sells "
        'noodles, said it was the end of an era. "Now, only two of us left," he said.',
        [None],
        id="must_not_name_a_stranger_after_the_son",
    ),
    pytest.param(
        '"He conducted from the third pew," Ruth Pruitt-Gaines said.\nOne longtime '
        'chorale member said the group had not decided. "We will sing," she said.',
        ["Ruth Pruitt-Gaines", None],
        id="one_member_is_a_person_left_unnamed",
    ),
    pytest.param(
        'Ruth Pruitt-Gaines is a member of the chorale. "We will sing," she said.',
        ["Ruth Pruitt-Gaines"],
        id="must_not_fire_for_a_named_member",
    ),
    pytest.param(
        "The Bureau of Meteorology said the river peaked overnight.\nMr Sandoval said "
        "the council would meet on Monday to discuss a fund, and called on the "
        'government to announce payments "today, not next month".',
        ["Sandoval"],
        id="past_tense_joined_to_a_modal_clause_goes_with_the_reporter",
    ),
    pytest.param(
        "Mr Sandoval said Corella Shire Council met on Monday and called on the "
        'government to pay "today, not next month".',
        ["Corella Shire Council"],
        id="must_not_fire_without_a_modal_the_clause_keeps_its_subject",
    ),
]

ROUND9B = [
    pytest.param(
        'The CDC said it would "review the data".\n"I told my wife I would never set '
        'foot on a ship again."\nThat was Gary Lindqvist, 71, a retired bus driver.',
        ["CDC", "Gary Lindqvist"],
        id="that_was_the_person_after_a_lone_quote",
    ),
    pytest.param(
        'The CDC said it would "review the data".\n"I told my wife I would never set '
        'foot on a ship again."\nThat was the view of many.',
        ["CDC", "CDC"],
        id="must_not_fire_that_was_no_person",
    ),
    pytest.param(
        "Tom Ashdown said his fields were dry.\nOn the seafront, one ice-cream seller "
        'said business had doubled. "Ask me again on Thursday," he said.',
        [None],
        id="one_seller_is_a_person_left_unnamed",
    ),
    pytest.param(
        'Captain Sione Vaka said the squad was ready.\n"We are not a one-man team," the lock said.',
        ["Sione Vaka"],
        id="a_rugby_position_describes_the_player",
    ),
    pytest.param(
        "Mateus Quaresma-Reid was born in Lisbon.\n"
        '"Coming back was always in my head," the forward told reporters.',
        ["Mateus Quaresma-Reid"],
        id="forward_read_as_an_adverb",
    ),
    pytest.param(
        "Ostrander, 29, who reached the fourth round in Paris last year, said he had "
        "struggled.\n"
        "“The balls were like rocks by the end,” the world No 38 said.",
        ["Ostrander"],
        id="a_world_ranking_describes_the_player",
    ),
    pytest.param(
        "Captain Derrick Ames, who has played here for three seasons, said the dressing "
        "room shared the blame.\n"
        '"We let him down," the center back said.',
        ["Derrick Ames"],
        id="a_position_in_two_words",
    ),
    pytest.param(
        "Coach Mereana Whaanga took over in May. The 44-year-old has brought home Amelia "
        'Sopoaga, the goal shoot.\n"Mere rang me the day after," the 26-year-old said.',
        ["Amelia Sopoaga"],
        id="an_age_rules_out_someone_given_another",
    ),
    pytest.param(
        "Hélène Vasseur watched from the stands.\nAmong the crowd was a woman who had "
        'driven up with her two sons. "We came to see Ostrander," she said.',
        [None],
        id="a_stranger_after_an_opening_phrase_and_be",
    ),
    pytest.param(
        "Dr Imran Siddique, who left in 2011 and is now a junior doctor at the Queen "
        "Elizabeth University Hospital, remembers being summoned to her office.\n"
        '"I thought I was in trouble," he said.',
        ["Imran Siddique"],
        id="must_not_fire_be_with_a_shared_subject_and_her_of_the_summoner",
    ),
    pytest.param(
        '"Freddie felt it go," Wessex director of rugby Nick Trelawney said.',
        ["Nick Trelawney"],
        id="a_name_after_a_title_and_its_field",
    ),
    pytest.param(
        "Morag Kilbride took over in 2009, when the school was, in the words of one "
        "inspection report, “a cause for significant concern”.",
        [None],
        id="in_the_words_of_a_report",
    ),
    pytest.param(
        'Justice Rosalind Keogh said the punch had "ended a life". Justice Keogh accepted '
        'that Doyle was remorseful.\n"That message tells me something," the judge said.',
        ["Rosalind Keogh", "Rosalind Keogh"],
        id="a_title_does_not_reach_past_a_verb",
    ),
    pytest.param(
        'The FBI\'s Newark field office said embezzlement was "one of the most common" frauds.',
        ["FBI"],
        id="the_body_owning_an_office_not_its_city",
    ),
    pytest.param(
        'Mr Reddy said he would pay "when I get paid".\nAnother message arrived on his '
        'phone. It read: "He is outside. Go now."',
        ["Reddy", None],
        id="a_text_that_reads",
    ),
    pytest.param(
        "Gregory Falcone appeared before Judge Evelyn Marchetti.\nMarchetti asked him "
        'whether anyone had promised him a sentence. "No," he said.',
        ["Gregory Falcone"],
        id="the_one_asked_answers",
    ),
    pytest.param(
        "Dela Cruz asked anyone with video from the area to contact police.\n"
        '"Somebody saw something," she said.',
        ["Dela Cruz"],
        id="must_not_fire_for_a_request",
    ),
    pytest.param(
        "Siobhán Kearney spoke first.\n"
        '"People are not stupid," one backbench TD told me, on condition that I did not '
        "use his name.",
        [None],
        id="an_unnamed_td",
    ),
    pytest.param(
        "Oyelaran rose above two defenders.\n"
        '"I just closed my eyes," the 24-year-old winger told Shannon Sport FM.',
        ["Oyelaran"],
        id="the_station_told_is_not_the_speaker",
    ),
]

ROUND9C = [
    pytest.param(
        "Harrowfield Town want a new ground. The club has looked at five sites. A plan to "
        "share a ground with rugby league side Harrowfield Hornets collapsed in 2016.\n"
        "Pettifer said work could start in 2026. In a statement, the club said the move "
        "would be paid for by ‘a contribution from partners’.",
        ["Harrowfield Town"],
        id="the_club_is_the_club_it_was_before",
    ),
    pytest.param(
        "Harcastle said the company had identified depots it could sell.\nPennock & Reid "
        "said the deal remained “in the best interests of our customers”. “We will work "
        "with the CMA,” the company said.",
        ["Pennock & Reid", "Pennock & Reid"],
        id="must_not_fire_past_a_body_that_just_spoke",
    ),
    pytest.param(
        "Figures from the Dublin Region Homeless Executive show 152 people sleeping "
        "rough.\nA spokesman for the executive said it was opening 120 beds. “Nobody "
        "should have to sleep rough,” he said.",
        ["Dublin Region Homeless Executive"],
        id="spokesman_for_the_last_word_of_a_body",
    ),
    pytest.param(
        "Acme named a new executive, Jo Hale. A spokesman for the executive said she was "
        '"delighted".',
        ["Jo Hale"],
        id="must_not_fire_without_such_a_body",
    ),
    pytest.param(
        'Bank spokeswoman Dana Whitcomb said the branch would close. "Fewer people come '
        'in," Whitcomb said.\nThat was little comfort to Betty Kuhn, who has banked there '
        'since 1958.\n"I walked in there with my husband," the 81-year-old said.',
        ["Dana Whitcomb", "Betty Kuhn"],
        id="an_age_describes_the_person_just_introduced",
    ),
    pytest.param(
        "Keane scored in the 62nd minute.\nBrennock, who only came on after Seán "
        'Fitzmaurice limped off, then nailed a penalty. "You don\'t think about it," said '
        "the 22-year-old.",
        ["Brennock"],
        id="must_not_fire_past_the_subject_of_the_sentence",
    ),
    pytest.param(
        "Gwen Pritchard runs the shop.\nNot everyone is convinced. One regular, who asked "
        'not to be named, worried it would change. "Gwen knows who takes sugar," she said.',
        [None],
        id="an_adjective_for_a_person_who_withholds_her_name",
    ),
    pytest.param(
        "Research was led by the Centers for Disease Control and Prevention. The CDC said "
        'it would "review the data".',
        ["Centers for Disease Control and Prevention"],
        id="initials_that_leave_out_a_last_part_after_and",
    ),
]

ROUND9D = [
    pytest.param(
        "Rachel Dunmore chaired the committee. She asked Lillicrap whether he would give "
        'a date. He said he could not "pre-empt the board".\n"Then what exactly are you '
        'doing here?" Dunmore shot back.',
        ["Lillicrap", "Rachel Dunmore"],
        id="a_reply_back_in_a_sentence_of_its_own",
    ),
    pytest.param(
        '"We are ready," Tom Reed said. The gunmen fired. Police shot back.',
        ["Tom Reed"],
        id="must_not_fire_for_shooting_back",
    ),
    pytest.param(
        "Ms Lyne said she had written to the Taoiseach, Brendan Hegarty.\nA spokesman for "
        'the Taoiseach said Mr Hegarty had "full confidence" in the process.',
        ["Brendan Hegarty"],
        id="the_taoiseach_is_a_title",
    ),
    pytest.param(
        "Venning has denied any wrongdoing. In a statement issued through his solicitor, "
        'Marcus Feld, he said every claim was "submitted in good faith".',
        ["Venning"],
        id="he_is_not_his_own_solicitor",
    ),
    pytest.param(
        'Tom Venning spoke to his lawyer, Marcus Feld, who said the claim was "absurd".',
        ["Marcus Feld"],
        id="must_not_fire_for_the_lawyer_speaking",
    ),
    pytest.param(
        "Aoife Geraghty came home this year.\nHer mother, Bríd Geraghty, runs the "
        "newsagent and has watched with what she calls ‘professional suspicion’.",
        ["Bríd Geraghty"],
        id="must_not_fire_when_the_one_owned_is_the_subject",
    ),
    pytest.param(
        'Dr. Ana Ruiz led the trial.\n"It worked," he said.\n'
        "In an interview, Ruiz admitted the units are expensive.\n"
        '"It is not cheap," she said.',
        ["Ana Ruiz", "Ana Ruiz"],
        id="a_he_against_a_womans_first_name_teaches_nothing",
    ),
    pytest.param(
        "Labor strategists said the defection would make little difference.\n"
        "‘It’s a headache for them, not for us,’ one senior Labor figure said.",
        [None],
        id="one_party_figure_is_left_unnamed",
    ),
    pytest.param(
        "He would sit ‘wherever they put me’.\nThe Nationals member for Warrego, Dale "
        "Hinchcliffe, has quit, accusing his colleagues of ‘forgetting who sent them’.",
        [None, "Dale Hinchcliffe"],
        id="the_member_for_a_seat_is_named_beside",
    ),
    pytest.param(
        "The Parliamentary Commissioner for Standards opened an inquiry. MPs return on "
        "Monday. The commissioner's office said it expected to finish \"in the coming "
        'months".',
        ["Parliamentary Commissioner for Standards"],
        id="the_office_of_a_title_naming_a_body",
    ),
    pytest.param(
        'The minister\'s office said the plan was "on track".',
        [None],
        id="must_not_fire_for_an_unnamed_minister",
    ),
]

ROUND9E = [
    pytest.param(
        "The bill passed.\nPiloting the bill, Minister of National Security Kendall "
        "Ramoutar said the legislation was “long overdue”.",
        ["Kendall Ramoutar"],
        id="a_name_right_before_said_over_a_thing_as_subject",
    ),
    pytest.param(
        'The report, which Ann Lee said was "flawed", was withdrawn.',
        ["Ann Lee"],
        id="must_not_fire_for_a_name_already_the_subject",
    ),
    pytest.param(
        "The coroner spoke first. Counsel for Cotter, Brendan Lynch SC, said his client "
        'had been "in the grip of a serious heroin addiction".',
        ["Brendan Lynch"],
        id="counsel_opening_a_sentence_is_a_role",
    ),
    pytest.param(
        "Det Gda Siobhán Kiely said Declan Furlong made full admissions, telling gardaí: "
        "“I knew every week I’d be caught.”",
        ["Declan Furlong"],
        id="the_speech_verb_before_the_colon_outranks_one_further_back",
    ),
    pytest.param(
        "The elder of one of the gates, Opanin Kofi Asamoah, said his family had "
        'petitioned the House. "We have written," the elder said.',
        ["Kofi Asamoah"],
        id="the_elder_and_opanin",
    ),
    pytest.param(
        'A spokesperson for the Al-Noor Foundation said it was "honoured".\nA trader '
        'who travelled from Savelugu said he had not prayed so. "I cried," he said.',
        ["Al-Noor Foundation", None],
        id="a_trader_is_a_person_left_unnamed",
    ),
]

REVIEW = [
    pytest.param(
        "Tom Hayes has run the bakery for 30 years. One estimate suggested costs had "
        'doubled. "We will survive," he said.',
        ["Tom Hayes"],
        id="must_not_fire_one_of_many_for_a_thing_that_suggests",
    ),
    pytest.param(
        "Mary Quinn met Tom Hayes on Monday. Quinn asked him whether the plan would "
        'work. "It will," she said.',
        ["Mary Quinn"],
        id="must_not_fire_asker_excluded_when_the_pronoun_is_not_the_one_asked",
    ),
    pytest.param(
        "The National Union of Students backed the protest. "
        '"We will appeal," a lawyer for the students said.',
        [None],
        id="must_not_fire_body_ending_with_a_noun_it_does_not_head",
    ),
    pytest.param(
        'Ann Roe was sacked in May. The letter to Ann Roe said: "You have been dismissed."',
        [None],
        id="must_not_fire_name_right_before_said_inside_the_subject",
    ),
]

ROUND9F_G = [
    pytest.param(
        "Paul Mulcahy died in 2019.\nMr Mulcahy's brother, who did not want to be named, "
        'said the family felt "like we are being made to bury him twice".',
        [None],
        id="who_did_not_want_to_be_named",
    ),
    pytest.param(
        'Ann Lee, who wants to be named as the donor, said the gift was "a thank-you".',
        ["Ann Lee"],
        id="must_not_fire_without_the_negation",
    ),
    pytest.param(
        "Shops stayed shut.\nNairobi regional police commander Samuel Otieno Wafula said "
        "37 people had been arrested for “blocking roads”.\n“Nobody has a right to burn a "
        "bus,” he told reporters.",
        ["Samuel Otieno Wafula", "Samuel Otieno Wafula"],
        id="a_place_before_a_title_and_a_name_is_no_person",
    ),
    pytest.param(
        "Judge Lê Thị Hồng Nhung read the verdict against Nguyễn Văn Thắng.\nIn his final "
        'statement he asked for leniency. "I have lost everything," he said.\n"The '
        'defendant held the highest responsibility," she said.',
        ["Nguyễn Văn Thắng", "Lê Thị Hồng Nhung"],
        id="a_gender_marked_inside_a_name",
    ),
    pytest.param(
        "Counsel to the governor, Yusuf Abdulkadir Tanko, urged the tribunal to dismiss "
        'the case as "a fishing expedition".',
        ["Yusuf Abdulkadir Tanko"],
        id="counsel_to_someone",
    ),
    pytest.param(
        "Everton manager Steve Halloran was unhappy. “Pym knows he has to win that "
        "header,” he said.\nPym did. “It is on me,” the centre-back said.",
        ["Steve Halloran", "Pym"],
        id="a_position_split_at_its_hyphen",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ROUND9 + ROUND9B + ROUND9C + ROUND9D + ROUND9E + REVIEW + ROUND9F_G,
)
def test_round9_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
