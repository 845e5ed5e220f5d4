"""`load` (a folder, cached, incremental) and `extract` (one text): articles read,
new or changed ones extracted, merged with the cached rest, then stories and
commitment groups over the whole corpus."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pandas as pd

from ..reading import (
    Article,
    Problem,
    iter_files,
    parse_article,
    read_file,
    read_sidecar,
)
from .cache import (
    CACHE_FILES,
    cache_folder,
    collector_paused,
    file_sha,
    read_cache,
    read_signatures,
    read_stats,
    write_cache,
    write_signatures,
    write_stats,
)
from .schema import CORPUS_WIDE, SCHEMA, Corpus, assemble, frame
from .workers import extract_many, extract_on_dask

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
    from ..base.paths import seeds_dir

    folder = Path(path) if path is not None else seeds_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"no folder {folder}: put articles in seeds/ or pass a folder")
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    sidecar, problems = read_sidecar(folder)
    store = cache_folder(cache_dir) if cache else None  # hashes the sources: once per load
    # The cached path makes millions of objects (strings, rows, paths) and no cycle: the
    # cycle collector, left on, would walk every object alive (earlier corpora in the
    # notebook included) again and again while they are made. Extraction runs with it on.
    with collector_paused():
        cached = read_cache(store) if store else None
        scan = _Scan(folder, sidecar, cached, read_stats(store) if cached is not None else {})
    problems += scan.problems + _unknown_in_sidecar(sidecar, scan.known)
    fresh = _extract(scan.articles, workers, client, progress)
    for rows in fresh:
        problems.extend(Problem(**p) for p in rows.pop("problems", []))
    corpus = assemble(fresh, problems)
    if cached is not None and scan.kept:
        with collector_paused():
            corpus = _merge_cached(corpus, cached, scan.kept, scan.order, scan.only_added())
    unchanged = scan.unchanged()
    # stories, groups and the cache make objects by the million too, and no cycle
    with collector_paused():
        if not unchanged:  # across the whole corpus, so after any change
            added = scan.only_added()
            _add_stories(corpus, store, added)  # copies of one dispatch
            # the same commitment in several articles; when articles were only added, the
            # cached groups are kept and only the new commitments are placed
            previous = _previous_groups(cached, corpus) if added and scan.kept else None
            _add_groups(corpus, previous)
        if store:
            kept = _kept_rows(corpus, cached) if not unchanged and added and scan.kept else None
            _store(store, corpus, scan, unchanged, kept, (cached or {}).get(CACHE_FILES))
    corpus.folder = folder
    return corpus


# what an article added elsewhere may change in the rows of articles already cached
_REWRITTEN = {"articles": ("story_id", "duplicate_of"), "commitments": ("group_id",)}


def _kept_rows(corpus: Corpus, cached: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Tables whose cached rows come first, unchanged (articles only added), and how many
    there are: the cache appends the rest. A story or a group an added article changed
    in the cached rows has its table written again whole."""

    out = {}
    for name in SCHEMA:
        if name in CORPUS_WIDE or name == "problems":
            continue
        old = cached[name]
        if _rows_kept(getattr(corpus, name), old, _REWRITTEN.get(name, ())):
            out[name] = len(old)
    return out


def _rows_kept(now: pd.DataFrame, old: pd.DataFrame, cols) -> bool:
    """The cached rows `old` still open the table `now`, with the same `cols`."""
    import numpy as np

    n = len(old)
    return n <= len(now) and all(
        np.array_equal(now[col].to_numpy(dtype=object)[:n], old[col].to_numpy(dtype=object))
        for col in cols
    )


