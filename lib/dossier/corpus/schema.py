"""The tables' contract: every table's columns in order with their dtypes, `frame` to
build one from rows, and `Corpus`, which holds them all (actors and domains
aggregated over articles)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, fields

import pandas as pd

from ..extraction import lexicon
from ..reading import (
    Problem,
)

# Python-backed strings: membership tests (`isin`), what every filter does, are several
# times faster on them than on Arrow-backed ones.
S, INT, F, B, D = "string[python]", "Int64", "float64", "boolean", "datetime64[ns]"

# Column order and dtype of every table: the contract notebooks rely on.
SCHEMA: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": S,
        "path": S,
        "title": S,
        "source": S,
        "url": S,
        "published": D,
        "published_from": S,
        "language": S,
        "words_stated": INT,
        "words_counted": INT,
        "reading_minutes": INT,
        "sha256": S,
        "text": S,
        "story_id": S,
        "duplicate_of": S,
    },
    "sentences": {
        "article_id": S,
        "sentence_id": S,
        "sentence": INT,
        "paragraph": INT,
        "start": INT,
        "end": INT,
        "text": S,
        "headline": B,
    },
    "article_actors": {
        "article_id": S,
        "actor_id": S,
        "name": S,
        "kind": S,
        "country": S,
        "role": S,
        "affiliation_id": S,
        "mentions": INT,
    },
    "mentions": {
        "article_id": S,
        "sentence_id": S,
        "start": INT,
        "end": INT,
        "text": S,
        "actor_id": S,
        "method": S,
        "rule": S,
    },
    "group_members": {"article_id": S, "sentence_id": S, "group_id": S, "member_id": S},
    "domain_mentions": {
        "article_id": S,
        "sentence_id": S,
        "start": INT,
        "end": INT,
        "text": S,
        "domain_id": S,
    },
    "quotes": {
        "article_id": S,
        "sentence_id": S,
        "speaker_id": S,
        "speaker": S,
        "text": S,
        "start": INT,
        "end": INT,
        "rule": S,
    },
    "commitments": {
        "commitment_id": S,
        "article_id": S,
        "sentence_id": S,
        "kind": S,
        "trigger": S,
        "text": S,
        "quote": S,
        "speaker_id": S,
        "instrument": S,
        "date_text": S,
        "date": D,
        "date_precision": S,
        "place_id": S,
        "negated": B,
        "conditional": B,
        "confidence": F,
        "rule": S,
        "group_id": S,  # the same commitment in other articles (commitment_groups)
    },
    "commitment_actors": {"commitment_id": S, "actor_id": S, "role": S},
    "commitment_domains": {"commitment_id": S, "domain_id": S},
    # one row per commitment however many articles report it (commitment_groups.py)
    "commitment_groups": {
        "group_id": S,
        "kind": S,
        "parties": S,
        "domains": S,
        "instrument": S,
        "date": D,
        "first_seen": D,
        "last_seen": D,
        "articles": INT,
        "stories": INT,
        "sources": INT,
        "commitments": INT,
        "reason": S,  # what joined a group that spans articles (sides, instrument, date…)
    },
    "events": {
        "event_id": S,
        "article_id": S,
        "sentence_id": S,
        "kind": S,
        "name": S,
        "date_text": S,
        "date": D,
        "date_precision": S,
        "place_id": S,
    },
    "event_actors": {"event_id": S, "actor_id": S, "role": S},
    "problems": {"path": S, "severity": S, "code": S, "message": S},
}
# tables computed over the whole corpus, not article by article
CORPUS_WIDE = ("commitment_groups",)
# the aggregated actors table: article_actors without the article, plus in how many
ACTOR_COLUMNS = {
    **{k: v for k, v in SCHEMA["article_actors"].items() if k != "article_id"},
    "articles": INT,
}
DOMAIN_COLUMNS = {
    "domain_id": S,
    "label_fr": S,
    "label_en": S,
    "category": S,
    "mentions": INT,
    "articles": INT,
}


def frame(name: str, rows: Iterable[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows -> a DataFrame with the table's columns in order and stable dtypes."""
    cols = SCHEMA[name]
    if not isinstance(rows, pd.DataFrame):
        rows = list(rows)
        if not rows:  # no rows (nothing new to extract): typed empty columns in one step
            return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in cols.items()})
        rows = pd.DataFrame(rows, columns=list(cols))
    df = rows.reindex(columns=list(cols))
    for col, dtype in cols.items():
        if df[col].dtype == dtype and (dtype != S or not df[col].hasnans):
            continue  # already right (a table read back from the cache): nothing to convert
        if dtype == D:
            df[col] = pd.to_datetime(df[col], errors="coerce").astype(D)
        elif dtype == S:
            df[col] = df[col].astype(S).fillna("")
        else:
            df[col] = df[col].astype(dtype)
    return df.reset_index(drop=True)


