"""The failure report, fast: built from real exceptions of the installed Manim and real TeX logs, no renders."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from mkdocs_manimgen.blocks import Defaults, parse_block
from mkdocs_manimgen.errors import RenderFailed
from mkdocs_manimgen.pipeline import BlockResult, _at_authors_lines, block_key, failure_text
from mkdocs_manimgen.render import diagnose, play_watch, tex_watch
from mkdocs_manimgen.render.failure import FailureReport, Frame, scrub_paths
from mkdocs_manimgen.site_files import SceneFiles

HEAD = "from manim import *\n\nclass S(Scene):\n    def construct(self):\n"
PACKAGE_DIR = str(Path(diagnose.__file__).resolve().parent.parent)


def report_of(body: str) -> FailureReport:
    """Run the scene's construct() as the render child does (compiled as scene.py) and report its exception."""
    code = HEAD + body
    namespace: dict = {"__name__": "__manimgen_scene__"}
    try:
        exec(compile(code, "scene.py", "exec"), namespace)  # noqa: S102 - our own test code
        namespace["S"]().construct()
    except Exception as err:  # noqa: BLE001
        return diagnose.report(err, code)
    raise AssertionError("the scene did not fail")


def assert_no_machine_path(text: str) -> None:
    for needle in ("/root", "site-packages", "/tmp", ".venv", "/usr/", sys.prefix, PACKAGE_DIR):
        assert needle not in text, (needle, text)


def test_scrub_paths_keeps_package_relative_names_and_cuts_the_rest():
    text = ('File "/work/x/.venv/lib/python3.11/site-packages/manim/mobject/mobject.py", line 3; '
            "see /tmp/manimgen/run-1/job-2/tex/abc.log or C:\\Users\\me\\x.py; keep a/b, 1/2 and \\frac{1}/{2}")
    out = scrub_paths(text)
    assert '"manim/mobject/mobject.py"' in out and "see abc.log" in out and "x.py;" in out
    assert "a/b, 1/2 and \\frac{1}/{2}" in out
    assert_no_machine_path(out)


def test_a_type_error_gets_the_real_signature_and_the_close_keyword():
    report = report_of("        self.add(Circle(radius=1, colour=RED))\n")
    text = report.as_text()
    assert report.where == "scene.py:5" and "self.add(Circle(radius=1, colour=RED))" in text
    assert "Circle(radius: 'float | None' = None, color:" in text
    assert "close ones: color" in text and "close ones: color" in report.error().hint
    assert report.raised_in is not None and report.raised_in.file.startswith("manim/")
    assert_no_machine_path(text)


def test_attribute_and_name_errors_get_the_nearest_real_names():
    attr = report_of("        Circle().move_to_edge(UP)\n").as_text()
    assert "closest attributes: to_edge" in attr
    getter = report_of("        ax = Axes()\n        ax.get_graph(lambda x: x)\n").as_text()  # Mobject's generic getter swallows it
    assert "`get_graph` is not a method of Axes" in getter and "use .plot" in getter
    name = report_of("        self.play(ShowCreation(Circle()))\n").as_text()
    assert "use Create" in name and "NameError: name 'ShowCreation' is not defined" in name
    graph = report_of("        pass\n\nclass T(GraphScene):\n    pass\n")
    assert graph.where == "scene.py:7" and "Scene" in graph.as_text() and "Axes" in graph.as_text()


def test_relocated_reports_name_the_authors_lines():
    report = report_of("        x = 1\n        raise ValueError('at scene.py:6 it broke')\n")
    moved = report.relocated("guide/page.md", 20)  # scene line 1 is page line 20
    assert moved.where == "guide/page.md:25" and "at guide/page.md:25 it broke" in moved.message
    error = moved.error()
    assert "(at guide/page.md:25)" in error.message and "guide/page.md:25 in construct" in error.detail
    assert "scene.py:6 in" not in error.detail and "scene.py:" not in error.message


def test_the_report_read_back_from_json_is_bounded_and_scrubbed():
    forged = {"exception": "X" * 500, "message": "/root/.ssh/id_rsa " + "m" * 10_000,
              "frames": [{"file": "scene.py", "line": i, "code": "/home/u/secret.txt"} for i in range(100)],
              "oracle": ["/usr/lib/python3/site-packages/a.py"] * 100, "tex": {"source": "x", "errors": "abc"}}
    report = FailureReport.from_json(forged)
    text = report.as_text()
    assert len(report.frames) <= 8 and len(report.oracle) <= 12 and len(text.splitlines()) <= 40
    assert_no_machine_path(text)
    assert FailureReport.from_json(report.to_json()) == report


def _latex_log(tmp_path: Path, body: str) -> list[str]:
    """TeX's real log for Manim's MathTex shape (align* with Manim's dvisvgm markers)."""
    tex = tmp_path / "f.tex"
    tex.write_text("\\documentclass[preview]{standalone}\n\\usepackage{amsmath}\n\\begin{document}\n"
                   f"{body}\n\\end{{document}}\n", encoding="utf-8")
    subprocess.run(["latex", "-interaction=batchmode", "-halt-on-error", tex.name], cwd=tmp_path,
                   capture_output=True, timeout=60)
    return (tmp_path / "f.log").read_text(errors="replace").splitlines()


