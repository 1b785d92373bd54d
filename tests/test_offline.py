"""Tests of the offline generator (templates, classification, notes, storyboard).

Fast tests need no rendering; ``-m render`` renders every corpus scene at low quality.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest
import yaml

from mkdocs_manimgen.errors import GenerationFailed
from mkdocs_manimgen.generate.offline import FAMILIES, OfflineGenerator, classify
from mkdocs_manimgen.model import QUALITIES, BlockSpec
from mkdocs_manimgen.render.encode import plan
from mkdocs_manimgen.render.job import RenderJob
from mkdocs_manimgen.render.pool import LocalPool
from sites import media_info


CORPUS = yaml.safe_load((Path(__file__).parent / "data" / "offline_corpus.yaml").read_text(encoding="utf-8"))
IDS = [f"{i:02d}-{e['expected_kind']}" for i, e in enumerate(CORPUS)]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _spec(concept: str, **kw) -> BlockSpec:
    return BlockSpec(page="test.md", line=1, concept=concept, **kw)


@pytest.fixture(scope="module")
def generator():
    gen = OfflineGenerator()
    yield gen
    gen.close()


def test_corpus_shape():
    kinds = {e["expected_kind"] for e in CORPUS}
    syllabus = yaml.safe_load((Path(__file__).parent / "data" / "syllabus_corpus.yaml").read_text(encoding="utf-8"))
    assert len(CORPUS) >= 40
    assert kinds <= set(FAMILIES), kinds - set(FAMILIES)
    # every family is exercised by this corpus or by the syllabus corpus (test_syllabus.py)
    assert kinds | {e["family"] for e in syllabus} == set(FAMILIES), set(FAMILIES) ^ (kinds | {e["family"] for e in syllabus})
    assert sum(bool(CJK.search(e["concept"])) for e in CORPUS) >= 8
    three_d = {"surface", "space_curve", "solid", "gradient_descent"}
    assert sum(e["expected_kind"] in three_d for e in CORPUS) >= 6
    for needed in ("勾股定理", "圆周率", "函数极限", "傅里叶级数"):
        assert any(needed in e["concept"] for e in CORPUS), needed


SAMPLE = CORPUS[::8]  # one in eight, for the checks that cost a second design or a process


@pytest.mark.parametrize("entry", SAMPLE, ids=IDS[::8])
def test_classify(entry):
    # test_draft asserts every entry's family; this is the public classify() on a sample
    assert classify(entry["concept"]) == entry["expected_kind"]


# families that build their picture in steps the block sets: a linear program's constraints one at a time,
# then its corners; Green's theorem's two sides, the circulation around C and the curl over D
LONGER = {"linear_program": 26, "green_theorem": 24}


@pytest.mark.parametrize("entry", CORPUS, ids=IDS)
def test_draft(entry, generator):
    spec = _spec(entry["concept"])
    draft = generator.generate(spec)
    assert draft.generator == "offline"
    assert draft.kind == entry["expected_kind"]
    assert draft.reasoning is None, draft.reasoning  # the family's template did not fall back

    tree = ast.parse(draft.code)
    imports = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            imports.add(node.module)
    assert imports <= {"manim", "numpy", "math"}, imports
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    scenes = [c for c in classes if any(getattr(b, "id", "").endswith("Scene") for b in c.bases)]
    assert len(scenes) == 1 and scenes[0].name == draft.scene_name

    beats = draft.storyboard
    assert beats and beats[0].start == 0
    for a, b in zip(beats, beats[1:]):
        assert abs(a.end - b.start) < 1e-6
    assert all(b.duration > 0 for b in beats)
    assert 6 <= beats[-1].end <= LONGER.get(draft.kind, 16), beats[-1].end
    assert _timed_total(draft.code) == pytest.approx(beats[-1].end, abs=1e-6)

    notes = draft.notes_md
    for heading in (("是什么", "关键公式", "动画展示了什么", "检验理解") if CJK.search(entry["concept"]) else
                    ("What it is", "Key formula", "What the animation shows", "Check your understanding")):
        assert f"## {heading}" in notes
    assert notes.count("\n- **") == len(beats)
    math = re.findall(r"\$(.+?)\$", entry["concept"], re.S)
    if math:  # the block's own formula is quoted in the notes
        first = max(math, key=len).strip().strip("$").strip()
        assert _squash(first)[:20] in _squash(notes)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\\dfrac", "\\frac"))


def _timed_total(code: str) -> float:
    """Sum of run_time= and wait() in the code, counting the few loops the templates write."""
    total, loop = 0.0, 1
    for line in code.splitlines():
        stripped = line.strip()
        m = re.match(r"for .* in (?:range\((\d+)\)|zip\(points, points\[1:\]\)):", stripped)
        if m:
            loop = int(m.group(1)) if m.group(1) else _path_len(code) - 1
            continue
        for rt in re.findall(r"self\.play\(.*run_time=([\d.]+)", stripped):
            total += float(rt) * (loop if line.startswith(" " * 12) else 1)
        for rt in re.findall(r"self\.move_camera\(.*run_time=([\d.]+)", stripped):
            total += float(rt)
        for wt in re.findall(r"self\.wait\(([\d.]+)\)", stripped):
            total += float(wt)
        if not line.startswith(" " * 12):
            loop = 1
    return round(total, 6)


def _path_len(code: str) -> int:
    m = re.search(r"^\s*path = \[(.*)\]$", code, re.M)
    return m.group(1).count("(") if m else 1


def test_designs_are_byte_identical_in_another_process_with_another_hash_seed(generator):
    """Determinism where it can break: a set's or a dict's order under another PYTHONHASHSEED (a second
    design in the same process could never differ)."""
    import hashlib
    import json
    import os
    import subprocess
    import sys

    from mkdocs_manimgen.generate.offline.symbolic import PARSE_CACHE_ENV

    def digest(d) -> str:
        return hashlib.sha256((d.code + d.notes_md + repr(d.storyboard)).encode()).hexdigest()

    script = ("import json, sys\n"
              "from mkdocs_manimgen.generate.offline import OfflineGenerator\n"
              "from mkdocs_manimgen.model import BlockSpec\n"
              "import hashlib\n"
              "g = OfflineGenerator()\n"
              "out = []\n"
              "for c in json.load(sys.stdin):\n"
              "    d = g.generate(BlockSpec(page='test.md', line=1, concept=c))\n"
              "    out.append(hashlib.sha256((d.code + d.notes_md + repr(d.storyboard)).encode()).hexdigest())\n"
              "print(json.dumps(out))\n")
    concepts = [e["concept"] for e in SAMPLE]
    here = [digest(generator.generate(_spec(c))) for c in concepts]
    for seed in ("1",):  # this process runs under another (random) seed
        run = subprocess.run([sys.executable, "-c", script], input=json.dumps(concepts), capture_output=True, text=True,
                             env={**{k: v for k, v in os.environ.items() if k != PARSE_CACHE_ENV}, "PYTHONHASHSEED": seed},
                             timeout=300, check=True)  # its own parses: nothing read from this run's cache
        assert json.loads(run.stdout.strip().splitlines()[-1]) == here, seed


def test_chinese_text_uses_cjk_font(generator):
    draft = generator.generate(_spec("勾股定理：直角三角形中 $a^2+b^2=c^2$。"))
    assert "勾股定理" in draft.code
    for line in draft.code.splitlines():
        if CJK.search(line) and "Text(" in line:
            assert 'font="Noto Sans CJK SC"' in line
    assert "## 是什么" in draft.notes_md


def test_dangerous_latex_is_stripped(generator):
    draft = generator.generate(_spec(r"Evil $$\input{/etc/passwd} x^2 \write18{rm -rf /} = y$$"))
    assert "\\input" not in draft.code and "\\write" not in draft.code
    ast.parse(draft.code)


def test_quotes_and_backslashes_in_title(generator):
    draft = generator.generate(_spec("A plain idea.", title='He said "hi" \\ and left'))
    ast.parse(draft.code)
    assert "He said" in draft.code


def test_never_raises_on_odd_input(generator):
    for concept in ["", "$$", "$\\frac{$", "\\begin{align} \\end{align}", "x" * 5000, "$f(x) = \\frac{1}{x}$ graph",
                    "$$\\lim_{x \\to \\infty} \\frac{1}{x} = 0$$", "$$\\int \\tan x \\, dx$$"]:
        draft = generator.generate(_spec(concept))
        ast.parse(draft.code)
        assert draft.storyboard


def test_user_matrix_and_function_are_used(generator):
    d = generator.generate(_spec(r"The matrix $\begin{pmatrix} 0 & -1 \\ 1 & 0 \end{pmatrix}$ rotates the plane."))
    assert "matrix = [[0, -1], [1, 0]]" in d.code
    d = generator.generate(_spec(r"Plot the graph of $f(x) = x^3 - 3x$."))
    assert "return x**3 - 3*x" in d.code


@pytest.mark.parametrize("tex, function", [
    (r"\frac{d}{dx} x^3 = 3x^2", "x**3"), (r"\frac{d}{dx}\left(x^2\right) = 2x", "x**2"),
    (r"(x^3)' = 3x^2", "x**3"), (r"\frac{d}{dx}\sin x = \cos x", "sin(x)"),
    (r"f'(x) = 3x^2", "x**3"), (r"y' = 2x", "x**2"), (r"\frac{dy}{dx} = \cos x", "sin(x)"),
    (r"f^{\prime}(x) = e^x", "exp(x)"), (r"f(x) = x^3 - 3x", "x**3 - 3*x")])
def test_the_function_is_the_one_differentiated_not_its_derivative(tex, function):
    from mkdocs_manimgen.generate.offline.symbolic import function_of

    assert str(function_of([tex])[0]) == function


def test_derivative_scene_plots_the_function_of_an_equation_between_derivatives(generator):
    d = generator.generate(_spec(r"The derivative: $\frac{d}{dx} x^3 = 3x^2$."))
    assert d.kind == "derivative" and "return x**3" in d.code and "return 3*x**2" not in d.code


def test_law_of_cosines_uses_the_authors_triangle(generator):
    d = generator.generate(_spec(r"Law of cosines with $a = 5$, $b = 7$ and $C = 60^\circ$."))
    assert d.kind == "law_of_cosines" and "a, b, u = 5, 7, " in d.code
    assert "angle.animate.set_value(60)" in d.code and "2ab" in d.code  # ends on the given angle; shows the law
    assert any("6.24" in beat.narration for beat in d.storyboard)  # sqrt(25 + 49 - 35)
    d = generator.generate(_spec(r"The law of cosines $$c^2 = a^2 + b^2 - 2ab\cos C$$ generalises Pythagoras."))
    assert "a, b, u = 3, 4, 1" in d.code and "set_value(60)" not in d.code
    # asking for the missing side of that specific triangle is solving it (the triangle family)
    d = generator.generate(_spec(r"Law of cosines with $a = 5$, $b = 7$ and $C = 60^\circ$: find $c$."))
    assert d.kind == "triangle" and r"c = \sqrt{39} \approx 6.245" in d.code


def test_pythagorean_uses_the_authors_legs(generator):
    d = generator.generate(_spec(r"A right triangle with legs $a = 5$ and $b = 12$: show $a^2+b^2=c^2$."))
    assert d.kind == "pythagorean" and 'MathTex("25", "+", "144", "=", "169"' in d.code
    assert "grid=False" not in d.code  # 5-12-13: the hypotenuse's square has whole cells
    d = generator.generate(_spec(r"Pythagoras with $a = 1$, $b = 2$."))
    assert "grid=False" in d.code and r"\sqrt{5}" in d.storyboard[2].narration
    assert "MathTex('a^2 + b^2 = c^2', font_size=54)" in d.code  # the theorem, not the given "a = 1"
    d = generator.generate(_spec(r"Show why $a^2 + b^2 = c^2$ with squares on the sides of a right triangle."))
    assert 'MathTex("9", "+", "16", "=", "25"' in d.code


def test_repair_is_the_walkthrough_and_the_explainer_cannot_be_repaired(generator):
    from mkdocs_manimgen.generate.offline.designer import generate_draft

    spec = _spec("$a=b$")
    draft = generator.generate(spec)
    fixed = generator.repair(spec, draft, "ValueError: boom")
    assert fixed.kind != draft.kind and "did not run: ValueError: boom" in fixed.reasoning
    with pytest.raises(GenerationFailed):
        generator.repair(spec, generate_draft(spec, family="explainer"), "boom")
    assert generator.name == "offline" and generator.version


@pytest.fixture(scope="module")
def corpus_renders(generator, tmp_path_factory, request):
    """The selected corpus scenes (``-k``), submitted at once to the project's own warm render pool."""
    low = QUALITIES["low"]
    wanted = {item.callspec.params["index"] for item in request.session.items
              if getattr(item, "originalname", "") == "test_render" and hasattr(item, "callspec")}
    pool = LocalPool(min(os.cpu_count() or 2, max(1, len(wanted))), tmp_path_factory.mktemp("offline-pool"))
    jobs = {}
    for index, entry in enumerate(CORPUS):
        if index not in wanted:
            continue
        draft = generator.generate(_spec(entry["concept"]))
        jobs[index] = (draft, pool.submit(RenderJob(draft.code, draft.scene_name, low, plan(("webm",), low), timeout=600,
                                                    target_duration=draft.storyboard[-1].end, share_tex=True)))
    yield jobs
    pool.close()


