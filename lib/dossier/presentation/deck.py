"""The briefing deck: 16:9 slides as PowerPoint (python-pptx) and the same pages as one PDF.

    paths = dossier.deck.write(corpus, since=dt.date(2026, 3, 1))
    # exports/briefing-2026-11-26.pptx and exports/briefing-2026-11-26.pdf

Slides: a title slide (theme, period covered, articles and sources), one slide per chart
with its finding as title and its source line, « engagements clés » (ranked by sources,
then whether an article leads with them, then how concrete, then recency; two at most
from one article, « source non renseignée » when no outlet is known), « nouveau depuis » when
a day is given, the charts added from explorers (« Exporter vers la présentation »),
« ce qui manque » when a chart had no data (it is left out, never shown blank), and an
annex of the sources.

A deck is a list of `Slide`s, drawn twice: by python-pptx (text stays editable text,
charts are 200-dpi pictures at slide size) and by matplotlib (PDF, TrueType fonts
embedded), so both files have the same pages in the same order.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd

from ..base.paths import atomic_write, exports_dir
from ..corpus import views
from ..corpus.views import Filters
from . import charts, export, standard
from .i18n import resolve, t
from .slides import (
    ACCENT,
    BODY,
    FOOTER_TOP,
    GREY,
    HEIGHT,
    INK,
    MARGIN,
    TITLE_HEIGHT,
    TITLE_TOP,
    WIDTH,
    Slide,
    chart_slide,
    clear_pending,
    pending,
)

KEY_ROWS = 8  # « engagements clés »: at most this many, on one slide
TITLE_LINE_CHARS = 78  # the title slide's 20-pt lines, wrapped within the page's width


# ---------------------------------------------------------------- the slides


def _day(value, lang: str) -> str:
    if value is None or pd.isna(value):
        return ""
    return charts.day(value, lang)


def _when(value, precision, lang: str) -> str:
    """A commitment's date as precise as the text gave it: never a day it did not say."""
    if value is None or pd.isna(value):
        return ""
    d = pd.Timestamp(value)
    if precision == "year":
        return f"{d.year}"
    if precision == "month":
        return f"{charts.MONTHS_FR[d.month - 1]} {d.year}" if lang == "fr" else f"{d:%b %Y}"
    if precision == "week":
        return t("deck_week_of", lang, day=_day(d, lang))
    return _day(d, lang)


def _count(n: int, noun: str, lang: str) -> str:
    """'1 source', '3 sources' (the nouns used here are spelt alike in both languages)."""
    plural = n > 1 if lang == "fr" else n != 1
    return f"{charts.number(n, lang)} {noun}{'s' if plural else ''}"


def title_slide(corpus, sel, theme: str | None, lang: str, today: dt.date) -> Slide:
    arts = sel.articles
    dates = arts.published.dropna()
    period = (
        t("deck_period", lang, first=_day(dates.min(), lang), last=_day(dates.max(), lang))
        if len(dates)
        else t("deck_no_period", lang)
    )
    outlets = {s for s in arts.source if isinstance(s, str) and s}
    counted = _count(len(arts), "article", lang)
    if outlets:
        counted = t(
            "deck_counts", lang, articles=counted, sources=_count(len(outlets), "source", lang)
        )
    lines = [period, counted]
    unknown = int((arts.source.fillna("") == "").sum())
    if unknown:
        lines.append(t("deck_unknown_sources", lang, n=_count(unknown, "article", lang)))
        folder, sidecar = _where(corpus)
        lines.append(t("deck_unknown_fix", lang, sidecar=sidecar, folder=folder))
    copies = len(corpus.articles) - len(arts)
    if copies:
        lines.append(t("deck_copies", lang, n=charts.number(copies, lang)))
    lines.append(t("deck_made", lang, day=_day(today, lang)))
    return Slide("title", theme or t("deck_theme", lang), lines=lines)


def _where(corpus) -> tuple[str, str]:
    """The corpus' folder and its sidecar as an analyst types them: relative to the
    working folder when inside it, quoted for the shell when needed."""
    import shlex

    from ..reading.sidecar import SIDECAR

    folder = getattr(corpus, "folder", None)
    if folder is None:
        return "seeds/", f"seeds/{SIDECAR}"
    folder = Path(folder).resolve()
    try:
        shown = folder.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        shown = folder.as_posix()
    return shlex.quote(shown), shlex.quote(f"{shown}/{SIDECAR}")


