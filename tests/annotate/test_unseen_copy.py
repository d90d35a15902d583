"""Kinds of quotation and attribution found by reading the annotator's output on unlabelled news
copy from outlets the rules were not written against (issue 16). Each story is invented for the
test; only the construction is the one that copy showed."""

from __future__ import annotations

import pytest

from pipeline.model import Story
from tests.annotate.helpers import one, quotes

# --- speakers ---------------------------------------------------------------------------------


def test_a_description_after_the_cue_is_named_by_its_apposition(annotator):
    body = (
        "Tom Vane kept the lighthouse for thirty years.\n\n"
        '"The harbour was quiet all night," said Vane\'s stepdaughter, Nora Quill. "Then the alarm went."'
    )
    found = quotes(annotator, body)
    assert one(found, "The harbour").speaker == "Nora Quill"
    assert one(found, "Then the alarm").speaker == "Nora Quill"


def test_the_full_stop_of_a_rank_does_not_push_the_cue_away(annotator):
    body = '"The hull was split open," harbour Sgt. Alan Creel of the marine unit told the Daily Courier.'
    assert one(quotes(annotator, body), "The hull").speaker == "Alan Creel"


def test_a_constable_abbreviated_does_not_end_the_sentence(annotator):
    body = '"It was a long night," Lakeview police Const. Tim Harlow told a news conference.'
    assert one(quotes(annotator, body), "It was a long").speaker == "Tim Harlow"


def test_a_verb_of_manner_of_speaking_is_a_cue(annotator):
    body = "Nora Quill waited on the pier until dawn.\n\n“My boat is gone,” Quill wailed at one point."
    quote = one(quotes(annotator, body), "My boat")
    assert (quote.speaker, quote.cue) == ("Nora Quill", "wailed")


@pytest.mark.parametrize(
    "label, speaker",
    [
        ("(Tom Vane, police chief, on the evacuation):", "Tom Vane"),
        ("(Vane, asked about the levee):", "Tom Vane"),
        ("Police Chief Tom Vane (Harbor City):", "Tom Vane"),  # a bracketed tag after the name
        ("• Chief Tom Vane (Harbor City):", "Tom Vane"),
    ],
)
def test_a_transcript_label_in_brackets_names_the_speaker(annotator, label, speaker):
    body = (
        "Mayor Ada Pell and Chief Tom Vane spoke to reporters after the flood.\n\n"
        f"{label} “Every street was cleared before the water came.”"
    )
    assert one(quotes(annotator, body), "Every street").speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Critics of the ferry plan, like Senators Ada Pell, Republican of Maine, and Tom Vane, Democrat of "
            "Vermont, want a new study. They sent a letter on Monday to the port authority.\n\n"
            "“The plan has become a waste of public money and should be stopped,” they wrote.",
            "Ada Pell",  # the pair, by the first named: a speaker is one of the story's entities
        ),
        (
            "The Harbour Council met on Monday and voted to close the pier.\n\n"
            "“We had no choice after the storm damaged the pilings,” they said in a statement.",
            "Harbour Council",
        ),
        (
            "The Harbour Council met on Monday and voted to close the pier.\n\n"
            "Neighbours gathered outside the hall. “We have used that pier all our lives,” they said.",
            None,
        ),
        (
            "Ada Pell said that Tom Vane and his brother had left the island. “We never saw the boat again,” they said.",
            None,
        ),
    ],
)
def test_they_is_two_people_named_together_or_the_organisation_in_focus(annotator, body, speaker):
    quote = next(q for q in quotes(annotator, body) if q.cue in ("wrote", "said"))
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("the senators", "Carl Mott"),  # the pair, by the first named, as "they" is
        ("the two senators", "Carl Mott"),
        ("both lawmakers", "Carl Mott"),
        ("the two", "Carl Mott"),  # a number or "both" alone, or "the pair", means the pair too
        ("both", "Carl Mott"),
        ("the pair", "Carl Mott"),
    ],
)
def test_a_plural_noun_for_the_two_people_named_together_is_that_pair(annotator, subject, speaker):
    body = (
        "Sen. Carl Mott and Sen. Ellen Voss wrote to the Pentagon on Monday.\n\n"
        f"“The public deserves to know what happened at the base and who knew about it,” {subject} wrote."
    )
    assert one(quotes(annotator, body), "The public deserves").speaker == speaker


