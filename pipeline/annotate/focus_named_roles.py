"""The names a description's own phrase gives, for the focus pass: "the senator, John Roe,"
(a name set beside the noun), "appointed Dale Kerr as police chief" (a name before its "as"),
"his wife Dana said" (a name right after a noun that tells a gender) and "the mother of Dana
Kroll" (whose relative); a clause after the description that names the person or says it will
not is ``focus_unnamed.py``. ``NamedRoleRules`` is mixed into
``focus_descriptions.DescriptionRules``, which decides what a description refers to when its
phrase names no one; both read the pass's state.
"""

from __future__ import annotations

from pipeline.annotate import lexicons
from pipeline.annotate.focus_documents import POST_PREPOSITIONS
from pipeline.annotate.focus_organisations import organisation_noun
from pipeline.annotate.focus_place_bodies import PLACE_BODY_NOUNS
from pipeline.annotate.person_spans import ROLES_FIRMS_HOLD
from pipeline.annotate.phrases import past_home_of, portfolio_then_title
from pipeline.annotate.referents import FINITE, GROUP_LABELS, NP_TAGS, PERSON_LABELS, QUOTE_CHARS, Referent
from pipeline.annotate.sentence_ends import ends_sentence
from pipeline.model import Entity

# The prepositions of a role's phrase before the name set beside it: "a co-owner of the bakery,
# Omar Fitch,", "Lorrence's ambassador to the U.N., Jonas Tekle,".
ROLE_PREPOSITIONS = POST_PREPOSITIONS | {"to"}


