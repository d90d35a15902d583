"""Grammatical roles from part-of-speech tags, for the discourse focus pass: where a noun phrase
starts, whether a mention is a subject ("Roe said", "“…,” said Roe"), an object, an oblique, a
possessive or a modifier, whether its clause is active, and where its verb is.

``RoleRules`` is the part of ``focus.DiscourseFocus`` that reads these off the tags around a
mention; it reads the pass's state (the sentence's first token, the aside being read), so it is a
mixin of the pass, as ``DescriptionRules`` and ``QuestionRules`` are. The weights the roles carry
are in ``referents.WEIGHTS``.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.columns import lowers_of, tags_of, words_of
from pipeline.annotate.cues import BE_FORMS, is_cue, is_cue_word, is_passive
from pipeline.annotate.focus_questions import QUESTION_FORMS
from pipeline.annotate.person_predicates import role_predicate_at
from pipeline.annotate.phrases import DAY_ADVERBS, EMPHATIC, SUBORDINATORS, phrase_word, portfolio_then_title
from pipeline.annotate.referents import FINITE, NP_TAGS, QUOTE_CHARS
from pipeline.annotate.sentence_ends import ends_sentence

# Words between a subject and its verb that the verb is looked for past ("Mr. Dunning himself
# appeared", "Roe yesterday said"): read once, as this runs for most pronouns and names.
_BEFORE_THE_VERB = EMPHATIC | DAY_ADVERBS
# Nouns for what someone said ("response", "criticism"): who they come "from" says them.
_SPEECH_NOUNS = lexicons.words("speech_nouns")
# The forms of "tell": an organisation told something is the outlet a source spoke to.
_TELL = frozenset({"told", "tells", "tell", "telling"})
# Words that make a run of capitalised words an organisation's or a place's name, not a person's.
_NOT_PERSON_WORDS = (
    lexicons.words("organisation_nouns")
    | lexicons.words("institution_nouns")
    | lexicons.words("organisation_voices")
    | lexicons.words("facility_nouns")
    | lexicons.words("place_nouns")
)
# Reflexives set right after a subject for emphasis ("the nominee himself").
# Day names and "today", "yesterday", "tonight" after a noun say when, not what kind.
_WHEN_WORDS = lexicons.words("month_and_day_names.txt") | frozenset({"today", "yesterday", "tonight"})


_CONDITIONS = lexicons.words("condition_adjectives.txt")


# Words tagged as prepositions that open a clause, not a phrase describing the subject.
_NO_PHRASE = frozenset({"that", "because", "if", "whether", "as", "than"})


class RoleRules:
    """The grammatical role of a mention, read from the tags; mixed into ``focus.DiscourseFocus``."""

    def _np_start(self, i: int) -> int:
        """The first token of the noun phrase whose name or head starts at ``i`` (titles, determiners)."""
        doc = self.doc
        # (from the lists of ``columns``: this runs at every mention of the focus pass)
        words, lowers, tags, quoted = words_of(doc), lowers_of(doc), self._tags, self.index.quoted_tokens
        k = i
        while k > 0 and i - k < 8:
            word, tag = words[k - 1], tags[k - 1]
            if word == "-" and k > 4 and lowers[k - 2] == "turned" and words[k - 3] == "-":
                k -= 4  # "the businessman-turned-politician": the compound is one noun
            elif tag in NP_TAGS and word not in QUOTE_CHARS and not quoted[k - 1]:
                k -= 1
            elif word == "." and k > 1 and self._abbreviation_dot(k - 1):
                k -= 1  # "police Sgt. Ann Roe": the tokenizer splits the title from its full stop
            elif (
                tag in ("VBG", "VBN")
                and k > 1
                and (
                    tags[k - 2] in ("DT", "PRP$", "POS", "JJ", "HYPH")
                    # ", retired Gen. Walter Pemberton,": a participle before a title in an apposition
                    or (words[k - 2] == "," and doc[k - 1].is_lower and lexicons.is_title_before_name(words[k]))
                )
                and tags[k].startswith(("NN", "JJ"))
            ):
                # "the grieving mother", "the arresting officer": a participle used as an
                # adjective; "the self-described socialist": the second half of a compound one
                k -= 1
            else:
                break
        return k

    def _abbreviation_dot(self, i: int) -> bool:
        """Whether the full stop at ``i`` is an abbreviated title's ("Sgt.", "Det."), glued to it."""
        title = self.doc[i - 1]
        return not title.whitespace_ and title.tag_ in ("NNP", "NN") and lexicons.is_abbreviated_title(title.text)

    def _role(self, start: int, end: int, *, named: bool) -> str:
        doc = self.doc
        after = doc[end] if end < len(doc) else None
        if after is not None and after.tag_ == "POS":
            return "possessive"
        if (
            named
            and after is not None
            and after.tag_ in ("NN", "NNS", "NNP", "NNPS")
            and after.lower_ not in DAY_ADVERBS  # ("Ann Roe yesterday said")
            and not self._verb_read_as_noun(end)
        ):
            return "modifier"  # "the Marsh campaign", "Harbour Board chair Ann Roe": not the head
        if start < self._aside_end:
            return "oblique"  # inside an aside about someone else: ", a spokeswoman for Acme,"
        np_start = self._np_start(start)
        before = doc[np_start - 1] if np_start > 0 else None
        if named and before is not None and before.text == "," and self._names_the_subject(np_start, end):
            return "subject"  # "Dunn's running mate, state Sen. Pete Lorimer, went further"
        if self._after_opening_phrase(np_start, end):
            return self._subject_role(np_start)  # "At a depot in Endebess, a farmer who … claimed"
        if before is not None:
            if self._after_cue(np_start) and (named or not self._runs_on_after_comma_cue(np_start, end)):
                return "subject"  # “…,” said Roe; according to Roe: the source of what follows
            if before.lower_ in _TELL and self._organisation_at(start):
                return "hearer"  # "he told The Associated Press": the outlet is the channel
            if before.lower_ in BE_FORMS and doc[self._first].lower_ == "among":
                return "subject"  # "Among the survivors was Souleymane, 19.": the subject, inverted
            if before.tag_.startswith("VB") or before.lower_ in ("that", "whether"):
                # "Roe said Hale lied", "asked whether the president had been tested": the
                # reported clause's subject, not the sentence's
                return "object"
            if before.lower_ in ("from", "by") and self._words_noun_before(np_start - 1):
                return "subject"  # "The plan drew a cautious response from Sen. Kimbrough": he responds
            if named and before.lower_ == "for" and np_start - 1 == self._first and self._set_off(end):
                # "For Denise Carrow, 61, a retired teacher, the news was unsettling. “…,” she said":
                # the person the sentence is about, as its subject would be
                return "subject"
            if self._completes_a_preposition(before, np_start, after):
                return "oblique"
        if (
            self._verb_follows(end)
            or np_start == self._first
            or (named and end < len(doc) and self._verb_read_as_noun(end))
        ):
            return self._subject_role(np_start)  # before its verb, or opening the sentence
        if before is not None and before.tag_ in ("IN", "TO"):
            return "oblique"
        return "other"

    def _set_off(self, end: int) -> bool:
        """Whether a comma follows the noun phrase ending at ``end``."""
        return end < len(self.doc) and self.doc[end].text == ","

    def _after_opening_phrase(self, np_start: int, end: int) -> bool:
        """Whether the noun phrase ``np_start:end`` comes right after one prepositional phrase that
        opens the sentence, and its comma ("At a depot in Endebess, a farmer who …"): the phrase
        places what follows, whose subject the noun phrase is. Not after a clause (a finite verb
        before it: "When Roe arrived, …" is a clause's, read apart) nor after a list's comma; nor
        when a name is set beside the phrase ("In an interview, the firm's founder, Ines Halvard,
        defended …"): the name is the subject then."""
        first, words, tags = self._first, words_of(self.doc), self._tags
        if not (
            first + 2 < np_start <= first + 10
            and words[np_start - 1] == ","
            and tags[first] == "IN"
            and "," not in words[first : np_start - 1]
            and not any(tags[k] in FINITE for k in range(first, np_start))
        ):
            return False
        j = end
        while j < min(len(words), end + 10) and words[j] not in (",", ".") and tags[j] not in FINITE:
            j += 1  # (past "of staff to the secretary", "and former chief executive")
        return not (j < len(words) and words[j] == "," and self._name_start_after(j) in self.index.entity_at)

    def _verb_read_as_noun(self, k: int) -> bool:
        """Whether the plural noun at ``k`` (or a singular one before a preposition), after a name
        that opens the sentence or its main clause, is the sentence's verb read as a noun
        ("Ignatius Pemberton-Oyo pauses."): no verb follows it in the sentence ("Marsh aides say"
        has one)."""
        doc = self.doc
        np_start = self._np_start(k - 1)
        # (or a singular noun in lower case before a preposition or a determiner: "Gloria Jean
        # Pemberton-Sykes wept in court", with "wept" read as a noun)
        misread = doc[k].tag_ == "NNS" or (
            doc[k].tag_ == "NN"
            and doc[k].is_lower
            and k + 1 < len(doc)
            and doc[k + 1].tag_ in ("IN", "DT", "PRP$", "RP")
        )
        if not misread or (np_start != self._first and doc[np_start - 1].text != ","):
            return False  # (opening the sentence, or its main clause: "Asked about it, Roe grins.")
        for j in range(k + 1, len(doc)):
            if doc[k].tag_ == "NN" and doc[j].lower_ in SUBORDINATORS:
                return True  # ("wept as she addressed the court": the verbs of a clause of its own)
            if doc[j].tag_.startswith(("VB", "MD")) or doc[j].text in QUOTE_CHARS:
                return False
            if ends_sentence(doc, j):
                return True
        return True

    def _words_noun_before(self, k: int) -> bool:
        """Whether a noun for someone's words stands right before token ``k`` ("a cautious
        response | from", "sharp criticism | from"): the one it comes from says them."""
        return k > 0 and self.doc[k - 1].lower_ in _SPEECH_NOUNS

    def _completes_a_preposition(self, before, np_start: int, after) -> bool:
        """Whether the phrase at ``np_start`` is a preposition's object though a verb follows it:
        it closes a phrase with a comma ("In an interview with Dana Kroll, the chairwoman said"),
        or completes a noun with "of", "for", "to" or "at" ("A friend of Roe said", "A top aide to Gov.
        Ben Crane resigned": the friend, the aide is the subject)."""
        if before.tag_ not in ("IN", "TO") or before.lower_ in SUBORDINATORS:
            return False
        if after is not None and after.text == ",":
            return True
        if before.lower_ == "for" and portfolio_then_title(list(self.doc[np_start : np_start + 4])):
            return False  # "Cabinet member for finance Cllr Nigel Baverstock told": his portfolio, his title
        return (
            before.lower_ in ("of", "for", "to", "at")
            and np_start >= 2
            and self.doc[np_start - 2].tag_ in ("NN", "NNS")
        )

    def _runs_on_after_comma_cue(self, np_start: int, end: int) -> bool:
        """Whether the phrase ``np_start:end`` after a verb set off by a comma alone (not a
        quotation mark) runs on into the clause: "Roe, principal of the school, wrote a letter
        describing …" has the phrase as the verb's object, where a cue set in a sentence ("The
        plan, said a spokesman, is dead") ends its phrase with a comma or the sentence."""
        doc = self.doc
        if doc[np_start - 2].text != ",":
            return False
        return end < len(doc) and doc[end].text not in (",", ".", ";", "!", "?", "—", "–") and not doc[end].is_space

    def _organisation_at(self, i: int) -> bool:
        hit = self.index.entity_at.get(i)
        return hit is not None and hit[0].label == "ORG"

    def _names_the_subject(self, np_start: int, end: int) -> bool:
        """Whether the name at ``np_start:end``, set off by commas, names the sentence's opening
        noun phrase right before its verb: "[Dunn's running mate], [Pete Lorimer], [went]"; the
        phrase before it holds no verb, so the name is no object ("He met the mayor, Dunn, then
        flew")."""
        doc = self.doc
        opening = list(doc[self._first : np_start - 1])
        commas = [n for n, t in enumerate(opening) if t.text == ","]
        if opening and opening[0].tag_ == "IN" and len(commas) == 1:
            # past a phrase opening the sentence: "In a letter to parents, the school's headteacher,
            # Samira Nolan, wrote"
            opening = opening[commas[0] + 1 :]
        if not opening or not self._open or any(t.tag_.startswith("VB") or t.text in (",", ";") for t in opening):
            return False
        # (past an aside of its own: "On Saturday, Vera Aston, 61, a teacher, put up a memorial",
        # where the tagger reads "put" as a base form)
        if end >= len(doc) or doc[end].text != ",":
            return False
        # (its verb right after the closing comma, "His agent, Leon Sutcliffe, said", or past an aside)
        return self._verb_at(end + 1) is not None or self._verb_after(end, base_too=True) is not None

    def _unrecognised_speaker(self, i: int) -> int | None:
        """Where a run of two to four capitalised proper nouns that no entity covers, right before
        a reporting verb ("Neighbor Tavia Orrin said"), ends when one starts at ``i``: a
        person the model missed. Not a run with an organisation's or a place's noun ("Fire
        Department said")."""
        doc, index, tags = self.doc, self.index, self._tags
        if tags[i] != "NNP" or i > self._first and (tags[i - 1] == "NNP" or i - 1 in index.entity_at):
            return None
        j = i
        while j < len(doc) and j - i <= 4 and j not in index.entity_at and doc[j].tag_ == "NNP":
            if not (doc[j].text.isalpha() and doc[j].text.istitle()) or doc[j].lower_ in _NOT_PERSON_WORDS:
                return None
            j += 1
        if not 2 <= j - i <= 4 or j >= len(doc) or not is_cue(doc[j]) or doc[j].tag_ not in ("VBD", "VBZ"):
            return None
        if i > 0 and doc[i - 1].lower_ == "the" and doc[j - 1].lower_ in lexicons.role_nouns():
            return None  # "the Prime Minister said": a capitalised title (``_capitalised_title``)
        return j

    def _subject_role(self, start: int) -> str:
        """ "subject", or "clause subject" inside an adverbial clause ("While Roe was away")."""
        doc = self.doc
        for k in range(start - 1, max(self._first, start - 12) - 1, -1):
            token = doc[k]
            if token.text in (",", ";", ":") or token.text in QUOTE_CHARS:
                break
            if token.lower_ in SUBORDINATORS and token.tag_ in ("IN", "WRB"):
                return "clause subject"
            if k == self._first and token.lower_ in ("with", "without"):
                return "clause subject"  # "With the way Lowe was carrying on, Beck said": Beck's sentence
        return "subject"

    def _after_cue(self, np_start: int) -> bool:
        """Whether the phrase at ``np_start`` follows its reporting verb ("“…,” said Roe") or
        "according to": the one speaking."""
        if np_start < 2:
            return False
        doc = self.doc
        before, ahead = doc[np_start - 1], doc[np_start - 2]
        if is_cue(before) and before.tag_.startswith("VB"):
            if ahead.text == "," and (np_start - 2 == self._aside_end or self._closes_subjects_aside(np_start - 2)):
                return False  # "Roe, a nurse, wrote a memoir": the comma closes an aside, the verb is Roe's
            return ahead.text == "," or ahead.text in QUOTE_CHARS
        return before.lower_ == "to" and ahead.lower_ == "according"

    def _closes_subjects_aside(self, comma: int) -> bool:
        """Whether the comma at ``comma`` closes an aside set after the sentence's opening noun
        phrase that holds no finite verb ("Obama, campaigning for Clinton in Philadelphia,
        mocked", "Roe, in Erie on Monday, said"): the verb after it is the subject's, and the name
        after that verb its object, not a speaker named after an inverted cue ("The plan, said a
        spokesman, is dead", where the cue follows the first comma)."""
        doc, first = self.doc, self._first
        opening = next((k for k in range(first, comma) if doc[k].text == ","), None)
        if opening is None or opening == first:
            return False
        subject, aside = doc[first:opening], doc[opening + 1 : comma]
        return (
            len(aside) > 0
            and not any(t.tag_.startswith(("VB", "MD")) or t.text in QUOTE_CHARS for t in subject)
            and not any(t.tag_ in FINITE or t.text in QUOTE_CHARS or t.text in (",", ";") for t in aside)
        )

    def _acts(self, start: int, end: int) -> bool:
        """Whether the subject at tokens ``start:end`` does something in its clause: it speaks
        ("“…,” said Roe", "according to Roe"), or its verb (as ``_verb_after`` finds it) is
        active ("Roe, a senator, toured", "she has told", "Roe is running"); not passive ("Roe was
        shot", "has been charged") nor a copula ("Roe was in the car"). A question put to the
        subject ("Roe was asked about the polls", "was pressed on") is passive but makes her the
        one who answers next; not a request ("was asked to leave")."""
        if self._after_cue(start):
            return True
        doc, verbs = self.doc, []
        # (the comma closing an apposition the name ends: "Her neighbor, Clement Waithe, carries")
        k = self._verb_at(end + 1) if end + 1 < len(doc) and doc[end].text == "," else None
        if k is None:
            k = self._verb_after(end)
        if k is None:
            return False
        first = k
        while k < len(doc) and doc[k].tag_.startswith(("VB", "MD", "RB")):
            if is_passive(doc, k):
                return doc[k].lower_ in QUESTION_FORMS and not (k + 1 < len(doc) and doc[k + 1].lower_ == "to")
            if doc[k].tag_.startswith("VB"):
                verbs.append(doc[k])
            k += 1
        if verbs and verbs[-1].lower_ in BE_FORMS:
            # "Roe was angry", "was furious with the referee": a stance she shows, as acting
            # does; not a condition ("was dead at the scene", ``condition_adjectives.txt``). A
            # role the story gives ("Roe is not a politician") tells who she is, as acting does.
            stance = k < len(doc) and doc[k].tag_ == "JJ" and doc[k].lower_ not in _CONDITIONS
            return stance or role_predicate_at(doc, first)
        return bool(verbs)

    def _verb_follows(self, k: int) -> bool:
        return self._verb_after(k) is not None

    def _verb_after(self, k: int, *, base_too: bool = False) -> int | None:
        """The finite verb (or reporting verb) that follows token ``k`` within the clause, past an
        aside in commas or brackets (", a senior aide,", "(D-Ohio)"), a short phrase or two ("at
        the paper", "on Tuesday", "with 20 years' experience in roads policing", a "who" clause may
        follow them) and adverbs ("largely"); None if none does. ``base_too``: a verb
        the tagger read as a base form counts after an aside ("put", "set", "hit": past tenses
        it misreads there, ``_misread_past``)."""
        doc = self.doc
        n = len(doc)
        # (words and tags from lists, ``columns``: this runs for most pronouns and names)
        words, lowers, tags, quoted = words_of(doc), lowers_of(doc), tags_of(doc), self.index.quoted_tokens
        if k < n and lowers[k] in _BEFORE_THE_VERB:
            k += 1  # "Mr. Dunning himself appeared unfazed", "Roe yesterday said": the subject's verb
        if k < n and words[k] in (",", "(", "—", "–"):
            # Past asides, nested or one after another: the first separator followed by a verb.
            j = k + 1
            while j < n and j < k + 40 and not ends_sentence(doc, j):
                if quoted[j]:
                    # (past a few words quoted inside the aside: "Belkacem, who had called it
                    # “torture”, opened the scoring"; not past a quotation of a sentence or more)
                    if words[j] in (".", "!", "?"):
                        return None
                    j += 1
                    continue
                if words[j] in (",", ")", "—", "–") and (found := self._verb_at(j + 1)) is not None:
                    return found
                if base_too and words[j] == "," and j + 1 < n and self._misread_past(j + 1):
                    return j + 1
                j += 1
            return None
        if k < n and lowers[k] == "and":
            # "Sen. Ann Roe and Gov. Walt Hines toured": the verb of both subjects
            j = k + 1
            while j < n and j < k + 8 and (tags[j] in NP_TAGS or words[j] == "."):
                j += 1
            return j if j > k + 1 and j < n and tags[j] in FINITE else None
        if k < n and tags[k] == "IN" and lowers[k] not in _NO_PHRASE:
            j = k + 1
            while j < n and j < k + 8 and phrase_word(tags, lowers, j):
                j += 1
            if j > k + 1 and j + 1 < n and tags[j] == "IN" and lowers[j] not in _NO_PHRASE and tags[j + 1] in NP_TAGS:
                m = j + 1  # a second phrase: "a garda with 20 years' experience in roads policing"
                while m < n and m < j + 6 and phrase_word(tags, lowers, m, gerund=True):
                    m += 1
                j = m
            if j < n and j > k + 1 and (tags[j] in FINITE or tags[j] in ("RB", "VBN")):
                k = j
            elif j + 1 < n and j > k + 1 and words[j] == "," and lowers[j + 1] in ("who", "which"):
                # the phrase, then a relative clause in commas: "a garda with 20 years' experience,
                # who was not authorised to speak, said" (not any comma: "Speaking with our
                # correspondent on the telephone, the girl's father said")
                return self._verb_after(j, base_too=base_too)
        return self._verb_at(k)

    def _misread_past(self, k: int) -> bool:
        """Whether the verb at ``k``, right after an aside's closing comma, is a past tense the
        tagger misread: a base form ("put", "set", "hit"), or a participle that is no passive
        aside of its own ("Gail Trammell, a lawmaker, seized on the report"; not ", elected by
        the council," nor ", named in 2010,")."""
        doc = self.doc
        if doc[k].tag_ == "VB":
            return True
        if doc[k].tag_ != "VBN" or k + 1 >= len(doc):
            return False
        return doc[k + 1].lower_ not in ("by", ",", "in", "last", "as", "to") and doc[k + 1].tag_ != "CD"

    def _finite_at(self, k: int) -> bool:
        return self._verb_at(k) is not None

    def _verb_at(self, k: int) -> int | None:
        """A finite verb (an auxiliary too: "has said", "had a plan"), or a reporting verb, at
        ``k`` after adverbs ("largely agreed"): its index, else None."""
        doc, tags = self.doc, tags_of(self.doc)
        while k < len(doc) and tags[k] == "RB":
            k += 1
        if k >= len(doc):
            return None
        tag = tags[k]
        return k if tag in FINITE or (tag.startswith("VB") and is_cue(doc[k])) else None

    def _is_head(self, i: int) -> bool:
        """Whether the noun at ``i`` ends its noun phrase ("the union" yes, "union members" no)."""
        nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ in _WHEN_WORDS:
            return True  # "issued a statement Tuesday", "a ruling yesterday": when, not a compound
        if (
            nxt is not None
            and nxt.tag_ == "NNS"
            and is_cue_word(nxt.text)
            and (i + 2 >= len(self.doc) or self.doc[i + 2].is_punct)
        ):
            return True  # "“…,” the submission states.": the verb read as a plural noun
        if nxt is not None and nxt.text == "-":
            after = [t.lower_ for t in self.doc[i + 2 : i + 5]]
            if after[:1] == ["turned"] or after == ["in", "-", "law"]:
                # "the businessman-turned-politician", "her brother-in-law": the compound's last
                # word is its head
                return False
        return nxt is None or nxt.tag_ not in ("NN", "NNS", "NNP", "NNPS", "POS") or nxt.tag_ == "POS"
