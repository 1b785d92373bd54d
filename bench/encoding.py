"""Encoding benchmark: our formats against Manim's own default output of the same scenes.

Run: .venv/bin/python bench/encoding.py [--quick] [--repeats N] [--quality low medium high]

For each scene and quality it renders, in the same run on this machine:
  - Manim's defaults in a plain subprocess: mp4 (libx264 crf 23) and Manim's own gif;
  - a lossless reference (libx264rgb qp 0) for SSIM;
  - our outputs through the real render path (LocalPool + RenderJob + encode.plan):
    webm, mp4, gif, and the multi-format path [webm, mp4].
Times are render+encode wall seconds (Manim import excluded on both sides; LaTeX compiled
fresh on both sides), medians of the repeats. SSIM is ffmpeg's `ssim` "All" value, frames
matched by index, both sides converted to yuv420p (what a web video carries).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mkdocs_manimgen.model import QUALITIES  # noqa: E402
from mkdocs_manimgen.render import encode  # noqa: E402
from mkdocs_manimgen.render.job import RenderJob  # noqa: E402
from mkdocs_manimgen.render.pool import LocalPool  # noqa: E402

RIEMANN = '''
from manim import *

class Riemann(Scene):
    def construct(self):
        ax = Axes(x_range=[0, 4, 1], y_range=[0, 6, 2], x_length=9, y_length=5.2).to_edge(DOWN)
        f = ax.plot(lambda x: 0.3 * x**2 + 1, color=BLUE)
        label = MathTex(r"\\int_0^4 f(x)\\,dx").to_corner(UL)
        self.play(Create(ax), Create(f), Write(label), run_time=1)
        rects = ax.get_riemann_rectangles(f, x_range=[0, 4], dx=0.5, fill_opacity=0.7)
        self.play(Create(rects), run_time=0.6)
        for dx in (0.25, 0.1, 0.05):
            new = ax.get_riemann_rectangles(f, x_range=[0, 4], dx=dx, fill_opacity=0.7)
            self.play(Transform(rects, new), run_time=0.5)
        self.wait(0.4)
'''

FORMULA = '''
from manim import *

class Formula(Scene):
    def construct(self):
        a = MathTex(r"(a+b)^2")
        b = MathTex(r"(a+b)^2", "=", r"a^2 + 2ab + b^2").shift(0.2 * UP)
        c = MathTex(r"\\frac{d}{dx}\\left(x^2\\right) = 2x", color=YELLOW).next_to(b, DOWN, buff=0.8)
        d = MathTex(r"\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}").next_to(c, DOWN, buff=0.8)
        self.play(Write(a), run_time=0.6)
        self.play(TransformMatchingTex(a, b), run_time=0.8)
        self.play(Write(c), run_time=0.7)
        self.play(FadeIn(d, shift=UP), run_time=0.6)
        self.play(Indicate(b[2]), run_time=0.5)
        self.wait(0.3)
'''

SURFACE = '''
from manim import *

class Surface3D(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-2, 2], y_range=[-2, 2], z_range=[-1, 1], x_length=5, y_length=5, z_length=2.5)
        surf = Surface(lambda u, v: axes.c2p(u, v, 0.6 * np.sin(u) * np.cos(v)), u_range=[-2, 2], v_range=[-2, 2],
                       resolution=(10, 10), fill_opacity=0.85)
        surf.set_fill_by_checkerboard(BLUE_D, BLUE_E)
        self.set_camera_orientation(phi=65 * DEGREES, theta=-45 * DEGREES)
        self.play(Create(axes), run_time=0.5)
        self.play(Create(surf), run_time=0.8)
        self.move_camera(phi=50 * DEGREES, theta=20 * DEGREES, run_time=1.5)
        self.wait(0.3)
'''

SCENES = {"riemann": (RIEMANN, "Riemann"), "formula": (FORMULA, "Formula"), "surface": (SURFACE, "Surface3D")}

# A plain Manim render in its own process: the baseline (settings=None: Manim's defaults).
BASELINE = textwrap.dedent("""
    import json, resource, sys, time
    def cpu():
        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))
    spec = json.loads(sys.argv[1])
    from manim import config, tempconfig
    ns = {"__name__": "bench"}
    exec(compile(spec["code"], "scene.py", "exec"), ns)
    settings = {"media_dir": spec["dir"], "output_file": "scene", "progress_bar": "none", "verbosity": "WARNING",
                "pixel_width": spec["w"], "pixel_height": spec["h"], "frame_rate": spec["fps"], **spec["config"]}
    with tempconfig(settings):
        t0, c0 = time.perf_counter(), cpu()
        scene = ns[spec["scene"]]()
        scene.render()
        seconds, cpu_seconds = time.perf_counter() - t0, cpu() - c0
        fw = scene.renderer.file_writer
        path = fw.gif_file_path if spec["config"].get("format") == "gif" else fw.movie_file_path
    print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "path": str(path)}))
