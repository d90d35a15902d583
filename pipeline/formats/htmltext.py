"""HTML and XHTML body strings (ninjs ``body_html``, ``bodies[].value``) to clean
paragraphs.

Uses the standard library's tolerant ``html.parser``, never an XML parser: HTML
bodies are often not well-formed, and an HTML tokenizer expands no entities
beyond the fixed HTML set, so there is nothing for XXE or billion laughs to use.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SPACE = re.compile(r"\s+")
_BLOCKS = frozenset(
    "p div section article header footer aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre "
    "table tr td th figure figcaption hr br address main nav hl1 hl2".split()
)
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "iframe", "svg", "math"})


class _Paragrapher(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._skip_depth = 0

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._parts).replace("\u00a0", " ")).strip()
        if text:
            self.paragraphs.append(text)
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._parts.append(data)


def html_paragraphs(markup: str) -> list[str]:
    """``'<p>One <b>two</b></p><p>Three</p>'`` -> ``['One two', 'Three']``."""
    parser = _Paragrapher()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return parser.paragraphs


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(p|div|br|section|span|b|i|em|strong|a|h[1-6]|ul|li)\b[^>]*>", text, re.IGNORECASE))
