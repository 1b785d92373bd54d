"""bayes: Bayes' theorem as areas of a unit square, with the author's prior and likelihoods.

The square is split by the prior P(A) into columns, each column by the chance of the
evidence B within it; the posterior P(A | B) is the share of the shaded area that lies in A.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..families import no_formula
from ..conditional import prose_rates
from ..given import event as _event, probabilities
from ..latex import single_line
from ..notes import check
from .common import Ctx, fmt, formula_corner, text_mob

TITLE = ("Bayes' Theorem", "贝叶斯定理")
WHAT = ("Bayes' theorem turns $P(B \\mid A)$ around into $P(A \\mid B) = \\frac{P(B \\mid A)P(A)}{P(B)}$. Drawn as areas of a "
        "unit square split by the prior, the posterior is the share of the evidence's area that lies in $A$.",
        "贝叶斯定理把 $P(B \\mid A)$ 反过来求 $P(A \\mid B) = \\frac{P(B \\mid A)P(A)}{P(B)}$。把单位正方形按先验概率分割，"
        "后验概率就是证据所占面积中落在 $A$ 里的比例。")


PRIORITY = 33
KEYWORDS = (r"bayes", r"贝叶斯", r"posterior", r"后验", r"base\s+rate", r"false\s+positive", r"假阳性", r"逆概率")
@dataclass
class Numbers:
    a: str  # the hypothesis, as the author names it (D)
    b: str  # the evidence (+)
    prior: float  # P(A)
    hit: float  # P(B | A)
    false: float  # P(B | not A)

    @property
    def posterior(self) -> float:
        return self.prior * self.hit / (self.prior * self.hit + (1 - self.prior) * self.false)


EXAMPLE = Numbers("D", "+", 0.01, 0.9, 0.05)  # a screening test, only for a block with no formula


def evidence(info) -> int | None:
    """Tier 0 for a keyword, a test's sensitivity/specificity, or a conditional asked the other way round
    (the block gives ``P(+ | D)`` and asks ``P(D | +)``)."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS + _TEST_WORDS):
        return 0
    conditionals = [tuple(_event(s) for s in pair) for b in info.blocks for pair in _COND.findall(single_line(b))]
    return 0 if any((a, b) in conditionals for b, a in conditionals if a != b) else None


_TEST_WORDS = (r"sensitivity|specificity|\d\s*% sensitive|灵敏度|特异度",)
_COND = re.compile(r"P\s*\(\s*([^()|]+?)\s*(?:\\mid|\\vert|\|)\s*([^()|]+?)\s*\)")


def needs(info) -> Numbers | None:
    """P(A), P(B|A) and P(B|~A) (or P(~B|~A)) from the author's math, or from the prose (a prevalence, a
    sensitivity, a specificity or false-positive rate: :mod:`..conditional`); None if any is missing, or
    when the block states a posterior that disagrees with the one these give."""
    rates = prose_rates(info.concept)
    probs = probabilities(info)
    found = _from_probabilities(probs, rates)
    if found is None and {"prior", "hit"} <= rates.keys() and ("false" in rates or "spec" in rates):
        found = Numbers("D", "+", rates["prior"], rates["hit"], rates.get("false", round(1 - rates.get("spec", 0), 10)))
    if found is None:
        # an example only for a block that states no number at all: never beside numbers of the author's
        return EXAMPLE if no_formula(info) and not re.search(r"\d", info.prose) else None
    stated = probs.get(f"{found.a}|{found.b}")
    return found if stated is None or abs(stated - found.posterior) < 0.005 else None


def _from_probabilities(probs: dict[str, float], rates: dict[str, float]) -> Numbers | None:
    for key, hit in probs.items():
        m = re.fullmatch(r"([^|~]+)\|([^|~]+)", key)
        if not m:
            continue
        b, a = m.groups()
        prior = probs.get(a, None if f"~{a}" not in probs else 1 - probs[f"~{a}"])
        prior = rates.get("prior") if prior is None else prior
        false = probs.get(f"{b}|~{a}", None if f"~{b}|~{a}" not in probs else 1 - probs[f"~{b}|~{a}"])
        if false is None:
            false = rates.get("false", None if "spec" not in rates else round(1 - rates["spec"], 10))
        if prior is not None and false is not None and 0 < prior < 1 and (hit or false):
            return Numbers(a, b, prior, hit, false)
    return None


