"""The render sandbox against hostile scenes, through real `mkdocs build`s.

Every `expect: sandbox` case of the hostile corpus, and some `expect: static` ones, run as
hand-written `code:` blocks (the AST allowlist does not apply to an author's own code), so
only the sandbox stands between them and the machine. One build holds them all.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hostile import load_hostile
from mkdocs_manimgen.errors import RenderFailed
from mkdocs_manimgen.render import encode, sandbox
from mkdocs_manimgen.render.job import Limits, RenderJob, read_output
from mkdocs_manimgen.model import QUALITIES

pytestmark = pytest.mark.render

# Static cases that do something at run time when they are not stopped before it.
RUNTIME_STATIC = ("os_system", "subprocess_run", "write_abs_path_open", "write_path_traversal", "pathlib_write",
                  "shutil_copy_passwd", "huge_file_write", "config_media_dir", "socket_connect",
                  "socket_via_importlib", "env_os_environ_text", "env_getenv_exception", "fork_bomb_os",
                  "fork_bomb_multiprocessing", "latex_input_passwd", "code_mobject_reads_passwd")
SECRET = "s3cr3t-" + os.urandom(6).hex()
API_KEY = "sk-test-" + os.urandom(6).hex()

ORDINARY = {
    "plain_2d": """
        from manim import *
        class Plain(Scene):
            def construct(self):
                eq = MathTex(r"e^{i\\pi} + 1 = 0").to_edge(UP)
                self.play(Write(eq), Create(Circle(radius=1.5, color=BLUE)), run_time=1)
                self.wait(0.3)
        """,
    "numpy_plot": """
        import numpy as np
        from manim import *
        class Plot(Scene):
            def construct(self):
                axes = Axes(x_range=[0, 2 * np.pi, 1], y_range=[-1.5, 1.5, 1], x_length=8, y_length=4)
                curve = axes.plot(lambda x: np.sin(x), color=YELLOW)
                self.play(Create(axes), Create(curve), run_time=1)
        """,
    "three_d": """
        from manim import *
        class Solid(ThreeDScene):
            def construct(self):
                self.set_camera_orientation(phi=65 * DEGREES, theta=-45 * DEGREES)
                title = Text("A cube").to_edge(UP)
                self.add_fixed_in_frame_mobjects(title)
                self.play(Create(Cube(side_length=2, fill_opacity=0.6)), FadeIn(title), run_time=1)
        """,
}


def _block(title: str, code: str) -> str:
    body = textwrap.indent(code.strip("\n"), "  ")
    return f"```manimgen\ntitle: {title}\ncode: |\n{body}\n---\nCase {title}.\n```\n\n"


class Listener:
    """A TCP server on 127.0.0.1 that counts connections (none may arrive from a scene)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()


