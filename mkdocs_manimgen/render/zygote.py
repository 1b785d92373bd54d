"""A warm render process: imports Manim once, then forks one limited child per job.

Started by the render pool (inside bubblewrap when available) with a scrubbed environment.
Protocol: one JSON job per line on stdin, one JSON reply per line on stdout. Forking after
the import gives every scene a fresh process (no state leaks between scenes, a crash or a
kill costs only that child) without paying Manim's ~1 s import again.

After every job nothing the scene started survives: its process group is killed, then (with
a job uid) every process of that uid, then every orphan that was re-parented to us (we are a
child subreaper), and all of them are reaped: no leftovers, no zombies.
"""

from __future__ import annotations

import ctypes
import faulthandler
import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

from . import diagnose, play_watch, scene_runner, svg_copy, tex_watch
from .failure import FAILURE_FILE

MB = 1024 * 1024
MAX_ERROR_CHARS = 64_000  # a 100 MB exception message must not become a 100 MB error file
PR_SET_CHILD_SUBREAPER = 36


def apply_limits(limits: dict) -> None:
    """CPU seconds, address space, file size and process count of the child."""
    for name, value in (("RLIMIT_CPU", limits["cpu_seconds"]), ("RLIMIT_AS", limits["memory_mb"] * MB),
                        ("RLIMIT_FSIZE", limits["file_mb"] * MB), ("RLIMIT_NPROC", limits["processes"])):
        resource.setrlimit(getattr(resource, name), (value, value))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def become(uid: int) -> None:
    """Drop root for good: the job's own uid, no groups, no capabilities (they go with uid 0)."""
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def child(job: dict) -> None:
    """In the forked child: never returns."""
    code = 1
    try:
        os.setsid()  # own process group: a timeout kills the scene and everything it started
        if job.get("uid") is not None:
            become(int(job["uid"]))
        os.chdir(job["job_dir"])
        os.environ.update(HOME=job["job_dir"], TMPDIR=job["job_dir"])
        log = os.open("log.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdout = os.fdopen(1, "w", buffering=1)
        sys.stderr = os.fdopen(2, "w", buffering=1)
        apply_limits(job["limits"])
        _tell_checks(job)
        tex_watch.install()
        play_watch.install(float(job["timeout"]))
        svg_copy.install()
        result = scene_runner.run(job)
        scene_runner.write_result(result, Path("result.json"))
        code = 0
    except BaseException as err:  # everything becomes the block's error text and failure report
        _write_failure(err)
    finally:
        os._exit(code)


def _write_failure(err: BaseException) -> None:
    """error.txt (the raw traceback, a fallback) and failure.json (the report the build shows)."""
    try:
        signal.setitimer(signal.ITIMER_REAL, 0)  # the time-budget alarm must not interrupt the report
        faulthandler.cancel_dump_traceback_later()  # nor the stack dump meant for a hard kill
        text = traceback.format_exc()
        if len(text) > MAX_ERROR_CHARS:
            half = MAX_ERROR_CHARS // 2
            text = f"{text[:half]}\n[… {len(text) - MAX_ERROR_CHARS} characters cut …]\n{text[-half:]}"
        Path("error.txt").write_text(text, encoding="utf-8")
        code = Path(scene_runner.SCENE_FILE).read_text(encoding="utf-8", errors="replace")
        report = diagnose.report(err, code)
        scene_runner.write_result(report.to_json(), Path(FAILURE_FILE))
    except BaseException:
        pass


def _tell_checks(job: dict) -> None:
    """The scene-graph checker: sees the job (target duration) and every animation's end state."""
    try:
        from . import scene_checks
    except ImportError:
        return
    scene_checks.JOB.update(job)
    scene_checks.install()


def run_job(job: dict) -> dict:
    started = time.monotonic()
    from . import scheme_map

    # the job's colour tables for Manim's black background, built once here and inherited by every child
    scheme_map.warm(job["plan"].get("schemes", ()))
    pid = os.fork()
    if pid == 0:
        child(job)
    deadline = started + float(job["timeout"])
    status, timed_out, usage = 0, False, None
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            timed_out = True
            _kill_group(pid)
            _kill_uid(job.get("uid"))
            _, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.02)
    leftovers = clean_up(pid, job.get("uid"))  # anything the scene left running
    reply: dict = {"seconds": round(time.monotonic() - started, 3)}
    if leftovers:
        reply["leftovers"] = leftovers
    if timed_out:
        reply["status"] = "timeout"
    elif os.WIFSIGNALED(status):
        reply["status"] = "killed"
        reply["signal"] = signal.Signals(os.WTERMSIG(status)).name
        if reply["signal"] == "SIGKILL" and not _hit_cpu_limit(usage, job["limits"]):
            reply["external"] = True  # not our timeout, not RLIMIT_CPU: another process or the OOM killer
    else:
        reply["status"] = "ok" if os.WEXITSTATUS(status) == 0 else "error"
        reply["exit_code"] = os.WEXITSTATUS(status)
    return reply


def _hit_cpu_limit(usage, limits: dict) -> bool:
    """Whether a SIGKILLed child had used its RLIMIT_CPU (the kernel's SIGKILL at the hard limit)."""
    if usage is None:
        return False
    return usage.ru_utime + usage.ru_stime >= float(limits["cpu_seconds"]) - 1.0


def clean_up(pid: int, uid: int | None, patience: float = 10.0) -> int:
    """Kill and reap everything the job started; returns how many stray processes were killed."""
    killed = 0
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        _kill_group(pid)
        _kill_uid(uid)
        strays = _children()
        for stray in strays:  # orphans re-parented to us, e.g. after a double fork and setsid
            _kill_group(stray)
            _kill(stray)
        killed += len(strays)
        _reap()
        if not _children():
            break
        time.sleep(0.01)
    return killed


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _kill_uid(uid: int | None) -> None:
    """kill(-1) as the job's uid reaches every process of that uid, however it detached."""
    if uid is None:
        return
    helper = os.fork()
    if helper == 0:
        try:
            become(int(uid))
            for _ in range(10_000):  # a fork bomb may still be forking: repeat until none is left
                os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            os._exit(0)
        except BaseException:
            os._exit(1)
        os._exit(2)
    os.waitpid(helper, 0)


def _children() -> list[int]:
    me = str(os.getpid())
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()  # after "pid (comm) "
        if len(fields) > 1 and fields[1] == me:
            found.append(int(entry))
    return found


def _reap() -> None:
    while True:
        try:
            done, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if not done:
            return


def _become_subreaper() -> None:
    """Orphans of a job become our children (not init's), so clean_up can find and reap them."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def main() -> None:
    import manim  # noqa: F401 - the point of this process: pay the import once

    from . import frame_sinks  # noqa: F401 - and of the encoders (PyAV) every job uses

    _become_subreaper()
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
