"""Charts for briefings: a DataFrame in, a matplotlib Figure out.

Figures are built with `matplotlib.figure.Figure`, not pyplot, so none is ever left
open in the analyst's session; the briefing style is applied with a context, never
globally. Titles state what the chart shows; a "Source" line closes every chart.
"""

from __future__ import annotations

import functools
from importlib import resources

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .i18n import label_column, resolve, t

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
ACTOR_KINDS = ["organization", "country", "person", "group", "place", "region"]
COMMITMENT_KINDS = [
    "agreement",
    "intent",
    "exploration",
    "priority",
    "call",
    "declaration",
    "assessment",
]
CATEGORIES = [
    "operational domain",
    "technology",
    "capability",
    "industry",
    "research",
    "policy",
    "materiel",
]
EVENT_KINDS = ["meeting", "summit", "signing", "visit"]


def word(key: str, lang: str | None = None) -> str:
    """A kind, category or chart word in the language (see dossier.i18n)."""
    return t(key, lang)


EMPTY = "dossier-empty"


def is_empty(fig) -> bool:
    """True for a chart drawn with no data ("Aucune donnée pour ces filtres")."""
    return fig is not None and fig.get_gid() == EMPTY


def colour(key: str, order: list[str]) -> str:
    return PALETTE[order.index(key) % len(PALETTE)] if key in order else "#999999"


def style():
    """The briefing style as a context: `with charts.style(): fig.savefig(...)`."""
    import matplotlib.pyplot as plt

    path = resources.files(__package__).joinpath("briefing.mplstyle")
    return plt.style.context(str(path))


def source_line(articles: pd.DataFrame, lang: str | None = None, copies_left_out: int = 0) -> str:
    """'Source : <title> — <outlet>, <date>' for one or two articles, else a summary;
    `copies_left_out` later copies of syndicated dispatches were not counted."""
    lang = resolve(lang)
    line = _source_line(articles, lang)
    if copies_left_out:
        line += f" ; {copies_left_out} {word('copies_left_out', lang)}"
    return line


def _source_line(articles: pd.DataFrame, lang: str) -> str:
    label = word("source", lang) + (" : " if lang == "fr" else ": ")
    if articles is None or articles.empty:
        return label.rstrip(" :")
    if len(articles) <= 2:
        parts = []
        for a in articles.itertuples():
            when = day(a.published, lang) if pd.notna(a.published) else word("undated", lang)
            title = a.title if len(a.title) <= 70 else a.title[:67] + "…"
            parts.append(f"{title} — {a.source or word('no_source', lang)}, {when}")
        return label + " ; ".join(parts)
    known = articles.source[articles.source.fillna("") != ""]
    outlets = ", ".join(known.value_counts().index[:3])
    if known.nunique() > 3:
        outlets += ", …"
    unknown = len(articles) - len(known)
    if unknown:  # said, never a '?'
        n = f"{number(unknown, lang)} {word('without_source', lang)}"
        outlets = f"{outlets} ; {n}" if outlets else n
    dates = articles.published.dropna()
    span = f", {day(dates.min(), lang)} – {day(dates.max(), lang)}" if len(dates) else ""
    return f"{label}{len(articles)} {word('articles', lang)} ({outlets}){span}"


def day(value, lang: str | None = None) -> str:
    """A day as the briefing writes it everywhere: 19/11/2010 in French, 19 Nov 2010 in
    English."""
    d = pd.Timestamp(value)
    return f"{d:%d/%m/%Y}" if resolve(lang) == "fr" else f"{d:%d %b %Y}"


def _figure(title: str, source: str, height: float | None = None) -> tuple[Figure, object]:
    """A figure with its title on top and the source line in a band at the bottom."""
    height = height or 5.4
    fig = Figure(figsize=(9, height), layout="constrained")
    band = 0.32 / height  # inches kept for the source line
    fig.get_layout_engine().set(rect=(0, band, 1, 1 - band))  # (left, bottom, width, height)
    ax = fig.subplots()
    # gids: the deck takes the title and the source line out of the picture (dossier.deck)
    fig.suptitle(title, x=0.01, ha="left", fontsize=14, fontweight="bold", gid="title")
    fig.text(
        0.01,
        band * 0.25,
        source,
        ha="left",
        va="bottom",
        fontsize=8.5,
        color="#555555",
        gid="source",
    )
    return fig, ax