@pytest.mark.parametrize("body, environment, says, hint", [
    ("\\begin{align*}\n\\special{dvisvgm:raw <g id='unique000'>}\\foo{x} + 1\\special{dvisvgm:raw </g>}\n"
     "\\end{align*}", "align*", "near: \\foo ▸ {x} + 1", "\\foo is not defined"),
    ("\\begin{center}\n\\special{dvisvgm:raw <g id='unique000'>}x^2 + y\\special{dvisvgm:raw </g>}\n"
     "\\end{center}", "center", "Missing $ inserted.", "put math in MathTex"),
    ("\\begin{center}\n\\special{dvisvgm:raw <g id='unique000'>}item #1\\special{dvisvgm:raw </g>}\n"
     "\\end{center}", "center", "macro parameter character #", "write \\# for a literal #"),
])
def test_tex_errors_are_read_from_tex_s_own_log(tmp_path, body, environment, says, hint):
    lines = tex_watch.error_lines(_latex_log(tmp_path, body))
    assert any(says in line for line in lines), lines
    assert not any("dvisvgm" in line for line in lines), "Manim's markers are noise"
    found = tex_watch.hints(tex_watch.TexFailure("…", environment, lines))
    assert any(hint in h for h in found), found


def test_unicode_hints_tell_cjk_from_math_symbols():
    cjk = tex_watch.hints(tex_watch.TexFailure("面积", "align*", ["LaTeX Error: Unicode character 面 (U+9762)"]))
    assert "Text(" in cjk[0] and "xeCJK" in cjk[0] and "\\text{…}" in cjk[0]
    pi = tex_watch.hints(tex_watch.TexFailure("π", "align*", ["LaTeX Error: Unicode character π (U+03C0)"]))
    assert "(\\pi)" in pi[0]


def test_always_redraw_building_tex_every_frame_is_found_statically():
    code = HEAD + ("        t = ValueTracker(0)\n"
                   "        def label():\n            return MathTex(f'{t.get_value():.2f}')\n"
                   "        a = always_redraw(label)\n"
                   "        b = always_redraw(lambda: Dot().move_to(RIGHT * t.get_value()))\n"
                   "        c = Circle().add_updater(lambda m: m.become(Tex(str(t.get_value()))))\n"
                   "        d = always_redraw(lambda: MathTex('C').move_to(RIGHT * t.get_value()))\n")
    findings = play_watch.static_findings(code)
    # d's text never changes: Manim compiles it once (its TeX cache is keyed by the text)
    assert [f.split(":")[1] for f in findings] == ["8", "10"], findings
    assert "always_redraw builds a new MathTex" in findings[0]


def test_code_origin_points_at_the_code_and_does_not_split_identical_blocks(tmp_path):
    body = "title: T\ncode: |\n  from manim import *\n  class A(Scene):\n    pass\n---\nx"
    spec = parse_block(body, page="a.md", line=10, files=SceneFiles(tmp_path), defaults=Defaults())
    assert spec.code_origin == ("a.md", 13)  # fence 10, title 11, code: 12, first code line 13
    other = parse_block("\n" + body, page="b.md", line=3, files=SceneFiles(tmp_path), defaults=Defaults())
    assert other.code_origin == ("b.md", 7)
    key = block_key(spec)
    assert key == block_key(other)
    (tmp_path / "scenes").mkdir()
    (tmp_path / "scenes" / "x.py").write_text("from manim import *\n")
    spec = parse_block("file: scenes/x.py\nscene: A\n---\nx", page="a.md", line=1, files=SceneFiles(tmp_path),
                       defaults=Defaults())
    assert spec.code_origin == ("scenes/x.py", 1)


def test_each_page_s_result_names_its_own_lines():
    report = FailureReport("ValueError", "bad", [Frame("scene.py", 4, "construct", "raise ValueError('bad')")])
    shared: Future = Future()
    specs = [parse_block(f"{pad}code: |\n  a\n---\nx", page=page, line=1, files=SceneFiles(Path(".")), defaults=Defaults())
             for page, pad in (("a.md", ""), ("b.md", "title: t\n"))]
    mine = [_at_authors_lines(shared, s) for s in specs]
    shared.set_result(BlockResult(error=report.error().at("a.md:1")))
    a, b = (f.result().error for f in mine)
    # fence on line 1, then `code: |`; scene line 4 is page line 6 (a) or 7 (b has a title line)
    assert "(at a.md:6)" in a.message and a.location == "a.md:1"
    assert "(at b.md:7)" in b.message and b.location == "b.md:1" and "b.md:7 in construct" in b.detail
    assert failure_text(a) == a.report.as_text() and "a.md:6" in failure_text(a)


def test_a_plain_render_failure_text_has_no_paths():
    err = RenderFailed("the render process failed to start", detail=f"Traceback: {sys.prefix}/lib/x.py line 3")
    assert_no_machine_path(failure_text(err))


def test_the_report_survives_pickling_as_the_dask_executor_sends_it():
    import pickle

    error = report_of("        Circle().move_to_edge(UP)\n").error()
    back = pickle.loads(pickle.dumps(error))
    assert back.report == error.report and back.detail == error.detail and back.hint == error.hint


def test_a_stack_dumped_at_the_hard_deadline_names_the_scene_line():
    stack = ('Thread 0x7f (most recent call first):\n  File "/usr/lib/python3.11/re/__init__.py", line 166 in match\n'
             '  File "scene.py", line 6 in construct\n  File "/x/site-packages/manim/scene/scene.py", line 9 in render\n')
    code = HEAD + "        self.wait(0.2)\n        re.match(r'(a+)+$', 'a' * 64 + 'b')\n"
    report = play_watch.stack_report(stack, code, 8)
    assert report.where == "scene.py:6" and "re.match" in report.as_text() and report.timed_out
    assert "longer than render_timeout (8 s)" in report.error().message
    assert play_watch.stack_report("Thread 0x7f:\n  File \"x.py\", line 1 in f\n", code, 8) is None
