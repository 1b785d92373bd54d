"""Family titles and study notes (Markdown with $LaTeX$), in English or Chinese."""

from __future__ import annotations

import math
import re

from ...language import LABELS
from ...model import Beat
from .latex import MathInfo, bare_name, fmt, single_line

_TITLES: dict[str, tuple[str, str]] = {
    "equation": ("Reading an Equation", "逐项理解等式"),
    "derivation": ("Step-by-Step Derivation", "逐步推导"),
    "function_plot": ("Graph of a Function", "函数图像"),
    "derivative": ("Derivative: From Secant to Tangent", "导数：从割线到切线"),
    "limit": ("Approaching a Limit", "函数极限"),
    "integral": ("Integral as Area", "定积分与面积"),
    "series": ("Partial Sums of a Series", "级数的部分和"),
    "taylor": ("Taylor Polynomials", "泰勒多项式逼近"),
    "fourier": ("Fourier Series", "傅里叶级数"),
    "pythagorean": ("The Pythagorean Theorem", "勾股定理"),
    "pi_circle": ("Unrolling a Circle: π", "圆周率 π：把圆滚开"),
    "law_of_cosines": ("The Law of Cosines", "余弦定理"),
    "unit_circle": ("Unit Circle and the Sine Wave", "单位圆与正弦曲线"),
    "matrix_transform": ("A Matrix as a Transformation", "矩阵即线性变换"),
    "eigen": ("Eigenvectors Stay on Their Lines", "特征向量：方向不变"),
    "vector_addition": ("Adding Vectors", "向量加法"),
    "complex_multiplication": ("Multiplying Complex Numbers", "复数乘法：旋转与缩放"),
    "euler_formula": ("Euler's Formula", "欧拉公式"),
    "probability_density": ("The Normal Distribution", "正态分布"),
    "surface": ("A Surface z = f(x, y)", "曲面 z = f(x, y)"),
    "space_curve": ("A Curve in Space", "空间曲线"),
    "solid": ("A Solid in 3D", "立体图形"),
    "gradient_descent": ("Gradient Descent", "梯度下降"),
    "polar_curve": ("A Polar Curve", "极坐标曲线"),
    "parametric_curve": ("A Parametric Curve", "参数曲线"),
    "explainer": ("Key Idea", "核心概念"),
}

