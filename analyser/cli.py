"""`threshold-analyser` entry point: parses arguments and turns every failure into one line.

Each sub-command lives in ``analyser.commands.<name>`` and registers itself, so adding a
command never touches another command's code. Command modules import only the standard
library at module level, so `--help` and input errors answer before spaCy, scikit-learn,
pandas or SQLAlchemy load (measured by `python -m bench.startup`).

Exit status (the same for every command):

- 0: everything asked for was done;
- 1: some files failed (each named on its own ``error:`` line) while others were done, or the
  tool met an internal error;
- 2: bad usage or input: a bad argument, or no file given could be read.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from analyser.errors import InputError

COMMANDS = ("extract", "ingest", "compare", "train", "evaluate")
OK, SOME_FAILED, BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="threshold-analyser",
        description="Read threshold documents and compare how authorities place a child's needs.",
        epilog="Exit status: 0 all done; 1 some files failed; 2 bad usage or input.",
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
        return BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader went away, which is not an error of ours
        return OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        text = " ".join(str(exc).split())[:200]
        print(f"error: internal error ({type(exc).__name__}: {text}); please report it", file=sys.stderr)
        return SOME_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
