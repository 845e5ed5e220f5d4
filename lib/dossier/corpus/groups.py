"""The same commitment across articles: one group per agreement, intent, call… however
many articles report it, when it was first and last reported, and why its members were
joined.

Two commitments join only on evidence that they report one act, never on a party and an
instrument word alone. They must have the same kind, a side in common (their parties
and counterparts, or the speaker when nobody else is named) and no side that tells them
apart (« France–Inde » is not « France–Égypte »), instruments of one family (a
« protocole d'accord » is a « mémorandum d'entente ») or one unnamed, dates that can be
the same day, no numbers that contradict (« 24 Rafale » is not « 30 Rafale », « 2015 »
is not « 2021 »), and sentences that say the same thing: the share of the shorter
sentence's content words and numbers found in the other. How much of that is needed
depends on the rest: two sides in common and some shared words (or a shared area, as an
outlet's rewrite); one side and the same named instrument or a shared figure (« 50
millions », never « 14 mars »); one side and sentences that mostly agree (a quote two
outlets both give); docs/season.md has the points and the measures. A commitment's
date is the one its sentence gives (a day, a week, a month, a year); without one it is
some day of the 90 days before its article was published (news reports recent facts);
without either it fits any date. `commitment_groups.reason` says what joined a group that spans
articles (the sides, the instrument, the date, how close the sentences are).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from types import SimpleNamespace

import numpy as np
import pandas as pd

from ..base.text import fold
from ..extraction import lexicon
from .schema import aggregate_domains

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
    ids, values_of = links.commitment_id.to_numpy(dtype=object), links[col].to_numpy(dtype=object)
    for cid, value in zip(ids.tolist(), values_of.tolist(), strict=True):
        values = out.setdefault(cid, [])
        if value not in values:
            values.append(value)
    return out


# words that say nothing of what an act is about
_STOP = frozenset(
    [
        "avec",
        "dans",
        "pour",
        "sous",
        "entre",
        "vers",
        "chez",
        "sans",
        "selon",
        "lors",
        "depuis",
        "pendant",
        "avant",
        "après",
        "contre",
        "leur",
        "leurs",
        "notre",
        "votre",
        "cette",
        "ceux",
        "celle",
        "celles",
        "être",
        "avoir",
        "sont",
        "était",
        "étaient",
        "sera",
        "seront",
        "aussi",
        "ainsi",
        "encore",
        "plus",
        "moins",
        "très",
        "tout",
        "tous",
        "toute",
        "toutes",
        "même",
        "mêmes",
        "autre",
        "autres",
        "elle",
        "elles",
        "nous",
        "vous",
        "ils",
        "dont",
        "mais",
        "comme",
        "donc",
        "alors",
        "celui",
        "ceci",
        "cela",
        "déjà",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)?|[a-zàâçéèêëîïôûùüÿœ-]{4,}")
# evidence needed to join: points for what two commitments share (two sides 2, one 1;
# the same named instrument 1, one family 0.5; a domain 1; dates both stated and
# compatible 1; a figure both give 2, another number 1; sentences that mostly
# (half) agree 1, partly (a third) 0.5)
JOIN = 3.0
MIN_CLOSE = 0.25  # share of the shorter sentence two articles' sentences must share
SEASON = 120  # days: a commitment known to this is dated
MEMBERS_CHECKED = 40  # a group's latest members a newcomer must not contradict
CANDIDATES = 32  # groups of one side and kind a commitment is compared with, at most
ALIKE = 0.6  # sentences that share this much say the same thing
LOOSE = {"agreement", "contract"}  # outlets call one contract an « accord »
_YEAR = re.compile(r"^(?:19|20)\d\d$")


# a figure is a quantity with what it counts: « 50 millions », « 237 systèmes », « 24 rafale »;
# « 24 juin » is a date and « 50 par la France » counts nothing
_FIGURE = re.compile(r"(\d(?:[\d\s\u202f\u00a0.,]*\d)?)\s*([a-zàâçéèêëîïôûùüÿœ-]{3,})")
_DIGIT = re.compile(r"\d")
_DAY = re.compile(
    r"\b(\d{1,2})(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre)\b"
)
_NOT_FIGURE = re.compile(r"[^0-9.,]")
# (folded: no accents) months, and the prepositions a number stands before
_NOT_UNITS = frozenset(
    re.findall(
        r"\w+",
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
        "par sur pour des les aux avec dans entre contre sans vers",
    )
)


def _contents(sentences: list[str]) -> dict[str, tuple]:
    """sentence -> `_content`, the sentences folded in one pass (one call per sentence
    costs three times as much)."""
    flat = [s.replace("\n", " ") for s in sentences]
    folded = fold("\n".join(flat)).split("\n")
    if len(folded) != len(sentences):  # pragma: no cover - fold keeps line ends
        folded = [fold(s) for s in flat]
    return {s: _content(f, folded=True) for s, f in zip(sentences, folded, strict=True)}


def _content(sentence: str, folded: bool = False) -> tuple[frozenset[str], ...]:
    """(content words, numbers, figures) of a sentence, folded."""
    folded = sentence if folded else fold(sentence)
    words = frozenset(_WORD.findall(folded))
    if not _DIGIT.search(folded):
        return words - _STOP, frozenset(), frozenset()
    # a day of the month is part of a date, which the intervals compare: not a number
    days = {m.group(1) for m in _DAY.finditer(folded)}
    numbers = frozenset(w for w in words if w[0].isdigit() and w not in days)
    figures = frozenset(
        f"{_NOT_FIGURE.sub('', n)} {unit}"
        for n, unit in _FIGURE.findall(folded)
        if unit not in _NOT_UNITS and unit not in _STOP and not _YEAR.match(n)
    )
    return words - _STOP - numbers, numbers, figures


class _Commitment:
    __slots__ = (
        "i",
        "kind",
        "sides",
        "family",
        "instrument",
        "lo",
        "hi",
        "words",
        "numbers",
        "figures",
        "article",
        "domains",
        "dated",
    )

    def __init__(self, i, kind, sides, family, instrument, interval, content, article, domains):
        self.i, self.kind, self.sides = i, kind, frozenset(sides)
        self.family, self.instrument = family, instrument
        self.lo, self.hi = interval
        self.dated = False
        self.words, self.numbers, self.figures = content
        self.article, self.domains = article, domains


def _close(a: _Commitment, b: _Commitment) -> float:
    words = len(a.words & b.words) + len(a.numbers & b.numbers)
    smaller = min(len(a.words) + len(a.numbers), len(b.words) + len(b.numbers))
    return words / smaller if smaller else 0.0


def _dated(c: _Commitment) -> bool:
    """Its date is known to a season: stated, or its article's publication."""
    return c.hi - c.lo <= SEASON