@pytest.mark.parametrize("subject", ["the senators", "the two"])
def test_a_plural_noun_for_people_with_no_pair_named_is_no_one(annotator, subject):
    body = (
        "Sen. Carl Mott wrote to the Pentagon on Monday. Several senators have asked for hearings.\n\n"
        f"“The public deserves to know what happened at the base and who knew about it,” {subject} wrote."
    )
    assert one(quotes(annotator, body), "The public deserves").speaker is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Police are looking for Tom Vane, her neighbour, and calling him “a person of real interest” in the case.",
            None,
        ),
        (
            "Ada Pell visited the harbour on Monday and met Tom Vane, thanking him and calling the rescue "
            "“the bravest thing I have seen.”",
            "Ada Pell",
        ),
    ],
)
def test_a_participle_joined_to_a_clause_shares_its_subject(annotator, body, speaker):
    assert one(quotes(annotator, body), "the bravest" if speaker else "a person of").speaker == speaker


def test_a_participle_joined_to_a_later_clause_shares_that_clauses_subject(annotator):
    # The clause after ", and" has its own subject: she seized the flag and cried out, not Haddad.
    body = (
        "Omar Haddad came home from the front on Sunday to a crowd of neighbours.\n\n"
        "Haddad teased that his cousin Nadia was the bravest of them all, and she answered at once by "
        "seizing his flag and crying “Long live the valley!”"
    )
    assert one(quotes(annotator, body), "Long live the valley").speaker == "Nadia"


def test_an_office_is_not_given_to_the_person_in_focus_through_an_untied_owner(annotator):
    body = (
        "Tom Vane, 9, was shot on Friday while playing outside his home.\n\n"
        '"It is alleged that the father kept a loaded gun within reach of the child," the prosecutor\'s office '
        "said in a statement."
    )
    assert one(quotes(annotator, body), "It is alleged").speaker is None


def test_a_name_and_cue_after_a_quote_that_closed_its_sentence_attribute_it(annotator):
    # Local copy often closes the quotation with a full stop and then names its speaker in a
    # sentence that says nothing else. Before, the first quote went to the speaker of the
    # paragraph before and the second to the "says" that ends the paragraph before it.
    body = (
        "Firefighters were called to a house on Elm Street on Friday night.\n\n"
        "Dora Pellman said the street had been quiet for years.\n\n"
        "“We never heard a thing. The whole street slept through it.” Abe Norquist says.\n\n"
        "“Lena loved the choir.” Tom Harkin told reporters after the vigil. “We will miss her.”"
    )
    found = quotes(annotator, body)
    assert one(found, "We never heard").speaker == "Abe Norquist"
    assert one(found, "Lena loved").speaker == "Tom Harkin"
    assert one(found, "We will miss").speaker == "Tom Harkin"


@pytest.mark.parametrize("aside", ["who walked the block with the fire chief", "speaking to reporters at the scene"])
def test_a_clause_in_the_naming_sentence_after_a_closed_quote_is_an_aside(annotator, aside):
    # "“….” Norquist, who walked the block with the chief, said." names the speaker and nothing else.
    body = (
        "Firefighters were called to a house on Elm Street on Friday night.\n\n"
        "Councilman Abe Norquist arrived an hour later.\n\n"
        f"“Somebody set that fire on purpose. Nobody doubts it.” Norquist, {aside}, said. “We will find "
        "out who.”"
    )
    assert one(quotes(annotator, body), "Somebody set").speaker == "Abe Norquist"


def test_according_to_after_a_comma_is_no_aside(annotator):
    # "…, according to Officer Ruiz": the source, not a participle's aside before a cue.
    body = (
        "A boy was hurt at his home on Tuesday when a “sudden accidental discharge” struck his arm, "
        "according to Officer Nell Ruiz, a police spokeswoman."
    )
    assert one(quotes(annotator, body), "sudden accidental").speaker == "Nell Ruiz"


def test_a_sentence_with_content_of_its_own_after_a_closed_quote_is_not_its_cue(annotator):
    body = (
        "Mayor Dora Pellman opened the bridge on Friday.\n\n"
        "“The ferry will run again.” Councilman Abe Norquist said the vote was close."
    )
    assert one(quotes(annotator, body), "The ferry").speaker != "Abe Norquist"


