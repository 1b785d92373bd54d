"""The verifier every offline design passes before it is shown (issue 23): precision before recall.

A keyword and *some* readable function are not evidence that a block asks a family's question.
Two checks, on the design as built (its context and its scene code):

- **the question**: what the block computes or asserts (a length, a surface area, an average
  value, a centre of mass, a line integral, an improper
  integral, related rates, a normal line, a constrained optimum, a stationary distribution, a
  recursion tree, motion with drag, the derivative of an inverse, an implicit
  derivative). A block that asks one of these is
  claimed only by a family that draws it (:data:`QUESTIONS`, ``drawn_by``); a block asking one that
  no family draws gets the walkthrough instead of, say, the area under its integrand.
- **the plotted function**: a family that plots ``f(x)`` must plot a function the author wrote
  (after the author's own substitutions), unless the scene says it shows an example.
- **the values the scene chose** (``SceneWriter.chose``): none may be one the block determines
  (:func:`.choices.determined`): a start it states in words, a k its data fix, a step it gives.

A design with problems is not shown: ``designer.generate_draft`` falls back to the walkthrough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .families import pattern
from .constrained import EXPLICIT as CONSTRAINED
from .choices import determined
from .linalg import GRAM_SCHMIDT, PROJECTION
from .fields import DIV_CURL, DIV_CURL_TEX, PARTIAL, PARTIAL_TEX
from .latex import MathInfo, same_tex, single_line, split_top
from .multivar import DIRECTIONAL, DIRECTIONAL_TEX
from .programs import WORDS as LP_WORDS
from .sketch import SKETCH
from .boxes import POINT_PLANE, VOLUME_OF_SOLID
from .graph_moves import QUESTION as GRAPH_MOVES


@dataclass(frozen=True)
class Question:
    """Something a block may ask, how to read it, and the families that draw it."""

    name: str
    prose: str  # regex on the prose (English and Chinese), case-insensitive
    tex: str = ""  # regex on the block's LaTeX
    drawn_by: tuple[str, ...] = ()


# Tangent lines THROUGH a point (P on or off the curve), not the tangent AT a point (derivative's, implicit_curve's).
# Not a secant or chord through two points (the mean value theorem), not Newton's tangent through (x_n, f(x_n)),
# not a circle through a point tangent to a line (its equation asked).
_NOT_AT = r"(?:(?!\bat\b|\bnormal|\bsecant|\bchord|\bparallel|\bperpendicular)[^.?!;])"
TANGENTS_THROUGH = (
    r"(?s)^(?!.*(?:newton|牛顿|mean value|中值定理|圆(?:\s*[A-Z])?\s*的(?:标准)?方程))(?:.*?)(?:"
    rf"\btangents?(?!\s*planes?)(?:\s+lines?)?{_NOT_AT}{{0,80}}?\b(?:pass(?:es|ing)?\s+through|through\b|"
    rf"(?:drawn\s+)?from\s+(?:the\s+|an?\s+)?(?:point|origin|exterior|external)\b)|"
    rf"\b(?:lines?|tangents?)\s+(?:\w+\s+){{0,2}}?(?:that\s+|which\s+)?(?:pass(?:es|ing)?\s+)?through\b{_NOT_AT}{{0,80}}?\btangent(?!\s*planes?)(?!\s+(?:lines?\s+)?at\b)|"
    rf"\b(?:through|from)\s+(?:the\s+|an?\s+)?(?:given\s+)?(?:point|origin)\b{_NOT_AT}{{0,60}}?\btangents?(?!\s*planes?)(?!\s+(?:lines?\s+)?at\b)|"
    r"(?<!在)(?:过|经过|通过)\s*(?:坐标)?(?:点|原点|P)[^。？！；处]{0,40}?(?:切线|相切)|"
    r"(?:从|由|自)\s*(?:坐标)?(?:点|原点)[^。？！；处]{0,40}?(?:切线|相切)|"
    r"(?<!处的)(?<!处)切线(?:方程)?[^。？！；]{0,20}?(?:恰好?|都)?(?:过|经过|通过)\s*(?:坐标)?(?:点|原点)|"
    # "From $P$ draw the tangents", "tangents from $P$ to the circle" (P's name is math, gone from the prose)
    rf"\bfrom\s+(?:(?:the|an?)\s+)?(?:(?:given|external|exterior)\s+)?(?:point\s+)?,?\s*(?:we\s+)?(?:draw|construct)\s+"
    rf"(?:(?:the|a|two|both|all)\s+){{0,2}}tangents?(?!\s*planes?)|"
    rf"\btangents?(?:\s+lines?)?{_NOT_AT}{{0,40}}?\bfrom\s+to\s+(?:(?:the|a|this)\s+)?(?:circle|ellipse|parabola|hyperbola|curve|conic)|"
    r"(?:从|由|自|过)\s*圆外\s*(?:一)?\s*点[^。？！；]{0,40}?(?:切线|相切)|"
    # the tangent length from a point to a circle (not the "length of the tangent" of a curve y = f(x) at a point)
    r"(?:\btangent\s+lengths?\b|\blengths?\s+of\s+(?:the\s+|each\s+|a\s+)?tangents?(?:\s+segments?)?\s+from\b|切线长)"
    r"(?=.*?(?:\bcircles?\b|圆))|(?:\bcircles?\b|圆).*?(?:\btangent\s+lengths?\b|\blengths?\s+of\s+(?:the\s+|each\s+|a\s+)?"
    r"tangents?(?:\s+segments?)?\s+from\b|切线长))"
)

# A linear constraint in two variables (x, y, x_1, x_2) written as a combination of both: ``2x + 3y \le 12``.
_LP_TERM = r"\d*(?:\.\d+)?\s*(?:\\frac\{\d+\}\{\d+\})?\s*(?<![A-Za-z\\])[xy](?:_\{?[12]\}?)?(?![A-Za-z(^])"
# 约束条件 in a brace: a cases/array block in x and y with inequalities in two of its rows.
_LP_IN = r"(?:(?!\\end\{).)*?"
_LP_REL = r"(?:\\le|\\ge|\\leq|\\geq|\\leqslant|\\geqslant|≤|≥)(?![A-Za-z])"
_LP_CASES = (rf"\\begin\{{(?:cases|array)\}}(?={_LP_IN}(?<![A-Za-z\\])x(?![A-Za-z(^]))(?={_LP_IN}(?<![A-Za-z\\])y(?![A-Za-z(^]))"
             rf"{_LP_IN}{_LP_REL}{_LP_IN}\\\\{_LP_IN}{_LP_REL}")
_LP_ROW = rf"{_LP_TERM}\s*[+-]\s*{_LP_TERM}[^=<>$|]{{0,14}}?(?:\\le|\\ge|\\leq|\\geq|\\leqslant|\\geqslant|≤|≥)(?![A-Za-z])"

QUESTIONS = (
    Question("an arc length", r"arc\s*length|length of (?:the|a|this) (?:curve|arc|graph)|curve length|弧长|曲线(?:的)?长",
             drawn_by=("arc_length",)),
    Question("a surface area", r"surface area|area of (?:a|the) surface|表面积|侧面积|曲面面积"),
    Question("an average value", r"average value of|函数(?:的)?平均值|积分平均值|上的平均值", drawn_by=("average_value",)),
    Question("a centre of mass", r"cent(?:re|er) of mass|centroid|质心|重心", drawn_by=("centre_of_mass", "triangle")),
    # "along the curve" is no line integral when the Frenet frame rides along it
    Question("a line integral", r"line integral|work (?:done )?(?:by|of) .{0,60}along|曲线积分|沿.{0,20}(?:做功|的功)|"
             r"(?s:^(?!.*(?:frenet|\bTNB\b|binormal|torsion|挠率)).*?along the (?:path|curve))",
             r"\\oint|\\int_\{?[CLΓγ]\}?(?![A-Za-z])|\\int_\{?\\(?:gamma|Gamma)", drawn_by=("line_integral", "green_theorem")),
    # Green's theorem: both sides, the circulation (or flux) around C and the double integral over D
    Question("Green's theorem", r"green'?s?\s+(?:theorem|formula|identity)|格林公式|格林定理|"
             r"(?:circulation|flux|环量|通量)[^.。]{0,80}(?:equals?|=|等于)[^.。]{0,40}(?:double\s+integral|二重积分)",
             drawn_by=("green_theorem",)),
    Question("an improper integral", r"improper integral|反常积分|广义积分|瑕积分",
             r"\\int_\{?[^{}^]*\}?\^\{?\s*\+?\\infty|\\int_\{?\s*-\s*\\infty", drawn_by=("improper_integral",)),
    Question("related rates", r"related rates?|ladder|相关变化率|梯子|(?:how fast|at what rate|how quickly|how rapidly)\b[^.?!]{0,40}?"
             r"\b(?:volume|area|radius|diameter|height|depth|level|distance|length|top|shadow|surface|side|edge|perimeter|"
             r"circumference|water)s?\b[^.?!]{0,60}?\b(?:when|at the (?:instant|moment))\b|"
             r"rate of change of (?:the |its )?(?:volume|area|radius|height|depth|distance|length)\b[^.?!]{0,60}?\bwhen\b|"
             r"(?:体积|面积|半径|高度|水面|深度|距离|影子|影长|长度)[^。？！]{0,12}?(?:增加|减少|上升|下降|下滑|增长|扩大|变化)(?:得)?有?多快|"
             r"(?:体积|面积|半径|高度|水面|深度|距离|影长|长度)的变化率",
             drawn_by=("related_rates",)),
    Question("tangents through a point", TANGENTS_THROUGH, drawn_by=("tangents_through_point",)),
    Question("a normal line", r"(?s)^(?!.*(?:\bflux\b|通量|outward|外法))(?:.*?)(?:normal line|the normal (?:to|at|of)|法线)",  # not a flux's outward normal
             drawn_by=("implicit_curve", "normal_line", "point_line_plane")),  # the normal line from P to its foot on a plane
    Question("an area between curves", r"(?s)^(?!.*(?:green'?s?\s+(?:theorem|formula)|格林|circulation|环量|\bflux\b|通量|line\s+integral|曲线积分|"
             r"\bboundary\s+of|边界曲线|正向边界|positively\s+oriented|"  # a line integral around the region's boundary, not its area
             # the sliver between a quadrature rule's arcs or trapezoids and the curve is the rule's error, not an area asked
             r"simpson|trapezoid(?:al)?\s+rule|trapezium\s+rule|midpoint\s+rule|辛普森|抛物线法|梯形(?:公式|法)))(?:.*?)(?:"
             r"area (?:of the region )?between|between the (?:two )?curves|两曲线(?:之间|所围)|曲线之间|"
             # "shade the region R = {y >= x^2, ...} and find its area": a region by inequalities, no one curve's graph
             r"^(?!.*(?:volume|rotat|revolv|solid|体积|旋转)).*(?:\bshade\s+the\s+region\b[^.;]{0,160}?\barea\b|\barea\s+of\s+(?:the\s+)?region\s+\$)|"
             # a region turned about an axis is a solid's, not an area asked
             r"^(?!.*(?:volume|rotat|revolv|solid|polar|cardioid|体积|旋转|极坐标|心形线)).*(?:region between|(?:bounded|enclosed) by\b[^.;]{0,60}?\band\b|"
             r"与\s*(?:直线|曲线|抛物线|x\s*轴)?\s*(?:所围|之间.{0,12}面积)|由.{0,40}所围成?的?(?:平面)?(?:图形|区域)?的?面积))", drawn_by=("area_between", "region_of_integration")),
    Question("a curve sketch", SKETCH, drawn_by=("curve_sketch",)),
    Question("an extremum", r"\b(?:maxim|minim)(?:um|a|ise|ize|ised|ized|ising|izing)\b(?!\s+spanning)|最大值|最小值|极大值|极小值|极值|最值|"
             r"\bextrem(?:um|a)\b|\b(?:absolute|global|local|relative)\s+(?:max|min)\b|"
             r"\b(?:largest|smallest|greatest|least)\s+(?:possible\s+)?(?:area|volume|profit|revenue)|(?:面积|体积|容积|利润)最(?:大|小)",
             drawn_by=("concavity", "gradient_descent", "regression", "potential_surface", "extremum", "lagrange_multiplier",
                       "linear_program", "curve_sketch", "critical_points")),
    Question("an accumulation function", r"accumulation function|积分上限函数|变上限",
             r"\\int_\{?[^{}^]*\}?\^\{?\s*[xt]\s*\}?(?![A-Za-z])", drawn_by=("accumulation",)),
    Question("a volume of revolution", r"cylindrical shells?|shell method|washer method|dis[ck] method|solids? of revolution|"
             r"volumes? of revolution|(?:rotat|revolv)\w* .{0,60}?\babout\s+(?:the\s+|an?\s+|its\s+)?(?:\$?\s*[xyz]\s*\$?\s*-?\s*axis|-?\s*axis|line)|"
             r"旋转体|绕[^。，；]{0,14}?(?:轴|直线|[xy]\s*=)[^。，；]{0,6}旋转|柱壳",  # rotating about the origin is a map of the plane
             drawn_by=("solid_of_revolution",)),
    Question("a volume by slicing", r"(?s)^(?=.*\b(?:volumes?|solids?)\b)(?=.*\b(?:cross[- ]sections?|cross[- ]sectional|slic(?:e|es|ing))\b)|"
             r"^(?=.*(?:体积|立体))(?=.*(?:截面|切片|薄片))",
             drawn_by=("solid_of_revolution", "solid", "integral")),  # integral: V = ∫ A(x) dx as the area under A
    Question("a constrained optimum", CONSTRAINED, drawn_by=("lagrange_multiplier", "linear_program")),
    Question("a linear program's optimum", LP_WORDS, rf"(?s)(?:{_LP_ROW}).*?(?:{_LP_ROW})|{_LP_CASES}", drawn_by=("linear_program",)),
    Question("a stationary distribution", r"stationary distribution|steady[- ]state distribution|markov chain|平稳分布|马尔可夫",
             drawn_by=("markov_chain",)),
    Question("a solved triangle", r"solve\s+(?:the|this|each)\s+triangles?|解(?:这个|此|该)?三角形|ambiguous\s+case", drawn_by=("triangle",)),
    Question("a recursion tree", r"merge\s*sort|recursion tree|归并排序|递归树", drawn_by=("recursion_tree",)),
    Question("a shortest path", r"dijkstra|shortest\s+paths?|最短路", drawn_by=("graph_algorithm",)),
    Question("a minimum spanning tree", r"minimum\s+spanning\s+tree|\bMST\b|kruskal|prim'?s\s+algorithm|最小生成树",
             drawn_by=("graph_algorithm",)),
    Question("a graph search", r"breadth[- ]first|depth[- ]first|\bBFS\b|\bDFS\b|广度优先|深度优先", drawn_by=("graph_algorithm",)),
    Question("motion with drag", r"air resistance|\bdrag\b|空气阻力", drawn_by=("projectile_drag", "parameter_sweep")),  # v(t) of a fall, swept in k
    Question("the derivative of an inverse", r"derivative of (?:the|an) inverse|inverse function theorem|反函数的导数|反函数求导", drawn_by=("inverse_derivative",)),
    Question("an implicit derivative", r"implicit(?:ly)? differentiat|implicit function|隐函数", drawn_by=("implicit_curve",)),
    Question("a projection onto a line", PROJECTION, r"\\(?:operatorname|text|mathrm)\s*\{\s*proj\s*\}",
             drawn_by=("dot_product", "gram_schmidt", "gram_schmidt_3d", "regression")),  # least squares projects y onto Col X
    Question("Gram–Schmidt orthogonalisation", GRAM_SCHMIDT, drawn_by=("gram_schmidt", "gram_schmidt_3d")),
    Question("the column picture", r"column\s+picture|列图像", drawn_by=("column_picture",)),
    Question("a double integral", r"double\s+integral|二重积分", r"\\iint", drawn_by=("double_integral", "green_theorem", "region_of_integration")),
    Question("a divergence or curl", DIV_CURL, DIV_CURL_TEX, drawn_by=("vector_field", "vector_field_3d", "green_theorem")),
    Question("a tangent plane", r"tangent\s+plane|切平面", r"(?<![A-Za-z\\])L\s*\(\s*x\s*,\s*y\s*\)", drawn_by=("tangent_plane",)),
    Question("a partial derivative", PARTIAL, PARTIAL_TEX,
             drawn_by=("tangent_plane", "gradient", "gradient_descent", "implicit_curve", "potential_surface", "critical_points",
                       "vector_field", "vector_field_3d", "lagrange_multiplier", "green_theorem")),
    Question("a directional derivative", DIRECTIONAL, DIRECTIONAL_TEX, drawn_by=("gradient",)),
    Question("a confidence interval", r"(?s)^(?!.*(?:regression|回归|least[- ]squares|最小二乘|monte\s*carlo|蒙特卡[洛罗]))"
             r".*?(?:confidence\s+interval|\bCI\b|interval\s+estimat|置信区间|区间估计|\b[tz][- ]interval\b|"
             r"\d\s*(?:\\?%|％|percent)\s*-?\s*(?:intervals?\b|区间))",  # "the 95 % interval is 120 ± 3.92"
             drawn_by=("confidence_interval",)),
    Question("a probability", r"\bprobability\s+(?:that|of)\b|\bprobability\b[^.?!]{0,40}\?|概率(?:为|是|等于|多少)|的概率",
             drawn_by=("bayes", "central_limit", "confidence_interval", "law_of_large_numbers", "markov_chain", "monte_carlo",
                       "probability_density", "pascal_triangle", "normal_probability", "discrete_distribution")),  # |x - y| < 1 for uniform x, y is no linear system
    Question("Buffon's needle", r"buffon|布丰|蒲丰|投针", drawn_by=("monte_carlo",)),  # needles on ruled lines, not points in a disc
    Question("an interval of convergence", r"radius\s+of\s+convergence|interval\s+of\s+convergence|收敛半径|收敛域|收敛区间",
             drawn_by=("series", "taylor", "power_series")),  # a power series' R and endpoints, not an integral of its sum
    Question("Euler's method", r"euler'?s\s+method|(?:forward|explicit)\s+euler\b|euler\s+(?:polygon|steps?)|欧拉(?:折线)?法|欧拉方法",
             drawn_by=("slope_field",)),  # its polygon, not the exact solution's curve alone
    # a PDE's solution u(x, t) is a surface in x and t: its X'' + λX = 0 with X(0) = X(L) = 0 is no oscillator in time
    Question("a partial differential equation", r"\b(?:heat|wave|diffusion|laplace'?s?|poisson'?s?)\s+equation|partial\s+differential\s+equation|"
             r"\bPDEs?\b|热传导方程|热方程|波动方程|拉普拉斯方程|泊松方程|扩散方程|偏微分方程",
             r"(?<![A-Za-z\\])u_\{?(?:t|tt|xx|yy|x\s*x)\}?(?![A-Za-z])|\\partial\s*(?:\^\s*\{?2\}?)?\s*u\s*\}?\s*\{\s*\\partial\s*[tx]",
             drawn_by=("standing_wave", "fourier")),
    Question("a power of a complex number", r"de\s*moivre|棣莫弗|successive\s+powers|复数的(?:乘方|幂)",
             r"\(\s*-?\d+(?:\.\d+)?\s*[+-]\s*(?:\d+(?:\.\d+)?)?\s*i\s*\)\s*\^\s*\{?\s*(?:[3-9]|1\d)",
             drawn_by=("complex_powers", "roots_of_unity", "euler_formula")),
    # a Möbius or conformal map's action on the plane: not the powers of one number, not a product
    Question("the image under a complex map", r"m[öo]bius\s+(?:maps?|transformations?|transforms?)|conformal\s+maps?|"
             r"(?:linear\s+fractional|fractional\s+linear|bilinear)\s+(?:maps?|transformations?)|保角映射|共形映射|分式线性(?:映射|变换)",
             drawn_by=("complex_map",)),
    Question("the pigeonhole principle", r"pigeon\s*-?\s*holes?|抽屉原理|鸽巢原理|box\s+principle|dirichlet'?s?\s+(?:box|drawer)\s+principle"),
    Question("Cauchy's mean value theorem", r"cauchy'?s?\s+mean[- ]value|generali[sz]ed\s+mean[- ]value|柯西中值"),  # its ξ is not Lagrange's
    # |u·(v×w)|, a pyramid's or tetrahedron's volume: not u × v alone (cross_product), not Euler's V - E + F (polyhedron)
    Question("a volume of a parallelepiped, pyramid or tetrahedron", VOLUME_OF_SOLID, drawn_by=("box_volume", "determinant_volume")),
    Question("a distance from a point to a plane", POINT_PLANE, drawn_by=("box_volume", "point_line_plane")),
    # y = sin x shifted / stretched step by step (a family with free letters: parameter_sweep's sliders)
    Question("a graph transformation", GRAPH_MOVES, drawn_by=("trig_transform", "parameter_sweep")),
    Question("level curves", r"level\s+(?:curves?|sets?)|contour\s+(?:lines?|map|plot|curves?)|等值线|等高线", drawn_by=("gradient", "lagrange_multiplier", "critical_points")),
)

PLOTTING = ("function_plot", "derivative", "integral", "limit")  # families whose scene plots f(x) as `_f`


def asked(info: MathInfo) -> list[Question]:
    """The questions the block asks (read from its prose and its LaTeX)."""
    tex = " ".join(info.blocks)
    return [q for q in QUESTIONS if pattern(q.prose).search(info.prose) or (q.tex and _tex_pattern(q.tex).search(tex))]


@lru_cache(maxsize=None)
def _tex_pattern(regex: str) -> re.Pattern:
    return re.compile(regex)  # LaTeX is case-sensitive: \int is not \Int


def verify(ctx, draft) -> list[str]:
    """Why the design must not be shown (empty when it may)."""
    problems = [f"the block asks for {q.name}, which the {ctx.family!r} scene does not draw"
                for q in ctx.info.reading.questions if ctx.family not in q.drawn_by]
    label = shown_formula(draft.code)
    if ctx.family in PLOTTING and not ctx.w.example:
        plotted = plotted_code(draft.code)
        if plotted is not None and not authors_function(ctx.info, plotted):
            problems.append(f"the scene plots {plotted}, which is none of the block's functions")
        if plotted is not None and re.fullmatch(r"\(?x\)?", plotted) and not _writes_identity(ctx.info):
            problems.append("the scene plots y = x, which a block states only as a point or a value of x")
        if plotted is not None and label is not None and not _same_function(label, plotted):
            problems.append(f"the scene writes {label} above a plot of {plotted}")
    # the same formula, or the same right side under another name (y = \frac18\sin 2x drawn, y^* = \frac18\sin 2x false)
    stated_false = [c.stated for c in ctx.facts.get("false_claims", ())
                    if label and (same_tex(label, c.stated) or "=" in c.stated and "=" in label
                                  and same_tex(split_top(label, "=")[-1], split_top(c.stated, "=")[-1]))]
    if stated_false:  # the coda would cross out the very formula the scene drew as true
        problems.append(f"the scene draws {stated_false[0]}, which the block states falsely")
    for choice in dict.fromkeys(ctx.w.choices):  # a value the scene chose that the block determines
        why = determined(choice, ctx.info)
        if why:
            problems.append(f"the scene chose {choice.kind} {choice.name}".rstrip() + f" although {why}")
    return problems


def _writes_identity(info: MathInfo) -> bool:
    """The block writes the function ``y = x`` (or ``f(x) = x``) itself."""
    return any(re.search(r"(?:^|[^\\\w])(?:y|f\s*\(\s*x\s*\))\s*=\s*x(?![\w^(])", single_line(b)) for b in info.blocks)


def shown_formula(code: str) -> str | None:
    """The formula a plotting scene writes as the plotted function's (``formula = MathTex(...)``)."""
    m = re.search(r'\bformula = MathTex\(r"([^"]+)"', code)
    return m.group(1) if m else None


