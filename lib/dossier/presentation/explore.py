"""Explorers: filters that update a chart, a table and the sentences behind them together.

    dossier.explore.actors(corpus)        # in a notebook cell

Every change of a control re-selects the rows (views.select), redraws the chart, refills
the table and the source panel. Article text is HTML-escaped before it is shown.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io

import ipywidgets as w
import pandas as pd

from ..corpus import views
from ..corpus.views import Filters
from . import charts, export, slides
from .i18n import label_column, resolve, t

CHART_HEIGHT = "560px"
SCREEN_DPI = 80  # 720 px wide: sharp in the notebook, cheap to redraw; exports use 200
TABLE_ROWS = 200
SOURCE_SENTENCES = 25
RECENT_STATES = 16


def render_png(fig) -> dict:
    """A Figure as one notebook output (PNG), and the figure freed from pyplot if it was
    ever registered there."""
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    # One pass: the canvas lays the figure out (constrained layout) and renders it. savefig
    # would first run a whole extra pass, with rendering off, only to do the layout, and
    # the style's "tight" box would add one more; the constrained layout already fits.
    with charts.style():
        fig.set_dpi(SCREEN_DPI)
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        size = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", size, canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buf = io.BytesIO()
        image.save(buf, format="png", compress_level=1)  # a third of zlib's default time
    plt.close(fig)
    png = base64.b64encode(buf.getvalue()).decode("ascii")
    return {
        "output_type": "display_data",
        "data": {"image/png": png, "text/plain": "<Figure>"},
        "metadata": {},
    }


def _settle() -> None:
    """Keep Python's cycle collector out of the redraws.

    Every redraw leaves a figure's worth of objects behind, and every few redraws that
    triggers a full collection, which walks every object alive: with the tables of
    5,000 articles loaded, 100-300 ms in the middle of a redraw. What is alive once an
    explorer is built (the corpus, its indexes, the libraries) stays alive, so it is
    moved out of the collector's sight (gc.freeze). The next explorer built unfreezes
    first, so what an analyst has dropped in the meantime is still collected then."""
    import gc

    gc.unfreeze()
    gc.collect()
    gc.freeze()


# ---------------------------------------------------------------- HTML pieces


def table_html(df: pd.DataFrame, rows: int = TABLE_ROWS) -> str:
    """The first rows as an HTML table, every cell escaped (DataFrame.to_html takes ten
    times longer for the same markup)."""
    if df.empty:
        return "<p><em>—</em></p>"
    more = f"<p>… {t('more_rows', n=len(df) - rows)}</p>" if len(df) > rows else ""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
        for row in df.head(rows).itertuples(index=False, name=None)
    )
    return (
        f'<table class="dossier-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>{more}"
    )


def _cell(value) -> str:
    return "" if value is None or value is pd.NA or value != value else html.escape(str(value))


def _lookups(corpus) -> tuple[dict, dict]:
    """Sentences by id (article, number, start, text) and article titles by id, built once
    per corpus: plain dicts, as a lookup in a string-typed pandas index re-encodes it."""
    cached = getattr(corpus, "_source_lookups", None)
    if cached is None:
        s, a = corpus.sentences, corpus.articles
        columns = (s.sentence_id, s.article_id, s.sentence, s.start, s.text)
        cached = (
            {sid: rest for sid, *rest in zip(*columns, strict=True)},
            dict(zip(a.article_id, a.title, strict=True)),
        )
        corpus._source_lookups = cached
    return cached


def source_panel(corpus, spans: pd.DataFrame, limit: int = SOURCE_SENTENCES) -> str:
    """The sentences behind the rows, spans highlighted; every piece of text escaped.

    `spans`: sentence_id, start, end (article offsets), label.
    """
    if spans.empty:
        return f"<p><em>{html.escape(t('no_sentence'))}</em></p>"
    ids = spans.sentence_id.unique()
    shown = list(ids[:limit])
    index, titles = _lookups(corpus)
    marks: dict[str, list] = {sid: [] for sid in shown}
    for sid, start, end, label in spans[spans.sentence_id.isin(shown)].itertuples(
        index=False, name=None
    ):
        marks[sid].append((int(start), int(end), str(label)))
    parts = []
    for sid in shown:
        if sid not in index:
            continue
        article_id, number, offset, text = index[sid]
        offset = int(offset)
        pieces, cursor = [], 0
        for start, end, label in sorted(marks[sid]):
            a, b = start - offset, end - offset
            if a < cursor or a < 0 or b > len(text):
                continue
            pieces.append(html.escape(text[cursor:a]))
            pieces.append(f'<mark title="{html.escape(label)}">{html.escape(text[a:b])}</mark>')
            cursor = b
        pieces.append(html.escape(text[cursor:]))
        title = html.escape(str(titles.get(article_id, article_id)))
        parts.append(
            f'<div class="dossier-source"><small>{title} · {t("sentence")} {int(number)}'
            f"</small><br>{''.join(pieces)}</div>"
        )
    more = len(ids) - len(shown)
    tail = f"<p>{html.escape(t('more_sentences', n=more))}</p>" if more > 0 else ""
    return "".join(parts) + tail


# ---------------------------------------------------------------- controls


def _options(values, labels=None):
    labels = labels or {}
    return [(labels.get(v, v), v) for v in values]


def _months(corpus) -> list[dt.date]:
    dates = pd.concat([corpus.commitments.date, corpus.events.date]).dropna()
    if dates.empty:
        return []
    start, end = dates.min().to_period("M"), dates.max().to_period("M")
    return [p.to_timestamp().date() for p in pd.period_range(start, end, freq="M")]


def _present(order: list[str], values: pd.Series) -> list[str]:
    """The keys of `order` found in a column, in that order."""
    found = set(values.dropna().unique())
    return [k for k in order if k in found]


def _multi(pairs, description: str) -> w.SelectMultiple:
    """Several values (none selected = all)."""
    return w.SelectMultiple(
        options=list(pairs), rows=6, description=description, layout=w.Layout(width="320px")
    )


class Explorer:
    """Controls, chart, table, sources and export, kept in step. Subclasses say which
    controls they show and what they draw."""

    name = "explorer"
    shown: tuple[str, ...] = ()

    def __init__(self, corpus, lang: str | None = None):
        self.corpus = corpus
        self.lang = resolve(lang)
        self.figure = None
        self.rows = pd.DataFrame()
        self.selection = None
        self._source = None
        self._seen: dict[tuple, tuple] = {}
        self.controls = self._controls()
        if "search" in self.controls:
            views.search_index(corpus)  # fold the sentences now, not at the first keystroke
        _lookups(corpus)  # and index them for the source panel
        self.chart = w.Output(
            layout=w.Layout(height=CHART_HEIGHT, overflow="auto", border="1px solid #ddd")
        )
        self.table = w.HTML(layout=w.Layout(max_height="280px", overflow="auto"))
        self.sources = w.HTML(layout=w.Layout(max_height="320px", overflow="auto"))
        self.export_button = w.Button(
            description=t("export", self.lang), icon="download", tooltip=t("export_tip", self.lang)
        )
        self.deck_button = w.Button(
            description=t("to_deck", self.lang),
            icon="plus",
            tooltip=t("to_deck_tip", self.lang),
            layout=w.Layout(width="auto"),
        )
        self.export_links = w.HTML()
        self.export_button.on_click(self.export)
        self.deck_button.on_click(self.to_deck)
        for c in self.controls.values():
            c.style.description_width = "initial"  # labels in full ("Engagement", "Mentions ≥")
            c.observe(self.update, names="value")
        self.widget = w.VBox(
            [
                w.HBox(list(self.controls.values()), layout=w.Layout(flex_flow="row wrap")),
                w.HBox([self.export_button, self.deck_button, self.export_links]),
                self.chart,
                w.HTML(f"<b>{html.escape(t('table', self.lang))}</b>"),
                self.table,
                w.HTML(f"<b>{html.escape(t('source_sentences', self.lang))}</b>"),
                *self._above_sources(),
                self.sources,
            ]
        )
        self.update()
        _settle()

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    def _above_sources(self) -> list[w.Widget]:
        """Widgets between the table and the source panel (none by default)."""
        return []

    # -- controls
    def _controls(self) -> dict[str, w.Widget]:
        c = self.corpus
        actors = c.actors
        out: dict[str, w.Widget] = {}
        wide = w.Layout(width="260px")
        if "kinds" in self.shown:
            kinds = _present(charts.ACTOR_KINDS, actors.kind)
            out["kinds"] = self._choice(kinds, t("all_f", self.lang), t("kind", self.lang))
        if "countries" in self.shown:
            codes = sorted(x for x in actors.country.dropna().unique() if x)
            out["countries"] = self._choice(codes, t("all_m", self.lang), t("countries", self.lang))
        if "actors" in self.shown:
            out["actors"] = _multi(
                zip(actors.name, actors.actor_id, strict=True), t("actors", self.lang)
            )
        if "categories" in self.shown:
            cats = _present(charts.CATEGORIES, c.domains.category)
            out["categories"] = self._choice(cats, t("all_f", self.lang), t("category", self.lang))
        if "domains" in self.shown:
            label = label_column(self.lang)
            out["domains"] = _multi(
                zip(c.domains[label], c.domains.domain_id, strict=True), t("domains", self.lang)
            )
        if "commitment_kinds" in self.shown:
            kinds = _present(charts.COMMITMENT_KINDS, c.commitments.kind)
            out["commitment_kinds"] = self._choice(
                kinds, t("all_m", self.lang), t("commitment", self.lang)
            )
        if "dates" in self.shown:
            months = _months(c)
            if len(months) >= 2:
                out["dates"] = w.SelectionRangeSlider(
                    options=[(m.strftime("%m/%Y"), m) for m in months],
                    index=(0, len(months) - 1),
                    description=t("period", self.lang),
                    continuous_update=False,
                    layout=w.Layout(width="420px"),
                )
        if "search" in self.shown:
            out["search"] = w.Text(
                placeholder=t("search_hint", self.lang),
                description=t("search", self.lang),
                continuous_update=False,
                layout=wide,
            )
        if "min_mentions" in self.shown:
            top = int(actors.mentions.max()) if len(actors) else 1
            out["min_mentions"] = w.IntSlider(
                value=1,
                min=1,
                max=max(top, 2),
                description=t("min_mentions", self.lang),
                continuous_update=False,
            )
        copies = views.codes(c).n_copies
        if copies:  # syndicated dispatches: one copy per story unless asked
            out["copies"] = w.Checkbox(
                value=False,
                description=t("all_copies", self.lang, n=copies),
                tooltip=t("all_copies_tip", self.lang),
                indent=False,
            )
        return out

    def _choice(self, values: list[str], everything: str, description: str) -> w.Dropdown:
        """One value or all of them; labels in the explorer's language."""
        labels = {k: charts.word(k, self.lang) for k in values}
        return w.Dropdown(
            options=[(everything, "")] + _options(values, labels),
            value="",
            description=description,
            layout=w.Layout(width="260px"),
        )

    def filters(self) -> Filters:
        v = {k: c.value for k, c in self.controls.items()}
        one = lambda key: (v[key],) if v.get(key) else ()  # noqa: E731
        date_from = date_to = None
        if "dates" in v:
            months = self.controls["dates"].options
            lo, hi = v["dates"]
            if (lo, hi) != (months[0][1], months[-1][1]):
                date_from = lo
                date_to = (pd.Timestamp(hi) + pd.offsets.MonthEnd(0)).date()
        return Filters(
            kinds=one("kinds"),
            countries=one("countries"),
            actors=tuple(v.get("actors", ())),
            categories=one("categories"),
            domains=tuple(v.get("domains", ())),
            commitment_kinds=one("commitment_kinds"),
            date_from=date_from,
            date_to=date_to,
            search=v.get("search", ""),
            min_mentions=v.get("min_mentions", 1),
            copies=bool(v.get("copies", False)),
            new_since=v.get("new_since") or None,
        )

    # -- drawing
    def state(self) -> tuple:
        """What the chart depends on: the filters (and, for some explorers, the view)."""
        return (self.filters(),)

    def update(self, change=None) -> None:
        key = self.state()
        hit = self._seen.pop(key, None)
        if hit is None:
            # a new combination of filters: select, draw, render
            selection = views.select(self.corpus, self.filters())
            fig = self.draw(selection)
            rows = self.table_rows(selection, TABLE_ROWS)
            hit = (
                selection,
                fig,
                rows,
                render_png(fig),
                table_html(rows, TABLE_ROWS) + self._more(selection),
                source_panel(self.corpus, self.spans(selection)),
            )
        # going back to an earlier choice is instant: the last few are kept
        self._seen[key] = hit
        while len(self._seen) > RECENT_STATES:
            self._seen.pop(next(iter(self._seen)))
        self.selection, self.figure, self.rows, png, table, sources = hit
        # `outputs` is set from Python (not `with out: display(fig)`): it holds exactly one
        # image after any number of updates, in a kernel, a headless run or a test alike,
        # and the old image is replaced rather than cleared, so the page does not jump.
        self.chart.outputs = (png,)
        self.table.value = table
        self.sources.value = sources

    def source(self, sel=None) -> str:
        """The chart's Source line: the articles counted (one per story unless every copy
        is shown); other filters do not change it."""
        sel = sel if sel is not None else self.selection
        copies = bool(sel is not None and sel.f.copies)
        if self._source is None:
            self._source = {}
        if copies not in self._source:
            counted = sel.articles if sel is not None else self.corpus.articles
            left_out = len(self.corpus.articles) - len(counted)
            self._source[copies] = charts.source_line(counted, self.lang, left_out)
        return self._source[copies]

    def draw(self, sel):  # pragma: no cover - every subclass draws
        raise NotImplementedError

    def table_rows(self, sel, limit: int | None = None) -> pd.DataFrame:  # pragma: no cover
        raise NotImplementedError

    def _more(self, sel) -> str:
        total = self.count(sel)
        return (
            f"<p>{html.escape(t('more_rows', self.lang, n=total - TABLE_ROWS))}</p>"
            if total > TABLE_ROWS
            else ""
        )

    def count(self, sel) -> int:
        return len(self.table_rows(sel))

    def spans(self, sel) -> pd.DataFrame:  # pragma: no cover
        raise NotImplementedError

    def _word(self, key) -> str:
        return t(key, self.lang) if isinstance(key, str) else key

    def _labelled(self, columns: dict[str, pd.Series]) -> pd.DataFrame:
        """A table whose column labels are in the explorer's language."""
        return pd.DataFrame({t(k, self.lang): v for k, v in columns.items()})

    def export_name(self) -> list[str]:
        return [self.name, *self.filters().describe()]

    def export(self, _button=None) -> list:
        """The chart (PNG, SVG, PDF) and every row of the table, filters in the names; an
        empty chart is not written, the table still is."""
        parts = self.export_name()
        everything = self.table_rows(self.selection)
        empty = charts.is_empty(self.figure)
        paths = [] if empty else export.figure(self.figure, parts)
        paths += export.table(everything, parts)
        note = f"<p>{html.escape(t('export_empty', self.lang))}</p>" if empty else ""
        self.export_links.value = note + export.links_html(paths, self.lang)
        return paths

    def to_deck(self, _button=None):
        """Add the chart as it is (filters included) to the deck the next briefing writes.
        Returns the slide added, or None when the chart is empty."""
        if charts.is_empty(self.figure):
            self.export_links.value = f"<p>{html.escape(t('to_deck_empty', self.lang))}</p>"
            return None
        slide = slides.add_chart(
            self.figure,
            explorer=self.name,
            filters=", ".join(self.filters().describe()),
            lang=self.lang,
        )
        waiting = len(slides.pending())
        self.export_links.value = (
            f"<p>{html.escape(t('to_deck_done', self.lang, n=waiting, title=slide.title))}</p>"
        )
        return slide


