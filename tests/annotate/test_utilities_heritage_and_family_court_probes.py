"""Speakers and names the heritage, utilities and child-welfare probes of the forty-fourth session
showed the annotator losing (each case fails on the commit before its fix, 2a617e9): a titled given name
before a double-barrelled surname, a song title inside a letter, an amount the model ran into a
firm's name, a firm's name whose first word the model left out, an unattached spokesperson after
a firm spoke, a name set beside a body's chair read as the body, a given name that is also a
place, a participle after a possessive in an inverted cue, and a capitalised "Minister for …"
set beside a name. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # a titled given name before a double-barrelled surname
            "In 1889, Lady Edwina Harcourt-Pryce wrote to her solicitor. "
            '"I would have the gardens kept open to the village," she wrote.',
            "I would have the gardens",
            "Edwina Harcourt-Pryce",
        ),
        (
            # a firm's name whose first word the model leaves out, then an unattached spokesperson
            "Alma Rudd, 79, faces a £3,100 gas bill. Coldwater Utilities said it would call Mrs Rudd. "
            '"We will make sure she is not cut off," a spokesperson said.',
            "We will make sure",
            "Coldwater Utilities",
        ),
        (
            # a name set beside a body's chair, read by the model with the body
            "The chair of the Selmore Safeguarding Partnership, Dominic Ashby-Crane, said the review "
            'would be "open and independent".\n\n"We owe the family a full account," he said.',
            "We owe the family",
            "Dominic Ashby-Crane",
        ),
        (
            # a given name that is also a place, then "she"
            'Georgia Whitlock fosters four children. "Nobody warns you about the paperwork," she wrote.',
            "Nobody warns you",
            "Georgia Whitlock",
        ),
        (
            # a participle after a possessive in an inverted cue
            'Halbury Council needs more carers. "We have 40 children waiting," said Halbury\'s fostering '
            "lead, Ngozi Amadi.",
            "We have 40 children",
            "Ngozi Amadi",
        ),
        (
            # a capitalised "Minister for …" set beside a name, after a reverend
            'The chair, Rev. Dr. Caleb Oduya, said: "The death was preventable."\n\n'
            "Westmarch's Minister for Children, Imogen Hart-Lacey, said she would meet the board.\n\n"
            'In a statement, the minister said: "My thoughts are with the family."',
            "My thoughts are with",
            "Imogen Hart-Lacey",
        ),
    ],
)
def test_names_and_speakers_of_the_probes(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_song_title_inside_a_letter_is_no_ones_speech(annotator):
    body = "Private Owen Quayle wrote home in 1917. \"Sam Teare sang 'Ellan Vannin' and the hut went quiet,\" he wrote."
    title = one(annotated(annotator, body).quotes, "Ellan Vannin")
    assert (title.kind, title.speaker) == ("scare", None)


def test_an_amount_after_a_firms_name_is_no_part_of_it(annotator):
    body = 'The regulator has fined Brackenmoor Water £4 million. "We accept the penalty," the company said.'
    names = {e.name for e in annotated(annotator, body).entities if e.label == "ORG"}
    assert "Brackenmoor Water" in names and not any("£" in name for name in names)
