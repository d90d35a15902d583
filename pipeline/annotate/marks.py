"""Quotation marks in running text: which open, which close, and the spans they enclose.

Pure text, no spaCy. News copy mixes straight and curly marks, loses closing marks,
and leaves a paragraph's quotation open when the next paragraph continues it; every
one of those must give a sensible span and none may raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipeline.annotate import lexicons

Role = Literal["open", "close", "either"]

_DOUBLE_OPEN = "“„«‟"
_DOUBLE_CLOSE = "”»"
_DOUBLES = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
_DOUBLE_MARK = re.compile("[" + re.escape(_DOUBLES) + "]")  # (a paragraph's marks in one scan)
_OPEN_BEFORE = "([{—–-/"  # characters after which a mark opens
_CLOSE_AFTER = ".,;:!?)]}—–-…"  # characters before which a mark closes
_PARAGRAPH = re.compile(r"[^\n]+")
# A straight single mark opening on a capital at a word's start and closing after punctuation:
# "'We will not leave,' she said" (see ``_straight_single_primary``).
# (an apostrophe inside may end a word's letters: "don't", "the nurses' union")
_STRAIGHT_QUOTATION = re.compile(
    r"(?:^|(?<=[\s(]))'[A-Z](?:[^'\n]|(?<=\w)'(?=[a-z])|(?<=s)' (?=\w))*[,.?!]'(?![A-Za-z])", re.MULTILINE
)
# Two apostrophes typed for a closing double mark (“…,’’ / "…,''), as some newsroom systems
# write it: they close a quotation, at a word's end ...
_APOSTROPHES = "'’"
_DOUBLE_APOSTROPHE_CLOSE = re.compile(r"(?<=[^\s'’])(?:''|’’)(?![\w'’])")
# ... and two straight apostrophes open one at a word's start (''…'', as the New York Times'
# feed and other 7-bit copy type “…”): after a space, a paragraph's start or an opening bracket
# or dash, before a word. Nothing else in prose is two apostrophes before a word.
_DOUBLE_APOSTROPHE_OPEN = re.compile(r"(?<![^\s(\[{—–/-])''(?=[^\s'’])")
# Two backticks typed for an opening double mark (``…''), the 7-bit transliteration of AP's ANPA
# feeds: they open a quotation wherever a word follows them (nothing else in prose is two
# backticks), and the two apostrophes above close it.
_BACKTICKS_OPEN = re.compile(r"``(?=[^\s`])")
# Markup left in a body: a tag's quotation marks delimit attribute values, and the text of an
# embedded document (a post, a script) is not the story's prose.
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]{0,30})(?:\s[^<>\n]{0,2000}?)?(/?)>")
_EMBEDS = frozenset({"tweet", "script", "style", "iframe", "embed", "object"})


@dataclass
class QuoteSpan:
    """The text between a pair of marks (without them); offsets into the text."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when left open
    paragraph: int
    nested: bool = False
    continues: int | None = None  # index of the span this one continues (next paragraph)

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _role(text: str, i: int, lo: int, hi: int) -> Role:
    if text[i] == "`":
        return "open"  # the first of two backticks opening a double quotation: ``…
    if text[i] in _APOSTROPHES:
        if _DOUBLE_APOSTROPHE_OPEN.match(text, i):
            return "open"  # two apostrophes before a word: ''We will …
        return "close"  # the first of two apostrophes closing a double quotation: “…,’’ she said
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    opens = prev.isspace() or prev in _OPEN_BEFORE or prev in _DOUBLES
    closes = nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _DOUBLES
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    ch = text[i]
    if ch in _DOUBLE_OPEN:
        return "open"
    if ch in _DOUBLE_CLOSE:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _pairs(text: str, marks: list[int], lo: int, hi: int) -> tuple[list[tuple[int, int | None, bool]], int | None]:
    """Pair marks in one paragraph: (open, close, nested) triples and a mark left open at the end.

    A close of ``None`` or below zero means the quote lost its closing mark (it ends at the
    paragraph end, or where ``-close`` opens the next one).
    """
    roles = [_role(text, i, lo, hi) for i in marks]
    pairs: list[tuple[int, int | None, bool]] = []
    open_at: int | None = None
    k = 0
    while k < len(marks):
        i, role = marks[k], roles[k]
        if open_at is None:
            if role != "close":
                open_at = i
            # A stray closing mark with nothing open is ignored.
        elif role != "open" or _closes_after_space(text, i, lo):
            pairs.append((open_at, i, False))
            open_at = None
        else:
            ahead = 0
            while k + 1 + ahead < len(marks) and roles[k + 1 + ahead] != "open":
                ahead += 1
            if ahead >= 2:
                # “… what he calls “hell” than …”: a quotation inside the quotation.
                pairs.append((i, marks[k + 1], True))
                k += 2
                continue
            # Two openings in a row: the first lost its closing mark. It ends where the next begins.
            pairs.append((open_at, -i, False))
            open_at = i
        k += 1
    return pairs, open_at


