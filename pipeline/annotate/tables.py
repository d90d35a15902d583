"""Names in results tables, standings and price lists, where the NER reads rows as prose.

A third of newswire names sit in tabular paragraphs ("Leeds 3 Hull 1", "1. Ana Reyes (Chile)
12.71", "B. Okafor c Lindqvist b Novak 13"). The model joins a name to the score beside it or
misses it. Here a tabular line is cut into cells at numbers, punctuation and lower-case words,
and each cell that looks like a name is typed by what works there:

1. a name the story already knows (its prose, or the NER elsewhere): that type;
2. an entity of the NER on exactly the cell;
3. a country (GeoNames): a place; initials and a surname ("B. Okafor"): a person;
4. two to four words followed by a country in brackets: a person (an athlete and nation);
5. in a sports story, a row's leading name followed by figures: a team;
6. else the NER's label on the cell's words, if it gave one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of, text_of
from pipeline.annotate.groups import alias_key
from pipeline.annotate.organisations import is_country, is_known_place
from pipeline.annotate.span_cleaning import BYLINE_BY

_TABLE_WORDS = lexicons.words("table_words.txt") | lexicons.words("month_and_day_names.txt")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "le", "la", "del", "dos", "di", "du", "al", "bin"})
_CONNECTORS = frozenset({"AT", "V", "VS", "AND", "OR", "BEAT", "V."})
# One token of a table line: a word (letters first, with inner dots, hyphens, apostrophes),
# a number, or one other character.
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[\w.])?|\d[\d.,:/-]*|\S")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s?)?[A-Z]")
_CLOCK = frozenset({"a.m.", "p.m.", "a.m", "p.m"})
_SENTENCE_END = (".", "?", "!", '"', "'", ")", "”")

Mention = tuple[str, int, int, str]


def tabular_lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the body that is a table row, a list entry or a heading
    rather than prose: a quarter of its words or more carry figures, or it is short and does
    not end like a sentence. A short line that closes on a colon after a lower-case word is a
    sentence introducing what follows ("Police Chief Dana Roe told reporters:"), not a row
    ("Scorers:", "Witness Roe:")."""
    out = []
    pos = 0
    for line in body.split("\n"):
        words = line.split()
        if words:
            figures = sum(1 for w in words if any(map(str.isdigit, w))) if any(map(str.isdigit, line)) else 0
            short = len(words) < 8 and not line.rstrip().endswith(_SENTENCE_END) and not _lead_in(words)
            if figures >= 0.25 * len(words) or short:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _lead_in(words: list[str]) -> bool:
    """Whether a line's words close on a colon after a lower-case word of two letters or more."""
    return words[-1].endswith(":") and any(w.isalpha() and w.islower() and len(w) > 1 for w in words[1:])


