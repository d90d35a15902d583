"""A quotation inside a quotation: whom the outer speaker quotes. Invented stories."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator
from tests.annotate.helpers import one, quotes


@pytest.fixture(scope="module")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()


def test_a_named_person_quoted_inside_a_quote_speaks_the_inner_words(annotator):
    body = (
        "Dale Pruitt left the truck at a gas station. \"Mr. Pruitt said, 'I don't want to hurt anybody. "
        "Give me your keys,'\" said Deputy Ana Jordan."
    )
    found = quotes(annotator, body)
    assert one(found, "Mr. Pruitt said").speaker == "Ana Jordan"
    assert (one(found, "I don't want").speaker, one(found, "I don't want").cue) == ("Dale Pruitt", "said")


@pytest.mark.parametrize("cue", ["I told her,", "I was like,"])
def test_the_outer_speaker_quoting_themselves_speaks_the_inner_words(annotator, cue):
    body = f"Rhonda Vale called her daughter that night. “{cue} ‘Chanice, leave him and come home,’” Vale said."
    assert one(quotes(annotator, body), "Chanice, leave").speaker == "Rhonda Vale"


@pytest.mark.parametrize("cue", ["he said,", "my brother said,", "he came in saying,", "the wife of Mr. Pruitt said,"])
def test_anyone_else_inside_the_quote_is_the_outer_speakers_to_resolve(annotator, cue):
    # A pronoun inside a quotation is read from where its speaker stood, not from the story.
    body = (
        "Dale Pruitt drove off. Tom Keel ran the shop for years.\n\n"
        f"“Then {cue} ‘Give me the money in the drawer,’ and I did,” Keel said."
    )
    assert one(quotes(annotator, body), "Give me the money").speaker is None
