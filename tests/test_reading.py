"""Reading files: encodings, formats, the header line, the sidecar. Bad input -> problems."""

from __future__ import annotations

import codecs

import dossier
from dossier.reading import decode, guess_language, parse_article, split_header

FRENCH = "L’OTAN et le Japon ont convenu de renforcer leur coopération à Bruxelles.\n"


def test_decodes_utf8_bom_utf16_and_cp1252_without_mojibake():
    for data in (
        FRENCH.encode("utf-8"),
        codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),
        FRENCH.encode("utf-16-le"),
    ):
        assert decode(data)[0].lstrip("\ufeff") == FRENCH
    latin = "Le ministère de la Défense a signé un accord à Séoul avec l'Inde.\n"
    assert decode(latin.encode("cp1252"))[0] == latin


def test_header_line_gives_words_and_minutes():
    body, words, minutes = split_header("Article de 1 234 mots ⏱️ 6 min de lecture\n\nTexte.")
    assert (words, minutes) == (1234, 6)
    assert body.strip() == "Texte."


def test_language_guess():
    assert guess_language(FRENCH * 3) == "fr"
    assert guess_language("The minister said that the agreement is in force for the two.") == "en"
    assert guess_language("日本と北大西洋条約機構は防衛産業協力について初の対話を行った。") == "ja"


def _write(folder, name, data: bytes):
    (folder / name).write_bytes(data)


def test_bad_files_become_problems_and_good_files_are_untouched(corpus_dir, seed_corpus):
    _write(corpus_dir, "vide.txt", b"")
    _write(corpus_dir, "binaire.txt", bytes(range(256)) * 20)
    _write(corpus_dir, "rapport.pdf", b"%PDF-1.4 ...")
    _write(corpus_dir, "english.txt", b"The minister said that the agreement is in force. " * 5)
    _write(
        corpus_dir,
        "copie.txt",
        (corpus_dir / "otan-japon-dialogue-industrie-defense.txt").read_bytes(),
    )
    before = {p.name: p.read_bytes() for p in corpus_dir.iterdir()}
    c = dossier.load(corpus_dir, cache=False, workers=1)
    codes = dict(zip(c.problems.path, c.problems.code, strict=True))
    duplicate = {p for p, code in codes.items() if code == "duplicate"}
    assert len(duplicate) == 1 and duplicate <= {
        "copie.txt",
        "otan-japon-dialogue-industrie-defense.txt",
    }
    assert {k: v for k, v in codes.items() if v != "duplicate"} == {
        "vide.txt": "empty",
        "binaire.txt": "binary",
        "rapport.pdf": "unsupported-format",
        "english.txt": "unsupported-language",
    }
    assert len(c.commitments) == len(seed_corpus.commitments), "the duplicate is counted once"
    assert c.problems.message.str.len().min() > 10
    # the English article is listed, but yields no French actors
    assert "english.txt" in set(c.articles.path) and len(c.articles) == 2
    assert "english" not in set(c.mentions.article_id)
    after = {p.name: p.read_bytes() for p in corpus_dir.iterdir()}
    assert before == after, "nothing is written into seeds/"


def test_sidecar_bad_rows_are_reported_and_good_rows_used(corpus_dir):
    sidecar = corpus_dir / "articles.csv"
    good = sidecar.read_text("utf-8").splitlines()
    sidecar.write_text(
        "\n".join(
            good + ["ghost.txt,Titre,src,http://x,2025-13-45,fr", "trop,de,champs,ici,a,b,c,d"]
        )
        + "\n",
        "utf-8",
    )
    c = dossier.load(corpus_dir, cache=False, workers=1)
    assert c.articles.iloc[0].source == "zonearmee.com"
    assert {"sidecar-bad-date", "sidecar-bad-row", "sidecar-unknown-file"} <= set(c.problems.code)


