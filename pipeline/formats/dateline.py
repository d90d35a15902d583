"""Datelines: where (and often when, and through which agency) a story was filed, as agencies
write it at the head of the text. Every parser hands its body paragraphs to ``split_lead``, which
moves the dateline into ``Story.dateline`` and out of the body.

One grammar covers the agency styles, rather than a list of agencies::

    MOSCOW –                                   place in capitals, a dash
    WASHINGTON (AP) —                          + an agency in parentheses
    KABUL, Afghanistan (AP) —                  + region or country (up to two)
    MOSCOW, April 12 (Reuters) -               + a date
    STOCKHOLM, Aug 29, 2014 (AFP) -
    London (dpa) -                             a place in title case needs an agency or a date
    Tegucigalpa, Jan 2 (EFE).-                 the ".-" of Spanish-language agencies
    WASHINGTON (AP) _                          AP's teletype dash
    ATLANTA, Feb 19 AP -                       a bare agency name after a date
    Jan 30 (Reuters) -                         no place: a date and an agency
    (ANSA) - Rome, October 11 -                the agency first (kept as "Rome, October 11 (ANSA)")
    LONDON 1996-08-30                          a paragraph of its own (Reuters 1996, CoNLL)

A dateline of its own paragraph is removed whole, so the body that is left is an exact suffix of
the text the parser read. Labels that stand where a dateline would ("PUBLISHED: 22:07 GMT",
"BREAKING: ...") and headlines are not datelines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A word: starts with a letter, may hold the dots, apostrophes and hyphens of place names
# ("ST. LOUIS", "N'DJAMENA", "Saint-Denis", "N.Y.").
_W = r"[^\W\d_](?:[^\W_]|[.'’&\-])*"
_PLACE = rf"(?P<place>{_W}(?:(?:[ \t]+|/){_W}){{0,4}}?)"
_REGIONS = rf"(?P<regions>(?:,[ \t]*{_W}(?:[ \t]+{_W}){{0,2}}?){{0,2}}?)"
_DATE = (
    r"(?P<date>\d{4}-\d{2}-\d{2}"  # 1996-08-30
    r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?"  # 30.8.1996, 30.8.
    r"|(?P<month1>[^\W\d_]{3,10})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?"  # Aug 29, 2014
    r"|\d{1,2}(?:\.|er|º)?[ \t]+(?P<month2>[^\W\d_]{3,10})\.?(?:[ \t]+\d{4})?)"  # 5 mars 2024, 12. März
)
_AGENCY = r"(?:[ \t]*\([ \t]*(?P<agency>[^\W\d_][^()\d\n]{0,38}?)[ \t]*\))"
_BARE_AGENCY = r"(?:[ \t]+(?P<bare>[A-Z]{2,5}))"  # only after a date: "ATLANTA, Feb 19 AP -"
# The whole of a dateline, once its end is known: a place (regions, date, agency), or a date and agency.
_WITH_PLACE = re.compile(rf"{_PLACE}{_REGIONS}(?:,?[ \t]+{_DATE}{_BARE_AGENCY}?)?{_AGENCY}?")
_WITHOUT_PLACE = re.compile(rf"{_DATE}(?:{_BARE_AGENCY}|{_AGENCY})")
# Where a dateline may end: a dash with space around it, or one glued to ")" or "." (".-", "(AP)-"),
# or a colon; the text must go on after it.
_SEPARATOR = re.compile(r"(?:[ \t]+(?:--|-|—|–|_)|(?<=\))(?:--|-|—|–|_)|\.-|—|–|:)(?:[ \t]+|(?=[^\W\d_\"“„«‘']))")
_CLOSING_AGENCY = re.compile(r"\)[ \t]+")
_AGENCY_FIRST = re.compile(r"\([ \t]*(?P<agency>[^\W\d_][^()\d\n]{0,38}?)[ \t]*\)[ \t]*(?:--|-|—|–)[ \t]+")
_TRAILING_DASH = re.compile(r"[ \t]*(?:\.-|—|–|--|-|_|:)?[ \t]*$")

#: Longest dateline taken, in characters: anything longer is a sentence, not a dateline.
MAX_CHARS = 80
# Paragraphs a dateline may follow: Reuters puts "(Adds ...)" notes, "* " summary bullets and a
# "By ..." line above it.
_MAX_LEAD_INS = 8
_LEAD_IN = re.compile(r"^(?:\(.*\)|[*•·\-–] .*|By [^\W\d_].{0,60})$")

# Month names and abbreviations, first three letters, of the languages wire agencies file in
# (English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian; CLDR's month names).
_MONTHS = frozenset(
    "jan feb fév fev mar mär mrt apr avr abr may mai mag mei maj jun jui giu jul lug aug aoû ago "
    "sep set oct okt ott out nov dec déc dez dic des ene gen jän".split()
)
# Lower-case words inside place names ("Rio de Janeiro", "Frankfurt am Main").
_CONNECTORS = frozenset("de da do dos das del della di du des la le les am an im der den op on upon sur en y".split())
# Labels that web pages and wire copy put where a dateline would stand ("PUBLISHED: 22:07 GMT, 7 July
# 2012", "UPDATED: ...", "BREAKING: ..."): not the place a story was filed from.
_NOT_PLACES = frozenset({
    "POSTED", "PUBLISHED", "UPDATED", "LAST UPDATED", "CREATED", "MODIFIED", "UPDATE", "BREAKING",
    "BREAKING NEWS", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "CORRECTION", "URGENT", "FLASH", "BULLETIN",
    "ADVISORY", "NOTE", "EDITORS", "EDITOR'S NOTE", "EDITOR’S NOTE", "SOURCE", "SOURCES", "BY", "EDS",
    "CORRECTS", "REFILE", "REPEAT", "ATTENTION", "ACHTUNG", "EILT", "EXTRA", "ADDS", "WRITETHRU",
})  # fmt: skip
# Agencies whose name alone, in parentheses and with no dash after it, makes a dateline
# ("Frankfurt/Main (Reuters) Die Börse ..."); with a dash any name does. Without a dash the
# parentheses could as well hold a ticker ("Apple (AAPL) shares ...").
_AGENCIES = frozenset({
    "ap", "afp", "dpa", "reuters", "kna", "epd", "ansa", "efe", "apa", "sda", "ats", "ntb", "tt", "stt", "xinhua",
    "anp", "belga", "pap", "ctk", "čtk", "mti", "kyodo", "yonhap", "ria", "tass", "upi", "cp", "aap", "pa", "dts",
    "ritzau", "lusa", "bta", "hina", "sta", "dpa-afx", "awp", "ips", "iana", "aa",
})  # fmt: skip
# A structured dateline that only says when (Reuters' NewsML-G2 puts "2020-05-06 07:08:09 GMT+00:00" there).
_ONLY_A_TIME = re.compile(r"^[\d\s:.,/+\-TZ]*(?:GMT|UTC|Z)?[\d\s:+\-]*$")


def split_dateline(paragraph: str, *, agency_first: bool = True) -> tuple[str | None, str]:
    """``('MOSCOW, April 12 (Reuters)', 'Russia said ...')`` for a paragraph that opens with a
    dateline, ``('LONDON 1996-08-30', '')`` for a paragraph that is one, else ``(None, paragraph)``."""
    own = _own_paragraph(paragraph)
    if own:
        return own, ""
    first = _AGENCY_FIRST.match(paragraph) if agency_first else None
    if first:
        # The agency first, then a place and date with their own dash, or the text straight away.
        agency = first.group("agency").strip()
        place, rest = split_dateline(paragraph[first.end() :], agency_first=False)
        if place and "(" not in place:
            return f"{place} ({agency})", rest
        if agency.lower() in _AGENCIES or (agency.isupper() and len(agency) <= 6):
            return f"({agency})", paragraph[first.end() :]
    head = paragraph[: MAX_CHARS + 8]
    ends = [(m.start(), m.end(), m.group(0).strip()) for m in _SEPARATOR.finditer(head)]
    ends += [(m.start() + 1, m.end(), "") for m in _CLOSING_AGENCY.finditer(head)]
    for start, end, dash in sorted(ends):
        candidate = head[:start].strip()
        if not candidate or len(candidate) > MAX_CHARS:
            continue
        rest = paragraph[end:]
        match = _parse(candidate)
        if match is not None and rest.strip() and _accept(match, dash, rest):
            return candidate, rest
    return None, paragraph


def is_dateline(paragraph: str) -> bool:
    """True for a paragraph that is or opens with a dateline (not a headline, then)."""
    return split_dateline(paragraph)[0] is not None


def split_lead(
    paragraphs: Sequence[str], *, given: str | None = None, metadata: dict[str, str] | None = None
) -> tuple[str | None, list[str]]:
    """The story's dateline and its body paragraphs with the dateline taken out.

    The dateline is looked for in the first paragraph, or after the notes, summary bullets and
    byline that may stand above it. ``given`` is the format's own dateline field (NITF
    ``dateline``, NewsML ``DateLine``): it stays the dateline and a differing one in the body is
    kept in ``metadata['dateline_in_body']``; a given "dateline" that is only a time is kept in
    ``metadata['dateline_time']`` and the body's is used.
    """
    paras = list(paragraphs)
    found, at = None, None
    for index, paragraph in enumerate(paras[: _MAX_LEAD_INS + 1]):
        found, rest = split_dateline(paragraph)
        if found:
            at = index
            if rest.strip():
                paras[index] = rest
            else:
                del paras[index]
            break
        if not _LEAD_IN.match(paragraph):
            break
    given = _TRAILING_DASH.sub("", given).strip() or None if given else None  # "SYDNEY March 22 AAP -"
    if given and _ONLY_A_TIME.match(given):
        if metadata is not None:
            metadata["dateline_time"] = given
        given = None
    if given is None:
        return found, paras
    if found and at is not None and _norm(found) != _norm(given) and metadata is not None:
        metadata["dateline_in_body"] = found
    return given, paras


def _own_paragraph(paragraph: str) -> str | None:
    """A paragraph that is only a dateline: a place and a date and/or an agency."""
    text = paragraph.strip()
    if not text or len(text) > MAX_CHARS + 4 or "\n" in text:
        return None
    text = _TRAILING_DASH.sub("", text)
    match = _parse(text)
    if match is None or len(text) > MAX_CHARS:
        return None
    agency = match.group("agency")
    if match.group("date") or (agency and (_caps_place(match) or agency.strip().lower() in _AGENCIES)):
        return text
    return None


def _parse(text: str) -> re.Match[str] | None:
    """The dateline grammar over the whole of ``text``, or None."""
    for pattern in (_WITH_PLACE, _WITHOUT_PLACE):
        match = pattern.fullmatch(text)
        if match and _valid(match):
            return match
    return None


def _accept(match: re.Match[str], separator: str, rest: str) -> bool:
    if len(match.group(0).strip()) > MAX_CHARS or not _valid(match):
        return False
    agency = match.group("agency")
    dash = separator.strip()
    if not dash:  # no dash: only "Place (Agency) Text" with an agency's name
        return bool(agency) and agency.strip().lower() in _AGENCIES and _opens_sentence(rest)
    if dash == ":" and not (_caps_place(match) and rest[:1].isupper()):
        return False
    if not (agency or match.group("date")) and not any(c.islower() for c in rest[:200]):
        return False  # "FED RAISES RATES - ANALYSTS SEE MORE" is a headline in capitals
    return True


def _valid(match: re.Match[str]) -> bool:
    """Case and content checks the regular expression cannot make."""
    groups = match.groupdict()
    month = groups.get("month1") or groups.get("month2")
    if month and month[:3].casefold() not in _MONTHS:
        return False
    place = groups.get("place")
    if place is None:  # date and agency alone
        return bool(groups.get("date")) and bool(groups.get("agency") or groups.get("bare"))
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or place.upper().rstrip(".") in _NOT_PLACES:
        return False
    if _caps_place(match):
        return True
    # A place in title case: every word capitalised (or a connector), and more than a place to go on.
    words = re.split(r"[ \t/]+", place)
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return False
    return bool(groups.get("agency") or groups.get("date"))


def _caps_place(match: re.Match[str]) -> bool:
    place = match.groupdict().get("place") or ""
    return place.upper() == place and any(c.isalpha() for c in place)


def _opens_sentence(rest: str) -> bool:
    stripped = rest.lstrip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0] in "\"“„«‘'")


def _norm(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())
