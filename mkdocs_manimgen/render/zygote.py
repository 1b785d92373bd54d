"""A warm render process: imports Manim once, then forks one limited child per job.

Started by the render pool (inside bubblewrap when available) with a scrubbed environment.
Protocol: one JSON job per line on stdin, one JSON reply per line on stdout. Forking after
the import gives every scene a fresh process (no state leaks between scenes, a crash or a
kill costs only that child) without paying Manim's ~1 s import again.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

from . import scene_runner

MB = 1024 * 1024


def apply_limits(limits: dict) -> None:
    """CPU seconds, address space, file size and process count of the child."""
    for name, value in (("RLIMIT_CPU", limits["cpu_seconds"]), ("RLIMIT_AS", limits["memory_mb"] * MB),
                        ("RLIMIT_FSIZE", limits["file_mb"] * MB), ("RLIMIT_NPROC", limits["processes"])):
        resource.setrlimit(getattr(resource, name), (value, value))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def child(job: dict) -> None:
    """In the forked child: never returns."""
    code = 1
    try:
        os.setsid()  # own process group: a timeout kills the scene and everything it started
        os.chdir(job["job_dir"])
        log = os.open("log.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdout = os.fdopen(1, "w", buffering=1)
        sys.stderr = os.fdopen(2, "w", buffering=1)
        apply_limits(job["limits"])
        result = scene_runner.run(job)
        scene_runner.write_result(result, Path("result.json"))
        code = 0
    except BaseException:  # everything becomes the block's error text
        try:
            Path("error.txt").write_text(traceback.format_exc(), encoding="utf-8")
        except BaseException:
            pass
    finally:
        os._exit(code)


def run_job(job: dict) -> dict:
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        child(job)
    deadline = started + float(job["timeout"])
    status, timed_out = 0, False
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            timed_out = True
            _kill_group(pid)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.02)
    _kill_group(pid)  # anything the scene left running
    reply = {"seconds": round(time.monotonic() - started, 3)}
    if timed_out:
        reply["status"] = "timeout"
    elif os.WIFSIGNALED(status):
        reply["status"] = "killed"
        reply["signal"] = signal.Signals(os.WTERMSIG(status)).name
    else:
        reply["status"] = "ok" if os.WEXITSTATUS(status) == 0 else "error"
    return reply


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def main() -> None:
    import manim  # noqa: F401 - the point of this process: pay the import once

    out = sys.stdout
    sys.stdout = sys.stderr  # nothing but replies may reach the protocol stream
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        reply = run_job(json.loads(line))
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
