"""Quotation-mark pairing on plain text, and that no text can make it (or the annotator) raise."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.marks import _single_spans, find_spans
from pipeline.model import Story


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


def test_curly_and_straight_pairs():
    assert _texts('He said “one two” and "three four".') == ["one two", "three four"]


def test_backticks_and_apostrophes_of_anpa_copy_are_double_marks():
    # AP's 7-bit feeds type “…” as ``…''
    text = "``We will not quit,'' Roe said. ``Not now.''\n\nIt's a ``working farm'' today."
    assert _texts(text) == ["We will not quit,", "Not now.", "working farm"]
    spans = find_spans(text)
    assert [text[s.open_mark : s.open_mark + 2] for s in spans] == ["``"] * 3
    assert [text[s.close_mark - 1 : s.close_mark + 1] for s in spans] == ["''"] * 3


def test_two_apostrophes_open_a_quotation_at_a_words_start():
    # ''…'' for “…”; a nested quotation in single marks; inches after a figure are no mark.
    text = (
        "''He told me 'no' twice,'' Roe said of the 6'2'' guard. (''Never again,'' she added.)\n\n"
        "''The first part goes on.\n\n''And this is the end,'' she said."
    )
    assert _texts(text) == [
        "He told me 'no' twice,",
        "no",
        "Never again,",
        "The first part goes on.",
        "And this is the end,",
    ]
    spans = find_spans(text)
    assert [text[s.open_mark : s.open_mark + 2] for s in spans if not s.nested] == ["''"] * 4
    assert spans[-1].continues == len(spans) - 2


def test_a_backtick_opened_quotation_continues_over_paragraphs():
    text = "``The first part goes on.\n\n``And this is the end,'' she said."
    spans = find_spans(text)
    assert _texts(text) == ["The first part goes on.", "And this is the end,"]
    assert spans[1].continues == 0


def test_mis_shaped_closing_mark_used_as_opening():
    assert _texts("He said: ”backwards quote” here.") == ["backwards quote"]


def test_unclosed_mark_runs_to_the_paragraph_end_only():
    spans = find_spans("“Never closed here.\n\nNext paragraph is narration.")
    assert [(s.close_mark, s.continues) for s in spans] == [(None, None)]
    assert "Next" not in "“Never closed here.\n\nNext paragraph is narration."[spans[0].start : spans[0].end]


def test_continued_paragraph_is_linked():
    spans = find_spans("“First part.\n\n“Second part,” she said.")
    assert [s.continues for s in spans] == [None, 0]


def test_a_paragraph_that_goes_on_without_reopening_continues_the_quote():
    # Copy with one sentence a paragraph (or a feed that dropped the reopening mark): the next
    # paragraph closes the quotation the last one left open.
    text = '"We lost a colleague today.\n\nShe was loved by all of us," the firm said.'
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["We lost a colleague today.", "She was loved by all of us,"]
    assert [s.continues for s in spans] == [None, 0]
    assert text[spans[1].close_mark] == '"'


def test_a_paragraph_opening_a_quotation_of_its_own_does_not_continue_the_last():
    text = "“Never closed here.\n\nThe mayor called it “a good start” on Monday."
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Never closed here.", "a good start"]
    assert spans[1].continues is None


def test_a_closing_mark_with_nothing_left_open_starts_no_quotation():
    assert _texts("The first paragraph is narration.\n\nThe plan” was approved on Friday.") == []


def test_two_openings_in_a_row_end_the_first_quote():
    assert _texts("“First lost its mark “second one” end") == ["First lost its mark", "second one"]


def test_double_marks_nested_in_double_marks():
    text = "“I’d sooner sleep in what he calls “the swamp” than here,” she wrote."
    spans = find_spans(text)
    assert [(text[s.start : s.end], s.nested) for s in spans] == [
        ("I’d sooner sleep in what he calls “the swamp” than here,", False),
        ("the swamp", True),
    ]


def test_apostrophes_are_not_nested_quotes():
    text = "“We don’t know what Russia’s plan is,” he said."
    assert _texts(text) == ["We don’t know what Russia’s plan is,"]


@functools.lru_cache(maxsize=1)
def _annotator() -> StoryAnnotator:
    return StoryAnnotator()


_ALPHABET = st.sampled_from(list("ab AB.,:;!?\n“”‘’\"'«»—()`") + ["said", " he ", "Smith", " Mr. ", "\n\n", "``", "''"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_are_always_inside_the_text(text):
    for span in find_spans(text):
        assert 0 <= span.open_mark <= span.start <= span.end <= len(text)
        if span.open_mark == span.start:  # a paragraph that goes on without reopening the quotation
            assert span.continues is not None
        assert text[span.start : span.end].strip() == text[span.start : span.end]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_annotator_never_raises_and_offsets_hold(text):
    story = Story(story_id="fuzz", format="test", body=text)
    _annotator().annotate([story])
    assert not any(f.startswith("annotations_skipped:error") for f in story.flags)
    for quote in story.quotes:
        assert text[quote.start : quote.end] == quote.text
    for entity in story.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("nickname", "surname"), [("Bobo", "Lang"), ("Bobo", "Lang-Arceo"), ("Mzee wa Kazi", "Lang"), ("Big Bo", "Lang")]
)
def test_quoted_nickname_inside_a_name_is_not_a_quotation(nickname, surname):
    text = f'Del. Robert "{nickname}" {surname} waved to the crowd. "We have your back."'
    assert _texts(text) == ["We have your back."]


def test_a_quoted_phrase_of_lower_case_words_between_names_is_a_quotation():
    text = 'Coach Robert Lang said "we are done here" Tuesday, and Abel "the best of us" Ruiz agreed.'
    assert _texts(text) == ["we are done here", "the best of us"]
    # (a title of words in lower case between two capitalised words after no given name)
    assert _texts('Fans may win a Harbor Gulls "Night of Stars" Fan Experience this week.') == ["Night of Stars"]


def test_marks_inside_markup_are_not_quotation_marks():
    text = (
        'Then <post post-author=" a whole sentence that leaked into the tag" post-date="x">'
        "The blogger said “an embedded quote here” again<post/>. And “a real one here,” he said."
    )
    assert _texts(text) == ["an embedded quote here", "a real one here,"]
    embedded = 'Then <tweet tweet-id="42">She said “an embedded quote here” again<tweet/>. “Mine,” he said.'
    assert _texts(embedded) == ["Mine,"]  # an embedded post's text is not the story's prose


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # an apostrophe after an "s" before a word closes only when no other close follows
        ("He took ‘a bag of pills’ during the raid.", [(8, 23)]),
        ("‘The nurses’ union is right,’ she said.", [(0, 28)]),
        ("Sales of ‘hormones’ and ‘vitamins’ rose.", [(9, 18), (24, 33)]),
        # a second opening mark ends the search: nothing pairs, and no opening mark closes a span
        ("Rock 'n roll in the '90s and 'tis the season", []),
    ],
)
def test_single_marks_and_apostrophes(text, spans):
    assert _single_spans(text, 0, len(text)) == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copy quoting a phrase in double marks and speech in single ones, in one paragraph or two
        (
            'The councillor called the plan "a scandal". ‘We were promised a new ferry by spring,’ she said.',
            ["a scandal", "We were promised a new ferry by spring,"],
        ),
        (
            "The manager said the report was \"unfair\".\n\n'My staff work twelve-hour shifts for little pay,' she said.",
            ["unfair", "My staff work twelve-hour shifts for little pay,"],
        ),
        # a title or scare quote of one or two words in single marks stays an apostrophe pair
        ("Talks at ‘Low Point’ after the summit.\n\n“We made no progress,” he said.", ["We made no progress,"]),
        # inside a double-quoted span a single-quoted one is nested, not a second quotation
        ("\"He told me, 'Write that she fell on the stairs,'\" the nurse said.", None),
    ],
)
def test_single_quoted_speech_in_copy_with_double_marks(text, expected):
    spans = find_spans(text)
    if expected is None:
        assert [s.nested for s in spans] == [False, True]
        return
    assert [text[s.start : s.end] for s in spans] == expected


def test_double_marks_inside_a_single_quoted_quotation_are_nested():
    # British copy quoting speech in single marks and a phrase inside it in double ones
    text = (
        "The pier reopened on Friday.\n\n"
        "‘When they told me “the pier is finished”, I went down with a hammer,’ said Odile Brack, 71."
    )
    spans = find_spans(text)
    assert [(text[s.start : s.end], s.nested) for s in spans] == [
        ("When they told me “the pier is finished”, I went down with a hammer,", False),
        ("the pier is finished", True),
    ]
