"""The linear_program family: a linear program in two variables solved graphically (A-level Decision Maths,
高考 线性规划, Hillier & Lieberman's Wyndor Glass, Taha's Reddy Mikks, a diet and a transport problem).
Everything is exact; an empty region, an unbounded objective and an optimal edge are said as such; a false
stated optimum, three variables, a nonlinear objective or constraint, integer programming, a simplex
tableau and free letters are left to other families or the walkthrough."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.programs import read_program
from mkdocs_manimgen.generate.offline.verify import asked

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


def _opt(program, sense):
    return next(o for o in program.optima if o.sense == sense)


SOLVED = [  # (block, sense, optimum value (None: unbounded), optimal corners, corners, words the narration says)
    # Hillier & Lieberman, Introduction to Operations Research, 3.1 (Wyndor Glass)
    (r"Wyndor Glass: maximise $Z = 3x_1 + 5x_2$ subject to $x_1 \le 4$, $2x_2 \le 12$, $3x_1 + 2x_2 \le 18$, $x_1 \ge 0$, $x_2 \ge 0$.",
     "max", F(36), [(2, 6)], [(0, 0), (4, 0), (4, 3), (2, 6), (0, 6)], ["Z_{\\max} = 36", "\\left(2, 6\\right)"]),
    # Taha, Operations Research, 2.2 (Reddy Mikks), with the optimum stated (true)
    (r"A paint company: maximize $z = 5x + 4y$ subject to $$6x + 4y \le 24,\quad x + 2y \le 6,\quad -x + y \le 1,\quad y \le 2,\quad x, y \ge 0.$$ "
     r"The maximum profit is $z = 21$.",
     "max", F(21), [(3, F(3, 2))], [(0, 0), (4, 0), (3, F(3, 2)), (2, 2), (1, 2), (0, 1)], ["\\frac{3}{2}", "z_{\\max} = 21"]),
    # A-level Decision Maths style, \leqslant, an aligned list
    (r"Use a graphical method to solve the linear programming problem. Maximise $P = 2x + 3y$ subject to "
     r"$$\begin{aligned} x + y &\leqslant 8 \\ x + 3y &\leqslant 18 \\ x &\geqslant 0,\ y \geqslant 0 \end{aligned}$$",
     "max", F(21), [(3, 5)], [(0, 0), (8, 0), (3, 5), (0, 6)], ["P_{\\max} = 21"]),
    # a diet problem: minimise cost, >= constraints, an unbounded region with a minimum
    (r"A diet needs at least 8 units of protein and 12 units of carbohydrate. Minimise the cost $C = 2x + 3y$ subject to "
     r"$x + 2y \ge 8$, $3x + 2y \ge 12$, $x \ge 0$, $y \ge 0$.",
     "min", F(13), [(2, 3)], [(8, 0), (2, 3), (0, 6)], ["C_{\\min} = 13", "runs on without end"]),
    # a transport problem in two unknowns, an objective with a constant
    (r"Two depots supply a town. Minimise the transport cost $C = 10x + 12y + 300$ subject to $x + y \ge 20$, $x \le 15$, $y \le 18$, $x \ge 0$, $y \ge 0$.",
     "min", F(510), [(15, 5)], [(15, 5), (15, 18), (2, 18)], ["C_{\\min} = 510"]),
    # 高考 2017 全国 I 卷 文科
    (r"设 $x, y$ 满足约束条件 $\begin{cases} x + 3y \le 3 \\ x - y \ge 1 \\ y \ge 0 \end{cases}$，则 $z = x + y$ 的最大值为______。",
     "max", F(3), [(3, 0)], [(1, 0), (3, 0), (F(3, 2), F(1, 2))], ["最大值", "z_{\\max} = 3"]),
    # 高考 2018 全国 I 卷 理科 (the value stated, true)
    (r"若 $x, y$ 满足约束条件 $\left\{\begin{array}{l} x - 2y - 2 \le 0 \\ x - y + 1 \ge 0 \\ y \le 0 \end{array}\right.$，则 $z = 3x + 2y$ 的最大值为 $6$。",
     "max", F(6), [(2, 0)], [(-4, -3), (2, 0), (-1, 0)], ["z_{\\max} = 6"]),
    # 高考 style, the optimal point stated as x = 1, y = 0 (true) and a relation between the two unknowns
    (r"设 $x, y$ 满足约束条件 $\begin{cases} y \ge 0 \\ x \ge y \\ x + y \le 1 \end{cases}$，则当 $x = 1$，$y = 0$ 时，"
     r"目标函数 $z = 2x + y$ 取得最大值 $2$。",
     "max", F(2), [(1, 0)], [(0, 0), (1, 0), (F(1, 2), F(1, 2))], ["z_{\\max} = 2"]),
    (r"若 $x, y$ 满足约束条件 $\begin{cases} y \le x \\ x + y \le -1 \\ y \ge -1 \end{cases}$，则 $z = 2x + y$ 的最大值是 $-1$。",
     "max", F(-1), [(0, -1)], [(-1, -1), (0, -1), (F(-1, 2), F(-1, 2))], ["z_{\\max} = -1"]),
    # 高考 2017 全国 II 卷: a minimum
    (r"设 $x, y$ 满足约束条件 $\begin{cases} 2x + 3y - 3 \le 0 \\ 2x - 3y + 3 \ge 0 \\ y + 3 \ge 0 \end{cases}$，则 $z = 2x + y$ 的最小值是（ ）",
     "min", F(-15), [(-6, -3)], [(-6, -3), (6, -3), (0, 1)], ["最小值", "-15"]),
    # an optimum along a whole edge
    (r"Maximize $z = 2x + 2y$ subject to $x + y \le 4$, $x \le 3$, $y \le 3$, $x \ge 0$, $y \ge 0$.",
     "max", F(8), [(3, 1), (1, 3)], [(0, 0), (3, 0), (3, 1), (1, 3), (0, 3)], ["every point of the edge"]),
    # an equality constraint: the region is a segment
    (r"Maximise $z = 3x + y$ subject to $x + y = 4$, $x \le 3$, $x \ge 0$, $y \ge 0$.",
     "max", F(10), [(3, 1)], [(0, 4), (3, 1)], ["z_{\\max} = 10"]),
    # unbounded in the direction of improvement: no maximum
    (r"Maximize $z = x + y$ subject to $x - y \le 1$, $x + 2y \ge 2$, $x \ge 0$, $y \ge 0$.",
     "max", None, [], [(0, 1), (F(4, 3), F(1, 3))], ["no maximum"]),
    # the objective unnamed, non-negativity in words, fractions
    (r"Maximise $x + 4y$ subject to $3x + 2y \le 12$ and $x + 4y \le 8$, where $x$ and $y$ are non-negative.",
     "max", F(8), [(0, 2), (F(16, 5), F(6, 5))], [(0, 0), (4, 0), (F(16, 5), F(6, 5)), (0, 2)], ["every point of the edge"]),
    # 求最小值，分数顶点
    (r"已知实数 $x, y$ 满足 $\begin{cases} x + 2y \ge 4 \\ 3x + y \ge 6 \\ x \le 4 \\ y \le 4 \end{cases}$，求目标函数 $z = x + y$ 的最小值。",
     "min", F(14, 5), [(F(8, 5), F(6, 5))], None, ["\\frac{14}{5}"]),
]


@pytest.mark.parametrize("concept, sense, value, best, corners, words", SOLVED)
def test_the_program_is_solved_exactly_and_drawn(concept, sense, value, best, corners, words):
    program = read_program(extract(concept))
    assert program is not None and program.feasible
    if corners is not None:
        assert set(program.vertices) == {(F(a), F(b)) for a, b in corners}
    opt = _opt(program, sense)
    assert opt.value == value
    assert set(opt.points) == {(F(a), F(b)) for a, b in best}
    draft = _draft(concept)
    assert draft.kind == "linear_program", draft.reasoning
    text = _said(draft) + draft.code
    for word in words:
        assert word in text, word
    assert "clip_line(" in draft.code and "Transform(region, region1)" in draft.code  # the constraints, one by one
    if value is not None:
        assert "marks = VGroup(SurroundingRectangle(table[" in draft.code  # the optimal corner in the table
    assert any(q.name == "a linear program's optimum" or q.name == "an extremum" for q in asked(extract(concept)))


def test_both_optima_and_the_region_only():
    concept = r"若 $x, y$ 满足 $\begin{cases} x \ge 1 \\ y \ge 1 \\ x + y \le 4 \end{cases}$，求 $z = x - 2y$ 的最大值和最小值。"
    program = read_program(extract(concept))
    assert program.senses == ("max", "min")
    assert _opt(program, "max").value == 1 and _opt(program, "max").points == ((F(3), F(1)),)
    assert _opt(program, "min").value == -5 and _opt(program, "min").points == ((F(1), F(3)),)
    draft = _draft(concept)
    assert draft.kind == "linear_program" and "z_{\\max} = 1" in draft.code and "z_{\\min} = -5" in draft.code
    region = r"画出不等式组 $\begin{cases} x - y + 5 \ge 0 \\ x + y \ge 0 \\ x \le 3 \end{cases}$ 表示的平面区域。"
    program = read_program(extract(region))
    assert program.objective is None and set(program.vertices) == {(F(-5, 2), F(5, 2)), (F(3), F(-3)), (F(3), F(8))}
    draft = _draft(region)
    assert draft.kind == "linear_program" and "level0" not in draft.code and "可行域" in draft.code
    shade = r"Shade the feasible region defined by $x + y \le 6$, $2x + y \ge 4$, $x \ge 0$, $y \ge 0$ and label its vertices."
    draft = _draft(shade)
    assert draft.kind == "linear_program" and "Feasible region: 4 corners" in draft.code


def test_an_empty_region_is_said_to_be_infeasible():
    concept = r"Maximise $P = x + y$ subject to $x + y \le 2$, $2x + y \ge 6$, $y \ge 0$, $x \le 2.5$."
    program = read_program(extract(concept))
    assert program is not None and not program.feasible and program.vertices == ()
    draft = _draft(concept)
    assert draft.kind == "linear_program" and "infeasible" in _said(draft) and "Feasible region: empty" in draft.code
    assert "level0" not in draft.code  # no objective line over an empty region


REFUSED = [  # (block, the family it must go to instead, or None for "not linear_program")
    (r"Solve the system $x + y = 5$, $x - y = 1$.", "linear_system"),
    (r"Graph the inequality $2x + 3y \le 6$.", None),  # one inequality: no region of corners
    (r"Maximise $P = 2x + 3y + 4z$ subject to $x + y + z \le 10$, $2x + y \le 8$, $x, y, z \ge 0$.", None),  # three variables
    (r"设 $x, y$ 满足约束条件 $\begin{cases} x + y \le 4 \\ x \ge 1 \\ y \ge 0 \end{cases}$，则 $z = x^2 + y^2$ 的最大值为______。", None),  # nonlinear objective
    (r"设 $x, y$ 满足 $\begin{cases} x - y + 1 \ge 0 \\ x + y - 3 \le 0 \\ x \ge 1 \end{cases}$，则 $z = \frac{y}{x}$ 的最小值为", None),
    (r"Maximize $z = x + y$ subject to $x^2 + y^2 \le 4$, $x \ge 0$, $y \ge 0$.", None),  # a nonlinear constraint
    (r"某工厂生产甲、乙两种产品，$x, y$ 为整数，满足 $\begin{cases} 2x + y \le 9 \\ x + 3y \le 12 \\ x \ge 0 \\ y \ge 0 \end{cases}$，求 $z = 3x + 2y$ 的最大值。", None),
    (r"Use the simplex algorithm: maximise $P = 3x + 2y$ subject to $x + y \le 4$, $x + 3y \le 6$, $x, y \ge 0$. Write down the initial tableau and choose the pivot.", None),
    (r"Maximise $z = ax + y$ subject to $x + y \le 4$, $x \ge 0$, $y \ge 0$.", None),  # a free coefficient
    (r"Maximise $z = x + y$ subject to $x + y \le k$, $x \ge 0$, $y \ge 0$.", None),  # a free bound
    (r"Maximise $P = 3x + 2y$ subject to $x + y \le 4$, $x + 3y \le 6$, $x \ge 0$, $y \ge 0$. The maximum value of $P$ is $11$.", None),  # it is 12
    (r"若 $x, y$ 满足约束条件 $\begin{cases} x + y - 2 \ge 0 \\ x - y - 2 \le 0 \\ y \le 2 \end{cases}$，则 $z = 2x + y$ 的最大值为 $8$。", None),  # it is 10
    (r"Maximise $P = 3x + 2y$ subject to $x + y \le 4$, $x + 3y \le 6$, $x \ge 0$, $y \ge 0$; the maximum is attained at $(3, 1)$.", None),  # at (4, 0)
    (r"设 $x, y$ 满足约束条件 $\begin{cases} y \ge 0 \\ x \ge y \\ x + y \le 1 \end{cases}$，则当 $x = 0$，$y = 0$ 时，"
     r"目标函数 $z = 2x + y$ 取得最大值。", None),  # the maximum is at (1, 0)
    (r"Maximize $z = x + y$ subject to $x - y < 1$, $x + 2y > 2$, $x > 0$, $y > 0$.", None),  # strict inequalities
    (r"Use Lagrange multipliers to find the maximum of $f(x, y) = xy$ subject to $x + y = 10$.", "lagrange_multiplier"),
    (r"Solve $\begin{cases} 2x + 3y \le 12 \\ x - y \ge 1 \end{cases}$ and find the minimum of $f(x) = x^2 - 4x$ on $[0, 3]$.", None),
]


@pytest.mark.parametrize("concept, family", REFUSED)
def test_look_alikes_are_not_drawn_as_a_linear_program(concept, family):
    draft = _draft(concept)
    assert draft.kind != "linear_program"
    if family is not None:
        assert draft.kind == family, draft.reasoning
    else:
        if any(q.name == "a linear program's optimum" for q in asked(extract(concept))):
            assert draft.kind in WALKTHROUGH, draft.reasoning  # no other family draws a linear program


def test_a_linear_program_is_asked_so_other_families_refuse_it():
    three = r"Maximise $P = 2x + 3y + 4z$ subject to $x + y + z \le 10$, $2x + y \le 8$, $x, y, z \ge 0$."
    names = {q.name for q in asked(extract(three))}
    assert "a linear program's optimum" in names
    assert read_program(extract(three)) is None
    lp = [q for q in asked(extract(r"线性规划：求 $z = x + y$ 的最大值。")) if q.name == "a linear program's optimum"]
    assert lp and lp[0].drawn_by == ("linear_program",)
    # a double integral over a triangle and a single inequality do not ask it
    for block in (r"Evaluate $\iint_D xy\,dA$ where $D$ is $x \ge 0$, $y \ge 0$, $x + y \le 1$.", r"Graph $2x + 3y \le 6$."):
        assert "a linear program's optimum" not in {q.name for q in asked(extract(block))}