def test_shared_after_a_quotation_is_its_cue(annotator):
    body = (
        "The library reopened on Monday after the flood.\n\n"
        "“We lost almost every book on the ground floor,” branch manager Ivy Colter shared Monday evening."
    )
    assert one(quotes(annotator, body), "We lost almost").speaker == "Ivy Colter"


def test_a_name_with_an_age_between_commas_is_a_person_whatever_the_model_says(annotator):
    # The model reads a name with initials as an organisation; the age makes it a person, who
    # then owns the quotation that ends the next paragraph.
    body = (
        "A fire damaged the hardware store on Main Street on Sunday.\n\n"
        "R.J. Pello, 17, who works at the diner across the road, also saw the smoke.\n\n"
        '"At first I thought it was fog, until I saw the trucks."'
    )
    annotated = annotator.annotate([Story(story_id="t", format="text", body=body)])[0]
    assert ("R.J. Pello", "PERSON") in {(e.name, e.label) for e in annotated.entities}
    assert one(annotated.quotes, "At first").speaker == "R.J. Pello"


def test_a_time_between_a_subject_and_its_verb_leaves_the_subject(annotator):
    body = (
        "The county board met on Friday to discuss the flooding.\n\n"
        "U.S. Rep. Ray Dunmore Saturday morning reacted to criticism of the levee repairs from the "
        'state capital: "We will rebuild every home that the river took."\n\n'
        '"Nobody in this district will be left behind."'
    )
    found = quotes(annotator, body)
    assert one(found, "We will rebuild").speaker == "Ray Dunmore"
    assert one(found, "Nobody in this").speaker == "Ray Dunmore"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("said Marlow Police Dept. Chief Dale Rusk.", "Dale Rusk"),
        ("said Detective Desiree Lundqvist with the Marlow Police Department.", "Desiree Lundqvist"),
        ("said Dist. Atty. Steve Harrow.", "Steve Harrow"),
    ],
)
def test_a_title_after_an_abbreviated_office_or_a_role_as_a_title_names_the_speaker(annotator, cue, speaker):
    # Before: "Marlow Police Dept" (tagged a person; "Dept." ended the sentence), the
    # department (no entity on the name after "Detective"), "Dist" (an abbreviation tagged a person).
    body = f'Police are looking for two men after a shooting on Elm Street.\n\n"We are still sorting it out," {cue}'
    annotated = annotator.annotate([Story(story_id="t", format="text", body=body)])[0]
    assert one(annotated.quotes, "We are still").speaker == speaker
    assert not [
        e for e in annotated.entities if e.label == "PERSON" and e.name in ("Dist", "Atty", "Marlow Police Dept")
    ]


def test_a_surname_with_an_apostrophe_is_one_person_whichever_apostrophe_is_typed(annotator):
    # The tagger reads "O’Rourke" as an adverb, and the curly and straight forms were two
    # people. The name takes the apostrophe the story mostly uses.
    body = (
        "Kate O’Rourke of Arlington, who works in the counsel's office, said the building was locked.\n\n"
        '“Texts were going back and forth all morning,” O’Rourke said. "Nobody knew what to think," '
        "O'Rourke added. \"It was frightening,\" O'Rourke said. O'Rourke left at noon."
    )
    assert {q.speaker for q in quotes(annotator, body)} == {"Kate O'Rourke"}


@pytest.mark.parametrize(
    "sentence",
    [
        'The family of victim Dana Kroll released a statement saying: "We thank the town for its support."',
        'The mother of Dana Kroll said: "We thank the town for its support."',
        'A friend of Kroll said, "We thank the town for its support."',
    ],
)
def test_the_relative_or_friend_of_a_named_person_is_not_that_person(annotator, sentence):
    # The head of "the mother of Dana Kroll" is "mother": before, Kroll herself was the speaker.
    body = f"Police charged a man with the shooting on Main Street.\n\n{sentence}"
    assert one(quotes(annotator, body), "We thank").speaker is None


def test_the_relative_of_a_named_person_is_the_one_the_story_named_so(annotator):
    body = (
        "Police charged a man with the shooting of Dana Kroll. Kroll's mother, Ann Kroll, was at the hearing.\n\n"
        'The mother of Dana Kroll said: "She was the light of our home."\n\n'
        'The sister of Dana Kroll, Beth Kroll, said: "We will never forget her."'
    )
    found = quotes(annotator, body)
    assert one(found, "She was the light").speaker == "Ann Kroll"
    assert one(found, "We will never").speaker == "Beth Kroll"