def first_sentences(df: pd.DataFrame, n: int = SOURCE_SENTENCES) -> pd.DataFrame:
    """Rows of the first n sentences (rows come in article order): the source panel shows
    no more, so no more are prepared."""
    head = df.iloc[: 60 * n]  # rows come in text order: the first sentences are on top
    return head[head.sentence_id.isin(head.sentence_id.unique()[:n])]


def _mention_spans(sel) -> pd.DataFrame:
    m = first_sentences(sel.mentions).merge(sel.actors[["actor_id", "name"]], on="actor_id")
    return m.assign(label=m.name)[["sentence_id", "start", "end", "label"]]


class ActorExplorer(Explorer):
    name = "acteurs"
    shown = ("kinds", "countries", "actors", "search", "min_mentions")

    def draw(self, sel):
        return charts.actor_mentions(sel.actors, lang=self.lang, source=self.source(sel))

    def count(self, sel) -> int:
        return len(sel.actors)

    def table_rows(self, sel, limit=None):
        a = sel.actors.head(limit) if limit else sel.actors
        names = self.corpus.actor_names
        return self._labelled(
            {
                "col_actor": a.name,
                "col_kind": a.kind.map(self._word),
                "col_country": a.country,
                "col_role": a.role,
                "col_affiliation": a.affiliation_id.map(names),
                "col_mentions": a.mentions,
            }
        )

    def spans(self, sel):
        return _mention_spans(sel)


