"""Whom the words after a reporting cue name: "said Sen. Ann Roe, R-Ohio", "said a spokesman for
Acme", "said Roe's stepdaughter, Nora Quill", "said the neurologist who treated her, Dr. Ibrahim
Haddad", an agent after "by" ("“…” was written by Penn"). ``CueSubjects`` (``cue_subjects.py``)
reads the subject before a cue and builds on this class.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_appositions import AppositionSubjects
from pipeline.annotate.descriptions import age_before
from pipeline.annotate.focus_documents import HANDLED_PARTICIPLES
from pipeline.annotate.naming import name_chosen_in
from pipeline.annotate.phrases import document_in_organisation, in_charge
from pipeline.annotate.sentence_ends import ends_sentence


class SubjectsAfterCue(AppositionSubjects):
    """The readers of a speaker named after the cue; mixed into ``CueSubjects``."""

    def subject_after(self, tokens: list[Token]) -> str | None:
        """The speaker named after a cue: 'said Sen. John McCain, R-Ariz.', 'said a spokesman for X'."""
        if tokens and tokens[0].lower_ in _INDEFINITE:
            named = self._apposed_person(tokens)  # "said a union electrician named Pete Sandoval"
            if named:
                return named
            # ("said a woman walking her dog near the park, who gave only her first name, Renate":
            # the name she chose, past the phrase that describes her)
            who = next(
                (m for m in range(1, len(tokens) - 1) if tokens[m].text == "," and tokens[m + 1].lower_ == "who"), None
            )
            named = self._named_in_clause(tokens[who + 2 :]) if who is not None else None
            if named:
                return named
        phrase: list[Token] = []
        bracket_end = -1
        for k, token in enumerate(tokens):
            if k <= bracket_end:
                continue
            if (
                token.text == "("
                and phrase
                and k + 3 < len(tokens)
                and tokens[k + 1].is_upper
                and tokens[k + 2].text == ")"
                and tokens[k + 3].is_lower
            ):
                # "said Thuringia State Criminal Police Office (LKA) spokesman Frank Heidersbach":
                # a body's acronym in brackets inside the role phrase
                bracket_end = k + 2
                continue
            if token.tag_ == "VBN" and phrase and phrase[-1].lower_ in lexicons.words("document_nouns"):
                if token.lower_ in HANDLED_PARTICIPLES:
                    break  # "a memo obtained by the Tribune": the paper only holds it; its author is unnamed
                # "a complaint filed by the regulator", "a report released by the auditor": the author speaks.
                rest = tokens[k + 1 :]
                if rest and rest[0].lower_ in ("by", "from"):
                    # The first author of "by the regulator and a complaint by the state".
                    stop = next((m for m, t in enumerate(rest) if t.tag_ == "CC" and t.i not in self.entity_at), None)
                    author = self.subject_after(rest[1:stop])
                    if author:
                        return author
            if token.text == "." and not ends_sentence(self.doc, token.i):
                continue  # "said Lt. Ann Roe": the full stop of an abbreviated rank
            if phrase and (
                token.lower_ == "who" or (token.text == "," and tokens[k + 1 : k + 2] and tokens[k + 1].lower_ == "who")
            ):
                named = self._named_in_clause(tokens[k + (1 if token.lower_ == "who" else 2) :])
                if named:
                    return named  # the name a described speaker chose to give (below)
                if token.lower_ == "who":
                    named = self._named_after_clause(tokens[k + 1 :])
                    if named:
                        return named  # "said the neurologist who treated her, Dr. Ibrahim Haddad"
                    break  # "said a Harbor Medical nurse who called 911": the clause is no part of the name
            last = self.entity_at.get(phrase[-1].i) if phrase else None
            if token.text == "," and phrase and (last is None or last[0].label != "PERSON"):
                # "said Roe's stepdaughter, Nora Quill": the description's apposition names her; so
                # does a title the model read as an organisation ("said Polk County Sheriff, Ann Roe").
                named = self._apposed_person(tokens[k + 1 :])
                if named:
                    return named
            if token.text in (",", ".", ";", "—", "–", "―", ":", "(") or (
                token.tag_.startswith("VB")
                and phrase
                and token.lower_ not in lexicons.role_nouns()
                and not self._titled_person_next(tokens[k + 1 :])
                and phrase[-1].text not in ("-", "‑")  # "the Antwerp-based designer": a hyphened adjective
                # "Corran's fostering manager", "Talsor's ousted prime minister", "the judging panel"
                and not (token.tag_ in ("VBG", "VBN") and phrase[-1].tag_ == "POS")
                and not (
                    token.tag_ in ("VBG", "VBN")
                    and phrase[-1].tag_ in ("DT", "PRP$")
                    and k + 1 < len(tokens)
                    and tokens[k + 1].tag_ in ("NN", "NNS")
                )
            ):
                # (the tagger reads some role nouns as verbs: "police detective Kenny Hale"; and a
                # party's name in French before a title: "asked Québec solidaire MNA Lucien Poitras")
                break
            if in_charge(tokens, k):
                phrase.append(token)  # "said FBI Assistant Director in Charge Ronald Keane": the title's
                continue
            if token.lower_ in ("in", "on", "at", "during", "after", "before", "to", "when", "while") and not phrase:
                break  # "said in a statement" names nobody here
            if phrase and document_in_organisation(tokens, k, self._is_organisation):
                phrase.append(token)  # "said an editorial in the Morning Courier": the paper speaks
                continue
            if token.lower_ in ("in", "on", "at", "during", "when", "while", "after", "before", "since") and phrase:
                if not _in_law(tokens, k):
                    named = self._named_past_place(phrase, tokens[k + 1 :])
                    if named:
                        return named  # "said UNICEF's education specialist in the region, Hannah Idowu"
                    break
            if token.lower_ == "to" and any(t.lower_ == "from" for t in phrase):
                break  # "said a letter from Nancy Pell to Paul Ryan": from whom, not to whom
            if token.lower_ == "by" and not phrase:
                continue  # “…” was written by Penn: the agent of a passive cue
            phrase.append(token)
        return self.resolve_phrase(phrase) if phrase else None

    def _titled_person_next(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` open with a capitalised personal title and a person's name."""
        return (
            len(tokens) > 1
            and tokens[0].text[:1].isupper()
            and lexicons.is_title_word(tokens[0].text)
            and tokens[1].i in self.entity_at
            and self.entity_at[tokens[1].i][0].label == "PERSON"
        )

    def _named_past_place(self, phrase: list[Token], rest: list[Token]) -> str | None:
        """The person named after the comma that closes the place or body a described speaker
        is placed in ("said the head of research at the shipbroking firm Marlow & Finch, Catherine
        Oduya", "said the MEC for Health in the Eastern Cape, Dr Nomvula Dyantyi"): only after a
        description naming no one yet, and a phrase of nouns and names up to the comma."""
        if any(t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON" for t in phrase) or not any(
            (t.tag_ == "NN" and t.is_lower) or t.lower_ in lexicons.role_nouns() or lexicons.is_title_word(t.text)
            for t in phrase
        ):
            return None  # (a description: a noun in lower case, a role or a title; no name yet)
        comma = next((m for m, t in enumerate(rest[:10]) if t.text == ","), None)
        if not comma or not all(t.tag_ in _PLACE_PHRASE_TAGS for t in rest[:comma]):
            return None
        return self._apposed_person(rest[comma + 1 :])

    def _named_after_clause(self, clause: list[Token]) -> str | None:
        """The person named after the comma that closes a relative clause set after a described
        speaker ("who treated her, Dr. Ibrahim Haddad"): not when a noun ends the clause, which
        the name may be set beside ("who treated the boy, Ian Roe," names the boy)."""
        comma = next((m for m, t in enumerate(clause[:12]) if t.text == ","), None)
        if not comma or clause[comma - 1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
            return None
        return self._apposed_person(clause[comma + 1 :])

    def _is_organisation(self, token: Token) -> bool:
        """Whether ``token`` is in a mention of one of the story's organisations (the entity
        layer's type, which may differ from the model's tag)."""
        hit = self.entity_at.get(token.i)
        return hit is not None and hit[0].label == "ORG"

    def agent(self, tokens: list[Token]) -> str | None:
        """The agent of a passive cue: who the "by" phrase names ("by a neighbor as" names no one)."""
        for j, token in enumerate(tokens):
            if token.lower_ == "by":
                phrase = tokens[j + 1 :]
                # up to "as", "that" or a verb: "warned by the police that Roe had …" names the police
                cut = next(
                    (m for m, t in enumerate(phrase) if t.tag_ in ("IN", "WDT") or t.tag_.startswith("VB")), len(phrase)
                )
                return self.subject_after(phrase[:cut])
        return None

    def _named_in_clause(self, tokens: list[Token]) -> str | None:
        """The name a relative clause gives the person it describes ("who wished to be called X",
        "who gave her name only as X", "who said her first name is X"): a name the person chose
        to give, so the speaker, though the story does not otherwise name them."""
        chosen = name_chosen_in(tokens, self.entity_at)
        return chosen.name if chosen is not None else None

    def _apposed_person(self, tokens: list[Token]) -> str | None:
        """The person a comma's apposition names: the tokens open on a person's name, which the
        name ends ("Nora Quill." / "Nora Quill, 34,"), not a clause ("Nora Quill said")."""
        if not tokens:
            return None
        tokens = _past_age(tokens)  # "Michael's grandmother, 43-year-old Renee Dawson"
        tokens = _past_named(tokens)  # "the voter, a union electrician named Pete Sandoval"
        if not tokens:
            return None
        tokens = self._from_the_name(tokens)
        hit = self.entity_at.get(tokens[0].i)
        if not hit or hit[0].label != "PERSON":
            return None
        k = 0
        while k < len(tokens) and self.entity_at.get(tokens[k].i, (None,))[0] is hit[0]:
            k += 1
        if k < len(tokens) and tokens[k].text not in (",", ".", ";", "—", "–", "(", ")"):
            return None
        return hit[0].name

    def _from_the_name(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` from where an apposition's name starts: past a role in lower case ("wrote
        the aide, deputy chief of staff Curtis Vandermeer"), then past a force or a body and a
        rank written as a title ("retired Army Major Lena Ortiz", "DREAMS, Inc. Founder Royce
        Stephens"); ``tokens`` unchanged when no person's name follows them."""
        k = 0
        while (
            k < min(len(tokens), 7)
            and tokens[k].is_lower
            and (tokens[k].tag_ in ("NN", "JJ", "VBN") or tokens[k].lower_ == "of")
        ):
            k += 1
        j = k
        while j < min(len(tokens) - 1, k + 5):
            hit = self.entity_at.get(tokens[j].i)
            if hit is not None and hit[0].label == "PERSON":
                break
            if hit is None and tokens[j].tag_ != "NNP" and not lexicons.is_title_before_name(tokens[j].text):
                break
            j += 1
        hit = self.entity_at.get(tokens[j].i) if j < len(tokens) else None
        if j > k and hit is not None and hit[0].label == "PERSON":
            return tokens[j:]
        if 0 < k < len(tokens) and tokens[k - 1].lower_ != "of" and tokens[k].i in self.entity_at:
            return tokens[k:]
        return tokens


# The determiners of a description that introduces someone new ("a woman named Kelly").


_INDEFINITE = frozenset({"a", "an", "one"})
# The tags of a phrase placing a role in a place or body ("the region", "the shipbroking firm
# Marlow & Finch", "the Eastern Cape").
_PLACE_PHRASE_TAGS = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "CC", "POS", "HYPH"})


def _past_named(tokens: list[Token]) -> list[Token]:
    """``tokens`` after an indefinite description and its "named" ("a union electrician named",
    "one voter named"), which introduce the name after them, else as they are."""
    if not tokens or tokens[0].lower_ not in _INDEFINITE:
        return tokens
    k = next((m for m in range(1, min(len(tokens), 6)) if tokens[m].lower_ == "named"), None)
    if k is None or not all(t.tag_ in ("JJ", "NN", "NNS", "HYPH", "VBN") for t in tokens[1:k]):
        return tokens
    return tokens[k + 1 :]


def _past_age(tokens: list[Token]) -> list[Token]:
    """``tokens`` after an age that opens them ("43-year-old", "the 43-year-old"), else as they are."""
    k = 1 if tokens and tokens[0].lower_ in ("a", "the") else 0
    old = k + 4  # "43", "-", "year", "-", "old"
    if old < len(tokens) and tokens[old].i - tokens[k].i == 4 and age_before(tokens[old].doc, tokens[old].i):
        return tokens[old + 1 :]
    return tokens


def _in_law(tokens: list[Token], k: int) -> bool:
    """Whether the "in" at ``k`` is inside a kin noun such as "sister-in-law", which the tokenizer
    splits into five tokens: not a preposition ending the noun phrase."""
    return (
        0 < k < len(tokens) - 2
        and tokens[k - 1].text == "-"
        and tokens[k + 1].text == "-"
        and tokens[k + 2].lower_ == "law"
    )