def _tex(event: str) -> str:
    return event.replace("~", "\\neg ")


def build(ctx: Ctx) -> None:
    w = ctx.w
    n = needs(ctx.info) or EXAMPLE
    lead = ctx.L("For instance, ", "例如，") if n is EXAMPLE else ""
    A, B = _tex(n.a), _tex(n.b)
    p, h, f = n.prior, n.hit, n.false
    joint, other = p * h, (1 - p) * f
    post = n.posterior
    ctx.facts.update(a=A, b=B, prior=p, hit=h, false=f, posterior=post)
    w.beat(ctx.title, ctx.L(f"{lead}$P({A}) = {fmt(p, 4)}$, $P({B} \\mid {A}) = {fmt(h, 4)}$, $P({B} \\mid \\neg {A}) = {fmt(f, 4)}$. What is $P({A} \\mid {B})$?",
                            f"{lead}$P({A}) = {fmt(p, 4)}$，$P({B} \\mid {A}) = {fmt(h, 4)}$，$P({B} \\mid \\neg {A}) = {fmt(f, 4)}$。求 $P({A} \\mid {B})$。"))
    w.title(ctx.title)
    own = ctx.formula if "|" in ctx.formula or "mid" in ctx.formula else ""
    formula_corner(ctx, own if own and len(own) < 90 and "=" in own and re.search(r"\\frac", own) else
                   rf"P({A} \mid {B}) = \frac{{P({B} \mid {A})\,P({A})}}{{P({B})}}")
    shown_w = max(p, 0.015)  # a sliver the eye can find when the prior is tiny
    w.code(
        "side = 4.4",
        "corner = LEFT * 6.2 + DOWN * 3.5",
        f"p, hit, false = {fmt(shown_w, 4)}, {fmt(h, 4)}, {fmt(f, 4)}  # column width (the prior) and the evidence's share in each column",
        "def cell(x0, x1, y0, y1, color, opacity):",
        "    return Rectangle(width=(x1 - x0) * side, height=max((y1 - y0) * side, 0.001), stroke_width=1.5, stroke_color=WHITE,",
        "                     fill_color=color, fill_opacity=opacity).move_to(corner + side * np.array([(x0 + x1) / 2, (y0 + y1) / 2, 0]))",
        "square = cell(0, 1, 0, 1, GREY_D, 0.3)",
        "col_a = cell(0, p, 0, 1, BLUE, 0.45)",
        "b_in_a = cell(0, p, 0, hit, YELLOW, 0.9)",
        "b_in_not = cell(p, 1, 0, false, ORANGE, 0.8)",
        f'lab_a = MathTex(r"{A}", font_size=34, color=BLUE).next_to(col_a, UP, buff=0.12)',
        f'lab_not = MathTex(r"\\neg {A}", font_size=34).next_to(square, UP, buff=0.12)',
        f'prior = MathTex(r"P({A}) = {fmt(p, 4)}", font_size=34, color=BLUE)',
        f'like = MathTex(r"P({B} \\mid {A}) = {fmt(h, 4)}", font_size=34, color=YELLOW)',
        f'false = MathTex(r"P({B} \\mid \\neg {A}) = {fmt(f, 4)}", font_size=34, color=ORANGE)',
        "given = VGroup(prior, like, false).arrange(DOWN, aligned_edge=LEFT, buff=0.25)",
        "given.move_to(UP * 1.1).to_edge(RIGHT, buff=0.6).align_to(LEFT * 0.9, LEFT)",
    )
    w.play("Write(title), FadeIn(formula), FadeIn(square)", 1.2)
    w.beat(ctx.L("Split by the prior", "按先验概率分割"),
           ctx.L(f"A column of width $P({A}) = {fmt(p, 4)}$ holds the cases with ${A}$; the rest have $\\neg {A}$.",
                 f"宽为 $P({A}) = {fmt(p, 4)}$ 的一列是 ${A}$ 的情形，其余是 $\\neg {A}$。"))
    w.play("FadeIn(col_a), FadeIn(lab_a), FadeIn(lab_not), Write(prior)", 1.4)
    w.beat(ctx.L(f"Where {n.b} happens", f"{n.b} 发生的部分"),
           ctx.L(f"Shade ${B}$: ${fmt(h, 4)}$ of the ${A}$ column and ${fmt(f, 4)}$ of the $\\neg {A}$ column.",
                 f"涂出 ${B}$：${A}$ 列的 ${fmt(h, 4)}$，$\\neg {A}$ 列的 ${fmt(f, 4)}$。"))
    w.play("GrowFromEdge(b_in_a, DOWN), Write(like)", 1.2)
    w.play("GrowFromEdge(b_in_not, DOWN), Write(false)", 1.2)
    w.beat(ctx.L("The posterior", "后验概率"),
           ctx.L(f"Given ${B}$ we are somewhere in the shaded area: $P({A} \\mid {B}) = \\frac{{{fmt(joint, 5)}}}{{{fmt(joint, 5)} + {fmt(other, 5)}}} \\approx {fmt(post, 3)}$.",
                 f"已知 ${B}$，我们就在涂色区域中：$P({A} \\mid {B}) = \\frac{{{fmt(joint, 5)}}}{{{fmt(joint, 5)} + {fmt(other, 5)}}} \\approx {fmt(post, 3)}$。"))
    w.code(
        f'answer = MathTex(r"P({A} \\mid {B})", "=", r"\\frac{{{fmt(joint, 5)}}}{{{fmt(joint, 5)} + {fmt(other, 5)}}}", r"\\approx {fmt(post, 3)}", font_size=40)',
        "answer[2][:{}].set_color(YELLOW)".format(len(fmt(joint, 5))),
        "answer.scale_to_fit_width(min(answer.width, 7.2)).next_to(given, DOWN, buff=0.45).align_to(given, LEFT)",
        "# the shaded area laid out as one bar: the yellow share is the posterior",
        f"bar_a = Rectangle(width=max(7.2 * {fmt(post, 4)}, 0.02), height=0.45, stroke_width=1, fill_color=YELLOW, fill_opacity=0.9)",
        f"bar_not = Rectangle(width=max(7.2 * {fmt(1 - post, 4)}, 0.02), height=0.45, stroke_width=1, fill_color=ORANGE, fill_opacity=0.8)",
        "bar = VGroup(bar_a, bar_not).arrange(RIGHT, buff=0).next_to(answer, DOWN, buff=0.45).align_to(given, LEFT)",
        f"note = {text_mob(ctx.L(f'all of the shaded area: the part inside {n.a} is yellow', f'全部涂色面积：属于 {n.a} 的部分为黄色'), 22, 'GREY_A')}",
        "note.next_to(bar, DOWN, buff=0.2).align_to(bar, LEFT)",
        "note.scale_to_fit_width(min(note.width, 7.2))",
    )
    w.play("Write(answer)", 1.2)
    w.play("TransformFromCopy(VGroup(b_in_a, b_in_not), bar), FadeIn(note)", 1.4)
    w.wait(1.4)


@check("bayes")
def _check(f):
    A, B, p, h, fa = f["a"], f["b"], f["prior"], f["hit"], f["false"]
    p2 = min(10 * p, 0.5)
    post2 = p2 * h / (p2 * h + (1 - p2) * fa)
    return (f"If $P({A})$ were ${fmt(p2, 4)}$ instead, with the same test, what would $P({A} \\mid {B})$ be?",
            f"如果 $P({A})$ 是 ${fmt(p2, 4)}$，检验不变，$P({A} \\mid {B})$ 是多少？",
            f"$\\frac{{{fmt(p2 * h, 5)}}}{{{fmt(p2 * h, 5)} + {fmt((1 - p2) * fa, 5)}}} \\approx {fmt(post2, 3)}$: a wider ${A}$ column holds more of the shaded area.",
            f"$\\frac{{{fmt(p2 * h, 5)}}}{{{fmt(p2 * h, 5)} + {fmt((1 - p2) * fa, 5)}}} \\approx {fmt(post2, 3)}$：${A}$ 列越宽，涂色面积中属于它的就越多。")
