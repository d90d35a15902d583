"""Whose clause a quotation sits in. The speaker is the subject of the clause that holds the cue,
not a name elsewhere in the sentence: a place the subject stood ("protesters outside the
Capitol"), the subject of an absolute clause ("with users writing"), a reported clause after
"that" ("reported that one aide had described"), a noun set beside the quotation that another
clause answers ("a charge the White House denied"), an owner's relative ("his opponent's
campaign"). Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


def test_a_place_after_the_subject_is_not_the_speaker(annotator):
    body = "Protesters outside the Capitol chanted “no more cuts for the rich” on Tuesday."
    assert one(quotes(annotator, body), "no more cuts").speaker is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Hal Brandt, speaking at a rally in Dayton, Ohio, on Saturday, told supporters that the "
            "leaders “sold out the voters who sent them there.”",
            "Hal Brandt",
        ),
        (
            "Mayor Ben Alder, who grew up in Flint, Michigan, said the crisis “taught this city never "
            "to trust a promise.”",
            "Ben Alder",
        ),
        (
            "“She never once missed a vote,” State House Minority leader Dale Kerr, D-Columbia, said.",
            "Dale Kerr",
        ),
    ],
)
def test_a_state_after_a_city_in_an_aside_is_not_the_speaker(annotator, sentence, speaker):
    assert quotes(annotator, sentence)[0].speaker == speaker


def test_an_emphatic_pronoun_after_the_name_keeps_the_name_the_subject(annotator):
    # (the tagger reads "Trump" before "himself" as a verb, so the name is no phrase of its own)
    body = (
        "The Trump campaign fired back within hours. Trump himself, at an evening rally in Michigan, "
        "called his opponent “a disaster for this country.”"
    )
    assert one(quotes(annotator, body), "a disaster").speaker == "Trump"


def test_an_object_relative_clause_has_its_own_subject(annotator):
    # (not the noun the clause is attached to, which the story tied to the judge's ruling)
    body = (
        "Judge Nora Kemp wrote in her ruling that the rule “cannot be read into the statute.”\n\n"
        "The ruling is the third setback for the rule, which critics have called “a trap for "
        "honest applicants.”"
    )
    assert one(quotes(annotator, body), "a trap for").speaker is None


def test_the_subject_of_an_absolute_clause_speaks(annotator):
    body = (
        "The hashtag #NotMyNominee spread quickly on Tuesday, with users writing things like “this "
        "is the end of the party as we know it.”"
    )
    assert one(quotes(annotator, body), "this is the end").speaker is None


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("with the prosecutor saying", "Ann Bellweather"),
        ("with a spokesman for her office saying", "Ann Bellweather"),
    ],
)
def test_an_absolute_clause_about_the_subject_keeps_her(annotator, clause, speaker):
    # A description that refers back (or a spokesman) in the absolute clause: the main subject.
    body = (
        "As the hearing began, District Attorney Ann Bellweather asked the judge to clear the "
        f"courtroom, {clause} there was “an atmosphere of fear in this town.”"
    )
    assert one(quotes(annotator, body), "an atmosphere").speaker == speaker


@pytest.mark.parametrize("opening", ["With the way Lowe was carrying on", "Without Lowe knowing"])
def test_a_subject_inside_an_opening_with_clause_does_not_take_the_focus(annotator, opening):
    # The sentence is Beck's; Lowe is the subject of the opening "with" clause only, so the "he"
    # of the next sentence is Beck.
    body = (
        "Tom Beck said he had been drinking with Hal Lowe when Lowe made the remark.\n\n"
        f"{opening}, Beck said he took the gun from the car and hid it. "
        "“I never believed he meant a word of it,” he said."
    )
    assert one(quotes(annotator, body), "I never believed").speaker == "Tom Beck"


def test_a_reported_clause_after_that_has_its_own_subject(annotator):
    body = (
        "The Washington Post reported that one aide had described the plan as “a gift to the insurance "
        "lobby and nothing else.”"
    )
    assert one(quotes(annotator, body), "a gift to").speaker is None


def test_a_noun_beside_the_quotation_with_a_clause_of_its_own(annotator):
    body = (
        "Ann Roe, a former aide, said the plan was “written by the insurance lobby from start to "
        "finish,” a charge the White House denied."
    )
    assert one(quotes(annotator, body), "written by").speaker == "Ann Roe"


def test_a_possessive_relative_owns_the_campaign(annotator):
    body = (
        "Republican nominee Dale Prentiss spoke in Erie on Monday night.\n\n"
        "His opponent's campaign answered in a statement, calling the speech “another night of lies "
        "from a man who has never told the truth.”"
    )
    assert one(quotes(annotator, body), "another night").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "“For four days the capital has handed itself over to fire and chaos,” said an editorial in the "
        "conservative daily Harbor Courier.",
        "An editorial in the Harbor Courier called the unrest “a cry for help from a generation with nothing to lose.”",
        "An editorial in the Harbor Courier took a softer line, calling the unrest “a cry for help from a "
        "generation with nothing to lose.”",
    ],
)
def test_a_document_in_a_newspaper_speaks_for_the_paper(annotator, sentence):
    # The model tags "Harbor Courier" an organisation; the editorial is the paper's voice.
    body = "Protests spread to a third city on Friday, and the Harbor Courier covered every one.\n\n" + sentence
    found = [q for q in quotes(annotator, body) if q.kind != "scare"]
    assert [q.speaker for q in found] == ["Harbor Courier"]


def test_a_document_in_a_language_or_place_names_no_speaker(annotator):
    body = (
        "Protests spread to a third city on Friday.\n\n"
        "A statement in Spanish called the unrest “a cry for help from a generation with nothing to lose.”"
    )
    assert one(quotes(annotator, body), "a cry for help").speaker is None


def test_a_name_the_model_missed_before_an_aside_is_the_subject(annotator):
    # The model tags no entity on "Lon Ward" here; the aside "a retired reporter" is not the
    # subject, so the cue-less quotation after the paragraph is his.
    body = (
        "The fire started on Monday night.\n\n"
        "Lon Ward, a retired reporter, said he met the children years ago.\n\n"
        "“They are a very close family. They look after each other.”"
    )
    assert one(quotes(annotator, body), "They are a very close").speaker == "Lon Ward"


def test_an_aside_opening_with_another_is_no_subject(annotator):
    body = (
        "The fire started on Monday night.\n\n"
        "Lon Ward, another retired reporter who knew the father from their days in Elm City, said he "
        "met the children years ago.\n\n"
        "“They are a very close family. They look after each other.”"
    )
    assert one(quotes(annotator, body), "They are a very close").speaker == "Lon Ward"


def test_a_sentence_about_someones_response_gives_the_quotation_after_it(annotator):
    body = (
        "Mayor Lena Ostrander defended the budget on Monday. Council member Hugo Baptiste's response was "
        'swift. "Nobody in this city believes those numbers, and the mayor knows it."'
    )
    assert one(quotes(annotator, body), "Nobody in this").speaker == "Hugo Baptiste"


@pytest.mark.parametrize("dash", ["—", "_"])  # ("_": the dash of AP's 7-bit feeds)
def test_a_name_and_age_set_off_by_dashes_after_a_role_is_the_subject(annotator, dash):
    body = f"The senator's aide {dash} Tom Grady, 34 {dash} said the vote “was never in doubt, not for a minute.”"
    assert quotes(annotator, body)[0].speaker == "Tom Grady"


@pytest.mark.parametrize(
    ("report", "speaker"),
    [
        ("Police said he walked up to a driver and shouted, “Get out of the car now.”", "Ravi Sayed"),
        (
            "Authorities said he ran up to a woman who was loading groceries and demanded: “Hand me the keys.”",
            "Ravi Sayed",
        ),
        ("Police said Sayed walked into the store and yelled, “Everybody down on the floor!”", "Ravi Sayed"),
        ("Chief Ana Ruiz said he fled on foot and added, “We believe he acted alone.”", "Ana Ruiz"),
    ],
)
def test_a_scene_cue_joined_to_the_reported_persons_action_is_theirs(annotator, report, speaker):
    # The cue is joined by "and" to what the man did in the reported clause: he shouted. A cue that
    # goes on with the report ("and added") stays the reporter's.
    body = f"Ravi Sayed, 26, was arrested after a string of carjackings. {report}"
    found = [q for q in quotes(annotator, body) if q.kind != "scare"]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the hearing, Celeste Fulcher said Bennett had finally admitted the shooting.",
        "Dora Vance’s sister, Celeste Fulcher, said she was relieved Bennett had admitted the shooting.",
    ],
)
def test_a_quotation_after_a_report_goes_on_with_the_reporter_not_an_object_cue_in_it(annotator, sentence):
    # "admitted the shooting" takes a noun phrase and reports no words: the quotation that opens
    # the next sentence goes on with Fulcher's report.
    body = f"Adrian Bennett pleaded guilty on Monday. {sentence} “Watching that footage was the worst day of my life.”"
    assert one(quotes(annotator, body), "Watching that").speaker == "Celeste Fulcher"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The second "says" repeats the reported verb: Sutter's report goes on.
        ("The Associated Press reports Mayor Jon Sutter says the city will rebuild, but says", "Jon Sutter"),
        # "added" repeats no verb before it: the main clause's subject goes on.
        ("Dana Roe said Tom Hale told police the truth, but added", "Dana Roe"),
        # No comma before "and": "said" goes with "grabbed", Hale's, not with "Roe said".
        ("Dana Roe said she reached for her phone, but Tom Hale grabbed it and said", "Tom Hale"),
    ],
)
def test_a_cue_after_a_conjunction_shares_the_subject_of_the_verb_it_repeats(annotator, sentence, speaker):
    body = f"{sentence} residents are “angry and afraid of what comes next.”"
    assert one(quotes(annotator, body), "angry and afraid").speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Ted Crane (R-Texas), who said the party should be “a big tent,” spoke on Monday.",
        "Sen. Ted Crane, R-Texas, who said the party should be “a big tent,” spoke on Monday.",
    ],
)
def test_a_party_and_state_tag_is_no_antecedent_of_who(annotator, sentence):
    # The relative clause's "who" is the lawmaker's; the state in his tag says nothing.
    assert one(quotes(annotator, sentence), "a big tent").speaker == "Ted Crane"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Beal also interviewed Sen. Raymond Cortez, a Republican, who said his party had “finally started listening.”",
            "Raymond Cortez",
        ),
        (
            "The plan was drafted by the Harbor Institute, a think tank, which called it “a fraud on voters.”",
            "Harbor Institute",
        ),
    ],
)
def test_an_apposition_before_who_or_which_is_not_its_antecedent(annotator, sentence, speaker):
    # ", a Republican, who said": the relative pronoun's antecedent is the name the apposition describes.
    assert quotes(annotator, sentence)[0].speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Owen Lark said he hid behind a counter. Then he heard yelling: “Hands where we can see them! Stay on the floor!”",
        "Owen Lark said he hid behind a counter. Then he heard a woman yell “Get out now, everybody!” from the hall.",
    ],
)
def test_what_the_subject_heard_is_not_the_subjects_words(annotator, sentence):
    # A verb of perceiving before the cue: the words are whom he heard, whom the story does not name.
    assert quotes(annotator, sentence)[-1].speaker is None


def test_a_person_the_sentence_opens_for_is_the_next_she(annotator):
    # "For X, …, the news was unsettling": the sentence is about X, as if X were its subject
    body = (
        "Priya Raman, who led the trial, said the results were clear. “The effect was large,” she said.\n\n"
        "For Odette Marchal, 58, a retired nurse in Lyon, the news was unsettling. "
        "“I changed my diet because of the first study,” she said."
    )
    assert one(quotes(annotator, body), "I changed my diet").speaker == "Odette Marchal"


def test_a_name_with_a_capitalised_role_after_an_opening_phrase_is_the_subject(annotator):
    # (fifty-first session: the body in the role's "of" phrase was taken for the subject)
    body = (
        "Speaking at the groundbreaking ceremony, Hilda Marsh, Chairman of the company’s Board of Directors, "
        "said: “Our grandparents mined copper in these hills.”"
    )
    assert one(quotes(annotator, body), "Our grandparents").speaker == "Hilda Marsh"


def test_a_body_before_a_relative_clause_is_the_subject_of_a_later_partial(annotator):
    # (fifty-first session: the subject of a sentence's fragment with no cue of its own)
    body = (
        'The Coastal Aid Initiative, which runs the site, said in a statement there had been "no incidents at or '
        'near" its facility and accused the militia of spreading "false reports".'
    )
    assert one(quotes(annotator, body), "false reports").speaker == "Coastal Aid Initiative"
