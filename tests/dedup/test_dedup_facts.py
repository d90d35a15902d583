"""The specific facts a story names: streets and the days things happened on (invented sentences)."""

from __future__ import annotations

import datetime

from pipeline.dedup.facts import incident_days, streets

UTC = datetime.timezone.utc


def _ms(year: int, month: int, day: int) -> int:
    return int(datetime.datetime(year, month, day, 15, 30, tzinfo=UTC).timestamp() * 1000)


def _days(text: str, published: datetime.date) -> list[datetime.date]:
    when = _ms(published.year, published.month, published.day)
    return sorted(datetime.date.fromordinal(d) for d in incident_days(text, when))


def test_streets_are_keyed_by_name_and_full_suffix():
    text = (
        "Officers closed Harbor Street and West Adams St. after the crash. On Kirkstall Rd the queue grew; "
        "a second crash at 42nd Street and Marsh Lane followed."
    )
    assert streets(text) == {"harbor street", "adams street", "kirkstall road", "42nd street", "marsh lane"}
    # The same street however a report writes it.
    assert streets("near Carrollton Ave.") == streets("on North Carrollton Avenue") == {"carrollton avenue"}


def test_a_suffix_word_alone_or_lower_case_is_not_a_street():
    assert streets("There was no way out; the place was on the street corner.") == frozenset()


def test_days_resolve_against_the_story_time():
    # Published on Wednesday 4 March 2026.
    wednesday = datetime.date(2026, 3, 4)
    tuesday = datetime.date(2026, 3, 3)
    assert _days("The fire broke out on Tuesday night.", wednesday) == [tuesday]
    assert _days("The fire broke out late yesterday.", wednesday) == [tuesday]
    assert _days("The March 3 fire destroyed the warehouse.", wednesday) == [tuesday]
    assert _days("The 3rd of March fire destroyed the warehouse.", wednesday) == [tuesday]
    assert _days("The fire of March 3, 2026 destroyed it.", wednesday) == [tuesday]
    # A weekday is the last one on or before the story's day; a later month-day is last year's.
    assert _days("It happened on Wednesday.", wednesday) == [wednesday]
    assert _days("It happened on Thursday.", wednesday) == [datetime.date(2026, 2, 26)]
    assert _days("The trial over the May 10 shooting opened.", wednesday) == [datetime.date(2025, 5, 10)]


def test_two_reports_of_one_incident_name_one_day_and_a_later_story_recalls_it():
    first = incident_days("Two men were shot on Saturday outside a bar.", _ms(2026, 6, 7))  # a Sunday
    second = incident_days("Police named the men shot Saturday.", _ms(2026, 6, 8))  # the Monday after
    weeks_later = incident_days("A man was charged in the June 6 shooting.", _ms(2026, 7, 1))
    other = incident_days("Two men were shot on Saturday outside a bar.", _ms(2026, 6, 14))  # a week on
    assert first == second == weeks_later == {datetime.date(2026, 6, 6).toordinal()}
    assert not first & other