def _nothing(title: str, source: str, lang: str) -> Figure:
    """A chart with no data: its title, its source line, and a message in place of the plot."""
    fig, ax = _figure(title, source)
    _empty(ax, lang)
    return fig


def _empty(ax, lang):
    """'No data for these filters' in place of the plot; the figure is marked empty, so
    exports and the deck leave it out (is_empty)."""
    ax.figure.set_gid(EMPTY)
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        word("empty", lang),
        ha="center",
        va="center",
        fontsize=12,
        color="#777777",
        transform=ax.transAxes,
    )


def _legend(ax, keys: list[str], order: list[str], lang: str) -> None:
    from matplotlib.patches import Patch

    # outside the plot, on the right: it never covers a bar
    ax.legend(
        handles=[Patch(color=colour(k, order), label=word(k, lang)) for k in keys],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )


def number(n, lang: str | None = None) -> str:
    """A count as an analyst reads it: 12 500 in French (narrow no-break space), 12,500
    in English."""
    text = f"{int(n):,}"
    return text.replace(",", "\u202f") if resolve(lang) == "fr" else text


def _count_axis(axis, lang: str) -> None:
    """Whole numbers in round steps (1, 2, 5, 10…), thousands grouped, at most six ticks:
    enough to read a bar, and each tick label is a text to lay out and draw again on
    every redraw."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10], integer=True))
    axis.set_major_formatter(FuncFormatter(functools.partial(_tick, lang=lang)))


def _tick(value, _pos, lang: str) -> str:
    """A count axis' label (a named function: a figure can then be pickled, copied)."""
    return number(value, lang)


def _height(n: int) -> float:
    return min(max(3.2, 1.4 + 0.38 * n), 9.5)


# ---------------------------------------------------------------- charts


def _bars(
    labels: pd.Series,
    values: pd.Series,
    groups: pd.Series,
    order: list[str],
    title: str,
    source: str,
    lang: str,
) -> Figure:
    """Horizontal bars, largest on top, coloured by group, legend outside the plot."""
    fig, ax = _figure(title, source, _height(len(labels)))
    ax.barh(
        labels.iloc[::-1],
        values.iloc[::-1].astype(int),
        color=[colour(g, order) for g in groups.iloc[::-1]],
    )
    ax.set_xlabel(word("mentions", lang))
    present = set(groups)
    _legend(ax, [g for g in order if g in present], order, lang)
    _count_axis(ax.xaxis, lang)
    return fig


def actor_mentions(
    actors: pd.DataFrame,
    top: int = 15,
    lang: str | None = None,
    source: str = "",
    title: str | None = None,
) -> Figure:
    """Horizontal bars: mentions per actor, coloured by kind."""
    lang = resolve(lang)
    data = actors.sort_values(["mentions", "name"], ascending=[False, True]).head(top)
    with style():
        if data.empty:
            return _nothing(title or word("mentions", lang).capitalize(), source, lang)
        lead = data.iloc[0]
        auto = t("chart_actors", lang, name=lead["name"], n=number(lead.mentions, lang))
        return _bars(data.name, data.mentions, data.kind, ACTOR_KINDS, title or auto, source, lang)


def domains_by_category(
    domains: pd.DataFrame,
    top: int = 20,
    lang: str | None = None,
    source: str = "",
    title: str | None = None,
) -> Figure:
    """Horizontal bars: mentions per domain, coloured by category."""
    lang = resolve(lang)
    label = label_column(lang)
    data = domains.sort_values(["mentions", label], ascending=[False, True]).head(top)
    with style():
        if data.empty:
            return _nothing(title or word("domains", lang), source, lang)
        lead = data.iloc[0]
        auto = t("chart_domains", lang, name=lead[label], n=number(lead.mentions, lang))
        return _bars(
            data[label], data.mentions, data.category, CATEGORIES, title or auto, source, lang
        )


