"""Runs one scene inside a forked, resource-limited child of a warm render process.

The child's working directory is the job directory; everything it writes stays there, and
the parent takes only the expected outputs (out/*) from it. Manim's global config is
changed only inside this disposable process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import play_watch
from .encode import EncodePlan
from .failure import SCENE_FILE
from .schemes import tag

TEX_DIR = "tex"
OUT_DIR = "out"


def manim_settings(job: dict[str, Any]) -> dict[str, Any]:
    return {
        "pixel_width": job["width"],
        "pixel_height": job["height"],
        "frame_rate": job["fps"],
        "media_dir": "media",
        "tex_dir": TEX_DIR,  # seeded from, and (for trusted code) harvested into, the shared formula cache
        # Manim's own encoder is never opened: frame_sinks encodes every output live. A video
        # format keeps Manim's writer in its video mode, which is what hands frames over.
        "format": "mp4",
        "disable_caching": True,  # our own cache is content-addressed; Manim's hashing only costs time
        "progress_bar": "none",
        "verbosity": "WARNING",
        "output_file": "scene",
        "preview": False,
    }


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Render the job's scene and encode its outputs; returns what result.json should hold."""
    from manim import config, tempconfig

    settings = manim_settings(job)
    unknown = sorted(set(settings) - set(config.copy()))
    if unknown:  # tempconfig would drop them silently
        raise RuntimeError(f"unknown Manim config keys: {unknown}")

    code = Path(SCENE_FILE).read_text(encoding="utf-8")
    scene_cls = load_scene_class(code, job["scene"])

    from .frame_sinks import StreamingFileWriter, open_sinks
    from .scheme_map import SchemeMap, scene_background

    plan = EncodePlan(**job["plan"])
    out = Path(OUT_DIR)
    out.mkdir(exist_ok=True)
    maps = {scheme: SchemeMap.of(scheme) for scheme in plan.schemes}
    with tempconfig(settings):
        scene = scene_cls()
        sinks = open_sinks(plan, out, job["width"], job["height"], job["fps"], job["timeout"], maps)
        writer = StreamingFileWriter(scene.file_writer_settings, sinks)
        writer.background = lambda: scene_background(scene.camera)
        scene.renderer.file_writer = writer
        try:
            scene.render()
        except BaseException:
            writer.terminate()
            raise
        last_frame = scene.renderer.get_frame()
        duration = float(scene.renderer.time)
        findings = scene_findings(scene, code)

    if not writer.frames_written or duration <= 0:  # Manim then never calls writer.finish()
        writer.terminate()
        raise RuntimeError("the scene produced no video: it must play at least one animation or wait")
    names = plan.output_files()
    for scheme in plan.schemes:  # the tables are ready: the first frame prepared them
        poster = names["poster" + tag(scheme, plan.schemes[0])]
        _save_poster(maps[scheme].apply(last_frame), out / poster, plan.poster_format)
    fps = float(job["fps"])
    chapters = [(name, round(frame / fps, 3)) for name, frame in writer.chapters]
    return {"files": names, "duration": round(duration, 3), "findings": findings, "chapters": chapters,
            "notices": writer.notices, "cpu_seconds": round(_cpu_seconds(), 3)}


def _cpu_seconds() -> float:
    """CPU time of this forked child and what it ran (LaTeX, ffmpeg): the cost of a render on a busy machine."""
    import resource

    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))


def _save_poster(frame, dest: Path, fmt: str) -> None:
    """The last frame at the video's size, compressed losslessly (PNG, or lossless WebP)."""
    from PIL import Image

    image = Image.fromarray(frame).convert("RGB")
    if fmt == "webp":
        image.save(dest, "WEBP", lossless=True, quality=100, method=4)
    else:
        image.save(dest, "PNG", optimize=True)


def load_scene_class(code: str, name: str) -> type:
    """Run the scene module's code (in this sandboxed child) and return its Scene subclass `name`.

    Raises LookupError when the code defines no Scene subclass of that name."""
    from manim import Scene

    namespace: dict[str, Any] = {"__name__": "__manimgen_scene__"}
    exec(compile(code, SCENE_FILE, "exec"), namespace)  # noqa: S102 - sandboxed child
    scene_cls = namespace.get(name)
    if not (isinstance(scene_cls, type) and issubclass(scene_cls, Scene)):
        raise LookupError(f"the code defines no Scene subclass named {name!r}")
    return scene_cls


def scene_findings(scene, code: str) -> list[str]:
    """The layout findings of a played scene (scene_checks, when present) and its code's play traps."""
    try:
        from .scene_checks import check_scene
    except ImportError:
        return play_watch.findings(code)
    return check_scene(scene) + play_watch.findings(code)


def write_result(result: dict[str, Any], path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(result), encoding="utf-8")
    tmp.replace(path)
