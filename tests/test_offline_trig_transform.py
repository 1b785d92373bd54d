"""trig_transform (高中数学 "函数 y = A sin(ωx + φ) 的图像变换", A-level "transformations of graphs"): the steps applied in
the block's order, each stage's formula, a stated formula checked (an order mistake is said false and the true one drawn),
and the reverse question in the standard order. Look-alikes (free letters, tan, reflections, no number, a matrix,
a plain plot) go elsewhere."""

from __future__ import annotations

import pytest
import sympy as sp

from mkdocs_manimgen.generate.offline.graph_moves import read_plan
from mkdocs_manimgen.generate.offline.latex import extract


x = sp.Symbol("x")
pi = sp.pi


CLAIMED = [  # (block, the final function, the steps' kinds in order)
    (r"把函数 $y=\sin x$ 的图像上所有的点向左平移 $\frac{\pi}{3}$ 个单位长度，再把所得图像上各点的横坐标缩短到原来的 $\frac{1}{2}$ 倍"
     r"（纵坐标不变），最后把所得图像上各点的纵坐标伸长到原来的 3 倍（横坐标不变），得到 $y=3\sin(2x+\frac{\pi}{3})$ 的图像。",
     3 * sp.sin(2 * x + pi / 3), ["left", "hscale", "vscale"]),
    (r"将函数 $y=\sin x$ 的图像向右平移 $\frac{\pi}{6}$ 个单位，得到的图像对应的函数解析式是什么？", sp.sin(x - pi / 6), ["right"]),
    (r"将函数 $y=\cos x$ 的图像上各点的横坐标伸长到原来的 2 倍（纵坐标不变），再向上平移 1 个单位长度，求所得图像的解析式。",
     sp.cos(x / 2) + 1, ["hscale", "up"]),
    (r"要得到函数 $y=\sin(2x-\frac{\pi}{3})$ 的图像，只需将函数 $y=\sin 2x$ 的图像向右平移 $\frac{\pi}{6}$ 个单位长度。",
     sp.sin(2 * x - pi / 3), ["right"]),
    (r"把函数 $y=2\sin(x+\frac{\pi}{4})$ 的图像向下平移 2 个单位，再把所得图像上各点的横坐标缩短为原来的 $\frac{1}{3}$ 倍。",
     2 * sp.sin(3 * x + pi / 4) - 2, ["down", "hscale"]),
    (r"将 y=sin x 的图像向左平移 π/4 个单位，再将各点的纵坐标伸长为原来的2倍，得到什么函数的图像？",
     2 * sp.sin(x + pi / 4), ["left", "vscale"]),
    (r"函数 $y = 3\sin(2x - \frac{\pi}{3})$ 的图像可由 $y=\sin x$ 的图像经过怎样的变换得到？",
     3 * sp.sin(2 * x - pi / 3), ["right", "hscale", "vscale"]),
    (r"将函数 $y=\sin x$ 的图像上所有点的横坐标缩短到原来的 $\frac{1}{2}$ 倍（纵坐标不变），再把所得图像向左平移 $\frac{\pi}{6}$ 个单位长度，"
     r"得到函数 $y=\sin(2x+\frac{\pi}{6})$ 的图像。", sp.sin(2 * x + pi / 3), ["hscale", "left"]),  # the block's order mistake
    (r"The graph of $y = \sin x$ is stretched horizontally by a factor of $\frac{1}{2}$ and then translated $\frac{\pi}{6}$ units "
     r"to the left. Find the equation of the resulting graph.", sp.sin(2 * x + pi / 3), ["hscale", "left"]),
    (r"The curve $y = \cos x$ is shifted up by 1 and then undergoes a vertical stretch, scale factor 3.", 3 * sp.cos(x) + 3, ["up", "vscale"]),
    (r"The curve $y = \sin x$ is transformed by a stretch parallel to the $y$-axis with scale factor 2, followed by a translation of "
     r"$\frac{\pi}{3}$ units to the right. Write down the equation of the new curve.", 2 * sp.sin(x - pi / 3), ["vscale", "right"]),
    (r"Describe a sequence of transformations that maps the graph of $y=\sin x$ onto the graph of $y = 2\sin(3x + \frac{\pi}{4}) - 1$.",
     2 * sp.sin(3 * x + pi / 4) - 1, ["left", "hscale", "vscale", "down"]),
    (r"The graph of $y=\sin x$ is shifted $\frac{\pi}{2}$ units to the left to give $y = \cos x$.", sp.cos(x), ["left"]),
    (r"The graph of $y = \sin x$ is translated $\frac{\pi}{4}$ units to the right, then stretched horizontally by a factor of 2.",
     sp.sin(x / 2 - pi / 4), ["right", "hscale"]),
    (r"将函数 $f(x)=\sin(2x+\frac{\pi}{6})$ 的图像向右平移 $\frac{\pi}{6}$ 个单位长度后得到函数 $g(x)$ 的图像，则 $g(x)=$",
     sp.sin(2 * x - pi / 6), ["right"]),
    (r"把函数 $y=\sin x$ 的图象上所有点向左平行移动 $\frac{\pi}{3}$ 个单位长度，再把所得图象上所有点的横坐标缩短到原来的 $\frac{1}{2}$ 倍"
     r"（纵坐标不变），得到的图象所表示的函数是（ ） A. $y=\sin(2x-\frac{\pi}{3})$ B. $y=\sin(\frac{x}{2}+\frac{\pi}{6})$ "
     r"C. $y=\sin(2x+\frac{\pi}{3})$ D. $y=\sin(2x+\frac{2\pi}{3})$", sp.sin(2 * x + pi / 3), ["left", "hscale"]),
    (r"The curve $y = \sin x$ is mapped onto $y = \sin 2x$ by a stretch, scale factor $\frac{1}{2}$, parallel to the $x$-axis, "
     r"followed by a translation of 1 unit up.", sp.sin(2 * x) + 1, ["hscale", "up"]),  # the stated image is false
]


