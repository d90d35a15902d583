"""A generated wire of local incidents, for the density tests (every sentence written for them).

Incidents of a few kinds (shootings, house fires, robberies, crashes) happen in a dozen towns,
each with its own streets; each town has one police spokesperson, quoted in reports there (the
name that is *not* specific). Every incident has its own specifics -- a venue, a detail (a car,
what was taken, how the fire started), an hour, a victim -- that its reports repeat in their
own words; reports of different incidents of one kind share only the kind's vocabulary. An
incident is reported one to three times within two days, and some get a follow-up two to six
weeks on (charges) that names the people, street and day again.

Stories come with their entities already set (people, towns, streets, venues), as the annotator
would give them, so a test can build thousands without running spaCy. The same seed gives the
same wire.
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import dataclass

from pipeline.model import Entity, Story

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
START_MS = 1_767_225_600_000  # 1 January 2026, 00:00 UTC

TOWNS = ["Ashford", "Brenton", "Calder", "Dunmore", "Elsworth", "Farrow", "Glenmere", "Hartwell", "Ivybridge",
         "Jarrow", "Kelby", "Lanford"]  # fmt: skip
FIRST = ["Ava", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jude", "Kai", "Lena", "Milo", "Nia",
         "Omar", "Pia", "Rafe", "Sade", "Theo", "Uma", "Vik", "Wren", "Yara", "Zeke"]  # fmt: skip
LAST = ["Abbott", "Barlow", "Conway", "Dalton", "Easton", "Fenwick", "Garner", "Hollis", "Irving", "Jessup",
        "Keating", "Lowell", "Mercer", "Norris", "Oakley", "Pryor", "Quill", "Rowan", "Sutter", "Tolliver",
        "Underhill", "Vance", "Whitlock", "Yardley", "Ashdown", "Brierley", "Cottam", "Dunstan", "Elmore",
        "Furness"]  # fmt: skip
# Spokespeople are named apart from everyone else (a town's spokesperson is never a victim).
SPOKESPEOPLE = ["Rosa Quintal", "Neil Ambrose", "Carla Voss", "Dmitri Hale", "Joan Pelham", "Marcus Reddy",
                "Tess Galloway", "Owen Marchetti", "Ines Bramley", "Paul Szabo", "Hugo Lindqvist", "Edie Farrant"]  # fmt: skip
STREET_NAMES = ["Maple", "Harbor", "Quarry", "Linden", "Foundry", "Orchard", "Canal", "Mill", "Chapel", "Ridge",
                "Willow", "Beacon", "Granary", "Tanner", "Kiln", "Ferris", "Cobble", "Heron", "Larch", "Saddler",
                "Juniper", "Pewter", "Marlow", "Thistle", "Rook", "Bramble", "Vesper", "Alder", "Gannet", "Osprey"]  # fmt: skip
SUFFIXES = ["Street", "Avenue", "Road", "Lane", "Drive"]
VENUE_WORDS = (["Copper", "Velvet", "Crooked", "Silver", "Lucky", "Golden", "Rusty", "Old", "Red", "Blue", "Green",
                "Quiet", "Hidden", "Jolly"],
               ["Kettle", "Lantern", "Anchor", "Fox", "Heron", "Barrel", "Compass", "Thimble", "Acorn", "Otter",
                "Bell", "Wheel", "Crown", "Spoon"])  # fmt: skip
# What an incident's detail is made of: enough combinations that two incidents rarely share one.
DETAIL_WORDS = {
    "colour": ["grey", "white", "black", "maroon", "teal", "silver", "amber", "navy", "olive", "cream"],
    "make": [
        "Corvan",
        "Tamaro",
        "Lydecker",
        "Pelton",
        "Arvello",
        "Brisk",
        "Kestrel",
        "Morrow",
        "Sable",
        "Varga",
        "Osterly",
        "Quinlan",
        "Rasko",
        "Tivoli",
        "Umbra",
        "Wexley",
    ],
    "vehicle": ["saloon", "pickup", "coupe", "van", "minibus", "lorry", "estate", "hatchback"],
    "appliance": ["heater", "toaster", "dryer", "kettle", "fridge", "lamp", "charger", "radiator"],
    "room": ["kitchen", "garage", "loft", "hallway", "bedroom", "cellar", "porch", "study"],
    "count": ["two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "material": ["gold", "silver", "platinum", "pearl", "jade", "ruby", "amber", "sapphire"],
    "jewel": ["rings", "watches", "bracelets", "necklaces", "brooches", "earrings", "cufflinks", "pendants"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Per kind: where it happens, the detail an incident is told by, headlines, ledes and sentences
# about the specifics. "[a|b|c]" is a choice each report makes on its own, so reports word the
# same facts differently and two incidents of one kind rarely share a sentence.
KINDS = {
    "shooting": {
        "venue": "{venue} bar",
        "detail": ("a {colour} {make} {vehicle}",),
        "headline": [
            "{n} [shot|wounded|hurt] [outside|near] {venue} on {street}",
            "[Gunfire|Shots] on {street} [wounds|injures] {n}",
            "{town}: {n} [hurt|injured] in [shooting|gun attack]",
        ],  # fmt: skip
        "lede": [
            "{n} people were [shot|wounded|hit] [outside|near|by] the {venue} [bar|pub] on {street} in {town} "
            "[on|late on] {weekday}, [police|officers|detectives] said.",
            "[Gunmen|A gunman|Attackers] [opened fire|fired shots] near the {venue} on {street} [late on|on] {weekday}, "
            "[wounding|injuring|hitting] {n} people.",
            "[Police|Officers] in {town} are [hunting|searching for|seeking] [a gunman|the shooter|a suspect] after {n} "
            "people were [hit|wounded] on {street} on {weekday}.",
        ],
        "specific": [
            "[Witnesses|Neighbours|Onlookers] said the shots came from {detail} that [sped|raced|drove] away "
            "[around|at about|shortly after] {hour} p.m.",
            "[Staff|Workers|The manager] at the {venue} [locked the doors|called police|hid behind the counter] as "
            "the [shooting|gunfire] began.",
            "[Detectives|Investigators|Officers] [want|hope] to trace {detail} seen near the {venue}.",
        ],
    },
    "fire": {
        "venue": "{venue} Cottage",
        "detail": ("a {colour} {appliance} in the {room}",),
        "headline": [
            "[Fire|Blaze] at {venue} Cottage on {street}",
            "{town} [blaze|fire]: {n} [hurt|injured]",
            "[Family|Residents] [escape|flee] {street} [fire|blaze]",
        ],  # fmt: skip
        "lede": [
            "A [fire|blaze] [tore through|gutted|swept through] {venue} Cottage on {street} in {town} on {weekday}, "
            "[injuring|hurting] {n} people, [crews|firefighters|the fire service] said.",
            "[Firefighters|Crews] [rescued|pulled] {n} people from a [burning|blazing] [home|house] on {street} in "
            "{town} on {weekday} [morning|night].",
            "{n} people were [treated for smoke inhalation|taken to hospital] after a [house fire|blaze] on "
            "{street} in {town} on {weekday}.",
        ],
        "specific": [
            "[Investigators|Fire officers] [believe|suspect|said] {detail} [started|caused] the [blaze|fire] at about "
            "{hour} a.m.",
            "The [owners|family|residents] of {venue} Cottage had lived there for [years|decades], neighbours said.",
            "{detail} was the [likely|probable] [cause|source], [officers|investigators] said.",
        ],
    },
    "robbery": {
        "venue": "{venue} Jewellers",
        "detail": ("{count} {material} {jewel}",),
        "headline": [
            "[Robbery|Raid|Hold-up] at {venue} Jewellers",
            "[Masked|Armed] [pair|men|robbers] [rob|raid] {street} [store|shop]",
            "{town} [jeweller|shop owner] [held up|robbed]",
        ],  # fmt: skip
        "lede": [
            "Two [masked|armed|hooded] [men|robbers|raiders] [robbed|raided|held up] {venue} Jewellers on {street} "
            "in {town} on {weekday} [evening|afternoon], police said.",
            "A [jeweller|shop owner|shop worker] on {street} in {town} was [threatened|menaced|confronted] with "
            "[a hammer|a knife|an axe|a crowbar] during a [robbery|raid] on {weekday}.",
            "[Police|Officers] in {town} are [looking for|seeking|hunting] two [men|raiders] who [held up|robbed] "
            "a [store|shop] on {street} on {weekday}.",
        ],
        "specific": [
            "The [robbers|raiders|pair] [escaped|fled|made off] with {detail} at about {hour} p.m.",
            "The owner of {venue} Jewellers said {detail} [was|were] [taken|stolen|snatched].",
            "[Cameras|CCTV] at {venue} Jewellers [filmed|recorded|caught] the pair [leaving|fleeing] with {detail}.",
        ],
    },
    "crash": {
        "venue": "{venue} roundabout",
        "detail": ("a {colour} {make} {vehicle}",),
        "headline": [
            "{n} [injured|hurt] in [crash|collision] at {venue} roundabout",
            "[Collision|Crash] [closes|shuts] {street}",
            "{town} [crash|smash]: {n} [hurt|injured]",
        ],  # fmt: skip
        "lede": [
            "{n} people were [injured|hurt] when a car [hit|struck|ploughed into] {detail} near the {venue} "
            "roundabout on {street} on {weekday}.",
            "A [crash|collision|smash] involving {detail} on {street} in {town} left {n} people in hospital on "
            "{weekday}.",
            "{street} in {town} was [closed|shut] for [hours|most of the day] on {weekday} after a "
            "[collision|crash] [injured|hurt] {n} people.",
        ],
        "specific": [
            "The driver of {detail} was [unhurt|not injured|treated at the scene], police said.",
            "[Traffic|Buses|Cars] [was|were] [diverted|sent] around the {venue} roundabout until about {hour} p.m.",
            "A [witness|passer-by|resident] said {detail} had [braked hard|swerved|skidded] before the impact.",
        ],
    },
}
NAMED = [
    "{victim}, {age}, was among those [hurt|injured], said police spokesperson {spokes}.",
    "Police spokesperson {spokes} [named|identified] the [injured|victim] as {victim}, {age}.",
    "{victim}, {age}, was [in a stable condition|recovering in hospital], {spokes} said.",
]
GENERIC = [
    "Detectives asked witnesses with phone footage to send it in.",
    "The investigation is continuing.",
    "Officers remained at the scene into the night.",
    "Residents said the area is usually quiet.",
]
FOLLOW_UP = (
    "{suspect} [charged|accused] over {month_day} {kind} on {street}",
    "Prosecutors in {town} [charged|indicted] {suspect}, {sage}, on {weekday} over the {month_day} {kind} on "
    "{street} that [hurt|injured] {victim}. The case [centres|turns] on {detail}, court papers say. "
    "Spokesperson {spokes} said the arrest followed weeks of inquiries.",
)
_CHOICE = re.compile(r"\[([^\]]+)\]")


def _wording(template: str, rng: random.Random, facts: dict) -> str:
    """One report's wording of a template: its [a|b] choices made, its facts filled in."""
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template).format(**facts)


