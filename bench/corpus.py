"""A season of news: near-duplicate detection, extraction on Dask and on the built-in
pool, and the tables at 50,000 articles.

    python bench/corpus.py [--distinct 20000] [--slice 2000] [--tables 50000]
                           [--skip-extraction] [--skip-tables]

1. Stories: `--distinct` invented articles (bench/generate.py; 5 % of them are a second,
   different article on another's event) plus 10 % syndicated copies (re-titled,
   bylined, cut, "Lire aussi" lines, re-wrapped, cp1252). Detection runs on the read
   texts, before any parse; pair precision and recall against the generated truth.
2. Extraction: articles/s on a slice of `--slice` of them, through a dask.distributed
   LocalCluster with 1 and 2 workers and through the built-in pool with 1 and 2 workers.
3. Tables the size of `--tables` articles (the seed's tables repeated, as in
   bench/notebooks.py): explorer build, filter-to-redraw p95, cached load.
Peak memory (maximum resident set of this process and of its children) at the end.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402


def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    """Every pair of articles put in the same group."""
    by: dict[str, list[str]] = {}
    for name, g in groups.items():
        by.setdefault(g, []).append(name)
    return {
        (a, b) for members in by.values() for a, b in itertools.combinations(sorted(members), 2)
    }


def stories(distinct: int) -> list[generate.Generated]:
    from dossier.corpus.stories import Text, find_stories
    from dossier.reading import parse_article

    start = time.perf_counter()
    made, changes = generate.corpus(distinct)
    print(
        f"stories: {distinct:,} distinct articles (of which {int(distinct * 0.05):,} pairs on "
        f"one event) + {len(made) - distinct:,} copies, generated in "
        f"{time.perf_counter() - start:.1f} s"
    )
    start = time.perf_counter()
    texts = []
    for g in made:
        article, _ = parse_article(g.data, g.name, {"published": g.published})
        texts.append(
            Text(article.article_id, g.name, g.published, article.text, article.headline_end)
        )
    read = time.perf_counter() - start
    start = time.perf_counter()
    found, sigs = find_stories(texts)
    detect = time.perf_counter() - start
    # one article added to that corpus: the stories found are kept, the new one queried
    added = Text("zz-added", "zz-added.txt", None, texts[0].text, texts[0].headline_end)
    previous = {a: story for a, (story, _) in found.items()}
    start = time.perf_counter()
    again, _ = find_stories([*texts, added], sigs, previous)
    incremental = time.perf_counter() - start
    assert again["zz-added"][0] == found[texts[0].article_id][0]
    by_id = {t.article_id: t.path for t in texts}
    predicted = pairs({by_id[a]: s for a, (s, _) in found.items()})
    truth = pairs({g.name: str(g.story) for g in made})
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    print(f"  reading {len(made):,} files (decode, headline): {read:6.1f} s")
    print(f"  detection on {len(texts):,} texts (shingles, MinHash, LSH, check): {detect:6.1f} s")
    print(f"  one article added (signatures and stories kept): {incremental:6.1f} s")
    print(
        f"  pairs: {len(truth):,} true, {len(predicted):,} found; precision {precision:.4f}, "
        f"recall {recall:.4f}  (goal >= 0.99 / >= 0.95)"
    )
    missed = truth - predicted
    if missed:
        kinds: dict[str, int] = {}
        for a, b in missed:
            how = changes.get(a) or changes.get(b) or "two copies"
            kinds[how] = kinds.get(how, 0) + 1
        worst = sorted(kinds.items(), key=lambda kv: -kv[1])[:5]
        print("  missed copies by change: " + ", ".join(f"{k} {v}" for k, v in worst))
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--distinct", type=int, default=20_000)
    parser.add_argument("--slice", type=int, default=2_000)
    parser.add_argument("--tables", type=int, default=50_000)
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--skip-tables", action="store_true")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores")
    made = stories(args.distinct)
    tmp = Path(tempfile.mkdtemp(prefix="dossier-corpus-"))
    try:
        if not args.skip_extraction:
            extraction(made[: args.slice], tmp)
        if not args.skip_tables:
            tables(args.tables, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: this process {own:,.0f} MiB, largest child {kids:,.0f} MiB")


def _warm(folder: Path) -> None:
    """Run on each Dask worker: read a few articles so spaCy and the matchers are loaded."""
    import dossier

    dossier.load(folder, cache=False, workers=1)


def extraction(made, tmp: Path) -> None:
    """Articles/s of dossier.load(cache=False) on the same files: the built-in pool and a
    LocalCluster, 1 and 2 workers each, every pipeline loaded before timing."""
    import dossier
    from dossier.extraction.pipeline import get_nlp

    folder = tmp / "slice"
    folder.mkdir()
    for g in made:
        (folder / g.name).write_bytes(g.data)
    warm = tmp / "warm"
    warm.mkdir()
    for g in made[:8]:
        (warm / g.name).write_bytes(g.data)
    n = len(made)
    print(f"extraction: {n:,} articles, dossier.load(cache=False), pipelines loaded first")
    get_nlp()  # the pool's processes are forked from here, the pipeline already loaded
    rows = {}
    for workers in (1, 2):
        start = time.perf_counter()
        corpus = dossier.load(folder, cache=False, workers=workers)
        rows[("pool", workers)] = time.perf_counter() - start
        assert len(corpus.articles) == n
    import dask
    from distributed import Client, LocalCluster

    from dossier.corpus import DASK_WORKER_CONFIG

    for workers in (1, 2):
        with (
            dask.config.set(DASK_WORKER_CONFIG),
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            # every worker loads spaCy and its matchers before the clock starts
            client.run(_warm, warm)
            start = time.perf_counter()
            remote = dossier.load(folder, cache=False, client=client)
            rows[("dask", workers)] = time.perf_counter() - start
            assert len(remote.articles) == n
    for (how, workers), secs in rows.items():
        label = "built-in pool" if how == "pool" else "Dask LocalCluster"
        print(f"  {label:<18} {workers} worker(s): {secs:6.1f} s  {n / secs:6.1f} articles/s")
    speed = {k: n / v for k, v in rows.items()}
    print(
        f"  Dask 2 workers / 1 worker: {speed[('dask', 2)] / speed[('dask', 1)]:.2f} (goal >= 1.7)"
    )
    for workers in (1, 2):
        ratio = speed[("dask", workers)] / speed[("pool", workers)]
        print(f"  Dask / pool, {workers} worker(s): {ratio:.2f} (goal >= 0.9)")


def tables(n: int, tmp: Path) -> None:
    """Explorers and a cached load on tables the size of n articles (the seed's tables
    repeated, as in bench/notebooks.py)."""
    import hashlib
    import statistics

    import numpy as np

    import dossier
    from dossier import explore
    from dossier.corpus import frame
    from dossier.corpus.cache import cache_folder as _cache_folder
    from dossier.corpus.cache import write_cache as _write_cache
    from notebooks import latencies, plan, synthetic

    start = time.perf_counter()
    big = synthetic(dossier.load(ROOT / "seeds", cache=False, workers=1), n)
    print(
        f"tables of {n:,} articles: {len(big.sentences):,} sentences, {len(big.mentions):,} "
        f"mentions, {len(big.commitments):,} commitments (made in "
        f"{time.perf_counter() - start:.0f} s)"
    )
    # a cached load: one small file per article, the tables above as its cache
    folder, cache = tmp / "big", tmp / "cache"
    folder.mkdir()
    arts = big.articles
    paths, shas = [], []
    vocabulary = sorted(set(" ".join(big.sentences.text.head(2000)).lower().split()))
    rng = np.random.default_rng(3)
    for aid in arts.article_id:
        words = " ".join(rng.choice(vocabulary, 60))  # a body of its own: stories stay apart
        data = f"Article {aid}\n\n{words}.\n".encode()
        (folder / f"{aid}.txt").write_bytes(data)
        paths.append(f"{aid}.txt")
        shas.append(hashlib.sha256(data).hexdigest())
    big.articles = frame("articles", arts.assign(path=paths, sha256=shas))
    _write_cache(_cache_folder(cache), big)
    # as an analyst meets it: a fresh kernel loads the cached corpus (the first load also
    # records the files' sizes and times, as the first load after a build does)
    probe = (
        "import sys, time; t = time.perf_counter(); import dossier; "
        "c = dossier.load(sys.argv[1], cache_dir=sys.argv[2]); "
        "print(time.perf_counter() - t, len(c.articles), len(c.commitments), len(c.problems))"
    )
    times = []
    for _ in range(4):
        done = subprocess.run(
            [sys.executable, "-c", probe, str(folder), str(cache)],
            capture_output=True,
            text=True,
            check=True,
        )
        secs, arts_n, commitments_n, _ = done.stdout.split()
        assert int(arts_n) == n and int(commitments_n) == len(big.commitments)
        times.append(float(secs))
    print(
        f"  cached load of {n:,} articles in a fresh process (import included): first "
        f"{times[0]:.1f} s, then median {statistics.median(times[1:]):.1f} s (goal <= 5 s)"
    )
    loaded = dossier.load(folder, cache_dir=cache)
    start = time.perf_counter()
    dossier.load(folder, cache_dir=cache)
    print(
        f"  the same load in this process, with {n:,} articles' tables already alive: "
        f"{time.perf_counter() - start:.1f} s"
    )
    # one article added to the folder: in this process (the pipeline loaded once before,
    # as in a kernel that extracted earlier), then in a fresh process (model load included)
    from dossier.extraction.pipeline import get_nlp

    get_nlp()
    # the cache holds what a real one would: each text's story signature and story
    from dossier.corpus.cache import write_signatures
    from dossier.corpus.stories import body_words, shingles, signature

    sigs = {}
    for aid, path in zip(big.articles.article_id, big.articles.path, strict=True):
        text = (folder / path).read_text("utf-8")
        sigs[aid] = signature(shingles(body_words(text, text.find("\n"))))
    big.articles = frame(
        "articles", big.articles.assign(story_id="story:" + big.articles.article_id)
    )
    _write_cache(_cache_folder(cache), big)
    write_signatures(_cache_folder(cache), big.articles, sigs)
    # the generated tables give every copy of the seed's commitments a group of its own
    # (180,000 groups); a real cache holds the groups a full grouping makes of them
    cases = [
        (0, "this process, pipeline loaded, generated groups"),
        (1, "this process, pipeline loaded, groups of a full grouping"),
        (2, "a fresh process, groups of a full grouping"),
    ]
    again = None
    for i, where in cases:
        if i == 1:  # the cache as a real one is: the groups a full grouping makes
            from dossier.corpus.groups import group

            start = time.perf_counter()
            ids, table = group(again)
            again.commitments = frame(
                "commitments", again.commitments.assign(group_id=ids.to_numpy())
            )
            again.commitment_groups = frame("commitment_groups", table)
            _write_cache(_cache_folder(cache), again)
            print(
                f"  (a full grouping of {len(again.commitments):,} commitments: "
                f"{len(table):,} groups, {time.perf_counter() - start:.0f} s)"
            )
        # a text of its own each time: the same text twice is a duplicate, which a load
        # only notes (it measured nothing but the scan until 2026-12-05)
        (folder / f"zz-added-{i}.txt").write_text(
            f"La Finlande et l'Estonie ont signé l'accord de défense aérienne n° {i + 7} "
            "à Tallinn.\n",
            "utf-8",
        )
        start = time.perf_counter()
        if i < 2:
            again = dossier.load(folder, cache_dir=cache)
            secs = time.perf_counter() - start
            assert len(again.articles) == n + i + 1 and again.problems.empty
        else:
            done = subprocess.run(
                [sys.executable, "-c", probe, str(folder), str(cache)],
                capture_output=True,
                text=True,
                check=True,
            )
            secs, arts_n, _, problems_n = done.stdout.split()
            assert int(arts_n) == n + 3 and int(problems_n) == 0, done.stdout
            secs = float(secs)
        print(f"  one article added, reload in {where}: {secs:.1f} s (goal <= 3 s)")
    for make in (explore.actors, explore.domains, explore.commitments, explore.network):
        start = time.perf_counter()
        e = make(loaded)  # the first one also indexes the corpus for every explorer
        build = time.perf_counter() - start
        steps = len(plan(e))
        cold, _, _ = latencies(e, max(40, steps), cold=True)
        print(
            f"  {make.__name__:<12} build {build:5.1f} s (goal <= 10) | filter-to-redraw "
            f"p50 {np.percentile(cold, 50) * 1000:4.0f} ms, p95 "
            f"{np.percentile(cold, 95) * 1000:4.0f} ms (goal <= 250), max "
            f"{max(cold) * 1000:4.0f} ms over {max(40, steps)} changes"
        )


if __name__ == "__main__":
    main()
