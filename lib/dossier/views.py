"""Filtered views of a corpus: what every chart, table and source panel is drawn from.

`Filters` is what an analyst chose in the controls; `select(corpus, filters)` returns the
matching rows of every table, consistently (a commitment stays when one of its actors
and one of its domains pass the filters).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()  # actor kinds
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()  # domain categories
    domains: tuple[str, ...] = ()
    commitment_kinds: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""
    min_mentions: int = 1

    def describe(self) -> list[str]:
        """Non-default filters as short words, for file names and titles."""
        parts = []
        for name in ("kinds", "countries", "actors", "categories", "domains", "commitment_kinds"):
            values = getattr(self, name)
            if values:
                parts.append("-".join(v.split(":")[-1] for v in values))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}..{self.date_to or ''}")
        if self.search:
            parts.append(self.search)
        if self.min_mentions > 1:
            parts.append(f"min{self.min_mentions}")
        return parts


def fold_series(texts: pd.Series) -> pd.Series:
    """Vectorised matching key for search: parse-normalised, lower case, no accents."""
    from .text import PARSE_MAP

    return (
        texts.astype(str)
        .str.translate(PARSE_MAP)
        .str.lower()
        .str.normalize("NFKD")
        .str.replace(COMBINING, "", regex=True)
    )


COMBINING = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"


def search_index(corpus) -> pd.Series:
    """Folded sentence texts, built once per corpus (the first search would pay for it)."""
    folded = getattr(corpus, "_folded_sentences", None)
    if folded is None:
        folded = fold_series(corpus.sentences.text)
        corpus._folded_sentences = folded
    return folded


def _search_sentences(corpus, search: str) -> set[str] | None:
    """Sentence ids containing the words (accents and case ignored); None = no search."""
    if not search.strip():
        return None
    needle = fold_series(pd.Series([search.strip()])).iloc[0]
    hits = search_index(corpus).str.contains(needle, regex=False)
    return set(corpus.sentences.sentence_id[hits])


def _keep(df: pd.DataFrame, column: str, values) -> pd.DataFrame:
    """Rows whose column is in values; values None means no filter (and costs nothing)."""
    return df if values is None else df[df[column].isin(values)]


class Selection:
    """The rows of every table that pass the filters, each table computed only when an
    explorer asks for it (the actors explorer never pays for commitments)."""

    def __init__(self, corpus, f: Filters):
        self.corpus, self.f = corpus, f
        self.sentences = corpus.sentences
        self.by_actor = bool(f.kinds or f.countries or f.actors or f.min_mentions > 1)
        self.by_domain = bool(f.categories or f.domains)
        self.sentence_ids = _search_sentences(corpus, f.search)

    @functools.cached_property
    def _candidate_actors(self) -> pd.DataFrame:
        a, f = self.corpus.actors, self.f
        if f.kinds:
            a = a[a.kind.isin(f.kinds)]
        if f.countries:
            a = a[a.country.isin(f.countries)]
        if f.actors:
            a = a[a.actor_id.isin(f.actors)]
        return a

    @functools.cached_property
    def _mentions(self) -> pd.DataFrame:
        m = _keep(self.corpus.mentions, "sentence_id", self.sentence_ids)
        if self.by_actor:
            m = m[m.actor_id.isin(self._candidate_actors.actor_id)]
        return m

    @functools.cached_property
    def actors(self) -> pd.DataFrame:
        counts = self._mentions.groupby("actor_id").size()
        a = self._candidate_actors
        a = a.assign(mentions=a.actor_id.map(counts).fillna(0).astype("Int64"))
        a = a[a.mentions >= max(self.f.min_mentions, 1)]
        return a.sort_values(
            ["mentions", "name"], ascending=[False, True], kind="stable"
        ).reset_index(drop=True)

    @functools.cached_property
    def mentions(self) -> pd.DataFrame:
        if self.f.min_mentions > 1:
            return self._mentions[self._mentions.actor_id.isin(self.actors.actor_id)]
        return self._mentions

    @functools.cached_property
    def _candidate_domains(self) -> pd.DataFrame:
        d, f = self.corpus.domains, self.f
        if f.categories:
            d = d[d.category.isin(f.categories)]
        if f.domains:
            d = d[d.domain_id.isin(f.domains)]
        return d

    @functools.cached_property
    def domain_mentions(self) -> pd.DataFrame:
        dm = _keep(self.corpus.domain_mentions, "sentence_id", self.sentence_ids)
        if self.by_domain:
            dm = dm[dm.domain_id.isin(self._candidate_domains.domain_id)]
        if self.by_actor:
            dm = dm[dm.sentence_id.isin(self.mentions.sentence_id.unique())]
        return dm

    @functools.cached_property
    def domains(self) -> pd.DataFrame:
        counts = self.domain_mentions.groupby("domain_id").size()
        d = self._candidate_domains
        d = d[d.domain_id.isin(counts.index)]
        return d.assign(mentions=d.domain_id.map(counts).astype("Int64")).reset_index(drop=True)

    @functools.cached_property
    def commitments(self) -> pd.DataFrame:
        corpus, f = self.corpus, self.f
        c = _keep(corpus.commitments, "sentence_id", self.sentence_ids)
        if f.commitment_kinds:
            c = c[c.kind.isin(f.commitment_kinds)]
        if f.date_from is not None:
            c = c[c.date >= pd.Timestamp(f.date_from)]
        if f.date_to is not None:
            c = c[c.date <= pd.Timestamp(f.date_to)]
        ca, cd = corpus.commitment_actors, corpus.commitment_domains
        if self.by_actor:
            keep = ca.commitment_id[ca.actor_id.isin(self.actors.actor_id)].unique()
            c = c[c.commitment_id.isin(keep)]
        if self.by_domain:
            keep = cd.commitment_id[cd.domain_id.isin(self._candidate_domains.domain_id)]
            c = c[c.commitment_id.isin(keep.unique())]
        return c.reset_index(drop=True)

    def _narrowed(self, table: pd.DataFrame) -> pd.DataFrame:
        if len(self.commitments) < len(self.corpus.commitments):
            return table[table.commitment_id.isin(self.commitments.commitment_id)]
        return table

    @functools.cached_property
    def commitment_actors(self) -> pd.DataFrame:
        return self._narrowed(self.corpus.commitment_actors)

    @functools.cached_property
    def commitment_domains(self) -> pd.DataFrame:
        cd = self._narrowed(self.corpus.commitment_domains)
        if self.by_domain:
            cd = cd[cd.domain_id.isin(self._candidate_domains.domain_id)]
        return cd

    @functools.cached_property
    def events(self) -> pd.DataFrame:
        ev, f = _keep(self.corpus.events, "sentence_id", self.sentence_ids), self.f
        if f.date_from is not None:
            ev = ev[ev.date >= pd.Timestamp(f.date_from)]
        if f.date_to is not None:
            ev = ev[ev.date <= pd.Timestamp(f.date_to)]
        return ev.reset_index(drop=True)


def select(corpus, f: Filters) -> Selection:
    """The rows that pass the filters, table by table, computed on first use."""
    return Selection(corpus, f)


# ---------------------------------------------------------------- shapes for charts


def _pairs(corpus) -> pd.DataFrame:
    """sentence_id, actor_id, domain_id for every actor and domain named in one sentence,
    computed once per corpus (the join is the slow part of every matrix and network)."""
    cached = getattr(corpus, "_pairs", None)
    if cached is None:
        cached = (
            corpus.mentions[["sentence_id", "actor_id"]]
            .drop_duplicates()
            .merge(
                corpus.domain_mentions[["sentence_id", "domain_id"]].drop_duplicates(),
                on="sentence_id",
            )
        )
        corpus._pairs = cached
    return cached


def pairs_in(corpus, sel) -> pd.DataFrame:
    """The co-occurrence pairs that survive a selection: each filter applied once, on the
    small set of values it names rather than on every surviving sentence."""
    pairs = _pairs(corpus)
    if sel.sentence_ids is not None:
        pairs = pairs[pairs.sentence_id.isin(sel.sentence_ids)]
    if sel.by_actor:
        pairs = pairs[pairs.actor_id.isin(sel.actors.actor_id)]
    if sel.by_domain:
        pairs = pairs[pairs.domain_id.isin(sel.domains.domain_id)]
    return pairs


def actor_domain_matrix(
    corpus, sel=None, top_actors: int = 12, top_domains: int = 12, lang: str = "fr"
) -> pd.DataFrame:
    """Sentences in which an actor and a domain are both named: actors × domains."""
    sel = sel if sel is not None else corpus
    pairs = pairs_in(corpus, sel) if sel is not corpus else _pairs(corpus)
    if pairs.empty:
        return pd.DataFrame()
    table = pairs.groupby(["actor_id", "domain_id"], observed=True).size().unstack(fill_value=0)
    # the busiest domains first, then the actors most present in them: no empty row
    table = table[table.sum(axis=0).sort_values(ascending=False).index[:top_domains]]
    table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top_actors]]
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    names = corpus.actor_names
    label = "label_fr" if lang == "fr" else "label_en"
    labels = corpus.domains.set_index("domain_id")[label]
    return table.rename(index=lambda a: names.get(a, a), columns=lambda d: labels.get(d, d))


def commitments_by_actor(selection, roles=("party",), top: int = 12) -> pd.DataFrame:
    """Count of commitments per actor (rows) and kind (columns)."""
    ca = selection.commitment_actors
    ca = ca[ca.role.isin(roles)]
    kinds = selection.commitments.set_index("commitment_id")["kind"]
    rows = ca.assign(kind=ca.commitment_id.map(kinds)).dropna(subset=["kind"])
    if rows.empty:
        return pd.DataFrame()
    table = rows.groupby(["actor_id", "kind"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top]]
    corpus = getattr(selection, "corpus", selection)  # a Selection or a whole Corpus
    names = corpus.actor_names
    return table.rename(index=lambda a: names.get(a, a))


def timeline_rows(selection) -> pd.DataFrame:
    """Dated commitments and events as one table: what, when, and how precisely."""
    c = selection.commitments.assign(
        what=lambda d: d.kind, label=lambda d: d.trigger, source="commitment"
    )
    e = selection.events.assign(what=lambda d: d.kind, label=lambda d: d.name, source="event")
    cols = ["source", "what", "label", "date", "date_precision", "date_text", "sentence_id"]
    rows = pd.concat([c[cols], e[cols]], ignore_index=True)
    return rows[rows.date.notna()].sort_values("date", kind="stable").reset_index(drop=True)


def actor_domain_edges(corpus, sel=None) -> pd.DataFrame:
    """actor_id, domain_id, weight: sentences naming both."""
    pairs = pairs_in(corpus, sel) if sel is not None else _pairs(corpus)
    return pairs.groupby(["actor_id", "domain_id"]).size().rename("weight").reset_index()
