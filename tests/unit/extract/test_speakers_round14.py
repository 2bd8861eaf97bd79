"""Speakers, round 14 (batches 81-86): a title the parser made the subject ("Cllr
Feehily said"); a person first named in the paragraph as an object is who "he" means
when nobody is a subject there; a partial quote hangs on the verb its opening mark
does ("while Okonjo called it “…”"); "finding that", "remembered him as"; "the
mother-of-three" is the woman just introduced, not someone's mother nor her town; a
body described by "the studio", "the label", "the centre", "the bench", "the
restaurant"; a club named in apposition after "Her club, the …". The must-not-fire
cases close the table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.extract.test_speakers_round8 import speakers

ROUND14 = [
    pytest.param(
        'Local councillor Dermot Feehily of Fine Gael opposed the scheme. "The council '
        'refused this for good reasons, twice," Cllr Feehily said.',
        ["Dermot Feehily"],
        id="a_title_made_the_subject_names_the_person_after_it",
    ),
    pytest.param(
        "\u201cWe cannot import card stock on promises,\u201d Jerome Uy said. Edgardo "
        "Salcedo shot back: \u201cAnd we cannot pay for cards that do not exist.\u201d\n"
        "The exchange prompted Senator Ramon Villacorta, a former undersecretary, to "
        "intervene. \u201cGentlemen, you are both in the same boat,\u201d he said.",
        ["Jerome Uy", "Edgardo Salcedo", "Ramon Villacorta"],
        id="he_is_the_person_the_paragraph_introduces",
    ),
    pytest.param(
        "\u201cThat\u2019s the best speech I\u2019ve heard,\u201d said Margaret Ellery, a "
        "councillor from Shropshire, while Tunde Okonjo, a party member from Croydon, "
        "called it \u201cexactly what people on the doorstep have been asking for\u201d.",
        ["Margaret Ellery", "Tunde Okonjo"],
        id="a_partial_quote_hangs_on_the_verb_before_its_mark",
    ),
    pytest.param(
        "Justice Margaret Wambui acquitted them, finding that the identification was "
        "\u201cso riddled with irregularity that no tribunal could rely on it\u201d.",
        ["Margaret Wambui"],
        id="a_judge_finding_that",
    ),
    pytest.param(
        "Samuel Kiprono, who covered the courts alongside him, remembered him as \u201ca "
        "man who never once complained about waiting\u201d; his brother, Joseph Mwangi, "
        "said simply: \u201cHe was the patient one.\u201d",
        ["Samuel Kiprono", "Joseph Mwangi"],
        id="remembered_him_as",
    ),
    pytest.param(
        "Lorraine Fitton, whose son died in 2019, told the Clarion she had given "
        "evidence.\n\u2018I sat three feet away from that man,\u2019 the mother-of-three "
        "from Bolton said.",
        ["Lorraine Fitton"],
        id="a_mother_of_three_from_a_town_is_the_woman_introduced",
    ),
    pytest.param(
        "Kenji Morimoto died on Friday. Studio Hoshizora, the company he co-founded, "
        "said he died of heart failure.\n\u201cHe drew until his last weeks,\u201d the "
        "studio said in a statement.",
        ["Studio Hoshizora"],
        id="the_company_he_co_founded_is_a_company",
    ),
    pytest.param(
        "Her new album was released on Friday by the Lyon label Disques Sa\u00f4ne. The "
        "label said demand had been \u00abunlike anything we have seen\u00bb.",
        ["Disques Sa\u00f4ne"],
        id="the_label_named_before_a_name_makes_a_body",
    ),
    pytest.param(
        "Selam Tesfaye runs every morning. Her club, the Charles River Striders, has "
        'raised $6,000. The club said in a post that she had "earned every dollar twice '
        'over".',
        ["Charles River Striders"],
        id="a_club_in_apposition_after_her_club",
    ),
    pytest.param(
        "Mr Moloney had worked at Shannonside Grill since 2022. The restaurant said that "
        "staff were \u201cheartbroken beyond words\u201d.",
        ["Shannonside Grill"],
        id="the_restaurant_is_the_grill_named_before",
    ),
    pytest.param(
        "\u201cI understand the numbers,\u201d said Nuala N\u00ed Bhriain, who has been "
        "principal at Scoil Mhuire since 2009.\nThe principal said the school was \u201con "
        "the watch list\u201d.\nDeclan Loftus, principal of the Drumgallagh school, "
        "said his staff were sorry.",
        ["Nuala N\u00ed Bhriain", "Nuala N\u00ed Bhriain"],
        id="who_has_been_principal_at_titles_her_not_the_school",
    ),
    pytest.param(
        "Its English translation, by Arjun Bhattacharya, came out last year.\nAnd who won "
        "the arguments? \u201cAbout half of them,\u201d Mitra said.\nBhattacharya put the "
        "figure lower. \u201cMaybe a third,\u201d the translator said.",
        ["Mitra", "Arjun Bhattacharya"],
        id="the_translator_is_a_person",
    ),
    pytest.param(
        "Graeme Rutherford, who illustrated all 31 books, said he had visited her. They met "
        "at a party thrown by her husband, Alasdair, a bookseller who died in 2015.\n"
        "\u201cAlasdair introduced us,\u201d the 81-year-old illustrator said.",
        ["Graeme Rutherford"],
        id="the_illustrator_is_who_illustrated",
    ),
    pytest.param(
        "The evening\u2019s surprise came when the singer Zainab Bello walked on to sing with "
        "him.\n\u201cI forgot every word I had rehearsed,\u201d the 29-year-old said "
        "backstage.",
        ["Zainab Bello"],
        id="said_read_as_an_adjective_after_an_age",
    ),
    # Must not fire.
    pytest.param(
        "Coach Aidan Furlong praised his side after the 2-1 win.\nThe winner came from a "
        "header by new signing Darragh Cleary. \u201cWe held our nerve,\u201d he said.",
        ["Aidan Furlong"],
        id="he_is_not_whom_a_goal_came_from",
    ),
    pytest.param(
        "Mayor Tom Hale defended the plan at a public meeting.\nThe scheme was drawn up with "
        "the help of Dutch planner Willem de Groot. \u201cIt worked in Utrecht,\u201d he said.",
        ["Tom Hale"],
        id="he_is_not_whom_the_paragraph_names_after_a_preposition",
    ),
    pytest.param(
        "Maeve Lyons, the school's principal, said the hall would open in May.\nThe money "
        "was confirmed in a letter from Education Minister Helen Rourke. \u201cWe are "
        "thrilled,\u201d she said.",
        ["Maeve Lyons"],
        id="she_is_not_whom_a_letter_came_from",
    ),
    pytest.param(
        "The van was bought from Corrigan Motors in Athy last year. Owner Paula Byrne said "
        "the clutch went within a month. \u201cNo fault was ever mentioned,\u201d the "
        "dealer said.",
        [None],
        id="a_dealer_is_not_the_customer",
    ),
    pytest.param(
        "Fisheries talks stalled on Tuesday. Ghana's delegation left the room. \u201cThese "
        "quotas are unacceptable,\u201d the delegate from Ghana said.",
        ["Ghana"],
        id="a_delegate_from_a_country_speaks_for_it",
    ),
    pytest.param(
        "Judge Ruth Kane acquitted Dunne, finding that his version that he had acted "
        "\u201conly to protect his brother\u201d was credible.",
        [None],
        id="a_ruling_that_weighs_someones_account_is_not_the_courts_words",
    ),
    pytest.param(
        "Deborah Kinsella, who manages the care home where Menon works, said she knew "
        "nothing.\nWhen she asked about it, a manager at the agency told her it was "
        "\u201cnormal for overseas staff\u201d.",
        [None],
        id="an_unnamed_manager_is_not_who_manages_elsewhere",
    ),
    pytest.param(
        "Jo Bell said he had met Tom Smith, a banker, on Monday. \u201cIt went well,\u201d "
        "he said.",
        ["Jo Bell"],
        id="a_subject_in_the_paragraph_keeps_he",
    ),
    pytest.param(
        "Mark Ruane chairs the board.\nHe said the plan had won over Peter Doyle, a "
        "farmer. \u201cWe are nearly there,\u201d he said.",
        ["Mark Ruane"],
        id="a_pronoun_subject_in_the_paragraph_keeps_he",
    ),
    pytest.param(
        "Olivier was asked about a report by the Rugby Integrity Unit, which found that "
        "concussions rose and states that the rise is \u201ca warning the game cannot "
        "ignore\u201d.",
        [None],
        id="a_report_which_found_that_is_no_ruling",
    ),
    pytest.param(
        "ADELAIDE \u2014 Ellie Castagna insists she is not thinking about rankings. On "
        "Saturday a win over Veronika Hrub\u00e1 put her into her first final.\nThe "
        "20-year-old from Port Adelaide saved two match points.\n\u201cShe played the "
        "big points better,\u201d the 28-year-old said.",
        ["Veronika Hrub\u00e1"],
        id="an_age_after_a_town_is_not_the_woman_in_view_before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND14)
def test_round14_speakers(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp(text)) == expected
