"""The registry of wire-format parsers and the one entry point that uses it.

Detection looks at content, never only at a file name, so a Pub/Sub message or a
mislabelled file still finds its parser. Parsers are tried in registration
order; the plain-text parser is the last resort for anything that is text.
"""

from __future__ import annotations

from pipeline.formats.base import (
    FormatParser,
    ParseError,
    ParseResult,
    Rejected,
    UnknownFormat,
    decode_text,
    looks_binary,
)
from pipeline.formats.charsets import FLAG as CHARSET_FLAG
from pipeline.formats.charsets import decode, repair_mojibake
from pipeline.formats.language import detect_language as _detect_language
from pipeline.formats.language import normalize_language
from pipeline.model import RawDocument, Story

_PARSERS: list[FormatParser] = []
HEAD_BYTES = 4096


def register(parser: FormatParser, *, fallback: bool = False, rank: int = 0) -> FormatParser:
    """Add a parser. ``fallback`` parsers are tried after all others, lowest
    ``rank`` first (plain text, which accepts any text, ranks last)."""
    if any(p.name == parser.name for p in _PARSERS):
        raise ValueError(f"a parser named {parser.name!r} is already registered")
    parser._fallback = fallback  # type: ignore[attr-defined]
    parser._rank = rank  # type: ignore[attr-defined]
    _PARSERS.append(parser)
    # Stable sort: specific parsers in registration order, then fallbacks by rank.
    _PARSERS.sort(key=lambda p: (getattr(p, "_fallback", False), getattr(p, "_rank", 0) if p._fallback else 0))
    return parser


def parsers() -> list[FormatParser]:
    return list(_PARSERS)


def get(name: str) -> FormatParser:
    for parser in _PARSERS:
        if parser.name == name:
            return parser
    raise KeyError(f"no parser named {name!r}; known: {[p.name for p in _PARSERS]}")


def detect(data: bytes) -> FormatParser | None:
    """The parser whose content sniff accepts ``data``, or None. Binary data (NULs, or more control
    bytes than the teletype formats' framing) is no format's: a sniff never sees it, so random bytes
    that happen to start like an IPTC 7901 or ANPA capture are not taken for one."""
    if not data.strip() or looks_binary(data):
        return None
    head = decode_text(data[:HEAD_BYTES])
    for parser in _PARSERS:
        if parser.sniff(data, head):
            return parser
    return None


def parse_document(doc: RawDocument, *, detect_languages: bool = True) -> list[ParseResult]:
    """Every story in ``doc``, and a ``Rejected`` for each part that is not one.

    Never raises: a parser's bug is reported as a rejection naming the parser.
    ``detect_languages=False`` leaves a story without declared language without one (a few ms
    a story saved where only the story's identity and times matter).
    With ``doc.parts`` set (one reading of a document a replay splits over its slices), only those
    parts are returned and finished; a failure of the whole document is always returned.
    """
    if doc.error:
        return [Rejected(doc.source, doc.error, doc.data)]
    if not doc.data.strip():
        return [Rejected(doc.source, "empty input", doc.data)]
    parser = detect(doc.data)
    if parser is None:
        reason = "binary data, not a story" if looks_binary(doc.data) else "unknown format"
        return [Rejected(doc.source, f"{reason} (first bytes: {doc.data[:16]!r})", doc.data)]
    try:
        results: list[ParseResult] = list(parser.parse(doc))
    except UnknownFormat as err:
        return [Rejected(doc.source, f"unknown format: {err}", doc.data)]
    except ParseError as err:
        return [Rejected(doc.source, f"{parser.name}: {err}", doc.data)]
    except RecursionError:
        return [Rejected(doc.source, f"{parser.name}: document nested too deeply", doc.data)]
    except Exception as err:  # a parser bug must not take the pipeline down
        return [Rejected(doc.source, f"{parser.name} parser failed: {type(err).__name__}: {err}", doc.data)]
    if not results:
        return [Rejected(doc.source, f"{parser.name}: no story in input", doc.data)]
    if doc.parts is not None:
        results = [result for position, result in enumerate(results) if position in doc.parts]
    charset_note = decode(doc.data).note if any(isinstance(r, Story) for r in results) else None
    try:
        for result in results:
            if isinstance(result, Story):
                finish_story(result, doc, detect_language=detect_languages, charset_note=charset_note)
    except Exception as err:  # same contract as above: report, never raise
        return [Rejected(doc.source, f"{parser.name}: finishing failed: {type(err).__name__}: {err}", doc.data)]
    return results


def finish_story(
    story: Story, doc: RawDocument, *, detect_language: bool = True, charset_note: str | None = None
) -> Story:
    """What every format shares once its parser is done: flags for headline-only
    items and kill notices, charset repairs (the document's, and mojibake in the
    story's text), the language (normalised, or detected from the text when the
    metadata has none) and a str->str metadata map."""
    _repair_text(story, charset_note)
    story.body = story.body.strip()
    if not story.body and "no_body" not in story.flags:
        story.flags.append("no_body")
    if story.pub_status:
        story.pub_status = story.pub_status.strip().lower()
        if story.pub_status in {"canceled", "cancelled", "kill", "killed"}:
            story.pub_status = "canceled"
            if "canceled" not in story.flags:
                story.flags.append("canceled")
    declared = story.language
    story.language = normalize_language(declared)
    if declared and story.language is None:
        story.raw_metadata.setdefault("language_declared", declared)
    if story.language and "-" in story.language:
        # Keep the full tag, give the record the primary language the annotators key on.
        story.raw_metadata.setdefault("language_tag", story.language)
        story.language = story.language.split("-")[0]
    if story.language is None and story.body and detect_language:
        detected = _detect_language(f"{story.headline or ''}\n{story.body}")
        if detected:
            story.language = detected
            story.raw_metadata["language_detected"] = "true"
    story.raw_metadata = {str(k): str(v) for k, v in story.raw_metadata.items() if v is not None}
    return story


def _repair_text(story: Story, charset_note: str | None) -> None:
    notes = [charset_note] if charset_note else []
    repaired = False
    for name in ("headline", "byline", "dateline", "body"):
        fixed = repair_mojibake(getattr(story, name))
        if fixed is not None:
            setattr(story, name, fixed)
            repaired = True
    captions = [repair_mojibake(c) for c in story.captions]
    if any(c is not None for c in captions):
        story.captions = [fixed or c for fixed, c in zip(captions, story.captions)]
        repaired = True
    if repaired:
        notes.append("text double-encoded upstream (mojibake): repaired")
    if notes:
        story.raw_metadata["charset"] = "; ".join(notes)
        if CHARSET_FLAG not in story.flags:
            story.flags.append(CHARSET_FLAG)