_WHAT: dict[str, tuple[str, str]] = {
    "equation": ("An equation states that two expressions name the same quantity; reading it term by term shows what each part contributes.",
                 "等式说明两边是同一个量；逐项阅读可以看清每一部分的作用。"),
    "derivation": ("A derivation is a chain of equalities: each line is the previous one rewritten by a single legal step.",
                   "推导是一串等式：每一行都由上一行经过一步合法变形得到。"),
    "function_plot": ("The graph of a function is the set of points $(x, f(x))$; its shape shows where the function grows, falls and crosses zero.",
                      "函数的图像是所有点 $(x, f(x))$ 的集合；从形状可以看出函数在哪里增大、减小、过零。"),
    "derivative": ("The derivative $f'(x)$ is the slope of the tangent line: the limit of secant slopes $\\frac{f(x+h)-f(x)}{h}$ as $h \\to 0$.",
                   "导数 $f'(x)$ 是切线的斜率，即割线斜率 $\\frac{f(x+h)-f(x)}{h}$ 在 $h \\to 0$ 时的极限。"),
    "limit": ("A limit describes the value $f(x)$ approaches as $x$ gets close to a point, whether or not $f$ is defined there.",
              "极限描述 $x$ 越来越接近某点时 $f(x)$ 趋近的值，与函数在该点是否有定义无关。"),
    "integral": ("A definite integral is the signed area under a curve, the limit of Riemann sums of thin rectangles.",
                 "定积分是曲线下的有向面积，是细长矩形（黎曼和）面积之和的极限。"),
    "series": ("A series adds infinitely many terms; it converges when its partial sums $S_N$ settle down to a finite value.",
               "级数把无穷多项相加；当部分和 $S_N$ 稳定到一个有限值时，级数收敛。"),
    "taylor": ("A Taylor polynomial matches a function's value and derivatives at one point; higher degrees hug the function over a wider range.",
               "泰勒多项式在一点处与函数的值和各阶导数相同；次数越高，贴合的范围越大。"),
    "fourier": ("A Fourier series writes a periodic function as a sum of sines and cosines; more terms give a closer fit.",
                "傅里叶级数把周期函数写成正弦和余弦之和；项数越多，逼近越好。"),
    "pythagorean": ("In a right triangle the squares on the two legs together have the same area as the square on the hypotenuse.",
                    "直角三角形两条直角边上的正方形面积之和，等于斜边上正方形的面积。"),
    "pi_circle": ("$\\pi$ is the ratio of a circle's circumference to its diameter: a circle of diameter 1 rolls exactly $\\pi$ units in one turn.",
                  "$\\pi$ 是圆的周长与直径之比：直径为 1 的圆滚动一圈，前进的距离正好是 $\\pi$。"),
    "law_of_cosines": ("The law of cosines relates the three sides of any triangle to one angle; it reduces to Pythagoras when the angle is $90^\\circ$.",
                       "余弦定理把任意三角形的三边与一个角联系起来；当角为 $90^\\circ$ 时就是勾股定理。"),
    "unit_circle": ("On the unit circle the point at angle $\\theta$ is $(\\cos\\theta, \\sin\\theta)$; its height traced over time is the sine wave.",
                    "单位圆上角度为 $\\theta$ 的点是 $(\\cos\\theta, \\sin\\theta)$；把它的高度随角度展开就是正弦曲线。"),
    "matrix_transform": ("A $2\\times 2$ matrix moves every point of the plane; its columns are where the basis vectors $\\hat\\imath$ and $\\hat\\jmath$ land.",
                         "$2\\times 2$ 矩阵移动平面上的每个点；它的两列就是基向量 $\\hat\\imath$、$\\hat\\jmath$ 变换后的位置。"),
    "eigen": ("An eigenvector of $A$ is a direction that $A$ only stretches: $A\\mathbf v = \\lambda \\mathbf v$.",
              "矩阵 $A$ 的特征向量是只被拉伸、不改变方向的向量：$A\\mathbf v = \\lambda \\mathbf v$。"),
    "vector_addition": ("Vectors add tip to tail: the sum goes from the start of the first to the end of the second, the diagonal of the parallelogram.",
                        "向量首尾相接相加：和向量从第一个的起点指向第二个的终点，也是平行四边形的对角线。"),
    "complex_multiplication": ("Multiplying by a complex number $w$ rotates by $\\arg w$ and scales by $|w|$.",
                               "乘以复数 $w$，相当于旋转 $\\arg w$ 并缩放 $|w|$ 倍。"),
    "euler_formula": ("Euler's formula $e^{i\\theta} = \\cos\\theta + i\\sin\\theta$ puts $e^{i\\theta}$ on the unit circle at angle $\\theta$.",
                      "欧拉公式 $e^{i\\theta} = \\cos\\theta + i\\sin\\theta$：$e^{i\\theta}$ 是单位圆上角度为 $\\theta$ 的点。"),
    "probability_density": ("A normal density is a bell curve centred at $\\mu$ with spread $\\sigma$; the total area under it is 1.",
                             "正态分布密度是以 $\\mu$ 为中心、宽度由 $\\sigma$ 决定的钟形曲线，曲线下总面积为 1。"),
    "surface": ("A function of two variables $z = f(x, y)$ is a surface above the $xy$-plane: each point $(x, y)$ gets a height.",
                "二元函数 $z = f(x, y)$ 是 $xy$ 平面上方的一张曲面：每个点 $(x, y)$ 对应一个高度。"),
    "space_curve": ("A space curve $\\mathbf r(t) = (x(t), y(t), z(t))$ is the path of a point moving in 3D as $t$ runs.",
                    "空间曲线 $\\mathbf r(t) = (x(t), y(t), z(t))$ 是参数 $t$ 变化时空间中一点走过的路径。"),
    "solid": ("A solid is a region of space; its volume formula follows from stacking thin slices.",
              "立体是空间中的一块区域；它的体积公式可以由叠加薄片得到。"),
    "gradient_descent": ("Gradient descent repeatedly steps against the gradient, $\\mathbf x_{k+1} = \\mathbf x_k - \\eta\\nabla f(\\mathbf x_k)$, walking downhill to a minimum.",
                         "梯度下降每次沿负梯度方向走一步，$\\mathbf x_{k+1} = \\mathbf x_k - \\eta\\nabla f(\\mathbf x_k)$，一路下山走到最小值。"),
    "polar_curve": ("A polar curve $r = f(\\theta)$ gives the distance from the origin for each direction $\\theta$.",
                    "极坐标曲线 $r = f(\\theta)$ 给出每个方向 $\\theta$ 上离原点的距离。"),
    "parametric_curve": ("A parametric curve gives $x$ and $y$ separately as functions of a parameter $t$; the point $(x(t), y(t))$ traces the curve.",
                         "参数曲线把 $x$、$y$ 分别写成参数 $t$ 的函数；点 $(x(t), y(t))$ 随 $t$ 移动画出曲线。"),
    "explainer": ("The formula below is the heart of this idea; the animation writes it and frames its meaning.",
                  "下面的公式是这个概念的核心；动画写出公式并说明它的含义。"),
}


