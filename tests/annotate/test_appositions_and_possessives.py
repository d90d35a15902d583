"""Who a later "he said" means, when the story named the speaker in an apposition or kept him in
focus only through "his": "A co-owner of the bakery, Omar Fitch, says …", "the girl's father,
Brock, told the court …", "Len Ostrow spoke to reporters. His jacket was torn …". And a clause
that shares its subject with the one before ("…, but was sure he had “…”") does not take
the quotation from the cue's subject. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.kin_names import names_after_kin
from pipeline.model import Story
from tests.annotate.helpers import one, quotes


def test_a_name_set_off_after_a_described_person_and_a_phrase_is_that_person(annotator: StoryAnnotator) -> None:
    body = (
        "A fire damaged a bakery on Mill Road in Dunmore early on Sunday, firefighters said.\n\n"
        "A co-owner of the bakery, Omar Fitch, says the shop has been closed since the spring, but "
        "his family has not decided what to do with the building.\n\n"
        "“I am a little tired of the trouble on this street,” he says. “First the break-ins, now this.”"
    )
    found = quotes(annotator, body)
    assert one(found, "I am a little tired").speaker == "Omar Fitch"
    assert one(found, "First the break-ins").speaker == "Omar Fitch"


def test_the_role_of_the_apposed_name_is_the_phrase_s(annotator: StoryAnnotator) -> None:
    # The description opens a clause after "but", with an aside before its verb: its name is the
    # subject, not the man whose "friend" the sentence mentions. (A guard: a first version of the
    # apposition rule took the role at the head noun, "a resident", and lost this speaker.)
    body = (
        "Police did not name the four men who were hurt on Pine Street on Monday, but a resident of "
        "the block, Ricardo Vance, who coaches a youth team there, says the man who died was his "
        "friend.\n\n"
        "He says the men were walking home when a car stopped beside them.\n\n"
        "“We all look out for each other on this block,” he said."
    )
    assert one(quotes(annotator, body), "We all look out").speaker == "Ricardo Vance"


def test_a_lone_name_after_a_kinship_noun_is_a_person() -> None:
    body = "On Monday the girl's father, Brock, told the court the family will move."
    start = body.index("Brock")
    mentions = [("Brock", start, start + 5, "GPE")]
    assert names_after_kin(body, mentions) == [("Brock", start, start + 5, "PERSON")]
    # not without the kinship noun, nor without the closing comma
    other = "On Monday the road to Brock, the next town, was closed."
    s = other.index("Brock")
    assert names_after_kin(other, [("Brock", s, s + 5, "GPE")])[0][3] == "GPE"
    third = "On Monday her father moved to Brock."
    s = third.index("Brock")
    assert names_after_kin(third, [("Brock", s, s + 5, "GPE")])[0][3] == "GPE"


@pytest.mark.parametrize("kin", ["Her daughter", "The boy's mother", "Mrs. Adeyemi's daughter"])
def test_a_name_after_a_kinship_noun_is_a_person_though_a_town_has_it(annotator: StoryAnnotator, kin: str) -> None:
    # "Ngozi" is also a town (GeoNames), and no census table lists it: without the kinship noun
    # deciding, the place lists made it a place and "she said" had no one.
    body = f"{kin}, Ngozi, was the first to arrive. “I knew something was wrong when he didn't call,” she said."
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == "Ngozi"] == ["PERSON"]
    assert one(story.quotes, "I knew something").speaker == "Ngozi"


def test_a_lone_known_place_no_census_lists_stays_a_place(annotator: StoryAnnotator) -> None:
    # (the guard for the kinship exception: the place lists still decide without one)
    body = "Storms hit Ngozi and the hills around it on Friday, and roads were closed."
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert "PERSON" not in [e.label for e in story.entities if e.name == "Ngozi"]


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Maribel, a 41-year-old nurse from Tucson who asked that her last name not be used, has voted", "Maribel"),
        ("Dwayne, 58, has driven a truck for thirty years and has voted", "Dwayne"),
        ("Maribel, another retired teacher, has voted", "Maribel"),
    ],
)
def test_a_given_name_alone_with_an_age_or_a_role_is_a_person(
    annotator: StoryAnnotator, opening: str, name: str
) -> None:
    # A voter the story names by a given name alone, tagged by the model as nothing; the next
    # "she"/"he" said is that voter.
    pronoun = "he" if name == "Dwayne" else "she"
    body = f"{opening} in every election since 1996.\n\n“I have never felt this torn,” {pronoun} said on Tuesday."
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == name] == ["PERSON"]
    assert one(story.quotes, "I have never").speaker == name


@pytest.mark.parametrize(
    "body",
    [
        "Marion, a town whose sheriff resigned in May, voted for the levy.",
        "Voters in Marion, a town of retired teachers, backed the levy.",
        "Chase, a bank with branches in every county, raised its rates.",
    ],
)
def test_a_lone_given_name_before_a_phrase_no_role_heads_is_no_person(annotator: StoryAnnotator, body: str) -> None:
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    word = body.split(",")[0].split()[-1]
    assert word not in {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    "body",
    [
        "Neighbors ran toward Marisol's sister's house. “I heard six of them,” said Marisol. Marisol says she hid in the hall.",
        "Neighbors ran to Joey after the shots. “He was still breathing,” one said. A fund in Joey's name has raised $900.",
        "Loretta Marie Okafor, 66, had been out walking with her husband. A neighbor lives two doors down from Loretta and her husband.",
        "Tavion Lewis, 23, died on Friday. Officers found a car with bullet holes parked near Lewis’ body.",
        "The teenager died on Friday. Detectives found shell casings near Marcus’ body.",
    ],
)
def test_a_given_name_after_a_place_s_preposition_stays_a_person(annotator: StoryAnnotator, body: str) -> None:
    # (a guard: a first version made a given name a place when any of its mentions followed "in",
    # "from" or "to", and lost speakers in the copy)
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    name = next(n for n in ("Marisol", "Joey", "Loretta", "Lewis", "Marcus") if n in body)
    assert "GPE" not in {e.label for e in story.entities if e.name == name}


def test_a_possessive_keeps_its_referent_in_focus(annotator: StoryAnnotator) -> None:
    # Without "His" counting as a mention of Ostrow, the son (an unnamed referent, mentioned last)
    # outweighs him and "he said" names no one.
    body = (
        "Three people were hurt when someone fired at a house on Birch Lane late on Friday, police said.\n\n"
        "“Come forward. You took my brother from us,” said Dana Oyelaran, who lives next door.\n\n"
        "Len Ostrow, the boys' father, spoke to reporters outside the house. His coat was smeared "
        "with the mud of his 9-year-old son."
        "“And the noise, and the boys shouting for help,” he said."
    )
    assert one(quotes(annotator, body), "And the noise").speaker == "Len Ostrow"


def test_a_clause_that_shares_the_subject_does_not_take_the_quotation(annotator: StoryAnnotator) -> None:
    # "…, but was sure he had “…”": the clause after "but" has no subject of its own, so "he"
    # (the subject of a clause further on) is not the speaker; the cue's subject is.
    body = (
        "A dog bit two children on Oak Street on Sunday, police said.\n\n"
        "Neighbor Clara Voss said the dog belonged to Tom Reyes, but was sure he had "
        "“no idea where it was.”"
    )
    assert one(quotes(annotator, body), "no idea where").speaker == "Clara Voss"


def test_a_possessive_settles_the_gender_of_someone_unnamed(annotator: StoryAnnotator) -> None:
    # "One victim … his aunt": the victim is a man, so the "she" after is the aunt.
    body = (
        "Four men were shot in a parked car on Vine Street on Friday night, police said.\n\n"
        "One victim was identified on Saturday by his aunt, Rhoda Kimsey, who drove down from Dayton.\n\n"
        "She said her nephew was 22. “He was a kind and gentle boy,” she said."
    )
    assert one(quotes(annotator, body), "He was a kind").speaker == "Rhoda Kimsey"


def test_a_person_named_after_a_noun_is_that_person(annotator: StoryAnnotator) -> None:
    # "A woman named Kelly": one person, a woman, whatever "he" the sentence goes on with.
    body = (
        "Shots were fired into a house on Lark Avenue on Tuesday morning, police said.\n\n"
        "A woman named Darby, a cousin of the young man, said he had just turned 19 in May.\n\n"
        "“He always made everybody laugh,” she said."
    )
    assert one(quotes(annotator, body), "He always made").speaker == "Darby"


def test_a_comma_that_ends_an_opening_clause_sets_off_no_apposition(annotator: StoryAnnotator) -> None:
    # "Facing the man accused of shooting her husband at the bar, Nadia Ferrell said …": Ferrell
    # is not the husband, and stays a "she". (A guard: a first version of the phrase rule made her
    # the husband, a "he", and lost her quotations.)
    body = (
        "Facing the man accused of shooting her husband at the Blue Lantern bar, Nadia Ferrell said "
        "she wanted him to look at her.\n\n"
        "But at the hearing on Monday, he never turned his head.\n\n"
        "“He would not even look at me,” she said."
    )
    assert one(quotes(annotator, body), "He would not even").speaker == "Nadia Ferrell"


@pytest.mark.parametrize(
    "attribution",
    ["her father said.", "said her father.", "the girl's uncle told reporters.", "her family said."],
)
def test_a_fragment_whose_cue_names_someone_unnamed_is_no_one_s(annotator: StoryAnnotator, attribution: str) -> None:
    # The fragment's words are the relative's, whom the story does not name: not the sentence's
    # subject, who is who the words are about.
    body = (
        "The singer Lila Marchetti has checked into a clinic in Palm Springs, her agent said on Friday.\n\n"
        f"Marchetti left a hospital in Tustin on Thursday because “she did not like the food there,” {attribution}"
    )
    assert one(quotes(annotator, body), "she did not like").speaker is None


def test_a_relative_named_in_an_opening_clause_is_not_the_sentences_subject(annotator: StoryAnnotator) -> None:
    # "child" is a kin noun the role nouns lack: the apposed name takes the clause's role (the
    # subject of "After …"), not that of a sentence subject, and the "she" after the quotation
    # is the main clause's subject.
    body = (
        "Tasha Marsh and Dana Lee met at a softball tournament in 2009 and stayed close for years.\n\n"
        "After Lee's youngest child, Emily Lee, who weighed just five pounds, was born, Marsh noticed a change in "
        "her friend.\n\n"
        "“I sent her photos of my kids and it took her a week to answer,” she said."
    )
    assert one(quotes(annotator, body), "I sent her").speaker == "Tasha Marsh"


def test_a_relative_with_no_name_beside_it_is_no_one_new(annotator: StoryAnnotator) -> None:
    # Guard: "her grandson" names no unnamed boy who would take the next "he" from the man
    # named just before.
    body = (
        "Deputies found Colin Braddock in a shed behind the farm where Ann Poole had lived with her grandson.\n\n"
        "He shouted to them, “Don't shoot, my hands are empty,” and was taken away."
    )
    assert one(quotes(annotator, body), "Don't shoot").speaker == "Colin Braddock"


def test_after_an_opening_clause_its_subject_is_the_focus_for_the_main_clause(annotator: StoryAnnotator) -> None:
    # Centering's bonus goes to the subject of the clause opening this sentence, not to the
    # subject of the sentence before, while the main clause has named no subject of its own.
    body = (
        "Diane Hale, the county's fire chief, spoke first.\n\n"
        "“We lost two homes tonight,” Hale said.\n\n"
        "When Maria Ruiz reached the scene an hour later, she found her house gone.\n\n"
        "“Everything we owned was in there,” she said."
    )
    assert one(quotes(annotator, body), "Everything we").speaker == "Maria Ruiz"


def test_a_name_right_after_a_gendered_noun_has_its_gender(annotator):
    # "The owner's wife Temitope Adjei" (no comma): the census does not know "Temitope", the noun
    # tells she is a woman, so her "she said" is not the fire captain quoted before.
    body = (
        "Fire Captain Lena Park said the blaze on Orchard Lane started in the kitchen shortly after "
        "midnight. Park said crews had it under control within an hour, and she praised the neighbors "
        "who called it in.\n\n"
        "The owner's wife Temitope Adjei was home with two children when the smoke alarm went off.\n\n"
        "“We got out with nothing but our shoes, and I am grateful for that,” she said."
    )
    assert one(quotes(annotator, body), "We got out").speaker == "Temitope Adjei"


def test_an_apposition_with_an_age_before_the_name_names_the_described_speaker(annotator):
    body = (
        "Michael Curry, 4, died after a shot was fired inside the home on Tuesday.\n\n"
        "The boy's grandfather told police he never kept a weapon at home.\n\n"
        '"He loved everybody, he was always happy and he liked to play outside," said Michael\'s '
        "grandmother, 43-year-old Renee Dawson."
    )
    assert one(quotes(annotator, body), "He loved").speaker == "Renee Dawson"


@pytest.mark.parametrize("name", ["Latrice Vardis", "Tameka Ruddle"])
def test_a_name_after_an_age_adjective_is_a_person_whatever_the_model_read(annotator, name):
    # The model reads these names after "43-year-old" as a building or a place.
    body = (
        '"He loved everybody, he was always happy and he liked to play outside," said the boy\'s '
        f"grandmother, 43-year-old {name}."
    )
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert [(e.name, e.label) for e in story.entities] == [(name, "PERSON")]
    assert story.quotes[0].speaker == name


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A 16-year-old Orlando man was shot on Tuesday night, police said.", "Orlando"),
        ("A 43-year-old West Oakland resident was hurt in the crash, police said.", "West Oakland"),
    ],
)
def test_a_place_after_an_age_adjective_before_a_noun_stays_a_place(annotator, body, place):
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert {e.name: e.label for e in story.entities}.get(place) != "PERSON"


@pytest.mark.parametrize("noun", ["take", "plea", "pitch"])
def test_someones_take_before_a_colon_owns_the_quotation(annotator, noun):
    body = (
        f'Council member Hugo Baptiste spoke first. Mayor Lena Ostrander\'s {noun}: "Give this budget one more year."'
    )
    assert one(quotes(annotator, body), "Give this").speaker == "Lena Ostrander"


def test_a_given_name_the_model_left_untagged_after_an_owned_relative_is_that_person(annotator: StoryAnnotator) -> None:
    # The model tags "Emma" here but not "Ivy": the name set off by commas after "Lisa Pratt's
    # daughter" is a person either way, and the subject the next "she" means.
    body = (
        "Lisa Pratt's daughter, Ivy, spoke at the convention on Thursday night.\n\n"
        "“My mother taught me that you do not quit when the work gets hard,” she said."
    )
    assert one(quotes(annotator, body), "My mother taught me").speaker == "Ivy Pratt"


@pytest.mark.parametrize(
    ("opening", "cue", "speaker"),
    [
        ("The chairman of the state party, Rick Bower, sent a letter on Monday.", "the chairman said", "Rick Bower"),
        ("Grady's former chief of staff, Ann Cole, has written a book.", "the former chief of staff said", "Ann Cole"),
    ],
)
def test_the_head_of_a_description_with_an_of_phrase_is_tied_to_the_apposed_name(
    annotator: StoryAnnotator, opening: str, cue: str, speaker: str
) -> None:
    body = f"{opening}\n\n“Every ballot will be counted and every count will be checked,” {cue}."
    assert one(quotes(annotator, body), "Every ballot").speaker == speaker


def test_a_person_noun_in_the_of_phrase_leaves_the_apposed_name_to_neither(annotator: StoryAnnotator) -> None:
    # "The lawyer for the family of the victim, Jane Roe," may name the victim: "the lawyer" is
    # not tied to her.
    body = (
        "The lawyer of the victim, Jane Roe, spoke outside the courthouse on Monday.\n\n"
        "“We will appeal the ruling as soon as we can,” the lawyer said."
    )
    assert one(quotes(annotator, body), "We will appeal").speaker != "Jane Roe"


@pytest.mark.parametrize(
    ("opening", "cue", "speaker"),
    [
        # a role given with "as" right after the name
        ("The mayor appointed Dale Kerr as police chief in March.", "the chief said", "Dale Kerr"),
        (
            "Tom Grady picked Gov. Lisa Pratt of Indiana as his running mate last month.",
            "his running mate said on Tuesday",
            "Lisa Pratt",
        ),
        # a role a present-tense relative clause says the person holds
        (
            "Sen. Carl Mott, who chairs the Armed Services Committee, was cautious.",
            "the committee chairman said",
            "Carl Mott",
        ),
        (
            "Dale Kerr, who now heads the state police, spoke after the governor.",
            "the head of the state police said",
            "Dale Kerr",
        ),
    ],
)
def test_a_role_the_story_gives_a_named_person_is_theirs(
    annotator: StoryAnnotator, opening: str, cue: str, speaker: str
) -> None:
    body = f"{opening}\n\n“Nobody will outwork us in the weeks to come,” {cue}."
    assert one(quotes(annotator, body), "Nobody will outwork").speaker == speaker


@pytest.mark.parametrize(
    ("couple", "cue", "speaker"),
    [
        ("Rep. Ann Boyle and her husband, Mark Boyle,", "His wife nodded. “…,” she said", "Ann Boyle"),
        ("Mark Boyle and his wife, Ann Boyle,", "Her husband nodded. “…,” he said", "Mark Boyle"),
    ],
)
def test_his_wife_is_the_one_whose_husband_the_story_named_him(
    annotator: StoryAnnotator, couple: str, cue: str, speaker: str
) -> None:
    opening, closing = cue.split("“…,”")
    body = (
        f"{couple} have owned a bakery in Scranton for twenty years.\n\n"
        f"{opening}“Nobody in Washington knows what that is like,”{closing}."
    )
    assert one(quotes(annotator, body), "Nobody in Washington").speaker == speaker


def test_a_surname_alone_before_a_role_is_a_person(annotator: StoryAnnotator) -> None:
    # (the model read the lone surname as an organisation, so "he" had no one to go to)
    body = (
        "Vukovich, a longtime aide to the governor, resigned on Friday.\n\n"
        "“It was time,” Vukovich said in a statement.\n\n"
        "He did not say what he would do next.\n\n"
        "“I plan to spend more time with my kids,” he later told a local radio station."
    )
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == "Vukovich"] == ["PERSON"]
    assert one(story.quotes, "I plan to spend").speaker == "Vukovich"


def test_a_surname_alone_before_a_party_member_noun_is_a_person(annotator: StoryAnnotator) -> None:
    # "a Democrat" is a person's role: the model read "Reyes" as an organisation, and the "she"
    # that "Her opponent" had told the gender of went to no one
    body = (
        "Reyes, a Democrat, has led the county since 2014. Her opponent, Tom Fisk, conceded on Tuesday.\n\n"
        "“We have never seen a turnout like this in the county,” she said."
    )
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == "Reyes"] == ["PERSON"]
    assert one(story.quotes, "We have never").speaker == "Reyes"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Halvorsen, a supplier to the mayor's office, said the order “came in late and over budget.”", "Halvorsen"),
        ("Vukovich, the firm that built the bridge, said the work “was done to the highest standard.”", "Vukovich"),
        ("Police said Dale Kerr of Halvorsen, a father of two, was hurt on Friday night.", "Halvorsen"),
        ("Halvorsen, a Republican stronghold in the north, voted for the governor in every ward.", "Halvorsen"),
    ],
)
def test_a_lone_name_before_a_phrase_a_firm_or_place_could_head_is_no_person(
    annotator: StoryAnnotator, body: str, word: str
) -> None:
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert word not in {e.name for e in story.entities if e.label == "PERSON"}


def test_a_surname_alone_with_an_age_is_a_person(annotator: StoryAnnotator) -> None:
    # (the model tags no one; "his lawyer" speaks for him)
    body = "Castellanos, 44, was arrested on Friday. “He has never hurt anyone in his life,” his lawyer said."
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert [e.label for e in story.entities if e.name == "Castellanos"] == ["PERSON"]
    assert one(story.quotes, "He has never").speaker == "Castellanos"


@pytest.mark.parametrize("word", ["Houston", "Sunday"])
def test_a_place_or_day_with_a_number_is_no_person(annotator: StoryAnnotator, word: str) -> None:
    body = f"{word}, 44, and the rest of the list were read out on Friday."
    story = Story(story_id="t", format="test", source="test", body=body)
    annotator.annotate([story])
    assert word not in {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize("owner", ["his", "their"])
def test_a_name_set_off_after_an_owned_role_is_the_speaker(annotator: StoryAnnotator, owner: str) -> None:
    # (the model tags no one in "said his lawyer, Nina Ruiz."; the lawyer spoke for her client)
    body = f"Police arrested Dale Kerr on Friday. “This is all a mistake,” said {owner} lawyer, Nina Ruiz."
    assert one(quotes(annotator, body), "This is all").speaker == "Nina Ruiz"


@pytest.mark.parametrize(
    "aside",
    ["campaigning for Ruth Mallory in Scranton", "speaking in Scranton", "in Scranton on Monday"],
)
def test_a_verb_after_the_subjects_aside_is_the_subjects_and_its_object_no_speaker(
    annotator: StoryAnnotator, aside: str
) -> None:
    # "Gordon Pike, in Scranton on Monday, mocked Walt Denning.": "mocked" follows a comma, as an
    # inverted cue does ("The plan, said a spokesman, is dead"), but the comma closes an aside
    # after the subject, so Denning is what Pike mocked, not the sentence's speaker.
    body = (
        f"Gordon Pike, {aside}, mocked Walt Denning.\n\n“I cannot believe that this man might run the state,” he said."
    )
    assert one(quotes(annotator, body), "I cannot").speaker == "Gordon Pike"


def test_a_cue_set_in_after_the_subject_still_names_its_speaker(annotator: StoryAnnotator) -> None:
    # Guard: the cue right after the subject's comma is set in; the name after it speaks.
    body = "The plan, said Gordon Pike, is dead.\n\n“Nobody on the council will vote for it again,” he said."
    assert one(quotes(annotator, body), "Nobody on").speaker == "Gordon Pike"


@pytest.mark.parametrize(
    "question",
    ["Her response?", "Her answer to that?"],
)
def test_a_short_question_about_someones_words_gives_them_the_quotation(
    annotator: StoryAnnotator, question: str
) -> None:
    # "Her response? “…”": the quotation that answers the question is her words.
    body = (
        f"Mayor Lena Ortiz was asked about the audit again on Monday. {question} "
        "“I have said all I am going to say about that report.”"
    )
    assert one(quotes(annotator, body), "I have said").speaker == "Lena Ortiz"


def test_a_cue_after_the_quotation_still_names_who_answered(annotator: StoryAnnotator) -> None:
    # Guard: the question's owner gives way to a speaker the sentence names.
    body = (
        "Mayor Lena Ortiz was asked about the audit again on Monday. Her response? "
        "“No comment,” her lawyer, Dan Ruiz, said."
    )
    assert one(quotes(annotator, body), "No comment").speaker == "Dan Ruiz"


@pytest.mark.parametrize("group", ["Critics, including Sen. Joan Whitby,", "Republicans, including Sen. Joan Whitby,"])
def test_the_one_member_an_aside_names_speaks_for_the_group(annotator: StoryAnnotator, group: str) -> None:
    # "Critics, including Sen. Joan Whitby, called the plan “…”": the one member named (was no one,
    # or the party).
    body = f"{group} called the plan “a giveaway to the drug companies and nothing else.”"
    assert one(quotes(annotator, body), "a giveaway").speaker == "Joan Whitby"


def test_an_organisation_among_the_critics_is_no_member_speaking(annotator: StoryAnnotator) -> None:
    # Guard: only a person named in the aside is taken.
    body = "Critics, including the Heritage Council, called the plan “a giveaway to the drug companies.”"
    assert one(quotes(annotator, body), "a giveaway").speaker is None


@pytest.mark.parametrize(
    "subject",
    [
        "Rep. Karl Brandt, chairman of the House Ways and Means Committee,",
        "Rep. Karl Brandt, chairman of Ways and Means,",
    ],
)
def test_a_titled_name_with_a_bare_role_apposed_is_the_subject(annotator: StoryAnnotator, subject: str) -> None:
    # Wire style sets the role without an article; the title's full stop and the "and" inside the
    # committee's name do not make the committee the one who called the plan something.
    body = f"Republicans were quick to criticize the proposal. {subject} called it “a budget-busting giveaway.”"
    assert one(quotes(annotator, body), "a budget-busting").speaker == "Karl Brandt"


def test_a_ranked_title_prefers_someone_who_holds_no_office_the_story_told(annotator: StoryAnnotator) -> None:
    # No one was called a former secretary of state; Rep. Brandt, named last, holds an office now,
    # the nominee in focus none.
    body = (
        "Helen Marsh laid out her college plan on Thursday in Cleveland. “No one should go into debt "
        "to get an education,” Marsh told students.\n\n"
        "Rep. Karl Brandt, chairman of the House Ways and Means Committee, called it “a giveaway.”\n\n"
        "The former secretary of state also took aim at her opponent. “He has no plan for students "
        "at all,” the former secretary of state said."
    )
    assert one(quotes(annotator, body), "He has no plan").speaker == "Helen Marsh"


@pytest.mark.parametrize(
    "introduction",
    [
        # the name set off with its home state after it, "… Sue Aldana of Kansas,"
        "Walter Brenner and his running mate, Gov. Sue Aldana of Kansas, campaigned in Iowa on Saturday.",
        # the described person inside a phrase of a clause already under way
        "Walter Brenner campaigned in Iowa on Saturday with his running mate, Sue Aldana, at his side.",
    ],
)
def test_an_owned_role_set_beside_a_name_is_that_person_later(annotator: StoryAnnotator, introduction: str) -> None:
    body = (
        f"{introduction}\n\n"
        "“We are going to win this state,” Brenner told a crowd in Ames.\n\n"
        "His running mate was more cautious. “Nothing is guaranteed,” she said.\n\n"
        "“We will take every vote seriously,” his running mate said later."
    )
    found = quotes(annotator, body)
    assert one(found, "Nothing is guaranteed").speaker == "Sue Aldana"
    assert one(found, "We will take every vote").speaker == "Sue Aldana"


def test_a_role_in_an_opening_phrase_is_not_the_name_after_its_comma(annotator: StoryAnnotator) -> None:
    # A guard: the comma after a phrase that opens the sentence is no apposition, though a name
    # follows it; the name is the subject, who met the running mate.
    body = (
        "Walter Brenner spent Sunday in Ames.\n\n"
        "After meeting his running mate, Sue Aldana, a former judge, said the ticket was ready.\n\n"
        "“We will take every vote seriously,” his running mate said later."
    )
    assert one(quotes(annotator, body), "We will take every vote").speaker != "Sue Aldana"


@pytest.mark.parametrize("role", ["spokeswoman", "lawyer"])
def test_a_spokesperson_named_beside_his_is_the_speaker_of_his_spokesperson(
    annotator: StoryAnnotator, role: str
) -> None:
    # "his spokeswoman" speaks for him only while the story has not named her.
    body = (
        f"Walter Brenner and his {role}, Sue Aldana, arrived at the courthouse on Monday.\n\n"
        "“I have nothing to hide,” Brenner told reporters on the steps.\n\n"
        f"“We will answer every question in court,” his {role} said."
    )
    found = quotes(annotator, body)
    assert one(found, "I have nothing to hide").speaker == "Walter Brenner"
    assert one(found, "We will answer every").speaker == "Sue Aldana"


def test_a_name_set_after_a_spokeswoman_for_a_person_is_hers(annotator):
    # "A spokeswoman for Marlow, Anne Fitch," names the spokeswoman, not Marlow again; her "she
    # said" is hers.
    body = (
        "Speaker Dennis Marlow criticized the nominee on Tuesday.\n\n"
        "A spokeswoman for Marlow, Anne Fitch, declined to comment further. “The speaker has said "
        "what he has to say,” she said."
    )
    assert one(quotes(annotator, body), "The speaker has said").speaker == "Anne Fitch"


def test_a_role_set_beside_a_name_is_what_a_later_description_means(annotator):
    # "led by its president, Dave Kowalski," … "The union president said": Kowalski, not the man
    # quoted last.
    body = (
        "The union, led by its president, Dave Kowalski, stayed neutral.\n\n"
        "“We could not endorse her,” Mr. Kowalski said.\n\n"
        "“Even her friends are abandoning her,” Steve Rourke said.\n\n"
        "The union president said the decision was not final. “We will keep talking,” he said."
    )
    assert one(quotes(annotator, body), "We will keep talking").speaker == "Dave Kowalski"
