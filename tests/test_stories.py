"""Copies of one dispatch across outlets share a story; two articles on one event do not.
The texts are written for these tests."""

from __future__ import annotations

import textwrap

import dossier
from dossier.corpus.stories import Text, body_words, find_stories

DISPATCH = "\n\n".join(
    (
        "La Norvège et la Finlande signent un accord sur les munitions",
        "La Norvège et la Finlande ont signé mardi à Oslo un accord qui prévoit la production "
        "commune d'obus de 155 mm dans une usine installée près de Tampere, a annoncé le "
        "ministère norvégien de la Défense.",
        "Le texte, négocié depuis le printemps, engage les deux pays à partager le financement de"
        " la chaîne de production et à se répartir les premières livraisons dès la fin de l'année"
        " prochaine.",
        "« Cette usine est une réponse concrète à la pénurie que connaît toute l'Europe », a "
        "déclaré la ministre finlandaise de la Défense, Aino Virtanen, lors d'une conférence de "
        "presse commune avec son homologue norvégien, Lars Eide.",
        "Selon le ministère, l'usine emploiera environ quatre cents personnes et pourra produire "
        "jusqu'à cent mille obus par an à partir de sa troisième année de fonctionnement.",
        "Les deux ministres ont également évoqué une coopération plus étroite entre leurs marines"
        " dans l'Arctique, où les patrouilles russes se sont multipliées depuis deux ans.",
        "Le Parlement norvégien doit encore approuver la part du budget consacrée au projet, un "
        "vote attendu au mois de mars selon plusieurs élus de la majorité.",
    )
)

OTHER_ON_THE_SAME_EVENT = "\n\n".join(
    (
        "Oslo et Helsinki misent sur une usine d'obus commune",
        "Les gouvernements norvégien et finlandais ont conclu mardi un partenariat industriel "
        "pour fabriquer ensemble des munitions d'artillerie, une première entre les deux voisins "
        "nordiques.",
        "L'usine, dont le site exact n'a pas été dévoilé, devrait ouvrir en Finlande et couvrir "
        "une partie des besoins des deux armées, qui ont cédé une grande partie de leurs stocks à"
        " l'Ukraine.",
        "Pour Aino Virtanen, ministre finlandaise de la Défense, il s'agit d'un « signal de "
        "sérieux » envoyé aux alliés de l'OTAN, alors que les industriels peinent à suivre la "
        "demande.",
        "Le coût du projet n'a pas été rendu public, mais des sources parlementaires évoquent "
        "plusieurs centaines de millions d'euros répartis à parts égales entre Oslo et Helsinki.",
    )
)


def _body(text: str) -> str:
    return text.split("\n", 1)[1]


def variants() -> dict[str, bytes]:
    """The dispatch as outlets republish it."""
    body = _body(DISPATCH)
    paragraphs = body.strip().split("\n\n")
    cut = body[: int(len(body) * 0.6)].rsplit(".", 1)[0] + "."
    teased = "\n\n".join(
        p + "\n\nLire aussi : L'Europe manque d'obus, les industriels accélèrent"
        for p in paragraphs
    )
    wrapped = "\n\n".join(textwrap.fill(p, 68) for p in paragraphs)
    return {
        "01-depeche.txt": DISPATCH.encode("utf-8"),
        "02-retitree.txt": ("Munitions : accord nordique à Oslo\n" + body).encode("utf-8"),
        "03-signee.txt": ("Un accord à Oslo\n\nPar Jeanne Roussel\n" + body).encode("utf-8"),
        "04-coupee.txt": ("Accord sur les munitions\n" + cut).encode("utf-8"),
        "05-lire-aussi.txt": ("Accord Norvège-Finlande\n\n" + teased).encode("utf-8"),
        "06-rewrap.txt": ("Norvège et Finlande\n\n" + wrapped).encode("utf-8"),
        "07-windows.txt": DISPATCH.encode("cp1252"),
        "08-autre-article.txt": OTHER_ON_THE_SAME_EVENT.encode("utf-8"),
    }


