"""Organisations, and the people who speak for them, resolved by the discourse focus: "police
said", "White House officials said", "a spokesman for Acme", "the union", "the hospital".

``OrganisationRules`` is the part of ``focus.DiscourseFocus`` that decides which organisation such
a phrase means: the one it names ("officials with Acme", "Kansas City police"), the one of that kind
the story named ("the union" for the Harbour Workers Union, "the navy" for the Indian Navy), or the
one in clear focus, never one of another kind ("the company" is no police department). Like
``focus_descriptions.DescriptionRules``, which builds on it (spokespeople and documents speak for a
principal found here), it reads the pass's state, so it is a mixin of the pass.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.annotate import lexicons
from pipeline.annotate.focus_place_bodies import PlaceBodyRules
from pipeline.annotate.focus_place_bodies import name_words as _name_words
from pipeline.annotate.referents import CLEAR_LEAD, GROUP_LABELS, NP_TAGS, OWNER_PREPOSITIONS, PERSON_LABELS, Referent

_INSTITUTION_NOUNS = lexicons.words("institution_nouns")

# What makes someone a body's voice no longer ("a former official").
NO_LONGER = frozenset({"former", "ex", "onetime", "retired"})


class OrganisationRules(PlaceBodyRules):
    """Which organisation a phrase means; mixed into ``focus.DiscourseFocus`` (through
    ``DescriptionRules``), whose state it reads."""

    def _organisation_of_kind(self, word: str, *, by_form: bool = True, anywhere: bool = False) -> Referent | None:
        """The most salient organisation whose name says it is a ``word``: "the Harbour Workers
        Union" for "union", "the Federal Bureau of Inquiry" for "bureau"; with ``by_form``, for
        "company" or "firm", a name ending in a company form ("Inc.") too; with ``anywhere`` (a
        definite "the authority"), the one such organisation the story named, in focus or not."""
        company = by_form and word in ("company", "firm", "corporation")
        candidates = self._candidates(lambda r: r.kind == "group" and r.label == "ORG")
        # (a name the noun heads first: "a university spokesperson" is Pennine Metropolitan
        # University's, not the University and College Union's)
        for _, _, referent in candidates:
            words = _name_words(referent.name)
            if words and words[-1] == word:
                return referent
        for _, _, referent in candidates:
            words = _name_words(referent.name)
            if word in words or (company and words and words[-1] in lexicons.company_forms()):
                return referent
        if not anywhere:
            return None
        # (the one such organisation the story named at all, where the pass does not count a
        # mention: inside a quotation, "“We have told the Racing Authority,” Holloway said. A
        # spokesperson for the authority said"; not the league of "a major-league source")
        named = {
            e.name: e for e, _ in self.index.entity_at.values() if e.label == "ORG" and word in _name_words(e.name)
        }
        return self._referent_of(next(iter(named.values()))) if len(named) == 1 else None

    def _organisation_by_noun(self, word: str, *, anywhere: bool = False) -> Referent | None:
        """The organisation a noun of its kind stands for in "a company spokeswoman", "the union
        statement", "a spokesperson for the company": the one in focus whose name says it is a
        ``word``; else, for a noun whose kind a name can contradict (``organisation_kinds.tsv``),
        the one in clear focus ("StrideMap said … a company spokesman said"), but not for "a
        union spokeswoman" after a firm."""
        found = self._organisation_of_kind(word, anywhere=anywhere)
        if found is None and word in _INSTITUTION_NOUNS:
            found = self._institution_named(word)  # "an airport spokeswoman": the airport in focus, a place or a body
        elif found is None and word in lexicons.mapping("organisation_kinds.tsv"):
            found = self._group_in_focus(word)  # (not "a ministry spokesman" for a charity in focus)
        return found

    def _institution_named(self, word: str) -> Referent | None:
        """ "the hospital", "the navy": the organisation in focus whose name is headed by the noun
        ("Mercy General Hospital", "the Indian Navy", "Museum of Modern Art"), else the one the
        sentence before had speak or act, when its name tells no other kind ("SkyBharat said the
        grounding would … “…,” the airline said"), else no one."""
        found = self._candidates(
            lambda r: r.kind == "group" and r.label in ("ORG", "FAC") and _institution_noun(_name_head(r.name)) == word
        )
        if found:
            return found[0][2]
        last = self._last_subject
        if self._subject is not None or last is None or last.kind != "group" or last.label != "ORG" or not last.name:
            return None
        head = _institution_noun(_name_head(last.name))
        if _other_kind(word, last.name) or (head != word and head in lexicons.words("institution_nouns")):
            return None  # (not "the airline" for Mercy General Hospital)
        return last

    def _voices(self, i: int) -> None:
        """ "White House officials", "officials with Acme", "Kansas City police", "police" (the
        plural at ``i``, ``organisation_voices.txt``): people who speak for an organisation. The
        organisation the phrase names speaks; a bare "police" is the one police force in clear
        focus; a place's police ("Kansas City police") are that place's force, named so."""
        doc = self.doc
        word = doc[i].lower_
        start = self._np_start(i)
        tokens = list(doc[start : i + 1])
        if tokens[0].lower_ in _SOME:
            return  # "other union leaders", "some officials": people of a kind, not an organisation
        if word == "police":
            self._police(i, start, tokens)
            return
        principal = self._owner(tokens[:-1], modifier=True)
        for token in tokens[:-1]:
            hit = self.index.entity_at.get(token.i)
            if hit is not None and hit[0].label in GROUP_LABELS | PERSON_LABELS:
                principal = principal or self._referent_of(hit[0])
            elif principal is None and organisation_noun(token.lower_):
                principal = self._organisation_of_kind(token.lower_)  # "district officials"
        principal = principal or self._principal_after(i, events=True)
        if principal is not None:
            self._voices_of[word] = principal
        elif len(tokens) == 2 and tokens[0].lower_ == "the":
            # "Analysts at Corbel Securities were skeptical. … the analysts wrote": the body the
            # story last gave these voices
            principal = self._voices_of.get(word)
        self._spoken_for(i, start, principal)

    def _spokespeople(self, i: int) -> None:
        """ "her aides", "one of the governor's aides", "aides to Mallory", "Acme's lawyers" (the
        plural spokesperson's noun at ``i``, ``spokes_nouns.txt``): the principal they speak for,
        as for "a spokesman for Acme". With no principal in the phrase, no one: "aides said" alone
        may be anyone's."""
        start = self._np_start(i)
        tokens = list(self.doc[start : i + 1])
        principal = self._owner(tokens[:-1], modifier=True) or self._principal_after(i, to=True)
        self._spoken_for(i, start, principal)

    def _spoken_for(self, i: int, start: int, principal: Referent | None) -> None:
        """The voices at ``i`` (their phrase from ``start``) speak for ``principal``, if any."""
        if principal is not None:
            self._at[i] = principal
            self._mention(principal, self._role(start, i + 1, named=False), i)

    def _principal_after(
        self, i: int, *, to: bool = False, document: bool = False, events: bool = False
    ) -> Referent | None:
        """ "a spokesman for Acme", "a statement from the ministry", "a post on Acme's website":
        the entity after the noun (after "on", only an owner: "a report on Russia" is a topic);
        "aides to the governor": the person the story tied the role to. With ``to``, "to" names
        the principal too (an aide's: "aides to Mallory"; a statement "to" someone is addressed).
        With ``events``, an event speaks through the people named for it ("organisers of the
        Brenholm Festival").
        With ``document``, a role set beside a name is that person ("a statement from its finance
        director, Lena Ortiz"); a person's role is not ("the lawyer of the victim, Jane Roe," may
        name the victim)."""
        doc = self.doc
        if i + 1 >= len(doc):
            return None
        preposition = doc[i + 1].lower_
        if preposition not in OWNER_PREPOSITIONS and preposition != "on" and not (to and preposition == "to"):
            return None
        for k in range(i + 2, min(len(doc), i + 8)):
            hit = self.index.entity_at.get(k)
            if hit is not None and (
                hit[0].label in GROUP_LABELS or hit[0].label in PERSON_LABELS or (events and hit[0].label == "EVENT")
            ):
                if document and preposition == "for" and hit[0].label in ("GPE", "LOC", "FAC"):
                    return None  # "a travel advisory for Rhondel": the place is what it is about
                end = k
                while end < len(doc) and self.index.entity_at.get(end, (None,))[0] is hit[0]:
                    end += 1
                if end < len(doc) and doc[end].text == "-":
                    continue  # "a spokeswoman for the Grammy-winning duo Pell & Pine": a compound adjective
                titled = self._titled_person_at(end) if hit[0].label in GROUP_LABELS else None
                if titled is not None:
                    return titled  # "a spokesman for House Speaker Paul Ryan": Ryan, not the House
                while end < len(doc) and end < k + 4 and doc[end].tag_ in ("NN", "NNP"):
                    end += 1  # "on the Acme campaign's website"
                if preposition == "on" and not (end < len(doc) and doc[end].tag_ == "POS"):
                    return None
                return self._referent_of(hit[0])
            if preposition != "on" and self._is_head(k) and doc[k].lower_ in lexicons.role_nouns():
                # "aides to the governor", "lawyers for the senator": the person the story tied
                # the role to, if one; "a statement from its finance director, Lena Ortiz": the
                # person the role is set beside
                apposed = (
                    self.index.entity_at.get(k + 2)
                    if document and k + 2 < len(doc) and doc[k + 1].text == ","
                    else None
                )
                if apposed is not None and apposed[0].name in self.index.person_names:
                    return self._referent_of(apposed[0])
                name = self.index.resolve_description(doc[k].lower_, [], doc[k].idx)
                return self._entity_named(name) if name else None
            if preposition != "on" and self._is_head(k) and organisation_noun(doc[k].lower_):
                if doc[i + 2].lower_ in ("one", "another", "a", "an", "some"):
                    return None  # "a source at one interested club": a body the story does not name
                apposed = self.index.entity_at.get(k + 2) if k + 2 < len(doc) and doc[k + 1].text == "," else None
                if apposed is not None and apposed[0].label in GROUP_LABELS:
                    return self._referent_of(apposed[0])  # "for the regional disaster agency, CDERA,"
                if self._another_body(list(doc[i + 2 : k]), doc[k].lower_):
                    return None  # "a spokesman for the pension board" of a union named before
                # "a spokesperson for the company"; "for the authority": the one the story named
                return self._organisation_by_noun(doc[k].lower_, anywhere=doc[k - 1].lower_ == "the")
            if doc[k].tag_ not in NP_TAGS:
                return None
        return None

    def _another_body(self, modifiers: list[Token], word: str) -> bool:
        """Whether "the pension board", "the transport ministry" (the nouns ``modifiers`` before
        the organisation noun ``word``) names a body no organisation in focus is: none of the
        named ones has the noun or a modifier among its name's words. Places' and a state's
        nouns ("the state agency", "the city council") decide nothing, nor the members a plural
        possessive names ("the growers’ association", "the teachers' union"), nor the trade before
        "company" or "firm" ("the bus company"; but "the parent company" is another,
        ``related_company_words.txt``); a noun that begins a word of a name is that word ("the exam
        board", Midland Examinations Council)."""
        nouns = {
            t.lower_
            for t in modifiers
            if t.tag_ in ("NN", "NNS", "NNP", "NNPS")
            and t.is_lower
            and t.lower_ not in lexicons.words("place_nouns")
            and not members_before(t)
        }
        if word in ("company", "firm") and not nouns & lexicons.words("related_company_words.txt"):
            return False  # "the bus company": what the company in focus does, not another one
        if not nouns:
            return False
        named = [r for r in self._active if r.kind == "group" and r.label == "ORG" and r.name]
        # (a noun may be short for a word of the name: "the exam board", Midland Examinations Council)
        return not any(
            any(n == w or (len(n) >= 4 and w.startswith(n)) for n in nouns | {word} for w in _name_words(r.name))
            for r in named
        )

    def _principal_in_focus(self) -> Referent | None:
        """Whom an unattached "a spokesman" speaks for: the named organisation or acting person in
        clear focus, else no one."""
        # (two in focus: "Mallory and Abbey met … a spokesman said" is either's; an organisation
        # the story did not name takes the focus too: "The port authority welcomed it. “…,” a
        # spokesman said" is the authority's, not the union official named before)
        best = self._in_clear_focus(
            lambda r: (
                (r.name is not None and r.kind in ("person", "group") and r.label in ("ORG", "PERSON"))
                or (r.name is None and r.kind == "group")
            )
        )
        if best is None or best.name is None:
            return None
        return best if best.kind == "group" or best.agent else None

    def _titled_person_at(self, k: int) -> Referent | None:
        """The person named after a title that starts at token ``k`` right after an organisation's
        name ("[House] Speaker Paul Ryan", "[Acme] CEO Jane Roe", "[Senate] Majority Leader Mitch
        McConnell", "[Senate] candidate Aldo Ferrante"): the organisation only says whose title it is."""
        doc, j = self.doc, k
        while (
            j < len(doc)
            and j < k + 3
            and j not in self.index.entity_at
            and (doc[j].text[:1].isupper() or doc[j].lower_ in lexicons.role_nouns())
        ):
            j += 1  # (or a role in lower case: "[Senate] candidate Aldo Ferrante", "[Acme] chief executive Ann Roe")
        words = [t.text for t in doc[k:j]]
        if not any(lexicons.is_title_word(w) or w.lower() in lexicons.role_nouns() for w in words):
            return None
        hit = self.index.entity_at.get(j)
        return self._referent_of(hit[0]) if hit is not None and hit[0].label in PERSON_LABELS else None

    def _organisation_headed_by(self, word: str, modifiers: list[str]) -> Referent | None:
        """ "the administration" after "the Transportation Security Administration": the
        organisation in focus whose name ends with the noun, so is one of its kind, and has the
        phrase's other words ("the sheriff's office" is the Sheriff's Office, not the Coroner's)."""
        wanted = set(_name_words(" ".join(modifiers)))
        for _, _, referent in self._candidates(lambda r: r.kind == "group" and r.label == "ORG"):
            words = _name_words(referent.name)
            if words and words[-1] == word and wanted <= set(words):
                return referent
        return None

    def _voice_of_a_body(self, tokens: list[Token]) -> tuple[bool, Referent | None]:
        """Whether the phrase ``tokens``, headed by a noun for one of the people through whom an
        organisation speaks ("official", "executive"), is that organisation's voice, as "Pentagon
        officials" are, and the organisation when the phrase names it only by its noun; else
        "the official" is a description like any other. The body stands right before the noun:
        named ("a Pentagon official"; a party's official speaks for no party), a body that speaks
        for a principal named before it ("a Pruett campaign official"), or an organisation's noun
        whose name has it ("a bureau official": the Federal Bureau of Inquiry in focus). A former
        one speaks for it no longer ("a former committee staffer")."""
        index = self.index
        if any(t.lower_ in NO_LONGER for t in tokens[:-1]):
            return False, None
        body = tokens[-2]
        named_by = index.entity_at.get(body.i)
        if named_by is not None:
            return named_by[0].label in GROUP_LABELS and lexicons.party_of(body.text) is None, None
        if len(tokens) > 2 and body.lower_ in lexicons.words("spokes_bodies") and tokens[-3].i in index.entity_at:
            return True, None
        if body.lower_ in lexicons.words("organisation_nouns"):
            named = self._organisation_of_kind(body.lower_, by_form=False)
            return named is not None, named
        return False, None

    def _group_in_focus(self, word: str, modifiers: frozenset[str] = frozenset()) -> Referent | None:
        """ "the union", "the agency": an organisation whose name has the noun, else one whose
        name has a modifier of it ("the freight company": Corliss Freight), else the one in clear
        focus, else what an earlier "a union" introduced, else the one organisation of the kind
        the story named at all."""
        named = self._organisation_of_kind(word, by_form=False, anywhere=True)
        if named is not None:
            return named
        organisations = self._candidates(lambda r: r.kind == "group" and r.label == "ORG")
        if modifiers:
            fitting = [
                r
                for r in self._active
                if r.kind == "group" and r.label == "ORG" and modifiers & set(_name_words(r.name))
            ]
            ranked = [c[2] for c in organisations if c[2] in fitting]
            if ranked or len({r.name for r in fitting}) == 1:
                return ranked[0] if ranked else fitting[0]
        # Of the organisations in focus, those whose name does not say they are of another kind
        # ("the company" is no "Police Department" and no "Associated Press"; "the band" is not
        # the platform it posted on, "In a statement posted on Instagram, the band wrote"; nor "the
        # company" a platform the story only named as where something was posted).
        organisations = [
            c
            for c in organisations
            if not _other_kind(word, c[2].name or c[2].head)  # (an unnamed "police": no company)
            and not (c[2].name in _PLATFORMS and (word not in _FIRMS or c[2].only_medium))
        ]
        unnamed = self._same_head(word)
        if organisations and (len(organisations) == 1 or organisations[0][0] >= CLEAR_LEAD * organisations[1][0]):
            best = organisations[0][2]
            # "The state police took over … A bus company owned the coach … the company said":
            # the company introduced since, and never an organisation of another kind.
            if not (unnamed is not None and unnamed.last > best.last):
                return best
        if unnamed is None and not organisations:
            # "a shooting at the Harlan Foods plant … the company said": the story named one
            # organisation of the kind, only as a modifier, which weighs nothing in focus (not
            # counting an outlet only ever told something: "one employee told NBC Dayton"). So
            # far in the story, though focus has long let it go.
            named = [
                r
                for r in self._of_entity.values()
                if r.last >= 0
                and r.kind == "group"
                and r.label == "ORG"
                and r.name
                and not r.only_told
                and not r.only_medium  # (nor where something was posted: "wrote on Instagram")
                and not _other_kind(word, r.name)
            ]
            return named[0] if len(named) == 1 else None
        return unnamed


