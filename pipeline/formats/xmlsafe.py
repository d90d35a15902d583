"""XML from untrusted input, parsed one hardened way for every XML format.

``defusedxml`` refuses entity declarations (billion laughs, quadratic blowup)
and external entities or DTD fetches (XXE), so a hostile document fails fast
instead of reading a local file or eating memory. A plain ``<!DOCTYPE nitf
SYSTEM "nitf.dtd">`` line, which real NITF and NewsML carry, is still allowed:
expat never fetches it.

The helpers below match elements by local name, because NITF arrives with and
without its namespace, and inline inside NewsML-G2 under yet another one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.entities import html5 as html5_entities

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from pipeline.formats.base import ParseError
from pipeline.formats.charsets import decode

_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_XML_DECL = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"\s+")
# Skipped before the root element when sniffing: declaration, comments, PIs, DOCTYPE.
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")


def root_name(head: str) -> str | None:
    """The local name of the root element in the first KB of an XML document,
    or None if ``head`` does not start like XML."""
    text = head.lstrip("\ufeff")
    position = 0
    while True:
        prolog = _PROLOG.match(text, position)
        if not prolog:
            break
        position = prolog.end()
    root = _ROOT.match(text, position)
    return root.group(2) if root else None


def parse_xml(data: bytes) -> ET.Element:
    """The root element of ``data``; ``ParseError`` for malformed or unsafe XML.

    The bytes are decoded by the project's charset rules (``charsets.decode``), not by what the XML
    declaration claims, since feeds' declarations lie (ISO-8859-1 declared over UTF-8, UTF-8 over
    Windows-1252). HTML entities (``&nbsp;``) that feeds use undeclared are read on a second try.
    """
    text = _XML_DECL.sub("", decode(data).text, count=1)
    try:
        return _safe_parse(text)
    except ParseError:
        raise
    except (ET.ParseError, ValueError) as err:  # ValueError: expat on an odd declaration
        first_error = err
    try:
        return _safe_parse(_NAMED_ENTITY.sub(_html_entity, text))
    except ParseError:
        raise
    except (ET.ParseError, ValueError):
        raise ParseError(f"malformed XML: {first_error}") from None


def _safe_parse(text: str) -> ET.Element:
    try:
        return SafeET.fromstring(text.encode("utf-8"), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise ParseError(f"unsafe XML refused ({type(err).__name__}: {err})") from None


def _html_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    value = html5_entities.get(f"{name};")
    return "".join(f"&#{ord(c)};" for c in value) if value else match.group(0)


def local(tag: object) -> str:
    """``{namespace}name`` -> ``name``; comments and PIs (non-string tags) -> ''."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: ET.Element | None, name: str) -> list[ET.Element]:
    if element is None:
        return []
    return [child for child in element if local(child.tag) == name]


def child(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first element down ``path`` of local names, or None."""
    for name in path:
        found = children(element, name)
        if not found:
            return None
        element = found[0]
    return element


def descendants(element: ET.Element | None, name: str) -> Iterator[ET.Element]:
    if element is None:
        return iter(())
    return (node for node in element.iter() if local(node.tag) == name)


def clean(text: str | None) -> str | None:
    """Whitespace collapsed; None for nothing."""
    if text is None:
        return None
    text = _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()
    return text or None


def attr(element: ET.Element | None, name: str) -> str | None:
    if element is None:
        return None
    value = element.get(name)
    if value is None:  # xml:lang and friends arrive namespaced
        value = next((v for k, v in element.attrib.items() if local(k) == name), None)
    return clean(value)
