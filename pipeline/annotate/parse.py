"""The dependency parse, only where attribution reads it: the sentences that hold a quotation.

The parser is the model's own (it listens to the same tok2vec as the tagger), kept disabled in
the main ``nlp.pipe`` pass: parsing every sentence of every story costs about a quarter of the
annotation time, and only the sentences around quotations need it. Each such region is cut out
of the tagged ``Doc`` with its tok2vec output (``region_doc``), parsed on its own, and its heads
are mapped back to the story's token indices.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

Parser = Callable[[Doc], Doc]  # the model's parser pipe (its ``pipe`` batches several docs)
# head token index (in the story's Doc) and dependency label, per parsed token
Heads = dict[int, tuple[int, str]]


def parse_each(doc: Doc, regions: list[tuple[int, int]], parser: Parser | None) -> list[Heads]:
    """Heads and labels of each region of ``regions`` (token ranges of ``doc``), each parsed apart
    but all in one call of the parser (its fixed cost a call is about a third of a sentence's
    parse). Empty mappings without a parser, or when the doc carries no tok2vec output."""
    if parser is None or doc.tensor is None or doc.tensor.size == 0 or not regions:
        return [{} for _ in regions]
    docs = [region_doc(doc, start, end) for start, end in regions]
    pipe = getattr(parser, "pipe", None)  # (a plain callable parses one by one)
    subs = pipe(docs, batch_size=len(docs)) if pipe is not None else map(parser, docs)
    return [
        {start + token.i: (start + token.head.i, token.dep_) for token in sub} for (start, _), sub in zip(regions, subs)
    ]


def region_doc(doc: Doc, start: int, end: int) -> Doc:
    """Tokens ``start:end`` of ``doc`` as a Doc of their own with their tok2vec output: what the
    parser reads of ``doc[start:end].as_doc()``. ``Span.as_doc`` also copies every annotation
    (reading the whole doc's arrays and entities each time) and the span's vector, which the
    parser does not read: ~1 ms a region (tests/annotate/test_parse.py checks the parses agree)."""
    words = doc[start:end]
    sub = Doc(doc.vocab, words=[t.text for t in words], spaces=[bool(t.whitespace_) for t in words])
    sub.tensor = doc.tensor[start:end]
    return sub
