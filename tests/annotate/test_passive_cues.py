"""A passive cue's subject is who the words are about, not who said them: "Fenn was described
by his landlord as “…”" is the landlord's, "Marsh was indicted for her “…”" the indictment's;
but "Marsh was criticized for her “…” remark" is Marsh's own words, as is "Marsh was quoted as
calling it “…”". Invented stories."""

from __future__ import annotations

import pytest

from tests.annotate.helpers import one, quotes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dale Fenn, 31, was described by his landlord, Ray Tobin, as “a quiet man who paid on time.”", "Ray Tobin"),
        ("Dale Fenn, 31, was described by Ray Tobin as “a quiet man who paid on time.”", "Ray Tobin"),
        ("Dale Fenn, 31, was described by a neighbor as “a quiet man who paid on time.”", None),
        ("Dale Fenn was described as “a quiet man who paid on time,” his landlord said.", None),
        (
            "Former treasurer Lena Marsh was indicted on charges she spent club money for her own "
            "“personal and discretionary use.”",
            None,
        ),
    ],
)
def test_a_passive_subject_is_spoken_of(annotator, sentence, speaker):
    assert one(quotes(annotator, sentence), "a quiet man" if "quiet" in sentence else "personal").speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Marsh was criticized for her “lock them all up” remark at the rally.",
        "Critics attacked Lena Marsh's “lock them all up” remark at the rally.",
    ],
)
def test_a_possessor_before_and_a_noun_of_words_after_make_them_the_possessors(annotator, sentence):
    assert one(quotes(annotator, sentence), "lock them").speaker == "Lena Marsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Marsh called the audit “a witch hunt by people who never liked me.”",
        "Senator Lena Marsh was quoted as calling the audit “a witch hunt by people who never liked me.”",
    ],
)
def test_active_and_relayed_cues_keep_their_subject(annotator, sentence):
    assert one(quotes(annotator, sentence), "a witch hunt").speaker == "Lena Marsh"


def test_a_passive_cue_after_the_quotation_gives_way_to_the_cue_that_closes_the_sentence(annotator):
    body = (
        "Sheriff Tom Keel said two men ran from the store after the shooting.\n\n"
        "Deputies do not know whether Dale Marsh fired the gun, but because he was “part of the plan,” "
        "he is being charged with murder, Keel said."
    )
    assert one(quotes(annotator, body), "part of the plan").speaker == "Tom Keel"
