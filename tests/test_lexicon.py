"""The extractor's knowledge is data, broad enough, and holds no person names."""

from __future__ import annotations

import re
from importlib import resources

from dossier.extraction import lexicon


def test_taxonomy_has_at_least_forty_domains_in_every_category():
    domains = lexicon.domains()
    assert len(domains) >= 40
    assert {d.category for d in domains} == {
        "operational domain",
        "technology",
        "capability",
        "industry",
        "research",
        "policy",
        "materiel",
    }
    assert len({d.id for d in domains}) == len(domains)


def test_every_pattern_expands():
    assert lexicon.expand("lutte contre le|les? drone") == [
        ["lutte", "contre", "le", "drone"],
        ["lutte", "contre", "les", "drone"],
        ["lutte", "contre", "drone"],
    ]
    assert {"aérien", "aériens", "aérienne", "aériennes"} <= lexicon.inflections("aérien")


def test_french_country_names_and_demonyms():
    codes, names, demonyms = lexicon.countries()
    assert names["Japon"] == "JPN" and names["Corée du Sud"] == "KOR"
    assert names["République de Corée"] == "KOR" and names["Nouvelle-Zélande"] == "NZL"
    assert demonyms["japonais"] == "JPN" and demonyms["sud-coreennes"] == "KOR"
    assert codes["KOR"].name == "République de Corée"


def test_no_person_names_in_any_data_file():
    data = resources.files("dossier.extraction.data")
    text = " ".join(f.read_text("utf-8") for f in data.iterdir() if f.name.endswith(".toml"))
    for name in ("Jaakkola", "Rutte", "Tarja", "Mark"):
        assert not re.search(rf"\b{name}\b", text), name