def _opening_width(text: str, i: int) -> int:
    """How many characters the opening mark at ``i`` takes: two for `` and '', else one."""
    return 2 if text.startswith(("``", "''"), i) else 1


def _closes_after_space(text: str, i: int, lo: int) -> bool:
    """A straight mark typed after the space that follows the quotation's last comma or full
    stop, on the cue's first letter: “… he delivers, "said Roe”. With a quotation open it
    closes it (a new quotation never opens on a lower-case cue glued to its mark)."""
    return (
        text[i] == '"'
        and i - 2 >= lo
        and text[i - 1] == " "
        and text[i - 2] in ",.?!"
        and i + 1 < len(text)
        and text[i + 1].islower()
    )


def _is_nickname(text: str, span: QuoteSpan) -> bool:
    """Marcia "Cia" Price, Thomas "Tip" O'Neill, Stephen "Pinpin" Araneta-Llorente, Bernard “Mzee
    wa Kazi” Okumu: a quoted nickname inside a name (the surname after it may be double-barrelled;
    a nickname of three or four words has its first and last capitalised and only short words in
    lower case between)."""
    if span.close_mark is None:
        return False
    inner = text[span.start : span.end].split()
    before = text[max(0, span.open_mark - 30) : span.open_mark].split()
    after = text[span.close_mark + 1 : span.close_mark + 31].split()
    # (a longer one, or one with a word in lower case, only after a given name: not the title in
    # 'a Harbor Gulls "Night of Stars" Fan Experience')
    long = len(inner) > 2 or any(w.islower() for w in inner)
    return (
        1 <= len(inner) <= 4
        and all(
            (w[:1].isupper() or (0 < n < len(inner) - 1 and len(w) <= 3 and w.islower()))
            and w.replace("'", "").replace(".", "").isalpha()
            for n, w in enumerate(inner)
        )
        and (not long or (bool(before) and lexicons.is_listed_given_name(before[-1])))
        and bool(before)
        and bool(after)
        and before[-1][:1].isupper()
        and before[-1].isalpha()
        and after[0][:1].isupper()
        and after[0].rstrip(",.;:").replace("'", "").replace("’", "").replace("-", "").isalpha()
        and text[span.open_mark - 1 : span.open_mark] == " "
        and text[span.close_mark + 1 : span.close_mark + 2] == " "
    )


def _single_spans(text: str, lo: int, hi: int, *, curly_only: bool = False) -> list[tuple[int, int]]:
    """Single-quoted spans in text[lo:hi]: an opening mark at a word start, a closing one at a
    word end (so the apostrophes of "don't" and "Russia's" are never marks), and no second
    opening mark between (so "rock 'n' roll" and "the '90s" pair with nothing). A mark after an
    "s" and before a word may be a plural's possessive ("the nurses' union") or the close
    ("‘pills’ during"): it closes only when no other close follows."""
    opening, closing = ("‘", "’") if curly_only else ("‘'", "’'")
    spans = []
    i = lo
    while i < hi:
        if _opens_single(text, i, lo, hi, opening):
            j, close, possessive = i + 1, None, None
            while j < hi and not _opens_single(text, j, lo, hi, opening):
                if text[j] in closing and text[j - 1] not in " \t" and (j + 1 >= hi or not text[j + 1].isalpha()):
                    if not (text[j - 1] == "s" and text[j + 1 : j + 2] == " " and text[j + 2 : j + 3].isalpha()):
                        close = j
                        break
                    possessive = j if possessive is None else possessive
                j += 1
            close = close if close is not None else possessive
            if close is not None and close > i + 1:
                spans.append((i, close))
                i = close + 1
                continue
        i += 1
    return spans


# In copy that quotes with double marks, a paragraph with none quotes with single marks only in
# spans of at least this many words ("she said the plan was “a disgrace” … ‘We were promised a
# ferry,’ she said"): a shorter one is a title or a scare quote ("the ‘Low Point’").
MIN_SINGLE_QUOTATION_WORDS = 3