def _equal(a, b) -> bool:
    return all(abs(float((a - b).subs(x, v))) < 1e-9 for v in (0.3, 1.1, 2.7, -0.9))


@pytest.mark.parametrize("concept, final, kinds", CLAIMED)
def test_the_steps_in_the_blocks_order(concept, final, kinds):
    plan = read_plan(extract(concept))
    assert plan is not None
    assert [s.kind for s in plan.steps] == kinds
    assert _equal(plan.final.expr(), final)
    draft = _draft(concept)
    assert draft.kind == "trig_transform", draft.reasoning
    assert f"y = {plan.final.tex()}" in draft.code  # the final formula is written
    assert draft.code.count("new_graph = axes.plot") == len(kinds)  # one morph a step


def test_enough_chinese_blocks():
    assert sum(1 for c, *_ in CLAIMED if any("\u4e00" <= ch <= "\u9fff" for ch in c)) >= 7


def test_an_order_mistake_is_said_false_and_the_true_graph_drawn():
    concept = CLAIMED[7][0]
    draft = _draft(concept)
    said = _said(draft)
    assert r"题中给出 $y = \sin(2x+\frac{\pi}{6})$" in said
    assert r"\sin\left(2x + \frac{\pi}{3}\right)" in said
    assert "np.sin(2.0 * x + 1.0471975512)" in draft.code  # sin(2x + π/3) drawn, not sin(2x + π/6)
    assert "np.sin(2.0 * x + 0.5235987756)" not in draft.code


def test_a_true_stated_formula_is_confirmed():
    said = _said(_draft(CLAIMED[0][0]))
    assert "与题中一致" in said and "题中给出" not in said


def test_the_reverse_question_says_its_order():
    draft = _draft(CLAIMED[6][0])
    said = _said(draft)
    assert "常用顺序" in said and "向右平移 $\\frac{\\pi}{3}$" in said
    en = _said(_draft(CLAIMED[11][0]))
    assert "standard order" in en and "shift left by $\\frac{\\pi}{4}$" in en


def test_shift_after_shrink_shows_the_substitution():
    said = _said(_draft(CLAIMED[8][0]))
    assert r"2\left(x + \frac{\pi}{6}\right)" in said
    said = _said(_draft(CLAIMED[14][0]))  # x -> x - π/6 in sin(2x + π/6), as written, then simplified
    assert r"\sin\left(2\left(x - \frac{\pi}{6}\right) + \frac{\pi}{6}\right) = \sin\left(2x - \frac{\pi}{6}\right)" in said


def test_answer_choices_are_no_claim_and_the_right_one_is_named():
    said = _said(_draft(CLAIMED[15][0]))
    assert "题中给出" not in said and r"即选项 $y = \sin(2x+\frac{\pi}{3})$" in said


def test_a_false_image_in_english_is_said_false():
    said = _said(_draft(CLAIMED[16][0]))
    assert r"The block says $y =  \sin 2x$; the steps give $y = \sin 2x + 1$" in said


