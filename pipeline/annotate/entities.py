"""Story-level entities: NER mentions grouped into one entry per real-world entity.

The small English model labels mentions one at a time and often wrongly ("Trump"
as ORG, "Tillerson's" as a separate name). Here every mention is cleaned (``mentions``),
surnames are tied to the story's full names, acronyms to their long forms (``acronyms``),
and each entity's label is decided from all its mentions.

Only mentions in the body become ``Mention`` records; the headline and captions
can supply a fuller name ("Rex Tillerson" in a caption for "Tillerson" in the
body) but never an entity of their own, so a photographer credited in a caption
is not an entity of the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.acronyms import (
    bracketed_acronyms,
    merge_acronyms,
    merge_department_tails,
    merge_headless_short_forms,
    spell_out_acronyms,
)
from pipeline.annotate.columns import text_of
from pipeline.annotate.gazetteer import place_mentions
from pipeline.annotate.groups import ALIASES, Coverage, EntityGroup, alias_key, normal
from pipeline.annotate.kin_names import (
    names_a_subject,
    names_after_kin,
    shared_surnames,
    surnames_lent_to_kin,
    untagged_names_after_kin,
)
from pipeline.annotate.known_as import merge_aliases, merge_nickname_tails
from pipeline.annotate.lists import even_out_lists
from pipeline.annotate.malaysian_names import family_names_first
from pipeline.annotate.name_spans import _BARE_TITLES, NAME_LABELS, raw_mentions
from pipeline.annotate.not_names import without_non_names
from pipeline.annotate.organisation_short_forms import merge_lone_words, merge_short_forms
from pipeline.annotate.organisations import is_known_place, is_sports_story, organisation_label
from pipeline.annotate.particle_names import opens_with_particle
from pipeline.annotate.person_groups import (
    merge_misspelt_surnames,
    persons_by_surname,
    split_shared_surnames,
    spread_given_names_of_families,
    spread_surnames,
    surnames_before_cues,
)
from pipeline.annotate.person_spans import PERSON_ROLES, PERSONAL_TITLES
from pipeline.annotate.persons import StoryNames, initials_only, surname_of, titled_short_form
from pipeline.annotate.repeats import spread_forms
from pipeline.annotate.salience import rank
from pipeline.annotate.same_names import LABEL_PRIORITY, merge_same_names, one_entity_per_name
from pipeline.annotate.span_cleaning import TITLE_WORDS, initials_of_a_title, opens_with_title_or_role
from pipeline.annotate.streets import streets_as_facilities
from pipeline.annotate.tables import Mention, headings, in_lines, known_labels, table_mentions, tabular_lines
from pipeline.annotate.teams import join_town_and_nickname, merge_nicknames
from pipeline.model import Entity

__all__ = ["ALIASES", "NAME_LABELS", "PERSONAL_TITLES", "PERSON_ROLES", "TITLE_WORDS", "story_entities"]

_CALENDAR = lexicons.words("month_and_day_names.txt")
_PLACE_NOUNS = lexicons.words("place_nouns.txt")
_BEFORE_PLACES = lexicons.words("nouns_before_places.txt")
_PLATFORMS = lexicons.words("social_platforms.txt")
_LOCATIVE = lexicons.words("locative_prepositions.txt")
_LOCATIVE_BEFORE_THE = _LOCATIVE | {"on", "along", "beside", "by", "over", "up", "down"}
_CLAUSE_END = frozenset(",.;:!?\n") | {""}
# (Not "and": "the Clinton and Carter administrations")
_WORDS_AFTER_A_PLACE = _LOCATIVE_BEFORE_THE | {"where"}
_COMPANY_FORMS = lexicons.company_forms()
_POSSESSIVE_MIN = 3
_EVENT_ENDINGS = lexicons.words("event_name_endings.txt")
_EVENT_AFTER = re.compile(r"(?: [A-Z][\w'-]*){0,2} ([A-Z][a-z]+)\b")


def story_entities(doc: Doc, *, headline_doc: Doc | None = None, caption_docs: Iterable[Doc] = ()) -> list[Entity]:
    """One ``Entity`` per real-world entity named in ``doc`` (the story body), by salience.

    ``headline_doc`` and ``caption_docs`` (the parsed headline and captions) only lend fuller
    names and a salience bonus for being in the headline; they add no entity of their own.
    """
    body = text_of(doc)  # Doc.text joins every token: build it once and pass it on
    mentions = raw_mentions(doc, text=body)
    # Title case makes the NER see "Obama Says" as a name: a headline name counts only when
    # the body uses every word of it. Captions are sentence case and lend names freely.
    headline = text_of(headline_doc) if headline_doc is not None else ""
    headline_mentions = raw_mentions(headline_doc, text=headline) if headline_doc is not None else []
    if headline_mentions:
        body_words = _written_words(body)
        headline_mentions = [m for m in headline_mentions if _every_word_written(m[0], body_words)]
    extra = headline_mentions + [m for d in caption_docs for m in raw_mentions(d)]

    sports = is_sports_story(body, headline)
    # Tables and lists: the NER's spans there are replaced by the cells of each row.
    lines = tabular_lines(body)
    if lines:
        inside = in_lines(lines)
        mentions = [m for m in mentions if not inside(m[1])]
        prose_names = StoryNames(text for text, _, _, label in mentions + extra if label == "PERSON")
        known = known_labels(mentions + extra, prose_names.person_key)
        mentions = sorted(
            mentions + table_mentions(doc, lines, known=known, sports=sports, text=body), key=lambda m: m[1]
        )
        mentions = _prose_names_in_headings(body, lines, mentions)
    # "Whitby responded on Twitter:" with the platform read as a person (in prose or as a cell)
    mentions = [(t, a, b, "ORG" if label == "PERSON" and t in _PLATFORMS else label) for t, a, b, label in mentions]
    mentions = _principals_named_as_modifiers(body, mentions)
    mentions = even_out_lists(body, mentions)
    if sports:
        mentions = join_town_and_nickname(body, mentions)
    mentions = persons_by_surname(mentions, unlike=_not_a_persons_name, opens_with_role=opens_with_title_or_role)
    mentions = without_non_names(body, mentions)
    mentions = _possessive_names(body, mentions)
    mentions = names_after_kin(body, mentions)
    mentions = sorted(mentions + untagged_names_after_kin(body, mentions), key=lambda m: m[1])
    mentions = _events_named_after_places(body, mentions)
    mentions = bracketed_acronyms(body, mentions)
    mentions = sorted(mentions + surnames_before_cues(body, mentions), key=lambda m: m[1])
    known = Coverage(len(body))
    for _, start, end, _ in mentions:
        known.add(start, end)
    # Tables were read cell by cell above; the gazetteer adds places to the prose only.
    places = [m for m in place_mentions(doc, known) if not (lines and inside(m[1]))]
    # ("Montenegro's wife, Isabel,": a given name the place lists hold is a relative's name too)
    mentions = sorted(mentions + names_after_kin(body, places), key=lambda m: m[1])
    extra += shared_surnames(body, mentions)
    extra += surnames_lent_to_kin(body, mentions)
    # Full person names known to the story: multi-word PERSON forms anywhere.
    names = StoryNames(text for text, _, _, label in mentions + extra if label == "PERSON")
    full_names = names.full
    family_first = family_names_first(full_names)
    groups: dict[str, EntityGroup] = {}

    def group_for(text: str, label: str, locative: bool = False) -> EntityGroup:
        words = text.split()
        person = None
        titled = len(words) == 2 and (initials_of_a_title(words[0]) or titled_short_form(text))
        if titled and words[1].istitle():
            # "DPP Quek" (read as a work) after "Deputy Public Prosecutor Sharon Quek": her surname;
            # "Ms Park" (read as a place) after "Park Seo-yeon", "Aunty Beryl" after "Aunty Beryl
            # Madden": hers (not "Prince George", a place, after "Tom George")
            person = names.person_key(words[1:])
            if person:
                return groups.setdefault("person:" + person, EntityGroup(key="person:" + person))
        if label in ("GPE", "LOC") and len(words) == 1 and not locative:
            # "Machado said" tagged GPE in a story about Alicia Machado ("in Washington" stays a place).
            person = names.person_key(words)
            parts = full_names.get(person, ()) if person else ()
            # (or a census given name no place has: "Olivia said" after "Olivia Kingsley-Ward")
            given = parts and parts[0] == words[0].lower() and lexicons.is_given_name(words[0])
            # (or the first of two surnames: "Valdivia" of "Ernesto Valdivia Quispe")
            first_surname = len(parts) == 3 and parts[1] == words[0].lower()
            if parts and (
                surname_of(parts) == words[0].lower() or first_surname or (given and not is_known_place(words[0]))
            ):
                return groups.setdefault("person:" + person, EntityGroup(key="person:" + person))
            # (or a Chinese surname written first: "Chong said" after "Chong Li Wen")
            person = family_first.get(words[0].lower()) if not is_known_place(words[0]) else None
            if person:
                return groups.setdefault("person:" + person, EntityGroup(key="person:" + person))
        if label == "PERSON" and len(words) >= 2:
            norm = names.key_of(text)
            # (a surname with its particles, "van der Berg", is a short form of any length)
            short = len(words) == 2 or names.is_surname_form(text)
            person = names.person_key(words) if short and norm not in full_names else None
            key = "person:" + (person or norm)
        elif label in ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LAW") and (
            len(words) <= 2 or names.is_surname_form(text)
        ):
            person = names.person_key(words)
            if person:
                key = "person:" + person
            elif label == "PERSON":
                key = "person:" + normal(text)
            else:
                key = f"{label}:{alias_key(text)}"
        else:
            key = f"{label if label != 'LOC' else 'GPE'}:{alias_key(text)}"
        if label in ("GPE", "LOC", "ORG", "NORP") and not person:
            # Places and organisations share one key space across labels ("U.S." as GPE and ORG).
            key = "name:" + alias_key(text)
        return groups.setdefault(key, EntityGroup(key=key))

    for index, (text, start, end, label) in enumerate(mentions):
        before = body[max(0, start - 12) : start].split()
        if label == "ORG" and " " not in text and len(before) > 1 and before[-1] == "of":
            # "the mayor of Fairhaven", "a resident of Rangpo": one word after them is a place.
            if before[-2].lower() in _BEFORE_PLACES:
                label = "GPE"
                mentions[index] = (text, start, end, label)
        according = body[max(0, start - 13) : start].lower() == "according to "
        if label == "PERSON" and " " not in text and before[-1:] == ["the"] and len(before) > 1:
            # "the yards on the Tyne.": a lone word behind a locative and "the" that ends its clause
            # is a river or a region (not "on the Reyes campaign")
            after = body[end : end + 12].split()
            ends = body[end : end + 1] in _CLAUSE_END or (after and after[0] in _WORDS_AFTER_A_PLACE)
            if before[-2].lower() in _LOCATIVE_BEFORE_THE and ends:
                if text.lower() not in names.surnames:
                    label = "LOC"
                    mentions[index] = (text, start, end, label)
        if label == "PERSON" and " " not in text and before and before[-1].lower() in _LOCATIVE | {"of"}:
            # "a warehouse in the port of Rotterdam": a lone word behind "in"/"of" that the story
            # never uses as anyone's surname is a place (not the source of "According to Hrytsenko,").
            if text.lower() not in names.surnames and not according:
                if before[-1].lower() != "of" or (len(before) > 1 and before[-2].lower() in _PLACE_NOUNS):
                    label = "GPE"
                    mentions[index] = (text, start, end, label)
        group = group_for(text, label, locative=bool(before) and before[-1].lower() in _LOCATIVE and not according)
        group.add(text, start, end, label)
    for text, _, _, label in extra:
        key_group = group_for(text, label)
        key_group.forms[text] += 1

    # Acronyms: "Federal Bureau of Investigation" and "FBI" are one organisation.
    merge_acronyms(groups)

    covered = Coverage(len(body))
    for group in groups.values():
        for mention, _ in group.mentions:
            covered.add(mention.start, mention.end)
    merge_department_tails(groups)
    merge_headless_short_forms(groups)
    spell_out_acronyms(body, groups, covered)
    spread_surnames(body, groups, covered, places=is_known_place)
    split_shared_surnames(body, groups, subject_at=lambda start, end: names_a_subject(doc, start, end))
    spread_given_names_of_families(body, groups, covered)
    spread_forms(body, groups, covered, skip=_BARE_TITLES | _CALENDAR)

    labels: dict[str, str] = {}
    person_words = frozenset(word for parts in full_names.values() for word in parts)
    voted = {
        key: "PERSON" if key.startswith("person:") else _decide_label(group, sports=sports)
        for key, group in groups.items()
        if group.mentions
    }
    # (a company's full name the model read as a work counts: "Orrin Biosciences" … "Orrin said")
    openers = frozenset(
        form.split()[0]
        for key, label in voted.items()
        for form in groups[key].forms
        if " " in form and (label == "ORG" or form.split()[-1].lower().rstrip(".'’") in _COMPANY_FORMS)
    )
    for key, label in voted.items():
        full_person = key.startswith("person:") and key.split(":", 1)[1] in full_names
        labels[key] = organisation_label(
            groups[key],
            label,
            body,
            sports=sports,
            full_person=full_person,
            person_words=person_words,
            organisation_openers=openers,
        )
    merge_lone_words(groups, labels, set(full_names), body)
    merge_short_forms(groups, labels, body)
    merge_misspelt_surnames(groups, labels)
    if sports:
        merge_nicknames(groups, labels, body)
    merge_same_names(groups, labels)
    merge_aliases(groups, labels, body)
    merge_nickname_tails(groups, labels)

    entities = []
    for key, group in groups.items():
        if not group.mentions:
            continue
        group.mentions.sort(key=lambda pair: pair[0].start)
        label = labels[key]
        name = _best_name(group, label, full_names)
        if label == "PERSON" and " " not in name:
            name = _peers_title(group, body) + name
        entities.append(Entity(name=name, label=label, mentions=[m for m, _ in group.mentions], salience=0.0))
    entities = one_entity_per_name(entities)
    streets_as_facilities(entities, body)
    return rank(entities, body=body, headline=headline, in_table=in_lines(lines) if lines else None)


def _prose_names_in_headings(body: str, lines: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names found in headings of the body ("Phone Maker Apologizes",
    "Quillstack Fined Over Data Sharing") whose words the prose does not all use: as for the
    story's own headline, title case makes the NER see a name where there is none."""
    found = headings(body, lines)
    if not found:
        return mentions
    in_heading = in_lines(found)
    prose = _written_words(body, skip=in_lines(lines))
    return [m for m in mentions if not in_heading(m[1]) or _every_word_written(m[0], prose)]