def _outlets(sel) -> dict[str, str]:
    """group_id -> the outlets that reported it, most frequent first."""
    c = sel.commitments[["group_id", "article_id"]].drop_duplicates()
    src = sel.articles.set_index("article_id").source
    c = c.assign(outlet=c.article_id.map(src).fillna(""))
    c = c[c.outlet != ""]
    return c.groupby("group_id").outlet.agg(lambda s: ", ".join(s.value_counts().index[:3]))


# how much a kind binds, for ranking: what was agreed before what is intended, before what
# is only called for or declared
_BINDS = {"agreement": 3, "intent": 2, "priority": 2, "exploration": 1, "call": 1}
PER_ARTICLE = 2  # « engagements clés »: at most this many from one article


def _ranked(g: pd.DataFrame, sel=None) -> pd.DataFrame:
    """Groups ranked by how widely they were reported (sources, then articles), then
    the news before the background it recalls (a date years before the article: « en
    1995, les deux pays avaient signé… »), then how concrete they are (how binding the act,
    two sides named, an instrument or object, a date of their own); then, among rows as
    concrete, whether an article leads with them (its headline or first sentence); then
    recency. A background date ranks nothing up."""
    background = g.date.notna() & g.first_seen.notna() & (g.date.dt.year < g.first_seen.dt.year - 1)
    concrete = (
        g.kind.map(_BINDS).fillna(0)
        + g.parties.fillna("").str.contains(",").astype(int)
        + ((g.instrument.fillna("") != "") | (g.domains.fillna("") != "")).astype(int)
        + (g.date.notna() & ~background).astype(int)
    )
    lead = g.group_id.isin(_leading(sel)).astype(int) if sel is not None else 0
    keys = ["sources", "articles", "_news", "_concrete", "_lead", "last_seen"]
    return (
        g.assign(_news=(~background).astype(int), _concrete=concrete, _lead=lead)
        .sort_values(keys, ascending=False, na_position="last", kind="stable")
        .drop(columns=["_news", "_concrete", "_lead"])
    )


def _leading(sel) -> set[str]:
    """The groups an article reports in its headline or its first sentence."""
    s = sel.sentences
    first = s[~s.headline].sort_values(["article_id", "start"]).drop_duplicates("article_id")
    leading = set(s.sentence_id[s.headline]) | set(first.sentence_id)
    c = sel.commitments
    return set(c.group_id[c.sentence_id.isin(leading)].dropna())


def _spread(sel, g: pd.DataFrame, per_article: int) -> pd.DataFrame:
    """At most `per_article` groups first reported by one article, in rank order: one
    long communiqué does not fill the slide."""
    first = sel.commitments.drop_duplicates("group_id").set_index("group_id").article_id
    article = g.group_id.map(first)
    return g[article.groupby(article).cumcount() < per_article]


def commitment_rows(
    sel, lang: str, since: dt.date | None = None, per_article: int | None = None
) -> pd.DataFrame:
    """Commitments followed across articles, ranked (see `_ranked`): kind, parties, what,
    when, source; at most `per_article` from one article when given."""
    g = sel.commitment_groups
    g = g[g.kind != "assessment"]  # an assessment is no commitment to brief on
    if since is not None:
        g = g[g.first_seen.notna() & (g.first_seen >= pd.Timestamp(since))]
    g = _ranked(g, sel)
    # groups that would read alike on the slide take one place of their article's
    g = g[~g[["kind", "parties", "instrument", "domains", "date"]].duplicated().to_numpy()]
    if per_article:
        g = _spread(sel, g, per_article)
    outlets = _outlets(sel)
    what = [
        " · ".join(x for x in (r.instrument, r.domains) if isinstance(x, str) and x) or "—"
        for r in g.itertuples()
    ]
    dated = sel.commitments.loc[
        sel.commitments.date.notna(), ["group_id", "date", "date_precision"]
    ]
    precision = dict(
        dated.sort_values("date")
        .drop_duplicates("group_id")[["group_id", "date_precision"]]
        .itertuples(index=False, name=None)
    )
    when = [
        _when(r.date, precision.get(r.group_id), lang)
        or (
            t("deck_reported_on", lang, day=_day(r.first_seen, lang))
            if pd.notna(r.first_seen)
            else "—"
        )
        for r in g.itertuples()
    ]
    # the day a row is about, when it has one: two deals of different days are two rows
    days = [_when(r.date, precision.get(r.group_id), lang) or "" for r in g.itertuples()]
    source = []
    for r in g.itertuples():
        named = outlets.get(r.group_id, "")
        if r.sources > 1 and named:
            many = f" ({t('deck_reported', lang, n=r.sources)})"
        elif r.articles > 1:  # no outlet known: each article counts as one, say articles
            many = f" ({t('deck_reported_articles', lang, n=r.articles)})"
        else:
            many = ""
        source.append((named or t("no_source", lang)) + many)
    rows = pd.DataFrame(
        {
            t("col_kind", lang): [t(k, lang) for k in g.kind],
            t("col_parties", lang): g.parties.fillna("").replace("", "?").tolist(),
            t("col_what", lang): what,
            t("col_when", lang): when,
            t("col_source", lang): source,
        }
    )
    # two groups that read alike on the slide (same kind, parties, what) on the same day,
    # or both undated, are one row
    alike = rows[list(rows.columns[:3])].assign(day=days).duplicated()
    return rows[~alike.to_numpy()].reset_index(drop=True)


