"""green_theorem: Green's theorem for the author's field and closed curve (Stewart 16.4, Paul's Online Notes,
OpenStax Calculus 3 6.4, 同济《高等数学》11.3 格林公式, 考研). Both sides are computed (sympy) and must agree; a
clockwise C flips the sign; a false stated value, a singular field, a surface in space, an open path, free
letters and a plain double integral are left to other families or the walkthrough."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.green import read_green
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.verify import asked

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


CLAIMED = [  # (block, the exact value for the author's orientation, clockwise, circulation or flux)
    # Stewart 16.4 Example 1
    (r"Evaluate $\oint_C x^4\,dx + xy\,dy$, where $C$ is the triangular curve consisting of the line segments from "
     r"$(0, 0)$ to $(1, 0)$, from $(1, 0)$ to $(0, 1)$, and from $(0, 1)$ to $(0, 0)$.", r"\frac{1}{6}", False, "circulation"),
    # Stewart 16.4 Example 2
    (r"Use Green's theorem to evaluate $\oint_C (3y - e^{\sin x})\,dx + (7x + \sqrt{y^4 + 1})\,dy$, where $C$ is the "
     r"circle $x^2 + y^2 = 9$.", r"36 \pi", False, "circulation"),
    # Paul's Online Notes, Green's Theorem, Example 1
    (r"Use Green's Theorem to evaluate $\oint_C xy\,dx + x^2 y^3\,dy$ where $C$ is the triangle with vertices $(0,0)$, "
     r"$(1,0)$, $(1,2)$ with positive orientation.", r"\frac{2}{3}", False, "circulation"),
    # Paul's Online Notes, Example 2: the circle in words
    (r"Evaluate $\oint_C y^3\,dx - x^3\,dy$ where $C$ is the positively oriented circle of radius 2 centered at the origin.",
     r"- 24 \pi", False, "circulation"),
    # 同济 11.3 例: the region between y = x^2 and y^2 = x
    (r"利用格林公式计算 $\oint_L (2xy - x^2)\,dx + (x + y^2)\,dy$，其中 $L$ 是由抛物线 $y = x^2$ 和 $y^2 = x$ "
     r"所围成的区域的正向边界曲线。", r"\frac{1}{30}", False, "circulation"),
    # Stewart 16.4 exercise: a rectangle by its vertices, the field as P i + Q j
    (r"Verify Green's theorem for $\mathbf F = xy\,\mathbf i + x^2\,\mathbf j$ and $C$ the rectangle with vertices "
     r"$(0, 0)$, $(3, 0)$, $(3, 1)$, $(0, 1)$: the circulation equals the double integral of $Q_x - P_y$.", r"\frac{9}{2}", False, "circulation"),
    # Stewart 16.4 exercise: a curl that is no polynomial, over a rectangle (sympy's exact value)
    (r"Use Green's Theorem to evaluate $\oint_C \cos y\,dx + x^2\sin y\,dy$, where $C$ is the rectangle with vertices "
     r"$(0, 0)$, $(5, 0)$, $(5, 2)$, $(0, 2)$.", r"30 - 30 \cos{\left(2 \right)}", False, "circulation"),
    # 同济: a circle not centred at the origin, the field's sin^2 y has no part in the curl
    (r"计算 $\oint_L (x^2 - y)\,dx + (x + \sin^2 y)\,dy$，其中 $L$ 是圆周 $x^2 + y^2 = 2x$，取正向。", r"2 \pi", False, "circulation"),
    # the region as a set
    (r"Green's theorem with $P = -y$, $Q = x$ on $D = \{(x, y) \mid x^2 + y^2 \le 1\}$ gives $\oint_{\partial D} P\,dx + Q\,dy = 2\pi$.",
     r"2 \pi", False, "circulation"),
    # a rectangle by its bounds, a stated (true) value
    (r"Green's theorem: for $\mathbf F = (xy, y^2)$ on $D$: $0 \le x \le 2$, $0 \le y \le 3$, "
     r"$$\oint_{\partial D} \mathbf F\cdot d\mathbf r = \iint_D (-x)\,dA = -6$$", r"-6", False, "circulation"),
    # an ellipse, counterclockwise ("semi-axes" is no half region)
    (r"Green's theorem: the circulation of $\mathbf F = (-y, x)$ around the ellipse $x^2 + 4y^2 = 4$ (semi-axes $2$ and $1$).",
     r"4 \pi", False, "circulation"),
    (r"Find the circulation of $\mathbf F = (x - y, x + y)$ counterclockwise around the ellipse "
     r"$\frac{x^2}{4} + \frac{y^2}{9} = 1$.", r"12 \pi", False, "circulation"),
    # clockwise: the sign flips
    (r"Evaluate $\oint_C y\,dx - x\,dy$ where $C$ is the unit circle traversed clockwise.", r"2 \pi", True, "circulation"),
    # 考研: P and Q written apart, the radius a value the block gives
    (r"计算曲线积分 $\oint_L P\,dx + Q\,dy$，其中 $P = x + y$，$Q = y - x$，$L$ 为圆周 $x^2 + y^2 = R^2$，$R = 2$，取逆时针方向。",
     r"- 8 \pi", False, "circulation"),
    # flux form (OpenStax 6.4): the outward flux across the unit circle
    (r"Use the normal form of Green's theorem to find the outward flux of $\mathbf F = \langle x^3, y^3 \rangle$ "
     r"across the unit circle.", r"\frac{3 \pi}{2}", False, "flux"),
    (r"格林公式（通量形式）：求 $\mathbf F = (x^2, y^2)$ 穿过正方形 $0 \le x \le 1$，$0 \le y \le 1$ 边界向外的通量。",
     r"2", False, "flux"),
    # a route through the vertices that runs clockwise (Stewart 16.4 exercise wording)
    (r"Use Green's theorem to evaluate $\oint_C x^2 y\,dx - xy^2\,dy$ where $C$ is the triangle from $(0, 0)$ to $(0, 1)$ "
     r"to $(1, 0)$ to $(0, 0)$.", r"\frac{1}{6}", True, "circulation"),
    # a singular field whose singularity lies outside D: Green applies
    (r"Green's theorem for $\mathbf F = \left(\frac{-y}{x^2 + y^2}, \frac{x}{x^2 + y^2}\right)$ around the circle "
     r"$(x - 3)^2 + y^2 = 1$.", r"0", False, "circulation"),
]


@pytest.mark.parametrize("concept, value, clockwise, form", CLAIMED)
def test_green_reads_the_authors_field_and_curve_and_both_sides_agree(concept, value, clockwise, form):
    g = read_green(extract(concept))
    assert g is not None
    assert g.value_tex == value and g.clockwise == clockwise and g.form == form
    assert abs(g.line_value - float(g.double)) < 1e-4 * max(1.0, abs(float(g.double)))
    draft = _draft(concept)
    assert draft.kind == "green_theorem", draft.reasoning
    assert value in _said(draft) or value in draft.code
    if clockwise:
        assert "pts = pts[::-1]" in draft.code
    assert "for instance" not in _said(draft).lower() and "例如" not in _said(draft)


def test_each_region_kind_is_the_authors():
    kinds = {r"triangle with vertices": "polygon", "circle $x^2": "ellipse", "所围成": "between", "rectangle with vertices": "rectangle",
             "0 \\le x \\le 2": "rectangle", "ellipse": "ellipse"}
    for concept, *_ in CLAIMED:
        for words, kind in kinds.items():
            if words in concept:
                assert read_green(extract(concept)).region.kind == kind, concept


def test_the_green_question_is_asked_and_only_green_draws_it():
    q = [q for q in asked(extract(CLAIMED[1][0])) if q.name == "Green's theorem"]
    assert q and q[0].drawn_by == ("green_theorem",)
    assert any(q.name == "Green's theorem" for q in asked(extract(r"The circulation around $C$ equals the double integral of the curl.")))


def test_chinese_blocks_get_chinese_narration():
    draft = _draft(CLAIMED[4][0])
    assert draft.kind == "green_theorem" and "格林公式" in draft.storyboard[0].title and "旋度" in _said(draft)


def test_a_statement_in_letters_gets_a_declared_example():
    for concept in (r"格林公式：$$\oint_L P\,dx + Q\,dy = \iint_D \left(\frac{\partial Q}{\partial x} - \frac{\partial P}{\partial y}\right)dx\,dy$$",
                    r"Green's theorem: $\oint_C P\,dx + Q\,dy = \iint_D (Q_x - P_y)\,dA$ for a positively oriented curve $C$ bounding $D$."):
        draft = _draft(concept)
        assert draft.kind == "green_theorem", draft.reasoning
        said = _said(draft)
        assert said.startswith("For instance") or said.startswith("例如")
        assert "(for instance)" in draft.code or "（举例）" in draft.code


REFUSED = [  # look-alikes Green's theorem must not draw
    # a false stated value: the circulation is 8π
    r"Green's theorem: for $\mathbf F = (-y, x)$ and $C$ the circle $x^2 + y^2 = 4$, $\oint_C \mathbf F\cdot d\mathbf r = 4\pi$.",
    r"由格林公式，$\oint_L (2xy - x^2)\,dx + (x + y^2)\,dy = \frac{1}{6}$，$L$ 是 $y = x^2$ 与 $y^2 = x$ 所围区域的正向边界。",
    # a false stated curl
    r"Green's theorem for $\mathbf F = (xy, x^2)$ on the rectangle with vertices $(0,0)$, $(3,0)$, $(3,1)$, $(0,1)$: $Q_x - P_y = 2x$.",
    # a singular field around the origin: Green's theorem does not apply
    r"Use Green's theorem for $\mathbf F = \left(\frac{-y}{x^2 + y^2}, \frac{x}{x^2 + y^2}\right)$ around the unit circle $x^2 + y^2 = 1$.",
    r"计算 $\oint_L \frac{x\,dy - y\,dx}{x^2 + y^2}$，其中 $L$ 为圆周 $x^2 + y^2 = 1$，取逆时针方向。",
    # 3D: Stokes' theorem, the divergence theorem
    r"Use Stokes' theorem to evaluate $\iint_S \operatorname{curl}\mathbf F\cdot d\mathbf S$ for $\mathbf F = (-y, x, z)$ on the "
    r"paraboloid $z = 4 - x^2 - y^2$, $z \ge 0$.",
    r"利用高斯公式计算曲面积分 $\iint_\Sigma x\,dy\,dz + y\,dz\,dx + z\,dx\,dy$，$\Sigma$ 为球面 $x^2 + y^2 + z^2 = 1$ 的外侧。",
    # a free letter: the radius a has no value
    r"计算 $\oint_L (x + y)\,dx - (x - y)\,dy$，$L$ 为圆周 $x^2 + y^2 = a^2$，逆时针方向。",
    # part of a disk: the upper half (not the full circle we would read)
    r"Use Green's theorem to evaluate $\oint_C y^2\,dx + 3xy\,dy$, where $C$ is the boundary of the upper half of the disk $x^2 + y^2 \le 4$.",
    # an annulus: two circles
    r"Green's theorem on the region between the circles $x^2 + y^2 = 1$ and $x^2 + y^2 = 4$ for $\mathbf F = (-y, x)$.",
    # a route around a curve region with no direction we read
    r"Evaluate $\oint_C y\,dx + 2x\,dy$ where $C$ goes from $(0, 0)$ to $(1, 1)$ along $y = x^2$ and back along $y = x$.",
    # a field turning counterclockwise around a circle asks for no integral around it
    r"向量场 $\mathbf F = (-y, x)$ 的旋度为 $2$：它绕圆 $x^2 + y^2 = 1$ 逆时针旋转。",
    # both circulation and flux asked: not one scene
    r"Find the circulation and the outward flux of $\mathbf F = (x - y, x)$ around the circle $x^2 + y^2 = 1$.",
]


@pytest.mark.parametrize("concept", REFUSED)
def test_look_alikes_are_refused(concept):
    assert read_green(extract(concept)) is None
    assert _draft(concept).kind != "green_theorem"


OTHERS = [  # another family's question with Green's words nearby: it keeps its own family
    (r"The work done by $\mathbf F = (y, x)$ along the parabola $y = x^2$ from $(0,0)$ to $(1,1)$ is "
     r"$$W = \int_C \mathbf F \cdot d\mathbf r = 1$$", "line_integral"),  # an open path
    (r"Line integral of $\mathbf F = (-y, x)$ along $\mathbf r(t) = (\cos t, \sin t)$, $0 \le t \le 2\pi$: "
     r"$\oint_C \mathbf F\cdot d\mathbf r = 2\pi$.", "line_integral"),  # a parametrised closed path, no Green's words
    (r"Evaluate the double integral $$\iint_D (x + y)\,dA, \quad D = [0, 1]\times[0, 2]$$", "double_integral"),  # no curve, no field
    (r"The vector field $\mathbf F = (x - y, x + y)$ has divergence $2$ and curl $2$.", "vector_field"),
]


@pytest.mark.parametrize("concept, family", OTHERS)
def test_other_questions_keep_their_family(concept, family):
    assert read_green(extract(concept)) is None
    assert _draft(concept).kind == family


def test_line_and_double_integral_families_do_not_draw_a_green_block():
    # a Green block line_integral could read (its r(t) path) goes to green_theorem's drawers or the walkthrough,
    # never to a one-sided scene
    concept = (r"By Green's theorem, the line integral of $\mathbf F = (-y, x)$ along $\mathbf r(t) = (\cos t, \sin t)$, "
               r"$0 \le t \le 2\pi$, is $\iint_D 2\,dA = 2\pi$.")
    assert _draft(concept).kind not in ("line_integral", "double_integral")
