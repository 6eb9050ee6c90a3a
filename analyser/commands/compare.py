"""`threshold-analyser compare [--db ...] [--issue ...] --format csv|xlsx|html|json --out FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analyser.commands.ingest import add_db_argument


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
        choices=("csv", "xlsx", "html", "json"),
        default=None,
        help="output format (default: from the --out suffix, else json)",
    )
    parser.add_argument("--out", required=True, help="file to write")
    parser.add_argument(
        "--cutoff", type=float, default=None, help="fuzzy cut-off 0-100 for 'same situation' (default 90)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.compare import compare_all
    from analyser.report import FORMATS, write
    from analyser.store import Store

    fmt = args.format or Path(args.out).suffix.lstrip(".").lower() or "json"
    if fmt not in FORMATS:
        print(f"error: {args.out}: unknown format {fmt!r}; use --format", file=sys.stderr)
        return 2
    with Store(args.db) as store:
        frame = store.indicators_frame()
    if frame.empty:
        print(f"error: {store.url}: the store has no indicators; run ingest first", file=sys.stderr)
        return 1
    from analyser.compare import DEFAULT_SETTINGS, MatchSettings

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
