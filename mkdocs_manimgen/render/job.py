"""What goes to a render process and what comes back, independent of the executor."""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RenderFailed
from ..model import Limits, Quality
from .encode import EncodePlan
from . import play_watch
from .failure import FAILURE_FILE, FailureReport, scrub_paths
from .scene_runner import OUT_DIR, SCENE_FILE

_SIGNAL_MEANING = {
    "SIGXCPU": "it used up its CPU-time limit",
    "SIGKILL": "it used up its CPU-time limit (SIGKILL at the hard limit)",
    "SIGSEGV": "it crashed (often: out of memory)",
    "SIGXFSZ": "it wrote a file larger than the file-size limit",
    "SIGTRAP": "it crashed in a native library (often: out of memory)",
    "SIGABRT": "it crashed in a native library (often: out of memory)",
}


@dataclass(frozen=True)
class RenderJob:
    code: str
    scene: str
    quality: Quality
    plan: EncodePlan
    timeout: float = 300.0
    limits: Limits = field(default_factory=Limits)
    label: str = ""  # page.md:line, for messages
    target_duration: float | None = None  # seconds the storyboard planned; the scene checks compare
    # trusted code (the offline designer's, the author's own) may add its LaTeX output to the
    # pool's shared formula cache; a model's code only reads it, so it cannot poison other blocks
    share_tex: bool = False

    def wire(self, job_dir: Path, uid: int | None = None) -> dict:
        """The JSON the render process receives (uid: the job's own, see sandbox.job_uid)."""
        return {"job_dir": str(job_dir), "scene": self.scene, "width": self.quality.width,
                "height": self.quality.height, "fps": self.quality.fps, "plan": self.plan.to_json(),
                "timeout": self.timeout, "limits": vars(self.limits), "uid": uid,
                "target_duration": self.target_duration}

    def write_inputs(self, job_dir: Path) -> None:
        (job_dir / SCENE_FILE).write_text(self.code, encoding="utf-8")


