"""Bounds on one offline design: the size of a concept, and the time a design may take.

The size limit is the author's to know (a located error names it and the fix): the designer reads
a concept with regular expressions and sympy, and some of that work grows faster than the text,
so a pasted wall of digits must not stall the build.  The time budget is the designer's own
guard: a design that runs out of it is abandoned and the block gets the walkthrough.

Why an exception raised *into* the designing thread, and not a worker thread or checks between
stages: the slow part is usually one sympy call (a ``simplify``, a ``solve``), so checks between
stages would come after the time is already lost; a worker thread abandoned at its deadline
cannot be stopped in Python, would keep a core busy and would run alongside the next design,
which the design lock exists to prevent (sympy's lazy imports can deadlock on the import locks
when two threads trigger them). sympy is pure Python, so an asynchronous exception
(``PyThreadState_SetAsyncExc``) lands within one bytecode of the deadline, unwinds the design
through its own ``finally`` blocks and leaves the thread free. The imports a design needs are
made before the clock starts, so the exception never lands inside an import. A long call in C
(one regular expression on a huge text, sympy's exact power of a huge integer) is not interrupted:
so a build designs in a child process that is killed when the budget is spent (:mod:`.design_worker`),
and the size limit and :func:`.symbolic.huge_power` keep the known kinds from getting there.
"""

from __future__ import annotations

import ctypes
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from ...errors import GenerationFailed
from ...model import BlockSpec

MAX_CONCEPT_CHARS = 6000  # ~8 pages of prose and formulas; the longest concept in the corpora is ~700
DESIGN_SECONDS = 30.0  # one design (recognising the family, the sympy work, the template)


class DesignTimeout(BaseException):
    """Raised into the designing thread when its time budget is spent (a BaseException, so the
    designer's ``except Exception`` fallbacks let it through, as they do KeyboardInterrupt)."""


def check_size(spec: BlockSpec) -> None:
    """Refuse a concept longer than :data:`MAX_CONCEPT_CHARS`, with the block's location and the fix."""
    size = len(spec.concept or "")
    if size > MAX_CONCEPT_CHARS:
        raise GenerationFailed(
            f"the concept is {size:,} characters long; the offline designer reads at most "
            f"{MAX_CONCEPT_CHARS:,} characters per block",
            location=spec.location,
            hint="shorten the concept to the idea and its key formulas, or split it into several blocks")


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`DesignTimeout` in the calling thread if the body runs longer than ``seconds``."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                _raise_in(target, DesignTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            if state["fired"]:  # fired while the body was finishing: drop an exception not yet delivered
                _raise_in(target, None)
        timer.cancel()


T = TypeVar("T")


def within(seconds: float, call: Callable[[], T]) -> T | None:
    """``call()``, or None when it runs longer than ``seconds`` (one sympy call that may never finish:
    an integral, a summation) or raises. A :class:`DesignTimeout` that comes sooner is the design's own
    budget, nested outside this one, and is raised again."""
    start = time.monotonic()
    try:
        with deadline(seconds):
            return call()
    except DesignTimeout:
        if time.monotonic() - start < 0.9 * seconds:
            raise
        return None
    except Exception:  # noqa: BLE001 - sympy gives up in many ways; an unanswered question is None
        return None


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)
