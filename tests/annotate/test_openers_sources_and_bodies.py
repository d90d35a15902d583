"""Eastern European, Korean and Indigenous-affairs copy that invented probes (forty-third session)
showed the annotator getting wrong: a name the model left untagged after a sentence's opening
conjunction ("But Piotr Bujak, an economist at …,"), so the next "he said" went to the speaker
before; the source of "According to Hrytsenko," read as a place; a body's name after a dateline's
dash that the model tagged not at all ("GRODNO - The Belarusian Defence Ministry said"); "the
assembly" after the Assembly of a people's chiefs. Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import annotated, one


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            '"The council is bowing to pressure," said Rafal Wnuk, an economist at Baltika Bank.\n\n'
            "But Piotr Bujak, an economist at PKO BP, said the cut was justified. "
            '"Inflation has fallen faster than anyone expected," he said.',
            "Inflation has fallen",
            "Piotr Bujak",
        ),
        (
            "According to Hrytsenko, emergency crews were still working at the substation. "
            '"The situation is under control," he added.',
            "The situation",
            "Hrytsenko",
        ),
        (
            "GRODNO - The Belarusian Defence Ministry said it had begun snap exercises near the border. "
            '"The purpose of the exercises is to check readiness," the ministry said.',
            "The purpose",
            "Belarusian Defence Ministry",
        ),
        (
            "SEOUL -- Hyundo Heavy Industries said it had won an order for six tankers.\n\n"
            '"Korean shipbuilders lead the world," said an executive of the company.',
            "Korean shipbuilders",
            "Hyundo Heavy Industries",
        ),
        (
            "The Assembly of Northern Chiefs met in Thunder Bay on Tuesday. "
            '"Someone must answer for this," the assembly said in a statement.',
            "Someone must answer",
            "Assembly of Northern Chiefs",
        ),
    ],
)
def test_speakers_after_openers_datelines_and_sources(annotator, body, words, speaker):
    assert one(annotated(annotator, body).quotes, words).speaker == speaker


def test_a_place_after_according_to_stays_a_place(annotator):
    # guard: passes on the old code too; "According to Kharkiv," with no "he" after is a place
    story = annotated(annotator, "According to Kharkiv, the trains will run again on Monday.")
    assert "PERSON" not in {e.label for e in story.entities if e.name == "Kharkiv"}


def test_a_peoples_word_before_a_plural_modifier_is_no_name(annotator):
    # guard: "Japanese Goverment Bonds futures" (a misspelt word is rare in English) names no one
    story = annotated(annotator, "Japanese Goverment Bonds futures fell in early trade.")
    assert not any(e.label == "PERSON" for e in story.entities)


def test_an_abbreviated_street_before_police_is_no_body(annotator):
    # guard: "Logan Ave. N. Police found" names the police of no body called "N. Police"
    story = annotated(annotator, "He was shot at 31xx Logan Ave. N. Police found Pruitt three days later.")
    assert not any(e.name.startswith("N.") for e in story.entities)


def test_an_indian_courtesy_title_with_its_full_stop_ends_no_sentence(annotator):
    body = '"We thank every voter in the district," said LSP state president Smt. Anuradha Pillai.'
    assert one(annotated(annotator, body).quotes, "We thank every").speaker == "Anuradha Pillai"


def test_a_bodys_noun_opening_a_paragraph_is_no_body(annotator):
    # "Party sources, however, admitted": the model's one-word "Party" is no organisation the
    # later "the party said" could mean
    body = (
        "The Janata Morcha urged the Centre to act on flood relief.\n\n"
        '"How long will the people wait?" the party said in a resolution.\n\n'
        "Party president Apong Lotha spoke to reporters afterwards."
    )
    assert one(annotated(annotator, body).quotes, "How long will").speaker != "Party"
