"""The same commitment across articles: one group per agreement, intent, call… however
many articles report it, and when it was first and last reported.

Two commitments are the same when they have the same kind and the same sides (their
parties and counterparts, or the speaker when nobody else is named), and nothing tells
them apart: their instruments are of one family (a « protocole d'accord » is a
« mémorandum d'entente ») or one is unnamed, their domains overlap or one has none, and
their dates can be the same day. A commitment's date is the one its sentence gives
(a day, a week, a month, a year); without one it is some day of the 90 days before its
article was published (news reports recent facts); without either it fits any date.
Within a group the possible dates narrow as members join, so « l'accord de mars » and
« l'accord de novembre » between the same parties stay two groups.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd

from . import lexicon
from .text import fold

SIDES = ("party", "counterpart")
RECENT = 90  # days: an undated commitment is recent news for its article
SLACK = 3  # days: dates a few days apart are one day told differently
_NEVER, _ALWAYS = -(10**9), 10**9  # days (dates are handled as day numbers)
_DAY = 86_400 * 10**9  # nanoseconds


def instrument_family(instrument: str) -> str:
    """'Protocole d’accord' -> 'memorandum': the family an instrument's name belongs to
    (data/triggers.toml [instrument_families]); its own folded head word otherwise."""
    key = fold(instrument.replace("’", "'")).strip()
    if not key:
        return ""
    singular = " ".join(w.rstrip("s") if len(w) > 3 else w for w in key.split())
    for family, names in lexicon.instrument_families().items():
        if any(k == n or k.startswith(n + " ") for n in names for k in (key, singular)):
            return family
    return singular.split()[0]


def _interval(date, precision: str, published) -> tuple[int, int]:
    """The days a commitment may be dated (as day numbers): what its sentence says, else
    the recent past of its article, else any day."""
    if not pd.isna(date):
        d = pd.Timestamp(date)
        end = {
            "week": d + pd.Timedelta(days=6),
            "month": d + pd.offsets.MonthEnd(0),
            "year": d + pd.offsets.YearEnd(0),
        }.get(precision, d)
        return d.value // _DAY, end.value // _DAY
    if not pd.isna(published):
        p = pd.Timestamp(published).value // _DAY
        return p - RECENT, p
    return _NEVER, _ALWAYS


def _day(value) -> int:
    return _ALWAYS if pd.isna(value) else pd.Timestamp(value).value // _DAY


class _Group:
    __slots__ = ("members", "families", "domains", "lo", "hi")

    def __init__(self):
        self.members: list[int] = []
        self.families: set[str] = set()
        self.domains: set[str] = set()
        self.lo, self.hi = _NEVER, _ALWAYS

    def accepts(self, family: str, domains: frozenset, lo, hi) -> bool:
        if family and self.families and family not in self.families:
            return False
        if domains and self.domains and not (domains & self.domains):
            return False
        return lo <= self.hi + SLACK and self.lo <= hi + SLACK

    def add(self, i: int, family: str, domains: frozenset, lo, hi) -> None:
        self.members.append(i)
        if family:
            self.families.add(family)
        self.domains |= domains
        # the dates every member allows; two intervals a few days apart keep the later
        # start and the earlier end, in whichever order they are
        self.lo, self.hi = max(self.lo, lo), min(self.hi, hi)
        if self.lo > self.hi:
            self.lo, self.hi = self.hi, self.lo


def group(corpus) -> tuple[pd.Series, pd.DataFrame]:
    """commitments' group_id (aligned with corpus.commitments) and the commitment_groups
    table, one row per group."""
    c = corpus.commitments
    if c.empty:
        return pd.Series([], dtype="string[python]"), pd.DataFrame()
    ca = corpus.commitment_actors
    sides = ca[ca.role.isin(SIDES)]
    side_sets = sides.groupby(sides.commitment_id.to_numpy(dtype=object), sort=False)[
        "actor_id"
    ].agg(lambda s: tuple(sorted(set(s))))
    cd = corpus.commitment_domains
    domain_sets = cd.groupby(cd.commitment_id.to_numpy(dtype=object), sort=False)["domain_id"].agg(
        frozenset
    )
    arts = corpus.articles.set_index("article_id")
    published = c.article_id.map(arts["published"])
    ids = c.commitment_id.to_numpy(dtype=object)
    speakers = c.speaker_id.fillna("").to_numpy(dtype=object)
    keys, families, domains, intervals = [], [], [], []
    for i, cid in enumerate(ids):
        who = side_sets.get(cid) or ((speakers[i],) if speakers[i] else ())
        keys.append(who)
        families.append(instrument_family(c.instrument.iat[i] or ""))
        domains.append(domain_sets.get(cid, frozenset()))
        intervals.append(_interval(c.date.iat[i], c.date_precision.iat[i], published.iat[i]))
    kinds = c.kind.to_numpy(dtype=object)
    # within one kind and one set of sides, the dated and recent first
    order = sorted(range(len(ids)), key=lambda i: (intervals[i][1], intervals[i][0], i))
    buckets: dict[tuple, list[_Group]] = {}
    group_of = np.empty(len(ids), dtype=object)
    for i in order:
        if not keys[i]:  # nobody to tell it by: a group of its own
            group_of[i] = ids[i]
            continue
        lo, hi = intervals[i]
        groups = buckets.setdefault((kinds[i], keys[i]), [])
        home = next((g for g in groups if g.accepts(families[i], domains[i], lo, hi)), None)
        if home is None:
            home = _Group()
            groups.append(home)
        home.add(i, families[i], domains[i], lo, hi)
    for groups in buckets.values():
        for g in groups:
            first = min(g.members, key=lambda i: (_day(published.iat[i]), i))
            for i in g.members:
                group_of[i] = ids[first]
    group_ids = pd.Series(["group:" + g for g in group_of], dtype="string[python]")
    return group_ids, _table(corpus, group_ids, keys, domains, published)


def _table(corpus, group_ids: pd.Series, keys, domains, published) -> pd.DataFrame:
    c = corpus.commitments
    arts = corpus.articles.set_index("article_id")
    names = corpus.actor_names
    labels = corpus.domains.set_index("domain_id")["label_fr"] if len(corpus.domains) else {}
    outlet = arts.source.where(arts.source != "", arts.url.str.extract(r"//([^/]+)")[0])
    outlet = outlet.fillna("").where(lambda s: s != "", arts.index.to_series())
    seen = published.where(published.notna(), c.date)
    df = pd.DataFrame(
        {
            "group_id": group_ids.to_numpy(dtype=object),
            "i": np.arange(len(c)),
            "article_id": c.article_id.to_numpy(dtype=object),
            "seen": seen.to_numpy(),
            "date": c.date.to_numpy(),
        }
    )
    rows = []
    for gid, g in df.groupby("group_id", sort=False):
        members = g.i.to_numpy()
        first = members[0]
        who = keys[first]
        instruments = Counter(x for x in c.instrument.iloc[members] if x)
        doms = set().union(*(domains[i] for i in members))
        art = g.article_id.unique()
        rows.append(
            {
                "group_id": gid,
                "kind": c.kind.iat[first],
                "parties": ", ".join(sorted(str(names.get(a, a)) for a in who)),
                "domains": ", ".join(sorted(str(labels.get(d, d)) for d in doms)),
                "instrument": instruments.most_common(1)[0][0] if instruments else "",
                "date": g.date.min(),
                "first_seen": g.seen.min(),
                "last_seen": g.seen.max(),
                "articles": len(art),
                "stories": arts.loc[art, "story_id"].nunique(),
                "sources": outlet.loc[art].nunique(),
                "commitments": len(members),
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values(
        ["sources", "last_seen", "group_id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def new_since(groups: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """The groups first reported on or after `day`."""
    return groups[groups.first_seen >= pd.Timestamp(day)]