class DomainExplorer(Explorer):
    name = "domaines"
    shown = ("categories", "domains", "kinds", "actors", "search")

    def draw(self, sel):
        matrix = views.actor_domain_matrix(self.corpus, sel, label=label_column(self.lang))
        return charts.actor_domain_heatmap(matrix, lang=self.lang, source=self.source(sel))

    def count(self, sel) -> int:
        return len(sel.domains)

    def table_rows(self, sel, limit=None):
        d = sel.domains.head(limit) if limit else sel.domains
        return self._labelled(
            {
                "col_domain": d[label_column(self.lang)],
                "col_category": d.category.map(self._word),
                "col_mentions": d.mentions,
            }
        )

    def spans(self, sel):
        label = label_column(self.lang)
        dm = first_sentences(sel.domain_mentions).merge(
            self.corpus.domains[["domain_id", label]], on="domain_id"
        )
        return dm.assign(label=dm[label])[["sentence_id", "start", "end", "label"]]


class CommitmentExplorer(Explorer):
    """Commitments by actor, on a timeline, or followed across articles ("suivi": the same
    commitment reported by several outlets is one row, most reported first). « Nouveau
    depuis » keeps the commitments first reported on or after a day; « Phrases de » shows
    every sentence behind one followed commitment."""

    name = "engagements"
    shown = ("commitment_kinds", "actors", "categories", "domains", "dates", "search")
    GROUPS_LISTED = 30

    def __init__(self, corpus, lang: str | None = None):
        self.group_picker = w.Dropdown(
            options=[(t("all_f", lang), "")],
            value="",
            description=t("sentences_of", lang),
            style={"description_width": "initial"},
            layout=w.Layout(width="640px"),
        )
        self._picking = False
        self.group_picker.observe(self._show_group, names="value")
        super().__init__(corpus, lang)

    def _controls(self):
        out = super()._controls()
        out["view"] = w.ToggleButtons(
            options=[
                (t("by_actor", self.lang), "actors"),
                (t("timeline", self.lang).lower(), "timeline"),
                (t("followed", self.lang), "groups"),
            ],
            value="actors",
            description=t("view", self.lang),
        )
        if self.corpus.commitment_groups.first_seen.notna().any():
            out["new_since"] = w.DatePicker(value=None, description=t("new_since", self.lang))
        return out

    def _above_sources(self):
        return [self.group_picker]

    def state(self) -> tuple:
        return (self.filters(), self.controls["view"].value)

    def export_name(self) -> list[str]:
        view = {"timeline": ["chronologie"], "groups": ["suivi"]}.get(
            self.controls["view"].value, []
        )
        return [self.name, *view, *self.filters().describe()]

    def update(self, change=None) -> None:
        super().update(change)
        # « Phrases de » picks a followed commitment: shown, and filled, in the 'suivi' view
        following = self.controls["view"].value == "groups"
        self.group_picker.layout.display = None if following else "none"
        if following:
            self._list_groups()
        elif self.group_picker.value:
            self._picking = True
            try:
                self.group_picker.value = ""
            finally:
                self._picking = False

    def draw(self, sel):
        view = self.controls["view"].value
        if view == "timeline":
            return charts.timeline(
                views.timeline_rows(sel), lang=self.lang, source=self.source(sel)
            )
        if view == "groups":
            return charts.commitment_groups_chart(
                sel.commitment_groups, lang=self.lang, source=self.source(sel)
            )
        return charts.commitments_chart(
            views.commitments_by_actor(sel), lang=self.lang, source=self.source(sel)
        )

    def count(self, sel) -> int:
        if self.controls["view"].value == "groups":
            return len(sel.commitment_groups)
        return len(sel.commitments)

    def table_rows(self, sel, limit=None):
        if self.controls["view"].value == "groups":
            g = sel.commitment_groups.head(limit) if limit else sel.commitment_groups
            return self._labelled(
                {
                    "col_kind": g.kind.map(self._word),
                    "col_parties": g.parties,
                    "col_instrument": g.instrument,
                    "col_domains": g.domains,
                    "col_sources": g.sources,
                    "col_articles": g.articles,
                    "col_first_seen": g.first_seen.dt.date,
                    "col_last_seen": g.last_seen.dt.date,
                    "col_date": g.date.dt.date,
                    "col_reason": g.reason,  # what joined articles in one group
                }
            )
        c = sel.commitments.head(limit) if limit else sel.commitments
        parties = sel.parties(first=limit)
        return self._labelled(
            {
                "col_kind": c.kind.map(self._word),
                "col_trigger": c.trigger,
                "col_parties": c.commitment_id.map(parties).fillna(""),
                "col_date": c.date_text,
                "col_instrument": c.instrument,
                "col_confidence": c.confidence,
                "col_sentence": c.text,
            }
        )

    def spans(self, sel):
        return self._trigger_spans(first_sentences(sel.commitments))

    def _trigger_spans(self, c: pd.DataFrame) -> pd.DataFrame:
        """Each commitment's trigger, found in its sentence."""
        sentences, _ = _lookups(self.corpus)
        rows = []
        for sid, trigger, kind in zip(c.sentence_id, c.trigger, c.kind, strict=True):
            if sid not in sentences:
                continue
            _, _, start, text = sentences[sid]
            at = text.find(trigger)
            if at >= 0:
                rows.append((sid, int(start) + at, int(start) + at + len(trigger), kind))
        return pd.DataFrame(rows, columns=["sentence_id", "start", "end", "label"])

    # -- the sentences of one followed commitment, on demand
    def _list_groups(self) -> None:
        """The picker lists the most reported commitments of the current selection."""
        groups = self.selection.commitment_groups.head(self.GROUPS_LISTED)
        options = [(t("all_f", self.lang), "")] + [
            (f"{charts.group_label(g, self.lang)} — {g.sources} sources", g.group_id)
            for g in groups.itertuples()
        ]
        keep = self.group_picker.value
        self._picking = True
        try:
            self.group_picker.options = options
            self.group_picker.value = keep if keep in {v for _, v in options} else ""
        finally:
            self._picking = False
        if self.group_picker.value:
            self._show_group()

    def _show_group(self, change=None) -> None:
        if self._picking or self.selection is None:
            return
        gid = self.group_picker.value
        sel = self.selection
        if not gid:
            self.sources.value = source_panel(self.corpus, self.spans(sel))
            return
        c = sel.commitments[sel.commitments.group_id == gid]
        self.sources.value = source_panel(self.corpus, self._trigger_spans(c), limit=100)


