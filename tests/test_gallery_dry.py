"""Every offline family, in the default run, without rendering a frame.

docs/gallery.md holds one block per offline family. Here each is designed, and its scene runs
in Manim to its last frame with ``skip_animations`` (tests/dry_run.py): the scene code, its TeX
and the layout checks all run, nothing is drawn or encoded. The real renders, with
`mkdocs build --strict` of the docs and both offline corpora, are the opt-in corpus tier
(`-m corpus`, tests/test_publish.py and tests/test_syllabus.py), which the default run could
not afford (about 5 minutes for the gallery alone on 2 cores).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_manimgen.blocks import find_blocks, parse_block
from mkdocs_manimgen.generate.offline import FAMILIES, OfflineGenerator
from mkdocs_manimgen.model import Defaults
from mkdocs_manimgen.site_files import SceneFiles

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


@pytest.mark.render
def test_every_gallery_block_runs_to_its_last_frame_with_no_layout_finding(tmp_path):
    source = (DOCS / "gallery.md").read_text(encoding="utf-8")
    specs = [parse_block(b.body, page="gallery.md", line=b.line, defaults=Defaults(), files=SceneFiles(DOCS))
             for b in find_blocks(source)]
    generator = OfflineGenerator()
    try:
        drafts = {spec.location: generator.generate(spec) for spec in specs}
    finally:
        generator.close()
    assert sorted(d.kind for d in drafts.values()) == sorted(FAMILIES)  # one block per family
    assert all(d.reasoning is None for d in drafts.values()), [d.reasoning for d in drafts.values() if d.reasoning]

    jobs = [{"name": where, "code": d.code, "scene": d.scene_name} for where, d in drafts.items()]
    lanes = []  # two processes (2 cores): TeX compiles are most of a dry run's time
    for lane in range(2):
        (tmp_path / f"jobs-{lane}.json").write_text(json.dumps(jobs[lane::2]), encoding="utf-8")
        lanes.append(subprocess.Popen([sys.executable, str(Path(__file__).parent / "dry_run.py"), f"jobs-{lane}.json",
                                       f"results-{lane}.json"], stderr=subprocess.PIPE, text=True, cwd=tmp_path))
    for proc in lanes:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err[-3000:]
    results = {k: v for lane in range(2)
               for k, v in json.loads((tmp_path / f"results-{lane}.json").read_text(encoding="utf-8")).items()}
    problems = [f"{where} ({drafts[where].kind}): {r['error'] or r['findings']}"
                for where, r in results.items() if r["error"] or r["findings"]]
    assert len(results) == len(jobs) and not problems, "\n".join(problems)


def test_a_dry_run_catches_what_a_render_would(tmp_path):
    """The guard can fail: an error in construct, and a formula pushed out of the frame."""
    jobs = [{"name": "raises", "scene": "S", "code": "from manim import *\nclass S(Scene):\n"
             "    def construct(self):\n        self.play(Write(MathTex('x').shift(UNKNOWN)))\n"},
            {"name": "outside", "scene": "S", "code": "from manim import *\nclass S(Scene):\n"
             "    def construct(self):\n        self.play(FadeIn(Text('far away').shift(RIGHT * 20)))\n"}]
    (tmp_path / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    subprocess.run([sys.executable, str(Path(__file__).parent / "dry_run.py"), str(tmp_path / "jobs.json"),
                    str(tmp_path / "results.json")], check=True, timeout=300, cwd=tmp_path)
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert "NameError" in results["raises"]["error"]
    assert any("outside the frame" in f for f in results["outside"]["findings"]), results["outside"]
