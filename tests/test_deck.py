"""The briefing deck: PPTX and the same pages as PDF, nothing blank, readable files, French
by default and English one setting away."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess

import pytest
from conftest import ROOT, SEEDS
from PIL import Image

from dossier import briefing, charts, deck, explore, i18n, slides
from dossier.presentation import standard

TODAY = dt.date(2026, 11, 26)
ARTIFACTS = ROOT / "test-artifacts" / "deck"


@pytest.fixture(scope="module")
def dated_corpus(tmp_path_factory):
    """The seed, dated in its sidecar, with two more articles: a timeline to draw."""
    import dossier

    folder = tmp_path_factory.mktemp("dated") / "seeds"
    shutil.copytree(SEEDS, folder)
    sidecar = (folder / "articles.csv").read_text("utf-8").splitlines()
    head, row = sidecar[0], sidecar[1].split(",")
    row[-2] = "2026-03-12"  # published
    (folder / "articles.csv").write_text(head + "\n" + ",".join(row) + "\n", "utf-8")
    for name in ("japon-philippines-date.txt", "pologne-memorandum.txt"):
        shutil.copy(ROOT / "tests" / "texts" / name, folder / name)
    return dossier.load(folder, cache=False)


def _open(pptx_path):
    from pptx import Presentation

    return Presentation(pptx_path)


def _titles(prs) -> list[str]:
    return [s.shapes.title.text for s in prs.slides]


def _texts(slide) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [c.text for r in shape.table.rows for c in r.cells]
    return "\n".join(parts)


def _pdf_pages_and_fonts(path) -> tuple[int, set[str], bool]:
    """Pages, the font subtypes used, and whether every font's file is embedded."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    kinds, embedded = set(), True
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            kinds.add(str(font["/Subtype"]))
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded &= "/FontFile2" in descriptor
    return len(reader.pages), kinds, embedded


def _chart_pictures(prs) -> list:
    return [
        shape
        for slide in prs.slides
        for shape in slide.shapes
        if shape.shape_type == 13  # MSO_SHAPE_TYPE.PICTURE
    ]


def test_deck_has_the_expected_slides_in_pptx_and_pdf(dated_corpus, tmp_path):
    pptx, pdf = deck.write(dated_corpus, tmp_path, since=dt.date(2026, 1, 1), today=TODAY)
    assert pptx.name == "briefing-2026-11-26.pptx" and pdf.name == "briefing-2026-11-26.pdf"
    prs = _open(pptx)
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    titles = _titles(prs)
    figures = standard.figures(dated_corpus)
    findings = [f.texts[0].get_text() for f in figures.values()]
    assert titles[0] == "Veille défense et diplomatie"
    assert titles[1 : 1 + len(findings)] == findings, "one slide per chart, its finding as title"
    assert any("a signé" in f or "partie à" in f or "cité" in f for f in findings)
    rest = titles[1 + len(findings) :]
    assert rest[0] == "Engagements clés"
    assert rest[1].startswith("Nouveau depuis le 01/01/2026")
    assert rest[-1].startswith("Annexe : sources")
    assert "Ce qui manque" not in titles, "every chart has data here"
    # the title slide: period covered, articles and sources
    cover = _texts(prs.slides[0])
    assert "3 articles" in cover and "Période couverte" in cover
    # two plain files have no outlet: said, with how to fill it, never a '?'
    assert "2 articles : source non renseignée" in cover and "python -m dossier add" in cover
    # the annex lists every article with its outlet and url
    annex = _texts(prs.slides[len(titles) - 1])
    assert "zonearmee.com" in annex and "https://www.zonearmee.com/" in annex
    # each chart slide holds one picture at slide size, at least 200 dpi
    pictures = _chart_pictures(prs)
    assert len(pictures) == len(findings)
    for shape in pictures:
        width_in = shape.width / 914400
        assert width_in > 12, "the chart spans the slide"
        pixels = Image.open(io.BytesIO(shape.image.blob)).size
        assert pixels[0] / width_in >= 199 and pixels[1] / (shape.height / 914400) >= 199
    # the PDF: the same pages, fonts embedded as TrueType
    pages, kinds, embedded = _pdf_pages_and_fonts(pdf)
    assert pages == len(titles)
    assert kinds and kinds <= {"/TrueType", "/Type0"} and embedded, kinds


