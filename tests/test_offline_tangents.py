"""tangents_through_point: the tangent lines to the author's curve THROUGH the author's point ("求过点 P 的
切线方程", "tangents from (5, 0) to the circle", "the line through the origin tangent to y = e^x"): every
point of tangency found (exactly for polynomial curves; sympy and a scan agreeing for exp/log graphs),
vertical tangents included, P on the curve giving the tangent at P and any other. The tangent AT a point
stays the derivative's (and implicit_curve's); a false stated answer, a free letter, no point, a normal
line or a tangent plane is not this family's."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates.tangents_through_point import read_through

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


CLAIMED = [  # (block, the points of tangency (x, y) as floats, the equations as written on screen)
    # Stewart 2.7-style: two tangents to a parabola from a point below it
    (r"Find the equations of the tangent lines to $y = x^2$ that pass through the point $(1, -3)$.",
     [(-1, 1), (3, 9)], ["y = -2x - 1", "y = 6x - 9"]),
    # 高考: P on the curve, "过点" — the tangent at P and the one touching at x = -1/2
    (r"求过点 $(1, 1)$ 的曲线 $y = x^3$ 的切线方程。", [(-0.5, -0.125), (1, 1)], ["y = \\frac{3}{4}x + \\frac{1}{4}", "y = 3x - 2"]),
    (r"已知曲线 $y = x^3 - 3x$，求过点 $(2, 2)$ 的切线方程。", [(-1, 2), (2, 2)], ["y = 2", "y = 9x - 16"]),
    # circles from an exterior point, one with a vertical tangent
    (r"Find the tangent lines from the point $(5, 0)$ to the circle $x^2 + y^2 = 5$.",
     [(1, -2), (1, 2)], ["y = \\frac{1}{2}x - \\frac{5}{2}", "y = -\\frac{1}{2}x + \\frac{5}{2}"]),
    (r"From the point $(3, 4)$ draw the tangent lines to the circle $x^2 + y^2 = 9$.",
     [(-0.84, 2.88), (3, 0)], ["y = \\frac{7}{24}x + \\frac{25}{8}", "x = 3"]),
    (r"过点 $(0, 2)$ 作圆 $x^2 + y^2 = 2$ 的切线，求切线方程。", [(-1, 1), (1, 1)], ["y = x + 2", "y = -x + 2"]),
    # an ellipse and the parabola x^2 = 4y
    (r"Find the tangent lines to the ellipse $\frac{x^2}{4} + y^2 = 1$ passing through the point $(4, 0)$.",
     [(1, -0.8660254), (1, 0.8660254)], ["y = \\frac{\\sqrt{3} x}{6} - \\frac{2 \\sqrt{3}}{3}", "y = -\\frac{\\sqrt{3} x}{6} + \\frac{2 \\sqrt{3}}{3}"]),
    (r"过点 $(0, -1)$ 作抛物线 $x^2 = 4y$ 的切线，求切线方程。", [(-2, 1), (2, 1)], ["y = -x - 1", "y = x - 1"]),
    # exp and log curves through the origin
    (r"Find the equation of the line through the origin that is tangent to $y = e^x$.", [(1, 2.718281828)], ["y = e x"]),
    (r"求过原点且与曲线 $y = \ln x$ 相切的直线方程。", [(2.718281828, 1)], ["y = \\frac{x}{e}"]),
    (r"Find the line through the point $(-1, 0)$ tangent to $y = \sqrt{x}$.", [(1, 1)], ["y = \\frac{1}{2}x + \\frac{1}{2}"]),
    (r"Find all lines through $(0, 2)$ tangent to the curve $y = \frac{1}{x}$.", [(1, 1)], ["y = -x + 2"]),
    (r"Find the tangent line to $y = e^x$ passing through the point $(1, 0)$.", [(2, 7.389056099)], ["y = e^{2} x - e^{2}"]),
    # Stewart: rational curve, irrational points of tangency; a hyperbola
    (r"How many tangent lines to the curve $y = \frac{x}{x + 1}$ pass through the point $(1, 2)$? At which points do these "
     r"tangent lines touch the curve?", [(-3.732050808, 1.366025404), (-0.267949192, -0.366025404)], []),
    (r"Find the tangent lines to the hyperbola $x^2 - y^2 = 1$ that pass through the point $(0, 1)$.",
     [(-1.414213562, -1), (1.414213562, -1)], ["y = \\sqrt{2} x + 1", "y = -\\sqrt{2} x + 1"]),
    (r"已知函数 $f(x) = x^3 - 3x$，过点 $P(2, -6)$ 作曲线 $y = f(x)$ 的切线，求此切线的方程。", [(0, 0), (3, 18)], ["y = -3x", "y = 24x - 54"]),
    # stated answers that are right
    (r"Tangent lines are drawn from the point $(2, 0)$ to the circle $x^2 + y^2 = 1$: "
     r"$$y = \frac{\sqrt{3}}{3}x - \frac{2\sqrt{3}}{3}, \quad y = -\frac{\sqrt{3}}{3}x + \frac{2\sqrt{3}}{3}$$",
     [(0.5, -0.8660254), (0.5, 0.8660254)], []),
    (r"Find the two tangent lines to $y = x^2 + 1$ through the point $(0, 0)$.  $$y = 2x, \quad y = -2x$$",
     [(-1, 2), (1, 2)], ["y = -2x", "y = 2x"]),
    # "the origin" names the circle's centre, not P
    (r"Find the tangent lines from the point $(5, 0)$ to the circle centred at the origin with radius $\sqrt{5}$: $x^2 + y^2 = 5$.",
     [(1, -2), (1, 2)], []),
    # no tangent: P inside the circle, said on screen
    (r"Show that no tangent line to the circle $x^2 + y^2 = 4$ passes through the point $(1, 1)$.", [], []),
]


@pytest.mark.parametrize("concept, touching, equations", CLAIMED)
def test_the_tangents_through_the_authors_point(concept, touching, equations):
    th = read_through(extract(concept))
    assert th is not None
    got = sorted(t.xy for t in th.tangents)
    assert len(got) == len(touching)
    for (gx, gy), (wx, wy) in zip(got, sorted(touching)):
        assert abs(gx - wx) < 1e-6 and abs(gy - wy) < 1e-6, (got, touching)
    draft = _draft(concept)
    assert draft.kind == "tangents_through_point", draft.reasoning
    said = _said(draft)
    for eq in equations:
        assert eq in said and eq in draft.code
    for i, (x, y) in enumerate(sorted(touching), 1):  # each point of tangency marked, one beat per tangent
        assert f"touch{i} = Dot(axes.c2p(" in draft.code
        assert any(b.title in (f"Tangent {i}", f"切线 {i}") for b in draft.storyboard)
    if not touching:
        assert "No tangent passes through P" in draft.code


def test_chinese_blocks_get_chinese_text():
    draft = _draft(r"求过点 $(1, 1)$ 的曲线 $y = x^3$ 的切线方程。")
    assert "过点 $P" in _said(draft) and "恰有 2 条切线" in _said(draft)


def test_the_point_on_the_curve_is_said_to_be_the_tangent_at_p():
    said = _said(_draft(r"求过点 $(1, 1)$ 的曲线 $y = x^3$ 的切线方程。"))
    assert "$T_2 = \\left(1, 1\\right)$（即 $P$ 处的切线）" in said and "T_1 = \\left(- \\frac{1}{2}, - \\frac{1}{8}\\right)" in said


REFUSED = [  # (block, the family it must go to, or None for the walkthrough)
    (r"Find the tangent line to $y = x^2$ at $x = 1$.", "derivative"),
    (r"Find the tangent line to $y = x^3$ at the point $(1, 1)$.", "derivative"),
    (r"求曲线 $y = x^3$ 在点 $(1, 1)$ 处的切线方程。", "derivative"),
    (r"Find the tangent line to the circle $x^2 + y^2 = 25$ at the point $(3, 4)$.", "implicit_curve"),
    (r"The tangent lines to $y = x^2$ through the point $(1, -3)$ are $$y = 2x - 1, \quad y = 6x - 9$$", None),  # 2x - 1 is wrong
    (r"There are three tangent lines to $y = x^2$ through the point $(1, -3)$.", None),  # there are two
    (r"过点 $(0, -1)$ 作抛物线 $x^2 = 4y$ 的切线，切点为 $(1, \frac{1}{4})$ 和 $(3, 2)$。", None),  # (3, 2) is not on it
    (r"Find the tangent lines to $y = x^2 + a$ that pass through the origin.", None),  # a free letter
    (r"Find the tangent lines to $y = x^3$ passing through a point.", None),  # no point
    (r"Find the normal lines to $y = x^2$ that pass through the point $(0, 2)$.", None),
    (r"Find the lines through the origin tangent to $y = \sin x$.", None),
    (r"The line through the origin tangent to $y = \ln x$ is $y = x - 1$.", None),  # it is y = x/e  # infinitely many candidates
    (r"Find the tangent plane to $z = x^2 + y^2$ passing through the point $(1, 1, 2)$.", "tangent_plane"),
]


@pytest.mark.parametrize("concept, family", REFUSED)
def test_look_alikes_are_not_drawn_as_tangents_through_a_point(concept, family):
    assert read_through(extract(concept)) is None
    kind = _draft(concept).kind
    assert kind == family if family else kind in WALKTHROUGH


def test_the_question_is_read_from_the_wording_not_the_objects():
    asks = lambda c: extract(c).reading.asks("tangents through a point")  # noqa: E731
    for through in (r"Find the tangent lines from the point $(5, 0)$ to the circle.",
                    r"Find the line through the origin that is tangent to $y = e^x$.",
                    r"求过点 $(1, 1)$ 的曲线 $y = x^3$ 的切线方程。", r"经过原点作曲线 $y = e^x$ 的切线。",
                    r"若曲线 $y = e^x$ 的切线过原点，求切线方程。"):
        assert asks(through), through
    for at in (r"Find the tangent line to $y = x^2$ at $x = 1$.", r"求曲线 $y = x^3$ 在点 $(1, 1)$ 处的切线方程。",
               r"The tangent line at $x = 2$ passes through the point $(0, -4)$.", r"Find the tangent plane through the point $(1, 1, 2)$.",
               r"曲线 $y = x^2$ 在点 $(1, 1)$ 处的切线经过点 $(0, -1)$。",
               r"By the mean value theorem some tangent line is parallel to the secant line through $(0, 0)$ and $(2, 4)$.",
               r"Newton's method: the tangent line through $(x_0, f(x_0))$ meets the $x$-axis at $x_1$.",
               r"圆 $C$ 过点 $(1, 2)$ 且与直线 $x = 3$ 相切，求圆 $C$ 的方程。"):
        assert not asks(at), at


CIRCLES = [  # (block, points of tangency, the tangent length shown, what is said of a stated length)
    (r"From $P(5,0)$ draw the two tangents to the circle $x^2+y^2=9$; each has length $\sqrt{25-9}=4$ (the radius to the "
     r"point of contact is perpendicular to the tangent).", [(1.8, -2.4), (1.8, 2.4)], r"\sqrt{25 - 9} = 4", "(as stated)"),
    # the general circle first, then the example given by centre and radius
    (r"The circle $(x-h)^2+(y-k)^2=r^2$ and an external point $P$: the tangent length is $\sqrt{d^2-r^2}$. "
     r"Example: $P(6,2)$, centre $(2,-1)$, $r=3$.", [(2, 2), (4.88, -1.84)], r"\sqrt{25 - 9} = 4", None),
    (r"过点 $P(4,3)$ 作圆 $x^2+y^2=4$ 的切线，求切线长。", [(-0.4598, 1.9464), (1.7398, -0.9864)], r"\sqrt{25 - 4} = \sqrt{21}", None),
    (r"Tangents are drawn from $P(7, 1)$ to the circle with centre $(1, -2)$ and radius $3$. Find the length of each tangent.",
     [(1, 1), (3.4, -3.8)], r"\sqrt{45 - 9} = 6", None),
    (r"从点 $P(5,1)$ 作圆心为 $(1,-2)$、半径为 $3$ 的圆的切线，切线长 $|PT| = 4$。", [(1, 1), (3.88, -2.84)], r"\sqrt{25 - 9} = 4",
     "与题中一致"),
]


@pytest.mark.parametrize("concept, touching, length, said", CIRCLES)
def test_tangents_to_a_circle_show_the_right_angles_and_the_length(concept, touching, length, said):
    th = read_through(extract(concept))
    assert th is not None and th.circle is not None
    got = sorted(t.xy for t in th.tangents)
    assert len(got) == len(touching)
    for (gx, gy), (wx, wy) in zip(got, sorted(touching)):
        assert abs(gx - wx) < 1e-3 and abs(gy - wy) < 1e-3, (got, touching)
    draft = _draft(concept)
    assert draft.kind == "tangents_through_point", draft.reasoning
    assert draft.code.count("RightAngle(") == len(touching) and "centre = VGroup(Dot(" in draft.code
    said_all = _said(draft)
    assert length in said_all and length in draft.code
    if said:
        assert said in said_all
    assert "false" not in said_all and "不成立" not in said_all


def test_a_false_tangent_length_is_called_false():
    draft = _draft(r"From $P(5,0)$ draw the two tangents to the circle $x^2+y^2=9$; each tangent has length $5$.")
    assert draft.kind == "tangents_through_point", draft.reasoning
    assert "The block states the length is $5$; that is false: it is $4$." in _said(draft)
    assert '"|PT| = 5"' in draft.code and "said_cross" in draft.code
    inside = _draft(r"过点 $P(1,1)$ 作圆 $x^2+y^2=4$ 的切线，切线长为 $\sqrt{2}$。")
    said = _said(inside)
    assert inside.kind == "tangents_through_point" and "过点 P 没有切线" in inside.code
    assert "在圆内（$|PC|^2 = 2 < r^2 = 4$" in said and "题中写切线长为 $\\sqrt{2}$，这不成立" in said


def test_a_point_inside_the_circle_has_no_tangent():
    draft = _draft(r"From $P(1,1)$ draw the tangents to the circle $x^2+y^2=4$ and find the tangent length.")
    assert draft.kind == "tangents_through_point" and "No tangent passes through P" in draft.code
    assert "inside the circle ($|PC|^2 = 2 < r^2 = 4$" in _said(draft) and "RightAngle(" not in draft.code


def test_a_circle_in_words_must_be_the_circle_written():
    concept = (r"Tangents from $P(6,2)$: the circle with centre $(2,-1)$ and radius $4$ is $(x-2)^2+(y+1)^2=9$. "
               r"Find the tangent length.")
    assert read_through(extract(concept)) is None and _draft(concept).kind in WALKTHROUGH


def test_tangents_to_a_circle_are_asked_in_these_words():
    asks = lambda c: extract(c).reading.asks("tangents through a point")  # noqa: E731
    for through in (r"From $P(5,0)$ draw the two tangents to the circle $x^2+y^2=9$.",
                    r"Tangents are drawn from $P(7,1)$ to the circle $x^2+y^2=25$.",
                    r"The circle $x^2+y^2=r^2$ and a point outside it: the tangent length is $\sqrt{d^2-r^2}$.",
                    r"由圆外一点 $P(4,3)$ 向圆 $x^2+y^2=4$ 引切线。", r"圆 $x^2+y^2=4$ 外一点 $P(4,3)$，求切线长。"):
        assert asks(through), through
    for other in (r"Find the length of the tangent, subtangent and normal of $y=x^2$ at $(1,1)$.",  # a curve's, at a point
                  r"The tangent line approximation from $x=1$ to $x=1.1$.",
                  r"Starting from $x_0 = 1$, the tangent line at $x_0$ meets the $x$-axis."):
        assert not asks(other), other