class NamedRoleRules:
    """Which name a description's phrase gives; mixed into ``focus.DiscourseFocus``."""

    def _person_after_of(self, i: int) -> Referent | None:
        """The person named after "of" right after the head noun at ``i`` ("the mother of Dana
        Kroll", "a friend of victim Dana Kroll"): whose relative or friend the description is."""
        doc, k = self.doc, i + 1
        if k >= len(doc) or doc[k].lower_ != "of":
            return None
        k += 1
        while k < len(doc) and k < i + 5 and doc[k].tag_ in ("NN", "JJ") and doc[k].text[:1].islower():
            k += 1
        hit = self.index.entity_at.get(k)
        if hit is None or hit[0].label not in PERSON_LABELS or hit[1] != doc[k].idx:
            return None
        return self._referent_of(hit[0])

    def _given_as(self, start: int) -> Entity | None:
        """The person whose name stands right before the "as" that opens the phrase at ``start``
        ("appointed Dale Kerr as police chief", "picked Gov. Lisa Pratt of Indiana as his running
        mate"): the role is that person's, as ``StoryIndex`` ties it, not someone new."""
        doc = self.doc
        j = start - 1
        if j < 1 or doc[j].lower_ != "as":
            return None
        j -= 1
        k = j
        while k > 0 and doc[k].tag_ == "NNP":
            hit = self.index.entity_at.get(k)
            if hit is not None and hit[0].label == "PERSON":
                break
            k -= 1
        if k < j and doc[k].lower_ == "of":  # "… of Indiana as"
            j = k - 1
        hit = self.index.entity_at.get(j)
        return hit[0] if hit is not None and hit[0].label == "PERSON" else None

    def _noun_before_name(self, i: int) -> bool:
        """ "Wilta's mother Miatta Teage, 39, was …", "his wife Dana said": a name right after a
        noun that tells a gender (token ``i``, no comma between) is the person the noun describes,
        and has that gender. Whether it was one; the name itself is counted when the pass reaches it."""
        doc = self.doc
        if i + 1 >= len(doc):
            return False
        gender = lexicons.noun_gender(doc[i].lower_)
        named = self.index.entity_at.get(i + 1)
        if gender is None or named is None or named[0].label not in PERSON_LABELS or named[1] != doc[i + 1].idx:
            return False
        referent = self._referent_of(named[0])
        self._at[i] = referent
        if referent.kind == "person" and referent.gender is None:
            referent.gender = gender
        return True

    def _role_joined_to_titled_name(self, i: int) -> bool:
        """ "Senior BJP leader and Union Minister Piyush Goyal Mehta said": a role joined by "and" to
        a title right before a name (token ``i``, the first role's noun) is that person's, not
        someone new (past an organisation's name the title may open with: "and Acme CEO Jane
        Roe"; ``_titled_person_at``). Whether it was one."""
        doc = self.doc
        if i + 3 >= len(doc) or doc[i + 1].lower_ != "and" or doc[i].lower_ not in lexicons.role_nouns():
            return False
        k = i + 2
        while k < len(doc) and (hit := self.index.entity_at.get(k)) is not None and hit[0].label in GROUP_LABELS:
            k += 1
        titled = self._titled_person_at(k)
        if titled is None:
            return False
        self._at[i] = titled
        return True

    def _title_phrase_before_name(self, i: int) -> bool:
        """ "Leader of the Opposition Omar Jadoon", "Minister for Irrigation Nadeem Warraich": a
        capitalised role (token ``i``) whose "of" or "for" phrase, a few capitalised words, runs
        straight into a person's name is that person's title, not someone new. Whether it was one."""
        doc, n = self.doc, len(self.doc)
        if not doc[i].is_title or i + 3 >= n or doc[i + 1].lower_ not in ("of", "for"):
            return False
        k = i + 2 + (doc[i + 2].lower_ == "the")
        end = min(n, k + 5)
        while k < end and doc[k].tag_ in ("NNP", "NNPS", "CC") and doc[k].text[:1].isupper():
            named = self.index.entity_at.get(k)
            if named is not None and named[0].label in PERSON_LABELS and named[1] == doc[k].idx:
                self._at[i] = self._referent_of(named[0])
                return True
            k += 1
        return False

    def _comma_after_head(self, i: int) -> int | None:
        """The comma that sets off an apposition after the head noun at ``i`` (or "named"): right
        after it ("the senator, John Roe"), or after a prepositional phrase that names no person
        ("a co-owner of the bakery, Omar Fitch,", "ambassador to the U.N., Jonas Tekle,") or the
        person a spokesperson speaks for ("a spokeswoman for Marlow, Anne Fitch,"). Not after
        "the mother of the victim, Jane Roe," where the name may be either's."""
        doc, n = self.doc, len(self.doc)
        j = i
        while (
            j + 2 < n
            and doc[j + 1].text == "-"
            and doc[j + 2].is_alpha
            and (doc[j + 2].is_lower or (doc[j].is_title and doc[j + 2].is_title))
        ):
            j += 2  # "The ruling party's secretary-general, Chidi Okonjo,": the role runs on
        if j > i and j + 1 < n and doc[j + 1].text == ",":
            return j + 1
        i = j  # ("The Director-General of the centre, Dr Ifeoma Nwachukwu,": its phrase goes on)
        if i + 3 < n and doc[i + 1].lower_ == "and":
            # "His mother and manager, Karen Ellery,", "The firm's founder and chief executive,
            # Nathan Price,": one person, two roles (the second's modifiers in lower case)
            k = i + 2
            while (
                k + 1 < n and k < i + 4 and doc[k].tag_ in ("JJ", "NN") and doc[k].is_lower and doc[k + 1].tag_ == "NN"
            ):
                k += 1
            if (
                k + 1 < n
                and doc[k].tag_ == "NN"
                and (doc[k].lower_ in lexicons.role_nouns() or doc[k].lower_ in lexicons.words("kin_nouns"))
                and doc[k + 1].text == ","
            ):
                return k + 1
        if i + 1 < n and (doc[i + 1].text == "," or doc[i + 1].lower_ in ("named", "surnamed")):
            return i + 1  # (and "a woman named Kelly": the name is hers)
        if i + 2 >= n or doc[i + 1].lower_ not in ROLE_PREPOSITIONS:
            return self._comma_after_opening_subject(i)
        # (one who speaks for a person is not that person: "a spokeswoman for Marlow, Anne Fitch,")
        spokes = doc[i].lower_ in lexicons.words("spokes_nouns")
        # (nor is one who acts for a named person: "A lawyer for Petty Officer Farr, Stanley
        # Rourke," is the lawyer; a name is set beside no other name)
        object_named = None
        for j in range(i + 2, min(n, i + 16)):
            token = doc[j]
            if token.text in ("(", ")") and j < i + 15:
                continue  # a body's acronym in brackets: "The candidate of the Ruritanian Congress (RC) in …,"
            if token.text == ",":
                if object_named is not None:
                    return j if self._other_person_after(j, object_named) else None
                return j if j > i + 2 else None
            hit = self.index.entity_at.get(j)
            if hit is not None and hit[0].label in PERSON_LABELS and not spokes:
                object_named = hit[0]
                continue
            if token.tag_ not in NP_TAGS and token.lower_ not in ROLE_PREPOSITIONS or self.index.in_quote(token.idx):
                # "a nurse at the clinic on Elm Street in Dunmore," goes on (unless it opens
                # the sentence: "A spokesman for the network that hosted the debate, Alton Mercer,")
                return self._comma_after_opening_subject(i)
            if token.lower_ in lexicons.role_nouns() and hit is None:  # (not "Petty Officer Farr", a name)
                owner_of_next = j + 1 < n and doc[j + 1].tag_ == "POS"
                # ("A spokeswoman for the governor, Mina Farrel," after Gov. Ray Tolland was
                # named: the governor is someone already, so the name is the spokeswoman's)
                known = spokes and self.index.resolve_description(token.lower_, [], token.idx) is not None
                if not (spokes and owner_of_next) and not known:
                    # (but a person's office a spokesperson speaks for is no one the name may
                    # be: "a spokeswoman for the sheriff's office, Lt. Carla Benavides,")
                    return None
        return None

    def _other_person_after(self, comma: int, other) -> bool:
        """Whether a person other than ``other`` is named right after the comma at ``comma``
        (past a title: ", Capt. Hollis Brennan,")."""
        doc, k = self.doc, comma + 1
        while k < len(doc) and k < comma + 4 and (lexicons.is_title_word(doc[k].text) or doc[k].text == "."):
            k += 1
        hit = self.index.entity_at.get(k)
        return hit is not None and hit[0].label in PERSON_LABELS and hit[0] is not other

    def _role_word_before_name(self, k: int, comma: int) -> bool:
        """Whether token ``k`` after the comma at ``comma`` is a word of a role in lower case set
        before a name ("sophomore", "city councilman", "a cattle rancher named", "23-year-old"):
        "a" or "an" right after the comma, then nouns, adjectives and an age, or "named"."""
        token = self.doc[k]
        if token.tag_ in ("CD", "HYPH") or token.text in ("-", "‑"):
            # an age before the name: "Its leader, 23-year-old Amara Lindgren,"; a hyphened role
            # (the tagger may read the hyphen as a noun): "ex-communications director Brenda Fawley"
            return True
        if not token.is_lower:
            return False
        if k == comma + 1 and token.lower_ in ("a", "an"):
            return True
        if k == comma + 1 and token.lower_ == "the" and k + 1 < len(self.doc):
            # "The vicar, the Rev. Ann Roe,"; "His wife, the sculptor Ingeborg Whitley,", "Its
            # founder, the former literary agent Ian Fairbrother,": a role in lower case
            following = self.doc[k + 1]
            return (
                lexicons.is_title_word(following.text)
                or (following.is_lower and following.tag_ in ("NN", "JJ", "VBN"))
                # (a party, a people or a country: "The committee's chair, the Conservative MP Sir
                # Howard Roe,", "Jury president, the New Zealand actor Mere Tautahi,")
                or lexicons.party_of(following.text) is not None
                or following.ent_type_ in ("NORP", "GPE")
            )
        if token.tag_ in ("VBN", "VBG") and k + 1 < len(self.doc):
            # "The adviser, retired Gen. Walter Pemberton,", "The first resident to speak, retired
            # machinist Gordon Eskew,", "retired schoolteacher Dorothy Kite": a participle before a
            # title or a noun
            following = self.doc[k + 1]
            if (
                lexicons.is_title_word(following.text)
                or following.lower_ in lexicons.role_nouns()
                or (following.is_lower and following.tag_ == "NN")
            ):
                return True
        # (the tagger reads some role nouns as verbs: "sophomore")
        return (
            token.tag_ in ("NN", "NNS", "JJ")
            or token.lower_ in ("named", "surnamed")
            or token.lower_ in lexicons.role_nouns()
        )

    def _comma_after_opening_subject(self, i: int) -> int | None:
        """The comma that closes the noun phrase opening the sentence, whose head at ``i`` a phrase
        follows: "The man next to him, Harlan Bowling, disagreed", "A man standing behind her,
        Dwayne Coffey, said", "A teacher who spoke at the meeting, Amy Castellano, said". The name
        set off after it names the sentence's subject (the caller asks that the name close its
        apposition). The phrase holds no quotation, no other comma, no noun for a person the name
        might be instead (a person it names cannot be: "A neighbor who knows Nadia Roe, Pauline
        Graves,"), and no finite verb outside a "who" or "that" clause."""
        doc = self.doc
        if self._np_start(i) != self._first:
            return None
        relative = False
        for j in range(i + 1, min(len(doc), i + 14)):
            token = doc[j]
            if token.text == ",":
                return j if j > i + 1 else None
            if ends_sentence(doc, j) or token.text in QUOTE_CHARS or self.index.in_quote(token.idx):
                return None
            if token.lower_ in lexicons.role_nouns():
                return None  # "A man who knows the victim, Jane Roe,": the name may be either's
            if token.lower_ in ("who", "that"):
                relative = True
            elif token.tag_ in FINITE and not relative:
                return None  # "The man said he saw Roe, …": no phrase of the subject
        return None

    def _closes_apposition(self, k: int, start: int) -> bool:
        """Whether the name whose mention starts at token ``k`` (``start``, as ``entity_at`` keeps
        it) ends an apposition: a comma, a full stop or a bracket after it, or "named" before it."""
        doc = self.doc
        if doc[k - 1].lower_ in ("named", "surnamed"):
            return True
        end = past_home_of(doc, self._mention_end(k, start))  # ("Gov. Sue Aldana of Kansas,")
        return end >= len(doc) or doc[end].text in (",", ")", ";") or ends_sentence(doc, end)

    def _name_start_after(self, comma: int) -> int:
        """Where the name set beside a description starts after the ``comma`` that opens the
        apposition, past a title ("its superintendent, Dr. Ann Roe,"), a role in lower case ("The
        chapter's president, sophomore Kaitlyn Merriweather,", "a cattle rancher named Boyd
        Tillotson"), an age ("17-year-old", five tokens) or a party; at most nine tokens on."""
        doc, index = self.doc, self.index

        def body_word(k: int) -> bool:
            # a body's name inside the role, after a word of it: "former State Department official Ann Roe"
            hit = index.entity_at.get(k)
            return hit is not None and hit[0].label in ("ORG", "GPE", "NORP") and k > comma + 1

        named_at = comma + 1
        while named_at < len(doc) and named_at - comma <= 9:
            party = lexicons.party_of(doc[named_at].text) is not None  # "former Democratic Gov. Ann Roe"
            body = body_word(named_at)
            of_phrase = self._of_phrase_of_title(named_at, comma)
            if not (named_at not in index.entity_at or party or body or of_phrase):
                break
            # (a capitalised word of the title before its title word: "Corps Commander", "Area Commander")
            of_title = (
                named_at + 1 < len(doc)
                and doc[named_at].is_title
                and doc[named_at].tag_ == "NNP"
                and lexicons.is_title_word(doc[named_at + 1].text)
                and doc[named_at + 1].is_title
            )
            if not (
                lexicons.is_title_word(doc[named_at].text)
                or of_title
                or doc[named_at].text == "."
                or self._role_word_before_name(named_at, comma)
                or party
                or body
                or of_phrase
            ):
                break
            named_at += 1
        return named_at

    def _of_phrase_of_title(self, k: int, comma: int) -> bool:
        """Whether token ``k`` is "of" after a capitalised role right after the comma, or a
        capitalised word of the phrase it opens: "The prosecutor, Clerk of Court Ann Roe,"."""
        doc = self.doc
        of = next((m for m in range(comma + 2, k + 1) if doc[m].lower_ == "of"), None)
        if of is None or of - comma != 2 or not doc[comma + 1].is_title:
            return False
        if doc[comma + 1].lower_ not in lexicons.role_nouns() and not lexicons.is_title_word(doc[comma + 1].text):
            return False
        hit = self.index.entity_at.get(k)
        return k == of or (doc[k].is_title and k - of <= 3 and (hit is None or hit[0].label not in PERSON_LABELS))

    def _holder_after_portfolio(self, i: int) -> Entity | None:
        """The person a role noun at ``i`` is set before with its portfolio and the holder's
        title, no comma between ("Cabinet member for finance Cllr Nigel Baverstock told"): that
        person's entity, else None."""
        doc = self.doc
        if i + 3 >= len(doc) or doc[i + 1].lower_ != "for" or not portfolio_then_title(list(doc[i + 2 : i + 6])):
            return None
        k = i + 2
        while k < len(doc) and k < i + 10 and k not in self.index.entity_at:
            k += 1
        hit = self.index.entity_at.get(k)
        return hit[0] if hit is not None and hit[0].label == "PERSON" else None

    def _named_beside(
        self, i: int, start: int, word: str, owner: Referent | None, *, as_person: bool, document: bool
    ) -> bool:
        """ "the senator, John Roe," / "a spokesman, Ben Hale," / "a co-owner of the shop, Ann Lee,":
        whether a name set beside the description whose head is at ``i`` (its phrase opening at
        ``start``; ``owner``: whose it is) is its referent; if so the referent is noted, with the
        role the name takes and the gender the noun tells."""
        doc, index = self.doc, self.index
        comma = self._comma_after_head(i)
        named_at = self._name_start_after(comma) if comma is not None else len(doc)
        if comma is not None and named_at < len(doc):
            hit = index.entity_at.get(named_at)
            closed = hit is not None and self._closes_apposition(named_at, hit[1])
            # (and "The fund, Serang Holdings,": an organisation's noun, its name)
            # (a body's noun is no person's: in "A nurse at the clinic, Ann Roe, said" the name is
            # the nurse's, set off after her whole phrase)
            # (and the noun for those who speak for a body, before a name set off on both sides:
            # "the head of the city administration, Serhiy Marko," is no administration; not "After
            # thanking the prosecution team, Fulham also thanked", where the comma ends a phrase)
            voices = closed and word in lexicons.words("spokes_bodies") and doc[i].tag_ == "NN"
            body_noun = not as_person and (organisation_noun(word) or word in PLACE_BODY_NOUNS or voices)
            # ("The company that runs the camp, Boreal Lodge Services, said": past a phrase opening
            # the sentence too)
            body_named = comma == i + 1 or (closed and self._comma_after_opening_subject(i) == comma)
            # ("The promoter, Greenlight Events, said": a role a firm holds too)
            # ("His team, Vanderkamp-Solis,": the people who speak for someone, named as a body)
            either = not as_person and (
                word in ROLES_FIRMS_HOLD or (word in lexicons.words("spokes_bodies") and doc[i].tag_ == "NN")
            )
            named_kind = hit is not None and (
                (hit[0].label in PERSON_LABELS and not body_noun)
                or (hit[0].label == "ORG" and (body_noun or either) and body_named and closed)
            )
            if named_kind and (comma == i + 1 or closed) and not document:
                # (a document is no person: "In a statement, Pratt's campaign said")
                # (past a phrase, only a name set off on both sides: in "Seeing her husband at the
                # bar, Ann Roe said" the comma ends an opening clause and Roe is no husband)
                referent = self._referent_of(hit[0])
                self._at[i] = referent  # counted when the pass reaches the name, in this role
                if owner is not None and owner.kind == "person" and owner.name and referent.name:
                    self._owned_as[(word, referent.name)] = owner.name
                if referent.kind == "group" and closed:
                    # "The broadcaster, Sahel Horizon TV, … The broadcaster said", "The engineering
                    # firm, Calloway & Reiss, … the firm's lawyers": the body the story gave the noun
                    self._predicated.setdefault(word, referent)
                if referent.kind == "person" and closed:
                    # "led by its president, Dave Kowalski, … The union president said": what
                    # the story called him, as "Kowalski is its president" would (a name set off
                    # on both sides: in "After meeting the chairman, Ann Roe said" she is none)
                    self._predicated.setdefault(word, referent)
                if doc[comma].lower_ in ("named", "surnamed"):
                    # "Nearby, a teacher named Hollis Brandt disagreed": the verb after the name
                    # is the description's, as after a name set off by commas
                    name_end = named_at
                    while name_end < len(doc) and index.entity_at.get(name_end, (None,))[0] is hit[0]:
                        name_end += 1
                    self._apposed_roles[named_at] = self._role(start, name_end, named=True)
                else:
                    self._apposed_roles[named_at] = self._role(start, comma, named=False)
                    self._apposed_starts[named_at] = start
                gender = lexicons.noun_gender(word) if referent.kind == "person" else None
                # (a "-man" title is held by women too: "The vice chairman, Sen. Lavinia Okereke-Strom,")
                titled_man = word.endswith("man") and word not in ("man", "woman")  # not "a woman named Kelly"
                told = gender is not None and not (titled_man and referent.gender is not None)
                if told and (referent.gender is None or closed):
                    # "Fell's mother, Munah Pike,", "a woman named Kelly": she, whatever a "he"
                    # near the name made the story's own guess
                    referent.gender = gender
                return True
        return False
