"""Whom a "he", "she" or "it" means: the part of the discourse focus (``focus.py``) that resolves
pronouns, with what the pass knows beside salience (who reported last, in ``focus_reporters.py``).

``PronounRules`` picks the likeliest referent in focus that agrees with the pronoun, and knows a
few things about reported speech that salience does not: a "she said" right after a sentence
that closed with who reported it goes on with that reporter; a quotation's "he" is no one the
quotation names in the third person; a reporting clause set after the subject ("Pratt, he said,
had been …") reports about that subject, so is someone else's; with no one left in focus, the
one person the story had speak may still be meant. It reads the pass's state (salience, the
current subject, the last reporter), so it is a mixin of the pass.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.cues import is_cue
from pipeline.annotate.phrases import PERSON_PRONOUNS, SUBORDINATORS, past_titles
from pipeline.annotate.referents import CLEAR_LEAD, NP_TAGS, PERSON_LABELS, Referent
from pipeline.annotate.sentence_ends import ends_sentence


class PronounRules:
    """Whom a pronoun refers to; mixed into ``focus.DiscourseFocus``, whose state it reads."""

    def _named_after_participle(self, pronoun: str, i: int) -> Referent | None:
        """ "Asked whether he was surprised, Marco Feld said": a "he" or "she" inside a participle
        phrase that opens the sentence is the main clause's subject named right after its comma,
        the participle's own subject, if a person the pronoun fits; not after a subordinator
        ("When he finished, Feld spoke", where "he" is as likely someone before)."""
        doc, first = self.doc, self._first
        # (a past tense opening the sentence with no subject is a participle the tagger misread,
        # unless a name follows it: "Asked Roe: …" inverts a cue)
        if i <= first or doc[first].tag_ not in ("VBN", "VBG", "VBD") or not doc[first].is_title:
            return None
        if doc[first + 1].tag_ in ("NNP", "NNPS", ":"):
            return None
        if any(t.text in (",", ";") or t.i in self.index.entity_at for t in doc[first:i]):
            return None  # (the phrase's own person: "Asked about Roe, he said")
        comma = next((k for k in range(i + 1, min(len(doc), i + 25)) if doc[k].text == ","), None)
        if comma is None or any(ends_sentence(doc, k) for k in range(i + 1, comma)):
            return None
        k = past_titles(doc, comma + 1, self.index.entity_at)  # "…, Sen. Ann Roe said"
        hit = self.index.entity_at.get(k)
        if hit is None or hit[0].label not in PERSON_LABELS:
            return None
        end = self._mention_end(k, hit[1])
        if self._verb_after(end) is None and not (end < len(doc) and self._verb_read_as_noun(end)):
            return None  # (a verb, or one the tagger read as a noun: "…, Sheriff Ann Roe grins.")
        referent = self._referent_of(hit[0])
        return referent if referent.gender in (None, PERSON_PRONOUNS[pronoun]) else None

    def _sayer_before(self, pronoun: str, i: int) -> Referent | None:
        """ "A friend of Roe said she had warned him": a "he" or "she" right after the reporting
        verb (and "that") of the sentence's subject, a person of that gender or of none known,
        opens what that person reports about themselves; however salient someone named before."""
        doc, subject = self.doc, self._subject
        if subject is None or subject.kind != "person" or subject.gender not in (None, PERSON_PRONOUNS[pronoun]):
            return None
        k = i - 1
        if k > 0 and doc[k].lower_ == "that":
            k -= 1
        if k < 1 or not (is_cue(doc[k]) and doc[k].tag_ in ("VBD", "VBZ")) or not 0 < k - subject.last <= 16:
            return None
        # The subject's phrase runs up to the verb ("of Roe" too), or an aside in commas stands
        # between ("A bystander, who gave only a first name, said he"); not "Roe told Hale he …",
        # where Hale is whom Roe told.
        between = doc[subject.last + 1 : k]
        if len(between) >= 3 and between[0].text == "," and between[-1].text == ",":
            return subject
        if len(between) <= 5 and all(t.tag_ in NP_TAGS or t.lower_ in ("of", "for") for t in between):
            return subject
        return None

    def _sole_person_of_sentence(self, pronoun: str, i: int) -> Referent | None:
        """ "A round shattered Dario Pell's wrist but he said little …": a "he" or "she"
        opening a clause after "but", "and" or a comma, in a sentence whose subject so far is no
        person, is the one person of that gender the sentence has named, however salient someone
        of earlier sentences."""
        doc = self.doc
        if self._subject is not None or self._clause_subject is not None or i < 1:
            return None
        if doc[i - 1].lower_ not in ("but", "and", "so", ","):
            return None
        gender = PERSON_PRONOUNS[pronoun]
        named = [
            r
            for r in self._active
            if r.kind == "person" and r.name is not None and self._first <= r.last < i and r.gender in (None, gender)
        ]
        return named[0] if len(named) == 1 else None

    def _style_of_address(self, i: int, end: int) -> None:
        """ "His Highness said", "said Her Excellency", "HRH praised …": a style of address standing
        for its holder (``person_titles.style_of_address_end``: no name after it) means the person in
        focus its possessive's gender allows, as "he" or "she" would, or with no possessive ("HRH")
        the one person in clear focus. The referent is kept at the style's last word, the head a
        subject phrase is read by."""
        low = self.doc[i].lower_
        if low in ("his", "her"):
            found = self._resolve_person("he" if low == "his" else "she", i)
        else:
            found = self._in_clear_focus(lambda r: r.kind == "person" and r.name is not None)
        self._at[end - 1] = found
        if found is not None:
            self._mention(found, self._role(i, end, named=False), end - 1)

    def _resolve_person(
        self,
        pronoun: str,
        i: int,
        *,
        other_than: Referent | None = None,
        named: frozenset[str] = frozenset(),
        possessive: bool = False,
    ) -> Referent | None:
        """The person a "he" or "she" at ``i`` means: the likeliest in focus of that gender (or of
        none known), not ``other_than`` (whom a reply answers) nor anyone in ``named`` (the names
        a quotation the pronoun reports speaks of). A ``possessive`` ("his speech") settles the open
        gender of a name only when the choice is clear, not for its being the sentence's subject:
        "Press secretary Dana Whitcombe declined to say whether the president had been briefed
        before his speech" ("One victim was identified by his aunt" still tells of the victim)."""
        gender = "m" if pronoun in ("he", "his", "him") else "f"
        found = self._candidates(
            lambda r: (
                r.kind == "person"
                and r.gender in (None, gender)
                and r is not other_than
                and (r.name is None or r.name not in named)
            ),
            gender=gender,
        )
        if not found:
            return self._speaker_far_back(gender, i, other_than, named)
        best = found[0][2]
        own = self._subject_before_subordinate(i)
        if own is not None and own is not best and any(r is own for _, _, r in found) and own.gender == gender:
            # "Lisa Roe had raised the alarm when she found her father": a "she" opening a clause
            # that hangs on her own clause is its subject, however salient someone before was
            best = own
        if best.gender is None:
            # "she" settles the gender of a name the census and the story left open, or of someone
            # unnamed ("One victim was identified by his aunt"), when the choice was clear and no
            # one else in the pronoun's sentence is known to be a "she" ("Pryce said one of the
            # waitresses … when she …"). A pronoun that goes to the subject of its own sentence
            # settles it too: "One victim was identified by his aunt" has a man in the car.
            clear = (
                len(found) == 1
                or found[0][0] >= CLEAR_LEAD * found[1][0]
                or (best is self._subject and not (possessive and best.name is not None))
            )
            if clear and not any(r.gender == gender and r.epoch == self._epoch for _, _, r in found[1:]):
                best.gender = gender
        return best

    def _subject_before_subordinate(self, i: int) -> Referent | None:
        """The named person whose clause the pronoun at ``i`` hangs on when it opens a subordinate
        clause right after a subordinator: "The inquest heard that Lisa Roe had raised the alarm
        when she found": the last name before it in its sentence with a finite verb right after
        (or after the comma closing an apposition: "his daughter, Lisa Roe, had"), at most 30
        tokens back; else None."""
        doc, index = self.doc, self.index
        if i < 2 or doc[i - 1].lower_ not in SUBORDINATORS:
            return None
        j = i - 2
        while j >= 0 and i - j <= 30 and not ends_sentence(doc, j):
            hit = index.entity_at.get(j)
            if hit is not None and index.entity_at.get(j + 1, (None,))[0] is not hit[0]:
                verb = j + 2 if doc[j + 1].text == "," else j + 1  # (or after an apposition's comma)
                if (
                    hit[0].label == "PERSON"
                    and verb < i
                    and doc[verb].tag_ in ("VBD", "VBZ", "VBP", "MD")
                    and self._opens_a_clause(j, hit[0])
                ):
                    return self._referent_of(hit[0])
                return None  # (the last name before is someone's object or an organisation)
            j -= 1
        return None

    def _opens_a_clause(self, j: int, entity) -> bool:
        """Whether the name of ``entity`` ending at token ``j`` opens its clause: after the
        sentence's start, a comma, "that" or a conjunction, not a verb's or a preposition's object
        ("killing Moore was accidental")."""
        doc, index = self.doc, self.index
        k = j
        while k > 0 and index.entity_at.get(k - 1, (None,))[0] is entity:
            k -= 1
        if k == 0 or ends_sentence(doc, k - 1) or doc[k - 1].is_space:
            return True
        before = doc[k - 1]
        return before.text in (",", "“", '"') or before.lower_ == "that" or before.tag_ == "CC"

    def _reported_subject(self, i: int) -> Referent | None:
        """The subject of the sentence so far when the pronoun at ``i`` opens a reporting clause set
        in it between commas ("Pence, he said, had been “a great governor.”"): what is reported
        is about that subject, so the "he" who reports it is someone else."""
        doc = self.doc
        if self._subject is None or i < 2 or doc[i - 1].text != "," or self._subject.last != i - 2:
            # (right after the subject: in "Northway advises parents to lock guns away and, he
            # said, keep them unloaded" the subject goes on reporting)
            return None
        k = i + 1
        if k + 1 >= len(doc) or not is_cue(doc[k]) or doc[k + 1].text != ",":
            return None
        return self._subject

    def _speaker_far_back(
        self, gender: str, i: int, other_than: Referent | None, named: frozenset[str]
    ) -> Referent | None:
        """ "Sen. Roe spoke on Tuesday. [A paragraph of background naming no one.] “…,” he
        said.": with no one left in focus, the subject of a reporting verb at ``i`` is the last
        person mentioned who could be meant, when that is a named person known to be of the
        pronoun's gender (or of none known, when no one else could be meant) who has acted in the
        story or holds an elected office it named. Anyone mentioned since (a "he" named or not)
        makes it no one: the gap then holds a rival the focus has lost track of."""
        doc = self.doc
        if not (self._says_the_quotation_before(i, i + 1) or (i + 1 < len(doc) and is_cue(doc[i + 1]))):
            return None
        people = [r for r in self._active if r.kind == "person" and r.gender in (None, gender)]
        if not people:
            return None
        last = max(people, key=lambda r: r.last)
        if last.name is None or last is other_than or last.name in named:
            return None
        if last.gender != gender and (last.gender is not None or any(r is not last for r in people)):
            # (a name the census does not know, "Nguyen Thanh Long", only as the one person left)
            return None
        # (one who never acted may be a victim things were done to, unless the story gave them an
        # elected office: "Gov. Sue Aldana's budget cuts …  [background] “…,” she said")
        return last if last.agent or self.index.tied_keys(last.name, lexicons.public_office_of) else None

    def _named_in_quotation_before(self, start: int, end: int) -> frozenset[str]:
        """The people named inside a quotation that the subject at ``start:end`` says ("“Hillary
        has no plan,” she said", "…,” the nominee said"): someone rarely names themselves in the
        third person, so the "she" is not the Hillary in focus. Empty unless the phrase is such a
        subject."""
        if not self._says_the_quotation_before(start, end):
            return frozenset()
        doc, index = self.doc, self.index
        np_start = self._np_start(start)
        span = index.quotation_closed_at(doc[np_start - 1].idx)
        if span is None:
            return frozenset()
        names = set()
        j = np_start - 2
        while j >= 0 and doc[j].idx >= span.start:
            hit = index.entity_at.get(j)
            if hit is not None and hit[0].name in index.person_names:
                names.add(hit[0].name)
            j -= 1
        return frozenset(names)

    def _resolve_group(self, i: int) -> Referent | None:
        found = self._candidates(lambda r: r.kind in ("group", "thing"))
        return found[0][2] if found else None
