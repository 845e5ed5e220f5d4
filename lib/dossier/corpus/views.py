"""Filtered views of a corpus: what every chart, table and source panel is drawn from.

`Filters` is what an analyst chose in the controls; `select(corpus, filters)` returns the
matching rows of every table, consistently (a commitment stays when one of its actors
and one of its domains pass the filters).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..base.text import fold


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
    copies: bool = False  # every copy of a syndicated dispatch, not one per story
    new_since: dt.date | None = None  # commitments first reported on or after this day

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
        if self.copies:
            parts.append("copies")
        if self.new_since:
            parts.append(f"depuis-{self.new_since}")
        return parts


def search_index(corpus) -> list[str]:
    """Every sentence's search key, built once per corpus (the first search would pay for it)."""
    folded = getattr(corpus, "_folded_sentences", None)
    if folded is None:
        folded = [fold(str(t)) for t in corpus.sentences.text.to_numpy(dtype=object)]
        corpus._folded_sentences = folded
    return folded


def _search_flags(corpus, search: str) -> np.ndarray | None:
    """Which sentences contain the words (accents and case ignored), as flags over
    corpus.sentences; None = no search."""
    if not search.strip():
        return None
    needle = fold(search.strip())
    folded = search_index(corpus)
    hits = np.fromiter((needle in t for t in folded), dtype=bool, count=len(folded))
    return np.append(hits, False)


def _flags(size: int, positions) -> np.ndarray:
    """Booleans over a table of `size` rows, True at `positions`, with one more (False)
    slot at the end that the code -1 (an id the table does not hold) falls into."""
    out = np.zeros(size + 1, dtype=bool)
    out[np.asarray(positions, dtype=np.intp)] = True
    out[-1] = False
    return out


def _id_flags(ids: pd.Index, chosen: pd.Series) -> np.ndarray:
    """Flags over the table whose ids are `ids`, True for the `chosen` ones."""
    return _flags(len(ids), ids.get_indexer(chosen.to_numpy(dtype=object)))


def _counts(ids: pd.Index, found: np.ndarray, rows: pd.Series) -> np.ndarray:
    """How many of the codes `found` (positions in `ids`; -1 = unknown) point to each id
    of `rows`."""
    counts = np.bincount(found[found >= 0], minlength=len(ids))
    at = ids.get_indexer(rows.to_numpy(dtype=object))
    return np.where(at >= 0, counts[at], 0)