_WRITTEN_WORD = re.compile(r"[\w.'’-]+")


def _written_words(body: str, *, skip=None) -> set[str]:
    """The words of ``body`` as written, each also without a possessive or a final dot ("Marsh's",
    "Acme."), leaving out those at offsets ``skip`` says are in a table or a heading."""
    words: set[str] = set()
    for match in _WRITTEN_WORD.finditer(body):
        if skip is None or not skip(match.start()):
            word = match.group()
            words.add(word)
            words.add(re.sub(r"(?:['’]s?|\.)$", "", word))
    return words


def _every_word_written(name: str, words: set[str]) -> bool:
    """Whether the prose writes every word of ``name`` (a headline's or a heading's): title case
    makes the NER see a name where there is none ("Obama Says", "Phone Maker Apologizes")."""
    return all(word in words for word in name.split())


# The nouns for those who speak for a principal, a body ("campaign", "camp", "administration") or
# a person ("aide", "spokeswoman", "adviser"), that a principal's surname may stand before.
_SPEAKING_FOR = lexicons.words("spokes_bodies") | lexicons.spokespeople_nouns()
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")


def _principals_named_as_modifiers(
    body: str, mentions: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    """ "The Vellacott campaign pounced", "a Greer aide said" with the surname read as an
    organisation or a people, in a story that reads the same word as a person's name elsewhere
    ("Mrs. Vellacott", or the last word of "Marjorie Vellacott"): the principal a campaign or an
    aide speaks for is that person, and one surname read two ways would split the person in two."""
    surnames = {text.split()[-1] for text, _, _, label in mentions if label == "PERSON"}
    out = []
    for text, start, end, label in mentions:
        if label in ("ORG", "NORP", "GPE") and text in surnames and " " not in text and not text.isupper():
            # (not an acronym the model also misread as a person: "the SWAT team")
            follower = _FIRST_WORD.match(body, end)
            if follower is not None and follower.group(1).lower() in _SPEAKING_FOR:
                label = "PERSON"
        out.append((text, start, end, label))
    return out


def _possessive_names(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """A firm whose name ends with "'s" ("Varga's", a bank named after its founder) keeps it
    where the story never writes the name without it (three times at least)."""
    counts: Counter = Counter(text for text, _, _, label in mentions if label == "ORG")
    keep = set()
    for text, n in counts.items():
        if n >= _POSSESSIVE_MIN:
            found = [m.end() for m in re.finditer(re.escape(text) + r"\b", body)]
            if found and all(body[end : end + 2] in ("'s", "’s") for end in found):
                keep.add(text)
    return [(t + body[e : e + 2], s, e + 2, lab) if t in keep else (t, s, e, lab) for t, s, e, lab in mentions]


def _events_named_after_places(body: str, mentions: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """ "the U.S. Open", "the Ruritanian Amateur Championship": a country or people the model
    tagged alone, followed by up to two capitalised words and an event's last word, is the event."""
    taken = {start for _, start, _, _ in mentions}
    out = []
    for text, start, end, label in mentions:
        match = _EVENT_AFTER.match(body, end) if label in ("GPE", "NORP") else None
        if match and match.group(1).lower() in _EVENT_ENDINGS and not any(end < s < match.end() for s in taken):
            out.append((body[start : match.end()], start, match.end(), "EVENT"))
        else:
            out.append((text, start, end, label))
    return out


def _not_a_persons_name(text: str) -> bool:
    """A place, a name opening with a place ("Washington Post Okafor") or ending with a firm's
    legal form is no person's name."""
    words = text.split()
    return is_known_place(text) or is_known_place(words[0]) or words[-1].lower().rstrip(".") in _COMPANY_FORMS


def _decide_label(group: EntityGroup, *, sports: bool = False) -> str:
    """The label most mentions give. Between place and organisation a tie goes to the place
    ("U.S." as GPE and ORG), except in a sports story, where a town that plays is its team."""
    votes = Counter(label for _, label in group.mentions)
    if votes.get("GPE", 0) and votes.get("ORG", 0):
        if sports and votes["ORG"] >= votes["GPE"]:
            return "ORG"
        if votes["GPE"] >= votes["ORG"]:
            return "GPE"
    best = max(votes.values())
    for label in LABEL_PRIORITY:
        if votes.get(label, 0) == best:
            return label
    return next(iter(votes))


def _best_name(group: EntityGroup, label: str, full_names: dict[str, list[str]]) -> str:
    """The fullest form of the name the story uses (body, headline or captions), with the
    apostrophe the story mostly writes it with ("James O’Neill" once, "O'Neill" three times:
    "James O'Neill")."""
    best = _fullest_form(group, label)
    if "'" not in best and "’" not in best:
        return best
    straight = sum(n * f.count("'") for f, n in group.forms.items())
    curly = sum(n * f.count("’") for f, n in group.forms.items())
    return best.replace("’", "'") if straight > curly else best.replace("'", "’") if curly > straight else best


# The titles of the peerage, which British copy keeps as part of the name of a peer it names by
# them alone ("Lord Pemberton", "Baroness Whitlock"): the surname alone is no fuller a name.
# (and the style of a senior judge in England and Wales, by which copy names the judge: "Lord Justice
# Pemberton", "Mrs Justice Okafor")
_PEERS_TITLE_BEFORE = re.compile(
    r"\b((?:Lord|Lady|Mr|Mrs|Ms) Justice|Lord|Lady|Baroness|Baron|Viscountess|Viscount|Earl|Countess|Marquess)\s$"
)


def _peers_title(group: EntityGroup, body: str) -> str:
    """The title of the peerage (and a space) the story first writes right before a person's one
    name, or "" when it writes none."""
    for mention, _ in sorted(group.mentions, key=lambda pair: pair[0].start):
        found = _PEERS_TITLE_BEFORE.search(body, max(0, mention.start - 14), mention.start)
        if found:
            return found.group(1) + " "
    return ""


def _fullest_form(group: EntityGroup, label: str) -> str:
    forms = [f for f in group.forms if not f.isupper() or len(f) <= 5 or "." in f]
    forms = forms or list(group.forms)
    if label == "PERSON":
        key = group.key.split(":", 1)[1]
        # "Crooked Hillary Clinton" once, "Hillary Clinton" ten times: an epithet is not the name.
        # (not a surname with its particle: "Van Aalst" twice is still Ruud Van Aalst; nor initials:
        # "Mr. Hanumantha Rao" twice is still G. Hanumantha Rao)
        shorter = [
            f
            for f in forms
            if len(f.split()) >= 2
            and normal(key).endswith(" " + normal(f))
            and not opens_with_particle(f)
            and not initials_only(normal(key)[: -len(normal(f)) - 1].split())
        ]
        if shorter:
            best = max(shorter, key=lambda f: group.forms[f])
            if group.forms[best] > sum(n for f, n in group.forms.items() if normal(f) == key):
                return best
        # Mixed-case forms of the full name beat shouted ones from a byline.
        exact = [f for f in forms if normal(f) == key]
        if exact:
            return max(exact, key=lambda f: (not f.isupper(), group.forms[f]))
    return max(forms, key=lambda f: (len(f.split()), len(f), group.forms[f]))
