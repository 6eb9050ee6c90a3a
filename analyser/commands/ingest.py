"""`threshold-analyser ingest PATH... [--db ...] [--jobs N]`: extract PDFs into the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analyser.errors import UsageError
from analyser.locations import DEFAULT_DB, ENV_DB

#: Mirrors analyser.ingest.DEFAULT_TIME_LIMIT (not imported: --help must stay light).
DEFAULT_TIME_LIMIT = 300.0


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db`` is shared by every command that reads or writes the store."""
    parser.add_argument(
        "--db",
        help=f"database file or SQLAlchemy URL (default: ${ENV_DB} or ./{DEFAULT_DB})",
    )


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ingest", help="extract threshold PDFs (files or folders) and store them")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="PDF files or folders")
    add_db_argument(parser)
    parser.add_argument("--jobs", type=int, default=1, help="extract N files in parallel")
    parser.add_argument("--authority", help="store every file under this authority name")
    parser.add_argument(
        "--authorities-from",
        metavar="CSV",
        help="CSV with doc/file and ';'-joined authorities (e.g. annotations/documents.csv), "
        "for documents shared by several authorities",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="re-extract files already stored (corrections are kept)",
    )
    parser.add_argument(
        "--refresh-stale",
        action="store_true",
        help="re-extract stored files that an older version of the tool extracted (corrections are kept)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"stop a document that takes longer and report it (default {DEFAULT_TIME_LIMIT:g}; 0: no limit)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.ingest import IngestSettings, find_pdfs

    if args.jobs < 1:
        raise UsageError("--jobs", f"must be 1 or more, not {args.jobs}")
    if args.time_limit < 0:
        raise UsageError("--time-limit", f"must be 0 (no limit) or more, not {args.time_limit:g}")
    if args.authorities_from and not Path(args.authorities_from).is_file():
        raise UsageError(args.authorities_from, "no such file (--authorities-from)")
    from analyser.errors import InputError
    from analyser.reading import check_path

    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"error: {path}: no such file or folder", file=sys.stderr)
    present = [p for p in args.paths if p not in missing]
    ignored: list[str] = []
    files = find_pdfs(present, ignored)
    for name in ignored:
        print(f"note: {name}: not a PDF, ignored", file=sys.stderr)
    if present and not files:
        raise UsageError(
            ", ".join(present), "no PDF files found" + (f" ({len(ignored)} other file(s) ignored)" if ignored else "")
        )
    readable: list[Path] = []
    failed: list[tuple[str, str]] = [(p, "no such file or folder") for p in missing]
    for path in files:
        try:
            check_path(path)  # the cheap checks first: bad files are named before any library loads
            readable.append(path)
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
            failed.append((str(path), err.reason))
    if not readable:
        print(f"{len(failed)} file(s): none could be read", file=sys.stderr)
        return 2

    from analyser.ingest import ingest_paths, read_authority_map
    from analyser.store import Store

    mapping = read_authority_map(args.authorities_from) if args.authorities_from else None
    settings = IngestSettings(
        jobs=args.jobs, time_limit=args.time_limit or None, force=args.force, refresh_stale=args.refresh_stale
    )
    with Store(args.db) as store:
        result = ingest_paths(readable, store, settings, authority=args.authority, authority_map=mapping)
        result.failed[:0] = failed
        print(f"{result.summary()} -> {store.url}", file=sys.stderr)
    if result.ok:
        return 0
    return 1 if (result.added or result.unchanged) else 2
