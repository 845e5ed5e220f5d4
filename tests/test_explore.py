"""Explorers: a control change updates chart, table and source panel together."""

from __future__ import annotations

import matplotlib.pyplot as plt

from dossier import explore


def bar_labels(e):
    return [t.get_text() for t in e.figure.axes[0].get_yticklabels()]


def test_actor_kind_filter_changes_chart_table_and_sources(seed_corpus):
    e = explore.actors(seed_corpus)
    assert "OTAN" in bar_labels(e) and len(e.rows) == len(seed_corpus.actors)
    e.controls["kinds"].value = "country"
    assert set(bar_labels(e)) == {"Japon", "Australie", "République de Corée", "Nouvelle-Zélande"}
    heights = {
        t.get_text(): p.get_width()
        for t, p in zip(e.figure.axes[0].get_yticklabels(), e.figure.axes[0].patches, strict=True)
    }
    assert heights["Japon"] == 5
    assert set(e.rows["type"]) == {"pays"}  # labels in the explorer's language
    assert '<mark title="Japon">Japon</mark>' in e.sources.value
    assert "OTAN</mark>" not in e.sources.value


def test_search_and_minimum_mentions(seed_corpus):
    e = explore.actors(seed_corpus)
    e.controls["search"].value = "Corée"
    assert set(e.rows["acteur"]) == {
        "OTAN",
        "Australie",
        "Japon",
        "République de Corée",
        "Nouvelle-Zélande",
        "partenaires indo-pacifiques",
        "La Haye",
    }
    e.controls["search"].value = ""
    e.controls["min_mentions"].value = 3
    assert set(e.rows["acteur"]) == {
        "OTAN",
        "Japon",
        "Tarja Jaakkola",
        "partenaires indo-pacifiques",
    }


def test_commitment_kind_and_actor_filters(seed_corpus):
    e = explore.commitments(seed_corpus)
    assert len(e.rows) == len(seed_corpus.commitments)
    e.controls["commitment_kinds"].value = "agreement"
    assert e.rows["type"].tolist() == ["accord", "accord"]
    assert e.sources.value.count("<mark") == 2
    e.controls["commitment_kinds"].value = ""
    e.controls["actors"].value = ("person:mark-rutte",)
    assert len(e.rows) == 1 and "convenu" in e.rows["déclencheur"].iloc[0]
    e.controls["view"].value = "timeline"
    assert e.figure._suptitle.get_text() == "Chronologie"  # the seed has no resolved date


def test_domain_category_filter(seed_corpus):
    e = explore.domains(seed_corpus)
    e.controls["categories"].value = "operational domain"
    assert set(e.rows["domaine"]) == {"terrestre", "aérien", "maritime", "spatial"}
    assert set(t.get_text() for t in e.figure.axes[0].get_xticklabels()) <= set(e.rows["domaine"])


def test_twenty_changes_leave_exactly_one_figure(seed_corpus):
    before = plt.get_fignums()
    e = explore.actors(seed_corpus)
    for i in range(20):
        e.controls["kinds"].value = ["", "country", "organization", "person"][i % 4]
        assert len(e.chart.outputs) == 1
        assert "image/png" in e.chart.outputs[0]["data"]
    assert plt.get_fignums() == before


def test_article_text_is_escaped_in_the_source_panel(tmp_path):
    import dossier

    c = dossier.extract(
        "Le Japon a signé un accord <script>window.pwned=1</script> avec "
        "l'Inde <img src=x onerror=alert(1)>."
    )
    e = explore.actors(c)
    assert "<script>" not in e.sources.value and "&lt;script&gt;" in e.sources.value
    assert "<img" not in e.sources.value
    assert "<script>" not in explore.article(c, 0).data


def test_export_button_writes_files_and_shows_links(seed_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_ROOT", str(tmp_path))
    e = explore.commitments(seed_corpus)
    e.controls["commitment_kinds"].value = "priority"
    e.export_button.click()
    names = sorted(p.name for p in (tmp_path / "exports").iterdir())
    assert len(names) == 5 and all(n.startswith("engagements-priority-") for n in names)
    assert 'href="../exports/engagements-priority-' in e.export_links.value
