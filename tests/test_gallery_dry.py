"""Every offline family's gallery block: designed in the default run, dry-run in the corpus tier.

docs/gallery.md holds one block per offline family. The default run designs every block and checks
that each designs to its own family, passing the verifier and the static check a build applies
before it renders (seconds, and it grows by nothing but a design per new family). A dry run runs a
scene in Manim to its last frame with ``skip_animations`` (tests/dry_run.py): the scene code, its
TeX and the layout checks all run, nothing is drawn or encoded. The default run dry-runs a fixed
few blocks (REPRESENTATIVE: the families with the most crowded layouts, 2D and 3D) and a test that
the dry run can fail; the dry run of every block (about 2 minutes on 2 cores, growing with every
new family) is the opt-in corpus tier's (`-m corpus`), with the real renders and `mkdocs build
--strict` of the docs and both offline corpora (tests/test_publish.py, tests/test_syllabus.py).
A new family's author runs `pytest -m corpus tests/test_gallery_dry.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_manimgen.blocks import find_blocks, parse_block
from mkdocs_manimgen.generate.offline import FAMILIES, THREE_D, OfflineGenerator
from mkdocs_manimgen.model import Defaults
from mkdocs_manimgen.site_files import SceneFiles
from mkdocs_manimgen.validate import validate_code

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DRY_RUN = Path(__file__).parent / "dry_run.py"

# Dry-run by default: the largest 2D designs (Monte Carlo's plot beside its running counters and
# estimate; stable matching's two columns of nodes and preference lists, whose layout was fixed from
# frames) and the largest 3D one (a trajectory under axes, with fixed-in-frame formula and labels).
REPRESENTATIVE = ("monte_carlo", "stable_matching", "trajectory_3d")


@pytest.fixture(scope="module")
def drafts() -> dict:
    """gallery.md:line -> the offline design of that block."""
    source = (DOCS / "gallery.md").read_text(encoding="utf-8")
    specs = [parse_block(b.body, page="gallery.md", line=b.line, defaults=Defaults(), files=SceneFiles(DOCS))
             for b in find_blocks(source)]
    generator = OfflineGenerator()
    try:
        return {spec.location: generator.generate(spec) for spec in specs}
    finally:
        generator.close()


def test_every_family_has_one_gallery_block_that_designs_to_it_and_passes_the_checks(drafts):
    assert sorted(d.kind for d in drafts.values()) == sorted(FAMILIES)  # one block per family
    # no design refused by the verifier (or raising) and replaced by a walkthrough
    assert all(d.reasoning is None for d in drafts.values()), [d.reasoning for d in drafts.values() if d.reasoning]
    refused = {where: validate_code(d.code, scene=d.scene_name).as_error_text() for where, d in drafts.items()
               if not validate_code(d.code, scene=d.scene_name).ok}
    assert not refused, refused  # the static check every build applies before a render


def dry_run(drafts: dict, tmp_path: Path, lanes: int) -> list[str]:
    """Dry-run every draft in `lanes` processes (TeX compiles are most of a dry run's time); the problems."""
    jobs = [{"name": where, "code": d.code, "scene": d.scene_name} for where, d in drafts.items()]
    procs = []
    for lane in range(lanes):
        (tmp_path / f"jobs-{lane}.json").write_text(json.dumps(jobs[lane::lanes]), encoding="utf-8")
        procs.append(subprocess.Popen([sys.executable, str(DRY_RUN), f"jobs-{lane}.json", f"results-{lane}.json"],
                                      stderr=subprocess.PIPE, text=True, cwd=tmp_path))
    for proc in procs:
        _, err = proc.communicate(timeout=1700)
        assert proc.returncode == 0, err[-3000:]
    results = {k: v for lane in range(lanes)
               for k, v in json.loads((tmp_path / f"results-{lane}.json").read_text(encoding="utf-8")).items()}
    assert sorted(results) == sorted(drafts)
    return [f"{where} ({drafts[where].kind}): {r['error'] or r['findings']}"
            for where, r in results.items() if r["error"] or r["findings"]]


@pytest.mark.render
def test_representative_gallery_blocks_run_to_their_last_frame_with_no_layout_finding(drafts, tmp_path):
    chosen = {where: d for where, d in drafts.items() if d.kind in REPRESENTATIVE}
    assert sorted(d.kind for d in chosen.values()) == sorted(REPRESENTATIVE)  # still families, each in the gallery
    assert {d.kind in THREE_D for d in chosen.values()} == {True, False}  # 2D and 3D
    problems = dry_run(chosen, tmp_path, lanes=1)
    assert not problems, "\n".join(problems)


@pytest.mark.render
@pytest.mark.corpus
@pytest.mark.timeout(1800)  # 900 s was hit once on a busy machine (load 12 on 2 cores)
def test_every_gallery_block_runs_to_its_last_frame_with_no_layout_finding(drafts, tmp_path):
    problems = dry_run(drafts, tmp_path, lanes=2)  # two processes: 2 cores
    assert not problems, "\n".join(problems)


def test_a_dry_run_catches_what_a_render_would(tmp_path):
    """The guard can fail: an error in construct, and a formula pushed out of the frame."""
    jobs = [{"name": "raises", "scene": "S", "code": "from manim import *\nclass S(Scene):\n"
             "    def construct(self):\n        self.play(Write(MathTex('x').shift(UNKNOWN)))\n"},
            {"name": "outside", "scene": "S", "code": "from manim import *\nclass S(Scene):\n"
             "    def construct(self):\n        self.play(FadeIn(Text('far away').shift(RIGHT * 20)))\n"}]
    (tmp_path / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    subprocess.run([sys.executable, str(DRY_RUN), str(tmp_path / "jobs.json"),
                    str(tmp_path / "results.json")], check=True, timeout=300, cwd=tmp_path)
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert "NameError" in results["raises"]["error"]
    assert any("outside the frame" in f for f in results["outside"]["findings"]), results["outside"]