def test_a_name_after_an_indefinite_owner_is_the_relative_set_beside_it(annotator):
    # Copy drops the comma of an apposition: "aunt of a victim Lynn Carver" is Carver, the aunt.
    body = (
        "Three boys were hurt near the recreation center on Sunday night.\n\n"
        '"Somebody banged on my window and yelled that my nephew was hurt," aunt of a victim Lynn Carver said.'
    )
    assert one(quotes(annotator, body), "Somebody banged").speaker == "Lynn Carver"


def test_a_name_opening_its_clause_keeps_it_past_capitalised_appositions(annotator):
    # Before, the organisation set beside the title ("Coastal Bird Alliance") was the speaker.
    body = (
        "The interior secretary restored the rule on Tuesday.\n\n"
        "Martin Osterholt, Vice President for Advocacy at the environmental group, Coastal Bird Alliance, "
        "agreed with the decision.\n\n"
        '"We are grateful that the secretary acted to restore the law."'
    )
    assert one(quotes(annotator, body), "We are grateful").speaker == "Martin Osterholt"


def test_a_title_read_as_an_organisation_gives_way_to_the_name_set_beside_it(annotator):
    body = (
        "Two gangs were involved in the shooting at the truck stop, officials say.\n\n"
        '"It was a violent crime that came to our county from outside," said Polk County Sheriff, Dale Rusk.'
    )
    assert one(quotes(annotator, body), "It was a violent").speaker == "Dale Rusk"


def test_an_inverted_cue_after_the_phrase_that_ends_a_partial_quote_names_the_speaker(annotator):
    # Before, the parse's subject "Det" became a person and the speaker.
    body = (
        "The gang unit is leading the investigation.\n\n"
        'Detectives "are going through every video they could get" from nearby shops, said Det. Ann Roe, '
        "a police spokeswoman."
    )
    annotated = annotator.annotate([Story(story_id="t", format="text", body=body)])[0]
    assert one(annotated.quotes, "are going through").speaker == "Ann Roe"
    assert "Det" not in {e.name for e in annotated.entities}


def test_the_outlet_a_source_spoke_to_is_not_the_company_that_speaks_next(annotator):
    # Before, "the company" went to the broadcaster Rusk spoke to, the organisation named last.
    body = (
        "Maple Foods closed its bakery in Dover on Friday after a worker opened fire on the night shift.\n\n"
        "Oven operator Andy Rusk, a baker there since 1994, was loading trays when it began.\n\n"
        '"I dropped the tray and ran for the loading dock," he told NBC Delaware.\n\n'
        '"This is a sad day for everyone who works here," the company said in a statement.'
    )
    assert one(quotes(annotator, body), "This is a sad day").speaker == "Maple Foods"


def test_a_person_noun_after_an_organisation_before_who_is_someone_unnamed(annotator):
    # Before, the relative clause was read into the name and the hospital spoke.
    body = (
        "Deputies said two victims were taken to Harbor Medical Center.\n\n"
        "“A man who has been shot just came through the door,” said a Harbor Medical nurse who called 911."
    )
    assert one(quotes(annotator, body), "A man who").speaker is None


def test_a_cue_after_according_to_reports_someone_elses_words(annotator):
    body = (
        "Police still have no motive for the attacks, the Daily Ledger reports.\n\n"
        "According to the Associated Press, minutes after the first shooting Varno told the driver of a "
        "van: “I don’t want to hurt you.”"
    )
    assert one(quotes(annotator, body), "I don’t want").speaker == "Varno"


def test_a_description_with_a_clause_saying_the_person_is_unnamed_is_no_one_named(annotator):
    # Before, the junior the story named took the words of the one who would not be named.
    body = (
        "Mike Dorsey, a junior at Marlow High, saw the fight start after classes let out.\n\n"
        '"You could feel trouble coming all afternoon," said the Marlow High junior '
        "who did not want to be identified."
    )
    assert one(quotes(annotator, body), "You could feel").speaker is None


def test_a_clause_about_names_after_a_named_speaker_or_giving_a_name_keeps_the_speaker(annotator):
    body = (
        "Community advocate Tony Hebron spoke to families at the scene.\n\n"
        '"One girl kept asking for her mother," said Hebron, who did not know the last names of the three who were hurt.\n\n'
        '"We are just checking on the kids," said a woman who gave her name only as Dina.'
    )
    found = quotes(annotator, body)
    assert one(found, "One girl kept").speaker == "Tony Hebron"
    assert one(found, "We are just").speaker == "Dina"


