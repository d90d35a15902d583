"""Page furniture in a crawled body: lines that are not the story's prose.

Pages crawled from news sites carry, inside the body text, blocks that belong to the page rather
than to the story: links to other stories ("Related Stories:" and a list of headlines,
"READ MORE: <headline>"), photo credits ("(Photo: Name/Agency)", "View Full Caption Name/Agency",
a line "Name | Agency" or "Name/for the Daily News") and bylines ("By Name and Name"). A
headline of another story may hold a quotation ("Mayor: “We Will Rebuild”") that is no speech
of this story, and the names in credits and bylines are no referents of its "he" and "she". A
wire dateline ("GENEVA (AP) —") credits the agency: it is not the organisation "the agency said"
means.

``furniture_ranges`` finds these from the shape of the line (a label from
``lexicons/related_story_labels.txt`` or ``credit_labels.txt``, a headline's missing full stop, a
credit's slash between names); quotes in a range are titles with no speaker and the discourse
focus skips them. Linear in the body.
"""

from __future__ import annotations

import functools
import re

from pipeline.annotate import lexicons
from pipeline.annotate.organisations import is_known_place

# A list of headlines under a bare label ends at the first line that is not one, or after this many.
MAX_LIST_LINES = 12
# A headline (or a credit line) is short: more words make it prose.
MAX_HEADLINE_WORDS = 24
MAX_CREDIT_WORDS = 12

_LINE = re.compile(r"[^\n]+")
_SEPARATOR = r"\s*(?:[:|»>›–—]|-{1,2}\s)"
_CLOSERS = "”\"’'»)]"
_CAP = r"[A-Z][\w.'’&-]*"
_NAMES = rf"{_CAP}(?:\s+(?:{_CAP}|of|and|the|for|de|van|von))*"
# "Name/Agency", "Name / The Star", "Name | Getty Images", "Name/for the Daily News".
_CREDIT = rf"{_NAMES}\s*(?:/|\|)\s*(?:for\s+)?(?:the\s+)?{_NAMES}"
_CREDIT_LINE = re.compile(rf"^{_CREDIT}$")
# A credit closing a caption: "… were hurt. Name / The Star", "… on Monday. (Name/Staff)".
_CREDIT_AFTER_SENTENCE = re.compile(rf"(?<=[.!?”\"] )(?:\(\s*{_CREDIT}\s*\)|{_CREDIT})$")
_CREDIT_IN_BRACKETS = re.compile(rf"\(\s*{_CREDIT}\s*\)")
_BYLINE = re.compile(rf"^By\s+{_NAMES}(?:\s*(?:,|and|&)\s*{_NAMES})*\.?$")
# A wire dateline opening a paragraph: "GENEVA (AP) —", "FRANKFURT, Germany (Reuters) -",
# "LONDON, Jan 5 (Reuters) -", "(Reuters) -"; the bracket must hold a news agency
# (``news_agencies.txt``). Indian wires write no dash: "NEW DELHI, Sept 9 (PTI) The ministry …".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z0-9][\w.'’-]*){0,5}\s*)?\(([^()\n]{2,40})\)(?:\s*[-—–]{1,2}|\s+(?=[A-Z“\"‘']))"
)


# A dateline without an agency opening the story: the place in capitals (up to three words), a
# region, a country or a date after a comma, and a dash ("KARSHAN, Teveria — ", "HADLEY FALLS — ",
# "VELDRAN, Aug 1 — "). Its places are where the story was filed, no referent of what follows
# ("what it called “…”" is not the country's).
_PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,2})?\s+[—–-]{1,2}\s"
)


# A dateline in capitals closed by a colon, as Malaysian and Singaporean papers print it: "KOTA
# KINABALU: ", "PETALING JAYA: " (the place must be one the gazetteer knows).
_COLON_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")


def is_dateline(prefix: str) -> bool:
    """Whether ``prefix``, the text of a paragraph before a quotation, is a dateline alone
    ("BAMAKO — ", "GENEVA (AP) — "): the quotation opens the story's sentence all the same."""
    stripped = prefix.strip() + " "
    for pattern in (_PLACE_DATELINE, _DATELINE):
        match = pattern.match(stripped)
        if match is not None and not stripped[match.end() :].strip():
            return True
    return False