def _apart(a: _Commitment, b: _Commitment, areas: bool = True) -> bool:
    """Something says `a` and `b` are two acts, whatever else they share (`areas`: areas
    named on both sides that do not overlap count, a weaker sign)."""
    if a.family and b.family and a.family != b.family and {a.family, b.family} != LOOSE:
        return True  # a memorandum is no treaty; an « accord » may be the « contrat »
    if not (a.lo <= b.hi + SLACK and b.lo <= a.hi + SLACK):
        return True
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return True  # '24 Rafale' and '30 Rafale', '2015' and '2021'
    # the same template about two areas is two acts
    return areas and bool(a.domains and b.domains and not a.domains & b.domains)


def evidence(a: _Commitment, b: _Commitment) -> str:
    """Why `a` and `b` report one act ('' when nothing says so, or something says not)."""
    return judge(a, b)[0]


def refusal(a: _Commitment, b: _Commitment) -> str:
    """Why `a` and `b` are not joined ('' when they are): the first check that refuses
    them, in the words bench/groups.py counts."""
    return judge(a, b)[1]


def judge(a: _Commitment, b: _Commitment) -> tuple[str, str]:
    """(evidence, refusal): one of them is ''."""
    if not a.sides or not b.sides:
        return "", "no side"
    if a.kind != b.kind:
        return "", "another kind"  # the intent is news before the agreement, the agreement after
    # a figure both sentences give ('2 780 millions', '237 systèmes'), not a year or a day
    figure = bool(a.figures & b.figures)
    common = a.sides & b.sides
    if not common:
        return "", "no side in common"
    if a.sides - b.sides and b.sides - a.sides:
        return "", "each has a side the other lacks"
    if _apart(a, b):
        return "", "told apart (instrument, days, numbers or areas)"
    close = _close(a, b)
    same_instrument = bool(a.instrument) and a.instrument == b.instrument
    if a.article != b.article:
        # across articles the sentences must say the same thing, and one side in common
        # needs something specific besides: the same named instrument, a figure, or
        # sentences that mostly agree (a quote two outlets both give); two sides doing
        # one kind of act in one area, in the same weeks, may be worded apart (a rewrite;
        # undated, France and Egypt buying aircraft is 2015 and 2021 alike)
        rewrite = len(common) >= 2 and bool(a.domains & b.domains) and _dated(a) and _dated(b)
        if close < MIN_CLOSE and not (figure or rewrite):
            return "", "worded apart"
        if len(common) < 2 and not (same_instrument or figure or close >= ALIKE):
            return "", "one side, nothing specific shared"
    points = min(len(common), 2)
    why = [f"sides:{len(common)}"]
    if same_instrument:
        points += 1
        why.append("instrument")
    elif a.family and a.family == b.family:
        points += 0.5
        why.append("family")
    if a.domains & b.domains:
        points += 1
        why.append("domain")
    if a.dated and b.dated:
        points += 1
        why.append("date")
    if figure:
        points += 2
        why.append("figure")
    elif a.numbers & b.numbers:
        points += 1
        why.append("number")
    points += 1 if close >= 0.5 else 0.5 if close >= 0.33 else 0
    why.append(f"close:{close:.2f}")
    needed = JOIN
    if a.article == b.article:
        needed += 1  # a restatement in one article must be plain
    if points < needed:
        return "", "too little evidence"
    return " ".join(why), ""