def test_somebody_as_the_subject_of_a_cue_is_no_one_named(annotator):
    body = (
        "Luton said the boy had been upset for weeks.\n\n"
        'Fryer was in a shoving match last month, according to Luton, after somebody said "something cruel" about his family.'
    )
    assert one(quotes(annotator, body), "something cruel").speaker is None


def test_a_role_with_a_gerund_before_the_name_is_no_aside(annotator):
    # The tagger reads "building" as a participle, and the whole role was passed over as an aside.
    body = (
        "Tenants said the man moved out in March.\n\n"
        "“The tenant never paid his rent,” building superintendent Hector Ruiz, 41, said in Spanish."
    )
    assert one(quotes(annotator, body), "The tenant never").speaker == "Hector Ruiz"


def test_a_bracketed_transcript_label_names_the_speaker_whatever_verb_its_note_holds(annotator):
    # Before, "praising" was taken for the cue and its subject was looked for in vain.
    body = (
        "Officials spoke to reporters on Saturday afternoon.\n\n"
        "(Kurt Velde, Colorado attorney general, praising law enforcement): "
        '"There was great courage shown yesterday by the first crews on the scene."'
    )
    assert one(quotes(annotator, body), "There was great").speaker == "Kurt Velde"


def test_a_name_after_on_before_the_verb_is_not_its_subject(annotator):
    body = (
        "Two officers were hurt in the arrest on Tuesday.\n\n"
        "Harbor Police Chief Dana Quill on Twitter called the officers “true professionals” on Wednesday."
    )
    assert one(quotes(annotator, body), "true professionals").speaker == "Dana Quill"


def test_a_plural_noun_opening_a_paragraph_is_no_unrecognised_name(annotator):
    # Before, "Members" became a person and the speaker.
    body = (
        "Police found two men wounded near the park.\n\n"
        'Members of Safe Streets were at the scene in what locals call "the Bottoms" two hours later and '
        'called the shooting "a feud between rival crews."'
    )
    annotated = annotator.annotate([Story(story_id="t", format="text", body=body)])[0]
    assert one(annotated.quotes, "a feud").speaker in (None, "Safe Streets")  # its members speak for it
    assert "Members" not in {e.name for e in annotated.entities}


def test_a_partial_quote_according_to_an_unnamed_document_is_no_ones_named(annotator):
    # Before, the partial quote fell back to a place in the sentence before.
    body = (
        "The fight started outside Art's Tavern on Penn Avenue.\n\n"
        'Harrison was angry at the riders for how they were "taking up the whole sidewalk," according to a '
        "police affidavit."
    )
    assert one(quotes(annotator, body), "taking up").speaker is None


# --- quotation marks and what they enclose -----------------------------------------------------


def test_a_straight_mark_glued_to_the_cue_closes_the_quotation(annotator):
    body = '"It was cold out on the water, "said Dana Pell. "Very cold."'
    found = quotes(annotator, body)
    assert [q.text for q in found] == ["It was cold out on the water,", "Very cold."]
    assert {q.speaker for q in found} == {"Dana Pell"}


@pytest.mark.parametrize(
    "body, title",
    [
        ('She is best known for the lead in the musical "Lanterns Over the Quay."', "Lanterns Over"),
        ('In her last year at school she was voted "Most Likely to Sail Away."', "Most Likely"),
        ('The club listed him as one of its "Top Young Sailors in the County."', "Top Young Sailors"),
    ],
)
def test_a_title_in_title_case_ending_its_sentence_is_no_speech(annotator, body, title):
    assert one(quotes(annotator, body), title).kind == "scare"


def test_two_apostrophes_close_a_double_quotation(annotator):
    body = (
        "\"When the parade reached the square, shots were fired from two guns,'' Cal Flot said in a "
        "statement. \"Right after that our officers saw three men running.''\n\n"
        '"We will find them," Superintendent Ron Serpa said.'
    )
    found = quotes(annotator, body)
    first = one(found, "When the parade")
    assert first.text.endswith("two guns,")
    assert first.speaker == "Cal Flot"
    assert one(found, "Right after that").speaker == "Cal Flot"


