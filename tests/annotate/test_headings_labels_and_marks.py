"""Constructions of court, British, tech-desk, magazine-profile and campaign copy that invented
probes (thirty-ninth session) showed the annotator getting wrong: a headline left in the body read
as a name, a topic label before a quotation that raised an error. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


@pytest.mark.parametrize(
    "heading",
    [
        "Handset Maker Apologizes for Slowing Older Phones",
        "Brindle Fined Over Location Data",
        "Streaming Music Service Raises Prices Again",
    ],
)
def test_a_headline_left_in_the_body_is_no_speaker(annotator, heading):
    body = (
        f"{heading}\n\nCorvane Audio said on Tuesday it would change its plans.\n\n"
        "“We should have explained this sooner,” the company said."
    )
    story = annotated(annotator, body)
    speaker = one(story.quotes, "We should have").speaker
    assert speaker is None or speaker not in heading
    assert not any(e.mentions[0].start < len(heading) for e in story.entities if e.label in ("ORG", "PERSON"))


def test_a_headlines_name_the_prose_uses_stays(annotator):
    body = "Tamsin Achebe Wins Harbour Seat\n\nTamsin Achebe won the Harbour seat on Thursday by 212 votes."
    names = {e.name for e in annotated(annotator, body).entities}
    assert "Tamsin Achebe" in names


def test_a_topic_label_after_a_sentence_keeps_the_storys_quotes(annotator):
    body = (
        'The flyer arrived on Monday. On the back: "Lindqvist raised your water bills."\n\n'
        '"If you attack me, at least tell the whole story," Lindqvist said.'
    )
    found = quotes(annotator, body)
    assert one(found, "If you attack me").speaker == "Lindqvist"
    assert one(found, "Lindqvist raised").speaker is None


def test_a_hyphened_name_before_a_verb_read_as_a_noun_is_whom_he_continues(annotator):
    body = 'Ignatius Pemberton-Oyo pauses. "Most people water their beans at noon," he says.'
    assert one(quotes(annotator, body), "Most people").speaker == "Ignatius Pemberton-Oyo"


def test_a_given_name_read_as_a_place_takes_its_hyphened_surname(annotator):
    body = (
        "Magnus Delacroix-Ewing once spent three nights lost on the moor.\n\n"
        '"I was not scared the first night," he says.'
    )
    assert one(quotes(annotator, body), "I was not scared").speaker == "Magnus Delacroix-Ewing"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            'His partner, Imani Rourke, says the studio is busy. "Half our clients pay us in bread," she says.',
            "Half our clients",
            "Imani Rourke",
        ),
        (
            "The comic, best known for the sitcom Lower Sixth, has died. His agent, Camilla Fenwick-Hart, "
            'said he died at home. "Tobias was a giant of radio comedy," she said.',
            "Tobias was a giant",
            "Camilla Fenwick-Hart",
        ),
    ],
)
def test_a_given_name_of_the_world_tables_makes_a_person(annotator, body, start, speaker):
    assert one(quotes(annotator, body), start).speaker == speaker


def test_a_title_word_that_is_a_given_name_stays_in_the_name(annotator):
    body = "Marquise Fredericks, 19, was arrested on Tuesday."
    names = {e.name for e in annotated(annotator, body).entities if e.label == "PERSON"}
    assert "Marquise Fredericks" in names


def test_interjected_reports_the_words_it_follows(annotator):
    body = '"I will accept the result," Quist said. "That is not an answer," interjected Dorian Ferraro.'
    assert one(quotes(annotator, body), "That is not").speaker == "Dorian Ferraro"


@pytest.mark.parametrize("opener", ["Speaking at a rally,", "At a rally on Monday,"])
def test_a_bare_role_beside_a_name_after_an_opening_phrase_is_no_subject(annotator, opener):
    body = (
        f"{opener} Ewan Calloway, general secretary of the Rail and Ferry Workers' Federation, told "
        'supporters: "They cannot run a single train without us."'
    )
    assert one(quotes(annotator, body), "They cannot run").speaker == "Ewan Calloway"


def test_speech_in_single_marks_in_a_story_that_quotes_a_phrase_in_double_marks(annotator):
    body = (
        'Island councillor Morag Leckie said residents were "at the end of their tether".\n\n'
        "‘People on Barra have waited years for this ferry,’ she said. ‘Every cancelled sailing is a "
        "missed hospital appointment.’"
    )
    found = quotes(annotator, body)
    assert one(found, "People on Barra").speaker == "Morag Leckie"
    assert one(found, "Every cancelled sailing").speaker == "Morag Leckie"


def test_corrects_reports_the_words_it_follows(annotator):
    body = '"We have quarrelled since 1961," Clementine Arvo says.\n\n"Since 1960," Rosalind Arvo corrects her.'
    assert one(quotes(annotator, body), "Since 1960").speaker == "Rosalind Arvo"


def test_a_pronoun_in_an_opening_participle_is_the_subject_whose_verb_reads_as_a_noun(annotator):
    body = (
        '"She knows every name in the county," said Deputy Ynez Carbajal.\n\n'
        "Asked whether he would retire, Sheriff Obadiah Crenshaw grins. "
        '"My wife asks me that every morning," he says.'
    )
    assert one(quotes(annotator, body), "My wife asks").speaker == "Obadiah Crenshaw"


def test_a_partys_role_before_a_candidate_makes_the_candidate_the_principal(annotator):
    body = (
        "The campaign of state Senate candidate Aldo Ferrante sent a mailer that bore the words "
        '"Paula Brightwater wants to defund your sheriff."'
    )
    assert one(quotes(annotator, body), "Paula Brightwater").speaker == "Aldo Ferrante"


@pytest.mark.parametrize("author", ["The memo was written by", "The memo had been sent by"])
def test_a_document_whose_author_the_next_sentence_names_is_the_authors(annotator, author):
    body = f'"Voters have never been this angry," the memo reads. {author} Curtis Ambrose, the party\'s pollster.'
    assert one(quotes(annotator, body), "Voters have never").speaker == "Curtis Ambrose"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Regulators are looking at whether Quorvant, the search and advertising company, rigged its "
            'auctions. Quorvant declined to comment. "Our auctions are fair," the company said in March.',
            "Our auctions",
            "Quorvant",
        ),
        (
            'Pantheon Games said it respected the vote. "We look forward to working with our staff," the company said.',
            "We look forward",
            "Pantheon Games",
        ),
    ],
)
def test_a_company_the_model_reads_as_a_place_or_an_event_speaks_as_a_company(annotator, body, start, speaker):
    assert one(quotes(annotator, body), start).speaker == speaker


@pytest.mark.parametrize("dateline", ["VELDRAN, Aug 1 —", "ORSEVILLE, July 9 —"])
def test_a_datelines_place_with_a_date_is_no_speaker(annotator, dateline):
    body = f'{dateline} The central bank of Dunmark held rates. In its report, the bank said: "Price pressures have eased."'
    speaker = one(quotes(annotator, body), "Price pressures").speaker
    assert speaker is None or dateline.split(",")[0] not in speaker.upper()


def test_a_body_with_a_relative_clause_about_someone_speaks_itself(annotator):
    body = (
        "Kwame Boateng, a coach, died on Tuesday. The Norbury Lions, which he founded in 2004, said it was "
        '"utterly heartbroken by the news."'
    )
    assert one(quotes(annotator, body), "utterly heartbroken").speaker == "Norbury Lions"


def test_the_younger_of_two_with_a_hyphened_surname_is_the_son(annotator):
    body = (
        "Frederick Oduya-Lambert, a former mayor, died on Sunday. His son, Marcus Oduya-Lambert, announced "
        'his death. "My father built roads," the younger Oduya-Lambert said.'
    )
    assert one(quotes(annotator, body), "My father built").speaker == "Marcus Oduya-Lambert"


def test_a_name_the_model_ran_into_a_cue_and_an_outlet_is_the_name(annotator):
    body = '"It took eleven people six weeks to sew that dress," Valcourt told Vogue.'
    story = annotated(annotator, body)
    assert one(story.quotes, "It took eleven").speaker == "Valcourt"


def test_the_answer_after_a_printed_question_is_the_interviewees(annotator):
    body = (
        "Singer Rhiannon Vell spoke to us.\n\nQ: Is it true you wrote the album in a cabin?\n\n"
        '"A very small cabin with no Wi-Fi at all."'
    )
    assert one(quotes(annotator, body), "A very small cabin").speaker == "Rhiannon Vell"


def test_captioned_reports_the_words_before_it(annotator):
    body = '"Guess who is going back to the set," Simone Achebe captioned a photo of the script.'
    assert one(quotes(annotator, body), "Guess who").speaker == "Simone Achebe"


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Minister Dimitris Lekkas Papadakis urged residents to leave.", "Dimitris Lekkas Papadakis"),
    ],
)
def test_a_new_person_the_model_cut_short_or_missed_is_whom_he_continues(annotator, introduction, speaker):
    body = f'"The winds are very strong," spokesman Nikos Vardas said.\n\n{introduction}\n\n"Houses can be rebuilt," he said.'
    assert one(quotes(annotator, body), "Houses can be").speaker == speaker


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Norway's foreign ministry on Sunday summoned the Dutch envoy over what it called "
            '"deeply hostile remarks", state news agency VNA reported.',
            "deeply hostile",
            "Norway",
        ),
        (
            "China's foreign minister Li Mingyu told his counterpart that Tokyo must stop "
            '"isolating and encircling" China, state media reported.',
            "isolating and",
            "Li Mingyu",
        ),
    ],
)
def test_an_outlet_that_reports_a_partial_quotation_only_relays_it(annotator, body, start, speaker):
    found = one(quotes(annotator, body), start).speaker
    assert found is not None and speaker in found


def test_a_quotation_after_a_copula_is_the_reporting_outlets_not_the_earlier_cues(annotator):
    body = (
        "Senator Ola Brandt spoke in Tulsa on Tuesday and promised to end three tax breaks.\n\nThe three "
        '"giveaways" he cited are "write-offs for yachts, credits for private jets and a carve-out for hedge '
        'funds," the Harbour Gazette reported.'
    )
    assert one(quotes(annotator, body), "write-offs for").speaker == "Harbour Gazette"


def test_a_role_opening_the_sentence_before_a_rare_name_makes_a_person(annotator):
    body = (
        '"I am not a magician," President Kamal Perera said.\n\nThe IMF said in a statement that it looked '
        'forward to "working with the new government."\n\nEconomist Dhananath Fernando of the Colombo Policy '
        'Institute warned that changes could hurt. "Sri Lanka cannot afford another crisis," he said.'
    )
    assert one(quotes(annotator, body), "Sri Lanka cannot").speaker == "Dhananath Fernando"


def test_a_clause_after_a_name_is_no_apposition_that_ties_its_noun(annotator):
    body = (
        "Members of the band Crimson Hour have split from their manager, Pell Redding, the band confirmed "
        'Wednesday.\n\n"We are grateful for everything Pell has done," the band said in a statement.'
    )
    assert one(quotes(annotator, body), "We are grateful").speaker != "Pell Redding"


def test_two_roles_joined_by_and_set_beside_one_name_are_hers(annotator):
    body = (
        "His mother and manager, Karen Ellery, said the family thought it over for months. "
        '"School comes first," she said.'
    )
    assert one(quotes(annotator, body), "School comes first").speaker == "Karen Ellery"


def test_a_clubs_name_read_once_as_a_person_stays_the_club(annotator):
    body = (
        "Billy Thorncroft, the former Dunmore Rovers goalkeeper, died on Saturday. The club said it was "
        '"deeply saddened by the news." Dunmore Rovers will hold a minute\'s applause on Saturday.'
    )
    story = annotated(annotator, body)
    assert {e.label for e in story.entities if e.name == "Dunmore Rovers"} == {"ORG"}
    assert one(story.quotes, "deeply saddened").speaker == "Dunmore Rovers"


def test_the_source_after_according_to_ends_at_its_comma(annotator):
    body = (
        "The National Lacrosse Association suspended defenseman Kyle Brennick for three games. According "
        'to the league, Brennick "made forcible contact with an opponent\'s head."'
    )
    assert one(quotes(annotator, body), "made forcible").speaker != "Kyle Brennick"


def test_a_quotation_that_says_something_of_someones_remarks_is_not_theirs(annotator):
    body = (
        "The Valley Conference fined coach Gary Pelletier on Monday. In a statement, the conference said "
        'Pelletier\'s remarks "violated the sportsmanship policy."'
    )
    assert one(quotes(annotator, body), "violated the").speaker != "Gary Pelletier"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            'Workers at the Brisco Paper mill walked off the job. "They chose to walk away," said Lydia Farrow, '
            "president of United Millworkers Local 418. The company said in a statement that it was "
            '"deeply disappointed" by the walkout.',
            "deeply disappointed",
        ),
        (
            "The Association of Professional Engineers has filed a charge against Tolliver Aerospace. The "
            'charge alleges that Tolliver fired four engineers. "These firings were meant to send a message," '
            "the union said in its filing.",
            "These firings",
        ),
    ],
)
def test_the_company_is_no_union_and_the_union_no_company(annotator, body, start):
    speaker = one(quotes(annotator, body), start).speaker
    assert speaker is None or ("Local" not in speaker and "Aerospace" not in speaker)


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("Police Chief Dana Okolie told reporters:", "Dana Okolie"),
        ("Senator Ellen Varga wrote on X:", "Ellen Varga"),
        ("Minister Carla Benedini outlined three priorities:", "Carla Benedini"),
    ],
)
def test_a_short_lead_in_ending_in_a_colon_is_prose_not_a_tables_row(annotator, lead_in, speaker):
    """A line of fewer than eight words is read as a table's row or a heading unless it ends
    like a sentence; a lead-in closing on a colon before a quotation is a sentence, and its title
    is no part of the name."""
    body = f"{lead_in}\n\n“We will not be moved on this.”\n\nThe vote is on Thursday."
    story = annotated(annotator, body)
    assert one(story.quotes, "We will not be moved").speaker == speaker
    assert speaker in {e.name for e in story.entities if e.label == "PERSON"}
