"""Recognise which visual family a concept belongs to.

Prose keywords (English and Chinese) are checked first, most specific family
first; then the structure of the parsed formula (Limit, Integral, Sum, matrix...).
"""

from __future__ import annotations

import re

from .latex import MathInfo, extract, parse, single_line

FAMILIES = (
    "equation", "derivation", "function_plot", "derivative", "limit", "integral",
    "series", "taylor", "fourier", "pythagorean", "pi_circle", "law_of_cosines",
    "unit_circle", "matrix_transform", "eigen", "vector_addition",
    "complex_multiplication", "euler_formula", "probability_density", "surface",
    "space_curve", "solid", "gradient_descent", "polar_curve", "parametric_curve",
    "explainer",
)

THREE_D = {"surface", "space_curve", "solid", "gradient_descent"}

# (family, prose patterns, latex patterns) in priority order.  Patterns are regexes
# matched case-insensitively against the prose (math removed) / the LaTeX.
_RULES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("gradient_descent", (r"梯度下降", r"gradient\s+descent", r"最速下降", r"steepest\s+descent"), ()),
    ("fourier", (r"傅里叶", r"傅立叶", r"fourier", r"方波", r"square\s+wave", r"sawtooth", r"锯齿波"), ()),
    ("taylor", (r"泰勒", r"麦克劳林", r"taylor", r"maclaurin"), ()),
    ("euler_formula", (r"欧拉公式", r"欧拉恒等式", r"euler'?s?\s+(formula|identity)"), (r"e\^\{\s*i\s*\\(theta|pi|varphi|phi)",)),
    ("eigen", (r"特征向量", r"特征值", r"eigen"), ()),
    ("complex_multiplication", (r"复数", r"复平面", r"complex\s+(number|multiplication|plane)"), ()),
    ("law_of_cosines", (r"余弦定理", r"law\s+of\s+cosines", r"cosine\s+rule"), (r"2\s*ab\s*\\cos",)),
    ("pythagorean", (r"勾股", r"毕达哥拉斯", r"pythagor"), (r"a\^2\s*\+\s*b\^2\s*=\s*c\^2",)),
    ("pi_circle", (r"圆周率", r"circumference", r"圆的周长", r"周长", r"\bpi\b", r"π"), (r"C\s*=\s*\\pi\s*d", r"C\s*=\s*2\s*\\pi\s*r")),
    ("unit_circle", (r"单位圆", r"unit\s+circle", r"正弦波", r"sine\s+wave", r"正弦曲线"), ()),
    ("probability_density", (r"正态", r"高斯分布", r"概率密度", r"normal\s+distribution",
                             r"gaussian", r"probability\s+density", r"bell\s+curve", r"density\s+function",
                             r"指数分布", r"均匀分布", r"二项分布", r"泊松分布", r"(exponential|uniform|binomial|poisson)\s+distribution"), ()),
    ("solid", (r"球体", r"圆环", r"圆锥", r"圆柱", r"旋转体", r"\bsphere", r"\btorus", r"\bcone\b",
               r"cylinder", r"solid"), ()),
    ("space_curve", (r"空间曲线", r"螺旋线", r"helix", r"space\s+curve", r"3d\s+curve", r"curve\s+in\s+space"), ()),
    ("surface", (r"曲面", r"surface", r"二元函数", r"function\s+of\s+two\s+variables"), ()),
    ("polar_curve", (r"极坐标", r"心形线", r"玫瑰线", r"polar", r"cardioid", r"rose\s+curve"), ()),
    ("parametric_curve", (r"参数方程", r"参数曲线", r"摆线", r"parametric", r"lissajous", r"cycloid", r"利萨如"), ()),
    ("matrix_transform", (r"矩阵", r"线性变换", r"matrix", r"linear\s+(map|transformation)", r"shear", r"剪切"), ()),
    ("vector_addition", (r"向量加法", r"向量的和", r"平行四边形法则", r"三角形法则", r"vector\s+addition",
                         r"adding\s+vectors", r"sum\s+of\s+(two\s+)?vectors", r"parallelogram\s+(rule|law)"), ()),
]

_DERIVATION_WORDS = (r"推导", r"证明", r"化简", r"配方", r"步骤", r"derivation", r"\bderive", r"\bproof\b",
                     r"\bprove", r"step\s+by\s+step", r"simplif", r"complete\s+the\s+square", r"expand")
_CALCULUS: list[tuple[str, tuple[str, ...]]] = [
    ("series", (r"级数", r"部分和", r"\bseries\b", r"partial\s+sums?")),
    ("integral", (r"积分", r"曲线下.*面积", r"integral", r"area\s+under", r"riemann", r"黎曼和")),
    ("limit", (r"极限", r"\blimits?\b", r"趋近", r"approach")),
    ("derivative", (r"导数", r"微分", r"切线", r"斜率", r"derivative", r"tangent", r"slope", r"differentiat")),
]
_PLOT_WORDS = (r"函数图像", r"图像", r"图象", r"graph", r"plot", r"curve", r"函数")


def _any(patterns, text: str) -> bool:
    return any(re.search(p, text, re.I) for p in patterns)


def classify(concept: str) -> str:
    """The family name for a concept (one of FAMILIES; ``explainer`` when nothing fits)."""
    try:
        return classify_info(extract(concept))
    except Exception:  # classification must never break a build
        return "explainer"


def classify_info(info: MathInfo) -> str:
    prose = info.prose
    tex = " ".join(info.blocks)
    for family, words, tex_patterns in _RULES:
        if _any(words, prose) or _any(tex_patterns, tex):
            return _refine(family, info)
    if info.aligned and (_any(_DERIVATION_WORDS, prose) or not any(_any(w, prose) for _, w in _CALCULUS)):
        return "derivation"
    for family, words in _CALCULUS:
        if _any(words, prose):
            return family
    structural = _structure(info)
    if structural:
        return structural
    if info.aligned:
        return "derivation"
    if re.search(r"\\begin\{[pb]matrix\}", tex):
        return "matrix_transform"
    if _any(_PLOT_WORDS, prose) and _has_function(info):
        return "function_plot"
    if re.search(r"(^|[^a-zA-Z])([fgh]\(x\)|y)\s*=", tex) and _has_function(info):
        return "function_plot"
    if "=" in tex:
        return "equation"
    return "explainer"


def _refine(family: str, info: MathInfo) -> str:
    # "π" alone in prose is weak evidence for the circle family: require circle context.
    if family == "pi_circle" and not re.search(r"圆|circle|circumference|diameter|直径", info.prose, re.I):
        return classify_info(MathInfo(info.concept, info.blocks, info.display, info.aligned,
                                      re.sub(r"\bpi\b|π|周长", " ", info.prose)))
    return family


def _structure(info: MathInfo) -> str | None:
    import sympy as sp

    tex = " ".join(info.blocks)
    if re.search(r"\\sum", tex):
        return "series"
    if re.search(r"\\int", tex):
        return "integral"
    if re.search(r"\\lim", tex):
        return "limit"
    if re.search(r"\\frac\{d[^}]*\}\{d|f'\s*\(|\\prime", tex):
        return "derivative"
    for block in info.blocks[:3]:
        expr = parse(single_line(block))
        if expr is None:
            continue
        try:
            if expr.has(sp.Sum):
                return "series"
            if expr.has(sp.Integral):
                return "integral"
            if expr.has(sp.Limit):
                return "limit"
            if expr.has(sp.Derivative):
                return "derivative"
        except Exception:
            continue
    return None


def _has_function(info: MathInfo) -> bool:
    from .latex import function_of

    return function_of(info.blocks) is not None
