"""What a story says about its people: where each entity is mentioned, who is a he or a she,
and which titles and descriptions the story ties to each person (read in ``ties.py``).

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
from pipeline.annotate.columns import ents_of, lowers_of, tags_of, text_of, words_of
from pipeline.annotate.descriptions import one_of_a_group, stated_ages
from pipeline.annotate.entities import ALIASES
from pipeline.annotate.furniture import furniture_ranges
from pipeline.annotate.marks import QuoteSpan
from pipeline.annotate.referents import QUOTE_CHARS
from pipeline.annotate.sentence_ends import SENTENCE_END, ends_sentence, sentence_ending_tokens
from pipeline.annotate.ties import description_ties
from pipeline.model import Entity, Mention

# The quotation-mark tokens of 7-bit copy (''…'', ``…'': the tokenizer keeps "''" whole and
# splits "``" in two), which open a sentence as “ does.
_TWO_CHARACTER_MARKS = frozenset({"''", "``", "`"})


# No attribution reaches further than this from its quotation: a "sentence" with no full stop
# (a list, a transcript, a run-on caption) is cut here so that every search stays bounded.
MAX_SENTENCE_TOKENS = 120


# How common (wordfreq's Zipf scale) a word opening a sentence may be and still be read as a
# name the model missed ("Flores said", not "People … said").
_COMMON_WORD_ZIPF = 5.5
# The one-word US states, lower-cased: a place a party and state tag ties to a person.
_STATE_WORDS = frozenset(s.lower() for s in lexicons.words("us_states.txt") if " " not in s)


def country_key(word: str) -> str:
    """A short key shared by a country and its people: 'Russia', 'Russian' -> 'russ';
    'U.S.', 'America' -> 'unit' (through the entities' aliases)."""
    norm = re.sub(r"['’]s$", "", word.lower())
    norm = ALIASES.get(norm, norm)
    return norm[:4]


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
        # Whether each token is inside quotation marks (``in_quote`` of its start), listed once
        # for the passes that read every token.
        self.quoted_tokens = self._quoted_tokens()
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
                for k in range(span.start, span.end):
                    self.entity_at[k] = (entity, mention.start)
                if entity.label == "PERSON" and not self.in_quote(mention.start):
                    self.positions_of.setdefault(entity.name, []).append(mention.start)
        for positions in self.positions_of.values():
            positions.sort()
        self.person_names = {e.name for e in entities if e.label == "PERSON"}
        # Person -> the ages the story states ("Kevin Moss, 34,"), for "the 34-year-old".
        self.ages = stated_ages(doc, entities)
        self.by_name = {e.name: e for e in entities}
        # Words naming countries or peoples in this story ("Russian", "U.S.", "Kenyan").
        lowers = lowers_of(doc)
        self._country_words = {
            lowers[k].strip(".") for e in ents_of(doc) if e.label_ in ("NORP", "GPE") for k in range(e.start, e.end)
        }
        self._nationality_words = {lowers[k] for e in ents_of(doc) if e.label_ == "NORP" for k in range(e.start, e.end)}
        self.ties = self._description_ties(entities)
        # Description word -> the people the story tied it to.
        self.tied_to: dict[str, list[str]] = {}
        for name, tied in self.ties.items():
            for word in tied:
                self.tied_to.setdefault(word, []).append(name)
        # Speakers named in cue position that the NER did not recognise.
        self.new_people: dict[str, Entity] = {}
        # Token indices that end a sentence (outside quotation marks), for bounded lookups.
        quoted = self.quoted_tokens
        self._sentence_ends = sorted(i for i in sentence_ending_tokens(doc) if not quoted[i])
        self.sentence_end_set = frozenset(self._sentence_ends)
        self.gender = self._genders(entities)

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _quoted_tokens(self) -> list[bool]:
        """``in_quote`` of every token's start, by ranges: a character belongs to the last
        quotation that opens at or before it, while that quotation lasts."""
        starts, quoted = self.token_starts, self._quoted
        out = [False] * len(starts)
        for k, (open_mark, end) in enumerate(quoted):
            following = quoted[k + 1][0] if k + 1 < len(quoted) else end
            if following == open_mark:
                continue  # a later quotation opening at the same mark is the one in_quote reads
            for t in range(bisect.bisect_left(starts, open_mark), bisect.bisect_left(starts, min(end, following))):
                out[t] = True
        return out

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
        return [t for t in span if not self.in_quote(t.idx) and (t.text not in QUOTE_CHARS or t.tag_ == "POS")]

    def _token_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.token_starts, char)

    def sentence_start(self, char: int, lo: int) -> int:
        """Where the sentence holding ``char`` begins (quotation-aware), not before ``lo``."""
        doc, starts, ends = self.doc, self.token_starts, self.sentence_end_set
        i = self._token_at(char) - 1
        floor = max(0, i - MAX_SENTENCE_TOKENS)
        start = max(lo, starts[floor]) if len(doc) else lo
        while i >= floor and starts[i] >= lo:
            if i in ends and i + 1 < len(doc):
                nxt = doc[i + 1]
                if nxt.is_space and i + 2 < len(doc):
                    nxt = doc[i + 2]  # two spaces after the full stop
                if nxt.text[:1].isupper() or nxt.text[:1] in '“"‘' or nxt.text in _TWO_CHARACTER_MARKS:
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

    def quotation_closed_at(self, char: int) -> QuoteSpan | None:
        """The top-level quotation whose closing mark is at offset ``char``, if any."""
        return self._by_close.get(char)

    def sentence_end(self, char: int, hi: int) -> int:
        """Just after the full stop that ends the sentence holding ``char``, not after ``hi``."""
        doc, starts, ends, words = self.doc, self.token_starts, self.sentence_end_set, words_of(self.doc)
        i = self._token_at(char)
        stop = min(len(doc), i + MAX_SENTENCE_TOKENS)
        if stop < len(doc):
            hi = min(hi, starts[stop])
        while i < stop and starts[i] + len(words[i]) <= hi:
            if i in ends:
                return starts[i] + len(words[i])  # (the full stop may close "p.m.")
            i += 1
        return hi

    def _description_ties(self, entities: Sequence[Entity]) -> dict[str, set[str]]:
        """Words the story ties to each person (``ties.description_ties``); whose a description
        is, when another person's, in ``tie_owners``."""
        ties, self.tie_owners = description_ties(self.doc, self.text, entities, self.entity_at, self.in_furniture)
        return ties

    def _introduced_by_given_name(self, entity: Entity) -> lexicons.Gender | None:
        """The usual gender of a one-word name the story gives after "named" ("a retired
        accountant named Evelyn"): a given name there, though the census lists it as a surname too."""
        if " " in entity.name or not entity.name.isalpha():
            return None
        if not any(self.text[max(0, m.start - 6) : m.start] == "named " for m in entity.mentions):
            return None
        return lexicons.given_name_gender(entity.name)

    def _genders(self, entities: Sequence[Entity]) -> dict[str, str]:
        """'m'/'f' for persons the story marks with an honorific (Mr., Ms.), else by the
        pronouns of sentences about them alone ("Marsh said her plan ...")."""
        out: dict[str, str] = {}
        votes: dict[str, list[int]] = {}
        for entity in entities:
            if entity.label != "PERSON":
                continue
            told = set()
            for mention in entity.mentions:
                before = self.text[max(0, mention.start - 14) : mention.start].split()
                # (in brackets after a title too: "Comrade (Mrs) Ann Roe")
                honorific = lexicons.honorific_gender(before[-1].strip("()")) if before else None
                if honorific and len(before) >= 3 and before[-2] == "and" and lexicons.honorific_gender(before[-3]):
                    continue  # "Mr and Mrs Adewale": a couple, neither one's gender
                if honorific:
                    told.add(honorific)
            if len(told) == 1:
                out[entity.name] = told.pop()
        for entity in entities:
            if entity.label == "PERSON" and entity.name not in out and not _called_by_first_word(entity):
                given = given_name_gender(entity.name) or self._introduced_by_given_name(entity)
                if given:
                    out[entity.name] = given
        # Sentences (outside quotations) that name exactly one person and then say "he" or
        # "she": the pronoun is most likely that person.
        # A noun of that gender before the pronoun ("Marsh said one of the waitresses … she") is
        # another person the pronoun can be, unless the story tied it to the name ("Hale's
        # mother, Ann Roe, said she …"): no vote.
        people: set[str] = set()
        male = female = other_male = other_female = 0
        nouns: list[int] = []  # (token indices)
        tags, quoted, ends = tags_of(self.doc), self.quoted_tokens, self.sentence_end_set
        for i, word in enumerate(lowers_of(self.doc)):
            if quoted[i]:
                continue
            hit = self.entity_at.get(i)
            if hit and hit[0].label == "PERSON":
                people.add(hit[0].name)
            elif tags[i] in ("NN", "NNS") and not (male or female):
                nouns.append(i)  # only a noun before the pronoun competes for it
            if people:  # a subject pronoun after the name: "Marsh said she ..."
                male += word == "he"
                female += word == "she"
                # (a possessive of the other gender makes the vote unsure: "Lennox …, who
                # published three books of his own, said she had changed his life")
                other_male += word == "his"
                other_female += word == "her"
            if i in ends or word.isspace() and "\n" in word:
                unsure = (male and other_female) or (female and other_male)
                if len(people) == 1 and (male or female) and not (male and female) and not unsure:
                    name = next(iter(people))
                    if not self._other_of_gender(nouns, "m" if male else "f", name):
                        tally = votes.setdefault(name, [0, 0])
                        tally[0 if male else 1] += 1
                people, male, female, nouns = set(), 0, 0, []
                other_male = other_female = 0
        for name, (m, f) in votes.items():
            if name not in out and max(m, f) >= 1 and min(m, f) == 0:
                out[name] = "m" if m else "f"
        return out

    def _other_of_gender(self, nouns: list[int], gender: str, name: str) -> bool:
        """Whether one of ``nouns`` (token indices) is a person of ``gender`` other than ``name``
        (not a description the story tied to that name)."""
        tied = self.ties.get(name, set())
        for token in map(self.doc.__getitem__, nouns):
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
        return {country_key(w) for w in self.ties.get(name, ()) if w in self._country_words or w in _STATE_WORDS}

    def places_of(self, name: str) -> set[str]:
        """Country keys of the places (not peoples or parties) the story ties to a person: "of
        Nevada", "(D-Va.)", "Kenyan President …" gives none, "Virginia Sen. …" gives Virginia's. A
        state's name counts whether or not the model tagged it ("R-Texas" is one token to it)."""
        own = self.ties.get(name, ())
        return {
            country_key(w)
            for w in own
            if (w in self._country_words or w in _STATE_WORDS) and w not in self._nationality_words
        }

    def _named_by_given_name(self, word: str) -> Entity | None:
        """The person the story named in full with the given name ``word`` (``_given_name_of``),
        or with ``word`` as the first of two surnames (``_first_surname_of``)."""
        people = list(self.by_name.values())
        return _given_name_of(people, word) or _first_surname_of(people, word)

    def person_by_title_and_word(self, title: str, word: str) -> Entity | None:
        """The person the story named in full whom a title and one word the model left untagged
        mean: a given name after a title that stands before given names ("Father Nikolaos" after
        "Father Nikolaos Papadakis", ``titles_before_given_names.txt``), else one surname."""
        if title.lower().strip(".") in lexicons.words("titles_before_given_names.txt"):
            return self._named_by_given_name(word)
        people = [e for e in self.by_name.values() if e.label == "PERSON" and len(e.name.split()) > 1]
        found = [e for e in people if e.name.split()[-1] == word]
        return found[0] if len(found) == 1 else None

    def _organisation_opened_by(self, word: str) -> Entity | None:
        """The one organisation the story names in several words opening with ``word``, when no
        person's name holds the word; None otherwise."""
        entities = list(self.by_name.values())
        if any(e.label == "PERSON" and word in e.name.split() for e in entities):
            return None
        found = [e for e in entities if e.label == "ORG" and " " in e.name and e.name.split()[0] == word]
        return found[0] if len(found) == 1 else None

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
                    or (
                        not token.is_stop
                        and (lexicons.is_surname(token.text) or lexicons.is_given_name(token.text))
                        # (no very common word: "People familiar with the plans said")
                        and lexicons.zipf(token.text) < _COMMON_WORD_ZIPF
                    )
                )
            )
            if proper and token.text[:1].isupper() and token.i not in self.entity_at:
                names.insert(0, token)
            else:
                break
        titled = 0
        before_given_name = False  # "Dame Ann said" after "Dame Ann Roe": a title a given name follows
        while names and (lexicons.is_title_word(names[0].text) or names[0].lower_ in lexicons.role_nouns()):
            before_given_name = names[0].lower_ in lexicons.words("titles_before_given_names.txt")
            names = names[1:]  # "Sen.", "Det.", "Superintendent": a title or role, not part of the name
            titled += 1
        inner = [
            j
            for j in range(1, len(names) - 1)
            if (names[j].lower_ in lexicons.role_nouns() and lexicons.is_given_name(names[j + 1].text))
            # (a title only people hold, before two words: "Labour MP Gráinne Hession said")
            or (
                names[j].text.isupper()
                and names[j].lower_ in lexicons.words("personal_titles.txt")
                and j < len(names) - 2
            )
        ]
        if inner:
            # "Schools Superintendent Alberto Carvalho tweeted": the office before the title too
            names = names[inner[-1] + 1 :]
            titled += 1
        if not 1 <= len(names) <= 4:
            return None
        if len(names) == 1 and len(tokens) > 1 and not (titled and (_name_alone(names[0].text) or before_given_name)):
            return None  # (one word alone only as the whole phrase, or a name after a title: "Witness CJ")
        if any(not t.is_alpha and not t.text.rstrip(".").isalpha() for t in names):
            return None
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        text = self.text[start:end]
        named = self._named_by_given_name(text) if len(names) == 1 and (not titled or before_given_name) else None
        if named is None and len(names) == 1 and not titled:
            # "Okabe said" after "Okabe Asset Management": a firm's short form, as copy writes
            # one on second reference
            named = self._organisation_opened_by(text)
        if named is not None:
            # "Priya Nair was handing out sandwiches. “…,” Priya said.": the person the story named
            # in full with that given name, as copy calls people by it on second reference
            self.entity_at[names[0].i] = (named, start)
            return named.name
        entity = self.new_people.get(text)
        if entity is None:
            entity = Entity(name=text, label="PERSON", mentions=[Mention(text=text, start=start, end=end)])
            self.new_people[text] = entity
            # A later pass of the discourse focus sees this person too.
            self.positions_of.setdefault(text, []).append(start)
            for token in names:
                self.entity_at[token.i] = (entity, start)
        return entity.name