@dataclass
class Corpus:
    """Every table of the corpus. Actors and domains are aggregated over articles.
    `folder`: the folder it was loaded from (set by `load`; None when built otherwise)."""

    folder = None  # not a field: no table

    articles: pd.DataFrame
    sentences: pd.DataFrame
    article_actors: pd.DataFrame
    mentions: pd.DataFrame
    group_members: pd.DataFrame
    domain_mentions: pd.DataFrame
    quotes: pd.DataFrame
    commitments: pd.DataFrame
    commitment_actors: pd.DataFrame
    commitment_domains: pd.DataFrame
    commitment_groups: pd.DataFrame
    events: pd.DataFrame
    event_actors: pd.DataFrame
    problems: pd.DataFrame

    @functools.cached_property
    def actors(self) -> pd.DataFrame:
        return aggregate_actors(self.article_actors)

    @functools.cached_property
    def domains(self) -> pd.DataFrame:
        return aggregate_domains(self.domain_mentions)

    @functools.cached_property
    def actor_names(self) -> pd.Series:
        """actor_id -> name, for labelling charts and tables."""
        return self.actors.set_index("actor_id")["name"]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every public table by name, actors and domains included."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["actors"] = self.actors
        out["domains"] = self.domains
        return out

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self.articles)} articles, {len(self.sentences)} sentences, "
            f"{len(self.actors)} actors, {len(self.commitments)} commitments, "
            f"{len(self.problems)} problems)"
        )


def aggregate_actors(article_actors: pd.DataFrame) -> pd.DataFrame:
    if article_actors.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in ACTOR_COLUMNS.items()})

    def most_common(s: pd.Series) -> str:
        s = s[s != ""]
        return s.value_counts().index[0] if len(s) else ""

    g = article_actors.groupby("actor_id", sort=True)
    out = pd.DataFrame(
        {
            "name": g["name"].first(),
            "kind": g["kind"].first(),
            "country": g["country"].agg(most_common),
            "role": g["role"].agg(most_common),
            "affiliation_id": g["affiliation_id"].agg(most_common),
            "mentions": g["mentions"].sum(),
            "articles": g["article_id"].nunique(),
        }
    ).reset_index()
    out = out.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable")
    return out.astype(ACTOR_COLUMNS).reset_index(drop=True)


def _areas(domain_mentions: pd.DataFrame) -> pd.DataFrame:
    """Areas the texts name in their own words (ids "area:…", see extraction.domains):
    labelled by their most frequent wording, in the category of policy areas."""
    m = domain_mentions[domain_mentions.domain_id.str.startswith("area:")]
    if m.empty:
        return pd.DataFrame(columns=["domain_id", "label_fr", "label_en", "category"])
    text = m.text.str.replace("\u2019", "'", regex=False)
    # a capital that only opens a sentence goes ("Lutte contre …"), an acronym's stays
    capital = text.str[:1].str.isupper() & ~text.str[1:2].str.isupper()
    text = text.where(~capital, text.str[:1].str.lower() + text.str[1:])
    label = (
        pd.DataFrame({"domain_id": m.domain_id, "text": text})
        .groupby("domain_id")["text"]
        .agg(lambda s: s.value_counts().index[0])
    )
    return pd.DataFrame(
        {
            "domain_id": label.index,
            "label_fr": label.values,
            "label_en": label.values,  # the text's own words: no translation
            "category": "policy",
        }
    )


def aggregate_domains(domain_mentions: pd.DataFrame) -> pd.DataFrame:
    taxonomy = pd.DataFrame(
        [
            {
                "domain_id": d.id,
                "label_fr": d.label_fr,
                "label_en": d.label_en,
                "category": d.category,
            }
            for d in lexicon.domains()
        ]
    )
    counts = (
        domain_mentions.groupby("domain_id")
        .agg(mentions=("domain_id", "size"), articles=("article_id", "nunique"))
        .reset_index()
    )
    areas = _areas(domain_mentions)
    if len(areas):
        taxonomy = pd.concat([taxonomy, areas], ignore_index=True)
    out = taxonomy.merge(counts, on="domain_id", how="inner")
    out = out.sort_values(["mentions", "domain_id"], ascending=[False, True], kind="stable")
    return out.astype(DOMAIN_COLUMNS).reset_index(drop=True)


def assemble(per_article: list[dict[str, list[dict]]], problems: list[Problem]) -> Corpus:
    merged: dict[str, list[dict]] = {name: [] for name in SCHEMA}
    for rows in per_article:
        for name, rs in rows.items():
            merged[name].extend(rs)
    merged["problems"] = [p.__dict__ for p in problems]
    return Corpus(**{name: frame(name, rs) for name, rs in merged.items()})
