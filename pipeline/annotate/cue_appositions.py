"""Subjects set beside asides: a clause that opens with a name and then only phrases set beside it
("Martin Osterholt, Vice President for Advocacy at the group, Coastal Bird Alliance, agreed"), a
body's name before its apposition ("The X Caucus, a group of conservative senators, issued a
statement calling"), and the one member an aside names ("Critics, including Sen. Joan Whitby,";
"“…,” one of them, Sgt. Luis Herrera, told reporters"). ``CueSubjects`` (``cue_subjects.py``)
builds on this class.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_antecedents import AntecedentSubjects
from pipeline.annotate.person_titles import BEFORE_NAMES_ONLY, personal_title
from pipeline.annotate.phrases import clause_subject, speaking_noun


class AppositionSubjects(AntecedentSubjects):
    """The subject readers for names set beside asides; mixed into ``CueSubjects``."""

    def _opening_name_with_appositions(self, pieces: list[list[Token]]) -> str | None:
        """ "Martin Osterholt, Vice President for Advocacy at the group, Coastal Bird Alliance,
        agreed": a clause that opens with a person's name and then only sets phrases beside it
        (no verb, no conjunction, no other person) has that person as its subject, however the
        phrases are capitalised."""
        if len(pieces) < 2:
            return None
        if (
            len(pieces) >= 3
            and pieces[0][0].tag_ in ("VBG", "IN")
            and not any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in pieces[0])
        ):
            # "Speaking at the ceremony, Jane Roe, Chairman of the company's Board, said": past a
            # phrase opening the sentence that names no one
            pieces = pieces[1:]
        # (a title before the name is none of it: "Dr", "HE" for His Excellency and "Eng." in
        # Gulf copy)
        first = [
            t
            for t in pieces[0]
            if t.lower_.strip(".") not in lexicons.titles()
            and t.text != "."
            and t.text not in BEFORE_NAMES_ONLY
            and not personal_title(t, dotted=t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == ".")
        ]
        hit = self.entity_at.get(first[-1].i) if first else None
        if (
            hit is None
            or hit[0].label != "PERSON"
            or any(self.entity_at.get(t.i, (None,))[0] is not hit[0] for t in first)
        ):
            return None
        for piece in pieces[1:]:
            for token in piece:
                other = self.entity_at.get(token.i)
                if other is not None and other[0].label != "PERSON" and token.tag_ == "CC":
                    continue  # "chairman of the House Ways and Means Committee": a name's "and"
                if token.tag_.startswith("VB") or token.tag_ in ("CC", "MD", "WP", "WDT", "PRP"):
                    return None
                if (
                    other is not None
                    and other[0].label == "PERSON"
                    and self.doc[self._token_at(other[1]) - 1].tag_ != "IN"
                ):
                    return None  # (a person after a preposition is no subject: "the wife of Bo Roe")
        return hit[0].name

    def _one_of_them_named(self, pieces: list[list[Token]]) -> str | None:
        """ "“…,” one of them, retired Army Sgt. Luis Herrera, told reporters": one member of a
        group, named in the apposition after it."""
        if len(pieces) < 2 or [t.lower_ for t in pieces[0][:2]] != ["one", "of"] or len(pieces[0]) > 4:
            return None
        hits = [
            self.entity_at[t.i][0]
            for t in [*pieces[1], *(pieces[2] if len(pieces) > 2 else [])]
            if t.i in self.entity_at
        ]
        people = {e.name for e in hits if e.label == "PERSON"}
        return people.pop() if len(people) == 1 else None

    def _named_member(self, pieces: list[list[Token]]) -> str | None:
        """ "Critics, including Sen. Joan Whitby, called the plan “…”": a plural subject of people
        and the one member an aside names with "including" (or "like", "such as", "among them"):
        that member."""
        pieces = [p for p in pieces if p]
        if len(pieces) == 3 and (pieces[2][0].tag_.startswith("VB") or pieces[2][0].tag_ == "MD"):
            pieces = pieces[:2]  # "Others, like farmer Paul Reinholt, were undecided: “…”"
        if len(pieces) != 2 or pieces[0][-1].tag_ not in ("NNS", "NNPS"):
            return None
        aside, words = pieces[1], [t.lower_ for t in pieces[1][:2]]
        if words[:1] not in (["including"], ["like"]) and words not in (["among", "them"], ["such", "as"]):
            return None
        head = pieces[0][-1]
        party = lexicons.party_of(head.text) is not None  # "Republicans, including Sen. Ron Jansen,"
        others = head.lower_ in ("others", "some", "many", "several")
        if not (speaking_noun(head.lower_) or head.lower_ in lexicons.words("side_nouns") or party or others):
            return None
        people = {self.entity_at[t.i][0].name for t in aside if t.i in self.entity_at}
        named = [self.entity_at[t.i][0] for t in aside if t.i in self.entity_at]
        if len(people) != 1 or named[0].label != "PERSON":
            return None  # (two named, or an organisation: the group's words, not one member's)
        return named[0].name

    def _named_body_before_apposition(self, pieces: list[list[Token]], participle: bool) -> str | None:
        """ "The Free Market Caucus, a group of conservative senators, issued a statement calling
        …": a body's name opening the clause, then an apposition ("a group of …"), is the
        subject, though "The" made it read as an aside too."""
        if len(pieces) < 2 or not pieces[1] or pieces[1][0].lower_ not in ("a", "an"):
            return None
        first = clause_subject(pieces[0], nearest=participle)
        hit = self.entity_at.get(first[-1].i) if first else None
        if (
            hit is None
            or hit[0].label != "ORG"
            or any(self.entity_at.get(t.i, (None,))[0] is not hit[0] for t in first[1:])
        ):
            return None
        return hit[0].name

    def _apposed_in_relative_clause(self, segment: list[Token], before: list[Token]) -> bool:
        """Whether ``segment`` is a name set beside the last noun of a relative clause ``before``
        ("Kieran Doyle, who trains the horse for his father-in-law, Seamus Garrity, said"): it
        belongs to the clause, which is an aside, not the subject of the cue."""
        if len(before) < 3 or before[0].lower_ not in ("who", "which", "whose") or before[-1].tag_ not in ("NN", "NNS"):
            return False
        hits = {self.entity_at[t.i][0].name for t in segment if t.i in self.entity_at}
        return len(hits) == 1 and all(t.i in self.entity_at for t in segment)

    def _bare_role_after_person(self, segment: list[Token], before: list[Token]) -> bool:
        """Whether ``segment`` is a role set beside the person named by the piece ``before``
        without an article ("Speaking at a rally, Mick Calloway, general secretary of the Rail
        Federation, told"): lower-case words up to a role noun, then at most a preposition's
        phrase. Its organisation is whom the person works for, not the subject."""
        hit = self.entity_at.get(before[-1].i) if before else None
        if hit is None or hit[0].label != "PERSON" or not segment[0].text[:1].islower():
            return False
        for token in segment:
            if token.tag_ in ("IN", "TO"):
                return False
            if token.tag_ in ("NN", "NNS") and speaking_noun(token.lower_):
                return True
            if not token.text[:1].islower():
                return False
        return False