class _Group:
    __slots__ = ("members", "lo", "hi", "into")

    def __init__(self):
        self.members: list[_Commitment] = []
        self.lo, self.hi = _NEVER, _ALWAYS
        self.into: _Group | None = None  # the group this one was absorbed into

    def final(self) -> _Group:
        g = self
        while g.into is not None:
            g = g.into
        return g

    def absorb(self, other: _Group) -> bool:
        """Take `other`'s members when the days both allow can meet and no member of one
        says it is another act than a member of the other."""
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        if lo > hi + SLACK:
            return False
        mine, theirs = self.members[-MEMBERS_CHECKED:], other.members[-MEMBERS_CHECKED:]
        if any(_apart(a, b, areas=False) for a in mine for b in theirs):
            return False
        self.members.extend(other.members)
        self.lo, self.hi = (lo, hi) if lo <= hi else (hi, lo)
        other.into, other.members = self, []
        return True

    def evidence(self, c: _Commitment) -> str:
        """The best evidence that `c` reports this group's act, checked against its last
        members (a group's dates narrow as members join)."""
        if not (c.lo <= self.hi + SLACK and self.lo <= c.hi + SLACK):
            return ""
        # no member may say it is another act (instrument, days, numbers): a sentence
        # with no figure must not chain '24 Rafale' of 2015 to '30 Rafale' of 2021
        if any(_apart(c, m, areas=False) for m in self.members[-MEMBERS_CHECKED:]):
            return ""
        for m in self.members[-6:]:
            why = evidence(c, m)
            if why:
                return why
        return ""

    def add(self, c: _Commitment) -> None:
        self.members.append(c)
        # the dates every member allows; two intervals a few days apart keep the later
        # start and the earlier end, in whichever order they are
        self.lo, self.hi = max(self.lo, c.lo), min(self.hi, c.hi)
        if self.lo > self.hi:
            self.lo, self.hi = self.hi, self.lo


