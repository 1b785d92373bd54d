"""point_line_plane: a point, a line and a plane given by the block's numbers, and the question it asks of them: the foot
of the perpendicular from P to ax + by + cz = d (the normal line P + t n meeting the plane), the distance |PF|, the
reflection; a line (symmetric, parametric or vector form) piercing the plane, the angle between them, or parallel to it;
the angle between two planes. Exact values; a false stated value is crossed out on screen beside the true one. A sphere,
a solid, three planes, a symbolic plane or a block asking nothing are left to others."""

from __future__ import annotations

import pytest
import sympy as sp

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.space import lines, planes, read_relation, results

from drafts import draft as _draft, said as _said


CLAIMED = [  # (block, what the narration must give)
    (r"Find the foot of the perpendicular from $P(5, 1, 6)$ to the plane $2x - y + 2z = 3$, and the distance from $P$ to "
     r"the plane.", ["t = -2", "F = \\left(1, 3, 2\\right)", "= 6$"]),
    (r"求点 $P(1,2,3)$ 到平面 $2x - y + 2z - 3 = 0$ 的距离，距离为 $1$。", ["= 1$", "一致"]),
    (r"Find the distance from the point $(1, -2, 4)$ to the plane $3x + 2y + 6z = 5$.", ["\\frac{18}{7}"]),
    (r"求点 $A(2, 1, 1)$ 在平面 $x + y + z = 1$ 上的垂足，以及点 $A$ 关于该平面的对称点。",
     ["F = \\left(1, 0, 0\\right)", "A' = \\left(0, -1, -1\\right)"]),
    (r"Find the reflection of the point $Q(3, 3, 3)$ in the plane $x + y + z = 3$.", ["Q' = \\left(-1, -1, -1\\right)"]),
    (r"Déterminer le projeté orthogonal du point $A(1, 2, -1)$ sur le plan $P: x - 2y + 2z = 3$.", ["\\frac{17}{9}", "t = \\frac{8}{9}"]),
    (r"Find the point where the line $\frac{x-1}{2} = \frac{y+1}{-1} = \frac{z}{3}$ meets the plane $x + y + z = 6$.",
     ["t = \\frac{3}{2}", "X = \\left(4, - \\frac{5}{2}, \\frac{9}{2}\\right)"]),
    (r"求直线 $\begin{cases} x = 1 + t \\ y = 2 - t \\ z = 3t \end{cases}$ 与平面 $2x + y - z = 1$ 的交点。",
     ["t = \\frac{3}{2}", "X = \\left(\\frac{5}{2}, \\frac{1}{2}, \\frac{9}{2}\\right)"]),
    (r"Find the angle between the line $\mathbf r = (0, 0, 1) + \lambda(1, 0, 1)$ and the plane $z = 0$.",
     ["\\frac{\\sqrt{2}}{2}", "45^\\circ", "\\lambda = -1"]),
    (r"求直线 $x = 1 + t,\ y = t,\ z = t$ 与平面 $z = 0$ 所成角的正弦值。", ["\\frac{\\sqrt{3}}{3}"]),
    (r"求平面 $x + y = 1$ 与平面 $y + z = 2$ 的夹角。", ["\\frac{1}{2}", "60^\\circ"]),
    (r"直线 $x = 1 + 2t,\ y = t,\ z = 3$ 与平面 $z = 0$ 平行吗？", ["不会穿过平面", "不在平面内"]),
]


@pytest.mark.parametrize("concept, numbers", CLAIMED)
def test_the_question_is_drawn_from_the_blocks_objects(concept, numbers):
    draft = _draft(concept)
    assert draft.kind == "point_line_plane", draft.reasoning
    said = _said(draft)
    for n in numbers:
        assert n in said, (n, said)
    assert "is false" not in said and "不成立" not in said


FALSE = [  # (block, the stated value, the true one): crossed out on screen, said false
    (r"Find the foot of the perpendicular from $P(5, 1, 6)$ to the plane $2x - y + 2z = 3$. The foot is $F(1, 3, 1)$.",
     "F = (1, 3, 1)", "F = \\left(1, 3, 2\\right)"),
    (r"求直线 $x = 1 + t,\ y = 2t,\ z = 3 - t$ 与平面 $x + y + 2z = 4$ 所成角的正弦值。解得 $\sin\theta = \frac{1}{2}$。",
     "\\sin\\theta = \\frac{1}{2}", "\\sin\\theta = \\frac{1}{6}"),
    (r"求点 $P(1,2,3)$ 到平面 $2x - y + 2z - 3 = 0$ 的距离，距离为 $\frac{4}{3}$。", "\\frac{4}{3}", "d = 1"),
    (r"The line $x = 1 + 2t$, $y = -t$, $z = 3t$ meets the plane $x + y + z = 7$ at $t = 2$.", "t = 2", "t = \\frac{3}{2}"),
]