@dataclass
class RenderOutput:
    """Files of a successful render in a temporary job directory; call cleanup() when stored.

    `files`: EncodePlan.output_files() key -> file, all but the primary poster (`webm`,
    `webm@dark`, `poster@dark`); `chapters`: (name, start s) of a scene's `next_section` calls;
    `notices`: what the author should know that is not a finding (e.g. an unoptimised gif)."""

    job_dir: Path
    files: dict[str, Path]
    poster: Path
    duration: float
    findings: list[str]
    where: str
    seconds: float
    chapters: list[tuple[str, float]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def cleanup(self) -> None:
        shutil.rmtree(self.job_dir, ignore_errors=True)


def trim_traceback(text: str, max_lines: int = 15) -> str:
    """The exception and the last frames: what a person or a model needs to fix the code."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-max_lines:])


def read_output(job: RenderJob, job_dir: Path, reply: dict, where: str, seconds: float) -> RenderOutput:
    """Take only the expected outputs from the job directory, or raise RenderFailed.

    The job directory was writable by the scene, so nothing in it is trusted: outputs are
    opened without following symlinks (out/ itself included), must be regular files within
    the file-size limit, and are copied into a fresh directory the scene never could reach.
    """
    status = reply.get("status")
    if status == "ok":
        try:
            return _take_outputs(job, job_dir, where, seconds)
        except _Refused as err:
            status, reply = "error", {"detail": f"outputs refused: {err}"}
    report = _read_report(job_dir) if status in ("error", "timeout") else None
    if report is None and status == "timeout":  # killed at the deadline: faulthandler's stack, if it wrote one
        report = play_watch.stack_report(_read_tail(job_dir, play_watch.STACK_FILE, 20_000), job.code, job.timeout)
    error = _read_tail(job_dir, "error.txt", MAX_TEXT) or reply.get("detail", "")
    log_tail = _read_tail(job_dir, "log.txt", 2000)
    shutil.rmtree(job_dir, ignore_errors=True)
    if report is not None:  # the render child explained the failure (its time-budget alarm included)
        raise report.error()
    if status == "timeout":
        message = f"the render took longer than render_timeout ({job.timeout:g} s) and was stopped"
        hint = "shorten the animation, or raise `render_timeout` in the plugin config"
    elif status == "killed" and reply.get("external"):
        message = ("the render process was killed from outside the build (SIGKILL, not by a limit of ours: "
                   f"another process or the system's out-of-memory killer), {reply.get('attempts', 1)} time(s)")
        hint = ("the scene is not at fault: see what kills processes on this machine (`dmesg` shows the "
                "out-of-memory killer), then build again")
    elif status == "killed":
        meaning = _SIGNAL_MEANING.get(reply.get("signal", ""), "it was killed")
        message = f"the render process stopped: {meaning} ({reply.get('signal')})"
        hint = "make the scene lighter, or raise `limits:` in the plugin config"
    elif error.strip():
        message = f"the scene failed to render: {trim_traceback(error, 1)[:500]}"
        hint = "fix the scene code (the traceback is in the block's error panel)"
    else:  # no traceback: the process died in a way Python could not report (e.g. a limit hit in a child)
        code = reply.get("exit_code", reply.get("detail", "?"))
        message = (f"the scene's process ended without a traceback (status {code}); "
                   "this usually means a process, memory or file limit was hit")
        hint = "make the scene lighter, or raise `limits:` in the plugin config; the log tail is in the error panel"
    detail = trim_traceback(error) if error else log_tail
    raise RenderFailed(scrub_paths(message), detail=scrub_paths(detail[:MAX_TEXT]), hint=hint)


def _read_report(job_dir: Path) -> FailureReport | None:
    """The child's failure.json, if it wrote a valid one (the scene could have written it: from_json bounds it)."""
    try:
        data = json.loads(_open_safely(job_dir, FAILURE_FILE, MAX_RESULT_BYTES).decode("utf-8"))
        return FailureReport.from_json(data) if isinstance(data, dict) else None
    except (_Refused, ValueError, TypeError):
        return None


MAX_TEXT = 20_000  # characters of error text kept (error box, build log, repair prompt)
MAX_RESULT_BYTES = 1_000_000


class _Refused(Exception):
    pass


def _take_outputs(job: RenderJob, job_dir: Path, where: str, seconds: float) -> RenderOutput:
    max_bytes = job.limits.file_mb * 1024 * 1024
    result = json.loads(_open_safely(job_dir, "result.json", MAX_RESULT_BYTES).decode("utf-8"))
    # Names are ours, not the scene's: only the formats and schemes asked for, under fixed names.
    names = job.plan.output_files()
    taken = Path(tempfile.mkdtemp(prefix="taken-", dir=job_dir.parent))
    try:
        for name in names.values():
            data_path = taken / name
            _copy_safely(job_dir, f"{OUT_DIR}/{name}", data_path, max_bytes)
        findings = [str(f)[:500] for f in list(result.get("findings", []))[:50]]
        output = RenderOutput(taken, {key: taken / n for key, n in names.items() if key != "poster"},
                              taken / names["poster"], float(result["duration"]), findings, where, seconds,
                              chapters=read_chapters(result.get("chapters")),
                              notices=[str(n)[:500] for n in list(result.get("notices", []))[:5]])
    except BaseException:
        shutil.rmtree(taken, ignore_errors=True)
        raise
    shutil.rmtree(job_dir, ignore_errors=True)
    return output


def read_chapters(value: object) -> list[tuple[str, float]]:
    """The scene's sections from result.json (written by the scene's process: bounded, checked)."""
    out: list[tuple[str, float]] = []
    for item in list(value or [])[:100] if isinstance(value, list) else []:
        if isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[1], (int, float)):
            out.append((str(item[0])[:200], float(item[1])))
    return out


def _open_fd(job_dir: Path, relative: str) -> int:
    """Walk `relative` from job_dir one component at a time, never following a symlink."""
    parts = relative.split("/")
    fd = os.open(job_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        for part in parts[:-1]:
            nxt = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
            os.close(fd)
            fd = nxt
        # O_NONBLOCK: a FIFO planted under an output's name must not hang the build.
        return os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=fd)
    finally:
        os.close(fd)


def _checked_fd(job_dir: Path, relative: str, max_bytes: int) -> int:
    try:
        fd = _open_fd(job_dir, relative)
    except OSError as err:
        raise _Refused(f"{relative}: {err.strerror or err}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes or info.st_nlink != 1:
        os.close(fd)
        raise _Refused(f"{relative} is not a regular file within the size limit")
    return fd


def _open_safely(job_dir: Path, relative: str, max_bytes: int) -> bytes:
    with os.fdopen(_checked_fd(job_dir, relative, max_bytes), "rb") as f:
        return f.read(max_bytes + 1)[:max_bytes]


def _copy_safely(job_dir: Path, relative: str, dest: Path, max_bytes: int) -> None:
    with os.fdopen(_checked_fd(job_dir, relative, max_bytes), "rb") as src, open(dest, "wb") as out:
        copied = 0
        while chunk := src.read(1 << 20):
            copied += len(chunk)
            if copied > max_bytes:
                raise _Refused(f"{relative} grew past the size limit")
            out.write(chunk)


def _read_tail(job_dir: Path, name: str, max_chars: int) -> str:
    """The end of a text file the scene may have filled (or faked): bounded, no symlinks."""
    try:
        fd = _open_fd(job_dir, name)
    except OSError:
        return ""
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            return ""
        f.seek(max(0, info.st_size - 4 * max_chars))
        return f.read(4 * max_chars).decode("utf-8", errors="replace")[-max_chars:]
