"""A process per item: values come back, typed errors stay typed, hangs and crashes cost one item."""

from __future__ import annotations

import os
import signal
import time

from analyser.errors import Corrupt
from analyser.isolate import run_isolated


def work(item: str):
    """What a child does with each item (module level, as a real extractor is)."""
    if item == "hang":
        time.sleep(60)
    if item == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "typed":
        raise Corrupt("typed.pdf")
    if item == "bug":
        raise ValueError("an unexpected value")
    return {"item": item, "pid": os.getpid()}


def test_each_outcome_is_reported_and_the_batch_goes_on():
    start = time.monotonic()
    outcomes = {
        o.item: o for o in run_isolated(work, ["a", "hang", "crash", "typed", "bug", "b"], jobs=2, time_limit=2)
    }
    assert time.monotonic() - start < 30
    assert outcomes["a"].kind == outcomes["b"].kind == "ok"
    assert outcomes["a"].value["item"] == "a" and outcomes["a"].value["pid"] != os.getpid()
    assert outcomes["hang"].kind == "timeout" and "time limit of 2 s" in outcomes["hang"].reason
    assert outcomes["crash"].kind == "crashed" and "SIGSEGV" in outcomes["crash"].reason
    assert outcomes["typed"].kind == "error" and outcomes["typed"].reason == Corrupt.reason
    assert outcomes["bug"].kind == "exception" and outcomes["bug"].reason == "ValueError: an unexpected value"
    assert "Traceback" in outcomes["bug"].trace


def test_without_a_limit_everything_finishes_in_order_of_completion():
    outcomes = list(run_isolated(work, [str(i) for i in range(6)], jobs=3))
    assert sorted(o.item for o in outcomes) == [str(i) for i in range(6)]
    assert all(o.kind == "ok" for o in outcomes)
