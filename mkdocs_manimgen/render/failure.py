"""One failure report of a failed render, for the model's repair and for the author.

Built in the render child (render/diagnose.py), where the exception, the scene's code and
TeX's log still exist, carried back as JSON beside the job (``failure.json``), and shown as
the repair request's error, the build warning's details and the page's error box. It holds
no path of the build machine: the scene is ``scene.py`` (or, for a hand-written block, the
author's own file and line, see ``relocated``), Manim's files are named from the package
root (``manim/…``), and any other absolute path is cut to its last component.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from ..errors import RenderFailed

SCENE_FILE = "scene.py"
FAILURE_FILE = "failure.json"  # in the job directory, beside error.txt (the raw traceback, a fallback)
MAX_LINES = 40  # of as_text(): the repair prompt keeps the whole report
MAX_FIELD = 600  # characters of one message, TeX line or finding

# An absolute path with at least one directory, not part of a word or a relative path.
_ABS_PATH = re.compile(r"(?<![\w./\\~-])(?:[A-Za-z]:)?[/\\](?:[\w.@+~-]+[/\\])+(?=[\w.@+~-])")
_PACKAGE_ROOT = re.compile(r"(?<![\w.])(?:[\w.@+~-]*[/\\])*(?:site|dist)-packages[/\\]")


def scrub_paths(text: str) -> str:
    """`text` without the build machine's paths: site-packages/manim/x.py -> manim/x.py, /a/b/c.log -> c.log."""
    return _ABS_PATH.sub("", _PACKAGE_ROOT.sub("", text))


def relocate_text(text: str, file: str, first_line: int) -> str:
    """`scene.py:N` in `text` as the author's `file:LINE`, where scene line 1 is `first_line`."""
    return _SCENE_LINE.sub(lambda m: f"{file}:{int(m[1]) + first_line - 1}", text)


_SCENE_LINE = re.compile(re.escape(SCENE_FILE) + r":(\d+)")


@dataclass(frozen=True)
class Frame:
    """One line of the traceback: `file:line`, the function, and the code on that line."""

    file: str  # "scene.py", or a package-relative file ("manim/mobject/text/tex_mobject.py")
    line: int
    function: str = ""
    code: str = ""

    def as_text(self) -> str:
        where = f"{self.file}:{self.line}" + (f" in {self.function}" if self.function else "")
        return f"  {where}" + (f"\n      {self.code.strip()}" if self.code.strip() else "")


@dataclass(frozen=True)
class TexFailure:
    """A formula TeX could not typeset: what was sent, what TeX said, where."""

    source: str  # the string given to MathTex/Tex (without Manim's template)
    environment: str  # "align*" for MathTex, "center" for Tex
    errors: list[str] = field(default_factory=list)  # TeX's `!` lines with their context lines


@dataclass(frozen=True)
class FailureReport:
    """Why a scene failed to render, in a few lines.

    ``exception``/``message``: the exception's type name and text (paths removed);
    ``frames``: the scene's own frames, innermost last; ``raised_in``: the one library frame
    that raised, if the scene did not raise itself; ``tex``: the formula TeX refused;
    ``oracle``: facts from the installed Manim (a real signature, the nearest names);
    ``hints``: what fixes the known causes; ``findings``: quality traps seen during the run
    (slow constructs, TeX per frame). ``timed_out``: the render ran past its time budget.
    """

    exception: str
    message: str
    frames: list[Frame] = field(default_factory=list)
    raised_in: Frame | None = None
    tex: TexFailure | None = None
    oracle: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    timed_out: bool = False

    @property
    def headline(self) -> str:
        """One line: `Type: message` (first line of the message)."""
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return f"{self.exception}: {first}" if first else self.exception

    def as_text(self) -> str:
        """The report as plain text, at most MAX_LINES lines (the repair request, the error box)."""
        out = [f"{self.exception}: {self.message.strip()}" if self.message.strip() else self.exception]
        if self.frames or self.raised_in:
            out.append("Traceback (the scene's own lines, innermost last):")
            out += [f.as_text() for f in self.frames]
            if self.raised_in is not None:
                out.append("raised in" + self.raised_in.as_text()[1:])
        if self.tex is not None:
            kind = "MathTex (math mode)" if self.tex.environment == "align*" else f"Tex ({self.tex.environment})"
            out.append(f"LaTeX could not typeset this {kind} string: {self.tex.source!r}")
            out += [f"  {line}" for line in self.tex.errors]
        for title, items in (("From the installed Manim", self.oracle), ("Likely fix", self.hints),
                             ("Seen during the render", self.findings)):
            if items:
                out.append(f"{title}:")
                out += [f"  - {item}" for item in items]
        lines = "\n".join(out).splitlines()
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES - 1] + [f"[… {len(lines) - MAX_LINES + 1} more lines cut]"]
        return scrub_paths("\n".join(lines))

    @property
    def where(self) -> str | None:
        """`scene.py:LINE` (or the author's file and line) of the innermost scene frame."""
        return f"{self.frames[-1].file}:{self.frames[-1].line}" if self.frames else None

    def error(self) -> RenderFailed:
        """The block's error: a one-line message naming the scene's line, the report as its detail."""
        if self.timed_out:
            message = self.message + (f" at {self.where}" if self.where else "")
        else:
            message = f"the scene failed to render: {self.headline[:500]}" + (f" (at {self.where})" if self.where else "")
        advice = [f for f in self.oracle if " use " in f or "close" in f] + self.oracle
        hint = (self.hints or advice or ["fix the scene code (the failure report is in the block's error panel)"])[0]
        return RenderFailed(message, detail=self.as_text(), hint=hint, report=self)

    def relocated(self, file: str, first_line: int) -> "FailureReport":
        """The report with scene.py's lines given as the author's: `file`, where scene line 1 is `first_line`."""
        def move(f: Frame) -> Frame:
            return replace(f, file=file, line=f.line + first_line - 1) if f.file == SCENE_FILE else f

        def fix(text: str) -> str:
            return relocate_text(text, file, first_line)

        return replace(self, frames=[move(f) for f in self.frames], message=fix(self.message),
                       oracle=[fix(t) for t in self.oracle], hints=[fix(t) for t in self.hints],
                       findings=[fix(t) for t in self.findings])

    # -- the wire (failure.json written by the child, read by the parent) ----------------
    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "FailureReport":
        """Rebuild from untrusted JSON (the scene could write the file): bounded, typed, paths scrubbed."""
        def text(value, limit: int = MAX_FIELD) -> str:
            return scrub_paths(str(value or ""))[:limit]

        def texts(values, n: int = 12) -> list[str]:
            return [text(v) for v in list(values or [])[:n]]

        def frame(d) -> Frame | None:
            if not isinstance(d, dict):
                return None
            return Frame(text(d.get("file"), 200), int(d.get("line") or 0), text(d.get("function"), 100),
                         text(d.get("code"), 300))

        tex = data.get("tex")
        return cls(
            exception=text(data.get("exception"), 100) or "Error",
            message=text(data.get("message"), 2000),
            frames=[f for f in (frame(d) for d in list(data.get("frames") or [])[-8:]) if f],
            raised_in=frame(data.get("raised_in")),
            tex=TexFailure(text(tex.get("source"), 1000), text(tex.get("environment"), 40),
                           texts(tex.get("errors"), 16)) if isinstance(tex, dict) else None,
            oracle=texts(data.get("oracle")), hints=texts(data.get("hints")),
            findings=texts(data.get("findings")), timed_out=bool(data.get("timed_out")))
