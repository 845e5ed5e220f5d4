"""python -m dossier build seeds/ --out tables/ [--format csv|parquet|xlsx]
python -m dossier briefing [seeds/] [--since 2026-03-01] [--lang en] [--theme "…"]
python -m dossier add URL [URL…] [--to seeds/]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dossier", description="French defence articles into tables."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="extract every article of a folder into tables")
    build.add_argument("folder", type=Path, help="folder of articles (e.g. seeds/)")
    build.add_argument("--out", type=Path, default=Path("tables"), help="output folder")
    build.add_argument("--format", choices=["csv", "parquet", "xlsx"], default="csv")
    build.add_argument("--no-cache", action="store_true", help="re-extract every article")
    build.add_argument("--workers", type=int, default=None, help="processes (default: 2)")
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run extraction on a Dask cluster (e.g. tcp://10.0.0.5:8786) instead of local "
        "processes; its workers need dossier and the spaCy model installed",
    )
    build.add_argument(
        "--connect-timeout",
        type=float,
        default=20,
        metavar="SECONDS",
        help="how long to wait for the scheduler (default: 20)",
    )
    brief = sub.add_parser(
        "briefing", help="every chart, the commitments table and the deck (PPTX, PDF)"
    )
    brief.add_argument("folder", type=Path, nargs="?", help="folder of articles (default: seeds/)")
    brief.add_argument("--out", type=Path, default=None, help="output folder (default: exports/)")
    brief.add_argument(
        "--since", type=_day, default=None, metavar="YYYY-MM-DD", help="add a 'new since' slide"
    )
    brief.add_argument("--lang", choices=["fr", "en"], default=None, help="default: French")
    brief.add_argument("--theme", default=None, help="the title slide's title")
    add = sub.add_parser(
        "add", help="fetch pages (or a feed's new items) into the folder, with their metadata"
    )
    add.add_argument("urls", nargs="+", metavar="URL", help="article pages or RSS/Atom feeds")
    add.add_argument("--to", type=Path, default=None, help="folder (default: seeds/)")
    add.add_argument("--timeout", type=float, default=20, metavar="SECONDS")
    args = parser.parse_args(argv)
    if args.command == "briefing":
        return _briefing(args)
    if args.command == "add":
        return _add(args)

    from .corpus import load

    if not args.folder.is_dir():
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 2
    if args.scheduler:
        try:
            from distributed import Client
        except ImportError:
            print(
                "error: --scheduler needs dask.distributed (pip install distributed)",
                file=sys.stderr,
            )
            return 2
        try:
            client = Client(args.scheduler, timeout=f"{args.connect_timeout}s")
        except OSError as exc:
            print(f"error: no Dask scheduler at {args.scheduler}: {exc}", file=sys.stderr)
            return 2
        with client:
            corpus = load(args.folder, cache=not args.no_cache, progress=True, client=client)
    else:
        corpus = load(args.folder, cache=not args.no_cache, workers=args.workers, progress=True)
    written = write_tables(corpus.tables(), args.out, args.format)
    print(f"{corpus!r}")
    for path in written:
        print(f"  {path}")
    errors = corpus.problems[corpus.problems.severity == "error"]
    for row in corpus.problems.itertuples():
        print(f"  {row.severity}: {row.path}: {row.message}", file=sys.stderr)
    return 1 if len(errors) and len(errors) == len(corpus.problems) and corpus.articles.empty else 0


def _day(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def _briefing(args) -> int:
    from .base.paths import seeds_dir
    from .corpus import load
    from .presentation import briefing

    folder = args.folder or seeds_dir()
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    corpus = load(folder)
    paths = briefing.write(corpus, args.out, lang=args.lang, since=args.since, theme=args.theme)
    print(f"{corpus!r}")
    for path in paths:
        print(f"  {path}")
    return 0


def write_tables(tables: dict, out: Path, fmt: str) -> list[Path]:
    """Each table to out/, written to a temporary name first so readers never see half a file."""
    from .base.paths import atomic_write

    out.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        import pandas as pd

        from .presentation.export import excel_safe

        def workbook(tmp):
            with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
                for name, df in tables.items():
                    excel_safe(df).to_excel(xl, sheet_name=name[:31], index=False)

        return [atomic_write(out / "dossier.xlsx", workbook)]
    written = []
    for name, df in tables.items():
        if fmt == "csv":
            write = lambda tmp, df=df: df.to_csv(tmp, index=False)  # noqa: E731
        else:
            write = lambda tmp, df=df: df.to_parquet(tmp, index=False)  # noqa: E731
        written.append(atomic_write(out / f"{name}.{fmt}", write))
    return written


if __name__ == "__main__":
    raise SystemExit(main())


def _add(args) -> int:
    from .base.paths import seeds_dir
    from .reading.links import add

    folder = args.to or seeds_dir()
    results = add(args.urls, folder, timeout=args.timeout)
    for r in results:
        print(f"{r.status:<9} {r.url}  {r.message}")
    added = sum(r.status == "added" for r in results)
    print(f"{added} article(s) added to {folder}")
    return 0 if all(r.status != "error" for r in results) else 1
