"""What a story says about its people: where each entity is mentioned, who is a he or a she,
and which titles and descriptions the story ties to each person.

``StoryIndex`` is built once per story from the tagged ``Doc`` (no parse needed) and its
entities. Everything is linear in the story; lookups (the sentence around a character, the
people mentioned before it) are bounded so that a long story stays linear too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, tags_of, text_of
from pipeline.annotate.descriptions import one_of_a_group, stated_ages
from pipeline.annotate.entities import ALIASES
from pipeline.annotate.furniture import furniture_ranges
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.phrases import subject_after_opening_phrase
from pipeline.model import Entity, Mention

SENTENCE_END = frozenset({".", "!", "?"})


_INSIDE_NAMES = lexicons.words("abbreviations_inside_names.txt")


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a full stop, "!" or "?" that ends a sentence: not the full stop the
    tokenizer split from an abbreviated title ("Capt.", "Mr."), an initial ("J.") or a word inside
    an organisation's name ("Dept.", ``abbreviations_inside_names.txt``), unless a paragraph
    ends there. A title written in full ends its sentence: "… said the attorney."."""
    token = doc[i]
    if token.text not in SENTENCE_END:
        return False
    if token.text == "." and i > 0:
        before = doc[i - 1]
        paragraph_ends = i + 1 == len(doc) or "\n" in doc[i + 1].text
        if (
            not paragraph_ends
            and not before.whitespace_
            and (
                lexicons.is_abbreviated_title(before.text)
                or (len(before.text) == 1 and before.text.isupper())
                or before.lower_ in _INSIDE_NAMES
            )
        ):
            return False
    return True


# No attribution reaches further than this from its quotation: a "sentence" with no full stop
# (a list, a transcript, a run-on caption) is cut here so that every search stays bounded.
MAX_SENTENCE_TOKENS = 120
# Words that open a description set beside a name ("the chairman, Dale Hurst,", "its chief, Roe,").
# Words that open a description set beside a name between commas ("the chairman, Rep. Dale
# Hurst,", "His father, Nestor Vidal,"); whose "his" is, the index does not know, so a tie
# after "his" or "her" records no owner.
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


def country_key(word: str) -> str:
    """A short key shared by a country and its people: 'Russia', 'Russian' -> 'russ';
    'U.S.', 'America' -> 'unit' (through the entities' aliases)."""
    norm = re.sub(r"['’]s$", "", word.lower())
    norm = ALIASES.get(norm, norm)
    return norm[:4]


_RANKS = lexicons.words("rank_modifiers.txt")


def rank_of(word: str) -> str | None:
    """The rank a modifier gives a title ("vice", "former"; "lt" read as "lieutenant"), or None."""
    word = word.lower().strip(".")
    for form in (word, *lexicons.title_expansions(word)):
        if form in _RANKS:
            return form
    return None


def rank_in(modifiers: Sequence[str]) -> str | None:
    """The rank among a description's modifiers, in text order ("Holt's former campaign manager"
    -> "former"); of two, the one nearer the head ("the former vice president" -> "vice": the
    office is the vice presidency, as `_title_words` ties it)."""
    ranks = [rank for rank in map(rank_of, modifiers) if rank is not None]
    return ranks[-1] if ranks else None


# Nouns for a body, not a person ("the campaign", "the committee", "the state"): before another
# word of a title they say what the person belongs to, so they are not tied to the person.
_BODY_NOUNS = (
    lexicons.words("organisation_nouns")
    | lexicons.words("institution_nouns")
    | lexicons.words("organisation_voices")
    | lexicons.words("facility_nouns")
    | lexicons.words("place_nouns")
    | lexicons.words("spokes_bodies")
)


