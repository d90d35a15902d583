"""Typing organisations from the sentence and the story, where the NER's label per mention fails.

The small model reads a club named after its town as the town ("Leicester beat Hull"), a company
named by one word as a person ("Acme said", "Acme shares rose"), and a county cricket side as
anything at all. A person in news copy is introduced by full name; a team plays, beats and
draws; a company has shares, a chairman and a statement. Here those cues are read around each
mention and the story's kind (a sports story) is read from its vocabulary, and the cues vote
for the whole entity. Countries stay places: a national side is its country.
"""

from __future__ import annotations

import functools
import re

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.groups import EntityGroup, normal

_SPORTS_TERMS = lexicons.words("sports_terms.txt")
_TEAM_VERBS = lexicons.words("team_verbs.txt")
_TEAM_ROLES = lexicons.words("team_roles.txt")
_ORG_CUES = lexicons.words("organisation_cues.txt")
_LOCATIVE = lexicons.words("locative_prepositions.txt")
_COMPANY_FORMS = lexicons.words("company_forms.txt")
# What peoples are called ("Panamanian", "Briton"): countryinfo's demonyms and a hand list.
DEMONYMS = (
    lexicons.words("demonyms.txt") | lexicons.words("demonyms_other.txt") | lexicons.words("us_state_demonyms.txt")
)
# Nouns for one person of a people where the noun differs from the adjective ("Dane", "Spaniard").
PEOPLES_NOUNS = lexicons.words("demonym_nouns.txt")
_EVENT_ENDINGS = lexicons.words("event_name_endings.txt")
_MARKET_WORDS = lexicons.words("market_words.txt")
_PLACE_NOUNS = lexicons.words("place_nouns.txt")
_FACILITY_NOUNS = lexicons.words("facility_nouns.txt")
_PLURAL_VERBS = lexicons.words("plural_verbs.txt")
_EVENT_ADJECTIVES = lexicons.words("event_adjectives.txt")
_ORG_BEFORE = lexicons.words("organisation_cue_nouns.txt")
# Of those, the ones a place has too: a side, a team, a club, shares or a stake of a town ("a west
# side Erie party"). The others make a name no listed place a company or a body once is enough
# ("cloud company Vantora").
PLACES_HAVE_TOO = frozenset({"side", "team", "club", "shares", "stake"})
_COMPANY_BEFORE = _ORG_BEFORE - PLACES_HAVE_TOO
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_CLUB_OPENERS = lexicons.words("club_name_openers.txt")
_CLUB_ENDINGS = lexicons.words("club_name_endings.txt")
_COUNTRIES = frozenset(normal(n) for n in lexicons.words("countries.txt") | lexicons.words("countries_other_names.txt"))
_US_STATES = frozenset(normal(n) for n in lexicons.words("us_states.txt"))
_CITIES = frozenset(normal(n) for n in lexicons.words("cities.txt"))
_REGIONS = frozenset(normal(n) for n in lexicons.words("regions.txt"))
_WORD = re.compile(r"[\w.'’-]+")
# A US broadcast station's call sign: K or W (the ITU prefixes the FCC assigns, 47 CFR 2.302) and
# two or three more letters, with an optional service suffix ("KRQE", "WDRB-TV", "KDKA-TV").
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LP|CD))?")
_WORLD_WAR = re.compile(r"WWI{1,3}")  # "WWII": an event, whatever the model says
# A sports story uses this many distinct sports words at least (one "match" or "race" is not enough;
# with 3, one story of the 108 tuning stories was misread either way, with 4, five).
SPORTS_MIN_TERMS = 3


# A score ("2-1", not "1.2-3" nor "1234-5"). The digit comes before the look-behind so that the
# search can skip to digits: four times faster than the same test written look-behind first.
_SCORE = re.compile(r"\d(?<![\d.,-]\d)\d{0,2}-\d{1,3}(?![\d.,-])")


