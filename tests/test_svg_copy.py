"""render/svg_copy: copies of text share their parsed SVG path, and the frames stay the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).parent / "svg_copy_probe.py"


def _probe(mode: str, tmp_path: Path) -> dict:
    done = subprocess.run([sys.executable, str(PROBE), mode], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.render
def test_shared_svg_paths_draw_the_same_frames(tmp_path):
    """Write, FadeIn, Transform, .animate, copy and become on Text (CJK too) and MathTex: every frame
    after a play is identical with and without the patch; a copy shares the path and owns its points."""
    off, on = _probe("off", tmp_path), _probe("on", tmp_path)
    assert on["hashes"] == off["hashes"] and len(on["hashes"]) == 4
    assert on["shared"] and not off["shared"]
    assert on["own_points"] and off["own_points"]
