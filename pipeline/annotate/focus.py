"""Discourse focus: whom a story is about at each point, so that "he", "she", "it" and
descriptions ("the senator", "the union", "the report") resolve to the referent in focus rather
than to the last name printed before them.

One left-to-right pass over the story, outside quotation marks, keeps a salience value for each
referent, after Lappin & Leass (1994, "An algorithm for pronominal anaphora resolution",
Computational Linguistics 20(4)): a mention adds sentence recency 100, subject 80, direct object
50, oblique 40, head noun 80 and non-adverbial 50 as they apply, and every value halves at each
new sentence. The grammatical role of a mention is read from part-of-speech tags (a name before
its verb, after a preposition, before "'s", after a reporting verb that follows a quotation;
``focus_roles.py``).

A subject pronoun or a description is resolved when the pass reaches it, to the most salient
referent it agrees with (gender for "he"/"she", organisations and documents for "it", the kind of
noun for a description), and it then counts as a mention of that referent, so "he said ... he
added" stays with one person. Someone the story does not name ("my father", "a spokesman", "the
report") is a referent too, one that names nobody: a pronoun that refers to it is left without a
speaker rather than given to the next name back.

Descriptions are resolved in ``focus_descriptions.py`` (documents and spokespeople in
``focus_documents.py``, organisations in ``focus_organisations.py``, the names a description's
phrase gives in ``focus_named_roles.py``, a clause naming it or leaving it unnamed in
``focus_unnamed.py``, an age or a deed the story told of the person in ``focus_ages_and_deeds.py``),
pronouns in
``focus_pronouns.py``, two people named together ("they", "the senators", "the latter") in
``focus_pairs.py``, questions put to someone in ``focus_questions.py``, who reports (whom the
next "he said" goes on with) in ``focus_reporters.py``, what a name's mention does (its role, the
lede it names, the aside after it) in ``focus_names.py``.

The pass is linear in the story; the referents compared at each pronoun are those still in focus
(salience above ``MIN_FOCUS``), a handful at any point.
"""

from __future__ import annotations

import re

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, tags_of, words_of
from pipeline.annotate.descriptions import described_age, described_age_before_noun, person_by_group_head
from pipeline.annotate.focus_descriptions import DescriptionRules, description_word
from pipeline.annotate.focus_names import NameRules
from pipeline.annotate.focus_organisations import organisation_noun
from pipeline.annotate.focus_pairs import PairRules
from pipeline.annotate.focus_pronouns import PronounRules
from pipeline.annotate.focus_questions import QUESTION_FORMS, QuestionRules
from pipeline.annotate.focus_reporters import ReporterRules
from pipeline.annotate.focus_roles import RoleRules
from pipeline.annotate.focus_shapes import PhraseShapes
from pipeline.annotate.mentions import StoryIndex
from pipeline.annotate.narrator import narrator_name
from pipeline.annotate.person_titles import STYLES_OF_ADDRESS, style_of_address_end
from pipeline.annotate.phrases import PERSON_PRONOUNS
from pipeline.annotate.referents import (
    CLEAR_LEAD,
    FOCUS_BONUS,
    MIN_FOCUS,
    UNKNOWN_GENDER,
    WEIGHTS,
    Referent,
)
from pipeline.annotate.relatives import NarratorsPeople
from pipeline.annotate.sentence_ends import sentence_ending_tokens
from pipeline.annotate.title_acronyms import title_acronyms
from pipeline.model import Entity