def _role_given_as(doc: Doc, j: int) -> set[str]:
    """The role a name is given with "as" right after it (token ``j`` on): "picked Gov. Lisa Pratt
    of Indiana as his running mate", "appointed Dale Kerr as police chief", "Kerr, who serves as
    the board's chairman" is not read (the name is not right before "as"). Only a phrase whose
    last noun is a role noun ("as a favor", "as well" say nothing about the person)."""
    n = len(doc)
    if j + 1 < n and doc[j].lower_ == "of":  # "Gov. Lisa Pratt of Indiana as …"
        j += 1
        while j < n and doc[j].tag_ == "NNP":
            j += 1
    if j + 1 >= n or doc[j].lower_ != "as":
        return set()
    k = j + 1
    if doc[k].lower_ in _APPOSITION_OPENERS or doc[k].tag_ == "PRP$":
        k += 1
    words = []
    while k < n and len(words) < 4 and doc[k].tag_ in ("NN", "JJ", "HYPH") and not doc[k].ent_type_:
        words.append(doc[k])
        k += 1
    if not words or words[-1].tag_ != "NN" or words[-1].lower_ not in lexicons.role_nouns():
        return set()
    return _title_words(words)


def _head_before_of(doc: Doc, k: int) -> tuple[set[str], int] | None:
    """The description words of a noun phrase ending right before an "of" whose object opens at
    token ``k`` ("The chairman", "Grady's former chief" of "… of staff, Ann Cole,"), and the
    token that opens the phrase: None unless that is an apposition opener or a possessive's "'s"
    and the phrase holds a noun."""
    m = k - 2
    while m > 0 and m > k - 7 and doc[m].tag_ in ("NN", "JJ", "NNP", "HYPH"):
        m -= 1
    nouns = [t for t in doc[m + 1 : k - 1] if t.tag_ in ("NN", "JJ")]
    if m < 0 or not any(t.tag_ == "NN" for t in nouns):
        return None
    if doc[m].lower_ not in _APPOSITION_OPENERS and doc[m].tag_ != "POS":
        return None
    return _title_words(nouns), m


def _names_a_person(words: set[str]) -> bool:
    """Whether any of the words is a noun for a person (a role, a relative, "neighbor")."""
    people = lexicons.role_nouns() | lexicons.words("kin_nouns") | lexicons.words("everyday_person_nouns")
    return any(word in people for word in words)


def _title_words(tokens: Sequence[Token]) -> set[str]:
    """The words of a title or description (in text order) to tie to a person: each word, but the
    words after a rank as compounds only ("Vice President" -> "vice president", not "president";
    "Former House Speaker" -> "former speaker"; "Lt. Gov." -> "lieutenant governor"), so "the
    president" is not the vice president nor the former one; and not a body's noun before the
    title's head ("campaign manager", "committee chairman"): "the campaign said" is not the
    manager."""
    out: set[str] = set()
    rank: str | None = None
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        word = token.lower_.strip(".")
        now = rank_of(word)
        if now is not None:
            rank = now
            out.add(now)
        elif rank is not None:
            out.add(f"{rank} {word}")
            out.update(f"{rank} {full}" for full in lexicons.title_expansions(word))
        elif k < last and word in _BODY_NOUNS and tokens[k + 1].lower_ != "of":
            continue
        else:
            out.add(word)
    return out


