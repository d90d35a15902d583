"""Replies: phrasal reporting verbs ("shot back", "chimed in", ``lexicons/phrasal_cue_verbs.txt``)
are cues, and a reply (``lexicons/reply_verbs.txt``) right after a quotation is not that
quotation's speaker answering themselves. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back", "chimed in"])
def test_a_phrasal_reporting_verb_is_the_cue(annotator, verb):
    body = (
        "Mayor Lena Ostrander and council member Hugo Baptiste sparred at Tuesday's budget hearing. "
        "Baptiste accused the mayor of hiding the deficit.\n\n"
        f'"Every number in this budget has been public since March," Ostrander {verb}.'
    )
    quote = one(quotes(annotator, body), "Every number")
    assert (quote.speaker, quote.cue) == ("Lena Ostrander", verb.split()[0])


def test_the_verb_alone_is_no_cue(annotator):
    body = (
        "Two deputies were wounded on Friday night. The suspect shot at the deputies from a car.\n\n"
        '"It happened in seconds, there was nothing anyone could do," Sheriff Odell Price said.'
    )
    quote = one(quotes(annotator, body), "It happened")
    assert (quote.speaker, quote.cue) == ("Odell Price", "said")


def test_a_reply_is_not_the_previous_speaker_answering_himself(annotator):
    body = (
        "Gov. Walt Ambrose and state Sen. Ines Calder met in a televised debate on Thursday.\n\n"
        '"My opponent has voted against every school budget since 2010," Ambrose said.\n\n'
        '"That is simply not true and the governor knows it," the Democrat responded.'
    )
    found = quotes(annotator, body)
    assert one(found, "My opponent").speaker == "Walt Ambrose"
    assert one(found, "That is simply").speaker != "Walt Ambrose"


@pytest.mark.parametrize(
    "reply", ["the governor replied", "he shot back", "responded the governor", "the assemblyman replied"]
)
def test_a_reply_after_one_speaker_of_two_in_focus_is_the_other(annotator, reply):
    # The description or pronoun fits both men in focus; the reply answers the one just quoted,
    # so it is the other (it had been left empty as a tie).
    body = (
        "Dale Hoven and Mark Ellery sparred over the state budget on Tuesday night.\n\n"
        '"Every number in this budget has been public since March," Hoven said.\n\n'
        f'"Then why did nobody in the legislature see them until last week," {reply}.'
    )
    found = quotes(annotator, body)
    assert one(found, "Every number").speaker == "Dale Hoven"
    assert one(found, "Then why").speaker == "Mark Ellery"


def test_a_reply_that_names_the_speaker_keeps_him(annotator):
    body = (
        "Gov. Walt Ambrose met reporters on Thursday.\n\n"
        '"We will not raise taxes this year," Ambrose said.\n\n'
        '"Not this year, and not next year either," Ambrose responded when pressed.'
    )
    assert one(quotes(annotator, body), "Not this year").speaker == "Walt Ambrose"


@pytest.mark.parametrize("word", ["self-described", "so-called"])
def test_half_of_a_hyphenated_adjective_is_no_cue(annotator, word):
    body = f'Ansel Draper spoke in Omaha. "Nobody should be afraid of a fair tax," the {word} populist said.'
    assert one(quotes(annotator, body), "Nobody should").cue == "said"


def test_an_answer_to_a_question_the_story_asked_is_the_answerers(annotator):
    body = (
        'Marla Quint said the shed behind her house was never locked. "Anyone could walk in there," '
        'Quint said. We asked her whether the tools were hers. She answered, "No, they\'re not mine."'
    )
    assert one(quotes(annotator, body), "No, they").speaker == "Marla Quint"


def test_a_reply_to_someone_elses_question_is_the_replier(annotator):
    body = (
        "Dorian Falk told a friend that he had gone to the house to talk. Falk said he argued with "
        'the woman, and he later said, "I did something I cannot take back."\n\n'
        'When the friend asked why he shot her, he allegedly replied, "Because nobody was supposed to see."'
    )
    assert one(quotes(annotator, body), "Because nobody").speaker == "Dorian Falk"


def test_a_question_after_a_quotation_that_closed_its_sentence_is_between(annotator):
    body = (
        "Marla Quint said the shed was never locked. We asked her whether the tools were hers. She answered, "
        '"No, they are not mine." We asked whether she knew whose they were. She answered, "No. I have no idea."'
    )
    assert one(quotes(annotator, body), "No. I have").speaker == "Marla Quint"


@pytest.mark.parametrize("verb", ["smiled", "shrugged", "deadpanned", "went on"])
def test_a_verb_of_manner_after_a_quotation_is_its_cue(annotator, verb):
    body = (
        "Council member Hugo Baptiste accused the mayor of hiding the deficit.\n\n"
        f'"Every number in this budget has been public since March," Mayor Lena Ostrander {verb}.'
    )
    quote = one(quotes(annotator, body), "Every number")
    assert (quote.speaker, quote.cue) == ("Lena Ostrander", verb.split()[0])


def test_a_manner_clause_naming_no_one_takes_no_earlier_cue(annotator):
    body = (
        "Council member Hugo Baptiste accused the mayor of hiding the deficit.\n\n"
        '"Every number in this budget has been public since March," the crowd roared back.'
    )
    assert one(quotes(annotator, body), "Every number").speaker is None


@pytest.mark.parametrize("cue", ["remembers Quint", "Quint remembers", "recalls Quint", "remembered Quint"])
def test_remembering_is_a_cue_on_either_side_of_the_name(annotator, cue):
    # Feature copy: "“…,” remembers Quint." The verb before the name, as "says Quint".
    body = (
        "Marla Quint was behind the counter when the storm hit the town.\n\n"
        f'"The windows went first, and then the whole roof lifted off," {cue}.'
    )
    quote = one(quotes(annotator, body), "The windows")
    assert quote.speaker == "Marla Quint"


@pytest.mark.parametrize("verb", ["responded", "shot back"])
def test_the_second_half_of_a_reply_split_by_its_cue_is_the_replier(annotator, verb):
    # “…,” she responded, “…”: the second half is no reply to the first, which is hers too.
    body = (
        "Later, Walter Brenner said Sue Aldana did not have the stamina to be president.\n\n"
        f"“Well, as soon as he travels to 112 countries,” she {verb}, “or even spends 11 hours "
        "testifying, he can talk to me about stamina.”"
    )
    found = quotes(annotator, body)
    assert one(found, "Well, as soon").speaker == "Sue Aldana"
    assert one(found, "or even spends").speaker == "Sue Aldana"


def test_a_reply_to_reported_speech_is_not_the_reporter(annotator):
    # "Brenner said Aldana lacked …" then "“…,” she responded": the reply answers Brenner, so
    # "she" is not Brenner though the census gives neither surname a gender; no one rather than him.
    body = (
        "Brenner said Aldana lacked the stamina to be president.\n\n"
        "“As soon as he travels to 112 countries,” she responded, “he can talk to me.”"
    )
    assert one(quotes(annotator, body), "As soon as he").speaker != "Brenner"
