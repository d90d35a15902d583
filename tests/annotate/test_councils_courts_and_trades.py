"""Constructions of British and Australian local copy and court reporting that invented probes
(fifty-first session) showed the annotator getting wrong: "Magistrate" before a name read as part
of it, a councillor's title "Cllr" making a body of the name, a trade before a name kept in it, a
portfolio and a title between "for" and the name read as the object of "for", an untagged
association with its members' possessive. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


def test_magistrate_is_a_title_and_the_defendant_is_not_the_magistrate(annotator):
    body = (
        "Magistrate Helen Cordery said the offending was serious. “You put lives at risk,” Magistrate "
        "Cordery told him.\n\n“I accept that,” the defendant said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "You put lives").speaker == "Helen Cordery"
    assert one(story.quotes, "I accept that").speaker is None


def test_a_councillors_title_makes_the_name_a_persons(annotator):
    body = (
        "The current mayor, Cllr Priya Raman, said the flag above the town hall would fly at half-mast.\n\n"
        "“Len was a giant of this town,” she said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Len was a giant").speaker == "Priya Raman"


def test_a_trade_before_a_name_is_no_part_of_it(annotator):
    body = "Barmaid Kelly Pruett said she saw the fight from the till. “It was awful,” she said."
    story = annotated(annotator, body)
    assert one(story.quotes, "It was awful").speaker == "Kelly Pruett"
    assert "Barmaid Kelly Pruett" not in [e.name for e in story.entities]


def test_a_portfolio_and_a_title_after_for_are_the_subjects(annotator):
    body = (
        "Cabinet member for finance Cllr Nigel Baverstock (Con) told the full council meeting on "
        "Thursday that the authority had “no realistic alternative”.\n\n"
        "“Demand for adult social care is rising every year,” he said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "no realistic").speaker == "Nigel Baverstock"
    assert one(story.quotes, "Demand for adult").speaker == "Nigel Baverstock"


def test_an_untagged_association_with_its_members_possessive_speaks(annotator):
    body = (
        "The Panhandle Stockmen's Association said in a post that it had raised $400,000 for ranchers. "
        '"The generosity has been overwhelming," the association said.'
    )
    assert one(annotated(annotator, body).quotes, "The generosity").speaker == "Panhandle Stockmen's Association"


def test_a_relative_the_law_forbids_naming_is_the_she_who_speaks_next(annotator):
    body = (
        "Margaret Oduya, the commissioner, handed down her findings on Friday.\n\n"
        "Outside, the girl's grandmother, who cannot be named for legal reasons, told reporters she was "
        "relieved.\n\n“We have been waiting three years,” she said."
    )
    assert one(annotated(annotator, body).quotes, "We have been waiting").speaker is None


def test_a_name_set_beside_a_role_after_the_and_a_country_is_the_subject(annotator):
    body = (
        "Kirra Brierley won the top prize. “I am stunned,” Brierley said.\n\n"
        "Jury president, the New Zealand actor Mere Tautahi, described the film as “fierce and funny”.\n\n"
        "“It is a film that knows exactly who it is,” she said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "fierce and funny").speaker == "Mere Tautahi"
    assert one(story.quotes, "It is a film").speaker == "Mere Tautahi"


def test_an_untagged_cooperative_after_a_dateline_before_a_modal_is_a_body(annotator):
    body = (
        "OSHKOSH, Wis. — Pinegrove Dairy Cooperative will close its cheese plant in Arden at the end of the "
        "year, putting 90 people out of work.\n\n"
        "The cooperative announced the closure in a letter to its members. “This was not a decision the board "
        "made lightly,” the letter said."
    )
    assert one(annotated(annotator, body).quotes, "This was not").speaker == "Pinegrove Dairy Cooperative"


def test_a_name_in_a_which_clause_with_a_bare_role_beside_it_is_the_subject(annotator):
    body = (
        "Wheat prices were already low, which Loretta Morrow, executive vice president of the Plains Grain "
        "Growers, said had left many farmers “one bad day away from a bad year.”\n\n"
        "“Now a lot of them have had that bad day,” she said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "one bad day").speaker == "Loretta Morrow"
    assert one(story.quotes, "Now a lot").speaker == "Loretta Morrow"


def test_the_statement_a_union_gave_in_an_opening_phrase_is_the_unions(annotator):
    body = (
        'In a statement after the meeting, the union Unison said it was "deeply concerned" about plans to '
        'cut 140 posts.\n\n"Our members have kept services going through a pandemic," the statement said.'
    )
    assert one(annotated(annotator, body).quotes, "Our members").speaker == "Unison"


def test_the_report_a_group_described_before_its_name_gave_in_an_opening_phrase_is_the_groups(annotator):
    body = (
        "Floods hit the valley.\n\nIn a report published on Monday, the Geneva-based advocacy group Water "
        'Justice Watch said warnings had been ignored. "This was not simply a natural disaster," the report said.'
    )
    assert one(annotated(annotator, body).quotes, "This was not").speaker == "Water Justice Watch"


def test_a_report_released_by_a_body_named_after_its_noun_is_that_bodys(annotator):
    body = (
        "Drought has driven a rise in child marriage, according to a report released on Tuesday by the "
        'charity Daughters First Alliance.\n\nThe report is based on 300 interviews.\n\n"Parents are not doing '
        'this because they do not love their daughters," the report said.'
    )
    assert one(annotated(annotator, body).quotes, "Parents are not").speaker == "Daughters First Alliance"


def test_the_statement_a_places_government_gave_in_an_opening_phrase_is_that_governments(annotator):
    body = (
        'In a statement on Tuesday, the Kirinyaga County government said it would "engage all '
        'stakeholders" before the levy took effect.\n\n"The levy is law and every trader must comply," '
        "the statement said."
    )
    assert one(annotated(annotator, body).quotes, "The levy is law").speaker == "Kirinyaga County government"


def test_a_newspaper_by_the_last_word_of_its_name_is_a_body(annotator):
    body = '"We will defend the story," the Fenwick Dispatch said in a statement.'
    story = annotated(annotator, body)
    assert ("Fenwick Dispatch", "ORG") in [(e.name, e.label) for e in story.entities]


def test_a_shopkeeper_before_a_name_the_model_reads_as_a_body(annotator):
    body = (
        'The ministry said the ban "lacks any scientific basis".\n\n'
        "At a seafood market in Iwaki, shopkeeper Tomoe Anzai said customers had been supportive. "
        '"Many people come here to help us," she said.'
    )
    assert one(annotated(annotator, body).quotes, "Many people").speaker == "Tomoe Anzai"


@pytest.mark.parametrize(
    ("introduction", "cue", "speaker"),
    [
        (
            "Defence counsel Martin Doyle SC said his client had no previous convictions.",
            "counsel said",
            "Martin Doyle",
        ),
        (
            "Prosecuting counsel Lughaidh Ó Cearnaigh BL outlined the evidence.",
            "counsel told the court",
            "Lughaidh Ó Cearnaigh",
        ),
    ],
)
def test_counsel_with_no_article_is_the_counsel_the_story_named(annotator, introduction, cue, speaker):
    body = f'{introduction}\n\n"He made very bad choices and he knows it," {cue}.'
    assert one(annotated(annotator, body).quotes, "He made very bad").speaker == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Ms Halima Juma Rashidi, 24, was testifying in the trial of her former employer.", "Halima Juma Rashidi"),
        ("The jury heard evidence from Mr Moyles's friend, Dónal Keane, who met him in a pub.", "Dónal Keane"),
    ],
)
def test_the_witness_is_the_one_the_story_had_testify(annotator, introduction, speaker):
    body = f'{introduction}\n\nAsked what she did next, the witness said: "I called the police at once."'
    assert one(annotated(annotator, body).quotes, "I called the police").speaker == speaker


def test_the_witness_introduced_unnamed_is_not_one_who_testified_before(annotator):
    body = (
        "Officer Ray Hale testified on Tuesday that he arrived at 2 a.m.\n\n"
        "A witness, who asked not to be named, told the court she saw two men run from the car. "
        '"They were laughing," the witness said.'
    )
    assert one(annotated(annotator, body).quotes, "They were laughing").speaker is None