def _single_quotations(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Single-quoted quotations in the paragraph text[lo:hi] of copy that also uses double marks
    (copy from several hands, or a British story quoting a phrase in double marks): curly single
    marks when the paragraph has any, else straight ones shaped as a quotation
    (``_STRAIGHT_QUOTATION``); each of at least ``MIN_SINGLE_QUOTATION_WORDS`` words. The caller
    keeps those outside the paragraph's double-quoted spans (inside one they are nested)."""
    paragraph = text[lo:hi]
    if "‘" in paragraph:
        found = _single_spans(text, lo, hi, curly_only=True)
    elif "'" in paragraph and "``" not in paragraph and _STRAIGHT_QUOTATION.search(paragraph) is not None:
        found = _single_spans(text, lo, hi)
    else:
        return []
    return [(a, b) for a, b in found if len(text[a + 1 : b].split()) >= MIN_SINGLE_QUOTATION_WORDS]


def _opens_single(text: str, i: int, lo: int, hi: int, opening: str) -> bool:
    return text[i] in opening and (i == lo or not text[i - 1].isalnum()) and i + 1 < hi and text[i + 1].isalnum()


def _straight_single_primary(text: str) -> bool:
    """Whether copy with no double marks quotes with straight single marks, as plain-text feeds of
    British copy do: some span opens on a capital at a word's start and closes after a sentence's
    or clause's punctuation ("'We will not leave,' she said")."""
    if "'" not in text or "``" in text or _DOUBLE_APOSTROPHE_OPEN.search(text) is not None:
        return False  # (two apostrophes or backticks for double marks: ''…'', ``…'')
    return _STRAIGHT_QUOTATION.search(text) is not None


def markup_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of tags ("<tweet tweet-id="…">") and of embedded elements' content
    (from "<tweet …>" to "</tweet>" or "<tweet/>"), sorted."""
    ranges: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        start = match.start()
        if (closing or self_closing) and name in opened:
            start = opened.pop(name)  # the element's whole extent
        elif not (closing or self_closing) and name in _EMBEDS:
            opened[name] = start
        ranges.append((start, match.end()))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _outside(ranges: list[tuple[int, int]], positions: list[int]) -> list[int]:
    """``positions`` (sorted) that fall in none of ``ranges`` (sorted, disjoint)."""
    out, k = [], 0
    for i in positions:
        while k < len(ranges) and ranges[k][1] <= i:
            k += 1
        if k == len(ranges) or i < ranges[k][0]:
            out.append(i)
    return out


def find_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span in ``text``, in order, nested ones after the span holding them.
    Marks inside markup (see ``markup_ranges``) are not quotation marks."""
    spans: list[QuoteSpan] = []
    markup = markup_ranges(text) if "<" in text else []
    carried: int | None = None  # index of a span left open at the end of the previous paragraph
    # British style: curly single marks as the primary quotation marks, in copy with no
    # double marks at all (straight single marks stay apostrophes: they are too ambiguous).
    doubles = _DOUBLE_MARK.search(text) is not None
    single_primary = "‘" in text and not doubles
    straight_primary = not doubles and "‘" not in text and _straight_single_primary(text)
    for p, (lo, hi) in enumerate(paragraph_ranges(text)):
        marks = [m.start() for m in _DOUBLE_MARK.finditer(text, lo, hi)]
        if "''" in text[lo:hi] or "’’" in text[lo:hi]:
            marks += [m.start() for m in _DOUBLE_APOSTROPHE_CLOSE.finditer(text, lo, hi)]
            marks = sorted(marks + [m.start() for m in _DOUBLE_APOSTROPHE_OPEN.finditer(text, lo, hi)])
        if "``" in text[lo:hi]:
            marks = sorted(marks + [m.start() for m in _BACKTICKS_OPEN.finditer(text, lo, hi)])
        if markup:
            marks = _outside(markup, marks)
        pairs, left_open = _pairs(text, marks, lo, hi)
        singles = single_primary or straight_primary
        if singles:
            pairs = [(a, b, False) for a, b in _single_spans(text, lo, hi, curly_only=single_primary)]
            if single_primary:
                left_open = _single_left_open(text, lo, hi, pairs)
        elif doubles and carried is None and ("‘" in text[lo:hi] or "'" in text[lo:hi]):
            taken = [(a, hi if b is None else abs(b)) for a, b, _ in pairs]
            if left_open is not None:
                taken.append((left_open, hi))
            found = []
            for a, b in _single_quotations(text, lo, hi):
                overlapping = [(s, e) for s, e in taken if a < e and b > s]
                if overlapping and text[a] == "‘" and all(a < s and e < b for s, e in overlapping):
                    # ‘… “…” …’: the double marks quote inside the single-quoted quotation.
                    inner = {s for s, _ in overlapping}
                    pairs = [(s, e, nested or s in inner) for s, e, nested in pairs]
                elif overlapping:
                    continue
                found.append((a, b))
            pairs = sorted(pairs + [(a, b, False) for a, b in found], key=lambda pair: pair[0])
            if markup:
                pairs = [(a, b, n) for a, b, n in pairs if _outside(markup, [a]) and _outside(markup, [b])]
        para_spans: list[QuoteSpan] = []
        for open_at, close_at, nested in sorted(pairs):
            inside = open_at + _opening_width(text, open_at)
            if close_at is not None and close_at < 0:  # ended by the next opening mark
                bounds = _trimmed(text, inside, -close_at)
                close = None
            else:
                bounds = _trimmed(text, inside, close_at if close_at is not None else hi)
                close = close_at
                if close is not None and text[close] in _APOSTROPHES:
                    close += 1  # the second of the two apostrophes is the quotation's last mark
            if bounds:
                para_spans.append(QuoteSpan(bounds[0], bounds[1], open_at, close, p, nested=nested))
        if left_open is not None:
            bounds = _trimmed(text, left_open + _opening_width(text, left_open), hi)
            if bounds:
                para_spans.append(QuoteSpan(bounds[0], bounds[1], left_open, None, p))
        para_spans = [span for span in para_spans if not _is_nickname(text, span)]
        if carried is not None and not singles:
            resumed = _resumed_without_mark(text, marks, lo, hi, p)
            if resumed is not None:
                para_spans.append(resumed)
        para_spans.sort(key=lambda span: (span.open_mark, span.nested))
        # A quotation continued from the previous paragraph opens this one again.
        if carried is not None and para_spans and text[lo : para_spans[0].open_mark].strip() == "":
            para_spans[0].continues = carried
        carried = None
        first_new = len(spans)
        for span in para_spans:
            spans.append(span)
            if not span.nested:
                for a, b in _single_spans(text, span.start, span.end):
                    bounds = _trimmed(text, a + 1, b)
                    if bounds and bounds != (span.start, span.end):
                        spans.append(QuoteSpan(bounds[0], bounds[1], a, b, p, nested=True))
        tops = [i for i in range(first_new, len(spans)) if not spans[i].nested]
        if tops and spans[tops[-1]].close_mark is None and spans[tops[-1]].end == _trimmed_end(text, hi):
            carried = tops[-1]
    return spans


def _single_left_open(text: str, lo: int, hi: int, pairs: list) -> int | None:
    """The curly single mark that opens the paragraph text[lo:hi] and is not closed in it, when
    the paragraph ends a sentence: British copy quotes over several paragraphs so, as American
    copy does with double marks ("‘He was 26 when he joined.¶‘The evidence says otherwise.’")."""
    first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    if first >= hi or text[first] != "‘" or not _opens_single(text, first, lo, hi, "‘"):
        return None
    if any(a == first for a, _, _ in pairs) or "’" in text[first:hi].rstrip()[-2:]:
        return None
    return first if text[lo:hi].rstrip()[-1:] in (".", "?", "!") else None


def _resumed_without_mark(text: str, marks: list[int], lo: int, hi: int, paragraph: int) -> QuoteSpan | None:
    """The rest of a quotation the previous paragraph left open, when this paragraph goes on
    without opening it again and closes it: “We are devastated.¶Jo was loved by all,” the
    statement said. Copy whose paragraphs are single sentences, or whose feed dropped the
    reopening mark, reads so; its cue stands after the closing mark, in this paragraph.

    Only when this paragraph's first mark can only close (a letter or punctuation before it, a
    space or punctuation after) and comes before any other: a paragraph that starts a quotation
    of its own does not continue the last one. The span's ``open_mark`` is the paragraph's start
    (there is no mark); ``find_spans`` links it to the span it continues."""
    if not marks or _role(text, marks[0], lo, hi) != "close":
        return None
    bounds = _trimmed(text, lo, marks[0])
    if bounds is None:
        return None
    return QuoteSpan(bounds[0], bounds[1], lo, marks[0], paragraph)


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