@pytest.mark.render
@pytest.mark.corpus  # opt-in (-m corpus): the default run renders one block per family in the docs gallery
@pytest.mark.parametrize("index", range(len(CORPUS)), ids=IDS)
def test_render(index, corpus_renders):
    draft, future = corpus_renders[index]
    output = future.result(timeout=1200)
    try:
        info = media_info(output.files["webm"])
        assert (info["width"], info["height"]) == (854, 480)
        # the storyboard's times are the scene's own: captions and PDF stills depend on it
        assert abs(info["duration"] - draft.storyboard[-1].end) < 0.25, (info, draft.storyboard[-1])
    finally:
        output.cleanup()


def test_explainer_keeps_inline_math(generator):
    from mkdocs_manimgen.generate.offline import generate_draft

    d = generate_draft(_spec(r"函数极限：当 $x$ 趋近于 0 时，$\frac{\sin x}{x}$ 趋近于 1"), family="explainer")
    assert '("m", r"\\frac{\\sin x}{x}", 1)' in d.code and '("m", \'x\', 1)' in d.code
    assert "趋近于" not in "".join(re.findall(r"MathTex\([^)]*\)", d.code))  # Chinese never goes into TeX
    assert "$x$" in d.storyboard[-1].narration
    d = generate_draft(_spec("A prime $p$ has two divisors, $1$ and $p$."), family="explainer")
    assert "formulas = VGroup" not in d.code  # inline bits are not stacked as formulas
    assert '("m", \'p\', 1)' in d.code