class _Scan:
    """The folder's files against the cache: which articles are unchanged (their cached
    rows are kept, nothing is read), which are read to be extracted, and what went wrong."""

    def __init__(self, folder: Path, sidecar: dict, cached, stats: dict):
        self.cached, self.stats = cached, stats
        self.problems: list[Problem] = []
        self.articles: list[Article] = []  # to extract
        self.order: list[str] = []  # article ids in folder order, cached and fresh alike
        self.kept: set[str] = set()  # cached articles kept as they are
        self.known: set[str] = set()  # every file's path
        self.seen_stats: dict[str, tuple[int, int, str]] = {}
        self.hits: dict[str, str] = {}  # path -> sha256 in the cache
        self._rows: dict[str, int] = {}
        self._ids: dict[str, str] = {}
        self._problems: dict[str, list[dict]] = {}
        if cached is not None:
            paths = cached["articles"]["path"].tolist()
            self.hits = dict(zip(paths, cached["articles"]["sha256"].tolist(), strict=True))
            self._rows = {p: i for i, p in enumerate(paths)}
            self._ids = dict(zip(paths, cached["articles"]["article_id"].tolist(), strict=True))
            for r in cached["problems"].to_dict("records"):
                self._problems.setdefault(r["path"], []).append(r)
        seen_sha: dict[str, str] = {}
        for file, rel, problem in iter_files(folder):
            if problem is not None:
                self.problems.append(problem)
                continue
            self.known.add(rel)
            meta = sidecar.get(rel) or sidecar.get(file.name)
            sha = file_sha(file, stats.get(rel), self.seen_stats, rel)
            if sha and sha not in seen_sha and self._unchanged(rel, sha, meta):
                # unchanged since the cache was written: no reading, no parsing
                seen_sha[sha] = rel
                aid = self._ids[rel]
                self.order.append(aid)
                self.kept.add(aid)
                self.problems.extend(Problem(**r) for r in self._problems.get(rel, []))
                continue
            article, file_problems = read_file(file, rel, meta)
            self.problems.extend(file_problems)
            if article is None:
                continue
            if article.sha256 in seen_sha:
                first = seen_sha[article.sha256]
                self.problems.append(
                    Problem(rel, "warning", "duplicate", f"same content as {first}; counted once")
                )
                continue
            seen_sha[article.sha256] = rel
            self.articles.append(article)
            self.order.append(article.article_id)

    def _unchanged(self, rel: str, sha: str, meta: dict | None) -> bool:
        return self.hits.get(rel) == sha and not (
            meta and meta_changed(_row(self.cached["articles"], self._rows[rel]), meta)
        )

    def only_added(self) -> bool:
        """Every article of the cache is still here, unchanged: only new ones came."""
        return self.cached is not None and set(self.hits) == {
            p for p in self.known if self._ids.get(p) in self.kept
        }

    def unchanged(self) -> bool:
        """Nothing new, changed or gone since the cache was written."""
        return not self.articles and self.only_added()


def _unknown_in_sidecar(sidecar: dict, known: set[str]) -> list[Problem]:
    return [
        Problem(
            "articles.csv",
            "warning",
            "sidecar-unknown-file",
            f"articles.csv lists {name!r}, which is not in the folder",
        )
        for name in sidecar
        if name not in known and not any(k.endswith("/" + name) for k in known)
    ]


def _extract(articles: list[Article], workers: int, client, progress: bool) -> list[dict]:
    """Rows of the articles to extract, on a Dask cluster or local processes."""
    bar = None
    if progress and articles:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="extracting")
    try:
        if client is not None and articles:
            return extract_on_dask(articles, client, bar.update if bar else None)
        return extract_many(articles, workers, bar.update if bar else None)
    finally:
        if bar:
            bar.close()


def _store(
    store: Path,
    corpus: Corpus,
    scan: _Scan,
    unchanged: bool,
    kept: dict | None = None,
    read: dict | None = None,
) -> None:
    """File stats and, after any change, the tables (`kept`: rows of each table already
    cached, which are not written again): a cache that cannot be written is a warning,
    never a failure."""
    if scan.seen_stats != scan.stats:
        with contextlib.suppress(OSError):  # without it, each file is hashed: nothing more
            write_stats(store, scan.seen_stats)
    if unchanged:
        return
    try:
        write_cache(store, corpus, kept, read)
    except OSError as exc:
        _add_problem(corpus, "cache-unwritable", f"tables could not be cached: {exc}", "(cache)")


