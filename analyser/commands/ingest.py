"""`threshold-analyser ingest PATH... [--db ...] [--jobs N]`: extract PDFs into the store."""

from __future__ import annotations

import argparse
import sys

from analyser.store import DEFAULT_DB, ENV_DB


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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.ingest import ingest_paths, read_authority_map
    from analyser.store import Store

    mapping = read_authority_map(args.authorities_from) if args.authorities_from else None
    with Store(args.db) as store:
        result = ingest_paths(
            args.paths,
            store,
            jobs=max(1, args.jobs),
            authority=args.authority,
            authority_map=mapping,
            force=args.force,
        )
        print(f"{result.summary()} -> {store.url}", file=sys.stderr)
    return 0 if result.ok else 1
