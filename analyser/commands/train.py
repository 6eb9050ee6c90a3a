"""`threshold-analyser train`: build the indicator model from annotations/ and save it."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("train", help="train the indicator model from the gold annotations")
    parser.add_argument("--annotations", default="annotations", help="folder holding indicators.csv")
    parser.add_argument("--out", default=None, help="where to write the model (default: inside the package)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser.errors import UsageError

    annotations = Path(args.annotations)
    if not (annotations / "indicators.csv").exists():
        raise UsageError(annotations / "indicators.csv", "no annotations to train on")
    from analyser import model

    trained = model.train(annotations)
    path = model.save(trained, Path(args.out) if args.out else model.MODEL_PATH)
    print(f"trained on {len(trained.issue_.classes_)} issues; model written to {path}")
    return 0
