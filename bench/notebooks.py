"""Notebook and explorer speed: Run-All per notebook in a fresh kernel (warm cache), and
filter-to-redraw latency per explorer on synthetic tables the size of 5,000 articles.

    python bench/notebooks.py [--articles 5000] [--changes 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def synthetic(corpus, n: int):
    """The corpus repeated n times under distinct article ids: the shape of n articles."""
    import numpy as np

    from dossier.corpus import SCHEMA, Corpus, frame

    owner = {
        "commitment_actors": "commitment_id",
        "commitment_domains": "commitment_id",
        "event_actors": "event_id",
    }
    days = pd.to_timedelta(np.arange(n) % 700, unit="D")
    tables = {}
    for name in SCHEMA:
        df = getattr(corpus, name)
        copy = np.repeat(np.arange(n), len(df))  # which repetition each row belongs to
        big = pd.concat([df] * n, ignore_index=True) if n and len(df) else df.iloc[:0].copy()
        for col in (
            "article_id",
            "sentence_id",
            "commitment_id",
            "event_id",
            "story_id",
            "duplicate_of",
            *(("group_id",) if name in ("commitments", "commitment_groups") else ()),
        ):
            if col in big.columns and len(df):
                # "<article>…" -> "<article>-<i>…": the article part of every id
                head = df[col].astype(str).str.extract(r"^([^#/]*)(.*)$", expand=True)
                heads = np.tile(head[0].to_numpy(dtype=object), n)
                tails = np.tile(head[1].to_numpy(dtype=object), n)
                empty = np.tile((df[col].fillna("") == "").to_numpy(), n)
                big[col] = [
                    "" if e else f"{h}-{i:06d}{t}"
                    for h, t, i, e in zip(heads, tails, copy, empty, strict=True)
                ]
        if name == "articles" and len(df):
            big["published"] = pd.Timestamp("2024-01-01") + days[copy]
        if name == "commitment_groups" and len(df):
            big["first_seen"] = big["last_seen"] = pd.Timestamp("2024-01-01") + days[copy]
        if name in ("commitments", "events", "commitment_groups") and len(df):
            big["date"] = pd.Timestamp("2024-01-01") + pd.to_timedelta((copy * 7) % 700, "D")
            big["date_precision"] = "day"
        tables[name] = frame(name, big) if name not in owner else big
    return Corpus(**tables)


def run_all(path: Path, root: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return time.perf_counter() - start


def plan(explorer) -> list:
    """Each control through a few of its values, in turn: the filters add up, so some
    steps end on an empty chart, as they do for an analyst narrowing down."""
    steps = []
    for name, control in explorer.controls.items():
        if name in ("kinds", "countries", "categories", "commitment_kinds", "view"):
            values = [v for _, v in control.options][:4]
        elif name == "search":
            values = ["Japon", "défense", ""]
        elif name == "min_mentions":
            values = [1, 3, 1]
        elif name in ("actors", "domains"):
            values = [(control.options[0][1],), ()]
        elif name == "new_since":
            values = [dt.date(2025, 1, 1), None]
        elif name == "copies":
            values = [True, False]
        else:
            continue
        steps += [(control, v) for v in values]
    return steps


def latencies(explorer, changes: int, cold: bool) -> tuple[list[float], list[float], list[float]]:
    """Time each full redraw, the part of it spent in matplotlib (building the figure and
    rendering it to PNG) and the part spent in Python's cycle collector; cold = the
    explorer has not seen that choice before."""
    import gc

    from dossier import explore

    chart, collector, started = [0.0], [0.0], [0.0]

    def on_gc(phase, _info):
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            collector[0] += time.perf_counter() - started[0]

    def timed(f):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                chart[0] += time.perf_counter() - start

        return run

    render, draw = explore.render_png, explorer.draw
    explore.render_png, explorer.draw = timed(render), timed(draw)
    steps = plan(explorer)
    times, charts, pauses = [], [], []
    gc.callbacks.append(on_gc)
    try:
        for i in range(changes):
            control, value = steps[i % len(steps)]
            if cold:
                explorer._seen.clear()
            chart[0] = collector[0] = 0.0
            start = time.perf_counter()
            control.value = value
            times.append(time.perf_counter() - start)
            charts.append(chart[0])
            pauses.append(collector[0])
    finally:
        gc.callbacks.remove(on_gc)
        explore.render_png = render
        del explorer.draw
    return times, charts, pauses


def percentiles(t: list[float]) -> str:
    t = sorted(t)
    p50, p95 = statistics.median(t) * 1000, t[int(0.95 * (len(t) - 1))] * 1000
    return f"p50 {p50:5.0f} ms  p95 {p95:5.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--changes", type=int, default=40)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dossier-nb-"))
    try:
        shutil.copytree(ROOT / "seeds", tmp / "seeds")
        for p in (ROOT / "tests" / "texts").glob("*.txt"):
            shutil.copy(p, tmp / "seeds" / p.name)
        (tmp / "exports").mkdir()
        os.environ["DOSSIER_ROOT"] = str(tmp)
        os.environ["DOSSIER_CACHE"] = str(tmp / "cache")
        os.environ["MPLBACKEND"] = "agg"
        import dossier

        corpus = dossier.load()  # warm the cache the notebooks will read
        print(
            f"notebooks: Run-All in a fresh kernel, warm cache, {len(corpus.articles)} "
            "articles (goal <= 5 s each)"
        )
        for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
            print(f"  {path.name:<22} {run_all(path, tmp):6.2f} s")

        from dossier import explore

        big = synthetic(dossier.load(ROOT / "seeds"), args.articles)
        print(
            f"explorers: filter-to-redraw on synthetic tables of {args.articles:,} articles "
            f"({len(big.mentions):,} mentions, {len(big.commitments):,} commitments), "
            f"{args.changes} changes each (goal p95 <= 150 ms)"
        )
        for make in (explore.actors, explore.domains, explore.commitments, explore.network):
            start = time.perf_counter()
            e = make(big)
            build = time.perf_counter() - start
            cold, chart, pauses = latencies(e, args.changes, cold=True)
            latencies(e, len(plan(e)), cold=False)  # every choice of the plan seen once
            warm, _, _ = latencies(e, args.changes, cold=False)
            rest = [t - c for t, c in zip(cold, chart, strict=True)]
            print(
                f"  {make.__name__:<12} build {build * 1000:5.0f} ms | new choice "
                f"{percentiles(cold)} | of which matplotlib {percentiles(chart)} | "
                f"dossier {percentiles(rest)} | collector max {max(pauses) * 1000:3.0f} ms | "
                f"choice seen before {percentiles(warm)}"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