def test_latex_function_applications_parse_as_meant():
    from mkdocs_manimgen.generate.offline.symbolic import parse

    assert str(parse(r"x^2 \sin(x)")) == "x**2*sin(x)"
    assert str(parse(r"\sin x\cos y")) == "sin(x)*cos(y)"
    assert str(parse(r"\sin(x) + x")) == "x + sin(x)"
    assert str(parse(r"\cos\theta + i\sin\theta")) == "i*sin(theta) + cos(theta)"


def test_fourier_uses_own_series_and_distributions_are_honoured(generator):
    d = generator.generate(_spec(r"Fourier series $$f(x) = \frac{4}{\pi}\sum_{k=0}^{\infty} \frac{\sin((2k+1)x)}{2k+1}$$"))
    assert "S = sum(np.sin(x*(2*k + 1))/(2*k + 1) for k in range(0, 0 + n))" in d.code
    for concept, marker in [("The exponential distribution.", "np.exp(-v * x)"), ("泊松分布", "math.factorial(k)"),
                            ("The binomial distribution.", "math.comb(10, k)"), ("均匀分布", "1 / (v - 0)")]:
        d = generator.generate(_spec(concept))
        assert d.kind == "probability_density" and marker in d.code, concept
        assert "bell" not in d.notes_md and "正态" not in d.notes_md, concept  # its own "what it is"
    d = generator.generate(_spec("The exponential distribution."))
    assert "waiting times" in d.notes_md and r"\lambda e^{-\lambda x}" in d.notes_md.split("## Key formula")[1]