@dataclass(frozen=True)
class Incident:
    number: int
    kind: str
    town: str
    street: str
    venue: str
    detail: str
    day_ms: int
    victim: str
    suspect: str


SYLLABLES = ["bel", "dra", "kon", "mar", "vel", "tis", "ro", "han", "quel", "sor", "bri", "tam", "ley", "dun",
             "fen", "gal", "wick", "ath", "lo", "ster", "mo", "rin", "cas", "pel", "tor", "vin", "ash", "cor"]  # fmt: skip


def _coined(rng: random.Random) -> str:
    """A made-up proper name ("Velrodun"): as many as real names, so two incidents rarely share one."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {_coined(rng)}"


def incidents_per_day(days: int, per_day: int, seed: int) -> list[Incident]:
    rng = random.Random(seed)
    out = []
    for number in range(days * per_day):
        town = rng.choice(TOWNS)
        t = TOWNS.index(town)
        # Each town has its own ten streets; a few names recur between neighbouring towns.
        # A town's streets: a few common names (that recur from town to town, as in life) and many its own.
        name = STREET_NAMES[(2 * t + rng.randrange(10)) % len(STREET_NAMES)] if rng.random() < 0.3 else _coined(rng)
        street = f"{name} {rng.choice(SUFFIXES)}"
        kind = rng.choice(sorted(KINDS))
        venue = f"{rng.choice(VENUE_WORDS[0])} {_coined(rng)}"
        detail = KINDS[kind]["detail"][0].format(**{k: rng.choice(v) for k, v in DETAIL_WORDS.items()})
        day_ms = START_MS + (number // per_day) * DAY_MS
        out.append(Incident(number, kind, town, street, venue, detail, day_ms, _person(rng), _person(rng)))
    return out


def _story(incident: Incident, n: int, when_ms: int, headline: str, body: str, people: list[str], spokes: str):
    entities = [Entity(name=name, label="PERSON", salience=round(1.0 - 0.1 * i, 2)) for i, name in enumerate(people)]
    entities += [
        Entity(name=incident.street, label="FAC", salience=0.5),
        Entity(name=incident.town, label="GPE", salience=0.45),
        Entity(name=KINDS[incident.kind]["venue"].format(venue=incident.venue), label="FAC", salience=0.4),
    ]
    if spokes in body:
        entities.append(Entity(name=spokes, label="PERSON", salience=0.3))
    return Story(
        story_id=f"urn:synthetic:{incident.number}:{n}",
        format="ninjs",
        headline=headline,
        body=body,
        language="en",
        entities=entities,
        version_created=when_ms,
        event_time=when_ms,
    )


def _weekday(ms: int) -> str:
    return WEEKDAYS[datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).weekday()]


def wire(days: int, per_day: int, seed: int = 0, follow_up_share: float = 0.3) -> list[tuple[Story, int]]:
    """The stories of ``days * per_day`` incidents with their incident numbers, in time order."""
    rng = random.Random(seed + 1)
    spokes = dict(zip(TOWNS, SPOKESPEOPLE))
    out = []
    for incident in incidents_per_day(days, per_day, seed):
        kind = KINDS[incident.kind]
        facts = {
            "town": incident.town,
            "street": incident.street,
            "venue": incident.venue,
            "detail": incident.detail,
            "victim": incident.victim,
            "spokes": spokes[incident.town],
            "n": rng.randint(2, 5),
            "age": rng.randint(17, 70),
            "hour": rng.randint(1, 11),
            "weekday": _weekday(incident.day_ms),
        }
        for r in range(rng.randint(1, 3)):
            when = incident.day_ms + rng.randint(2, 20) * HOUR_MS + r * rng.randint(3, 20) * HOUR_MS
            sentences = [rng.choice(kind["lede"]), *rng.sample(kind["specific"], 2), rng.choice(GENERIC)]
            people = []
            if r > 0:  # later reports name the victim
                sentences.insert(1, rng.choice(NAMED))
                people = [incident.victim]
            body = "\n\n".join(_wording(sentence, rng, facts) for sentence in sentences)
            headline = _wording(rng.choice(kind["headline"]), rng, facts)
            out.append((_story(incident, r, when, headline, body, people, spokes[incident.town]), incident.number))
        if rng.random() < follow_up_share:
            when = incident.day_ms + rng.randint(14, 42) * DAY_MS
            happened = datetime.datetime.fromtimestamp(incident.day_ms / 1000, datetime.timezone.utc)
            more = {"suspect": incident.suspect, "sage": rng.randint(18, 50), "kind": incident.kind,
                    "month_day": f"{happened:%B} {happened.day}", "weekday": _weekday(when)}  # fmt: skip
            headline, body = (_wording(part, rng, {**facts, **more}) for part in FOLLOW_UP)
            people = [incident.suspect, incident.victim]
            out.append((_story(incident, 9, when, headline, body, people, spokes[incident.town]), incident.number))
    out.sort(key=lambda pair: (pair[0].event_time, pair[0].story_id))
    return out
