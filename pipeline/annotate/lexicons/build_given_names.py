"""Writes ``given_names_world.tsv`` from the name data of a PyPI package.

    pip install 'wire-ingest[lexicons]' && python -m pipeline.annotate.lexicons.build_given_names

``nomquamgender`` (MIT; Van Buskirk, Clauset and Larremore, "An open-source cultural consensus
approach to name-based gender classification", ICWSM 2023) ships given names with the number of
its 31 national and international name tables that list each one, the number of people counted
and the share of them gendered female. The US 1990 census tables (the ``names`` package) that
``lexicons.is_given_name`` reads first lack names common elsewhere or since ("Magnus",
"Ignatius", "Imani"); this file adds them. Only names that at least ``MIN_SOURCES`` tables list
for at least ``MIN_COUNT`` people are kept (a name one table lists for a handful of people is as
often a word or a typo), and those listed for at least ``RARE_MIN_COUNT`` people when they are rare
in English (below ``RARE_MAX_ZIPF`` on wordfreq's scale): the tables count few people in South Asia
and Africa, so "Zafar" (547 people in 19 tables) or "Nasreen" (797 in 17) fall under ``MIN_COUNT``,
while the everyday words that also do ("Happy", "Sunday") are common in English. Run again to
refresh; the file says which package versions wrote it.
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

MIN_SOURCES = 10
MIN_COUNT = 1000
RARE_MIN_COUNT = 200
RARE_MAX_ZIPF = 2.5
HERE = Path(__file__).parent


def main() -> None:
    dist = importlib.metadata.distribution("nomquamgender")
    data = json.loads(Path(str(dist.locate_file("nomquamgender/name_data.json"))).read_text(encoding="utf-8"))
    from wordfreq import zipf_frequency

    def kept(name: str, sources: int, count: int) -> bool:
        if not (name.isascii() and name.isalpha()) or sources < MIN_SOURCES:
            return False
        return count >= MIN_COUNT or (count >= RARE_MIN_COUNT and zipf_frequency(name, "en") < RARE_MAX_ZIPF)

    rows = sorted(
        (name, int(entry[1]), int(entry[0]), float(entry[2]))
        for name, entry in data.items()
        if kept(name, entry[0], entry[1])
    )
    header = (
        "# Given names across 31 national and international name tables: name<TAB>people counted"
        "<TAB>tables listing it<TAB>share gendered female.\n"
        f"# Source: nomquamgender {dist.version} (PyPI, MIT), names listed by at least {MIN_SOURCES} tables"
        f" for at least {MIN_COUNT} people,\n# or for at least {RARE_MIN_COUNT} when rarer in English than Zipf"
        f" {RARE_MAX_ZIPF} (wordfreq {importlib.metadata.version('wordfreq')});\n"
        "# written by build_given_names.py in this folder: do not edit by hand.\n"
    )
    body = "".join(f"{name}\t{count}\t{sources}\t{female:.3f}\n" for name, count, sources, female in rows)
    (HERE / "given_names_world.tsv").write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    main()