@pytest.mark.parametrize("concept, stated, truth", FALSE)
def test_a_false_stated_value_is_crossed_out_beside_the_true_one(concept, stated, truth):
    draft = _draft(concept)
    assert draft.kind == "point_line_plane", draft.reasoning
    said = _said(draft)
    assert ("is false" in said or "不成立" in said) and stated in said and truth in said
    assert "Cross(" in draft.code and truth in draft.code.replace("\\\\", "\\")


REFUSED = [  # not this family's question, or objects it does not have
    r"Find the distance from the centre of the sphere $x^2 + y^2 + z^2 = 4$ to the plane $x + y + z = 3$.",
    r"The distance from $P(x_0, y_0, z_0)$ to the plane $ax + by + cz = d$ is $\frac{|ax_0 + by_0 + cz_0 - d|}{\sqrt{a^2 + b^2 + c^2}}$.",
    r"Find the point where the planes $x + y + z = 6$, $x - y = 0$ and $z = 2$ meet.",
    r"The plane $2x - y + 2z = 3$ and the point $P(5, 1, 6)$.",
    r"正方体 $ABCD-A_1B_1C_1D_1$ 中，求直线 $x = t, y = t, z = t$ 与平面 $z = 0$ 所成的角。",
    r"求点 $P(1, 1, 1)$ 到平面 $x + y + z = 3$ 的距离。",  # P lies on the plane: no perpendicular
    r"The line $x = 1 + t,\ y = 2 - t,\ z = 3$ is parallel to the plane $x + y + z = 1$; find the distance between them.",
    r"求平面 $x + y = 1$ 与 $y + z = 2$ 的交线方程及两平面的夹角。",  # the line of intersection too: not drawn
    r"The points $A(1,0,0)$, $B(0,2,0)$, $C(0,0,3)$ and $Q(2,2,2)$ are given. Find the distance from $Q$ to the plane $ABC$.",
]


@pytest.mark.parametrize("concept", REFUSED)
def test_other_questions_are_left_to_others(concept):
    assert read_relation(extract(concept)) is None
    assert _draft(concept).kind != "point_line_plane"


def test_the_readers_take_the_three_forms_of_a_line_and_a_named_plane():
    info = extract(r"$\pi: 2x - y + 2z = 3$, $\frac{x-1}{2} = \frac{y+1}{-1} = \frac{z}{3}$, "
                   r"$\vec r = \begin{pmatrix}1\\0\\2\end{pmatrix} + \mu\begin{pmatrix}1\\1\\-1\end{pmatrix}$")
    (p,) = planes(info)
    assert (p.n, p.d) == ((2, -1, 2), 3)
    assert [(l.a, l.b) for l in lines(info)] == [((1, -1, 0), (2, -1, 3)), ((1, 0, 2), (1, 1, -1))]


def test_the_foot_uses_the_authors_own_normal_line():
    # the block writes the normal line with a halved n: its t is the author's, not the t of P + t n
    rel = read_relation(extract(r"The foot of the perpendicular from $P(5, 1, 6)$ to the plane $2x - y + 2z = 3$: the normal "
                                r"line $x = 5 + 4t,\ y = 1 - 2t,\ z = 6 + 4t$ meets it at $t = -1$."))
    assert rel.kind == "foot" and results(rel)["foot"] == (1, 3, 2) and rel.t == -1
    assert all(s.true for s in rel.stated)


def test_the_reflection_on_the_authors_line_goes_as_far_again_from_its_own_start():
    # P is at t = 2 of the author's line, the foot at t = 0: the reflection is at t = -2, P' = 2F - P
    rel = read_relation(extract(r"Find the reflection of $P(5, 1, 6)$ in the plane $2x - y + 2z = 3$ using the normal line "
                                r"$x = 1 + 2t,\ y = 3 - t,\ z = 2 + 2t$."))
    assert (rel.t_start, rel.t) == (2, 0) and results(rel)["reflection"] == (-3, 5, -2)


# -- two lines in space (no plane): how they lie, where they meet, their common perpendicular, their angle -------------