_DISTRIBUTIONS = [(r"exponential|指数分布", "The Exponential Distribution", "指数分布"),
                  (r"uniform|均匀分布", "The Uniform Distribution", "均匀分布"),
                  (r"binomial|二项分布|伯努利", "The Binomial Distribution", "二项分布"),
                  (r"poisson|泊松", "The Poisson Distribution", "泊松分布")]


def _declared(family: str, name: str):
    """A family's own TITLE / WHAT, declared in its template module (see families.py)."""
    from .families import registry

    found = registry().get(family)
    return getattr(found.module, name, None) if found else None


def default_title(family: str, info: MathInfo) -> str:
    specific = _declared(family, "title_for")  # a template whose title depends on the block
    en, zh = ((specific(info) if specific else None) or _declared(family, "TITLE")
              or _TITLES.get(family, _TITLES["explainer"]))
    if family == "probability_density":  # the template draws the distribution the block names
        en, zh = next(((e, z) for p, e, z in _DISTRIBUTIONS if re.search(p, info.prose, re.I)), (en, zh))
    return zh if info.chinese else en


def write_notes(ctx, beats: list[Beat]) -> str:
    zh = ctx.zh
    info: MathInfo = ctx.info
    family = ctx.family
    what_en, what_zh = (ctx.facts.get("what") or _declared(family, "WHAT")  # a template may know better
                        or _WHAT.get(family, _WHAT["explainer"]))
    what = what_zh if zh else what_en
    words = LABELS["zh" if zh else "en"]
    if info.concept.strip():
        what += "\n\n" + words["in_words"] + "\n\n" + _quote(info.concept)
    formulas = [f for f in info.display or info.blocks if not bare_name(f)][:3] or [ctx.facts.get("formula_tex", "")]
    key = "\n\n".join(f"$$\n{_display(f)}\n$$" for f in formulas if f)
    if not key:
        key = "—"
    shows = "\n".join(f"- **{_md(b.title)}** ({b.start:.1f}–{b.end:.1f} s): {b.narration}" for b in beats)
    question, answer = _check(ctx)
    heads = [words[k] for k in ("what_it_is", "key_formula", "what_it_shows", "check", "question", "answer")]
    return (
        f"## {heads[0]}\n\n{what}\n\n"
        f"## {heads[1]}\n\n{key}\n\n"
        f"## {heads[2]}\n\n{shows}\n\n"
        f"## {heads[3]}\n\n**{heads[4]}:** {question}\n\n"
        f"<details><summary>{heads[5]}</summary>\n\n{answer}\n\n</details>\n"
    )


