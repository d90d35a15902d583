"""Plain wire text to paragraphs: what a blank line, an indented line or a short line means.

Three layouts reach us as plain text:

- blank-line paragraphs (plain-text files, ninjs ``body_text``, ``inlineData``);
- teletype layout (ANPA-1312, IPTC 7901, and the same text Reuters and ANSA put inside one XHTML
  ``<p>``): an indented line or a blank line starts a paragraph, lines wrapped at a fixed width
  continue it;
- lists (headline lists, digests, results tables): lines that stop well short of the width the
  text is wrapped at are lines of their own, never run together.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n")
_SPACE = re.compile(r"[ \t\u00a0]+")
# A wrapped line stops at most about a long word short of the width; shorter lines end for a reason.
_RAGGED_MARGIN = 20
# Texts with lines this short were not wrapped to a width at all.
_MIN_WRAP_WIDTH = 40


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each on one line, empty ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINE.split(text)
    if len(blocks) == 1 and "\n" in text.strip():
        # No blank lines at all: one paragraph a line.
        blocks = text.split("\n")
    out = []
    for block in blocks:
        line = " ".join(part.strip() for part in block.split("\n") if part.strip())
        line = line.replace("\u00a0", " ").strip()
        if line:
            out.append(line)
    return out


def _indented(line: str) -> bool:
    return line[:1] == "\t" or line[:2] == "  "


def indented_paragraphs(lines: list[str]) -> list[str]:
    """Paragraphs of teletype text: a blank line or an indented line (tab or 2+ spaces) starts a
    new one; an unindented line continues the current one, unless the line before it stopped
    well short of the width the text is wrapped at (a list, a table, a heading line)."""
    width = _wrap_width(lines)
    out: list[str] = []
    current: list[str] = []
    previous = ""
    for line in lines:
        ragged = bool(previous.strip()) and width is not None and len(previous.rstrip()) < width - _RAGGED_MARGIN
        if not line.strip() or _indented(line) or ragged:
            if current:
                out.append(" ".join(current))
            current = []
        if line.strip():
            current.append(_SPACE.sub(" ", line).strip())
        previous = line
    if current:
        out.append(" ".join(current))
    return [p for p in out if p]


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at: the longest lines, once the odd overlong one is left out
    (when even those are too short to have been wrapped, a width every line stops short of: a list,
    every line stands alone); None when no line continues another (paragraphs are single lines)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    continued = any(line.strip() and not _indented(line) and before.strip() for before, line in zip(lines, lines[1:]))
    if not lengths or not continued:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    return width if width >= _MIN_WRAP_WIDTH else _MIN_WRAP_WIDTH + _RAGGED_MARGIN


def preformatted_paragraphs(raw: str) -> list[str] | None:
    """Paragraphs of teletype text put inside one markup block (Reuters' and ANSA's XHTML
    ``<p>``), or None when the block's line breaks are just markup indentation.

    It is teletype text when, once the indentation every line shares is removed, there is a blank
    line between two lines of text, or lines wrap (an unindented line continues one) and more than
    one line is indented to start a paragraph (a single one is as likely a pretty-printer's
    uneven indentation).
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) < 3:
        return None
    # The first line follows the opening tag directly, so it does not show the shared indentation.
    rest = [line for line in lines[1:] if line.strip()]
    if not rest:
        return None
    shared = min(len(line) - len(line.lstrip(" \t")) for line in rest)
    lines = [lines[0].strip()] + [line[shared:] if line.strip() else "" for line in lines[1:]]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    texts = [i for i, line in enumerate(lines) if line.strip()]
    blank_between = any(not lines[i].strip() for i in range(texts[0], texts[-1])) if texts else False
    pairs = [(before, line) for before, line in zip(lines, lines[1:]) if before.strip() and line.strip()]
    starts = sum(1 for _, line in pairs if _indented(line))
    continued = any(not _indented(line) for _, line in pairs)
    if not (blank_between or (starts >= 2 and continued)):
        return None
    found = indented_paragraphs(lines)
    return found if len(found) > 1 else None


# A desk's sign-off closing the text: the agency and the initials of those who wrote and edited it
# ("dpa grj rmo", AFP's "hh/ph/ts/hd").
_SIGNOFF = re.compile(r"^(?:[a-z]{2,4}(?:[ /]+[a-z]{2,4}){1,7})$")


def split_signoff(paras: list[str], metadata: dict[str, str]) -> list[str]:
    """The paragraphs without a closing sign-off line, which goes to ``metadata['signoff']``."""
    if len(paras) > 1 and _SIGNOFF.match(paras[-1].strip()):
        metadata["signoff"] = paras[-1].strip()
        return paras[:-1]
    return paras