class StoryIndex:
    """The mentions, genders and descriptions of one story's people, and sentence bounds."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], spans: Sequence[QuoteSpan]) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.spans = spans
        self.tops = [s for s in spans if not s.nested]
        # Character ranges inside quotation marks: nothing in there attributes a quote.
        self._quoted = sorted((s.open_mark, s.outer_end) for s in self.tops)
        self._quoted_starts = [a for a, _ in self._quoted]
        self._by_close = {s.close_mark: s for s in self.tops if s.close_mark is not None}
        self._close_marks = sorted(self._by_close)
        self.token_starts = doc.to_array(IDX).tolist()
        # Page furniture (related-story links, photo credits, bylines): no mention in it counts.
        self._furniture = furniture_ranges(self.text)
        self._furniture_starts = [a for a, _ in self._furniture]
        # Token index -> (entity, mention start) for every mention.
        self.entity_at: dict[int, tuple[Entity, int]] = {}
        # Person -> where the story names them (outside quotations), in order.
        self.positions_of: dict[str, list[int]] = {}
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or self.in_furniture(mention.start):
                    continue
                for token in span:
                    self.entity_at[token.i] = (entity, mention.start)
                if entity.label == "PERSON" and not self.in_quote(mention.start):
                    self.positions_of.setdefault(entity.name, []).append(mention.start)
        for positions in self.positions_of.values():
            positions.sort()
        self.person_names = {e.name for e in entities if e.label == "PERSON"}
        # Person -> the ages the story states ("Kevin Moss, 34,"), for "the 34-year-old".
        self.ages = stated_ages(doc, entities)
        self.by_name = {e.name: e for e in entities}
        # Words naming countries or peoples in this story ("Russian", "U.S.", "Kenyan").
        self._country_words = {t.lower_.strip(".") for e in doc.ents if e.label_ in ("NORP", "GPE") for t in e}
        self._nationality_words = {t.lower_ for e in doc.ents if e.label_ == "NORP" for t in e}
        self.ties = self._description_ties(entities)
        # Description word -> the people the story tied it to.
        self.tied_to: dict[str, list[str]] = {}
        for name, tied in self.ties.items():
            for word in tied:
                self.tied_to.setdefault(word, []).append(name)
        # Speakers named in cue position that the NER did not recognise.
        self.new_people: dict[str, Entity] = {}
        # Token indices that end a sentence (outside quotation marks), for bounded lookups.
        starts = self.token_starts
        self._sentence_ends = [
            i
            for i, word in enumerate(lowers_of(doc))
            if word in SENTENCE_END and ends_sentence(doc, i) and not self.in_quote(starts[i])
        ]
        self.sentence_end_set = frozenset(self._sentence_ends)
        self.gender = self._genders(entities)

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def in_furniture(self, char: int) -> bool:
        """Whether ``char`` lies in page furniture (``furniture.py``): not the story's prose."""
        if not self._furniture:
            return False
        i = bisect.bisect_right(self._furniture_starts, char) - 1
        return i >= 0 and self._furniture[i][0] <= char < self._furniture[i][1]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens wholly in text[start:end], outside quotation marks (a curly apostrophe read as a
        possessive, "Myers’ mother", is no quotation mark: ``tag_fixes``)."""
        if end <= start:
            return []
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return []
        return [t for t in span if not self.in_quote(t.idx) and (t.text not in '“”"‘’«»' or t.tag_ == "POS")]

    def _token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.token_starts, char)

    def sentence_start(self, char: int, lo: int) -> int:
        """Where the sentence holding ``char`` begins (quotation-aware), not before ``lo``."""
        doc = self.doc
        i = self._token_at(char) - 1
        floor = max(0, i - MAX_SENTENCE_TOKENS)
        start = max(lo, doc[floor].idx) if len(doc) else lo
        while i >= floor and doc[i].idx >= lo:
            token = doc[i]
            if ends_sentence(doc, i) and i + 1 < len(doc) and not self.in_quote(token.idx):
                nxt = doc[i + 1]
                if nxt.is_space and i + 2 < len(doc):
                    nxt = doc[i + 2]  # two spaces after the full stop
                if nxt.text[:1].isupper() or nxt.text[:1] in '“"‘':
                    start = nxt.idx
                    break
            i -= 1
        # A quotation that ends its sentence inside the marks: “… escapades.” The agency said …
        k = bisect.bisect_left(self._close_marks, start)
        while k < len(self._close_marks) and self._close_marks[k] < char:
            span = self._by_close[self._close_marks[k]]
            k += 1
            if self.text[span.start : span.end].rstrip()[-1:] in (".", "!", "?"):
                after = self.text[span.close_mark + 1 : char]
                rest = after.lstrip()
                if rest[:1].isupper():
                    start = max(start, span.close_mark + 1 + len(after) - len(rest))
        return start

    def sentence_end(self, char: int, hi: int) -> int:
        """Just after the full stop that ends the sentence holding ``char``, not after ``hi``."""
        doc = self.doc
        i = self._token_at(char)
        stop = min(len(doc), i + MAX_SENTENCE_TOKENS)
        if stop < len(doc):
            hi = min(hi, doc[stop].idx)
        while i < stop and doc[i].idx + len(doc[i].text) <= hi:
            if ends_sentence(doc, i) and not self.in_quote(doc[i].idx):
                return doc[i].idx + 1
            i += 1
        return hi

    def _description_ties(self, entities: Sequence[Entity]) -> dict[str, set[str]]:
        """Words the story ties to each person: titles before a mention, descriptions set beside it
        (before or after); whose a description is, when another person's, in ``tie_owners``."""
        ties: dict[str, set[str]] = {}
        # (description word, person) -> whose the description is: "Nichols' mother, Claritha,".
        self.tie_owners: dict[tuple[str, str], str] = {}
        doc = self.doc
        for entity in entities:
            if entity.label != "PERSON":
                continue
            words = ties.setdefault(entity.name, set())
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or self.in_furniture(mention.start):
                    continue
                # "Sheriff Bob Gualtieri" as one entity: the title inside the name
                inside = []
                for token in span[:-1]:
                    if token.lower_.strip(".") not in lexicons.titles():
                        break
                    inside.append(token)
                words |= _title_words(inside)
                # "U.S. Secretary of State Rex Tillerson", "Russian Foreign Minister Sergey Lavrov"
                i = span.start - 1
                before: list[Token] = []
                while i >= 0 and (
                    doc[i].tag_ in ("NNP", "NNPS", "NN", "JJ", "HYPH")
                    or doc[i].lower_ == "of"
                    or (doc[i].text == "." and i > 0 and lexicons.title_expansions(doc[i - 1].text))
                ):
                    if doc[i].text == ".":
                        i -= 1  # "Sgt. Gil Ferrante", where the tokenizer split the abbreviation's dot off
                        continue
                    if doc[i].i in self.entity_at and self.entity_at[doc[i].i][0] is entity:
                        break
                    if doc[i].lower_ == "of" and all(t.text[:1].islower() for t in before):
                        break  # "the mother of (victim) Dana Kroll": of her, not her title
                    before.append(doc[i])
                    i -= 1
                words |= _title_words(before[::-1])
                words |= _affiliation_ties(self.text, mention.end)
                # "the committee chairman, Rep. Dale Hurst," / "its chief executive, Ann Roe.": a
                # description the name is set beside, between commas (not "After meeting the
                # senator, Ann Roe said", where the name opens the clause).
                closed = span.end >= len(doc) or doc[span.end].text in (",", ".", ";", "—", "–", "(")
                if closed and i > 1 and doc[i].text == ",":
                    k = i - 1
                    while k > 0 and k > i - 7 and doc[k].tag_ in ("NN", "JJ", "NNP", "HYPH"):
                        k -= 1
                    opener, ahead = doc[k], doc[k - 1] if k > 0 else None
                    owner = self.entity_at.get(ahead.i) if opener.tag_ == "POS" and ahead is not None else None
                    nouns = _title_words([t for t in doc[k + 1 : i] if t.tag_ in ("NN", "JJ")])
                    of_at = (
                        k if opener.lower_ == "of" else k - 1 if ahead is not None and ahead.lower_ == "of" else None
                    )
                    head_of = _head_before_of(doc, of_at + 1) if of_at is not None else None
                    if head_of is not None and not _names_a_person(nouns):
                        # "The chairman of the state party, Rick Bower,": the chairman, not the
                        # party (not "the mother of the victim, Jane Roe," who may be either);
                        # "Grady's former chief of staff, Ann Cole,": Grady's
                        tied, m = head_of
                        words.update(tied)
                        holder = self.entity_at.get(m - 1) if doc[m].tag_ == "POS" and m > 0 else None
                        if holder is not None and holder[0].label == "PERSON":
                            self.tie_owners.update(((word, entity.name), holder[0].name) for word in tied)
                    elif k == i - 1 or (ahead is not None and ahead.tag_ in ("IN", "VBG")):
                        pass
                    elif opener.lower_ in _APPOSITION_OPENERS or (opener.tag_ == "POS" and ahead is not None):
                        words.update(nouns)
                        if owner is not None and owner[0].label == "PERSON":
                            # A person's kin or staff ("Hale's mother, Viola Warren,") is theirs:
                            # "his mother" about someone else is not her.
                            self.tie_owners.update(((word, entity.name), owner[0].name) for word in nouns)
                # "R.C. Hammond, a senior Tillerson aide," / "Roe, the party's nominee," /
                # "Martin Osei, Holt's former campaign manager,"
                j = span.end
                opens = j + 1 < len(doc) and doc[j].text == ","
                if opens:
                    j += _relative_copula(doc, j + 1)  # "Roe, who is now the party's nominee,"
                possessive = opens and j + 2 < len(doc) and doc[j + 1].tag_ == "NNP" and doc[j + 2].tag_ == "POS"
                if opens and (doc[j + 1].lower_ in ("a", "an", "the", "his", "her") or possessive):
                    k = j + 2
                    after: list[Token] = []
                    while k < len(doc) and k < j + 10 and doc[k].text not in (",", ".", ";", "—", "–"):
                        if doc[k].tag_.startswith(("NN", "JJ")):
                            after.append(doc[k])
                        k += 1
                    if not subject_after_opening_phrase(doc, span.start, j):
                        words |= _title_words(after)  # (not "Speaking to Dana Kroll, the governor said")
                words |= _role_given_as(doc, span.end)
        for tied in ties.values():
            tied.update(w for word in list(tied) for w in lexicons.title_expansions(word))
        return ties

    def _genders(self, entities: Sequence[Entity]) -> dict[str, str]:
        """'m'/'f' for persons the story marks with an honorific (Mr., Ms.), else by the
        pronouns of sentences about them alone ("Marsh said her plan ...")."""
        out: dict[str, str] = {}
        votes: dict[str, list[int]] = {}
        for entity in entities:
            if entity.label != "PERSON":
                continue
            for mention in entity.mentions:
                before = self.text[max(0, mention.start - 6) : mention.start].split()
                honorific = lexicons.honorific_gender(before[-1]) if before else None
                if honorific:
                    out[entity.name] = honorific
                    break
        for entity in entities:
            if entity.label == "PERSON" and entity.name not in out:
                given = given_name_gender(entity.name)
                if given:
                    out[entity.name] = given
        # Sentences (outside quotations) that name exactly one person and then say "he" or
        # "she": the pronoun is most likely that person.
        # A noun of that gender before the pronoun ("Marsh said one of the waitresses … she") is
        # another person the pronoun can be, unless the story tied it to the name ("Hale's
        # mother, Ann Roe, said she …"): no vote.
        people: set[str] = set()
        male = female = 0
        nouns: list[Token] = []
        tags, starts, ends = tags_of(self.doc), self.token_starts, self.sentence_end_set
        for i, word in enumerate(lowers_of(self.doc)):
            if self.in_quote(starts[i]):
                continue
            hit = self.entity_at.get(i)
            if hit and hit[0].label == "PERSON":
                people.add(hit[0].name)
            elif tags[i] in ("NN", "NNS") and not (male or female):
                nouns.append(self.doc[i])  # only a noun before the pronoun competes for it
            if people:  # a subject pronoun after the name: "Marsh said she ..."
                male += word == "he"
                female += word == "she"
            if i in ends or word.isspace() and "\n" in word:
                if len(people) == 1 and (male or female) and not (male and female):
                    name = next(iter(people))
                    if not self._other_of_gender(nouns, "m" if male else "f", name):
                        tally = votes.setdefault(name, [0, 0])
                        tally[0 if male else 1] += 1
                people, male, female, nouns = set(), 0, 0, []
        for name, (m, f) in votes.items():
            if name not in out and max(m, f) >= 1 and min(m, f) == 0:
                out[name] = "m" if m else "f"
        return out

    def _other_of_gender(self, nouns: list[Token], gender: str, name: str) -> bool:
        """Whether one of ``nouns`` is a person of ``gender`` other than ``name`` (not a
        description the story tied to that name)."""
        tied = self.ties.get(name, set())
        for token in nouns:
            word = token.lower_
            if token.tag_ == "NNS":
                # one member of a group ("one of the waitresses"), not a bare plural ("women voters")
                found = lexicons.plural_noun_gender(word) if one_of_a_group(self.doc, token.i) is not None else None
            else:
                found = lexicons.noun_gender(word)
            if found == gender and word not in tied:
                return True
        return False

    def tied_keys(self, name: str, key_of: Callable[[str], str | None]) -> set[str]:
        """The keys (``lexicons.party_of``, ``office_of``, ``occupation_of``) of the one-word ties the
        story made to a person: "Republican presidential nominee Ann Roe" -> {"republican"}."""
        return {key for tie in self.ties.get(name, ()) if " " not in tie and (key := key_of(tie)) is not None}

    def nationalities(self, name: str) -> set[str]:
        """Country keys among the words the story ties to a person ('russ' for 'Russian')."""
        return {country_key(w) for w in self.ties.get(name, ()) if w in self._country_words}

    def places_of(self, name: str) -> set[str]:
        """Country keys of the places (not peoples or parties) the story ties to a person: "of
        Nevada", "(D-Va.)", "Kenyan President …" gives none, "Virginia Sen. …" gives Virginia's."""
        own = self.ties.get(name, ())
        return {country_key(w) for w in own if w in self._country_words and w not in self._nationality_words}

    def _unrecognised_name(self, tokens: list[Token]) -> str | None:
        """A speaker's name the NER missed ("said Joseph", "― Jane Roe"): two to four
        capitalised proper nouns ending the phrase. It becomes a PERSON of the story."""
        names: list[Token] = []
        for token in reversed(tokens):
            # The tagger reads some surnames as plural nouns ("said Estes") or adverbs ("said
            # Brightly"): a capitalised noun, adverb or adjective inside a sentence counts too.
            # (At a sentence's start a capitalised noun is a name only if the census knows it as
            # one and it is no function word: "Flores said", not "Investigators said" nor "So said".)
            proper = token.tag_ in ("NNP", "NNPS") or (
                token.tag_ in ("NN", "NNS", "RB", "JJ")
                and (
                    not _opens_sentence(token)
                    or (not token.is_stop and (lexicons.is_surname(token.text) or lexicons.is_given_name(token.text)))
                )
            )
            if proper and token.text[:1].isupper() and token.i not in self.entity_at:
                names.insert(0, token)
            else:
                break
        titled = 0
        while names and (lexicons.is_title_word(names[0].text) or names[0].lower_ in lexicons.role_nouns()):
            names = names[1:]  # "Sen.", "Det.", "Superintendent": a title or role, not part of the name
            titled += 1
        if not 1 <= len(names) <= 4:
            return None
        if len(names) == 1 and len(tokens) > 1 and not (titled and _name_alone(names[0].text)):
            return None  # (one word alone only as the whole phrase, or a name after a title: "Witness CJ")
        if any(not t.is_alpha and not t.text.rstrip(".").isalpha() for t in names):
            return None
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        text = self.text[start:end]
        entity = self.new_people.get(text)
        if entity is None:
            entity = Entity(name=text, label="PERSON", mentions=[Mention(text=text, start=start, end=end)])
            self.new_people[text] = entity
            # A later pass of the discourse focus sees this person too.
            self.positions_of.setdefault(text, []).append(start)
            for token in names:
                self.entity_at[token.i] = (entity, start)
        return entity.name