def test_derivative_trace_shown_for_parabola(generator):
    d = generator.generate(_spec(r"The derivative of $f(x) = x^2$ is the slope of the tangent line."))
    assert "TracedPath" in d.code and "trace_label" in d.code


def test_three_d_scenes_avoid_full_redraws(generator):
    for entry in CORPUS:
        if entry["expected_kind"] in {"surface", "space_curve", "solid", "gradient_descent"}:
            code = generator.generate(_spec(entry["concept"])).code
            assert "ambient_camera_rotation" not in code and "always_redraw" not in code
            assert "num_axis_pieces=6" in code and code.count("self.move_camera(") == 1


@pytest.mark.parametrize("concept, shown, checked", [
    ("Solve the equation $3x + 5 = 11$ for $x$.", ["3 x = 6", "x = 2"], r"3 \cdot \left(2\right) + 5 = 11"),
    ("Solve $5 = 2y - 3$.", ["2 y = 8", "y = 4"], r"2 \cdot \left(4\right) - 3 = 5"),
    ("Solve $x^2 - 5x + 6 = 0$.", [r"\left(x - 3\right) \left(x - 2\right) = 0", r"x_{1} = 2,\quad x_{2} = 3"], None),
    ("解方程 $2t^2 = 3t + 1$。", [r"\Delta = b^2 - 4ac = 17", r"t = \frac{3 \pm \sqrt{17}}{4}"], None),
    (r"Solve $\theta^2 = 2$.", [r"\theta_{1} = - \sqrt{2},\quad \theta_{2} = \sqrt{2}"], None),
])
def test_the_equation_slide_solves_an_equation_in_one_unknown(generator, concept, shown, checked):
    """Degree 1 and 2 in one unknown: the steps are sympy's algebra on the author's equation, and
    the root is put back in; the notes ask about a value that is not a root."""
    draft = generator.generate(_spec(concept))
    assert draft.kind == "equation" and ("解方程" if "解" in concept else "Solving an Equation") in draft.code
    for row in shown:
        assert repr(row)[1:-1] in draft.code or row in draft.code, row
    if checked:
        assert checked in draft.code and r"\checkmark" in draft.code
    assert "not a solution" in draft.notes_md or "不是方程" in draft.notes_md