_PLATFORMS = lexicons.words("social_platforms.txt")
# The nouns a platform's own company is called by ("Instagram … the company said").
_FIRMS = frozenset({"company", "firm"})


def _other_kind(word: str, name: str | None) -> bool:
    """Whether an organisation's name says it is of another kind than the noun ``word``: a
    business ("the company", "the firm") is not a public body ("Department", "Police",
    "University"), nor the other way round (``lexicons/organisation_kinds.tsv``)."""
    kinds = lexicons.mapping("organisation_kinds.tsv")
    wanted = kinds.get(word)
    if wanted is None or not name:
        return False
    words = _name_words(name)
    # (the word that heads the name decides when it tells a kind: "Nordhaven University Hospital"
    # is a hospital, no public university, so not "the agency")
    found = {kinds[words[-1]]} if words and words[-1] in kinds else {kinds[w] for w in words if w in kinds}
    return bool(found) and wanted not in found


# Determiners of a plural for people of a kind rather than for an organisation's voices.
_SOME = frozenset({"other", "some", "many", "several", "few", "most", "all", "both", "two", "three", "no"})


def _institution_noun(head: str | None) -> str | None:
    """The noun copy calls an institution by, from the head of its name: "hospitals" and
    "airlines" are read in the singular, "airways" is an airline
    (``lexicons/institution_name_heads.tsv``)."""
    if head is None:
        return None
    heads = lexicons.mapping("institution_name_heads.tsv")
    if head in heads:
        return heads[head]
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return heads.get(singular, singular)


def _name_head(name: str | None) -> str | None:
    """The noun that heads an organisation's name: its last word before "of" ("Museum of Modern
    Art"), else its last word ("Mercy General Hospital")."""
    words = _name_words(name)
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else None


def members_before(token: Token) -> bool:
    """Whether ``token`` is a plural noun with a possessive ending after it ("growers’"): before
    an organisation's noun, its members, not a body it belongs to."""
    doc = token.doc
    return token.tag_ == "NNS" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"


def organisation_noun(word: str) -> bool:
    return word in lexicons.words("organisation_nouns") or word in lexicons.words("institution_nouns")