def test_copy_that_opens_with_two_apostrophes_too_is_quoted(annotator):
    # ''…'' throughout (the New York Times' feed and other 7-bit copy type “…” so).
    found = quotes(annotator, "''We will find them,'' Ron Serpa said. ''It is a matter of time.''")
    assert [(q.text, q.speaker) for q in found] == [
        ("We will find them,", "Ron Serpa"),
        ("It is a matter of time.", "Ron Serpa"),
    ]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ("''", "''"), ("``", "''")])
def test_a_quotation_after_a_cue_and_its_long_aside_goes_on_whatever_marks_type_it(annotator, opening, closing):
    # The second quotation opens a sentence after the aside ends; with two-character marks the
    # sentence's start was missed and the aside's verb taken for the cue ("advises").
    body = (
        f"{opening}We are nowhere near a balanced budget,{closing} said Carla Munt, an analyst who served as "
        f"chief of the State Revenue Bureau and now advises the Lakes Policy Institute, a business group. "
        f"{opening}This plan moves us backwards. It adds spending and hides it.{closing}"
    )
    quote = one(quotes(annotator, body), "This plan moves")
    assert (quote.speaker, quote.cue) == ("Carla Munt", "said")


def test_unnamed_people_whose_subject_phrase_runs_on_are_not_the_last_name_in_it(annotator):
    # "activists pushing for a … Nafta that would keep Canada in the pact said": the head of the
    # subject is an unnamed group; not the name the modifiers end on.
    body = (
        "Farmers have fought the trade deal for a year.\n\n"
        "But many activists pushing for a “fair” Nafta that would keep Canada in the pact said the papers "
        "showed the “huge gains” of staying in the deal."
    )
    assert one(quotes(annotator, body), "huge gains").speaker is None


def test_a_named_organisations_officials_whose_subject_phrase_runs_on_speak_for_it(annotator):
    # Guard (a first version's copy diff): officials of a named organisation are its voice.
    body = (
        "In Geneva, United Nations officials tried to ease worries that the outbreak would reach other "
        "provinces, insisting it was a “contained event” in a single valley."
    )
    assert one(quotes(annotator, body), "contained event").speaker == "United Nations"


def test_a_paragraph_that_is_a_quotation_in_title_case_is_a_subhead(annotator):
    body = (
        "Mayor Linda Ferguson spoke for an hour.\n\n"
        "“You Do Not Understand My Anger”\n\n"
        "“It was a terrible night for this town,” she said."
    )
    found = quotes(annotator, body)
    assert one(found, "You Do Not").kind == "scare"
    assert one(found, "It was a terrible").speaker == "Linda Ferguson"


def test_a_quotation_in_title_case_after_a_colon_is_still_speech(annotator):
    body = "Mayor Linda Ferguson spoke for an hour. She ended with a promise:\n\n“We Will Rebuild This Town.”"
    assert one(quotes(annotator, body), "We Will Rebuild").kind == "full"


def test_she_finds_a_person_whose_surname_the_ner_left_out(annotator):
    # The small model finds only "Jane" in "Mayor Jane Tull": the surname after it is no head noun
    # that the name would modify, so the mayor stays the subject in focus.
    body = "Mayor Jane Tull spoke for an hour.\n\n“It was a terrible night for this town,” she said."
    speaker = one(quotes(annotator, body), "It was a terrible").speaker
    assert speaker is not None and speaker.startswith("Jane")


# --- page furniture in crawled bodies ----------------------------------------------------------


def test_a_related_story_headline_is_no_speech_of_the_story(annotator):
    body = (
        "Maya Lorn opened the bakery on Dock Street in 2009.\n\n"
        "“We bake through the night and sell out by noon,” Lorn said.\n\n"
        "RELATED: Mayor Ada Pell: “We Will Rebuild the Old Pier This Year”\n\n"
        "Related Stories:\n\n"
        "Council says “the harbour plan is dead for good this time”\n\n"
        "Fire crews battle blaze at river mill"
    )
    found = quotes(annotator, body)
    assert one(found, "We bake").speaker == "Maya Lorn"
    for start in ("We Will Rebuild", "the harbour plan"):
        assert (one(found, start).kind, one(found, start).speaker) == ("scare", None)


