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

from ..base.text import fold
from ..extraction import lexicon

SIDES = ("party", "counterpart")
RECENT = 90  # days: an undated commitment is recent news for its article
SLACK = 3  # days: dates a few days apart are one day told differently
_NEVER, _ALWAYS = -(10**9), 10**9  # days (dates are handled as day numbers)


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


def _days(dates: pd.Series, missing: int) -> list[int]:
    """Dates as day numbers (days since 1970), `missing` where there is none."""
    values = dates.to_numpy(dtype="datetime64[ns]")
    days = values.astype("datetime64[D]").astype(np.int64)
    return np.where(np.isnat(values), missing, days).tolist()


def _intervals(date: pd.Series, precision: pd.Series, published: pd.Series) -> list:
    """The days each commitment may be dated, as (first, last) day numbers: what its
    sentence says (a day, a week, a month, a year), else the recent past of its article,
    else any day."""
    date = pd.to_datetime(date)
    p = precision.fillna("").to_numpy(dtype=object)
    end = date.copy()
    end[p == "week"] = date[p == "week"] + pd.Timedelta(days=6)
    end[p == "month"] = date[p == "month"] + pd.offsets.MonthEnd(0)
    end[p == "year"] = date[p == "year"] + pd.offsets.YearEnd(0)
    lo, hi = _days(date, _NEVER), _days(end, _ALWAYS)
    told = _days(published, _NEVER)
    out = []
    for a, b, t in zip(lo, hi, told, strict=True):
        if a != _NEVER:
            out.append((a, b))
        elif t != _NEVER:
            out.append((t - RECENT, t))
        else:
            out.append((_NEVER, _ALWAYS))
    return out


def _sets(links: pd.DataFrame, col: str) -> dict[str, list[str]]:
    """commitment_id -> its distinct `col` values, in one pass."""
    out: dict[str, list[str]] = {}
    for cid, value in zip(links.commitment_id.tolist(), links[col].tolist(), strict=True):
        values = out.setdefault(cid, [])
        if value not in values:
            values.append(value)
    return out


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
    ids = c.commitment_id.to_numpy(dtype=object)
    ca = corpus.commitment_actors
    sides = _sets(ca[ca.role.isin(SIDES)], "actor_id")
    cd = corpus.commitment_domains
    domain_sets = _sets(cd, "domain_id")
    arts = corpus.articles.set_index("article_id")
    published = c.article_id.map(arts["published"])
    speakers = c.speaker_id.fillna("").to_numpy(dtype=object)
    keys = [
        tuple(sorted(sides[cid])) if cid in sides else ((who,) if who else ())
        for cid, who in zip(ids, speakers, strict=True)
    ]
    family_of = {x: instrument_family(x) for x in set(c.instrument.fillna("").tolist())}
    families = [family_of[x] for x in c.instrument.fillna("").tolist()]
    empty = frozenset()
    domains = [frozenset(domain_sets[cid]) if cid in domain_sets else empty for cid in ids]
    intervals = _intervals(c.date, c.date_precision, published)
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
    seen = _days(published, _ALWAYS)
    for groups in buckets.values():
        for g in groups:
            first = min(g.members, key=lambda i: (seen[i], i))
            for i in g.members:
                group_of[i] = ids[first]
    group_ids = pd.Series(["group:" + g for g in group_of], dtype="string[python]")
    return group_ids, _table(corpus, group_ids, keys, domains, published)


def _table(corpus, group_ids: pd.Series, keys, domains, published) -> pd.DataFrame:
    """One row per group: counts with pandas group-bys, names and labels once per group."""
    c = corpus.commitments
    arts = corpus.articles.set_index("article_id")
    names = corpus.actor_names.to_dict()
    labels = (
        corpus.domains.set_index("domain_id")["label_fr"].to_dict() if len(corpus.domains) else {}
    )
    outlet = arts.source.where(arts.source != "", arts.url.str.extract(r"//([^/]+)")[0])
    outlet = outlet.fillna("").where(lambda s: s != "", arts.index.to_series())
    article = c.article_id.to_numpy(dtype=object)
    df = pd.DataFrame(
        {
            "group_id": group_ids.to_numpy(dtype=object),
            "article": article,
            "story": c.article_id.map(arts.story_id).to_numpy(dtype=object),
            "outlet": c.article_id.map(outlet).to_numpy(dtype=object),
            "seen": published.where(published.notna(), c.date).to_numpy(),
            "date": c.date.to_numpy(),
        }
    )
    g = df.groupby("group_id", sort=False)
    out = g.agg(
        date=("date", "min"),
        first_seen=("seen", "min"),
        last_seen=("seen", "max"),
        articles=("article", "nunique"),
        stories=("story", "nunique"),
        sources=("outlet", "nunique"),
        commitments=("article", "size"),
    )
    # what the members say, once per group, in plain Python
    first: dict[str, int] = {}
    doms: dict[str, set] = {}
    instruments: dict[str, Counter] = {}
    for i, (gid, instrument) in enumerate(zip(df.group_id, c.instrument, strict=True)):
        first.setdefault(gid, i)
        doms.setdefault(gid, set()).update(domains[i])
        if instrument:
            instruments.setdefault(gid, Counter())[instrument] += 1
    kinds = c.kind.to_numpy(dtype=object)
    ids = out.index.to_numpy(dtype=object)
    out = out.assign(
        kind=[kinds[first[gid]] for gid in ids],
        parties=[", ".join(sorted(str(names.get(a, a)) for a in keys[first[gid]])) for gid in ids],
        domains=[", ".join(sorted(str(labels.get(d, d)) for d in doms[gid])) for gid in ids],
        instrument=[
            instruments[gid].most_common(1)[0][0] if gid in instruments else "" for gid in ids
        ],
    ).reset_index()
    return out.sort_values(
        ["sources", "last_seen", "group_id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def new_since(groups: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """The groups first reported on or after `day`."""
    return groups[groups.first_seen >= pd.Timestamp(day)]