def test_a_chart_with_no_data_is_left_out_and_the_deck_says_why(seed_corpus, tmp_path):
    """The seed has no published date: no dated commitment, so no timeline file and no
    blank slide, but a slide saying how to get one."""
    paths = briefing.write(seed_corpus, tmp_path, workers=1)
    names = [p.name for p in paths]
    assert not [n for n in names if "chronologie" in n]
    assert [n for n in names if n.startswith("briefing-acteurs-")], "the others are written"
    pptx = next(p for p in paths if p.suffix == ".pptx")
    prs = _open(pptx)
    titles = _titles(prs)
    assert "Ce qui manque" in titles
    missing = _texts(prs.slides[titles.index("Ce qui manque")])
    assert "renseignez published dans seeds/articles.csv" in missing
    for slide in prs.slides:  # no chart slide says "no data"
        assert "Aucune donnée" not in _texts(slide)
    pdf = next(p for p in paths if p.name == pptx.with_suffix(".pdf").name)
    assert _pdf_pages_and_fonts(pdf)[0] == len(titles)


def test_every_written_file_is_readable_by_colleagues(seed_corpus, tmp_path):
    old = os.umask(0o022)
    try:
        paths = briefing.write(seed_corpus, tmp_path, workers=2)
    finally:
        os.umask(old)
    assert {p.suffix for p in paths} >= {".pptx", ".pdf", ".png", ".svg", ".csv", ".xlsx"}
    assert {oct(p.stat().st_mode & 0o777) for p in paths} == {"0o644"}


def test_a_chart_sent_from_an_explorer_joins_the_next_deck_with_its_filters(
    dated_corpus, tmp_path, monkeypatch
):
    monkeypatch.setenv("DOSSIER_ROOT", str(tmp_path))
    ex = explore.commitments(dated_corpus)
    ex.controls["commitment_kinds"].value = "agreement"
    slide = ex.to_deck()
    assert slide is not None and "Filtres : agreement" in slide.footer
    assert len(slides.pending()) == 1 and "1 graphique" in ex.export_links.value
    pptx, _pdf = deck.write(dated_corpus, today=TODAY)
    prs = _open(pptx)
    added = [s for s in prs.slides if "Filtres : agreement" in _texts(s)]
    assert len(added) == 1 and added[0].shapes.title.text == slide.title
    assert slides.pending() == [], "a chart goes into one deck"
    ex.controls["search"].value = "aucun mot de ce genre"
    assert ex.to_deck() is None and "vide" in ex.export_links.value


def test_an_empty_chart_is_not_exported_from_an_explorer(seed_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_ROOT", str(tmp_path))
    ex = explore.actors(seed_corpus)
    ex.controls["search"].value = "aucun mot de ce genre"
    assert charts.is_empty(ex.figure)
    paths = ex.export()
    assert {p.suffix for p in paths} == {".csv", ".xlsx"}
    assert "seul le tableau" in ex.export_links.value


def test_english_is_one_setting_away(dated_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_ROOT", str(tmp_path))
    assert i18n.language() == "fr"
    french = charts.actor_mentions(dated_corpus.actors).texts[0].get_text()
    try:
        import dossier

        dossier.set_language("en")
        english = charts.actor_mentions(dated_corpus.actors).texts[0].get_text()
        assert french.startswith("L'acteur le plus cité") and english.startswith("Most mentioned")
        ex = explore.commitments(dated_corpus)
        assert ex.export_button.description == "Export"
        assert ex.controls["view"].options[0][0] == "by actor"
        assert "trigger" in ex.table.value and "déclencheur" not in ex.table.value
        pptx, _ = deck.write(dated_corpus, today=TODAY)
        titles = _titles(_open(pptx))
        assert titles[0] == "Defence and diplomacy watch" and "Key commitments" in titles
    finally:
        dossier.set_language(None)
    monkeypatch.setenv("DOSSIER_LANG", "en")
    assert i18n.language() == "en" and i18n.t("export") == "Export"
    monkeypatch.delenv("DOSSIER_LANG")
    assert explore.actors(dated_corpus).export_button.description == "Exporter"
    with pytest.raises(ValueError, match="fr, en"):
        dossier.set_language("de")


def test_deck_pages_rendered_for_a_look(dated_corpus, tmp_path):
    """Every page of the PDF as a PNG under test-artifacts/deck/, to look at by eye."""
    if not shutil.which("pdftoppm"):
        message = "pdftoppm not found (apt-get install poppler-utils): pages not rendered"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    _pptx, pdf = deck.write(dated_corpus, tmp_path, since=dt.date(2026, 1, 1), today=TODAY)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / "page")], check=True)
    pages = sorted(ARTIFACTS.glob("page-*.png"))
    assert len(pages) == _pdf_pages_and_fonts(pdf)[0]
    for page in pages:  # 16:9, and not a blank page
        image = Image.open(page).convert("L")
        assert abs(image.size[0] / image.size[1] - 16 / 9) < 0.02
        assert image.getextrema()[0] < 100, f"{page.name} has no dark ink"


