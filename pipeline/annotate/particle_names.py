"""Names with surname particles: "Paulo dos Santos", "Edwin van der Berg", "Ahmed bin Salem".

The small model cuts such a name at its lower-case particle ("Paulo" a person, "Santos" another)
and reads the surname the story then uses alone ("van der Berg said", "Van der Berg said" at a
sentence's start) as a full name of its own. Here the cut name is joined again
(``joined_at_particles``, on the NER's spans), a surname with its particle is kept as a person's
span though it opens in lower case (``particle_surname``), and the surname forms are told from
full names (``surname_forms``, for ``persons.StoryNames``). The particles are nameparser's
(``lexicons.surname_particles``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.columns import words_of
from pipeline.annotate.groups import normal


def particle_surname(text: str) -> bool:
    """ "van der Berg", "dos Santos": a surname with its lower-case particles, as copy writes it
    when it uses the surname alone."""
    words = text.split()
    k = 0
    while k < min(2, len(words) - 1) and words[k] in lexicons.surname_particles():
        k += 1
    return k > 0 and words[k][:1].isupper()


def joined_at_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans with a person's name rejoined to the surname the model cut off at a lower-case
    particle: "Paulo dos Santos" read as "Paulo" (a person) and "Santos" (a person again, or a
    place, or nothing). The particles (one or two: "van der") stand one space apart; the surname
    is one or two capitalised proper nouns, no entity running on past them. A surname tagged
    alone after its particles gets its given name back (``given_name_before_particles``)."""
    out: list[Span] = []
    skip_to = 0
    for ent in ents:
        if ent.start < skip_to:
            continue
        joined = _surname_end(doc, ent) if ent.label_ == "PERSON" else None
        if joined is None:
            given = given_name_before_particles(doc, ent)
            if given is not None and out and out[-1].start == given and out[-1].end == given + 1:
                out.pop()  # ("Maartje van den Broek" read as an organisation and a place)
            if given is not None and (not out or out[-1].end <= given):
                ent = Span(doc, given, ent.end, label="PERSON")
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, joined, label="PERSON"))
        skip_to = joined
    return out


def given_name_before_particles(doc: Doc, ent: Span) -> int | None:
    """The token where a person's name opens when the model tagged only the surname after its
    particles, of any type: "Fenna van der Hoek" read as "Hoek" (an organisation). The word
    before the particles is a capitalised proper noun, no entity or one of its own, that the
    census or the world tables list as a given name; the surname is the whole entity, one or two
    words."""
    k = ent.start
    while k > ent.start - 2 and k > 0 and _particle(doc, k - 1) and doc[k - 1].is_lower:
        k -= 1
    # (a particle inside the surname counts for no word of it: "Hamdan Al Qasimi" after "bint")
    if k == ent.start or k == 0 or len([t for t in ent if t.lower_ not in lexicons.surname_particles()]) > 2:
        return None
    given = doc[k - 1]
    if given.ent_iob_ == "I" or given.tag_ != "NNP" or not given.is_title or given.whitespace_ != " ":
        return None  # (a given name the model tagged alone, as anything, is joined too)
    if given.ent_type_ and k < len(doc) and doc[k].ent_iob_ == "I":
        return None
    # (before "bin" or "bint" a titled word is a given name whatever tables list it: "Sheikha
    # Alyazia bint Hamdan Al Qasimi")
    patronymic = doc[k].lower_ in ("bin", "bint", "ibn") and given.i > 0 and title_before_word(doc[given.i - 1])
    if not (patronymic or lexicons.is_given_name(given.text) or lexicons.is_rare_given_name(given.text)):
        return None
    return given.i


def _surname_end(doc: Doc, ent: Span) -> int | None:
    """The token after the surname that particles join to the person ``ent`` ends before, or None."""
    k = ent.end
    while k < ent.end + 2 and k < len(doc) and _particle(doc, k) and doc[k - 1].whitespace_ == " ":
        k += 1
    if k == ent.end or k >= len(doc) or doc[k - 1].whitespace_ != " ":
        return None
    end = k
    while (
        end < k + 2
        and end < len(doc)
        and doc[end].tag_ in ("NNP", "NNPS")
        and doc[end].text[:1].isupper()
        and doc[end].text.isalpha()
    ):
        end += 1
    if end == k or (doc[end - 1].ent_iob_ and doc[end - 1].ent_type_ and end < len(doc) and doc[end].ent_iob_ == "I"):
        if end > k and doc[end - 1].ent_type_ == "PERSON":
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1  # ("Huda bint Salem Al Kaabi" with "Al Kaabi" a person of its own: hers)
            return end
        return None  # ("Ana de la Vega Foundation": an organisation runs on)
    return end


def _particle(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a surname particle: one of nameparser's, or "den" after "van" ("Erik
    van den Bosch", and in Belgian style "Sofie Van den Berg"; alone, "den" is an English word
    ``lexicons.surname_particles`` leaves out)."""
    word = doc[k].text
    if word in lexicons.surname_particles():
        return True
    if word == "den":
        return k > 0 and doc[k - 1].lower_ == "van"
    return False


def opens_with_particle(text: str) -> bool:
    """Whether ``text`` opens with a surname particle, in either case ("van der Berg", "Van Aalst"),
    or a Gaelic surname's ("Ó Gríofa", "Nic Dhonnchadha": ``patronymic_particles.txt``)."""
    first = text.split(maxsplit=1)[0].lower()
    return first in lexicons.surname_particles() or first in lexicons.words("patronymic_particles.txt")