def actor_domain_heatmap(
    matrix: pd.DataFrame, lang: str | None = None, source: str = "", title: str | None = None
) -> Figure:
    """Heatmap: in how many sentences each actor and domain are named together."""
    lang = resolve(lang)
    auto = t("chart_heatmap", lang)
    with style():
        if matrix.empty:
            return _nothing(title or auto, source, lang)
        fig, ax = _figure(title or auto, source, _height(len(matrix)) + 1.2)
        ax.grid(False)
        ax.imshow(matrix.values, cmap="Blues", aspect="auto", vmin=0)  # 0 = white
        ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=40, ha="right")
        ax.set_yticks(range(matrix.shape[0]), matrix.index)
        peak = matrix.values.max() or 1
        for (i, j), v in pd.DataFrame(matrix.values).stack().items():
            if v:
                ax.text(
                    j,
                    i,
                    number(v, lang),
                    ha="center",
                    va="center",
                    fontsize=9,
                    color="white" if v > peak / 2 else "black",
                )
        # every cell carries its number: no colour bar to decode
    return fig


def commitments_chart(
    table: pd.DataFrame, lang: str | None = None, source: str = "", title: str | None = None
) -> Figure:
    """Stacked bars: commitments per actor, by kind."""
    lang = resolve(lang)
    with style():
        if table.empty:
            return _nothing(title or word("commitments", lang).capitalize(), source, lang)
        totals = table.sum(axis=1)
        lead = totals.idxmax()
        auto = t("chart_commitments", lang, name=lead, n=number(totals.max(), lang))
        fig, ax = _figure(title or auto, source, _height(len(table)))
        data = table.iloc[::-1]
        y = np.arange(len(data))
        left = np.zeros(len(data))
        for k in [k for k in COMMITMENT_KINDS if k in data.columns and data[k].sum() > 0]:
            width = data[k].to_numpy()
            drawn = width > 0  # no zero-width bar: nothing to see, and each one costs a draw
            ax.barh(
                y[drawn],
                width[drawn],
                left=left[drawn],
                color=colour(k, COMMITMENT_KINDS),
                label=word(k, lang),
            )
            left = left + width
        ax.set_yticks(y, data.index)
        ax.set_ylim(-0.6, len(data) - 0.4)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.set_xlabel(word("commitments", lang))
        _count_axis(ax.xaxis, lang)
    return fig


def group_label(row, lang: str | None = None, width: int = 60) -> str:
    """'accord · Finlande, Norvège · munitions': a commitment group in one line."""
    what = row.instrument or word(row.kind, lang)
    parts = [what, row.parties or "?"]
    if row.domains:
        parts.append(row.domains.split(", ")[0])
    label = " · ".join(parts)
    return label if len(label) <= width else label[: width - 1] + "…"


def commitment_groups_chart(
    groups: pd.DataFrame,
    lang: str | None = None,
    source: str = "",
    title: str | None = None,
    top=12,
) -> Figure:
    """The most reported commitments: outlets reporting each (bars, coloured by kind),
    with the day each was first reported."""
    lang = resolve(lang)
    with style():
        if groups.empty:
            return _nothing(title or word("commitments", lang).capitalize(), source, lang)
        data = groups.head(top)
        lead = data.iloc[0]
        n = number(int(lead.sources), lang)
        auto = t("chart_groups", lang, label=group_label(lead, lang, 45), n=n)
        fig, ax = _figure(title or auto, source, _height(len(data)))
        data = data.iloc[::-1]
        y = np.arange(len(data))
        widths = data.sources.to_numpy(dtype=float)
        ax.barh(y, widths, color=[colour(k, COMMITMENT_KINDS) for k in data.kind])
        for yi, wi, first in zip(y, widths, data.first_seen, strict=True):
            if pd.notna(first):
                ax.annotate(
                    f" {word('first_seen', lang)} {first:%d/%m/%Y}",
                    (wi, yi),
                    va="center",
                    fontsize="small",
                    color="#555555",
                )
        ax.set_yticks(y, [group_label(r, lang) for r in data.itertuples()])
        ax.set_ylim(-0.6, len(data) - 0.4)
        ax.set_xlim(0, widths.max() * 1.35)
        ax.set_xlabel(word("sources", lang))
        _count_axis(ax.xaxis, lang)
    return fig


