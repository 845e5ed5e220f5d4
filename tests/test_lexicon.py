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


def test_wildcard_patterns_match_as_on_the_whole_doc():
    """The '*' patterns run in windows (nlp.PhraseSet): the same matches, in the same order,
    as spaCy's Matcher over the whole doc, however many overlap."""
    import random

    import dossier
    from dossier.extraction.nlp import get_matchers
    from dossier.extraction.pipeline import RULE_PIPES

    nlp = dossier.pipeline()
    words = "appelle à la de est sont reste très essentiel une étape pilier clé voûte"
    words += " joue un rôle central partage même vision , . et le Japon entendre exposé"
    words += " paraît inquiet succès historique"
    rng = random.Random(7)
    text = " ".join(rng.choice(words.split()) for _ in range(3000))
    doc = nlp(text, disable=list(RULE_PIPES))  # parsed, norms set: what the matchers read
    matchers = get_matchers(doc.vocab)
    for phrases in (matchers.triggers, matchers.events):
        assert phrases._wild_matches(doc) == phrases.wild(doc)
    assert len(matchers.triggers.wild(doc)) > 100  # many matches, overlapping


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
