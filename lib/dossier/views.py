"""Filtered views of a corpus: what every chart, table and source panel is drawn from.

`Filters` is what an analyst chose in the controls; `select(corpus, filters)` returns the
matching rows of every table, consistently (a commitment stays when one of its actors
and one of its domains pass the filters).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from .text import fold


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


@dataclass
class Selection:
    actors: pd.DataFrame
    mentions: pd.DataFrame
    domains: pd.DataFrame
    domain_mentions: pd.DataFrame
    commitments: pd.DataFrame
    commitment_actors: pd.DataFrame
    commitment_domains: pd.DataFrame
    events: pd.DataFrame
    sentences: pd.DataFrame
    spans: pd.DataFrame = field(default_factory=pd.DataFrame)  # sentence_id, start, end


def _search_sentences(corpus, search: str) -> set[str] | None:
    """Sentence ids containing the words (accents and case ignored); None = no search."""
    needle = fold(search.strip())
    if not needle:
        return None
    folded = getattr(corpus, "_folded_sentences", None)
    if folded is None:  # folded once per corpus, not at every keystroke
        folded = corpus.sentences.text.map(fold)
        corpus._folded_sentences = folded
    return set(corpus.sentences.sentence_id[folded.str.contains(needle, regex=False)])


def _keep(df: pd.DataFrame, column: str, values) -> pd.DataFrame:
    """Rows whose column is in values; values None means no filter (and costs nothing)."""
    return df if values is None else df[df[column].isin(values)]


def select(corpus, f: Filters) -> Selection:
    """The rows of every table that pass the filters. Each filter costs only when set."""
    actors = corpus.actors
    by_actor = bool(f.kinds or f.countries or f.actors or f.min_mentions > 1)
    if f.kinds:
        actors = actors[actors.kind.isin(f.kinds)]
    if f.countries:
        actors = actors[actors.country.isin(f.countries)]
    if f.actors:
        actors = actors[actors.actor_id.isin(f.actors)]

    domains = corpus.domains
    by_domain = bool(f.categories or f.domains)
    if f.categories:
        domains = domains[domains.category.isin(f.categories)]
    if f.domains:
        domains = domains[domains.domain_id.isin(f.domains)]

    sentence_ids = _search_sentences(corpus, f.search)

    mentions = _keep(corpus.mentions, "sentence_id", sentence_ids)
    if by_actor:
        mentions = mentions[mentions.actor_id.isin(actors.actor_id)]
    counts = mentions.groupby("actor_id").size()
    actors = actors.assign(mentions=actors.actor_id.map(counts).fillna(0).astype("Int64"))
    actors = actors[actors.mentions >= max(f.min_mentions, 1)]
    actors = actors.sort_values(["mentions", "name"], ascending=[False, True], kind="stable")
    if f.min_mentions > 1:
        mentions = mentions[mentions.actor_id.isin(actors.actor_id)]

    dm = _keep(corpus.domain_mentions, "sentence_id", sentence_ids)
    if by_domain:
        dm = dm[dm.domain_id.isin(domains.domain_id)]
    if by_actor:
        dm = dm[dm.sentence_id.isin(mentions.sentence_id.unique())]
    dcounts = dm.groupby("domain_id").size()
    domains = domains[domains.domain_id.isin(dcounts.index)]
    domains = domains.assign(mentions=domains.domain_id.map(dcounts).astype("Int64"))

    c = _keep(corpus.commitments, "sentence_id", sentence_ids)
    if f.commitment_kinds:
        c = c[c.kind.isin(f.commitment_kinds)]
    if f.date_from is not None:
        c = c[c.date >= pd.Timestamp(f.date_from)]
    if f.date_to is not None:
        c = c[c.date <= pd.Timestamp(f.date_to)]
    ca, cd = corpus.commitment_actors, corpus.commitment_domains
    if by_actor:
        c = c[c.commitment_id.isin(ca.commitment_id[ca.actor_id.isin(actors.actor_id)].unique())]
    if by_domain:
        c = c[c.commitment_id.isin(cd.commitment_id[cd.domain_id.isin(domains.domain_id)].unique())]
    narrowed = len(c) < len(corpus.commitments)
    ca = ca[ca.commitment_id.isin(c.commitment_id)] if narrowed else ca
    cd = cd[cd.commitment_id.isin(c.commitment_id)] if narrowed else cd
    if by_domain:
        cd = cd[cd.domain_id.isin(domains.domain_id)]

    ev = _keep(corpus.events, "sentence_id", sentence_ids)
    if f.date_from is not None:
        ev = ev[ev.date >= pd.Timestamp(f.date_from)]
    if f.date_to is not None:
        ev = ev[ev.date <= pd.Timestamp(f.date_to)]
    return Selection(
        actors=actors.reset_index(drop=True),
        mentions=mentions,
        domains=domains.reset_index(drop=True),
        domain_mentions=dm,
        commitments=c.reset_index(drop=True),
        commitment_actors=ca,
        commitment_domains=cd,
        events=ev.reset_index(drop=True),
        sentences=corpus.sentences,
    )


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
    """The co-occurrence pairs that survive a selection."""
    pairs = _pairs(corpus)
    if len(sel.mentions) < len(corpus.mentions):
        pairs = pairs[pairs.sentence_id.isin(sel.mentions.sentence_id.unique())]
    if len(sel.actors) < len(corpus.actors):
        pairs = pairs[pairs.actor_id.isin(sel.actors.actor_id)]
    if len(sel.domain_mentions) < len(corpus.domain_mentions):
        pairs = pairs[
            pairs.sentence_id.isin(sel.domain_mentions.sentence_id.unique())
            & pairs.domain_id.isin(sel.domains.domain_id)
        ]
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
    names = corpus.actors.set_index("actor_id")["name"]
    label = "label_fr" if lang == "fr" else "label_en"
    labels = corpus.domains.set_index("domain_id")[label]
    return table.rename(index=lambda a: names.get(a, a), columns=lambda d: labels.get(d, d))


def commitments_by_actor(selection, roles=("party",), top: int = 12) -> pd.DataFrame:
    """Count of commitments per actor (rows) and kind (columns)."""
    ca = selection.commitment_actors[selection.commitment_actors.role.isin(roles)]
    rows = ca.merge(selection.commitments[["commitment_id", "kind"]], on="commitment_id")
    if rows.empty:
        return pd.DataFrame()
    table = rows.groupby(["actor_id", "kind"]).size().unstack(fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top]]
    names = selection.actors.set_index("actor_id")["name"]
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
