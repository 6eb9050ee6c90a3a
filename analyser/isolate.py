"""Run each item of a batch in its own child process, under a time limit.

Why a process per item: a pathological PDF can make a C library loop for minutes or crash the
process outright (pdfium is C++); a thread cannot be stopped and an in-process crash takes the
whole batch with it. A forked child per document costs a few milliseconds (the parent has
already loaded the libraries and the model), can be killed when its time is up, and its death
is reported as that document's failure while the batch goes on.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from analyser.errors import InputError

#: Outcome kinds: a value, a typed error, an exception the code did not expect, killed at the
#: time limit, or the child died without answering (a crash in C code, the OOM killer).
KINDS = ("ok", "error", "exception", "timeout", "crashed")


@dataclass
class Outcome:
    item: Any
    kind: str
    value: Any = None
    #: The one-line reason for "error", "timeout" and "crashed"; "Type: message" for "exception".
    reason: str | None = None
    #: The child's traceback, for "exception" only (for diagnosis, never shown to a user).
    trace: str | None = None
    seconds: float = 0.0


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _child(func: Callable[[Any], Any], item: Any, conn: Connection) -> None:
    # A crash is reported by the parent in one line; the fault handler's dump (enabled by a
    # test runner or PYTHONFAULTHANDLER) would be a traceback on the user's terminal.
    faulthandler.disable()
    try:
        value = func(item)
        message: tuple = ("ok", value, None, None)
    except InputError as err:
        message = ("error", None, err.reason, None)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which decides
        message = ("exception", None, f"{type(exc).__name__}: {exc}", traceback.format_exc())
    try:
        conn.send(message)
    except Exception as exc:  # noqa: BLE001 - e.g. a value that cannot be pickled
        conn.send(("exception", None, f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    finally:
        conn.close()


def _died(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the reader crashed ({name})"
    return f"the reader stopped without an answer (exit status {exitcode})"


def run_isolated(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    jobs: int = 1,
    time_limit: float | None = None,
) -> Iterator[Outcome]:
    """Yield one :class:`Outcome` per item, in completion order, ``jobs`` children at a time.

    ``func`` and each item are inherited by a forked child (or pickled where fork is missing);
    the value comes back pickled. A child over ``time_limit`` seconds is killed.
    """
    ctx = _context()
    pending = deque(items)
    running: dict[Connection, tuple[Any, Any, float]] = {}
    try:
        while pending or running:
            while pending and len(running) < max(1, jobs):
                item = pending.popleft()
                receive, send = ctx.Pipe(duplex=False)
                process = ctx.Process(target=_child, args=(func, item, send), daemon=True)
                process.start()
                send.close()
                running[receive] = (process, item, time.monotonic())
            timeout = None
            if time_limit:
                first_deadline = min(start for _, _, start in running.values()) + time_limit
                timeout = max(0.0, first_deadline - time.monotonic())
            for conn in wait(list(running), timeout=timeout):
                process, item, start = running.pop(conn)
                yield _finish(conn, process, item, start)
            if time_limit:
                now = time.monotonic()
                for conn, (process, item, start) in list(running.items()):
                    if now - start >= time_limit:
                        del running[conn]
                        process.kill()
                        process.join()
                        conn.close()
                        reason = f"took longer than the time limit of {time_limit:g} s, so it was stopped"
                        yield Outcome(item, "timeout", reason=reason, seconds=now - start)
    finally:
        for conn, (process, _, _) in running.items():
            process.kill()
            process.join()
            conn.close()


def _finish(conn: Connection, process, item: Any, start: float) -> Outcome:
    try:
        kind, value, reason, trace = conn.recv()
    except (EOFError, OSError):
        process.join()
        return Outcome(item, "crashed", reason=_died(process.exitcode), seconds=time.monotonic() - start)
    finally:
        conn.close()
    process.join()
    return Outcome(item, kind, value=value, reason=reason, trace=trace, seconds=time.monotonic() - start)
