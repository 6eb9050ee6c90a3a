"""`threshold-analyser` entry point: parses arguments and turns input errors into one line.

Each sub-command lives in ``analyser.commands.<name>`` and registers itself, so adding a
command never touches another command's code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from analyser.errors import InputError

COMMANDS = ("extract", "ingest", "compare", "train", "evaluate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="threshold-analyser",
        description="Read threshold documents and compare how authorities place a child's needs.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"analyser.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"analyser.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