_OPPONENT_NOUNS = lexicons.words("opponent_nouns")
_ROLES_BEFORE_OF = lexicons.mapping("roles_before_of.tsv")
# What the readings of ``_run`` after names and styles of address ask of a token: one of these
# tags, or one of these words whatever its tag. Any other token (an article, a preposition, a
# verb that asks no question) is passed at once.
_READ_TAGS = frozenset({"PRP", "PRP$", "NN", "NNP", "NNS", "CD", "VBN", "JJ", "VBD", "VBZ", "VBP", "VBG"})
_READ_WORDS = frozenset({"his", "her", "former", "latter", "two", "both", "pair", "duo", "old"})
# "his name", "her first name", "his full name": of the person a clause names (or keeps unnamed).
_OWN_NAME = re.compile(r"(?:first |full |last |real |sur)?name\b")
# The lower-case forms a style of address opens with ("His Highness", "HRH"): a cheap test first.
_STYLE_OPENERS = frozenset({"his", "her"} | {w.lower() for w in STYLES_OF_ADDRESS if w.isupper()})
# The singular voices of an organisation that are no description of a person of their own
# ("a White House source", not "the official"): read as the plural voices are.
_SINGULAR_VOICES_NO_ROLE = frozenset(
    w for w in lexicons.words("organisation_voices_singular") if not description_word(w)
)


# Nouns a description rule of the pass reads ("the 34-year-old mother" is headed by "mother").
def _read_by_a_description_rule(word: str) -> bool:
    return description_word(word) or word in lexicons.relative_nouns() or word in _OPPONENT_NOUNS


# The forms of the verbs that make a document ("ruled", "sued") -> that document's noun.
_DOCUMENT_OF_VERB: dict[str, tuple[str, ...]] = {}
for _noun, _lemmas in lexicons.pairs("document_verbs").items():
    for _form in (form for lemma in _lemmas for form in lexicons.inflections(lemma)):
        _DOCUMENT_OF_VERB[_form] = (*_DOCUMENT_OF_VERB.get(_form, ()), _noun)  # "sued": the lawsuit, the complaint

_NOUNS_FOR_NAMED_BODIES = lexicons.mapping("nouns_for_named_bodies.tsv")
_DOCUMENT_VERB_FORMS = re.compile(r"\b(?:" + "|".join(sorted(_DOCUMENT_OF_VERB, key=len, reverse=True)) + r")\b", re.I)


def _hyphenated_role(lowers: list[str], i: int) -> str | None:
    """The role noun a hyphenated compound ending at token ``i`` spells ("front - runner" ->
    "front-runner", "president - elect"), the organisation's ("co - operative"), or the relative
    ("brother - in - law"), which the tokenizer splits; None if it spells none."""
    if i < 2 or lowers[i - 1] != "-":
        return None
    if lowers[i] == "law" and i >= 4 and lowers[i - 2] == "in" and lowers[i - 3] == "-":
        compound = f"{lowers[i - 4]}-in-law"
        return compound if lowers[i - 4] in lexicons.relative_nouns() else None
    compound = f"{lowers[i - 2]}-{lowers[i]}"
    return compound if compound in lexicons.role_nouns() or organisation_noun(compound) else None


