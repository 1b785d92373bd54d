"""Build speed, as ratios against baselines run in the same invocation.

(a) cold build of an 8-block site  vs  the same 8 scenes rendered one after another
    with the `manim` CLI (same resolution and frame rate)           target <= 0.5
(b) warm rebuild (everything cached)  vs  the same site built without the plugin
    (blocks left as plain code)                                      target <= 1.3
(c) re-render of the 8 designs at another quality with the compiled formulas kept
    vs  the same re-render with the formula folder deleted           target <= 0.8

    .venv/bin/python bench/build.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from mkdocs_manimgen.model import QUALITIES

LOW = QUALITIES["low"]

CONCEPTS = [
    ("Pythagoras", r"Show why $a^2 + b^2 = c^2$ with squares on the sides of a right triangle."),
    ("Derivative", r"The derivative of $f(x) = x^2$ is the slope of the tangent: $f'(x) = 2x$."),
    ("Integral", r"The definite integral $\int_0^2 x^2 \, dx = \frac{8}{3}$ as the limit of Riemann sums."),
    ("Limit", r"$\lim_{x \to 0} \frac{\sin x}{x} = 1$"),
    ("Series", r"The partial sums of $\sum_{n=1}^{\infty} \frac{1}{2^n} = 1$ approach 1."),
    ("Matrix", r"The matrix $\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$ transforms the plane."),
    ("Euler", r"Euler's formula $e^{i\theta} = \cos\theta + i\sin\theta$ on the unit circle."),
    ("Identity", r"$(a+b)^2 = a^2 + 2ab + b^2$"),
]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
for key in ("DEEPSEEK_API_KEY", "OPENAI_API_KEY"):
    ENV.pop(key, None)


def write_site(root: Path, with_plugin: bool) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for i, (title, concept) in enumerate(CONCEPTS):
        (docs / f"p{i}.md").write_text(f"# {title}\n\n```manimgen\ntitle: {title}\n---\n{concept}\n```\n")
    (docs / "index.md").write_text("# Bench\n")
    plugins = ["search"] + ([{"manimgen": {"quality": "low", "generator": "offline", "pdf": False}}]
                            if with_plugin else [])
    config = {"site_name": "bench", "theme": {"name": "material"}, "plugins": plugins,
              "markdown_extensions": ["pymdownx.superfences", {"pymdownx.arithmatex": {"generic": True}}]}
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def mkdocs_build(config: Path) -> float:
    return timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], config.parent)


def scene_codes(site_dir: Path) -> list[tuple[str, str]]:
    """The generated scenes, as shown in each page's code panel."""
    out = []
    for i in range(len(CONCEPTS)):
        soup = BeautifulSoup((site_dir / f"p{i}" / "index.html").read_text(), "html.parser")
        code = soup.select_one("figure.manimgen details.example pre").get_text()
        name = code.split("class ", 1)[1].split("(", 1)[0]
        out.append((name, code))
    return out


def manim_cli_sequential(codes: list[tuple[str, str]], work: Path) -> float:
    """What an author does without the plugin: `manim render` each scene in turn."""
    total = 0.0
    for i, (name, code) in enumerate(codes):
        f = work / f"scene{i}.py"
        f.write_text(code)
        total += timed([sys.executable, "-m", "manim", "render", "-q", "l", "-r", f"{LOW.width},{LOW.height}", "--fps", str(LOW.fps),
                        "--media_dir", str(work / "media"), "--progress_bar", "none", str(f), name], work)
    return total


def requality(config: Path, where: Path, keep_formulas: bool) -> float:
    """A copy of the built site (designs, renders and formulas cached) rebuilt at medium quality: every
    scene renders again, its formulas from the folder or, with it deleted, from LaTeX."""
    shutil.copytree(config.parent, where)
    if not keep_formulas:
        shutil.rmtree(where / ".cache" / "manimgen" / "tex")
    copy = where / config.name
    copy.write_text(copy.read_text().replace("quality: low", "quality: medium"))
    return mkdocs_build(copy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the quick measurements (median)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="manimgen-bench-"))
    try:
        with_plugin = write_site(tmp / "with", True)
        without = write_site(tmp / "without", False)
        cold = mkdocs_build(with_plugin)
        codes = scene_codes(with_plugin.parent / "site")
        cli_dir = tmp / "cli"
        cli_dir.mkdir()
        cli = manim_cli_sequential(codes, cli_dir)
        warm = statistics.median(mkdocs_build(with_plugin) for _ in range(args.repeat))
        plain = statistics.median(mkdocs_build(without) for _ in range(args.repeat))
        kept, deleted = (requality(with_plugin, tmp / name, keep) for name, keep in (("kept", True), ("deleted", False)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'measurement':<58}{'seconds':>9}")
    print(f"{'(a) cold build, 8 blocks (design + render + pages)':<58}{cold:>9.2f}")
    print(f"{'    manim CLI, the same 8 scenes one after another':<58}{cli:>9.2f}")
    print(f"{'(b) warm rebuild, everything cached':<58}{warm:>9.2f}")
    print(f"{'    the same site without the plugin':<58}{plain:>9.2f}")
    print(f"{'(c) re-render at medium, compiled formulas kept':<58}{kept:>9.2f}")
    print(f"{'    the same with the formula folder deleted':<58}{deleted:>9.2f}")
    print()
    ra, rb, rc = cold / cli, warm / plain, kept / deleted
    print(f"(a) cold / manim CLI   = {ra:.2f}   target <= 0.50   {'OK' if ra <= 0.5 else 'MISSED'}")
    print(f"(b) warm / no plugin   = {rb:.2f}   target <= 1.30   {'OK' if rb <= 1.3 else 'MISSED'}")
    print(f"(c) kept / deleted     = {rc:.2f}   target <= 0.80   {'OK' if rc <= 0.8 else 'MISSED'}")
    print(f"    (cores: {os.cpu_count()}; quality low {LOW.width}x{LOW.height}@{LOW.fps}; offline generator; PDFs off)")


if __name__ == "__main__":
    main()
