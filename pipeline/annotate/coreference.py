"""Coreference for speakers: the person or organisation a subject phrase in cue position
refers to: a name, a pronoun, a description or a spokesperson.

- a name: its entity ("Kaminski" -> "Robert Kaminski"), or a person the NER missed;
- "he", "she", "it" and descriptions ("the Nigerian president", "the company's spokeswoman",
  "the union", "the report"): what the discourse focus (``focus.py``) resolved them to, which
  is nobody when they refer to someone the story does not name;
- a spokesperson or a document named with its principal ("a spokesman for Acme", "a ministry
  memo"): the principal.
"""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.descriptions import someones_people
from pipeline.annotate.focus import DiscourseFocus
from pipeline.annotate.mentions import StoryIndex, country_key
from pipeline.annotate.person_spans import glued_hyphen
from pipeline.annotate.phrases import (
    EMPHATIC,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    SPATIAL_PREPOSITIONS,
    SPEAKER_LABELS,
    SUBORDINATORS,
    describes_the_noun_before,
    in_charge,
)
from pipeline.annotate.ties import rank_in
from pipeline.model import Entity

# A description may anticipate a name the story gives soon after ("The police chief calls it …"
# and, a paragraph on, "said Police Chief Jeffrey Gyurina"), not one it gives much later: at
# most this many characters on (about two short paragraphs of news copy).
NAMED_SOON_AFTER = 400


_HANDLE_PREFIXES = lexicons.words("handle_prefixes.txt")


