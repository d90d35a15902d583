"""A story's annotation budget (``pipeline.annotate.budget``): the model reads a bounded part
of it, in batches bounded by characters, the rules get a bounded time, and past either the story
is still annotated as far as it got and flagged with what was skipped."""

from __future__ import annotations

import threading
import time

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.budget import cut_point, run_within
from pipeline.annotate.transform import AnnotateStories
from pipeline.model import Story

PARAGRAPH = "Mayor Ana Ribeiro of Lisbon met Jonas Weber of Siemens on Monday. “The plan is sound,” Ribeiro said."


def _story(body: str, story_id: str = "s1") -> Story:
    return Story(story_id=story_id, format="test", body=body, language="en")


def test_cut_point_prefers_a_paragraph_then_a_sentence_then_a_space():
    assert cut_point("short", 10) == 5
    assert cut_point("aaaa bbbb.\n\ncccc dddd", 15) == 10
    assert cut_point("aaaa bbbb. cccc dddd eeee", 15) == 11
    assert cut_point("aaaa bbbbbbb cccc", 15) == 12
    assert cut_point("a" * 40, 15) == 15


def test_the_model_reads_at_most_max_chars_and_the_story_says_where_it_stopped():
    body = "\n\n".join([PARAGRAPH] * 40)
    story = _story(body)
    StoryAnnotator(max_chars=1_000).annotate([story])
    (flag,) = [f for f in story.flags if f.startswith("annotations_truncated:body_after=")]
    cut = int(flag.rsplit("=", 1)[1])
    assert 500 <= cut <= 1_000 and body[cut : cut + 2] == "\n\n"
    assert story.body == body, "the body is written whole"
    mentions = [m for e in story.entities for m in e.mentions]
    assert mentions and max(m.end for m in mentions) <= cut
    assert story.quotes and max(q.end for q in story.quotes) <= cut


def test_spacy_batches_are_bounded_by_characters_as_well_as_by_count(monkeypatch):
    annotator = StoryAnnotator(batch_size=32, batch_chars=1_500)
    sizes: list[int] = []
    real = annotator.nlp.pipe

    def recording(texts, **kwargs):
        sizes.append(sum(len(t) for t in texts))
        return real(texts, **kwargs)

    monkeypatch.setattr(annotator.nlp, "pipe", recording)
    stories = [_story("\n\n".join([PARAGRAPH] * 6), story_id=f"s{n}") for n in range(5)]  # ~630 chars each
    annotator.annotate(stories)
    assert len(sizes) >= 3 and max(sizes) <= 1_500
    assert all(s.entities for s in stories)