def timeline(
    rows: pd.DataFrame, lang: str | None = None, source: str = "", title: str | None = None
) -> Figure:
    """Dated commitments and events. A month-precise date is drawn as the whole month,
    a year as the whole year: the chart never invents a day, and a legend says what the
    shapes mean. Far dates and plans (a date more than a year after the last
    publication, when `rows` has a `published` column) are kept off the axis and named
    under it; past a dozen points, the main ones are named and a note says so."""
    import matplotlib.dates as mdates

    lang = resolve(lang)
    with style():
        if rows.empty:
            return _nothing(title or word("timeline", lang), source, lang)
        rows, outliers = _core(rows)
        # the span runs to the end of the last period: a year-precise "2027" ends in December
        ends = rows.date + pd.to_timedelta(_period_days(rows.date, rows.date_precision), unit="D")
        first, last = rows.date.min().date(), (ends.max() - pd.Timedelta(days=1)).date()
        form = "%m/%Y" if lang == "fr" else "%b %Y"
        auto = t("chart_timeline", lang, first=f"{first:{form}}", last=f"{last:{form}}")
        present = set(rows.what.unique())
        lanes = [k for k in EVENT_KINDS + COMMITMENT_KINDS if k in present]
        fig, ax = _figure(title or auto, source, _height(len(lanes)) + 0.6)
        order = EVENT_KINDS + COMMITMENT_KINDS
        # one artist per lane and precision, whatever the number of rows
        for (what, precision), group in rows.groupby(["what", "date_precision"], sort=False):
            y, c = lanes.index(what), colour(what, order)
            starts = group.date.drop_duplicates()
            xs = mdates.date2num(starts.to_numpy())
            if precision in SPAN_DAYS:  # a span, not a point: the text gives no day
                days = _period_days(starts, precision)
                ax.broken_barh(
                    list(zip(xs, days, strict=True)),
                    (y - 0.25, 0.5),
                    facecolors=c,
                    alpha=0.55,
                    edgecolor=c,
                )
            else:
                ax.plot(xs, [y] * len(xs), "o", color=c, markersize=8, linestyle="none")
        notes = []
        if "label" in rows:
            # a dozen points are named: all of them, or the most binding kinds first, then
            # the latest; the dated list (the explorer's table) names every one
            named = _named(rows)
            if len(named) < len(rows):
                notes.append(t("timeline_named", lang, k=len(named), n=len(rows)))
            for r in named.sort_values("date").itertuples():
                text = r.label if len(r.label) <= 38 else r.label[:37] + "…"
                right = r.right  # the name goes left of its mark
                ax.annotate(
                    text,
                    (mdates.date2num(r.date), lanes.index(r.what)),
                    xytext=(-4 if right else 4, 7),
                    textcoords="offset points",
                    ha="right" if right else "left",
                    fontsize=7.5,
                    color="#333333",
                )
        far, plans = outliers
        if far:
            notes.append(t("timeline_outliers", lang, n=len(far), dates=", ".join(far)))
        if plans:
            notes.append(t("timeline_plans", lang, n=len(plans), dates=", ".join(plans)))
        if notes:
            ax.text(
                0.0,
                -0.12,
                "\n".join(notes),
                transform=ax.transAxes,
                fontsize=8,
                color="#555555",
                va="top",
            )
        _precision_legend(ax, set(rows.date_precision), lang)
        ax.set_yticks(range(len(lanes)), [word(k, lang) for k in lanes])
        ax.set_ylim(-0.7, len(lanes) - 0.3)
        ax.xaxis_date()
        if lang == "fr":  # strftime's %b would print English months
            ax.xaxis.set_major_formatter(_french_dates)
        else:
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    return fig


SPAN_DAYS = {"week", "month", "year"}
LABELLED = 12  # points a chronology labels; more, and the table says what they are


