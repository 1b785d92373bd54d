"""Running TeX for the PDF guide: latexmk or the engine alone, sandboxed to one folder, with a time limit."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

COMPILE_TIMEOUT = 120.0
JOB = "guide"
# TeX runs beside renders on few cores: one compile at a time per two cores, at low priority.
SLOTS = threading.BoundedSemaphore(max(1, (os.cpu_count() or 2) // 2))


@lru_cache(maxsize=1)
def cjk_fonts() -> tuple[str, str, str]:
    """Noto CJK SC serif/sans/mono as installed (fontconfig names), serif falling back to sans."""
    try:
        names = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True,
                               timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        names = ""
    have = {n.strip() for line in names.splitlines() for n in line.split(",")}
    sans = "Noto Sans CJK SC"
    serif = "Noto Serif CJK SC" if "Noto Serif CJK SC" in have or not have else sans
    mono = "Noto Sans Mono CJK SC" if "Noto Sans Mono CJK SC" in have or not have else sans
    return serif, sans, mono


def log_excerpt(log_text: str, output: str, lines_after: int = 6) -> str:
    """The `!` error line of a TeX log and the lines after it (where TeX shows the culprit)."""
    for text in (log_text, output):
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("!"):
                return "\n".join(ln.rstrip() for ln in lines[i:i + 1 + lines_after] if ln.strip())
    tail = [ln.rstrip() for ln in (log_text or output).splitlines() if ln.strip()]
    return "\n".join(tail[-8:]) or "(TeX wrote no log)"


@dataclass
class Compiled:
    pdf: Path | None
    excerpt: str = ""


def compile_latex(workdir: Path, engine: str, tools: dict[str, str | None],
                  timeout: float = COMPILE_TIMEOUT) -> Compiled:
    """latexmk (or the engine alone) in `workdir`, no shell escape, TeX's file access limited to it."""
    flags = ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error"]
    if tools.get("latexmk"):
        cmd = [tools["latexmk"], "-norc", "-pdf" if engine == "pdflatex" else "-xelatex", *flags, f"{JOB}.tex"]
    else:
        cmd = [tools[engine] or engine, *flags, f"{JOB}.tex"]
    if tools.get("nice"):
        cmd = [tools["nice"], "-n", "10", *cmd]
    env = {**os.environ, "openin_any": "p", "openout_any": "p", "max_print_line": "1000"}
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # latexmk's engine child too
        proc.communicate()
        return Compiled(None, f"{engine} took longer than {timeout:.0f} s")
    output = out.decode("utf-8", "replace")
    pdf = workdir / f"{JOB}.pdf"
    if proc.returncode == 0 and pdf.is_file() and pdf.stat().st_size > 0:
        return Compiled(pdf)
    log_file = workdir / f"{JOB}.log"
    log_text = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else ""
    return Compiled(None, log_excerpt(log_text, output))
