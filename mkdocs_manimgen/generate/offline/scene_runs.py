"""Run a scene to its last frame without drawing one: the designer's check that its own scene runs.

``python -m mkdocs_manimgen.generate.offline.scene_runs TEX_DIR`` is a warm child: it imports Manim
once, then reads one JSON job per line on stdin (``{"code", "scene", "seconds"}``) and answers one
JSON line per job (``{"error": str | None}``). Each job runs in a process forked from it, with
Manim's ``skip_animations`` (every ``play()`` jumps to its end state: the scene's code, its TeX and
its layout run, no frame is drawn or encoded), under an alarm of ``seconds``. Formulas compiled
for one job serve the next (``TEX_DIR``). tests/dry_run.py runs the gallery the same way.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from pathlib import Path


def dry_run(code: str, scene: str, media: Path, tex_dir: Path | None = None, findings: bool = False) -> dict:
    """``{"error": traceback or None, "findings": [...]}`` of running ``scene`` (in this process)."""
    from manim import tempconfig

    from ...model import QUALITIES
    from ...render.scene_runner import load_scene_class, scene_findings

    low = QUALITIES["low"]
    result: dict = {"findings": [], "error": None}
    try:
        cls = load_scene_class(code, scene)  # as the render child loads it
        settings = {"media_dir": str(media), "tex_dir": str(tex_dir or media / "Tex"), "disable_caching": True,
                    "write_to_movie": False, "save_last_frame": False, "progress_bar": "none", "verbosity": "ERROR",
                    "pixel_width": low.width, "pixel_height": low.height, "frame_rate": low.fps}
        with tempconfig(settings):
            played = cls(skip_animations=True)
            played.render()
            if findings:
                result["findings"] = scene_findings(played, code)
    except BaseException:  # noqa: BLE001 - reported per scene
        result["error"] = traceback.format_exc(limit=-3)
    return result


def _serve(tex_dir: Path) -> None:
    import tempfile

    import manim  # noqa: F401 - imported once, before forking

    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever Manim prints goes to stderr, never into the replies
    for line in sys.stdin:
        job = json.loads(line)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "result.json"
            pid = os.fork()
            if pid == 0:  # a fresh Manim config and scene state, gone with the child
                try:
                    signal.alarm(max(1, int(job.get("seconds", 60))))
                    out.write_text(json.dumps(dry_run(job["code"], job["scene"], Path(tmp), tex_dir)), encoding="utf-8")
                finally:
                    os._exit(0)
            _, status = os.waitpid(pid, 0)
            if out.exists():
                reply = json.loads(out.read_text(encoding="utf-8"))
            elif os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM:
                reply = {"error": f"the scene did not finish within {job.get('seconds')} s"}
            else:
                reply = {"error": f"the scene's process died (status {status})"}
        replies.write(json.dumps({"error": reply["error"]}) + "\n")
        replies.flush()


if __name__ == "__main__":
    _serve(Path(sys.argv[1]))
