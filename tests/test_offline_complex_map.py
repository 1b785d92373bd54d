"""complex_map: what the author's w = f(z) does to the author's line, circle or region, traced side by side.

Cases modelled on textbook exercises (Brown & Churchill ch. 2 and 8, 同济《复变函数》 第六章 保角映射): images of lines and
circles under 1/z, Möbius maps of half-planes onto discs, z^2 and e^z on lines; a curve through a pole, a stated image
that is false, the unit written \\mathrm{i} or \\text{i}. The look-alikes go to their own families."""

from __future__ import annotations

import numpy as np
import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.model import BlockSpec


def design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


@pytest.mark.parametrize("concept, code, path", [
    (r"Show the image of the horizontal line $\operatorname{Im} z = 3$ under $w = 1/z$.",
     "z**(-1.0)", "complex(0, 3) + np.linspace(-4, 4, N) * complex(1, 0)"),
    (r"求直线 $\mathrm{Re}\, z = 2$ 在映射 $w=\dfrac{1}{z}$ 下的像，并用动画展示。",
     "z**(-1.0)", "complex(2, 0) + np.linspace(-3, 3, N) * complex(0, 1)"),
    (r"Trace $f(z) = \dfrac{z - \mathrm{i}}{z + \mathrm{i}}$ along the circle $\left| z - 2 \right| = 1$ and map it.",
     "(z - 1j)/(z + 1j)", "complex(2, 0) + 1 * np.exp(1j * np.linspace(0, 6.283185, N))"),
    (r"Let $z = x + iy$. Where does $w = z^2$ send the vertical line $x = -1$?",
     "z**2", "complex(-1, 0) + np.linspace(-3, 3, N) * complex(0, 1)"),
    (r"Under $z \mapsto e^{z}$, follow the segment $z = t + \text{i}\pi/2$, $-1 \le t \le 1$.",
     "np.exp(z)", "self._kept(complex(0, 1.570796) + np.linspace(-3, 3, N) * complex(1, 0)"),
])
def test_the_authors_curve_is_traced_with_its_image(concept, code, path):
    draft = design(concept)
    assert draft.kind == "complex_map", draft.reasoning
    assert f"return {code} + 0j" in draft.code and path in draft.code
    assert "always_redraw" in draft.code and "self._rider" in draft.code  # a moving z and its image, traced together


@pytest.mark.parametrize("concept, image", [
    (r"求直线 $\operatorname{Re} z = 2$ 在映射 $w=\dfrac{1}{z}$ 下的像。", r"|w - \frac{1}{4}| = \frac{1}{4}"),
    (r"Show the image of the line $\operatorname{Im} z = 2$ under $w = \frac{1}{z}$.", r"|w + \frac{1}{4}i| = \frac{1}{4}"),
    (r"The map $w = \frac{2z + 1}{z + 2}$ sends circles to circles. Show the circle $|z| = 1$ and its image.", "|w| = 1"),
    (r"Show how $w = z^2$ maps the line $\operatorname{Re} z = 1$.", r"u = 1 - \frac{v^{2}}{4}"),
    (r"Animate $w = e^z$ on the horizontal line $\operatorname{Im} z = 1$.", r"\arg w = 1"),
    (r"Animate $w = e^z$ on the vertical line $\operatorname{Re} z = 1$.", r"|w| = e"),
])
def test_an_exact_image_is_named(concept, image):
    draft = design(concept)
    assert draft.kind == "complex_map"
    assert f'MathTex(r"{image}", font_size=32' in draft.code, draft.code[-2500:]
    assert image in draft.storyboard[-1].narration


@pytest.mark.parametrize("concept, stated", [
    (r"Animate $w = \frac{1}{z}$ on the circle $|z - 1| = 1$: its image is the line $\operatorname{Re} w = \frac12$.",
     r"\operatorname{Re} w = \frac12"),
    (r"The Möbius map $w = \frac{z - i}{z + i}$ takes the upper half-plane to the unit disc (the real axis to the unit circle).",
     "|w| < 1"),
    (r"映射 $w = \frac{z - \mathrm{i}}{z + \mathrm{i}}$ 将上半平面映成单位圆盘。", "|w| < 1"),
    (r"Under $w = z^2$ the circle $|z| = 2$ goes to $|w| = 4$.", "|w| = 4"),
])
def test_a_true_stated_image_is_checked(concept, stated):
    draft = design(concept)
    assert draft.kind == "complex_map"
    assert stated + r"\ \checkmark" in draft.code
    assert "false" not in draft.code and "不成立" not in draft.code


