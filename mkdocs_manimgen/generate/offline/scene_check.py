"""The design-time check that a designed scene runs: one warm child per generator (:mod:`.scene_runs`).

A design whose scene raises (or does not finish) is refused and the block gets the walkthrough:
the author never sees an error box for a scene the designer wrote itself. The child is started
on the first check and kept for the build; checks are serialised (one child, one job at a time).
"""

from __future__ import annotations

import json
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SCENE_SECONDS = 120  # a dry run (TeX included) of one scene; the render's own limits come later
START_SECONDS = 120  # importing Manim in the child, on a busy machine


class SceneCheck:
    """``error(code, scene)``: None when the scene runs to its last frame, else why it did not."""

    def __init__(self, seconds: int = SCENE_SECONDS):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._tex = Path(tempfile.mkdtemp(prefix="manimgen-dry-tex-"))

    def error(self, code: str, scene: str) -> str | None:
        with self._lock:
            proc = self._child()
            job = {"code": code, "scene": scene, "seconds": self.seconds}
            try:
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps(job) + "\n")
                proc.stdin.flush()
                line = read_line(proc, self.seconds + START_SECONDS)
            except (OSError, TimeoutError) as exc:
                self._stop()
                return f"the scene check failed: {exc}"
            return json.loads(line)["error"]

    def _child(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "mkdocs_manimgen.generate.offline.scene_runs", str(self._tex)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                encoding="utf-8", cwd=self._tex)
        return self._proc

    def _stop(self) -> None:
        kill_child(self._proc)
        self._proc = None

    def close(self) -> None:
        with self._lock:
            close_child(self._proc)
            self._proc = None
            shutil.rmtree(self._tex, ignore_errors=True)


def close_child(proc: subprocess.Popen | None) -> None:
    """End a warm child that reads jobs on stdin: EOF ends its loop; killed if it has not ended in 10 s."""
    if proc is not None and proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    kill_child(proc)


def kill_child(proc: subprocess.Popen | None) -> None:
    if proc is not None:
        if proc.poll() is None:
            proc.kill()  # our own child, by its handle
        proc.wait()


def read_line(proc: subprocess.Popen, seconds: float) -> str:
    """The next line the child writes on stdout; TimeoutError after ``seconds``, OSError if it ended."""
    end = time.monotonic() + seconds
    assert proc.stdout is not None
    while True:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no answer within {seconds:.0f} s")
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            line = proc.stdout.readline()
            if not line:
                raise OSError("the child process ended")
            return line