def dated_rows(sel, lang: str) -> tuple[pd.DataFrame, int]:
    """What the chronology draws, as a list: when (as precisely as the text says), what
    kind, who and what; every point in date order, and one row for one event several
    rows tell on one date (the agreement and its signing, a meeting and the visit it was
    part of: one's object is in the other's words); and how many points the chronology
    has."""
    rows = views.timeline_rows(sel)
    when = [_when(r.date, r.date_precision, lang) for r in rows.itertuples()]
    kinds = [t(k, lang) for k in rows.what]
    out: list[list[str]] = []
    for day, kind, label in zip(when, kinds, rows.label, strict=True):
        same = next((row for row in reversed(out) if row[0] == day and _same(row[2], label)), None)
        if same is None:
            out.append([day, kind, label])
            continue
        if kind not in same[1].split(", "):
            same[1] += f", {kind}"
        if len(label) > len(same[2]):
            same[2] = label
    columns = [t("col_when", lang), t("col_kind", lang), t("col_what", lang)]
    return pd.DataFrame(out, columns=columns), len(rows)


def _same(a: str, b: str) -> bool:
    """Whether two labels of one date tell one event: the object of one (after its
    parties) is in the other's words."""
    a, b = a.casefold(), b.casefold()
    if " · " in a and " · " in b:  # both name their parties: they must share one
        sides = [set(x.rsplit(" · ", 1)[0].split(", ")) for x in (a, b)]
        if not sides[0] & sides[1]:
            return False
    return any(
        len(obj) >= 6 and obj in other
        for obj, other in ((a.rsplit(" · ", 1)[-1], b), (b.rsplit(" · ", 1)[-1], a))
    )


def _table_slides(
    title: str, df: pd.DataFrame, widths: list[float], footer: str, limits: list[int]
) -> list[Slide]:
    """A table over as many slides as it takes: rows are added while their wrapped lines
    fit the body, so nothing runs off a slide in the PDF or in PowerPoint."""
    chars = _column_chars(widths)
    rows = [
        [_short(v, limit) for v, limit in zip(row, limits, strict=True)]
        for row in df.itertuples(index=False, name=None)
    ]
    pages, page, used = [], [], 0.0
    for row in rows:
        height = _row_lines(row, chars) + ROW_GAP
        if page and used + height > BODY_LINES:
            pages.append(page)
            page, used = [], 0.0
        page.append(row)
        used += height
    pages.append(page)
    return [
        Slide(
            "table",
            title if len(pages) == 1 else f"{title} ({i}/{len(pages)})",
            footer=footer,
            columns=list(df.columns),
            rows=part,
            widths=widths,
        )
        for i, part in enumerate(pages, 1)
    ]


TABLE_PT = 12
LINE = TABLE_PT * 1.25 / 72  # inches per line of table text
ROW_GAP = 0.5  # lines between rows
BODY_LINES = (BODY[3] - 2 * LINE) / LINE - 1  # lines of rows under the header


def _column_chars(widths: list[float]) -> list[int]:
    """Characters per line in each column at TABLE_PT (an average glyph is 0.55 em)."""
    total = sum(widths)
    return [max(8, int(BODY[2] * w / total * 72 / TABLE_PT / 0.55) - 1) for w in widths]


