"""Speakers behind long titles, participle adjectives, titles inside a name, and given names the
tables lack. "former Millbrook mayor and current council candidate Dennis Kowal said" is one
title and a name, so its "said" is still the quotation's cue; "the grieving mother" is "the
mother" the story tied to a name; "Sheriff Gil Ferrante" (the title inside the model's span) is
"the sheriff"; "Lavontae Price, who lives across the street," is a person even when the model
reads the name as an organisation. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.model import Story
from tests.annotate.helpers import annotated, one, quotes


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("former Millbrook mayor and current council candidate Dennis Kowal said.", "Dennis Kowal"),
        ("former Millbrook mayor and current council candidate Dennis R. Kowal said.", "Dennis R. Kowal"),
        ("state senator and former county prosecutor Alma Quist of Millbrook said.", "Alma Quist"),
    ],
)
def test_a_long_title_before_the_name_keeps_the_cue(annotator, tail, speaker):
    body = f"“This was the worst night our town has seen in years,” {tail}"
    assert one(quotes(annotator, body), "This was").speaker == speaker


def test_a_verb_between_the_quote_and_a_late_cue_still_ends_the_attribution(annotator):
    body = (
        "Dennis Kowal spoke first.\n\n“This was the worst night our town has seen in years,” the crowd "
        "heard, and then the former Millbrook mayor and council candidate Alma Quist said nothing."
    )
    assert one(quotes(annotator, body), "This was").speaker != "Alma Quist"


@pytest.mark.parametrize("description", ["the grieving mother", "the mother", "his mother"])
def test_a_participle_before_a_description_keeps_it_a_description(annotator, description):
    body = (
        "Police said the dead man, Darnell Voss, 27, was not the target. But Voss's mother, Loretta "
        "Voss, 54, disputed that account.\n\n“He had nothing to do with any of it. He worked two jobs,” "
        f"{description} said."
    )
    assert one(quotes(annotator, body), "He had").speaker == "Loretta Voss"


@pytest.mark.parametrize(("title", "description"), [("Bishop", "bishop"), ("Sgt.", "sergeant"), ("Rev.", "reverend")])
def test_a_title_the_model_or_the_tokenizer_splits_oddly_still_ties(annotator, title, description):
    # "Bishop Gil Ferrante" is one name to the model; "Sgt." loses its full stop to the tokenizer.
    # Either way "the bishop" / "the sergeant" is Ferrante, not the father in focus.
    body = (
        f"The boy got the gun from the glove box, {title} Gil Ferrante said.\n\n“It is one of those "
        "things where everything goes wrong at once,” Ferrante said at a news conference.\n\nGlen "
        f"Ayles, 24, the father, was loading boxes into the van and heard the shot, the {description} "
        f"said.\n\n“[The boy] barely touched the trigger, but it was enough,” the {description} said."
    )
    assert "Gil Ferrante" in one(quotes(annotator, body), "[The boy]").speaker


def test_a_title_inside_the_models_name_is_what_the_story_calls_the_speaker(annotator):
    # The model reads "Sheriff Gil Ferrante" as one name; "the sheriff" is him even after the
    # father, described beside his own name, came into focus.
    body = (
        "The boy got the gun from the glove box, Sheriff Gil Ferrante said.\n\n“It is one of those "
        "things where everything goes wrong at once,” Ferrante said at a news conference.\n\nGlen "
        "Ayles, 24, the father, was loading boxes into the van and heard the shot, the sheriff said."
        "\n\n“[The boy] barely touched the trigger, but it was enough,” the sheriff said."
    )
    found = quotes(annotator, body)
    assert one(found, "[The boy]").speaker == "Gil Ferrante"
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert "Gil Ferrante" in {e.name for e in story.entities if e.label == "PERSON"}


def test_a_name_read_as_an_organisation_with_a_who_clause_is_a_person(annotator):
    body = (
        "Lavontae Price, who lives across the street, said he heard the shots around midnight. He says "
        "he will stay.\n\n“I can’t spend my life hiding inside,” he said."
    )
    assert one(quotes(annotator, body), "I can’t").speaker == "Lavontae Price"


def test_a_name_after_the_with_which_stays_what_the_model_read(annotator):
    story = Story(
        story_id="t", format="test", body="The Lavontae Price, which opened in May, said it would close early."
    )
    annotator.annotate([story])
    assert "Lavontae Price" not in {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    "body",
    [
        "“The man walked into the office party and opened fire,” police said in a statement.\n\nHarbour "
        "Police Chief Dan Ferris said the gunman arrived around 4 p.m.",
        "Harbour Police Chief Dan Ferris said the gunman arrived around 4 p.m.\n\n“The man walked into the "
        "office party and opened fire,” police said in a statement.",
        "“The man walked into the office party and opened fire,” police said in a statement.\n\nPolice "
        "Const. Dale Marr said the gunman arrived around 4 p.m.",
    ],
)
def test_police_is_not_the_officer_whose_title_holds_the_word(annotator, body):
    # "Police" in "Police Chief Dan Ferris" is part of his title, but "police said" is the force.
    assert one(quotes(annotator, body), "The man").speaker is None


def test_assure_reports_words(annotator):
    # Levin's advise verbs (37.9) include "assure".
    body = (
        "“There is no one else out there, and the people of this county do not have to worry,” Harbour "
        "Police Chief Dan Ferris assured residents in a statement."
    )
    assert one(quotes(annotator, body), "There is").speaker == "Dan Ferris"


@pytest.mark.parametrize("role", ["prosecutor", "sheriff", "detective"])
def test_a_name_after_a_police_or_court_role_is_a_person(annotator, role):
    # The model reads "Doreen Pastrone" as an organisation or a product here; the role before it
    # makes a person, whose "she said" follows.
    body = (
        f"If convicted of murder, Tran could face life in prison, {role} Doreen Pastrone said.\n\n"
        "“We have not charged it that way yet, but we can do that later,” she said."
    )
    assert one(quotes(annotator, body), "We have").speaker == "Doreen Pastrone"


@pytest.mark.parametrize("opening", ["Said Brennan: “", "Said Brennan, “", "Added Brennan: “"])
def test_an_inverted_cue_is_not_part_of_the_name(annotator, opening):
    body = (
        f"Dale Brennan attacked his rival again on Monday. {opening}She is the most corrupt person ever "
        "to run for the office.”"
    )
    assert one(quotes(annotator, body), "She is").speaker == "Dale Brennan"


def test_a_given_name_that_is_a_cue_word_stays_a_name(annotator):
    story = Story(
        story_id="t",
        format="test",
        body="Said Hamdan, a professor at the university, said the deal was fair. “It is a good start,” Hamdan said.",
    )
    annotator.annotate([story])
    assert "Said Hamdan" in {e.name for e in story.entities if e.label == "PERSON"}


def test_a_speaker_read_as_a_work_is_a_person_the_next_she_can_mean(annotator):
    # The model reads "Tamara Speaker" (a surname the census tables lack) as a work of art; beside
    # "said" after a quotation, with a given name, it is a person, so the cue-less paragraph after
    # "She described herself …" is hers, not the last woman named before her.
    body = (
        "The victims were named as Rosa Tillery, 61, and Jordan Vale, 30.\n\n"
        '"We are still trying to learn how they knew each other," said Sgt. Owen Marsh.\n\n'
        '"Nobody is perfect, but she truly was," Tamara Speaker said of her neighbor. She described '
        "herself as a close friend of Tillery and said she often drove her to church.\n\n"
        '"She never hurt a soul. She didn\'t deserve any of this. It is not right."'
    )
    assert one(quotes(annotator, body), "She never").speaker == "Tamara Speaker"


def test_a_name_after_said_and_a_role_is_typed_a_person():
    story = Story(
        story_id="t",
        format="test",
        body='"There was a loud bang and then nothing at all, just silence," said neighbor Nikki Lakeshore.',
    )
    StoryAnnotator().annotate([story])
    assert {e.name: e.label for e in story.entities}.get("Nikki Lakeshore") == "PERSON"


def test_a_town_before_a_title_after_said_is_not_typed_a_person():
    story = Story(
        story_id="t",
        format="test",
        body='"We will not let this define our town," said Myrtle Beach Mayor Ann Rowe.',
    )
    StoryAnnotator().annotate([story])
    assert {e.name: e.label for e in story.entities}.get("Myrtle Beach") != "PERSON"


def test_a_name_the_model_missed_before_an_apposition_with_a_role_is_a_person(annotator):
    # The model tags no entity on "Tessa Price" here; a census given name and surname set off by a
    # comma and "a forestry student" is a person, so "she wrote" later is hers.
    body = (
        "The dam cost far more than planned, state records show.\n\n"
        "Tessa Price, a forestry student at Lakeland College, in 2011 wrote a paper on what the mill cost.\n\n"
        'Price wrote that "the state spent more than $40 million on the mill and the roads around it."\n\n'
        '"It is hard to say," she wrote, "whether the money was well spent on any part of it."'
    )
    assert one(quotes(annotator, body), "whether the money").speaker == "Tessa Price"


def test_a_name_read_as_an_organisation_before_another_role_is_a_person(annotator):
    # The model reads "Lon Marsh" as an organisation; ", another retired journalist who …" is a
    # person's apposition like ", a retired journalist", and the quotation after his account is his.
    body = (
        "Lon Marsh, another retired Victoria journalist who knew the father from their days working in "
        "Victoria, said he met the children through their parents.\n\n"
        '" They are a very close family. "\n\n'
        "John Fraser of National Public Relations said the family wanted privacy."
    )
    assert one(quotes(annotator, body), "They are a very").speaker == "Lon Marsh"


@pytest.mark.parametrize(
    "name",
    [
        "Sherese Tolliver",  # no entity on the name at all
        "Sherese Hollis",  # only "Sherese" tagged, as a people
        "Ruben Zaragosa",  # no entity either; a census given name, a surname the census lacks
    ],
)
def test_a_name_before_a_who_clause_is_a_person_whatever_the_model_made_of_it(annotator, name):
    she = "he" if name.startswith("Ruben") else "she"
    body = (
        "The party ran late.\n\n"
        f"{name}, who lives across the street, said {she} heard six shots. {she.title()} is thinking about "
        "moving and says crime is everywhere now.\n\n"
        f"“I can’t live in fear of my own street,” {she} said."
    )
    assert one(quotes(annotator, body), "I can’t live").speaker == name


def test_two_untagged_words_opening_a_sentence_before_said_are_a_person(annotator):
    # The model tags neither word of "Shaquoia Vance" (a given name the census lacks); two
    # capitalised words opening a sentence before "said", the second a census surname, are a
    # person, and "she" after is her.
    body = (
        "Several relatives testified on Monday.\n\n"
        "Shaquoia Vance said she told her uncle she was afraid to visit the building.\n\n"
        "“He told me not to worry about any of it,” she said on the stand."
    )
    assert one(quotes(annotator, body), "He told me").speaker == "Shaquoia Vance"


def test_a_hyphened_surname_is_one_word(annotator):
    # The sister's surname "Edward" is not inside "Hill-Edward": each mention of the brother's
    # hyphened surname is his, not hers.
    body = (
        "Lena Edward and her two children were found dead on Monday, said her brother, Phil Hill-Edward.\n\n"
        "Hill-Edward said his sister had been “happier than she had been in years” this spring.\n\n"
        "Hill-Edward, who lives in Erie, will return to Dunmore for the memorial on Saturday."
    )
    mentions = {e.name: len(e.mentions) for e in annotated(annotator, body).entities if e.label == "PERSON"}
    assert mentions == {"Phil Hill-Edward": 3, "Lena Edward": 1}


@pytest.mark.parametrize("name", ["Tarvik Menavar", "Ilvane Tandral"])
def test_a_name_read_as_an_organisation_that_the_story_calls_she_is_a_person(annotator, name):
    # The model reads the sentence-opening name as an organisation and the name tables know
    # neither word; the "she" that follows, with no one else between, can only be her.
    story = annotated(
        annotator,
        f"{name} spoke at the rally on Saturday.\n\n“We will not stop fighting for these families,” she said.",
    )
    assert (name, "PERSON") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "We will not stop").speaker == name


@pytest.mark.parametrize(
    "between",
    [
        "A spokeswoman for the group said it would appeal.",  # (someone else the "she" may be)
        "Its chief, Dana Whitcomb, was not there.",
    ],
)
def test_a_name_read_as_an_organisation_stays_one_when_someone_else_comes_first(annotator, between):
    story = annotated(
        annotator, f"Tarvik Menavar spoke at the rally on Saturday. {between}\n\n“We will not stop fighting,” she said."
    )
    assert ("Tarvik Menavar", "PERSON") not in {(e.name, e.label) for e in story.entities}


def test_a_name_the_model_missed_that_the_story_calls_she_is_a_person(annotator):
    # Neither word is tagged as an entity at all; the "she" is hers.
    story = annotated(
        annotator,
        "Tanvi Rakhal spoke at the rally on Saturday.\n\n“We will not stop fighting for these families,” she said.",
    )
    assert ("Tanvi Rakhal", "PERSON") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "We will not stop").speaker == "Tanvi Rakhal"


def test_common_words_opening_a_sentence_are_no_name_for_a_she(annotator):
    # (the model reads "Heavy Rain" as an organisation; the "she" after it is someone else's)
    story = annotated(annotator, "Heavy Rain fell on Saturday. She said the roads were flooded by noon.")
    assert "Heavy Rain" not in {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    "apposition", ["Ivo Marchetti's campaign manager", "the campaign's spokeswoman", "a senior adviser to Marchetti"]
)
def test_a_name_the_model_missed_before_a_role_apposition_is_a_person(annotator, apposition):
    # "Hope" is a common word and the model tags neither word; the role set beside them says person.
    story = annotated(
        annotator,
        f"Hope Hicks, {apposition}, appeared on cable news on Sunday. “He is looking forward to it,” she said.",
    )
    assert ("Hope Hicks", "PERSON") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "He is looking forward").speaker == "Hope Hicks"


@pytest.mark.parametrize("name", ["Marquetta Temple", "Latrice Temple"])
def test_a_rare_given_name_before_a_census_surname_speaking_after_a_quotation_is_a_person(annotator, name):
    # The census tables lack the given name and the model reads the pair as an organisation; the
    # quotation it speaks, a rare first word and a census surname make it a person's name.
    story = annotated(annotator, f"“Everyone in this neighborhood knew her and loved her,” {name} said.\n")
    assert (name, "PERSON") in {(e.name, e.label) for e in story.entities}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # read as an organisation, after an opening phrase, with a man named before her
        (
            "Walter Marchetti's wife rarely campaigns. On Monday, Ilinca stepped up to the podium in Racine.\n\n"
            "“He is a fighter,” she said.",
            "Ilinca",
        ),
        ("Oksana spoke to the crowd in Racine on Monday.\n\n“He is a fighter,” she said.", "Oksana"),
        # tagged as nothing; "her father" is a man, no "she"
        (
            "Ekaterina took the stage after her father's introduction.\n\n“My father is a builder,” she said.",
            "Ekaterina",
        ),
        # tagged as nothing, an adverb before the verb
        ("Mirela later wrote that she could not watch.\n\n“I could hardly breathe,” she wrote.", "Mirela"),
    ],
)
def test_a_rare_word_opening_a_clause_that_the_story_calls_she_is_a_person(annotator, body, name):
    # A person the story names by a given name alone, which neither the tables nor the model know.
    story = annotated(annotator, body)
    assert (name, "PERSON") in {(e.name, e.label) for e in story.entities}
    assert [q.speaker for q in story.quotes] == [name]


@pytest.mark.parametrize(
    "body",
    [
        # the "she" is the woman named before the town (which the model reads as an organisation)
        "Ana Reyes has lived on Elm Street for years. Quarrington reopened its pool on Monday. "
        "She said the children had waited all summer.",
        "Ana Reyes has lived on Elm Street for years. On Monday, Wexmouth reopened its pool. "
        "She said the children had waited all summer.",
        "Wexmouth reopened its pool on Monday. Her neighbor, Ana Reyes, was there. She said the children had waited.",
    ],
)
def test_a_rare_word_with_someone_else_for_the_pronoun_stays_no_person(annotator, body):
    story = annotated(annotator, body)
    assert not {"Quarrington", "Wexmouth"} & {e.name for e in story.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # only the surname tagged: "Tomasz" is in no census table
        (
            "Tomasz Kowalczyk was home when the men came in. Tomasz said he bided his time.\n\n"
            "“I knew I had one chance,” he said.",
            "Tomasz Kowalczyk",
        ),
        # the surname read as an organisation, the rare given name left out
        (
            "Marabi Sadler said he acted without thinking.\n\nMarabi said the rifle fired as he wrenched it away.\n\n"
            "“I was not letting go,” he said.",
            "Marabi Sadler",
        ),
    ],
)
def test_a_rare_word_opening_a_sentence_before_a_surname_is_its_given_name(annotator, body, name):
    story = annotated(annotator, body)
    assert name in {e.name for e in story.entities if e.label == "PERSON"}
    assert [q.speaker for q in story.quotes] == [name]


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Meanwhile Kowalczyk said he would appeal the ruling.", "Meanwhile Kowalczyk"),
        # a rare place name before "Parish" (a census surname): a Louisiana parish, no person
        (
            "He was released on bail on Friday.\n\nOuachimba Parish Sheriff Lionel Renner said the man would be watched.",
            "Ouachimba Parish",
        ),
    ],
)
def test_a_common_word_or_a_place_before_a_surname_is_no_given_name(annotator, body, pair):
    story = annotated(annotator, body)
    assert (pair, "PERSON") not in {(e.name, e.label) for e in story.entities}


def test_a_rare_name_before_a_who_clause_is_a_person(annotator):
    # (the model reads "Dovlet Amanov" as a work after straight quotation marks; neither word is in
    # the census tables)
    body = (
        'Voters in the north have little choice. "Whoever wins, nothing changes out here," Dovlet Amanov, who keeps '
        "sheep in the hills, told a reporter."
    )
    story = annotated(annotator, body)
    assert ("Dovlet Amanov", "PERSON") in {(e.name, e.label) for e in story.entities}
    assert one(story.quotes, "Whoever wins").speaker == "Dovlet Amanov"


@pytest.mark.parametrize("cue", ["explained", "said", "added"])
def test_a_surname_that_is_a_month_and_a_modal_speaks(annotator, cue):
    # "May" tagged as a modal: no modal takes "explained", and no auxiliary stands before the cue
    body = (
        "District Attorney Ellis May said the bail would stand.\n\n"
        f"“Under state law the charge he faces carries no bail at all,” May {cue}."
    )
    assert one(annotated(annotator, body).quotes, "Under state law").speaker == "Ellis May"


def test_a_modal_before_a_cue_is_still_skipped(annotator):
    # (the guard: "may" of "she may say" is no name)
    body = "Ruth Mallory spoke on Monday. “We will see,” she may say again on Tuesday."
    assert one(annotated(annotator, body).quotes, "We will see").speaker == "Ruth Mallory"


@pytest.mark.parametrize("name", ["Iulia", "Saoirse"])
def test_a_one_word_name_between_a_quotation_and_its_cue_is_a_person_in_focus(annotator, name):
    # "Iulia" read as a place, "Saoirse" tagged as nothing: either way the subject of "told" right
    # after a quotation is a person, and the next "she said" is hers
    body = f"Her husband rarely speaks on the trail. “He is a fighter,” {name} told the crowd in Racine. “He will fight for you,” she said."
    story = annotated(annotator, body)
    assert (name, "PERSON") in {(e.name, e.label) for e in story.entities}
    assert [q.speaker for q in story.quotes] == [name, name]


def test_a_lone_word_after_a_quotation_with_a_woman_named_before_is_not_her_she(annotator):
    # (the guard: "Acme" after the quotation is no one the next "she" could be while Ana Reyes,
    # named just before, is)
    body = (
        "Ana Reyes runs the plant. “We will reopen when it is safe,” Acme said on Friday. "
        "“It will take a week at least,” she said."
    )
    assert one(annotated(annotator, body).quotes, "It will take").speaker == "Ana Reyes"


@pytest.mark.parametrize("firm", ["Harlan Freight", "Brandt Logistics"])
def test_a_firm_named_by_its_trade_between_a_quotation_and_its_cue_is_an_organisation(annotator, firm):
    # (the model reads the name as a work or leaves it; a company's name ends in its trade, which
    # no census lists as a name: organisation_only_heads.txt)
    story = annotated(annotator, f"The plant closed on Friday. “We will reopen when it is safe,” {firm} said.")
    assert (firm, "PERSON") not in {(e.name, e.label) for e in story.entities}
    assert [q.speaker for q in story.quotes] == [firm]