LINES = [  # (block, what the narration must give)
    (r"Show that the lines $\mathbf r = (1, 0, 2) + \lambda(1, 1, 0)$ and $\mathbf r = (0, 1, -1) + \mu(2, 0, 1)$ are skew, and find "
     r"the shortest distance between them.",
     ["they are skew", "\\frac{2 \\sqrt{6}}{3}", "F_1 = \\left(\\frac{8}{3}, \\frac{5}{3}, 2\\right)", "\\mu = \\frac{5}{3}"]),
    (r"Find the point where the lines $\frac{x-1}{2} = \frac{y+1}{1} = \frac{z}{-2}$ and $\dfrac{x-3}{1} = \dfrac{y}{-1} = z + 2$ meet.",
     ["\\lambda = 1", "\\mu = 0", "S = \\left(3, 0, -2\\right)"]),
    (r"求异面直线 $l_1: x = 1 + t,\ y = 2t,\ z = -1$ 与 $l_2: x = 2s,\ y = 1 + s,\ z = 3 - s$ 之间的距离。",
     ["异面直线", "\\frac{9 \\sqrt{14}}{14}", "t = \\frac{13}{7}"]),
    (r"Gegeben sind die Geraden $g: \vec x = \begin{pmatrix}1\\2\\0\end{pmatrix} + r\begin{pmatrix}1\\0\\1\end{pmatrix}$ und "
     r"$h: \vec x = \begin{pmatrix}0\\1\\3\end{pmatrix} + s \cdot \begin{pmatrix}0\\1\\-1\end{pmatrix}$. Zeigen Sie, dass $g$ und $h$ "
     r"windschief sind, und berechnen Sie ihren Abstand.", ["\\sqrt{3}", "r = 0", "s = 2"]),
    (r"Find the distance between the parallel lines $\mathbf r = (1, 0, 0) + t(1, 2, 2)$ and $\mathbf r = (0, 3, 1) + s(2, 4, 4)$.",
     ["parallel and distinct", "\\frac{5 \\sqrt{2}}{3}"]),
    (r"求两直线 $x = t,\ y = 1 + t,\ z = 0$ 与 $x = 1,\ y = s,\ z = s$ 的夹角。", ["\\frac{1}{2}", "60^\\circ"]),
]


@pytest.mark.parametrize("concept, numbers", LINES)
def test_two_lines_are_compared_from_their_own_equations(concept, numbers):
    draft = _draft(concept)
    assert draft.kind == "point_line_plane", draft.reasoning
    said = _said(draft)
    for n in numbers:
        assert n in said, (n, said)
    assert "is false" not in said and "不成立" not in said


LINES_FALSE = [  # (block, the stated claim, the truth in the narration)
    (r"Find the angle between the skew lines $\mathbf r = (1, 0, 0) + t(1, 1, 0)$ and $\mathbf r = (0, 3, 1) + s(0, 1, 1)$. "
     r"Their distance is $2$.", "d = 2", "d = \\sqrt{3}"),
    (r"The lines $L_1: \mathbf r(t) = \langle 1, 0, 2\rangle + t\langle 1, 1, 0\rangle$ and $L_2: \mathbf r(s) = \langle 3, 2, 2\rangle + "
     r"s\langle 0, 1, 1\rangle$ are skew. Find the distance between them.", "the lines are skew", "the lines meet"),
]


@pytest.mark.parametrize("concept, stated, truth", LINES_FALSE)
def test_a_false_claim_about_two_lines_is_called_false(concept, stated, truth):
    draft = _draft(concept)
    assert draft.kind == "point_line_plane", draft.reasoning
    said = _said(draft)
    assert "is false" in said and stated in said and truth in said
    assert "Cross(" in draft.code


LINES_REFUSED = [
    # two bodies meeting at one time, not two lines meeting
    r"Two particles move along $\mathbf r = (1, 0, 2) + t(1, 1, 0)$ and $\mathbf r = (0, 1, -1) + t(2, 0, 1)$. Do they collide?",
    # a plane through both lines: another question
    r"Find the plane containing the lines $\mathbf r = (1, 0, 0) + t(1, 1, 0)$ and $\mathbf r = (1, 0, 0) + s(0, 1, 1)$.",
    # two lines and no question about them
    r"Write the lines $\mathbf r = (1, 0, 0) + t(1, 1, 0)$ and $\mathbf r = (0, 3, 1) + s(0, 1, 1)$ in parametric form.",
]


@pytest.mark.parametrize("concept", LINES_REFUSED)
def test_two_lines_in_another_question_are_left_to_others(concept):
    assert read_relation(extract(concept)) is None
    assert _draft(concept).kind != "point_line_plane"


def test_the_four_positions_of_two_lines_are_exact():
    from mkdocs_manimgen.generate.offline.space import Line3, line_pair

    a = Line3((1, 0, 2), (1, 1, 0), "")
    meet, skew = line_pair(a, Line3((3, 2, 2), (0, 1, 1), "")), line_pair(a, Line3((0, 1, -1), (2, 0, 1), ""))
    assert meet["position"] == "intersect" and meet["intersection"] == (3, 2, 2) and (meet["t"], meet["t2"]) == (2, 0)
    assert skew["position"] == "skew" and skew["foot2"][2] - skew["foot1"][2] == -sp.Rational(4, 3)
    assert line_pair(a, Line3((0, 0, 0), (2, 2, 0), ""))["position"] == "parallel"
    assert line_pair(a, Line3((3, 2, 2), (-1, -1, 0), ""))["position"] == "identical"


def test_a_zero_denominator_of_the_symmetric_form_is_not_read_as_a_point():
    # (z - 2)/0 fixes z = 2; read as a quotient it gave z = nan
    assert lines(extract(r"$\frac{x-1}{1} = \frac{y-1}{2} = \frac{z-2}{0}$")) == []
