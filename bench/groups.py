"""Commitment groups measured: the same act joined across outlets, different acts kept apart.

    python bench/groups.py [--pairs 100] [--why]

1. Generated: `--pairs` pairs of different articles on one event (bench/generate.py):
   the share of pairs whose articles share a group (recall), and the groups that join
   articles of different events (false).
2. Real same-event pages (gold in `eval/same-event.json`, texts fetched into the git-ignored
   `.cache/same-event/texts/`: pages of one event from two or three outlets, the acts
   they share keyed in each): the share of shared
   acts whose commitments are in one group, and the groups that join two events; with
   `--why`, for each pair of pages whose shared act is not joined, why not (the first
   check of `groups.judge` that refuses their closest commitments, or that one page has
   no commitment in the act's sentence), counted.
3. The 60 dev texts loaded together (each reports a different event): every group that
   spans two articles, with its reason.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402


def generated(pairs: int, tmp: Path) -> None:
    import dossier

    made, _ = generate.corpus(pairs * 20, copies=0.0, same_event=0.05)
    made = made[: 2 * pairs]  # the pairs on one event come first: a0/a1, a2/a3…
    folder = tmp / "generated"
    folder.mkdir()
    rows = ["file,title,source,url,published,language"]
    for k, g in enumerate(made):
        (folder / g.name).write_bytes(g.data)
        rows.append(f"{g.name},,outlet{k % 7},,{g.published.isoformat()},fr")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", "utf-8")
    c = dossier.load(folder, cache=False)
    event = {f"a{i:06d}": i // 2 for i in range(2 * pairs)}
    per_group = c.commitments.groupby("group_id").article_id.agg(set)
    joined = {frozenset(event[a] for a in arts) for arts in per_group if len(arts) > 1}
    same = sum(1 for e in joined if len(e) == 1)
    false = sum(1 for e in joined if len(e) > 1)
    events_joined = len({next(iter(e)) for e in joined if len(e) == 1})
    print(
        f"generated: {pairs} pairs on one event: {events_joined} share a group "
        f"(recall {events_joined / pairs:.2f}); {same} groups join the two articles of one "
        f"event, {false} join different events"
    )


def same_event(tmp: Path, why: bool = False) -> None:
    import dossier
    from dossier.corpus import groups as grouping
    from dossier.reading import article_id_for

    base = ROOT / ".cache" / "same-event"
    # the gold is committed (eval/same-event.json: urls, queries, the acts keyed per page);
    # the pages are third-party, fetched into the git-ignored .cache/same-event/texts/
    path = ROOT / "eval" / "same-event.json"
    if not path.is_file():
        path = base / "gold.json"
    if not path.is_file():
        print("same-event: no eval/same-event.json (see docs/season.md)")
        return
    gold = json.loads(path.read_text("utf-8"))
    missing = [p["file"] for ev in gold["events"] for p in ev["pages"]]
    missing = [f for f in missing if not (base / "texts" / f).is_file()]
    if missing:
        print(f"same-event: {len(missing)} pages not fetched into .cache/same-event/texts/")
        return
    folder = tmp / "same-event"
    folder.mkdir()
    event_of = {}
    for ev in gold["events"]:
        for page in ev["pages"]:
            shutil.copy(base / "texts" / page["file"], folder / page["file"])
            event_of[article_id_for(page["file"])] = ev["id"]
    c = dossier.load(folder, cache=False)
    sents = c.sentences.set_index("sentence_id")
    com = c.commitments.assign(sentence=c.commitments.sentence_id.map(sents.text).fillna(""))
    items = grouping._items(c, range(len(com)))[0] if why else {}
    refused: Counter = Counter()
    shared = joined = pairs = pairs_joined = 0
    for ev in gold["events"]:
        for act in ev["shared"]:
            shared += 1
            groups_per_page, rows_per_page = [], []
            for file, key in act["keys"].items():
                aid = article_id_for(file)
                here = com[(com.article_id == aid) & com.sentence.str.contains(key, regex=False)]
                groups_per_page.append(set(here.group_id))
                rows_per_page.append(list(here.index))
            if groups_per_page and set.intersection(*groups_per_page):
                joined += 1
            for x in range(len(groups_per_page)):
                for y in range(x + 1, len(groups_per_page)):
                    pairs += 1
                    together = bool(groups_per_page[x] & groups_per_page[y])
                    pairs_joined += together
                    if why and not together:
                        refused[_why_not(grouping, items, rows_per_page[x], rows_per_page[y])] += 1
    per_group = com.groupby("group_id").article_id.agg(set)
    across = [g for g, arts in per_group.items() if len({event_of.get(a, a) for a in arts}) > 1]
    print(
        f"same-event pages: {len(event_of)} pages of {len(gold['events'])} events; "
        f"{joined}/{shared} shared acts joined on every page ({joined / shared:.2f}), "
        f"{pairs_joined}/{pairs} pairs of pages ({pairs_joined / pairs:.2f}); "
        f"{len(across)} groups join two events"
    )
    groups = c.commitment_groups.set_index("group_id")
    for g in across:
        print(f"  across events: {g} {groups.loc[g, 'reason'] if 'reason' in groups else ''}")
    for reason, n in refused.most_common():
        print(f"  not joined, {n:3d} pairs of pages: {reason}")


def _why_not(grouping, items, xs: list[int], ys: list[int]) -> str:
    """Why the commitments of two pages' sentences are not joined: no commitment on one
    page, or the refusal of the pair that got furthest through `judge` (by its order)."""
    if not xs or not ys:
        return "a page has no commitment in the act's sentence"
    order = [
        "no side",
        "another kind",
        "no side in common",
        "each has a side the other lacks",
        "told apart (instrument, days, numbers or areas)",
        "worded apart",
        "one side, nothing specific shared",
        "too little evidence",
    ]
    found = [grouping.refusal(items[i], items[j]) for i in xs for j in ys]
    found = [f for f in found if f] or ["joined, but not into one group (a member said no)"]
    return max(found, key=lambda f: order.index(f) if f in order else len(order))


def dev_together(tmp: Path) -> None:
    import dossier

    texts = ROOT / ".cache" / "devset"
    if not any(texts.glob("*.txt")):
        print("dev texts: none in .cache/devset")
        return
    folder = tmp / "dev"
    shutil.copytree(texts, folder)
    c = dossier.load(folder, cache=False)
    g = c.commitment_groups
    multi = g[g.articles > 1]
    print(f"dev texts together: {len(c.articles)} articles, {len(multi)} groups span articles")
    for r in multi.itertuples():
        print(
            f"  {r.kind} · {r.parties} · {r.instrument} · {r.articles} articles · "
            f"{getattr(r, 'reason', '')}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--why", action="store_true", help="why shared acts are not joined")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dossier-groups-"))
    try:
        generated(args.pairs, tmp)
        same_event(tmp, args.why)
        dev_together(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