def test_key_commitments_spread_over_articles_and_put_what_was_agreed_first(dated_corpus):
    from dossier import views

    sel = views.select(dated_corpus, views.Filters())
    every = deck.commitment_rows(sel, "fr")
    key = deck.commitment_rows(sel, "fr", per_article=deck.PER_ARTICLE)
    assert len(every) > len(key) > 0
    # the seed alone reports more commitments than the slide holds: two of its rows at most
    groups = sel.commitment_groups.set_index("group_id")
    first = sel.commitments.drop_duplicates("group_id").set_index("group_id").article_id
    ranked = deck._ranked(sel.commitment_groups[sel.commitment_groups.kind != "assessment"])
    spread = deck._spread(sel, ranked, deck.PER_ARTICLE)
    assert first.loc[spread.group_id].value_counts().max() <= deck.PER_ARTICLE
    assert first.loc[spread.group_id].nunique() == 3, "each article has its say"
    # single-sourced alike, an agreement with two parties comes before a lone declaration
    kinds = list(groups.loc[ranked.group_id].kind)
    assert kinds.index("agreement") < kinds.index("declaration")
    assert list(key.iloc[:, 0])[0] == "accord"


def test_past_a_dozen_dated_points_the_deck_lists_them_in_date_order(tmp_path):
    import dossier

    folder = tmp_path / "seeds"
    folder.mkdir()
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet"]
    lines = []
    for k, month in enumerate(months):
        lines.append(f"Le {k + 3} {month} 2025, le Chili et le Pérou ont signé un accord naval.")
        lines.append(f"Le {k + 10} {month} 2025, l'Équateur a commandé des missiles.")
    (folder / "cotes.txt").write_text("Accords du Pacifique\n\n" + " ".join(lines), "utf-8")
    corpus = dossier.load(folder, cache=False)
    deck_slides = deck.slides(corpus, today=TODAY, lang="fr")
    listed = [s for s in deck_slides if s.title.startswith("Chronologie : liste datée")]
    assert listed, [s.title for s in deck_slides]
    rows = [r for s in listed for r in s.rows]
    assert len(rows) > 12
    assert rows[0][0] == "03/01/2025" and rows[-1][0] == "16/07/2025", "in date order"
    assert any("missiles" in r[2] for r in rows), "each point says what it is about"
    assert any("Chili" in r[2] and "Pérou" in r[2] for r in rows), "and who"


@pytest.fixture(scope="module")
def bare_folder(tmp_path_factory):
    """Articles as plain .txt files with no sidecar: no outlet, no address; one states its
    date, the others none."""
    folder = tmp_path_factory.mktemp("bare") / "veille"
    folder.mkdir()
    texts = {
        "chili-perou.txt": (
            "Le Chili et le Pérou signent un nouvel accord à Lima\n\n"
            "Publié le 14 mars 2025\n\n"
            "Le Chili et le Pérou ont signé un nouvel accord à Lima. "
            "En 1998, les deux pays avaient signé un traité de défense maritime."
        ),
        "equateur.txt": (
            "L'Équateur commande des patrouilleurs à la Colombie\n\n"
            "L'Équateur a commandé quatre patrouilleurs aux chantiers colombiens pour sa marine."
        ),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="module")
def bare_corpus(bare_folder):
    import dossier

    return dossier.load(bare_folder, cache=False)


def test_the_annex_gives_titles_the_room_of_columns_no_article_fills(bare_corpus):
    annex = [s for s in deck.slides(bare_corpus, today=TODAY, lang="fr") if "Annexe" in s.title]
    assert annex and annex[0].columns == ["titre", "date"], "no empty « média », « adresse »"
    titles = [r[0] for s in annex for r in s.rows]
    assert "Le Chili et le Pérou signent un nouvel accord à Lima" in titles
    assert len(annex[0].widths) == 2


