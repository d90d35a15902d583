"""Descriptions that refer back, resolved by the discourse focus: "the senator", "Holt's campaign
manager", "the union", "a spokesman for Acme", "the memo", "the 34-year-old", "the Republican".

``DescriptionRules`` is the part of ``focus.DiscourseFocus`` that decides what such a noun phrase
refers to when the focus pass reaches its head: the person the story tied the words to, the
principal a spokesperson or document speaks for, the organisation of that kind in focus, or a
referent that names no one. It reads the pass's state (salience, the current subject, the aside
being read), so it is a mixin of the pass rather than functions of its own; the token-level tests
it needs for ages and party words are in ``descriptions.py``; which organisation a phrase means
("the union", "police", "a spokesman for Acme"'s Acme) in ``focus_organisations.py``; and which
person in focus a description of a person fits ("the senator" is not the governor the story
named) in ``focus_candidates.py``; whose a document is ("Roe said in a statement") in
``focus_documents.py``; which name the description's own phrase gives ("the senator, John Roe,",
"a tenant, who gave his name only as Tobias,") in ``focus_named_roles.py``; whose a description is
("Acme's spokesman", "the boys' father", "the head of the Harbor Nurses Union") in
``focus_owners.py``.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.descriptions import one_of_a_group
from pipeline.annotate.focus_ages_and_deeds import ROLES_BY_DEED, AgeAndDeedRules
from pipeline.annotate.focus_candidates import PersonFitRules
from pipeline.annotate.focus_documents import DocumentRules, determiner_of
from pipeline.annotate.focus_named_roles import NamedRoleRules
from pipeline.annotate.focus_organisations import (
    NO_LONGER,
    OrganisationRules,
    members_before,
    organisation_noun,
)
from pipeline.annotate.focus_owners import OwnerRules
from pipeline.annotate.focus_place_bodies import PLACE_BODY_NOUNS
from pipeline.annotate.focus_unnamed import UnnamedRules
from pipeline.annotate.naming import identified_only_as
from pipeline.annotate.phrases import PERSON_PRONOUNS
from pipeline.annotate.referents import (
    NARRATOR,
    PERSON_LABELS,
    QUOTE_CHARS,
    Kind,
    Referent,
)
from pipeline.annotate.relatives import names_a_relation

# Determiners of a phrase that speaks of anyone of a kind, no one in particular ("any athlete",
# "every member", "each candidate", "no officer").
_QUANTIFIERS = frozenset({"any", "every", "each", "no"})
_DOCUMENT_NOUNS = lexicons.words("document_nouns")
_OPPONENT_NOUNS = lexicons.words("opponent_nouns")
_VOICES_SINGULAR = lexicons.words("organisation_voices_singular")
# "the nominee himself tweeted": a reflexive right after a description tells its gender.
_REFLEXIVE_GENDER = {"himself": "m", "herself": "f"}
# "said as she left", "said before he boarded": a clause after the cue whose "she" is the speaker.
_CLAUSE_OPENERS = frozenset({"as", "when", "while", "before", "after", "because"})
# A spouse noun and the one the other spouse goes by: "his wife" is the one whose "husband" he is.
_SPOUSES = {"wife": "husband", "husband": "wife"}

# Verbs after which "a neighbor", "an officer" says what the subject is, not someone new.
_COPULAS = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "became", "becomes", "remains", "as"}
)
# The clause news copy uses for a person it will not name: "who would not give his name", "who
# asked that she not be named", "who refused to be identified", "who spoke on condition of anonymity".


class DescriptionRules(
    OrganisationRules, PersonFitRules, DocumentRules, NamedRoleRules, UnnamedRules, AgeAndDeedRules, OwnerRules
):
    """What a description refers to; mixed into ``focus.DiscourseFocus``, whose state it reads."""

    def _description(self, i: int, *, as_person: bool = False, word: str | None = None) -> None:
        """A noun phrase headed by a person, organisation, spokesperson or document noun; with
        ``as_person``, by a word that describes a person here ("the Republican", "the Texan");
        ``word``: the head's word when the tokenizer split it ("front-runner")."""
        doc, index = self.doc, self.index
        head = doc[i]
        word = word or head.lower_
        if word == "member" and i > 0 and doc[i - 1].lower_ == "family":
            word = "relative"  # "the family member": a relative (kin_nouns.txt), not a member of a body
        if i < self._aside_end and self._aside_owner is not None:
            owner_kind = self._aside_owner.kind
            if owner_kind == "person" and word in lexicons.role_nouns():
                self._at[i] = self._aside_owner  # "Roe, a spokeswoman for Acme,": Roe herself
                return
            if owner_kind == "group" and not as_person and word in lexicons.words("organisation_nouns"):
                # "The Harbor Forum, a Washington advocacy group,": the Forum itself, not a second
                # group that a later "the group said" would mean
                self._at[i] = self._aside_owner
                return
        start = self._np_start(i)
        named = index.entity_at.get(start)
        if named is not None and named[1] < doc[start].idx:
            # "A Department of Energy spokesman": the name the phrase opens with runs over its "of"
            while start > 0 and index.entity_at.get(start - 1, (None,))[0] is named[0]:
                start -= 1
            if start > 0 and doc[start - 1].tag_ == "DT":
                start -= 1
        if start >= 2 and doc[start - 1].tag_ == "POS" and members_before(doc[start - 2]) and organisation_noun(word):
            # "the growers’ association": the phrase opens before the members it is of
            start -= 2
            while start > 0 and doc[start - 1].tag_ in ("DT", "JJ"):
                start -= 1
        tokens = [t for t in doc[start : i + 1]]
        determiner = determiner_of(tokens, word)
        given = self._given_as(start) if not as_person and word in lexicons.role_nouns() else None
        if given is not None:
            self._at[i] = self._referent_of(given)  # counted with the name, not a new person
            return
        institution = not as_person and word in lexicons.words("institution_nouns")
        if institution and determiner not in ("the", "this", "that") and word not in PLACE_BODY_NOUNS:
            return  # "in college", "taken to hospital", "a school": no institution the story named
        spokes = not as_person and word in lexicons.words("spokes_nouns")
        named_body = None
        if not spokes and not as_person and len(tokens) > 1 and word in lexicons.words("organisation_voices_singular"):
            # "a Pentagon official", "a Pruett campaign official", "a bureau official"
            spokes, named_body = self._voice_of_a_body(tokens)
        voice = not as_person and word in _VOICES_SINGULAR
        if voice and not spokes and determiner in ("a", "an") and self._body_after(i):
            spokes = True  # "an official at the Gulf Cement Company": its voice, as "a spokesman for" it is
        if spokes and voice and self._unnamed_after(i):
            # "An official at the company, who asked not to be named,", "A PHA official, speaking on
            # condition of anonymity,": someone who will not be named does not speak for the body
            spokes, named_body = False, None
        spoken_for = self._voices_of.get(word) or self._voices_of.get(word + "s")
        if spoken_for is not None and self._epoch - spoken_for.epoch > 1:
            spoken_for = None  # (a body out of focus since: "Officials said …" may be anyone's)
        if voice and determiner in ("the", "one") and len(tokens) == 2 and spoken_for is not None:
            # "… the official said" after "an official at Acme", "one official said" after
            # "Officials from Acme said" (no one the story tied the noun to)
            if index.resolve_description(word, [], head.idx) is None and self._unnamed_in_focus(word) is None:
                referent = spoken_for
                self._at[i] = referent
                self._mention(referent, self._role(start, i + 1, named=False), i)
                return
        document = not as_person and word in lexicons.words("document_nouns")
        owner = named_body or self._owner(tokens[:-1], modifier=spokes or document)
        # "the mother of Dana Kroll": Kroll's mother
        after_of = self._person_after_of(i) if owner is None and not (spokes or document) else None
        owner_after = after_of is not None
        owner = after_of if owner_after else owner
        if self._named_beside(i, start, word, owner, as_person=as_person, document=document):
            return
        holder = self._holder_after_portfolio(i) if not as_person and not document else None
        if holder is not None:
            self._at[i] = self._referent_of(holder)  # counted when the pass reaches the name
            return
        tied = self._predicated.get(word)
        if tied is not None and tied.kind == "group" and owner is None and determiner in ("the", "this", "that"):
            # "The broadcaster, Sahel Horizon TV, … The broadcaster said": the body the story
            # called so, though the noun may name a person too
            self._at[i] = tied
            self._mention(tied, self._role(start, i + 1, named=False), i)
            return
        if not as_person and word in _OPPONENT_NOUNS and owner is not None and owner.kind == "person" and owner.name:
            # "Mallory said … Her rival shot back": the one other named person in clear focus (after
            # the name set beside it: "Her opponent, Steve Dalton, has accused her")
            rival = self._paired_with(owner) or self._in_clear_focus(
                lambda r: r.kind == "person" and r.name is not None and r.name != owner.name
            )
            if rival is not None:
                self._at[i] = rival
                self._mention(rival, self._role(start, i + 1, named=False), i)
                return
        chosen = self._named_by_clause(i)
        if chosen is not None:
            # "A tenant, who gave his name only as Tobias,": the name he chose is the referent.
            referent = self._referent_of(chosen)
            self._at[i] = referent
            if referent.gender is None:
                referent.gender = lexicons.noun_gender(word)
            # counted here in the description's role, so the clause's own "her first name" and a
            # later "she said" are hers: "A second nurse, who gave only her first name, Maria, said"
            role = self._role(start, i + 1, named=False)
            self._mention(referent, role, i)
            if role == "subject" and self._acts(start, i + 1):
                referent.agent = True
            return
        if not as_person and determiner in NARRATOR and names_a_relation(word):
            # "my father said", "my wife told me": whom the essay named as the narrator's, else
            # no one the story names (never the person in focus, who is not the narrator's father).
            referent = self._narrators_people.of(word) or Referent(
                None, "person", lexicons.noun_gender(word), head=word
            )
            self._at[i] = referent
            self._mention(referent, self._role(start, i + 1, named=False), i)
            return
        if not as_person and not description_word(word):
            # A relative the role nouns lack ("Lee's youngest child, Arie,") counts only as the
            # description of a name set beside it: "her grandson" alone is no one new, or an
            # unnamed boy would compete with the named man for the next "he". But a story may
            # open on one: "A grandmother has told a court she …" (whom the next sentence names).
            # Nor one the story says it will not name: "the girl's grandmother, who cannot be named,
            # told reporters" is the "she" who speaks next, not the woman named before.
            role = self._role(start, i + 1, named=False)
            opening = self._epoch == 0 and determiner in ("a", "an") and owner is None
            if (opening or self._unnamed_after(i)) and role == "subject":
                referent = Referent(None, "person", lexicons.noun_gender(word), head=word)
                self._at[i] = referent
                self._mention(referent, role, i)
                referent.agent = self._acts(start, i + 1)
            return
        person = as_person or word in lexicons.role_nouns()
        group = not as_person and (institution or word in lexicons.words("organisation_nouns"))
        if group and not person and any(t.lower_ in NO_LONGER for t in tokens[1:-1]):
            # "the former regulator said": a body is no "former" one; someone who was its voice
            person, group = True, False
        kind: Kind = "person" if person else "thing" if document else "group"
        definite = determiner in ("the", "this", "that")
        referent: Referent | None = None
        # ("Roe became the first Black woman elected to …": a superlative predicate names no one new)
        ranked_predicate = (
            determiner == "the"
            and len(tokens) > 2
            and (tokens[1].lower_ in ("first", "only", "last") or tokens[1].tag_ == "JJS")
        )
        if (
            (determiner in ("a", "an") or ranked_predicate)
            and start > 0
            and doc[start - 1].lower_ in _COPULAS
            and not document
        ):
            # "Rose Payne is a neighbor", "Rachel Huang is a lawyer": a predicate says what the
            # subject is; no one new (nor, for a lawyer or a spokeswoman, the one spoken for).
            if self._subject is not None and self._subject.kind == "person":
                self._at[i] = self._subject
                if doc[start - 1].lower_ != "as":  # not "…, as a mother waited outside"
                    self._predicated[word] = self._subject
            return
        if spokes or document:
            # "a spokesman for Acme", "Mallory's spokeswoman", "Acme's statement", "the memo"
            referent = self._voice_or_document(i, start, tokens, word, kind, owner, spokes=spokes, document=document)
            if voice and referent is not None and referent.name is not None:
                self._voices_of[word] = referent
        elif person and determiner not in NARRATOR and (definite or owner is not None or tokens[0].tag_ == "NNP"):
            # "the senator", "Holt's campaign manager": the person the story tied the words to,
            # else the one in clear focus (not the owner); "my father" is no one the story names.
            modifiers = [t.text for t in tokens[1:-1] if t.tag_ != "POS"]
            whose = owner.name if owner is not None and owner.kind == "person" else None
            # (a description the story says is of someone unnamed names no one: "the junior who
            # did not want to be identified" is not the junior it named before)
            name = None if self._unnamed_after(i) else index.resolve_description(word, modifiers, head.idx, whose)
            if name is None and whose is not None and tokens[0].tag_ == "PRP$" and word in lexicons.words("kin_nouns"):
                # "Nolls' mother, Claritha, … his mother testified": whose "his" is, is a guess; the
                # person the story named as a mother is a better one than no one.
                name = index.resolve_description(word, modifiers, head.idx)
                name = None if name == whose else name
            if name is None and whose is not None and word in _SPOUSES:
                # "Rep. Ann Boyle and her husband, Mark Boyle, … His wife said": the one whose
                # husband the story said he is; else "Dennis and Janet Olsen … Her husband
                # shrugged": the one person of that gender who shares the surname
                other = (_SPOUSES[word], whose)
                name = self._owned_as.get(other) or index.tie_owners.get(other) or self._namesake(whose, word)
            # A description anticipates a name the story gives only after it ("The police chief
            # calls it …", and on, "said Police Chief Ann Roe"), but not over the speaker of the
            # quotation just before: "“…,” said Ann Roe, director of the poll. “…,” the pollster
            # said. David Kessler, a Republican pollster, said" is Roe's.
            if name and index.positions_of.get(name, [head.idx])[0] > head.idx:
                paragraph_end = index.text.find("\n", head.idx)
                paragraph_end = len(index.text) if paragraph_end == -1 else paragraph_end
                if index.positions_of[name][0] < index.sentence_end(head.idx, paragraph_end):
                    # (not one the same sentence names after it: in "The head of the police union
                    # said officers have “…” in Chief Raymond Tully" he is who it is about)
                    name = None
                name = self._speaker_just_before(word) or name
            # (no one is the mother of themselves, though the story's ties may say so)
            referent = self._entity_named(name) if name and not (owner_after and name == whose) else None
            if referent is not None and determiner != "a" and not self._unnamed_after(i):
                # "Officer Jo Hale … An officer pulled up … the officer told him": the unnamed
                # officer met since the named one was last mentioned.
                unnamed = self._unnamed_in_focus(word)
                if unnamed is not None and unnamed.last > referent.last:
                    referent = unnamed
            if referent is not None and referent.gender is None:
                referent.gender = lexicons.noun_gender(word)  # "Nichols' mother, Claritha,": she
            if referent is None and not self._unnamed_after(i):
                # "A neighbor, who asked not to be named, … the neighbor said": the unnamed person
                # the story introduced with that noun, else the named one in clear focus; but not
                # for a noun copy uses for people it does not name ("the woman"), nor for someone's
                # relative ("the boys' father", "his mother": the person in focus is usually the
                # owner; "the brother of one victim": someone else's), nor after a person the story
                # would not name was introduced.
                referent = self._unnamed_in_focus(word)
                if referent is None and owner is None and determiner in ("the", "this", "that"):
                    referent = self._predicated.get(word)  # "Roe is a neighbor … the neighbor said"
                if referent is None and owner is None and word in ROLES_BY_DEED and determiner == "the":
                    referent = self._person_by_deed(word, i)  # "Ms Bakari was testifying … the witness said"
                everyday = word in lexicons.words("everyday_person_nouns")  # "the woman": no guess
                if (
                    referent is None
                    and not everyday
                    and not self._relative_of_someone(tokens, owner)
                    and not (self._kin_of_another(i) and self._role(start, i + 1, named=False) == "subject")
                    and not self._of_a_named_body(i)
                    # (nor a role an organisation the phrase names has: "The company's general
                    # counsel wrote" is not the former employee in focus the story never tied to it)
                    and not (owner is not None and owner.kind == "group")
                ):
                    referent = self._person_in_focus(
                        word,
                        modifiers,
                        owner,
                        by_group=as_person,
                        other_than=self._answered(start, i + 1),
                        subject=self._subject_before_description(start, i + 1),
                        named=self._named_in_quotation_before(start, i + 1),
                        gender=self._gender_told_after(i),
                    )
                    if referent is not None and self._anonymous_since(referent.last, start):
                        referent = None
                    objected = self._object_in_relative_clause(i)
                    if referent is not None and objected is not None and referent.gender in (objected, None):
                        # "Kilgallen died. The governor who had fought him said": "him" is the one
                        # in focus, so the governor is someone else, unnamed here
                        referent = None
        elif word in PLACE_BODY_NOUNS and (station := self._body_of_place(start, i)) is not None:
            referent = station  # "Damascus radio said", "the Russian government said"
        elif group and definite and not any(t.tag_ in ("JJR", "JJS", "CD") or t.lower_ == "other" for t in tokens):
            # (not "the smaller group", "the other union": one of several the story contrasts)
            named = self._owner(tokens[:-1], modifier=True) if owner is None else owner
            if named is not None and named.kind == "group" and named.name is not None:
                # "The New York Times editorial board", "Acme's board": a body of the organisation
                # the phrase names, not whichever organisation is in focus.
                referent = Referent(named.name, "group", None, named.label, head=word)
            else:
                # (its modifiers may be words of the name: "the freight company", Corliss Freight)
                modifiers = frozenset(t.lower_ for t in tokens[1:-1] if t.tag_ in ("NN", "NNS", "JJ", "VBG"))
                if institution:
                    referent = self._institution_named(word)
                elif not self._another_body(tokens[1:-1], word):  # (not "the pension board" of a union)
                    referent = self._group_in_focus(word, modifiers)
        if referent is None and determiner in _QUANTIFIERS:
            self._at[i] = None  # "Any athlete who is caught doping is gone": anyone, no one to call "he"
            return
        if referent is None:
            referent = Referent(None, kind, lexicons.noun_gender(word) if person else None, head=word)
            if person and referent.gender is None and i + 2 < len(doc) and doc[i + 1].text == ",":
                # "The victim, identified by the coroner as a 41-year-old woman,": she
                noun = identified_only_as(list(doc[i + 2 : i + 20]))
                referent.gender = lexicons.noun_gender(noun) if noun else None
        self._at[i] = referent
        role = self._role(start, i + 1, named=False)
        self._mention(referent, role, i)
        if referent.kind == "person" and role == "subject" and self._acts(start, i + 1):
            referent.agent = True  # "the Democrat said": whom the description means speaks
        if referent.kind == "person":
            self._note_reporter(referent, role, start, i + 1)  # "…, the spokesperson said."

    def _body_after(self, i: int) -> bool:
        """Whether the phrase after the noun at ``i`` names the organisation it belongs to ("an
        official at the Gulf Cement Company", "an executive with Harlan Foods"; ``_principal_after``)."""
        principal = self._principal_after(i)
        return principal is not None and principal.kind == "group" and principal.label == "ORG"

    def _one_of(self, i: int) -> None:
        """ "one of the waitresses", "one of his sisters" (the plural at ``i``): one unnamed member
        of a group of people whose noun tells a gender. She is a person a later "she" can mean, so
        that pronoun neither goes to the named man in focus nor settles the gender of a name the
        census left open."""
        start = one_of_a_group(self.doc, i)
        found = lexicons.gendered_singular(self.doc[i].lower_) if start is not None else None
        if start is not None and found is None:
            # "One of the demonstrators said he …": one of a group of people whose noun tells no
            # gender is still someone a later "he" or "she" can mean
            singular = lexicons.person_singular(self.doc[i].lower_)
            found = (singular, None) if singular is not None else None
        if start is None or found is None:
            return
        named = self._named_in_apposition(i)
        if named is not None:
            # "One of the rescued women, Sandrine, 26, said": the name set beside is she
            referent = self._referent_of(named[0])
            if referent.kind == "person" and referent.gender is None:
                referent.gender = found[1]
            self._at[i] = referent
            return
        referent = Referent(None, "person", found[1], head=found[0])
        self._at[i] = referent
        self._mention(referent, self._role(start, i + 1, named=False), i)

    def _named_in_apposition(self, i: int) -> tuple | None:
        """The person named in the apposition set off by a comma right after the noun at ``i``,
        past the role, age or title words before the name (``_name_start_after``): "One of the
        students, 17-year-old Maya Friedman,", "One of the parents, the Rev. Esther Kaminski,"."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i + 1].text != ",":
            return None
        k = self._name_start_after(i + 1)
        hit = self.index.entity_at.get(k) if k < len(doc) else None
        return hit if hit is not None and hit[0].label in PERSON_LABELS and hit[1] == doc[k].idx else None

    def _unnamed_in_focus(self, word: str) -> Referent | None:
        """The unnamed person an earlier description with the same noun introduced ("a neighbor",
        "the clerk, who would not give his name"), while still in focus."""
        found = self._candidates(lambda r: r.kind == "person" and r.name is None and r.head == word)
        return found[0][2] if found else None

    def _gender_told_after(self, i: int) -> str | None:
        """The gender the words right after a description (head at ``i``) tell: a reflexive ("the
        nominee himself"), or a "he" or "she" opening a clause after its cue ("the running mate
        said as she left")."""
        doc = self.doc
        if i + 1 < len(doc) and doc[i + 1].lower_ in _REFLEXIVE_GENDER:
            return _REFLEXIVE_GENDER[doc[i + 1].lower_]
        if i + 3 < len(doc) and is_cue(doc[i + 1]) and doc[i + 2].lower_ in _CLAUSE_OPENERS:
            return PERSON_PRONOUNS.get(doc[i + 3].lower_) if doc[i + 3].lower_ in ("he", "she") else None
        return None

    def _object_in_relative_clause(self, i: int) -> str | None:
        """The gender of "him" or "her" as an object in a relative clause right after the
        description whose head is at ``i`` ("the governor who had fought him for a decade"), or
        None: the one the pronoun means is not the one the description means."""
        doc = self.doc
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in ("who", "that"):
            return None
        for k in range(i + 2, min(len(doc), i + 10)):
            if doc[k].text in (",", ".", ";", ":") or doc[k].text in QUOTE_CHARS:
                return None
            if doc[k].lower_ in ("him", "her") and doc[k].tag_ == "PRP":
                return PERSON_PRONOUNS.get(doc[k].lower_)
        return None

    def _speaker_just_before(self, word: str) -> str | None:
        """The named person whose quotation closed the sentence before ("“…,” said Ann Roe."), if
        the noun ``word`` tells no other gender."""
        if self._quoted is None or self._epoch - self._quoted[1] != 1:
            return None
        speaker = self._quoted[0]
        gender = lexicons.noun_gender(word)
        if speaker.kind != "person" or speaker.name is None or (gender and speaker.gender not in (None, gender)):
            return None
        return speaker.name

    def _anonymous_since(self, after: int, before: int) -> bool:
        """Whether a person the story will not name was introduced between the tokens ``after``
        and ``before`` ("A diner who declined to be identified said …", "a relative, speaking on
        condition of anonymity,"): a later "the witness" is likelier that person than the named
        one in focus before."""
        doc = self.doc
        for k in range(max(after, 0) + 1, before):
            if self._anonymous_clause(k):
                return True
            if doc[k].lower_ == "condition" and doc[k + 1 : k + 3].text.lower() == "of anonymity":
                return True
        return False

    def _subject_before_description(self, start: int, end: int) -> Referent | None:
        """The subject of the sentence so far, when the description at ``start:end`` stands after it
        as no subject of its own ("he added under questioning by the prosecutor", "Roe said the
        senator would vote no"): a description does not refer to the subject of its own sentence."""
        if self._subject is None or self._subject.last >= start:
            return None
        return None if self._role(start, end, named=False) in ("subject", "clause subject") else self._subject

    def _entity_named(self, name: str) -> Referent | None:
        entity = self.index.by_name.get(name)
        return self._referent_of(entity) if entity is not None else None

    def _same_head(self, word: str) -> Referent | None:
        """The referent an earlier description with the same noun introduced ("a memo ... the memo"),
        or, for a general document noun, with a particular one when every document in focus is
        one author's ("Roe wrote a memoir … her account … the book"; not with "Hale published his
        own account" beside it)."""
        found = self._candidates(lambda r: r.head == word)
        if found:
            return found[0][2]
        kinds = lexicons.pairs("document_kinds").get(word, ())
        documents = (
            [r for _, _, r in self._candidates(lambda r: r.kind == "thing" and r.head in _DOCUMENT_NOUNS)]
            if kinds
            else []
        )
        particular = [r for r in documents if r.head in kinds]
        return particular[0] if particular and len({r.name for r in documents}) == 1 else None


def description_word(word: str) -> bool:
    """Whether a noun heads a description the focus pass resolves: a person's role, an
    organisation's kind, a spokesperson or a document (the lexicons named below)."""
    return (
        word in lexicons.role_nouns()
        or organisation_noun(word)
        or word in PLACE_BODY_NOUNS
        or word in lexicons.words("spokes_nouns")
        or word in lexicons.words("document_nouns")
    )
