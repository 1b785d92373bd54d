"""Builds the FailureReport of a failed scene, in the render child (Manim, the traceback and TeX's log are here)."""

from __future__ import annotations

import linecache
import os
import traceback
from pathlib import Path
from types import TracebackType

from . import api_oracle, play_watch, tex_watch
from .failure import SCENE_FILE, FailureReport, Frame, TexFailure, scrub_paths

_OURS = str(Path(__file__).resolve().parent.parent)  # mkdocs_manimgen/: its frames are not the scene's concern
MAX_SCENE_FRAMES = 6


def report(err: BaseException, code: str) -> FailureReport:
    """The report of `err` raised while rendering `code` (the text of scene.py)."""
    code_lines = code.splitlines()
    frames, raised_in, innermost = _frames(err.__traceback__, code_lines)
    if isinstance(err, SyntaxError) and err.filename == SCENE_FILE and err.lineno:
        text = code_lines[err.lineno - 1] if err.lineno <= len(code_lines) else ""
        frames, raised_in = [Frame(SCENE_FILE, err.lineno, "", text)], None
    tex = _tex_failure(err)
    timed_out = isinstance(err, play_watch.OverBudget)
    message = _message(err, tex)
    hints = tex_watch.hints(tex) if tex else []
    static = play_watch.static_findings(code)
    findings = play_watch.findings(code)
    if timed_out:
        slow = play_watch.slowest()
        findings = slow + findings
        busy = [f"{frames[-1].file}:{frames[-1].line} ({frames[-1].code.strip()[:80]})"] if frames else []
        culprit = (static or slow or busy or ["the scene"])[0]
        hints.append(f"the slow construct: {culprit.split(', one LaTeX run')[0]}; make it lighter (fewer frames or "
                     "mobjects, no LaTeX per frame), or raise `render_timeout` in the plugin config")
        raised_in = None  # where the alarm happened to land (a subprocess wait…) is noise
    line = frames[-1].line if frames else None
    return FailureReport(
        exception=type(err).__name__, message=message, frames=frames[-MAX_SCENE_FRAMES:],
        raised_in=None if tex else raised_in, tex=tex, timed_out=timed_out,
        oracle=api_oracle.facts(err, innermost, code, line), hints=hints, findings=list(dict.fromkeys(findings)))


def _frames(tb: TracebackType | None, code_lines: list[str]):
    """(scene frames, the library frame that raised if not the scene, the scene's innermost frame object)."""
    scene: list[Frame] = []
    innermost = None
    last = None
    for frame, lineno in traceback.walk_tb(tb):
        file = frame.f_code.co_filename
        if file == SCENE_FILE:
            text = code_lines[lineno - 1] if 0 < lineno <= len(code_lines) else ""
            scene.append(Frame(SCENE_FILE, lineno, frame.f_code.co_name, text))
            innermost, last = frame, None
        elif not os.path.abspath(file).startswith(_OURS):
            last = (frame, lineno)
    raised_in = None
    if last is not None:
        frame, lineno = last
        source = linecache.getline(frame.f_code.co_filename, lineno)
        raised_in = Frame(_package_relative(frame.f_code.co_filename), lineno, frame.f_code.co_name, source)
    return scene, raised_in, innermost


def _package_relative(path: str) -> str:
    """manim/mobject/text/tex_mobject.py for …/site-packages/manim/mobject/text/tex_mobject.py."""
    parts = Path(path).parts
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1:])
    stdlib = [i for i, part in enumerate(parts) if part.startswith("python3")]
    return "/".join(parts[stdlib[-1] + 1:]) if stdlib else Path(path).name


def _tex_failure(err: BaseException) -> TexFailure | None:
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        found = getattr(err, tex_watch.ATTR, None)
        if found is not None:
            return found
        err = err.__cause__ or err.__context__
    return None


def _message(err: BaseException, tex: TexFailure | None) -> str:
    if tex is not None:  # Manim's text points at a log file that is gone (or blames dvisvgm wrongly)
        what = "MathTex" if tex.environment == "align*" else "Tex"
        return f"LaTeX failed on a {what} string: {tex.errors[0] if tex.errors else 'see below'}"
    text = err.msg if isinstance(err, SyntaxError) else str(err)[:4000]  # a scene may raise a 100 MB message
    return scrub_paths(text)[:2000]
