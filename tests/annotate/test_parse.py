"""The lazy parse of a region (``parse.region_doc``): what the parser gives on ``Span.as_doc``."""

from __future__ import annotations

from pipeline.annotate.annotator import StoryAnnotator
from pipeline.annotate.parse import parse_each, region_doc

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
    heads = parse_each(doc, [(0, 14)], annotator.parser)[0]
    assert sorted(heads) == list(range(14)) and any(dep == "nsubj" for _, dep in heads.values())


def test_regions_parsed_in_one_batch_parse_as_one_by_one():
    annotator = StoryAnnotator()
    doc = annotator.nlp(TEXT)
    regions = [(0, 14), (14, len(doc)), (3, 25)]
    batched = parse_each(doc, regions, annotator.parser)
    one_by_one = [
        {start + t.i: (start + t.head.i, t.dep_) for t in annotator.parser(region_doc(doc, start, end))}
        for start, end in regions
    ]
    assert batched == one_by_one
    assert [sorted(heads) for heads in batched] == [list(range(start, end)) for start, end in regions]
    assert parse_each(doc, regions, None) == [{}, {}, {}]


class _CountingParser:
    """The model's parser, counting how often the rules call it."""

    def __init__(self, parser):
        self.parser, self.calls = parser, 0

    def __call__(self, doc):
        self.calls += 1
        return self.parser(doc)

    def pipe(self, docs, **kwargs):
        self.calls += 1
        return self.parser.pipe(docs, **kwargs)


def test_the_sentences_a_story_leaves_to_the_parse_are_parsed_in_one_call():
    from pipeline.annotate.quotes import find_quotes

    annotator = StoryAnnotator()
    text = (
        "The ferry strike ended on Friday.\n\n"
        '"We have all lost a week of wages over this," the union\'s secretary, who did not give '
        "her name, told the crowd at the quay.\n\n"
        'Harbour users were less forgiving. "Nobody asked the islanders," one fisherman, '
        "standing by his boat, shouted.\n\n"
        '"The timetable returns on Monday," the port authority\'s notice, pinned to the gate, read.'
    )
    doc = annotator.nlp(text)
    counting = _CountingParser(annotator.parser)
    quotes = find_quotes(doc, [], counting, [])
    assert len(quotes) == 3
    assert counting.calls == 1


class _RecordingParser(_CountingParser):
    """The model's parser, keeping the words of every region it is given."""

    def __init__(self, parser):
        super().__init__(parser)
        self.regions: list[str] = []

    def pipe(self, docs, **kwargs):
        docs = list(docs)
        self.regions += [doc.text for doc in docs]
        return super().pipe(docs, **kwargs)


def test_a_sentence_with_no_reporting_verb_outside_its_quotation_is_not_parsed():
    from pipeline.annotate.quotes import find_quotes

    annotator = StoryAnnotator()
    text = (
        'The council called the new tram line a "white elephant" in its budget review.\n\n'
        'Residents of Lowmoor have formed a "tram watch" group.\n\n'
        '"It runs empty at noon," one of its members, standing at the stop, complained.'
    )
    doc = annotator.nlp(text)
    recording = _RecordingParser(annotator.parser)
    quotes = find_quotes(doc, [], recording, [])
    assert len(quotes) == 3
    # "called" is a reporting verb ("white elephant" may be the council's words), "complained"
    # too; the sentence of "tram watch" has none outside its marks: its parse could name no cue.
    assert not any("tram watch" in region for region in recording.regions)
    assert any("white elephant" in region for region in recording.regions)