def _name_alone(word: str) -> bool:
    """Whether one word after a title or role is a name ("Witness CJ", "Officer Banks"), not
    another noun of one ("Operating Partner"): initials, or a census given name or surname."""
    return (word.isupper() and len(word) <= 3) or lexicons.is_surname(word) or lexicons.is_given_name(word)


# A party and state tag right after a name: "Sen. Ann Roe (D-Va.)", "Rep. Jay Roe, R-Texas,".
_AFFILIATION = re.compile(r"\s*[(,]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]")
_PARTY_LETTERS = {"R": "republican", "D": "democrat"}
# "Sen. Ann Roe of Virginia", "Rep. Dale Hurst of New York": the whole capitalised run after
# "of" (so "of Texas Tech" names no state).
_OF_STATE = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)*)(?![\w-])")


def _affiliation_ties(text: str, end: int) -> set[str]:
    """The words a party and state tag after a name (ending at ``end``) ties to it: the party
    ("republican") and the state's words ("virginia", "new", "york"), as "Virginia Democratic
    Sen. Ann Roe" would, so "the Virginia Democrat" and "the Republican" can be told apart. A
    state after "of" ("Sen. Ann Roe of Virginia") ties its words the same way: "the Kentucky
    senator" is then not her."""
    match = _AFFILIATION.match(text, end)
    if match is None:
        of_state = _OF_STATE.match(text, end)
        state = lexicons.us_state(of_state.group(1)) if of_state else None
        return {word.lower() for word in state.split()} if state else set()
    state = lexicons.us_state(match.group(2))
    if state is None:
        return set()
    out = {word.lower() for word in state.split()}
    if match.group(1) in _PARTY_LETTERS:
        out.add(_PARTY_LETTERS[match.group(1)])
    return out


