"""How a render process is started: a scrubbed environment, and bubblewrap when available.

Inside bwrap the process sees only what a render needs, read-only (/usr, /etc, the Python
prefixes, the package; not the project, the docs, /root or /home), has no network (every
namespace but the user one is unshared), its own pid namespace, an empty read-only /tmp and
only its work root writable. Without bwrap it still gets a scrubbed environment and per-job
resource limits (see zygote.apply_limits).

Running as root (containers, CI), RLIMIT_NPROC is not enforced, so a fork bomb would be
unbounded. There bwrap runs as root *without* a user namespace and keeps only CAP_SETUID,
CAP_SETGID and CAP_KILL; every job's child then drops to a uid of its own (`job_uid`), for
which the kernel enforces the process limit, which owns only its job directory, and whose
processes can all be killed at once (kill(-1) as that uid).
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import site
import subprocess
import sys
from pathlib import Path

from ..errors import ManimGenError

# Only what Manim, LaTeX and ffmpeg need. No API keys, tokens or user variables get through.
SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# System trees a render reads (Python, Cairo/Pango, fonts, TeX Live, ffmpeg). Missing ones are skipped.
SYSTEM_DIRS = ("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
               "/var/cache/fontconfig", "/var/lib/texmf", "/opt")
# Per-job uids come from here: far above real accounts, below 2**31 for tools that use signed ints.
JOB_UID_BASE, JOB_UID_SPAN = 1_500_000_000, 500_000_000
ZYGOTE_CAPS = ("CAP_SETUID", "CAP_SETGID", "CAP_KILL")


def scrubbed_env(work_root: Path) -> dict[str, str]:
    home = work_root / "home"
    home.mkdir(parents=True, exist_ok=True)
    python_bin = str(Path(sys.executable).parent)
    return {
        "PATH": f"{python_bin}:{SYSTEM_PATH}",
        "HOME": str(home),  # each job's child moves HOME and TMPDIR into its job directory
        "TMPDIR": str(work_root),
        "USER": "manimgen",  # per-job uids have no passwd entry; getpass() reads these first
        "LOGNAME": "manimgen",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",  # reproducible set/dict order inside scenes
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONPATH": str(package_dir().parent),
        "OMP_NUM_THREADS": "1",  # one render per core; no oversubscription
        # kpathsea paranoid mode: TeX may not open absolute paths, dot files or ../ for reading
        # or writing (\input{/etc/passwd} built at run time fails; Manim's relative paths work).
        "openin_any": "p",
        "openout_any": "p",
        "shell_escape": "f",  # no \write18, whatever a texmf.cnf says
    }


def package_dir() -> Path:
    return Path(__file__).resolve().parents[1]


def readonly_paths() -> list[Path]:
    """What the render process may read: system trees, Python prefixes, site-packages, this package."""
    candidates = [*SYSTEM_DIRS, sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
                  *site.getsitepackages(), str(Path(sys.executable).resolve().parent.parent), str(package_dir())]
    if site.ENABLE_USER_SITE and site.USER_SITE and sys.flags.no_user_site == 0:
        candidates.append(site.USER_SITE)
    paths: list[Path] = []
    for raw in candidates:
        path = Path(os.path.abspath(raw))
        if path.exists() and path not in paths:
            paths.append(path)
    # A tree inside another one is already visible; binding it again would only cost a mount.
    return [p for p in paths if not any(o != p and o in p.parents and not o.is_symlink() for o in paths)]


@functools.cache
def bwrap_works() -> bool:
    """bwrap can be installed yet unusable (no namespaces in some containers): try it."""
    exe = shutil.which("bwrap")
    if not exe:
        return False
    probe = [exe, *_bind_args(), "--dev", "/dev", *_unshare_args(), "--die-with-parent", "true"]
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
        found = shutil.which("bwrap")
        raise ManimGenError(
            "sandbox: bwrap is set but bubblewrap " + (f"({found}) cannot create namespaces here" if found
                                                       else "is not installed"),
            hint="install it (Debian/Ubuntu: apt-get install bubblewrap), allow user namespaces "
                 "(sysctl kernel.unprivileged_userns_clone=1), or set `sandbox: auto`")
    return "none"


def drops_uid(mode: str) -> bool:
    """Jobs run under uids of their own when we are root and bwrap gave the zygote CAP_SETUID.

    Without bwrap a root zygote keeps root: switching uid there would lose read access to a
    Python under /root (0700) that the sandbox otherwise re-exposes; the log says so.
    """
    return mode == "bwrap" and os.geteuid() == 0


def job_uid(mode: str) -> int | None:
    return JOB_UID_BASE + secrets.randbelow(JOB_UID_SPAN) if drops_uid(mode) else None


def prepare_work_root(work_root: Path, mode: str) -> None:
    """Job uids may pass through the work root (to their own job dir) but not list or change it."""
    if drops_uid(mode):
        os.chmod(work_root, 0o711)


def prepare_job_dir(job_dir: Path, uid: int | None) -> None:
    if uid is not None:
        os.chown(job_dir, uid, uid)
        os.chmod(job_dir, 0o700)


def _bind_args() -> list[str]:
    args: list[str] = []
    for path in readonly_paths():
        if path.is_symlink():  # /lib -> usr/lib on merged-/usr systems: keep it a symlink
            args += ["--symlink", os.readlink(path), str(path)]
        else:
            args += ["--ro-bind", str(path), str(path)]
    return args


def _unshare_args() -> list[str]:
    if os.geteuid() == 0:
        # No user namespace: the job uids must be real uids for RLIMIT_NPROC to count them.
        caps = [a for cap in ZYGOTE_CAPS for a in ("--cap-add", cap)]
        return ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
                "--cap-drop", "ALL", *caps]
    return ["--unshare-all", "--disable-userns"]


def command(mode: str, work_root: Path, env: dict[str, str]) -> list[str]:
    """The argv that starts one warm render process (the zygote)."""
    python = [sys.executable, "-m", "mkdocs_manimgen.render.zygote"]
    if mode != "bwrap":
        return python
    args = [shutil.which("bwrap") or "bwrap", "--dev", "/dev", "--proc", "/proc", "--perms", "0755", "--tmpfs", "/tmp",
            *_parent_dirs([*readonly_paths(), work_root.resolve()]), *_bind_args(),
            "--bind", str(work_root.resolve()), str(work_root.resolve()),
            "--remount-ro", "/", *_unshare_args(), "--die-with-parent", "--new-session", "--clearenv",
            "--chdir", str(work_root.resolve())]
    for key, value in env.items():
        args += ["--setenv", key, value]
    return [*args, "--", *python]


def _parent_dirs(paths: list[Path]) -> list[str]:
    """bwrap makes missing parents of a mount point 0700 (root's): job uids could not pass them."""
    covered = [p for p in readonly_paths() if not p.is_symlink()]  # these have their real modes
    parents = sorted({a for p in paths for a in p.parents if a not in (Path("/"), Path("/tmp"))},
                     key=lambda a: len(a.parts))
    args: list[str] = []
    for parent in parents:
        if not any(c == parent or c in parent.parents for c in covered):
            args += ["--perms", "0755", "--dir", str(parent)]
    return args


def subprocess_env(mode: str, env: dict[str, str]) -> dict[str, str]:
    """bwrap clears and sets the environment itself; it only needs PATH to start."""
    return {"PATH": os.environ.get("PATH", SYSTEM_PATH)} if mode == "bwrap" else env