def _processes_under(root: Path) -> list[str]:
    """Processes whose command line or working directory is inside `root` (nothing may remain)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            cwd = os.readlink(f"/proc/{entry}/cwd")
        except OSError:
            continue
        if str(root) in cmdline or cwd.startswith(str(root)):
            found.append(f"{entry}: {cmdline[:200]} (cwd {cwd})")
    return found


def _escapes(*roots: Path) -> list[Path]:
    hits = [Path(p) for p in Path("/tmp").glob("manimgen-escape*")]
    for root in roots:
        hits += [p for p in root.rglob("*manimgen-escape*")]
    return hits


def test_hostile_scenes_are_stopped_or_contained(site):
    cases = [c for c in load_hostile() if c.expect == "sandbox" or c.name in RUNTIME_STATIC]
    assert sum(c.expect == "sandbox" for c in cases) >= 15 and len(cases) >= 25
    for stale in _escapes():
        stale.unlink()
    listener = Listener()
    page, lines = "# Hostile\n\n", {}
    for case in cases:
        code = case.code.replace('"MANIMGEN_TEST_LISTENER_PORT", "1"', f'"MANIMGEN_TEST_LISTENER_PORT", "{listener.port}"')
        lines[page.count("\n") + 1] = case.name
        page += _block(case.name, code)
    for name, code in ORDINARY.items():
        lines[page.count("\n") + 1] = name
        page += _block(name, textwrap.dedent(code))
    site.write_page("index.md", page)
    site.plugin.update({"workers": 1, "generator": "offline", "render_timeout": 8, "pdf": False,
                        "sandbox": "bwrap" if sandbox.bwrap_works() else "auto",
                        "limits": {"memory_mb": 1500, "cpu_seconds": 10, "file_mb": 50, "processes": 64}})
    started = time.monotonic()
    try:
        build = site.build(env={"MANIMGEN_TEST_SECRET": SECRET, "DEEPSEEK_API_KEY": API_KEY,
                                "MANIMGEN_TEST_LISTENER_PORT": str(listener.port)}, timeout=400)
    finally:
        listener.close()
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.log[-5000:]

    soup = BeautifulSoup(build.html(), "html.parser")
    outcome: dict[str, str] = {}
    for el in soup.select("[data-manimgen-source]"):
        line = int(el["data-manimgen-source"].rsplit(":", 1)[1])
        if "manimgen-error" in el.get("class", []):
            outcome[lines[line]] = "failed: " + el.find_all("p")[1].get_text(" ", strip=True)
        else:
            outcome[lines[line]] = "rendered"
    report = "\n".join(f"{k:32} {v[:150]}" for k, v in outcome.items())
    print(f"\n{len(cases)} hostile cases in {seconds:.0f} s\n{report}")
    assert set(outcome) == set(lines.values()), report

    # Ordinary scenes: no false alarms.
    for name in ORDINARY:
        assert outcome[name] == "rendered", report
    # What only a limit can stop must have been stopped (the rest were contained: checked below).
    for name in ("infinite_loop", "slow_allowed_loop", "memory_bomb_list", "memory_growing_list",
                 "numpy_memory_bomb", "huge_print_output", "fork_bomb_os", "fork_bomb_multiprocessing",
                 "subprocess_run", "socket_connect", "write_abs_path_open",
                 "huge_file_write", "latex_input_passwd", "latex_input_built_at_runtime"):
        assert outcome[name].startswith("failed"), (name, report)
    assert "timeout" in outcome["infinite_loop"] or "longer than render_timeout" in outcome["infinite_loop"]
    # A 100 MB exception message is trimmed everywhere it goes.
    assert len(build.log) < 2_000_000 and len(build.html()) < 2_000_000

    # Nothing reached the network, nothing was written outside the job directories, nothing leaked.
    assert listener.connections == 0
    assert not _escapes(site.root), _escapes(site.root)
    cache = site.root / ".cache"
    for path in [*build.site_dir.rglob("*"), *cache.rglob("*")]:
        if path.is_file() and path.stat().st_size < 50_000_000:
            data = path.read_bytes()
            assert SECRET.encode() not in data and API_KEY.encode() not in data, path
    assert SECRET not in build.log and API_KEY not in build.log
    # No process of the build survives it (fork bombs, double-forked daemons, zygotes, bwrap).
    assert not _processes_under(site.root), _processes_under(site.root)
    assert seconds < 170, f"the hostile build took {seconds:.0f} s"


def test_sandbox_hides_the_project_and_keeps_latex_paranoid(tmp_path):
    """The bwrap view has the system and the package, not the project, /root or the docs."""
    if not sandbox.bwrap_works():
        pytest.skip("bubblewrap cannot run here")
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / ".env").write_text("DEEPSEEK_API_KEY=sk-nope\n")
    work_root = project / ".cache" / "manimgen" / "tmp" / "run-x"
    work_root.mkdir(parents=True)
    argv = sandbox.command("bwrap", work_root, sandbox.scrubbed_env(work_root))
    assert "/" not in [argv[i + 1] for i, a in enumerate(argv) if a == "--ro-bind"], "the whole root is bound"
    checks = {"env": f"test -e {project}/.env", "docs": f"test -e {project}/docs", "ssh": "test -e /root/.ssh",
              "work": f"test -w {work_root}", "usr": "touch /usr/manimgen-x 2>/dev/null",
              "paranoid": 'test "$(kpsewhich -var-value openin_any)" = p'}
    script = "; ".join(f"if {test}; then echo {name}=yes; else echo {name}=no; fi" for name, test in checks.items())
    proc = subprocess.run([*argv[:argv.index("--") + 1], "sh", "-c", script + "; echo tex=$openin_any$openout_any"],
                          capture_output=True, text=True, env=sandbox.subprocess_env("bwrap", {}), timeout=30)
    seen = dict(line.split("=", 1) for line in proc.stdout.split())
    assert seen == {"env": "no", "docs": "no", "ssh": "no", "work": "yes", "usr": "no",
                    "paranoid": "yes", "tex": "pp"}, proc.stdout + proc.stderr


def test_bwrap_required_but_missing_is_a_clear_error(tmp_path):
    code = ("from mkdocs_manimgen.render.sandbox import resolve_mode\n"
            "try:\n    resolve_mode('bwrap')\nexcept Exception as e:\n    print(type(e).__name__, e, e.hint)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PATH": str(tmp_path)})
    assert "ManimGenError" in proc.stdout and "not installed" in proc.stdout and "sandbox: auto" in proc.stdout


def _fake_job(tmp_path: Path) -> tuple[RenderJob, Path]:
    quality = QUALITIES["low"]
    plan = encode.plan(("webm",), quality, gif_fps=15, gif_width=None, poster_format="png")
    job = RenderJob(code="", scene="S", quality=quality, plan=plan, limits=Limits(file_mb=1))
    job_dir = tmp_path / "job-1"
    (job_dir / "out").mkdir(parents=True)
    (job_dir / "result.json").write_text(json.dumps({"files": {"webm": "video.webm"}, "poster": "poster.png",
                                                      "duration": 1.0, "findings": []}))
    (job_dir / "out" / "poster.png").write_bytes(b"png")
    return job, job_dir


@pytest.mark.parametrize("plant", ["symlink", "dir_symlink", "fifo", "hardlink", "too_big", "ok"])
def test_only_regular_outputs_are_taken(tmp_path, plant):
    job, job_dir = _fake_job(tmp_path)
    video = job_dir / "out" / "video.webm"
    if plant == "symlink":
        video.symlink_to("/etc/passwd")
    elif plant == "dir_symlink":
        (job_dir / "out").rename(job_dir / "real")
        (job_dir / "real" / "video.webm").write_bytes(b"x")
        (job_dir / "out").symlink_to(job_dir / "real")
    elif plant == "fifo":
        os.mkfifo(video)
    elif plant == "hardlink":
        (tmp_path / "elsewhere").write_bytes(b"secret")
        os.link(tmp_path / "elsewhere", video)
    elif plant == "too_big":
        video.write_bytes(b"x" * (2 * 1024 * 1024))
    else:
        video.write_bytes(b"webm")
    if plant == "ok":
        output = read_output(job, job_dir, {"status": "ok"}, "here", 1.0)
        assert output.files["webm"].read_bytes() == b"webm" and not job_dir.exists()
        output.cleanup()
        return
    with pytest.raises(RenderFailed, match="outputs refused"):
        read_output(job, job_dir, {"status": "ok"}, "here", 1.0)
    assert not job_dir.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("taken-")]
