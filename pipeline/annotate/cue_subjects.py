"""Whom a reporting cue's subject names: the tokens before the cue ("Ann Roe, who runs the fund,
said"), a relative pronoun's antecedent ("Roe of Maine, who said": ``cue_antecedents``), a name
set beside asides (``cue_appositions``); the speaker named after the cue ("said Sen. Ann Roe,
R-Ohio", "said Roe's stepdaughter, Nora Quill") is read by ``cue_subjects_after``. Each is
resolved to a story entity by ``coreference``. ``attribution`` finds the cue; these modules read
its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_pieces import PieceJoins
from pipeline.annotate.cue_subjects_after import SubjectsAfterCue
from pipeline.annotate.cue_unnamed import INDEFINITE_PERSONS, UnnamedSubjects
from pipeline.annotate.cues import Attribution, cue_lemma, is_cue
from pipeline.annotate.descriptions import someones_people
from pipeline.annotate.phrases import (
    RELATIVE,
    SUBORDINATORS,
    clause_subject,
    describes_the_noun_before,
    is_affiliation,
    is_aside,
    last_noun_phrase,
    np_token,
    portfolio_then_title,
    segments,
    skips_before_cue,
    speaking_noun,
)
from pipeline.annotate.quote_clauses import (
    outer_cue_of_thing,
    person_noun,
    reports_that_clause,
    statement_author,
    subject_of_reported_clause,
)
from pipeline.annotate.referents import QUOTE_CHARS
from pipeline.annotate.sentence_ends import ends_sentence
from pipeline.model import Entity

# Relative pronouns that can be the subject of a reporting verb ("…, who said").
_RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


# The tags of a short subject after a quotation ("Roe", "she", "the Ohio senator", "Roe's aide").
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "NN", "PRP", "DT", "JJ", "POS", "HYPH", "."})


class CueSubjects(PieceJoins, SubjectsAfterCue, UnnamedSubjects):
    """The subject readers of ``Attributor``: the phrase a cue's subject is, and whom it names."""

    def subject_before(
        self, tokens: list[Token], *, right_after_quote: bool = False, participle: bool = False
    ) -> tuple[str | None, bool]:
        """The subject of a cue whose preceding tokens (same clause) are ``tokens``.

        News copy puts asides between a name and its verb: "Ann Roe, who runs
        the fund, said", "Ben Hale (D), Roe's rival, called for ..., saying".
        Such asides (appositives, relative clauses, predicates, party tags) are passed
        over to reach the name. ``right_after_quote``: the tokens start at a closing
        quotation mark, so the subject is the first phrase.
        Returns (speaker, found_a_subject_phrase).
        """
        while tokens and (
            skips_before_cue(tokens[-1]) or (tokens[-1].tag_ in ("RB", "RBR", "MD") and tokens[-1].text[:1].islower())
        ):
            tokens = tokens[:-1]  # not a capitalised "adverb": a name the tagger misread ("Brightly")
        if participle:
            # "Whitaker said that the department would add inspectors, saying …": a participle after
            # what a cue reported shares the cue's subject, not the reported clause's
            reported = next((k for k in range(len(tokens) - 2) if reports_that_clause(tokens, k)), None)
            after = tokens[-1].i + 1 if tokens else len(self.doc)
            scene = after < len(self.doc) and self.doc[after].lower_ in lexicons.verb_forms("scene_cue_verbs")
            # (not a cue of the reported scene: "Police said that the man fled, shouting “…”")
            if reported is not None and tokens[-1].text == "," and not scene:
                tokens = tokens[: reported + 1]
        if not right_after_quote:
            # "Kelly told the Times there was “…” while John Cerar, a former commander, said": the
            # clause "while" opens has a subject of its own
            opener = next(
                (m for m in range(len(tokens) - 2, 0, -1) if tokens[m].lower_ in ("while", "whereas")),
                None,
            )
            if opener is not None and (
                tokens[opener + 1].i in self.entity_at or tokens[opener + 1].tag_ in ("DT", "PRP$")
            ):
                tokens = tokens[opener + 1 :]  # (or a noun phrase: "while the Daily Tribune's reviewer")
        if tokens and not participle and not right_after_quote:
            outer = outer_cue_of_thing(tokens, lambda t: speaking_noun(t.lower_))
            if outer is not None:
                return self.subject_before(tokens[:outer])
            author = statement_author(tokens, self.entity_at) if tokens[-1].text == "," else None
            if author is not None:
                return author, True  # "The campaign, in a statement from spokesman Jeff Albright, said"
        if tokens and not participle and not right_after_quote and tokens[-1].lower_ in ("and", "but"):
            shared = self._coordinated_subject(tokens)
            if shared is not None:
                return self.resolve_phrase(shared), True
        if tokens and not participle and not right_after_quote and tokens[-1].lower_ == "to":
            caused = self._caused_subject(tokens[:-1])
            if caused is not None:
                return caused, True
        if tokens and not participle and not right_after_quote:
            # "the story Ann Roe told": a person right before the verb is its subject (and before a
            # party's tag in brackets: "Cllr Nigel Baverstock (Con) told").
            named = _before_bracketed_tag(tokens)
            hit = self.entity_at.get(named[-1].i)
            if hit and hit[0].label == "PERSON" and not self._after_preposition(named, hit[0]):
                return hit[0].name, True
            if hit and hit[0].label == "ORG" and all(self.entity_at.get(t.i, (None,))[0] is hit[0] for t in tokens):
                return hit[0].name, True  # "Swiftly called the suit “…”": a firm the tagger read as an adverb
            if tokens[-1].lower_ in ("he", "she"):
                # "In a radio interview he blasted …": a subject pronoun right before the verb.
                return self.resolve_pronoun(tokens[-1].lower_, tokens[-1].idx), True
            if tokens[-1].lower_ == "it" and tokens[-1].tag_ == "PRP" and not _reports_it(tokens):
                # "summoned the envoy, Lars Holm, to protest what it described as “…”": the
                # organisation "it" means, never a person named on the way
                return self.resolve_phrase([tokens[-1]]), True
            if tokens[-1].lower_ in INDEFINITE_PERSONS:
                return None, True  # "… after somebody said “…”": someone the story does not name
        reported = subject_of_reported_clause(tokens) if tokens and not participle and not right_after_quote else None
        if reported is not None and person_noun(reported[-1].lower_):
            return self.resolve_phrase(reported), True
        if tokens and not participle and not right_after_quote and tokens[-1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
            # "A spokesman said she had no record, but police said the wound “…”": a noun phrase
            # right before the cue that opens a clause of its own after "but"/"and" is its subject,
            # as after "that" ("The Courier reported that one aide had described …").
            phrase = last_noun_phrase(tokens)
            start = len(tokens) - len(phrase)
            # (a noun and a determiner inside the phrase open a relative clause: "a step | the
            # official described")
            inner = next(
                (
                    m
                    for m in range(len(phrase) - 1, 0, -1)
                    if phrase[m].lower_ in ("the", "a", "an") and phrase[m - 1].tag_ in ("NN", "NNS")
                ),
                None,
            )
            if inner is not None:
                phrase, start = phrase[inner:], start + inner
            # ("in what officials described as “…”", "a step the official described as “…”": the
            # subject of an object relative clause)
            relative = start > 0 and (
                tokens[start - 1].lower_ in ("what", "which")
                or (tokens[start - 1].tag_ in ("NN", "NNS") and phrase[0].lower_ in ("the", "a", "an"))
            )
            if (
                phrase
                and start > 0
                and (
                    tokens[start - 1].lower_ in ("but", "and", "while", "whereas", "that")
                    or tokens[start - 1].lower_ in SUBORDINATORS  # "… after Estravian officials described it as"
                    or relative
                )
                and (phrase[-1].i in self.entity_at or speaking_noun(phrase[-1].lower_))
            ):
                speaker = self.resolve_phrase(phrase)
                if speaker is None and relative and phrase[-1].tag_ == "NNS":
                    # "The Ilvarian government has drawn what officials call a “…”": its officials
                    # (people of no body: "Farida Nazarov flew in, in what officials called …")
                    main = clause_subject(tokens[: start - 1])
                    body = self.resolve_phrase(main) if main else None
                    if body is not None and body not in self.person_names:
                        speaker = body
                return speaker, True
        if (
            len(tokens) >= 3
            and not right_after_quote
            and [t.lower_ for t in tokens[-2:]] == ["of", "whom"]
            and tokens[-3].tag_ in ("CD", "DT", "JJ", "NN")
        ):
            # "interrupted by protesters, one of whom shouted": a member of the group, unnamed
            return None, True
        if tokens and not right_after_quote and tokens[-1].lower_ in _RELATIVE_SUBJECTS:
            # "Lisa Crane of Maine, who said …", "the report, which said …": the relative
            # pronoun's antecedent speaks.
            return self._antecedent(tokens[:-1], tokens[-1].lower_), True
        pieces = self._portfolios_joined(
            self._places_joined([_without_reflexive(seg) for seg in segments(tokens) if seg])
        )
        if not pieces:
            return None, False
        if right_after_quote:
            member = self._one_of_them_named(pieces)
            if member is not None:
                return member, True
            for segment in pieces:
                phrase = last_noun_phrase(segment)
                if phrase and (not is_aside(segment) or self._titled_person(segment)):
                    return self.resolve_phrase(phrase), True
            # Only asides: "a spokesman for Goldman Sachs", "the U.S. president" — the whole piece.
            return self.resolve_phrase(pieces[0]), True
        opening = self._opening_name_with_appositions(pieces) or self._named_member(pieces)
        if opening is not None:
            return opening, True
        fallback: list[Token] | None = None
        for index in range(len(pieces) - 1, -1, -1):
            segment = pieces[index]
            if not participle and segment[0].lower_ in ("where", "when") and len(segment) > 1:
                # "The bill goes to the House, where Speaker Ann Roe, R-Hampton, said": the subject
                # of the clause the adverb opens
                segment = segment[1:]
            phrase = clause_subject(segment, nearest=participle)
            if not phrase:
                continue
            if (
                not participle
                and index == len(pieces) - 1
                and tokens[-1].text != ","  # (not closed before the cue: "The Lions, which he founded, said")
                and segment[0].lower_ in ("which", "that", "whom")
                and len(segment) > 1
                and segment[1].tag_ in ("DT", "PRP", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS")
            ):
                # "the rule, which critics have called “…”": an object relative clause has a
                # subject of its own, not the noun phrase it is attached to (not "which is to
                # work it out", where the relative pronoun is the subject).
                inner = clause_subject(segment[1:], nearest=True)
                if inner and inner[0] is segment[1]:
                    return self.resolve_phrase(inner), True
            if (
                not participle
                and fallback is not None
                and segment[0].lower_ in ("which", "that", "whom")
                and len(segment) > 1
                and self._person_is(segment[1:])
            ):
                # "prices were low, which Lynette Morrow, executive vice president of the growers'
                # group, said had left …": the same clause's subject with its role set beside it
                # (the later pieces were all set aside)
                return self.entity_at[segment[1].i][0].name, True
            if participle and segment[0].lower_ in RELATIVE and index == len(pieces) - 1:
                # "..., where he was mocked for saying “…”": the participle belongs to
                # the nearest clause, relative or not.
                inner = clause_subject(segment[1:], nearest=True)
                if inner and self._names_someone(inner):
                    return self.resolve_phrase(inner), True
            after_a_verb = (
                index > 0
                and index == len(pieces) - 1
                and segment[0].tag_ in ("DT", "PRP$")
                and pieces[index - 1][-1].tag_.startswith("VB")
                and pieces[index - 1][-1].text.islower()  # (not a name misread as a verb: "Trump himself")
            )
            set_beside = index > 0 and (
                is_affiliation(segment)
                or self._bare_role_after_person(segment, pieces[index - 1])
                or self._apposed_in_relative_clause(segment, pieces[index - 1])
            )
            if (is_aside(segment) or set_beside) and not after_a_verb:
                # Keep the aside in reserve ("the president said" has nothing else). Not a phrase
                # after a verb ("It was, the president said, “…”"): nothing for it to set off, it
                # is the subject of the cue set in the sentence.
                if (
                    fallback is None
                    and not segment[0].tag_.startswith("VB")
                    and segment[0].tag_ != "IN"
                    and segment[0].lower_ not in RELATIVE
                ):
                    fallback = phrase
                continue
            if not self._names_someone(phrase) and not self._names_by_description(phrase) and fallback is not None:
                break  # "Earlier Tuesday, the president said": the aside was the subject
            return self.resolve_phrase(phrase), True
        if fallback is not None:
            if len(pieces) > 1 and self._someones_people(clause_subject(pieces[0], nearest=participle)):
                # "The family of Darnell Reese, the man who died, said": the family speaks, not the
                # man the aside describes
                return None, True
            opening = self._named_body_before_apposition(pieces, participle)
            return (opening or self.resolve_phrase(fallback)), True
        return None, False

    def _person_is(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` are one person's name and nothing else."""
        hit = self.entity_at.get(tokens[0].i)
        return (
            hit is not None
            and hit[0].label == "PERSON"
            and all(self.entity_at.get(t.i, (None,))[0] is hit[0] for t in tokens)
        )

    def _someones_people(self, phrase: list[Token]) -> bool:
        """Whether ``phrase`` is people around someone the story names ("The family of Darnell
        Reese": ``descriptions.someones_people``)."""
        cut = next((m for m, t in enumerate(phrase[:3]) if m and t.lower_ in ("for", "of")), None)
        return cut is not None and someones_people(phrase, cut, self.entity_at)

    def _coordinated_subject(self, tokens: list[Token]) -> list[Token] | None:
        """The subject a cue joined by "and" or "but" shares with the verb it is joined to: after
        a comma, the one verb of the clause it repeats ("The AP reports Mayor Jon Sutter says the
        city will rebuild, but says …": Sutter's; not "… but he grabbed a knife and said", where
        "said" goes with "grabbed"), or, for a cue of someone speaking in
        the scene (``scene_cue_verbs.txt``), the action of the person a report is about ("Police
        said he walked up to a driver and shouted, “…”": his). None otherwise ("Roe said Hale lied,
        but added …" is the main clause's, read as any cue's)."""
        after = tokens[-1].i + 1
        cue = self.doc[after] if after < len(self.doc) else None
        clause = tokens[:-1]
        set_off = bool(clause) and clause[-1].text == ","  # ", but says": a new clause
        if set_off:
            clause = clause[:-1]
        if cue is None or not clause:
            return None
        # (not the verb of a relative clause: "ran up to a woman who was loading groceries and demanded")
        finite = [
            k
            for k, t in enumerate(clause)
            if t.tag_ in ("VBD", "VBZ", "VBP")
            and t.i not in self.entity_at  # (a name the tagger read as a verb: "Sayed")
            and not (k and clause[k - 1].tag_ in ("WP", "WDT"))
        ]
        lemma = cue_lemma(cue)
        same = [k for k in finite if cue_lemma(clause[k]) == lemma]
        if set_off and lemma is not None and len(same) == 1 and same[0] > 0:
            verb = same[0]
        elif (
            (cue.lower_ in lexicons.verb_forms("scene_cue_verbs") or self._speaks_in_the_scene(clause, finite, after))
            and len(finite) >= 2
            and is_cue(clause[finite[0]])
            and not is_cue(clause[finite[-1]])
            and not any(t.text in (",", ";", ":") for t in clause[finite[0] : finite[-1]])
        ):
            verb = finite[-1]
        else:
            return None
        start = verb
        while start > 0 and (np_token(clause[start - 1]) or clause[start - 1].i in self.entity_at):
            start -= 1  # the phrase right before that verb, its subject ("Mayor Jon Sutter says", "he walked")
        return clause[start:verb] or None

    def _speaks_in_the_scene(self, clause: list[Token], finite: list[int], cue: int) -> bool:
        """Whether "said" joined by "and" to the action of a reported clause opens direct speech of
        the one acting: the cue comes right before a comma and a quotation mark, and the action's
        subject is someone unnamed ("said a man followed him to his car and said, “…”"), so not
        the reporter going on ("Roe said the plan failed and said, “…”")."""
        doc = self.doc
        if cue + 2 >= len(doc) or doc[cue + 1].text != "," or doc[cue + 2].text not in QUOTE_CHARS or not finite:
            return False
        verb = finite[-1]
        head = clause[verb - 1] if verb > 0 else None
        return head is not None and head.tag_ == "NN" and head.lower_ in lexicons.words("everyday_person_nouns")

    def _after_preposition(self, tokens: list[Token], entity: Entity) -> bool:
        """Whether the name ending ``tokens`` is the object of a preposition in a noun phrase ("A
        friend of Kroll said", "A letter from Pell to Ryan said", "Chief Ann Roe on Twitter
        called"): it is then not the verb's subject."""
        k = len(tokens) - 1
        while k > 0 and tokens[k].i in self.entity_at and self.entity_at[tokens[k].i][0] is entity:
            k -= 1
        if k > 0 and tokens[k].lower_ in ("on", "via"):
            return True  # "on Twitter", "via Facebook"
        name_at = k
        while k > 0 and (
            tokens[k].tag_ in ("NN", "JJ") and tokens[k].text[:1].islower() or lexicons.is_title_word(tokens[k].text)
        ):
            k -= 1  # "the family of victim Dana Kroll", "a letter to Speaker Paul Ryan"
        if tokens[k].lower_ == "for" and portfolio_then_title(tokens[k + 1 : name_at + 1]):
            return False  # "Cabinet member for finance Cllr Nigel Baverstock told": his portfolio, then his title
        # (and "A letter from Nancy Pell to Paul Ryan said": the one it was sent to)
        # (and "Obi had a question for Sen. Elaine Voight:": the one it was put to)
        if (
            tokens[k].lower_ in ("of", "to", "from", "for")
            and k > 0
            and tokens[k - 1].tag_ in ("NN", "NNS", "NNP", "NNPS")
        ):
            return True
        # "A person close to Aldana said", "a source familiar with Roe's thinking"
        return describes_the_noun_before(tokens, k - 1)

    def _name_without_cue(self, after: list[Token]) -> str | None:
        """“…,” the Rev. Jane Roe of Hope Church. — a quotation that ends in a comma and whose
        sentence goes on with a person's name and nothing else: the copy left the cue out, and
        the named person is the speaker (the name heads the phrase, before any "of" or comma)."""
        words = [t for t in after if not (t.text == "." and ends_sentence(self.doc, t.i))]
        if not words or len(words) > 14 or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words):
            return None
        head = next((k for k, t in enumerate(words) if t.text == "," or t.lower_ in ("of", "from", "at")), len(words))
        if head == 0:
            return None
        hit = self.entity_at.get(words[head - 1].i)
        if hit is None or hit[0].label != "PERSON":
            return None
        return hit[0].name

    def _manner_clause(self, after: list[Token]) -> Attribution | None:
        """“…,” Roe smiled. / “…,” she shrugged. / “…,” the senator went on. — a quotation that
        opens its sentence (the caller's test: not "…, a charge the White House denied"), ends in a
        comma, and whose sentence goes on with a short subject and one verb that is no
        reporting verb (the verb says how the words came, not what was done): the subject said
        them. ``how`` is "unnamed subject" when the subject names no one, so no earlier
        sentence's cue is taken for this quotation."""
        words = [t for t in after if not (t.text == "." and ends_sentence(self.doc, t.i))]
        verb = next((k for k, t in enumerate(words) if t.tag_.startswith("VB") or t.tag_ == "MD"), None)
        if verb is None or verb == 0 or verb > 6 or words[verb].tag_ not in ("VBD", "VBZ"):
            return None
        subject, rest = words[:verb], words[verb + 1 :]
        if any(t.tag_ not in _SUBJECT_TAGS for t in subject) or len(rest) > 2:
            return None
        if any(t.tag_ not in ("RP", "RB") for t in rest):
            return None
        speaker = self.resolve_phrase(subject)
        return Attribution(speaker, words[verb].text, how="cue" if speaker else "unnamed subject")

    def _titled_person(self, segment: list[Token]) -> bool:
        """Whether a piece that reads as an aside ("the …") is only a title and a person's name:
        "the Rev. Ed Nettleton" before ", pastor of …," is the speaker, not an apposition."""
        hit = self.entity_at.get(segment[-1].i)
        return (
            hit is not None and hit[0].label == "PERSON" and all(t.tag_ in ("DT", "NNP", "NNPS", ".") for t in segment)
        )


def _before_bracketed_tag(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a short tag in brackets at their end ("(Con)", "(D-Ohio)"), when one
    stands after a word; else ``tokens``."""
    if len(tokens) < 4 or tokens[-1].text != ")":
        return tokens
    opening = next((m for m in range(len(tokens) - 2, max(0, len(tokens) - 6), -1) if tokens[m].text == "("), None)
    return tokens[:opening] if opening is not None and opening > 0 else tokens


def _reports_it(tokens: list[Token]) -> bool:
    """Whether the "it" that ends ``tokens`` opens a clause a cue before it reports ("Lund said it
    confirmed “…”": what the report confirmed, in her words), not a subject of its own."""
    return len(tokens) > 1 and (tokens[-2].lower_ == "that" or is_cue(tokens[-2]))


def _without_reflexive(piece: list[Token]) -> list[Token]:
    """A piece without the emphatic pronoun it ends in: "Trump himself" is Trump."""
    if len(piece) > 1 and piece[-1].lower_ in ("himself", "herself", "themselves", "itself"):
        return piece[:-1]
    return piece