LOOK_ALIKES = [
    r"Plot $y = 2\sin x$.",  # a plain plot: function_plot's
    r"将 $y=\sin x$ 的图像向右平移 $\varphi$ 个单位得到 $y=\cos x$，求 $\varphi$ 的最小正值。",  # a free letter
    r"将函数 $y = x^2$ 的图像向右平移 2 个单位，得到的抛物线的解析式。",  # not a trig start
    r"把函数 $y=\tan x$ 的图像向左平移 $\frac{\pi}{4}$ 个单位。",  # tan: not drawn
    r"The graph of $y=\sin x$ is reflected in the $x$-axis and then shifted up by 1.",  # a reflection: not read
    r"将函数 $y=\sin x$ 的图像向左平移若干个单位，使它与 $y=\cos x$ 的图像重合。",  # no number
    r"The matrix $A = \begin{pmatrix}2&0\\0&1\end{pmatrix}$ stretches the plane horizontally by a factor of 2.",  # a matrix map
    r"The amplitude of $y = 3\sin 2x$ is 3 and its period is $\pi$.",  # no step asked
    r"目标函数 $z = x + y$，约束 $x \ge 0$，$y \ge 0$，$x + y \le 4$，平移直线 $x + y = 0$ 求 $z$ 的最大值。",  # a linear program
    r"The graph of $y = \sin x$ is compressed horizontally by a factor of $\frac{1}{2}$.",  # reads both ways
]


@pytest.mark.parametrize("concept", LOOK_ALIKES)
def test_look_alikes_are_refused(concept):
    assert read_plan(extract(concept)) is None
    assert _draft(concept).kind != "trig_transform"


def test_a_plain_plot_stays_with_function_plot():
    assert _draft(LOOK_ALIKES[0]).kind == "function_plot"


def test_other_families_do_not_draw_a_readable_transformation():
    from mkdocs_manimgen.generate.offline.verify import asked

    for concept, *_ in CLAIMED:
        assert any(q.name == "a graph transformation" for q in asked(extract(concept))), concept


def test_a_request_that_names_the_steps_is_no_unread_step():
    # the eighth set's kind: "请用动画依次展示“伸缩”和“平移”两步" after the steps made the reader refuse the block
    from mkdocs_manimgen.generate.offline.designer import generate_draft
    from mkdocs_manimgen.model import BlockSpec

    concept = (r"把函数 $y=\cos x$ 的图像向右平移 $\dfrac{\pi}{3}$ 个单位，再把横坐标伸长为原来的 $2$ 倍（纵坐标不变）。"
               r"请用动画分别展示“平移”和“伸缩”，并标出关键点。")
    assert generate_draft(BlockSpec(page="p.md", line=1, concept=concept)).kind == "trig_transform"
    loose = r"Show the graph of $y = \sin x$ being stretched and shifted."  # steps without numbers: still refused
    assert generate_draft(BlockSpec(page="p.md", line=1, concept=loose)).kind != "trig_transform"


# -- both orders: shift then stretch, stretch then shift ----------------------------------------------------------

from mkdocs_manimgen.generate.offline.graph_moves import read_orders  # noqa: E402
from drafts import draft as _draft, said as _said

BOTH = [  # (block, |φ| (the shift first), |φ|/ω (the stretch first), direction)
    (r"以 $y=3\sin\left(2x-\frac{\pi}{3}\right)$ 为例，分别演示两种变换顺序：先平移后伸缩，先伸缩后平移，并说明平移量为何不同。",
     pi / 3, pi / 6, "right"),
    (r"Show both routes from $y=\sin x$ to $y=\sin(2x+\pi/2)$: shift then compress, and compress then shift.", pi / 2, pi / 4, "left"),
    (r"函数 $y=A\sin(\omega x+\varphi)$ 的图像可由 $y=\sin x$ 的图像变换得到。以 $y=2\sin\left(3x+\dfrac{\pi}{2}\right)$ 为例，"
     r"用两种不同的变换顺序画出它的图像。", pi / 2, pi / 6, "left"),
    (r"For $y = \cos(\tfrac{1}{2}x - \frac{\pi}{4})$, compare the two orders of the transformations from $y = \cos x$: "
     r"translate first, then stretch; stretch first, then translate.", pi / 4, pi / 2, "right"),
]


@pytest.mark.parametrize("concept, first, second, side", BOTH)
def test_both_orders_are_drawn_side_by_side(concept, first, second, side):
    orders = read_orders(extract(concept))
    assert orders is not None and read_plan(extract(concept)) is None
    assert [(s.kind, s.value) for s in orders.routes[0].steps[:2]][0] == (side, first)
    assert [(s.kind, s.value) for s in orders.routes[1].steps[:2]][1] == (side, second)
    for route in orders.routes:  # both end on the block's curve
        assert _equal(route.final.expr(), orders.target.expr())
    draft = _draft(concept)
    assert draft.kind == "trig_transform", draft.reasoning
    assert "graph0 = axes0.plot" in draft.code and "graph1 = axes1.plot" in draft.code
    said = _said(draft)
    assert sp.latex(first) in said and sp.latex(second) in said and r"\frac{|\varphi|}{\omega}" in said
    assert "false" not in said and "不成立" not in said


