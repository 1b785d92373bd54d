"""The offline designer never draws mathematics the block did not write (issue 15).

Keywords rank the families; a family is chosen only when the block's own math gives its
template what it draws. A built-in example appears only for a block with no formula (or
only the family's general law), and then the scene says "for instance".
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline import FAMILIES

from mkdocs_manimgen.generate.offline.families import registry

from drafts import draft as _draft

# Code that only a template's built-in example writes.
CANNED = ("np.sin(x) / x", "0.25 * x**3 - x", "partial_sums = [0.5, 0.75", "Sphere(radius=1.8",
          "1.5 * np.cos(t)", "np.sin(x) + 0.5 * np.cos(2 * x)", "0.5 * x**2 + 1", "np.sin(x) * np.cos(y)")


TRAPS = [  # (block, families it must NOT get): keywords point one way, the math another
    (r"Monte Carlo: throw random points into the unit square; the fraction inside the quarter circle "
     r"approaches $\pi/4$, so $$\pi \approx 4\,\frac{N_{\text{in}}}{N}$$", {"limit", "pi_circle"}),
    (r"Least squares fit: choose $a$ and $b$ minimising $$S = \sum_{i=1}^{n} (y_i - a x_i - b)^2$$", {"series"}),
    (r"The slope field of $$\frac{dy}{dx} = x - y$$ shows the slope at every point.", {"derivative"}),
    (r"The volume of revolution of $y = \sqrt{x}$ on $[0, 4]$ about the x-axis.", {"solid"}),
    (r"A cube is a solid polyhedron with $V - E + F = 2$.", {"solid"}),
    (r"Fibonacci numbers $F_{n+1} = F_n + F_{n-1}$: the ratios approach the golden ratio, "
     r"$$\lim_{n\to\infty}\frac{F_{n+1}}{F_n} = \varphi$$", {"limit"}),
    (r"A sine wave $$y = A\sin(\omega t + \phi)$$ with amplitude $A$.", {"unit_circle"}),
    (r"The matrix of a rotation by $\theta$ is $$R = \begin{pmatrix}\cos\theta & -\sin\theta \\ \sin\theta & \cos\theta\end{pmatrix}$$",
     set()),
]


@pytest.mark.parametrize("concept, wrong", TRAPS, ids=[f"trap{i}" for i in range(len(TRAPS))])
def test_traps_never_get_canned_mathematics(concept, wrong):
    draft = _draft(concept)
    assert draft.kind not in wrong, draft.kind
    assert not [c for c in CANNED if c in draft.code], draft.kind
    assert "For instance" not in draft.storyboard[0].narration


@pytest.mark.parametrize("concept, family", [
    ("The derivative is the slope of the tangent line.", "derivative"),
    ("A limit: the value a function approaches.", "limit"),
    ("Partial sums of a series.", "series"),
    ("The Pythagorean theorem: $a^2 + b^2 = c^2$.", "pythagorean"),
    ("勾股定理", "pythagorean"),
    ("A helix is a space curve.", "space_curve"),
])
def test_an_example_says_so(concept, family):
    draft = _draft(concept)
    assert draft.kind == family
    first = draft.storyboard[0].narration
    assert first.startswith("For instance") or first.startswith("例如"), first
    assert first in draft.notes_md  # the notes tell the reader too


def test_the_authors_own_objects_are_used_when_given():
    d = _draft(r"Pythagoras with legs $a = 5$, $b = 12$.")
    assert d.kind == "pythagorean" and not d.storyboard[0].narration.startswith("For instance")
    d = _draft(r"A helix: $$\mathbf r(t) = (2\cos t, 2\sin t, t/2)$$")
    assert d.kind == "space_curve" and "2*np.cos(t)" in d.code
    d = _draft(r"定积分：$$\int_0^{\pi} \sin x\,dx = 2$$")
    assert d.kind == "integral" and "np.sin(x)" in d.code and "a, b = 0, 3.1416" in d.code


_HELIX = (r"The helix $\mathbf r(t) = (a\cos t, a\sin t, bt)$, $a > 0$, has $\kappa = \frac{a}{a^2 + b^2}$ and "
          r"$\tau = \frac{b}{a^2 + b^2}$. Use $a = 3$, $b = 1$ and show the frame $\mathbf T, \mathbf N, \mathbf B$ moving along it{more}.")


def test_the_frenet_frame_rides_on_the_authors_curve_with_its_values_put_in():
    """A helix stated with a and b, then 'use a = 3, b = 1' (the author's substitution), asking T, N, B, the
    curvature and the torsion, got the equation slide: the curve reader wanted no letter but t, and space_curve
    drew no frame. A stated curvature or torsion is checked against the curve's."""
    draft = _draft(_HELIX.replace("{more}", ""))
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "space_curve", draft.reasoning
    assert "3*np.cos(t)" in draft.code and "def frenet(t)" in draft.code and "always_redraw" in draft.code
    assert "\\kappa = \\frac{3}{10}" in said and "\\tau = \\frac{1}{10}" in said and "false" not in said
    said = " ".join(b.narration for b in _draft(_HELIX.replace("{more}", r", with $\tau = 0.3$")).storyboard)
    assert "$\\tau = 0.3$; that is false: for this curve $\\tau = \\frac{1}{10}$" in said
    zh = _draft(r"螺旋线 $\mathbf r(t)=(a\cos t,\ a\sin t,\ bt)$，取 $a=2$，$b=1$，画出 Frenet 标架，求曲率与挠率。")
    assert zh.kind == "space_curve" and "2*np.cos(t)" in zh.code and "\\kappa = \\frac{2}{5}" in zh.storyboard[3].narration
    # a curve whose curvature changes is read out at stops; a straight line has no N, B: not claimed
    cubic = _draft(r"The Frenet frame of the twisted cubic $\mathbf r(t) = (t, t^2, t^3)$, moving along the curve.")
    assert cubic.kind == "space_curve" and "\\kappa(1) \\approx 0.166" in " ".join(b.narration for b in cubic.storyboard)
    assert _draft(r"The Frenet frame of $\mathbf r(t) = (t, 2t, 3t)$.").kind != "space_curve"
    # without the frame asked, the curve with the author's values is traced as before
    plain = _draft(r"The helix $\mathbf r(t) = (a\cos t, a\sin t, bt)$ with $a = 2$, $b = 0.5$.")
    assert plain.kind == "space_curve" and "2*np.cos(t)" in plain.code and "frenet" not in plain.code


def test_every_family_declares_what_it_needs():
    for name, family in registry().items():
        assert family.generic or hasattr(family.module, "needs"), name
    assert set(registry()) == set(FAMILIES)