def _relative_copula(doc: Doc, k: int) -> int:
    """How many tokens from ``k`` make a relative clause's "who is" (with "now", "also",
    "currently"): "Roe, who is now the party's nominee," says what Roe is, as "Roe, the party's
    nominee," does. 0 when none starts there."""
    if k + 1 >= len(doc) or doc[k].lower_ != "who" or doc[k + 1].lower_ not in ("is", "was"):
        return 0
    n = 2
    if k + n < len(doc) and doc[k + n].lower_ in ("now", "also", "currently", "still"):
        n += 1
    return n


def _opens_sentence(token: Token) -> bool:
    """Whether ``token`` opens a sentence or a paragraph ("Members of the club called …"): the
    pipeline runs no sentence splitter, so ``Token.is_sent_start`` is unset past the first token."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    if before.text in ('"', "”") and token.i >= 2 and token.doc[token.i - 2].text in SENTENCE_END:
        return True  # “… the end.” So said Roe: the closing mark of a quoted sentence
    if before.text == '"':  # a straight mark opens a quotation when it follows a space
        return token.i < 2 or bool(token.doc[token.i - 2].whitespace_) or token.doc[token.i - 2].is_space
    return (
        before.is_space or "\n" in before.whitespace_ or ends_sentence(token.doc, token.i - 1) or before.text in "“‘("
    )


def given_name_gender(name: str) -> lexicons.Gender | None:
    """The usual gender of a person's given name ("Helena Marsh" -> 'f'). A name of one word is
    taken for a surname ("Warren", "Dean") and says nothing of gender."""
    words = [
        w
        for w in name.replace(".", ". ").split()
        if w.lower().strip(".") not in lexicons.titles() and not lexicons.title_expansions(w)
    ]
    if len(words) < 2:
        return None
    return lexicons.given_name_gender(words[0].split("-")[0])
