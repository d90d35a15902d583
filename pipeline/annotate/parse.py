"""The dependency parse, only where attribution reads it: the sentences that hold a quotation.

The parser is the model's own (it listens to the same tok2vec as the tagger), kept disabled in
the main ``nlp.pipe`` pass: parsing every sentence of every story costs about a quarter of the
annotation time, and only the sentences around quotations need it. Each such region is cut out
of the tagged ``Doc`` with its tok2vec output (``Span.as_doc`` keeps the tensor), parsed on its
own, and its heads are mapped back to the story's token indices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

Parser = Callable[[Doc], Doc]
# head token index (in the story's Doc) and dependency label, per parsed token
Heads = dict[int, tuple[int, str]]


def merged(regions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges [start, end) sorted, overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        elif end > start:
            out.append((start, end))
    return out


def parse_regions(doc: Doc, regions: Iterable[tuple[int, int]], parser: Parser | None) -> Heads:
    """Heads and labels of the tokens in ``regions`` (token ranges of ``doc``), parsed apart.

    Returns an empty mapping without a parser, or when the doc carries no tok2vec output."""
    heads: Heads = {}
    if parser is None or doc.tensor is None or doc.tensor.size == 0:
        return heads
    for start, end in merged(regions):
        sub = parser(doc[start:end].as_doc())
        for token in sub:
            heads[start + token.i] = (start + token.head.i, token.dep_)
    return heads
