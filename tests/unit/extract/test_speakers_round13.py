"""Speakers, round 13 (batches 69-76): a role the tagger read as a name ("the
saxophonist"), a city's demonym ("the Londoner"), a netball "shooter"; a relative who
died in a past year is no speaker of "Mr Deshmane said"; "Mrs Doran" is the living
mother, not "their daughter"; "her mother said" is whom
"Her mother, X" introduced; interviews: "Did she mean it?" is put to the woman just
quoted, and "the coach said" after a question put to "you" is the interviewee's; a
first name's gender from the long list of names ("Wagner"), which outweighs a
pronoun, and a "she" near only a man is the main person's; a company's coined first
word alone ("Northsound") and a name after its legal form ("PT Sinar Logam
Nusantara"); "the police spokesman" is whom "The command's spokesman, X" introduced;
"“…” That was Dr. X"; "the DPP said" after "Deputy Public Prosecutor Nicholas Quek";
"Councilmember"; "in the words of the Tokyo curator X". The must-not-fire cases
close the table, many from the review's misfires."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND13 = [
    pytest.param(
        "Tobenna Ezeudu plays the tenor saxophone in a Lagos band.\n"
        "He insists the deadline had nothing to do with it. \u201cWe rehearsed every day "
        "last week,\u201d the saxophonist said.",
        ["Tobenna Ezeudu"],
        id="a_role_the_tagger_read_as_a_name",
    ),
    pytest.param(
        "Jordan Staniforth fights Dwayne Okoli tonight.\n"
        "Okoli, 29, was in no mood for the family story. 'It's a lovely tale, but I've got "
        "a job to do,' the Londoner said.",
        ["Dwayne Okoli"],
        id="a_citys_demonym_is_a_person",
    ),
    pytest.param(
        "Hinemoa Pirihi coached the Rapids for 14 years. Maraea Pirihi, 23, the team's goal "
        "shooter, was coached by her aunt from the age of 16.\n"
        "\u201cAt training she was never my aunty,\u201d the shooter said.",
        ["Maraea Pirihi"],
        id="a_netball_shooter_is_a_person",
    ),
    pytest.param(
        "Shalini Deshmane, 68, told party workers on Sunday that she would not contest "
        "next year\u2019s election, and that the party would field her son, Aniket "
        "Deshmane, in her place.\n"
        "Mrs Deshmane entered politics after her husband, Madhukar Deshmane, a two-term MP, "
        "was killed in a road accident in 1994.\n"
        "Her son, who is 36, spoke to this newspaper on Monday. \u201cThe only answer is "
        "work,\u201d Mr Deshmane said.",
        ["Aniket Deshmane"],
        id="a_relative_who_died_years_ago_is_not_mr_again",
    ),
    pytest.param(
        "Priya Ganeshan opens in the play next week. \u201cI wanted to be a doctor,\u201d "
        "she says.\n"
        "Her mother, Lakshmi Ganeshan, now retired, remembers it differently. \u201cShe "
        "announced she would be a vet,\u201d her mother said.",
        ["Priya Ganeshan", "Lakshmi Ganeshan"],
        id="her_mother_is_whom_her_mother_introduced",
    ),
    pytest.param(
        "Tobenna Ezeudu has finished his first album. \u201cIt took a while,\u201d he "
        "said.\n"
        "His sister, Nkiru Ezeudu, handles his bookings. \u201cI told him I would release "
        "the tapes myself,\u201d she said.\n"
        "Did she mean it? \u201cCompletely.\u201d\n"
        "Why did it take so long? \u201cI wanted another month,\u201d he said.",
        ["Tobenna Ezeudu", "Nkiru Ezeudu", "Nkiru Ezeudu", "Tobenna Ezeudu"],
        id="did_she_mean_it_is_put_to_the_woman_just_quoted",
    ),
    pytest.param(
        "Luc\u00e9lia Carvalhaes has coached Cantareira since 2019. We spoke to her at the "
        "training ground.\n"
        "You were 1-0 down at half-time. What did you say?\n"
        "\u201cVery little. Fabiana did the talking.\u201d\n"
        "Fabiana Carvalhaes, her assistant, remembers it differently. \u201cShe threw a "
        "bottle,\u201d she said.\n"
        "Working with your twin: is it an advantage?\n"
        "\u201cIt is the only reason I still have this job,\u201d the coach said.\n"
        "Is it true you turned down Europe?\n"
        "\u201cSomebody called,\u201d Carvalhaes said.",
        [
            "Luc\u00e9lia Carvalhaes",
            "Fabiana Carvalhaes",
            "Luc\u00e9lia Carvalhaes",
            "Luc\u00e9lia Carvalhaes",
        ],
        id="a_role_answering_a_question_put_to_you_is_the_interviewee",
    ),
    pytest.param(
        "Luc\u00e9lia Carvalhaes led the team to a first state title.\n"
        "The club president, Wagner Penteado, said the board would discuss a new contract. "
        "\u201cShe is not for sale,\u201d Penteado added.\n"
        "What does Brazil still not understand?\n"
        "\u201cThat it is not a hobby,\u201d she said.",
        ["Wagner Penteado", "Luc\u00e9lia Carvalhaes"],
        id="a_first_name_from_the_long_list_has_a_gender",
    ),
    pytest.param(
        "Shares of Northsound Data fell 14% on Thursday.\n"
        "Northsound lowered its outlook for the year. \u201cThe business is fine,\u201d "
        "Northsound said in a statement.",
        ["Northsound Data"],
        id="a_coined_first_word_alone_is_the_company",
    ),
    pytest.param(
        "The explosion at a smelter run by PT Sinar Logam Nusantara killed two workers.\n"
        "\u201cSafety is our first priority,\u201d Sinar Logam said in a statement.",
        ["PT Sinar Logam Nusantara"],
        id="a_name_after_its_legal_form",
    ),
    pytest.param(
        "ABEOKUTA \u2014 The Ogun State Police Command on Wednesday paraded three men "
        "suspected of abducting a teacher.\n"
        "The command\u2019s spokesman, SP Kolawole Onabanjo, said the suspects were "
        "arrested on Monday.\n"
        "He named them as Kazeem Ayinde and Musa Bello. \u201cWe recovered two pistols,"
        "\u201d the police spokesman said.",
        ["Kolawole Onabanjo"],
        id="the_spokesman_is_whom_the_spokesman_introduced",
    ),
    pytest.param(
        "Deputy Public Prosecutor Nicholas Quek said Seah had approved payments for work "
        "that was never done. \u201cThis was not a momentary lapse,\u201d the DPP said.",
        ["Nicholas Quek"],
        id="the_initials_of_a_title_before_a_name",
    ),
    pytest.param(
        "The robberies prompted Councilmember Rosalind Esquivel to call for security "
        "grants.\nEsquivel said she would bring the proposal to the council next Tuesday. "
        "\u201cPeople are afraid to go to work,\u201d she said.",
        ["Rosalind Esquivel"],
        id="councilmember_is_a_title",
    ),
    pytest.param(
        "Sayuri Okuda has fired pots in Shigaraki since 1971. Her pieces are squat and "
        "cracked and, in the words of the Tokyo curator Mariko Fujisawa, \u201cas if a "
        "storm had been asked to sit still\u201d.",
        ["Mariko Fujisawa"],
        id="in_the_words_of_a_person_a_place_describes",
    ),
    pytest.param(
        "Mizuho Kanazawa led the survey. \u201cI wanted to do something that mattered,"
        "\u201d she said.\n"
        "\u201cThe hard part is keeping a cable alive on the ocean floor.\u201d That was "
        "Dr. Tomoyuki Hirasawa, the institute\u2019s deputy director, who said the "
        "funding runs out in March.",
        ["Mizuho Kanazawa", "Tomoyuki Hirasawa"],
        id="that_was_x_after_the_quote_in_its_paragraph",
    ),
    pytest.param(
        "The first wine Nomvula Dlamini ever made came out of a plastic drum. Dlamini "
        "founded Ithemba Cellars in 2014, and Dlamini still runs it.\n"
        "She worked at a large estate, where the cellar master, Pieter van der Merwe, let "
        "her run small experiments. \u201cShe asked more questions than my sons,\u201d "
        "said Van der Merwe.\n"
        "What was the hardest part? \u201cLand,\u201d she said at once.",
        ["Pieter van der Merwe", "Nomvula Dlamini"],
        id="a_first_name_outweighs_a_pronoun_and_she_is_the_main_person",
    ),
    pytest.param(
        "Noreen Doran and her husband, P\u00e1draig Doran, have lived in the estate since "
        "2003.\n"
        "Their daughter, Aisling Doran, a solicitor, said the family was considering its "
        "options. Mrs Doran was more direct. \u201cI want to go home,\u201d she said.",
        ["Noreen Doran"],
        id="mrs_is_not_the_daughter",
    ),
    pytest.param(
        "Edith Walsh, 91, died in the fire at her home in Carlow. Her daughter, Maureen "
        "Walsh, 64, said the smoke alarms had been taken down by a contractor.\n"
        "\u201cNobody told us,\u201d Mrs Walsh said.",
        ["Maureen Walsh"],
        id="must_not_fire_mrs_is_the_daughter_when_her_mother_died",
    ),
    pytest.param(
        "Arthur Penhaligon, who died in March 2024 aged 88, built the haulage firm from a "
        "single van. His daughter, Clare Penhaligon, now runs it.\n"
        "In a 2009 interview, Mr Penhaligon said: \u201cI never wanted to be big, just "
        "reliable.\u201d",
        ["Arthur Penhaligon"],
        id="must_not_fire_mr_is_the_man_who_died_when_the_living_one_is_a_woman",
    ),
    pytest.param(
        "The union\u2019s spokesman, Gary Pratt, said members would strike on Friday.\n"
        "Hartwell Foods said it was disappointed. \u201cWe have made a fair offer,\u201d "
        "the company spokesman said.",
        ["Hartwell Foods"],
        id="must_not_fire_the_spokesman_of_a_body_named_since",
    ),
    pytest.param(
        "The bill was attacked on Tuesday by former Prime Minister Helen Carver, who called "
        "it \u201creckless\u201d.\n"
        "The government defended the plan. \u201cThis bill will keep families safe,\u201d "
        "the PM said in Parliament.",
        ["Helen Carver", None],
        id="must_not_fire_a_former_holder_is_not_the_pm",
    ),
    pytest.param(
        "The fire started just after midnight.\n"
        "\u201cGet out, get out now.\u201d That is all Ruth Kaye remembers hearing before "
        "the smoke reached her room.",
        [None],
        id="must_not_fire_what_she_remembers_hearing",
    ),
    pytest.param(
        "Council leader Pat Doyle defended the cuts on Monday.\n"
        "\u201cThere is no money left.\u201d Opposition leader Gemma Rowe put it "
        "differently: \u201cThere is no plan.\u201d",
        [None, "Gemma Rowe"],
        id="must_not_fire_a_new_speaker_after_the_quote",
    ),
    pytest.param(
        "Niamh Carey, 24, keeps goal for Shelbourne. Her brother, Cian Carey, plays for "
        "Leeds.\n"
        "How did you end up in goal?\n"
        "\u201cNobody else wanted to,\u201d Carey said.\n"
        "Is he better than you? \u201cMuch better. Don't print that.\u201d\n"
        "What next?\n"
        "\u201cA cap, I hope,\u201d she said.",
        ["Niamh Carey", "Niamh Carey", "Niamh Carey"],
        id="must_not_fire_a_question_about_him_put_to_you",
    ),
    pytest.param(
        "Shalini Deshmane, 68, told party workers on Sunday that she would not contest "
        "next year\u2019s election, and that the party would field her son, Aniket "
        "Deshmane, in her place.\n"
        "Her husband, Madhukar Deshmane, a two-term MP, was killed in a road accident.\n"
        "\u201cThe only answer is work,\u201d Mr Deshmane said.",
        ["Madhukar Deshmane"],
        id="must_not_fire_a_death_with_no_year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND13)
def test_round13_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
