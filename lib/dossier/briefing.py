"""The standard briefing set: every chart of the corpus, and its commitments table."""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import charts, export, views
from .views import Filters


def figures(corpus, lang: str = "fr") -> dict[str, object]:
    """Name -> Figure for the whole corpus."""
    sel = views.select(corpus, Filters())  # one copy per story
    src = charts.source_line(sel.articles, lang, len(corpus.articles) - len(sel.articles))
    return {
        "acteurs": charts.actor_mentions(sel.actors, lang=lang, source=src),
        "domaines": charts.domains_by_category(sel.domains, lang=lang, source=src),
        "acteurs-x-domaines": charts.actor_domain_heatmap(
            views.actor_domain_matrix(corpus, sel, lang=lang), lang=lang, source=src
        ),
        "engagements": charts.commitments_chart(
            views.commitments_by_actor(sel), lang=lang, source=src
        ),
        "chronologie": charts.timeline(views.timeline_rows(sel), lang=lang, source=src),
        "reseau": charts.network(
            views.actor_domain_edges(corpus, sel),
            corpus.actors,
            corpus.domains,
            lang=lang,
            source=src,
        ),
    }


def write(
    corpus, folder: Path | None = None, lang: str = "fr", workers: int | None = None
) -> list[Path]:
    """Write every chart (PNG, SVG, PDF) and the commitments table (CSV, Excel).

    Saving dominates (a PDF embeds and subsets its fonts, a PNG is drawn at 200 dpi), so
    the charts are saved by `workers` processes (default: up to 2) where the system forks.
    """
    figs = figures(corpus, lang)  # built without pyplot: nothing to close afterwards
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    paths: list[Path] = []
    if workers > 1 and "fork" in mp.get_all_start_methods():
        global _PENDING
        _PENDING = (figs, folder)  # the forked workers inherit the figures, unpickled
        try:
            ctx = mp.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                for done in pool.map(_save, list(figs)):
                    paths += done
        finally:
            _PENDING = None
    else:
        for name in figs:
            paths += export.figure(figs[name], ["briefing", name], folder)
    counted = views.select(corpus, Filters()).commitments  # one copy per story
    paths += export.table(counted.drop(columns=["rule"]), ["briefing", "engagements"], folder)
    return paths


_PENDING: tuple[dict, Path | None] | None = None


def _save(name: str) -> list[Path]:
    figs, folder = _PENDING
    return export.figure(figs[name], ["briefing", name], folder)
