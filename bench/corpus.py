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
    from dossier.reading import parse_article
    from dossier.stories import Text, find_stories

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
    found, _ = find_stories(texts)
    detect = time.perf_counter() - start
    by_id = {t.article_id: t.path for t in texts}
    predicted = pairs({by_id[a]: s for a, (s, _) in found.items()})
    truth = pairs({g.name: str(g.story) for g in made})
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    print(f"  reading {len(made):,} files (decode, headline): {read:6.1f} s")
    print(f"  detection on {len(texts):,} texts (shingles, MinHash, LSH, check): {detect:6.1f} s")
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


def extraction(made, tmp: Path) -> None:  # filled in with the Dask work
    pass


def tables(n: int, tmp: Path) -> None:  # filled in with the tables work
    pass


if __name__ == "__main__":
    main()