def test_copies_of_one_dispatch_share_a_story_and_another_article_does_not(tmp_path):
    for name, data in variants().items():
        (tmp_path / name).write_bytes(data)
    c = dossier.load(tmp_path, cache=False, workers=1)
    story = dict(zip(c.articles.path, c.articles.story_id, strict=True))
    copies = [n for n in variants() if n != "08-autre-article.txt"]
    assert {story[n] for n in copies} == {"story:01-depeche"}
    assert story["08-autre-article.txt"] == "story:08-autre-article"
    first = dict(zip(c.articles.path, c.articles.duplicate_of, strict=True))
    assert first["01-depeche.txt"] == "" and first["08-autre-article.txt"] == ""
    assert {first[n] for n in copies[1:]} == {"01-depeche"}


def test_the_first_copy_is_the_earliest_published(tmp_path):
    for name in ("01-depeche.txt", "02-retitree.txt"):
        (tmp_path / name).write_bytes(variants()[name])
    (tmp_path / "articles.csv").write_text(
        "file,title,source,url,published,language\n"
        "01-depeche.txt,,,,2025-03-05,fr\n02-retitree.txt,,,,2025-03-04,fr\n",
        "utf-8",
    )
    c = dossier.load(tmp_path, cache=False, workers=1)
    first = dict(zip(c.articles.path, c.articles.duplicate_of, strict=True))
    assert first == {"01-depeche.txt": "02-retitree", "02-retitree.txt": ""}


def test_a_dispatch_cut_after_its_lead_is_still_a_copy():
    # an outlet keeps the first paragraph only (a sixth of the text), with its own
    # headline, a dateline and curly apostrophes
    lead = _body(DISPATCH).strip().split("\n\n")[0]
    short = "Nordiques : des obus\n\nOSLO (AFP) - " + lead.replace("'", "\u2019")
    texts = [Text("a", "a.txt", None, DISPATCH, 61), Text("b", "b.txt", None, short, 20)]
    stories, _ = find_stories(texts)
    assert stories["b"] == ("story:a", "a")


def test_a_short_brief_quoting_a_paragraph_is_its_own_story():
    quote = _body(DISPATCH).strip().split("\n\n")[2]
    brief = "Brève\n\n" + quote + "\n\nLa ministre a ensuite quitté Oslo pour Helsinki."
    texts = [Text("a", "a.txt", None, DISPATCH, 61), Text("b", "b.txt", None, brief, 6)]
    stories, _ = find_stories(texts)
    assert stories["a"][0] != stories["b"][0]


def test_boilerplate_and_line_breaks_do_not_count():
    plain = body_words("Titre\nUne phrase qui continue.", 5)
    noisy = body_words(
        "Titre\nPar Jeanne Roussel\nUne phrase\nqui continue.\nLire aussi : autre", 5
    )
    assert plain == noisy == ["une", "phrase", "qui", "continue"]


