"""How many scenes of a corpus render with no repair call, before and after the fix-up table.

For each scene of the corpus: apply the fix-ups, check the code with the validator (a refusal
would cost a repair call too), then render it for real at low quality through the project's
warm render pool (LocalPool, the same path as a build). BEFORE uses the fix-ups of a git ref,
AFTER this checkout's. Two corpora (``--corpus``):

- ``broken`` (tests/data/broken_scenes): one broken kind per scene; BEFORE defaults to b458f46
  (main before the table moved into mkdocs_manimgen/validate/ and grew);
- ``old`` (tests/data/old_scenes): old model-written scenes, ManimGL-era and early-CE idioms
  (issue 26); BEFORE defaults to 2c56e54 (main before issue 26's rows).

    flock /tmp/manimgen-heavy.lock .venv/bin/python bench/fixups_share.py --corpus old [--before REF] [--workers 2]

Prints one line per scene (ok / the first line of the failure) and the two shares.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "broken_scenes"
OLD_CORPUS = ROOT / "tests" / "data" / "old_scenes"
CORPORA = {"broken": (CORPUS, "b458f46"),  # main before the fix-up table grew (one self-contained module)
           "old": (OLD_CORPUS, "2c56e54")}  # main before issue 26's rows
BEFORE_REF = CORPORA["broken"][1]


def old_fixups(ref: str) -> Callable[[str], tuple[str, list[str]]] | None:
    """`apply_fixups` as it was at ``ref`` (None when that ref has no such module)."""
    for path in ("mkdocs_manimgen/fixups.py", "mkdocs_manimgen/validate/fixups.py"):
        try:
            src = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True, capture_output=True,
                                 text=True).stdout
        except subprocess.CalledProcessError:
            continue
        if "from ." in src:  # the packaged table needs its siblings: run the whole package of that ref
            return _package_fixups(ref)
        module = types.ModuleType("fixups_at_ref")
        sys.modules[module.__name__] = module  # dataclasses look their module up
        exec(compile(src, f"{ref}:{path}", "exec"), module.__dict__)
        return module.apply_fixups
    return None


_RUN_AT_REF = """
import json, sys
from mkdocs_manimgen.validate import apply_fixups
print(json.dumps(apply_fixups(sys.stdin.read())))
"""


def _package_fixups(ref: str) -> Callable[[str], tuple[str, list[str]]]:
    """`apply_fixups` of the package as it was at ``ref``: exported to a temporary folder (git archive)
    and run in a child interpreter, one scene per call (the checkout's package stays this one)."""
    folder = Path(tempfile.mkdtemp(prefix=f"fixups-{ref}-"))
    archive = subprocess.run(["git", "archive", ref, "mkdocs_manimgen"], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)

    def fix(code: str) -> tuple[str, list[str]]:
        out = subprocess.run([sys.executable, "-c", _RUN_AT_REF], input=code, capture_output=True, text=True,
                             check=True, cwd=folder, env={**os.environ, "PYTHONPATH": str(folder)})
        new, notes = json.loads(out.stdout)
        return new, notes

    return fix


def measure(scenes: dict[str, str], fix: Callable[[str], tuple[str, list[str]]], workers: int = 2,
            timeout: float = 120.0) -> dict[str, str]:
    """scene file name -> "ok" or the first line of why it needs a repair call."""
    from mkdocs_manimgen.errors import ManimGenError
    from mkdocs_manimgen.model import QUALITIES
    from mkdocs_manimgen.render.encode import plan
    from mkdocs_manimgen.render.job import RenderJob
    from mkdocs_manimgen.render.pool import LocalPool
    from mkdocs_manimgen.validate import validate_code

    low = QUALITIES["low"]
    results: dict[str, str] = {}
    futures = {}
    with tempfile.TemporaryDirectory(prefix="fixups-share-") as work:
        pool = LocalPool(workers, Path(work))
        try:
            for name, code in scenes.items():
                code, _ = fix(code)
                report = validate_code(code)
                if not report.ok:
                    results[name] = "refused: " + report.as_error_text().splitlines()[0]
                    continue
                futures[name] = pool.submit(RenderJob(code, report.scene_name or "", low, plan(("webm",), low),
                                                      timeout=timeout))
            for name, future in futures.items():
                try:
                    future.result(timeout=timeout * 2).cleanup()
                    results[name] = "ok"
                except ManimGenError as err:
                    detail = (getattr(err, "detail", "") or "").strip().splitlines()
                    results[name] = f"render failed: {err.message}" + (f" | {detail[-1]}" if detail else "")
        finally:
            pool.close()
    return dict(sorted(results.items()))


def share(results: dict[str, str]) -> float:
    return sum(r == "ok" for r in results.values()) / max(1, len(results))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="broken")
    ap.add_argument("--before", help="git ref whose fix-ups are BEFORE (default: the corpus's, see above)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-before", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from mkdocs_manimgen.validate import apply_fixups

    corpus, default_ref = CORPORA[args.corpus]
    args.before = args.before or default_ref
    scenes = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.py"))}
    runs = {}
    before = None if args.skip_before else old_fixups(args.before)
    if before is not None:
        runs[f"BEFORE ({args.before})"] = before
    runs["AFTER"] = apply_fixups
    shares = {}
    for label, fix in runs.items():
        t = time.monotonic()
        results = measure(scenes, fix, args.workers)
        print(f"== {label}: {time.monotonic() - t:.0f} s")
        for name, result in results.items():
            print(f"  {name:32} {result[:150]}")
        shares[label] = share(results)
    for label, value in shares.items():
        n = round(value * len(scenes))
        print(f"{label}: {n}/{len(scenes)} render with no repair call ({value:.0%})")


if __name__ == "__main__":
    main()
