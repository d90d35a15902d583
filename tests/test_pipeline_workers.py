"""How the batch job adapts to the local worker count: key shards for dedup, and parsed stories
spread over the workers one by one."""

from __future__ import annotations

from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.model import Story
from pipeline.options import WireIngestOptions
from pipeline.pipeline import _DealByLength, _SpreadStories, build
from pipeline.runners import local_workers

SAMPLE = str(Path(__file__).resolve().parents[1] / "pipeline" / "samples" / "stories" / "000_02bc4e5f07f762cb.txt")


def _labels(p: beam.Pipeline) -> set[str]:
    labels: set[str] = set()

    class Visitor(beam.pipeline.PipelineVisitor):
        def enter_composite_transform(self, node):
            labels.add(node.full_label)

        def visit_transform(self, node):
            labels.add(node.full_label)

    p.visit(Visitor())
    return labels


def _built(tmp_path, *flags: str) -> beam.Pipeline:
    options = PipelineOptions(["--input", SAMPLE, "--output", str(tmp_path / "out"), *flags])
    assert options.view_as(WireIngestOptions).input == [SAMPLE]
    p = beam.Pipeline(options=options)
    build(p, options.view_as(WireIngestOptions))
    return p


def test_local_worker_count():
    assert local_workers(PipelineOptions(["--direct_num_workers", "2"])) == 2
    assert local_workers(PipelineOptions([])) == 1
    assert local_workers(PipelineOptions(["--runner", "DataflowRunner"])) is None


def test_stories_are_spread_over_two_workers(tmp_path):
    # Two workers: the parsed stories are spread; one worker: nothing to spread to.
    spread = _built(tmp_path, "--direct_num_workers", "2")
    assert any("SpreadStories" in label for label in _labels(spread))
    single = _built(tmp_path, "--direct_num_workers", "1")
    assert not any("SpreadStories" in label for label in _labels(single))


def test_stories_are_dealt_by_length():
    deal = _DealByLength(2)
    deal.start_bundle()
    lengths = [5000, 100, 100, 100, 2000, 2500, 300]
    groups = [
        next(iter(deal.process(Story(story_id=f"s{i}", format="ninjs", body="x" * n))))[0]
        for i, n in enumerate(lengths)
    ]
    assert groups == [0, 1, 1, 1, 1, 1, 0]
    assert abs(deal.load[0] - deal.load[1]) < 1000


def test_spreading_keeps_stories_and_their_times():
    stories = [
        Story(
            story_id=f"urn:t:{i}", version=1, format="ninjs", headline=f"H{i}", body=f"Body {i}.", event_time=i * 1000
        )
        for i in range(20)
    ]
    with TestPipeline() as p:
        out = (
            p
            | beam.Create([beam.window.TimestampedValue(s, s.event_time / 1000.0) for s in stories])
            | _SpreadStories(3)
            | beam.Map(lambda s, t=beam.DoFn.TimestampParam: (s.story_id, s.body, int(t.micros // 1000)))
        )
        assert_that(out, equal_to([(s.story_id, s.body, s.event_time) for s in stories]))