class NetworkExplorer(Explorer):
    name = "reseau"
    shown = ("kinds", "categories", "search", "min_mentions")

    def draw(self, sel):
        return charts.network(
            views.actor_domain_edges(self.corpus, sel),
            self.corpus.actors,
            self.corpus.domains,
            lang=self.lang,
            source=self.source(sel),
        )

    def table_rows(self, sel, limit=None):
        e = views.actor_domain_edges(self.corpus, sel)
        names = self.corpus.actor_names
        labels = self.corpus.domains.set_index("domain_id")[label_column(self.lang)]
        out = self._labelled(
            {
                "col_actor": e.actor_id.map(names),
                "col_domain": e.domain_id.map(labels),
                "col_sentences": e.weight,
            }
        ).sort_values(t("col_sentences", self.lang), ascending=False)
        return out.head(limit) if limit else out

    def spans(self, sel):
        return _mention_spans(sel)


def actors(corpus, lang: str | None = None) -> ActorExplorer:
    return ActorExplorer(corpus, lang)


def domains(corpus, lang: str | None = None) -> DomainExplorer:
    return DomainExplorer(corpus, lang)


def commitments(corpus, lang: str | None = None) -> CommitmentExplorer:
    return CommitmentExplorer(corpus, lang)


def network(corpus, lang: str | None = None) -> NetworkExplorer:
    return NetworkExplorer(corpus, lang)