@functools.cache
def _label_pattern(name: str) -> re.Pattern[str]:
    labels = sorted(lexicons.words(name), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(label) for label in labels) + r")\b", re.IGNORECASE)


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that are page furniture, in order and not overlapping."""
    found: list[tuple[int, int]] = []
    in_list = 0  # lines left of a headline list opened by a bare label
    for match in _LINE.finditer(text):
        start, end = match.span()
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        lo = start + len(line) - len(line.lstrip())
        hi = start + len(line.rstrip())
        related = _related_line(stripped)
        if related is not None:
            found.append((lo, hi))
            in_list = MAX_LIST_LINES if related == "label" else 0
            continue
        if in_list and _headline_like(stripped):
            found.append((lo, hi))
            in_list -= 1
            continue
        in_list = 0
        dateline = _DATELINE.match(stripped)
        if dateline is not None and dateline.group(1).strip() in lexicons.words("news_agencies.txt"):
            found.append((lo, lo + dateline.end()))  # the agency is the story's credit, no referent
        elif not text[:lo].strip() and (place := _PLACE_DATELINE.match(stripped)) is not None:
            # (only opening the story: a capitalised section head later, "CONGRESS HAS
            # INVESTIGATED HIM — Oz's advice …", is prose)
            found.append((lo, lo + place.end()))
        elif not text[:lo].strip() and (place := _COLON_DATELINE.match(stripped)) is not None:
            if is_known_place(place.group(1)):
                # "KOTA KINABALU: Chief Minister …" (Malaysian and Singaporean style): a place the
                # gazetteer knows, so no transcript's speaker label ("TRUMP: …")
                found.append((lo, lo + place.end()))
        credit = _credit_in_line(stripped)
        if credit is not None:
            found.append((lo + credit[0], lo + credit[1]))
    return found


def _related_line(line: str) -> str | None:
    """ "label" for a line that is only a related-stories label (a list follows), "headline" for a
    label with a headline after it on the line, None for anything else."""
    match = _label_pattern("related_story_labels.txt").match(line)
    if match is None:
        return None
    rest = line[match.end() :]
    if not rest.strip(" :|»>›–—-"):
        return "label"
    separated = re.match(_SEPARATOR, rest) is not None
    # A label then a headline with no separator ("Related Coverage Two hurt in crash"): only a
    # line that does not end as a sentence does, so prose ("Also on Monday, police …") is kept.
    if separated or (match.group().count(" ") >= 1 and rest[:1] == " " and _headline_like(rest.strip())):
        return "headline"
    return None


def _headline_like(line: str) -> bool:
    """A line shaped as a headline: short, and not ending as a sentence of prose does (a
    headline has no full stop, unless inside a quotation that closes it)."""
    words = line.split()
    if not words or len(words) > MAX_HEADLINE_WORDS:
        return False
    bare = line.rstrip()
    if bare.endswith(tuple(_CLOSERS)):
        return True
    return not bare.endswith((".", ":", ";", ","))


@functools.cache
def _credit_words() -> tuple[str, ...]:
    """The first words of the credit labels: a line holding none of them has no labelled credit."""
    return tuple(sorted({label.split()[0] for label in lexicons.words("credit_labels.txt")}))


def _credit_in_line(line: str) -> tuple[int, int] | None:
    """Where a photo credit or byline sits in ``line`` (offsets into it), if it holds one. The
    cheap tests (a label word, a slash or bar) come first: most lines are prose and hold none."""
    words = line.split()
    if len(words) <= MAX_CREDIT_WORDS and (_CREDIT_LINE.match(line) or _BYLINE.match(line)):
        return 0, len(line)
    lower = line.lower()
    if any(word in lower for word in _credit_words()):
        labelled = _labelled_credit(line)
        if labelled is not None:
            return labelled
    if "/" not in line and "|" not in line:
        return None
    bracket = _CREDIT_IN_BRACKETS.search(line)
    if bracket is not None and not line[bracket.end() :].strip():
        return bracket.start(), len(line)
    after = _CREDIT_AFTER_SENTENCE.search(line)
    if after is not None:
        return after.start(), len(line)
    return None


def _labelled_credit(line: str) -> tuple[int, int] | None:
    """A credit a label opens: "(Photo: Name, Agency)", "… on Monday. View Full Caption Name"."""
    credit_label = _label_pattern("credit_labels.txt")
    # "(Photo: Name, Agency)", "(Courtesy of the family)": a bracket opened by a credit label.
    for bracket in re.finditer(r"\(([^()\n]{1,120})\)", line):
        if credit_label.match(bracket.group(1)) and _label_then_credit(bracket.group(1), credit_label):
            return bracket.start(), len(line)
    # "Photo: Name/Agency Image 1 of 9" (a line), "… on Monday. View Full Caption Name/Agency"
    for label in credit_label.finditer(line):
        at = label.start()
        if at and not line[:at].rstrip().endswith((".", "!", "?", "”", '"', ")")):
            continue
        if not _label_then_credit(line[at:], credit_label):
            continue
        labelled = line[label.end() : label.end() + 2].lstrip().startswith(":")
        if len(line[at:].split()) <= MAX_CREDIT_WORDS or (at == 0 and labelled):
            return at, len(line)
    return None


def _label_then_credit(rest: str, credit_label: re.Pattern[str]) -> bool:
    """Whether ``rest`` opens with a credit label followed by a separator, a name or nothing."""
    match = credit_label.match(rest)
    if match is None:
        return False
    after = rest[match.end() :]
    return not after.strip() or re.match(r"\s*(?::|by\b|\s[A-Z(])", after) is not None