def _row(table: pd.DataFrame, i: int) -> dict:
    return {col: table[col].iat[i] for col in ("title", "source", "url", "published")}


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
    fresh: Corpus,
    cached: dict[str, pd.DataFrame],
    keep_ids: set[str],
    order: list[str],
    only_added: bool = False,
) -> Corpus:
    """Fresh rows for changed articles + cached rows for unchanged ones, in folder order.
    When articles were only added, the cached tables stay as they are and the new
    articles' rows follow them: nothing to filter or sort in tables of millions of rows."""
    rank = {aid: i for i, aid in enumerate(order)}
    ids = cached["articles"]["article_id"].tolist()
    if fresh.articles.empty and len(ids) == len(order) and set(ids) == set(order):
        # nothing new and nothing gone: the cache is the corpus (a re-run after no change;
        # articles added earlier follow the others, not the folder's order)
        return Corpus(**{**{n: cached[n] for n in SCHEMA}, "problems": fresh.problems})
    if only_added:
        tables = {"problems": fresh.problems}
        tables |= {name: getattr(fresh, name) for name in CORPUS_WIDE}  # computed after
        for name in SCHEMA:
            if name not in tables:
                both = pd.concat([cached[name], getattr(fresh, name)], ignore_index=True)
                tables[name] = frame(name, both)
        return Corpus(**tables)
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
        return assemble([], [Problem(name, "error", code, str(exc))])
    rows = extract_many([article], 1, None)
    for r in rows:
        problems.extend(Problem(**p) for p in r.pop("problems", []))
    corpus = assemble(rows, problems)
    _add_stories(corpus, None)
    _add_groups(corpus)
    return corpus


# ---------------------------------------------------------------- stories and groups


def _previous_groups(cached: dict[str, pd.DataFrame], corpus: Corpus):
    """The cached commitments' groups (indexed by commitment id), the cached groups table,
    and whether an added article changed the story of a cached one (two stories joined):
    then every group's count of stories is counted again."""

    c = cached["commitments"]
    joined = not _rows_kept(corpus.articles, cached["articles"], ("story_id",))
    return (
        pd.Series(c.group_id.to_numpy(), index=c.commitment_id.to_numpy()),
        cached["commitment_groups"],
        joined,
    )


def _add_groups(corpus: Corpus, previous=None) -> None:
    """commitments.group_id and the commitment_groups table (commitment_groups.py). A
    failure here leaves every commitment in a group of its own, with a problem row."""
    from .groups import group

    try:
        ids, table = group(corpus, previous)
    except Exception as exc:  # the tables are worth more than their grouping
        ids = "group:" + corpus.commitments.commitment_id
        table = pd.DataFrame()
        _add_problem(corpus, "groups-failed", f"commitments not grouped: {exc!r}")
    corpus.commitments = frame("commitments", corpus.commitments.assign(group_id=ids.to_numpy()))
    corpus.commitment_groups = frame("commitment_groups", table)


def _add_problem(corpus: Corpus, code: str, message: str, path: str = "(corpus)") -> None:
    row = {"path": path, "severity": "warning", "code": code, "message": message}
    corpus.problems = frame("problems", pd.concat([corpus.problems, frame("problems", [row])]))


def _add_stories(corpus: Corpus, store: Path | None, only_added: bool = False) -> None:
    """articles.story_id and duplicate_of over the whole corpus (stories.py). Signatures of
    unchanged texts are read back from the cache folder instead of computed again; when
    articles were only added, the stories found before are kept and only the new
    articles are compared with the rest."""
    from .stories import Text, find_stories

    arts = corpus.articles
    if arts.empty:
        return
    s = corpus.sentences
    heads = s[s.headline.fillna(False).astype(bool)].groupby("article_id")["end"].max()
    heads = dict(zip(heads.index, heads.tolist(), strict=True))  # a dict: one lookup each
    known = read_signatures(store)
    texts, reuse = [], {}
    for aid, path, published, text, sha in zip(
        arts.article_id, arts.path, arts.published, arts.text, arts.sha256, strict=True
    ):
        day = None if pd.isna(published) else published.date()
        texts.append(Text(aid, path, day, text, int(heads.get(aid, 0))))
        if (aid, sha) in known:
            reuse[aid] = known[(aid, sha)]
    previous = None
    if only_added:
        previous = {a: st for a, st in zip(arts.article_id, arts.story_id, strict=True) if st}
    try:
        stories, sigs = find_stories(texts, reuse, previous)
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
        added = None
        if only_added and known:  # only the new texts' signatures go, in one more part
            added = [
                a for a, h in zip(arts.article_id, arts.sha256, strict=True) if (a, h) not in known
            ]
        write_signatures(store, arts, sigs, added)