def test_key_commitments_put_the_news_before_the_background_it_recalls(bare_corpus):
    from dossier import views

    sel = views.select(bare_corpus, views.Filters())
    key = deck.commitment_rows(sel, "fr", per_article=deck.PER_ARTICLE)
    what, when = list(key["quoi"]), list(key["quand"])
    # the deals the articles lead with come first, dated or not; the 1998 treaty they
    # recall comes after them
    assert what[0] == "accord" and key["parties"][0] == "Chili, Pérou", key
    treaty = next(i for i, w in enumerate(what) if w.startswith("traité"))
    assert when[treaty] == "1998" and treaty == len(key) - 1, key
    assert set(key["source"]) == {"source non renseignée"}, "never a bare « — »"


def test_the_dated_list_holds_every_point_once_over_as_many_pages_as_needed(tmp_path):
    import dossier

    folder = tmp_path / "seeds"
    folder.mkdir()
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
    months += ["septembre", "octobre", "novembre", "décembre"]
    lines = []
    for k, month in enumerate(months):
        lines.append(f"Le {k + 3} {month} 2025, le Chili et le Pérou ont signé un accord naval.")
        lines.append(f"Le {k + 10} {month} 2025, l'Équateur a commandé des missiles.")
        lines.append(f"Le {k + 15} {month} 2025, la Bolivie a signé un accord fluvial.")
    # the same signing, told again in the next paragraph
    lines.append("Le 3 janvier 2025, le Chili et le Pérou ont signé un accord naval.")
    (folder / "cotes.txt").write_text("Accords du Pacifique\n\n" + " ".join(lines), "utf-8")
    corpus = dossier.load(folder, cache=False)
    deck_slides = deck.slides(corpus, today=TODAY, lang="fr")
    listed = [s for s in deck_slides if s.title.startswith("Chronologie : liste datée")]
    rows = [tuple(r) for s in listed for r in s.rows]
    assert len(listed) > 1 and len(rows) > 30, "every point, not the 30 latest"
    assert rows[0][0] == "03/01/2025" and rows[-1][0] == "26/12/2025", rows[-1]
    assert len(rows) == len(set(rows)), "an event told twice on one date is listed once"
    # the agreement and its signing are one event: one row, both kinds
    first = [r for r in rows if r[0] == "03/01/2025"]
    assert len(first) == 1 and first[0][1] == "accord, signature", first
    assert "Chili" in first[0][2] and "Pérou" in first[0][2]
    assert all("explorateur" not in s.footer for s in listed), "no tool the reader lacks"


def test_the_title_slide_says_which_sidecar_to_fill_and_stays_on_the_slide(
    bare_corpus, bare_folder, tmp_path
):
    pptx, pdf = deck.write(bare_corpus, tmp_path, today=TODAY, lang="fr")
    cover = _texts(_open(pptx).slides[0])
    assert "2 articles : source non renseignée" in cover
    assert f"{bare_folder}/articles.csv" in cover, "the folder the deck was made from"
    assert f"python -m dossier add URL --to {bare_folder}" in cover
    assert "seeds/" not in cover
    if shutil.which("pdftoppm"):  # no ink in the page's right margin: nothing runs off
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
            check=True,
        )
        page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
        width, height = page.size
        margin = page.crop((int(width * (1 - 0.3 / 13.333)), 0, width, height))
        assert margin.getextrema()[0] > 200, "a line of the title slide runs off its edge"


def test_a_long_slide_title_wraps_inside_the_page(tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not found (apt-get install poppler-utils)")
    title = "Qui parle de quoi : phrases où acteur et domaine apparaissent ensemble"
    pdf = tmp_path / "long.pdf"
    deck.to_pdf([slides.Slide("text", title, lines=["Une ligne."])], pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "p")], check=True)
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    width, height = page.size
    margin = page.crop((int(width * (1 - 0.3 / 13.333)), 0, width, height))
    assert margin.getextrema()[0] > 200, "the title runs to the page's edge"


