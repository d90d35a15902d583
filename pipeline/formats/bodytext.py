"""Body text from markup: NITF and XHTML elements, or HTML strings, to paragraphs.

One assembler serves both the parsed XML trees (NITF, NewsML bodies) and HTML strings (ninjs
``body_html``, HTML carried as escaped text), so a body reads the same whichever way it came:

- a block element (``p``, ``hl2``, ``li``, ``tr``...) is a paragraph; text between blocks is a
  paragraph of its own;
- an inline element's edge between two letters is a word boundary: feeds mark up names and
  bylines with no space around the tags (``By<b>Staff</b> Reporter`` reads "By Staff Reporter");
  a one-letter element (a drop capital) and ``sup``/``sub`` stay glued;
- table cells are separated by a space, a row is a paragraph (results tables keep their lines);
- an XHTML ``<header>`` (keywords, dates, genre labels, the ``<h1>``) is not body text: its
  ``<h1>`` is returned as the heading and the rest apart; a ``<figcaption>`` is a caption;
- teletype text inside one block (Reuters' and ANSA's ``<p>`` of indented lines) is split into
  its paragraphs (``textlayout.preformatted_paragraphs``).

HTML strings go through the standard library's tolerant ``html.parser``, never an XML parser: HTML
bodies are often not well-formed, and an HTML tokenizer expands no entities beyond the fixed HTML
set, so there is nothing for XXE or billion laughs to use.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pipeline.formats.textlayout import preformatted_paragraphs
from pipeline.formats.xmlsafe import local

BLOCKS = frozenset(
    "p hl1 hl2 h1 h2 h3 h4 h5 h6 li dt dd blockquote pre tr div section article header footer aside figure "
    "figcaption caption bq br hr ul ol dl table address main nav body.content block".split()
)
_CELLS = frozenset({"td", "th"})
_GLUED = frozenset({"sup", "sub"})
NEVER_TEXT = frozenset(
    "script style head title noscript template iframe svg math media media-reference media-metadata".split()
)
_SPACE = re.compile(r"\s+")
_HTML_TAG = re.compile(r"<(p|div|br|section|span|b|i|em|strong|a|h[1-6]|ul|li)\b[^>]*>", re.IGNORECASE)


@dataclass
class MarkupBody:
    """What a markup body holds: paragraphs, and what its ``<header>`` said."""

    paragraphs: list[str] = field(default_factory=list)
    #: The ``<h1>`` of a ``<header>``.
    heading: str | None = None
    #: The rest of the ``<header>``: keywords, dates, genre labels, sub-headings.
    header: list[str] = field(default_factory=list)
    #: ``<figcaption>`` texts: captions of embedded pictures, not body text.
    captions: list[str] = field(default_factory=list)


class _Edge:
    """Where an inline element starts or ends: a word boundary between two letters."""

    __slots__ = ("glued", "spaced")

    def __init__(self, *, glued: bool = False, spaced: bool = False) -> None:
        self.glued = glued
        self.spaced = spaced


def join_parts(parts: Iterable[str | _Edge]) -> str:
    """Text pieces and element edges to one string: the edges between two pieces make a space
    when one of them is a table cell's, or when none is glued and letters or digits meet there."""
    out: list[str] = []
    edges: list[_Edge] = []
    for part in parts:
        if isinstance(part, _Edge):
            edges.append(part)
            continue
        if not part:
            continue
        if edges and out:
            meet = out[-1][-1:].isalnum() and part[:1].isalnum()
            if any(e.spaced for e in edges) or (meet and not any(e.glued for e in edges)):
                out.append(" ")
        edges = []
        out.append(part)
    return "".join(out)


# An element holding this many letters or more is no drop capital: longer text is not counted.
_LONG = 4
_OPEN_LOOKBACK = 32
# Elements HTML never closes: no end edge to wait for.
_VOID = frozenset("img input meta link wbr area col source track embed param base".split())


