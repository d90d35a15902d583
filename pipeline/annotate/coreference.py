"""Coreference for speakers: the person or organisation a pronoun, a description or a
surname in cue position refers to.

- "he"/"she": the subject of its sentence (or of the sentence before) when the gender allows,
  else the last person mentioned before it whose known gender fits;
- "it": the organisation or country the sentence is about;
- a description ("the Nigerian president", "the company's spokeswoman", "the host"): the
  person the story tied that description to (a title before a mention, an apposition after
  it), else the subject the description continues, else nobody;
- a spokesperson or a document ("a spokesman for Acme", "a ministry memo"): its principal.

Searches look back a bounded number of mentions and sentences, so the work per quotation does
not grow with the story.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.mentions import StoryIndex, country_key
from pipeline.annotate.phrases import (
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    PREPOSITIONS,
    SPEAKER_LABELS,
)
from pipeline.model import Entity

# How many earlier person mentions a pronoun or a description looks back through.
LOOKBACK_MENTIONS = 60


class Coreference(StoryIndex):
    """Resolves subject phrases to the story's entity names."""

    def resolve_pronoun(self, word: str, char: int, *, depth: int = 0) -> str | None:
        """'he'/'she': the subject of its sentence (or of the sentence before) when the gender
        allows, else the last person mentioned before ``char`` (outside quotations) whose known
        gender fits; 'it': the organisation or country the sentence is about; others: None."""
        if word.lower() == "it":
            return self._sentence_organisation(char)
        gender = PERSON_PRONOUNS.get(word.lower())
        if gender is None:
            return None
        subject, same_sentence = self._sentence_subject_person(char, depth) if depth < 3 else (None, False)
        known = self.gender.get(subject or "")
        if subject is not None and (known == gender or (known is None and not same_sentence)):
            # "Marsh says she admired Lind's patience through what she calls …": the
            # sentence's subject beats recency when it is a he or she as the pronoun is; a new
            # sentence's "he" continues the last sentence's subject unless it is the wrong gender
            # (inside one sentence, "Ash described Marsh as … after she …" may not).
            return subject
        i = bisect.bisect_left(self._person_starts, char) - 1
        floor = max(-1, i - LOOKBACK_MENTIONS)
        while i > floor:
            entity = self._person_positions[i][1]
            if self.gender.get(entity.name, gender) == gender:
                return entity.name
            i -= 1
        return None

    def _sentence_subject_person(self, char: int, depth: int) -> tuple[str | None, bool]:
        """The person opening the sentence that holds ``char`` as its subject ("Marsh says …"),
        or None when the sentence starts otherwise ("In Ohio, …", "Lind's patience …")."""
        start = self.sentence_start(char, self.text.rfind("\n", 0, char) + 1)
        tokens = self.tokens_between(start, char)
        found = self._subject_person(tokens, depth)
        if found is not None:
            return found, True
        named = (self.entity_at[t.i][0] for t in tokens if t.i in self.entity_at)
        if not any(e.label == "PERSON" for e in named):
            # No one named yet in this sentence: the subject of the one before ("Brandt praised
            # Putin. In an interview he …"), as readers take a pronoun.
            end = start
            while end > 0 and self.text[end - 1].isspace():
                end -= 1
            if end > 0:
                lo = self.text.rfind("\n", 0, end) + 1  # the sentence ending the paragraph before
                found = self._subject_person(self.tokens_between(self.sentence_start(end - 1, lo), end), depth)
        return found, False

    def _continued_subject(self, char: int, modifiers: list[str], owner: str | None) -> str | None:
        """The previous sentence's subject for a description opening a sentence at ``char``,
        unless the description's nationality contradicts it or it is the description's owner."""
        if self._chasing >= 3:
            return None
        self._chasing += 1
        try:
            subject, same_sentence = self._sentence_subject_person(char, 0)
        finally:
            self._chasing -= 1
        if subject is None or same_sentence or subject == owner:
            return None
        # Only a people's name contradicts ("the Nigerian president"); a place may be a state or
        # a city the story never tied to anyone ("the Kent councillor", "the Yorkshire developer").
        peoples = {country_key(m) for m in modifiers if m.lower().strip(".") in self._nationality_words}
        own = self.nationalities(subject)
        if peoples and own and not (peoples & own):
            return None
        return subject

    def sentence_subject(self, tokens: list[Token]) -> str | None:
        """The person a sentence (its tokens) is about as the subject of its first verb."""
        return self._subject_person(tokens, 0)

    def _subject_person(self, tokens: list[Token], depth: int) -> str | None:
        """The person a sentence's tokens open with as the subject of its first verb:
        "Museum spokesman Peter Lowe told …", "In contrast, Hale described …",
        "Hale, who has worked for the mayor, called …", "She says …" (that she)."""
        finite = ("VBD", "VBZ", "VBP", "MD")
        comma = next((n for n, t in enumerate(tokens[:16]) if t.text == ","), None)
        if (
            comma is not None
            and not any(t.tag_ in finite for t in tokens[:comma])
            and (tokens[0].tag_ in ("IN", "RB") or not any(t.i in self.entity_at for t in tokens[:comma]))
        ):
            # An opening adverbial: "However,", "On Wednesday,", "On The Evening Hour on Tuesday,"
            tokens = tokens[comma + 1 :]
        if len(tokens) > 1 and tokens[0].lower_ in ("he", "she") and tokens[1].tag_ in finite:
            return self.resolve_pronoun(tokens[0].lower_, tokens[0].idx, depth=depth + 1)
        m = 0
        while m < len(tokens) and (
            tokens[m].i in self.entity_at or tokens[m].tag_ in ("NNP", "NNPS", "NN", "JJ", "DT", "HYPH", "POS")
        ):
            m += 1  # titles and roles before the name: "Green Party leader Helena Marsh"
        if 1 < m < len(tokens) and tokens[0].lower_ == "the" and tokens[m].tag_ in finite:
            # "The Liberal deputy leader was speaking …": whom the description names.
            found = self.resolve_phrase(tokens[:m]) if self._chasing < 3 else None
            return found if found in self.person_names else None
        if m == 0 or tokens[m - 1].i not in self.entity_at:
            return None
        entity = self.entity_at[tokens[m - 1].i][0]
        if entity.label != "PERSON":
            return None
        if m < len(tokens) and tokens[m].text in (",", "("):
            # "Hale, who has worked for the mayor since March, called …": past the aside.
            for n in range(m + 1, min(len(tokens) - 1, m + 40)):
                if tokens[n].text in (",", ")") and tokens[n + 1].tag_ in finite:
                    m = n + 1
                    break
        elif m < len(tokens) and tokens[m].tag_ == "IN":
            # "Martin Osei on Tuesday asked …": a short time phrase before the verb.
            for n in range(m + 1, min(len(tokens), m + 4)):
                if tokens[n].tag_ in finite or tokens[n].tag_ == "VBN":
                    m = n
                    break
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

    def _sentence_organisation(self, char: int) -> str | None:
        """The first organisation or country named in the sentence before ``char``, not behind a
        preposition ("The city council ... what it called")."""
        start = self.sentence_start(char, 0)
        tokens = self.tokens_between(start, char)
        for index, token in enumerate(tokens):
            hit = self.entity_at.get(token.i)
            if hit is None:
                continue
            if hit[0].label not in ("ORG", "GPE", "NORP"):
                return None  # a person comes first: "it" is not them
            if index > 0 and tokens[index - 1].lower_ in PREPOSITIONS:
                continue
            return hit[0].name
        return None

    def resolve_description(self, head: str, modifiers: list[str], char: int) -> str | None:
        """The person the story tied to a description ('the Nigerian president'), most recent first."""
        countries = {country_key(m) for m in modifiers if m.lower() in self._country_words}
        best: tuple[int, int, str] | None = None
        for name in self.tied_to.get(head, ()):
            own = self.nationalities(name)
            if countries and own and not (countries & own):
                continue  # "the Nigerian president" is not the Kenyan one
            agrees = int(bool(countries & own))
            positions = self.positions_of.get(name, [])
            k = bisect.bisect_left(positions, char)
            last = positions[k - 1] if k else -1
            if best is None or (agrees, last) > best[:2]:
                best = (agrees, last, name)
        return best[2] if best else None

    def most_prominent_person(self, char: int, modifiers: list[str]) -> str | None:
        """The person mentioned most before ``char`` whose nationality does not contradict ``modifiers``."""
        counts: dict[str, int] = {}
        end = bisect.bisect_left(self._person_starts, char)
        for _, entity in self._person_positions[max(0, end - 4 * LOOKBACK_MENTIONS) : end]:
            counts[entity.name] = counts.get(entity.name, 0) + 1
        countries = {country_key(m) for m in modifiers if m.lower().strip(".") in self._country_words}
        others = [m for m in modifiers if m.lower().strip(".") not in self._country_words]
        for name in sorted(counts, key=lambda n: -counts[n]):
            own = self.nationalities(name)
            if countries and not (countries & own):
                continue  # "the Yorkshire developer": only someone the story tied to Yorkshire
            if others and not all(m.lower().strip(".") in self.ties.get(name, ()) for m in others):
                return None  # "the Kent councillor": a detail the story never tied to anyone
            return name
        return None

    def resolve_phrase(self, tokens: list[Token]) -> str | None:
        """The entity name a subject phrase refers to ('Tillerson', 'he', 'the U.S. president')."""
        tokens = [t for t in tokens if t.text not in (",", "—", "–", "-", ":", "(", ")")]
        if not tokens:
            return None
        # "Del. Ann Roe of the Harbour District": the name before the preposition.
        cut = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ in PREPOSITIONS), None)
        if cut is not None and any(
            t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in tokens[:cut]
        ):
            head_before = tokens[cut - 1]
            if not (head_before.lower_.startswith("spokes") or head_before.lower_ in lexicons.words("spokes_nouns")):
                tokens = tokens[:cut]
        head = tokens[-1]
        mentions: list[tuple[Entity, Token]] = []  # each entity that can speak once, in order
        for token in tokens:
            hit = self.entity_at.get(token.i)
            if hit and hit[0].label in SPEAKER_LABELS and (not mentions or mentions[-1][0] is not hit[0]):
                mentions.append((hit[0], token))
        if head.i in self.entity_at and self.entity_at[head.i][0].label in SPEAKER_LABELS:
            return self.entity_at[head.i][0].name
        head_word = head.lower_.strip(".")
        if head.tag_ in ("PRP",) or head_word in PERSON_PRONOUNS or head_word in OTHER_PRONOUNS:
            if len(tokens) <= 2:
                return self.resolve_pronoun(head_word, head.idx)
        if head_word in lexicons.words("spokes_nouns") or head_word in lexicons.words("document_nouns"):
            # "a spokesman for the ministry", "Marsh's campaign": the principal speaks.
            for entity, _ in reversed(mentions):
                return entity.name
            owner = next((t for t in tokens if t.lower_ in ("his", "her")), None)
            if owner is not None:  # "His spokesman added": the principal is "he"
                return self.resolve_pronoun("he" if owner.lower_ == "his" else "she", owner.idx)
        if head.tag_.startswith("NN") and head.text[:1].islower():
            modifiers = [t.text for t in tokens[:-1] if t.text[:1].isupper()]
            found = self.resolve_description(head_word, modifiers, head.idx)
            if found:
                return found
            possessive = len(tokens) > 2 and tokens[1].tag_ == "POS"
            if (tokens[0].lower_ == "the" or possessive) and head_word in lexicons.role_nouns():
                # "The Kent councillor said", "Holt's former campaign manager said": a definite
                # role the story has not tied to a name continues the last sentence's subject.
                owner = self.entity_at[tokens[0].i][0].name if possessive and tokens[0].i in self.entity_at else None
                found = self._continued_subject(tokens[0].idx, modifiers, owner)
                if found:
                    return found
            if tokens[0].lower_ == "the" and head_word in lexicons.role_nouns():
                # "the former health minister", "the Yorkshire developer": a definite role
                # the story has not tied to a name refers back to its most prominent person.
                return self.most_prominent_person(head.idx, modifiers)
            return None
        name = self._unrecognised_name(tokens)
        if name:
            return name
        # A name at the end of the phrase ("Senior Tillerson aide R.C. Hammond") was handled
        # above; otherwise the last mention not behind a preposition.
        for entity, token in reversed(mentions):
            if not any(t.lower_ in PREPOSITIONS for t in tokens[: tokens.index(token)]):
                return entity.name
        return None

    def _names_someone(self, phrase: list[Token]) -> bool:
        return (
            self._head_is_mention(phrase)
            or phrase[-1].tag_ == "PRP"
            or any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in phrase)
        )

    def _head_is_mention(self, tokens: list[Token]) -> bool:
        tokens = [t for t in tokens if t.tag_ != "POS"]
        return bool(tokens) and tokens[-1].i in self.entity_at
