"""Constructions of police, disaster, council-meeting, Indian wire and defence copy that invented
probes (fortieth session) showed the annotator getting wrong: a town after "the mayor of" speaking
for a union, "the Prime Minister said" naming no one, an Indian wire's dateline without a dash
taken for a speaker. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.sentence_ends import ends_sentence
from tests.annotate.helpers import annotated, one


def test_a_single_quoted_quotation_holding_a_double_quoted_phrase_has_its_speaker(annotator):
    body = (
        "The lido will close in May.\n\n"
        "‘When the council wrote “the lido is finished”, we started a petition,’ said Wenna Tallack, 68."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "When the council wrote").speaker == "Wenna Tallack"
    assert one(story.quotes, "the lido is finished").kind != "full"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "The mayor of Brackwater said she wants a review. The firefighters' union called the move "
            "“a cynical stunt by city hall.”",
            "Brackwater",
        ),
        ("A resident of Kelvale said the river rose “like a wall of brown water” before dawn.", "Kelvale"),
    ],
)
def test_the_word_after_the_mayor_of_or_a_resident_of_is_a_place_and_no_speaker(annotator, body, place):
    story = annotated(annotator, body)
    assert [e.label for e in story.entities if e.name == place] == ["GPE"]
    assert all(q.speaker != place for q in story.quotes)


def test_a_township_title_before_a_name_is_no_part_of_it(annotator):
    body = (
        "A committeeman called his critics “people who have never read a budget.”\n\n"
        "Committeeman Ansel Pruett deleted the post on Sunday.\n\n"
        "Pruett did not resign. “I stand by the policy,” he said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "I stand by the policy").speaker == "Ansel Pruett"


@pytest.mark.parametrize("title", ["Prime Minister", "Home Secretary", "Deputy Chief Minister"])
def test_a_capitalised_title_of_several_words_refers_back_to_its_holder(annotator, title):
    body = (
        f"{title} Halvard Ostby opened the new ward on Monday. "
        f"“No family should have to sell its house to pay for care,” the {title} said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "No family should").speaker == "Halvard Ostby"
    assert title not in {e.name for e in story.entities}


def test_alleged_reports_the_words_of_its_subject(annotator):
    body = (
        "Minister Tobin Ashgrove opened the plant. “No family will be moved,” Ashgrove said. "
        "Opposition leader Nerys Calloway alleged that the project was “a land grab in disguise”."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "a land grab").speaker == "Nerys Calloway"


def test_an_indian_wires_dateline_without_a_dash_is_no_speaker(annotator):
    body = (
        "NEW DELHI, Sept 9 (PTI) The Standing Committee on Rural Roads tabled its report on Monday. "
        "“A statutory framework is overdue,” the report said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "A statutory framework").speaker == "Standing Committee on Rural Roads"


def test_an_honorific_of_indian_copy_is_no_part_of_the_name(annotator):
    body = "Shri Baldev Rawat inaugurated the bridge. “It will cut the journey to an hour,” Rawat said."
    story = annotated(annotator, body)
    assert one(story.quotes, "It will cut").speaker == "Baldev Rawat"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Oona Rask, whose brother, Cpl. Edvin Rask, was killed in the ambush, said she wanted answers. "
            "“Nobody has called me since the funeral,” Rask said.",
            "Nobody has called",
            "Oona Rask",
        ),
        (
            "Maire Lindqvist, whose husband, Maj. Tore Lindqvist, died in the crash, has sued the army. "
            "“We buried him in March and we still know nothing,” Lindqvist said.",
            "We buried him",
            "Maire Lindqvist",
        ),
    ],
)
def test_a_namesake_named_inside_a_relative_clause_is_not_whom_the_bare_surname_means(annotator, body, start, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, start).speaker == speaker


def test_it_before_the_cue_is_the_organisation_not_a_person_named_on_the_way(annotator):
    body = (
        "The Ostmark Foreign Ministry on Monday summoned the Valdorian envoy, Piet Hallam, to protest "
        "what it described as “unacceptable meddling in our elections.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "unacceptable meddling").speaker == "Ostmark Foreign Ministry"


def test_a_name_suffix_before_a_capitalised_preposition_ends_the_sentence(annotator):
    body = (
        "The decision was made by Atty. Gen. Corwin Best Jr. In court papers filed Friday, prosecutors "
        "listed several factors, saying the attack came after “months of planning and rehearsal.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "months of planning").speaker is None
    doc = annotator.nlp(body)
    suffix = next(t.i for t in doc if t.text == "Jr.")
    assert ends_sentence(doc, suffix)


def test_said_joined_to_an_unnamed_persons_act_opens_that_persons_speech(annotator):
    body = (
        "Councilwoman Ilse Fennimore said a man followed her to her car after the meeting and said, "
        "“You will regret that vote.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "You will regret").speaker is None


def test_a_statement_opening_the_sentence_is_the_named_role_holders(annotator):
    body = (
        "In a statement, the mayor, Rosalind Okafor-Deane, praised the vote. "
        "“Tonight the council chose its neighbours over its fears,” the statement said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Tonight the council").speaker == "Rosalind Okafor-Deane"


def test_a_term_after_known_as_a_is_no_speech_even_after_a_cue(annotator):
    body = (
        "The complaint alleges that members who try to leave the crew endure a beating known as a "
        "“walk out,” by several others."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "walk out").kind == "scare"


def test_a_spokesman_for_an_agency_named_beside_its_description_speaks_for_it(annotator):
    body = (
        "A spokesman for the regional relief agency, Relief Caribe, said a flight would leave soon. "
        "“We are ready to go when the runway is clear,” he said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We are ready").speaker == "Relief Caribe"


def test_a_four_word_name_the_model_cut_in_two_is_whom_he_continues(annotator):
    body = (
        "“We studied for three years,” said Ritesh Kumar, a candidate. BPSC Secretary Anand Prakash "
        "Sharma Jha said there was no leak. “The exam at all other centres was smooth,” he said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The exam at all").speaker == "Anand Prakash Sharma Jha"


def test_a_description_of_an_elected_office_is_not_the_doctor_the_story_named(annotator):
    body = (
        "Dr. Sunniva Brandvold said the ward was full. A spokesman for the governor said the state was "
        "“reviewing every request from the hospital.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "reviewing every request").speaker is None


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Chief Justice Oriel Stavrakis opened the new term. “Justice delayed is justice denied,” the Chief "
            "Justice said.",
            "Justice delayed",
            "Oriel Stavrakis",
        ),
        (
            "Dean Maren Tollefsen announced the policy on Monday. “We have listened to our students,” she said.",
            "We have listened",
            "Maren Tollefsen",
        ),
        (
            "“We have listened to our students,” said Dean of Students Laura Kinsella.",
            "We have listened",
            "Laura Kinsella",
        ),
        (
            "Vice President for Information Technology Rhonda Blake said Friday that the system was “fully restored.”",
            "fully restored",
            "Rhonda Blake",
        ),
        (
            "“Every minute counts,” said the neurologist who treated her, Dr. Ibrahim Saleh-Omari.",
            "Every minute counts",
            "Ibrahim Saleh-Omari",
        ),
    ],
)
def test_titles_of_courts_and_universities_before_names(annotator, body, start, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, start).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The patient is expected to recover, Castlebury Regional Hospital said in a statement. "
            "“This should never have happened,” the statement said.",
            "Castlebury Regional Hospital",
        ),
        (
            "In a sharply worded letter, the Union of Ward Physicians accused the Larkmoor Health System of "
            "cutting staff. “Our members are overworked,” the letter said.",
            "Union of Ward Physicians",
        ),
        # (signed, not issued: the school the signers studied at wrote nothing)
        (
            "Hundreds of alumni of Lakeview Academy have signed a petition against the sale of the chapel. "
            "“The chapel is where we graduated,” the petition says.",
            None,
        ),
    ],
)
def test_a_document_is_its_authors_however_the_sentence_introduced_it(annotator, body, speaker):
    story = annotated(annotator, body)
    assert story.quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Agnes Toft, who runs Halvorsen Mining, was asked about pay. Toft said she had given up her bonus. “How much was the bonus?” "
            "asked Rep. Mirela Dunst.\n\n“About four million dollars.”",
            "About four million",
            "Agnes Toft",
        ),
        (
            "Sen. Odile Varnum asked Bart Kellaway how many threats had been stopped. “Can you tell us whether "
            "the number is above zero?” she asked.\n\n“I can tell you it has been useful.”",
            "I can tell you",
            "Bart Kellaway",
        ),
        (
            "Sen. Ada Morrow asked the secretary whether he would reopen the clinic. “I can't commit to that,” "
            "Secretary Hal Brennick said.\n\n“Why not?”",
            "Why not",
            "Ada Morrow",
        ),
        (
            "“You knew, and you did nothing for months,” Rep. Carl Amesbury said.\n\n"
            "“That is categorically false,” replied Dr. Ilse Vandermeer.\n\n"
            "“You had a whistleblower report in October!”",
            "You had a whistleblower",
            "Carl Amesbury",
        ),
        # a rhetorical question about someone spoken of: the asker goes on
        (
            "Sen. Ida Marchbank mocked Governor Tom Clavering on Monday. “What has he done for this state?” "
            "she asked.\n\n“Nothing. Nothing at all.”",
            "Nothing. Nothing",
            "Ida Marchbank",
        ),
    ],
)
def test_a_turn_with_no_cue_after_a_question_put_to_someone_is_the_other_partys(annotator, body, start, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, start).speaker == speaker


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "“I was escorted out,” said Rita Quandt, who worked at Helmsford Aerospace. The company's general "
            "counsel wrote that Quandt “was let go for unrelated reasons.”",
            "was let go",
            "Helmsford Aerospace",
        ),
        (
            "“There's no competition,” Ezra Holloway said. The largest processor did not testify. A spokeswoman "
            "said the company “values its partnerships with family farmers.”",
            "values its partnerships",
            None,
        ),
        (
            "The Senate Health Committee heard from the head of the largest nursing union, who described "
            "staffing as “a slow-motion catastrophe.”",
            "a slow-motion catastrophe",
            None,
        ),
        (
            "Mayor Ann Corliss met a nurse at Harbor General Hospital, who said the ward was “full to the rafters.”",
            "full to the rafters",
            None,
        ),
        # (a quotation after a second "that" is what the main clause's verb reports)
        (
            "At a town hall on Monday, Marcus Delray told a student who argued that young voters may stay home "
            "out of anger that “staying home has never changed a single law.”",
            "staying home has never",
            "Marcus Delray",
        ),
        (
            "Sheriff Willa Braddock of Orrin County said deputies answered a call from a man who said he felt "
            "“jumpy” and might hurt himself.",
            "jumpy",
            None,
        ),
        # ("responded to the scene" reports no words)
        (
            "At a news conference, Police Chief Ann Marsh praised the officers who responded to the scene of "
            "this “domestic violence homicide.”",
            "domestic violence",
            "Ann Marsh",
        ),
        # (a clause "while" opens with a noun phrase has a subject of its own)
        (
            "The Fenwick Quarterly called it “the best debut of the year,” while the Daily Tribune's reviewer "
            "suggested readers “wait for the film.”",
            "wait for the film",
            None,
        ),
        # ("it" opening what a cue reports is no speaker of its own)
        (
            "Marit Lundgren, director of the campaign group Terre Solide, said the report confirmed it. She "
            "said it showed “what we have been saying for five years.”",
            "what we have been saying",
            "Marit Lundgren",
        ),
        (
            "“Did your officers see it happen?” demanded MEP Ingrid Vasquez-Lindahl. The director said he did not "
            "know. “That is not what I asked,” Vasquez-Lindahl said.",
            "That is not what",
            "Ingrid Vasquez-Lindahl",
        ),
    ],
)
def test_the_one_who_speaks_is_the_phrase_the_clause_says_not_whoever_is_in_focus(annotator, body, start, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, start).speaker == speaker


def test_a_role_joined_by_and_to_a_title_before_a_name_is_that_persons(annotator):
    body = (
        "NEW DELHI, May 8 (PTI) Senior party leader and Union Minister Hemant Rao Kulkarni on Wednesday said he "
        "was confident of winning the seat.\n\nTalking to reporters after a roadshow, he said: “The people have "
        "seen the work done in the last ten years.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The people have seen").speaker == "Hemant Rao Kulkarni"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Supporters held signs at the gate. “WELCOME HOME,” read one.", "WELCOME HOME", None),
        (
            "“This decision will send women back to men,” said Beatriz Quiñones of the Women's Refugee Legal Network.",
            "This decision",
            "Beatriz Quiñones",
        ),
        ("Lucía has been here for three years. “I go to school every day,” she said.", "I go to school", "Lucía"),
        (
            "The Civil Aviation Directorate fined Skyline Commuter. In a decision published Thursday, the "
            "directorate said the failures were “systemic, prolonged and inexcusable.”",
            "systemic, prolonged",
            "Civil Aviation Directorate",
        ),
    ],
)
def test_immigration_arts_and_accident_copy(annotator, body, start, speaker):
    story = annotated(annotator, body)
    assert one(story.quotes, start).speaker == speaker


def test_a_title_set_beside_the_genre_of_a_work_is_no_speech(annotator):
    body = "Director Casimir Holtby insisted that his thriller, “Nightwater,” was original."
    story = annotated(annotator, body)
    assert one(story.quotes, "Nightwater").kind == "scare"


@pytest.mark.parametrize(
    "body",
    [
        "The Baptist Union of Corvale voted on Monday to divest. A spokesman for the pension board said it was "
        "“studying the vote and its consequences for pensioners.”",
        "Families have formed a campaign group, Wexbury Families for Safety. A spokesman for the transport "
        "ministry said the minister would respond “in due course.”",
    ],
)
def test_a_body_its_modifiers_say_is_another_is_not_the_organisation_in_focus(annotator, body):
    story = annotated(annotator, body)
    assert story.quotes[-1].speaker is None