""")
LOSSLESS_REF = {"format": "mp4", "video_codec": "libx264rgb", "pixel_format": "rgb24",
                "video_encoder_options": {"qp": "0", "preset": "ultrafast"}}


def manim_render(code: str, scene: str, quality, config: dict, work: Path, keep: Path) -> tuple[tuple, Path]:
    media = Path(tempfile.mkdtemp(prefix="base-", dir=work))
    spec = {"code": code, "scene": scene, "dir": str(media), "w": quality.width, "h": quality.height,
            "fps": quality.fps, "config": config}
    proc = subprocess.run([sys.executable, "-c", BASELINE, json.dumps(spec)], capture_output=True, text=True,
                          cwd=media)
    if proc.returncode:
        raise SystemExit(f"baseline render failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    shutil.copy(result["path"], keep)
    shutil.rmtree(media, ignore_errors=True)
    return (result["seconds"], result["cpu"]), keep


def ssim_scores(test: Path, ref: Path) -> tuple[float, float]:
    """ffmpeg's SSIM of test against ref: ("All", luma), frames matched by index."""
    align = "format=yuv420p,setpts=N/(100*TB)"  # match frames by index: webm's ms timestamps round
    proc = subprocess.run(["ffmpeg", "-hide_banner", "-nostdin", "-i", str(test), "-i", str(ref), "-lavfi",
                           f"[0:v]{align}[a];[1:v]{align}[b];[a][b]ssim", "-f", "null", "-"],
                          capture_output=True, text=True)
    scores = [re.search(rf"{name}:([\d.]+)", proc.stderr) for name in ("All", "Y")]
    return tuple(float(m.group(1)) if m else float("nan") for m in scores)


def ssim(test: Path, ref: Path) -> float:
    return ssim_scores(test, ref)[0]