def plotted_code(code: str) -> str | None:
    """The numpy expression of the scene's ``_f(x)`` (the function a plotting family draws)."""
    m = re.search(r"def _f\(x\):\n\s+(?:with [^\n]*\n\s+)?return (.+)", code)
    return m.group(1).strip() if m else None


_XS = (0.37, 0.61, 0.9, 1.13, 1.5, 1.77, 2.2, 2.5, 2.9)  # where two functions are compared


def _samples(code: str | None):
    """The values of numpy code in x at :data:`_XS` (None when it cannot be evaluated)."""
    import numpy as np

    from .symbolic import evaluate

    return evaluate(code, "x", np.array(_XS)) if code else None


def _of_one_letter(expr) -> str | None:
    """Numpy code in x of a sympy expression in exactly one letter (that letter renamed x)."""
    import sympy as sp

    from .symbolic import to_numpy

    free = list(expr.free_symbols)
    return to_numpy(expr.subs(free[0], sp.Symbol("x")), ("x",)) if len(free) == 1 else None


def _agree(got, want) -> bool:
    import numpy as np

    both = np.isfinite(got) & np.isfinite(want)
    return both.sum() >= 3 and bool(np.allclose(got[both], want[both], rtol=1e-3, atol=1e-6))


def _same_function(label: str, plotted: str) -> bool:
    """Whether ``label``, when it names a function (``y = ...``, ``f(x) = ...``), names ``plotted``;
    True for any other statement (``\\frac{d}{dx} x^3 = 3x^2``) or when unreadable."""
    import sympy as sp

    from .symbolic import normalize, parse

    parts = split_top(label, "=")
    if len(parts) != 2 or not re.fullmatch(r"\s*[A-Za-z](?:_\{?\w+\}?)?(?:\s*\(\s*[A-Za-z]\s*\))?\s*", parts[0]):
        return True
    expr = parse(parts[1])
    try:
        code = _of_one_letter(normalize(expr)) if isinstance(expr, sp.Expr) else None
    except Exception:  # unreadable: nothing stated to check
        return True
    got, want = _samples(code), _samples(plotted)
    return got is None or want is None or _agree(got, want)


