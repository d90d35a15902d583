"""Names written with initials first ("K. Murugesan", "P.J. Kuriakose", "G. Vasudeva Rao"), as
Indian and Sri Lankan papers write them: where such a name opens in a run of tokens. The person
rules (``person_spans``, ``person_evidence``) read initials before a capitalised word as a given
name, which the model often misses after a title ("Additional Public Prosecutor K. Murugesan" read
as one organisation).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.annotate import lexicons

# Initials as one token ("K.", "P.J.", "T.K."), as Indian and Sri Lankan papers write a name's
# first part.
INITIALS = re.compile(r"(?:[A-Z]\.)+")


def initialled_name_at(tokens: list[Token]) -> int | None:
    """Where initials open the name that ends ``tokens``: one to three tokens of initials, then one
    or two capitalised words ("K. Murugesan", "P.J. Kuriakose", "G. Vasudeva Rao"); None when
    the tokens do not end so."""
    k = len(tokens)
    words = 0
    while k > 0 and words < 2 and tokens[k - 1].is_alpha and tokens[k - 1].is_title:
        k -= 1
        words += 1
    if not words or lexicons.heads_a_name(tokens[-1].text):
        return None
    end = k
    while k > 0 and end - k < 3 and INITIALS.fullmatch(tokens[k - 1].text):
        k -= 1
    return k if k < end else None
