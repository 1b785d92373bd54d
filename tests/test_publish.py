"""Publishing: `mkdocs gh-deploy` into a local bare repository, and the project's own docs site."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sites import media_info

pytestmark = pytest.mark.render

ROOT = Path(__file__).resolve().parents[1]
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}

PAGE = """# Course

```manimgen
title: A dot
code: |
  from manim import *

  class OneDot(Scene):
      def construct(self):
          self.play(FadeIn(Dot(color=YELLOW)), run_time=0.5)
          self.wait(0.5)
---
A dot appears.
```
"""


def run(*cmd: str, cwd: Path, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    assert proc.returncode == 0, f"{' '.join(cmd)}:\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.skipif(not shutil.which("git"), reason="git is not installed")
def test_gh_deploy_into_a_local_bare_repository(tmp_path):
    # a small copy of the example course: its mkdocs.yml (material theme), one hand-written block
    src = tmp_path / "course"
    (src / "docs").mkdir(parents=True)
    tag = "!!python/name:mkdocs_manimgen.fence.format"  # the standalone fence (Zensical), kept as written
    text = (ROOT / "site_examples/course/mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text.replace(tag, "FENCE-FORMAT"))
    config.pop("nav", None)
    config.pop("extra_javascript", None)
    config.pop("extra_css", None)
    config["plugins"] = ["search", {"manimgen": {"quality": "low", "workers": 1, "pdf": False}}]
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False).replace("FENCE-FORMAT", tag)
    assert tag in text
    (src / "mkdocs.yml").write_text(text, encoding="utf-8")
    (src / "docs" / "index.md").write_text(PAGE, encoding="utf-8")
    (src / ".gitignore").write_text(".cache/\nsite/\n")
    run("git", "init", "-q", "-b", "main", cwd=src)
    run("git", "add", "-A", cwd=src)
    run("git", "commit", "-q", "-m", "course", cwd=src)
    remote = tmp_path / "pages.git"
    run("git", "init", "-q", "--bare", str(remote), cwd=tmp_path)
    clone = tmp_path / "clone"
    run("git", "clone", "-q", str(src), str(clone), cwd=tmp_path)

    deploy = run(sys.executable, "-m", "mkdocs", "gh-deploy", "--remote-name", str(remote), "--force",
                 "--no-history", cwd=clone)
    assert "manimgen: 1 block(s)" in deploy.stderr + deploy.stdout

    files = run("git", "ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).stdout.split()
    assert "index.html" in files and ".nojekyll" in files
    media = [f for f in files if f.startswith("assets/manimgen/")]
    assert any(f.endswith(".webm") for f in media) and any(f.endswith(".png") for f in media), media
    html = run("git", "show", "gh-pages:index.html", cwd=remote).stdout
    sources = [s["src"] for s in BeautifulSoup(html, "html.parser").select("figure.manimgen video source")]
    assert sources and all(s.removeprefix("./") in files for s in sources), (sources, media)


@pytest.mark.corpus  # opt-in (-m corpus): ~5 min of renders; the gallery dry run is test_gallery_dry's
def test_the_project_docs_build_strict_with_the_plugin(tmp_path):
    """The repo's own docs: the gallery renders one block per offline family (slow on a cold cache)."""
    from mkdocs_manimgen.generate.offline import FAMILIES

    subprocess.run(["bash", str(ROOT / "scripts" / "vendor-katex.sh"), str(ROOT / "docs")], check=True)
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                           "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True, text=True, timeout=3600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    site = tmp_path / "site"
    gallery = BeautifulSoup((site / "gallery/index.html").read_text(encoding="utf-8"), "html.parser")
    figures = gallery.select("figure.manimgen")
    assert len(figures) == len(FAMILIES), log
    assert not gallery.select(".manimgen-error")
    for figure in figures:  # the storyboard's times are the scene's own: captions and PDF stills depend on it
        page = site / "gallery"
        video = media_info(page / figure.select_one("video source")["src"])
        assert (video["width"], video["height"]) == (854, 480), figure["data-manimgen-source"]
        cues = (page / figure.select_one("video track")["src"]).read_text(encoding="utf-8")
        h, m, sec = re.findall(r"--> (\d+):(\d+):([\d.]+)", cues)[-1]
        end = int(h) * 3600 + int(m) * 60 + float(sec)
        assert abs(video["duration"] - end) < 0.25, (figure["data-manimgen-source"], video["duration"], end)
    options = (site / "options/index.html").read_text(encoding="utf-8")
    assert "llm.base_url" in options and "render_timeout" in options and "{{" not in options
    publishing = (site / "publishing/index.html").read_text(encoding="utf-8")
    assert "actions/deploy-pages" in publishing and "hashFiles" in publishing
    blocks = (site / "blocks/index.html").read_text(encoding="utf-8")
    assert "```manimgen" in blocks and "@@@" not in blocks
    assert not (site / "hooks.py").exists()