def group(corpus, previous=None) -> tuple[pd.Series, pd.DataFrame]:
    """commitments' group_id (aligned with corpus.commitments) and the commitment_groups
    table, one row per group.

    `previous`: (group_id of the cached commitments, the cached commitment_groups table)
    when articles were only added and the cached commitments come first, in the cached
    order. Their groups are kept; only the new commitments are placed, against the groups
    that hold one of their sides (`_regroup_added`)."""
    c = corpus.commitments
    if c.empty:
        return pd.Series([], dtype="string[python]"), pd.DataFrame()
    if previous is not None:
        done = _regroup_added(corpus, *previous)
        if done is not None:
            return done
    ids = c.commitment_id.to_numpy(dtype=object)
    every = range(len(ids))
    items, keys, domains, family_of, instruments = _items(corpus, every)
    # the dated and recent first; each commitment joins the group that gives the best
    # evidence among those holding one of its sides
    order = sorted(every, key=lambda i: (items[i].hi, items[i].lo, i))
    # (kind, side) -> its groups in the order they were opened, and the last day their
    # first member allowed: nondecreasing (commitments come by last day), and no member
    # widens a group, so groups before the first that reaches `lo - SLACK` cannot match
    by_side: dict[tuple[str, str], tuple[list[_Group], list[int]]] = {}
    group_of: list[_Group | None] = [None] * len(ids)
    reasons: dict[int, str] = {}
    for i in order:
        group_of[i] = _place(items[i], by_side, reasons)
    group_of = [g.final() for g in group_of]
    published = _published(corpus, c)
    seen_day = _days(published, _ALWAYS)
    names = corpus.actor_names.to_dict()
    group_ids: list[str] = [""] * len(ids)
    reason_of: dict[str, str] = {}
    for g in {id(g): g for g in group_of}.values():
        first = min(g.members, key=lambda m: (seen_day[m.i], m.i))
        gid = "group:" + ids[first.i]
        for m in g.members:
            group_ids[m.i] = gid
        if len({m.article for m in g.members}) > 1:
            reason_of[gid] = _reason(g, reasons.get(id(g), ""), names, family_of, instruments)
    series = pd.Series(group_ids, dtype="string[python]")
    return series, _table(corpus, series, keys, domains, published, reason_of)


def _offices(corpus) -> dict[str, str]:
    """actor id -> the state or body a person acts for (`actors.affiliation_id`, the most
    common one), read from the few rows that give one when the corpus has not aggregated
    its actors yet: a reload places a few commitments, it need not count every actor."""
    if "actors" in vars(corpus):
        return corpus.actors.set_index("actor_id").affiliation_id.fillna("").to_dict()
    aa = corpus.article_actors
    aa = aa[aa.affiliation_id.fillna("") != ""]
    if aa.empty:
        return {}
    # as `aggregate_actors` counts them: the most common, a tie to the one met first
    counts = aa.groupby(["actor_id", "affiliation_id"], sort=False).size()
    counts = counts.sort_values(ascending=False, kind="stable")
    return (
        counts.reset_index()
        .drop_duplicates("actor_id")
        .set_index("actor_id")
        .affiliation_id.to_dict()
    )


def _actor_names(corpus, ids: set) -> pd.Series:
    """actor id -> name for `ids` (`corpus.actor_names` when it is there: the first name an
    article gave, as `aggregate_actors` takes it)."""
    if "actors" in vars(corpus):
        return corpus.actor_names
    aa = corpus.article_actors
    aa = aa[aa.actor_id.isin(ids)].drop_duplicates("actor_id")
    return aa.set_index("actor_id")["name"]