def headings(body: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Those of the tabular ``lines`` (``tabular_lines(body)``) that are headings in title case
    standing alone ("Phone Maker Apologizes for Slowing Older Devices", a crawled story's headline
    or a subhead left in the body): at the top of the body or after prose, with prose after; three
    words or more, no figures, no list punctuation, not all capitals, no byline, and every word of
    four letters or more capitalised. The NER reads such a line as one long name."""
    out = []
    for k, (start, end) in enumerate(lines):
        line = body[start:end]
        words = line.split()
        if len(words) < 3 or line.isupper() or any(ch.isdigit() or ch in ",;:()|/" for ch in line):
            continue
        if words[0].lower() == "by" or not all(w[:1].isupper() for w in words if sum(map(str.isalpha, w)) >= 4):
            continue
        before = body[lines[k - 1][1] : start] if k else body[:start]
        after = body[end : lines[k + 1][0]] if k + 1 < len(lines) else body[end:]
        if (k == 0 or before.strip()) and after.strip():
            out.append((start, end))  # (prose, or nothing, before; prose after: not a table's row)
    return out


def _cells(body: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, index of the first token) of each run of name words in one line."""
    tokens = [(start + m.start(), start + m.end(), m.group(0)) for m in _TOKEN.finditer(body[start:end])]
    cells, current = [], []

    def close() -> None:
        while current and current[-1][2].lower() in _PARTICLES:
            current.pop()
        while current and current[0][2].lower() in _CLOCK:
            current.pop(0)  # "Friday 7 P.M. PRESS CONFERENCE UPDATE": the time's, no initials
        while len(current) > 1 and lexicons.title_only_before_people(current[0][2]):
            current.pop(0)  # "— Sen. Mara Linde": the name, as a title before a name in prose is no part of it
        if current:
            cells.append((current[0][0], current[-1][1], current[0][3]))
        current.clear()

    for index, (s, e, text) in enumerate(tokens):
        gap = body[current[-1][1] : s] if current else " "
        name_word = text[:1].isupper() and text not in _CONNECTORS
        particle = bool(current) and text in _PARTICLES
        if (name_word or particle) and (not current or gap == " "):
            current.append((s, e, text, index))
            continue
        close()
        if name_word:
            current.append((s, e, text, index))
    close()
    return [(s, e, i) for s, e, i in cells]


def in_lines(lines: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset falls inside one of ``lines`` (sorted, non-overlapping)."""
    starts = [s for s, _ in lines]

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < lines[i][1]

    return inside


def table_mentions(
    doc: Doc,
    lines: list[tuple[int, int]],
    *,
    known: Callable[[str], str | None],
    sports: bool,
    text: str | None = None,
) -> list[Mention]:
    """Name mentions in the tabular ``lines`` of ``doc``: (text, start, end, label).

    ``text``: ``doc.text`` when the caller has it already (building it walks every token).

    ``known(text)`` gives the label the story already gives a name, or None.
    """
    body = text_of(doc) if text is None else text
    ner_exact = {(e.start_char, e.end_char): e.label_ for e in ents_of(doc)}
    token_labels: dict[int, str] = {}
    for ent in ents_of(doc):
        for token in ent:
            token_labels[token.idx] = ent.label_
    lowered = Counter(w for w in re.findall(r"\b[a-z][a-z'-]+\b", body))
    out: list[Mention] = []
    for line_start, line_end in lines:
        line = body[line_start:line_end]
        shouting = line.upper() == line
        cells = _cells(body, line_start, line_end)
        for start, end, _ in cells:
            text = body[start:end].rstrip(".") if not _keeps_dot(body[start:end]) else body[start:end]
            end = start + len(text)
            if not text or len(text) < 2:
                continue
            words = text.split()
            look = " ".join(w.capitalize() for w in words) if shouting else text
            if all(w.lower() in _TABLE_WORDS for w in words):
                continue
            label = known(look) or known(text) or _person_by_form(body, end, line_end, look)
            if label is None and sports and _team_row(body, end, line_end, look):
                label = "ORG"  # "Gravenholm 3 Marsk 1", "HAITAI 64 2 43 .596"
            label = label or ner_exact.get((start, end))
            if label in ("GPE", "LOC") and sports and not is_country(look) and not _venue(body, start, end, line_start):
                label = "ORG"  # "Leeds 3 Hull 1", "LEEDS AT HULL": in a sports table a town is its team
            if label is None:
                if len(words) == 1 and lowered[text.lower()] and not is_known_place(look):
                    continue  # "Extras" where the story also writes "extras"
                label = _guess(body, start, end, look, line_end, sports=sports, token_labels=token_labels)
            if label == "PERSON" and (by := BYLINE_BY.match(text)):
                text, start = text[by.end() :], start + by.end()  # "By Ana Reyes" on a line of its own
            if label:
                out.append((text, start, end, label))
    return out


def _person_by_form(body: str, end: int, line_end: int, look: str) -> str | None:
    """PERSON for initials and a surname ("B. Okafor") and for an athlete before a nation in
    brackets ("Ana Reyes (Chile)"), whatever the NER said; else None."""
    if _INITIALS.match(look) and len(look.split()) <= 4:
        return "PERSON"
    after = body[end:line_end].lstrip()
    if 2 <= len(look.split()) <= 4 and after.startswith("("):
        if is_country(after[1:].split(")", 1)[0].strip()):
            return "PERSON"
    return None


def _team_row(body: str, end: int, line_end: int, look: str) -> bool:
    """A one-word name (or a town) followed by a plain count: a score or a standings row, which
    teams have; a bowler's "10-1-41-2" or a sprinter's "10.03" is not one."""
    if len(look.split()) > 1 and not is_known_place(look):
        return False
    return bool(re.match(r"\s+\d+(?:\s|$)", body[end:line_end] + " "))


def _venue(body: str, start: int, end: int, line_start: int) -> bool:
    """A place where a game is played: a line's heading before a colon ("Leeds: Hull beat ..."),
    or after a lower-case "at"/"in" ("(at Leeds)", "(at Elland Road, Leeds)")."""
    if not body[line_start:start].strip() and body[end : end + 1] == ":":
        return True
    if re.search(r"\b(?:at|in)\s*$", body[max(line_start, start - 6) : start]):
        return True
    bracket = body.rfind("(", line_start, start)
    return bracket != -1 and ")" not in body[bracket:start] and body[bracket + 1 : bracket + 4] == "at "


def _keeps_dot(text: str) -> bool:
    return bool(re.search(r"(?:\b[A-Z]\.|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.)$", text))


def _guess(
    body: str, start: int, end: int, look: str, line_end: int, *, sports: bool, token_labels: dict[int, str]
) -> str | None:
    """A label for a cell no one has named: country, a name alone in brackets, a sports row's
    team, or the NER's label on its words."""
    if is_country(look):
        return "GPE"
    after = body[end:line_end].lstrip()
    before = body[:start].rstrip()[-1:]
    if before == "(" and after.startswith(")"):
        return "GPE" if is_known_place(look) else None
    figures_follow = bool(re.match(r"\d", after))
    if sports and figures_follow:
        return "ORG"
    labels = [token_labels.get(start + m.start()) for m in re.finditer(r"\S+", body[start:end])]
    labels = [lab for lab in labels if lab in ("PERSON", "ORG", "GPE", "LOC", "NORP")]
    if labels:
        return Counter(labels).most_common(1)[0][0]
    return None


def known_labels(mentions: list[Mention], person_key: Callable[[list[str]], str | None]) -> Callable[[str], str | None]:
    """A lookup of the labels the story's own mentions give each name (most common wins), which
    also knows a lone surname of the story's people."""
    votes: dict[str, Counter] = {}
    for text, _, _, label in mentions:
        votes.setdefault(alias_key(text), Counter())[label] += 1

    def lookup(text: str) -> str | None:
        found = votes.get(alias_key(text))
        if found:
            return found.most_common(1)[0][0]
        words = text.split()
        if len(words) <= 2 and person_key(words):
            return "PERSON"
        return None

    return lookup
