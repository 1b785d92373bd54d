"""Quality traps that raise nothing: which `play` was slow, and TeX compiled every frame.

In the render child, `install()` times every `Scene.play` (and `wait`, which plays a Wait)
with the scene line that called it and the TeX formulas compiled meanwhile, and arms an
alarm shortly before the render's time budget ends: the alarm raises `OverBudget` inside
the scene, so the failure report shows the line that was running and the slowest plays
instead of only "the render took too long". `static_findings(code)` finds `always_redraw`
and updaters that build a new MathTex/Tex on every frame (one TeX run per new value).
"""

from __future__ import annotations

import ast
import faulthandler
import re
import signal
import sys
import time
from dataclasses import dataclass

from ..validate import pyast
from . import tex_watch
from .failure import SCENE_FILE, FailureReport, Frame

STACK_FILE = "stack.txt"  # in the job directory
_STACK_LINE = re.compile(r'File "' + re.escape(SCENE_FILE) + r'", line (\d+) in (\w+|<\w+>)')
TEX_CLASSES = frozenset({"MathTex", "Tex", "SingleStringMathTex", "Title", "BulletedList"})
TEX_PER_PLAY = 12  # formulas compiled in one play beyond which an updater is rebuilding them per frame
GRACE_FRACTION, MAX_GRACE = 0.1, 3.0  # of the budget: the alarm leaves this long to write the report


class OverBudget(BaseException):
    """The render reached its time budget (a BaseException: a scene's `except Exception` cannot swallow it)."""


@dataclass
class Play:
    line: int  # the scene.py line that called play()/wait()
    what: str  # e.g. "Write(MathTex)"
    started: float = 0.0  # time.monotonic()
    seconds: float = 0.0
    tex: int = 0  # formulas TeX compiled during this play
    stopped: bool = False  # the time budget ended during this play


plays: list[Play] = []
_budget = 0.0
_started = 0.0


def install(budget: float) -> None:
    """Time every play of this child's scene; raise OverBudget `budget` seconds from now, minus a grace."""
    global _budget, _started
    from manim import Scene

    original = Scene.play

    def play(self, *args, **kwargs):
        # until it ends, `tex` holds the count at its start
        record = Play(_scene_line(), _describe(args), started=time.monotonic(), tex=tex_watch.compiled)
        plays.append(record)
        try:
            return original(self, *args, **kwargs)
        except OverBudget:
            record.stopped = True
            raise
        finally:
            record.seconds = time.monotonic() - record.started
            record.tex = tex_watch.compiled - record.tex

    Scene.play = play
    _budget, _started = budget, time.monotonic()
    if budget > 0:
        signal.signal(signal.SIGALRM, _over_budget)
        signal.setitimer(signal.ITIMER_REAL, max(0.5, budget - min(MAX_GRACE, budget * GRACE_FRACTION)))
        # stuck in native code, the alarm never runs: faulthandler's own thread still dumps the
        # stack just before the hard kill, and the parent names the scene line from it
        faulthandler.dump_traceback_later(max(0.5, budget - 0.3), exit=False,
                                          file=open(STACK_FILE, "w", encoding="utf-8"))  # noqa: SIM115 - lives with the child


def stack_report(stack: str, code: str, budget: float) -> FailureReport | None:
    """For a render killed at its deadline: the scene lines faulthandler's dump shows (innermost last), or None."""
    lines = code.splitlines()
    frames = [Frame(SCENE_FILE, int(n), fn, lines[int(n) - 1] if 0 < int(n) <= len(lines) else "")
              for n, fn in _STACK_LINE.findall(stack)][::-1]  # faulthandler lists the innermost first
    if not frames:
        return None
    return FailureReport("Timeout", f"the render took longer than render_timeout ({budget:g} s) allows and was stopped",
                         frames=frames[-6:], timed_out=True, findings=static_findings(code),
                         hints=[f"the scene was busy at {frames[-1].file}:{frames[-1].line} (inside native code: "
                                "a huge computation or a long external run); make it lighter, or raise `render_timeout`"])


def _over_budget(signum, frame) -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)
    raise OverBudget(f"the render took longer than render_timeout ({_budget:g} s) allows and was stopped")


def findings(code: str) -> list[str]:
    """The quality traps of this run: the static ones if any, else what the timings showed (one per trap)."""
    return static_findings(code) or runtime_findings()


def runtime_findings() -> list[str]:
    """The slowest plays (for a report) and plays that compiled TeX per frame (always)."""
    out = [f"{SCENE_FILE}:{p.line}: {p.what} compiled {p.tex} LaTeX formulas during one animation: something "
           "builds a new MathTex/Tex on every frame (always_redraw, an updater); build it once and move or "
           "`become` it, or use DecimalNumber for changing numbers" for p in plays if p.tex > TEX_PER_PLAY]
    return out[:3]


def slowest(n: int = 3) -> list[str]:
    """`scene.py:LINE: Write(MathTex) took 12.3 s` for the slowest plays, the one the budget stopped first."""
    ranked = sorted(plays, key=lambda p: (not p.stopped, -p.seconds))
    return [f"{SCENE_FILE}:{p.line}: {p.what} {'was stopped after' if p.stopped else 'took'} "
            f"{p.seconds:.1f} s" + (f", compiling {p.tex} formulas" if p.tex else "")
            for p in ranked[:n] if p.stopped or p.seconds >= 0.05]


def _scene_line() -> int:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename == SCENE_FILE:
            return frame.f_lineno
        frame = frame.f_back
    return 0


def _describe(args: tuple) -> str:
    parts = []
    for anim in args[:3]:
        mob = getattr(anim, "mobject", None)
        name = type(anim).__name__
        if name == "_AnimationBuilder":
            name, mob = ".animate", getattr(anim, "mobject", None)
        parts.append(f"{name}({type(mob).__name__})" if mob is not None and name != "Wait" else name)
    return ", ".join(parts) + (", …" if len(args) > 3 else "") or "play()"


def static_findings(code: str) -> list[str]:
    """`always_redraw`/updaters whose function builds MathTex/Tex: one TeX run per frame whose text changes."""
    try:
        tree = pyast.parse(code)
    except SyntaxError:
        return []
    functions = {n.name: n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    out = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and call.args):
            continue
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name not in ("always_redraw", "add_updater"):
            continue
        body = call.args[0]
        if isinstance(body, ast.Name) and body.id in functions:
            body = functions[body.id]
        # A formula whose text is a constant is compiled once (Manim caches TeX by its text): only
        # text that can change (f-strings, variables, calls) costs a LaTeX run per frame.
        built = sorted({_call_name(n) for n in ast.walk(body)
                        if isinstance(n, ast.Call) and _call_name(n) in TEX_CLASSES and _text_varies(n)})
        if built:
            out.append(f"{SCENE_FILE}:{call.lineno}: {name} builds a new {'/'.join(built)} on every frame, one "
                       "LaTeX run per frame whose text changes: build the formula once (DecimalNumber for a changing "
                       "number, or `become` only when the text changes)")
    return out[:3]


def _text_varies(call: ast.Call) -> bool:
    """Whether a MathTex/Tex call's text may differ between frames (not only string literals)."""
    texts = [*call.args, *(k.value for k in call.keywords if k.arg in ("tex_string", "arg_separator"))]
    return any(not (isinstance(t, ast.Constant) and isinstance(t.value, str)) for t in texts)


def _call_name(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
