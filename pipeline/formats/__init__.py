"""Wire formats: bytes in, ``Story`` records out. One module per format.

Importing this package registers every parser; ``parse_document`` is the entry
point the pipeline uses.
"""

from pipeline.formats import anpa1312, iptc7901, markup, newsml1, newsml_g2, ninjs, nitf, plaintext  # noqa: F401
from pipeline.formats.base import FormatParser, ParseError, Rejected
from pipeline.formats.registry import detect, get, parse_document, parsers, register

__all__ = ["FormatParser", "ParseError", "Rejected", "detect", "get", "parse_document", "parsers", "register"]
