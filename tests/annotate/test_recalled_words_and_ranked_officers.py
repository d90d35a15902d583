"""Indigenous-affairs and publishing copy that invented probes (forty-third session) showed the
annotator getting wrong: "Ngata recalls him saying, “…”" gave the words to the one recalling, not
to the one recalled; "said Greyfinch's managing director, Tobias Wren" gave them to the firm (the
tagger reads "managing" as a verb, and a one-word firm before a rank was read as a person).
Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "My grandfather, Tom Hale, farmed the river flats for sixty years. "
            'I remember him telling us, "The river always comes back."',
            "The river always",
            "Tom Hale",
        ),
        (
            "Aroha Ngata runs the school her uncle, Hemi Walker, founded in 1988. "
            'Ngata recalls him saying, "If the language lives in our children, we cannot be beaten."',
            "If the language lives",
            "Hemi Walker",
        ),
    ],
)
def test_the_one_recalled_saying_speaks(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_the_subject_who_says_it_herself_still_speaks(annotator):
    # guard: passes on the old code too; "she keeps saying" is her own
    body = 'Dana Kroll has run the shelter since 2015. She keeps saying, "We need a bigger roof."'
    assert one(annotated(annotator, body).quotes, "We need a bigger").speaker == "Dana Kroll"


@pytest.mark.parametrize(
    "body",
    [
        '"We are thrilled," said Greyfinch\'s managing director, Tobias Wren.',
        '"We are thrilled," Greyfinch\'s managing director, Tobias Wren, said.',
    ],
)
def test_a_name_set_beside_a_firms_managing_director_speaks(annotator, body):
    story = annotated(annotator, body)
    assert one(story.quotes, "We are thrilled").speaker == "Tobias Wren"
    assert {e.name: e.label for e in story.entities}.get("Greyfinch") == "ORG"
