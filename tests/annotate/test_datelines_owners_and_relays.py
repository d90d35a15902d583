"""Constructions of statehouse, immigration, TV-recap, crime-desk and climate copy that invented
probes (thirty-eighth session) showed the annotator getting wrong: a dateline's place read as a
subject, a thing's clause after "said", an apposition with a place before "who", an adverb before
the relative's verb, a passive relay, a sentence that closed with its own cue, an owner named
before a possessive, a body's title before a person, a former official, someone else's relative,
a body's name after a lower-case word. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one, quotes


@pytest.mark.parametrize("dateline", ["LARAMIE, Wyo. —", "OGDEN, Utah —"])
def test_a_datelines_place_is_no_speaker(annotator, dateline):
    body = f'{dateline} One school board member called it "a betrayal of every family in this district."'
    assert one(quotes(annotator, body), "a betrayal").speaker is None


def test_a_thing_does_not_speak_in_the_clause_a_cue_reports(annotator):
    body = (
        "Wendeline Osgood, president of the Pine Valley Nurses Association, said the walkout would "
        'continue "until the hospital puts staffing in writing."'
    )
    assert one(quotes(annotator, body), "until the hospital").speaker == "Wendeline Osgood"


def test_an_apposition_with_a_place_before_who_keeps_the_name(annotator):
    body = (
        "The bill drew fire from Rep. Tobiah Lindqvist, a veteran Republican from Idaho, who wrote "
        'that the plan "punishes the counties that balanced their books."'
    )
    assert one(quotes(annotator, body), "punishes the counties").speaker == "Tobiah Lindqvist"


def test_an_adverb_between_who_and_its_verb(annotator):
    body = (
        "Marsh was answering Councilwoman Odile Fenwright, who earlier had accused the mayor of "
        '"hiding the audit in a drawer."'
    )
    assert one(quotes(annotator, body), "hiding the audit").speaker == "Odile Fenwright"


def test_the_subject_of_a_passive_relay_speaks_not_the_outlet(annotator):
    body = (
        "Energy Minister Taavi Roosmaa was quoted by the Baltic Wire agency as saying that the "
        'pipeline was "weeks, not months, from completion."'
    )
    assert one(quotes(annotator, body), "weeks, not months").speaker == "Taavi Roosmaa"


def test_a_sentence_that_closed_with_its_quotation_keeps_its_cue(annotator):
    body = (
        "According to the newsletter, the governor has told donors that Pellworth "
        '"cannot win a general election." The newsletter cited two donors.'
    )
    quote = one(quotes(annotator, body), "cannot win a general")
    assert quote.speaker is None  # the governor, unnamed; not Pellworth, nor the newsletter's donors
    assert quote.cue == "told"


@pytest.mark.parametrize("owner", ["A Dayton man's", "A Toledo company's"])
def test_a_place_before_a_possessive_owns_nothing(annotator, owner):
    body = f'{owner} lawyer said the charges were "stitched together from rumors."'
    assert one(quotes(annotator, body), "stitched together").speaker is None


def test_a_bodys_title_leads_to_the_person_after_a_quotation(annotator):
    body = '"Lock your doors tonight."\n\nThat was the warning from Harlow Police Chief Benedikt Aasen on Sunday.'
    assert one(quotes(annotator, body), "Lock your doors").speaker == "Benedikt Aasen"


def test_a_former_staffer_does_not_speak_for_the_body(annotator):
    body = (
        "Rep. Corvin Baskett says the House Ethics Committee has cleared him. But a former "
        'committee staffer, who asked not to be named, said the inquiry was "still very much alive."'
    )
    assert one(quotes(annotator, body), "still very much alive").speaker is None


def test_someone_elses_relative_is_not_the_man_in_focus(annotator):
    body = (
        "Raymond Cuthbert faces life in prison.\n\n"
        "The brother of one victim said the verdict was a start. “Forty years is nothing,” he said."
    )
    assert one(quotes(annotator, body), "Forty years is nothing").speaker is None


def test_a_mother_of_three_is_herself(annotator):
    body = (
        "Delphine Arkwright, who founded the clinic, spoke first. When pressed on the waiting list, "
        'the 41-year-old mother of three replied, "We turn away families every single week."'
    )
    assert one(quotes(annotator, body), "We turn away").speaker == "Delphine Arkwright"


def test_a_worker_who_gave_a_first_name_is_the_he_after_him(annotator):
    body = (
        '"The harvest came early," said Ambrose Keele, a grower. A farmworker who gave his name as '
        'Tomas said the crews were thin. "Half my friends went north," he said.'
    )
    assert one(quotes(annotator, body), "Half my friends").speaker != "Ambrose Keele"


@pytest.mark.parametrize(
    ("body", "name", "quoted"),
    [
        (  # a body's name after a lower-case word
            'She wrote to the state Department of Coastal Affairs. "We take every report seriously," a '
            "department spokeswoman said.",
            "Department of Coastal Affairs",
            "We take every report",
        ),
        (  # a watchdog's name, which the model read as a person's
            'Progressive media watchdog Ledger Sentinel posted a long thread.\n\n"Good riddance," the group wrote.',
            "Ledger Sentinel",
            "Good riddance",
        ),
    ],
)
def test_a_bodys_name_is_an_organisations_and_speaks(annotator, body, name, quoted):
    story = annotated(annotator, body)
    assert (name, "ORG") in [(e.name, e.label) for e in story.entities]
    assert one(story.quotes, quoted).speaker == name


def test_a_statement_from_a_named_aide_is_the_aides(annotator):
    body = (
        "Mayor Idris Quennell's office answered with a statement from his chief of staff, Marisol "
        'Abernathy: "The audit found no wrongdoing and the mayor welcomes it."'
    )
    assert one(quotes(annotator, body), "The audit found").speaker == "Marisol Abernathy"


def test_a_statement_from_a_named_spokesman_in_an_aside(annotator):
    body = (
        "The rival campaign, in a statement from spokesman Tobias Wren, said Hollander was "
        '"the last candidate who should lecture anyone about ethics."'
    )
    assert one(quotes(annotator, body), "the last candidate").speaker == "Tobias Wren"


def test_one_of_them_named_after_the_quotation(annotator):
    body = (
        'Nurses rallied outside the statehouse. "We are running on empty," one of them, retired Navy '
        "Cmdr. Ilse Varga, told reporters."
    )
    assert one(quotes(annotator, body), "We are running on empty").speaker == "Ilse Varga"


def test_a_named_body_before_its_apposition_is_a_participles_subject(annotator):
    body = (
        "The Open Markets Caucus, a group of conservative senators, issued a statement calling the "
        'rule "a tax on every acre."'
    )
    assert one(quotes(annotator, body), "a tax on every acre").speaker == "Open Markets Caucus"


def test_a_reporting_verb_is_no_part_of_a_name(annotator):
    body = 'The dispatcher, Keisha Barrowman, stayed calm.\n\n"Okay. You are doing great," Barrowman responds.'
    story = annotated(annotator, body)
    assert "Barrowman responds" not in [e.name for e in story.entities]
    assert one(story.quotes, "Okay. You are doing great").speaker == "Keisha Barrowman"


def test_others_like_a_named_farmer_after_a_colon(annotator):
    body = (
        '"It will pay for the new library," said Rosalind Achebe. Others, like orchard owner Casimir '
        'Wendt, were unconvinced: "Show me the numbers first."'
    )
    found = quotes(annotator, body)
    assert one(found, "It will pay").speaker == "Rosalind Achebe"
    assert one(found, "Show me the numbers").speaker == "Casimir Wendt"


def test_the_office_of_a_lawmaker_the_story_named(annotator):
    body = (
        "Rep. Ignatius Ferreira removed the video. By Tuesday, the first-term lawmaker's office had "
        'issued a statement saying he would "step back from social media for a while."'
    )
    assert one(quotes(annotator, body), "step back from social media").speaker == "Ignatius Ferreira"


def test_a_place_before_an_office_holders_possessive_is_no_speaker(annotator):
    body = 'The Ohio attorney general\'s office said it would "vigorously defend" the statute.'
    assert one(quotes(annotator, body), "vigorously defend").speaker is None


def test_a_rank_and_a_force_before_an_apposed_name(annotator):
    body = (
        'Brent Hollister opened the event. "There is nothing wrong with serving," said the '
        "group's founder, retired Army Major Lena Ortiz."
    )
    assert one(quotes(annotator, body), "There is nothing wrong").speaker == "Lena Ortiz"


def test_a_role_noun_read_as_a_verb_before_a_name(annotator):
    body = 'Lumberjacks quarterback Jalen Whitcombe, who threw for 300 yards, said the team "never stopped believing."'
    assert one(quotes(annotator, body), "never stopped believing").speaker == "Jalen Whitcombe"


def test_the_party_member_from_a_town_is_not_the_town(annotator):
    body = '"They sold out every town on this map," the Republican from Ostrava Falls told the crowd.'
    assert one(quotes(annotator, body), "They sold out").speaker is None


def test_a_statement_named_after_the_quotation_its_verb_reports_is_the_subjects(annotator):
    body = (
        'Former Gov. Alden Pryce called the ruling "a political hit job" in a statement released '
        'Friday. "They have tried everything and failed every time," the statement said.'
    )
    assert one(quotes(annotator, body), "They have tried everything").speaker == "Alden Pryce"


def test_a_participle_before_its_noun_is_no_cue(annotator):
    body = (
        "The post was aimed at Lindqvist Institute fellow Corwin Abara, who had argued in a widely "
        'read op-ed that the border rules were "porous and poorly enforced."'
    )
    assert one(quotes(annotator, body), "porous and poorly").speaker == "Corwin Abara"


def test_an_anonymous_spokesperson_speaks_for_the_office_in_focus(annotator):
    body = (
        "Sen. Odalys Varga's office called the complaint baseless. A spokesperson, who asked not to "
        'be named, said the senator had "followed every rule to the letter."'
    )
    assert one(quotes(annotator, body), "followed every rule").speaker == "Odalys Varga"


def test_a_clause_opened_by_while_has_its_own_subject(annotator):
    body = (
        "Commissioner Ottilie Brandt told the Gazette there was “no sign of misconduct” while Caspar "
        'J. Mournes, a former training director at the academy, said "it looks like a lawful stop" '
        "under the reported facts."
    )
    found = quotes(annotator, body)
    assert one(found, "no sign of misconduct").speaker == "Ottilie Brandt"
    assert one(found, "it looks like a lawful stop").speaker == "Caspar J. Mournes"
