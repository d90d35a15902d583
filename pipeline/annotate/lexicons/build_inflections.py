"""Writes ``inflections.tsv``: the inflected forms of every verb the lists name, from lemminflect.

    python -m pipeline.annotate.lexicons.build_inflections

The rules read a verb list's forms ("say" -> said, says, saying) from that file rather than from
lemminflect itself: loading lemminflect's tables cost each worker process ~0.2 s of start-up, for
a few hundred verbs. Each line is ``lemma<TAB>part of speech<TAB>forms`` (lemminflect's
``getAllInflections``, or ``getAllInflectionsOOV`` for a verb it does not know; nouns only for
the reporting verbs, whose noun forms "report", "claims" the cue rules tell apart). Run it again
after editing a verb list; ``tests/annotate/test_inflections.py`` fails while the file is out of
date with the lists or with the pinned lemminflect.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from pipeline.annotate import lexicons

OUT = Path(__file__).with_name("inflections.tsv")


def verb_lemmas() -> list[str]:
    """Every verb the lists name, as the rules inflect them."""
    lemmas = set(lexicons.words("cue_verbs"))
    lemmas |= lexicons.words("authoring_verbs") | lexicons.words("question_verbs") | lexicons.words("reply_verbs")
    lemmas |= {phrase.split()[0] for phrase in lexicons.words("phrasal_cue_verbs")}
    lemmas |= {next(w for w in phrase.split() if w != "never") for phrase in lexicons.words("catenative_verbs")}
    lemmas |= {lemma for values in lexicons.pairs("document_verbs").values() for lemma in values}
    lemmas |= set(lexicons.pairs("role_verbs"))
    lemmas |= {lemma for deeds in lexicons.pairs("roles_by_deed.txt").values() for lemma in deeds}
    lemmas |= lexicons.words("causative_verbs") | lexicons.words("perception_verbs")
    lemmas |= lexicons.words("speech_act_verbs") | lexicons.words("performance_verbs")
    return sorted(lemmas)


def noun_lemmas() -> list[str]:
    """The reporting verbs, whose noun forms the cue rules look up."""
    return sorted(lexicons.words("cue_verbs"))


def computed() -> dict[tuple[str, str], frozenset[str]]:
    """(lemma, "VERB" or "NOUN") -> its forms, lower case, as lemminflect gives them now."""
    out = {(lemma, "VERB"): lexicons.lemminflect_forms(lemma, "VERB") for lemma in verb_lemmas()}
    out |= {(lemma, "NOUN"): lexicons.lemminflect_forms(lemma, "NOUN") for lemma in noun_lemmas()}
    return out


def main() -> None:
    version = importlib.metadata.version("lemminflect")
    lines = [
        f"# Written by pipeline/annotate/lexicons/build_inflections.py from lemminflect {version} (MIT;",
        "# its inflection tables). lemma<TAB>part of speech<TAB>forms; the verbs of the verb lists (cue,",
        "# authoring, question, reply, phrasal, catenative, document, role, deed, causative, perception",
        "# and speech act and performance verbs) and the reporting verbs' noun forms. Regenerate after",
        "# editing those lists.",
    ]
    for (lemma, pos), forms in sorted(computed().items()):
        lines.append(f"{lemma}\t{pos}\t{' '.join(sorted(forms))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {sum(1 for line in lines if not line.startswith('#'))} rows")


if __name__ == "__main__":
    main()