def _domain_labels(corpus, ids: set) -> pd.DataFrame:
    """`domain_id` and `label_fr` of `ids` (labels for the groups table): `corpus.domains`
    when it is there, else the taxonomy's labels and, for the areas a text names in its own
    words, their most frequent wording (as `aggregate_domains` labels them)."""
    if "domains" in vars(corpus):
        return corpus.domains
    labels = {d.id: d.label_fr for d in lexicon.domains() if d.id in ids}
    areas = {i for i in ids if i not in labels}
    if areas:
        dm = corpus.domain_mentions
        labels.update(
            aggregate_domains(dm[dm.domain_id.isin(areas)]).set_index("domain_id").label_fr
        )
    return pd.DataFrame({"domain_id": list(labels), "label_fr": list(labels.values())})


def _published(corpus, c: pd.DataFrame) -> pd.Series:
    return c.article_id.map(corpus.articles.set_index("article_id")["published"])


def _items(corpus, positions, office: dict | None = None):
    """The commitments at `positions` (of corpus.commitments) as `_Commitment`s, with
    their sides, areas and instruments, keyed by position."""
    c = corpus.commitments
    every = len(positions) == len(c)
    sub = c if every else c.iloc[list(positions)]
    pos = list(range(len(c))) if every else list(positions)
    ids = sub.commitment_id.to_numpy(dtype=object)
    ca = corpus.commitment_actors
    cd = corpus.commitment_domains
    if not every:
        wanted = set(ids.tolist())
        ca = ca[ca.commitment_id.isin(wanted)]
        cd = cd[cd.commitment_id.isin(wanted)]
    sides = _sets(ca[ca.role.isin(SIDES)], "actor_id")
    domain_sets = _sets(cd, "domain_id")
    published = _published(corpus, sub)
    speakers = sub.speaker_id.fillna("").to_numpy(dtype=object)
    key_list = [
        tuple(sorted(sides[cid])) if cid in sides else ((who,) if who else ())
        for cid, who in zip(ids, speakers, strict=True)
    ]
    instrument_list = sub.instrument.fillna("").tolist()
    family_of = {x: instrument_family(x) for x in set(instrument_list)}
    named = {x: fold(x) if len(x.split()) > 1 else "" for x in set(instrument_list)}
    empty = frozenset()
    domain_list = [frozenset(domain_sets[cid]) if cid in domain_sets else empty for cid in ids]
    intervals = _intervals(sub.date, sub.date_precision, published)
    # a person acting in office stands for their state or body: 'Macron et Zelensky ont
    # signé' here, 'la France et l'Ukraine ont signé' there
    office = _offices(corpus) if office is None else office
    states = [frozenset(office.get(a) or a for a in k) for k in key_list]
    # each distinct sentence read once (copies and restatements share theirs); a
    # commitment with no side joins nothing, its words are not needed
    texts = sub.text.fillna("").tolist()
    nothing = (frozenset(), frozenset(), frozenset())
    content = _contents(sorted({t for t, k in zip(texts, key_list, strict=True) if k}))
    items, keys, domains, instruments = {}, {}, {}, {}
    for j, (p, kind, x, sentence, a, stated) in enumerate(
        zip(
            pos,
            sub.kind.tolist(),
            instrument_list,
            texts,
            sub.article_id.tolist(),
            sub.date.notna().tolist(),
            strict=True,
        )
    ):
        item = _Commitment(
            p,
            kind,
            states[j],
            family_of[x],
            named[x],
            intervals[j],
            content.get(sentence, nothing),
            a,
            domain_list[j],
        )
        item.dated = stated
        items[p], keys[p], domains[p], instruments[p] = item, key_list[j], domain_list[j], x
    return items, keys, domains, family_of, instruments