def _given_name_of(people: list[Entity], word: str) -> Entity | None:
    """The one person of ``people`` named in full whose given name (first word) is ``word``, when
    no one's name ends with it (then it is a surname); None otherwise."""
    full = [e for e in people if e.label == "PERSON" and " " in e.name]
    if any(e.name.rsplit(" ", 1)[1] == word for e in full):
        return None
    found = [e for e in full if e.name.split(" ", 1)[0] == word]
    return found[0] if len(found) == 1 else None


def _first_surname_of(people: list[Entity], word: str) -> Entity | None:
    """The one person of ``people`` named in three words whose middle word is ``word``, no given
    name ("Pinzón said" after "Natalia Pinzón Acevedo": Spanish and Portuguese copy calls people by
    the first of their two surnames); None when anyone's name ends with the word, or none or two
    hold it so."""
    if lexicons.is_given_name(word) or any(e.label == "PERSON" and e.name.rsplit(" ", 1)[-1] == word for e in people):
        return None
    found = [e for e in people if e.label == "PERSON" and len(e.name.split()) == 3 and e.name.split()[1] == word]
    return found[0] if len(found) == 1 else None


def _name_alone(word: str) -> bool:
    """Whether one word after a title or role is a name ("Witness CJ", "Officer Banks"), not
    another noun of one ("Operating Partner"): initials, or a census given name or surname."""
    return (word.isupper() and len(word) <= 3) or lexicons.is_surname(word) or lexicons.is_given_name(word)


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
        before.is_space
        or "\n" in before.whitespace_
        or ends_sentence(token.doc, token.i - 1)
        or before.text in "“‘("
        or before.text in _TWO_CHARACTER_MARKS
    )