class DiscourseFocus(
    NameRules, DescriptionRules, PronounRules, ReporterRules, QuestionRules, RoleRules, PairRules, PhraseShapes
):
    """Salience of a story's referents, and what each pronoun and description refers to.

    ``referent_at(i)`` answers for the token ``i`` of a pronoun ("he", "she", "it") or of the
    head noun of a description; ``(False, None)`` when the pass did not treat that token."""

    def _body_by_its_noun(self, entity) -> Referent | None:
        """The organisation in focus (or the one the story named) that a noun the model read as a
        name of its own stands for: "the Bench" for a court (``nouns_for_named_bodies.tsv``; the
        entity pass merges it into the court when the story named one only)."""
        if entity.label != "ORG" or " " in entity.name:
            return None
        head = _NOUNS_FOR_NAMED_BODIES.get(entity.name.lower())
        return self._organisation_of_kind(head, by_form=False, anywhere=True) if head else None

    def _title_by_initials(self, i: int, entity) -> Referent | None:
        """The person whose title the capitals at token ``i`` spell, after "the" ("the DIG
        said"; ``title_acronyms``), when the model read them as a name of their own; else None."""
        text = self.doc[i].text
        if entity.label == "PERSON" or not (text.isupper() and text.isalpha() and 2 <= len(text) <= 5):
            return None
        if i == 0 or self.doc[i - 1].lower_ != "the" or self.index.entity_at.get(i + 1, (None,))[0] is entity:
            return None
        if self._initials is None:
            self._initials = title_acronyms(self.doc, self.index.entity_at)
        person = self._initials.get(text)
        return self._referent_of(person) if person is not None else None

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self.doc = index.doc
        self._tags = tags_of(index.doc)
        self._at: dict[int, Referent | None] = {}
        self._of_entity: dict[str, Referent] = {}
        self._active: list[Referent] = []
        self._epoch = 0
        self._subject: Referent | None = None  # the first subject of the current sentence
        self._last_subject: Referent | None = None  # and of the sentence before
        # The last speaker named after what they reported ("…, Sheriff Alan Briggs said."), with
        # the sentence: the source of the paraphrase that follows it.
        self._reporter: tuple[Referent, int] | None = None
        self._quoted: tuple[Referent, int] | None = None  # (``QuestionRules``: whom a reply answers)
        self._quoted_replied = False
        # The first subject of an adverbial clause opening the current sentence ("When Roe
        # arrived, she …"): the focus for what follows it, while the sentence has no subject yet.
        self._clause_subject: Referent | None = None
        # The person whose possessive opens the current sentence ("Shimazu's best finish was
        # 12th."): the sentence's topic, the focus for the next when no subject of its own was one.
        self._opening_owner: Referent | None = None
        self._open = False  # whether the current sentence has begun
        self._first = 0  # and its first token outside quotation marks
        # An aside about a named person (", a developer and spokeswoman for Acme,"): up to this
        # token, person nouns are that person and other names are embedded.
        self._aside_end = -1
        self._aside_owner: Referent | None = None
        # Names set after a description ("Fell's mother, Munah Pike, returned"): the token the
        # name starts at -> the description's role, which is the name's.
        self._apposed_roles: dict[int, str] = {}
        # where the description a name is set beside opens ("A youth leader in the area, Kwabena
        # Nsiah, said"): the name's phrase, for whether it reports what follows
        self._apposed_starts: dict[int, int] = {}
        # Nouns a predicate gave a person ("Rose Okoro is a neighbor"): the noun -> that person.
        self._predicated: dict[str, Referent] = {}
        # Who did what makes a document ("the court ruled"): the document noun -> the doer.
        self._issued: dict[str, Referent] = {}
        # ("husband", Mark Boyle) -> Ann Boyle: whose spouse, aide or spokesperson the story said
        # a named person is through "his" or "her" ("Rep. Ann Boyle and her husband, Mark
        # Boyle,", "Brenner and his spokeswoman, Sue Aldana,"), for a later "his wife" or "his
        # spokeswoman said". (A name's possessive, "Boyle's husband, Mark,", is the index's
        # ``tie_owners``.)
        self._owned_as: dict[tuple[str, str], str] = {}
        self._makes_documents = _DOCUMENT_VERB_FORMS.search(index.text) is not None  # else no look-up
        # The words the story tied to a person by name ("Czech Hana Dvorak": "czech"), by which a
        # people's word is one person ("said the Czech"; ``person_by_group_head``).
        self._initials: dict[str, Entity] | None = None  # (``title_acronyms``, read when first wanted)
        self._persons_words = frozenset(w for ties in index.ties.values() for tie in ties for w in tie.split())
        # The last person named (referent, token, sentence) and the last two named together
        # ("Roe and Hale", "Roe, a senator, and Hale, a governor") with their sentence: "they".
        self._last_person: tuple[Referent, int, int] | None = None
        # The unnamed person the story's first sentence is about, until the next names someone.
        self._lede: Referent | None = None
        self._pair: tuple[Referent, Referent, int] | None = None
        # The body each plural voice last spoke for ("analysts" -> Corbel Securities), whom "the
        # analysts" means later (``OrganisationRules._voices``).
        self._voices_of: dict[str, Referent] = {}
        self._pairs: dict[tuple[int, int], Referent] = {}
        # "I" in the narration of a column or essay: its author, when a byline or a closing
        # biography names them (``narrator.py``).
        author = narrator_name(index.text, index.person_names, index.in_quote)
        self._narrator = self._entity_named(author) if author else None
        # "my father", "my brother": the people an essay named as the narrator's (``relatives.py``)
        self._narrators_people = NarratorsPeople(index, self._referent_of, self._mention_end)
        self._run()

    def referent_at(self, i: int) -> tuple[bool, Referent | None]:
        if i in self._at:
            return True, self._at[i]
        return False, None

    # -- the pass ---------------------------------------------------------------------------

    def _run(self) -> None:
        doc, index = self.doc, self.index
        closes = {span.close_mark: span for span in index.tops if span.close_mark is not None}
        n = len(doc)
        sentence_ends = index.sentence_end_set
        # Words, tags and offsets from lists (``columns``): a Token is made only where one is read.
        lowers, tags, starts, quoted = lowers_of(doc), self._tags, index.token_starts, index.quoted_tokens
        words = words_of(doc)
        i = 0
        while i < n:
            start = starts[i]
            if quoted[i]:
                span = closes.get(start)
                if span is not None and index.text[span.start : span.end].rstrip()[-1:] in (".", "!", "?"):
                    self._new_sentence()  # “… the end.” A new sentence follows.
                i += 1
                continue
            if index.in_furniture(start):
                self._new_sentence()  # another story's headline, a credit: no mention of this one
                i += 1
                continue
            low, tag = lowers[i], tags[i]
            if low.isspace():
                if "\n" in low:
                    self._new_sentence()
                    i = self._past_excerpt(i)
                    continue
                i += 1
                continue
            if i in sentence_ends:  # outside quotations, as this token is
                self._new_sentence()
                i += 1
                continue
            if not self._open:
                self._open, self._first = True, i
            hit = index.entity_at.get(i)
            head = person_by_group_head(doc, i, *hit, self._persons_words) if hit is not None else None
            if head is not None:
                # "the Republican said": a person, not a party ("BJP leader and Union Minister
                # Piyush Goyal Mehta": the person named)
                if not self._role_joined_to_titled_name(head):
                    self._description(head, as_person=True)
                i = head + 1
                continue
            if hit is not None and (initials := self._title_by_initials(i, hit[0])) is not None:
                # "the UNO said" after "Upazila Nirbahi Officer (UNO) Tariqul Khan": the person
                self._at[i] = initials
                self._mention(initials, self._role(i, i + 1, named=False), i)
                i += 1
                continue
            if hit is not None and (body := self._body_by_its_noun(hit[0])) is not None:
                # "the Bench said" when the story named two courts: the court in focus
                self._at[i] = body
                self._mention(body, self._role(i, i + 1, named=False), i)
                i += 1
                continue
            if hit is not None:
                i = self._entity_mention(i, *hit)
                continue
            end = self._unrecognised_speaker(i) if tag == "NNP" else None
            if end is not None:
                # "Neighbor Tavia Orrin said she came …" with a name the model did not
                # see: someone the pass cannot name takes the focus, so the "she" and a later "the
                # 53-year-old" are not the woman named before.
                # ("Father Nikolaos said" after "Father Nikolaos Papadakis": him)
                titled = end - i == 2 and lexicons.is_title_word(words[i])
                named = index.person_by_title_and_word(words[i], words[i + 1]) if titled else None
                referent = self._referent_of(named) if named is not None else Referent(None, "person")
                referent.agent = True
                self._at[i] = referent
                self._mention(referent, self._subject_role(i), i)
                i = end
                continue
            style = style_of_address_end(words, i) if low in _STYLE_OPENERS else None
            if style is not None and not (style < n and words[style][:1].isupper()):
                self._style_of_address(i, style)  # "His Highness said": not "His Highness Sheikh Ali"
                i = style
                continue
            if tag not in _READ_TAGS and low not in _READ_WORDS:
                i += 1
                continue
            if tag == "PRP" and low in ("he", "she"):
                answered = self._answered(i, i + 1) or self._questioned(i)
                found = (
                    None
                    if answered
                    else self._named_after_participle(low, i)
                    or self._reporter_goes_on(low, i)
                    or self._sayer_before(low, i)
                    or self._sole_person_of_sentence(low, i)
                ) or self._resolve_person(
                    low,
                    i,
                    other_than=answered or self._reported_subject(i) or self._reader_before(i),
                    named=self._named_in_quotation_before(i, i + 1),
                )
                found = self._answerer(low, i, found)  # "Roe pressed her. “…,” she said": not Roe
                self._at[i] = found
                if found is not None:
                    if found.name is None and found.gender is None:
                        found.gender = PERSON_PRONOUNS[low]  # "A friend … said she": the friend is a she
                    self._mention(found, self._subject_role(i), i)
                    if self._says_the_quotation_before(i, i + 1):
                        self._quoted = (found, self._epoch)  # "“…,” he said": whom a reply answers
                        self._quoted_replied = False
                    if self._acts(i, i + 1):
                        found.agent = True
            elif tag == "PRP" and low in ("him", "her") and self._quoted_as_follows(i + 1):
                # "state radio quoted her as saying": the pronoun is the speaker of the quotation
                self._at[i] = self._resolve_person("he" if low == "him" else "she", i)
            elif low in ("his", "her") and self._words_follow(i + 1):
                # "Her answer: “…”": the possessor owns the words that follow
                self._at[i] = self._resolve_person("he" if low == "his" else "she", i)
            elif tag == "PRP$" and low in ("his", "her") and not _OWN_NAME.match(" ".join(lowers[i + 1 : i + 3])):
                # "His T-shirt was stained …": a possessive keeps its referent in focus, as in
                # Lappin & Leass, where every resolved pronoun counts as a mention. (Not "his
                # name" of "a farmer who gave his name only as Kiptoo", "declined to give her
                # name": the person the story is naming, or not, just then.)
                found = self._resolve_person("he" if low == "his" else "she", i, possessive=True)
                if found is not None:
                    self._mention(found, "possessive", i)
            elif low == "i" and tag == "PRP" and self._narrator is not None:
                self._at[i] = self._narrator  # "I laughed and said, “…”": the author
            elif tag == "PRP" and low == "they" and self._verb_follows(i + 1):
                self._at[i] = self._resolve_plural()
            elif tag == "PRP" and low == "it":
                found = self._resolve_group(i)
                self._at[i] = found
                if found is not None and self._verb_follows(i + 1):
                    self._mention(found, self._subject_role(i), i)
            elif low in ("former", "latter") and self._former_or_latter(i):
                pass  # "the latter said": the second of the two people named last
            elif tag == "NN" and self._noun_before_name(i):
                pass  # "Wilta's mother Miatta Teage": the name that follows is the mother
            elif lowers[i + 1 : i + 3] == ["-", "of"] and self._compound_before_name(i):
                pass  # "Mother-of-three Jodie Fairweather": the name that follows is the mother
            elif (
                tag in ("NN", "NNP")
                and lowers[i + 1 : i + 2] in (["of"], ["for"])
                and self._title_phrase_before_name(i)
            ):
                pass  # "Leader of the Opposition Omar Jadoon": his title
            elif tag == "NN" and i + 1 < n and lowers[i + 1] == "and" and self._role_joined_to_titled_name(i):
                pass  # "Senior BJP leader and Union Minister Piyush Goyal Mehta": his roles
            elif (tag == "NN" or (tag == "NNP" and doc[i].is_lower) or self._capitalised_title(i)) and (
                self._is_head(i) and _read_by_a_description_rule(low)
            ):  # a lower-case noun the tagger read as a name ("her rep told") is still a noun
                self._description(i)
            elif tag == "NN" and self._is_head(i) and self._anonymous_noun(i):
                # "A London underwriter who asked not to be named": whatever the noun, someone
                # the story will not name, who holds the next "he" as a described person would
                self._description(i, as_person=True)
            elif tag == "NN" and low in _ROLES_BEFORE_OF and i + 1 < n and lowers[i + 1] == "of" and self._is_head(i):
                self._description(i, word=_ROLES_BEFORE_OF[low])  # "the head of the mission": its chief
            elif tag in ("NN", "NNP", "VBN", "JJ") and (compound := _hyphenated_role(lowers, i)) and self._is_head(i):
                self._description(i, word=compound)  # "the front-runner", "the president-elect"
            elif tag == "CD" and self._ranking(i):
                self._description(i, as_person=True)  # "said the world No. 3": someone in focus
            elif tag in ("NNS", "NN") and low in lexicons.words("organisation_voices") and self._is_head(i):
                self._voices(i)  # "White House officials said", "police said"
            elif low == "force" and tag == "NN" and lowers[i - 1 : i] == ["the"] and self._is_head(i):
                self._the_force(i)  # "the force said": the police force the story named, in focus
            elif tag == "NN" and low in _SINGULAR_VOICES_NO_ROLE and self._is_head(i):
                self._voices(i)  # "a White House source said": as "White House officials"
            elif tag == "NNS" and low in lexicons.words("spokes_nouns") and self._is_head(i):
                self._spokespeople(i)  # "her aides said", "one of the governor's aides"
            elif tag == "NNS" and self._pair_described(i):
                pass  # "the two senators wrote": the pair named together just before
            elif low in ("two", "both", "pair", "duo") and self._pair_alone(i):
                pass  # "the two wrote", "Both said", "the pair said": that pair too
            elif tag == "NNS":
                self._one_of(i)
            elif low == "old" and (age := described_age(doc, i)) is not None:
                self._age_description(i, age)
            elif low == "old" and (age := described_age_before_noun(doc, i, _read_by_a_description_rule)) is not None:
                self._age_description(i, age, head=i + 1)  # "the 31-year-old defender said"
                i += 1
            elif tag in ("VBD", "VBZ", "VBP", "VBG") and low in QUESTION_FORMS:
                # "Roe pressed her on …", "Roe followed up by asking Hale whether …": whom Roe asked
                self._note_question(i)
            i += 1

    def _new_sentence(self) -> None:
        if not self._open:
            return
        self._open = False
        subject = self._subject
        if self._epoch == 0 and subject is not None and subject.kind == "person" and subject.name is None:
            # "A grandmother has told a court she “…”.": whom the next sentence may name
            self._lede = subject if not (subject.head or "").startswith("spokes") else None
        elif self._epoch > 0:
            self._lede = None
        self._epoch += 1
        self._last_subject, self._subject = self._subject or self._opening_owner, None
        self._clause_subject = self._opening_owner = None
        if len(self._active) > 8:
            self._active = [r for r in self._active if self._value(r) >= 1.0]

    def _value(self, referent: Referent) -> float:
        return (referent.value + referent.peak) * 0.5 ** (self._epoch - referent.epoch)

    def _verbs_joined_to(self, k: int) -> list[int]:
        """The verb at ``k`` and those "and" joins to it later in its sentence that make a document
        ("struck down the rule and directed the State to …"): a verb right after "and", or after
        "and" and an adverb; at most 30 tokens on. (Read from the words' and tags' lists: this runs
        for every subject in a story that has such a verb.)"""
        lowers, tags, ends = lowers_of(self.doc), tags_of(self.doc), sentence_ending_tokens(self.doc)
        found = [k]
        for j in range(k + 1, min(len(lowers) - 1, k + 30)):
            if j in ends:
                break
            if lowers[j] == "and":
                verb = j + 2 if tags[j + 1] == "RB" and j + 2 < len(lowers) else j + 1
                if lowers[verb] in _DOCUMENT_OF_VERB and tags[verb] in ("VBD", "VBZ"):
                    found.append(verb)
        return found

    def _mention(self, referent: Referent, role: str, i: int) -> None:
        """Count a mention. Within one sentence a referent's factors count once (its weightiest
        mention), as in Lappin & Leass; across sentences they add up, halving as they age."""
        if referent not in self._active:
            self._active.append(referent)
        if referent.epoch == self._epoch:
            referent.peak = max(referent.peak, WEIGHTS[role])
        else:
            referent.value = self._value(referent)
            referent.peak = WEIGHTS[role]
            referent.epoch = self._epoch
        referent.last = i
        if role != "hearer":
            referent.only_told = False
        if i == 0 or self.doc[i - 1].lower_ not in ("on", "via"):
            referent.only_medium = False
        # (or the subject of a clause reported without "that", read as the object before it: "The
        # court heard Roe sent 14 messages")
        reported = role == "object" and i + 1 < len(self.doc) and self.doc[i + 1].tag_ in ("VBD", "VBZ")
        if self._makes_documents and (role in ("subject", "clause subject") or reported):
            k = self._verb_after(i + 1)
            for verb in self._verbs_joined_to(k) if k is not None else ():
                for document in _DOCUMENT_OF_VERB.get(self.doc[verb].lower_, ()):
                    self._issued[document] = referent  # "the court ruled": the ruling is its
        if role == "subject" and self._subject is None:
            self._subject = referent
        elif role == "clause subject" and self._clause_subject is None:
            self._clause_subject = referent
        elif role == "possessive" and i == self._first and referent.kind == "person" and referent.name:
            if not self._people_possessed(i):
                self._opening_owner = referent  # (not "Marcus's family will attend": the family is the topic)

    def _people_possessed(self, i: int) -> bool:
        """Whether the noun phrase a possessive name at ``i`` owns is headed by a noun for people
        ("Marcus's family", "Roe's lawyer"): the first common noun after the "'s"."""
        tags, lowers = self._tags, lowers_of(self.doc)
        k = i
        while k < len(tags) and k < i + 6 and tags[k] != "POS":
            k += 1
        for j in range(k + 1, min(len(tags), k + 5)):
            if tags[j] in ("NN", "NNS"):
                return lowers[j] in lexicons.person_nouns()
        return False

    # -- resolution -------------------------------------------------------------------------

    def _candidates(self, fits, *, gender: str | None = None) -> list[tuple[float, int, Referent]]:
        # Centering's preference: the subject of this sentence so far, else that of an adverbial
        # clause opening it ("When Roe arrived, she …"), else the previous sentence's subject, is
        # the likeliest referent of what follows.
        # (A clause subject the story never named, "Though the newspaper …", does not take the
        # focus from a named subject before it.)
        clause = self._clause_subject if self._clause_subject is not None and self._clause_subject.name else None
        focus = self._subject or clause or self._last_subject or self._recent_reporter()
        # "Sen. Roe and Gov. Hines toured …": two subjects named together share the focus.
        pair = self._pair if self._pair is not None and self._epoch - self._pair[2] <= 1 else None
        partner = (pair[1] if focus is pair[0] else pair[0] if focus is pair[1] else None) if pair else None
        found = []
        for r in self._active:
            if fits(r):
                value = self._value(r) + (FOCUS_BONUS if r is focus or r is partner else 0.0)
                found.append((value * (UNKNOWN_GENDER if gender and r.gender is None else 1.0), r.last, r))
        found = [c for c in found if c[0] >= MIN_FOCUS]
        found.sort(key=lambda c: (c[0], c[1]), reverse=True)
        return found

    def _in_clear_focus(self, fits) -> Referent | None:
        """The most salient referent that ``fits``, when it leads the next by ``CLEAR_LEAD``;
        else None (two in focus: either may be meant)."""
        found = self._candidates(fits)
        if not found or (len(found) > 1 and found[0][0] < CLEAR_LEAD * found[1][0]):
            return None
        return found[0][2]