class Codes:
    """Every id column as integer positions in the table it points to, built once per
    corpus. A filter then costs one lookup in an array of booleans per row, instead of a
    comparison of strings, and counts are `np.bincount`, not a group-by on strings."""

    def __init__(self, corpus):
        def ids(col: pd.Series) -> pd.Index:
            return pd.Index(col.to_numpy(dtype=object))

        def codes(col: pd.Series, index: pd.Index) -> np.ndarray:
            return index.get_indexer(col.to_numpy(dtype=object))

        c = corpus
        self.actor_ids, self.domain_ids = ids(c.actors.actor_id), ids(c.domains.domain_id)
        sentences = ids(c.sentences.sentence_id)
        commitments = ids(c.commitments.commitment_id)
        self.n_sentences, self.n_commitments = len(sentences), len(commitments)
        self.mention_sentence = codes(c.mentions.sentence_id, sentences)
        self.mention_actor = codes(c.mentions.actor_id, self.actor_ids)
        self.dm_sentence = codes(c.domain_mentions.sentence_id, sentences)
        self.dm_domain = codes(c.domain_mentions.domain_id, self.domain_ids)
        self.commitment_sentence = codes(c.commitments.sentence_id, sentences)
        self.ca_commitment = codes(c.commitment_actors.commitment_id, commitments)
        self.ca_actor = codes(c.commitment_actors.actor_id, self.actor_ids)
        self.cd_commitment = codes(c.commitment_domains.commitment_id, commitments)
        self.cd_domain = codes(c.commitment_domains.domain_id, self.domain_ids)
        self.event_sentence = codes(c.events.sentence_id, sentences)
        self.ca_role, roles = pd.factorize(c.commitment_actors.role.to_numpy(dtype=object))
        self.commitment_kind, kinds = pd.factorize(c.commitments.kind.to_numpy(dtype=object))
        self.roles, self.kinds = pd.Index(roles), pd.Index(kinds)
        self.pair_sentence, self.pair_actor, self.pair_domain = self._pairs()
        # the same commitment across articles: each commitment's group, as a position in
        # corpus.commitment_groups, and the day that group was first reported
        groups = c.commitment_groups
        self.group_ids = ids(groups.group_id)
        # each group's rank by id: the last tie-break of a ranking, without comparing strings
        self.group_rank = np.argsort(np.argsort(groups.group_id.to_numpy(dtype=object)))
        self.commitment_group = codes(c.commitments.group_id, self.group_ids)
        first = groups.first_seen.to_numpy(dtype="datetime64[ns]")
        self.commitment_first_seen = np.append(first, np.datetime64("NaT"))[self.commitment_group]
        arts = ids(c.articles.article_id)
        self.commitment_article = codes(c.commitments.article_id, arts)
        outlet = c.articles.source.where(c.articles.source != "", c.articles.url)
        outlet = outlet.where(outlet != "", c.articles.article_id)
        self.article_outlet, _ = pd.factorize(outlet.to_numpy(dtype=object))
        self.article_story, _ = pd.factorize(c.articles.story_id.to_numpy(dtype=object))
        seen = c.articles.published.to_numpy(dtype="datetime64[ns]")
        self.article_seen = np.append(seen, np.datetime64("NaT"))
        # sentences of a later copy of a story (articles.duplicate_of set): left out of every
        # count unless Filters.copies
        arts = c.articles
        later = arts.article_id[arts.duplicate_of.fillna("").astype(bool)] if len(arts) else []
        self.n_copies = len(later)
        self.copy_sentence = None
        if self.n_copies:
            copy = c.sentences.article_id.isin(later).to_numpy(bool)
            self.copy_sentence = np.append(copy, False)

    def _pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (sentence, actor, domain) with the actor and the domain named in that
        sentence, once each: the join behind every matrix and network."""

        def unique(sentence: np.ndarray, other: np.ndarray, size: int) -> pd.DataFrame:
            ok = (sentence >= 0) & (other >= 0)
            key = np.unique(sentence[ok].astype(np.int64) * size + other[ok])
            return pd.DataFrame({"s": key // size, "o": key % size})

        na, nd = max(len(self.actor_ids), 1), max(len(self.domain_ids), 1)
        m = unique(self.mention_sentence, self.mention_actor, na)
        d = unique(self.dm_sentence, self.dm_domain, nd)
        p = m.merge(d, on="s", suffixes=("_a", "_d"))
        return p.s.to_numpy(), p.o_a.to_numpy(), p.o_d.to_numpy()


def codes(corpus) -> Codes:
    cached = getattr(corpus, "_codes", None)
    if cached is None:
        cached = corpus._codes = Codes(corpus)
    return cached


class Selection:
    """The rows of every table that pass the filters, each table computed only when an
    explorer asks for it (the actors explorer never pays for commitments).

    Internally every filter is a boolean mask over a whole corpus table (see `Codes`);
    the tables an explorer reads are taken with one mask each."""

    def __init__(self, corpus, f: Filters):
        self.corpus, self.f = corpus, f
        self.codes = codes(corpus)
        self.sentences = corpus.sentences
        self.by_actor = bool(f.kinds or f.countries or f.actors or f.min_mentions > 1)
        self.by_domain = bool(f.categories or f.domains)
        # flags over sentences (the search, and one copy per story), or None for all
        self.searched = _search_flags(corpus, f.search)
        if self.codes.copy_sentence is not None and not f.copies:
            first_copies = ~self.codes.copy_sentence
            self.searched = first_copies if self.searched is None else self.searched & first_copies

    def _in_sentences(self, sentence_codes: np.ndarray) -> np.ndarray:
        """A fresh mask over the rows whose sentences pass the search (all rows without)."""
        if self.searched is None:
            return np.ones(len(sentence_codes), dtype=bool)
        return self.searched[sentence_codes]

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        """The articles counted: one per story unless Filters.copies."""
        a = self.corpus.articles
        if self.f.copies or self.codes.copy_sentence is None:
            return a
        return a[~a.duplicate_of.fillna("").astype(bool)]

    # -- actors and their mentions
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
    def _actor_flags(self) -> np.ndarray:
        """Flags over corpus.actors: the actors that pass every actor filter."""
        return _id_flags(self.codes.actor_ids, self.actors.actor_id)

    @functools.cached_property
    def _mention_mask(self) -> np.ndarray:
        k = self.codes
        mask = self._in_sentences(k.mention_sentence)
        if self.by_actor:
            mask &= _id_flags(k.actor_ids, self._candidate_actors.actor_id)[k.mention_actor]
        return mask

    @functools.cached_property
    def actors(self) -> pd.DataFrame:
        k, a = self.codes, self._candidate_actors
        n = _counts(k.actor_ids, k.mention_actor[self._mention_mask], a.actor_id)
        a = a.assign(mentions=pd.array(n, dtype="Int64"))
        a = a[a.mentions >= max(self.f.min_mentions, 1)]
        return a.sort_values(
            ["mentions", "name"], ascending=[False, True], kind="stable"
        ).reset_index(drop=True)

    @functools.cached_property
    def _final_mention_mask(self) -> np.ndarray:
        if self.f.min_mentions > 1:
            return self._mention_mask & self._actor_flags[self.codes.mention_actor]
        return self._mention_mask

    @functools.cached_property
    def mentions(self) -> pd.DataFrame:
        return self.corpus.mentions[self._final_mention_mask]

    # -- domains and their mentions
    @functools.cached_property
    def _candidate_domains(self) -> pd.DataFrame:
        d, f = self.corpus.domains, self.f
        if f.categories:
            d = d[d.category.isin(f.categories)]
        if f.domains:
            d = d[d.domain_id.isin(f.domains)]
        return d

    @functools.cached_property
    def _candidate_domain_flags(self) -> np.ndarray:
        """Flags over corpus.domains: the domains the domain filters name."""
        return _id_flags(self.codes.domain_ids, self._candidate_domains.domain_id)

    @functools.cached_property
    def _dm_mask(self) -> np.ndarray:
        k = self.codes
        mask = self._in_sentences(k.dm_sentence)
        if self.by_domain:
            mask &= self._candidate_domain_flags[k.dm_domain]
        if self.by_actor:  # sentences that name one of the chosen actors
            named = _flags(k.n_sentences, k.mention_sentence[self._final_mention_mask])
            mask &= named[k.dm_sentence]
        return mask

    @functools.cached_property
    def domain_mentions(self) -> pd.DataFrame:
        return self.corpus.domain_mentions[self._dm_mask]

    @functools.cached_property
    def domains(self) -> pd.DataFrame:
        k, d = self.codes, self._candidate_domains
        n = _counts(k.domain_ids, k.dm_domain[self._dm_mask], d.domain_id)
        return d.assign(mentions=pd.array(n, dtype="Int64"))[n > 0].reset_index(drop=True)

    # -- commitments and events
    @functools.cached_property
    def _commitment_mask(self) -> np.ndarray:
        corpus, f, k = self.corpus, self.f, self.codes
        c = corpus.commitments
        mask = self._in_sentences(k.commitment_sentence)
        if f.commitment_kinds:
            mask &= c.kind.isin(f.commitment_kinds).to_numpy(bool)
        mask &= _in_dates(c.date, f)
        if self.by_actor:
            chosen = self._actor_flags[k.ca_actor]
            mask &= _flags(k.n_commitments, k.ca_commitment[chosen])[:-1]
        if self.by_domain:
            chosen = self._candidate_domain_flags[k.cd_domain]
            mask &= _flags(k.n_commitments, k.cd_commitment[chosen])[:-1]
        if f.new_since is not None:  # NaT (no date known) is never new
            mask &= k.commitment_first_seen >= np.datetime64(pd.Timestamp(f.new_since))
        return mask

    @functools.cached_property
    def commitment_groups(self) -> pd.DataFrame:
        """The groups of the selected commitments (commitment_groups.py), counted on the
        selection: the articles, stories and outlets that report each, first and last
        reported; most reported first."""
        k, groups = self.codes, self.corpus.commitment_groups
        rows = self._commitment_mask & (k.commitment_group >= 0)
        g, a = k.commitment_group[rows], k.commitment_article[rows]
        if not len(g):
            return groups.iloc[:0]
        seen = k.article_seen[a]
        date = self.corpus.commitments.date.to_numpy(dtype="datetime64[ns]")[rows]
        seen = np.where(np.isnat(seen), date, seen)
        n = len(k.group_ids)

        def distinct(values: np.ndarray) -> np.ndarray:
            size = int(values.max()) + 1 if len(values) else 1
            key = np.unique(g.astype(np.int64) * size + values)
            return np.bincount(key // size, minlength=n)

        ok = a >= 0
        g, a, seen = g[ok], a[ok], seen[ok]
        frame = pd.DataFrame({"g": g, "seen": seen})
        span = frame.groupby("g")["seen"].agg(["min", "max"])
        at = span.index.to_numpy()
        counted = {
            "commitments": np.bincount(g, minlength=n)[at],
            "articles": distinct(a)[at],
            "stories": distinct(k.article_story[a])[at],
            "sources": distinct(k.article_outlet[a])[at],
        }
        first = span["min"].to_numpy(dtype="datetime64[ns]")
        last = span["max"].to_numpy(dtype="datetime64[ns]")
        # most sources first, then the latest reported (undated last), then by id: the
        # order of commitment_groups, found with numbers only
        latest = np.where(np.isnat(last), np.iinfo(np.int64).max, 0)
        latest[~np.isnat(last)] = -last[~np.isnat(last)].view(np.int64)
        order = np.lexsort((k.group_rank[at], latest, -counted["sources"]))
        out = groups.iloc[at[order]].assign(
            first_seen=first[order],
            last_seen=last[order],
            **{col: values[order] for col, values in counted.items()},
        )
        return out.reset_index(drop=True)

    @functools.cached_property
    def commitments(self) -> pd.DataFrame:
        return self.corpus.commitments[self._commitment_mask].reset_index(drop=True)

    @functools.cached_property
    def commitment_actors(self) -> pd.DataFrame:
        kept = np.append(self._commitment_mask, False)[self.codes.ca_commitment]
        return self.corpus.commitment_actors[kept]

    def _party_rows(self, roles) -> np.ndarray:
        """Flags over corpus.commitment_actors: the selected commitments' actors in `roles`."""
        k = self.codes
        keep = np.append(self._commitment_mask, False)[k.ca_commitment]
        return keep & np.isin(k.ca_role, k.roles.get_indexer(list(roles)))

    def commitment_counts(self, roles=("party",)) -> pd.DataFrame:
        """Selected commitments per actor (rows, by id) and kind (columns)."""
        k = self.codes
        rows = self._party_rows(roles) & (k.ca_actor >= 0)
        actor, kind = k.ca_actor[rows], k.commitment_kind[k.ca_commitment[rows]]
        actor, kind = actor[kind >= 0], kind[kind >= 0]
        nk = max(len(k.kinds), 1)
        key, n = np.unique(actor.astype(np.int64) * nk + kind, return_counts=True)
        long = pd.DataFrame({"actor_id": k.actor_ids[key // nk], "kind": k.kinds[key % nk], "n": n})
        return long.pivot(index="actor_id", columns="kind", values="n").fillna(0).astype(int)

    def parties(self, first: int | None = None) -> pd.Series:
        """Names of the parties to each selected commitment (the first `first` of them):
        'NATO, Japan', indexed by commitment_id."""
        k = self.codes
        rows = self._party_rows(("party",))
        if first is not None:  # only the commitments a table shows
            shown = np.flatnonzero(self._commitment_mask)[:first]
            rows &= _flags(k.n_commitments, shown)[k.ca_commitment]
        ca = self.corpus.commitment_actors[rows]
        names = ca.actor_id.map(self.corpus.actor_names)
        return names.groupby(ca.commitment_id.to_numpy(dtype=object), sort=False).agg(", ".join)

    @functools.cached_property
    def commitment_domains(self) -> pd.DataFrame:
        k = self.codes
        kept = np.append(self._commitment_mask, False)[k.cd_commitment]
        if self.by_domain:
            kept &= self._candidate_domain_flags[k.cd_domain]
        return self.corpus.commitment_domains[kept]

    @functools.cached_property
    def events(self) -> pd.DataFrame:
        ev = self.corpus.events
        mask = self._in_sentences(self.codes.event_sentence)
        return ev[mask & _in_dates(ev.date, self.f)].reset_index(drop=True)

    # -- actors and domains named together
    @functools.cached_property
    def edges(self) -> pd.DataFrame:
        """actor_id, domain_id, weight: sentences naming both, under the filters."""
        k = self.codes
        mask = self._in_sentences(k.pair_sentence)
        if self.by_actor:
            mask &= self._actor_flags[k.pair_actor]
        if self.by_domain:
            mask &= _id_flags(k.domain_ids, self.domains.domain_id)[k.pair_domain]
        size = max(len(k.domain_ids), 1)
        key, weight = np.unique(
            k.pair_actor[mask].astype(np.int64) * size + k.pair_domain[mask], return_counts=True
        )
        return (
            pd.DataFrame(
                {
                    "actor_id": k.actor_ids.to_numpy()[key // size],
                    "domain_id": k.domain_ids.to_numpy()[key % size],
                    "weight": weight,
                }
            )
            .astype({"actor_id": "string", "domain_id": "string"})
            .sort_values(["actor_id", "domain_id"], ignore_index=True)
        )


def _in_dates(dates: pd.Series, f: Filters) -> np.ndarray:
    mask = np.ones(len(dates), dtype=bool)
    if f.date_from is not None:
        mask &= (dates >= pd.Timestamp(f.date_from)).to_numpy(bool)
    if f.date_to is not None:
        mask &= (dates <= pd.Timestamp(f.date_to)).to_numpy(bool)
    return mask


def select(corpus, f: Filters) -> Selection:
    """The rows that pass the filters, table by table, computed on first use."""
    return Selection(corpus, f)


# ---------------------------------------------------------------- shapes for charts


def actor_domain_matrix(
    corpus, sel=None, top_actors: int = 12, top_domains: int = 12, label: str = "label_fr"
) -> pd.DataFrame:
    """Sentences in which an actor and a domain are both named: actors × domains, the
    domains named by the domains table's `label` column ('label_fr' or 'label_en')."""
    edges = actor_domain_edges(corpus, sel)
    if edges.empty:
        return pd.DataFrame()
    table = edges.pivot(index="actor_id", columns="domain_id", values="weight").fillna(0)
    table = table.astype(int)
    # the busiest domains first, then the actors most present in them: no empty row
    table = table[table.sum(axis=0).sort_values(ascending=False).index[:top_domains]]
    table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top_actors]]
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    names = corpus.actor_names
    labels = corpus.domains.set_index("domain_id")[label]
    return table.rename(index=lambda a: names.get(a, a), columns=lambda d: labels.get(d, d))


def commitments_by_actor(selection, roles=("party",), top: int = 12) -> pd.DataFrame:
    """Count of commitments per actor (rows) and kind (columns); `selection` is a
    Selection or a whole Corpus."""
    if not isinstance(selection, Selection):
        selection = select(selection, Filters())
    table = selection.commitment_counts(roles)
    if table.empty:
        return pd.DataFrame()
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]]
    names = selection.corpus.actor_names
    return table.rename(index=lambda a: names.get(a, a))