def test_enough_both_order_blocks_in_chinese():
    assert sum(1 for c, *_ in BOTH if any("\u4e00" <= ch <= "\u9fff" for ch in c)) >= 2


@pytest.mark.parametrize("concept, route, wrong, right", [
    (r"以 $y=\sin\left(2x+\dfrac{\pi}{3}\right)$ 为例，比较两种变换顺序：先向左平移 $\dfrac{\pi}{3}$ 个单位，再把横坐标缩短为原来的 "
     r"$\dfrac{1}{2}$；先把横坐标缩短为原来的 $\dfrac{1}{2}$，再向左平移 $\dfrac{\pi}{3}$ 个单位。", 1, pi / 3, pi / 6),
    (r"For $y = \sin(2x + \frac{\pi}{3})$, compare the two orders: shift left by $\frac{\pi}{6}$ then stretch horizontally by a "
     r"factor of $\frac{1}{2}$; or stretch horizontally by a factor of $\frac{1}{2}$ then shift left by $\frac{\pi}{6}$.", 0, pi / 6, pi / 3),
    (r"用两种顺序把 $y=\cos x$ 变成 $y=\cos(3x-\pi)$：先平移后伸缩，先伸缩后平移，平移量分别为 $\pi$ 和 $\pi$。", 1, pi, pi / 3),
])
def test_a_wrong_shift_in_either_route_is_said_false(concept, route, wrong, right):
    orders = read_orders(extract(concept))
    [bad] = orders.false_stated
    assert (bad.route, bad.step.value, bad.truth.value) == (route, wrong, right)
    said = _said(_draft(concept))
    assert ("不成立" in said or "That is false" in said) and sp.latex(right) in said


def test_true_stated_shifts_in_both_routes_stand():
    concept = (r"由 $y=\sin x$ 得到 $y=\sin(2x-\frac{\pi}{3})$：先平移后伸缩时向右平移 $\frac{\pi}{3}$，先伸缩后平移时向右平移 "
               r"$\frac{\pi}{6}$。请演示这两种顺序。")
    orders = read_orders(extract(concept))
    assert [(s.route, s.true) for s in orders.stated] == [(0, True), (1, True)]
    concept = (r"Show both routes from $y=\sin x$ to $y=\sin(2x+\pi/2)$: shift left by $\pi/2$ then compress by a factor of 2, "
               r"and compress by a factor of 2 then shift left by $\pi/4$.")  # no separator: a step's kind repeating starts route 2
    assert not read_orders(extract(concept)).false_stated


@pytest.mark.parametrize("concept, target", [
    (r"把 $y=\sin x$ 的图像向左平移 $\frac{\pi}{3}$ 个单位，再把横坐标缩短为原来的 $\frac{1}{2}$。若交换这两步的顺序，结果相同吗？",
     sp.sin(2 * x + pi / 3)),
    (r"The graph of $y=\sin x$ is translated $\frac{\pi}{4}$ units to the right, then stretched horizontally by a factor of 2. "
     r"Does the order of the two steps matter?", sp.sin(x / 2 - pi / 4)),
])
def test_a_swapped_order_asked_of_stated_steps_draws_both_routes(concept, target):
    # no curve written: the routes end where the stated steps do
    orders = read_orders(extract(concept))
    assert orders is not None and _equal(orders.target.expr(), target) and not orders.false_stated
    assert _draft(concept).kind == "trig_transform"


@pytest.mark.parametrize("concept", [
    r"函数 $y=A\sin(\omega x+\varphi)$ 的图像有两种变换顺序：先平移后伸缩，先伸缩后平移。",  # no concrete example
    r"以 $y=\tan(2x-\frac{\pi}{3})$ 为例，分别演示两种变换顺序：先平移后伸缩，先伸缩后平移。",  # tan
    r"Does the order matter? Show both orders from $y=\sin x$ to $y=\sin(2x)$.",  # nothing to shift
    r"Show both routes from $y=\sin x$ to $y=-\sin(2x+\pi/2)$: shift then compress, and compress then shift.",  # a reflection
])
def test_both_orders_without_a_drawable_pair_are_refused(concept):
    assert read_orders(extract(concept)) is None and read_plan(extract(concept)) is None
    assert _draft(concept).kind != "trig_transform"
