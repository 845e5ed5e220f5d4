"""The standard chart set of a corpus, as the briefing and its deck show it: who is named,
which areas, who with which area, commitments, the chronology and the network."""

from __future__ import annotations

from ..corpus import views
from ..corpus.views import Filters
from . import charts
from .i18n import label_column, resolve


def figures(corpus, lang: str | None = None, sel=None) -> dict[str, object]:
    """Name -> Figure for the whole corpus (charts.is_empty tells those with no data);
    `sel`: the corpus' selection with one copy per story, when already made."""
    lang = resolve(lang)
    sel = sel if sel is not None else views.select(corpus, Filters())  # one copy per story
    src = charts.source_line(sel.articles, lang, len(corpus.articles) - len(sel.articles))
    return {
        "acteurs": charts.actor_mentions(sel.actors, lang=lang, source=src),
        "domaines": charts.domains_by_category(sel.domains, lang=lang, source=src),
        "acteurs-x-domaines": charts.actor_domain_heatmap(
            views.actor_domain_matrix(corpus, sel, label=label_column(lang)), lang=lang, source=src
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