def is_sports_story(body: str, headline: str = "") -> bool:
    """True when headline and body use at least ``SPORTS_MIN_TERMS`` distinct words of sport
    (a score such as "2-1" counts as one)."""
    text = f"{headline}\n{body}"
    found: set[str] = {"<score>"} if _SCORE.search(text) else set()
    for word in _WORD.findall(text.lower()):
        if word in _SPORTS_TERMS:
            found.add(word)
            if len(found) >= SPORTS_MIN_TERMS:
                return True
    return False


def club_opener(word: str, sports: bool) -> bool:
    """Whether ``word`` opens a sports club's name ("AS", "FC", ``club_name_openers.txt``); a word
    that is an English word too ("Real", "Sporting") only in a sports story."""
    return word in _CLUB_OPENERS and (sports or not word[1:].islower())


def _club_name(form: str, sports: bool) -> bool:
    """Whether ``form``, a name of two words or more, opens or ends as a sports club's does
    ("AS Morvan", "Harbour United"; ``club_name_openers.txt``, ``club_name_endings.txt``). An
    opening word that is an English word too ("Real", "Sporting") counts only in a sports story
    ("The Real Bettie Page" is a book)."""
    words = [w for w in form.split() if w.lower() != "the"]
    if len(words) < 2:
        return False
    if words[-1] in _CLUB_ENDINGS:
        return True
    return club_opener(words[0], sports)


def is_country(text: str) -> bool:
    return normal(text).removeprefix("the ") in _COUNTRIES


def is_known_place(text: str) -> bool:
    """A country, continent, US state, city of 100,000 people or more (GeoNames) or a country's
    province, state or county (countryinfo)."""
    norm = normal(text).removeprefix("the ")
    return norm in _COUNTRIES or norm in _US_STATES or norm in _CITIES or norm in _REGIONS


def _census_name(text: str) -> bool:
    return any(lexicons.is_given_name(w) or lexicons.is_surname(w) for w in text.split())


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


_KIN_NOUNS = lexicons.words("kin_nouns.txt")
_KIN_BEFORE = re.compile(r"\b([a-z]+)\s*,\s*$")


def set_off_after_kin(body: str, start: int, end: int) -> bool:
    """ "the boy's mother, Abbey, told the court": a name set off by commas right after a kinship
    noun is that relative's, whatever the place lists or the model say of the word."""
    if body[end : end + 1] != ",":
        return False
    before = _KIN_BEFORE.search(body, max(0, start - 20), start)
    return before is not None and before.group(1) in _KIN_NOUNS


def reporting_verb_after(body: str, end: int) -> bool:
    """Whether a lower-case reporting verb follows a mention ending at ``end`` ("Roe said")."""
    found = _NEXT_WORD.match(body, end)
    return found is not None and is_cue_word(found.group(1))


@functools.lru_cache(maxsize=2048)
def words_around(body: str, start: int, end: int) -> tuple[str, str]:
    """The word before and the word after a span, lower-cased ('' at an edge or a line break).
    Cached: the labelling rules read each mention's words several times (50,000 calls for
    12,000 mentions on the bench's stories); the key holds the body itself, whose hash Python
    keeps."""
    before = body[max(0, start - 40) : start]
    after = body[end : end + 40]
    before = "" if "\n" in before[-3:] else before
    after = "" if "\n" in after[:2] else after
    prev = _WORD.findall(before.lower())
    nxt = _WORD.findall(after.lower().removeprefix("'s").removeprefix("’s"))
    return (prev[-1] if prev else ""), (nxt[0] if nxt else "")


# Words that rank an officer before the noun an organisation cue names ("managing director",
# "chief executive", "deputy chairman").
_RANK_WORDS = frozenset({"managing", "chief", "executive", "general", "senior", "deputy", "vice"})


