"""Writing charts and tables for briefings: atomic, never overwriting, safe names.

paths = export.figure(fig, ["acteurs", "pays"])   # exports/acteurs-pays-2026-11-24.png/.svg/.pdf
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from ..base.paths import atomic_write, exports_dir, file_mode
from ..base.text import slug
from .i18n import t

FIGURE_FORMATS = ("png", "svg", "pdf")
TABLE_FORMATS = ("csv", "xlsx")
DPI = 200


def safe_stem(parts: Iterable[str], today: dt.date | None = None, limit: int = 90) -> str:
    """Words -> a file name stem made of [a-z0-9-] only: no '/', '..', quotes or spaces.

    >>> safe_stem(["acteurs", "../../etc/passwd", 'a "b"'], dt.date(2026, 1, 2))
    'acteurs-etc-passwd-a-b-2026-01-02'
    """
    words = [slug(str(p), limit=40) for p in parts if str(p).strip()]
    words = [w for w in words if w and w != "x"]
    stem = "-".join(words)[:limit].strip("-") or "export"
    return f"{stem}-{(today or dt.date.today()).isoformat()}"


def _reserve(folder: Path, stem: str, suffixes: tuple[str, ...]) -> str:
    """The first stem (stem, stem-2, stem-3…) free for every suffix, claimed at once so a
    second export in the same second cannot take it."""
    n = 1
    while True:
        candidate = stem if n == 1 else f"{stem}-{n}"
        paths = [folder / f"{candidate}.{s}" for s in suffixes]
        claimed = []
        try:
            for p in paths:
                fd = os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY, file_mode())
                os.close(fd)
                claimed.append(p)
            return candidate
        except FileExistsError:
            for p in claimed:
                p.unlink()
            n += 1


def figure(
    fig, parts: Iterable[str], folder: Path | None = None, formats: tuple[str, ...] = FIGURE_FORMATS
) -> list[Path]:
    """Save a Figure as PNG (200 dpi), SVG and PDF (TrueType fonts) under exports/."""
    from .charts import style

    folder = Path(folder) if folder else exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _reserve(folder, safe_stem(parts), formats)
    out = []
    with style(), _laid_out_once(fig) as box, _lean_font_subsets():
        for fmt in formats:
            out.append(
                atomic_write(
                    folder / f"{stem}.{fmt}",
                    lambda tmp, f=fmt: fig.savefig(tmp, format=f, dpi=DPI, bbox_inches=box),
                )
            )
    return out


@contextmanager
def _laid_out_once(fig):
    """Lay the figure out once for all its formats, and yield its tight box.

    Left to itself, savefig runs the constrained layout and the tight-box search again
    for every format (one more pass over every artist each time). Here the layout runs
    once, the figure keeps it while the formats are written, so PNG, SVG and PDF also
    show exactly the same layout. Typographic ligatures ("fi" as one glyph) are turned
    off: a PDF then holds the words as they are spelt, for search and copy into a slide,
    and embeds one font subset less per face. Tick labels exist only once the figure has
    been drawn, hence the draw first."""
    import matplotlib as mpl
    from matplotlib.text import Text

    fig.draw_without_rendering()
    for text in fig.findobj(Text):
        if hasattr(text, "set_fontfeatures"):  # matplotlib >= 3.11 shapes text into ligatures
            text.set_fontfeatures(("-liga",))
    pad = mpl.rcParams["savefig.pad_inches"]
    box = fig.get_tightbbox().padded(pad)  # in inches, whatever the format's dpi
    engine = fig.get_layout_engine()
    fig.set_layout_engine("none")
    try:
        yield box
    finally:
        fig.set_layout_engine(engine)


@contextmanager
def _lean_font_subsets():
    """Embed PDF fonts without their OpenType layout tables (GSUB, GPOS, GDEF, MATH).

    Matplotlib has already placed every glyph and a PDF reader never shapes text, so these
    tables are dead weight in the file, and subsetting them (fontTools follows every
    substitution of DejaVu Sans) is most of the time a PDF takes to write: 0.16 s per face
    with them, 0.04 s without. fontTools reads its default list of tables to drop when
    options are made, so it is extended for the duration of the save only."""
    try:
        from fontTools.subset import Options
    except ImportError:  # no fontTools, no subsetting to speed up
        yield
        return
    default = getattr(Options, "_drop_tables_default", None)
    if not isinstance(default, list):  # another fontTools: leave it as it is
        yield
        return
    Options._drop_tables_default = default + ["GSUB", "GPOS", "GDEF", "MATH"]
    try:
        yield
    finally:
        Options._drop_tables_default = default


def table(
    df, parts: Iterable[str], folder: Path | None = None, formats: tuple[str, ...] = TABLE_FORMATS
) -> list[Path]:
    """Save a DataFrame as CSV and Excel under exports/, the same way."""
    folder = Path(folder) if folder else exports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _reserve(folder, safe_stem(parts), formats)
    out = []
    for fmt in formats:
        if fmt == "csv":
            out.append(atomic_write(folder / f"{stem}.csv", lambda t: df.to_csv(t, index=False)))
        else:
            out.append(
                atomic_write(
                    folder / f"{stem}.xlsx",
                    lambda t: excel_safe(df).to_excel(t, index=False, engine="openpyxl"),
                )
            )
    return out


def excel_safe(df):
    """Excel rejects control characters and cells over 32,767 characters."""
    import re

    import pandas as pd

    bad = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.StringDtype) or out[col].dtype == object:
            out[col] = out[col].map(lambda v: bad.sub("", v)[:32000] if isinstance(v, str) else v)
    return out


def links_html(paths, lang: str | None = None) -> str:
    """The files written, as a list of links for a notebook (names escaped)."""
    items = "".join(
        f'<li><a href="../exports/{html.escape(p.name)}" target="_blank">'
        f"{html.escape(p.name)}</a></li>"
        for p in paths
    )
    return f"<p>{html.escape(t('written', lang))}</p><ul>{items}</ul>"
