"""VP9 settings sweep: the measurements behind the webm rows of render/encode.py's table.

Run: .venv/bin/python bench/vp9_sweep.py [--quality low medium] [--crf 35 37 39] [--variant rt5 ...]

For each scene of bench/encoding.py and each quality, in one run:
  - Manim renders the scene to a lossless reference (libx264rgb qp 0), the yardstick for SSIM,
    and with its defaults (segmented libx264 crf 23 mp4), the baseline for bytes and time;
  - the reference's frames are fed, as Manim's RGBA frames are, to the product's own live
    encoder (render/frame_sinks.VideoSink) with our mp4 row and with every VP9 variant x crf.
It prints bytes against the baseline, SSIM (ffmpeg's `ssim`, "All" and luma, frames matched by
index), and the encoder's CPU seconds against the baseline's whole render and against our
x264 stream's encode. The encoder runs in its own thread beside Cairo, so what the target
(#11: time <= 1.0x Manim's mp4, bytes <= 1.0x, SSIM >= 0.996) needs is an encoder that costs
no more CPU than the x264 encode it replaces; `bench/encoding.py` then checks whole renders.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from encoding import LOSSLESS_REF as LOSSLESS, SCENES, ssim_scores as ssim  # noqa: E402  (the benchmark's own)

from mkdocs_manimgen.model import QUALITIES  # noqa: E402
from mkdocs_manimgen.render import encode  # noqa: E402

# Named VP9 variants: options that replace the table's row; crf is added per run.
VARIANTS: dict[str, dict[str, str]] = {
    "table": {},  # the row as it is
    "rt5": {"deadline": "realtime", "cpu-used": "5"},
    "rt6": {"deadline": "realtime", "cpu-used": "6"},
    "rt7": {"deadline": "realtime", "cpu-used": "7"},
    "rt5-default-tune": {"tune-content": "default"},
    "rt5-lag25": {"lag-in-frames": "25"},
    "good4": {"deadline": "good", "cpu-used": "4"},
    "threads2": {"threads": "2", "tile-columns": "1"},
}

# One warm process renders every configuration of one quality; it reads jobs as JSON lines.
WORKER = textwrap.dedent("""
    import json, resource, sys, time
    from manim import config, tempconfig
    def cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime
    for line in sys.stdin:
        job = json.loads(line)
        ns = {"__name__": "sweep"}
        exec(compile(job["code"], "scene.py", "exec"), ns)
        settings = {"media_dir": job["media"], "tex_dir": job["tex"], "output_file": job["name"],
                    "progress_bar": "none", "verbosity": "WARNING", "disable_caching": True,
                    "pixel_width": job["w"], "pixel_height": job["h"], "frame_rate": job["fps"], **job["config"]}
        with tempconfig(settings):
            t0, c0 = time.perf_counter(), cpu()
            scene = ns[job["scene"]]()
            scene.render()
            out = {"seconds": time.perf_counter() - t0, "cpu": cpu() - c0,
                   "path": str(scene.renderer.file_writer.movie_file_path)}
        print("@@" + json.dumps(out), flush=True)
""")

def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def encode_stream(ref: Path, spec: encode.StreamSpec, quality, dest: Path) -> float:
    """Feed the reference's frames to the product's VideoSink; returns its CPU seconds (decoding excluded)."""
    import av

    from mkdocs_manimgen.render.frame_sinks import VideoSink

    def frames():
        with av.open(str(ref)) as container:
            for frame in container.decode(video=0):
                yield frame.to_ndarray(format="rgba")

    c0 = cpu()
    for _ in frames():
        pass
    decoding = cpu() - c0
    c0 = cpu()
    sink = VideoSink(dest, spec, quality.width, quality.height, quality.fps)
    for pixels in frames():
        sink.put(pixels, 1)
    sink.close()
    return cpu() - c0 - decoding


class Worker:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, cwd=work)
        self.n = 0

    def render(self, code: str, scene: str, quality, config: dict) -> dict:
        self.n += 1
        job = {"code": code, "scene": scene, "name": f"r{self.n}", "media": str(self.work / "media"),
               "tex": str(self.work / "tex"), "w": quality.width, "h": quality.height, "fps": quality.fps,
               "config": config}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        line = ""
        while not line.startswith("@@"):  # libraries may print to stdout too
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("the render worker died")
        out = json.loads(line[2:])
        out["bytes"] = Path(out["path"]).stat().st_size
        return out

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", nargs="+", default=["low", "medium"], choices=list(QUALITIES))
    parser.add_argument("--scenes", nargs="+", default=list(SCENES), choices=list(SCENES))
    parser.add_argument("--variant", nargs="+", default=["table"], choices=list(VARIANTS))
    parser.add_argument("--crf", nargs="*", type=int, default=[], help="crf values (default: the table's)")
    args = parser.parse_args()
    for q in args.quality:
        quality = QUALITIES[q]
        work = Path(tempfile.mkdtemp(prefix=f"vp9-sweep-{q}-"))
        worker = Worker(work)
        try:
            for name in args.scenes:
                code, scene = SCENES[name]
                worker.render(code, scene, quality, LOSSLESS)  # compiles the scene's LaTeX first
                ref = Path(worker.render(code, scene, quality, LOSSLESS)["path"])
                base = worker.render(code, scene, quality, {})
                base_ssim = ssim(Path(base["path"]), ref)
                ours_mp4 = work / f"{name}.mp4"
                x264_cpu = encode_stream(ref, encode.stream_spec("mp4", quality), quality, ours_mp4)
                mp4_ssim = ssim(ours_mp4, ref)
                print(f"\n{name} @ {q}: Manim's mp4 {base['seconds']:.2f} s wall, {base['cpu']:.2f} s cpu, "
                      f"{base['bytes'] / 1000:.1f} KB, SSIM {base_ssim[0]:.4f}; our mp4 stream "
                      f"{ours_mp4.stat().st_size / base['bytes']:.2f}x bytes, SSIM {mp4_ssim[0]:.4f}, "
                      f"encoder {x264_cpu:.2f} s cpu")
                print(f"  {'variant':16} {'crf':>3} {'enc cpu s':>9} {'/x264':>6} {'/render':>7} {'bytes x':>8} "
                      f"{'SSIM':>7} {'Y':>7}")
                table = encode.stream_spec("webm", quality)
                for variant in args.variant:
                    for crf in args.crf or [int(table.options["crf"])]:
                        spec = replace(table, options={**table.options, **VARIANTS[variant], "crf": str(crf)})
                        dest = work / f"{name}-{variant}-{crf}.webm"
                        seconds = encode_stream(ref, spec, quality, dest)
                        s_all, s_y = ssim(dest, ref)
                        br = dest.stat().st_size / base["bytes"]
                        ok = seconds <= x264_cpu and br <= 1.0 and s_all >= 0.996
                        print(f"  {variant:16} {crf:3} {seconds:9.2f} {seconds / x264_cpu:5.2f}x "
                              f"{seconds / base['cpu']:6.2f}x {br:7.2f}x {s_all:7.4f} {s_y:7.4f}"
                              f"{'  ok' if ok else ''}", flush=True)
        finally:
            worker.close()


if __name__ == "__main__":
    main()