def org_cue(body: str, start: int, end: int, *, sports: bool) -> bool:
    """Whether the words right around a mention make it an organisation (or a team)."""
    prev, nxt = words_around(body, start, end)
    if nxt in _ORG_CUES:
        return True
    if nxt in _RANK_WORDS and body.startswith(("'s", "’s"), end):
        # "Greyfinch's managing director", "Acme's chief executive": the word after the rank
        after = _WORD.findall(body[end + 2 : end + 40].lower())
        if len(after) > 1 and after[1] in _ORG_CUES:
            return True
    if prev in _ORG_BEFORE:
        return True
    if prev == "of" and body[max(0, start - 10) : start].lower().endswith("shares of "):
        return True
    return sports and (
        prev in _TEAM_VERBS or nxt in _TEAM_VERBS or nxt in _TEAM_ROLES or is_collective(body, start, end)
    )


def _indefinite_with_cue(body: str, start: int, end: int) -> bool:
    """Whether a mention stands between "a" or "an" and an organisation cue ("a Shin Bet
    official", "an Acme spokeswoman")."""
    prev, nxt = words_around(body, start, end)
    return prev in ("a", "an") and nxt in _ORG_CUES


# An apposition after a name whose head is an organisation's noun: ", the search and advertising
# company,", ", a Dover-based charity," (up to five words before the noun).
_APPOSED_ORGANISATION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’&-]+\s+){0,5}?(" + "|".join(sorted(_ORG_BEFORE - {"shares", "stake"})) + r")\b\s*[,;.]"
)


# The same noun phrase before a name set off by commas: "The national grid operator, Ukrmerezhi,".
_ORGANISATION_APPOSED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:[\w'’&-]+\s+){0,5}?(?:"
    + "|".join(sorted(_ORG_BEFORE - {"shares", "stake", "side", "team"}))
    + r"|operator)\s*,\s*$",
    re.IGNORECASE,
)


def apposed_organisation(body: str, end: int, start: int | None = None) -> bool:
    """Whether the name ending at ``end`` has an organisation's noun set beside it: "Vantage, the
    search and advertising company, …" (a company whatever label the model gave the name); with
    ``start``, also before it, the name set off by commas: "The national grid operator,
    Ukrmerezhi, said"."""
    if _APPOSED_ORGANISATION.match(body, end, min(len(body), end + 90)) is not None:
        return True
    if start is None or body[end : end + 1] != ",":
        return False
    return _ORGANISATION_APPOSED_BEFORE.search(body, max(0, start - 70), start) is not None


def is_collective(body: str, start: int, end: int) -> bool:
    """A single name followed by a plural verb ("Leeds are top", "Marsk were fined"): a team or a
    body, not one person. A name joined to another by "and" or a comma does not count. (A verb
    and "their" after the name was tried too: "Okafor sealed their fate" made a president a team.)"""
    prev, nxt = words_around(body, start, end)
    if prev == "and" or body[max(0, start - 2) : start].strip() == ",":
        return False
    return nxt in _PLURAL_VERBS


_PLACE_APPOSITION = re.compile(
    r", (?:a|an) (?:[a-z-]+ ){0,2}?([a-z]+)(?= of | in | near | on | where | whose | that |,)"
)


def place_cue(body: str, start: int, end: int) -> bool:
    """A noun for a kind of place right after the name ("the Varno region"), before it with "of"
    ("the island of Varno"), or heading an apposition ("Marion, a farming town of 5,000,")."""
    prev, nxt = words_around(body, start, end)
    if nxt in _PLACE_NOUNS:
        return True
    apposed = _PLACE_APPOSITION.match(body, end, end + 60)
    if apposed is not None and apposed.group(1) in _PLACE_NOUNS:
        return True
    words = _WORD.findall(body[max(0, start - 30) : start].lower())
    return prev == "of" and len(words) >= 2 and words[-2] in _PLACE_NOUNS


def is_locative(body: str, start: int, end: int) -> bool:
    """After "in", "at", "from"...; or a line's heading before a colon ("Leeds: Hull 2 ...")."""
    prev, _ = words_around(body, start, end)
    line_start = body.rfind("\n", 0, start) + 1
    return prev in _LOCATIVE or (not body[line_start:start].strip() and body[end : end + 1] == ":")


