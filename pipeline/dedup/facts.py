"""The specific facts a story names: streets, places and the days it says things happened.

Two reports of one incident, written a day or weeks apart by different people, share few words
but the same specifics: the victim's and the suspect's names, the street, the town, the day it
happened. Look-alike incidents (another shooting in the same city the same week) share the kind
and the town, rarely the street, the names and the day. Dedup compares these facts between
stories (``matcher.event_score``) and keeps them, compactly, for every event it remembers
(``pipeline.dedup.memory``), so that a follow-up weeks later can still be tied to its event.

Days are resolved against the story's own time: "on Tuesday" in a story of Wednesday 4 March is
3 March; "May 3" without a year is the last 3 May on or before the story (a day's grace for
time zones); a full date is itself. So two reports of one incident name the same day however
they phrase it, and an arrest story weeks later that recalls "the May 3 shooting" names it too.
"""

from __future__ import annotations

import datetime
import functools
import re

DAY_MS = 86_400_000

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Every date opens on a digit or a month's first letter: the lookahead lets the regex engine skip
# other positions with one class test instead of trying each alternative (half the time; same matches).
_DATE_START = r"(?=[\dadfjmnos])"
FULL_DATE = re.compile(
    rf"{_DATE_START}(?:\b(?P<mon1>{_MONTH_NAME})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_NAME}),?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<mon3>\d{1,2})/(?P<day3>\d{1,2})/(?P<year3>(?:19|20)?\d\d)\b)",
    re.IGNORECASE,
)
# "March 3", "Sept. 14th", "3 March" with no year after it.
_MONTH_DAY = re.compile(
    rf"{_DATE_START}(?:\b(?P<mon1>{_MONTH_NAME})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_NAME})(?!\w)(?!,?\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "yesterday": 1, "last night": 1}
_RELATIVE_DAY = re.compile(r"\b(today|tonight|this morning|yesterday|last night)\b", re.IGNORECASE)


def _month(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS.index(name.lower()[:3]) + 1


def date_ordinal(match: re.Match) -> int | None:
    """The day a ``FULL_DATE`` match names (proleptic ordinal), or None if it is not a real date."""
    for i in ("1", "2", "3"):
        if match.group(f"year{i}"):
            year, mon, day = match.group(f"year{i}"), match.group(f"mon{i}"), match.group(f"day{i}")
            break
    else:
        return None
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        return datetime.date(full_year, _month(mon), int(day)).toordinal()
    except ValueError:
        return None


def full_dates(text: str) -> frozenset[int]:
    """Every full date (with its year) the text names, as day ordinals."""
    days = (date_ordinal(m) for m in FULL_DATE.finditer(text))
    return frozenset(d for d in days if d is not None)


def incident_days(text: str, story_time_ms: int, dates: frozenset[int] | None = None) -> frozenset[int]:
    """The days the text says things happened on, resolved against the story's own time (UTC
    day ordinals): full dates, month-days, weekdays (within the week before), today/yesterday.
    ``dates``: the text's ``full_dates`` when the caller has them already."""
    story_day = datetime.datetime.fromtimestamp(story_time_ms / 1000, tz=datetime.timezone.utc).date()
    days = set(full_dates(text) if dates is None else dates)
    for match in _MONTH_DAY.finditer(text):
        mon, day = (match.group("mon1"), match.group("day1")) if match.group("mon1") else match.group("mon2", "day2")
        for year in (story_day.year, story_day.year - 1):
            try:
                when = datetime.date(year, _month(mon), int(day))
            except ValueError:
                break
            if when <= story_day + datetime.timedelta(days=1):
                days.add(when.toordinal())
                break
    for match in _WEEKDAY.finditer(text):
        back = (story_day.weekday() - _WEEKDAYS.index(match.group(1).lower())) % 7
        days.add(story_day.toordinal() - back)
    for match in _RELATIVE_DAY.finditer(text):
        days.add(story_day.toordinal() - _RELATIVE[match.group(1).lower()])
    return frozenset(days)


def _suffixes() -> dict[str, str]:
    """Street suffix in lower case ("ave") -> its full form ("avenue"), from the lexicon."""
    from pipeline.annotate.lexicons import mapping

    return mapping("street_suffixes.tsv")


@functools.cache
def _street_pattern() -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(s.capitalize()) for s in _suffixes()), key=len, reverse=True))
    # One to three capitalised words (or an ordinal: "42nd") before the suffix.
    name = r"(?:(?:[A-Z][a-z'’]+|\d+(?:st|nd|rd|th)) ){1,3}"  # on one line: a headline ends before the body
    return re.compile(rf"\b({name})({alternatives})\b\.?")


def streets(text: str) -> frozenset[str]:
    """The street names the text mentions, lower case with the suffix in full
    ("Carrollton Ave." and "Carrollton Avenue" are both "carrollton avenue")."""
    table = _suffixes()
    found = set()
    for match in _street_pattern().finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in _LEADING_NOISE:
            words = words[1:]
        if not words:
            continue
        found.add(" ".join(words).lower() + " " + table[match.group(2).lower()])
    return frozenset(found)


# Capitalised words before a street's name that do not tell streets apart: a sentence's first
# word ("On Harbor Street"), and compass points, which reports give or leave out ("W. Adams St.").
_LEADING_NOISE = frozenset(
    {"the", "on", "at", "in", "near", "of", "and", "from", "to", "a", "an", "north", "south", "east", "west"}
)