def add_box(folder=None, lang: str | None = None, timeout: float = 20.0):
    """A box to add articles from their links (pages or feeds) to seeds/: each link's
    outcome is listed (added, already there, or why not); nothing else is touched."""
    from ..base.paths import seeds_dir
    from ..reading.links import add

    lang = resolve(lang)
    folder = folder or seeds_dir()
    links = w.Textarea(placeholder="https://…", layout=w.Layout(width="720px", height="90px"))
    button = w.Button(description=t("add_button", lang), icon="plus", button_style="primary")
    report = w.HTML()

    def run(_button=None):
        button.disabled = True
        report.value = f"<p>{html.escape(t('add_working', lang))}</p>"
        try:
            results = add(links.value.split(), folder, timeout=timeout)
        finally:
            button.disabled = False
        items = "".join(
            f"<li><b>{html.escape(r.status)}</b> {html.escape(r.url)} — "
            f"{html.escape(r.message)}</li>"
            for r in results
        )
        done = sum(r.status == "added" for r in results)
        report.value = f"<p>{html.escape(t('add_done', lang, n=done))}</p><ul>{items}</ul>"
        return results

    button.on_click(run)
    box = w.VBox([w.HTML(f"<p>{html.escape(t('add_links', lang))}</p>"), links, button, report])
    box.run = run  # the same as a click, for scripts and tests
    box.links = links
    return box