def _display(tex: str) -> str:
    if "\\\\" in tex and "&" in tex and "\\begin{aligned}" not in tex:
        return "\\begin{aligned}\n" + tex.replace("\\\\", "\\\\\n") + "\n\\end{aligned}"
    return tex


def _quote(text: str) -> str:
    text = text.strip()
    if len(text) > 600:
        text = text[:600] + "…"
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines())


def _md(text: str) -> str:
    return text.replace("*", "\\*").replace("_", "\\_")


def _check(ctx) -> tuple[str, str]:
    zh, f = ctx.zh, ctx.facts
    fam = ctx.family
    L = ctx.L
    fn = f.get("fn")
    if fam == "function_plot" and fn is not None:
        a, b = f["x_range"]
        x = round((a + b) / 2 + 0.25 * (b - a), 1)
        y = _value(fn, x)
        return (L(f"Using $f(x) = {fn.tex}$, what is $f({fmt(x)})$, and where is that point on the graph?",
                  f"对 $f(x) = {fn.tex}$，$f({fmt(x)})$ 等于多少？它在图像上的哪个位置？"),
                L(f"$f({fmt(x)}) \\approx {fmt(y, 3)}$: the point $({fmt(x)}, {fmt(y, 3)})$ on the blue curve.",
                  f"$f({fmt(x)}) \\approx {fmt(y, 3)}$，即蓝色曲线上的点 $({fmt(x)}, {fmt(y, 3)})$。"))
    if fam == "derivative" and fn is not None:
        d = _derivative_tex(fn)
        x0 = f.get("x0", 1)
        s = _slope(fn, x0)
        return (L(f"What is the slope of the tangent to $f(x) = {fn.tex}$ at $x = {fmt(x0)}$?",
                  f"$f(x) = {fn.tex}$ 在 $x = {fmt(x0)}$ 处切线的斜率是多少？"),
                L(f"$f'(x) = {d}$, so the slope is $f'({fmt(x0)}) \\approx {fmt(s, 3)}$ — the value the secant slope approached as $h \\to 0$.",
                  f"$f'(x) = {d}$，所以斜率为 $f'({fmt(x0)}) \\approx {fmt(s, 3)}$，正是 $h \\to 0$ 时割线斜率趋近的值。"))
    if fam in _CHECKS:
        q_en, q_zh, a_en, a_zh = _CHECKS[fam](f)
        return (q_zh, a_zh) if zh else (q_en, a_en)
    formula = single_line(ctx.formula) if ctx.formula else ""
    if formula:
        return (L(f"In $${formula}$$ which quantity would you change first to see the effect, and what happens?",
                  f"在 $${formula}$$ 中，改变哪个量最能看出效果？会发生什么？"),
                L("Change one quantity while keeping the others fixed; both sides of the formula must change together, which is what the animation's highlighted parts show.",
                  "固定其他量、只改变一个量；等式两边必须同时变化，这正是动画中高亮部分所展示的。"))
    return (L("Explain the idea of this block in one sentence.", "用一句话解释这个概念。"),
            L("See the summary under the first heading.", "参见第一节的概述。"))


def _value(fn, x: float) -> float:
    from .symbolic import evaluate
    import numpy as np

    ys = evaluate(fn.code, "x", np.array([float(x)]))
    return float(ys[0]) if ys is not None and math.isfinite(ys[0]) else float("nan")


def _slope(fn, x0: float) -> float:
    return (_value(fn, x0 + 1e-5) - _value(fn, x0 - 1e-5)) / 2e-5


def _derivative_tex(fn) -> str:
    try:
        import sympy as sp

        return sp.latex(sp.simplify(sp.diff(fn.expr, sp.Symbol("x"))))
    except Exception:
        return "\\frac{d}{dx}\\left(" + fn.tex + "\\right)"


# Per-family question/answer builders: facts -> (q_en, q_zh, a_en, a_zh).
_CHECKS: dict = {}


def check(family: str):
    def register(fn):
        _CHECKS[family] = fn
        return fn

    return register