def _wrap(value: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(value, width, break_on_hyphens=False) or [""]


def _row_lines(row: list[str], chars: list[int]) -> int:
    return max(len(_wrap(v, c)) for v, c in zip(row, chars, strict=True))


def _short(value, limit: int = 90) -> str:
    text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sources_rows(sel, lang: str) -> pd.DataFrame:
    arts = sel.articles.sort_values(["published", "path"], na_position="last")
    return pd.DataFrame(
        {
            t("col_title", lang): arts.title.tolist(),
            t("col_outlet", lang): arts.source.fillna("").tolist(),
            t("col_date", lang): [_day(d, lang) or "—" for d in arts.published],
            t("col_url", lang): arts.url.fillna("").tolist(),
        }
    )


def slides(
    corpus,
    figures: dict[str, object] | None = None,
    since: dt.date | None = None,
    theme: str | None = None,
    lang: str | None = None,
    added: list[Slide] | None = None,
    today: dt.date | None = None,
    sel=None,
) -> list[Slide]:
    """Every slide of the deck, in order; `sel`: the corpus' selection with one copy per
    story, when already made."""
    lang = resolve(lang)
    today = today or dt.date.today()
    sel = sel if sel is not None else views.select(corpus, Filters())  # one copy per story
    figures = figures if figures is not None else standard.figures(corpus, lang, sel)
    source = charts.source_line(sel.articles, lang, len(corpus.articles) - len(sel.articles))
    out = [title_slide(corpus, sel, theme, lang, today)]
    missing = []
    for name, fig in figures.items():
        if charts.is_empty(fig):
            folder, sidecar = _where(corpus)
            missing.append(t(f"missing_{name}", lang, sidecar=sidecar, folder=folder))
        else:
            out.append(chart_slide(fig))
    key = commitment_rows(sel, lang, per_article=PER_ARTICLE)
    widths, limits = [1.2, 2.6, 3.2, 1.2, 2.1], [20, 90, 110, 30, 60]
    if len(key):  # the key ones fit one slide
        first = _table_slides(t("deck_key", lang), key.head(KEY_ROWS), widths, source, limits)[0]
        first.title = t("deck_key", lang)  # the top rows that fit, never a "(1/2)"
        out.append(first)
    else:
        missing.append(t("deck_key_none", lang))
    if since is not None:
        new = commitment_rows(sel, lang, since)
        title = t("deck_new", lang, day=_day(since, lang))
        if len(new):
            out += _table_slides(title, new.head(2 * KEY_ROWS), widths, source, limits)
        else:
            out.append(
                Slide("text", title, lines=[t("deck_new_none", lang, day=_day(since, lang))])
            )
    dated, total = dated_rows(sel, lang)
    if total > charts.LABELLED:  # the chronology names a dozen points; past that, a list
        out += _table_slides(t("deck_dated", lang), dated, [1.6, 1.6, 7.1], source, [30, 30, 160])
    out += added or []
    if missing:
        lines = [t("deck_missing_intro", lang)] + [f"• {m}" for m in missing]
        out.append(Slide("text", t("deck_missing", lang), lines=lines))
    annex, widths, limits = _filled(
        sources_rows(sel, lang), [3.4, 1.3, 1.0, 3.7], [140, 40, 12, 300]
    )
    out += _table_slides(t("deck_annex", lang), annex, widths, "", limits)
    return out


def _filled(
    df: pd.DataFrame, widths: list[float], limits: list[int]
) -> tuple[pd.DataFrame, list[float], list[int]]:
    """The table without the columns no row fills (« — » counts as empty), their widths
    and limits with them: the first column keeps its place and gets the room."""
    keep = [
        j
        for j, name in enumerate(df.columns)
        if j == 0 or df[name].fillna("").astype(str).str.strip().replace("—", "").ne("").any()
    ]
    if len(keep) < len(df.columns):
        limits = [limits[0] * 2 if j == 0 else limits[j] for j in range(len(limits))]
    return (
        df.iloc[:, keep],
        [widths[j] for j in keep],
        [limits[j] for j in keep],
    )


# ---------------------------------------------------------------- writing


def write(
    corpus,
    folder: Path | None = None,
    since: dt.date | None = None,
    theme: str | None = None,
    lang: str | None = None,
    figures: dict[str, object] | None = None,
    today: dt.date | None = None,
    sel=None,
) -> list[Path]:
    """Write exports/briefing-<date>.pptx and the same pages as .pdf; the charts added
    from explorers go into this deck and are then cleared. Returns both paths."""
    folder = Path(folder) if folder else exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    added = pending(folder)
    deck = slides(corpus, figures, since, theme, lang, added, today, sel)
    stem = export._reserve(folder, export.safe_stem(["briefing"], today), ("pptx", "pdf"))
    pptx = atomic_write(folder / f"{stem}.pptx", lambda tmp: to_pptx(deck, tmp))
    pdf = atomic_write(folder / f"{stem}.pdf", lambda tmp: to_pdf(deck, tmp))
    if added:
        clear_pending(folder)
    return [pptx, pdf]


def to_pptx(deck: list[Slide], path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(WIDTH), Inches(HEIGHT)
    title_layout, only_title = prs.slide_layouts[0], prs.slide_layouts[5]

    def colour(hexa: str) -> RGBColor:
        return RGBColor.from_string(hexa.lstrip("#"))

    def text_box(slide, x, y, w, h, lines, size, hexa=INK, bold=False):
        box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        frame = box.text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            p.text = line
            p.font.size, p.font.bold, p.font.color.rgb = Pt(size), bold, colour(hexa)
            p.space_after = Pt(size * 0.5)
        return box

    for n, s in enumerate(deck, 1):
        if s.kind == "title":
            slide = prs.slides.add_slide(title_layout)
            title = slide.shapes.title
            title.left, title.top = Inches(MARGIN), Inches(2.0)
            title.width, title.height = Inches(WIDTH - 2 * MARGIN), Inches(1.5)
            title.text = s.title
            title.text_frame.paragraphs[0].font.size = Pt(40)
            title.text_frame.paragraphs[0].font.bold = True
            sub = slide.placeholders[1]
            sub.left, sub.top = Inches(MARGIN), Inches(3.7)
            sub.width, sub.height = Inches(WIDTH - 2 * MARGIN), Inches(2.5)
            sub.text_frame.word_wrap = True  # a long line wraps inside the slide
            sub.text_frame.text = s.lines[0] if s.lines else ""
            for line in s.lines[1:]:
                sub.text_frame.add_paragraph().text = line
            for p in sub.text_frame.paragraphs:
                p.font.size, p.font.color.rgb = Pt(20), colour(GREY)
            continue
        slide = prs.slides.add_slide(only_title)
        title = slide.shapes.title
        title.left, title.top = Inches(MARGIN), Inches(TITLE_TOP)
        title.width, title.height = Inches(WIDTH - 2 * MARGIN), Inches(TITLE_HEIGHT)
        title.text = s.title
        para = title.text_frame.paragraphs[0]
        para.font.size, para.font.bold = Pt(_title_size(s.title)[0]), True
        title.text_frame.word_wrap = True
        x, y, w, h = BODY
        if s.kind == "chart" and s.picture:
            slide.shapes.add_picture(
                io.BytesIO(s.picture), Inches(x), Inches(y), Inches(w), Inches(h)
            )
        elif s.kind == "table":
            shape = slide.shapes.add_table(
                len(s.rows) + 1, len(s.columns), Inches(x), Inches(y), Inches(w), Inches(0.4)
            )
            table = shape.table
            total = sum(s.widths) or len(s.columns)
            for j, width in enumerate(s.widths or [1] * len(s.columns)):
                table.columns[j].width = Inches(w * width / total)
            for j, name in enumerate(s.columns):
                table.cell(0, j).text = name
            for i, row in enumerate(s.rows, 1):
                for j, value in enumerate(row):
                    table.cell(i, j).text = value
            for cell in (c for r in table.rows for c in r.cells):
                for p in cell.text_frame.paragraphs:
                    p.font.size = Pt(TABLE_PT)
        else:
            text_box(slide, x, y, w, h, s.lines, 20)
        if s.footer:
            text_box(slide, MARGIN, FOOTER_TOP, WIDTH - 2 * MARGIN - 1, 0.4, [s.footer], 10, GREY)
        text_box(slide, WIDTH - MARGIN - 0.9, FOOTER_TOP, 0.9, 0.4, [f"{n}/{len(deck)}"], 10, GREY)
    prs.save(path)


def to_pdf(deck: list[Slide], path) -> None:
    """The same pages, drawn by matplotlib: text as text (TrueType, embedded), charts as
    the same 200-dpi pictures."""
    import textwrap

    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from PIL import Image

    def at(y: float) -> float:  # inches from the top -> figure fraction from the bottom
        return 1 - y / HEIGHT

    import matplotlib as mpl

    # the whole page, as laid out: the briefing style's tight box would crop it
    with (
        charts.style(),
        mpl.rc_context({"savefig.bbox": "standard"}),
        PdfPages(path, metadata={"Creator": "dossier"}) as pdf,
    ):
        for n, s in enumerate(deck, 1):
            page = Figure(figsize=(WIDTH, HEIGHT))
            fx = MARGIN / WIDTH
            if s.kind == "title":
                page.text(
                    fx,
                    at(2.4),
                    s.title,
                    fontsize=40,
                    fontweight="bold",
                    color=INK,
                    va="top",
                    wrap=True,
                )
                y = 3.9
                for line in s.lines:  # wrapped: a long line never runs off the page
                    wrapped = textwrap.wrap(line, TITLE_LINE_CHARS) or [""]
                    page.text(
                        fx,
                        at(y),
                        "\n".join(wrapped),
                        fontsize=20,
                        color=GREY,
                        va="top",
                        linespacing=1.2,
                    )
                    y += 0.55 + 0.4 * (len(wrapped) - 1)
                pdf.savefig(page)
                continue
            size, chars = _title_size(s.title)
            wrapped = "\n".join(textwrap.wrap(s.title, chars))
            page.text(
                fx,
                at(TITLE_TOP + 0.1),
                wrapped,
                fontsize=size,
                fontweight="bold",
                color=INK,
                va="top",
                linespacing=1.1,
            )
            x, y, w, h = BODY
            if s.kind == "chart" and s.picture:
                ax = page.add_axes((x / WIDTH, at(y + h), w / WIDTH, h / HEIGHT))
                ax.imshow(Image.open(io.BytesIO(s.picture)), interpolation="none", aspect="auto")
                ax.set_axis_off()
            elif s.kind == "table":
                _pdf_table(page, s, (x / WIDTH, at(y), w / WIDTH))
            else:
                for i, line in enumerate(s.lines):
                    wrapped = "\n".join(textwrap.wrap(line, 95))
                    page.text(fx, at(y + 0.1 + 0.75 * i), wrapped, fontsize=20, color=INK, va="top")
            if s.footer:
                page.text(
                    fx,
                    at(FOOTER_TOP + 0.1),
                    _short(s.footer, 160),
                    fontsize=10,
                    color=GREY,
                    va="top",
                )
            page.text(
                (WIDTH - MARGIN) / WIDTH,
                at(FOOTER_TOP + 0.1),
                f"{n}/{len(deck)}",
                fontsize=10,
                color=GREY,
                va="top",
                ha="right",
            )
            pdf.savefig(page)


def _title_size(title: str) -> tuple[int, int]:
    """A slide title's size in points and the characters a line holds at that size
    across the page (bold glyphs average 0.6 em): 26 pt when it fits one line, else
    22 pt on two."""
    width = WIDTH - 2 * MARGIN
    for size in (26, 22):
        chars = int(width * 72 / (size * 0.6))
        if len(title) <= chars:
            return size, chars
    return 22, int(width * 72 / (22 * 0.6))


def _pdf_table(page, s: Slide, box: tuple[float, float, float]) -> None:
    """Rows of text under a header, each cell wrapped to its column as _table_slides
    counted it."""
    left, top, width = box
    total = sum(s.widths) or len(s.columns)
    widths = [width * wi / total for wi in (s.widths or [1] * len(s.columns))]
    xs = [left + sum(widths[:j]) for j in range(len(widths))]
    chars = _column_chars(s.widths or [1] * len(s.columns))
    line = LINE / HEIGHT  # one line, as a fraction of the page
    y = top
    for j, name in enumerate(s.columns):
        page.text(xs[j], y, name, fontsize=TABLE_PT, fontweight="bold", color="white", va="top")
    page.add_artist(_band(left, y + 0.25 * line, width, 1.5 * line, ACCENT))
    y -= 1.75 * line
    for i, row in enumerate(s.rows):
        cells = [_wrap(v, chars[j]) for j, v in enumerate(row)]
        height = max(len(c) for c in cells)
        if i % 2:
            page.add_artist(_band(left, y + 0.25 * line, width, (height + 0.5) * line, "#EEF3F8"))
        for j, c in enumerate(cells):
            page.text(
                xs[j], y, "\n".join(c), fontsize=TABLE_PT, color=INK, va="top", linespacing=1.25
            )
        y -= (height + ROW_GAP) * line


def _band(x, top, width, height, colour):
    from matplotlib.patches import Rectangle

    return Rectangle(
        (x - 0.004, top - height),
        width + 0.008,
        height,
        facecolor=colour,
        edgecolor="none",
        zorder=-1,
    )
