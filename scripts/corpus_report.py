"""Design every concept of a corpus offline, count the specific share, and draw contact sheets.

    python scripts/corpus_report.py CORPUS.yaml --out DIR [--render none|specific|all] [--only 3,7,12]

CORPUS.yaml: a list of {concept, tags?, source?} (tests/data/unseen_dev.yaml and the like). Each
concept is designed as a build designs it (``OfflineGenerator``: the verifier, the walkthrough, the
size limit and the time budget included). Written to DIR: ``designs.json`` (index, family, specific?, reasoning, code), ``table.md``
(one row a concept) and, with ``--render``, one folder of contact sheets per family
(``DIR/<family>/sheet-01.png``: three frames a row, labelled ``#index``), rendered at Manim's low
quality, one render at a time. "Specific" = a family other than the walkthrough (``equation``,
``explainer``): whether it draws the block's own question is judged by eye from the sheets.
Issue 23's method: run a held-out corpus once, and report what it gives.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contact_sheet import sheets  # noqa: E402 - the same tiling as a built site's sheets


def design(items: list[dict]) -> list[dict]:
    from mkdocs_manimgen.generate.offline.designer import OfflineGenerator
    from mkdocs_manimgen.generate.offline.families import registry
    from mkdocs_manimgen.model import BlockSpec

    designer = OfflineGenerator(isolated=True)  # as a build designs: the size limit and the time budget apply
    out = []
    for i, item in enumerate(items):
        start = time.perf_counter()
        try:
            d = designer.generate(BlockSpec(page="corpus.md", line=i, concept=item["concept"]))
            rec = {"kind": d.kind, "specific": not registry()[d.kind].generic, "reasoning": d.reasoning or "",
                   "code": d.code, "scene": d.scene_name}
        except Exception:  # a crash is a finding, not the end of the report
            rec = {"kind": "CRASH", "specific": False, "reasoning": traceback.format_exc(), "code": "", "scene": ""}
        rec.update(i=i, seconds=round(time.perf_counter() - start, 2), concept=item["concept"],
                   tags=item.get("tags") or [])
        out.append(rec)
        print(f"#{i} {rec['kind']} ({rec['seconds']} s)", flush=True)
    designer.close()
    return out


def render(rec: dict, work: Path) -> Path | None:
    """The low-quality video of one design, or None when Manim failed (the error is kept in rec)."""
    (work / "scene.py").write_text(rec["code"], encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "manim", "render", "-ql", "--fps", "10", "--media_dir",
                          str(work / "media"), "scene.py", rec["scene"]], cwd=work, capture_output=True, text=True)
    videos = sorted((work / "media").rglob("*.mp4"))
    if run.returncode or not videos:
        rec["render_error"] = run.stderr[-1500:]
        return None
    return videos[0]


def main() -> None:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--render", choices=("none", "specific", "all"), default="none")
    parser.add_argument("--only", default="", help="comma-separated indices to render")
    args = parser.parse_args()
    items = yaml.safe_load(args.corpus.read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    designs = design(items)
    only = {int(x) for x in args.only.split(",") if x.strip()}
    chosen = [r for r in designs if r["kind"] != "CRASH" and (args.render == "all" or r["specific"] and args.render == "specific")
              and (not only or r["i"] in only)]
    by_family: dict[str, list[tuple[str, Path]]] = {}
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        for rec in chosen:
            work = Path(tmp) / f"c{rec['i']}"
            work.mkdir()
            video = render(rec, work)
            print(f"#{rec['i']} {rec['kind']}: {'rendered' if video else 'RENDER FAILED'}", flush=True)
            if video is not None:
                by_family.setdefault(rec["kind"], []).append((f"#{rec['i']} {rec['concept'][:70]}", video))
        for family, found in sorted(by_family.items()):
            folder = args.out / family
            folder.mkdir(exist_ok=True)
            for path in sheets(found, [0.3, 0.65, 1.0], 8, folder):
                print(path)
    (args.out / "designs.json").write_text(json.dumps(designs, ensure_ascii=False, indent=1), encoding="utf-8")
    specific = sum(r["specific"] for r in designs)
    crashes = sum(r["kind"] == "CRASH" for r in designs)
    failed = sum("render_error" in r for r in designs)
    rows = ["| # | family | tags | concept |", "|---|---|---|---|"]
    rows += [f"| {r['i']} | {r['kind']} | {' '.join(r['tags'])} | {r['concept'][:90].replace('|', '/')} |" for r in designs]
    summary = (f"{len(designs)} concepts: {specific} specific ({100 * specific / max(1, len(designs)):.0f} %), "
               f"{crashes} design crashes, {failed} render failures of {len(chosen)} rendered")
    (args.out / "table.md").write_text(summary + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(summary)


if __name__ == "__main__":
    main()
