"""The build's offline designs, in a child process that can be killed: the time budget made real.

:func:`.limits.deadline` raises into the designing thread, which ends pure-Python work within a
bytecode. One long call in C is not interrupted: sympy raising an integer to a huge power (an
author's tower ``9^{9^{9}}``, or a decimal rate turned into a fraction with a 10^7 denominator)
ran for minutes, and since designs are serialised, every other block of the build waited behind it.
So a build designs in one warm child, ``python -m mkdocs_manimgen.generate.offline.design_worker``:

- it imports the designer once and says ``{"ready": true}``; then it reads one JSON line per job
  on stdin, ``{"spec": BlockSpec fields, "seconds": budget, "walkthrough": why | null, "refused": [...]}``, and
  answers one JSON line, ``{"draft": SceneDraft.to_json()}``, ``{"timeout": true}`` or
  ``{"error": "Type: message"}``;
- inside it the in-thread deadline still runs, so a design that overruns in Python ends cleanly
  and the warm child (with its parse caches) serves the next block;
- the parent waits the budget plus :data:`GRACE_SECONDS`; a child that has not answered by then is
  stuck in C and is killed, and the next job starts a new one.

Replies go out on a duplicate of the original stdout; anything a design prints goes to stderr.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from dataclasses import asdict, fields

from ...model import BlockSpec, SceneDraft
from .scene_check import close_child, kill_child, read_line

START_SECONDS = 120  # importing sympy and warming the designer in the child, on a busy machine
GRACE_SECONDS = 5  # the child's own deadline comes first; this is for its answer to arrive
_TUPLES = {f.name for f in fields(BlockSpec) if str(f.type).startswith("tuple")}


class Timeout(Exception):
    """The job did not finish within its budget (in Python: the child answered so; in C: it was killed)."""


class DesignProcess:
    """``design(spec, seconds, walkthrough=None, refused=())``: the draft designed in the warm child
    (``walkthrough``: the walkthrough instead, with that reason, skipping the ``refused`` families);
    raises :class:`Timeout` when the budget ran out and RuntimeError when the design raised."""

    def __init__(self, command: list[str] | None = None) -> None:
        """``command``: the child to start (default: this module); tests give one whose design hangs."""
        self._command = command or default_command()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None

    def design(self, spec: BlockSpec, seconds: float, walkthrough: str | None = None,
               refused: tuple[str, ...] = ()) -> SceneDraft:
        with self._lock:
            job = {"spec": asdict(spec), "seconds": seconds, "walkthrough": walkthrough, "refused": list(refused)}
            proc = self._child()
            try:
                assert proc.stdin is not None
                proc.stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
                proc.stdin.flush()
                reply = json.loads(read_line(proc, seconds + GRACE_SECONDS))
            except (OSError, TimeoutError) as exc:
                self._stop()  # stuck in C (or gone): the next job starts a new child
                raise Timeout(str(exc)) from None
        if reply.get("timeout"):
            raise Timeout(f"no design within {seconds:g} s")
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return SceneDraft.from_json(reply["draft"])

    def _child(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
            try:
                read_line(self._proc, START_SECONDS)  # {"ready": true}
            except (OSError, TimeoutError) as exc:
                self._stop()
                raise RuntimeError(f"the design process did not start: {exc}") from None
        return self._proc

    def _stop(self) -> None:
        kill_child(self._proc)
        self._proc = None

    def close(self) -> None:
        with self._lock:
            close_child(self._proc)
            self._proc = None


_SHARED: dict[tuple[str, ...], DesignProcess] = {}
_SHARED_LOCK = threading.Lock()


def shared() -> DesignProcess:
    """This process's design child (one per command), made on first use and closed at exit: the builds of one
    process (``mkdocs serve``'s rebuilds, a test run's sites) share it, with its warm imports and parse caches,
    instead of starting and warming a child each (seconds of CPU)."""
    command = tuple(default_command())
    with _SHARED_LOCK:
        if not _SHARED:
            atexit.register(_close_shared)
        if command not in _SHARED:
            _SHARED[command] = DesignProcess(list(command))
        return _SHARED[command]


def _close_shared() -> None:
    for process in _SHARED.values():
        process.close()


def default_command() -> list[str]:
    return [sys.executable, "-m", __name__]


def spec_from_json(data: dict) -> BlockSpec:
    return BlockSpec(**{k: tuple(v) if k in _TUPLES and v is not None else v for k, v in data.items()})


def _answer(job: dict) -> dict:
    from .designer import generate_draft, walkthrough
    from .limits import DesignTimeout, deadline

    spec = spec_from_json(job["spec"])
    try:
        with deadline(float(job["seconds"])):
            why = job.get("walkthrough")
            draft = walkthrough(spec, why, tuple(job.get("refused", ()))) if why else generate_draft(spec)
        return {"draft": draft.to_json()}
    except DesignTimeout:
        return {"timeout": True}
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which decides
        return {"error": f"{type(exc).__name__}: {exc}"}


def main() -> None:
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a design's print() must not corrupt the replies
    from .designer import warm

    warm()
    replies.write(json.dumps({"ready": True}) + "\n")
    replies.flush()
    for line in sys.stdin:
        replies.write(json.dumps(_answer(json.loads(line)), ensure_ascii=False) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