def test_html_and_markdown_articles(tmp_path):
    html = (
        "<html><head><title>Page</title><meta property='og:site_name' content='Défense Info'>"
        "</head><body><nav>Accueil | Contact</nav><article><h1>Accord franco-indien</h1>"
        "<p>La France et l'Inde ont signé un accord de coopération sur les sous-marins.</p>"
        "<p>Le texte prévoit des transferts de technologie vers l'Inde d'ici 2027.</p>"
        "</article><footer>© 2025</footer></body></html>"
    )
    (tmp_path / "accord.html").write_text(html, "utf-8")
    (tmp_path / "note.md").write_text(
        "# Exercice conjoint\n\nLe **Japon** et l'*Australie* "
        "ont convenu d'organiser un [exercice](http://x) naval.\n",
        "utf-8",
    )
    c = dossier.load(tmp_path, cache=False, workers=1)
    arts = c.articles.set_index("path")
    assert arts.loc["accord.html", "title"] == "Accord franco-indien"
    assert arts.loc["accord.html", "source"] == "Défense Info"
    assert "Accueil" not in arts.loc["accord.html", "text"]
    assert arts.loc["note.md", "title"] == "Exercice conjoint"
    assert "**" not in arts.loc["note.md", "text"] and "http" not in arts.loc["note.md", "text"]
    assert {"country:FRA", "country:IND", "country:JPN", "country:AUS"} <= set(c.actors.actor_id)


def test_the_headline_is_read_as_the_first_sentence_of_its_article():
    text = (
        "Le Chili et le Pérou signent un accord de défense\n\n"
        "Les deux ministres se sont rencontrés mardi à Lima pour la cérémonie."
    )
    c = dossier.extract(text, {"language": "fr"})
    art = c.articles.iloc[0]
    assert art.title == "Le Chili et le Pérou signent un accord de défense"
    first = c.sentences.iloc[0]
    assert bool(first.headline) and not c.sentences.headline.iloc[1:].any()
    assert art.text[first.start : first.end] == art.title, "spans point into the stored text"
    agreement = c.commitments[c.commitments.sentence_id == first.sentence_id]
    assert agreement.kind.tolist() == ["agreement"]
    ca = c.commitment_actors[c.commitment_actors.commitment_id == agreement.commitment_id.iloc[0]]
    assert set(ca.actor_id) == {"country:CHL", "country:PER"}


def test_a_markdown_title_is_analysed_with_its_text(tmp_path):
    (tmp_path / "note.md").write_text(
        "# La Grèce commande deux frégates\n\nLe contrat sera signé en mai.\n", "utf-8"
    )
    c = dossier.load(tmp_path, cache=False, workers=1)
    assert c.sentences.headline.tolist() == [True, False]
    assert "country:GRC" in set(c.actors.actor_id)


def test_the_published_date_a_page_states_resolves_relative_dates():
    c = dossier.extract(
        "Publié le 6 mars 2025\nLa Lettonie et la Lituanie ont signé jeudi un accord.",
        {"language": "fr"},
    )
    art = c.articles.iloc[0]
    assert art.published.date().isoformat() == "2025-03-06" and art.published_from == "text"
    assert c.commitments.iloc[0].date.date().isoformat() == "2025-03-06", "the Thursday before"
    given = dossier.extract(
        "Publié le 6 mars 2025\nLa Lettonie a signé jeudi un accord.",
        {"language": "fr", "published": "2025-03-10"},
    )
    assert given.articles.iloc[0].published_from == "sidecar"


def test_a_date_inside_the_prose_is_not_the_published_date():
    c = dossier.extract(
        "La Lettonie et la Lituanie ont signé le 6 mars 2025 un accord de défense.",
        {"language": "fr"},
    )
    assert c.articles.published.isna().all() and c.articles.iloc[0].published_from == ""


def test_lines_a_fixed_width_layout_broke_inside_sentences_are_joined():
    c = dossier.extract(
        "Le ministre letton a déclaré après la\ncérémonie que les deux pays\nont signé un "
        "accord.\nLe texte entre en vigueur.",
        {"language": "fr"},
    )
    assert len(c.sentences) == 2
    assert c.commitments.kind.tolist() == ["agreement"]


