"""The standard briefing set: every chart of the corpus (a chart with no data is left
out), its commitments table, and the deck (PPTX and PDF, dossier.deck)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..corpus import views
from ..corpus.views import Filters
from . import charts, deck, export
from .i18n import resolve
from .standard import figures


def write(
    corpus,
    folder: Path | None = None,
    lang: str | None = None,
    workers: int | None = None,
    since: dt.date | None = None,
    theme: str | None = None,
    slides: bool = True,
) -> list[Path]:
    """Write every chart with data (PNG, SVG, PDF), the commitments table (CSV, Excel)
    and, unless `slides=False`, the deck: briefing-<date>.pptx and .pdf (dossier.deck),
    with « nouveau depuis » when `since` is given. A chart with no data is not written;
    the deck says what is missing and how to get it.

    Saving dominates (a PDF embeds and subsets its fonts, a PNG is drawn at 200 dpi), so
    the charts are saved by `workers` processes (default: up to 2) where the system forks,
    while this process draws the deck.
    """
    lang = resolve(lang)
    sel = views.select(corpus, Filters())  # one copy per story, for charts, deck and table
    every = figures(corpus, lang, sel)  # built without pyplot: nothing to close afterwards
    figs = {k: f for k, f in every.items() if not charts.is_empty(f)}
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    paths: list[Path] = []
    if workers > 1 and "fork" in mp.get_all_start_methods():
        global _PENDING
        _PENDING = (figs, folder)  # the forked workers inherit the figures, unpickled
        try:
            ctx = mp.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
                saved = pool.map(_save, list(figs))
                if slides:  # drawn here while the workers save the charts
                    paths += deck.write(corpus, folder, since, theme, lang, every, sel=sel)
                for done in saved:
                    paths += done
        finally:
            _PENDING = None
    else:
        if slides:
            paths += deck.write(corpus, folder, since, theme, lang, every, sel=sel)
        for name in figs:
            paths += export.figure(figs[name], ["briefing", name], folder)
    counted = sel.commitments
    paths += export.table(counted.drop(columns=["rule"]), ["briefing", "engagements"], folder)
    return paths


_PENDING: tuple[dict, Path | None] | None = None


def _save(name: str) -> list[Path]:
    figs, folder = _PENDING
    return export.figure(figs[name], ["briefing", name], folder)


def panel(corpus, lang: str | None = None):
    """The briefing in one click: theme, « nouveau depuis » day, then the charts, the
    table and the deck are written to exports/ and linked below the button."""
    import html

    import ipywidgets as w

    from .i18n import t

    lang = resolve(lang)
    theme = w.Text(
        value=t("deck_theme", lang),
        description=t("deck_theme_label", lang),
        layout=w.Layout(width="520px"),
        style={"description_width": "initial"},
    )
    since = w.DatePicker(value=None, description=t("new_since", lang))
    button = w.Button(
        description=t("deck_write", lang),
        icon="file-powerpoint-o",
        button_style="primary",
        layout=w.Layout(width="auto"),
    )
    links = w.HTML()

    def run(_button=None):
        button.disabled = True
        links.value = f"<p>{html.escape(t('deck_writing', lang))}</p>"
        try:
            paths = write(corpus, lang=lang, since=since.value, theme=theme.value or None)
            links.value = export.links_html(paths, lang)
        finally:
            button.disabled = False

    button.on_click(run)
    box = w.VBox([w.HBox([theme, since]), button, links])
    box.run = run  # the same as a click, for scripts and tests
    return box