def _core(rows: pd.DataFrame) -> tuple[pd.DataFrame, tuple[list[str], list[str]]]:
    """The dated rows without the far outliers ('depuis 1978' in a 2026 corpus) and
    without the plans (a date more than a year after the last article was published: a
    target such as « d'ici 2035 », not an event); those left out, as years, in two lists:
    the axis covers where the news is."""
    keep = pd.Series(True, index=rows.index)
    plans: list[str] = []
    if "published" in rows and rows.published.notna().any():
        latest = pd.Timestamp(rows.published.max())
        ahead = rows.date > latest + pd.Timedelta(days=365)
        plans = sorted({str(d.year) for d in rows.date[ahead]})
        keep &= ~ahead
    if keep.sum() < 4:
        return rows[keep], ([], plans)
    years = rows.date.dt.year + rows.date.dt.day_of_year / 366
    q1, q3 = years[keep].quantile(0.25), years[keep].quantile(0.75)
    spread = max(q3 - q1, 1.0)
    near = years.between(q1 - 3 * spread, q3 + 3 * spread)
    far = sorted({str(d.year) for d in rows.date[keep & ~near]})
    return rows[keep & near], (far, plans)


# the kinds named first when a chronology has more points than it can name
_NAMED_FIRST = ["agreement", "signing", "summit", "visit", "intent", "meeting"]


def _named(rows: pd.DataFrame) -> pd.DataFrame:
    """The points a chronology names: up to LABELLED, the most binding kinds first
    (agreements, signings, summits…), the latest first among equals, one per label and
    date, and never two names in one lane where they would overlap. A name runs right
    of its mark, or left of it in the axis' last 40 % (column `right`)."""
    rows = rows.drop_duplicates(["what", "label", "date"])
    rank = rows.what.map({k: i for i, k in enumerate(_NAMED_FIRST)}).fillna(len(_NAMED_FIRST))
    order = np.lexsort((-rows.date.to_numpy().astype("int64"), rank.to_numpy()))
    days = rows.date.to_numpy().astype("datetime64[D]").astype("int64")
    first, span = days.min(), max(1, days.max() - days.min())
    # a name's length as days of the axis: 7.5-pt glyphs on an axis about 5 inches wide
    per_char = 0.013 * span if len(rows) > 4 else 0
    taken: dict[str, list[tuple[float, float]]] = {}
    keep, right = [], []
    for i in order:
        width = per_char * min(len(rows.label.iloc[i]), 38)
        left_of = (days[i] - first) / span > 0.6
        box = (days[i] - width, days[i]) if left_of else (days[i], days[i] + width)
        placed = taken.setdefault(rows.what.iloc[i], [])
        if all(box[1] <= a or box[0] >= b for a, b in placed) or not per_char:
            placed.append(box)
            keep.append(i)
            right.append(left_of)
        if len(keep) == LABELLED:
            break
    return rows.iloc[keep].assign(right=right)


def _precision_legend(ax, precisions: set, lang: str) -> None:
    """What the marks' shapes say: a dot for a day, a bar as long as the week, month or
    year the text gives."""
    from matplotlib.lines import Line2D

    shapes = [
        ("day", "o", 7, t("precision_day", lang)),
        ("period", "|", 12, t("precision_period", lang)),
        ("year", "s", 9, t("precision_year", lang)),
    ]
    present = {"period" if p in ("week", "month") else p for p in precisions}
    handles = [
        Line2D(
            [],
            [],
            marker=m,
            markersize=size,
            color="#777777",
            linestyle="none",
            markeredgewidth=2 if m == "|" else 1,
            label=label,
        )
        for key, m, size, label in shapes
        if key in present
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)


MONTHS_FR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]


def _period_days(dates: pd.Series, precision) -> np.ndarray:
    """Length in days of the period each date stands for: its month, its year, its week,
    or the day itself. `precision`: one for all dates, or one per date."""
    precision = np.broadcast_to(np.asarray(precision, dtype=object), (len(dates),))
    days = np.ones(len(dates), dtype=int)
    days = np.where(precision == "week", 7, days)
    days = np.where(precision == "month", dates.dt.days_in_month.to_numpy(), days)
    return np.where(precision == "year", 365 + dates.dt.is_leap_year.to_numpy(), days)


