"""Run scenes to their last frame without drawing a frame, and report the layout findings.

    python tests/dry_run.py JOBS.json RESULTS.json

JOBS.json: a list of {"name", "code", "scene"}. Each scene runs with Manim's
``skip_animations`` (every play() jumps to its end state: the scene's code, its TeX and its
layout all run, no frame is drawn or encoded) in a child forked from this process, which has
imported Manim and installed the project's scene checks (render/scene_checks.py) once. The
formula cache (tex_dir) is shared by all scenes. RESULTS.json: {name: {"findings": [...],
"error": str | None}}. Used by tests/test_gallery_dry.py; the real renders are the opt-in
corpus tier's.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def _run_one(job: dict, media: Path, out: Path) -> None:
    from mkdocs_manimgen.generate.offline.scene_runs import dry_run

    out.write_text(json.dumps(dry_run(job["code"], job["scene"], media, findings=True)), encoding="utf-8")


def main(jobs_path: str, results_path: str) -> None:
    import manim  # noqa: F401 - imported once, before forking

    from mkdocs_manimgen.render import scene_checks

    scene_checks.install()
    jobs = json.loads(Path(jobs_path).read_text(encoding="utf-8"))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        media = Path(tmp)
        for n, job in enumerate(jobs):
            out = media / f"result-{n}.json"
            pid = os.fork()
            if pid == 0:  # the child: a fresh recorder and Manim config, gone with the child
                try:
                    _run_one(job, media, out)
                finally:
                    os._exit(0)
            os.waitpid(pid, 0)
            results[job["name"]] = (json.loads(out.read_text(encoding="utf-8")) if out.exists()
                                    else {"findings": [], "error": "the child died without a result"})
    Path(results_path).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
