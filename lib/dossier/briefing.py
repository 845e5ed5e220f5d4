"""The standard briefing set: every chart of the corpus, and its commitments table."""

from __future__ import annotations

from pathlib import Path

from . import charts, export, views
from .views import Filters


def figures(corpus, lang: str = "fr") -> dict[str, object]:
    """Name -> Figure for the whole corpus."""
    sel = views.select(corpus, Filters())
    src = charts.source_line(corpus.articles, lang)
    return {
        "acteurs": charts.actor_mentions(sel.actors, lang=lang, source=src),
        "domaines": charts.domains_by_category(sel.domains, lang=lang, source=src),
        "acteurs-x-domaines": charts.actor_domain_heatmap(
            views.actor_domain_matrix(corpus, lang=lang), lang=lang, source=src
        ),
        "engagements": charts.commitments_chart(
            views.commitments_by_actor(sel), lang=lang, source=src
        ),
        "chronologie": charts.timeline(views.timeline_rows(sel), lang=lang, source=src),
        "reseau": charts.network(
            views.actor_domain_edges(corpus), corpus.actors, corpus.domains, lang=lang, source=src
        ),
    }


def write(corpus, folder: Path | None = None, lang: str = "fr") -> list[Path]:
    """Write every chart (PNG, SVG, PDF) and the commitments table (CSV, Excel)."""
    import matplotlib.pyplot as plt

    paths: list[Path] = []
    for name, fig in figures(corpus, lang).items():
        paths += export.figure(fig, ["briefing", name], folder)
        plt.close(fig)
    paths += export.table(
        corpus.commitments.drop(columns=["rule"]), ["briefing", "engagements"], folder
    )
    return paths