def test_signatures_read_back_from_the_cache_give_the_same_stories(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("01-depeche.txt", "04-coupee.txt", "08-autre-article.txt"):
        (seeds / name).write_bytes(variants()[name])
    cache = tmp_path / "cache"
    first = dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    (seeds / "06-rewrap.txt").write_bytes(variants()["06-rewrap.txt"])
    second = dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    stories = dict(zip(second.articles.path, second.articles.story_id, strict=True))
    assert stories["06-rewrap.txt"] == stories["01-depeche.txt"] == stories["04-coupee.txt"]
    assert set(first.articles.story_id) == {"story:01-depeche", "story:08-autre-article"}


def test_charts_and_explorers_count_a_story_once_unless_every_copy_is_asked(tmp_path):
    from dossier import explore, views

    names = ("01-depeche.txt", "02-retitree.txt", "08-autre-article.txt")
    for name in names:
        (tmp_path / name).write_bytes(variants()[name])
    # published the same days (an article with no date at all is told apart from the others
    # only by its words)
    rows = [f"{n},,,,2026-03-1{k},fr" for k, n in enumerate(names)]
    sidecar = "file,title,source,url,published,language\n" + "\n".join(rows) + "\n"
    (tmp_path / "articles.csv").write_text(sidecar, "utf-8")
    c = dossier.load(tmp_path, cache=False, workers=1)
    once = views.select(c, views.Filters())
    every = views.select(c, views.Filters(copies=True))
    assert set(once.articles.path) == {"01-depeche.txt", "08-autre-article.txt"}
    assert set(once.commitments.article_id) == {"01-depeche", "08-autre-article"}
    assert "02-retitree" in set(every.commitments.article_id)

    def mentions(sel, name):
        a = sel.actors
        return int(a.loc[a.name == name, "mentions"].iloc[0])

    # the minister is named once in the dispatch, once in its copy, once in the other article
    assert mentions(once, "Aino Virtanen") == 2
    assert mentions(every, "Aino Virtanen") == 3

    # the agreement is reported by the dispatch and by the other article; by the copy too
    # when every copy is asked
    signed = lambda sel: sel.commitment_groups.set_index("kind").loc["agreement"]  # noqa: E731
    assert signed(once).articles == 2 and signed(every).articles == 3

    ex = explore.actors(c)
    shown = lambda: int(ex.rows.loc[ex.rows.acteur == "Aino Virtanen", "mentions"].iloc[0])  # noqa: E731
    assert shown() == 2 and "1 copies" in ex.source()
    ex.controls["copies"].value = True
    assert shown() == 3 and "copies" not in ex.source()
    assert ex.export_name()[-1] == "copies"


def test_a_corpus_without_copies_shows_no_copies_control(tmp_path):
    from dossier import explore

    (tmp_path / "a.txt").write_bytes(variants()["01-depeche.txt"])
    (tmp_path / "b.txt").write_bytes(variants()["08-autre-article.txt"])
    c = dossier.load(tmp_path, cache=False, workers=1)
    assert "copies" not in explore.commitments(c).controls


def test_a_new_article_is_compared_without_shingling_the_unchanged_ones(monkeypatch):
    from dossier.corpus import stories as module

    v = variants()
    old = [
        Text("01-depeche", "01-depeche.txt", None, DISPATCH, 61),
        Text("08-autre", "08-autre.txt", None, OTHER_ON_THE_SAME_EVENT, 50),
    ]
    full, sigs = find_stories(old)
    copy = v["06-rewrap.txt"].decode("utf-8")
    new = Text("06-rewrap", "06-rewrap.txt", None, copy, copy.find("\n"))
    seen: list[int] = []
    real = module.shingles
    monkeypatch.setattr(module, "shingles", lambda words: seen.append(len(words)) or real(words))
    previous = {aid: story for aid, (story, _) in full.items()}
    found, _ = find_stories([*old, new], sigs, previous)
    assert found["06-rewrap"] == ("story:01-depeche", "01-depeche")
    assert found["08-autre"] == ("story:08-autre", "")
    # the new text, and the one copy the index proposed to check it against
    assert len(seen) <= 2
    everything, _ = find_stories([*old, new])
    assert found == everything


def test_an_added_article_appends_its_signature_and_a_removal_writes_them_whole(tmp_path):
    import pyarrow.parquet as pq

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    for name in ("01-depeche.txt", "04-coupee.txt"):
        (seeds / name).write_bytes(variants()[name])
    dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    (main,) = cache.rglob("signatures.parquet")
    before = main.read_bytes()

    def parts():
        return sorted(main.parent.glob("signatures.*.parquet"))

    def ids(path):
        return sorted(pq.read_table(path).column("article_id").to_pylist())

    (seeds / "06-rewrap.txt").write_bytes(variants()["06-rewrap.txt"])
    added = dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    assert main.read_bytes() == before  # the cached signatures are not written again
    assert [ids(p) for p in parts()] == [["06-rewrap"]]
    (seeds / "08-autre-article.txt").write_bytes(variants()["08-autre-article.txt"])
    again = dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    assert sorted(ids(p)[0] for p in parts()) == ["06-rewrap", "08-autre-article"]
    stories = dict(zip(again.articles.path, again.articles.story_id, strict=True))
    assert stories["06-rewrap.txt"] == stories["01-depeche.txt"] == stories["04-coupee.txt"]
    assert dict(zip(added.articles.path, added.articles.story_id, strict=True)).items() <= (
        stories.items()
    )
    (seeds / "04-coupee.txt").unlink()
    dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    assert parts() == []
    assert ids(main) == ["01-depeche", "06-rewrap", "08-autre-article"]


def test_a_broken_signature_part_costs_only_its_own_texts(tmp_path):
    from dossier.corpus.cache import read_signatures

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    (seeds / "01-depeche.txt").write_bytes(variants()["01-depeche.txt"])
    dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    (seeds / "08-autre-article.txt").write_bytes(variants()["08-autre-article.txt"])
    dossier.load(seeds, cache=True, cache_dir=cache, workers=1)
    (part,) = cache.rglob("signatures.*.parquet")
    part.write_bytes(b"not parquet")
    known = read_signatures(part.parent)
    assert sorted(a for a, _ in known) == ["01-depeche"]
    assert not part.exists()