class Coreference(StoryIndex):
    """Resolves subject phrases to the story's entity names."""

    @functools.cached_property
    def focus(self) -> DiscourseFocus:
        return DiscourseFocus(self)

    def resolve_pronoun(self, word: str, char: int) -> str | None:
        """The name "he", "she" or "it" at ``char`` refers to, as the discourse focus resolved it
        (``focus.py``); None for a pronoun of someone the story does not name, or another word."""
        done, referent = self.focus.referent_at(self._token_at(char))
        return referent.name if done and referent is not None else None

    def sentence_subject(self, tokens: list[Token]) -> str | None:
        """The person a sentence (its tokens) is about as the subject of its first verb."""
        return self._subject_person(tokens)

    def _subject_person(self, tokens: list[Token]) -> str | None:
        """The person a sentence's tokens open with as the subject of its first verb:
        "Museum spokesman Peter Lowe told …", "In contrast, Hale described …",
        "Hale, who has worked for the mayor, called …", "But Hale, a Democrat, sided …", "She says
        …" (that she)."""
        finite = ("VBD", "VBZ", "VBP", "MD")
        if len(tokens) > 1 and tokens[0].tag_ == "CC":
            tokens = tokens[1:]  # "But Sen. Moreno sided with Quinn:": the conjunction opens no subject
        comma = next((n for n, t in enumerate(tokens[:16]) if t.text == ","), None)
        if (
            comma is not None
            and not any(t.tag_ in finite for t in tokens[:comma])
            and (tokens[0].tag_ in ("IN", "RB") or not any(t.i in self.entity_at for t in tokens[:comma]))
        ):
            # An opening adverbial: "However,", "On Wednesday,", "On The Evening Hour on Tuesday,"
            tokens = tokens[comma + 1 :]
        if len(tokens) > 1 and tokens[0].lower_ in ("he", "she"):
            n = 1
            while n < min(len(tokens) - 1, 3) and tokens[n].tag_ == "RB":
                n += 1  # "He too knew …", "She also said …"
            if tokens[n].tag_ in finite:
                return self.resolve_pronoun(tokens[0].lower_, tokens[0].idx)
        m = 0
        while m < len(tokens) and (
            tokens[m].i in self.entity_at or tokens[m].tag_ in ("NNP", "NNPS", "NN", "JJ", "DT", "HYPH", "POS")
        ):
            m += 1  # titles and roles before the name: "Green Party leader Helena Marsh"
        if 1 < m < len(tokens) and tokens[0].lower_ == "the" and tokens[m].tag_ in finite:
            # "The Liberal deputy leader was speaking …": whom the description names.
            found = self.resolve_phrase(tokens[:m])
            return found if found in self.person_names else None
        if 3 <= m < len(tokens) and tokens[m].tag_ in finite and tokens[m - 2].tag_ == "POS":
            if tokens[m - 1].lower_ in lexicons.words("speech_nouns"):
                # "Roe's response was swift.": the sentence is about Roe's words
                hit = self.entity_at.get(tokens[m - 3].i)
                return hit[0].name if hit is not None and hit[0].label == "PERSON" else None
        timed = m
        while timed > 1 and _time_word(tokens[timed - 1]):
            timed -= 1  # "Rep. Ann Roe Saturday morning reacted …": the time is no part of the name
        if timed < m and tokens[timed - 1].i in self.entity_at:
            m = timed
        if m == 0 or tokens[m - 1].i not in self.entity_at:
            return None
        entity = self.entity_at[tokens[m - 1].i][0]
        if entity.label != "PERSON":
            return None
        if m < len(tokens) and tokens[m].text in (",", "("):
            # "Hale, who has worked for the mayor since March, called …": past the aside.
            for n in range(m + 1, min(len(tokens) - 1, m + 40)):
                # (a past tense after the aside may be tagged as a participle: "Moreno, a
                # Democrat, sided with Quinn")
                if tokens[n].text not in (",", ")"):
                    continue
                k = n + 2 if tokens[n + 1].tag_ == "RB" and n + 2 < len(tokens) else n + 1
                if tokens[k].tag_ in finite or tokens[k].tag_ == "VBN":
                    m = k  # (past an adverb: "Pello, 17, who works nearby, also heard …")
                    break
        elif m < len(tokens) and tokens[m].tag_ == "IN":
            # "Martin Osei on Tuesday asked …": a short time phrase before the verb.
            for n in range(m + 1, min(len(tokens), m + 4)):
                if tokens[n].tag_ in finite or tokens[n].tag_ == "VBN":
                    m = n
                    break
        while m < len(tokens) - 1 and _time_word(tokens[m]):
            m += 1
        if m < len(tokens) - 1 and tokens[m].lower_ in EMPHATIC:
            m += 1  # "Halvorsen himself weighed in": the emphasis, then the verb
        follows = tokens[m] if m < len(tokens) else None
        # A participle right after the subject is a past tense the tagger misread ("Osei on
        # Tuesday asked"), as is a reporting verb read as a noun ("Brandt charges that …").
        if follows is None or not (
            follows.tag_ in finite
            or follows.tag_ == "VBN"
            or (is_cue_word(follows.lower_) and follows.lower_.endswith("s"))
        ):
            return None
        return entity.name

    def resolve_description(self, head: str, modifiers: list[str], char: int, owner: str | None = None) -> str | None:
        """The person the story tied to a description ('the Nigerian president'), most recent first;
        with ``owner`` ("his mother" of Wendell), not one tied as another person's ("Hale's mother")."""
        countries = {country_key(m) for m in modifiers if m.lower() in self._country_words}
        parties = {lexicons.party_of(m) for m in modifiers} - {None}
        rank = rank_in(modifiers)  # "the vice president", "Holt's former campaign manager"
        sided, opposites = lexicons.title_sides(modifiers)  # "the minority leader", "the senior senator"
        # (whether the story ties anyone to the people or country the description names)
        peopled = bool(countries) and any(countries & self.nationalities(other) for other in self.person_names)
        best: tuple[int, int, int, str] | None = None
        for name in self.tied_to.get(f"{rank} {head}" if rank else head, ()):
            tied_owner = self.tie_owners.get((head, name))
            if owner is not None and tied_owner is not None and tied_owner != owner:
                continue
            if opposites & self.ties.get(name, set()):
                continue  # "the minority leader" is not Majority Leader Walt Hines
            own = self.nationalities(name)
            if countries and own and not (countries & own):
                continue  # "the Nigerian president" is not the Kenyan one
            if countries and not own and peopled:
                continue  # "the Kestorian minister" is not one of no stated people, beside "her Kestorian counterpart"
            sides = self.tied_keys(name, lexicons.party_of)
            if parties and sides and not (parties & sides):
                continue  # "the GOP nominee" is not the Democratic one
            agrees = (
                int(bool(countries & own)) + int(bool(parties & sides)) + int(bool(sided & self.ties.get(name, set())))
            )
            # (the sitting holder before the retired one: "the bishop" is not the Bishop Emeritus
            # when the story named the bishop too)
            sitting = int(f"emeritus {head}" not in self.ties.get(name, set()))
            positions = self.positions_of.get(name, [])
            if not positions or positions[0] > char + NAMED_SOON_AFTER:
                continue  # named only much further on: not whom this description means
            k = bisect.bisect_left(positions, char)
            last = positions[k - 1] if k else -1
            if best is None or (agrees, sitting, last) > best[:3]:
                best = (agrees, sitting, last, name)
        return best[3] if best else None

    def _handle_owner(self, handle: str) -> str | None:
        """The one person of the story whose name a social-media handle spells: "@GordonSayles",
        "@gordon_sayles", "@RepSayles", "@SenGordonSayles" for Gordon Sayles (the name's words
        run together, or the surname, after a title's abbreviation or none); None for another."""
        key = "".join(ch for ch in handle[1:].lower() if ch.isalpha())
        found = set()
        for name in self.person_names:
            words = ["".join(ch for ch in w.lower() if ch.isalpha()) for w in name.split()]
            if len(words) < 2:
                continue
            for spelled in ("".join(words), words[-1]):
                if key == spelled or (key.endswith(spelled) and key[: -len(spelled)] in _HANDLE_PREFIXES):
                    found.add(name)
        return next(iter(found)) if len(found) == 1 else None

    def _role_of_a_body(self, tokens: list[Token], cut: int) -> bool:
        """Whether ``tokens`` are a person's role, then "of" or "at" and an organisation:
        "the chair of the Senate Research Committee", "the physicist at Norwood Institute". The
        role holder speaks (someone the focus pass may know), not the body; those who speak for a
        body do speak for it ("a spokesman for Acme", "an official with the ministry")."""
        if cut < 1 or tokens[cut].lower_ not in ("of", "at") or cut > 3:
            return False
        role, tag = tokens[cut - 1].lower_, tokens[cut - 1].tag_
        spokes = lexicons.words("spokes_nouns")
        if tag == "NN":
            if role not in lexicons.role_nouns() or role in spokes:
                return False
        elif tag != "NNS" or (singular := lexicons.person_singular(role)) is None or singular in spokes:
            return False  # ("Forty lecturers at Brackley College have signed": the lecturers)
        if not (tokens[0].lower_ in ("the", "a", "an") or tokens[0].tag_ == "CD") or not all(
            t.tag_ in ("DT", "JJ", "NN", "NNS", "CD") for t in tokens[:cut]
        ):
            return False
        hit = self.entity_at.get(tokens[-1].i)
        # (not a name run into the body's: "The president of Planned Parenthood Vicki Cowart")
        return (
            hit is not None
            and hit[0].label == "ORG"
            and not any(lexicons.is_given_name(t.text) and t.is_title for t in tokens[cut + 1 :])
        )

    def resolve_phrase(self, tokens: list[Token]) -> str | None:
        """The entity name a subject phrase refers to ('Tillerson', 'he', 'the U.S. president')."""
        tokens = [t for t in tokens if t.text not in (",", "—", "–", "-", ":", "(", ")")]
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0].text.startswith("@"):
            return self._handle_owner(tokens[0].text)  # "@GordonSayles tweeted:"
        # "a person close to Aldana", "sources familiar with Acme's plans": an adjective after a
        # common noun, then a preposition, describes the noun; the name behind it is not the head.
        after_noun = next(
            (
                k
                for k in range(1, len(tokens) - 1)
                if describes_the_noun_before(tokens, k)
                and not (
                    tokens[k].lower_ == "old" and tokens[k - 1].lower_ in ("year", "month")
                )  # "the 41-year-old from Uppsala"
            ),
            None,
        )
        if after_noun is not None:
            tokens = tokens[:after_noun]
        # "Del. Ann Roe of the Harbour District": the name before the preposition; "commentator
        # Julian Fosse as Night Heron swooped": before the clause a conjunction opens.
        cut = next(
            (
                k
                for k, t in enumerate(tokens)
                if k > 0 and (t.lower_ in PREPOSITIONS or t.lower_ in SUBORDINATORS) and not in_charge(tokens, k)
            ),
            None,
        )
        if cut is not None and someones_people(tokens, cut, self.entity_at):
            return None  # "the family of Ann Roe", "relatives of Ann Roe": people the story does not name
        if cut is not None and self._role_of_a_body(tokens, cut):
            # "the physicist at Norwood Institute said": the physicist, not the institute
            tokens, cut = tokens[:cut], None
        if cut is not None and (
            any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in tokens[:cut])
            or _reads_as_a_persons_name(tokens[:cut])
        ):
            head_before = tokens[cut - 1]
            if not (head_before.lower_.startswith("spokes") or head_before.lower_ in lexicons.words("spokes_nouns")):
                tokens = tokens[:cut]
        # "Protesters outside the Capitol": a phrase placed somewhere is headed before the place.
        placed = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ in SPATIAL_PREPOSITIONS), None)
        if placed is not None:
            tokens = tokens[:placed]
        origin = self._origin_at(tokens)
        if origin is not None:
            tokens = tokens[:origin]  # "the governor of Ohio", "a man from Ohio": not Ohio
        related = self._relative_of_person(tokens) or self._by_generation(tokens)
        if related is not None:
            return related[0]
        head = tokens[-1]
        mentions: list[tuple[Entity, Token]] = []  # each entity that can speak once, in order
        for token in tokens:
            hit = self.entity_at.get(token.i)
            if hit and hit[0].label in SPEAKER_LABELS and (not mentions or mentions[-1][0] is not hit[0]):
                mentions.append((hit[0], token))
        # What the focus pass made of the head: a pronoun, or a description of someone in focus
        # ("the senator", "the union", and "the Republican", where the head is an entity's word).
        done, referent = self.focus.referent_at(head.i)
        if done:
            return referent.name if referent else None
        if head.i in self.entity_at and self.entity_at[head.i][0].label in SPEAKER_LABELS:
            if (
                len(tokens) == 2
                and tokens[0].lower_ in ("a", "an", "one")
                and lexicons.party_of(head.text) is not None
                and not head.text.endswith("s")
            ):
                return None  # "a Democrat from Pelham": one member, not the party
            return self.entity_at[head.i][0].name
        head_word = head.lower_.strip(".")
        if (head.tag_ == "PRP" or head_word in PERSON_PRONOUNS or head_word in OTHER_PRONOUNS) and len(tokens) <= 2:
            return None  # a pronoun the focus pass left unresolved: someone the story does not name
        if head_word in lexicons.words("spokes_nouns") or head_word in lexicons.words("document_nouns"):
            # "a spokesman for the ministry", "Marsh's campaign": the principal speaks.
            for entity, _ in reversed(mentions):
                return entity.name
            owner = next((t for t in tokens if t.lower_ in ("his", "her")), None)
            if owner is not None:  # "His spokesman added": the principal is "he"
                return self.resolve_pronoun("he" if owner.lower_ == "his" else "she", owner.idx)
        if head.tag_.startswith("NN") and head.text[:1].islower():
            if head.tag_ == "NNS":
                return None  # "police said": a plural is a group, never the one person "Police Const. Fanning"
            modifiers = [t.text for t in tokens[:-1] if t.text[:1].isupper() or lexicons.is_title_side(t.text)]
            found = self.resolve_description(head_word, modifiers, head.idx)
            if found:
                return found
            return None
        name = self._unrecognised_name(tokens)
        if name:
            return name
        # A name at the end of the phrase ("Senior Tillerson aide R.C. Hammond") was handled
        # above; otherwise the last mention not behind a preposition.
        for entity, token in reversed(mentions):
            at = tokens.index(token)
            if entity.label == "NORP" and any(t.tag_ == "POS" for t in tokens[at + 1 :]):
                continue  # "European football's governing body": a people's word in the owner's phrase
            if not any(t.lower_ in PREPOSITIONS for t in tokens[:at]):
                return entity.name
        return None

    def _by_generation(self, tokens: list[Token]) -> tuple[str | None] | None:
        """ "the elder Crews", "the younger Bush": of the two people the story names with that
        surname, the one its ties or a name suffix make the older or the younger ("his father,
        Rafael Crews,", "Donald Brennan Jr.", ``lexicons/generations.tsv``); no one (a one-tuple
        holding None) when the story does not tell. None when the phrase is not of this shape or
        only one person has the surname."""
        if len(tokens) < 2 or tokens[-1].i not in self.entity_at or self.entity_at[tokens[-1].i][0].label != "PERSON":
            return None
        generations = lexicons.mapping("generations.tsv")
        doc = self.doc
        first = tokens[-1].i
        while first >= 2 and glued_hyphen(doc[first - 1]):
            first -= 2  # "the younger Oduya-Lambert": a hyphened surname, split in three tokens
        before = doc[first - 1] if first > 0 else None
        wanted = generations.get(before.lower_) if before is not None else None
        if wanted is None or before.lower_ in lexicons.words("kin_nouns"):
            return None
        surname = doc[first : tokens[-1].i + 1].text
        kin = lexicons.words("kin_nouns")
        family = sorted(name for name in self.person_names if surname in name.split())
        if len(family) != 2:
            return None

        def generation(name: str) -> str | None:
            # (kin nouns only: "the elder" before a mention is tied to whichever person it was read as)
            words = {w.lower().strip(".") for w in name.split()[1:]} | (self.ties.get(name, set()) & kin)
            found = {generations[w] for w in words if w in generations}
            return found.pop() if len(found) == 1 else None

        ranks = [generation(name) for name in family]
        if ranks[0] == ranks[1]:
            return (None,)  # the story does not say which is which
        other = {"older": "younger", "younger": "older"}
        ranks = [r or other[ranks[1 - k]] for k, r in enumerate(ranks)]
        return (family[ranks.index(wanted)],)

    def _origin_at(self, tokens: list[Token]) -> int | None:
        """Where "of", "from" or "in" and a place end a description of one person ("the governor
        of Ohio", "the independent from Vermont", "a man in Ohio"): the place says where the
        person is from, so it is no speaker; the description is. None for other phrases ("officials
        in Russia", "a spokesman for Russia", "the mother of Dana Kroll")."""
        if len(tokens) < 4 or tokens[0].lower_ not in ("the", "a", "an"):
            return None
        k = next((k for k, t in enumerate(tokens) if k > 1 and t.lower_ in ("of", "from", "in")), None)
        if k is None or k + 1 >= len(tokens):
            return None
        noun = tokens[k - 1]
        party = noun.tag_ == "NNP" and lexicons.party_of(noun.text) is not None  # "the Democrat from Coleridge County"
        if not party and (noun.tag_ not in ("NN", "JJ") or not noun.text[:1].islower()):
            return None
        # (an elected office's holder is from a place: "the senator from Pinecrest" with the town
        # read as an organisation; not "a representative from Acme", who speaks for the firm)
        elected = noun.lower_ not in lexicons.words("organisation_voices_singular") and (
            lexicons.office_of(noun.lower_) is not None or bool(lexicons.offices_of_kind(noun.lower_))
        )
        place = [t for t in tokens[k + 1 :] if t.lower_ != "the"]
        # "the lawmaker from the mill town of Greyhaven": the place's own noun and "of" before it
        while (
            len(place) > 2 and place[0].is_lower and place[0].tag_ in ("NN", "JJ") and place[0].i not in self.entity_at
        ):
            place = place[1:]
            if place[0].lower_ == "of":
                place = place[1:]
                break
        # (after a party word or an office, from any capitalised name: "the Democrat from
        # Fernhill" with the town read as an organisation or a person, "the Republican from
        # Ostrava Falls")
        labels = (
            ("GPE", "LOC", "ORG", "FAC", "PERSON")
            if (party or elected) and tokens[k].lower_ == "from"
            else ("GPE", "LOC")
        )
        if place and all(t.i in self.entity_at and self.entity_at[t.i][0].label in labels for t in place):
            return k
        return None

    def _relative_of_person(self, tokens: list[Token]) -> tuple[str | None] | None:
        """ "The mother of Dana Kroll", "a friend of Kroll", "the family of victim Dana Kroll": the
        noun before "of" heads the phrase, so the person after it is not the speaker. The speaker
        is the one the story tied to that noun as this person's ("Kroll's mother, Ann Kroll,"),
        else no one (a one-tuple holding None). None when the phrase is not of this shape; a
        spokesperson or a document of someone ("a spokesman for Roe") speaks for them instead."""
        k = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ == "of"), None)
        if k is None:
            return None
        noun = tokens[k - 1]
        if noun.tag_ not in ("NN", "NNS") or not noun.text[:1].islower():
            return None
        if k + 1 < len(tokens) and tokens[k + 1].lower_ in ("a", "an"):
            return None  # "aunt of a victim Lynn Carr": copy's apposition, the aunt is Carr
        word = noun.lower_
        if word in lexicons.words("spokes_nouns") or word in lexicons.words("document_nouns"):
            return None
        owner = next(
            (self.entity_at[t.i][0] for t in tokens[k + 1 :] if t.i in self.entity_at),
            None,
        )
        kin = word in lexicons.words("kin_nouns")
        if (
            not kin
            and owner is not None
            and tokens[0].tag_ not in ("DT", "PRP$")
            and tokens[k + 1].is_lower
            and tokens[k + 1].tag_ in ("NN", "NNS", "NNP")  # (a noun in lower case the tagger read as a name)
        ):
            return None  # "said director of rugby Mark Oddie": a bare title before the name, his
        if owner is None or owner.label != "PERSON":
            # "the director of the agency": the organisation's officer, read as before; but "a
            # friend of Kroll" with "Kroll" untagged or read as an organisation is not Kroll.
            named = owner is not None or any(
                t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() for t in tokens[k + 1 :]
            )
            return (None,) if named and kin else None
        modifiers = [t.text for t in tokens[: k - 1] if t.text[:1].isupper()]
        found = self.resolve_description(word, modifiers, noun.idx, owner=owner.name)
        return (found if found != owner.name else None,)  # (no one is their own mother or friend)

    def _names_someone(self, phrase: list[Token]) -> bool:
        return (
            self._head_is_mention(phrase)
            or phrase[-1].tag_ == "PRP"
            or any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in phrase)
            or _shaped_like_a_name(phrase)
        )

    def _names_by_description(self, phrase: list[Token]) -> bool:
        """Whether ``phrase`` is a description the discourse focus resolved to someone named
        ("The senator, a Democrat from Pelham, said": the senator the story named)."""
        done, referent = self.focus.referent_at(phrase[-1].i)
        return done and referent is not None and referent.name is not None

    def _head_is_mention(self, tokens: list[Token]) -> bool:
        tokens = [t for t in tokens if t.tag_ != "POS"]
        return bool(tokens) and tokens[-1].i in self.entity_at


