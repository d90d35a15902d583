"""Hand-written stories for news-writing conventions the attribution rules follow:
documents speaking for their authors, acronyms spelled out, short surnames, and the
pieces of one attribution split around a long cue clause."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.quotes import attribution_groups
from pipeline.model import Quote, Story


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


def annotated(annotator: StoryAnnotator, body: str) -> Story:
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert story.flags == []
    return story


def one(found: list[Quote], start: str) -> Quote:
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, (start, found)
    return matches[0]


def test_as_a_document_put_it_gives_the_department_that_wrote_it(annotator):
    body = (
        "The visa program is run by the Department of Homeland Security.\n\n"
        'Critics say the main requirement is a "lawful source of investment income," as a Homeland '
        "Security memo put it."
    )
    story = annotated(annotator, body)
    quote = one(story.quotes, "lawful source")
    assert (quote.speaker, quote.cue) == ("Department of Homeland Security", "put it")
    # "Homeland Security" is the department named before, not an organisation of its own.
    names = [e.name for e in story.entities]
    assert "Homeland Security" not in names
    assert "Department of Homeland Security" in names


def test_as_a_person_puts_it_before_the_quote(annotator):
    body = "Economist Laura Bennett studies the region. As Bennett puts it, “the boom was built on sand.”"
    quote = one(annotated(annotator, body).quotes, "the boom")
    assert quote.speaker == "Laura Bennett"


def test_a_complaint_filed_by_an_agency_speaks_for_the_agency(annotator):
    body = (
        "The S.E.C. has opened several cases this year.\n\n"
        "According to a civil complaint filed by the Securities and Exchange Commission and a second "
        "complaint by Vermont, the developers ran a “massive eight-year fraudulent scheme.”"
    )
    quote = one(annotated(annotator, body).quotes, "massive")
    assert (quote.speaker, quote.cue) == ("Securities and Exchange Commission", "according to")


def test_acronym_spelled_out_where_the_ner_missed_it_names_the_entity(annotator):
    body = (
        "The S.E.C. declined to comment. Lawyers for the federal Securities and Exchange Commission "
        "filed the papers in Burlington."
    )
    story = annotated(annotator, body)
    sec = [e for e in story.entities if "S.E.C." in [m.text for m in e.mentions]]
    assert len(sec) == 1
    assert sec[0].name == "Securities and Exchange Commission"
    assert len(sec[0].mentions) == 2


def test_a_two_letter_surname_is_found_again_and_resolves_pronouns(annotator):
    body = (
        "Mehmet Oz hosts a daytime show. Dr. Oz was questioned by Sen. Claire McCaskill in 2014.\n\n"
        "Oz was later criticised by Paul Grant, a surgeon. Oz's advice earned him the attention of "
        "Congress, where he was faulted for saying that a bean extract was a “magic weight loss cure "
        "for every body type.”"
    )
    story = annotated(annotator, body)
    quote = one(story.quotes, "magic weight")
    oz = [e for e in story.entities if e.name.endswith("Oz")]
    assert len(oz) == 1 and len(oz[0].mentions) >= 3
    assert quote.speaker == oz[0].name


def test_split_quote_around_a_cue_naming_a_publication_is_one_attribution(annotator):
    body = (
        "“The amendment has a clause that is a criminality clause,” Ava DuVernay explained in an "
        "interview with The Washington Post. “It says that everyone is free in this country.”"
    )
    story = annotated(annotator, body)
    groups = [[q.text[:10] for q in group] for group in attribution_groups(body, story.quotes)]
    assert groups == [["The amendm", "It says th"]]


def test_participle_elaborating_the_cue_keeps_the_halves_together(annotator):
    body = (
        "“You can’t talk about change if you don’t know what we’re changing,” Ava DuVernay said, "
        "emphasizing why the past matters. “What we need to change is our collective thinking.”"
    )
    story = annotated(annotator, body)
    groups = attribution_groups(body, story.quotes)
    assert len(groups) == 1 and len(groups[0]) == 2
    assert {q.speaker for q in groups[0]} == {"Ava DuVernay"}


def test_a_cue_with_its_own_object_does_not_take_the_quote_before_it(annotator):
    body = (
        "Kevin Ward watched the speech with Melanie Cole. As Ward went on about “how the whole system "
        "is rigged against us,” Cole said yes, yes, over and over again."
    )
    quote = one(annotated(annotator, body).quotes, "how the whole")
    assert quote.speaker == "Kevin Ward"


def test_the_subject_of_a_reported_clause_is_not_the_speaker(annotator):
    body = (
        "A new poll of Ohio voters was released on Monday.\n\n"
        "Only 52 percent of registered voters agreed that Hillary Clinton is in “good enough overall "
        "health to serve as president.”"
    )
    quote = one(annotated(annotator, body).quotes, "good enough")
    assert quote.speaker is None


def test_a_persons_letter_speaks_for_them(annotator):
    body = (
        "Donald Trump released a letter from his doctor, Harold Bornstein. Bornstein's earlier missive "
        "was ridiculed for its prediction that Trump would be “the healthiest individual ever elected "
        "to the presidency.”"
    )
    quote = one(annotated(annotator, body).quotes, "the healthiest")
    assert quote.speaker == "Harold Bornstein"


def test_subject_pronoun_right_before_the_cue_after_two_spaces(annotator):
    body = (
        "Donald Trump has praised Russia.  A few days ago in an interview with the Russian "
        "network RT he blasted the American media for being “unbelievably dishonest.”"
    )
    quote = one(annotated(annotator, body).quotes, "unbelievably")
    assert (quote.speaker, quote.cue) == ("Donald Trump", "blasted")


def test_pronoun_prefers_the_sentence_subject_over_a_later_possessive(annotator):
    body = (
        "Hillary Clinton said she would keep campaigning in Ohio.\n\n"
        "Clinton says she appreciated Alicia Machado's courage through what she calls a “war of some "
        "pretty unpleasant words.”"
    )
    quote = one(annotated(annotator, body).quotes, "war of some")
    assert quote.speaker == "Hillary Clinton"


def test_pronoun_in_a_sentence_naming_no_one_is_the_previous_subject(annotator):
    body = (
        "Mr. Trump praised Vladimir Putin on Monday. In an interview with a Moscow network, he said the "
        "Russian leader had “been a leader far more than our president has been a leader.”"
    )
    quote = one(annotated(annotator, body).quotes, "been a leader")
    assert quote.speaker == "Trump"


def test_a_show_title_with_the_sentence_full_stop_inside_is_a_title(annotator):
    body = (
        "“He's absolutely right about the generals,” Michael Flynn, a top Trump surrogate, said on Fox "
        "News's “Fox and Friends.” “There's a lot of frustration within the ranks.”"
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "Fox and Friends").kind == "scare"
    # The title sits inside the cue clause: the halves around it are one attribution.
    speech = [g for g in attribution_groups(body, story.quotes) if g[0].kind != "scare"]
    assert [[q.text[:8] for q in g] for g in speech] == [["He's abs", "There's "]]
    assert {q.speaker for q in speech[0]} == {"Michael Flynn"}


def test_she_says_in_a_new_paragraph_is_the_subject_before_not_the_last_woman_named(annotator):
    body = (
        "Hillary Clinton said she would speak in Florida on Friday.\n\n"
        "11:15 a.m.\n\n"
        "Hillary Clinton is describing as “unhinged” a Donald Trump tweet attacking Alicia Machado. She says "
        "his temperament is “dangerous for a president of the United States.”\n\n"
        "She says Trump's tweets accusing Alicia Machado of having a criminal record are “lies and "
        "conspiracy theories about a private citizen.”"
    )
    found = annotated(annotator, body).quotes
    assert one(found, "unhinged").speaker != "Donald Trump"  # "a Donald Trump tweet" is no cue
    assert one(found, "dangerous").speaker == "Hillary Clinton"
    assert one(found, "lies and").speaker == "Hillary Clinton"


def test_given_names_tell_he_from_she():
    from pipeline.annotate.names import gender_of_given_name

    assert gender_of_given_name("Hillary Clinton") == "f"
    assert gender_of_given_name("Michael Flynn") == "m"
    assert gender_of_given_name("Melanie") == "f"
    assert gender_of_given_name("Warren") is None  # a surname alone
    assert gender_of_given_name("Chris Christie") is None  # used for both


def test_he_after_a_subject_with_an_aside_is_that_subject(annotator):
    body = (
        "Chris Christie, who has campaigned for GOP nominee Donald Trump since February, blasted "
        "Hillary Clinton as a “disgrace” on Wednesday.\n\n"
        "“She is a disgrace and those comments are a disgrace,” he said."
    )
    quote = one(annotated(annotator, body).quotes, "She is a disgrace")
    assert quote.speaker == "Chris Christie"


def test_she_is_not_the_last_man_named(annotator):
    body = (
        "At the rally, Tyresha McClenney listened to Tim Kaine speak.\n\n"
        "“It is not something that Hillary Clinton continuously says,” she said."
    )
    quote = one(annotated(annotator, body).quotes, "It is not")
    assert quote.speaker == "Tyresha McClenney"


def test_she_in_the_same_sentence_is_not_a_subject_of_unknown_gender(annotator):
    body = (
        "Gov. Chris Christie described Hillary Clinton as a disgrace after she blamed police "
        "shootings on “implicit bias against minorities in every department.”"
    )
    quote = one(annotated(annotator, body).quotes, "implicit bias")
    assert quote.speaker == "Hillary Clinton"


def test_he_in_a_new_sentence_continues_the_subject_past_an_opening_adverbial(annotator):
    body = (
        "Trump campaign spokesman Jason Miller told reporters the policy covers single mothers. "
        "However, he could not explain why Ivanka Trump had said otherwise.\n\n"
        "“We do not have the exact legislation written down,” he said."
    )
    quote = one(annotated(annotator, body).quotes, "We do not have")
    assert quote.speaker == "Jason Miller"


def test_she_after_an_opening_phrase_naming_a_show_is_the_sentence_subject(annotator):
    body = (
        "Hillary Clinton spoke about police shootings this week.\n\n"
        "On The Steve Harvey Morning Show on Tuesday, Clinton criticized officer Betty Shelby for "
        "shooting Terence Crutcher, a 40-year-old unarmed black man.\n\n"
        "“How many times do we have to see this in our country?” she said."
    )
    quote = one(annotated(annotator, body).quotes, "How many times")
    assert quote.speaker == "Hillary Clinton"


def test_an_untied_description_continues_the_last_subject(annotator):
    body = (
        "Mike Pence says too much is made of Donald Trump's tweets.\n\n"
        "The Republican vice presidential nominee was speaking Friday in Fort Wayne.\n\n"
        "The Indiana governor said the media are to blame for focusing on “he said this, he tweeted that.”"
    )
    quote = one(annotated(annotator, body).quotes, "he said this")
    assert quote.speaker == "Mike Pence"


def test_a_possessive_description_is_not_its_owner(annotator):
    body = (
        "David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump.\n\n"
        "“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview."
    )
    quote = one(annotated(annotator, body).quotes, "My reaction")
    assert quote.speaker == "David Axelrod"


def test_two_descriptions_joined_by_and_are_one_person(annotator):
    body = (
        "Hillary Clinton spoke out on Tuesday about police shootings.\n\n"
        "On a radio show, the former secretary of state and current Democratic presidential nominee said "
        "she wanted to tell voters that “this is not who we are as a country.”"
    )
    quote = one(annotated(annotator, body).quotes, "this is not")
    assert quote.speaker == "Hillary Clinton"


def test_a_description_with_another_nationality_is_someone_else(annotator):
    body = (
        "Kenyan President Uhuru Kenyatta met reporters on Monday.\n\n"
        "The Nigerian president said the talks had been “very productive for both of our nations.”"
    )
    quote = one(annotated(annotator, body).quotes, "very productive")
    assert quote.speaker != "Uhuru Kenyatta"


def test_a_quote_paragraph_with_no_cue_goes_on_with_the_speech_before(annotator):
    body = (
        "Henry Crespo leads the Florida Democratic Black Caucus.\n\n"
        "“No one is writing songs for Hillary. Hillary has nobody like that,” he said.\n\n"
        "“Right now, the vote is against Trump. It is not for Hillary.”\n\n"
        "“I still think she is going to win,” he added."
    )
    story = annotated(annotator, body)
    groups = [[q.text[:8] for q in g] for g in attribution_groups(body, story.quotes)]
    assert groups == [["No one i", "Right no"], ["I still "]]


def test_a_quote_after_a_cueless_sentence_is_its_subjects_not_its_last_name(annotator):
    body = (
        "Hillary Clinton criticized officer Betty Shelby for shooting Terence Crutcher, an unarmed man.\n\n"
        "“How many times do we have to see this in our country?”"
    )
    quote = one(annotated(annotator, body).quotes, "How many times")
    assert quote.speaker == "Hillary Clinton"


def test_a_description_after_a_sentence_whose_verb_reads_as_a_noun(annotator):
    body = (
        "Donald Trump spoke at a rally in Michigan on Friday.\n\n"
        "Trump charges that foreign donors gave millions of dollars to the Clinton Foundation.\n\n"
        "The New York businessman says of Clinton, “If she gets the chance, she will put the Oval Office "
        "up for sale.”"
    )
    quote = one(annotated(annotator, body).quotes, "If she gets")
    assert quote.speaker == "Donald Trump"


def test_passive_cue_names_its_agent_and_stops_at_a_time_clause(annotator):
    body = (
        "Mary J. Blige sings Bruce Springsteen's song to Hillary Clinton.\n\n"
        "“American Skin (41 Shots)” was written by Springsteen after the 1999 shooting death of "
        "Amadou Diallo, who was shot 41 times by police officers."
    )
    quote = one(annotated(annotator, body).quotes, "American Skin (41")
    assert (quote.speaker, quote.cue) == ("Bruce Springsteen", "written")