def test_the_stored_text_keeps_every_span_of_the_page_after_its_first_word():
    """Trailing spaces and blank lines stay: a span of the stored text is the same span of
    the page once the leading blank is accounted for (what evaluators and highlights rely on)."""
    page = "\n  Titre de la dépêche  \n\n\n\nLa Suède a signé un accord.   \nLe Japon aussi.\n\n"
    article, _ = parse_article(page.encode("utf-8"), "depeche.txt", {"language": "fr"})
    offset = page.find(article.text[:20])
    for word in ("Suède", "Japon", "accord"):
        i = article.text.find(word)
        assert page[offset + i : offset + i + len(word)] == word


def test_a_headline_is_never_a_menu_a_date_or_a_file_name():
    page = (
        "Aller au contenu principal\n\nFriday, November 19, 2021\n\n"
        "La Suède et la Norvège signent un accord naval\n\n"
        "La Suède et la Norvège ont signé vendredi un accord naval à Oslo."
    )
    article, _ = parse_article(page.encode("utf-8"), "fr-site-suede-norvege.txt", {})
    assert article.title == "La Suède et la Norvège signent un accord naval"
    assert str(article.published) == "2021-11-19" and article.published_from == "text"
    lead = (
        "La Suède et la Norvège ont signé vendredi un accord naval qui prévoit des patrouilles "
        "communes. Le texte entre en vigueur en mars."
    )
    article, _ = parse_article(lead.encode("utf-8"), "fr-site-suede-norvege.txt", {})
    assert article.title.startswith("La Suède et la Norvège ont signé vendredi")
    assert "fr site" not in article.title
    page = "Télécharger le .pdf\n\nLa Suède et la Norvège signent un accord naval\n\n" + lead
    article, _ = parse_article(page.encode("utf-8"), "fr-site-suede-norvege.txt", {})
    assert article.title == "La Suède et la Norvège signent un accord naval"


def test_the_outlet_is_the_sidecars_else_the_pages_else_the_sites():
    text = "La Suède a signé un accord naval avec la Norvège.".encode()
    meta = {"url": "https://www.courrier-nordique.example/2026/accord"}
    article, _ = parse_article(text, "a.txt", meta)
    assert article.source == "courrier-nordique.example"
    article, _ = parse_article(text, "a.txt", {**meta, "source": "Le Courrier nordique"})
    assert article.source == "Le Courrier nordique"


def test_a_headline_is_the_articles_not_the_sites_banner_a_section_or_a_dateline():
    def title(page: str) -> str:
        return parse_article(page.encode("utf-8"), "page.txt", {})[0].title

    lead = (
        "Le ministre de la Défense a reçu lundi son homologue chilien pour une séance de "
        "travail consacrée à la formation des officiers et aux exercices communs en mer."
    )
    # a ministry's banner, its coat of arms' alternative text, the headline printed twice
    banner = "République du Pérou Ministère de la Défense\nblason\n\n"
    headline = "Coopération péruano-chilienne : le ministre reçoit son homologue."
    page = f"{banner}{headline}\n\n12 / 03 / 2025\n\n{headline}\n\n{lead}"
    assert title(page) == "Coopération péruano-chilienne : le ministre reçoit son homologue"
    # a site's name over its menu, a rubric, then the headline
    page = (
        "Le portail du Gouvernement de la République du Pérou, informations officielles\n"
        "Accueil | Actualités | Presse | Contact\n\nActualité\n"
        "Le Pérou et le Chili signent un accord de formation\n\n" + lead
    )
    assert title(page) == "Le Pérou et le Chili signent un accord de formation"
    page = "Rechercher sur le site\n\nÀ propos du ministère\n\nSuggestions\n\n"
    page += "Le Pérou et le Chili signent un accord de formation\n\n" + lead
    assert title(page) == "Le Pérou et le Chili signent un accord de formation"
    # a report's numbered section is no headline: its lead is
    page = "II. LES RELATIONS PÉRUANO-CHILIENNES\nA. UN PARTENARIAT ANCIEN\n" + lead
    assert title(page).startswith("Le ministre de la Défense a reçu lundi")
    # an honorific's stop does not end the sentence
    page = "Conférence de presse conjointe de MM. Pedro Castillo et Gabriel Boric, à Lima. " + lead
    assert title(page).startswith("Conférence de presse conjointe de MM. Pedro Castillo et")
    # an agency's dateline, a dash, a quote that never closes: left out
    for before in ("[12/03/2025 14:15:33] LIMA (AFP) ", "Lima (APS) - ", "- ", "“"):
        assert title(before + lead).startswith("Le ministre de la Défense a reçu lundi"), before


