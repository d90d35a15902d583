"""The lazy parse of a region (``parse.region_doc``): what the parser gives on ``Span.as_doc``."""

from __future__ import annotations

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.parse import parse_regions, region_doc

TEXT = (
    'The harbour will reopen in May, the port authority said on Tuesday. "We have waited long '
    'enough," said Mara Okonkwo, who runs the ferry company, adding that fares would not rise. '
    "Asked about the strike, the union's spokeswoman told reporters it was over."
)


def test_a_region_parses_as_its_span_as_a_doc_does():
    annotator = StoryAnnotator()
    doc = annotator.nlp(TEXT)
    regions = [(0, 14), (14, len(doc)), (3, 25), (20, len(doc) - 3)]
    for start, end in regions:
        expected = [(t.head.i, t.dep_) for t in annotator.parser(doc[start:end].as_doc())]
        assert [(t.head.i, t.dep_) for t in annotator.parser(region_doc(doc, start, end))] == expected
    heads = parse_regions(doc, [(0, 14)], annotator.parser)
    assert sorted(heads) == list(range(14)) and any(dep == "nsubj" for _, dep in heads.values())