def article(corpus, which: int | str = 0):
    """One article's text with every actor (blue) and domain (yellow) span highlighted.

    `which`: a position in corpus.articles or an article_id.
    """
    from IPython.display import HTML

    arts = corpus.articles
    if arts.empty:
        return HTML(f"<p><em>{html.escape(t('no_article'))}</em></p>")
    row = arts.iloc[which] if isinstance(which, int) else arts.set_index("article_id").loc[which]
    aid = row.article_id if isinstance(which, int) else which
    names = corpus.actor_names
    labels = corpus.domains.set_index("domain_id")[label_column()]
    m = corpus.mentions[corpus.mentions.article_id == aid]
    d = corpus.domain_mentions[corpus.domain_mentions.article_id == aid]
    spans = sorted(
        [(r.start, r.end, names.get(r.actor_id, r.actor_id), "actor") for r in m.itertuples()]
        + [(r.start, r.end, labels.get(r.domain_id, r.domain_id), "domain") for r in d.itertuples()]
    )
    text, out, cursor = row.text, [], 0
    for start, end, label, kind in spans:
        if start < cursor:
            continue
        colour = "#cfe3f5" if kind == "actor" else "#fbe7b0"
        out.append(html.escape(text[cursor:start]))
        out.append(
            f'<mark style="background:{colour}" title="{html.escape(str(label))}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        cursor = end
    out.append(html.escape(text[cursor:]))
    body = "".join(out).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return HTML(f"<h4>{html.escape(row.title)}</h4><p>{body}</p>")
