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