def test_a_headline_that_opens_with_an_initial_is_no_numbered_section():
    def title(page: str, name: str = "fr-site-armees.txt") -> str:
        return parse_article(page.encode("utf-8"), name, {})[0].title

    lead = "Le ministre a présenté lundi devant les députés le détail des crédits prévus."
    for headline in (
        "M. Lecornu annonce une hausse du budget des armées",
        "V. Zelensky attendu à Paris",
    ):
        assert title(f"{headline}\n\n{lead}") == headline
    # no headline: the lead's first sentence, never the file's name
    page = "M. Lecornu a annoncé lundi une hausse du budget des armées. Les députés voteront."
    assert title(page) == "M. Lecornu a annoncé lundi une hausse du budget des armées"
    # numbered sections still are sections: their lead is the title
    for section in (
        "II. LES CRÉDITS DES ARMÉES",
        "IV. Les crédits",
        "2.3 Les crédits",
        "1. Les crédits",
    ):
        assert title(f"{section}\n{lead}").startswith("Le ministre a présenté lundi"), section


def test_a_bracketed_party_or_acronym_is_no_agency_dateline():
    def title(page: str) -> str:
        return parse_article(page.encode("utf-8"), "page.txt", {})[0].title

    lead = "\n\nLe ministre a présenté lundi devant les députés le détail des crédits prévus."
    for headline in (
        "Éric Ciotti (LR) : « La France doit réarmer »",
        "Le député Jean Dupont (PS) : la loi de programmation sera votée",
        "L'Alliance atlantique (OTAN) : 75 ans de défense collective",
        "L'UNION EUROPÉENNE (UE) RENFORCE SON SOUTIEN À L'UKRAINE",
    ):
        assert title(headline + lead) == headline
    # an agency's dateline, at the very start, before a dash: left out
    for dateline in ("PARIS (AFP) - ", "Hanoï (VNA) – ", "[06/04/2011 14:15:33] MADRID (AFP) - "):
        assert title(dateline + "La France renforce son soutien à l'Ukraine" + lead) == (
            "La France renforce son soutien à l'Ukraine"
        ), dateline


def test_a_short_headline_with_a_menu_word_is_a_headline_a_menu_line_is_not():
    def title(page: str) -> str:
        return parse_article(page.encode("utf-8"), "page.txt", {})[0].title

    lead = (
        "\n\nLes ministres se sont retrouvés lundi à Bruxelles pour une séance consacrée "
        "aux livraisons d'armes et à la formation des soldats."
    )
    for headline in (
        "Le groupe de contact se réunit",
        "L'accueil de Zelensky à l'Élysée",
        "Un menu chargé pour le sommet de l'OTAN",
        "Contact rompu entre Paris et Niamey",
        "À propos de l'aide militaire à l'Ukraine",
    ):
        assert title(headline + lead) == headline
    # lines made only of menu words are passed over
    menus = "Accueil\nContact\nÀ propos\nAccueil | Actualités | Contact\nMentions légales\n"
    assert (
        title(menus + "Le groupe de contact se réunit" + lead) == "Le groupe de contact se réunit"
    )
