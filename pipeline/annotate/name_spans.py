"""Name mentions from the NER's spans: cleaned, plausible, and typed by the words around them.

The small English model labels mentions one at a time and sometimes runs two names into one span
("Grace Road, Leicester", "Leeds or Hull"), cuts a name short ("Baird" of "Okonkwo-Baird") or
gives a person's name another label ("Helena Marsh" ORG). Here each span is split into the names
inside it (``span_pieces.py``), repaired at its edges, trimmed to the name
(``span_cleaning.clean_span``: articles, titles, stray punctuation), dropped when it plainly names
nothing ("State", a shouted "BREAKING"), and made a person when a personal title or a role stands
beside it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.annotate import lexicons
from pipeline.annotate.columns import text_of
from pipeline.annotate.descriptions import epithets_of_peoples
from pipeline.annotate.malaysian_names import chinese_given_name_left_out, patronymic_names
from pipeline.annotate.month_given_names import month_named_person
from pipeline.annotate.organisation_spans import (
    acronyms_before_voices,
    bodies_before_cues,
    bodies_before_their_acronyms,
    bodies_before_voices,
    bodies_calling_themselves,
    bodies_with_which_clauses,
    clubs_by_their_form,
    companies_by_legal_form,
    firms_named_in_full,
    named_groups_before_cues,
    offices_of_titled_roles,
    organisations_after_nouns,
)
from pipeline.annotate.organisations import DEMONYMS, PEOPLES_NOUNS, is_country, is_known_place
from pipeline.annotate.particle_names import gaelic_names
from pipeline.annotate.person_evidence import (
    apposed_to_opening_role,
    has_age_apposition,
    has_age_before,
    has_chosen_name_before,
    has_person_appositive,
    has_who_clause,
    named_after_person_noun,
    speaks_after_quotation,
    surname_before_who,
)
from pipeline.annotate.person_name_forms import (
    balinese_names,
    compound_given_names,
    generation_named,
    is_given_and_surname,
    nicknamed_persons,
    particle_named,
    patronymic_named,
)
from pipeline.annotate.person_predicates import has_role_predicate, persons_with_role_predicates
from pipeline.annotate.person_pronouns import (
    addressed_by_surname,
    called_he_or_she_after,
    lone_persons_called_he_or_she,
    persons_called_he_or_she,
)
from pipeline.annotate.person_span_ends import second_surname_after, surname_after, surname_before_cue
from pipeline.annotate.person_spans import (
    after_person_role,
    apposed_to_owned_role,
    given_name_before,
    initialled_name_end,
    name_after_portfolio,
    persons_after_demonyms,
    persons_after_portfolios,
    persons_after_roles,
)
from pipeline.annotate.person_titles import (
    ends_with_rank,
    given_names_after_title,
    is_style_of_address,
    organisation_tagged_person,
    postnominal_end,
    title_before,
    titled_person_inside,
    titled_speaker_start,
    titled_start,
)
from pipeline.annotate.romanised_names import hyphened_given_names
from pipeline.annotate.span_cleaning import _CALENDAR, _TITLES, clean_span, given_name_after_title
from pipeline.annotate.span_joins import joined_ents
from pipeline.annotate.span_pieces import inverted_cue, pieces, plausible, split_at_cues
from pipeline.annotate.span_repairs import (
    hyphened_end,
    hyphened_start,
    leading_people_or_role,
    office_after_possessive,
    organisation_opening_before,
    person_by_what_precedes,
    place_after_locative,
    short_form_of_a_body,
    without_trailing_function_words,
)
from pipeline.annotate.untagged_apposed_persons import (
    given_names_before_appositions,
    persons_apposed_to_opening_roles,
    persons_before_appositions,
    persons_by_age,
    persons_named_by_choice,
)
from pipeline.annotate.untagged_persons import (
    given_names_joined_to_persons,
    persons_after_titles,
    persons_before_cues,
    persons_between_quotation_and_cue,
    persons_by_surname_elsewhere,
    persons_joined_to_persons,
    persons_opening_clauses,
)

# Labels that name things; numbers, dates and amounts are not entities of a story.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

# A mention that is only one of these words names nobody ("State" of "Secretary of State").
_BARE_TITLES = _TITLES
_INSIDE_NAMES = lexicons.words("abbreviations_inside_names.txt")
# "St" or "St." right before a name, after a word a place follows ("the", "of", "in"): a place
# named for a saint ("the St Andrew MP", "the parish of St Ann"), not the surname "St. John".
# A capitalised "The" inside a sentence right before a one-word name: a title's ("to The Beacon").
# The tags of the function words no name ends on ("Holt of being a", "Tarek Osmani of").


def raw_mentions(doc: Doc, *, offset: int = 0, text: str | None = None) -> list[tuple[str, int, int, str]]:
    """Cleaned (text, start, end, label) for each NER span of a name label."""
    out = []
    extended: list[tuple[int, int]] = []
    doc_text = text_of(doc) if text is None else text
    for ent in split_at_cues(joined_ents(doc, doc_text)):
        ent = without_trailing_function_words(ent)
        label = ent.label_
        if label not in NAME_LABELS and label not in ("MONEY", "DATE"):
            continue
        if label == "MONEY":
            out.extend(_peoples_in(doc_text, ent.start_char, ent.end_char, offset))
            continue
        span_start, span_end = ent.start_char, ent.end_char
        month_end = month_named_person(ent) if label == "DATE" else None
        if label == "DATE" and month_end is None:
            out.extend(_holidays_in(doc_text, ent.start_char, ent.end_char, offset))
            continue
        if label == "PERSON" and inverted_cue(ent):
            span_start = ent[1].idx  # "Said Brennan: “…”": the reporting verb opens the sentence
        hyphened = hyphened_end(ent)
        if hyphened is not None:
            # "Rosalind Vasquez-Orland" cut at the hyphen: the evidence below reads the whole name
            span_end, ent = hyphened, Span(doc, ent.start, ent.end + 2, label=ent.label_)
        if label == "PERSON":
            span_start = hyphened_start(ent) or span_start  # "Okonkwo-Baird" with only "Baird" tagged
        elif label == "ORG":
            span_start = organisation_opening_before(ent) or span_start  # "Coldwater Utilities"
        if label in ("ORG", "GPE", "FAC", "LOC") and (office_end := office_after_possessive(ent)) is not None:
            label, span_end = "ORG", office_end  # "the Harlow County State’s Attorney’s Office"
            extended.append((ent.end_char + offset, span_end + offset))  # (the words it took in)
        given = given_name_before(ent) if month_end is None else None
        if month_end is not None:
            label, span_end = "PERSON", month_end  # "Council member August Pfeffer": a name, not a date
        elif (after_portfolio := name_after_portfolio(ent)) is not None:
            label, span_start = "PERSON", after_portfolio  # "Secretary of State Lydia Harlan"
            portfolio = doc_text[ent.start_char : after_portfolio].rstrip()
            if is_known_place(portfolio):  # ("Ambassador to Kenya Gu Hanlin": Kenya stays a place)
                out.append((portfolio, ent.start_char + offset, ent.start_char + len(portfolio) + offset, "GPE"))
        elif (postnominal := postnominal_end(ent)) is not None:
            label, span_end = "PERSON", postnominal  # "Jonathan Ebbs KC" read as a body
        elif label == "PERSON" and (organisation_tagged_person(ent) or short_form_of_a_body(ent)):
            label = "ORG"  # "Gary Police Dept" tagged as a person; "Kestrel Digital" of "Kestrel Digital Exchange"
        elif given is not None:
            label, span_start = "PERSON", given  # "Ana Reyes" with only "Reyes" tagged
        elif label == "PERSON" and (titled := given_names_after_title(ent)) is not None and titled < span_start:
            span_start = titled  # "Ms Lindiwe Gwarube-Mokoena" with only the surname tagged
        elif label == "PERSON" and (surname_end := surname_after(ent)) is not None:
            span_end = surname_end  # "Chris Lund" with only "Chris" tagged
        elif label == "PERSON" and (surname_end := second_surname_after(ent)) is not None:
            span_end = surname_end  # "Dimitris Lekkas Papadakis urged" with "Papadakis" left out
        elif label == "PERSON" and (given_end := chinese_given_name_left_out(ent)) is not None:
            span_end = given_end  # "Dr Kuan Soon Hock said" with only "Dr Kuan" tagged
        elif label in ("GPE", "ORG", "NORP") and (surname_end := surname_before_cue(ent)) is not None:
            label, span_end = "PERSON", surname_end  # "Magnus Haugland said" with "Magnus" a place
        elif (
            label in ("GPE", "ORG", "NORP")
            and (surname_end := surname_after(ent)) is not None
            and not is_known_place(ent.text)
        ):
            label, span_end = "PERSON", surname_end  # "Magnus Delacroix-Ewing once spent" with "Magnus" a place
        elif label != "PERSON" and (initialled_end := initialled_name_end(ent)) is not None:
            label, span_end = "PERSON", initialled_end  # "spokesperson D. Sravan Kumar" with "D. Sravan" a body
        elif label != "PERSON" and (who_end := surname_before_who(ent)) is not None:
            label, span_end = "PERSON", who_end  # "Sherese Hollis, who …" with "Sherese" a people
        elif label != "PERSON":
            titled = titled_start(ent)
            if titled is None:
                titled = titled_speaker_start(ent)  # "“…” Detective Captain Scott Hadley said"
            inside = titled_person_inside(ent) if titled is None else None
            if inside is not None:
                # "Dillon County Coroner Donnie Grimsley" as one organisation: the office's body
                # before the title keeps the model's label, the name is a person's.
                title_at, titled = inside
                office = clean_span(doc_text[ent.start_char : title_at].rstrip(), ent.start_char + offset, label)
                if office is not None and len(office[0].split()) >= 2:
                    out.append((*office, label))
            if titled is not None:
                # "Governor Ana Reyes" tagged ORG (or only "Reyes"): a personal title makes a person.
                label, span_start = "PERSON", titled
            elif (
                has_person_appositive(ent)
                or after_person_role(ent)
                or has_age_apposition(ent)
                or has_age_before(ent)
                or has_chosen_name_before(ent)
                or named_after_person_noun(ent)
                or apposed_to_opening_role(doc, ent.start, ent.end)
                or apposed_to_owned_role(ent)
            ):
                # "Helen Park, the agency's chief scientist,", "finalist Ana Reyes", "R.J. Pello, 17,",
                # "a neighbor, who identified himself only as Tobias,"
                label = "PERSON"
            elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC") and (
                is_given_and_surname(ent, doc_text)
                or has_who_clause(ent)
                or generation_named(ent)
                or particle_named(ent)
                or patronymic_named(ent)
            ):
                label = "PERSON"  # "Helena Marsh" tagged ORG; "Shareka Vance, who lives nearby,"
            elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "LOC") and addressed_by_surname(ent, doc_text):
                label = "PERSON"  # "the Business Secretary, Clare Denning, … Ms Denning said"
            elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "LOC") and has_role_predicate(ent, doc_text):
                label = "PERSON"  # "Imogen Blackwood was a public defender" with the name read as a body
            elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP") and speaks_after_quotation(ent, doc_text):
                label = "PERSON"  # "“…,” Tamara Speaker said" with the name read as a work
            elif label in ("ORG", "PRODUCT", "WORK_OF_ART", "GPE", "NORP", "LOC") and called_he_or_she_after(
                ent, doc_text
            ):
                label = "PERSON"  # "Pramila Jayapal spoke … “…,” she said"
        if label == "PERSON" and place_after_locative(ent, doc_text):
            label = "GPE"  # "a shuttered plant in Gresham Falls" read as a person
        text_in_doc = doc_text[span_start:span_end]
        for piece_offset, piece in pieces(text_in_doc):
            lead_label = label
            lead = leading_people_or_role(piece)  # (read once a piece: it weighs words' frequencies)
            piece_start = span_start + piece_offset
            titled = label == "PERSON" and title_before(doc_text[max(0, piece_start - 12) : piece_start])
            if lead and titled and given_name_after_title(piece[:lead].rstrip()):
                lead = 0  # "Eng. Sultan Abdullah Al Hosani": after a title, a given name, no role
            if label != "PERSON" and lead:
                rest = piece[lead:].split()
                if lexicons.is_given_name(rest[0]) or piece[: lead - 1] in PEOPLES_NOUNS:
                    lead_label = label = "PERSON"  # "Ruritanian Ana Reyes" read as an organisation
            if lead_label == "PERSON":
                # "Ruritanian John Doe", "Midfielder Jane Roe": a people or a role before a
                # name is not part of it; a people is a name of its own.
                if lead:
                    word = piece[:lead].rstrip()
                    if word in DEMONYMS or word in PEOPLES_NOUNS:
                        start = span_start + piece_offset + offset
                        out.append((word, start, start + len(word), "NORP"))
                    piece_offset, piece = piece_offset + lead, piece[lead:]
            piece_end = span_start + piece_offset + len(piece)
            cleaned = clean_span(
                piece,
                span_start + piece_offset + offset,
                label,
                after=doc_text[piece_end : piece_end + 3],
                titled=titled and lead_label == "PERSON" and not lead,
            )
            if cleaned is None:
                continue
            text, start, end = cleaned
            span = doc.char_span(start - offset, end - offset, alignment_mode="expand") or ent
            piece_label = label
            if (
                label != "PERSON"
                and piece_offset
                and span is not ent
                and (apposed_to_owned_role(span) or is_given_and_surname(span, doc_text))
            ):
                # "a spokeswoman for Oakline Homes, Verity Mance," or "The chair of the Selhurst
                # Partnership, Dominic Harcourt-Vane," read as one body: the name after the comma
                piece_label = "PERSON"
            if text.lower() in _BARE_TITLES or is_style_of_address(text) or not plausible(span, piece_label, text):
                continue  # "State" of "Secretary of State", "Breakthrough"
            if piece_label == "PERSON" and (
                lexicons.is_abbreviated_title(text)
                or text.lower() in _INSIDE_NAMES
                or (ends_with_rank(text) and doc_text[end - offset : end - offset + 1] == ".")
            ):
                continue  # "Dist." and "Atty." of "Dist. Atty. Ann Roe", each read as a person; "Command Sgt."
            if piece_label == "PERSON":
                text, start, end, piece_label = person_by_what_precedes(doc_text, text, start, end, offset)
            out.append((text, start, end, piece_label))
    for start, end in [
        *persons_after_roles(doc),
        *persons_after_portfolios(doc),
        *persons_by_age(doc),
        *persons_before_cues(doc),
        *persons_before_appositions(doc),
        *given_names_before_appositions(doc),
        *persons_apposed_to_opening_roles(doc),
        *persons_joined_to_persons(doc),
        *persons_after_demonyms(doc),
        *given_names_joined_to_persons(doc),
        *persons_opening_clauses(doc),
        *persons_after_titles(doc),
        *persons_by_surname_elsewhere(doc),
        *persons_between_quotation_and_cue(doc),
        *persons_called_he_or_she(doc),
        *lone_persons_called_he_or_she(doc),
        *persons_with_role_predicates(doc),
    ]:
        out.append((doc_text[start:end], start + offset, end + offset, "PERSON"))
    for start, end in [
        *companies_by_legal_form(doc),
        *acronyms_before_voices(doc),
        *bodies_before_voices(doc),
        *bodies_before_cues(doc),
        *bodies_with_which_clauses(doc),
    ]:
        out.append((doc_text[start:end], start + offset, end + offset, "ORG"))
    # Spans found whole that replace the pieces the model made of them ("the Scot" read as a person).
    replacing = [
        (
            [
                *organisations_after_nouns(doc),
                *named_groups_before_cues(doc),
                *bodies_calling_themselves(doc),
                *bodies_before_their_acronyms(doc),
                *offices_of_titled_roles(doc),
                *firms_named_in_full(doc),
                *clubs_by_their_form(doc),
            ],
            "ORG",
        ),
        (epithets_of_peoples(doc), "NORP"),
        (
            [
                *nicknamed_persons(doc_text),
                *gaelic_names(doc),
                *hyphened_given_names(doc_text),
                *patronymic_names(doc_text),
                *compound_given_names(doc_text),
                *balinese_names(doc_text),
                *persons_named_by_choice(doc),
            ],
            "PERSON",
        ),
    ]
    for spans, label in replacing:
        for start, end in spans:
            out = [m for m in out if m[2] <= start + offset or m[1] >= end + offset]
            out.append((doc_text[start:end], start + offset, end + offset, label))
    # (the model's own span of the words an extension took in: "Hospital Medical Center")
    out = [m for m in out if not any(a <= m[1] and m[2] <= b for a, b in extended)]
    out = list(dict.fromkeys(out))  # (two finders may find one untagged name)
    out.sort(key=lambda m: m[1])
    return out


def _peoples_in(text: str, start: int, end: int, offset: int) -> list[tuple[str, int, int, str]]:
    """The peoples and countries named inside an amount ("25,000 Ruritanian crowns", "U.S. dollars")."""
    out = []
    for match in re.finditer(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?", text[start:end]):
        word = match.group(0)
        s = start + match.start() + offset
        if word in DEMONYMS:
            out.append((word, s, s + len(word), "NORP"))
        elif is_country(word):
            out.append((word, s, s + len(word), "GPE"))
    return out


def _holidays_in(text: str, start: int, end: int, offset: int) -> list[tuple[str, int, int, str]]:
    """The named days inside a date ("the long Labour Day weekend", "before Remembrance Day"):
    capitalised words ending with "Day" that are no month, weekday or figure; a country before
    one is a place ("U.S. Labor Day")."""
    out = []
    for match in re.finditer(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* Day\b", text[start:end]):
        words = match.group(0).split()
        if any(w.lower() in _CALENDAR or any(ch.isdigit() for ch in w) for w in words):
            continue
        s = start + match.start() + offset
        if len(words) > 1 and is_country(words[0]):
            out.append((words[0], s, s + len(words[0]), "GPE"))
            s += len(words[0]) + 1
            words = words[1:]
        name = " ".join(words)
        out.append((name, s, s + len(name), "EVENT"))
    return out
