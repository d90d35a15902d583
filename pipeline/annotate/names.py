"""Common English-language given names that are almost always one gender.

Pronoun attribution ("he said", "she added") needs to know whether a person in the story
is a he or a she. The story itself says so only sometimes (an honorific, a pronoun in a
sentence about that person alone); a given name usually does. Names used for both
(Chris, Jordan, Kelly, Pat, Terry, ...) are left out on purpose: an unknown gender is
better than a wrong one. The lists are ``lexicons/given_names_*.txt``.
"""

from __future__ import annotations

from pipeline.annotate import lexicons

MALE = lexicons.words("given_names_male.txt")
FEMALE = lexicons.words("given_names_female.txt")
# Given names that are as often surnames ("Elizabeth Warren", "Howard Dean"): alone, a
# story's "Warren" or "Dean" is a surname and says nothing of gender.
_ALSO_SURNAMES = lexicons.words("given_names_also_surnames.txt")


def gender_of_given_name(name: str) -> str | None:
    """'m' or 'f' for a name whose first word is a common one-gender given name ("Melanie",
    "Chris Matthews" stays unknown, "Warren" alone is a surname)."""
    words = name.split()
    if not words or (len(words) == 1 and words[0].lower() in _ALSO_SURNAMES):
        return None
    first = words[0].lower().strip(".")
    if first in MALE:
        return "m"
    if first in FEMALE:
        return "f"
    return None
