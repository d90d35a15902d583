"""Where a person's name starts and ends, whatever label the model gave its span.

The small model tags an invented or foreign person as an organisation or a place ("Helena Marsh"
ORG), tags only the surname of a full name ("Reyes" of "Ana Reyes"), takes a month that is a given
name for a date ("April Ryan"), and reads a title word that begins a company's name as a title
("General Turbines"). A person in news copy is introduced with a title ("Governor Ana Reyes"), a
role before the name ("finalist Ana Reyes") or a given name: each is read here from the tokens
around the span. What else around a span says it is a person's (a role set beside it, an age, a
"who" clause, a cue after a quotation) is ``person_evidence.py``; where a name ends when the model
left its surname out, ``person_span_ends.py``. Given names and surnames are
those of the 1990 US census tables (``lexicons.is_given_name``, ``is_surname``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of, lowers_of, text_of, words_of
from pipeline.annotate.descriptions import age_at
from pipeline.annotate.initials import INITIALS, initialled_name_at
from pipeline.annotate.month_given_names import month_as_given_name, month_given_name
from pipeline.annotate.organisations import DEMONYMS, PEOPLES_NOUNS, is_known_place, is_locative

# Titles that only ever stand before a person's name.
PERSONAL_TITLES = lexicons.words("personal_titles.txt")
# Nouns for what a person is or does, as news copy introduces people.
PERSON_ROLES = lexicons.words("person_roles.txt")
# Nouns that, in lower case right before a proper name, make it a person's: roles ("spokesman Tom
# Hale"), relatives ("his cousin Nikki Lane") and the everyday nouns for people ("neighbor Ann Roe").
# Words for a market a firm may lead ("market leader Acme", ``market_words.txt``).
_LED_MARKETS = lexicons.words("market_words.txt")
ROLES_BEFORE_PERSONS = lexicons.roles_before_persons()
# The roles and relatives a name set off by commas after them belongs to ("his attorney, Ann
# Roe,", "The defendant, Ezekiel Marchand,").
ROLES_OF_PERSONS = ROLES_BEFORE_PERSONS | lexicons.role_nouns()
# Roles a person or an organisation may hold ("Acme, owner of the mall,"; roles_firms_hold.txt).
ROLES_FIRMS_HOLD = lexicons.words("roles_firms_hold")
_CALENDAR = lexicons.words("month_and_day_names.txt")
_COMPANY_FORMS = lexicons.company_forms()
_NAME_HEADS = lexicons.words("name_heads.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_CABINET_TITLES = lexicons.words("cabinet_titles.txt")
# (titles that name their body after "of": "Speaker of the House Dennis Marlow")
_TITLES_BEFORE_OF = _CABINET_TITLES | lexicons.words("titles_before_bodies.txt")
# "Housing and Urban Development": the most words a portfolio after "Secretary of" runs to.
_MAX_PORTFOLIO_WORDS = 4
# What joins a title to its portfolio: "Minister of Health", in British, Irish and Commonwealth
# style "Minister for Health", and an envoy's "Ambassador to Kenya".
_PORTFOLIO_PREPOSITIONS = frozenset({"of", "for", "to"})
_PLACE_NOUNS = lexicons.words("place_nouns.txt")
_MAX_NAME_WORDS = 3
# The tagger reads a given name ending in "s" ("Ines", "Agnes") as a plural proper noun.
_PROPER = frozenset({"NNP", "NNPS"})


def after_person_role(ent: Span) -> bool:
    """ "Wimbledon finalist Ana Reyes", "company spokesman Tom Hale" tagged ORG or GPE: a role
    written in lower case right before one to three proper nouns makes them a person, unless
    they name a place, a firm or a building."""
    if ent.start == 0 or not 1 <= len(name_words(list(ent))) <= _MAX_NAME_WORDS:
        return False
    return _role_before(ent.doc, ent.start) and _name_like(list(ent))


def persons_after_roles(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers right after a role ("Acme spokesman Per
    Lind told reporters" with no entity on "Per Lind") or a personal title ("Prince Varo Nal");
    after a title, a single word only when it reads as a person's name."""
    out = []
    lowers = lowers_of(doc)
    # the cheap test first, once a distinct word: this runs on every token
    openers = {
        lowered
        for lowered in set(lowers)
        if lowered in ROLES_BEFORE_PERSONS
        or lowered.rstrip(".") in PERSONAL_TITLES
        or (lexicons.is_title_word(lowered) and len(lowered) > 3 and not lowered.endswith("."))
    }
    for i, lowered in enumerate(lowers[:-1]):
        if lowered not in openers:
            continue
        token = doc[i]
        initialled = _initialled_run_after(doc, i)
        if initialled is not None:
            out.append(initialled)  # "Commissioner of Police A. Venkatesan", "DCP (Crime) G. Shanthi"
            continue
        if token.whitespace_ != " ":
            apposed = _apposed_owned_name(doc, i)
            if apposed is not None:
                out.append(apposed)
            continue
        titled = (token.is_title or token.is_upper) and lowered.rstrip(".") in PERSONAL_TITLES  # ("MEP Ann Roe")
        # A role or a title some firm's name may open with, written as a title ("said Detective
        # Desiree Lund with the …", "Police Chief Dominic Farrow"): the name after it must open
        # with a census given name.
        role_as_title = token.is_title and not titled
        # ("youth leader Emeka Obi", "union leader Ann Roe": a leader of people, not "market leader
        # Acme", when a given name or a rare word follows)
        led = (
            lowered == "leader" and i > 0 and doc[i - 1].tag_ in ("NN", "NNP") and doc[i - 1].lower_ not in _LED_MARKETS
        )
        if not titled and not role_as_title and not led and not _role_before(doc, token.i + 1):
            continue
        run = _untagged_name_run(doc, token.i + 1)
        while len(run) > 2 and (lexicons.is_title_word(run[0].text) or run[0].lower_ in lexicons.ranks_in_full()):
            run = run[1:]  # "Army spokesman Major Grace Niyonzima": a rank, though a census given name
        after = run[-1].i + 1 if run else len(doc)
        if not run or not _name_like(run) or (after < len(doc) and doc[after].ent_type_):
            continue
        if titled and len(run) == 1 and not reads_as_persons_name(run, token):
            continue  # "General Electric", "King Holdings" the model did not tag
        if (role_as_title or led) and (len(run) < 2 or not _given_or_rare(run[0].text)):
            continue  # "Director General", "Coach Class"; not "Economist Dhananath Fernando"
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _initialled_run_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) characters of a name opening with initials that no entity covers right after
    the role or title at token ``i``, or after a bracketed remit that follows it ("Commissioner of
    Police A. Venkatesan", "Deputy Commissioner (Crime) G. Shanthi"): initials before a
    capitalised word are a person's name, as a given name is."""
    k = i + 1
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    if k >= len(doc) or not INITIALS.fullmatch(doc[k].text) or doc[k].ent_type_:
        return None
    run = _untagged_name_run(doc, k)
    after = run[-1].i + 1 if run else len(doc)
    if not run or initialled_name_at(run) != 0 or not _name_like(run) or (after < len(doc) and doc[after].ent_type_):
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


def initialled_name_end(ent: Span) -> int | None:
    """Where a name opening with initials ends when the model read it, cut short, as something
    else after a role ("spokesperson D. Sravan Kumar" with "D. Sravan" an organisation): the
    capitalised words after the span that no entity covers, up to three words in all."""
    doc = ent.doc
    tokens = list(ent)
    if ent.start == 0 or initialled_name_at(tokens) != 0 or not _role_before(doc, ent.start):
        return None
    run = _untagged_name_run(doc, ent.end)
    if not run or len(name_words(tokens + run)) > _MAX_NAME_WORDS or not _name_like(tokens + run):
        return None
    return run[-1].idx + len(run[-1])


def persons_after_demonyms(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers right after a people's word ("Czech Hana
    Dvorakova beat …", "Japanese Ren Takeda finished", "the Dane Rasmus Kjaer said" with no entity
    on the name): two or three name-like words, the first a given name of the tables or a word
    rare in English."""
    out = []
    for i, word in enumerate(words_of(doc)[:-2]):
        if (word not in DEMONYMS and word not in PEOPLES_NOUNS) or doc[i].whitespace_ != " ":
            continue  # the cheap test first, on the words' list: this runs on every token
        run = _untagged_name_run(doc, i + 1)
        after = run[-1].i + 1 if run else len(doc)
        if len(run) < 2 or not _name_like(run) or not _given_or_rare(run[0].text):
            continue
        if after < len(doc) and doc[after].ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            continue  # (a name that runs on into another: "Czech Hana Dvorakova Foundation" read in pieces)
        if (run[-1].tag_ == "NNPS" and not lexicons.is_rare_word(run[-1].text)) or (
            after < len(doc) and doc[after].tag_ in ("NN", "NNS")
        ):
            continue  # a modifier, no name: "Japanese Government Bonds futures" (a surname in -s may be NNPS)
        out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _given_or_rare(word: str) -> bool:
    """Whether ``word`` opens a name: a given name of the tables, or a word rare in English."""
    return lexicons.is_given_name(word) or lexicons.is_rare_given_name(word) or lexicons.is_rare_word(word)


def _name_after_portfolio(doc: Doc, k: int) -> int | None:
    """Where a person's name starts after a minister's portfolio or an officeholder's body that
    opens at token ``k`` ("Lydia Harlan" of "Secretary of State Lydia Harlan", "Ana Pires" of
    "Minister of the Interior Ana Pires", "Speaker of the House Dennis Marlow", "Minister for
    European Integration Iryna Marko"), or None: token ``k`` follows "of" or "for" after a
    capitalised title of ``cabinet_titles.txt`` or ``titles_before_bodies.txt``, one to four
    capitalised words (with "the" before them, "and" between) name the portfolio, and the name
    opens on a census given name (or a word rare in English after a portfolio of common words) with
    a capitalised word after it. The model reads the portfolio and the name as one organisation, or
    tags neither."""
    if k < 2 or doc[k - 1].lower_ not in _PORTFOLIO_PREPOSITIONS or not doc[k - 2].is_title:
        return None
    if doc[k - 2].lower_ not in _TITLES_BEFORE_OF:
        return None
    i = k + 1 if doc[k].lower_ == "the" else k
    first = i
    while i < len(doc) and i - first <= _MAX_PORTFOLIO_WORDS:
        token = doc[i]
        if (
            i > first
            and i + 1 < len(doc)
            and (
                lexicons.is_given_name(token.text)
                # a word rare in English after a portfolio of common ones: "Minister of Agriculture
                # Ackson Mwansa Tembo", whose given name no table lists
                or (
                    lexicons.is_rare_word(token.text)
                    and not any(lexicons.is_rare_word(doc[j].text) for j in range(first, i))
                )
                # or a pair that ends the run after a portfolio that is a place, its second word
                # a surname or rare: "Ambassador to Kenya Gu Hanlin" (not "Chairman of the Sharjah
                # Industrial Zones Authority")
                or (
                    is_known_place(doc[first:i].text)
                    and (i + 2 >= len(doc) or not doc[i + 2].is_title)
                    and (lexicons.is_surname(doc[i + 1].text) or lexicons.is_rare_word(doc[i + 1].text))
                )
            )
            and _name_like([token, doc[i + 1]])
        ):
            return i
        if not (token.is_title and token.tag_ in _PROPER) and not (i > first and token.lower_ == "and"):
            return None
        i += 1
    return None


def name_after_portfolio(ent: Span) -> int | None:
    """The character where the person's name starts inside a span that runs from a minister's
    portfolio into the name ("State Lydia Harlan" after "Secretary of"), or None."""
    start = _name_after_portfolio(ent.doc, ent.start)
    return ent.doc[start].idx if start is not None and start + 2 <= ent.end else None


def persons_after_portfolios(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of names no entity covers after a minister's portfolio ("Secretary
    of Labor Ana Ruiz" with only "Labor" tagged; "Minister of Health Ana Pires" with nothing)."""
    out = []
    for i, lowered in enumerate(lowers_of(doc)[:-2]):
        if lowered not in _PORTFOLIO_PREPOSITIONS or (start := _name_after_portfolio(doc, i + 1)) is None:
            continue
        run = _untagged_name_run(doc, start)
        if len(run) >= 2 and _name_like(run):
            out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def _apposed_owned_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) characters of a name set off by commas after an owned relative or role
    ("Lisa Pratt's daughter, Ivy, spoke", "his son, Evan Roe, said", "said his lawyer, Nina
    Ruiz.") that no entity covers: the model tags most such names, not all ("Ivy", "Nina Ruiz").
    The noun is in lower case after a possessive, the name opens on a census given name and
    closes the apposition (a comma, or the sentence's end)."""
    if i + 2 >= len(doc):
        return None
    run = _untagged_name_run(doc, i + 2)
    if not run or not _apposed_to_owned_role(run):
        return None
    return (run[0].idx, run[-1].idx + len(run[-1]))


def apposed_to_owned_role(ent: Span) -> bool:
    """ "Mallory's spokeswoman, Hope Ilves," with the name read as an organisation or a place: a
    name set off by commas after an owned role or relative, or a role after "the" ("The
    defendant, Ezekiel Marchand,"), as ``_apposed_owned_name`` reads it, is a person."""
    # (a name the model tagged may hold one word more: "Nana Yaw Ofori-Atta Mensah")
    return 1 <= len(name_words(list(ent))) <= _MAX_NAME_WORDS + 1 and _apposed_to_owned_role(list(ent))


def _apposed_to_owned_role(run: list[Token]) -> bool:
    doc = run[0].doc
    i = run[0].i - 2  # the role or relative
    if i < 1 or doc[i + 1].text != ",":
        return False
    placed = _before_place(doc, i)  # "A voter from Ohio, Janice Hill,": the role before its place
    token = doc[placed] if placed is not None else doc[i]
    if token.lower_ not in ROLES_OF_PERSONS:
        return False
    i = token.i
    k = i - 1
    while k > 0 and i - k <= 2 and doc[k].tag_ in ("JJ", "NN", "NNP") and (doc[k].is_lower or not token.is_lower):
        k -= 1  # "The separatists' foreign minister, Ivo Sarkis,": a modifier before the role
    if not token.is_lower and doc[k].tag_ != "POS":
        return False  # (a capitalised role only after its owner: "The GPF's General Secretary, Nana Yaw Mensah,")
    if (
        doc[k].tag_ not in ("PRP$", "POS")
        and not (placed is not None and doc[k].lower_ in ("a", "an", "one"))
        and doc[k].lower_ != "the"
    ):
        # (and "The defendant, Ezekiel Marchand,": a role the story gives one person)
        return False
    after = run[-1].i + 1
    if after >= len(doc) or doc[after].text not in (",", "."):
        return False
    if not _name_like(run):
        return False
    # (a given name the census lacks: "Ivo Sarkis", "Tiberius Grant", "Ezekiel Marchand": of two
    # words one rare in English, of more each)
    words = name_words(run)
    if lexicons.is_given_name(words[0].text) or (len(words) == 2 and lexicons.is_surname(words[1].text)):
        return True  # ("Hollis Grady": a census surname after a given name the tables lack)
    rare = [lexicons.is_rare_word(t.text) for t in words]
    if len(rare) > 2 and lexicons.is_listed_given_name(words[0].text) and all(rare[1:]):
        return True  # ("Nana Yaw Ofori-Atta Mensah": a given name any table lists, then rare words)
    return any(rare) if len(rare) == 2 else len(rare) > 2 and all(rare)


def _before_place(doc: Doc, k: int) -> int | None:
    """The token before "from", "of", "in" or "for" and the place or body (capitalised words) that
    end at ``k`` ("voter" of "A voter from Ohio", "spokeswoman" of "A spokeswoman for Pinegate"),
    or None."""
    j = k
    while j > 0 and k - j < 3 and doc[j].tag_ in _PROPER and doc[j].text[:1].isupper():
        j -= 1
    if j == k or j < 1 or doc[j].lower_ not in ("from", "of", "in", "for"):
        return None
    return j - 1


def _untagged_name_run(doc: Doc, start: int) -> list[Token]:
    """The capitalised proper nouns from token ``start`` on that no entity covers (at most
    ``_MAX_NAME_WORDS``): a name the model did not tag."""
    run: list[Token] = []
    k = start
    while k < len(doc) and len(name_words(run)) < _MAX_NAME_WORDS:
        follower = doc[k]
        if run and glued_hyphen(follower) and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            run.append(follower)  # "Belova-Reid": the hyphen and the piece after it, one word
            k += 1
            continue
        if follower.ent_type_ or follower.tag_ not in _PROPER or not follower.text[:1].isupper():
            break
        run.append(follower)
        k += 1
    return run


def glued_hyphen(token: Token) -> bool:
    """Whether ``token`` is a hyphen with no space on either side, joining two pieces of one word
    ("Belova-Reid", which the tokenizer splits in three)."""
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def name_words(tokens: list[Token]) -> list[Token]:
    """The tokens that open a word of a name: a hyphened surname ("Belova-Reid") is one word."""
    return [t for n, t in enumerate(tokens) if not glued_hyphen(t) and not (n and glued_hyphen(tokens[n - 1]))]


def _role_before(doc: Doc, start: int) -> bool:
    before = doc[start - 1]
    return before.is_lower and before.lower_ in ROLES_BEFORE_PERSONS and before.whitespace_ == " "


def _name_like(tokens: list[Token]) -> bool:
    initials = initialled_name_at(tokens)
    if initials == 0:
        tokens = tokens[next(n for n, t in enumerate(tokens) if not INITIALS.fullmatch(t.text)) :]
    pieces = [t for t in tokens if not glued_hyphen(t)]
    if not all(t.tag_ in _PROPER and t.text[:1].isupper() and not t.is_upper and t.is_alpha for t in pieces):
        return False
    tokens = name_words(tokens)
    if not tokens:
        return False
    if any(t.lower_ in _CALENDAR for t in tokens[1:]):
        return False
    if tokens[0].lower_ in _CALENDAR and (len(tokens) < 2 or not month_given_name(tokens[0])):
        return False  # "spokesman August Pfeffer", not "economist Friday"
    last = tokens[-1].lower_
    if last in _NAME_HEADS or last in _COMPANY_FORMS or last in _ORGANISATION_ONLY_HEADS:
        return False  # (and "The contractor, Hollins Aerospace,": a firm's name)
    text = " ".join(t.text for t in tokens)
    if len(tokens) == 1 and lexicons.party_of(text) is not None:
        return False  # "the veteran Democrat": a party's member, described
    return not (is_known_place(text) or text in DEMONYMS)


def given_name_before(ent: Span) -> int | None:
    """Where a person's name starts when the model tagged only its surname: "Ana Reyes" with
    only "Reyes" an entity. The word before, which the model left out of every entity, must be
    written as a name and be a census given name, or stand right after a role ("spokesman Per
    Lind", "Per" read as the preposition); no month or day. The surname names no place, firm or
    building ("Grant Park"), and the whole does not stand where a place does ("at Hope Field")."""
    if ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    if month_as_given_name(ent):
        return before.idx  # "my parents, Walter and June Briggs": "June" tagged a date
    if before.ent_type_ or not before.is_title or before.whitespace_ != " " or before.lower_ in _CALENDAR:
        return None
    if before.lower_ in lexicons.ranks_in_full():
        return None  # "spokesman Major Grace Niyonzima": a rank, though the census lists "Major"
    if ent[0].text in lexicons.surname_particles() and len(ent) >= 2:
        # "Thabo van Rooyen" with only "van Rooyen" tagged: a surname opened by a lower-case
        # particle is no one's whole name; the capitalised word before is the given name, if it
        # is no title, place or people.
        if before.tag_ != "NNP" or lexicons.is_title_word(before.text) or _role_before(ent.doc, ent.start):
            return None
        return None if is_known_place(before.text) or before.text in DEMONYMS else before.idx
    if len(ent.text.split()) > 2:
        return None  # (a hyphened surname is one word: "Ines Carvalho-Brandt" with only the surname tagged)
    # (or set off after one: "said the deputy press secretary, Ambrose Delacroix.")
    after_role = ent.start >= 2 and (_role_before(ent.doc, ent.start - 1) or _apposed_to_owned_role([before, *ent]))
    # (or a given name that is also a word, in a name set off by commas: "One of them, Precious
    # Okonkwo, nineteen,")
    set_off = (
        ent.start >= 2
        and ent.doc[ent.start - 2].text == ","
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].text == ","
        and (ent.label_ == "PERSON" or age_at(ent.doc, ent.end))
        and lexicons.is_listed_given_name(before.text)
        and before.lower_ not in lexicons.words("titles_of_respect.txt")  # (not "Mama Ogunyemi")
    )
    if not (after_role or set_off) and not (
        before.tag_ in ("NNP", "NNPS")  # ("Ines" read as a plural)
        and (
            lexicons.is_given_name(before.text)
            or lexicons.is_rare_given_name(before.text)
            or _rare_given_name(ent, before)
        )
    ):
        return None
    last = ent[-1]
    # (written as a name: "Reyes", and "McCarthy", "DeSantis", which are not title case)
    written = last.text[:1].isupper() and last.text[1:2].islower()
    if not written or last.lower_ in _NAME_HEADS or last.lower_.rstrip(".") in _COMPANY_FORMS:
        return None
    if is_known_place(ent.text) or ent.text in DEMONYMS or is_locative(text_of(ent.doc), before.idx, ent.end_char):
        return None  # "at Hope Ballfield"
    return before.idx


def _rare_given_name(ent: Span, before: Token) -> bool:
    """Whether ``before``, a capitalised word opening a sentence right before a one-word name (or
    an apposition before a person's name), is its given name though no census table lists it:
    "Tomasz Kowalczyk was home" with only the surname tagged, or "Marabi Sadler said" with "Sadler" (a census surname) read as an
    organisation. The word is rare in English (not "Heavy", "Monday") and no place, people or
    title."""
    doc = ent.doc
    if not before.is_alpha or not (ent.label_ == "PERSON" or lexicons.is_surname(ent.text)):
        return False
    k = before.i
    # (or, before a name the model tagged a person, opening an apposition: "The leader of the
    # community, Mehmet Ali Kaplanoğlu, said")
    after_comma = k > 0 and doc[k - 1].text == "," and ent.label_ == "PERSON" and len(ent) <= 2
    if len(ent) != 1 and not after_comma:
        return False
    # (or right after a reporting verb: "said Nomonde Sifuba, 54,")
    after_cue = k > 0 and doc[k - 1].lower_ in ("said", "says", "added", "asked") and ent.label_ == "PERSON"
    if not (
        after_comma
        or after_cue
        or k == 0
        or doc[k - 1].text in (".", "!", "?", "“", '"')
        or "\n" in doc[k - 1].text_with_ws
    ):
        return False
    if is_known_place(before.text) or before.text in DEMONYMS or lexicons.is_title_word(before.text):
        return False
    if ent.text.lower() in _PLACE_NOUNS:
        return False  # "Avoyelles Parish", "Orleans Parish": a place, its noun a census surname
    return lexicons.is_rare_word(before.text)


def reads_as_persons_name(tokens: list[Token], title: Token | None = None) -> bool:
    """Whether the words after a title word inside one NER span name a person ("Governor Ana
    Reyes") rather than complete an organisation's name ("General Turbines", "King Holdings"): a
    given name or surname of the census tables, two words or more all rare in English, or a last
    word the model calls a person elsewhere; never a plural, a legal form or the head of an
    organisation's name."""
    last = tokens[-1]
    if last.tag_ == "NNPS" or last.lower_.rstrip(".") in _COMPANY_FORMS or last.lower_ in _NAME_HEADS:
        return False
    if title is not None and lexicons.title_only_before_people(title.text):
        return True  # "Sen. Vasquez", "Professor Varoufakis": no firm's name opens so
    if lexicons.is_given_name(tokens[0].text) or lexicons.is_surname(last.text):
        return True
    words = [t for t in name_words(tokens) if t.is_alpha]
    if len(words) >= 2 and all(lexicons.is_rare_word(t.text) for t in words):
        return True  # "Prince Adebayo Akinyemi-Afolabi": two names or more, none an English word
    return any(ent.label_ == "PERSON" and ent[-1].lower_ == last.lower_ for ent in ents_of(last.doc))
