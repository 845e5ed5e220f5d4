"""The same commitment reported by several articles is one group; two commitments between
the same parties are two. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import dossier
from dossier.corpus.groups import instrument_family, new_since

ARTICLES = {
    # the same agreement, worded three ways by three outlets over three weeks
    "1-annonce.txt": (
        "La Norvège et la Finlande signent un accord sur les munitions\n\n"
        "La Norvège et la Finlande ont signé mardi 4 mars à Oslo un accord de coopération sur "
        "la production de munitions d'artillerie, a annoncé le ministère norvégien de la "
        "Défense.\n",
        "Le Quotidien du Nord",
        "2025-03-04",
    ),
    "2-reprise.txt": (
        "Obus : Oslo et Helsinki unissent leurs forces\n\n"
        "Les gouvernements norvégien et finlandais se sont entendus sur un accord pour produire "
        "ensemble des munitions, une première entre les deux voisins nordiques.\n",
        "La Gazette",
        "2025-03-06",
    ),
    "3-suivi.txt": (
        "Munitions : la première pierre de l'usine posée\n\n"
        "Trois semaines après l'accord sur les munitions conclu par la Finlande avec la Norvège, "
        "le chantier de l'usine commune a débuté près de Tampere.\n",
        "Le Courrier",
        "2025-03-25",
    ),
    # another agreement between the same two countries
    "4-cyber.txt": (
        "Cyberdéfense : nouvel accord nordique\n\n"
        "La Norvège et la Finlande ont signé vendredi 12 septembre un mémorandum d'entente sur "
        "la cybersécurité, afin de partager leurs alertes sur les attaques informatiques.\n",
        "La Gazette",
        "2025-09-12",
    ),
}


def write(folder, names):
    lines = ["file,title,source,url,published,language"]
    for name in names:
        text, source, day = ARTICLES[name]
        (folder / name).write_text(text, "utf-8")
        lines.append(f"{name},,{source},,{day},fr")
    (folder / "articles.csv").write_text("\n".join(lines) + "\n", "utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups")
    write(folder, ARTICLES)
    return dossier.load(folder, cache=False, workers=1)


def agreements(corpus):
    g = corpus.commitment_groups
    return g[g.kind == "agreement"].set_index("instrument", drop=False)


def test_one_agreement_worded_three_ways_in_three_articles_is_one_group(corpus):
    munitions = agreements(corpus).loc["accord"]
    assert munitions.articles == 3 and munitions.sources == 3
    assert munitions.parties == "Finlande, Norvège"
    assert munitions.first_seen == dt.datetime(2025, 3, 4)
    assert munitions.last_seen == dt.datetime(2025, 3, 25)
    assert munitions.date == dt.datetime(2025, 3, 4)  # the date the first report gives
    c = corpus.commitments
    members = c[c.group_id == munitions.group_id]
    assert set(members.article_id) == {"1-annonce", "2-reprise", "3-suivi"}


def test_two_agreements_between_the_same_parties_are_two_groups(corpus):
    a = agreements(corpus)
    assert len(a) == 2
    cyber = a.loc["mémorandum d'entente"]
    assert cyber.articles == 1 and cyber.parties == "Finlande, Norvège"
    groups = corpus.commitments.set_index("article_id").group_id
    assert groups.loc["4-cyber"] not in set(groups.loc[["2-reprise", "3-suivi"]])


def test_the_same_instrument_months_apart_is_another_agreement(tmp_path):
    write(tmp_path, ["1-annonce.txt"])
    later = (
        "Nouvel accord sur les munitions\n\n"
        "La Norvège et la Finlande ont signé jeudi 20 novembre un accord sur les munitions "
        "d'artillerie.\n"
    )
    (tmp_path / "5-novembre.txt").write_text(later, "utf-8")
    with open(tmp_path / "articles.csv", "a", encoding="utf-8") as f:
        f.write("5-novembre.txt,,La Gazette,,2025-11-21,fr\n")
    c = dossier.load(tmp_path, cache=False, workers=1)
    g = c.commitment_groups
    assert len(g[g.kind == "agreement"]) == 2


def test_every_commitment_has_a_group_and_groups_are_new_since_a_date(corpus):
    c, g = corpus.commitments, corpus.commitment_groups
    assert c.group_id.str.startswith("group:").all()
    assert set(c.group_id) == set(g.group_id)
    assert g.commitments.sum() == len(c)
    recent = new_since(g, dt.date(2025, 9, 1))
    assert list(recent.instrument) == ["mémorandum d'entente"]


@pytest.mark.parametrize(
    "one, other",
    [
        ("Protocole d’accord", "mémorandum d'entente"),
        ("accords de coopération", "accord"),
        ("Déclaration conjointe", "déclaration"),
    ],
)
def test_names_of_one_instrument_are_one_family(one, other):
    assert instrument_family(one) == instrument_family(other) != ""


def test_a_treaty_is_not_a_contract():
    assert instrument_family("traité") != instrument_family("contrat")


def test_a_report_added_later_joins_its_group_through_the_cache(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    write(seeds, ["1-annonce.txt", "2-reprise.txt"])
    first = dossier.load(seeds, cache_dir=cache, workers=1)
    assert agreements(first).loc["accord"].articles == 2
    write(seeds, ["1-annonce.txt", "2-reprise.txt", "3-suivi.txt"])
    again = dossier.load(seeds, cache_dir=cache, workers=1)
    assert agreements(again).loc["accord"].articles == 3
    cached = dossier.load(seeds, cache_dir=cache, workers=1)  # nothing changed: from the cache
    assert cached.commitment_groups.equals(again.commitment_groups)


def test_articles_added_one_by_one_group_as_one_load_of_all(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    names = list(ARTICLES)
    for k in range(1, len(names) + 1):  # a cached folder that grows by one article
        write(seeds, names[:k])
        grown = dossier.load(seeds, cache_dir=cache, workers=1)
    whole = dossier.load(seeds, cache=False, workers=1)

    def members(c):
        by_group = c.commitments.groupby("group_id").commitment_id
        return sorted(sorted(ids.tolist()) for _, ids in by_group)

    assert members(grown) == members(whole)
    assert sorted(grown.commitments.group_id) == sorted(whole.commitments.group_id)

    def table(c):
        cols = ["group_id", "kind", "articles", "stories", "sources", "parties", "instrument"]
        cols += ["domains", "first_seen", "last_seen"]
        t = c.commitment_groups[[*cols, "reason"]].sort_values("group_id", ignore_index=True)
        # how close the sentences are depends on which two were compared first
        return t.assign(reason=t.reason.str.replace(r" · phrases proches.*", "", regex=True))

    assert table(grown).equals(table(whole))
    assert agreements(grown).loc["accord"].articles == 3, "the three reports are one group"
    # the cache appended each new article's rows instead of writing its tables again, and
    # reads back as they were
    assert len(list(cache.rglob("mentions.*.parquet"))) == len(names)
    again = dossier.load(seeds, cache_dir=cache, workers=1)
    for name in ("articles", "mentions", "commitments", "commitment_groups"):
        assert getattr(again, name).equals(getattr(grown, name)), name


def test_an_article_added_out_of_folder_order_keeps_its_groups_on_the_next_load(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    write(seeds, ["2-reprise.txt", "3-suivi.txt", "4-cyber.txt"])
    dossier.load(seeds, cache_dir=cache, workers=1)
    write(seeds, list(ARTICLES))  # 1-annonce comes first in the folder
    added = dossier.load(seeds, cache_dir=cache, workers=1)
    again = dossier.load(seeds, cache_dir=cache, workers=1)  # nothing changed
    assert len(again.commitment_groups) == len(added.commitment_groups) > 0
    assert again.commitments.group_id.tolist() == added.commitments.group_id.tolist()


def test_an_older_report_added_after_many_later_acts_groups_as_one_load(tmp_path):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    write(seeds, ["1-annonce.txt"])
    lines = (seeds / "articles.csv").read_text("utf-8")
    for k in range(36):  # later agreements of the same two states, each its own act
        day = dt.date(2025, 4, 1) + dt.timedelta(days=2 * k)
        (seeds / f"5-suite-{k:02d}.txt").write_text(
            f"Accord n° {k + 100}\n\nLa Norvège et la Finlande ont signé l'accord n° "
            f"{k + 100} sur les radars côtiers.\n",
            "utf-8",
        )
        lines += f"5-suite-{k:02d}.txt,,La Gazette,,{day},fr\n"
    (seeds / "articles.csv").write_text(lines, "utf-8")
    first = dossier.load(seeds, cache_dir=cache, workers=1)
    assert len(set(first.commitments.group_id)) > 36, "each later agreement is its own act"
    text, source, day = ARTICLES["2-reprise.txt"]
    (seeds / "2-reprise.txt").write_text(text, "utf-8")
    (seeds / "articles.csv").write_text(lines + f"2-reprise.txt,,{source},,{day},fr\n", "utf-8")
    grown = dossier.load(seeds, cache_dir=cache, workers=1)
    whole = dossier.load(seeds, cache=False, workers=1)
    group_of = grown.commitments.set_index("commitment_id").group_id
    assert group_of["2-reprise/c1"] == group_of["1-annonce/c1"], "the reprise joins the report"
    assert sorted(grown.commitments.group_id) == sorted(whole.commitments.group_id)


def test_two_loads_that_append_the_same_article_do_not_duplicate_it(tmp_path):
    from dossier.corpus import loading
    from dossier.corpus.cache import cache_folder, read_cache, write_cache

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    write(seeds, ["1-annonce.txt", "2-reprise.txt"])
    dossier.load(seeds, cache_dir=cache, workers=1)
    store = cache_folder(cache)
    read = read_cache(store)  # what two kernels read before either wrote
    write(seeds, ["1-annonce.txt", "2-reprise.txt", "3-suivi.txt"])
    grown = dossier.load(seeds, cache=False, workers=1)
    kept = loading._kept_rows(grown, read)
    for _ in range(2):  # both append what they added
        write_cache(store, grown, kept, read["(files)"])
    back = read_cache(store)
    assert back["articles"].path.tolist() == grown.articles.path.tolist()


def test_a_failed_grouping_is_not_kept_when_an_article_is_added(tmp_path, monkeypatch):
    from dossier.corpus import groups

    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    write(seeds, ["1-annonce.txt", "2-reprise.txt"])

    def broken(*args):
        raise RuntimeError("grouping failed")

    with monkeypatch.context() as m:
        m.setattr(groups, "_place", broken)
        failed = dossier.load(seeds, cache_dir=cache, workers=1)
    assert "groups-failed" in set(failed.problems.code)
    write(seeds, ["1-annonce.txt", "2-reprise.txt", "3-suivi.txt"])
    added = dossier.load(seeds, cache_dir=cache, workers=1)
    assert added.commitment_groups.commitments.sum() == len(added.commitments)
    assert agreements(added).loc["accord"].articles == 3


def test_the_explorer_follows_a_commitment_across_articles(corpus):
    from dossier import explore

    e = explore.commitments(corpus)
    e.controls["view"].value = "groups"
    top = e.rows.iloc[0]
    assert (top["instrument"], top["sources"], top["articles"]) == ("accord", 3, 3)
    assert str(top["première mention"]) == "2025-03-04"
    assert e.figure._suptitle.get_text().startswith("Le plus repris : accord · Finlande")
    assert e.figure._suptitle.get_text().endswith("par 3 sources")
    bars = [p.get_width() for p in e.figure.axes[0].patches]
    assert sorted(bars, reverse=True)[:1] == [3]
    # the sentences behind it, on demand: one per article that reports it
    munitions = corpus.commitment_groups.set_index("instrument").loc["accord", "group_id"]
    assert munitions in {v for _, v in e.group_picker.options}
    e.group_picker.value = munitions
    shown = e.sources.value
    assert all(t in shown for t in ("Obus : Oslo", "Munitions : la première pierre"))
    assert "mémorandum" not in shown
    e.group_picker.value = ""
    assert "<mark" in e.sources.value


def test_new_since_keeps_what_was_first_reported_after_a_day(corpus):
    from dossier import explore

    e = explore.commitments(corpus)
    everything = len(e.rows)
    e.controls["new_since"].value = dt.date(2025, 9, 1)
    assert 0 < len(e.rows) < everything
    assert set(e.rows["instrument"]) == {"mémorandum d'entente"}
    e.controls["view"].value = "groups"
    assert e.rows["instrument"].tolist() == ["mémorandum d'entente"]
    assert e.export_name()[:2] == ["engagements", "suivi"]
    assert "depuis-2025-09-01" in e.export_name()


def _load(tmp_path, articles: dict[str, tuple[str, str, str]]):
    tmp_path.mkdir(parents=True, exist_ok=True)
    rows = ["file,title,source,url,published,language"]
    for name, (text, source, day) in articles.items():
        (tmp_path / name).write_text(text, "utf-8")
        rows.append(f"{name},,{source},,{day},fr")
    (tmp_path / "articles.csv").write_text("\n".join(rows) + "\n", "utf-8")
    return dossier.load(tmp_path, cache=False, workers=1)


def test_one_party_and_an_accord_are_no_evidence_of_one_act(tmp_path):
    c = _load(
        tmp_path,
        {
            "base.txt": (
                "La France a signé un accord sur la rétrocession de la base navale de Lorient.\n",
                "A",
                "2026-03-02",
            ),
            "calendrier.txt": (
                "La France a signé un accord fixant le calendrier des réunions du comité mixte.\n",
                "B",
                "2026-03-03",
            ),
        },
    )
    groups = c.commitment_groups
    assert (groups.articles == 1).all(), groups[["kind", "parties", "reason"]]


def test_two_contracts_of_other_sizes_between_the_same_states_stay_apart(tmp_path):
    c = _load(
        tmp_path,
        {
            "a.txt": (
                "L'Égypte et la France ont signé un contrat pour 24 avions Rafale.\n",
                "A",
                "2015-02-16",
            ),
            "b.txt": (
                "L'Égypte et la France ont signé un contrat pour 30 avions Rafale.\n",
                "B",
                "2015-03-01",
            ),
        },
    )
    assert (c.commitment_groups.articles == 1).all()


def test_the_same_act_in_other_words_joins_and_says_why(tmp_path):
    c = _load(
        tmp_path,
        {
            "a.txt": (
                "Ilkka Varis et Lars Berg signent l'accord de sécurité\n\n"
                "Le ministre finlandais de la Défense, Ilkka Varis, et son homologue suédois, "
                "Lars Berg, ont signé mardi à Helsinki un accord de sécurité prévoyant des "
                "patrouilles aériennes communes au-dessus de la Baltique.\n",
                "Le Quotidien du Nord",
                "2026-05-05",
            ),
            "b.txt": (
                "Helsinki et Stockholm scellent leur alliance\n\n"
                "La Finlande et la Suède ont signé mardi un accord de sécurité qui prévoit des "
                "patrouilles communes de leurs avions au-dessus de la Baltique.\n",
                "La Gazette",
                "2026-05-06",
            ),
        },
    )
    g = c.commitment_groups
    joined = g[(g.articles == 2) & (g.kind == "agreement")]
    assert len(joined) == 1
    reason = joined.reason.iloc[0]
    assert "Finlande" in reason and "Suède" in reason and "accord de sécurité" in reason


def test_a_day_of_the_month_is_no_shared_figure(tmp_path):
    # the same day number, two acts: « 14 mars » is a date, not a quantity both report
    c = _load(
        tmp_path,
        {
            "pret.txt": (
                "Le 14 mars, la France et le Niger ont signé un prêt destiné au réseau "
                "électrique.\n",
                "A",
                "2026-03-20",
            ),
            "radars.txt": (
                "La France et le Niger ont signé le 14 avril un accord sur la livraison de "
                "radars.\n",
                "B",
                "2026-04-20",
            ),
        },
    )
    assert (c.commitment_groups.articles == 1).all(), c.commitment_groups.reason.tolist()


def test_a_quote_two_outlets_both_give_joins_on_one_side(tmp_path):
    said = (
        "« La modernisation de nos capacités de défense aérienne reste notre priorité "
        "absolue », a déclaré le ministre letton de la Défense, Arturs Liepa."
    )
    c = _load(
        tmp_path,
        {
            "a.txt": (said + "\n", "Le Courrier balte", "2026-02-10"),
            "b.txt": (
                "Riga muscle sa défense aérienne\n\n" + said + " Il s'exprimait à Riga.\n",
                "La Gazette",
                "2026-02-11",
            ),
        },
    )
    g = c.commitment_groups
    joined = g[(g.articles == 2) & (g.kind == "priority")]
    assert len(joined) == 1, g[["kind", "parties", "articles", "reason"]]
    assert "Lettonie" in joined.reason.iloc[0]


def test_a_rewrite_joins_when_both_reports_are_of_the_same_weeks_only(tmp_path):
    # two outlets, other words, the same two states and area; nothing else in common
    first = (
        "Les gouvernements letton et polonais ont conclu un pacte de défense antiaérienne "
        "commune.\n"
    )
    other = (
        "La Pologne et la Lettonie ont signé un accord pour protéger leur ciel par des "
        "batteries de missiles sol-air.\n"
    )
    dated = _load(
        tmp_path / "dated",
        {"a.txt": (first, "A", "2026-04-02"), "b.txt": (other, "B", "2026-04-03")},
    )
    joined = dated.commitment_groups
    assert len(joined[(joined.articles == 2) & (joined.kind == "agreement")]) == 1
    # undated, they may be one act or two acts years apart: kept apart
    undated = _load(tmp_path / "undated", {"a.txt": (first, "A", ""), "b.txt": (other, "B", "")})
    assert (undated.commitment_groups.articles == 1).all()


def test_a_refusal_names_the_check_that_keeps_two_reports_apart(corpus):
    """Why two commitments are not one act, in the words bench/groups.py counts: the
    Oslo agreement and the cyber memorandum between the same states are told apart by
    their instruments and days."""
    from dossier.corpus import groups as grouping

    c = corpus.commitments.reset_index(drop=True)
    items = grouping._items(corpus, range(len(c)))[0]
    first = c.index[(c.article_id.str.contains("annonce")) & (c.kind == "agreement")][0]
    cyber = c.index[(c.article_id.str.contains("cyber")) & (c.kind == "agreement")][0]
    assert grouping.refusal(items[first], items[cyber]) == (
        "told apart (instrument, days, numbers or areas)"
    )
    assert grouping.evidence(items[first], items[cyber]) == ""
