"""Hand-written stories, one for each shape of quotation news copy uses."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quote_groups, quotes


def test_straight_marks(annotator):
    body = 'Senator Maria Lopez spoke in Denver on Monday.\n\n"We will pass this bill before the summer," Lopez said.'
    quote = one(quotes(annotator, body), "We will pass")
    assert (quote.text, quote.speaker, quote.cue, quote.kind) == (
        "We will pass this bill before the summer,",
        "Maria Lopez",
        "said",
        "full",
    )


def test_curly_marks_with_cue_first(annotator):
    body = "“The markets have priced this in already,” said Janet Okafor, an economist at Barclays."
    quote = one(quotes(annotator, body), "The markets")
    assert (quote.speaker, quote.cue) == ("Janet Okafor", "said")


def test_unbalanced_marks_do_not_crash_and_still_give_the_quote(annotator):
    body = (
        "Mayor Tom Reilly opened the meeting.\n\n"
        "“We are not going to raise taxes this year, Reilly said.\n\n"
        "The council voted 7-2 in favour of the budget."
    )
    found = quotes(annotator, body)
    quote = one(found, "We are not going to raise taxes")
    assert quote.text.endswith("Reilly said.")  # no closing mark: the quote runs to the paragraph end
    assert not [q for q in found if "council voted" in q.text]


def test_stray_closing_mark_is_ignored(annotator):
    body = "The plan” was approved by the board of Acme Corp on Friday, officials said."
    assert quotes(annotator, body) == []


def test_split_quote_around_the_cue(annotator):
    body = (
        "Governor Ana Reyes toured the flooded valley on Tuesday.\n\n"
        "“The water came up faster than anyone expected,” she said. “We lost three bridges in one night.”"
    )
    found = quotes(annotator, body)
    first, second = one(found, "The water came"), one(found, "We lost three")
    assert first.speaker == second.speaker == "Ana Reyes"
    assert first.cue == second.cue == "said"


def test_colon_introduced_quote(annotator):
    body = "But Paul Werner, a senior aide to the governor, said flatly: “No deal was reached tonight.”"
    quote = one(quotes(annotator, body), "No deal")
    assert (quote.speaker, quote.cue, quote.kind) == ("Paul Werner", "said", "full")


def test_multi_paragraph_quote(annotator):
    body = (
        "Coach Dana Whitfield was blunt after the loss.\n\n"
        "“We did not show up in the second half. We made mistakes we have not made all season.\n\n"
        "“I take responsibility for that, and we will fix it before Saturday,” Whitfield said."
    )
    found = quotes(annotator, body)
    first, second = one(found, "We did not show up"), one(found, "I take responsibility")
    assert first.text.endswith("all season.")  # ends at its paragraph, left open by news style
    assert first.speaker == second.speaker == "Dana Whitfield"


@pytest.mark.parametrize("mark", ['"', "”"])
def test_a_quote_over_two_paragraphs_without_a_reopening_mark_takes_the_cue_after_it(annotator, mark):
    # One sentence a paragraph, as some scraped and archive copy is: the cue follows the
    # second paragraph's closing mark and names the speaker of both.
    opening = "“" if mark == "”" else '"'
    body = (
        "Storms closed the coast road on Sunday.\n\n"
        f"{opening}The water was up to the windows by noon.\n\n"
        f"We had never seen anything like it,{mark} said Marta Keller, who runs the bakery.\n\n"
        "The road reopened on Monday."
    )
    found = quotes(annotator, body)
    first, second = one(found, "The water was up"), one(found, "We had never")
    assert first.speaker == second.speaker == "Marta Keller"
    assert second.text == "We had never seen anything like it,"


def test_continued_speech_in_next_paragraph_without_a_new_cue(annotator):
    body = (
        "“Our exports fell for the third month in a row,” said Trade Minister Kofi Mensah.\n\n"
        "“We expect a recovery in the spring when new contracts start.”"
    )
    found = quotes(annotator, body)
    assert one(found, "We expect a recovery").speaker == "Kofi Mensah"


def test_quote_inside_a_quote(annotator):
    body = "“He looked at me and said, ‘I will never sign this treaty,’ and walked out,” said Laura Chen, the envoy."
    found = quotes(annotator, body)
    outer = one(found, "He looked at me")
    inner = one(found, "I will never sign")
    assert outer.speaker == "Laura Chen"
    assert outer.start < inner.start < inner.end < outer.end
    assert inner.speaker != "Laura Chen"  # the envoy reports someone else's words


def test_pronoun_speaker_is_the_last_fitting_person(annotator):
    body = (
        "Prime Minister Rachel Adeyemi met the striking nurses on Thursday.\n\n"
        "“Their demands are reasonable and we will meet them,” she said."
    )
    assert one(quotes(annotator, body), "Their demands").speaker == "Rachel Adeyemi"


def test_pronoun_skips_a_person_of_the_wrong_gender(annotator):
    body = (
        "Ms. Sarah Klein, the company's chief executive, spoke after Mr. David Ortiz resigned.\n\n"
        "“We wish him well and the search starts today,” she said."
    )
    assert one(quotes(annotator, body), "We wish him well").speaker == "Sarah Klein"


def test_speaker_named_only_by_a_description(annotator):
    body = (
        "President Emmanuel Okoro and Kenyan President William Ruto met in Abuja on Monday.\n\n"
        "“Trade between our countries must double within five years,” the Nigerian president said."
    )
    assert one(quotes(annotator, body), "Trade between").speaker == "Emmanuel Okoro"


def test_description_tied_by_an_appositive(annotator):
    body = (
        "Helen Park, the agency's chief scientist, presented the findings in Geneva.\n\n"
        "“The warming is faster than our models predicted,” the scientist said."
    )
    assert one(quotes(annotator, body), "The warming").speaker == "Helen Park"


def test_according_to(annotator):
    body = "“Shipments will resume next week,” according to Lars Nilsson, the port director."
    quote = one(quotes(annotator, body), "Shipments will resume")
    assert (quote.speaker, quote.cue) == ("Lars Nilsson", "according to")


def test_in_the_words_of(annotator):
    body = "In the words of Ronald Reagan, “Government is not the solution to our problem.”"
    quote = one(quotes(annotator, body), "Government is not")
    assert (quote.speaker, quote.cue, quote.kind) == ("Ronald Reagan", "in the words of", "full")


def test_quote_with_no_speaker(annotator):
    body = "The sign at the entrance read only one line.\n\n“Closed until further notice by order of the owner.”"
    quote = one(quotes(annotator, body), "Closed until")
    assert quote.speaker is None


def test_unnamed_source_has_no_speaker(annotator):
    body = "“The talks have collapsed and nobody wants to admit it,” a diplomat said on condition of anonymity."
    quote = one(quotes(annotator, body), "The talks have collapsed")
    assert quote.speaker is None and quote.cue == "said"


def test_partial_quote_embedded_in_the_sentence(annotator):
    body = "Finance Minister Olaf Berg said the reform would “make the tax code simpler for every family.”"
    quote = one(quotes(annotator, body), "make the tax code")
    assert (quote.kind, quote.speaker) == ("partial", "Olaf Berg")


def test_scare_quotes_and_titles(annotator):
    body = (
        "The so-called “bailout” cost taxpayers billions.\n\n"
        "The senator's memoir, “Rising From the Ashes,” was published in May."
    )
    found = quotes(annotator, body)
    assert one(found, "bailout").kind == "scare"
    assert one(found, "Rising From the Ashes").kind == "scare"
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize(
    "body",
    [
        "The group’s report, “Voting Rights in the Age of Suspicion,” found that 14 states had new rules.",
        "A new study, “Wages and the Rural Voter,” was released by the institute on Monday.",
    ],
)
def test_a_title_set_in_commas_after_a_noun_is_its_name(annotator, body):
    # The noun is no work the lexicon lists ("report", "study"); a Title Case quotation set in
    # commas right after it names it, and a document verb after it does not make it speech.
    found = quotes(annotator, body)
    assert [(q.kind, q.speaker) for q in found] == [("scare", None)]


def test_a_quotation_set_in_commas_after_a_reporting_verb_stays_speech(annotator):
    body = "The governor’s office says, “We Will Rebuild Every Home,” and it repeats the line daily."
    assert one(quotes(annotator, body), "We Will Rebuild").kind != "scare"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The show ran for ten years. “Morning Coffee” host Dale Brink said on Monday that it would end.", "Morning"),
        ("“We will win,” she said. “Summer Camp” actress Dana Lisle was in the crowd.", "Summer Camp"),
        ("“Pride and Prejudice Revisited” author Jane Oster said nothing of the kind.", "Pride and"),
    ],
)
def test_a_title_set_before_the_noun_it_qualifies_is_a_title(annotator, body, title):
    # A title or slogan in Title Case that runs on into a noun after its closing mark ("host",
    # "actress") qualifies it: no one's speech, though a cue follows in the sentence.
    found = one(quotes(annotator, body), title)
    assert (found.kind, found.speaker) == ("scare", None)


def test_organisation_as_speaker(annotator):
    body = "“We are reviewing the incident,” the Federal Aviation Administration said in a statement."
    assert one(quotes(annotator, body), "We are reviewing").speaker == "Federal Aviation Administration"


def test_surname_resolves_to_the_full_name(annotator):
    body = (
        "Deputy Mayor Robert Kaminski announced the closure.\n\n"
        "“The bridge is not safe,” Kaminski told reporters on Wednesday."
    )
    quote = one(quotes(annotator, body), "The bridge is not safe")
    assert (quote.speaker, quote.cue) == ("Robert Kaminski", "told")


def test_attribution_groups_join_split_continued_and_nested_quotes(annotator):
    body = (
        "“We cannot let this slide,” Rep. Owen Bratt (R-Ohio) said. “It is an insult to the panel.”\n\n"
        "“He told me, ‘We will never comply with this,’ and hung up,” Bratt added.\n\n"
        "“The vote is on Tuesday,” said Sen. Ann Cole."
    )
    groups = quote_groups(annotator, body)
    assert groups == [
        ["We cannot let this slide,", "It is an insult to the panel."],
        ["He told me, ‘We will never comply with this,’ and hung up,"],
        ["The vote is on Tuesday,"],
    ]


def test_attribution_groups_join_a_list_of_quoted_phrases(annotator):
    # One cue, three quoted items: one piece of content, not a prediction per item.
    body = (
        "Sen. Ida Marsh described the bill as “a giveaway to the drug makers,” “a betrayal of "
        "retirees” and “a bad deal for every family in this state.”"
    )
    groups = quote_groups(annotator, body)
    assert len(groups) == 1 and len(groups[0]) == 3


@pytest.mark.parametrize(
    ("between", "groups"),
    [
        ("and that it would", 1),  # one report in two reported clauses
        ("and warned it would", 2),  # a second cue: a second attribution
    ],
)
def test_attribution_groups_join_coordinated_reported_clauses(annotator, between, groups):
    body = (
        f"Sen. Ida Marsh said the plan was “a total disaster for working families” {between} “cost "
        "millions of jobs across the country.”"
    )
    assert len(quote_groups(annotator, body)) == groups


def test_attribution_groups_split_around_a_cue_with_a_state_title(annotator):
    # "state" is a reporting verb's form too; before "Del." it is part of the title, so the one
    # cue between the halves is "shouted".
    body = (
        "“This is the year we finally take back the county board!” her cousin, state Del. Rosa Lind "
        "(D-Easton), shouted to the crowd. “Everyone is watching us. We cannot let them down.”"
    )
    assert [len(group) for group in quote_groups(annotator, body)] == [2]


@pytest.mark.parametrize(
    ("between", "groups"),
    [
        ("Rep. Owen Bratt said in a tweet on Monday.", 1),  # "tweet" is the noun here
        ("Bratt said in a written statement.", 1),
        ("Bratt said in a comment posted online.", 1),
        ("Bratt said in remarks that were broadcast live.", 1),  # "remarks" after "in" is a noun
        ("Bratt said today in prepared remarks.", 1),
        ("said a man who asked to be identified only as Bratt.", 1),  # verbs of a relative clause
        ("said Owen Bratt, who said he was there to help.", 1),  # "said" before a name is the cue
        ("Bratt said, and warned that", 2),  # a second reporting verb: a second attribution
        ("Bratt said as protesters chanted outside.", 1),  # the verb of a clause about others
        ("according to Rep. Owen Bratt.", 1),
        # the pool report relays Bratt's words: his "said" is the one reporting verb
        ("Rep. Owen Bratt said at a rally in Dayton, according to a pool report.", 1),
    ],
)
def test_attribution_groups_read_a_cue_word_after_a_determiner_as_a_noun(annotator, between, groups):
    body = f"“We cannot let this slide under any circumstances,” {between} “It is an insult to the panel.”"
    assert len(quote_groups(annotator, body)) == groups


def test_pronoun_gender_learnt_from_the_story(annotator):
    body = (
        "Hillary Clinton spoke in Ohio, where she laid out her tax plan.\n\n"
        "She said her plan would help families.\n\n"
        "Donald Trump attacked the plan on Tuesday, and he called it a tax hike.\n\n"
        "“It is a plan for the middle class, not for people like him,” she said."
    )
    assert one(quotes(annotator, body), "It is a plan").speaker == "Hillary Clinton"


def test_spokesman_speaks_for_the_principal(annotator):
    body = (
        "Prime Minister Boris Johnson told parliament: “We will not hesitate to act.”\n\n"
        "His spokesman later added that “all options remain on the table.”"
    )
    quote = one(quotes(annotator, body), "all options")
    assert (quote.kind, quote.speaker, quote.cue) == ("partial", "Boris Johnson", "added")


@pytest.mark.parametrize(
    ("principal", "speaker"),
    [
        ("Assembly Speaker Ruth Okafor", "Ruth Okafor"),
        ("Senate Majority Leader Walt Hines", "Walt Hines"),
        ("Brightwater Chairman Pablo Ferrante", "Pablo Ferrante"),
        ("Brightwater CEO Pablo Ferrante", "Pablo Ferrante"),
    ],
)
def test_a_spokesman_for_a_titled_person_speaks_for_the_person_not_the_body(annotator, principal, speaker):
    # "a spokesman for House Speaker …": the body before the title only says whose speaker she is.
    body = (
        f"A spokesman for {principal} said the vote would go ahead.\n\n"
        "“There is no reason to wait another week for it,” the spokesman said."
    )
    assert one(quotes(annotator, body), "There is no").speaker == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Gov. Ruth Mallory toured the flooded towns on Monday.", "Ruth Mallory"),
        ("Brightwater Foods Inc. announced 400 layoffs on Monday.", "Brightwater Foods Inc."),
        # no one it can be: two in focus, or a suspect the story has acting on no one
        ("Gov. Ruth Mallory and Sen. Tom Abbey met on Monday.", None),
        ("Police arrested Darnell Fisk, 22, on Friday night.", None),
    ],
)
def test_a_spokesman_for_no_one_named_speaks_for_the_one_in_clear_focus(annotator, lead, speaker):
    body = f"{lead}\n\n“Nobody expected it to take this long,” a spokeswoman said."
    assert one(quotes(annotator, body), "Nobody expected").speaker == speaker


@pytest.mark.parametrize(
    ("described", "name"),
    [
        ("Mallory's spokeswoman", "Karen Ward"),
        ("the governor's spokeswoman", "Karen Ward"),
        ("her spokeswoman", "Karen Ward"),
        # (a name the model reads as an organisation: the apposition makes it a person)
        ("Mallory's spokeswoman", "Hope Ilves"),
    ],
)
def test_a_persons_spokeswoman_the_story_named_is_that_spokeswoman(annotator, described, name):
    # The spokeswoman named once ("Mallory's spokeswoman, Karen Ward,") is the one a later
    # "Mallory's spokeswoman said" means, not Mallory herself.
    body = (
        f"Gov. Ruth Mallory vetoed the pension bill on Monday. Mallory's spokeswoman, {name}, said "
        "the veto message would be sent to lawmakers on Tuesday.\n\n"
        f"“The bill would have broken the budget in its second year,” {described} said."
    )
    assert one(quotes(annotator, body), "The bill would").speaker == name


@pytest.mark.parametrize(
    "lead",
    [
        "Acme spokeswoman Jo Kimball spoke to reporters on Monday.",
        "Jo Kimball, a spokeswoman for Acme, spoke on Monday.",
    ],
)
def test_the_neutral_noun_means_the_spokeswoman_the_story_named(annotator, lead):
    body = f"{lead}\n\n“We are reviewing every page of the report this week,” the spokesperson said."
    assert one(quotes(annotator, body), "We are reviewing").speaker == "Jo Kimball"


def test_a_spokeswoman_named_by_the_kind_of_organisation_speaks_for_it(annotator):
    body = (
        "Brightwater Foods Inc. lost two supermarket contracts this week.\n\n"
        "“We expect to win both of them back,” a company spokeswoman said."
    )
    assert one(quotes(annotator, body), "We expect").speaker == "Brightwater Foods Inc."


def test_a_spokeswoman_of_a_kind_no_organisation_in_the_story_is_left_empty(annotator):
    body = (
        "Brightwater Foods Inc. lost two supermarket contracts this week.\n\n"
        "“We expect the strike to end soon,” a union spokeswoman said."
    )
    assert one(quotes(annotator, body), "We expect").speaker is None


def test_verb_in_a_relative_clause_is_not_the_cue(annotator):
    body = "“I don't know what happened,” the driver, who asked not to be named, told reporters."
    quote = one(quotes(annotator, body), "I don't know")
    assert (quote.speaker, quote.cue) == (None, "told")


def test_party_and_state_tag_after_the_name(annotator):
    body = "“It's a shambles,” Sen. Marcus Fenn, R-Neb., told reporters. “Nobody asked for this.”"
    found = quotes(annotator, body)
    assert [q.speaker for q in found] == ["Marcus Fenn", "Marcus Fenn"]


def test_description_tied_by_a_possessive_appositive(annotator):
    body = (
        "Martin Osei, Holt's former campaign manager, criticised the leaflet.\n\n"
        "“That was shameful,” Holt's former campaign manager said on the radio."
    )
    assert one(quotes(annotator, body), "That was shameful").speaker == "Martin Osei"


def test_a_new_clause_between_cue_and_quote_has_its_own_speaker(annotator):
    body = (
        "“Are you listening?” Maria Lopez asked, but as Governor Frank Hale went on about "
        "“a brighter future for every family,” the crowd began to leave."
    )
    found = quotes(annotator, body)
    assert one(found, "Are you listening").speaker == "Maria Lopez"
    assert one(found, "a brighter future").speaker == "Frank Hale"


def test_a_comparison_between_cue_and_quote_opens_no_clause(annotator):
    # "as solid as it is" holds a verb and a subject, but compares; the quotation is still the
    # cue's ("it" had made it the committee's).
    body = (
        "The Federal Budget Committee meets next month.\n\n"
        "“I think the economy is holding up,” board member Leo Marsh said.\n\n"
        "He added that with hiring as solid as it is “the bigger risk is that we move too soon.”"
    )
    quote = one(quotes(annotator, body), "the bigger risk")
    assert (quote.speaker, quote.cue) == ("Leo Marsh", "added")


def test_british_style_single_marks(annotator):
    body = (
        "Prime Minister Keir Starmer visited the flooded town on Monday.\n\n"
        "‘We will not leave anyone behind,’ Starmer told residents. ‘The money is there.’"
    )
    found = quotes(annotator, body)
    assert [(q.text, q.speaker) for q in found] == [
        ("We will not leave anyone behind,", "Keir Starmer"),
        ("The money is there.", "Keir Starmer"),
    ]


def test_apostrophes_in_british_copy_are_not_quotes(annotator):
    body = "The minister’s plan wasn’t ready, officials said on Tuesday."
    assert quotes(annotator, body) == []


def test_british_style_straight_single_marks(annotator):
    # Plain-text feeds of British copy type the single marks straight; an apostrophe inside
    # ("don't", "the nurses' union") closes nothing.
    body = (
        "Health Secretary Priya Nandra visited the hospital on Friday.\n\n"
        "'We don't have enough beds, and the nurses' union is right to say so,' Ms Nandra told staff. "
        "'It will take years.'\n\n"
        "The union's leader, Colm Daly, said the visit was 'too little, too late'."
    )
    found = quotes(annotator, body)
    assert [(q.text, q.speaker) for q in found] == [
        ("We don't have enough beds, and the nurses' union is right to say so,", "Priya Nandra"),
        ("It will take years.", "Priya Nandra"),
        ("too little, too late", "Colm Daly"),
    ]


def test_two_apostrophes_for_double_marks_are_not_british_copy(annotator):
    # ''…'' is a double mark typed as two apostrophes; a single-quoted sign elsewhere does not
    # make the story's marks straight single ones.
    body = (
        "''We will rebuild the bridge before winter,'' Mayor Ann Hale said on Monday. A sign on the "
        "fence read 'Closed until further notice.'"
    )
    assert one(quotes(annotator, body), "We will rebuild").speaker == "Ann Hale"


@pytest.mark.parametrize(
    "body",
    [
        "Rock 'n' roll came back in the '90s, and the workers' club never closed, officials said.",
        "The Smiths' garden and the Joneses' shed were flooded, and 'tis the season for it.",
    ],
)
def test_straight_apostrophes_alone_are_not_quotes(annotator, body):
    assert quotes(annotator, body) == []


def test_a_quotation_right_after_a_work_noun_is_its_title(annotator):
    body = "Nadia Brook's commentary, “Tell them where your family came from,” is worth reading twice."
    assert one(quotes(annotator, body), "Tell them where").kind == "scare"


def test_a_rank_abbreviation_does_not_end_the_sentence_before_the_name(annotator):
    # The tokenizer splits "Capt." and "Sgt." from their full stops.
    body = (
        "Two men were held after the fire.\n\n"
        "“We still have a lot of questions,” Harbour Police Capt. Ines Marlow said.\n\n"
        "“Nobody was hurt,” Sgt. Paulo Brandt told reporters."
    )
    found = quotes(annotator, body)
    assert one(found, "We still have").speaker == "Ines Marlow"
    assert one(found, "Nobody was hurt").speaker == "Paulo Brandt"


def test_a_colon_introduces_the_words_of_the_clauses_subject(annotator):
    body = (
        "Harbour Gazette owner Brian Ostrow issued a statement on Friday: “I only knew them for a year.”\n\n"
        "The hearing went on.\n\n"
        "Prosecutor Lena Dahl: “Did he pull out the gun and fire it?”\n\n"
        "Witness Omar Feld: “I did not see him fire the gun.”"
    )
    found = quotes(annotator, body)
    assert one(found, "I only knew").speaker == "Brian Ostrow"
    assert one(found, "Did he pull").speaker == "Lena Dahl"
    assert one(found, "I did not see").speaker == "Omar Feld"


def test_a_transcript_label_with_a_role_names_the_speaker_before_the_comma(annotator):
    body = (
        "A jury in Maple County found Dorian Vesk guilty of armed robbery on Thursday.\n\n"
        "Lionel Marbury, Assistant District Attorney: “I believe so. It was a long fight and the jury held firm.”\n\n"
        "Nadia Okafor, State Attorney's Office: “It gives both sides more time to prepare.”"
    )
    found = quotes(annotator, body)
    assert one(found, "I believe so").speaker == "Lionel Marbury"
    assert one(found, "It gives both").speaker == "Nadia Okafor"


@pytest.mark.parametrize(
    "clause",
    [
        "But Sen. Ruth Amadi sided with Okafor:",
        "Sen. Ruth Amadi, a Liberal, sided with Okafor:",
        "But Sen. Ruth Amadi, a Liberal, sided with Okafor:",
    ],
)
def test_the_subject_before_a_colon_speaks_not_the_name_after_its_verb(annotator, clause):
    # An opening "But" and an aside that leaves the verb tagged as a participle hid the subject,
    # and the name closest to the colon took the quotation.
    body = (
        "Mayor Chidi Okafor wants the ferry service cut.\n\n"
        "Sen. Ben Vos defended it. “The ferry carries four hundred people a day,” Vos said. "
        f"{clause} “The ferry has had its day.”"
    )
    assert one(quotes(annotator, body), "The ferry has had").speaker == "Ruth Amadi"


def test_a_gloss_in_brackets_is_no_speech(annotator):
    body = "The district is now called Soma (for “south of the market area”) by agents."
    assert one(quotes(annotator, body), "south of the market").kind == "scare"


def test_a_rank_or_a_surname_read_as_a_noun_after_the_cue(annotator):
    body = (
        "A boy was hurt on Monday.\n\n"
        "“Every parent on this street is worried tonight,” said Lt. Erica Kowalsky.\n\n"
        '"Lock your guns away where small hands cannot reach them," said Pikes.'
    )
    found = quotes(annotator, body)
    assert one(found, "Every parent").speaker == "Erica Kowalsky"
    assert one(found, "Lock your guns").speaker == "Pikes"  # the tagger reads "Pikes" as a plural noun


def test_a_cue_behind_used_to_or_fond_of(annotator):
    # "used to say", "is fond of saying": the speaker stands before the phrase that leads to the cue
    body = (
        "Mayor Tom Reddick has run the city for twelve years.\n\n"
        "“Never trust a man who won't look you in the eye,” Reddick used to say.\n\n"
        "“Politics is a contact sport for grown-ups,” Reddick is fond of saying.\n\n"
        "As Reddick never tires of saying, “Nobody ever lost an election by fixing a sewer line.”"
    )
    found = quotes(annotator, body)
    for start in ("Never trust", "Politics is", "Nobody ever"):
        assert (one(found, start).speaker, one(found, start).cue) in (("Tom Reddick", "say"), ("Tom Reddick", "saying"))


def test_answered_is_a_cue(annotator):
    body = (
        "Ellen Marsh sat down with the host, Dana Rourke, on Sunday.\n\n"
        "“Is there anything left that voters don't know?” Rourke asked.\n\n"
        "“There is nothing left, and the FBI has said as much,” Marsh answered."
    )
    found = one(quotes(annotator, body), "There is nothing left")
    assert (found.speaker, found.cue) == ("Ellen Marsh", "answered")


def test_a_reporting_clause_closing_a_long_sentence_owns_the_quotation_inside_it(annotator):
    body = (
        "Detectives from the Gang Unit collected video from nearby shops, said Det. Paul Marchand, a "
        "police spokesman.\n\n"
        'Reviewing every recording could take days, as detectives check whether cameras near the bar "saw '
        'anything in the minutes around" the gunfire so that they can piece together a timeline of the whole '
        "night, he said."
    )
    assert one(quotes(annotator, body), "saw anything").speaker == "Paul Marchand"


def test_a_clause_inside_what_someone_said_does_not_take_the_quotation(annotator):
    # "He said that although Brentwood is “…”": the "although" clause is part of his report.
    body = (
        "“None of the people who were hurt had any part in this,” said Capt. "
        "Tom Hanlon of the Brentwood Police Department.\n\n"
        "He said that although Brentwood is “not at all immune to violence” of this kind, shootings are "
        "rare in the town."
    )
    assert one(quotes(annotator, body), "not at all").speaker == "Tom Hanlon"


def test_a_newspaper_reporting_the_sentence_relays_the_subjects_words(annotator):
    body = (
        "Police released images of a man seen fleeing the parade route.\n\n"
        'Mayor Tom Regan urged anyone with information about the "senseless and cowardly attack on our '
        'families" to call detectives, the Harbor Ledger newspaper reported.'
    )
    assert one(quotes(annotator, body), "senseless").speaker == "Tom Regan"


def test_a_place_before_based_is_no_speaker(annotator):
    body = (
        "The vote was held on Sunday under heavy security.\n\n"
        'London-based Amnesty International said in a report last month that the country had made "only '
        'the smallest progress" but "remains one of the most closed states in the world."\n\n'
        "The Atlanta-based singer's agent told reporters, \"Everyone panicked. We heard the shots and got "
        'her out through the back door."'
    )
    found = quotes(annotator, body)
    assert one(found, "remains one").speaker == "Amnesty International"
    assert one(found, "Everyone panicked").speaker is None


def test_the_person_an_outlet_spoke_with_is_the_source_of_the_quotation_after(annotator):
    body = (
        "Detectives still have not found the rifle.\n\n"
        "Channel 9 talked to Marcus Fenwick Jr., a classmate of both boys.\n\n"
        '"Nobody knew where the rifle came from, and nobody asked him about it either."\n\n'
        "Fenwick said the boys had been playing video games in the basement."
    )
    assert one(quotes(annotator, body), "Nobody knew").speaker == "Marcus Fenwick Jr."


@pytest.mark.parametrize(
    "body",
    [
        # A naming word that only names: the headline, whoever the sentence has answering.
        "Sen. Dana Whitlock spent Tuesday answering questions about a column headlined “Whitlock Plan "
        "Would Gut the Middle Class,” which ran on Sunday.",
        # A naming word that also reports ("called"), right after the noun of a work.
        "In an op-ed called “Why I Am Leaving the Party After Forty Years,” former congressman Neil "
        "Ostrow explained his decision.",
        # A news story is a work with a title.
        "A Herald story, “Inside the Campaign’s Final Weeks of Chaos,” described a staff in revolt.",
        # A phrase quoted as a phrase is mentioned, not said.
        "The hashtag #NeverGreaves trended after the debate, along with the phrase “not fit to lead this nation.”",
    ],
)
def test_the_title_of_a_work_is_no_speech_even_beside_a_cue(annotator, body):
    found = [q for q in quotes(annotator, body) if len(q.text.split()) >= 4]
    assert [q.kind for q in found] == ["scare"]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # The paragraph's later sentence goes on with the account and names no one: his words.
        ("The round passed through the intruder’s thigh and lodged in a kitchen cabinet.", "Omar Feld"),
        # A later sentence is about someone else: the words are that sentence's subject's (the
        # older rule for a quotation ending its paragraph), not his.
        ("Officer Lena Dahl arrived a minute later and took the rifle.", "Lena Dahl"),
        # A later sentence reports someone else's words: theirs or no one's, not his.
        ("Police said the round lodged in a cabinet.", None),
    ],
)
def test_a_quotation_after_a_paragraph_of_someones_account_is_theirs(annotator, between, speaker):
    body = (
        "Omar Feld said the rifle fired as he wrestled it away from the intruder. "
        f"{between}\n\n"
        "“I had both hands on the barrel and I would not let go of it for anything.”\n\n"
        "The intruder fled across the yard."
    )
    assert one(quotes(annotator, body), "I had both hands").speaker == speaker


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "Lena Vos modeled for the studio for a decade.\n\n"
            "The main thing that set Vos apart from the other models, said Dale Orme:\n\n"
            '"She felt more comfortable on a stage than at a dinner party."',
            "She felt",
            "Dale Orme",
        ),
        (
            "The council met on Tuesday.\n\n"
            'It was, said Rep. Carla Mendes, D-Ohio, the "best money this town has seen for its schools."',
            "best money",
            "Carla Mendes",
        ),
        (
            "Hale was charged with owning the gun.\n\n"
            "Without the earlier conviction Hale would not have been charged, said Nora Pettit of the Ohio "
            'chapter of Safer Towns, which wants "laws that keep guns from people who should not have them."',
            "laws that",
            "Nora Pettit",
        ),
        # The cue's subject is before the comma: the name after it opens what was said.
        (
            "Ann Hale, who lives nearby, said Ben Roe was “a man nobody on this street ever saw smile.”",
            "a man nobody",
            "Ann Hale",
        ),
    ],
)
def test_a_cue_after_a_comma_with_a_name_after_it_is_inverted(annotator, body, start, speaker):
    assert one(quotes(annotator, body), start).speaker == speaker


def test_a_quotation_after_a_sentence_about_him_with_an_adverb_is_his(annotator):
    body = (
        "The diner was quiet on Sunday.\n\n"
        "At the counter, Ed Murphy of Pine Hollow sat alone with his coffee. He too knew the family, and "
        "knows what the loss means to the town.\n\n"
        '"I am friends with their coach, and she is devastated by all of this."\n\n'
        "The funeral is set for Friday."
    )
    assert one(quotes(annotator, body), "I am friends").speaker == "Ed Murphy"


@pytest.mark.parametrize("verb", ["sobbed", "wept", "sighed", "laughed"])
def test_a_verb_of_nonverbal_expression_reports_the_words(annotator, verb):
    # Levin's class 40.2 verbs introduce direct speech in feature copy: whoever sobs speaks.
    body = (
        "Dalia Fenwick waited outside the courthouse all afternoon.\n\n"
        f"“Nobody can give me back the years I lost,” Fenwick {verb}."
    )
    quote = one(quotes(annotator, body), "Nobody can")
    assert (quote.speaker, quote.cue) == ("Dalia Fenwick", verb)


def test_a_title_case_item_after_including_is_a_title(annotator):
    body = "The rally played old rock songs, including \u201cWe Were Born to Run the Whole Night.\u201d"
    assert one(quotes(annotator, body), "We Were Born").kind == "scare"


@pytest.mark.parametrize(
    "after",
    [
        "That was Mayor Lena Ostrander's message to the council on Tuesday.",
        "Those were the words of Mayor Lena Ostrander on Tuesday.",
        "So said Mayor Lena Ostrander on Tuesday.",
        "That is how Mayor Lena Ostrander put it on Tuesday.",
        "That was the message Mayor Lena Ostrander delivered to the council on Tuesday.",
    ],
)
def test_the_sentence_after_a_quotation_says_whose_words_they_were(annotator, after):
    body = f'"Every number in this budget has been public since March." {after}'
    assert one(quotes(annotator, body), "Every number").speaker == "Lena Ostrander"


def test_was_how_someone_put_it(annotator):
    body = '"Every number in this budget has been public since March," was how Mayor Lena Ostrander put it.'
    assert one(quotes(annotator, body), "Every number").speaker == "Lena Ostrander"


def test_a_quotation_after_a_sentence_about_someone_else_in_the_same_paragraph_is_theirs(annotator):
    body = (
        "Voters in Dayton were split. Carla Dunn, a retired teacher, liked the senator's energy.\n\n"
        "“He says what he thinks, and sometimes that is the problem,” Dunn said. Her neighbor, "
        "Walt Hines, disagreed. “That is exactly why I am voting for him.”"
    )
    found = quotes(annotator, body)
    assert one(found, "He says what").speaker == "Carla Dunn"
    assert one(found, "That is exactly").speaker == "Walt Hines"


def test_the_second_half_of_a_split_quote_keeps_its_speaker_past_a_sentence_about_them(annotator):
    # (a guard: the sentence between is about the same person, or about no person)
    body = (
        "“We will fix the roads first,” Dunn said. She paused. “Then the schools.”\n\n"
        "“Nobody here trusts the council,” Hines said. The crowd cheered. “Nobody at all.”"
    )
    found = quotes(annotator, body)
    assert one(found, "Then the schools").speaker == "Dunn"
    assert one(found, "Nobody at all").speaker == "Hines"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("In what aides called “the speech of his life,” Tom Grady laid out his plan.", "partial"),
        ("The bill, which critics called “a handout to the richest families,” passed on Friday.", "partial"),
        ("A bridge called “the Pride of the Valley” for decades was torn down on Friday.", "scare"),
        ("The group, called “Citizens for a Better Ohio,” spent $4 million on ads.", "scare"),
        ("The rule, which critics have long called “a trap for honest applicants,” stands.", "partial"),
    ],
)
def test_a_naming_verb_with_people_for_its_subject_reports_their_words(annotator, sentence, kind):
    # (what people called something is their characterisation; a thing called so is a name)
    assert quotes(annotator, sentence)[0].kind == kind


def test_a_name_people_called_someone_stays_a_name(annotator):
    found = quotes(annotator, "Neighbours mourned the girl they called “Little Smiley Face” on Sunday.")
    assert found[0].kind == "scare"


def test_quotations_in_anpa_marks_have_their_speakers(annotator):
    # (AP's 7-bit feeds: ``…'' for “…”; no quotation at all was found before)
    body = (
        "Corn prices have doubled since 2006.\n\n"
        "``It's not hard to see what pays,'' said Dale Kerr, who farms 900 acres near Pierre. "
        "``A plant down the road is a farmer's friend.''\n\n"
        "Kerr's neighbor, Ann Lutz, disagreed. ``We are plowing up the last of the prairie,'' she said."
    )
    found = quotes(annotator, body)
    assert [(q.text, q.speaker) for q in found] == [
        ("It's not hard to see what pays,", "Dale Kerr"),
        ("A plant down the road is a farmer's friend.", "Dale Kerr"),
        ("We are plowing up the last of the prairie,", "Ann Lutz"),
    ]


@pytest.mark.parametrize("verb", ["mused", "taunted", "implored"])
def test_less_common_reporting_verbs_are_cues(annotator, verb):
    body = f"Mayor Hal Ostrow spoke on Tuesday.\n\n“We will not raise taxes on any family in this city,” Ostrow {verb}."
    quote = one(quotes(annotator, body), "We will not raise")
    assert (quote.speaker, quote.cue) == ("Hal Ostrow", verb)


def test_a_keyword_to_text_to_a_tip_line_is_no_quotation(annotator):
    # Guard: "text" is no reporting verb ("You may also text “Millbrook” plus your tip to 274637"):
    # a first version that added it made tip-line keywords partial quotations.
    body = "Police asked anyone with information to call the tip line. You may also text “Millbrook” plus your tip to 274637."
    assert one(quotes(annotator, body), "Millbrook").kind == "scare"


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "That was Carl Brandt's message to a packed arena in Toledo on Monday night.",
        "Those were the words of Carl Brandt at a packed arena in Toledo on Monday night.",
        "So said Carl Brandt to a packed arena in Toledo on Monday night.",
    ],
)
def test_a_quotation_alone_in_the_opening_paragraph_is_owned_by_the_next(annotator, next_paragraph):
    # A quotation lede: the quotation is a paragraph of its own, the next one says whose it is.
    body = f"“We are going to take our country back, folks, and it starts in November.”\n\n{next_paragraph}"
    assert one(quotes(annotator, body), "We are going").speaker == "Carl Brandt"


def test_a_quotation_alone_followed_by_another_subject_stays_unattributed(annotator):
    body = (
        "“We are going to take our country back, folks, and it starts in November.”\n\n"
        "That was the mood at a packed arena in Toledo on Monday night, where Carl Brandt spoke."
    )
    assert one(quotes(annotator, body), "We are going").speaker is None


def test_a_word_inside_the_quotation_is_never_its_cues_subject(annotator):
    # The parse may take the last word of the quotation ("Sad!") for the subject of the verb
    # after it; no quotation's own words say who spoke it.
    body = 'Brenner responded on Twitter within minutes.\n\n"Moody is a disaster for this state. Sad!" he tweeted.'
    quote = one(quotes(annotator, body), "Moody is a disaster")
    assert quote.speaker != "Sad"


def test_a_name_in_quotation_marks_can_be_the_subject_that_reports(annotator):
    # A guard: a column's name in quotation marks is the subject of "is reporting", and the next
    # paragraph's quotation goes on with it (a first version refused any subject inside marks).
    body = (
        "A fight over the harbor contract is brewing at city hall.\n\n"
        '"There will be a new vote on the contract, and it will be close," the Ledger\'s '
        '"Capitol Watch" is reporting.\n\n'
        '"Sources tell the Ledger that two members have changed their minds about the bid."'
    )
    found = quotes(annotator, body)
    assert one(found, "There will be a new vote").speaker == "Capitol Watch"
    assert one(found, "Sources tell the Ledger").speaker == "Capitol Watch"


@pytest.mark.parametrize("verb", ["described", "referred to"])
def test_naming_something_with_a_preposition_reports_the_subjects_words(annotator, verb):
    # "referred to the plan as “…”" characterises, as "described the plan as “…”" does.
    found = quotes(annotator, f"Walter Brenner had {verb} Ruth Ames as “crazy” in a post on Monday.")
    assert (found[0].kind, found[0].speaker) == ("partial", "Walter Brenner")


def test_what_a_thing_is_referred_to_as_is_its_name(annotator):
    # (as "a parade called “…”": no one is said to speak it)
    found = quotes(annotator, "The county fair closes on Sunday with what is locally referred to as “the long supper.”")
    assert found[0].kind == "scare"