def tree_cpu() -> float:
    """CPU seconds of every process below this one, with their reaped children (the warm render
    process forks one child per job and waits for it, so its cutime grows by each job's CPU)."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry.name)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    below, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, (ppid, _) in stats.items() if ppid in frontier} - below
        below |= frontier
    return sum(stats[pid][1] for pid in below) / os.sysconf("SC_CLK_TCK")


def ours(pool: LocalPool, code: str, scene: str, quality, formats: tuple[str, ...], keep: Path) -> tuple[tuple, dict]:
    job = RenderJob(code=code, scene=scene, quality=quality, plan=encode.plan(formats, quality))
    cpu0 = tree_cpu()
    out = pool.submit(job).result()
    try:
        files = {}
        for fmt, path in out.files.items():
            files[fmt] = keep / f"ours-{'+'.join(formats)}.{fmt}"
            shutil.copy(path, files[fmt])
        return (out.seconds, tree_cpu() - cpu0), files
    finally:
        out.cleanup()


def median(values, i: int = 0):
    return statistics.median(v[i] for v in values) if values else float("nan")


def bench_case(pool, name: str, quality, repeats: int, work: Path) -> list[dict]:
    code, scene = SCENES[name]
    keep = work / f"{name}-{quality.name}"
    keep.mkdir(parents=True, exist_ok=True)
    _, ref = manim_render(code, scene, quality, LOSSLESS_REF, work, keep / "ref.mp4")
    base_t, base_gif_t = [], []
    for _ in range(repeats):
        t, base_mp4 = manim_render(code, scene, quality, {}, work, keep / "manim.mp4")
        base_t.append(t)
    for _ in range(max(1, repeats - 1)):  # Manim's gif is slow; its time is a side figure
        t, base_gif = manim_render(code, scene, quality, {"format": "gif"}, work, keep / "manim.gif")
        base_gif_t.append(t)
    base = {"t": median(base_t), "c": median(base_t, 1), "mp4": base_mp4.stat().st_size,
            "gif": base_gif.stat().st_size}
    rows = [{"scene": name, "q": quality.name, "what": "manim mp4 (baseline)", "t": base["t"], "tr": 1.0,
             "c": base["c"], "cr": 1.0, "bytes": base["mp4"], "br": 1.0, "ssim": ssim(base_mp4, ref)},
            {"scene": name, "q": quality.name, "what": "manim gif (baseline)", "t": median(base_gif_t),
             "tr": median(base_gif_t) / base["t"], "c": median(base_gif_t, 1),
             "cr": median(base_gif_t, 1) / base["c"], "bytes": base["gif"], "br": 1.0, "ssim": None}]
    for formats in (("webm",), ("mp4",), ("gif",), ("webm", "mp4")):
        times, files = [], {}
        for _ in range(repeats):
            t, files = ours(pool, code, scene, quality, formats, keep)
            times.append(t)
        for fmt, path in files.items():
            size = path.stat().st_size
            is_gif = fmt == "gif"
            rows.append({"scene": name, "q": quality.name, "what": f"ours {'+'.join(formats)} -> {fmt}",
                         "t": median(times), "tr": median(times) / base["t"], "c": median(times, 1),
                         "cr": median(times, 1) / base["c"], "bytes": size,
                         "br": size / (base["gif"] if is_gif else base["mp4"]),
                         "ssim": None if is_gif else ssim(path, ref)})
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"\n{'scene':8} {'q':6} {'output':26} {'wall s':>7} {'wall x':>7} {'cpu s':>6} {'cpu x':>6} "
          f"{'bytes':>9} {'bytes x':>8} {'SSIM':>7}")
    for r in rows:
        s = "" if r["ssim"] is None else f"{r['ssim']:.4f}"
        print(f"{r['scene']:8} {r['q']:6} {r['what']:26} {r['t']:7.2f} {r['tr']:6.2f}x {r['c']:6.2f} {r['cr']:5.2f}x "
              f"{r['bytes']/1000:8.1f}K "
              f"{r['br']:7.2f}x {s:>7}")
    print("\nwall/cpu: render+encode seconds (cpu: the render process and its children, e.g. LaTeX, ffmpeg);"
          " x: against Manim's default mp4 render of the same scene; bytes x: against Manim's mp4"
          " (videos) or Manim's own gif (gif).")
    print("targets: webm time <= 1.0x and bytes <= 1.0x at SSIM >= 0.996; gif bytes <= 0.33x Manim's gif.")
    for r in rows:
        if r["what"] == "ours webm -> webm":
            ok = min(r["tr"], r["cr"]) <= 1.0 and r["br"] <= 1.0 and r["ssim"] >= 0.996
            print(f"  {r['scene']:8} {r['q']:6} webm: {'met' if ok else 'MISSED'}"
                  f" (wall {r['tr']:.2f}x, cpu {r['cr']:.2f}x, bytes {r['br']:.2f}x, SSIM {r['ssim']:.4f})")
        if r["what"] == "ours gif -> gif":
            print(f"  {r['scene']:8} {r['q']:6} gif:  {'met' if r['br'] <= 0.33 else 'MISSED'} (bytes {r['br']:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repeat, low quality, two scenes")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quality", nargs="+", default=["low", "medium"], choices=list(QUALITIES))
    parser.add_argument("--scenes", nargs="+", default=list(SCENES), choices=list(SCENES))
    parser.add_argument("--keep", type=Path, help="keep the outputs in this directory")
    args = parser.parse_args()
    if args.quick:
        args.repeats, args.quality, args.scenes = 1, ["low"], ["riemann", "formula"]
    work = args.keep or Path(tempfile.mkdtemp(prefix="manimgen-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pool = LocalPool(1, work / "pool", "auto")
    started = time.monotonic()
    rows: list[dict] = []
    try:
        for q in args.quality:
            for name in args.scenes:
                print(f"[{time.monotonic() - started:5.0f} s] {name} @ {q} ...", file=sys.stderr, flush=True)
                rows += bench_case(pool, name, QUALITIES[q], args.repeats, work)
    finally:
        pool.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(rows)
    print(f"\n{args.repeats} repeat(s), median; {time.monotonic() - started:.0f} s in all; "
          f"{os.cpu_count()} CPU(s)")


if __name__ == "__main__":
    main()