def _place(item: _Commitment, by_side: dict, reasons: dict) -> _Group:
    """Put `item` in the group that gives the best evidence among those of one of its
    sides and kind (merging the others it also reports), or in a new group of its own."""
    home, why = None, ""
    if item.sides:
        seen: set[int] = set()
        found: list[tuple[_Group, str]] = []
        for side in item.sides:
            groups, last_days = by_side.get((item.kind, side), ((), ()))
            first = bisect.bisect_left(last_days, item.lo - SLACK)
            # the CANDIDATES latest opened at most, in the order they were opened:
            # reports of one act come close together, and a side as common as
            # « France » must not make a season's load quadratic
            for g in groups[max(first, len(groups) - CANDIDATES) :]:
                if id(g) in seen or g.into is not None:
                    continue
                seen.add(id(g))
                evidence_here = g.evidence(item)
                if evidence_here:
                    found.append((g, evidence_here))
        if found:
            (home, why), others = found[0], found[1:]
            # a commitment that reports the act of two groups shows they are one:
            # 'le 4 mai, ils ont signé un contrat de 30 Rafale' joins the group of
            # '4 mai' and the group of '30 Rafale'
            for g, other_why in others:
                if home.absorb(g):
                    reasons[id(home)] = reasons.get(id(home)) or other_why
    if home is None:
        home = _Group()
        _open(home, item, by_side)
    elif home.members[0].article != item.article:
        reasons[id(home)] = reasons.get(id(home)) or why
    home.add(item)
    return home


def _open(home: _Group, item: _Commitment, by_side: dict) -> None:
    for side in item.sides:
        groups, last_days = by_side.setdefault((item.kind, side), ([], []))
        groups.append(home)
        last_days.append(item.hi)