@pytest.mark.parametrize(
    "links",
    [
        "RELATED: Ada Pell says new pier will open in spring",
        "Related Stories:\n\nAda Pell says new pier will open in spring\n\nFerry fares to rise again",
    ],
)
def test_a_related_story_headline_does_not_take_the_focus(annotator, links):
    body = (
        "Maya Lorn opened the bakery on Dock Street in 2009. Her ovens came from a closed mill.\n\n"
        f"{links}\n\n"
        "“We bake through the night and sell out by noon,” she said."
    )
    assert one(quotes(annotator, body), "We bake").speaker == "Maya Lorn"


@pytest.mark.parametrize(
    "credit",
    [
        "Nora Quill, a nurse, was hurt in the crash on Elm Road. (Photo: Ben Arlo/The Courier)",
        "Nora Quill, a nurse, was hurt in the crash on Elm Road. (Ben Arlo/Staff)",
        "Nora Quill, a nurse, was hurt in the crash on Elm Road.\n\nBen Arlo | Getty Images",
        "Nora Quill, a nurse, was hurt in the crash on Elm Road.\n\nBen Arlo/for the Valley News",
        "By Richard Tull and Ben Arlo\n\nNora Quill, a nurse, was hurt in the crash on Elm Road.",
    ],
)
def test_a_photo_credit_or_byline_is_no_referent(annotator, credit):
    body = f"Sheriff Dan Moss said the road was icy that night.\n\n{credit}\n\n“The road had not been salted,” he said."
    assert one(quotes(annotator, body), "The road").speaker == "Dan Moss"


@pytest.mark.parametrize(
    "street",
    [
        "Phillip Drive was closed for six hours after the shooting.",
        "Desert Inn Road was closed for six hours after the shooting.",
        "The shooting happened on E. Bruce Ave near the school. E. Bruce Ave was closed for hours.",
        "The shooting happened at 1480 Kessler Way. Kessler Way was closed for hours.",
        "The shooting happened on Marvin Hale Jr. Place just after midnight.",
        "A party on Tessa Lane ended in gunfire, and Tessa Lane residents were told to stay inside.",
        "The shooting happened near Marvin Hale Jr. Place just after midnight.",
    ],
)
def test_a_street_typed_as_a_person_is_no_referent(annotator, street):
    body = f"Officer Dan Moss was first at the scene.\n\n{street}\n\n“We found two shell casings in the yard,” he said."
    assert one(quotes(annotator, body), "We found").speaker == "Dan Moss"
    # The entity layer itself types the street: no PERSON but the officer.
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert [e.name for e in story.entities if e.label == "PERSON"] == ["Dan Moss"]


@pytest.mark.parametrize(
    "opening", ["Laura Lane has run the shelter since 2010.", "The pressure on Laura Lane grew all week."]
)
def test_a_person_with_a_street_word_for_a_surname_stays_a_person(annotator, opening):
    body = f"{opening}\n\n“We never turn anyone away,” Lane said."
    assert one(quotes(annotator, body), "We never").speaker == "Laura Lane"
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == "Laura Lane"] == ["PERSON"]


def test_prose_opening_with_a_label_word_is_not_furniture():
    from pipeline.annotate.furniture import furniture_ranges

    body = (
        "Also on Monday, police closed the bridge.\n\n"
        "More than twenty people waited at the ferry.\n\n"
        "Video of the crash was shown in court."
    )
    assert furniture_ranges(body) == []


def test_a_quotation_printed_twice_has_one_speaker(annotator):
    # A pull quote set as its own paragraph, after a paragraph about someone else, and the same
    # words later in the body with their cue.
    body = (
        "Ada Pell has run the harbour office for ten years. She opened it with two clerks and a kettle.\n\n"
        "“The tide tables are the first thing a captain should read.”\n\n"
        "Ships now come in at night, and the office stays open late.\n\n"
        "“The tide tables are the first thing a captain should read,” said harbour pilot Tom Vane, "
        "who has worked with Pell since 2015."
    )
    assert {q.speaker for q in quotes(annotator, body)} == {"Tom Vane"}


