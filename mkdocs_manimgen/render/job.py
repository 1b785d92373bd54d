"""What goes to a render process and what comes back, independent of the executor."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RenderFailed
from ..model import Quality
from .encode import EncodePlan
from .scene_runner import OUT_DIR, SCENE_FILE

_SIGNAL_MEANING = {
    "SIGXCPU": "it used up its CPU-time limit",
    "SIGKILL": "it was killed (memory or CPU limit)",
    "SIGSEGV": "it crashed (often: out of memory)",
    "SIGXFSZ": "it wrote a file larger than the file-size limit",
}


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 600
    memory_mb: int = 4096
    file_mb: int = 1024
    processes: int = 256


@dataclass(frozen=True)
class RenderJob:
    code: str
    scene: str
    quality: Quality
    plan: EncodePlan
    timeout: float = 300.0
    limits: Limits = field(default_factory=Limits)
    label: str = ""  # page.md:line, for messages

    def wire(self, job_dir: Path) -> dict:
        """The JSON the render process receives."""
        return {"job_dir": str(job_dir), "scene": self.scene, "width": self.quality.width,
                "height": self.quality.height, "fps": self.quality.fps, "plan": self.plan.to_json(),
                "timeout": self.timeout, "limits": vars(self.limits)}

    def write_inputs(self, job_dir: Path) -> None:
        (job_dir / SCENE_FILE).write_text(self.code, encoding="utf-8")


@dataclass
class RenderOutput:
    """Files of a successful render in a temporary job directory; call cleanup() when stored."""

    job_dir: Path
    files: dict[str, Path]
    poster: Path
    duration: float
    findings: list[str]
    where: str
    seconds: float

    def cleanup(self) -> None:
        shutil.rmtree(self.job_dir, ignore_errors=True)


def trim_traceback(text: str, max_lines: int = 15) -> str:
    """The exception and the last frames: what a person or a model needs to fix the code."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return "\n".join(lines[-max_lines:])


def read_output(job: RenderJob, job_dir: Path, reply: dict, where: str, seconds: float) -> RenderOutput:
    """Take only the expected outputs from the job directory, or raise RenderFailed."""
    status = reply.get("status")
    result_file = job_dir / "result.json"
    if status == "ok" and result_file.is_file():
        result = json.loads(result_file.read_text(encoding="utf-8"))
        out = job_dir / OUT_DIR
        files = {fmt: out / Path(name).name for fmt, name in result["files"].items()}
        poster = out / Path(result["poster"]).name
        missing = [p.name for p in [*files.values(), poster] if not p.is_file()]
        if not missing:
            return RenderOutput(job_dir, files, poster, float(result["duration"]),
                                list(result.get("findings", [])), where, seconds)
        status, reply = "error", {"detail": f"outputs missing: {missing}"}
    error = _read(job_dir / "error.txt") or reply.get("detail", "")
    log_tail = _read(job_dir / "log.txt")[-2000:]
    shutil.rmtree(job_dir, ignore_errors=True)
    if status == "timeout":
        message = f"the render took longer than render_timeout ({job.timeout:g} s) and was stopped"
        hint = "shorten the animation, or raise `render_timeout` in the plugin config"
    elif status == "killed":
        meaning = _SIGNAL_MEANING.get(reply.get("signal", ""), "it was killed")
        message = f"the render process stopped: {meaning} ({reply.get('signal')})"
        hint = "make the scene lighter, or raise `limits:` in the plugin config"
    else:
        last = trim_traceback(error, 1) or "unknown error"
        message = f"the scene failed to render: {last}"
        hint = "fix the scene code (the traceback is in the block's error panel)"
    detail = trim_traceback(error) if error else log_tail
    raise RenderFailed(message, detail=detail, hint=hint)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
