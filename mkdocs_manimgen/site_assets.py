"""The site's share of our files: where they go, our static files, and publishing them (light to import:
a warm Zensical build publishes from here without importing the pipeline)."""

from __future__ import annotations

from pathlib import Path

from .cache import atomic_copy, atomic_write_text, link_or_copy

ASSET_DIR = "assets/manimgen"  # where the site's media, captions, PDFs and code panels go
STATIC = ("manimgen.css", "manimgen.js")  # the figures' style and player, in ASSET_DIR


def publish(assets: dict[str, Path | str], site_dir: Path, *, static: bool = True) -> int:
    """Write the figures' files under `site_dir`/ASSET_DIR (cached files hard-linked, texts written
    atomically; a file already there with the same size is kept); returns the bytes the site holds.
    `static`: our CSS and JS too."""
    out = Path(site_dir) / ASSET_DIR
    out.mkdir(parents=True, exist_ok=True)
    if static:
        here = Path(__file__).parent / "assets"
        for name in STATIC:
            if not (out / name).is_file() or (out / name).stat().st_size != (here / name).stat().st_size:
                atomic_copy(here / name, out / name)
    total = 0
    for name, src in assets.items():
        dest = out / name
        if isinstance(src, Path):
            if not dest.is_file() or dest.stat().st_size != src.stat().st_size:
                link_or_copy(src, dest)
        elif not dest.is_file() or dest.read_text(encoding="utf-8") != src:
            atomic_write_text(dest, src)
        total += dest.stat().st_size
    return total
