"""Exports: print-quality files, safe names, nothing overwritten."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PIL import Image

from dossier import charts, export


def _fig(seed_corpus):
    return charts.actor_mentions(
        seed_corpus.actors, source=charts.source_line(seed_corpus.articles)
    )


def test_png_svg_pdf_are_print_quality(seed_corpus, tmp_path):
    png, svg, pdf = export.figure(_fig(seed_corpus), ["acteurs"], tmp_path)
    dpi = Image.open(png).info["dpi"]
    assert round(dpi[0]) >= 200
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "OTAN" in svg.read_text("utf-8"), "SVG text stays text"
    data = pdf.read_bytes()
    assert b"/Type3" not in data and (b"/TrueType" in data or b"/CIDFontType2" in data)


def test_png_svg_pdf_show_the_same_page(seed_corpus, tmp_path):
    """The three files of one export have the same size in inches, to the pixel, so a
    chart swapped from PNG to PDF in a slide keeps its place."""
    import re

    png, svg, pdf = export.figure(_fig(seed_corpus), ["acteurs"], tmp_path)
    width, height = (px / export.DPI for px in Image.open(png).size)
    root = ET.parse(svg).getroot()
    svg_size = [float(root.get(k).removesuffix("pt")) / 72 for k in ("width", "height")]
    box = re.search(rb"/MediaBox \[([^\]]+)\]", pdf.read_bytes()).group(1).split()
    pdf_size = [float(v) / 72 for v in box[2:]]
    for w, h in (svg_size, pdf_size):
        assert abs(w - width) <= 1 / export.DPI and abs(h - height) <= 1 / export.DPI


def test_a_second_export_never_overwrites_the_first(seed_corpus, tmp_path):
    first = export.figure(_fig(seed_corpus), ["acteurs"], tmp_path)
    size = first[0].stat().st_size
    second = export.figure(_fig(seed_corpus), ["acteurs"], tmp_path)
    assert {p.name for p in first}.isdisjoint({p.name for p in second})
    assert first[0].stat().st_size == size
    assert second[0].stem.endswith("-2")


def test_hostile_filter_values_make_safe_names_inside_exports(seed_corpus, tmp_path):
    paths = export.table(
        seed_corpus.actors, ["acteurs", "../../etc/passwd", "a\"b'c", "/"], tmp_path
    )
    for p in paths:
        assert p.parent == tmp_path
        assert all(c.isalnum() or c in "-." for c in p.name), p.name
    assert not list(tmp_path.glob(".tmp-*")), "no temporary file left behind"


def test_briefing_set_is_the_same_written_by_one_or_two_processes(seed_corpus, tmp_path):
    from dossier import briefing

    one = briefing.write(seed_corpus, tmp_path / "one", workers=1)
    two = briefing.write(seed_corpus, tmp_path / "two", workers=2)
    assert [p.name for p in one] == [p.name for p in two]
    charts_written = {p.name.split("-2")[0] for p in two if p.suffix == ".svg"}
    # the seed has no published date, hence no dated commitment: no blank timeline
    assert charts_written == {
        f"briefing-{c}"
        for c in ("acteurs", "domaines", "acteurs-x-domaines", "engagements", "reseau")
    }
    assert [p.suffix for p in two if p.name.startswith("briefing-2")] == [".pptx", ".pdf"]
    for a, b in zip(one, two, strict=True):
        assert b.stat().st_size > 0
        if a.suffix == ".png":  # the same pixels, whichever process drew them
            assert Image.open(a).size == Image.open(b).size
            assert Image.open(a).tobytes() == Image.open(b).tobytes()


def test_pdf_spells_words_without_ligatures(seed_corpus, tmp_path):
    """'partenaires indo-pacifiques' is a tick label: its "fi" stays two letters, so the
    PDF embeds only the regular and bold faces it uses."""
    import re

    fig = _fig(seed_corpus)
    engine = fig.get_layout_engine()
    *_, pdf = export.figure(fig, ["acteurs"], tmp_path)
    fonts = set(re.findall(rb"/BaseFont /(\S+)", pdf.read_bytes()))
    assert len(fonts) == 2, fonts
    assert fig.get_layout_engine() is engine, "the figure keeps its layout after an export"


def _modes(folder) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.rglob("*") if p.is_file()}


def test_exports_tables_and_cache_follow_the_umask(seed_corpus, tmp_path, corpus_dir):
    """A colleague on a shared drive can open what the analyst wrote: under umask 022 every
    file is 0644 (never the 0600 of a temporary file), under 002 it is 0664."""
    import os

    import dossier
    from dossier.cli import main

    for mask, mode in ((0o022, 0o644), (0o002, 0o664)):
        old = os.umask(mask)
        try:
            out = tmp_path / f"umask-{mask:03o}"
            export.figure(_fig(seed_corpus), ["acteurs"], out / "exports")
            export.table(seed_corpus.actors, ["acteurs"], out / "exports")
            dossier.load(corpus_dir, cache_dir=out / "cache")
            assert main(["build", str(corpus_dir), "--out", str(out / "tables"), "--no-cache"]) == 0
        finally:
            os.umask(old)
        modes = _modes(out)
        assert {p.rsplit(".", 1)[-1] for p in modes} >= {
            "png",
            "svg",
            "pdf",
            "csv",
            "xlsx",
            "parquet",
        }
        assert all(m == mode for m in modes.values()), {p: oct(m) for p, m in modes.items()}
