"""The folder walked: every candidate file, sorted, links not followed; one file read
into an Article or a problem, never an exception."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .article import Article, parse_article
from .markup import SUPPORTED
from .problems import Problem, ReadError
from .sidecar import SIDECAR


def iter_files(folder: Path) -> Iterator[tuple[Path | None, str, Problem | None]]:
    """Every candidate file under folder, sorted, without following folder links (loops)."""
    top = os.fspath(folder)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        # the path relative to folder, as a prefix: cheaper than Path.relative_to per file
        prefix = os.path.relpath(dirpath, top).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for d in sorted(dirnames):
            if (base / d).is_symlink():
                rel = prefix + d
                yield (
                    None,
                    rel,
                    Problem(
                        rel,
                        "warning",
                        "linked-folder",
                        "a linked folder is not followed (it may loop)",
                    ),
                )
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not (base / d).is_symlink()
        )
        for name in sorted(filenames):
            if name.startswith(".") or (not prefix and name == SIDECAR):
                continue
            yield base / name, prefix + name, None


def read_file(path: Path, relpath: str, meta: dict | None) -> tuple[Article | None, list[Problem]]:
    """One file -> (Article or None, problems). Never raises."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        return None, [
            Problem(
                relpath,
                "error",
                "unsupported-format",
                f"{suffix or 'no extension'} files are not read; save the article"
                " as .txt, .md or .html",
            )
        ]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [
            Problem(relpath, "error", "unreadable", f"cannot read: {exc.strerror or exc}")
        ]
    try:
        return parse_article(data, relpath, meta)
    except ReadError as exc:
        return None, [Problem(relpath, "error", exc.code, str(exc))]
    except Exception as exc:  # a library failing on odd input must not stop the corpus
        return None, [Problem(relpath, "error", "read-failed", f"{type(exc).__name__}: {exc}")]