def _called_by_first_word(entity: Entity) -> bool:
    """Whether the story calls a person of two words or more by a first word that is no common
    given name alone ("Xiao Lun … Xiao said", "Pan Jiwei … Pan"): the family name comes
    first, so the gender a handful of census entries give the word ("Xiao": women) says nothing.
    A common given name used alone is the given name it is ("Sue Aldana … Sue said")."""
    words = entity.name.split()
    if len(words) < 2 or lexicons.is_given_name(words[0]):
        return False
    return any(m.text == words[0] for m in entity.mentions)


def given_name_gender(name: str) -> lexicons.Gender | None:
    """The usual gender of a person's given name ("Helena Marsh" -> 'f'). A name of one word is
    taken for a surname ("Warren", "Dean") and says nothing of gender, unless the census lists
    no such surname ("Nora", "Yusuf": a person named by the given name alone)."""
    words = [
        w
        for w in name.replace(".", ". ").split()
        if w.lower().strip(".") not in lexicons.titles() and not lexicons.title_expansions(w)
    ]
    if len(words) == 1 and words[0].isalpha() and not lexicons.is_surname(words[0]):
        return lexicons.given_name_gender(words[0])
    if len(words) < 2:
        return None
    if len(words) > 2 and words[0].lower() in lexicons.words("honorifics_opening_names.txt"):
        words = words[1:]  # "Nana Yaw Ofori-Atta Mensah": the honorific, then his given name
    given, _, after = words[0].partition("-")
    if after[:1].islower():
        return None  # "Hyun-woo": one given name of two syllables, not "Hyun" ("Mary-Kate" is Mary's)
    return lexicons.given_name_gender(given)