@pytest.mark.parametrize("concept", ["$x^2 + 1 = 0$", "$E = mc^2$", "$x^3 = 8$", r"$\sqrt{2} x = 1$", "$y = 2x + 1$"])
def test_the_equation_slide_does_not_pretend_to_solve_what_it_cannot(generator, concept):
    """No real root, two unknowns, degree 3, irrational coefficients, or something to plot: no steps."""
    draft = generator.generate(_spec(concept))
    assert "Solve it" not in draft.code and r"\checkmark" not in draft.code


@pytest.mark.parametrize("concept, point, check", [
    (r"Solve the system $$\begin{cases} x + y = 5 \\ x - y = 1 \end{cases}$$", "at(3, 2)",
     r"\left(3\right) - \left(2\right) = 1"),
    ("解方程组 $y = 2x + 1$，$y = -x + 4$。", "at(1, 3)", r"\left(3\right) = 2 \cdot \left(1\right) + 1"),
    (r"Solve $$\begin{aligned} 2a + 3b &= 12 \\ a - b &= 1 \end{aligned}$$", "at(3, 2)",
     r"2 \cdot \left(3\right) + 3 \cdot \left(2\right) = 12"),
])
def test_a_linear_system_is_two_lines_and_their_crossing(generator, concept, point, check):
    """Two linear equations in two unknowns: neither a plot of the first row alone (function_plot)
    nor a derivation of aligned rows; both lines, the crossing, the values put back in as written."""
    draft = generator.generate(_spec(concept))
    assert draft.kind == "linear_system" and "line1" in draft.code and f"crossing = Dot({point}" in draft.code, draft.code
    assert check in draft.code and r"\checkmark" in draft.code
    assert "second solution" in draft.notes_md or "第二个解" in draft.notes_md


@pytest.mark.parametrize("concept", [r"$x + y = 1$, $2x + 2y = 2$", r"$x + y = 1$, $x + y = 3$", r"$x^2 + y = 1$, $x - y = 0$"])
def test_no_crossing_is_drawn_for_a_system_without_one_solution(generator, concept):
    draft = generator.generate(_spec(concept))
    assert "crossing" not in draft.code


@pytest.mark.parametrize("concept, said", [
    ("Is $2^2 + 3^2 = 4^2$ a Pythagorean triple?", "they differ, so this equation is false"),
    (r"$\frac{1}{2} + \frac{1}{3} = \frac{5}{6}$", "they are equal, so the statement holds"),
])
def test_an_equation_between_numbers_is_worked_out_not_asserted(generator, concept, said):
    """Numbers only: both sides are evaluated, and a false statement is called false (the slide
    used to say any two sides 'name the same quantity'); a false triple is not drawn as Pythagoras."""
    draft = generator.generate(_spec(concept))
    narration = " ".join(beat.narration for beat in draft.storyboard)
    assert draft.kind == "equation" and said in narration and "name the same quantity" not in narration
    assert ("is false" in draft.notes_md) == ("false" in said)


@pytest.mark.parametrize("concept, legs", [("勾股数：$3^2 + 4^2 = 5^2$。", ("3", "4")),
                                           ("The Pythagorean triple $5^2 + 12^2 = 13^2$.", ("5", "12"))])
def test_a_written_out_triple_gives_pythagoras_its_legs(generator, concept, legs):
    draft = generator.generate(_spec(concept))
    assert draft.kind == "pythagorean" and f"RIGHT * {legs[1]} * u" in draft.code and f"UP * {legs[0]} * u" in draft.code
    assert "For instance" not in draft.code and "例如" not in draft.code
