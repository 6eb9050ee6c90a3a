"""`threshold-analyser compare [--db ...] [--issue ...] --format csv|xlsx|html|json --out FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analyser.commands.ingest import add_db_argument
from analyser.errors import UsageError

FORMATS = ("csv", "xlsx", "html", "json")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("compare", help="compare stored authorities and write a variation report")
    add_db_argument(parser)
    parser.add_argument(
        "--issue",
        action="append",
        metavar="ISSUE",
        help="limit to an issue (repeatable), e.g. --issue domestic_violence --issue housing",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: from the --out suffix, else json)",
    )
    parser.add_argument("--out", required=True, help="file to write (its folder must exist)")
    parser.add_argument(
        "--cutoff", type=float, default=None, help="fuzzy cut-off 0-100 for 'same situation' (default 90)"
    )
    parser.set_defaults(func=run)


def check_arguments(args: argparse.Namespace) -> str:
    """Every argument checked before the store is opened or a library loads; returns the format."""
    from analyser.document import ISSUES

    for issue in args.issue or []:
        if issue not in ISSUES:
            raise UsageError(issue, f"unknown issue (--issue); choose from: {', '.join(ISSUES)}")
    fmt = args.format or Path(args.out).suffix.lstrip(".").lower() or "json"
    if fmt not in FORMATS:
        raise UsageError(args.out, f"unknown format {fmt!r}; use --format {'|'.join(FORMATS)}")
    out = Path(args.out)
    if out.is_dir():
        raise UsageError(args.out, "is a folder; --out needs a file name")
    if not out.parent.is_dir():
        raise UsageError(args.out, f"the folder {out.parent} does not exist (it is not created for you)")
    if args.cutoff is not None and not 0 <= args.cutoff <= 100:
        raise UsageError("--cutoff", f"must be between 0 and 100, not {args.cutoff:g}")
    return fmt


def run(args: argparse.Namespace) -> int:
    fmt = check_arguments(args)
    from analyser.errors import StoreMissing
    from analyser.locations import store_file

    db_file = store_file(args.db)
    if db_file is not None and not db_file.exists():
        raise StoreMissing(db_file)  # before any library loads; a read-only command creates nothing
    from analyser.compare import DEFAULT_SETTINGS, MatchSettings, compare_all
    from analyser.report import write
    from analyser.store import Store

    with Store(args.db, create=False) as store:  # read-only: never creates a store
        frame = store.indicators_frame()
    if frame.empty:
        print(f"error: {store.path or store.url}: the store has no indicators; run ingest first", file=sys.stderr)
        return 2
    settings = DEFAULT_SETTINGS
    if args.cutoff is not None:
        settings = MatchSettings(**{**DEFAULT_SETTINGS.describe(), "fuzzy_cutoff": args.cutoff})
    views = compare_all(frame, issues=args.issue, settings=settings)
    path = write(views, fmt, args.out, settings)
    groups = views["inconsistencies"]["group"].nunique() if not views["inconsistencies"].empty else 0
    print(
        f"{frame['authority'].nunique()} authorities, {groups} inconsistencies -> {path}",
        file=sys.stderr,
    )
    return 0
