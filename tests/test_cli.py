"""The `manimgen` command, run as the installed console script in a subprocess (as a user runs it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sites import dot_block, media_info

MANIMGEN = Path(sys.executable).parent / "manimgen"
if not MANIMGEN.exists():  # pragma: no cover - the venv's script comes from `pip install -e .`
    pytest.skip("the manimgen console script is not installed (pip install -e .)", allow_module_level=True)

CONCEPT = """
```manimgen
title: Slope
---
The derivative of $f(x) = x^2$ is $f'(x) = 2x$.
```
"""


def manimgen(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 600):
    run_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "COLUMNS": "200", **(env or {})}
    proc = subprocess.run([str(MANIMGEN), *args], capture_output=True, text=True, cwd=cwd, env=run_env,
                          timeout=timeout)
    proc.text = proc.stdout + proc.stderr
    return proc


def figures(html: str) -> list[str]:
    return [str(f) for f in BeautifulSoup(html, "html.parser").select("figure.manimgen")]


@pytest.mark.parametrize("command", [[], ["doctor"], ["render"], ["cache"], ["cache", "info"], ["cache", "prune"],
                                     ["cache", "clear"], ["export"], ["import"]])
def test_help_everywhere(command):
    proc = manimgen(*command, "--help")
    assert proc.returncode == 0, proc.text
    assert "Usage: manimgen" in proc.stdout


def test_doctor_passes_on_this_machine():
    proc = manimgen("doctor", "--offline")
    assert proc.returncode == 0, proc.text
    assert "Ready to build" in proc.stdout
    assert re.search(r"✓\s+LaTeX", proc.stdout), proc.stdout


def test_doctor_without_latex_says_how_to_fix_it(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    hidden = {"latex", "pdflatex", "dvisvgm", "xelatex", "latexmk", "tex", "etex", "pdftex", "xetex", "lualatex",
              "luatex", "dvilualatex", "dvipdfmx", "xdvipdfmx"}
    for exe in Path("/usr/bin").iterdir():
        if exe.name not in hidden:
            (bin_dir / exe.name).symlink_to(exe)
    proc = manimgen("doctor", "--offline", env={"PATH": f"{Path(sys.executable).parent}:{bin_dir}"})
    assert proc.returncode == 1, proc.text
    assert re.search(r"✗\s+LaTeX", proc.stdout), proc.stdout
    assert "fix LaTeX" in proc.stdout and "texlive-latex-extra" in proc.stdout and "MiKTeX" in proc.stdout
    assert "Traceback" not in proc.text


def test_friendly_errors_not_tracebacks(tmp_path):
    for args in (["render", "  "], ["cache", "info", "--cache-dir", str(tmp_path / "none")],
                 ["export", "--site", str(tmp_path / "missing.yml"), str(tmp_path / "out")],
                 ["cache", "prune", "--cache-dir", str(tmp_path)]):
        proc = manimgen(*args)
        assert proc.returncode == 2, (args, proc.text)
        assert "error:" in proc.stderr and "fix:" in proc.stderr and "Traceback" not in proc.text, proc.text


@pytest.mark.render
def test_render_offline_gives_a_playable_video_and_notes(tmp_path):
    out = tmp_path / "slope.webm"
    proc = manimgen("render", "The derivative of $f(x) = x^2$ is $2x$", "--title", "Slope", "--generator", "offline",
                    "--quality", "low", "-o", str(out), "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
    assert proc.returncode == 0, proc.text
    info = media_info(out)
    assert (info["codec"], info["width"], info["height"]) == ("vp9", 854, 480) and info["duration"] > 0
    import av

    with av.open(str(out)) as container:  # a frame really decodes
        frame = next(container.decode(video=0))
        assert frame.width == 854
    notes = out.with_suffix(".md").read_text(encoding="utf-8")
    assert notes.startswith("# Slope") and "2x" in notes
    assert "poster:" in proc.stdout and "notes:" in proc.stdout
    again = manimgen("render", "The derivative of $f(x) = x^2$ is $2x$", "--title", "Slope", "--generator",
                     "offline", "--quality", "low", "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path)
    assert again.returncode == 0 and "from cache" in again.stdout, again.text


def _cache_counts(cache: Path) -> dict[str, int]:
    proc = manimgen("cache", "info", "--cache-dir", str(cache))
    assert proc.returncode == 0, proc.text
    counts = {}
    for kind in ("draft", "render", "pdf"):
        m = re.search(rf"\({kind}\)\s+(\d+)", proc.stdout)
        counts[kind] = int(m[1]) if m else 0
    counts["media"] = int(re.search(r"media files\s+(\d+)", proc.stdout)[1])
    return counts


@pytest.mark.render
def test_cache_info_prune_and_clear(site):
    site.plugin = {"workers": 1, "pdf": False}
    site.write_page("index.md", "# Home\n" + dot_block(1) + dot_block(2))
    build = site.build()
    assert build.returncode == 0 and build.summary["rendered"] == 2, build.log
    cache = site.root / ".cache" / "manimgen"
    counts = _cache_counts(cache)
    assert counts["render"] == 2 and counts["draft"] == 0 and counts["media"] == 4, counts  # webm + poster each
    # the author deletes the second block: prune --site removes its render, media and highlighted
    # code (the pipeline names every entry a block uses), keeps the first block's
    site.write_page("index.md", "# Home\n" + dot_block(1))
    site.write_config()
    proc = manimgen("cache", "prune", "--site", str(site.root / "mkdocs.yml"))
    assert proc.returncode == 0, proc.text
    assert "removed 1 html, 1 render;" in proc.stdout and "2 media file(s)" in proc.stdout, proc.stdout
    counts = _cache_counts(cache)
    assert counts["render"] == 1 and counts["media"] == 2, counts
    again = site.build()
    assert again.summary["rendered"] == 0 and again.summary["from_cache"] == 1, again.log
    # by age: nothing is 30 days old
    proc = manimgen("cache", "prune", "--older-than", "30d", "--cache-dir", str(cache))
    assert proc.returncode == 0 and "removed no entries" in proc.stdout, proc.text
    # the compiled formulas: listed, and those of an earlier TeX toolchain pruned
    stale = cache / "tex" / "0123456789abcdef"
    stale.mkdir(parents=True)
    (stale / "abc.svg").write_text("<svg/>")
    proc = manimgen("cache", "info", "--cache-dir", str(cache))
    assert proc.returncode == 0 and re.search(r"formulas \(tex\)\s+\d+", proc.stdout), proc.text
    proc = manimgen("cache", "prune", "--older-than", "30d", "--cache-dir", str(cache))
    assert "the formulas of 1 earlier TeX toolchain(s)" in proc.stdout and not stale.exists(), proc.text
    proc = manimgen("cache", "clear", "--yes", "--cache-dir", str(cache))
    assert proc.returncode == 0, proc.text
    assert _cache_counts(cache) == {"draft": 0, "render": 0, "pdf": 0, "media": 0}
    assert not (cache / "tex").exists()


@pytest.mark.render
def test_export_clear_import_rebuilds_without_designing(site, tmp_path):
    site.plugin = {"workers": 1}
    site.write_page("index.md", "# Home\n" + CONCEPT + dot_block(3))
    first = site.build()
    assert first.returncode == 0 and first.summary["designed"] == 1, first.log
    config = str(site.root / "mkdocs.yml")
    review = tmp_path / "review"
    proc = manimgen("export", "--site", config, str(review))
    assert proc.returncode == 0 and "exported 1 design" in proc.stdout, proc.text
    manifest = json.loads((review / "manifest.json").read_text())
    (entry,) = manifest["blocks"]
    assert entry["page"] == "index.md" and entry["line"] == 3 and entry["generator"] == "offline"
    assert entry["generation_key"].startswith("generation:")
    folder = review / entry["folder"]
    assert folder.name.startswith("index-L3-slope")
    assert "class " in (folder / "scene.py").read_text() and (folder / "notes.md").read_text().strip()
    assert (folder / "storyboard.yaml").read_text().strip()

    assert manimgen("cache", "clear", "--yes", "--site", config).returncode == 0
    proc = manimgen("import", "--site", config, str(review))
    assert proc.returncode == 0 and "imported 1 design" in proc.stdout, proc.text
    second = site.build()
    assert second.returncode == 0, second.log
    assert second.summary["designed"] == 0 and second.summary["api_calls"] == 0, second.log
    assert figures(second.html()) == figures(first.html())

    # an author's edit to the notes is what the next build shows
    notes = folder / "notes.md"
    notes.write_text(notes.read_text() + "\nReviewed by a human.\n", encoding="utf-8")
    assert manimgen("import", "--site", config, str(review)).returncode == 0
    third = site.build()
    assert third.summary["designed"] == 0 and third.summary["rendered"] == 0, third.log
    assert "Reviewed by a human." in third.html()


def test_import_refuses_unsafe_code(site, tmp_path):
    site.write_page("index.md", "# Home\n" + CONCEPT)
    config = site.write_config()
    review = tmp_path / "review"
    (review / "b").mkdir(parents=True)
    (review / "b" / "scene.py").write_text("import os\nfrom manim import *\nclass S(Scene):\n"
                                           "    def construct(self):\n        os.system('true')\n")
    (review / "manifest.json").write_text(json.dumps({"blocks": [{"folder": "b", "generation_key": "generation:x",
                                                                  "page": "index.md", "line": 2}]}))
    proc = manimgen("import", "--site", str(config), str(review))
    assert proc.returncode == 2 and "safety check" in proc.stderr and "Traceback" not in proc.text, proc.text