def test_the_agency_of_a_wire_dateline_is_not_the_agency_that_speaks(annotator):
    # "(AP)" credits the story; "the agency" is the health body the story is about, and "it"
    # after it is that body too.
    body = (
        "OSLO (AP) — The Nordic Food Safety Agency recalled two brands of frozen berries on Friday.\n\n"
        "The agency said it had traced the outbreak to a single farm. “We acted as soon as the tests "
        "came back,” it said."
    )
    assert one(quotes(annotator, body), "We acted as soon").speaker == "Nordic Food Safety Agency"


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        # A dateline with the day's date: "It" and "the company" are no agency nor city of it.
        ("VELDT, Aug 2 (Reuters) - The fund denied wrongdoing. It", None),
        ("MUMBARA, Aug 15 (Reuters) - The company", None),
        # "The fund, Serang Holdings,": the noun's organisation is the name set beside it.
        ("VELDT, Aug 2 (Reuters) - The fund, Serang Holdings, denied wrongdoing. It", "Serang Holdings"),
        ("The company, Harwell Motors, denied wrongdoing. It", "Harwell Motors"),
    ],
)
def test_it_after_a_dated_dateline_is_the_organisation_of_the_story(annotator, lede, speaker):
    body = f"{lede} said its accounts had been “properly audited by an outside firm.”"
    assert one(quotes(annotator, body), "properly audited").speaker == speaker


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("GENEVA (AP) — The council met.", "GENEVA (AP) —"),
        ("FRANKFURT, Germany (Reuters) - Shares fell.", "FRANKFURT, Germany (Reuters) -"),
        ("VELDT, Aug 2 (Reuters) - Shares fell.", "VELDT, Aug 2 (Reuters) -"),
        ("Rep. Ann Roe (D-Va.) - a moderate - spoke.", None),
    ],
)
def test_a_wire_dateline_is_furniture(line, dateline):
    from pipeline.annotate.furniture import furniture_ranges

    assert [line[a:b] for a, b in furniture_ranges(line)] == ([dateline] if dateline else [])


@pytest.mark.parametrize("name", ["Corvo Airlines", "Corvo Airways", "Corvo Air Lines"])
def test_the_airline_is_the_airline_the_story_named(annotator, name):
    # The head of the name is plural or another word for the kind: still "the airline".
    body = f"{name} grounded its fleet on Monday after a fuel leak.\n\n“Safety comes first,” the airline said."
    assert one(quotes(annotator, body), "Safety comes first").speaker == name


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # a name the model reads as an organisation, set beside an owned role with a modifier;
        # "Ivo" is in no census table, but both words are rare in English
        (
            "Foreign minister Katrin von Ahlen called for a ceasefire.\n\n"
            "The separatists' foreign minister, Ivo Sarkis, dismissed the proposal. He said talks could "
            "only begin “once the occupying forces have left the valley.”",
            "once the occupying",
            "Ivo Sarkis",
        ),
        # "the Kestorian minister": the one the story called Kestorian, not the minister of no
        # stated people
        (
            "Foreign Minister Giulia Santangelo and her Kestorian counterpart Walter Brenner agreed to "
            "reopen the border crossings. “This is a first step,” the Kestorian minister said.",
            "This is a first step",
            "Walter Brenner",
        ),
        # a role's phrase with "to" before the name set beside it
        (
            "Lorrence's ambassador to the U.N., Jonas Tekle, said his government was doing all it could. "
            "“We are asking for patience,” he said.",
            "We are asking",
            "Jonas Tekle",
        ),
        # a rank before a name, though the census lists "Major" as a given name
        (
            "Army spokesman Major Grace Niyonzima said government forces still held the town. "
            "“What the rebels are saying is propaganda,” she said.",
            "What the rebels",
            "Grace Niyonzima",
        ),
        # a name chosen in a clause, with a rank before it
        (
            "“The armed forces have taken responsibility for the nation,” an officer who identified "
            "himself as Captain Rolf Anders said.",
            "The armed forces",
            "Rolf Anders",
        ),
    ],
)
def test_agency_copy_names_its_speakers(annotator, body, start, speaker):
    assert one(quotes(annotator, body), start).speaker == speaker


def test_a_name_set_after_an_indefinite_role_and_its_place_is_a_person(annotator):
    # "A voter from Ohio, Janice Hill," with the name read as a building: a person, whose "she said"
    # is hers and not the moderator's.
    body = (
        "Sen. Richard Dunn took questions at a town hall moderated by Ellen Price.\n\n"
        "A voter from Ohio, Janice Hill, asked about drug prices. “I pay $400 a month for insulin,” she said."
    )
    assert one(quotes(annotator, body), "I pay").speaker == "Janice Hill"