def _french_dates(x: float, pos: int | None = None) -> str:
    """A date axis in French, as concise as matplotlib's: the year at each new year, the
    month otherwise, the day only when ticks fall inside months; the first tick always
    carries its year."""
    import matplotlib.dates as mdates

    d = mdates.num2date(x)
    month = MONTHS_FR[d.month - 1]
    if d.month == 1 and d.day == 1:
        return str(d.year)
    label = month if d.day == 1 else f"{d.day} {month}"
    return f"{label} {d.year}" if pos == 0 else label


def network(
    edges: pd.DataFrame,
    actors: pd.DataFrame,
    domains: pd.DataFrame,
    lang: str | None = None,
    source: str = "",
    title: str | None = None,
    top: int = 30,
) -> Figure:
    """Actors (left) and the domains named with them (right); line width = sentences."""
    import networkx as nx

    lang = resolve(lang)
    auto = t("chart_network", lang)
    with style():
        fig, ax = _figure(title or auto, source, 7.5)
        ax.set_axis_off()
        ax.grid(False)
        if edges.empty:
            _empty(ax, lang)
            return fig
        edges = edges.sort_values("weight", ascending=False).head(top)
        names = actors.set_index("actor_id")["name"].to_dict()
        kinds = actors.set_index("actor_id")["kind"].to_dict()
        label = label_column(lang)
        dlabels = domains.set_index("domain_id")[label].to_dict()
        cats = domains.set_index("domain_id")["category"].to_dict()
        g = nx.Graph()
        left = list(dict.fromkeys(edges.actor_id))
        right = list(dict.fromkeys(edges.domain_id))
        g.add_nodes_from(left, side=0)
        g.add_nodes_from(right, side=1)
        for e in edges.itertuples():
            g.add_edge(e.actor_id, e.domain_id, weight=e.weight)
        pos = nx.bipartite_layout(g, left, align="vertical", scale=1.0)
        # order each side by degree so the busiest sit at the top
        for side in (left, right):
            ys = sorted((pos[n][1] for n in side), reverse=True)
            for n, y in zip(
                sorted(side, key=lambda n: -g.degree(n, weight="weight")), ys, strict=True
            ):
                pos[n][1] = y
        peak = edges.weight.max()
        nx.draw_networkx_edges(
            g,
            pos,
            ax=ax,
            width=[1 + 4 * g[u][v]["weight"] / peak for u, v in g.edges],
            edge_color="#BBBBBB",
        )
        nx.draw_networkx_nodes(
            g,
            pos,
            nodelist=left,
            ax=ax,
            node_size=140,
            node_color=[colour(kinds.get(n, ""), ACTOR_KINDS) for n in left],
        )
        nx.draw_networkx_nodes(
            g,
            pos,
            nodelist=right,
            ax=ax,
            node_size=140,
            node_shape="s",
            node_color=[colour(cats.get(n, ""), CATEGORIES) for n in right],
        )
        for n in left:
            ax.text(
                pos[n][0] - 0.07, pos[n][1], names.get(n, n), ha="right", va="center", fontsize=9.5
            )
        for n in right:
            ax.text(
                pos[n][0] + 0.07, pos[n][1], dlabels.get(n, n), ha="left", va="center", fontsize=9.5
            )
        from matplotlib.lines import Line2D

        def marker(shape: str, key: str, order: list[str]) -> Line2D:
            return Line2D(
                [],
                [],
                marker=shape,
                linestyle="",
                markersize=8,
                color=colour(key, order),
                label=word(key, lang),
            )

        handles = [
            marker("o", k, ACTOR_KINDS) for k in ACTOR_KINDS if k in {kinds.get(n) for n in left}
        ]
        handles += [
            marker("s", c, CATEGORIES) for c in CATEGORIES if c in {cats.get(n) for n in right}
        ]
        ax.legend(
            handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=4, fontsize=9
        )
        ax.set_xlim(-1.9, 1.9)
    return fig
