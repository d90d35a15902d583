"""What a name's mention does to the discourse focus: the referent it is (one per name, whatever
label the NER gave one mention), its grammatical role and salience, whom it names when the story
opened on someone it did not name yet ("A grandmother has told a court … Valerie Nutt, 66, was
giving evidence"), who reports after it, and the aside after it (", a developer and spokeswoman for
Acme,") in which person nouns are that person.

``NameRules`` is a mixin of ``focus.DiscourseFocus`` (the pass calls ``_entity_mention`` at each
name); it reads and writes the pass's state.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.person_titles import POSTNOMINALS
from pipeline.annotate.phrases import subject_after_opening_phrase
from pipeline.annotate.quote_clauses import person_noun
from pipeline.annotate.referents import GROUP_LABELS, PERSON_LABELS, Kind, Referent
from pipeline.annotate.sentence_ends import ends_sentence

_NO_OFFICE = lexicons.words("titles_of_no_office")
_GENERIC_OFFICES = lexicons.words("generic_office_nouns")


class NameRules:
    """A name's mention in the focus pass; mixed into ``focus.DiscourseFocus``, whose state it reads."""

    def _mention_end(self, i: int, start: int) -> int:
        """The token after the mention that starts at token ``i`` (``start``: its first character,
        as ``entity_at`` keeps it)."""
        end = i
        while end < len(self.doc) and self.index.entity_at.get(end, (None, -1))[1] == start:
            end += 1
        return max(end, i + 1)

    def _entity_mention(self, i: int, entity, start: int) -> int:
        """Count the mention starting at token ``i``; returns the token after it."""
        doc, index = self.doc, self.index
        end = self._mention_end(i, start)
        while (
            entity.name in index.person_names
            and end < len(doc)
            and end - i < 4
            and doc[end].tag_ == "NNP"
            and end not in index.entity_at
            and lexicons.is_surname(doc[end].text)
        ):
            end += 1  # "Mayor Jane Tull" with only "Jane" found: the surname ends the name, it is no head noun
        if (
            entity.name in index.person_names
            and end < len(doc)
            and doc[end].is_upper
            and doc[end].lower_ in POSTNOMINALS
        ):
            end += 1  # "Harriet Bancroft MP was not persuaded": the letters after the name are no head noun
        if entity.label in PERSON_LABELS or entity.label in GROUP_LABELS:
            referent = self._referent_of(entity)
            apposed = self._apposed_roles.pop(i, None)
            role = apposed or self._role(i, end, named=True)
            if (
                role in ("object", "other", "oblique")
                and referent.kind == "person"
                and self._names_the_described_subject(i)
            ):
                # "The speaker was Daniel Okonkwo": the name is who the subject is, and in focus
                role, self._subject = "subject", None
            if self._lede is not None and referent.kind == "person":
                # (the noun of a description the name is set beside: "The student, Karim Haddad,")
                described = doc[i - 2].lower_ if apposed is not None and i > 1 and doc[i - 1].text == "," else None
                self._name_the_lede(referent, role, described)
            self._mention(referent, role, end - 1)
            if referent.kind == "person" and role == "subject" and self._acts(self._np_start(i), end):
                referent.agent = True
            # ("A youth leader in the area, Kwabena Nsiah, said": the description's phrase, and
            # the verb after the apposition's comma)
            phrase_start = self._apposed_starts.pop(i, i)
            closed = apposed is not None and end + 1 < len(doc) and doc[end].text == ","
            self._note_reporter(referent, role, phrase_start, end + 1 if closed else end)
            if referent.kind == "person":
                self._note_pair(i, referent)
                self._last_person = (referent, end - 1, self._epoch)
            self._open_aside(end, referent, i)
        return end

    def _name_the_lede(self, referent: Referent, role: str, described: str | None) -> None:
        """ "A grandmother has told a court she “could not believe her eyes”. Valerie Nutt, 66, was
        giving evidence …": a story that opens on someone it does not name yet (the first
        sentence's subject, no spokesperson) names them as the subject of the next sentence, the
        first person named there, if their genders agree, the lede did not name them, no other
        noun is set beside the name (``described``: "The student, Karim Haddad," is no judge) and no
        other title is the name's ("Attorney General Ann Roe" is no judge either). Read
        once: the lede's referent takes the name, so its quotation is that person's. A person
        named first in an opening phrase ("Giving evidence at the inquest into the death of
        Arthur Nye, nurse Mabel Ortiz said") leaves the lede to the subject after it."""
        if role == "oblique" and self._epoch == 1:
            return
        lede, self._lede = self._lede, None
        if (
            lede is not None
            and self._epoch == 1
            and role == "subject"
            and described in (None, lede.head)  # (not "An immigration judge … The student, Karim Haddad,")
            and referent.name is not None
            and referent.last < 0  # (not named in the lede itself)
            and (lede.gender is None or referent.gender in (None, lede.gender))
            and not self._titled_otherwise(referent.name, lede.head)
        ):
            lede.name = referent.name
            lede.gender = lede.gender or referent.gender

    def _titled_otherwise(self, name: str, head: str | None) -> bool:
        """Whether the story tied ``name`` to an office and none is ``head`` ("A federal judge
        blocked the rule … Attorney General Ann Roe said she would appeal": no judge). An
        abbreviation is its office ("Cllr": councillor); an honorific ("Mrs Nutt") and a title of
        birth or rank ("Prince Faisal", "Gen. Dubois"; ``titles_of_no_office.txt``) are none; a
        head for whoever leads a body ("Hong Kong's leader"; ``generic_office_nouns.txt``) is any."""
        if head in _GENERIC_OFFICES:
            return False
        tied = self._tied_heads(name)
        tied |= {full for word in tied for full in lexicons.title_expansions(word)}
        roles = {
            r
            for r in tied & lexicons.role_nouns()
            if lexicons.honorific_gender(r) is None and r not in _NO_OFFICE and not lexicons.title_expansions(r)
        }
        office = lexicons.office_of(head) if head else None
        same_office = office is not None and any(
            lexicons.office_of(r) == office for r in tied
        )  # "Justice Ann Roe": a judge
        return bool(roles) and head not in tied and not same_office

    def _names_the_described_subject(self, i: int) -> bool:
        """Whether the name at token ``i`` follows "was" or "is" right after the sentence's
        subject, a person the story has not named ("The speaker was Daniel Okonkwo", "The first
        to arrive was Ann Roe"): the name says who that is."""
        subject = self._subject
        if subject is None or subject.kind != "person" or subject.name is not None:
            return False
        doc = self.doc
        k = self._np_start(i) - 1
        while k > self._first and i - k < 6 and _lower_case_role_word(doc, k):
            k -= 1  # "The man was off-duty firefighter Gareth Pryde": a role before the name
        return k > self._first and doc[k].lower_ in ("was", "is") and subject.last == k - 1

    def _referent_of(self, entity) -> Referent:
        """One referent per name: the NER may label one mention of a person otherwise."""
        referent = self._of_entity.get(entity.name)
        if referent is None:
            person = entity.name in self.index.person_names
            kind: Kind = "person" if person else "group"
            label = "PERSON" if person else entity.label
            referent = Referent(entity.name, kind, self.index.gender.get(entity.name), label)
            self._of_entity[entity.name] = referent
        return referent

    def _open_aside(self, k: int, owner: Referent, start: int) -> None:
        """ "Roe, a developer and spokeswoman for Acme, said", "Acme, a Delaware company, said":
        the aside after a name (its first token ``start``), up to its closing comma."""
        doc = self.doc
        if k + 2 >= len(doc) or doc[k].text != ",":
            return
        opener = doc[k + 1]
        possessive = opener.tag_ == "NNP" and "POS" in (doc[k + 2].tag_, doc[min(k + 3, len(doc) - 1)].tag_)
        if opener.tag_ not in ("DT", "PRP$", "JJ", "NN", "CD") and not possessive:
            return  # ", Holt's former aide," opens an aside; ", Marsh noted" does not
        if subject_after_opening_phrase(doc, start, k):
            return  # "Speaking to Dana Kroll, the governor said": the main clause's subject, no aside
        if owner.label in ("GPE", "LOC", "FAC") and self._person_noun_opens(k + 1):
            return  # "At a depot in Endebess, a farmer who …": no place is a farmer; his sentence
        for j in range(k + 1, min(len(doc), k + 30)):
            if doc[j].text in (",", ";", "—", "–") or ends_sentence(doc, j):
                self._aside_end, self._aside_owner = j, owner
                return

    def _person_noun_opens(self, k: int) -> bool:
        """Whether the phrase at ``k`` is headed by a noun for a person within its first few words
        ("a farmer", "a retired teacher", "one local trader")."""
        doc = self.doc
        for j in range(k, min(len(doc), k + 4)):
            if self._tags[j] in ("NN", "NNS"):
                return person_noun(doc[j].lower_) or lexicons.is_plural_person_noun(doc[j].lower_)
            if self._tags[j] not in ("DT", "JJ", "CD", "VBN", "RB", "HYPH"):
                return False
        return False


def _lower_case_role_word(doc, k: int) -> bool:
    """Whether token ``k`` is a lower-case word of a role before a name ("off-duty firefighter")."""
    token = doc[k]
    if token.tag_ == "HYPH":
        return True
    if token.tag_ == "IN":
        return doc[k + 1].tag_ == "HYPH"  # "off-duty"
    return token.is_lower and token.tag_ in ("JJ", "NN", "VBN")
