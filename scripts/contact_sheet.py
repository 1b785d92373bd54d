"""Contact sheets of a built site's animations: look at what the plugin made.

    python scripts/contact_sheet.py SITE_DIR PAGE [--out DIR] [--at 0.25,0.6,1.0] [--per-sheet 12]

For every ``figure.manimgen`` of ``SITE_DIR/PAGE`` (e.g. ``site gallery/index.html``) it takes a
frame of the figure's video at each fraction of its duration (1.0 = the last frame) with ffmpeg,
and tiles them one row per figure, labelled with the figure's heading, into PNG sheets of
``--per-sheet`` rows. Needs ffmpeg/ffprobe on PATH and Pillow (a Manim dependency).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup
from PIL import Image, ImageDraw, ImageFont

THUMB_W, LABEL_H = 320, 22


def _duration(video: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(video)],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def _frame(video: Path, seconds: float, out: Path) -> Image.Image:
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", f"{seconds:.2f}", "-i", str(video), "-frames:v", "1",
                    "-vf", f"scale={THUMB_W}:-2", str(out)], check=True)
    return Image.open(out).convert("RGB")


def figures(site: Path, page: str) -> list[tuple[str, Path]]:
    """(heading, video path) of each figure of the page, in page order."""
    html_path = site / page
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    found = []
    for fig in soup.select("figure.manimgen"):
        source = fig.select_one("video source") or fig.select_one("img")
        if source is None:
            continue
        heading = fig.find_previous(["h2", "h3"])
        label = heading.get_text(" ", strip=True).rstrip("¶ ") if heading else "?"
        found.append((label, (html_path.parent / source["src"]).resolve()))
    return found


def sheets(items: list[tuple[str, Path]], at: list[float], per_sheet: int, out_dir: Path) -> list[Path]:
    font = ImageFont.load_default()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(items), per_sheet):
            rows = []  # the last frame is read 0.2 s early: a seek past it gives none at 10 fps
            for n, (label, video) in enumerate(items[start:start + per_sheet]):
                length = _duration(video)
                frames = [_frame(video, min(f * length, length - 0.2), Path(tmp) / f"{start + n}-{i}.png")
                          for i, f in enumerate(at)]
                rows.append((label, frames))
            height = max(f.height for _, frames in rows for f in frames)
            sheet = Image.new("RGB", (THUMB_W * len(at), len(rows) * (height + LABEL_H)), "white")
            draw = ImageDraw.Draw(sheet)
            for r, (label, frames) in enumerate(rows):
                y = r * (height + LABEL_H)
                draw.text((4, y + 4), f"{start + r + 1}. {label}", fill="black", font=font)
                for c, frame in enumerate(frames):
                    sheet.paste(frame, (c * THUMB_W, y + LABEL_H))
            path = out_dir / f"sheet-{start // per_sheet + 1:02d}.png"
            sheet.save(path)
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("page")
    parser.add_argument("--out", type=Path, default=Path("contact-sheets"))
    parser.add_argument("--at", default="0.3,0.65,1.0", help="fractions of each video's duration")
    parser.add_argument("--per-sheet", type=int, default=10)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    items = figures(args.site, args.page)
    for path in sheets(items, [float(x) for x in args.at.split(",")], args.per_sheet, args.out):
        print(path)


if __name__ == "__main__":
    main()
