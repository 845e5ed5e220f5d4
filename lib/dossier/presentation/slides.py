"""A slide and the page it stands on: the 16:9 layout, a chart as a picture at slide
size, and the charts explorers send to the next deck (kept under exports/.deck/, so a
chart sent from one notebook reaches the deck made in another)."""

from __future__ import annotations

import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..base.paths import atomic_write, exports_dir
from . import charts
from .i18n import resolve, t

WIDTH, HEIGHT = 13.333, 7.5  # inches: 16:9
MARGIN = 0.5
TITLE_TOP, TITLE_HEIGHT = 0.35, 0.95
BODY_TOP = 1.35
FOOTER_TOP = HEIGHT - 0.5
BODY = (MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, FOOTER_TOP - BODY_TOP - 0.1)  # x, y, w, h
DPI = 200  # pixels per inch of slide, at least
ZOOM = 1.2  # charts are drawn 1/1.2 of the body's size and enlarged: 10 pt reads as 12
INK, GREY, ACCENT = "#1A1A1A", "#555555", "#0072B2"
PENDING = ".deck"  # under exports/: charts added from explorers, waiting for the deck


@dataclass
class Slide:
    """One page of the deck. kind: 'title', 'chart', 'table' or 'text'."""

    kind: str
    title: str
    lines: list[str] = field(default_factory=list)  # subtitle lines, bullets
    footer: str = ""  # the source line
    picture: bytes | None = None  # PNG, BODY's size at DPI
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths


# ---------------------------------------------------------------- charts as pictures


def picture(fig) -> tuple[str, str, bytes]:
    """A chart as (title, source line, PNG): the title and the source line are taken out
    of the figure (they become the slide's text), the plot is drawn at the body's size.
    A copy is drawn: the figure itself is left as it was, to the pixel."""
    import pickle

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    fig = pickle.loads(pickle.dumps(fig))
    marked = {a.get_gid(): a for a in fig.texts if a.get_gid() in ("title", "source")}
    title = marked["title"].get_text() if "title" in marked else ""
    source = marked["source"].get_text() if "source" in marked else ""
    for a in marked.values():
        a.remove()
    engine = fig.get_layout_engine()
    if engine is not None and "rect" in engine.get():
        engine.set(rect=(0, 0, 1, 1))  # no band kept for the source line
    fig.set_size_inches(BODY[2] / ZOOM, BODY[3] / ZOOM)
    fig.set_dpi(DPI * ZOOM)
    with charts.style():
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        size = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", size, canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buf = io.BytesIO()
        image.convert("RGB").save(buf, format="png", dpi=(DPI, DPI), compress_level=3)
    return title, source, buf.getvalue()


def chart_slide(fig, footer_extra: str = "") -> Slide:
    title, source, png = picture(fig)
    footer = source + (f" · {footer_extra}" if footer_extra else "")
    return Slide("chart", title, footer=footer, picture=png)


# ---------------------------------------------------------------- charts added from explorers


def pending_dir(folder: Path | None = None) -> Path:
    return (Path(folder) if folder else exports_dir()) / PENDING


def add_chart(
    fig, explorer: str = "", filters: str = "", lang: str | None = None, folder=None
) -> Slide:
    """Keep a chart (as it is, filters included) for the next deck: written under
    exports/.deck/, so a chart added in one notebook reaches the deck made in another."""
    lang = resolve(lang)
    colon = " : " if lang == "fr" else ": "
    extra = f"{t('filters', lang)}{colon}{filters}" if filters else ""
    slide = chart_slide(fig, extra)
    store = pending_dir(folder)
    store.mkdir(parents=True, exist_ok=True)
    n = 1 + max((int(p.stem) for p in store.glob("*.json") if p.stem.isdigit()), default=0)
    atomic_write(store / f"{n:04d}.png", lambda tmp: Path(tmp).write_bytes(slide.picture))
    meta = {k: v for k, v in asdict(slide).items() if k != "picture"}
    meta["explorer"] = explorer
    text = json.dumps(meta, ensure_ascii=False)
    atomic_write(store / f"{n:04d}.json", lambda tmp: Path(tmp).write_text(text, "utf-8"))
    return slide


def pending(folder=None) -> list[Slide]:
    """The charts added from explorers and not yet in a deck, in the order added."""
    store = pending_dir(folder)
    out = []
    for meta in sorted(store.glob("*.json")) if store.is_dir() else []:
        png = meta.with_suffix(".png")
        if not png.is_file():
            continue
        data = json.loads(meta.read_text("utf-8"))
        data.pop("explorer", None)
        out.append(Slide(**{**data, "picture": png.read_bytes()}))
    return out


def clear_pending(folder=None) -> None:
    store = pending_dir(folder)
    if store.is_dir():
        for p in store.iterdir():
            if p.suffix in (".json", ".png"):
                p.unlink()
