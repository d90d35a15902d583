"""A participle that opens the sentence shares the main clause's subject, which comes after the
quotation ("After saying her leg was “…,” she was rushed away"); "they" after an organisation's
statement is the organisation; a document named by another noun ("a statement … the email said")
is not the one in focus. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


@pytest.mark.parametrize("opening", ["After saying", "Saying", "Before telling friends"])
def test_an_opening_participle_shares_the_subject_after_the_quotation(annotator, opening):
    body = (
        "Senator Ann Roe kept her illness quiet for years.\n\n"
        f"{opening} her leg was “so swollen I could barely walk to the car,” she was rushed to the hospital."
    )
    assert one(quotes(annotator, body), "so swollen").speaker == "Ann Roe"


def test_an_opening_participle_shares_a_subject_with_roles_before_the_name(annotator):
    # The main clause's subject runs to seven words before its verb ("actress and former travel
    # reporter Dana Lisle checked"): still the subject the participle shares.
    body = (
        "After telling a magazine in October that she did not “need to do any of that anymore,” actress and "
        "former travel reporter Dana Lisle checked into a clinic on Friday."
    )
    assert one(quotes(annotator, body), "need to do").speaker == "Dana Lisle"


@pytest.mark.parametrize("opening", ["Asked about the polls,", "When pressed on the polls,"])
def test_an_opening_passive_participle_shares_the_main_clause_subject(annotator, opening):
    # No cue in the main clause ("was blunt"): the one asked is the one who answers.
    body = (
        "State Attorney General Ben Okafor was in Toledo on Tuesday.\n\n"
        f"{opening} the attorney general was blunt: “Polls do not vote, people do, and they will show up.”"
    )
    assert one(quotes(annotator, body), "Polls do not vote").speaker == "Ben Okafor"


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking to Dana Kroll,",
        "After meeting with Sen. Dana Kroll,",
        "Speaking to Harwell News,",
        "In an interview with the Corliss News,",
        "Like his rival Dana Kroll,",
        "Speaking to Corliss Radio host Dana Kroll,",
    ],
)
def test_the_comma_closing_an_opening_clause_opens_no_aside(annotator, opening):
    # The name ending the opening clause is whom the governor spoke to; "the governor" after its
    # comma is the main clause's subject, not a description set beside that name.
    body = (
        "Ohio Gov. Carl Weston said Sunday he will not attend the convention.\n\n"
        f"{opening} the governor said: “My state needs me here. The delegates do not need another speech.”"
    )
    assert one(quotes(annotator, body), "My state needs me").speaker == "Carl Weston"


@pytest.mark.parametrize(
    "opening",
    [
        "In an interview with the reporter Dana Kroll,",
        "Speaking to Sen. Dana Kroll,",
        "In an interview with the Gazette,",
    ],
)
def test_the_opening_clause_is_no_subject_when_the_subject_is_named_in_an_apposition(annotator, opening):
    # "the chairwoman of the state party, Ruth Abernathy, said": the apposed name is the main
    # clause's subject; the name (or the paper) ending the opening clause is whom she spoke to,
    # and "she" in the next sentence is Abernathy.
    body = (
        f"{opening} the chairwoman of the state party, Ruth Abernathy, said turnout would decide the race. "
        "“If our people show up, we win,” she said."
    )
    assert one(quotes(annotator, body), "If our people").speaker == "Ruth Abernathy"


def test_a_second_quotation_in_the_main_clause_has_the_same_speaker(annotator):
    body = (
        "Senator Ann Roe kept her illness quiet for years.\n\nAfter saying her leg was “so swollen I could "
        "barely walk to the car,” she was “rushed off to the county hospital” for tests."
    )
    found = quotes(annotator, body)
    assert one(found, "so swollen").speaker == "Ann Roe"
    assert one(found, "rushed off").speaker == "Ann Roe"


@pytest.mark.parametrize("reply", ["and Brennan laughed.", "and Brennan shouted back."])
def test_a_participle_after_its_subject_keeps_it(annotator, reply):
    # The clause "and" adds after the quotation has a cue of its own, about something else.
    body = f"Dale Brennan spoke in Erie. Marsh left early, saying “the whole thing was a waste of time,” {reply}"
    assert one(quotes(annotator, body), "the whole").speaker == "Marsh"


def test_another_document_noun_is_not_the_statement_in_focus(annotator):
    # A statement and an email are two documents: the email's words are not the author's of the
    # statement (a general noun with two authors' documents in focus is left empty too: below).
    body = (
        "Dale Brennan said in a statement on Monday that he would not drop out of the race.\n\n“The "
        "campaign staff were told to delete the whole folder before the hearing,” the email said."
    )
    assert one(quotes(annotator, body), "The campaign").speaker is None


def test_a_document_with_two_authors_in_focus_is_no_one(annotator):
    body = (
        "Rita Calloway wrote a memoir about the clinic. Her rival, Tom Hale, published his own account "
        "a year later.\n\n“Very few people knew about the clot at the time,” the book said."
    )
    assert one(quotes(annotator, body), "Very few").speaker is None


def test_they_after_an_organisations_statement_is_the_organisation(annotator):
    body = (
        "The Harbour Council met late on Friday and issued a statement on the spill. The statement noted "
        "that the council had warned the company twice.\n\n“The members of the council will begin work "
        "immediately on a cleanup plan,” they said."
    )
    assert one(quotes(annotator, body), "The members").speaker == "Harbour Council"


@pytest.mark.parametrize("body", ["The Ruth Mallory campaign", "Ruth Mallory's campaign", "Gov. Ruth Mallory's office"])
def test_they_after_a_body_that_speaks_for_someone_is_its_principal(annotator, body):
    # "Ruth Mallory's campaign pushed back … “…,” they said": a campaign or office speaks for its
    # principal, as "the campaign said" would.
    text = f"{body} pushed back hard on Tuesday.\n\n“This is a desperate attempt to change the subject,” they said."
    assert one(quotes(annotator, text), "This is a desperate").speaker == "Ruth Mallory"


def test_they_after_a_persons_statement_is_no_one(annotator):
    body = (
        "Mayor Ann Roe issued a statement on the spill. The statement noted that the city had warned the "
        "company twice.\n\n“The members of the council will begin work immediately on a cleanup plan,” "
        "they said."
    )
    assert one(quotes(annotator, body), "The members").speaker is None


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("The Coastal Alliance launched a television commercial in three states on Tuesday.", "commercial"),
        ("The Coastal Alliance released a video on Tuesday attacking the mayor's record.", "video"),
        ("The Coastal Alliance aired a new ad in three states on Tuesday.", "ad"),
    ],
)
def test_a_campaigns_video_or_commercial_speaks_for_it(annotator, opening, noun):
    body = f"{opening}\n\n“Dana Pryce has voted against every clean water bill since 2009,” the {noun} says."
    assert one(quotes(annotator, body), "Dana Pryce has").speaker == "Coastal Alliance"


def test_a_document_someone_else_obtained_is_not_theirs(annotator):
    # "obtain" is no authoring verb: the police did not write the warrant's words.
    body = (
        "Harbour Police obtained a warrant to search the house on Friday.\n\n"
        "“The suspect was seen carrying a rifle into the building around noon,” the warrant says."
    )
    assert one(quotes(annotator, body), "The suspect was").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "According to a Marlow University poll released on Monday, “most residents now oppose the stadium plan.”",
        "A Marlow University audit published on Monday said the city “never tracked the stadium money at all.”",
    ],
)
def test_a_poll_or_an_audit_speaks_for_whoever_put_it_out(annotator, sentence):
    body = f"The stadium vote is set for June.\n\n{sentence}"
    (found,) = quotes(annotator, body)
    assert "stadium" in found.text and found.speaker == "Marlow University"


def test_a_ruling_speaks_for_whoever_ruled(annotator):
    # "the ruling said": the words of the court the story said ruled, named or described
    body = (
        "The Fifth District Court of Appeals heard the redistricting case in May. The appeals court "
        "ruled on Friday that the Harlan County map diluted rural votes.\n\n"
        "“The legislature drew these lines with one purpose and one purpose only,” the ruling said."
    )
    assert one(quotes(annotator, body), "The legislature drew").speaker == "Fifth District Court of Appeals"


def test_a_lawsuit_speaks_for_whoever_sued(annotator):
    body = (
        "Harlan County sued the state election board in March over the new map.\n\n"
        "“The board ignored every public comment it received,” the lawsuit says."
    )
    assert one(quotes(annotator, body), "The board ignored").speaker == "Harlan County"


def test_a_ruling_no_one_was_said_to_make_is_no_ones(annotator):
    body = (
        "The Fifth District Court of Appeals heard the redistricting case in May. Lawyers for Harlan County "
        "argued for two hours.\n\n“The legislature drew these lines with one purpose only,” the ruling said."
    )
    assert one(quotes(annotator, body), "The legislature drew").speaker is None


@pytest.mark.parametrize(
    ("introduced", "later"),
    [
        ("Agnes Pell, a retired nurse, wrote a memoir about her years at the veterans' hospital.", "the book said"),
        # (the same noun, past an aside: "Pell, a retired nurse, wrote" is no "“…,” wrote Pell")
        ("Agnes Pell, a retired nurse, wrote a book about her years at the veterans' hospital.", "the book said"),
        ("Harlan Mills issued a news release on Monday about the closure.", "the statement said"),
        # (two documents in focus, both hers: "a memoir", "her account")
        (
            "Agnes Pell wrote a memoir. According to her account, the supervisors ignored every warning.",
            "the book said",
        ),
        # another name for the same kind of document: a video is "the clip", an editorial "the piece"
        ("Harlan Mills released a video on Tuesday about the closure.", "the clip says"),
        ("Harlan Mills ran an editorial on Sunday about the closure.", "the piece reads"),
        ("Harlan Mills released a television commercial on Tuesday about the closure.", "the ad says"),
        ("Harlan Mills sent an alert to parents on Monday about the closure.", "the message said"),
    ],
)
def test_a_general_noun_refers_back_to_a_particular_document(annotator, introduced, later):
    # "a memoir … the book", "a news release … the statement": the same document, its author's words
    body = f"{introduced}\n\n“We told them the wing was unsafe for months and nobody listened,” {later}."
    author = " ".join(introduced.split()[:2]).rstrip(",")
    assert one(quotes(annotator, body), "We told them").speaker == author


def test_a_persons_profile_reads_that_persons_words(annotator):
    # ("profile" is a document's noun: the "read" after it is its verb, the owner its author)
    body = (
        "The Rev. Michael Pfeffer condemned the gunmen on Facebook.\n\n"
        "“Whoever fired those shots is a coward, and this city knows it!” Pfeffer's Facebook profile read."
    )
    assert one(quotes(annotator, body), "Whoever fired").speaker == "Michael Pfeffer"


def test_an_excerpt_set_off_by_a_colon_brings_no_one_into_focus(annotator):
    # the endorsement's own sentences ("She has served …") are the paper's text, not narration
    body = (
        "The Millbrook Tribune endorsed Ellen Marsh for mayor on Sunday. In its editorial, the paper wrote:\n\n"
        "She has served this city for two decades. She knows its budget line by line. She listens. "
        "Her opponent, Tom Brennan, has never held office. She has earned a second term.\n\n"
        "Meanwhile, it attacked Brennan, saying he “has neither the temperament nor the experience to run a city.”"
    )
    assert one(quotes(annotator, body), "has neither").speaker == "Millbrook Tribune"


def test_a_paragraph_after_a_colon_that_holds_a_quotation_is_narration(annotator):
    # guard: "… she said:" and a paragraph with its own quotation stays in the story's focus
    body = (
        "Ellen Marsh spoke to the council on Monday. Afterward she told reporters:\n\n"
        "“The budget is balanced, and it will stay balanced,” she said, before Tom Brennan interrupted her.\n\n"
        "“We will see,” he said."
    )
    assert one(quotes(annotator, body), "We will see").speaker == "Tom Brennan"


@pytest.mark.parametrize("when", [" Tuesday", " today", ""])
def test_a_statement_issued_on_a_day_is_its_issuers(annotator, when):
    # "issued a statement Tuesday": the day after the noun says when, the noun still heads it.
    body = (
        "Two employees were hurt in the shooting at the firm's office on Monday, police said.\n\n"
        f"Brightwater Capital LLC issued a statement{when} expressing condolences to the families.\n\n"
        '"Our whole office is grieving tonight and we are thinking of her children and her husband," '
        "the statement said."
    )
    assert one(quotes(annotator, body), "Our whole office").speaker == "Brightwater Capital LLC"


@pytest.mark.parametrize(
    "lede",
    [
        "The audit, released Tuesday by the Harbor Transit Authority, faulted the contractor.",
        "An audit released by the Harbor Transit Authority faulted the contractor on Tuesday.",
    ],
)
def test_a_document_speaks_for_the_author_a_participle_names(annotator, lede):
    body = f'{lede} "The contractor billed for inspections that never took place," it said.'
    assert one(quotes(annotator, body), "The contractor billed").speaker == "Harbor Transit Authority"


@pytest.mark.parametrize(
    "lede",
    [
        "The memo, written by deputy chief of staff Ana Cruz,",
        # the agency in the role is the role's, not the author
        "The letter, signed by former CIA deputy director Ana Cruz,",
    ],
)
def test_the_author_a_participle_names_may_come_after_a_long_role(annotator, lede):
    body = f'{lede} warned that the rollout was "at serious risk."'
    assert one(quotes(annotator, body), "at serious risk").speaker == "Ana Cruz"


@pytest.mark.parametrize(
    ("sentence", "asker"),
    [
        ("Asked “what would you cut first on the day you take office,” Marsh paused.", None),
        ("Asked whether “the plan would survive a challenge in court,” Marsh shrugged and said no.", None),
        ("When asked “do you regret the vote in any way at all,” Marsh said he did not.", None),
        ("Asked by Sen. Tom Alder “why did you skip the debate last night,” the governor laughed.", "Tom Alder"),
    ],
)
def test_a_question_put_to_the_subject_is_not_the_subjects(annotator, sentence, asker):
    # The quotation is the object of the opening participle: someone else's question, put to the
    # main clause's subject, whatever cue follows it.
    body = f"Gov. Ellis Marsh was in Corliss on Monday.\n\n{sentence}"
    found = [q for q in quotes(annotator, body) if q.kind != "scare"]
    assert len(found) == 1 and found[0].speaker == asker


def test_a_question_asked_by_someone_before_the_answer_leaves_the_answer_to_the_speaker(annotator):
    body = (
        "Gov. Ellis Marsh was in Corliss on Monday.\n\n"
        "When asked by Channel 4 about the delay, Marsh said, “Nobody here is worried about the schedule.”"
    )
    assert one(quotes(annotator, body), "Nobody here").speaker == "Ellis Marsh"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("her office", "Lisa Pratt"),
        ("Pratt's campaign", "Lisa Pratt"),
        ("the Indiana Farm Bureau", "Indiana Farm Bureau"),
        # (a title before the name is not part of the model's mention)
        ("Mayor Tom Ransome", "Tom Ransome"),
        ("Sen. Dale Ober", "Dale Ober"),
        ("Port Harlow Mayor Tom Ransome", "Tom Ransome"),
    ],
)
def test_a_document_in_a_phrase_opening_the_sentence_is_the_reporting_subject_s(annotator, subject, speaker):
    body = (
        "Gov. Lisa Pratt signed the farm bill on Friday. "
        f"In a statement, {subject} said the law would take effect in January.\n\n"
        "“This is a good day for working families in Indiana,” the statement said."
    )
    assert one(quotes(annotator, body), "This is a good day").speaker == speaker


@pytest.mark.parametrize(
    ("act", "document"),
    [("tweeted on Saturday morning about the protests", "tweet"), ("announced the cuts on Monday", "announcement")],
)
def test_the_document_an_act_makes_is_the_actor_s(annotator, act, document):
    body = f"Sen. Tom Grady {act}.\n\n“The people of this state deserve a straight answer,” the {document} said."
    assert one(quotes(annotator, body), "The people of this state").speaker == "Tom Grady"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The governor's campaign responded with a statement from spokeswoman Mia Soto:", "Mia Soto"),
        ("Acme answered with a statement from its chief executive, Dan Frey:", "Dan Frey"),
        ("The campaign responded with a statement:", None),
    ],
)
def test_a_statement_from_a_named_person_after_the_cue_is_theirs(annotator, sentence, speaker):
    body = f"{sentence} “Ray Dunn is desperate and it shows to every voter.”"
    assert one(quotes(annotator, body), "Ray Dunn is").speaker == speaker


@pytest.mark.parametrize(
    "source", ["its finance director, Lena Ortiz", "Lena Ortiz, its finance director", "finance director Lena Ortiz"]
)
def test_the_statement_a_named_person_issued_speaks_for_them_later(annotator, source):
    # "a statement from its finance director, Lena Ortiz" ... "the statement said": the role is
    # set beside the name, and the statement is hers.
    body = (
        f"The campaign raised $90 million in August, according to a statement from {source}.\n\n"
        "“These numbers show real momentum,” the statement said."
    )
    assert one(quotes(annotator, body), "These numbers").speaker == "Lena Ortiz"


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter from Ada Moretti to Tom Ransome said: “The county has until Friday to answer every question.”",
        "A letter from Ada Moretti to Mayor Gil Ransome reads: “The county has until Friday to answer every question.”",
        "“The county has until Friday to answer every question,” said a letter from Ada Moretti to Gil Ransome.",
    ],
)
def test_a_letter_from_one_person_to_another_speaks_for_the_sender(annotator, sentence):
    # The name right before the cue is the letter's addressee, the object of "to": not its subject.
    assert one(quotes(annotator, sentence), "The county").speaker == "Ada Moretti"


def test_a_police_blotter_speaks_for_the_department_it_names(annotator):
    body = (
        "Three people were hurt in a fight outside a bar on Harbor Street early Sunday.\n\n"
        "“The disturbance began inside and spilled out onto the sidewalk,” the Lakeport Police "
        "Department crime blotter said."
    )
    assert one(quotes(annotator, body), "The disturbance began").speaker == "Lakeport Police Department"


def test_an_office_named_after_the_role_that_heads_it_is_one_body(annotator):
    body = (
        "The Marion County State’s Attorney’s Office said in a statement that its review unit had "
        "studied the case for 18 months.\n\n"
        "“After a thorough review, we have concluded that the conviction cannot stand,” the statement said."
    )
    story = annotated(annotator, body)
    office = "Marion County State’s Attorney’s Office"
    assert one(story.quotes, "After a thorough").speaker == office
    assert office in {e.name for e in story.entities if e.label == "ORG"}


def test_an_apology_is_a_document_its_issuer_speaks_through(annotator):
    body = (
        "Coach Rollie Gaithers was suspended for two games. Gaithers issued an apology through the "
        "athletic department.\n\n"
        '"I let my emotions get the best of me," the statement said.'
    )
    assert one(annotated(annotator, body).quotes, "I let my emotions").speaker == "Rollie Gaithers"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The crash was reported at 2 a.m., according to Marion County Sheriff's Office Sgt. Tom Riley.",
            "Marion County Sheriff's Office",
        ),
        (
            "The boy was flown to Dayton Children's Hospital Medical Center for treatment.",
            "Dayton Children's Hospital Medical Center",
        ),
    ],
)
def test_a_body_whose_name_holds_a_possessive_is_named_whole(annotator, sentence, name):
    assert name in {e.name for e in annotated(annotator, sentence).entities if e.label == "ORG"}


def test_another_name_after_a_possessive_stays_apart(annotator):
    found = {
        e.name
        for e in annotated(
            annotator, "The family sat near the back of St. Brendan's Baptist Church that morning."
        ).entities
    }
    assert "Baptist Church" in found


def test_a_memo_drawn_up_by_a_body_is_the_bodys(annotator):
    body = (
        "The Cabinet Office drew up the memo last month.\n\n"
        '"Every department will be expected to contribute," the memo states.'
    )
    assert one(annotated(annotator, body).quotes, "Every department").speaker == "Cabinet Office"


_COURT = (
    "The Supreme Court on Monday struck down the licensing rule and directed the State to refund the fines. "
    "Senior advocate Kavita Menon, appearing for "
    "the hawkers, said the rule was arbitrary.\n\n"
)


@pytest.mark.parametrize("cue", ["the Bench said", "the bench observed", "the judgment said", "the order said"])
def test_the_bench_and_the_courts_own_documents_are_the_court(annotator, cue):
    body = _COURT + f"“The State cannot take away a livelihood by a notification,” {cue}."
    story = annotated(annotator, body)
    assert one(story.quotes, "The State cannot").speaker == "Supreme Court"
    assert "Bench" not in [e.name for e in story.entities]


def test_an_order_a_president_signed_is_not_the_court_named_before(annotator):
    body = (
        "A federal court last month blocked part of the tariff plan. On Friday President Lena Marsh signed an "
        "executive order on steel, and her trade adviser praised it.\n\n"
        "“Imports of steel shall be reviewed every ninety days,” the order said."
    )
    assert one(annotated(annotator, body).quotes, "Imports of steel").speaker != "federal court"


def test_the_bench_is_the_court_in_focus_when_the_story_named_two(annotator):
    body = (
        "The Supreme Court on Monday set aside the High Court's order. Senior advocate Kavita Menon, for the "
        "hawkers, said the rule was arbitrary.\n\n"
        "“The State cannot take away a livelihood by a notification,” the Bench said."
    )
    assert one(annotated(annotator, body).quotes, "The State cannot").speaker == "Supreme Court"


def test_one_of_the_messages_a_defendant_sent_is_his(annotator):
    # The sender is the subject of a clause reported without "that" ("The court heard Pellow sent").
    body = (
        "The court heard Darren Pellow sent 22 messages to the office of councillor Ruth Abara over "
        "three nights in March.\n\n"
        "A prosecuting solicitor said one message read: “You will regret the day you crossed me.”"
    )
    assert one(annotated(annotator, body).quotes, "You will regret").speaker == "Darren Pellow"


def test_a_phase_verb_before_another_verb_is_no_reporting_verb(annotator):
    # "continued" is a cue ("“…,” she continued"), but not before "to see": the quoted words are
    # the commander's, not those of the officers he spoke of.
    body = (
        "The commander of the Estonian coast guard, Rear Admiral Peeter Sild, said his officers "
        'continued to see "unusual traffic" near the cable.'
    )
    assert one(annotated(annotator, body).quotes, "unusual traffic").speaker == "Peeter Sild"


def test_a_statement_in_an_aside_after_the_subject_is_the_subjects(annotator):
    # (fifty-first session: federal court copy)
    body = (
        "Congressman Clifford Ames Harrowgate was indicted on Wednesday on fraud charges.\n\n"
        "Harrowgate, in a statement posted on social media Thursday afternoon, called the charges "
        "“a politically motivated attack”.\n\n"
        "“I have never knowingly spent a dime of campaign money on myself,” the statement said."
    )
    assert one(annotated(annotator, body).quotes, "I have never").speaker == "Clifford Ames Harrowgate"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The residents' association, in a statement signed by its coordinator, Mr Rasaki Oyelade, vowed to "
            "fight the demolition.\n\n“We will be in court every day until justice is done,” the statement read.",
            "We will be in court",
            "Rasaki Oyelade",
        ),
        (
            "The union wrote to the governor in a letter signed by its chairman, Comrade Kolawole Ajibade-Fasoro.\n\n"
            "The letter read, “It is with deep regret that we announce an indefinite strike.”",
            "It is with deep",
            "Kolawole Ajibade-Fasoro",
        ),
    ],
)
def test_a_document_signed_by_a_role_and_its_holder_is_the_holders(annotator, body, words, speaker):
    # (fifty-first session: Nigerian copy's statements and letters)
    assert one(annotated(annotator, body).quotes, words).speaker == speaker