@pytest.mark.parametrize("concept, stated, word", [
    (r"Under $w = \frac{1}{z}$ the circle $|z - 1| = 1$ goes to the line $\operatorname{Re} w = 1$.",
     r"\operatorname{Re} w = 1", "false"),
    (r"映射 $w = z^2$ 把圆周 $|z| = 2$ 映为 $|w| = 2$。", "|w| = 2", "不成立"),
    (r"The map $w = \frac{z - 1}{z + 1}$ takes the right half-plane onto the upper half-plane.", r"\operatorname{Im} w > 0", "false"),
])
def test_a_false_stated_image_is_called_false(concept, stated, word):
    draft = design(concept)
    assert draft.kind == "complex_map"
    assert f'MathTex(r"{stated}", font_size=32, color=RED)' in draft.code and word in draft.code
    assert word in draft.storyboard[-1].narration


def test_a_curve_through_a_pole_breaks_its_image_there():
    from mkdocs_manimgen.generate.offline.templates import complex_map

    concept = r"Animate $w = \frac{1}{z}$ on the circle $|z - 1| = 1$."
    draft = design(concept)
    assert draft.kind == "complex_map" and r"0 \mapsto \infty" in draft.code
    assert "infinity" in draft.storyboard[1].narration
    # the scene's own helper breaks the traced image where w leaves for infinity: no segment crosses it
    scope: dict = {"np": np}
    exec("class S:\n" + "\n".join("    " + line for line in complex_map._HELPERS.splitlines()), scope)
    zs = 1 + np.exp(1j * np.linspace(0, 2 * np.pi, 1000))
    with np.errstate(all="ignore"):
        ws = 1 / zs
    runs = scope["S"]()._runs(ws, 1.5)
    assert len(runs) == 2 and all(np.all(np.abs(ws[a:b].imag) <= 1.5) for a, b in runs)
    assert not any(a <= 500 < b for a, b in runs)  # the sample at z = 0 (the pole) is in no piece


def test_a_region_is_shown_by_its_boundary_and_a_grid():
    draft = design(r"The Cayley map $g(z) = \frac{z - i}{z + i}$ takes the upper half-plane to the unit disc, with $g(i) = 0$. "
                   r"Show the grid carried over.")
    assert draft.kind == "complex_map"
    assert draft.code.count(", TEAL, 2, False),") >= 4  # grid lines of the half-plane
    assert r"|w| < 1\ \checkmark" in draft.code
    assert r"$i \mapsto 0$" in draft.storyboard[2].narration  # the author's g(i) = 0 is the marked point


def test_the_reader_takes_the_sets_of_each_plane():
    from mkdocs_manimgen.generate.offline.templates.complex_map import read_sets

    info = extract(r"The Möbius map $w = \frac{z - i}{z + i}$ takes the upper half-plane to the unit disc; "
                   r"applied to the unit circle $|z| = 1$ it gives the imaginary axis.")
    assert [(s.tex, s.region) for s in read_sets(info, "z")] == [("|z| = 1", False), (r"\operatorname{Im} z > 0", True)]
    assert [s.tex for s in read_sets(info, "w", images=True)] == ["|w| < 1", r"\operatorname{Re} w = 0"]


@pytest.mark.parametrize("concept, family", [
    (r"Multiply $z = 1 + 2i$ by $w = 1 + i$ and show the rotation.", "complex_multiplication"),
    (r"Let $z = 0.8 + 0.6i$. Plot $z, z^2, \dots, z^{10}$: since $|z| = 1$ they stay on the unit circle.", "complex_powers"),
    (r"Iterate $z \mapsto z^2 + c$ with $c = -1$ and watch the orbit.", "complex_orbit"),
    (r"The solutions of $z^5 = 1$ are the fifth roots of unity on the unit circle.", "roots_of_unity"),
    (r"Euler's formula $e^{i\theta} = \cos\theta + i\sin\theta$ traces the unit circle.", "euler_formula"),
])
def test_look_alikes_keep_their_family(concept, family):
    assert design(concept).kind == family


@pytest.mark.parametrize("concept", [
    r"Evaluate $\oint_{|z| = 1} f(z)\,dz$ for $f(z) = \frac{1}{z}$.",
    r"Let $f(z) = z^2$. Show that $|f(z)| = 1$ on the unit circle.",
    r"The Möbius transformation $w = \frac{az + b}{cz + d}$ with $ad - bc \neq 0$ maps circles to circles.",
    r"A conformal map preserves angles: show it for $w = z^2$ at $z = 1 + i$.",
])
def test_no_map_of_a_curve_is_not_drawn_as_one(concept):
    assert design(concept).kind not in ("complex_map", "complex_powers", "complex_multiplication")
