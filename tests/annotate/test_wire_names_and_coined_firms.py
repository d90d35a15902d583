"""Constructions of Latin American wire copy, technology press and defence reporting that invented
probes (fifty-first session) showed the annotator getting wrong: a titled three-part Hispanic name
cut into a body, an untagged word and a place; a Portuguese name whose last surname the model read
as a body, joined into an organisation; a coined firm's name the model leaves untagged before
"which"; a country's General Staff read as a rank and a person. Invented stories."""

from __future__ import annotations

from tests.annotate.helpers import annotated, one


def test_a_titled_name_cut_around_an_untagged_surname_is_one_person(annotator):
    body = (
        "“We heard the noise and ran,” said Wilson Andrés Galeano, a miner who survived.\n\n"
        "Governor Esteban Restrepo Arango said the state would look into it. “If someone failed, they will "
        "answer for it,” he said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "If someone failed").speaker == "Esteban Restrepo Arango"


def test_a_titled_name_whose_last_surname_reads_as_a_body_is_a_person(annotator):
    body = (
        '"Brazil cannot be left behind," Chief Executive Luciana Vasconcellos Dantas said at a news '
        'conference.\n\nDantas said the new refineries would come first. "We are not going to wait," she said.'
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "We are not going").speaker == "Luciana Vasconcellos Dantas"
    assert [e.label for e in story.entities if e.name == "Luciana Vasconcellos Dantas"] == ["PERSON"]


def test_a_coined_name_before_which_and_a_reporting_verb_is_a_body(annotator):
    body = (
        "Hearthly, which is based in Amsterdam, said the outage lasted six hours. In an emailed statement, "
        'the company blamed "a faulty configuration change" for the failure.'
    )
    assert one(annotated(annotator, body).quotes, "a faulty configuration").speaker == "Hearthly"


def test_a_countrys_general_staff_is_a_body_that_speaks(annotator):
    body = (
        "Ukraine’s General Staff said in its daily update that 40 attacks had been repelled. "
        "“The situation remains difficult but under control,” it said."
    )
    story = annotated(annotator, body)
    assert one(story.quotes, "The situation remains").speaker == "General Staff"
    assert ("General Staff", "ORG") in [(e.name, e.label) for e in story.entities]


def test_the_first_of_two_surnames_alone_before_a_cue_is_the_person(annotator):
    body = (
        "Antioquia Governor Esteban Restrepo Arango said at least 23 people were still missing.\n\n"
        "Mayor Wilson Galeano denied the claim. “It is very easy to blame,” Galeano told local radio.\n\n"
        "Restrepo said the state would investigate whether there had been negligence. “If someone failed, "
        "they will answer for it,” he said."
    )
    assert one(annotated(annotator, body).quotes, "If someone failed").speaker == "Esteban Restrepo Arango"
