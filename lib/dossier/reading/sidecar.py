"""seeds/articles.csv: what the analyst knows of each file (title, outlet, url,
published date, language)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from .decode import decode
from .problems import Problem, ReadError

SIDECAR = "articles.csv"
SIDECAR_COLUMNS = ("file", "title", "source", "url", "published", "language")


# ---------------------------------------------------------------- sidecar


def read_sidecar(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """seeds/articles.csv -> {file name: metadata}. Bad rows become problems; good rows count."""
    path = folder / SIDECAR
    if not path.is_file():
        return {}, []
    problems: list[Problem] = []
    try:
        raw, _ = decode(path.read_bytes())
    except (OSError, ReadError) as exc:
        return {}, [Problem(SIDECAR, "warning", "sidecar-unreadable", f"{SIDECAR}: {exc}")]
    rows: dict[str, dict] = {}
    reader = csv.reader(io.StringIO(raw))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        return {}, [Problem(SIDECAR, "warning", "sidecar-unreadable", f"{SIDECAR}: {exc}")]
    if "file" not in header:
        return {}, [
            Problem(
                SIDECAR,
                "warning",
                "sidecar-no-file-column",
                f"{SIDECAR} has no 'file' column (columns: {', '.join(SIDECAR_COLUMNS)});"
                " its metadata was ignored",
            )
        ]
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line + 1}: {exc}; row ignored",
                )
            )
            line += 1
            continue
        line += 1
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line}: {len(values)} fields where the header has "
                    f"{len(header)}; row ignored",
                )
            )
            continue
        row = {k: v.strip() for k, v in zip(header, values, strict=True)}
        name = row.get("file", "")
        if not name:
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line}: empty 'file'; row ignored",
                )
            )
            continue
        if row.get("published"):
            try:
                row["published"] = dt.date.fromisoformat(row["published"][:10])
            except ValueError:
                problems.append(
                    Problem(
                        SIDECAR,
                        "warning",
                        "sidecar-bad-date",
                        f"{SIDECAR} line {line}: published {row['published']!r} is not a date "
                        "(YYYY-MM-DD); left empty",
                    )
                )
                row["published"] = None
        else:
            row["published"] = None
        rows[name] = row
    return rows, problems
