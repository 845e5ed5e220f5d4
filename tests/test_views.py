"""views.select agrees with the plain reading of the filters, on a corpus of several articles.

`select` works on integer codes and boolean masks for speed; `reference` below says the
same thing the slow, obvious way (string comparisons, one pandas filter after another).
Any filter an analyst can set must give the same rows both ways.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import ROOT, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier import views
from dossier.base.text import fold
from dossier.corpus.views import Filters


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    import shutil

    import dossier

    folder = tmp_path_factory.mktemp("several") / "seeds"
    shutil.copytree(SEEDS, folder)
    for p in (ROOT / "tests" / "texts").glob("*.txt"):
        shutil.copy(p, folder / p.name)
    return dossier.load(folder, cache=False)


def reference(c, f: Filters) -> dict[str, pd.DataFrame]:
    sentences = None
    if f.search.strip():
        needle = fold(f.search.strip())
        hits = [needle in fold(t) for t in c.sentences.text]
        sentences = set(c.sentences.sentence_id[hits])

    def in_sentences(df):
        return df if sentences is None else df[df.sentence_id.isin(sentences)]

    def in_dates(df):
        if f.date_from:
            df = df[df.date >= pd.Timestamp(f.date_from)]
        if f.date_to:
            df = df[df.date <= pd.Timestamp(f.date_to)]
        return df

    by_actor = bool(f.kinds or f.countries or f.actors or f.min_mentions > 1)
    by_domain = bool(f.categories or f.domains)
    a = c.actors
    a = a[a.kind.isin(f.kinds)] if f.kinds else a
    a = a[a.country.isin(f.countries)] if f.countries else a
    a = a[a.actor_id.isin(f.actors)] if f.actors else a
    m = in_sentences(c.mentions)
    m = m[m.actor_id.isin(a.actor_id)] if by_actor else m
    counts = m.actor_id.value_counts()
    actors = a.assign(mentions=a.actor_id.map(counts).fillna(0).astype(int))
    actors = actors[actors.mentions >= max(f.min_mentions, 1)]
    m = m[m.actor_id.isin(actors.actor_id)] if f.min_mentions > 1 else m

    d = c.domains
    d = d[d.category.isin(f.categories)] if f.categories else d
    d = d[d.domain_id.isin(f.domains)] if f.domains else d
    dm = in_sentences(c.domain_mentions)
    dm = dm[dm.domain_id.isin(d.domain_id)] if by_domain else dm
    dm = dm[dm.sentence_id.isin(m.sentence_id)] if by_actor else dm
    domains = d[d.domain_id.isin(dm.domain_id)]

    co = in_dates(in_sentences(c.commitments))
    co = co[co.kind.isin(f.commitment_kinds)] if f.commitment_kinds else co
    ca, cd = c.commitment_actors, c.commitment_domains
    if by_actor:
        co = co[co.commitment_id.isin(ca.commitment_id[ca.actor_id.isin(actors.actor_id)])]
    if by_domain:
        co = co[co.commitment_id.isin(cd.commitment_id[cd.domain_id.isin(d.domain_id)])]
    cds = cd[cd.commitment_id.isin(co.commitment_id)]
    cds = cds[cds.domain_id.isin(d.domain_id)] if by_domain else cds

    pairs = (
        m[["sentence_id", "actor_id"]]
        .drop_duplicates()
        .merge(dm[["sentence_id", "domain_id"]].drop_duplicates(), on="sentence_id")
    )
    edges = pairs.groupby(["actor_id", "domain_id"]).size()
    return {
        "actors": actors,
        "mentions": m,
        "domains": domains,
        "domain_mentions": dm,
        "commitments": co,
        "commitment_actors": ca[ca.commitment_id.isin(co.commitment_id)],
        "commitment_domains": cds,
        "events": in_dates(in_sentences(c.events)),
        "edges": edges,
    }


def rows(df: pd.DataFrame, key: list[str]) -> list[tuple]:
    return sorted(map(tuple, df[key].astype(str).to_numpy().tolist()))


@st.composite
def filters(draw, c) -> Filters:
    def some(values):
        values = sorted({v for v in values if isinstance(v, str) and v})
        return tuple(draw(st.lists(st.sampled_from(values), max_size=2, unique=True)))

    dates = sorted(c.commitments.date.dropna().dt.date.unique())
    date_from = draw(st.none() | st.sampled_from(dates)) if dates else None
    date_to = draw(st.none() | st.sampled_from(dates)) if dates else None
    words = ["Japon", "défense", "accord", "ministre", "e", "drones", "zzz"]
    return Filters(
        kinds=some(c.actors.kind),
        countries=some(c.actors.country),
        actors=some(c.actors.actor_id),
        categories=some(c.domains.category),
        domains=some(c.domains.domain_id),
        commitment_kinds=some(c.commitments.kind),
        date_from=date_from,
        date_to=date_to,
        search=draw(st.sampled_from(["", *words])),
        min_mentions=draw(st.integers(1, 4)),
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_selection_matches_the_plain_reading(corpus, data):
    f = data.draw(filters(corpus))
    sel, ref = views.select(corpus, f), reference(corpus, f)
    assert rows(sel.actors, ["actor_id", "mentions"]) == rows(
        ref["actors"], ["actor_id", "mentions"]
    )
    for name, key in {
        "mentions": ["sentence_id", "actor_id", "start"],
        "domain_mentions": ["sentence_id", "domain_id", "start"],
        "commitments": ["commitment_id"],
        "commitment_actors": ["commitment_id", "actor_id", "role"],
        "commitment_domains": ["commitment_id", "domain_id"],
        "events": ["event_id"],
    }.items():
        assert rows(getattr(sel, name), key) == rows(ref[name], key), name
    assert rows(sel.domains, ["domain_id"]) == rows(ref["domains"], ["domain_id"])
    edges = sel.edges.set_index(["actor_id", "domain_id"]).weight
    assert edges.to_dict() == ref["edges"].to_dict()


def test_the_generated_filters_reach_rows(corpus):
    """The comparison above is worth something only if the corpus has rows to compare."""
    assert len(corpus.articles) >= 10 and len(corpus.commitments) >= 10
    sel = views.select(corpus, Filters(search="Japon", min_mentions=2))
    assert 0 < len(sel.actors) < len(corpus.actors) and len(sel.edges) > 0


def test_counts_and_parties_of_commitments(corpus):
    sel = views.select(corpus, Filters())
    table = views.commitments_by_actor(sel, top=100)
    ca = corpus.commitment_actors[corpus.commitment_actors.role == "party"]
    kinds = corpus.commitments.set_index("commitment_id").kind
    expected = ca.assign(kind=ca.commitment_id.map(kinds)).groupby(["actor_id", "kind"]).size()
    names = corpus.actor_names
    got = table.stack()
    got = got[got > 0]
    assert sorted((a, k, int(n)) for (a, k), n in got.items()) == sorted(
        (names[a], k, int(n)) for (a, k), n in expected.items()
    )
    parties = sel.parties()
    for cid, group in ca.groupby("commitment_id"):
        assert set(parties[cid].split(", ")) == {names[a] for a in group.actor_id}


def test_dates_cut_commitments_and_events(corpus):
    dated = corpus.commitments.dropna(subset=["date"])
    first = dated.date.min().date()
    sel = views.select(corpus, Filters(date_from=first + dt.timedelta(days=1)))
    assert len(sel.commitments) < len(corpus.commitments)
    assert (sel.commitments.date > pd.Timestamp(first)).all()
