"""`threshold-analyser train`: build the indicator model from every allowed source and save it.

The sources are `analyser.training.TrainingSources`: the own corpus, the phrase bank's train
split and the blind batches whose first contact is recorded. A batch not yet scored at first
contact must never be named here: training on it would spoil its first-contact figure.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("train", help="train the indicator model from the gold annotations")
    parser.add_argument("--annotations", default=None, help="folder holding indicators.csv and phrases/")
    parser.add_argument("--out", default=None, help="where to write the model (default: inside the package)")
    parser.add_argument("--no-phrases", action="store_true", help="leave out the phrase bank")
    parser.add_argument(
        "--batches",
        default=None,
        help="comma-separated blind batches to learn from (default: those in TrainingSources; '' for none)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from analyser import model
    from analyser.training import TrainingSources

    sources = TrainingSources()
    if args.annotations:
        sources = replace(sources, annotations=Path(args.annotations))
    if args.no_phrases:
        sources = replace(sources, phrase_bank=False)
    if args.batches is not None:
        sources = replace(sources, blind_batches=tuple(b for b in args.batches.split(",") if b))
    if not (sources.annotations / "indicators.csv").exists():
        from analyser.errors import UsageError

        raise UsageError(sources.annotations / "indicators.csv", "no annotations to train on")
    trained = model.train(sources=sources)
    path = model.save(trained, Path(args.out) if args.out else model.MODEL_PATH)
    print(f"trained on {len(trained.issue_.classes_)} issues; model written to {path}")
    return 0
