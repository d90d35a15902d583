"""NER spans the small model cuts in two, joined again before the name rules read them: a
person's name run into the company named after it ("Acme" PERSON + "Medical Industries Inc"), a
titled name cut at the title ("Representative Yolanda" + "Beaumont"), a body's name that opens
with the people it serves ("Women" + "'s Health Research Alliance"), a hyphened given name
("Hyun" + "-woo" + "Park"), a given name read as a place before a person's span ("Ophelia" +
"Nakamura-Grey"), a body's capitalised head before "of" and a place ("Diocese of" +
"Ridgefield"), a Chinese given name cut off a Western one and "Ma." before a name ("Daniel Lim"
+ "Jun Hao", "Ma" + "Victoria Dumlao": ``malaysian_names``), and names with particles
(``particle_names.joined_at_particles``), and a person's span run on over the untagged words of a
long name ("Mian Arshad" + "Latif Cheema"). Used by
``name_spans.raw_mentions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.columns import ents_of
from pipeline.annotate.malaysian_names import abbreviated_given_name_before, chinese_given_name_after
from pipeline.annotate.organisations import is_known_place
from pipeline.annotate.particle_names import joined_at_particles
from pipeline.annotate.person_name_forms import titled_name_across_a_word, titled_name_in_two
from pipeline.annotate.person_span_ends import title_before_name

_ORGANISATION_ONLY_HEADS = lexicons.words("organisation_only_heads.txt")
_NAME_HEADS = lexicons.words("name_heads.txt")


def joined_ents(doc: Doc, text: str) -> list[Span]:
    """The NER's spans, with the pieces the module's docstring lists joined into one."""
    ents = list(ents_of(doc))
    out: list[Span] = []
    for ent in ents:
        if out and _given_name_before_double_surname(out[-1], ent, text):
            # "Ophelia Strand-Nakamura" read as a person "Ophelia" and a body: one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if (
            out
            and out[-1].label_ == "PERSON"
            and ent.label_ == "ORG"
            and out[-1].end == ent.start
            and text[out[-1].end_char : ent.start_char] == " "
        ):
            # (a person's after a capitalised title or role: "Chief Executive Luciana Vasconcellos
            # Dantas said" with the last surname read as a body)
            # (not a possessive's business: "Mr. G’s Supper Club")
            titled = out[-1].start > 0 and title_before_name(doc[out[-1].start - 1]) and out[-1][-1].tag_ != "POS"
            label = "PERSON" if titled else "ORG"
            out[-1] = Span(doc, out[-1].start, ent.end, label=label)
            continue
        if out and _peoples_body(doc, out[-1], ent):
            # "the Women's Health Research Alliance" read as "Women" and "Health Research Alliance"
            out[-1] = Span(doc, out[-1].start, ent.end, label="ORG")
            continue
        if out and _hyphened_given_name(doc, out[-1], ent):
            # "Hyun-woo Park" read as "Hyun" and a place "Park": one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and (titled_name_in_two(doc, out[-1], ent, text) or titled_name_across_a_word(doc, out[-1], ent, text)):
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and (
            chinese_given_name_after(doc, out[-1], ent, text) or abbreviated_given_name_before(doc, out[-1], ent)
        ):
            # "Daniel Lim Jun Hao" read as "Daniel Lim" and "Jun Hao"; "Ma. Victoria Dumlao" as
            # "Ma" and "Victoria Dumlao": one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and _one_name_cut_in_two(out[-1], ent, text):
            # "Dr Zainab Aminu Kurawa" read as "Zainab Aminu" and "Kurawa": one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and _name_in_two_after_a_noun(doc, out[-1], ent, text):
            # "fourth-generation woolgrower Penelope Straughan" read as two places: one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and _name_read_as_two_places(out[-1], ent, text):
            # "Ananya Raghunathan is explaining" read as two places: one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if out and _given_name_before_person(out[-1], ent, text):
            # "Ophelia Nakamura-Grey chaired" read as a place "Ophelia" and a person: one person
            out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        head = _body_head_before_of(doc, ent)
        if head is not None:
            # "the Diocese of Ridgefield" tagged "Ridgefield" (and "Diocese" a people): the body
            # is named by its head and the place (and by the words the model tagged with the head)
            if out and out[-1].end > head:
                head = min(head, out.pop().start)
            out.append(Span(doc, head, ent.end, label="ORG"))
            continue
        out.append(ent)
    return _long_names_run_on(doc, joined_at_particles(doc, out), text)


# How common (wordfreq's Zipf scale) a census surname may be as an English word and still carry a
# name on ("Sy", "Vu"; not "Daily", "Record").
_COMMON_WORD_ZIPF = 3.5
# Most words a person's name runs to in copy ("Mian Arshad Latif Cheema", "Sayeda Nusrat Jahan").
_MOST_NAME_WORDS = 5


def _long_names_run_on(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """Person spans run on over the capitalised words right after them that the model left
    untagged or read as one-word places, peoples or names of their own: South Asian names of
    four or five words ("Senator Mian Arshad Latif Cheema" tagged "Mian Arshad"; "Sayeda Nusrat
    Jahan" as a person, a place and a person). The run ends before a word that is no name's
    (a title, a role, an organisation's or a street's head, a known place), one space apart each,
    and only where no capitalised word follows it."""
    out: list[Span] = []
    skip_until = -1
    for k, ent in enumerate(ents):
        if ent.start < skip_until:
            continue
        if ent.label_ != "PERSON":
            out.append(ent)
            continue
        by_start = {e.start: e for e in ents[k + 1 : k + 4]}
        end = ent.end
        while end < len(doc) and end - ent.start < _MOST_NAME_WORDS and _runs_on(doc, end, by_start, text):
            end += 1
        if end > ent.end and (end >= len(doc) or not (doc[end].is_title and doc[end].tag_ in ("NNP", "NNPS"))):
            out.append(Span(doc, ent.start, end, label="PERSON"))
            skip_until = end
        else:
            out.append(ent)
    return out


def _runs_on(doc: Doc, j: int, by_start: dict[int, Span], text: str) -> bool:
    """Whether token ``j`` may carry on the person's name before it (``_long_names_run_on``)."""
    token = doc[j]
    if text[doc[j - 1].idx + len(doc[j - 1].text) : token.idx] != " ":
        return False
    if not (token.is_title and token.is_alpha and token.tag_ in ("NNP", "NNPS")):
        return False
    word = token.lower_
    if len(word) < 2 or token.tag_ == "NNPS" or doc[j - 1].tag_ == "POS":
        return False  # ("the Atlas D missile", "the Sheriff's Departments", "Papandreou's Socialists")
    if lexicons.is_title_word(token.text) or word in lexicons.role_nouns() or word in _NAME_HEADS:
        return False
    if word in _ORGANISATION_ONLY_HEADS or is_known_place(token.text):
        return False
    # (a word of a name: rare in English, a given name, or a surname no common word spells; not
    # "Daily", "Record", "Sundays": "the Dalton Daily Citizen", "Pastor Tim Brown Sundays: 10 a.m.")
    if not (
        lexicons.is_rare_word(token.text)
        or lexicons.is_given_name(token.text)
        or lexicons.is_widely_listed_given_name(token.text)
        or (lexicons.is_surname(token.text) and lexicons.zipf(token.text) < _COMMON_WORD_ZIPF)
    ):
        return False
    if not token.ent_type_:
        return True
    piece = by_start.get(j)
    return piece is not None and len(piece) == 1 and piece.label_ in ("PERSON", "GPE", "NORP")


def _given_name_before_double_surname(first: Span, second: Span, text: str) -> bool:
    """Whether ``first`` is a given name alone (the model's label aside: "Ophelia" read as a place)
    and ``second``, one space after it, two capitalised words joined by a hyphen read as a body or a
    place ("Strand-Nakamura"): a double-barrelled surname, neither half an organisation's word nor
    a known place."""
    if len(first) != 1 or second.label_ not in ("ORG", "GPE", "NORP") or len(second) != 3:
        return False
    if first.end != second.start or text[first.end_char : second.start_char] != " ":
        return False
    left, hyphen, right = second
    if hyphen.text != "-" or hyphen.whitespace_ or left.whitespace_ or not (left.is_title and right.is_title):
        return False
    if any(t.lower_ in _ORGANISATION_ONLY_HEADS or is_known_place(t.text) for t in (left, right)):
        return False
    return first[0].is_title and lexicons.is_given_name(first.text) and not is_known_place(first.text)


def _one_name_cut_in_two(first: Span, second: Span, text: str) -> bool:
    """Whether two person's spans one space apart are one name the model cut: the second one
    word, both written as names, five words at most in all (two people are never written side by
    side without a comma or "and" between)."""
    if first.label_ != "PERSON" or second.label_ != "PERSON" or first.end != second.start or len(second) != 1:
        return False
    if text[first.end_char : second.start_char] != " " or len(first) + len(second) > 5:
        return False
    return all(t.text[:1].isupper() and t.is_alpha for t in (*first, *second))


def _name_read_as_two_places(first: Span, second: Span, text: str) -> bool:
    """Whether two one-word spans read as places, peoples or bodies, one space apart, are a
    person's name: neither a place the gazetteer knows, the first a given name some table lists,
    the second a census surname or a word rare in English ("Ananya Raghunathan")."""
    if len(first) != 1 or len(second) != 1 or first.end != second.start:
        return False
    labels = ("GPE", "LOC", "NORP", "ORG")
    if first.label_ not in labels or second.label_ not in labels or text[first.end_char : second.start_char] != " ":
        return False
    a, b = first[0], second[0]
    if (
        not (a.is_title and a.is_alpha and b.is_title and b.is_alpha)
        or is_known_place(a.text)
        or is_known_place(b.text)
        or b.lower_ in lexicons.words("place_name_endings.txt")  # ("Myrtle Beach", "Rocky River")
        or a.lower_ in lexicons.words("place_name_openers.txt")  # ("Calle Medina")
    ):
        return False
    return lexicons.is_listed_given_name(a.text) and (lexicons.is_surname(b.text) or lexicons.is_rare_word(b.text))


def _name_in_two_after_a_noun(doc: Doc, first: Span, second: Span, text: str) -> bool:
    """Whether two one-word spans the model read as places or bodies, one space apart, are a
    given name and a surname after a lower-case noun that describes the person ("woolgrower
    Penelope Straughan"): the first a census given name, the second a census surname or a word
    rare in English, neither a known place."""
    if len(first) != 1 or len(second) != 1 or first.end != second.start or first.start == 0:
        return False
    if first.label_ not in ("GPE", "ORG", "NORP") or second.label_ not in ("GPE", "ORG", "NORP"):
        return False
    if text[first.end_char : second.start_char] != " " or not (first[0].is_title and second[0].is_title):
        return False
    before = doc[first.start - 1]
    if before.tag_ != "NN" or not before.is_lower:
        return False
    if is_known_place(first.text) or is_known_place(second.text):
        return False
    return lexicons.is_given_name(first.text) and (
        lexicons.is_surname(second.text) or lexicons.is_rare_word(second.text)
    )


def _given_name_before_person(first: Span, second: Span, text: str) -> bool:
    """Whether ``first`` is one word, a given name of the census or world tables and no known
    place, read as anything but a person, one space before a person's span that opens with a
    capitalised word: the person's given name. Or read as a person of its own before a name of
    two words or more ("Talal" + "Mubarak al-Ajmi"), when it is a given name the census or the
    world tables list and rare in English: the model cut one name in two."""
    if len(first) != 1 or second.label_ != "PERSON" or first.end != second.start:
        return False
    if text[first.end_char : second.start_char] != " " or not second[0].is_title:
        return False
    if not first[0].is_title or is_known_place(first.text):
        return False
    if first.label_ == "PERSON":
        return len(second) >= 2 and lexicons.is_rare_given_name(first.text)
    return lexicons.is_given_name(first.text)


def _peoples_body(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``first`` is a plural noun for people with a possessive ending after it, and
    ``second`` an organisation named right after: "Women's Health Research Alliance",
    "Veterans' Legal Fund" (the body's name opens with whose it is)."""
    k = first.end
    return (
        len(first) == 1
        and second.label_ == "ORG"
        and second.start == k + 1
        and doc[k].tag_ == "POS"
        and lexicons.is_plural_person_noun(first[0].lower_)
    )


def _hyphened_given_name(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``first`` (a person) ends with the first syllable of a hyphened given name whose
    lower-case second syllable and a one-word ``second`` follow: "Hyun-woo Park", "Seo-yeon
    Kim" (Korean given names as romanised in English copy)."""
    k = first.end
    return (
        first.label_ == "PERSON"
        and second.start == k + 2
        and len(second) == 1
        and doc[k].text == "-"
        and doc[k + 1].is_lower
        and doc[k + 1].is_alpha
        and len(doc[k + 1]) <= 4
        and second[0].is_title
    )


def _body_head_before_of(doc: Doc, ent: Span) -> int | None:
    """Where the name starts when ``ent`` (a place, an organisation, or a place the model read as a
    person: "Marlow Falls") follows "of" after a capitalised word outside it that heads a body's
    name (``organisation_only_heads.txt``: "Diocese of Ridgefield", "Ministry of Health"); None
    otherwise."""
    k = ent.start
    if ent.label_ not in ("GPE", "ORG", "LOC", "PERSON") or k < 2 or doc[k - 1].lower_ != "of":
        return None
    head = doc[k - 2]
    if not head.is_title or head.lower_ not in _ORGANISATION_ONLY_HEADS:
        return None
    start = k - 2
    while start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ in ("NNP", "NNPS", "JJ") and k - start < 5:
        start -= 1  # "the Roman Catholic Diocese of Ridgefield"
    return start
