"""British court and sports copy that invented probes (forty-second session) found the annotator
getting wrong: a story that opens on someone it names only in the next sentence ("A grandmother
has told a court she “…”. Mavis Dunne, 71, …"), a statement read out by a barrister given to the
barrister, and a statement released "by the club". Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'A grandmother has told a jury she "froze with fear" when two men forced open her back door. '
            "Mavis Dunne, 71, was giving evidence at the trial of Corey Platt and Dean Ibbotson.",
            "froze with fear",
            "Mavis Dunne",
        ),
        (
            'A barrister has told a court that his client was "nowhere near" the warehouse that night. '
            "Summing up for the defence, Julian Sayer said the case rested on one witness.",
            "nowhere near",
            "Julian Sayer",
        ),
        (
            'A man accused of killing his neighbour told police the dog "must have knocked the heater over", '
            "a jury has heard. Roland Kemp, 58, denies murder.",
            "must have knocked",
            "Roland Kemp",
        ),
    ],
)
def test_a_story_that_opens_on_someone_unnamed_names_them_in_the_next_sentence(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        # the quotation is the woman's, not that of the man the lede is about
        'A man has been charged after a woman said she was "terrified for her life". '
        "Trevor Oakes, 41, appeared before magistrates on Monday.",
        # a spokesman the next sentence does not name
        'A council spokesman said the bridge "will reopen on Friday". Mayor Ruth Allard said she was pleased.',
        # the next sentence names a woman: not the man of the lede
        'A man has told a court he "never touched the money". Judge Carol Finch adjourned the case.',
    ],
)
def test_the_next_sentence_names_no_one_else_for_the_lede(annotator, body):
    story = annotated(annotator, body)
    assert story.quotes
    assert story.quotes[0].speaker is None


def test_a_statement_read_out_by_a_barrister_is_not_the_barristers(annotator):
    body = (
        "The victim, a 29-year-old teacher, did not attend the hearing. "
        'In a statement read by prosecutor Helen Marsh, she said: "I no longer feel safe in my own home."'
    )
    assert one(annotated(annotator, body).quotes, "I no longer").speaker is None


def test_a_statement_released_by_the_club_is_the_clubs(annotator):
    body = (
        "Ashcombe Rovers confirmed the sale of the ground on Tuesday. "
        'A statement released by the club said: "This was the hardest decision in our history."'
    )
    assert one(annotated(annotator, body).quotes, "This was the hardest").speaker == "Ashcombe Rovers"


@pytest.mark.parametrize(
    "body",
    [
        'Marta Quist sued Orrin Dairy in federal court on Monday. "Ms. Quist was never paid overtime," the complaint says.',
        "Marta Quist filed a lawsuit against Orrin Dairy on Monday. "
        '"Ms. Quist was never paid overtime," the complaint says.',
        'Marta Quist sued Orrin Dairy on Monday. "Ms. Quist was never paid overtime," the suit says.',
    ],
)
def test_the_complaint_or_the_suit_is_the_filers_after_they_sued(annotator, body):
    assert one(annotated(annotator, body).quotes, "Ms. Quist").speaker == "Marta Quist"


def test_a_report_published_with_an_adverb_before_it_is_its_publishers(annotator):
    body = (
        "The Rail Safety Board has published a deeply critical report on the derailment.\n\n"
        '"The signals had not been checked for a year," the report says.'
    )
    assert one(annotated(annotator, body).quotes, "The signals").speaker == "Rail Safety Board"


def test_an_age_description_placed_somewhere_is_still_the_person(annotator):
    body = 'Karin Holmberg still remembers the morning.\n\n"The water was at the door," the 58-year-old from Umeå says.'
    assert one(annotated(annotator, body).quotes, "The water").speaker == "Karin Holmberg"


def test_a_name_with_van_den_is_one_person(annotator):
    body = (
        "The head of the inspection unit, Joris van den Berghe, called the raids a warning.\n\n"
        '"Whoever sells this is gambling with lives," he said.'
    )
    assert one(annotated(annotator, body).quotes, "Whoever sells").speaker == "Joris van den Berghe"


def test_the_next_sentence_naming_someone_by_another_noun_does_not_name_the_lede(annotator):
    body = (
        "An immigration judge in Brookfield ordered the release of a student held by agents, saying the "
        'government had offered "no evidence at all" that he posed a danger.\n\n'
        "The student, Samir Aoun, 24, a Syrian citizen, was detained in March."
    )
    assert one(annotated(annotator, body).quotes, "no evidence").speaker is None


def test_a_lawsuit_accusing_someone_is_the_documents_words(annotator):
    body = (
        'A federal judge on Tuesday refused to dismiss a lawsuit accusing Brennick Foods of "deceiving every '
        'shopper in the state."\n\nU.S. District Judge Carla Omondi wrote that the plaintiffs had a case.'
    )
    assert one(annotated(annotator, body).quotes, "deceiving").speaker is None


def test_a_titled_name_in_the_next_sentence_is_not_the_ledes_judge(annotator):
    body = (
        'A federal judge blocked the new rule on Monday, calling it "arbitrary and capricious." '
        "Attorney General Nadine Foss said she would appeal."
    )
    assert one(annotated(annotator, body).quotes, "arbitrary").speaker is None


def test_an_honorific_later_is_no_other_title_of_the_lede(annotator):
    # "Mrs Dunne said" ties an honorific to her, which is no role that makes her someone else
    body = (
        'A grandmother has told a jury she "froze with fear" when two men forced open her back door.\n\n'
        "Mavis Dunne, 71, was giving evidence at the trial of Corey Platt.\n\n"
        '"I thought they had come to kill me," Mrs Dunne said.'
    )
    assert one(annotated(annotator, body).quotes, "froze with fear").speaker == "Mavis Dunne"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Qadira\'s oil minister said on Monday that producers would "stay vigilant" as prices fell. '
            '"We will do what the market needs," Prince Nawaf bin Hamad told a conference in the capital.',
            "stay vigilant",
            "Nawaf bin Hamad",
        ),
        (
            'The alliance\'s top commander has warned that its shell stocks are "nowhere near enough."\n\n'
            "In a speech in Tallport on Tuesday, Gen. Ingrid Solberg said the gap would take years to close.",
            "nowhere near enough",
            "Ingrid Solberg",
        ),
        (
            'A Highland councillor has warned that older residents will be left "cut off" by the closure.\n\n'
            "Cllr Morag Kerr, who represents the ward, said the bank had not consulted anyone.",
            "cut off",
            "Morag Kerr",
        ),
        (
            'Kowloon\'s leader on Tuesday defended the new transport levy, saying it would "pay for itself."\n\n'
            "Chief Executive Tam Siu-fung said the levy would be reviewed in two years.",
            "pay for itself",
            "Tam Siu-fung",
        ),
    ],
)
def test_a_title_of_rank_birth_or_abbreviation_names_the_lede(annotator, body, words, speaker):
    # (a title of birth or rank, an abbreviation of the lede's office, and any title for a
    # "leader" are no other office: the lede is the person named next)
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_justice_is_the_judge_of_the_lede(annotator):
    body = (
        "A state judge has thrown out a defamation suit a builder brought against a neighborhood blog.\n\n"
        "Justice Mirela Costache of the county court said the builder had not shown a single false statement.\n\n"
        '"Calling a tower ugly is the stuff of ordinary civic argument," the judge wrote.'
    )
    assert one(annotated(annotator, body).quotes, "Calling a tower").speaker == "Mirela Costache"


def test_a_former_service_is_no_other_office_of_the_lede(annotator):
    body = (
        "WASHINGTON — A veterans advocate told a Senate panel on Wednesday that the discharge program leaves "
        'people "with a folder and a handshake."\n\n'
        '"We spend a year making a soldier and five days making a civilian," testified Marcus Oyelaran, a '
        "former Marine captain who now runs the charity Second Step."
    )
    assert one(annotated(annotator, body).quotes, "with a folder").speaker == "Marcus Oyelaran"
