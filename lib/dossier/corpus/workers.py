"""Where extraction runs: in this process, on a pool of local processes, or as tasks
on a dask.distributed cluster; one article's failure becomes a problem row."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from ..reading import (
    Article,
    Problem,
)

# ---------------------------------------------------------------- extraction


POOL_BATCH = 16  # articles per task on the local pool: progress moves at least this often


def extract_many(
    articles: list[Article], workers: int, progress: Callable[[int], None] | None
) -> list[dict[str, list[dict]]]:
    """Rows of each article, in order. With workers > 1, small batches go to whichever
    process of a local pool is free and come back as they are done (progress moves
    with each); in this process, articles are parsed in batches with nlp.pipe."""
    if workers > 1 and len(articles) >= 2 * POOL_BATCH:
        return _on_pool(articles, workers, progress)
    from ..extraction.pipeline import parse_many
    from ..extraction.rows import extract_rows

    french = [a for a in articles if a.language == "fr"]
    parsed = parse_many([a.text for a in french], [a.published for a in french])
    docs = dict(zip((a.article_id for a in french), parsed, strict=False))
    out = []
    for a in articles:
        out.append(_safe_rows(extract_rows, a, docs.get(a.article_id)))
        if progress:
            progress(1)
    return out


def _on_pool(articles, workers: int, progress) -> list[dict[str, list[dict]]]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    batches = [articles[i : i + POOL_BATCH] for i in range(0, len(articles), POOL_BATCH)]
    done: list[list[dict] | None] = [None] * len(batches)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=warm) as pool:
        futures = {pool.submit(_extract_batch, b): i for i, b in enumerate(batches)}
        for future in as_completed(futures):
            i = futures.pop(future)
            done[i] = future.result()
            if progress:
                progress(len(done[i]))
    return [rows for batch in done for rows in batch]


def warm() -> None:
    """Load the pipeline and the lexicons now (a pool worker does it as it starts, while
    the first batches are still being handed out)."""
    from ..extraction import lexicon
    from ..extraction.nlp import get_matchers
    from ..extraction.pipeline import get_nlp

    nlp = get_nlp()
    get_matchers(nlp.vocab)
    lexicon.places()
    lexicon.capitals()


def _extract_batch(articles: list[Article]) -> list[dict[str, list[dict]]]:
    return extract_many(articles, 1, None)


DASK_BATCH = 32  # articles per task: about a second of parsing, few enough tasks to schedule

# Dask settings for workers that run extraction (docs/season.md, measured on 2 cores):
# - the nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which fixes glibc's
#   thresholds: the parser's large buffers then go through mmap and page faults every
#   time (1.08 s for 32 articles in a plain process, 1.4 s with that variable set);
#   None removes the variable, glibc adapts its thresholds as usual;
# - the worker's statistical profiler samples the task's deep Python stack every 10 ms.
# with dask.config.set(DASK_WORKER_CONFIG): cluster = LocalCluster(...); for `dask
# worker`, the same as environment variables (README, "On a Dask cluster").
DASK_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


def extract_on_dask(
    articles: list[Article], client, progress: Callable[[int], None] | None
) -> list[dict[str, list[dict]]]:
    """The same batches as the local pool, as tasks on a dask.distributed cluster. Each
    worker process loads the pipeline once (extraction.pipeline.get_nlp) and keeps it
    between tasks."""
    from distributed import as_completed

    batches = [articles[i : i + DASK_BATCH] for i in range(0, len(articles), DASK_BATCH)]
    # pure=False: a batch is never taken for another one with the same arguments
    futures = client.map(_extract_batch, batches, pure=False, key=_task_keys(batches))
    position = {f.key: i for i, f in enumerate(futures)}
    done: list[list[dict[str, list[dict]]] | None] = [None] * len(batches)
    try:
        for future, rows in as_completed(futures, with_results=True):
            done[position[future.key]] = rows
            if progress:
                progress(len(rows))
    finally:
        for f in futures:
            f.release()
    return [rows for batch in done for rows in batch]


def _task_keys(batches: list[list[Article]]) -> list[str]:
    """Task names the dashboard shows: 'dossier-extract-<first article>-<n>'."""
    token = hashlib.sha256("".join(b[0].sha256 for b in batches).encode()).hexdigest()[:8]
    return [f"dossier-extract-{token}-{i}" for i in range(len(batches))]


def _safe_rows(fn, article: Article, doc) -> dict[str, list[dict]]:
    try:
        return fn(article, doc)
    except Exception as exc:  # one article's failure must not cost the corpus
        from ..extraction.rows import TABLE_NAMES, article_row

        rows = {name: [] for name in TABLE_NAMES}
        rows["articles"].append(article_row(article))
        rows["problems"] = [
            Problem(
                article.path, "error", "extraction-failed", f"{type(exc).__name__}: {exc}"
            ).__dict__
        ]
        return rows