def authors_function(info: MathInfo, plotted: str) -> bool:
    """Whether ``plotted`` (numpy code in x) equals, on a few points, an expression in one variable
    the block writes (either side of an equation, an integrand), as written or with the author's
    values put in. A block whose expressions keep several letters is not judged (True): the
    scene states the values it chose for them."""
    import numpy as np
    import sympy as sp

    from .symbolic import normalize, parse
    from .templates.common import given_values

    want = _samples(plotted)
    if want is None or not np.any(np.isfinite(want)):
        return True  # nothing to compare with
    read = info.reading.function  # the designers' one reading of the block's f (cases, d/dx f = ...)
    if read is not None and (got := _samples(read[1])) is not None and _agree(got, want):
        return True
    several = False
    for raw in _expressions(info, parse, sp):
        for expr in _readings(raw, info, sp, normalize, given_values):
            several = several or len(expr.free_symbols) > 1
            got = _samples(_of_one_letter(expr))
            if got is not None and _agree(got, want):
                return True
    return several


def _readings(expr, info, sp, normalize, given_values):
    """``expr`` as written, then with the values the author gives its letters put in."""
    try:
        expr = normalize(expr)
        yield expr
        names = tuple(sorted(str(s) for s in expr.free_symbols))
        values = given_values(info, names) if len(names) > 1 else {}
        if values and len(values) < len(names):  # a parameter's value, not the point of a variable
            yield expr.subs({sp.Symbol(n): v for n, v in values.items()})
    except Exception:  # an object sympy cannot handle is no function
        return


def _expressions(info: MathInfo, parse, sp):
    """Each side of each top-level equation of the block, and what each integral, derivative and limit in it applies to."""
    for block in info.blocks:
        for part in (p for side in split_top(single_line(block), "=") for p in re.split(r"\\approx", side)):
            expr = parse(part)
            if isinstance(expr, sp.Expr):
                yield expr
                for inner in expr.atoms(sp.Integral, sp.Derivative, sp.Limit):
                    yield inner.args[0]