def timeline_rows(selection) -> pd.DataFrame:
    """Dated commitments and events as one table: what, when, how precisely, and a label
    that says what each point is: its parties and its object, the instrument it names or
    else the areas ('France, Inde · accord de défense', 'Pologne · missiles'), else the
    words that made it ('Japon · prévoit'); and when its article was published."""
    if not isinstance(selection, Selection):
        selection = select(selection, Filters())
    parties = selection.parties()
    c = selection.commitments
    who = c.commitment_id.map(parties).fillna("")
    corpus = selection.corpus
    labels = corpus.domains.set_index("domain_id")["label_fr"] if len(corpus.domains) else {}
    cd = corpus.commitment_domains
    cd = cd[cd.commitment_id.isin(c.commitment_id)]
    areas = (
        cd.assign(label=cd.domain_id.map(labels))
        .dropna(subset=["label"])
        .groupby("commitment_id", sort=False)["label"]
        .agg(lambda s: ", ".join(dict.fromkeys(s.head(2))))
    )
    instrument = c.instrument.fillna("")
    # no area at all maps to float NaN: text first, then empty
    obj = instrument.where(instrument != "", c.commitment_id.map(areas).astype(object).fillna(""))
    obj = obj.where(obj != "", c.trigger)
    c = c.assign(
        what=c.kind,
        label=(who + " · " + obj).where(who != "", obj),
        source="commitment",
    )
    e = selection.events.assign(what=lambda d: d.kind, label=lambda d: d.name, source="event")
    cols = ["source", "what", "label", "date", "date_precision", "date_text", "sentence_id"]
    rows = pd.concat([c[cols], e[cols]], ignore_index=True)
    rows = rows[rows.date.notna()].sort_values("date", kind="stable").reset_index(drop=True)
    # when its article was published: a date after every publication is a plan
    published = selection.articles.set_index("article_id").published
    if rows.empty:  # mapping nothing onto dates fails in pandas: an empty column of them
        return rows.assign(published=pd.Series(published.iloc[:0].array, index=rows.index))
    article = rows.sentence_id.str.rsplit("#", n=1).str[0]
    return rows.assign(published=article.map(published))


def actor_domain_edges(corpus, sel=None) -> pd.DataFrame:
    """actor_id, domain_id, weight: sentences naming both (all of them without `sel`)."""
    return (sel if sel is not None else select(corpus, Filters())).edges
