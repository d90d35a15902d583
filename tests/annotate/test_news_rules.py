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
