"""Synthetic wire feeds for the dedup tests (invented stories, written for these tests).

Two look-alike events -- two warehouse fires, in different cities, days and with different
people -- reported by several stories, with a version 2, a partner re-filing with one word
changed, and a retransmission. Three weeks on (``FOLLOW_UPS``): a charge in the Portland fire,
written anew but naming its people, street and day; and another warehouse fire in Portland,
where only the fire chief and the town are the same.
"""

from __future__ import annotations

import dataclasses
import functools

from pipeline.annotate.annotator import DEFAULT_MODEL, StoryAnnotator
from pipeline.model import Story

T0 = 1_772_550_000_000  # Tuesday 3 March 2026, 15:00 UTC: the day the feed's fires happen
MINUTE = 60_000
HOUR = 60 * MINUTE

PORTLAND_V1 = Story(
    story_id="urn:wire:fire-portland",
    version=1,
    format="ninjs",
    headline="Fire destroys Harbor Street warehouse in Portland",
    body=(
        "A four-alarm fire destroyed the Acme Storage warehouse on Harbor Street in Portland on Tuesday, "
        "March 3, 2026, and sent thick smoke across the river district.\n\n"
        "Fire Chief Maria Delgado said 40 firefighters fought the blaze for six hours and that two "
        "workers were treated for smoke inhalation. The cause is under investigation.\n\n"
        "Acme Storage owner Glen Whitaker said the building held furniture and paper records."
    ),
    language="en",
)
PORTLAND_V2 = dataclasses.replace(
    PORTLAND_V1,
    version=2,
    content_hash="",
    body=PORTLAND_V1.body
    + "\n\nDelgado said on Wednesday that investigators had ruled out arson and were examining the wiring.",
)
PORTLAND_REFILE = dataclasses.replace(
    PORTLAND_V1,
    story_id="urn:partner:44871",
    version=None,
    content_hash="",
    body=PORTLAND_V1.body.replace("thick smoke", "dense smoke"),
)
PORTLAND_OTHER = Story(
    story_id="urn:other-agency:portland-blaze",
    version=1,
    format="ninjs",
    headline="Blaze guts Portland storage warehouse; two workers hurt",
    body=(
        "Firefighters battled a fire at the Acme Storage warehouse on Harbor Street in Portland on Tuesday, "
        "March 3, 2026, for six hours before bringing it under control.\n\n"
        "Fire Chief Maria Delgado told reporters two workers were treated for smoke inhalation and that "
        "40 firefighters took part. Owner Glen Whitaker said furniture and paper records were lost."
    ),
    language="en",
)
LEEDS = Story(
    story_id="urn:wire:fire-leeds",
    version=1,
    format="ninjs",
    headline="Fire guts textile warehouse in Leeds",
    body=(
        "A fire gutted the Northern Textiles warehouse on Kirkstall Road in Leeds on Friday, October 9, 2026, "
        "and closed the road for most of the day.\n\n"
        "Station manager Tom Bradley of West Yorkshire Fire and Rescue said 60 firefighters attended and no "
        "one was hurt. The cause is not yet known.\n\n"
        "Northern Textiles director Priya Nair said the stock of cloth was destroyed."
    ),
    language="en",
)

PORTLAND_CHARGED = Story(
    story_id="urn:wire:fire-portland-charge",
    version=1,
    format="ninjs",
    headline="Warehouse owner charged over Harbor Street blaze",
    body=(
        "Prosecutors in Portland on Tuesday charged Glen Whitaker, 58, with insurance fraud and arson, saying "
        "he paid a contractor to set the March 3 fire that gutted his Acme Storage building on Harbor Street.\n\n"
        "Investigators found traces of an accelerant near the loading bay, according to court papers. "
        "Fire Chief Maria Delgado had said days after the blaze that the wiring was being examined.\n\n"
        "Whitaker's lawyer said his client would plead not guilty."
    ),
    language="en",
)
PORTLAND_DOCK_FIRE = Story(
    story_id="urn:wire:fire-portland-dock",
    version=1,
    format="ninjs",
    headline="Second warehouse fire in a month hits Portland docks",
    body=(
        "A fire tore through a cold-storage warehouse on Dock Road in Portland on Monday, March 23, 2026, "
        "forcing the evacuation of nearby businesses.\n\n"
        "Fire Chief Maria Delgado said 35 firefighters brought the flames under control within three hours "
        "and that nobody was injured. Owner Lena Brooks said frozen food worth thousands was lost.\n\n"
        "Investigators have yet to say what started it."
    ),
    language="en",
)

DAY_MINUTES = 24 * 60
# (story, minutes after T0): three weeks after the feed.
FOLLOW_UPS = [(PORTLAND_CHARGED, 21 * DAY_MINUTES), (PORTLAND_DOCK_FIRE, 20 * DAY_MINUTES)]

# (story, minutes after T0). The retransmission is v1 delivered again, byte for byte.
FEED = [
    (PORTLAND_V1, 0),
    (PORTLAND_V1, 5),
    (LEEDS, 10),
    (PORTLAND_REFILE, 20),
    (PORTLAND_OTHER, 30),
    (PORTLAND_V2, 40),
]


@functools.lru_cache(maxsize=1)
def annotator() -> StoryAnnotator:
    return StoryAnnotator(DEFAULT_MODEL)


@functools.lru_cache(maxsize=1)
def annotated() -> dict[str, Story]:
    """Each distinct story annotated once by the real annotator, by (story_id, version)."""
    distinct = {(s.story_id, s.version): s for s, _ in FEED + FOLLOW_UPS}
    copies = [dataclasses.replace(s) for s in distinct.values()]
    annotator().annotate(copies)
    return {(s.story_id, s.version): s for s in copies}


def timed_feed(feed=FEED, offset_ms: int = 0) -> list[Story]:
    """The feed with event times set, annotated (a fresh copy each call)."""
    stories = annotated()
    return [
        dataclasses.replace(stories[(s.story_id, s.version)], event_time=T0 + offset_ms + minutes * MINUTE)
        for s, minutes in feed
    ]
