"""Cues after a quotation: "“…,” Marsh said", "“…,” said Marsh, a professor at X", "“…,” as
the memo put it", "“…,” the Times quoted Osei as saying", "“…end.” Roe says." (a sentence that
only names the speaker). ``attribution`` tries these frames first and the cues before the
quotation after them; the cue's subject is read by ``cue_subjects``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.cue_subjects import CueSubjects
from pipeline.annotate.cues import (
    BE_FORMS,
    DASHES,
    Attribution,
    catenative_start,
    cue_lemma,
    is_cue,
    leads_to_cue,
    noun_read_cue,
    spoken_of,
)
from pipeline.annotate.naming import UNNAMED_WORD
from pipeline.annotate.phrases import (
    RELATIVE,
    SKIP_BEFORE_CUE,
    SUBORDINATORS,
    inside_appositive,
    inside_commas,
    past_titles,
    skips_before_cue,
)
from pipeline.annotate.referents import QUOTE_CHARS
from pipeline.annotate.sentence_ends import ends_sentence

# The tags of a title and name ("former Millbrook mayor and council candidate Dennis R. Kowal").
_TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "CC", "HYPH", "POS", "CD", ".", ","})


# The word that ends a clause saying someone is not named: "named", "identified", "anonymity".
_UNNAMED_WORD = re.compile(UNNAMED_WORD)


class CueAfter(CueSubjects):
    """The frames of a cue after a quotation's closing mark, and the relayed and "as … put it"
    forms that may stand on either side of it."""

    def _unnamed_subject_before_cue(self, words: list[Token]) -> Attribution | None:
        """ "“…,” a student who declined to be named said.": a subject whose relative clause says the
        person is not named (no comma around it), then its cue: someone the story does not name,
        not a sentence of its own after the quotation (whose verb "declined" would end the reading)."""
        if not words or words[0].tag_ != "DT":
            return None
        who = next((k for k, t in enumerate(words[:5]) if t.lower_ == "who"), None)
        if who is None or self.doc[words[who].i - 1].text == "," or not self.anonymous_who(words):
            return None
        # the cue after the clause's last word ("named", "identified", "anonymity"), not its "asked"
        said_so = next(
            (k for k in range(who + 1, min(len(words), who + 12)) if _UNNAMED_WORD.match(words[k].lower_)), None
        )
        if said_so is None:
            return None
        cue = next((t for t in words[said_so + 1 : said_so + 3] if is_cue(t) and t.tag_ in ("VBD", "VBZ")), None)
        return Attribution(None, cue.text, how="anonymous") if cue is not None else None

    def _quoted_as(self, tokens: list[Token]) -> Attribution | None:
        """ "The Times quoted Osei as saying", "the agency cited her as telling lawmakers": the
        outlet relays (``relay_verbs.txt``), the person between the verb and "as" + a reporting
        participle speaks."""
        for k, token in enumerate(tokens):
            if (
                cue_lemma(token) not in lexicons.words("relay_verbs")
                or not token.tag_.startswith("VB")
                or token.tag_ == "VBG"
            ):
                continue
            for m in range(k + 2, min(len(tokens) - 1, k + 9)):
                if tokens[m].lower_ == "as" and tokens[m + 1].tag_ == "VBG" and is_cue(tokens[m + 1]):
                    if k > 0 and tokens[k - 1].lower_ in BE_FORMS and tokens[k + 1].lower_ in ("by", "in", "on"):
                        # "Karimova was quoted by the agency as saying", "Aubert was quoted in a trade
                        # magazine as saying": the passive's subject
                        speaker = self.subject_before(tokens[:k])[0]
                        return Attribution(speaker, token.text, how="cue" if speaker else "relayed")
                    # ("CNN quoted one attendee as saying": someone unnamed, never the outlet)
                    speaker = self.resolve_phrase(tokens[k + 1 : m])
                    return Attribution(speaker, token.text, how="cue" if speaker else "relayed")
            return None
        return None

    def _cue_after(self, after: list[Token], *, strict: bool) -> Attribution | None:
        words = [t for t in after if t.text not in (",",)]
        if not words:
            return None
        relayed = self._quoted_as(words)
        if relayed is not None:
            return relayed
        if words[0].lower_ == "as":
            found = self._as_put_it(words)
            if found:
                return found
        if words[0].lower_ in SUBORDINATORS:
            return None  # “…,” when Roe blasted him: a clause of its own, not the attribution
        if _apposed_noun_with_clause(words):
            return None  # “…,” a charge the White House denied: the quotation is the charge
        if words[0].text in DASHES and len(words) > 1:
            # A quotation signed with a dash: “…” ― Jane Roe
            speaker = self.subject_after(words[1:])
            return Attribution(speaker, None) if speaker else None
        anonymous = self._unnamed_subject_before_cue(words)
        if anonymous is not None:
            return anonymous
        depth = 0
        k = -1  # words seen outside parentheses: "(R-Utah)" does not push the cue away
        relative = False  # inside ", who asked not to be named,": its verbs are not the cue
        aside: set[int] = set()  # the tokens of such a relative clause
        previous: Token | None = None
        passive_before = False  # a passive cue came first: its subject is spoken of, not speaking
        for token in words[:30]:
            if token.text in ("(", ")"):
                depth = max(0, depth + (1 if token.text == "(" else -1))
                continue
            if depth > 0:
                continue
            if (
                (token.lower_ in RELATIVE or token.tag_ == "VBG" and token.lower_ != "according")
                and previous is not None
                and self.doc[token.i - 1].text == ","
            ):
                relative = True  # (or ", speaking to reporters,": a participle's aside; not "according to")
            elif relative and self.doc[token.i - 1].text == ",":
                relative = False
            previous = token
            if token.text == "." and not ends_sentence(self.doc, token.i):
                continue  # the full stop of "Sgt." or an initial is no word between quote and cue
            k += 1
            if relative:
                aside.add(token.i)
                continue
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                if k > 3:
                    return None
                source = self.subject_after([t for t in after if t.i > token.i + 1])
                # (“…,” according to a police affidavit: a source the story does not name)
                return Attribution(source, "according to", how="cue" if source else "unnamed subject")
            if not is_cue(token) and not noun_read_cue(self.doc, token, k):
                if token.tag_ in ("VBD", "VBZ", "VBP") and token.lower_ not in SKIP_BEFORE_CUE and k > 0:
                    # Another verb first: the words after the quote are a sentence of their own
                    # (not "used" in "“…,” Roe used to say").
                    if not inside_appositive(after, token) and not leads_to_cue(self.doc, token.i):
                        return None
                continue
            if k == 0 and token.tag_ == "VBG":
                return None  # “…,” adding that …: the participle's subject is before the quote
            if token.tag_ == "VBG" and previous is not None and self.doc[token.i - 1].tag_ in ("NN", "NNS"):
                continue  # “…” a post mocking Lind: a participle modifying a noun is no cue of the quote
            if spoken_of(self.doc, token.i):
                passive_before = True  # “…,” he is being charged with it, Roe said: he is spoken of
                continue
            if (
                strict
                and (k - len(aside) > 3 or not words[0].text[:1].islower())
                and not _bare_attribution([t for t in words if t.i not in aside], token)
            ):
                # “…end.” Gov. X said …: the quote closed its sentence (“…end.” Roe, who …, said.
                # names the speaker and says nothing else)
                return None
            leading = [t for t in words if t.i < token.i]
            first = self.entity_at.get(leading[0].i) if leading else None
            named_first = first is not None and first[0].label == "PERSON"
            if (
                leading
                and self.doc[token.i - 1].text == ","
                and not any(t.tag_.startswith("VB") for t in leading)
                and not named_first  # (“…?” Jeanne Cobb, a teacher, asked Tony Russo: Cobb asked)
            ):
                # “…” from nearby businesses, said Det. Ann Roe: the cue and its subject after the
                # phrase that finishes the quote's sentence.
                rest = [t for t in after if t.i > token.i]
                if self._person_named_first(rest):
                    return Attribution(self.subject_after(rest), token.text)
            if k > 8 and not inside_commas(after, token) and not (k <= 16 and self._titled_name(leading)):
                reporter = self._reports_the_sentence(token)
                if reporter is not None:
                    # “…” the shooting to help detectives build a timeline, he said.
                    speaker = self.resolve_phrase(reporter)
                    return Attribution(speaker, token.text, how="cue" if speaker else "unnamed subject")
                return None
            if leading and all(t.tag_ == "CC" or t.tag_ in ("RB", "MD") for t in leading) and leading[0].tag_ == "CC":
                return None  # “…” and concluded: the sentence's subject, found before the quote
            if (
                k == 0
                or all(skips_before_cue(t) or (t.tag_ in ("RB", "MD") and t.text[:1].islower()) for t in leading)
                or [t.lower_ for t in leading] in (["so"], ["thus"])
            ):  # “…” So said Roe.
                # Cue first: “…,” said Smith. (A capitalised "adverb" is a name the tagger misread:
                # “…,” Brightly said.)
                rest = [t for t in after if t.i > token.i]
                if self.anonymous_who(rest):
                    # “…,” said a man who would not give his name
                    return Attribution(None, token.text, how="anonymous")
                speaker = self.subject_after(rest)
                if speaker is None and self._unnamed_description(rest, after_cue=True):
                    return Attribution(None, token.text, how="unnamed subject")  # “…,” said the brother
                return Attribution(speaker, token.text)
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and (
                nxt.tag_ == "UH" or nxt.lower_ in ("yes", "no") or (nxt.lower_, nxt.tag_) == ("that", "IN")
            ):
                return None  # “…,” Melanie said yes / X said that …: the cue has its own object
            lead_start = catenative_start(self.doc, token.i)  # "Roe used to | say": Roe
            subject_tokens = [t for t in after if t.i < lead_start]
            if passive_before:
                # The cue closes a clause of its own after the passive one: its subject follows the
                # comma that ends that clause.
                commas = [j for j, t in enumerate(subject_tokens) if t.text == ","]
                if not commas:
                    return None
                speaker, _ = self.subject_before(subject_tokens[commas[-1] + 1 :])
                return Attribution(speaker, token.text)
            speaker, _ = self.subject_before(subject_tokens, right_after_quote=True)
            if speaker is None and self._unnamed_description(subject_tokens, after_cue=False):
                # “…,” her father said: someone the story does not name, so a fragment's fallback
                # to the sentence's subject ("Lohan left because “…,” her father said") is no one's
                return Attribution(None, token.text, how="unnamed subject")
            return Attribution(speaker, token.text)
        return None

    def _reports_the_sentence(self, cue: Token) -> list[Token] | None:
        """The subject of a reporting clause that closes its sentence after a comma ("…, he
        said.", "…, Det. Ann Roe said."): it reports the whole sentence, a quotation inside it
        included, however long the words after the quotation. None if the cue is not such."""
        doc = self.doc
        if cue.tag_ not in ("VBD", "VBZ") or cue.i + 1 >= len(doc) or not ends_sentence(doc, cue.i + 1):
            return None
        if cue_lemma(cue) == "report":
            return None  # "Landrieu urged … “…”, the newspaper reported": the paper relays his words
        k = cue.i - 1
        while k > 0 and cue.i - k <= 6 and doc[k].text != ",":
            if doc[k].tag_.startswith("VB") or doc[k].tag_ in ("IN", "CC") or doc[k].text in QUOTE_CHARS:
                return None
            k -= 1
        if doc[k].text != "," or k + 1 == cue.i:
            return None
        return list(doc[k + 1 : cue.i])

    def _person_named_first(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` open with a person the story names, past titles ("Det. Ann Roe")."""
        for t in tokens[:6]:
            if t.text == "." or lexicons.is_title_word(t.text):
                continue
            hit = self.entity_at.get(t.i)
            return hit is not None and hit[0].label == "PERSON"
        return False

    def _titled_name(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` are one long title and the name it ends in ("former Millbrook mayor
        and current council candidate Dennis Kowal", "… Alma Quist of Millbrook"): nouns,
        adjectives and "and", no verb, so the cue after them is still the quotation's."""
        people = [k for k, t in enumerate(tokens) if t.i in self.entity_at and self.entity_at[t.i][0].label == "PERSON"]
        if not people or not all(t.tag_ in _TITLE_TAGS or t.lower_ in ("of", "for") for t in tokens):
            return False
        tail = tokens[people[-1] + 1 :]
        return not tail or (tail[0].lower_ == "of" and len(tail) <= 3)

    def _as_put_it(self, tokens: list[Token]) -> Attribution | None:
        """“…,” as a ministry memo put it / As one analyst puts it, “…” / (as The Daily Ledger
        called them, “…”): the phrase between "as" and "put it", or a naming verb and its object
        pronoun, is the speaker (a document speaks for its author)."""
        for k, token in enumerate(tokens):
            if k + 1 >= len(tokens):
                continue
            put_it = token.lower_ in ("put", "puts") and tokens[k + 1].lower_ == "it"
            named = (
                token.tag_ in ("VBD", "VBZ", "VBP")
                and token.lower_ in lexicons.words("naming_words")
                and tokens[k + 1].lower_ in _NAMED_PRONOUNS
            )
            if not (put_it or named):
                continue
            start = next((m for m in range(k - 1, max(-1, k - 12), -1) if tokens[m].lower_ == "as"), None)
            if start is None or start + 1 >= k:
                return None
            phrase = [t for t in tokens[start + 1 : k] if t.tag_ not in ("MD", "RB")]
            return Attribution(self.resolve_phrase(phrase), f"{token.text} {tokens[k + 1].text}")
        return None


_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
# What a naming verb names in "as X called them": the thing or people the quotation is a name for.
_NAMED_PRONOUNS = frozenset({"it", "them", "him", "her"})


def words_owned_after(words: list[Token], entity_at) -> str | None:
    """ "“…” That was Roe's message to supporters." / "Those were the words of Ann Roe." / "“…,”
    was how Roe put it.": the sentence after a quotation says whose words they were. The name (a
    person or an organisation) whose speech noun (``speech_nouns.txt``) the demonstrative is, or
    the subject of "was how … put it"; None for any other sentence."""
    words = [t for t in words if t.text not in (".", ",", "—", "–")]
    if len(words) >= 5 and words[0].lower_ in _DEMONSTRATIVES and words[1].lower_ in BE_FORMS:
        if words[2].lower_ == "how":
            words = words[1:]  # "That is how Ted Crews put it": as "… was how Ted Crews put it"
    if len(words) < 4:
        return None
    if words[0].lower_ in BE_FORMS and words[1].lower_ == "how":
        # "was how Ted Crews put it", "is how the senator described it", "That is how Dr. Ann
        # Roe, a cardiologist at Glenmore University, describes it": the how-clause's subject,
        # the first name after "how" (past a title), with its verb after it
        hit = _subject_of_relative(words[2:], entity_at, reach=14)
        if hit is not None and hit[0].label == "PERSON":
            return hit[0].name
        # ("That was how cyclist Margit Sorensdottir described …", "… how Assembly Speaker Ron
        # Voight described …": a role or an office before the name)
        return _person_named_in(words[2:], entity_at) or (hit[0].name if hit and hit[0].label == "ORG" else None)
    if words[0].lower_ == "with" and words[1].lower_ in ("those", "these"):
        if words[2].lower_ in lexicons.words("speech_nouns"):
            # "With those words, Councilwoman Brenda Achterberg opened the meeting"
            hit = _subject_of_relative(words[3:], entity_at, reach=14) or _body_spoken_for(words[3:], entity_at)
            return hit[0].name if hit is not None and hit[0].label in ("PERSON", "ORG") else None
    if words[0].lower_ not in _DEMONSTRATIVES or words[1].lower_ not in BE_FORMS:
        return _named_in_back_reference(words, entity_at)
    speech = lexicons.words("speech_nouns")
    rest = words[2:10]
    for k, token in enumerate(rest):
        if token.lower_ not in speech:
            continue
        if k >= 2 and rest[k - 1].tag_ == "POS":
            hit = entity_at.get(rest[k - 2].i)  # "Brennan's message"
        elif k + 1 < len(rest) and rest[k + 1].lower_ in ("of", "from"):
            # "the words of Roe"; "the message from Elmwood Police Chief Ray Cole": the person the
            # body's title leads to, not the body
            person = _person_named_in(words[k + 4 : k + 11], entity_at)
            if person is not None:
                return person
            hit = next((entity_at[t.i] for t in rest[k + 2 : k + 6] if t.i in entity_at), None)
        elif (hit := _subject_of_relative(words[k + 3 :], entity_at)) is not None:
            pass  # "that was the message Sen. Ann Roe delivered": the one who delivered it
        else:
            return _named_in_back_reference(words, entity_at)
        return hit[0].name if hit is not None and hit[0].label in ("PERSON", "ORG") else None
    return _named_in_back_reference(words, entity_at)


# Nouns a sentence after a quotation lede points back at it with.
_BACK_NOUNS = lexicons.words("speech_nouns") | lexicons.words("back_reference_nouns")
# Prepositions after which a name is the one spoken to or about, not the speaker.
_NOT_THE_SPEAKERS = frozenset({"to", "at", "about", "against", "for", "on", "with", "toward", "towards", "over"})


def _named_in_back_reference(words: list[Token], entity_at) -> str | None:
    """ "Those words, spoken by Senate Majority Leader Emmett Darrow, summed up …", "The line,
    delivered by Dalton Greer …", "The speaker was Daniel Okonkwo", "With those four words,
    Senator Josiah Penhallow ended …", "So begins the stump speech of Evangeline Thorsby": a
    sentence after a quotation that opens by pointing back at it (a demonstrative, "the" or "so",
    and a noun for speech within its first words) and names a person: the first person it names
    not spoken to or about ("to Roe", "about Roe"). None for any other sentence."""
    opening = words[1:6] if words and words[0].lower_ == "with" else words[:5]
    if not opening or opening[0].lower_ not in _DEMONSTRATIVES | {"the", "so"}:
        return None
    if not any(t.lower_ in _BACK_NOUNS for t in opening[1:]):
        return None
    return _person_named_in(words, entity_at)


def _person_named_in(words: list[Token], entity_at) -> str | None:
    """The first person ``words`` name that no preposition of address or topic governs ("the
    message to Roe"), nor a possessive makes the owner of something else."""
    for k, token in enumerate(words):
        hit = entity_at.get(token.i)
        if hit is None or hit[0].label != "PERSON" or (k and entity_at.get(words[k - 1].i, (None,))[0] is hit[0]):
            continue
        j = k - 1
        while j >= 0 and (lexicons.is_title_before_name(words[j].text) or words[j].tag_ in ("NN", "NNP", "JJ")):
            j -= 1  # "Senate Majority Leader", "cyclist", "Democratic pollster"
        end = k
        while end < len(words) and entity_at.get(words[end].i, (None,))[0] is hit[0]:
            end += 1
        belongs = j >= 1 and words[j].lower_ == "to" and words[j - 1].lower_.startswith("belong")  # "belong to Roe"
        if (j >= 0 and words[j].lower_ in _NOT_THE_SPEAKERS and not belongs) or (
            end < len(words) and words[end].tag_ == "POS"
        ):
            continue
        return hit[0].name
    return None


def _body_spoken_for(words: list[Token], entity_at):
    """The organisation named after the people who speak for it opening ``words`` (", the
    leaders of the Service Workers United union announced"): "the", a plural of
    ``organisation_voices.txt``, "of", "from" or "at", and the organisation's mention."""
    k = 0
    while k < len(words) and words[k].text in (",", "the"):
        k += 1
    if k + 2 >= len(words) or words[k].lower_ not in lexicons.words("organisation_voices"):
        return None
    if words[k + 1].lower_ not in ("of", "from", "at"):
        return None
    for token in words[k + 2 : k + 5]:
        hit = entity_at.get(token.i)
        if hit is not None:
            return hit if hit[0].label == "ORG" else None
    return None


def _subject_of_relative(words: list[Token], entity_at, *, reach: int = 0):
    """The entity that opens ``words`` (past a title) when a finite verb follows it: the subject
    of a relative clause with no "that" ("the message [Sen. Ann Roe delivered]"). With ``reach``,
    the verb may stand that many words on, past an aside ("Dr. Ann Roe, a cardiologist at
    Glenmore University, describes")."""
    k = past_titles(words, 0, entity_at, most=3) if words else 0
    if k >= len(words) or words[k].i not in entity_at:
        return None
    hit = entity_at[words[k].i]
    end = k
    while end < len(words) and entity_at.get(words[end].i, (None,))[0] is hit[0]:
        end += 1
    verbs = ("VBD", "VBZ", "VBP", "VBN")
    if reach:
        return hit if any(t.tag_ in verbs for t in words[end : k + reach]) else None
    return hit if end < len(words) and words[end].tag_ in verbs else None


# Tags of the words a sentence of bare attribution may hold around its cue: a name and title
# before it, its hearers and a time after it ("Roe told Channel 4 on Monday").
_BARE_TAGS = _TITLE_TAGS | {"PRP", "IN", "RB", "NNPS"}
_BARE_MAX_WORDS = 8


def _bare_attribution(words: list[Token], cue: Token) -> bool:
    """Whether the sentence after a quotation that closed with its own full stop is only the
    quote's attribution: “…crazy.” Roe says. / “…” Police Chief Ann Roe told Channel 4 on Monday.
    Such a sentence says nothing of its own: a subject before the cue (no verb, no clause) and
    at most its hearers and a time after it, ending on a full stop. "Gov. Roe said the bill …"
    has content of its own and is a new sentence, not the quote's attribution."""
    before = [t for t in words if t.i < cue.i]
    after = [t for t in words if t.i > cue.i]
    if not before or not after or after[-1].text != "." or len(before) > _BARE_MAX_WORDS:
        return False
    if len(after) > _BARE_MAX_WORDS or any(t.lower_ == "that" for t in after):
        return False
    if any(t.lower_ in ("same", "similar", "likewise") for t in after):
        return False  # “…” Leopold said the same about the Democrat: he repeats it of another
    return all(t.tag_ in _BARE_TAGS for t in before + after)


def _apposed_noun_with_clause(words: list[Token]) -> bool:
    """Whether the words after a quotation open a noun set beside it that a clause of its own
    describes ("a charge the White House denied", "a claim that Roe disputes"): the clause's
    subject answers the quotation, it did not say it. A person's noun ("a spokesman said") is
    the cue's subject instead."""
    if len(words) < 4 or words[0].lower_ not in ("a", "an") or words[1].tag_ != "NN":
        return False
    noun = words[1].lower_
    if noun in lexicons.role_nouns() or noun in lexicons.words("everyday_person_nouns"):
        return False
    return words[2].lower_ in ("the", "that", "which") or words[2].tag_ in ("NNP", "PRP")