_VEHICLE_COLOURS = lexicons.words("vehicle_colours.txt")
_VEHICLE_NOUNS = lexicons.words("vehicle_nouns.txt")
# What stands right before a make, in lower case, after a determiner: a colour ("a silver
# Toyota"), a model year ("a 2013 Toyota") or both ("his gray 2013 Toyota"); not "the 1996
# Atlanta Olympics", "the 2004 Tony telecast" nor "God's green Earth".
_COLOURS = "|".join(sorted(_VEHICLE_COLOURS))
_BEFORE_MAKE = re.compile(
    r"\b(?:(?:a|an|the|his|her|their|its) (?:" + _COLOURS + r") (?:19|20)\d\d"  # "his gray 2013"
    r"|(?:a|an|his|her|their|its) (?:19|20)\d\d"  # "a 2013", not "the 2004 Tony telecast"
    r"|(?:a|an|the|his|her|their|its) (?:" + _COLOURS + r")) $"  # "a silver"
)
_AFTER_MAKE = re.compile(r" (" + "|".join(sorted(_VEHICLE_NOUNS)) + r")\b")


def _vehicle_make(group: EntityGroup, body: str) -> bool:
    """Whether a one-word name is written as a vehicle's make, a colour or a model year after a
    determiner right before it or a vehicle noun right after it, all in lower case ("a silver
    Toyota Camry", "a 2013 Toyota", "a Toyota pickup"; not "Michael Green (Jamaica)", "the U.S.
    black leader" or "God's green Earth"), and never where a place stands ("in Toyota")."""
    if any(len(f.split()) != 1 for f in group.forms):
        return False
    made = False
    for m, _ in group.mentions:
        if is_locative(body, m.start, m.end) or place_cue(body, m.start, m.end):
            return False
        made = (
            made
            or _BEFORE_MAKE.search(body, max(0, m.start - 30), m.start) is not None
            or _AFTER_MAKE.match(body, m.end) is not None
        )
    return made


def _placed_by_most(group: EntityGroup, body: str, person_words: frozenset[str]) -> bool:
    """Whether most mentions of a name stand where a place does ("in Marion", "Marion, a town of"),
    none is said to speak or to own ("Marisol said", "in Marisol's house", "near Lewis’ body"), and the
    story names no person with the word ("LuAnn Marie Johnson … from LuAnn")."""
    if any(normal(f) in person_words for f in group.forms):
        return False
    placed = 0
    for m, _ in group.mentions:
        if body[m.end : m.end + 1] in ("'", "’") or reporting_verb_after(body, m.end):
            return False
        placed += place_cue(body, m.start, m.end) or (
            words_around(body, m.start, m.end)[0] not in ("to", "toward", "towards")
            and is_locative(body, m.start, m.end)
        )
    return placed * 2 > len(group.mentions)


