"""Organisations' names found whole in the parse where the small model cuts them or misses them:
a proper noun after an organisation's noun ("the news agency Tanvik reported"), the name after
"calling itself", a company name ending in its legal form ("Varno Mate Corp"), and a body's
"X for/of Y" name opening a sentence before a reporting verb ("The Coalition for Safer Streets
said"). Each returns character spans; ``name_spans.raw_mentions`` puts them in place of the
model's pieces. (How a name already found is typed is ``organisations.py``.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.annotate import lexicons
from pipeline.annotate.acronyms import acronym
from pipeline.annotate.columns import ents_of, lowers_of, tags_of, text_of, words_of
from pipeline.annotate.cues import is_cue_word
from pipeline.annotate.organisations import PLACES_HAVE_TOO, club_opener, is_country, is_known_place, is_sports_story
from pipeline.annotate.person_spans import PERSONAL_TITLES
from pipeline.annotate.span_repairs import office_of_a_role

_ORG_BEFORE = lexicons.words("organisation_cue_nouns.txt")
_VOICE_NOUNS = lexicons.words("organisation_voices.txt")
_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
# The legal forms only ("Corp", "Ltd"), not the generic endings ("Group") of company_forms.txt.
_LEGAL_FORMS = frozenset(w.rstrip(".") for w in lexicons.words("company_forms.txt") if len(w.rstrip(".")) <= 4)


def organisations_after_nouns(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of proper nouns no entity covers right after an organisation's noun ("the
    news agency Tanvik reported"): one or two title-case words, and a country after them that ends
    the name ("the charity Equal Access UK", "Consumer group Fair Bills UK", with "Fair Bills" an
    organisation of the model's)."""
    out = []
    for i, word in enumerate(lowers_of(doc)[:-1]):
        if word not in _ORG_BEFORE:
            continue  # the cheap test first: this runs on every token
        token = doc[i]
        if not token.is_lower or token.whitespace_ != " ":
            continue
        run = []
        for follower in doc[token.i + 1 : token.i + 3]:
            # "company Vantora" read as a place (not "a west side Erie party": a town has a side)
            misread_place = (
                follower.ent_type_ == "GPE" and word not in PLACES_HAVE_TOO and not is_known_place(follower.text)
            )
            if (
                (follower.ent_type_ not in ("", "ORG") and not misread_place)
                or follower.tag_ not in ("NNP", "NNPS")
                or not follower.is_title
            ):
                break
            run.append(follower)
        after = run[-1].i + 1 if run else len(doc)
        if run and after < len(doc) and doc[after].ent_type_ == "GPE" and is_country(doc[after].text):
            # "The disability charity Equal Access UK said": a national branch's country ends the name
            run.append(doc[after])
            after += 1
        if any(t.ent_type_ == "ORG" for t in run) and run[-1].ent_type_ != "GPE":
            continue  # (a name the model tagged, with no country after it, is the model's to give)
        # (not inside a longer name: the entity or the capitals go on after the run)
        if run and not (after < len(doc) and (doc[after].ent_iob_ == "I" or doc[after].is_title)):
            out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


# The nouns for someone speaking for a body that an acronym before them names ("an MHRA
# spokesperson", "a WTA official").
_VOICES_AFTER_ACRONYMS = lexicons.words("spokes_nouns") | lexicons.words("organisation_voices_singular")