class _Assembler:
    """Builds paragraphs from start/end/text events."""

    def __init__(self, skip: frozenset[str]) -> None:
        self.skip = skip
        self.body = MarkupBody()
        self._parts: list[str | _Edge] = []
        self._skip_depth = 0
        self._header_depth = 0
        self._heading_depth = 0
        self._heading: list[str | _Edge] = []
        self._caption_depth = 0
        self._open: list[tuple[str, int]] = []  # inline elements open: name, letters seen before them
        self._letters = 0  # letters and digits seen so far, to know an element's length in O(1)

    def start(self, name: str, *, short: bool = False) -> None:
        if name in self.skip:
            self._skip_depth += 0 if short else 1
            return
        if name == "body":  # an HTML head left open ends here
            self._skip_depth = 0
        if self._skip_depth:
            return
        if name == "header" and not short:
            self.flush()
            self._header_depth += 1
        elif name == "figcaption" and not short:
            self.flush()
            self._caption_depth += 1
        elif name == "h1" and self._header_depth and not short:
            self.flush()
            self._heading_depth += 1
        elif name in BLOCKS:
            self.flush()
        else:
            self._target().append(_Edge(glued=name in _GLUED, spaced=name in _CELLS))
            if not short and name not in _VOID:
                self._open.append((name, self._letters))

    def end(self, name: str) -> None:
        if name in self.skip:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._skip_depth:
            return
        if name == "header" and self._header_depth:
            self.flush()
            self._header_depth -= 1
        elif name == "figcaption" and self._caption_depth:
            caption = _collapse(join_parts(self._parts))
            self._parts, self._open = [], []
            self._caption_depth -= 1
            if caption:
                self.body.captions.append(caption)
        elif name == "h1" and self._heading_depth:
            self._heading_depth -= 1
            heading = _collapse(join_parts(self._heading))
            self._heading = []
            if heading and self.body.heading is None:
                self.body.heading = heading
            elif heading:
                self.body.header.append(heading)
        elif name in BLOCKS:
            self.flush()
        else:
            glued = name in _GLUED
            # The innermost open element of that name (looked for among the last few: HTML leaves
            # elements unclosed, and a hostile page could leave thousands).
            for index in range(len(self._open) - 1, max(-1, len(self._open) - 1 - _OPEN_LOOKBACK), -1):
                if self._open[index][0] == name:
                    glued = glued or self._letters - self._open[index][1] == 1  # a drop capital: <b>T</b>he
                    del self._open[index:]
                    break
            self._target().append(_Edge(glued=glued, spaced=name in _CELLS))

    def text(self, data: str) -> None:
        if not self._skip_depth and data:
            self._target().append(data)
            self._letters += sum(1 for c in data if c.isalnum()) if len(data) < 4 else _LONG

    def _target(self) -> list[str | _Edge]:
        return self._heading if self._heading_depth else self._parts

    def flush(self) -> None:
        raw = join_parts(self._parts)
        self._parts = []
        self._open = []
        if not raw.strip():
            return
        if self._caption_depth:  # a block inside a figcaption: still caption
            self.body.captions.append(_collapse(raw))
            return
        found = preformatted_paragraphs(raw) or [_collapse(raw)]
        (self.body.header if self._header_depth else self.body.paragraphs).extend(p for p in found if p)

    def finish(self) -> MarkupBody:
        self.flush()
        return self.body


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def element_body(element: ET.Element | None, *, skip: Iterable[str] = ()) -> MarkupBody:
    """The body of a NITF/XHTML element (the element itself is the container, not a paragraph)."""
    assembler = _Assembler(NEVER_TEXT | frozenset(skip))
    if element is None:
        return assembler.finish()
    if element.text:
        assembler.text(element.text)
    # Iterative walk: a hostile document can nest far deeper than Python recursion.
    stack: list[tuple[ET.Element, bool]] = [(kid, False) for kid in reversed(list(element))]
    while stack:
        node, closing = stack.pop()
        name = local(node.tag)
        if closing:
            assembler.end(name)
            if node.tail:
                assembler.text(node.tail)
            continue
        if not name:  # a comment or processing instruction: only its tail is text
            if node.tail:
                assembler.text(node.tail)
            continue
        assembler.start(name)
        if node.text:
            assembler.text(node.text)
        stack.append((node, True))
        stack.extend((kid, False) for kid in reversed(list(node)))
    return assembler.finish()


