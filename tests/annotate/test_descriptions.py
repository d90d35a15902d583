"""People described instead of named: by their age ("the 34-year-old said") or by their party or
people ("the Republican said", "the Texan told reporters"). The speaker is the person the story
means, found from the ages it states ("Kevin Moss, 34,") or from who is in focus; never the
party word itself, and no one when the story leaves it open. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, person_names, quotes


def test_the_age_the_story_gave_names_the_person(annotator):
    body = (
        "Tom Harlan, 52, a retired carpenter from Vell, was arrested on Tuesday after a standoff with police.\n\n"
        "“I never meant to hurt anyone and I am sorry for what happened here,” the 52-year-old said "
        "outside the courthouse."
    )
    assert one(quotes(annotator, body), "I never meant").speaker == "Tom Harlan"


def test_the_age_the_story_gave_picks_the_person(annotator):
    # Two people in the paragraph; the stated ages tell them apart, not the order of mention.
    body = (
        "Police arrested Kevin Moss, 34, and Peter Lund, 19, near the depot on Saturday.\n\n"
        "“I want my lawyer and I want him right now,” the 34-year-old shouted as officers led the "
        "two men away."
    )
    assert one(quotes(annotator, body), "I want my lawyer").speaker == "Kevin Moss"


def test_an_age_describes_the_subject_before_past_a_few_quoted_words_in_its_aside(annotator):
    # (fifty-second session, football copy: the quoted word inside the "who" clause hid the verb,
    # so the scorer did not act and "the 21-year-old" was no one)
    body = (
        "Lavandou beat Valtellina 3-0 on Wednesday, with Yanis Belkacem scoring twice.\n\n"
        "“I told you,” Lavandou coach Aurelien Beaumarchais told broadcaster Prime Ballon.\n\n"
        "Belkacem, who had described missing the first leg as “torture”, opened the scoring after 11 "
        "minutes.\n\n“I dedicate the goals to my mother,” the 21-year-old said."
    )
    assert one(quotes(annotator, body), "I dedicate").speaker == "Yanis Belkacem"


def test_an_age_before_the_name_counts_too(annotator):
    body = (
        "The 27-year-old Maya Tran opened the bakery on Grove Street last spring. Her landlord, "
        "Victor Hale, raised the rent twice since then.\n\n"
        "“We sell out every morning and we still cannot cover the rent,” the 27-year-old said."
    )
    assert one(quotes(annotator, body), "We sell out").speaker == "Maya Tran"


def test_an_age_the_story_never_gave_names_no_one(annotator):
    # The person in focus is not taken for "the 52-year-old": an unnamed person may be meant.
    body = (
        "Tom Harlan, a retired carpenter from Vell, was arrested on Tuesday after a standoff with police.\n\n"
        "“I never meant to hurt anyone and I am sorry for what happened here,” the 52-year-old said "
        "outside the courthouse."
    )
    assert one(quotes(annotator, body), "I never meant").speaker is None


def test_an_age_nobody_in_the_story_has_names_no_one(annotator):
    body = (
        "Kevin Moss, 34, was charged with burglary on Saturday.\n\n"
        "“He was always a quiet neighbour and I never expected anything like this,” the 61-year-old "
        "said."
    )
    assert one(quotes(annotator, body), "He was always").speaker is None


def test_an_age_before_a_noun_is_that_nouns_phrase(annotator):
    # "the 41-year-old mother of three": the head is "mother", resolved as a description already.
    body = (
        "Maria Lopez, 41, lost her home in the fire on Elm Road.\n\n"
        "“Everything we owned is gone, but my children are safe and that is all that matters,” the "
        "41-year-old mother of three said."
    )
    assert one(quotes(annotator, body), "Everything we owned").speaker == "Maria Lopez"


def test_an_age_nobody_else_has_is_the_speaker_in_focus(annotator):
    # The story gives the age only here: the description adds it to the person who just spoke.
    body = (
        "Firefighters fought a warehouse blaze on Dock Street until dawn on Tuesday.\n\n"
        "Resident Marisol Quintero said she woke to the smell of smoke and ran outside with her dog. "
        "“The whole sky was orange and the sirens never stopped,” said the 47-year-old."
    )
    assert one(quotes(annotator, body), "The whole sky").speaker == "Marisol Quintero"


@pytest.mark.parametrize(
    "unnamed",
    ["A 19-year-old passenger was taken to Mercy Hospital.", "A passenger, 19, was taken to Mercy Hospital."],
)
def test_an_age_an_unnamed_person_has_is_not_the_name_in_focus(annotator, unnamed):
    body = (
        f"Two cars collided on Route 9 on Friday night. {unnamed}\n\n"
        "Officer Dana Whitlock said the road was icy and the lights at the junction were out.\n\n"
        "“I never saw the other car until it hit us,” the 19-year-old said."
    )
    assert one(quotes(annotator, body), "I never saw").speaker is None


def test_an_age_is_not_the_person_in_focus_the_story_gave_another(annotator):
    body = (
        "Two cars collided on Route 9 on Friday night.\n\n"
        "Officer Dana Whitlock, 52, said the road was icy and the lights at the junction were out.\n\n"
        "“I never saw the other car until it hit us,” the 19-year-old said."
    )
    assert one(quotes(annotator, body), "I never saw").speaker is None


@pytest.mark.parametrize(
    ("lead", "described", "speaker"),
    [
        ("Senator Carl Weston spoke to voters in Ashby on Friday.", "the Republican said", "Carl Weston"),
        ("Representative Joan Miller toured the flooded area on Sunday.", "the Democrat told reporters", "Joan Miller"),
        ("Governor Dale Ricks signed the water bill on Monday.", "the Texan said", "Dale Ricks"),
        # a term or a rank before the party word: "the first-term Democrat", "the freshman Republican"
        ("Mayor Ines Portal opened the new library on Tuesday.", "the first-term Democrat said", "Ines Portal"),
        (
            "Representative Joan Miller toured the flooded area on Sunday.",
            "the two-term Republican said",
            "Joan Miller",
        ),
        ("Senator Carl Weston spoke to voters in Ashby on Friday.", "the freshman Republican said", "Carl Weston"),
        ("Senator Carl Weston spoke to voters in Ashby on Friday.", "the veteran Democrat said", "Carl Weston"),
        # an age written as an adjective (five tokens), and a city the model reads as an organisation
        ("Senator Carl Weston spoke to voters in Ashby on Friday.", "the 58-year-old Republican said", "Carl Weston"),
        ("Representative Joan Miller spoke to the party on Saturday.", "the Knoxville Republican said", "Joan Miller"),
    ],
)
def test_a_party_or_people_word_is_the_person_in_focus(annotator, lead, described, speaker):
    body = lead + "\n\n“No family should have to wait this long for help from the government,” " + described + "."
    assert one(quotes(annotator, body), "No family should").speaker == speaker


def test_a_party_word_is_never_the_speaker_itself(annotator):
    # Two people of whom neither is in clear focus: no one, rather than "Republican".
    body = (
        "Ann Lowe and Ben Carr debated in Ashby on Friday.\n\n"
        "“We need to bring the factories back and we need to do it this year,” the Republican said."
    )
    assert one(quotes(annotator, body), "We need to bring").speaker != "Republican"


def test_the_party_tied_to_a_name_picks_the_person(annotator):
    body = (
        "Republican Senator Carl Weston and Democratic Senator Ruth Adler met in Ashby on Friday. "
        "Adler spoke first.\n\n"
        "“We need to bring the factories back and we need to do it this year,” the Republican said."
    )
    assert one(quotes(annotator, body), "We need to bring").speaker == "Carl Weston"


def test_a_party_word_means_the_public_figure_in_focus(annotator):
    # The attorney general has done nothing but "be in Toledo" (no active verb), unlike a victim
    # a later "the clerk said" must not mean; a party word describes a public figure all the same.
    body = (
        "Marla Hendricks spent Tuesday in Dayton.\n\n"
        "State Attorney General Ben Okafor was in Toledo. “She has never once stood up for working "
        "people in this state,” the Democrat said."
    )
    assert one(quotes(annotator, body), "She has never once").speaker == "Ben Okafor"


def test_a_party_word_is_not_someone_of_another_party(annotator):
    # Hendricks, tied to the Republicans, spoke last before the rival's paragraph: "the Democrat"
    # is the rival, and "the former prosecutor" goes on with him once he has spoken.
    body = (
        "Marla Hendricks, the Republican nominee for governor, spent Tuesday in Dayton.\n\n"
        "“We are going to bring these jobs back, and fast,” the GOP nominee told a crowd.\n\n"
        "Her rival, state Attorney General Ben Okafor, was in Toledo. “She has never once stood up "
        "for working people in this state,” the Democrat said.\n\n"
        "The former prosecutor added that Hendricks “has taken more money from the utilities than "
        "anyone in state history.”"
    )
    found = quotes(annotator, body)
    assert one(found, "She has never once").speaker == "Ben Okafor"
    assert one(found, "has taken more money").speaker == "Ben Okafor"


def test_a_home_state_picks_the_person_of_that_state(annotator):
    # The nominee is in clear focus, but "the Virginia Democrat" is the senator introduced from
    # Virginia, not her.
    body = (
        "Former Secretary of State Nora Vance spoke in Allentown on Monday.\n\n"
        "The Democratic presidential nominee took aim at her opponent’s tax plan.\n\n"
        "“He wants to hand another giant tax cut to people exactly like himself,” the former first lady said.\n\n"
        "Her running mate, Virginia Sen. Hal Kearney, spoke before her.\n\n"
        "“She has spent a lifetime standing up for children and their parents,” the Virginia Democrat said."
    )
    found = quotes(annotator, body)
    assert one(found, "He wants to hand").speaker == "Nora Vance"
    assert one(found, "She has spent a lifetime").speaker == "Hal Kearney"


@pytest.mark.parametrize(
    ("tagged", "described", "speaker"),
    [
        ("Sen. Hal Kearney (D-Va.)", "the Virginia senator", "Hal Kearney"),
        ("Sen. Roy Tollan (R-Texas)", "the Republican", "Roy Tollan"),
        ("Rep. Roy Tollan, R-N.C.,", "the North Carolina congressman", "Roy Tollan"),
    ],
)
def test_a_party_and_state_tag_ties_party_and_home_state(annotator, tagged, described, speaker):
    # Gov. Vance has the focus; the tag after the other name says which party and state are his.
    body = (
        f"{tagged} met Gov. Nora Vance on Monday, and Vance spoke to reporters afterward about the storm.\n\n"
        "“We need the relief money right now, not at the end of next year,” Vance said.\n\n"
        f"“I will not vote to hand anyone a blank check for this,” {described} said."
    )
    assert one(quotes(annotator, body), "I will not vote").speaker == speaker


@pytest.mark.parametrize(
    ("described", "speaker"),
    [("the Idaho senator", "Wren Castellano"), ("the Oregon senator", None)],
)
def test_a_state_after_of_ties_the_home_state(annotator, described, speaker):
    # "of Idaho" after the name places her: "the Oregon senator" is someone the story does not
    # name, not the only senator it does.
    body = (
        "Sen. Wren Castellano of Idaho questioned the nominee about grazing leases for an hour, and "
        "other members of the committee followed.\n\n"
        f"“He could not tell us who would pay for any of it,” {described} said."
    )
    assert one(quotes(annotator, body), "He could not tell").speaker == speaker


def test_a_title_is_not_the_spokeswoman_in_focus(annotator):
    # The spokeswoman is the last person named, but "the former ambassador" is someone else (here,
    # her principal, whom nothing in the story calls an ambassador): no speaker rather than her.
    body = (
        "Ivo Marchetti criticised Lena Dahl's record on trade at a rally on Saturday.\n\n"
        "Dahl's campaign answered within the hour. “He is inventing her record again,” spokeswoman "
        "Rosa Ilie said.\n\n"
        "“I have never supported that agreement,” the former ambassador said later."
    )
    found = quotes(annotator, body)
    assert one(found, "He is inventing").speaker == "Rosa Ilie"
    assert one(found, "I have never supported").speaker != "Rosa Ilie"


@pytest.mark.parametrize(
    "introduced",
    [
        "Ivo Marchetti's campaign manager, Kay Conlan,",
        "Kay Conlan, Ivo Marchetti's campaign manager,",
        "Kay Conlan, Ivo Marchetti's senior adviser,",
    ],
)
def test_a_nominee_is_not_the_person_who_manages_their_campaign(annotator, introduced):
    # Conlan is the person in focus, but a role she holds for Marchetti says she is not "the
    # Republican nominee" the story quotes next: that is Marchetti.
    body = (
        f"{introduced} went on cable news on Sunday.\n\n"
        "She said Marchetti would debate. “He is looking forward to it,” she said.\n\n"
        "The Republican nominee posted later: “I will be there!”"
    )
    found = quotes(annotator, body)
    assert one(found, "He is looking forward").speaker == "Kay Conlan"
    assert one(found, "I will be there").speaker == "Ivo Marchetti"


@pytest.mark.parametrize(
    ("reporter", "speaker"),
    [("the spokesperson said", "Ridgeline Academy"), ("a police spokeswoman said", None)],
)
def test_she_after_a_description_reporting_the_sentence_is_the_reporter(annotator, reporter, speaker):
    # The sentence before is about the victim but closes with who reported it: "She said" goes
    # on with the reporter (the academy's spokesperson; an unnamed police spokeswoman), not the victim.
    body = (
        "The victim was identified as Carla Moor by a spokesperson for Ridgeline Academy, where she taught. "
        f"Carla had taught there for a year before leaving to raise her son, {reporter}.\n\n"
        "She said the whole staff is “heartbroken and in shock” after the news."
    )
    assert one(quotes(annotator, body), "heartbroken").speaker == speaker


@pytest.mark.parametrize("identified", ["identified as Lina Moss", "identified by the Herald as Lina Moss"])
def test_a_description_identified_as_a_name_is_that_person(annotator, identified):
    # The chief is in focus; the victim the participle names is who "she" means after.
    body = (
        "Police Chief Dana Brook said the gunman fled on foot.\n\n"
        f"The victim, {identified}, 41, said she had never seen him before. “He looked like a "
        "police officer,” she said."
    )
    assert one(quotes(annotator, body), "He looked like").speaker == "Lina Moss"


@pytest.mark.parametrize("description", ["The Republican nominee", "The candidate", "The billionaire"])
def test_a_role_is_not_the_spokesman_in_focus(annotator, description):
    # Only the spokesman is named as a person; the nominee who then posts is his principal, so
    # the "he" after the description is not the spokesman (his principal, or no one).
    body = (
        "Campaign spokesman Owen Farrant dismissed the newspaper's account of the donors' dinner.\n\n"
        "“The dinner never took place and the paper knows it,” Farrant said in an email.\n\n"
        f"{description} went on social media late on Friday to attack the paper. “They will print "
        "anything to sell a few copies,” he wrote."
    )
    found = quotes(annotator, body)
    assert one(found, "The dinner never").speaker == "Owen Farrant"
    assert one(found, "They will print").speaker != "Owen Farrant"


def test_a_party_modifier_picks_the_nominee_of_that_party(annotator):
    # Both are nominees; Marchetti is the subject right before, but "the GOP nominee" is the one
    # the story called a Republican, and "the Democratic nominee" the other.
    body = (
        "Republican nominee Marla Hendricks and Democratic nominee Ivo Marchetti spent Monday in the "
        "river counties.\n\n"
        "Marchetti toured a steel mill in the morning. “We are going to reopen the mills that closed,” the "
        "GOP nominee told a crowd in Harlow.\n\n"
        "“Every family deserves a raise, not a lecture,” the Democratic nominee said in Pell City."
    )
    found = quotes(annotator, body)
    assert one(found, "We are going to reopen").speaker == "Marla Hendricks"
    assert one(found, "Every family deserves").speaker == "Ivo Marchetti"


def corrigan_said(
    annotator, description: str, introduced: str = "a New York businessman and former governor"
) -> str | None:
    """Who "“We will win Ohio …,” <description> said." is, after a sentence introducing Corrigan."""
    body = (
        f"Vance Corrigan, {introduced}, spoke to voters in Dayton on Tuesday.\n\n"
        f"“We will win Ohio, believe me,” {description} said."
    )
    return one(quotes(annotator, body), "We will win Ohio").speaker


@pytest.mark.parametrize(
    "description",
    [
        # The model tags "Republican" as a people (NORP); the story tied Corrigan to New York. The
        # party word is the party test's (the story gave him none), no people or place he is not of.
        "the Republican hopeful",
        "the presumptive Republican nominee",
        # Epithets for a public figure, as "the tycoon" is.
        "the populist",
        "the firebrand",
        "the septuagenarian",
        "the political novice",
        "the outsider",
        # The tokenizer splits "businessman-turned-politician" into five tokens; the compound is one
        # noun phrase opened by "the", whose head is its last word.
        "the businessman-turned-politician",
        "the candidate-turned-author",
    ],
)
def test_a_description_of_the_one_public_figure_in_focus_is_him(annotator, description):
    assert corrigan_said(annotator, description) == "Vance Corrigan"


@pytest.mark.parametrize("description", ["the Harvard-educated lawyer", "the New York-based lawyer"])
def test_a_name_inside_a_compound_adjective_owns_no_description(annotator, description):
    # "the Harvard-educated lawyer" is no lawyer for Harvard, as "the Acme lawyer" may be; the
    # story named no lawyer, so the speaker stays unknown.
    speaker = corrigan_said(annotator, description, introduced="a businessman and former governor")
    assert speaker not in ("Harvard", "New York")


@pytest.mark.parametrize("noun", ["tycoon", "financier", "philanthropist"])
def test_a_business_epithet_refers_back_to_the_one_person_in_focus(annotator, noun):
    body = (
        "Marcus Delmont, the founder of Harwell Motors, has given to the campaign since the spring.\n\n"
        f"“I give because I believe in her plan for the factories,” the {noun} wrote in a blog post."
    )
    assert one(quotes(annotator, body), "I give because").speaker == "Marcus Delmont"


def test_a_plural_party_word_stays_a_group(annotator):
    body = (
        "The council voted on the budget late on Tuesday.\n\n"
        "“This budget raises taxes on every family in the county and we will not support it,” the "
        "Republicans said in a statement."
    )
    assert one(quotes(annotator, body), "This budget raises").speaker == "Republicans"


@pytest.mark.parametrize(
    "issued",
    [
        "announced the layoffs in a memo to staff on Wednesday",
        "announced the layoffs through a memo to staff on Wednesday",
        "issued a memo to staff on Wednesday",
    ],
)
def test_a_document_the_subject_issued_speaks_for_them(annotator, issued):
    # "X announced … in a memo": the memo is X's, so "the memo said" is X speaking.
    body = (
        f"Laura Finch, the company's chief executive, {issued}.\n\n"
        "“This is the most difficult decision I have had to make since I joined the company,” the memo said."
    )
    assert one(quotes(annotator, body), "This is the most").speaker == "Laura Finch"


def test_a_document_written_after_a_long_apposition_is_the_subjects(annotator):
    # The comma closing the apposition before "wrote" does not make "wrote a letter" an inverted
    # cue whose subject is the letter: the letter is the object, and the coach wrote it.
    body = (
        "The boy's swim coach, Petra Halvorsen of the Eastside Aquatic Club of Duluth, wrote a long letter "
        "describing him as the first to arrive at practice.\n\n"
        "“He never once complained about the cold water,” the letter read."
    )
    assert one(quotes(annotator, body), "He never once").speaker == "Petra Halvorsen"


def test_a_document_someone_else_wrote_is_not_the_subjects(annotator):
    # The subject read the memo; nothing ties it to her: no speaker rather than the reader.
    body = (
        "Laura Finch read about the layoffs in a memo on Wednesday.\n\n"
        "“This is the most difficult decision I have had to make since I joined the company,” the memo said."
    )
    assert one(quotes(annotator, body), "This is the most").speaker is None


def test_a_document_released_by_someone_else_is_theirs(annotator):
    # The coach spoke through the university's statement; what "the statement said" later is the
    # university's, not the coach's words.
    body = (
        "Coach Dan Petit resigned on Monday after ten seasons.\n\n"
        "“It is time for someone else to lead this team, and I am proud of what we built,” Petit said in "
        "a statement released by the university.\n\n"
        "The university thanked him for his service. “Dan gave this program everything he had,” the "
        "statement said."
    )
    found = quotes(annotator, body)
    assert one(found, "It is time").speaker == "Dan Petit"
    assert one(found, "Dan gave this").speaker != "Dan Petit"


def test_the_spokesman_is_the_spokesman_the_story_named(annotator):
    # The spokesman was named in an aside; "the spokesman" later is him, not an unnamed voice.
    body = (
        "The Ruiz campaign on Wednesday accused the committee of stalling.\n\n"
        "“This is a partisan exercise meant to distract voters,” said Brian Falk, a spokesman for the "
        "campaign.\n\n"
        "The spokesman added that the committee “has now spent two years chasing a story that is not there.”"
    )
    assert one(quotes(annotator, body), "has now spent").speaker == "Brian Falk"


def test_a_police_rank_is_not_the_mayor(annotator):
    # The sergeant is in focus, but "the mayor" is an office she does not hold: someone unnamed.
    body = (
        "“We are asking anyone with information to come forward right away,” Sgt. Ann Kole said.\n\n"
        "The mayor said “we will rebuild this neighbourhood from the ground up” at the meeting."
    )
    assert one(quotes(annotator, body), "we will rebuild").speaker is None


def test_a_body_of_the_organisation_the_phrase_names(annotator):
    # The paper's editorial board speaks for the paper, not for the broadcaster in focus.
    body = (
        "CNN later confirmed the report.\n\n"
        "The New York Times editorial board weighed in, writing that the nominee “has shown no "
        "interest in learning the basics of the job.”"
    )
    assert one(quotes(annotator, body), "has shown no").speaker == "New York Times"


def test_the_former_and_the_latter_are_the_two_named_last(annotator):
    body = (
        "Senators Ruth Alden and Carl Becker met with the families on Thursday.\n\n"
        "“We owe these families answers, and we owe them now,” the latter said after the meeting.\n\n"
        "Alden and Becker have clashed before. The former has called the agency “broken beyond repair "
        "and in need of new leadership.”"
    )
    found = quotes(annotator, body)
    assert one(found, "We owe these").speaker == "Carl Becker"
    assert one(found, "broken beyond").speaker == "Ruth Alden"


def test_the_head_of_a_named_body_is_not_the_person_in_focus(annotator):
    # "The president of the Harbor Police Guild" is someone the phrase introduces: "he calls" is
    # his, not the mayor's, the captain's or the store's spokeswoman's.
    body = (
        "“We decided to close the store at night for now,” said spokeswoman Ann Merrow.\n\n"
        "Mayor Ed Marr and Capt. Paul Dunn met with residents about the shootings.\n\n"
        "The president of the Harbor Police Guild went on the radio to attack what he calls “a quiet "
        "burial of the report showing the city is short of officers.”"
    )
    assert one(quotes(annotator, body), "a quiet burial").speaker is None


def test_an_occupation_refers_back_to_the_person_in_focus(annotator):
    # "the Starlight star": the actress in focus (occupations.txt); before, "star" was no person noun.
    body = (
        "Actress Nell Corrigan checked into a clinic in Malibu on Tuesday, her publicist said.\n\n"
        "Corrigan, 41, told a magazine last spring that she had cut back on late nights.\n\n"
        "Pressed on whether the old days were over, the Starlight star said, “I have had my fun, and "
        "now I want some quiet!”"
    )
    assert one(quotes(annotator, body), "I have had my fun").speaker == "Nell Corrigan"


def test_an_occupation_is_not_someone_the_story_gave_another(annotator):
    # The model misses the quarterback's name; "the quarterback" is then no one, not the anchor in focus.
    # (Guard: it passed before too, when "quarterback" was no person noun at all.)
    body = (
        "Fox anchor Bret Lowry pressed the candidate on the numbers during Sunday’s interview.\n\n"
        "“Are you worried that you are losing suburban women?” the anchor asked.\n\n"
        "Quarterback Dion Mayes, who has endorsed the governor, appeared at the rally too.\n\n"
        "“He has always had our backs,” the quarterback told the crowd."
    )
    found = quotes(annotator, body)
    assert one(found, "Are you worried").speaker == "Bret Lowry"
    assert one(found, "He has always").speaker != "Bret Lowry"


def test_an_occupation_before_a_name_is_no_part_of_it(annotator):
    names = person_names(annotator, "Rapper Kip Vandell was arrested on Friday, and Trooper Ann Hakes made the arrest.")
    assert "Kip Vandell" in names and "Ann Hakes" in names


def test_an_occupation_before_a_name_the_model_missed_makes_a_person(annotator):
    # The model tags nothing on "Dion Mayes"; the occupation before it makes the name a person's,
    # whom "the quarterback" then refers back to.
    body = (
        "Fox anchor Bret Lowry pressed the candidate on the numbers during Sunday’s interview.\n\n"
        "Quarterback Dion Mayes, who has endorsed the governor, appeared at the rally too.\n\n"
        "“He has always had our backs,” the quarterback told the crowd."
    )
    assert one(quotes(annotator, body), "He has always").speaker == "Dion Mayes"


def test_a_plural_title_abbreviation_ends_no_sentence(annotator):
    # "Sens." before two names: its full stop ended the sentence, and the quotation lost its cue.
    body = (
        "The bill passed on Tuesday.\n\n"
        "“This is a good day for the families of this state,” Sens. Ann Roe and Ben Hale said in a joint statement."
    )
    quote = one(quotes(annotator, body), "This is a good day")
    assert quote.cue == "said" and quote.speaker in ("Ann Roe", "Ben Hale")


@pytest.mark.parametrize("title", ["Ald.", "Amb.", "Tpr.", "Sup.", "Brig. Gen."])
def test_abbreviated_titles_of_local_and_political_copy_end_no_sentence(annotator, title):
    body = (
        "The vote was held on Tuesday.\n\n"
        f"“This is a good day for the families of this ward,” {title} Ann Roe said. “We will keep at it.”"
    )
    assert [q.speaker for q in quotes(annotator, body)] == ["Ann Roe", "Ann Roe"]


def test_a_party_word_is_not_the_spokesman_in_focus(annotator):
    body = (
        "Speaker Ross Tillman said on Tuesday that he would skip the convention. His spokesman, "
        "Brent Aldous, said the decision was final.\n\n"
        '"The speaker has made up his mind and he is comfortable with it," Aldous said.\n\n'
        "But the Ohio Republican left the door open. "
        '"We will see where things stand in a month," he said.'
    )
    assert one(quotes(annotator, body), "We will see").speaker == "Ross Tillman"


def test_a_frontrunner_is_the_candidate_in_focus(annotator):
    body = (
        "Nora Vandermeer campaigned across Iowa on Saturday. "
        '"We are going to win this state and then we are going to win the whole thing," '
        "the Democratic frontrunner told the crowd."
    )
    assert one(quotes(annotator, body), "We are going").speaker == "Nora Vandermeer"


def test_a_party_word_is_not_the_named_spokesman(annotator):
    body = (
        "Speaker Ross Tillman said on Tuesday that he would skip the convention. Tillman's spokesman, "
        "Brendan Keogh, said the decision was final.\n\n"
        '"The speaker has made up his mind and he is comfortable with it," Keogh said.\n\n'
        "But the Ohio Republican left the door open. "
        '"We will see where things stand in a month," he said.'
    )
    assert one(quotes(annotator, body), "We will see").speaker == "Ross Tillman"


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        ("the governor of Nebraska", "Ansel Draper"),
        ("the man from Nebraska", None),
        ("the independent from Nebraska", None),
    ],
)
def test_a_place_after_a_description_is_not_the_speaker(annotator, description, speaker):
    body = (
        "Gov. Ansel Draper toured a flooded farm near Omaha on Monday. "
        f'"We will rebuild every road and every bridge that was lost," {description} said.'
    )
    assert one(quotes(annotator, body), "We will rebuild").speaker == speaker


def test_a_two_word_people_word_is_the_person_in_focus(annotator):
    body = (
        'Sen. Lindsey Gorham said he would back the bill. "It is not ideal, but it is the best we can do," '
        'Gorham said. The South Carolinian added that the House version was "a recipe for another shutdown."'
    )
    assert one(quotes(annotator, body), "a recipe for").speaker == "Lindsey Gorham"


@pytest.mark.parametrize("described", ["the Grammy winner", "the two-time champion", "the gold medalist"])
def test_an_honour_noun_is_the_person_in_focus(annotator, described):
    body = (
        "Singer Lana Brooks did not mince words about the travel ban on Sunday.\n\n"
        f"In an Instagram post, {described} wrote that the order was “un-American and cruel to the core.”"
    )
    assert one(quotes(annotator, body), "un-American").speaker == "Lana Brooks"


def test_the_platform_of_a_post_is_not_its_author(annotator):
    # (a description the story never tied leaves the words to no one, not to "Instagram")
    body = (
        "Singer Lana Brooks did not mince words about the travel ban on Sunday.\n\n"
        "In an Instagram post, the crooner wrote that the order was “un-American and cruel to the core.”"
    )
    assert one(quotes(annotator, body), "un-American").speaker is None


@pytest.mark.parametrize(
    ("tags", "described", "speaker"),
    [
        ("Rep. Ann Boyle (D-Calif.) and Rep. Tom Grady (R-Texas)", "the Texan", "Tom Grady"),
        ("Sen. Ellen Voss (R-Maine) and Sen. Ray Dunn (I-Vt.)", "the Vermonter", "Ray Dunn"),
        ("Sen. Ray Dunn (I-Vt.) and Sen. Ellen Voss (R-Maine)", "the Mainer", "Ellen Voss"),
    ],
)
def test_a_states_people_word_is_the_one_tied_to_that_state(annotator, tags, described, speaker):
    # (the Texan was the Californian before; "the Vermonter" was an organisation that spoke)
    body = f"{tags} sparred on the House floor on Wednesday.\n\n“It is the law of the land,” {described} replied."
    assert one(quotes(annotator, body), "It is the law").speaker == speaker


@pytest.mark.parametrize(
    ("lead", "described", "speaker"),
    [
        (
            "Senate Minority Leader Nina Ruiz and Majority Leader Walt Hines traded barbs on Tuesday.",
            "the minority leader",
            "Nina Ruiz",
        ),
        (
            "Rep. Nina Ruiz, the House minority whip, and Walt Hines, the majority whip, met on Tuesday.",
            "the minority whip",
            "Nina Ruiz",
        ),
        ("Senate Majority Leader Walt Hines spoke on Tuesday.", "the leader", "Walt Hines"),  # (guard)
        (  # the one the story called the senior senator, though the other was named last
            "Sen. Tom Hale, the state's senior senator, and Sen. Ann Roe, its junior senator, met on Monday.",
            "the senior senator",
            "Tom Hale",
        ),
    ],
)
def test_majority_and_minority_make_two_offices_of_one_title(annotator, lead, described, speaker):
    body = f"{lead}\n\n“We will vote on the bill next week, whatever happens,” {described} said."
    assert one(quotes(annotator, body), "We will vote").speaker == speaker


def test_a_party_in_a_description_means_a_public_figure_who_need_not_have_acted(annotator):
    # (a role alone, "the clerk said", is the person in focus only if the story had them act)
    body = (
        "Gov. Lisa Pratt was in Florida on Monday.\n\n"
        "The Democratic nominee told supporters that the election was “a choice between two visions of the country.”"
    )
    assert one(quotes(annotator, body), "a choice between").speaker == "Lisa Pratt"


@pytest.mark.parametrize("named", ["Marla Hendricks", "Hendricks", "Marla"])
def test_a_description_saying_a_quotation_is_not_a_person_it_names(annotator, named):
    # Hendricks is the subject right before; the nominee who says her name is the other nominee.
    body = (
        "Ivo Marchetti toured a steel mill on Monday. Marla Hendricks spoke to farmers in Dayton.\n\n"
        f"“{named} has no plan for these mills,” the nominee said."
    )
    assert one(quotes(annotator, body), named).speaker == "Ivo Marchetti"


@pytest.mark.parametrize(
    "described",
    [
        "the front-runner",
        "the president-elect",
        "the Queens native",
        "the political newcomer",
        "the retired neurosurgeon",
        "the self-described democratic socialist",
    ],
)
def test_campaign_epithets_refer_back_to_the_candidate_in_focus(annotator, described):
    # The tokenizer splits "front-runner" and "president-elect" ("president", "-", "elect"), and
    # "native", "newcomer" and "neurosurgeon" were no role nouns: each named no one.
    body = f"Nora Vance spoke in Ohio on Friday.\n\n“We are going to bring back the jobs,” {described} said."
    assert one(quotes(annotator, body), "We are going to bring").speaker == "Nora Vance"


@pytest.mark.parametrize(
    "introduced",
    [
        "Gov. Ruth Mallory's chief of staff, Ari Penn,",
        "Ari Penn, Gov. Ruth Mallory's senior adviser,",
        "Mallory spokesman Ari Penn",
    ],
)
def test_the_aide_is_the_staffer_the_story_named(annotator, introduced):
    # The story never called Penn an "aide"; a role held for Mallory makes him one.
    body = f"{introduced} met with the union on Monday.\n\n“We are close to a deal,” the aide said afterward."
    assert one(quotes(annotator, body), "We are close").speaker == "Ari Penn"


@pytest.mark.parametrize(("reflexive", "speaker"), [("herself", "Marla Hendricks"), ("himself", "Tom Marchetti")])
def test_a_reflexive_after_a_description_tells_its_gender(annotator, reflexive, speaker):
    # Marchetti is the subject right before; "the nominee herself" is the woman in focus.
    body = (
        "Marla Hendricks spoke in Dayton on Monday. Tom Marchetti toured the county.\n\n"
        f"“We are going to reopen the mills,” the nominee {reflexive} said."
    )
    assert one(quotes(annotator, body), "We are going to reopen").speaker == speaker


@pytest.mark.parametrize(
    "lead",
    ["He answered questions from the prosecutor for two hours.", "He was questioned by the prosecutor for two hours."],
)
def test_a_description_is_not_the_subject_of_its_own_sentence(annotator, lead):
    # "He answered questions from the prosecutor": the prosecutor is not he (a description does
    # not refer to the subject of its own clause), so the prosecutor who asks next is no one named.
    body = (
        f"Bruce Nelson took the stand on Wednesday. {lead}\n\n"
        "“Did you see the gun?” the prosecutor asked.\n\n“No, I never saw it,” Nelson said."
    )
    found = quotes(annotator, body)
    assert one(found, "Did you see").speaker is None
    assert one(found, "No, I never").speaker == "Bruce Nelson"


def test_an_age_that_opens_an_apposition_is_the_named_persons(annotator):
    # "Corrigan, a 70-year-old developer," gives him the age as "Corrigan, 70," does.
    speaker = corrigan_said(annotator, "the 70-year-old", introduced="a 70-year-old developer from New York")
    assert speaker == "Vance Corrigan"


@pytest.mark.parametrize(
    "opening",
    [
        "Voters in Ohio have heard a lot from Ruth Ames this year. The former senator has visited the state 14 times.",
        "The debate moderator pressed Ruth Ames on trade. The senator did not flinch.",
    ],
)
def test_an_elected_office_refers_back_to_the_public_figure_the_story_named_as_no_agent(annotator, opening):
    # Crime copy's safeguard ("the clerk said" after a victim things were done to is someone
    # else) does not hold for an elected office: a senator the voters heard from is the senator.
    body = f"{opening}\n\n“Ohio decides elections,” she said at a stop in Akron."
    assert one(quotes(annotator, body), "Ohio decides elections").speaker == "Ruth Ames"


def test_a_pronoun_far_from_an_officeholder_named_only_as_an_owner_is_hers(annotator):
    # She never acted (only "Aldana's budget"), and a paragraph of background has let her fall out
    # of focus; an elected office makes her the newsmaker the "she" means, not a victim.
    body = (
        "Gov. Sue Aldana's budget cuts $2 billion from schools.\n\n"
        "Teachers' unions have vowed to fight the plan. The state's largest union plans a rally on "
        "Saturday. Its members have been without a contract since June. Class sizes have grown by a "
        "fifth since 2010, according to state data. Several districts have closed schools.\n\n"
        "“We have made hard choices,” she said."
    )
    assert one(quotes(annotator, body), "We have made hard").speaker == "Sue Aldana"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Nguyen Thanh Long, the trade minister, arrived in Tokyo on Monday for talks on tariffs.",
            "Nguyen Thanh Long",
        ),
        # (two people of no known gender: either may be meant)
        ("Nguyen Thanh Long met Nemmet Oduya in Tokyo on Monday for talks on tariffs.", None),
    ],
)
def test_a_pronoun_far_from_the_one_person_of_unknown_gender_is_theirs(annotator, opening, speaker):
    body = (
        f"{opening}\n\n"
        "Japan has resisted lowering the tariffs for two decades. Its farmers are a powerful lobby, and "
        "the ruling party depends on rural votes. Previous rounds of talks ended without a deal.\n\n"
        "“We are hopeful this time,” he said."
    )
    assert one(quotes(annotator, body), "We are hopeful").speaker == speaker


@pytest.mark.parametrize("noun", ["fighter", "rebel", "guerrilla", "militant", "insurgent"])
def test_conflict_copy_refers_back_to_a_fighter_by_what_he_does(annotator, noun):
    # War copy calls a fighter it named "the rebel", "the fighter"; the quotation after his
    # reported speech is his, as after "the commander said".
    body = (
        "Tomas Verin, in his late twenties and carrying a rifle, was met by his mother at the gate.\n\n"
        "Verin joked that his cousin had joined the unit too.\n\n"
        f"The {noun}, standing beside a truck, said a new code was now needed to keep order.\n\n"
        "“The shooting is over if the deal holds. Only the code can keep the peace.”"
    )
    assert one(quotes(annotator, body), "The shooting is over").speaker == "Tomas Verin"


def test_a_former_officeholder_keeps_the_place_of_his_title(annotator):
    # "Former Massachusetts Gov. Bill Welk", named just after, is of Massachusetts: "the former New
    # Mexico governor" before him is the man in focus.
    body = (
        "Gary Jensen was asked about the siege at a forum on Thursday.\n\n"
        "“I feel terrible about that answer,” the former New Mexico governor said.\n\n"
        "Former Massachusetts Gov. Bill Welk defended him on Friday."
    )
    assert one(quotes(annotator, body), "I feel terrible").speaker == "Gary Jensen"


def test_a_ranked_staff_noun_refers_back_to_the_one_given_it(annotator):
    # "Sue Aldana, a former aide," ties her to "former aide"; "the former aide said" is she.
    body = (
        "Sue Aldana, a former aide, said that moment in the senator's office was typical.\n\n"
        "“He got things done when nobody else could,” the former aide said."
    )
    assert one(quotes(annotator, body), "He got things done").speaker == "Sue Aldana"


def test_a_description_after_a_quotation_is_its_speaker_before_a_name_given_later(annotator):
    # "“…,” said Ann Roe, director of the poll. “…,” the pollster said." is Roe's, though the
    # story goes on to call another man "a Republican pollster".
    body = (
        "“It is a coin flip,” said Ann Roe, director of the Pinewood poll.\n\n"
        "“If they show up, Morrow wins,” the pollster said.\n\n"
        "David Kessler, a Republican pollster, said the numbers were “remarkably resilient.”"
    )
    assert one(quotes(annotator, body), "If they show up").speaker == "Ann Roe"


def test_a_description_may_still_anticipate_a_name_given_soon_after(annotator):
    # (guard) with no quotation just before it, "the police chief" is the chief named next.
    body = (
        "Mayor Dale Brink spoke at the scene on Friday.\n\n"
        "“We have no suspects yet,” the police chief told reporters.\n\n"
        "Police Chief Ann Roe said the victims were in stable condition."
    )
    assert one(quotes(annotator, body), "We have no suspects").speaker == "Ann Roe"


def test_a_capitalised_service_noun_is_a_description_of_the_one_in_focus(annotator):
    # "The former Marine" is read as an organisation by the model; it is Duval, not "Marine".
    body = (
        "Claire Duval, a former Marine officer, is running for governor.\n\n"
        "The former Marine, for her part, told reporters she was “not worried” about the spending."
    )
    assert one(quotes(annotator, body), "not worried").speaker == "Claire Duval"


@pytest.mark.parametrize("noun", ["lawyer", "spokeswoman"])
def test_a_spokes_noun_said_of_the_subject_is_the_subject(annotator, noun):
    # "Rachel Huang is a lawyer": what she is, not someone a lawyer speaks for; "the lawyer said" is she.
    body = f"Rachel Huang is a {noun}.\n\n“It is time for a new generation of leaders,” the {noun} said."
    assert one(quotes(annotator, body), "It is time").speaker == "Rachel Huang"


def test_a_she_after_the_descriptions_cue_tells_its_gender(annotator):
    # "Grant's running mate said as she left": a woman, not the man quoted just before.
    body = (
        "“They take this community for granted,” Gov. Lisa Harmon of Kansas said.\n\n"
        "The Democratic nominee, Sen. Paul Whitaker, has spent heavily on advertising in Florida.\n\n"
        "“We are not taking anything for granted,” Mr. Whitaker said in Orlando.\n\n"
        "“Florida is Grant country,” Grant's running mate said as she left."
    )
    assert one(quotes(annotator, body), "Florida is Grant").speaker == "Lisa Harmon"