_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "today", "tonight", "yesterday"})
_CALENDAR = lexicons.words("month_and_day_names.txt")


def _time_word(token: Token) -> bool:
    """A day or time of day that may stand between a subject and its verb ("Roe Saturday morning
    reacted"): the days and months of ``month_and_day_names.txt`` and the times of day."""
    return token.lower_ in _TIMES_OF_DAY or (token.lower_ in _CALENDAR and token.text[:1].isupper())


def _shaped_like_a_name(phrase: list[Token]) -> bool:
    """A person's name the model did not tag: two or three capitalised proper nouns, no title
    first, a census given name first or surname last ("Lon Ward, a retired reporter, said"); no
    entity covers them."""
    return (
        2 <= len(phrase) <= 3
        and all(t.tag_ == "NNP" and t.is_title and t.is_alpha and not t.ent_type_ for t in phrase)
        and not lexicons.is_title_word(phrase[0].text)
        and (lexicons.is_given_name(phrase[0].text) or lexicons.is_surname(phrase[-1].text))
    )


def _reads_as_a_persons_name(tokens: list[Token]) -> bool:
    """Whether ``tokens`` are two or three capitalised proper nouns opening with a given name of
    the census or world tables ("Ravi Chandran" of "Ravi Chandran of Felix Law", read as a firm)."""
    if not 2 <= len(tokens) <= 3 or not all(t.tag_ == "NNP" and t.is_title and t.is_alpha for t in tokens):
        return False
    first = tokens[0].text
    return lexicons.is_given_name(first) or lexicons.is_widely_listed_given_name(first)
