"""The wrong kinds of the ninth held-out set, as our own minimal blocks (issue 23).

Each block below is written for this test; the set itself is spent. The claims step's false "false" on a
true telescoping sum and the false solution family are in tests/test_offline_claims.py.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.model import BlockSpec


def design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


# a = v^2/r was drawn with v held at 1 ("a(2)/a(1) = 1/2") for points of a turntable, where v = ωr and a grows
# with r; the same misreading of P = U^2/R in series and P = I^2 R in parallel.
@pytest.mark.parametrize("concept", [
    r"由 $a=\dfrac{v^2}{r}$ 知，在匀速转动的圆盘上，离圆心越远的点向心加速度越小。画出 $r=1\ \mathrm{cm}$、$2\ \mathrm{cm}$ 处的加速度。",
    r"On a turntable spinning steadily, $a = \frac{v^2}{r}$, so points farther out have a smaller acceleration.",
    r"Two bulbs in series: since $P = \frac{U^2}{R}$, the bulb with the larger resistance $R$ is dimmer.",
    r"两个电阻并联：由 $P=I^2R$，电阻 $R$ 越大的功率越大。",
])
def test_a_law_is_not_swept_with_a_quantity_held_that_the_setting_ties_to_the_variable(concept):
    assert design(concept).kind != "parameter_sweep"


def test_a_law_with_the_held_quantity_said_constant_is_still_swept():
    concept = r"Centripetal acceleration $a = \frac{v^2}{r}$: at the same speed $v$, a tighter turn (smaller $r$) needs more."
    assert design(concept).kind == "parameter_sweep"


# A false Maclaurin polynomial stood as the scene's formula above the true polynomials, and was not called.
def test_taylor_opens_with_the_function_and_calls_a_false_polynomial():
    draft = design(r"Plot the Maclaurin polynomial $P_3(x)=x+\frac{x^3}{3}$ of $\sinh x$ against $y=\sinh x$.")
    assert draft.kind == "taylor"
    assert 'formula = MathTex(r"f(x) = \\sinh' in draft.code.replace("\\operatorname{sinh}", "\\sinh")
    assert "\\frac{x^{3}}{6}" in draft.code and "In fact" in draft.code


# The walkthrough's plot ignored the block's interval (a Runge function "on [-1, 1]" drawn on [-5, 5]; a polar
# region's 0 <= theta <= pi), drew a polar r = 2 sin(theta) as a graph against theta, and a launch angle to 5 rad.
@pytest.mark.parametrize("concept, window", [
    (r"Interpolate $g(x)=\frac{1}{1+16x^2}$ on $[-1,1]$ with equally spaced nodes and watch the ends.", (-1.0, 1.0)),
    (r"The damped signal $u(t)=e^{-t/2}\cos 3t$ for $0\le t\le 4\pi$ and its envelope.", (0.0, 12.566)),
    (r"The range of a projectile launched at angle $\theta$ with speed $v=15$: $R(\theta)=\frac{v^2\sin 2\theta}{g}$.",
     (0.0, 1.5708)),
])
def test_the_walkthrough_plots_over_the_interval_the_block_gives(concept, window):
    from mkdocs_manimgen.generate.offline.latex import extract
    from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

    plot = plottable(extract(concept))
    assert plot is not None and plot.window == pytest.approx(window, abs=1e-3)


def test_a_polar_equation_is_no_graph_against_theta():
    from mkdocs_manimgen.generate.offline.latex import extract
    from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

    assert plottable(extract(r"圆 $x^2+y^2=4x$ 在极坐标下为 $r=4\cos\theta$，其中 $-\frac{\pi}{2}\le\theta\le\frac{\pi}{2}$。")) is None


# The probability reading of one computed interval, with the level written with a trailing zero (0.90).
def test_the_interval_trap_is_called_with_the_level_written_to_two_places():
    concept = (r"A sample of $n=25$ bolts has mean length $\bar x=80$ mm with known $\sigma=5$ mm, so the 90% interval is "
               r"$80\pm1.645\cdot\frac{5}{\sqrt{25}}=[78.355,\ 81.645]$. Hence $\mu$ lies in this interval with probability "
               r"0.90. Show many such intervals.")
    draft = design(concept)
    assert draft.kind == "confidence_interval" and "that reading is false" in " ".join(b.narration for b in draft.storyboard)


# A family whose extremum moves with its parameter (Ortskurve, 顶点轨迹) was swept without the point or its locus.
@pytest.mark.parametrize("concept, locus, true", [
    (r"Gegeben ist $f_a(x)=x^2-2ax+3a$ mit $a>0$. Zeigen Sie, dass die Tiefpunkte auf der Ortskurve $y=3x-x^2$ liegen.",
     "- x^{2} + 3 x", True),
    (r"抛物线 $y=x^2-2mx+m$ 随 $m$ 变化，它的顶点轨迹是 $y=x-2x^2$ 吗？画出顶点的轨迹。", "- x^{2} + x", False),
])
def test_the_locus_of_a_familys_extremum_is_traced_and_a_stated_locus_checked(concept, locus, true):
    draft = design(concept)
    assert draft.kind == "parameter_sweep" and "TracedPath(extremum_point" in draft.code
    said = " ".join(b.narration for b in draft.storyboard)
    assert f"y = {locus}" in said
    assert ("false" in said or "不成立" in said) != true