def acronyms_before_voices(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of an acronym no entity covers right before the noun of someone who speaks
    for a body ("an MHRA spokesperson said", "a WTA official said"): two to six capital letters
    after "a", "an" or "the", rare in English (not "a PR representative", "an IT official"). The
    model tags an acronym it has not seen as nothing, and the spokesperson then speaks for no one."""
    out = []
    lowers = lowers_of(doc)
    for i, text in enumerate(words_of(doc)[:-1]):
        if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
            continue  # the cheap test first, on the words' list: this runs on every token
        if i == 0 or lowers[i - 1] not in ("a", "an", "the") or lowers[i + 1] not in _VOICES_AFTER_ACRONYMS:
            continue
        token = doc[i]
        if token.ent_type_:
            continue
        if lexicons.is_rare_word(text):
            out.append((token.idx, token.idx + len(text)))
    return out


def bodies_before_voices(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of one to four capitalised words no entity covers between "a", "an" or "the"
    and the noun of someone who speaks for a body ("A Foreign Office spokesperson said", "a St
    John spokesperson"): the body's name, which the model left untagged (as ``acronyms_before_voices``
    does for an acronym)."""
    out = []
    lowers = lowers_of(doc)
    for i, word in enumerate(lowers):
        if word not in _VOICES_AFTER_ACRONYMS or i < 2 or not doc[i].is_lower:
            continue  # the cheap test first: this runs on every token (not "the District Attorney")
        k = i
        while (
            k > 0
            and i - k < 4
            and doc[k - 1].is_title
            and doc[k - 1].tag_ in ("NNP", "NNPS")
            and not doc[k - 1].ent_type_
        ):
            k -= 1
        if k == i or k == 0 or lowers[k - 1] not in ("a", "an", "the"):
            continue
        if any(t.lower_.rstrip(".") in PERSONAL_TITLES or lexicons.is_given_name(t.text) for t in doc[k:i]):
            continue  # (a title or a person's name: "a Sen. spokesman", "a Kay spokesman")
        out.append((doc[k].idx, doc[i - 1].idx + len(doc[i - 1])))
    return out


def bodies_before_cues(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of an organisation's name no entity covers that opens a sentence, or follows a
    dateline's dash, right before a reporting verb, its last word the head of a body's name or a
    legal form ("GRODNO - The Belarusian Defence Ministry said", "SEOUL -- Hyundo Heavy
    Industries said"), or before any verb when that word ends no person's name ("Cobalt Pharma
    plans to file"; ``organisation_only_heads.txt``): two to five capitalised words. The model
    tags nothing at all right after some datelines, nor some firms named by their trade."""
    out = []
    lowers, tags = lowers_of(doc), tags_of(doc)
    n = len(doc)
    for i in range(2, n):
        if tags[i - 1] not in ("NNP", "NNPS"):
            continue  # the cheap test first, on the tags' list: this runs on every token
        # (an adverb may stand between: "The Prairie State Rifle Association also opposed")
        verb = i + 1 if tags[i] == "RB" and i + 1 < n and tags[i + 1] in ("VBD", "VBZ") else i
        # (or a modal, after a word that ends only bodies' names: "Northwoods Dairy Cooperative will close")
        modal = tags[verb] == "MD" and lowers[i - 1] in _ORGANISATION_ONLY_HEADS
        if tags[verb] not in ("VBD", "VBZ") and not modal:
            continue
        last = doc[i - 1]
        if last.ent_type_:
            continue
        if last.lower_ not in _ORGANISATION_ONLY_HEADS and not (
            is_cue_word(lowers[verb]) and (lexicons.heads_a_name(last.text) or last.lower_.rstrip(".") in _LEGAL_FORMS)
        ):
            continue
        start = i - 1
        while start > 0 and i - start < 6:
            word = doc[start - 1]
            proper = word.tag_ in ("NNP", "NNPS") and word.is_title and word.is_alpha  # (not "Logan Ave. N. Police")
            # (and "and" between two capitalised words: "The Valecross Water and Transit Authority")
            joined = word.lower_ in ("and", "&") and start >= 2 and doc[start - 2].is_title and start < i - 1
            # (and the possessive of its members: "The Panhandle Stockmen's Association said")
            members = start >= 2 and doc[start - 2].is_title and not doc[start - 2].ent_type_
            joined = joined or (word.tag_ == "POS" and members and start < i)
            if not (proper or joined):
                break
            start -= 1
        if start == i - 1 or any(t.ent_type_ for t in doc[start:i]):
            continue  # (one word: "Police said" is the police's voices)
        if _opens_sentence(doc, lowers, start) or _owned_by_opening_name(doc, lowers, start):
            out.append((doc[start].idx, last.idx + len(last)))
    return out


def bodies_with_which_clauses(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a name no entity covers that opens a sentence and is the subject of a
    reporting verb past a relative clause "which" opens ("Hearthly, which is based in Amsterdam,
    said"): one to three capitalised words. "Which" is said of a thing, never of a person, and a
    thing that speaks is a body; the small model leaves many firms' coined names untagged. Not a
    known place ("Leeds, which …, said" is its council's voice, read elsewhere)."""
    out = []
    lowers, tags = lowers_of(doc), tags_of(doc)
    n = len(doc)
    for i in range(n - 3):
        if lowers[i + 2] != "which" or doc[i + 1].text != ",":
            continue  # the cheap test first: this runs on every token
        if tags[i] not in ("NNP", "NNPS") and not (doc[i].is_title and lexicons.is_rare_word(doc[i].text)):
            continue  # (a coined name the tagger reads as another word: "Hearthly" as an adverb)
        start = i
        while start > 0 and i - start < 2 and tags[start - 1] in ("NNP", "NNPS") and doc[start - 1].is_title:
            start -= 1
        words = doc[start : i + 1]
        if any(t.ent_type_ or not (t.is_title and t.is_alpha) for t in words) or not _opens_sentence(
            doc, lowers, start
        ):
            continue
        if is_known_place(words.text) or lexicons.is_given_name(words[0].text):
            continue
        # the clause closes with a comma, and a reporting verb follows it
        close = next((k for k in range(i + 3, min(n - 1, i + 18)) if doc[k].text == ","), None)
        if close is None or tags[close + 1] not in ("VBD", "VBZ") or not is_cue_word(lowers[close + 1]):
            continue
        out.append((doc[start].idx, doc[i].idx + len(doc[i])))
    return out


def _owned_by_opening_name(doc: Doc, lowers: list[str], start: int) -> bool:
    """Whether a name at token ``start`` follows the possessive of a place or body the model
    tagged that opens the sentence ("Ukraine's General Staff said")."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].ent_type_ not in ("GPE", "ORG", "NORP"):
        return False
    owner = start - 2
    while owner > 0 and doc[owner].ent_iob_ == "I":
        owner -= 1  # (to the first word of the owner's name: "South Korea's")
    return _opens_sentence(doc, lowers, owner)


def _opens_sentence(doc: Doc, lowers: list[str], start: int) -> bool:
    """Whether a name at token ``start`` ("The" may stand before it) opens its sentence: after a
    line break, a sentence's end, a closing quotation mark or a dateline's dash."""
    opener = start - 1 if start > 0 and lowers[start - 1] == "the" else start
    if opener == 0:
        return True
    before = doc[opener - 1]
    return before.is_space or before.text in (".", "!", "?", "”", '"') or before.tag_ == ":"


_CALL_FORMS = frozenset({"call", "calls", "calling", "called"})


def bodies_calling_themselves(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the name after "calling itself", "which calls itself", "who call
    themselves" ("a ransomware group calling itself Blackmoth"): one to three capitalised words,
    the name of the group the phrase introduces, whatever the model tagged them."""
    out = []
    for i, word in enumerate(lowers_of(doc)[:-1]):
        if word not in ("itself", "themselves") or i == 0 or doc[i - 1].lower_ not in _CALL_FORMS:
            continue
        run = []
        for follower in doc[i + 1 : i + 4]:
            if not follower.text[:1].isupper() or follower.tag_ not in ("NNP", "NNPS", "NN"):
                break
            run.append(follower)
        if run:
            out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


# Small words a body's spelled-out name keeps between its capitalised words.
_ACRONYM_SMALL_WORDS = frozenset({"of", "and", "the", "for", "&"})


def bodies_before_their_acronyms(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a name the model read as a person's that the story follows with its
    acronym in brackets ("Muttahida Awami Front (MAF) lawmaker …", "Sindhu Kisan Ittehad (SKI)"):
    the capitalised words right before the bracket whose initials spell it. A person's name is
    not given an acronym; the model's span may also miss the first word ("Kisan Ittehad")."""
    out = []
    words = words_of(doc)
    for i, word in enumerate(words[:-2]):
        if word != "(" or i == 0 or words[i + 2] != ")":
            continue  # the cheap test first, on the words' list: this runs on every token
        letters = words[i + 1]
        if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        run, capitals = [], 0
        for before in reversed(doc[max(0, i - 2 * len(letters)) : i]):
            if before.text[:1].isupper() and before.is_alpha:
                capitals += 1
            elif before.lower_ not in _ACRONYM_SMALL_WORDS:
                break
            run.insert(0, before)
            if capitals == len(letters):
                break
        if capitals != len(letters) or not run[0].text[:1].isupper():
            continue
        if any(t.ent_type_ == "PERSON" for t in run) and acronym(" ".join(t.text for t in run)) == letters:
            out.append((run[0].idx, run[-1].idx + len(run[-1])))
    return out


def companies_by_legal_form(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of company names no entity covers that end with a capitalised legal form
    ("Varno Mate Corp is the full name"): up to four title-case proper nouns before it."""
    out = []
    for i, word in enumerate(lowers_of(doc)):
        if i == 0 or word.rstrip(".") not in _LEGAL_FORMS:
            continue  # the cheap test first: this runs on every token
        token = doc[i]
        if token.ent_type_ or not token.text[:1].isupper():
            continue
        run = []
        for before in reversed(doc[max(0, token.i - 4) : token.i]):
            if before.ent_type_ or before.tag_ not in ("NNP", "NNPS") or not before.text[:1].isupper():
                break
            run.insert(0, before)
        if not run or all(t.is_upper for t in run):
            continue  # a shouted headline ("STOCKS SINK AS ...")
        if run[0].i > 0 and doc[run[0].i - 1].lower_ in ("of", "&", "and"):
            continue  # the name goes on before: "Acme Mines of Ruritania Ltd"
        out.append((run[0].idx, token.idx + len(token)))
    return out


_COMPANY_WORDS = lexicons.company_forms()


# The lower-case words inside a club's name between capitalised ones ("Sporting Clube da Ribeira").
_CLUB_NAME_JOINERS = frozenset({"da", "de", "do", "del", "della", "di", "des", "du"})


def clubs_by_their_form(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a sports club's name opened by its form ("AS Morvan", "Atlético Sanremar",
    "Real Valdoria"; ``organisations.club_opener``) and up to three capitalised words ("da" may
    join them: "Sporting Clube da Ribeira"), whatever the model tagged: it reads the form as a place and the rest as a person ("Atlético" GPE,
    "Sanremar" PERSON) or tags nothing."""
    out: list[tuple[int, int]] = []
    sports: bool | None = None
    n = len(doc)
    covered = 0  # (the end of the last club found: "Clube" inside "Sporting Clube da Ribeira")
    for i, word in enumerate(words_of(doc)):
        if i < covered or i + 1 >= n or not club_opener(word, True):
            continue  # (the cheap test first, on the words' list, as if in a sports story)
        token = doc[i]
        if token.whitespace_ != " ":
            continue
        if token.ent_iob_ == "I":
            continue  # inside a name the model tagged from before it: "Royal Sporting Zandvliet"
        if not club_opener(word, False):  # (an English word too: "Real", only in a sports story)
            if sports is None:
                sports = is_sports_story(text_of(doc))
            if not sports:
                continue
        end, words = i + 1, 0
        while end < n and words < 3:
            if doc[end].lower_ in _CLUB_NAME_JOINERS and end + 1 < n and doc[end + 1].is_title:
                end += 1  # "Sporting Clube da Ribeira"
            elif end > i + 1 and doc[end].lower_ in _CLUB_NAME_JOINERS:
                break
            word = doc[end]
            if not (word.is_title and word.is_alpha and word.tag_ in ("NNP", "NNPS")):
                break
            end, words = end + 1, words + 1
            if word.whitespace_ != " ":
                break
        while end > i + 1 and doc[end - 1].lower_ in _CLUB_NAME_JOINERS:
            end -= 1
        if end > i + 1:
            out.append((token.idx, doc[end - 1].idx + len(doc[end - 1])))
            covered = end
    return out


def firms_named_in_full(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a company's full name the model tagged in part or not at all, its short
    name an organisation the model tagged elsewhere in the story: "Thorncliff Medical is recalling
    …" untagged, then "Thorncliff said" (one to three title-case proper nouns, the short name, and a
    company word after them: "Medical", "Biosciences"; ``company_forms.txt``); "NorthCoast LNG
    said" with only "LNG" tagged, after "the NorthCoast LNG pipeline" with only "NorthCoast"."""
    short_names = {ent.text for ent in ents_of(doc) if ent.label_ == "ORG"}
    if not short_names:
        return []
    out = []
    for ent in ents_of(doc):
        if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if before.ent_type_ or before.tag_ != "NNP" or not before.text[:1].isupper() or before.whitespace_ != " ":
            continue
        if before.text in short_names and before.text != ent.text:
            out.append((before.idx, ent.end_char))
    for i, word in enumerate(lowers_of(doc)):
        if i == 0 or word not in _COMPANY_WORDS:
            continue  # the cheap test first: this runs on every token
        token = doc[i]
        if token.ent_type_ or not token.is_title or token.tag_ not in ("NNP", "NNPS"):
            continue
        run = []
        for before in reversed(doc[max(0, i - 3) : i]):
            if before.ent_type_ or before.tag_ not in ("NNP", "NNPS") or not before.is_title:
                break
            run.insert(0, before)
        if run and doc[run[0].i : i].text in short_names:
            out.append((run[0].idx, token.idx + len(token)))
    return out


# The words inside an advocacy group's name after its "for" or "of": "Americans for a Stronger
# Tomorrow", "the Coalition for Safer Streets", "Parents for Public Schools".
_NAME_JOINERS = frozenset({"a", "an", "the", "and", "of", "for", "&"})
_ORGANISATION_NOUNS = lexicons.words("organisation_nouns")


def named_groups_before_cues(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of an organisation's name that opens a sentence ("The" may stand before it) in
    the form "Capitalised words for/of Capitalised words", the word before the preposition the
    head of a body's name or a plural ("Americans for a Stronger Tomorrow", "The Coalition for
    Safer Streets"), right before a reporting verb or an apposition that names a group (", a
    Dover advocacy group,"): the model tags such names in pieces, as a people, a person or
    nothing. Not a title before a name ("Secretary of State Lydia Harlan said"), nor a phrase
    with a person in it ("Katie Domingue of Carencro said", "Tarek Osmani of the Unity Party"),
    nor someone's people ("Relatives of Richardson said")."""
    out = []
    lowers = lowers_of(doc)
    for i, word in enumerate(lowers):
        if word not in ("for", "of") or i < 1 or i + 1 >= len(doc):
            continue  # the cheap test first: this runs on every token
        start = i - 1
        while start > 0 and doc[start].is_title and doc[start].tag_ in ("NNP", "NNPS", "NNS") and i - start < 5:
            start -= 1  # (up to five words: "The Civil Rights Defense Fund of Bellhaven")
        if not (doc[start].is_title and doc[start].tag_ in ("NNP", "NNPS", "NNS")):
            start += 1
        if start >= i or lexicons.is_title_word(doc[start].text):
            continue
        head = doc[i - 1]
        if not (lexicons.heads_a_name(head.text) or head.lower_ in _ORGANISATION_NOUNS or head.tag_ in ("NNS", "NNPS")):
            continue  # the name of a body or of people ("Coalition", "Americans"), not "Tarek Osmani of"
        group_apposed = _after_group_noun(doc, lowers, start)
        if not (_opens_sentence(doc, lowers, start) or group_apposed):
            continue  # (the sentence's opening words only, or set beside "One of the groups,")
        end = i + 1
        while end < len(doc) and end - i <= 6 and (doc[end].is_title or lowers[end] in _NAME_JOINERS):
            end += 1
        while end > i + 1 and lowers[end - 1] in _NAME_JOINERS:
            end -= 1
        if end == i + 1 or end >= len(doc) or not doc[end - 1].is_title:
            continue
        # (a plural the model read as a person is no person: "Citizens for a Fair Ballot")
        plural = start == i - 1 and head.tag_ in ("NNS", "NNPS")
        if any(
            (t.ent_type_ == "PERSON" and not (plural and t.i == start)) or lexicons.is_given_name(t.text)
            for t in doc[start:end]
        ) or any(lexicons.is_title_word(t.text) for t in doc[start:i]):
            # "Katie Domingue of Carencro", "Kansas City Chief of Police Darryl Forte",
            # "Department of Natural Resources Warden Jon King"
            continue
        if end == i + 2 and (lexicons.is_surname(doc[i + 1].text) or _people_noun(lowers[i - 1])):
            continue  # "Friends of Prather", "Attorneys for Harcum": someone's people
        if start == i - 1 and lowers[start] in _VOICE_NOUNS:
            continue  # "Organisers of the Brenholm Festival said": the people it speaks through
        after = doc[end]
        cue = after.tag_ in ("VBD", "VBZ") and is_cue_word(after.lower_)
        apposed = after.text == "," and (
            group_apposed or any(t.lower_ in _ORGANISATION_NOUNS for t in doc[end + 1 : end + 6])
        )
        if cue or apposed:
            out.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return out


def _after_group_noun(doc: Doc, lowers: list[str], start: int) -> bool:
    """Whether a name at token ``start`` stands right after a comma that closes a short phrase
    ending in a noun for organisations ("One of those groups, Citizens for a Fair Ballot,"; "The
    third coalition, ...")."""
    if start < 2 or lowers[start - 1] != ",":
        return False
    head = lowers[start - 2]
    return head in _ORGANISATION_NOUNS or head.rstrip("s") in _ORGANISATION_NOUNS


def _people_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a plural noun for people around someone ("friends",
    "relatives", "attorneys")."""
    return word in lexicons.words("kin_nouns") or lexicons.is_plural_person_noun(word)


def offices_of_titled_roles(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the office of a capitalised title with its possessive ("the Prime
    Minister's Office said", "the Israeli Prime Minister's Office", "the Governor's Office"),
    which the model leaves untagged or cuts to its people's word: one to three capitalised words
    ending with a role, "'s", "Office" (``span_repairs.office_of_a_role``, as for the office after
    a possessive run); a country's or people's word before them is the office's too."""
    out = []
    words = words_of(doc)
    for i in range(3, len(doc)):
        if words[i] != "Office" or doc[i - 1].tag_ != "POS":
            continue  # the cheap test first: this runs on every token
        title = doc[i - 2]
        if not title.is_title or not office_of_a_role(title.text, words[i]):
            continue
        start = i - 2
        while start > 0 and i - start < 5 and doc[start - 1].is_title and doc[start - 1].tag_ in ("NNP", "NNPS", "JJ"):
            start -= 1
        if start > 0 and doc[start - 1].tag_ == "POS":
            continue  # ("the Marion County State’s Attorney’s Office": the office after a possessive run)
        if doc[start].lower_ == "the":
            start += 1
        out.append((doc[start].idx, doc[i].idx + len(doc[i])))
    return out
