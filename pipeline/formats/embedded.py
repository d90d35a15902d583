"""Bodies inside envelopes: what NewsML 1.2 ``DataContent`` and NewsML-G2 ``inlineXML`` /
``inlineData`` carry, read one way for both.

- a ``nitf`` element: the whole NITF document (its ``title``/``hedline`` is the headline when the
  envelope has none, its subjects and urgency fill gaps);
- an ``html`` element or any other XML: an XHTML body (its ``<header>`` is not body text);
- text: HTML when it looks like HTML, whatever its declared content type says (agencies send
  HTML as ``text/plain`` and as escaped text), else plain paragraphs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pipeline.formats.bodytext import Content, element_body, html_body, looks_like_html, markup_content, text_of
from pipeline.formats.nitf import read_nitf
from pipeline.formats.textlayout import paragraphs
from pipeline.formats.xmlsafe import child, local


def content_of_element(root: ET.Element) -> Content:
    """The content of one element carried inline."""
    name = local(root.tag)
    if name == "nitf":
        return read_nitf(root)
    if name == "html":
        title = text_of(child(child(root, "head"), "title"))
        return markup_content(element_body(child(root, "body") or root, skip=("head",)), title=title)
    return markup_content(element_body(root))


def content_of_text(text: str | None, content_type: str | None = None) -> Content:
    """The content of text carried inline (``inlineData``, ``DataContent`` without elements)."""
    if not text or not text.strip():
        return Content()
    kind = (content_type or "").lower()
    if "html" in kind or "xml" in kind or looks_like_html(text):
        return markup_content(html_body(text))
    return Content(paragraphs=paragraphs(text))


def content_of_container(container: ET.Element | None, content_type: str | None = None) -> Content:
    """The content of an element that carries a body (``inlineXML``, ``DataContent``): a NITF or
    XHTML document in it, else its block elements, else its text."""
    if container is None:
        return Content()
    elements = [kid for kid in container if local(kid.tag)]
    for kid in elements:
        if local(kid.tag) in ("nitf", "html"):
            return content_of_element(kid)
    if elements:
        return markup_content(element_body(container))
    return content_of_text(container.text, content_type)