def organisation_label(
    group: EntityGroup,
    label: str,
    body: str,
    *,
    sports: bool,
    full_person: bool,
    person_words: frozenset[str] = frozenset(),
    organisation_openers: frozenset[str] = frozenset(),
) -> str:
    """The label the cues give ``group`` (whose vote gave ``label``): ORG for a team or a
    company the NER read as a place or a lone surname, else ``label`` unchanged.

    ``full_person``: the story names this entity as a person in full ("Ana Reyes"), so it stays
    a person whatever the cues. ``person_words``: the words (normalised) of the full names of
    persons the story gives. ``organisation_openers``: the first words of the story's
    organisations' names of two words or more ("Meridian" of "Meridian Care").
    """
    forms = list(group.forms)
    if all(f in DEMONYMS or f.rstrip("s") in DEMONYMS for f in forms):
        return "NORP"  # "the Briton", "Ruritanians"
    if (
        label == "NORP"
        and all(f in organisation_openers for f in forms)
        and not any(f in DEMONYMS or f.rstrip("s") in DEMONYMS or lexicons.party_of(f) for f in forms)
        and (
            sum(org_cue(body, m.start, m.end, sports=sports) for m, _ in group.mentions) * 2 > len(group.mentions)
            or any(reporting_verb_after(body, m.end) for m, _ in group.mentions)
        )
    ):
        # "Meridian Care … A Meridian spokesman said", "Orrin Biosciences … Orrin said": the
        # firm, not a people
        return "ORG"
    if label in ("GPE", "LOC", "PERSON", "ORG") and _vehicle_make(group, body):
        return "ORG"  # "a silver 2013 Toyota Camry": the maker, not the city
    if label in ("PERSON", "GPE", "LOC", "FAC") and all(
        _CALL_SIGN.fullmatch(f) and not _WORLD_WAR.fullmatch(f) and not is_known_place(f) for f in forms
    ):
        return "ORG"  # "KRQE reported", "told WDRB-TV": a US broadcaster, not a place or a person
    if label not in ("PERSON", "GPE", "LOC") and all(is_country(f) for f in forms):
        return "GPE"  # "Moldova" as a national side is its country; a country is no people or product
    if label in ("GPE", "LOC", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART") and not full_person:
        if any(apposed_organisation(body, m.end, m.start) for m, _ in group.mentions):
            return "ORG"  # "Vantage, the search and advertising company," read as a place
    if label in ("ORG", "PERSON", "GPE", "LOC") and all(
        len(f.split()) > 1 and f.split()[-1].lower() in _EVENT_ENDINGS for f in forms
    ):
        speaks = any(reporting_verb_after(body, m.end) for m, _ in group.mentions)
        if not (label == "ORG" and speaks):
            return "EVENT"  # "the UEFA Cup", "the PGA Tour"; not "Pantheon Games said"
    if all(f in _EVENT_ADJECTIVES for f in forms):
        return "EVENT"  # "an Olympic champion"
    if label in ("ORG", "PERSON") and all(is_country(f) and not _census_name(f) for f in forms):
        return "GPE"  # "to play Ruritania" read as a person; "Jordan" may be one
    if label == "ORG" and all(is_known_place(f) for f in forms):
        # "Tokyo stock prices": a city is a place unless it plays, or is run like a company.
        cues = _org_cues(group, body, sports=sports, place=True)
        placed = sum(is_locative(body, m.start, m.end) for m, _ in group.mentions)
        if not cues and not (sports and placed * 2 < len(group.mentions)):
            return "GPE"
        return label
    if any(f.split()[-1].lower() in _COMPANY_FORMS for f in forms if len(f.split()) > 1):
        return "ORG"  # "Acme SpA", "Acme Holdings"
    if label in ("PERSON", "GPE", "LOC", "NORP") and any(_club_name(f, sports) for f in forms):
        return "ORG"  # "AS Morvan", "Harbour United": a club by the word its name opens or ends with
    if label in ("WORK_OF_ART", "PRODUCT", "LAW") and all(
        len(f.split()) > 1 and f.split()[-1].lower() in _ORGANISATION_ONLY_HEADS and ":" not in f for f in forms
    ):
        return "ORG"  # "The Free Readers Coalition said" read as a work: a body by its name's last word
    if label in ("GPE", "LOC") and all(
        len(f.split()) > 2 and f.split()[-1].lower() in _ORGANISATION_ONLY_HEADS and not is_known_place(f)
        for f in forms
    ):
        return "ORG"  # "the Asia-Pacific Space Cooperation Organization" read as a region (not "Western Front")
    if label in ("ORG", "PERSON") and not full_person:
        # "the disputed Ruritania region", "the island of Varno": a place by the noun beside it;
        # "the al-Varqa mosque": a building.
        placed = sum(place_cue(body, m.start, m.end) for m, _ in group.mentions)
        built = sum(words_around(body, m.start, m.end)[1] in _FACILITY_NOUNS for m, _ in group.mentions)
        if label == "PERSON" and any(_census_name(f) for f in forms):
            built = 0  # "the Okafor campaign" names a person's team, "Reyes church" her church
        cues = sum(org_cue(body, m.start, m.end, sports=sports) for m, _ in group.mentions)
        if placed + built > cues:
            return "GPE" if placed >= built else "FAC"
    if label not in ("PERSON", "GPE", "LOC") or any(is_country(f) for f in forms):
        return label
    cues = sum(org_cue(body, m.start, m.end, sports=sports) for m, _ in group.mentions)
    if full_person:
        # Named in full like a person, but a club or a company by the word before it; in a sports
        # story, a "name" with no given name that takes a plural verb ("Deportivo Marsk were fined")
        # and never speaks ("Okafor said": a person).
        first = forms[0].split()[0]
        before = sum(
            (word := words_around(body, m.start, m.end)[0]) in _ORG_BEFORE
            # (not a noun for a person too before a given name: "the broadcaster Ophelia Grey")
            and not (word in lexicons.role_nouns() and lexicons.is_given_name(first))
            for m, _ in group.mentions
        )
        if before * 2 > len(group.mentions):
            return "ORG"
        if all(_indefinite_with_cue(body, m.start, m.end) for m, _ in group.mentions):
            return "ORG"  # "a Shin Bet official said": one of its people, not a person's name
        collective = any(is_collective(body, m.start, m.end) for m, _ in group.mentions)
        speaks = any(reporting_verb_after(body, m.end) for m, _ in group.mentions)
        if sports and not lexicons.is_given_name(first) and collective and not speaks:
            return "ORG"
        return label
    if label == "PERSON":
        # A lone word the story never gives a first name: a team when a team's role follows it
        # or it names a town in a sports story, a company when the words around it say so (a
        # verb of winning says nothing: boxers and sprinters win too).
        strong = sum(org_cue(body, m.start, m.end, sports=False) for m, _ in group.mentions)
        roles = sum(words_around(body, m.start, m.end)[1] in _TEAM_ROLES for m, _ in group.mentions)
        collective = sum(is_collective(body, m.start, m.end) for m, _ in group.mentions)
        if strong or (sports and (roles or collective or is_known_place(forms[0]))):
            return "ORG"
        if (
            not sports
            and all(is_known_place(f) and not _census_name(f) for f in forms)
            and not any(set_off_after_kin(body, m.start, m.end) for m, _ in group.mentions)
        ):
            return "GPE"  # "Storms hit Oaxaca and Chiapas": a listed place no census lists as a name
        return label
    if (
        all(lexicons.is_given_name(f) and not is_known_place(f) for f in forms)
        and not _placed_by_most(group, body, person_words)
        and not all(words_around(body, m.start, m.end)[0] == "the" for m, _ in group.mentions)
    ):
        # "when I spoke to Alan" read as a place; not "voters in Marion, a town of", nor a river or
        # a region always behind "the" ("a shipyard on the Clyde")
        return "PERSON"
    # A place: in a sports story, a town or county that plays is its team; elsewhere a place
    # with a chairman or shares is a company named after it.
    placed = sum(is_locative(body, m.start, m.end) for m, _ in group.mentions)
    if sports and cues > placed:
        return "ORG"
    if sports and not any(is_known_place(f) for f in forms) and placed * 2 < len(group.mentions):
        return "ORG"
    if _org_cues(group, body, sports=sports, place=all(is_known_place(f) for f in forms)) * 2 > len(group.mentions):
        return "ORG"
    if not any(is_known_place(f) for f in forms) and any(
        words_around(body, m.start, m.end)[0] in _COMPANY_BEFORE for m, _ in group.mentions
    ):
        return "ORG"  # "cloud computing company Vantora … Vantora said": no listed place, a company once
    return label


def _org_cues(group: EntityGroup, body: str, *, sports: bool, place: bool) -> int:
    """How many mentions of ``group`` an organisation cue stands beside; for a listed ``place``
    a market's word does not count ("Tokyo stocks" is the city's market, not a company)."""
    return sum(
        org_cue(body, m.start, m.end, sports=sports)
        and not (place and words_around(body, m.start, m.end)[1] in _MARKET_WORDS)
        for m, _ in group.mentions
    )
