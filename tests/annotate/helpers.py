"""Helpers shared by the annotation tests: annotate one invented story, pick one of its quotes."""

from __future__ import annotations

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.model import Quote, Story


def annotated(annotator: StoryAnnotator, body: str) -> Story:
    """A one-story annotation of ``body``, unflagged, each quote checked to lie where it says."""
    story = Story(story_id="t", format="test", body=body)
    annotator.annotate([story])
    assert story.flags == []
    for quote in story.quotes:
        assert body[quote.start : quote.end] == quote.text
    return story


def quotes(annotator: StoryAnnotator, body: str) -> list[Quote]:
    """The quotes of a one-story annotation of ``body``, each checked to lie where it says."""
    return annotated(annotator, body).quotes


def person_names(annotator: StoryAnnotator, body: str) -> list[str]:
    """The names of the people a one-story annotation of ``body`` finds, by salience."""
    return [e.name for e in annotated(annotator, body).entities if e.label == "PERSON"]


def one(found: list[Quote], start: str) -> Quote:
    """The one quote whose text starts with ``start``."""
    matches = [q for q in found if q.text.startswith(start)]
    assert len(matches) == 1, (start, found)
    return matches[0]


def quote_groups(annotator: StoryAnnotator, body: str) -> list[list[str]]:
    """The texts of the quotes of each attribution group (``quotes.attribution_groups``: what an
    evaluation counts as one piece of content) of a one-story annotation of ``body``."""
    from pipeline.annotate.quote_groups import attribution_groups

    story = annotated(annotator, body)
    return [[q.text for q in group] for group in attribution_groups(body, story.quotes)]
