"""Whose a document is, as the discourse focus reads it: "the report, released Tuesday by the
GAO," (the author a participle names), "Roe issued a statement" and "Roe said in a statement" (the
subject of an authoring or reporting verb), "In a statement, her office said" (the subject after a
fronted phrase). A document speaks for its author: "the statement said" is the author's words.
So does a spokesperson for a principal ("a spokesman for Acme said"), unless the story named the
spokesperson ("Mallory's spokeswoman, Karen Ward,"): ``_voice_or_document`` decides both.

``DocumentRules`` is a mixin of ``focus.DiscourseFocus`` (through ``DescriptionRules``, which asks
it when a description is headed by a document or spokesperson noun); it reads the pass's state.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cues import cue_lemma, is_cue
from pipeline.annotate.referents import (
    GROUP_LABELS,
    NP_TAGS,
    OWNER_PREPOSITIONS,
    PERSON_LABELS,
    QUOTE_CHARS,
    Kind,
    Referent,
)
from pipeline.annotate.sentence_ends import ends_sentence
from pipeline.annotate.ties import rank_of

# Nouns for anyone on a principal's staff, whatever the story titled them ("the aide" after "her
# chief of staff, Ari Penn,"; "the adviser" after "Mallory spokesman Ari Penn").
_STAFF_WORDS = frozenset({"aide", "adviser", "advisor", "staffer"})
# Prepositions of a phrase after a person's noun: "a co-owner of the shop", "a nurse at the clinic".
POST_PREPOSITIONS = OWNER_PREPOSITIONS | {"in"}

_DOCUMENT_NOUNS = lexicons.words("document_nouns")
# Roles court copy writes with no article, meaning the one named in them ("counsel said").
_ROLES_WITHOUT_ARTICLE = lexicons.words("roles_without_article.txt")
# Participles for whoever handles a document, delivering, receiving or seeing it, not its author
# ("a statement read by her lawyer", "a letter seen by the Crude Courier").
HANDLED_PARTICIPLES = frozenset(
    {"read", "delivered", "presented", "handed", "relayed", "seen", "obtained", "reviewed", "viewed", "received"}
)


class DocumentRules:
    """Whose a document is; mixed into ``focus.DiscourseFocus`` (through ``DescriptionRules``),
    whose state it reads."""

    def _authored_after(self, i: int) -> bool:
        """Whether the document noun at ``i`` names its author after a participle, be the author
        an entity or not: "a statement released by the university" is not the subject's."""
        doc = self.doc
        return (
            i + 2 < len(doc)
            and doc[i + 1].tag_ == "VBN"
            and doc[i + 1].lower_ not in HANDLED_PARTICIPLES
            and doc[i + 2].lower_ in ("by", "from")
        )

    def _author_after(self, i: int) -> Referent | None:
        """The author a participle names after the document noun at ``i``: "the report, released
        Tuesday by the Government Accountability Office," / "a letter signed by Ann Roe"; a short
        time phrase may stand between the participle and "by". Or "by" alone set off after it:
        "The report, by the Warehouse Workers Project, said"."""
        doc = self.doc
        k = i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "by" and doc[k - 1].text == ",":
            pass  # "The report, by the Warehouse Workers Project, said": the author set off
        elif k >= len(doc) or doc[k].tag_ != "VBN" or doc[k].lower_ in HANDLED_PARTICIPLES:
            return None  # (not "a statement read by the family's solicitor": who read it out wrote nothing)
        else:
            k += 1
            stop = min(len(doc), k + 4)
            while k < stop and doc[k].lower_ != "by" and (doc[k].tag_ in ("NNP", "NN", "IN", "CD", "DT")):
                k += 1  # "released Tuesday by", "released on Monday by", "published last week by"
            if k >= stop or doc[k].lower_ != "by":
                return None
        return self._author_by(k)

    def _author_in_next_sentence(self, i: int) -> Referent | None:
        """ "“…,” the memo reads. The memo was written by Curtis Ambrose.": the author the next
        sentence gives the document noun at ``i``, as its first words ("The memo was written by",
        "The letter, which was signed by", "It was sent by")."""
        doc = self.doc
        k = i + 1
        while k < len(doc) and k < i + 25 and not ends_sentence(doc, k):
            k += 1
        k += 1
        while k < len(doc) and doc[k].text in QUOTE_CHARS:
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in ("the", "this", "that") and doc[k + 1].lower_ == doc[i].lower_:
            k += 2
        elif k < len(doc) and doc[k].lower_ == "it":
            k += 1
        else:
            return None
        if k + 2 < len(doc) and doc[k].lower_ in ("was", "had", "has") and doc[k + 1].lower_ == "been":
            k += 1
        if k + 2 >= len(doc) or doc[k].lower_ not in ("was", "is", "been") or doc[k + 1].tag_ != "VBN":
            return None
        if doc[k + 1].lower_ not in lexicons.verb_forms("authoring_verbs"):
            return None
        return self._author_by(k + 2) if doc[k + 2].lower_ == "by" else None

    def _reader_before(self, i: int) -> Referent | None:
        """ "In a statement read by prosecutor Natalie Dean, she said: “…”", "a statement read on
        her behalf by her solicitor, Tom Vale,": the person who read a statement out for its
        author, named before the pronoun at ``i`` in its sentence, is not the "she" who speaks in
        it (``focus`` passes them as the one the pronoun is not)."""
        doc = self.doc
        for k in range(max(self._first, i - 25), i):
            if doc[k].lower_ != "read" or k == 0 or doc[k - 1].lower_ not in _DOCUMENT_NOUNS:
                continue
            by = next((m for m in range(k + 1, min(i, k + 8)) if doc[m].lower_ == "by"), None)
            reader = self._author_by(by) if by is not None else None
            if reader is not None and reader.kind == "person":
                return reader
        return None

    def _author_by(self, k: int) -> Referent | None:
        """The person (else the organisation) named after the "by" at ``k``."""
        doc = self.doc
        # (the author's role may come first: "by deputy chief of staff Ana Cruz", "by former CIA
        # deputy director Frances Lowe", where the agency is the role's, the person the author)
        group = None
        for m in range(k + 1, min(len(doc), k + 10)):
            hit = self.index.entity_at.get(m)
            if hit is not None and hit[0].label in PERSON_LABELS:
                return self._referent_of(hit[0])
            if hit is not None and hit[0].label in GROUP_LABELS and group is None:
                group = hit[0]
            if (
                hit is None
                and group is None
                and m == k + 2
                and doc[k + 1].lower_ == "the"
                and doc[m].tag_ == "NN"
                and not (m + 1 < len(doc) and doc[m + 1].tag_ in ("NNP", "NNPS"))  # ("by the charity Girls First")
            ):
                # "a statement released by the club": the body of that kind the story named
                if doc[m].lower_ in lexicons.words("institution_nouns"):
                    return self._institution_named(doc[m].lower_)
                if doc[m].lower_ in lexicons.words("organisation_nouns"):
                    return self._group_in_focus(doc[m].lower_)
            # (and past the comma of a role set before the name: "signed by its coordinator, Mr Ann Roe,")
            apposed = doc[m].text == "," and doc[m - 1].tag_ == "NN" and doc[m - 1].lower_ in lexicons.role_nouns()
            if doc[m].tag_ not in NP_TAGS and not (doc[m].lower_ == "of" and m > k + 1) and not apposed:
                break
        return self._referent_of(group) if group is not None else None

    def _authored_object(self, start: int, end: int) -> bool:
        """Whether the noun phrase starting at ``start`` is the object of a verb whose subject
        authors it ("Roe issued a statement", "put out a report"), not of "read" or "obtained"."""
        k = self._np_start(start) - 1
        modified = k > 0 and self.doc[k].tag_ == "RB"
        while k > 0 and self.doc[k].tag_ in ("RB", "JJ", "DT"):
            k -= 1  # "published a highly critical report": an adverb the tags leave out of the phrase
        particle = k > 0 and self.doc[k].tag_ == "RP"  # "put out", "sent out", "drew up"
        if not modified and not particle and self._role(start, end, named=False) != "object":
            return False
        if particle:
            k -= 1
        return k >= 0 and self.doc[k].lower_ in lexicons.verb_forms("authoring_verbs")

    def _reported_through(self, start: int) -> bool:
        """Whether the noun phrase starting at ``start`` follows "in", "through" or "via" after a
        reporting verb of its clause: "Roe announced the cuts in a memo", "said in a statement"
        (the subject's document), also past the quotation the verb reports ("called it “…” in a
        statement"), not "Roe read about it in a memo"; or "with" right after a verb of replying
        ("Roe responded with a statement")."""
        doc = self.doc
        if start == 0 or doc[start - 1].lower_ not in ("in", "through", "via", "with"):
            return False
        replied = doc[start - 1].lower_ == "with"
        top, floor = start - 2, max(self._first, start - 10)
        closed = self.index.quotation_closed_at(doc[top].idx) if top >= 0 else None
        if closed is not None and not replied:
            # "called his indictment “a witch hunt” in a statement": past the quoted words, the
            # object of the verb that reports them
            top = bisect.bisect_left(self.index.token_starts, closed.open_mark) - 1
            floor = max(self._first, top - 8)
        for k in range(top, floor - 1, -1):
            token = doc[k]
            if replied:
                # "Roe's campaign responded with a statement calling …": an answer made in it
                return token.tag_.startswith("VB") and token.lower_ in lexicons.verb_forms("reply_verbs")
            if token.tag_.startswith("VB"):
                # "read" reports what a text says ("the sign read"), its subject is no author;
                # "apologized in a statement" is an act in words, not a reporting verb
                if token.lower_ in lexicons.verb_forms("speech_act_verbs"):
                    return True
                return is_cue(token) and cue_lemma(token) != "read"
            if token.text in (",", ";", ":") or token.text in QUOTE_CHARS:
                return False
        return False

    def _organisation_reported_on(self, i: int) -> str | None:
        """The noun an unattached spokesperson at ``i`` reports on an organisation by, right after
        the cue ("company" in "A spokeswoman said the company “values its partnerships”"): the
        spokesperson speaks for that organisation, not for whoever else is in focus."""
        doc = self.doc
        if i + 3 >= len(doc) or not is_cue(doc[i + 1]) or doc[i + 2].lower_ != "the":
            return None
        word = doc[i + 3].lower_
        if word not in lexicons.words("organisation_nouns"):
            return None
        if i + 4 < len(doc) and doc[i + 4].tag_ in ("NN", "NNS", "POS"):
            return None  # ("said the company's lawyers", "said the company board")
        return word

    def _subject_before_aside(self, start: int) -> Referent | None:
        """The person or organisation named right before an aside that "in a statement" at
        ``start`` opens, when a reporting verb follows the aside ("Harrowgate, in a statement posted
        on social media, called the charges “…”"), else None."""
        doc, n = self.doc, len(self.doc)
        if start < 3 or doc[start - 1].lower_ not in ("in", "through", "via") or doc[start - 2].text != ",":
            return None
        hit = self.index.entity_at.get(start - 3)
        if hit is None or hit[0].label not in GROUP_LABELS | PERSON_LABELS:
            return None
        close = next((k for k in range(start + 1, min(n - 1, start + 16)) if doc[k].text == ","), None)
        if close is None or any(t.text in QUOTE_CHARS for t in doc[start:close]):
            return None
        verb = doc[close + 1]
        if not verb.tag_.startswith("VB") or not (
            is_cue(verb) or verb.lower_ in lexicons.verb_forms("speech_act_verbs")
        ):
            return None
        return self._referent_of(hit[0])

    def _named_before_verb(self, start: int) -> Referent | None:
        """The person or organisation named right before the verb that "in a statement" at
        ``start`` follows ("…, Castlebury Regional Hospital said in a statement"), else None."""
        doc = self.doc
        verb = start - 2
        if verb < 1 or doc[start - 1].lower_ not in ("in", "through", "via") or not doc[verb].tag_.startswith("VB"):
            return None
        hit = self.index.entity_at.get(verb - 1)
        if hit is None or hit[0].label not in GROUP_LABELS | PERSON_LABELS:
            return None
        return self._referent_of(hit[0])

    def _titled_name_ending(self, phrase: list) -> Referent | None:
        """The person whose name ends ``phrase`` when all before the name is a title ("Mayor",
        "Sen.") or the place or body the title is of ("New Orleans Mayor", "Acme CEO"), else None."""
        entity_at = self.index.entity_at
        last = entity_at.get(phrase[-1].i) if phrase else None
        if last is None or last[0].label not in PERSON_LABELS:
            return None
        k = len(phrase) - 1
        while k > 0 and entity_at.get(phrase[k - 1].i, (None,))[0] is last[0]:
            k -= 1
        if k == 0:
            return None  # the name alone: read as any other
        for token in phrase[:k]:
            hit = entity_at.get(token.i)
            if hit is not None and hit[0].label in PERSON_LABELS:
                return None
            if hit is None and not lexicons.is_title_before_name(token.text):
                return None
        return self._referent_of(last[0])

    def _name_set_beside(self, subject: list[Token]) -> Referent | None:
        """The person or organisation named between the two commas that close ``subject`` ("the
        mayor, Joanne Castellanos,"; "the consortium, Northbrook Sports Partners,"): a role or
        description, a comma, a name that runs to the last comma."""
        if len(subject) < 4 or subject[-1].text != ",":
            return None
        hit = self.index.entity_at.get(subject[-2].i)
        if hit is None or hit[0].label not in PERSON_LABELS | GROUP_LABELS:
            return None
        k = len(subject) - 2
        while k > 0 and self.index.entity_at.get(subject[k - 1].i, (None,))[0] is hit[0]:
            k -= 1
        if k < 2 or subject[k - 1].text != "," or any(t.text == "," for t in subject[: k - 1]):
            return None
        return self._referent_of(hit[0])

    def _fronted_reporter(self, start: int, i: int) -> Referent | None:
        """Whose the document is in a phrase opening the sentence before a reporting verb's
        subject: "In a statement, her office said …" (the owner of "her office"), "In a letter
        to members, Acme said …" (the name), "In a statement, he said" (whom the pronoun means). Only a
        subject that is a name, a pronoun, a possessive before a body that speaks for someone
        (``spokes_bodies``: "office", "campaign") or a place's body ("the Kirinyaga County
        government", ``_body_of_place``), right before a cue verb."""
        doc, n = self.doc, len(self.doc)
        opener = start - 1
        while opener > self._first and doc[opener].tag_ in ("DT", "RB", "JJ", "VBN", "HYPH"):
            opener -= 1  # "In a sharply worded letter": the phrase's words the noun phrase left out
        if start == 0 or opener != self._first or doc[opener].lower_ not in ("in", "through", "via"):
            return None
        comma = next((k for k in range(i + 1, min(n, i + 8)) if doc[k].text == ","), None)
        if comma is None or any(t.text in QUOTE_CHARS for t in doc[i + 1 : comma]):
            return None
        # (not a participle hyphened into an adjective: "the Geneva-based advocacy group")
        verb = next(
            (
                k
                for k in range(comma + 1, min(n, comma + 12))
                if doc[k].tag_.startswith("VB") and doc[k - 1].text != "-"
            ),
            None,
        )
        subject_end = verb
        if verb is not None and not is_cue(doc[verb]):
            # past a relative clause set off after the subject: "In a statement, the Democratic
            # Party, which had nominated Roe, said …"
            which = next(
                (k for k in range(comma + 2, verb) if doc[k - 1].text == "," and doc[k].lower_ in ("which", "who")),
                None,
            )
            close = next((k for k in range(verb, min(n, verb + 15)) if doc[k].text == ","), None) if which else None
            if close is not None and close + 1 < n and is_cue(doc[close + 1]):
                subject_end, verb = which - 1, close + 1
        if verb is None or verb == comma + 1 or not is_cue(doc[verb]):
            return None
        subject = list(doc[comma + 1 : subject_end])
        if len(subject) > 1 and subject[0].lower_ == "the":
            subject = subject[1:]  # "the Indiana Farm Bureau", whose mention may start after "the"
        titled = self._titled_name_ending(subject)
        if titled is not None:
            return titled  # "Mayor Tom Ransome", "New Orleans Mayor Tom Ransome"
        apposed = self._name_set_beside(subject)
        if apposed is not None:
            return apposed  # "In a statement, the mayor, Joanne Castellanos, praised …", "the consortium, Acme,"
        hit = self.index.entity_at.get(subject[0].i)
        if hit is not None and all(self.index.entity_at.get(t.i, (None,))[0] is hit[0] for t in subject):
            return self._referent_of(hit[0]) if hit[0].label in GROUP_LABELS | PERSON_LABELS else None
        last = self.index.entity_at.get(subject[-1].i)
        named_at = len(subject)  # (where the name the phrase ends with starts)
        while (
            last is not None
            and named_at > 0
            and self.index.entity_at.get(subject[named_at - 1].i, (None,))[0] is last[0]
        ):
            named_at -= 1
        if (
            last is not None
            and last[0].label in GROUP_LABELS
            and 0 < named_at < len(subject)
            and subject[named_at - 1].lower_ in lexicons.words("organisation_nouns")
        ):
            # "In a statement, the union Unison said", "In a report, the Geneva-based advocacy
            # group Water Justice Watch said": the name
            return self._referent_of(last[0])
        if len(subject) >= 2 and subject[-1].lower_ in lexicons.words("spokes_bodies"):
            return self._owner(subject[:-1], modifier=False)  # "her office", "Pratt's campaign"
        if len(subject) >= 2 and subject[-1].is_lower:
            body = self._body_of_place(comma + 1, subject[-1].i)
            if body is not None:
                return body  # "In a statement, the Kirinyaga County government said"
        if len(subject) == 1 and subject[0].lower_ in ("he", "she"):
            return self._resolve_person(subject[0].lower_, subject[0].i)  # "In a statement, he said"
        if len(subject) == 1 and doc[comma + 1].lower_ == "the":
            word = subject[0].lower_
            if word in lexicons.words("institution_nouns"):
                return self._institution_named(word)  # "In a letter to patients, the hospital said"
            if word in lexicons.words("organisation_nouns"):
                return self._group_in_focus(word)  # "In a letter to customers, the bank said"
        return None

    def _voice_or_document(
        self,
        i: int,
        start: int,
        tokens: list[Token],
        word: str,
        kind: Kind,
        owner: Referent | None,
        *,
        spokes: bool,
        document: bool,
    ) -> Referent | None:
        """What a spokesperson's or a document's noun phrase (``tokens``, its head at ``i``) refers
        to: the spokesperson the story named for that owner ("Mallory's spokeswoman, Karen Ward,"),
        else the principal who speaks through it ("a spokesman for Acme", "Acme's statement",
        "Roe said in a statement"), else, for "the spokesman" or "the memo", the one the story
        tied the noun to; None when it names no one."""
        doc, index = self.doc, self.index
        determiner = determiner_of(tokens, word)
        if spokes and determiner not in ("a", "an"):
            voice = self._named_voice_of(word, owner)
            if voice is not None:
                return voice  # "Mallory's spokeswoman, Karen Ward, … Mallory's spokeswoman said"
        # The principal speaks.
        principal = owner if owner is not None else self._principal_after(i, document=document)
        if principal is None and document:
            principal = self._author_after(i)  # "the report, released Tuesday by the GAO,"
        if principal is None and document and determiner in ("the", "this"):
            principal = self._author_in_next_sentence(i)  # "“…,” the memo reads. The memo was written by"
        if principal is None and document:
            principal = self._fronted_reporter(start, i)  # "In a statement, her office said"
        if principal is None and document:
            principal = self._subject_before_aside(start)  # "Roe, in a statement posted Thursday, called"
        if (
            principal is None
            and document
            and not self._authored_after(i)
            and (self._authored_object(start, i + 1) or self._reported_through(start))
        ):
            # "Roe issued a statement", "Roe said in a statement"; "The patient will recover,
            # Castlebury Hospital said in a statement": the name right before the verb, not the
            # subject the sentence opened with
            principal = self._named_before_verb(start) or self._subject
            if principal is not None and principal.label in ("FAC", "LOC"):
                principal = None  # a street or a building issues no affidavit
        if (
            principal is None
            and spokes
            and determiner in ("a", "an")
            and all(t.tag_ == "JJ" for t in tokens[1:-1])
            and not (i + 1 < len(doc) and doc[i + 1].lower_ in POST_PREPOSITIONS | {"to"})
        ):
            # "Gov. Ruth Mallory met the union. … according to a senior aide": a spokesperson
            # for no one the phrase names is the one in clear focus who can have one (an
            # organisation, or a person the story has acting), named or not ("A spokesperson,
            # who asked not to be named, said"); not "a hospital spokeswoman", nor "a spokesman
            # for Waitrose" with the model's name missed
            reported = self._organisation_reported_on(i)
            # ("A spokeswoman said the company …" with no company named: someone unnamed's)
            principal = self._group_in_focus(reported) if reported else self._principal_in_focus()
            if principal is None and not reported and self._quoted is not None:
                # "Coldwater Utilities said it would contact Mrs Cawley. “…,” a spokesperson said.":
                # the organisation that spoke in the sentence before, whoever else is in focus
                speaker, epoch = self._quoted
                if speaker.kind == "group" and speaker.name is not None and self._epoch - epoch == 1:
                    principal = speaker
        if principal is not None:
            return Referent(principal.name, kind, lexicons.noun_gender(word), principal.label, head=word)
        if document and determiner in ("one", "another") and len(tokens) == 2:
            # "Mackle sent 14 messages … one message read": one of the documents whoever the
            # story said made them made
            maker = self._issued.get(word)
            return Referent(maker.name, kind, None, maker.label, head=word) if maker and maker.name else None
        if determiner not in ("the", "this", "that"):
            return None
        # "Brian Falk, a spokesman for the campaign, … The spokesman added": the named
        # spokesperson the story tied the noun to, else "a memo … the memo".
        # (with its rank: "Ann Roe, a former aide, … the former aide said", tied as "former aide")
        ranked = [t.text for t in tokens[1:-1] if rank_of(t.lower_) is not None]
        named = index.resolve_description(word, ranked, doc[i].idx) if spokes else None
        referent = self._entity_named(named) if named else None
        if referent is None and spokes:
            referent = self._predicated.get(word)  # "Rachel Huang is a lawyer. … the lawyer said"
        if referent is None and word in _STAFF_WORDS:
            # "Mallory's chief of staff, Ari Penn, … the aide said": the one in clear
            # focus the story tied to a role held for someone else
            referent = self._staffer_in_focus()
        if referent is None:
            referent = self._same_head(word)
        if referent is None and spokes:
            # "the administration": the Transportation Security Administration
            referent = self._organisation_headed_by(
                word, [t.text for t in tokens[1:-1] if t.tag_ not in ("POS", "DT", "PRP$")]
            )
        maker = self._issued.get(word) if referent is None else None
        if maker is not None and maker.name is not None:
            # "The appeals court ruled … the ruling said": whoever the story said made it
            referent = Referent(maker.name, kind, None, maker.label, head=word)
        own_voice = document and word in lexicons.words("own_voice_documents")
        if referent is None and (spokes or own_voice) and len(tokens) == 2 and word not in lexicons.role_nouns():
            # "The Kingsford Kestrels will be without their goalie. “…,” the team said": a body that
            # speaks for no principal the phrase names is the organisation in clear focus (not a
            # person: "the audit office's report" is not the reader's; nor for a phrase with more
            # words: "the sheriff's office" is not the jail in focus); so is the author of "the
            # statement" no one was said to issue ("The pilots' association has rejected the fees.
            # “…,” the statement said"; not "the report": ``own_voice_documents.txt``)
            principal = self._principal_in_focus()
            if principal is not None and principal.kind == "group":
                referent = Referent(principal.name, kind, None, principal.label, head=word)
        return referent

    def _named_voice_of(self, word: str, owner: Referent | None) -> Referent | None:
        """The one person the story named as ``owner``'s ``word`` ("Mallory's spokeswoman, Karen
        Ward,", "Mallory and her spokeswoman, Karen Ward,"), when the owner is a named person;
        else None."""
        if owner is None or owner.kind != "person" or owner.name is None:
            return None
        named = {
            n
            for (w, n), o in (*self.index.tie_owners.items(), *self._owned_as.items())
            if w == word and o == owner.name
        }
        return self._entity_named(next(iter(named))) if len(named) == 1 else None


def determiner_of(tokens: list[Token], word: str) -> str:
    """The first word of a description's phrase (``tokens``, headed by ``word``), lower case, as
    the rules read its determiner: "the" for a role that court copy writes with no article and
    means the one it named ("counsel said", "defence counsel told the court";
    ``roles_without_article.txt``)."""
    if not tokens:
        return ""
    if word in _ROLES_WITHOUT_ARTICLE and tokens[0].tag_ not in ("DT", "PRP$", "CD"):
        return "the"
    return tokens[0].lower_