def _busy(seconds: float) -> None:
    """Pure-Python work for ``seconds`` (what a rule that scales badly does)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


def test_run_within_stops_a_runaway_call_and_returns_a_quick_one():
    started = time.monotonic()
    assert run_within(0.3, lambda: _busy(30)).timed_out
    assert time.monotonic() - started < 5
    assert run_within(5, lambda: 42).value == 42
    assert isinstance(run_within(5, lambda: {}["x"]).error, KeyError)


def test_run_within_reads_a_threads_clock_only_from_that_thread(monkeypatch):
    # Asked from outside, a thread that has already ended makes glibc read freed memory (the
    # test suite once died of it on a busy machine): the rules' thread must ask for its own clock.
    import pipeline.annotate.budget as budget

    asked: list[bool] = []
    real = time.pthread_getcpuclockid

    def checked(ident: int) -> int:
        asked.append(ident == threading.get_ident())
        return real(ident)

    monkeypatch.setattr(budget.time, "pthread_getcpuclockid", checked)
    for _ in range(10):  # each new calling thread gets a rules thread of its own
        caller = threading.Thread(target=lambda: run_within(5, lambda: 42))
        caller.start()
        caller.join()
    assert len(asked) == 10 and all(asked)


def test_the_calls_of_one_thread_run_on_one_rules_thread_in_the_callers_context():
    # A thread a call cost ~1.7 ms of CPU a story (spaCy's parser builds thinc's backend anew
    # in each new thread); the call still sees the caller's context variables, as a direct
    # call would (thinc keeps its current backend in one).
    import contextvars

    setting = contextvars.ContextVar("setting", default="unset")
    setting.set("caller's")
    seen = [run_within(5, lambda: (threading.current_thread(), setting.get())).value for _ in range(5)]
    assert {value for _, value in seen} == {"caller's"}
    assert all(thread is seen[0][0] for thread, _ in seen) and seen[0][0] is not threading.current_thread()


def test_after_a_time_out_the_next_calls_run_on_a_fresh_rules_thread():
    before = run_within(5, threading.current_thread).value
    assert run_within(0.2, lambda: _busy(30)).timed_out
    assert before is not None and not before.is_alive(), "the stopped thread ended"
    after = [run_within(5, threading.current_thread) for _ in range(20)]
    assert all(o.error is None and not o.timed_out for o in after)
    assert len({id(o.value) for o in after}) == 1 and after[0].value is not before


def test_a_rules_thread_ends_when_its_calling_thread_ends():
    # Guard: a runner's pool retires its threads; their rules threads must not pile up.
    import gc

    rules: list[threading.Thread] = []
    caller = threading.Thread(target=lambda: rules.append(run_within(5, threading.current_thread).value))
    caller.start()
    caller.join()
    gc.collect()
    rules[0].join(5)
    assert not rules[0].is_alive()


@pytest.mark.parametrize("slow", ["find_quotes", "story_entities"])
def test_rules_past_their_time_budget_leave_the_story_written_and_flagged(monkeypatch, slow):
    import pipeline.annotate.annotator as module

    real = getattr(module, slow)

    def runaway(*args, **kwargs):
        if "Ribeiro" in args[0].text:
            _busy(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, slow, runaway)
    annotator = StoryAnnotator(rule_seconds=0.5)
    stuck, fine = _story(PARAGRAPH, "stuck"), _story("“We are ready,” said Jonas Weber of Siemens.", "fine")
    started = time.monotonic()
    result = annotator.annotate_each([stuck, fine])
    assert time.monotonic() - started < 10, "the budget bounds the batch"
    assert [reason for _, reason in result] == [None, None]
    if slow == "find_quotes":
        assert stuck.flags == ["annotations_skipped:quotes=time_budget"]
        assert stuck.quotes == [] and "Ana Ribeiro" in {e.name for e in stuck.entities}
    else:
        assert stuck.flags == ["annotations_skipped:entities=time_budget"]
        assert stuck.quotes == [] and stuck.entities == []
    assert fine.flags == [] and fine.quotes[0].speaker == "Jonas Weber"


def test_a_story_whose_rules_fail_is_a_dead_letter_of_the_annotate_stage(monkeypatch):
    import pipeline.annotate.annotator as module

    real = module.find_quotes

    def failing(doc, entities, parser=None, flags=None):
        if "boom" in doc.text:
            raise KeyError("boom")
        return real(doc, entities, parser, flags)

    monkeypatch.setattr(module, "find_quotes", failing)
    bad, good = _story("The boom, said Tom Smith.", "bad"), _story(PARAGRAPH, "good")
    bad.event_time = good.event_time = 5_000
    with TestPipeline() as p:
        out = p | beam.Create([bad, good]) | AnnotateStories(batch_size=2)
        assert_that(out.stories | "Ids" >> beam.Map(lambda s: s.story_id), equal_to(["good"]), label="stories")
        dead = out.deadletter | beam.Map(lambda d: (d.stage, d.story_id, d.reason.split(" (at ")[0], d.raw[:5]))
        assert_that(
            dead, equal_to([("annotate", "bad", "annotation failed: KeyError: 'boom'", b"\n\nThe")]), label="dead"
        )