@pytest.mark.parametrize("texts", [{}, {"inde.txt": "La France et l'Inde ont signé un accord."}])
def test_an_empty_or_one_article_folder_still_gives_a_deck(tmp_path, texts):
    import dossier

    folder = tmp_path / "veille"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    corpus = dossier.load(folder, cache=False)
    paths = briefing.write(corpus, tmp_path / "out", lang="fr")
    pptx = next(p for p in paths if p.suffix == ".pptx")
    prs = _open(pptx)
    titles = _titles(prs)
    assert titles[0] == "Veille défense et diplomatie"
    assert "Ce qui manque" in titles, "the deck says what it could not show"
    missing = _texts(prs.slides[titles.index("Ce qui manque")])
    assert "seeds/" not in missing, "the folder the deck was made from, as on the title slide"
    if not texts:
        assert f"ajoutez des articles en français dans {folder}" in missing, missing
    assert f"{len(texts)} article" in _texts(prs.slides[0])
    assert any(p.suffix == ".pdf" for p in paths)


def _selection(tmp_path, texts: dict[str, str], sidecar: str = ""):
    """The whole selection of a folder of these texts (and this sidecar, if any)."""
    import dossier
    from dossier import views

    folder = tmp_path / "veille"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    if sidecar:
        (folder / "articles.csv").write_text(sidecar, "utf-8")
    return views.select(dossier.load(folder, cache=False), views.Filters())


def test_two_deals_alike_on_different_days_are_two_key_commitments(tmp_path):
    texts = {
        "inde-2023.txt": (
            "La France et l'Inde signent un accord de défense\n\n"
            "La France et l'Inde ont signé le 14 juillet 2023 un accord de défense à Paris."
        ),
        "inde-2025.txt": (
            "Nouvel accord de défense entre la France et l'Inde\n\n"
            "La France et l'Inde ont signé le 11 mars 2025 un accord de défense à New Delhi."
        ),
    }
    sidecar = (
        "file,title,source,url,published,language\n"
        "inde-2023.txt,,Le Courrier,,2023-07-15,fr\n"
        "inde-2025.txt,,La Gazette,,2025-03-12,fr\n"
    )
    key = deck.commitment_rows(_selection(tmp_path, texts, sidecar), "fr")
    deals = key[key["quoi"].str.contains("accord de défense")]
    assert set(deals["quand"]) >= {"14/07/2023", "11/03/2025"}, key
    assert {"Le Courrier", "La Gazette"} <= set(deals["source"]), "each outlet has its row"


def test_articles_with_no_outlet_are_counted_as_articles_not_sources(tmp_path):
    # two outlets' own words on one deal (their files say neither outlet)
    texts = {
        "inde.txt": (
            "Accord franco-indien sur les Rafale\n\nLa France et l'Inde ont signé le 14 "
            "juillet 2023 à Paris un accord de défense portant sur 26 Rafale Marine. Le Premier "
            "ministre indien était l'invité d'honneur du défilé."
        ),
        "inde-bis.txt": (
            "New Delhi commande des avions français\n\nLa marine indienne recevra ses "
            "appareils à partir de 2028. L'Inde et la France ont signé le 14 juillet 2023 un "
            "accord de défense pour 26 Rafale Marine, selon le ministère indien."
        ),
    }
    key = deck.commitment_rows(_selection(tmp_path, texts), "fr")
    deal = key[key["quoi"].str.contains("accord de défense")]
    assert list(deal["source"]) == ["source non renseignée (2 articles)"], key


def test_a_concrete_deal_outranks_the_vague_lead_of_its_article(tmp_path):
    text = (
        "La Pologne poursuit son réarmement\n\n"
        "La Pologne a annoncé lundi de nouvelles commandes pour son armée de terre. "
        "La Pologne et la Corée du Sud ont signé le 31 mars 2025 un contrat pour 180 chars K2. "
        "Varsovie veut doubler ses effectifs d'ici 2035."
    )
    sidecar = "file,title,source,url,published,language\npologne.txt,,Le Courrier,,2025-04-02,fr\n"
    sel = _selection(tmp_path, {"pologne.txt": text}, sidecar)
    key = deck.commitment_rows(sel, "fr", per_article=deck.PER_ARTICLE)
    first = key.iloc[0]
    # the deal with both sides, its instrument and its date leads the slide
    assert "Pologne" in first["parties"] and "Corée" in first["parties"], key
    assert first["quoi"].startswith("contrat") and first["quand"] == "31/03/2025", key