def text_of(element: ET.Element | None, *, skip: Iterable[str] = ()) -> str | None:
    """All text inside ``element`` on one line, element edges as word boundaries, leaving out
    subtrees named in ``skip``; None for nothing."""
    if element is None:
        return None
    skipped = frozenset(skip)
    parts: list[str | _Edge] = []
    stack: list[tuple[ET.Element, bool]] = [(element, False)]
    # Iterative walk: a hostile document can nest far deeper than Python recursion.
    while stack:
        node, closing = stack.pop()
        name = local(node.tag)
        if closing:
            if node is not element:
                parts.append(_Edge(glued=name in _GLUED or len((node.text or "").strip()) == 1 and not len(node)))
                if node.tail:
                    parts.append(node.tail)
            continue
        if node is not element and (name in skipped or not name):
            if node.tail:
                parts.append(node.tail)
            continue
        if node is not element:
            parts.append(_Edge(glued=name in _GLUED, spaced=name in _CELLS))
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((kid, False) for kid in reversed(list(node)))
    return _collapse(join_parts(parts)) or None


def block_paragraphs(element: ET.Element | None, *, skip: Iterable[str] = ()) -> list[str]:
    """Paragraphs of a NITF/XHTML body element."""
    return element_body(element, skip=skip).paragraphs


class _HtmlEvents(HTMLParser):
    def __init__(self, assembler: _Assembler) -> None:
        super().__init__(convert_charrefs=True)
        self.assembler = assembler

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.assembler.start(tag.rsplit(":", 1)[-1])

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.assembler.start(tag.rsplit(":", 1)[-1], short=True)

    def handle_endtag(self, tag: str) -> None:
        self.assembler.end(tag.rsplit(":", 1)[-1])

    def handle_data(self, data: str) -> None:
        self.assembler.text(data)


def html_body(markup: str) -> MarkupBody:
    """The body of an HTML (or XHTML) string."""
    assembler = _Assembler(NEVER_TEXT)
    events = _HtmlEvents(assembler)
    events.feed(markup)
    events.close()
    return assembler.finish()


def html_paragraphs(markup: str) -> list[str]:
    """``'<p>One <b>two</b></p><p>Three</p>'`` -> ``['One two', 'Three']``."""
    return html_body(markup).paragraphs


def looks_like_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text))


@dataclass
class Content:
    """What an embedded body says (a NITF document, an XHTML or HTML body, plain text), for the
    formats that carry one: NITF itself, NewsML 1.2, NewsML-G2. The envelope's own metadata wins;
    these fill what it leaves out."""

    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    subjects: list[str] = field(default_factory=list)
    language: str | None = None
    urgency: int | None = None

    @property
    def has_text(self) -> bool:
        return bool(self.paragraphs or self.headline)


def markup_content(body: MarkupBody, *, title: str | None = None) -> Content:
    """An XHTML/HTML body as content: its ``<header>``'s ``<h1>`` (else the page ``title``) is the
    headline, the rest of the header goes to ``metadata['body_header']``."""
    out = Content(headline=body.heading or title, paragraphs=list(body.paragraphs), captions=list(body.captions))
    if body.header:
        out.metadata["body_header"] = " | ".join(body.header)
    if out.headline and out.paragraphs and out.paragraphs[0] == out.headline:
        out.paragraphs.pop(0)  # the headline repeated as the first line
    return out