def surname_forms(forms: list[str]) -> set[str]:
    """The normalised forms among a story's person names that are a surname with its particles,
    which copy uses alone after the full name: "van der Berg" (a lower-case particle first), or
    "Van der Berg" and "Le Roux" where the story also writes "Edwin van der Berg", "Anton le Roux".
    A capitalised particle alone may open a given name ("Van Jones"), hence the full name's test."""
    particles = lexicons.surname_particles()
    # (and the capitalised particles of Gaelic surnames: "Seamus Ó Bríain" … "Ó Bríain said")
    patronymic = lexicons.words("patronymic_particles.txt")
    endings = set()
    for text in forms:
        parts = normal(text).split()
        endings.update(
            " ".join(parts[-k:]) for k in range(2, len(parts)) if parts[-k] in particles or parts[-k] in patronymic
        )
    out = set()
    for text in forms:
        first = text.split(maxsplit=1)[0]
        if first in particles or (opens_with_particle(text) and normal(text) in endings):
            out.add(normal(text))
    return out


_GAELIC = lexicons.words("gaelic_surname_particles.txt")


def written_as_name(word: str) -> bool:
    """Whether ``word`` is written as a name: capitalised, or an Irish surname whose capital
    follows the "h" or "t" its particle puts before it ("hÉigeartaigh" of "Ó hÉigeartaigh",
    "tSaoir" of "Mac an tSaoir")."""
    return word[:1].isupper() or _mutated(word)


def _mutated(word: str) -> bool:
    """Whether ``word`` opens with the "h" or "t" an Irish particle puts before a surname's capital
    ("hÉigeartaigh", "tSaoir")."""
    return word[:1] in ("h", "t") and word[1:2].isupper()


_ACCENTED = frozenset("áéíóúÁÉÍÓÚ")


def gaelic_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of Irish and Scottish names whose surname opens with a Gaelic
    particle written as a word ("Pádraig Mac Lochlainn", "Denis Ó Nualláin", "Sinéad Nic Giolla
    Rua", ``gaelic_surname_particles.txt``), which the small model leaves out, cuts at the particle
    or reads as a body. The given name before the particle is a census or world given name, or
    spelt with an Irish accent; one or two capitalised words follow the particle (after "Mac",
    "Nic" or "Mhic", the article "an" may come first: "Mac an Bhaird")."""
    out: list[tuple[int, int]] = []
    texts = words_of(doc)  # (the cheap test on the words first: this looks at every token)
    for k in range(1, len(doc) - 1):
        if texts[k] not in _GAELIC:
            continue
        if doc[k - 1].whitespace_ != " " or doc[k].whitespace_ != " ":
            continue
        if not _given_name(doc[k - 1], wide=texts[k] not in ("Mac", "Mag")):
            continue
        end, words = k + 1, 0
        if texts[k] in ("Mac", "Nic", "Mhic") and end + 1 < len(doc) and texts[end] == "an":
            end += 1  # the article inside a surname: "Ciarán Mac an Bhaird", "Áine Nic an Rí"
        while end < len(doc) and words < 2 and (doc[end].is_title or _mutated(doc[end].text)) and doc[end].is_alpha:
            word = doc[end]
            if words and (
                lexicons.heads_a_name(word.text)
                or lexicons.is_title_word(word.text)
                or word.lower_ in lexicons.words("place_nouns.txt")
            ):
                break  # ("Máire Ní Bhriain County Council")
            end, words = end + 1, words + 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
                end += 2  # a double surname: "Tomás Ó Floinn-Kerrigan"
            if doc[end - 1].whitespace_ != " ":
                break
        if words == 0:
            continue
        start = k - 1
        while start > 0 and k - start < 3 and _given_name(doc[start - 1]) and doc[start - 1].whitespace_ == " ":
            start -= 1  # "Noel Thomas Ó Conghaile": the given names before
        out.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))
    return out


def _given_name(token, *, wide: bool = False) -> bool:
    """Whether ``token`` may be a given name of a Gaelic name: capitalised, no title, a census
    given name (with ``wide``, one of the world's tables or a word rare in English too) or spelt
    with an Irish accent."""
    return (
        token.is_title
        and token.is_alpha
        and not lexicons.is_title_word(token.text)
        and (
            lexicons.is_given_name(token.text)
            # (the world's tables too, or any word rare in English, before a particle that is no
            # English word: "Carmel Ní Dhálaigh", "Lughaidh Ó Cearnaigh"; not before "Mac": "Apple
            # Mac Pro")
            or (wide and (lexicons.is_listed_given_name(token.text) or lexicons.is_rare_word(token.text)))
            or lexicons.is_rare_given_name(token.text)
            or any(ch in _ACCENTED for ch in token.text)
        )
    )


def title_before_word(token) -> bool:
    """Whether ``token`` is a capitalised personal title or honorific ("Sheikha", "Dr", "Mr")."""
    word = token.lower_.strip(".")
    return token.text[:1].isupper() and (
        word in lexicons.words("personal_titles.txt") or lexicons.honorific_gender(word) is not None
    )