def _regroup_added(
    corpus, old_ids: pd.Series, old_table: pd.DataFrame, stories_joined: bool = True
):
    """When articles were only added: the cached commitments keep their groups; each new
    one is placed as `group` places it, against the cached groups that hold one of its
    sides for its kind (rebuilt from their members), and joins one, merges some, or
    opens its own. Only the groups it touches are counted again. None when the cached
    commitments are not the first rows, in their order."""
    c = corpus.commitments
    n_old = len(old_ids)
    if n_old > len(c) or old_table is None or "group_id" not in old_table:
        return None
    head = c.commitment_id.iloc[:n_old].to_numpy(dtype=object)
    if n_old and not np.array_equal(head, old_ids.index.to_numpy(dtype=object)):
        return None
    old_gids = old_ids.to_numpy(dtype=object)
    if n_old and (pd.isna(old_gids).any() or (old_gids == "").any()):
        return None
    if int(old_table["commitments"].sum()) != n_old:
        return None  # the cached groups table does not count them all (a failed grouping)
    new_pos = list(range(n_old, len(c)))
    # the new commitments' items first, then those of the cached groups they may join
    office = _offices(corpus)  # read once for the three lookups below
    items, keys, domains, family_of, instruments = _items(corpus, new_pos, office)
    new_items = dict(items)
    # the cached commitments of a kind and side some new one has, and their whole groups
    wanted = {(it.kind, side) for it in new_items.values() for side in it.sides}
    latest = {}  # (kind, side) -> the latest place a new commitment of it takes in the order
    for it in new_items.values():
        for side in it.sides:
            latest[(it.kind, side)] = min(latest.get((it.kind, side), _LAST), (it.hi, it.lo))
    touched = _candidates(corpus, c.iloc[:n_old], old_gids, wanted, latest, office)
    if touched is None:
        return None
    old_pos = np.flatnonzero(pd.Series(old_gids).isin(touched).to_numpy()).tolist()
    if old_pos:
        for have, more in zip(
            (items, keys, domains, family_of, instruments),
            _items(corpus, old_pos, office),
            strict=True,
        ):
            have.update(more)
    ids = c.commitment_id.to_numpy(dtype=object)
    # the cached groups, rebuilt in the order they were opened, members in their order
    members: dict[str, list[_Commitment]] = {}
    for p in sorted(old_pos, key=lambda p: (items[p].hi, items[p].lo, p)):
        members.setdefault(old_gids[p], []).append(items[p])
    by_side: dict[tuple[str, str], tuple[list[_Group], list[int]]] = {}
    rebuilt: dict[str, _Group] = {}
    for gid, ms in sorted(members.items(), key=lambda kv: (kv[1][0].hi, kv[1][0].lo, kv[1][0].i)):
        g = _Group()
        _open(g, ms[0], by_side)
        for m in ms:
            g.add(m)
        rebuilt[gid] = g
    reasons: dict[int, str] = {}
    group_of: dict[int, _Group] = {p: rebuilt[old_gids[p]] for p in old_pos}
    for p in sorted(new_pos, key=lambda p: (items[p].hi, items[p].lo, p)):
        group_of[p] = _place(items[p], by_side, reasons)
    positions = old_pos + new_pos
    sub = c.iloc[positions]
    published = _published(corpus, sub)
    seen = dict(zip(positions, _days(published, _ALWAYS), strict=True))
    wanted_names = {a for p in positions for a in keys[p]}
    wanted_names |= {a for p in positions for a in items[p].sides}  # the states they stand for
    actor_names = _actor_names(corpus, wanted_names)
    names = actor_names.to_dict()
    group_ids = np.concatenate([old_gids, np.array([""] * len(new_pos), dtype=object)])
    old_reason = dict(zip(old_table.group_id, old_table.reason, strict=True))
    changed = {id(group_of[p].final()) for p in new_pos}
    reason_of: dict[str, str] = {}
    for g in {id(g.final()): g.final() for g in group_of.values()}.values():
        first = min(g.members, key=lambda m: (seen[m.i], m.i))
        gid = "group:" + ids[first.i]
        before = {old_gids[m.i] for m in g.members if m.i < n_old}
        for m in g.members:
            group_ids[m.i] = gid
        if len({m.article for m in g.members}) > 1:
            if id(g) in changed or len(before) != 1:
                why = _reason(g, reasons.get(id(g), ""), names, family_of, instruments)
            else:
                why = old_reason.get(gid, "")
            reason_of[gid] = why
    series = pd.Series(group_ids, dtype="string[python]")
    part = SimpleNamespace(
        commitments=sub,
        articles=corpus.articles,
        actor_names=actor_names,
        domains=_domain_labels(corpus, set().union(*(domains[p] for p in positions))),
    )
    sub_ids = pd.Series(group_ids[positions], dtype="string[python]")
    table = _table(
        part,
        sub_ids,
        [keys[p] for p in positions],
        [domains[p] for p in positions],
        published,
        reason_of,
    )
    kept = old_table[~old_table.group_id.isin(touched)]
    if len(kept) and stories_joined:  # an added article joined two cached stories
        story = c.article_id.map(corpus.articles.set_index("article_id")["story_id"])
        stories = story.groupby(series.to_numpy()).nunique()
        kept = kept.assign(stories=kept.group_id.map(stories).fillna(kept.stories).astype(int))
    both = pd.concat([kept, table], ignore_index=True) if len(kept) else table
    both = both.sort_values(
        ["sources", "last_seen", "group_id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)
    return series, both


_LAST = (_ALWAYS + 1, _ALWAYS + 1)


def _candidates(
    corpus, old: pd.DataFrame, old_gids: np.ndarray, wanted: set, latest: dict, office: dict
) -> set[str] | None:
    """The cached groups a new commitment of a (kind, side) in `wanted` may join: as in
    `group`, for each (kind, side) the CANDIDATES latest opened (by the days their first
    member allows) among those holding it. Sides are states (a person in office stands
    for their state or body), the speaker when no one else is named. None when a cached
    group of one of them opens after a new commitment in the order (`latest`): the new one
    is older news, and only a full grouping places it as a full grouping does."""
    if not wanted:
        return set()
    sides = {side for _, side in wanted}
    # the actors that stand for one of those sides: themselves, or their state or body
    standing = {a: (office.get(a) or a) for a in sides}
    standing.update({a: o for a, o in office.items() if o in sides})
    index = pd.Index(old.commitment_id)
    kinds = old.kind.to_numpy(dtype=object)
    links = corpus.commitment_actors
    ca = links[links.actor_id.isin(standing) & links.role.isin(SIDES)]
    at = index.get_indexer(ca.commitment_id)
    found = at >= 0
    hits = _hits(at[found], kinds, ca.actor_id.to_numpy(dtype=object)[found], standing, wanted)
    # a commitment with nobody named but its speaker: the speaker is its side
    alone = old[old.speaker_id.isin(standing)]
    named = links[links.commitment_id.isin(alone.commitment_id) & links.role.isin(SIDES)]
    alone = alone[~alone.commitment_id.isin(named.commitment_id)]
    at = index.get_indexer(alone.commitment_id)
    hits += _hits(at, kinds, alone.speaker_id.to_numpy(dtype=object), standing, wanted)
    if not hits:
        return set()
    at = sorted({p for p, _, _ in hits})
    sub = old.iloc[at]
    spans = _intervals(sub.date, sub.date_precision, _published(corpus, sub))
    days = dict(zip(at, spans, strict=True))
    # each group's opening, per (kind, side): the earliest of its members there
    opened: dict[tuple[str, str], dict[str, tuple]] = {}
    for p, k, side in hits:
        lo, hi = days[p]
        seen = opened.setdefault((k, side), {})
        gid = old_gids[p]
        seen[gid] = min(seen.get(gid, (hi, lo, p)), (hi, lo, p))
    out: set[str] = set()
    for key, seen in opened.items():
        if any(first[:2] > latest[key] for first in seen.values()):
            return None
        out.update(sorted(seen, key=seen.get)[-CANDIDATES:])
    return out


def _hits(at: np.ndarray, kinds: np.ndarray, who: np.ndarray, standing: dict, wanted: set):
    """(position, kind, side) of each commitment at `at` whose kind and side are wanted."""
    side = np.array([standing[a] for a in who], dtype=object)
    kind = kinds[at]
    keep = [(k, x) in wanted for k, x in zip(kind, side, strict=True)]
    return list(zip(at[keep].tolist(), kind[keep].tolist(), side[keep].tolist(), strict=True))


def _reason(g: _Group, why: str, names: dict, family_of, instruments) -> str:
    """'parties : France, Inde · instrument : contrat · date : 2025-04-28 · chiffre : 26 ·
    phrases proches (0.62)': what joined a group spanning articles."""
    sides = set.intersection(*(set(m.sides) for m in g.members)) or set(g.members[0].sides)
    parts = [f"parties : {', '.join(sorted(str(names.get(a, a)) for a in sides))}"]
    named = {instruments[m.i] for m in g.members if m.instrument}
    if named:
        parts.append(f"instrument : {sorted(named)[0]}")
    if g.lo > _NEVER and g.hi < _ALWAYS:
        lo = dt.date(1970, 1, 1) + dt.timedelta(days=int(g.lo))
        hi = dt.date(1970, 1, 1) + dt.timedelta(days=int(g.hi))
        parts.append(f"date : {lo.isoformat()}" if lo == hi else f"dates : {lo} → {hi}")
    figures = sorted(set.intersection(*(set(m.figures) for m in g.members)))
    if figures:
        parts.append(f"chiffre : {figures[0]}")
    close = re.search(r"close:([0-9.]+)", why)
    if close:
        parts.append(f"phrases proches ({close.group(1)})")
    return " · ".join(parts)


def _table(corpus, group_ids: pd.Series, keys, domains, published, reasons) -> pd.DataFrame:
    """One row per group: counts with pandas group-bys, names and labels once per group."""
    c = corpus.commitments
    arts = corpus.articles.set_index("article_id")
    names = corpus.actor_names.to_dict()
    labels = (
        corpus.domains.set_index("domain_id")["label_fr"].to_dict() if len(corpus.domains) else {}
    )
    # known outlets only: an article whose outlet is unknown is no source of its own
    outlet = arts.source.where(arts.source != "", arts.url.str.extract(r"//([^/]+)")[0])
    outlet = outlet.fillna("").replace("", None)
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
        reason=[reasons.get(gid, "") for gid in ids],
    ).reset_index()
    return out.sort_values(
        ["sources", "last_seen", "group_id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def new_since(groups: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """The groups first reported on or after `day`."""
    return groups[groups.first_seen >= pd.Timestamp(day)]
