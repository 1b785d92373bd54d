"""How a render process is started: a scrubbed environment, and bubblewrap when available.

Inside bwrap the process sees the system read-only, has no network (every namespace is
unshared), a private /tmp, and only its work root writable. Without bwrap it still gets a
scrubbed environment and per-job resource limits (see zygote.apply_limits).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..errors import ManimGenError

# Only what Manim, LaTeX and ffmpeg need. No API keys, tokens or user variables get through.
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


def scrubbed_env(work_root: Path) -> dict[str, str]:
    home = work_root / "home"
    home.mkdir(parents=True, exist_ok=True)
    python_bin = str(Path(sys.executable).parent)
    package_parent = str(Path(__file__).resolve().parents[2])
    return {
        "PATH": f"{python_bin}:{SYSTEM_PATH}",
        "HOME": str(home),
        "TMPDIR": str(work_root),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",  # reproducible set/dict order inside scenes
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": package_parent,
        "OMP_NUM_THREADS": "1",  # one render per core; no oversubscription
    }


@functools.cache
def bwrap_works() -> bool:
    """bwrap can be installed yet unusable (no user namespaces in some containers): try it."""
    exe = shutil.which("bwrap")
    if not exe:
        return False
    probe = [exe, "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-all", "--die-with-parent", "true"]
    try:
        return subprocess.run(probe, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def resolve_mode(mode: str) -> str:
    """auto -> bwrap when usable, else none; bwrap -> error when unusable."""
    if mode == "none":
        return "none"
    if bwrap_works():
        return "bwrap"
    if mode == "bwrap":
        raise ManimGenError("sandbox: bwrap is set but bubblewrap is missing or cannot create namespaces here",
                            hint="install it (Debian/Ubuntu: apt-get install bubblewrap) or set `sandbox: auto`")
    return "none"


def command(mode: str, work_root: Path, env: dict[str, str]) -> list[str]:
    """The argv that starts one warm render process (the zygote)."""
    python = [sys.executable, "-m", "mkdocs_manimgen.render.zygote"]
    if mode != "bwrap":
        return python
    args = [shutil.which("bwrap") or "bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
            "--tmpfs", "/tmp", "--bind", str(work_root), str(work_root),
            "--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--chdir", str(work_root)]
    for key, value in env.items():
        args += ["--setenv", key, value]
    return [*args, "--", *python]


def subprocess_env(mode: str, env: dict[str, str]) -> dict[str, str]:
    """bwrap clears and sets the environment itself; it only needs PATH to start."""
    return {"PATH": os.environ.get("PATH", SYSTEM_PATH)} if mode == "bwrap" else env
