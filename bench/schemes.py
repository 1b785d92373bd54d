"""The cost of light + dark renditions against one, measured in the same invocation.

(a) cold build of bench/build.py's 8-block site with `schemes: both`  vs  `schemes: light`:
    wall time and the bytes of the media in the built site (own cache each, offline, low quality)
(b) why a frame transform and not a second render: per frame, what Manim's render of the same
    8 scenes without encoding costs (a second render pays it again, plus its encode) vs what the
    transform's table lookup costs (scheme_map.SchemeMap.apply; its table is built once per warm
    render process)

    .venv/bin/python bench/schemes.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import CONCEPTS, mkdocs_build, scene_codes, write_site  # noqa: E402

from mkdocs_manimgen.model import QUALITIES  # noqa: E402

LOW = QUALITIES["low"]


def site_with(root: Path, schemes: str) -> Path:
    config = write_site(root, True)
    data = yaml.safe_load(config.read_text())
    data["plugins"][1]["manimgen"]["schemes"] = schemes
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    return config


def media_bytes(site_dir: Path) -> int:
    return sum(p.stat().st_size for p in (site_dir / "assets" / "manimgen").iterdir()
               if p.suffix in (".webm", ".mp4", ".gif", ".png", ".webp"))


def cairo_vs_transform(codes: list[tuple[str, str]]) -> tuple[float, float, int]:
    """(ms of Manim's render without encoding per frame (Cairo, TeX, updaters), ms of one scheme's
    transform per frame, frames), in this process."""
    from manim import tempconfig

    from mkdocs_manimgen.render.frame_sinks import StreamingFileWriter
    from mkdocs_manimgen.render.scene_runner import load_scene_class
    from mkdocs_manimgen.render.scheme_map import SchemeMap

    scheme = SchemeMap.of("light")
    scheme.prepare((0.0, 0.0, 0.0))
    draw = apply = 0.0
    frames = 0
    work = Path(tempfile.mkdtemp(prefix="manimgen-bench-cairo-"))
    try:
        for name, code in codes:
            settings = {"pixel_width": LOW.width, "pixel_height": LOW.height, "frame_rate": LOW.fps,
                        "media_dir": str(work), "disable_caching": True, "progress_bar": "none",
                        "verbosity": "ERROR", "format": "mp4", "output_file": "scene"}
            with tempconfig(settings):
                scene = load_scene_class(code, name)()
                writer = StreamingFileWriter(scene.file_writer_settings, [])
                shown: list = []
                original = writer.write_frame

                def keep(pixels, *, repeat: int = 1, _original=original, _shown=shown) -> None:
                    _shown.append(pixels.copy())
                    _original(pixels, repeat=repeat)

                writer.write_frame = keep  # type: ignore[method-assign]
                scene.renderer.file_writer = writer
                start = time.perf_counter()
                scene.render()
                elapsed = time.perf_counter() - start
            start = time.perf_counter()
            for pixels in shown:
                scheme.apply(pixels)
            apply += time.perf_counter() - start
            draw += elapsed
            frames += len(shown)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1000 * draw / frames, 1000 * apply / frames, frames


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="manimgen-bench-schemes-"))
    try:
        one = site_with(tmp / "one", "light")
        both = site_with(tmp / "both", "both")
        t_one = mkdocs_build(one)
        t_both = mkdocs_build(both)
        b_one, b_both = media_bytes(one.parent / "site"), media_bytes(both.parent / "site")
        draw_ms, apply_ms, frames = cairo_vs_transform(scene_codes(one.parent / "site"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'measurement':<62}{'value':>12}")
    print(f"{'(a) cold build, 8 blocks, schemes: light (s)':<62}{t_one:>12.2f}")
    print(f"{'    the same, schemes: both (s)':<62}{t_both:>12.2f}")
    print(f"{'    media bytes, light':<62}{b_one:>12,}")
    print(f"{'    media bytes, both':<62}{b_both:>12,}")
    print(f"{'(b) Manim render without encoding, per frame (ms), the 8 scenes':<62}{draw_ms:>12.2f}")
    print(f"{'    one scheme transform per frame (ms)':<62}{apply_ms:>12.2f}")
    print()
    print(f"(a) both / one: time {t_both / t_one:.2f}, bytes {b_both / b_one:.2f}")
    print(f"(b) transform / drawing per frame = {apply_ms / draw_ms:.3f} "
          f"(a second render would pay 1.0 of the drawing again); {frames} frames")
    print(f"    ({len(CONCEPTS)} blocks, low {LOW.width}x{LOW.height}@{LOW.fps}, offline, PDFs off, webm)")


if __name__ == "__main__":
    main()
