"""The annotator the annotate tests share: one ``StoryAnnotator`` (the real spaCy model and every
lexicon) for the whole session, as loading it per test module cost a second or more each."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import StoryAnnotator


@pytest.fixture(scope="session")
def annotator() -> StoryAnnotator:
    return StoryAnnotator()
