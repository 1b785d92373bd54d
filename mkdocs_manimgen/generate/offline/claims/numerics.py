"""The order of accuracy stated for a numerical method: "Euler's method is second order, so halving h quarters the
error", "the trapezoidal rule's error is proportional to Δx".

The global error of each method named here is O(h^p) for a smooth problem, with p from the standard analyses
(Burden & Faires, *Numerical Analysis*, 9th ed., §4.4 for the composite rules, §5.2–5.4 for the one-step
methods): Euler's method 1, the improved Euler (Heun) method and the explicit midpoint method 2, the classical
Runge–Kutta method 4; the rectangle (left or right endpoint) rule 1, the midpoint and trapezoidal rules 2,
Simpson's rule 4. A sentence about a *local* (per-step) error is not read: that order is p + 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..latex import MathInfo, fmt
from ..one_step import IMPROVED_EULER
from .core import Claim


@dataclass(frozen=True)
class Method:
    """A numerical method the prose can name (``pattern``), its global order ``order`` and its names (en, zh)."""

    pattern: str
    order: int
    name: tuple[str, str]


METHODS = (
    Method(IMPROVED_EULER, 2, ("the improved Euler method", "改进的欧拉法")),
    Method(r"(?<!improved )(?<!modified )\beuler'?s?\s+(?:method|scheme)|\b(?:forward|explicit|backward|implicit)\s+euler\b"
           r"|(?<!改进的)(?<!改进)欧拉(?:法|方法|格式|公式)", 1, ("Euler's method", "欧拉法")),
    Method(r"\bRK4\b|classical\s+runge|(?:fourth[- ]order|classical)\s+runge|四阶龙格|经典龙格", 4,
           ("the classical Runge–Kutta method", "经典四阶龙格-库塔法")),
    Method(r"simpson|辛普森|抛物线(?:求积)?公式", 4, ("Simpson's rule", "辛普森公式")),
    Method(r"trapezoid(?:al)?\s+(?:rule|method|formula|sums?|approximation)|梯形(?:公式|法则|法|求积)", 2, ("the trapezoidal rule", "梯形公式")),
    Method(r"midpoint\s+(?:rule|method|sums?|approximation)|中点(?:公式|法|矩形)", 2, ("the midpoint rule", "中点公式")),
    Method(r"\b(?:left|right)[- ](?:hand\s+)?(?:endpoint\s+)?(?:riemann\s+)?(?:sums?|rule)|[左右]矩形", 1, ("the rectangle rule", "矩形公式")),
)

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
# "a second-order method", "is second order", "of order 2", "二阶方法", "具有二阶精度" (not "a second-order ODE")
_STATED_ORDER = (r"\b(?P<en>first|second|third|fourth|fifth)[- ]order\b(?!\s+(?:differential|ode|equation|linear|system|derivative|ivp))"
                 r"|\b(?:of|has)\s+order\s+(?P<num>[1-5])\b|(?P<zh>[一二两三四五])阶(?=\s*(?:方法|精度|格式|收敛|的?(?:方法|算法|公式)))")
# the error's size: O(h^2), \propto h, "proportional to $\Delta x$"
_BIG_O = r"O\s*\(\s*(?:h|\\Delta\s*[xt]|\\tau)\s*(?:\^\s*\{?\s*(?P<o>\d)\s*\}?)?\s*\)"
_STEP = r"(?:the\s+)?(?:step(?:\s+(?:size|length))?|strip\s+width|width)?\s*\$?\s*(?:h|\\Delta\s*[xt]|\\tau)\s*(?:\^\s*\{?\s*(?P<p>\d)\s*\}?)?\s*\$?"
_PROPORTIONAL = (rf"(?:\\propto|proportional\s+to)\s*{_STEP}(?![A-Za-z])", rf"与\s*{_STEP}\s*成正比")
# halving the step and the error's ratio: "quarters", "1/4", "变为原来的 1/4"
_HALVED = r"halv|\bhalf\b|减半|一半|缩小一半|h\s*/\s*2|\\frac\s*\{?\s*h\s*\}?\s*\{?\s*2"
_RATIO = ((r"quarter|\\t?frac\s*\{?1\}?\s*\{?4\}?|1\s*/\s*4|四分之一|one[- ]fourth|by\s+(?:a\s+factor\s+of\s+)?4\b|4\s*倍", 2),
          (r"sixteenth|\\t?frac\s*\{?1\}?\s*\{?16\}?|1\s*/\s*16|十六分之一|by\s+(?:a\s+factor\s+of\s+)?16\b", 4),
          (r"eighth|\\t?frac\s*\{?1\}?\s*\{?8\}?|1\s*/\s*8|八分之一|by\s+(?:a\s+factor\s+of\s+)?8\b", 3),
          (r"(?:error|误差)[^.。;；]{0,30}?(?:halves|is halved|减半|一半)", 1))
_LOCAL = r"\blocal|per[- ]step|each step|one step|single step|局部|每一?步|一步"
_ERROR = r"error|accura|误差|精度|阶"


def _stated(sentence: str) -> int | None:
    """The global order a sentence states, or None when it states none (or two different ones)."""
    found = set()
    for m in re.finditer(_STATED_ORDER, sentence, re.I):
        found.add(int(m["num"]) if m["num"] else _ORDINAL[(m["en"] or m["zh"]).lower()])
    if re.search(_ERROR, sentence, re.I):
        for m in re.finditer(_BIG_O, sentence):
            found.add(int(m["o"] or 1))
        for pattern in _PROPORTIONAL:
            found |= {int(m["p"] or 1) for m in re.finditer(pattern, sentence)}
        if re.search(_HALVED, sentence, re.I):
            found |= {k for pattern, k in _RATIO if re.search(pattern, sentence, re.I)}
    return found.pop() if len(found) == 1 else None


def _named(text: str) -> list[Method]:
    return [m for m in METHODS if re.search(m.pattern, text, re.I)]


def _method_orders(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """A global order stated for the one method its sentence names (or, when the sentence names none, the block's
    one method), against the method's known order (:data:`METHODS`). At most one claim per block."""
    whole = _named(info.concept)
    for sentence in re.split(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])", info.concept):
        if re.search(_LOCAL, sentence, re.I):
            continue
        stated = _stated(sentence)
        if stated is None:
            continue
        here = _named(sentence)
        methods = here or whole
        if len(methods) != 1 or methods[0].order == stated:
            continue
        m = methods[0]
        return [Claim(rf"\text{{error}} = O(h^{{{stated}}})", rf"\text{{error}} = O(h^{{{m.order}}})",
                      (f"{m.name[0]} is of order {m.order}: halving $h$ divides its error by about {2 ** m.order}, not {2 ** stated}",
                       f"{m.name[1]}是 {m.order} 阶方法：步长减半，误差约变为原来的 $\\frac{{1}}{{{2 ** m.order}}}$，而不是 "
                       f"$\\frac{{1}}{{{2 ** stated}}}$"))]
    return []


@dataclass(frozen=True)
class Iteration:
    """A root-finding iteration the prose can name and its order of convergence at a simple root."""

    pattern: str
    order: float
    name: tuple[str, str]
    said: str  # the order as said (LaTeX)


# Burden & Faires §2.4: bisection converges linearly, Newton's method quadratically, the secant method with
# order (1 + √5)/2 ≈ 1.618
ITERATIONS = (
    Iteration(r"secant\s+method|割线法|弦截法", (1 + 5 ** 0.5) / 2, ("the secant method", "割线法"), r"\tfrac{1+\sqrt5}{2} \approx 1.618"),
    Iteration(r"newton'?s?\s+(?:method|iteration)|newton[-–]raphson|牛顿(?:迭代)?法|切线法", 2.0, ("Newton's method", "牛顿法"), "2"),
    Iteration(r"bisection|二分法", 1.0, ("bisection", "二分法"), "1"),
)
_CONVERGENCE_ORDER = (
    (r"quadratic(?:al)?(?:ly)?\s+convergen|convergen\w*\s+(?:is\s+)?quadratic|converges?\s+quadratically|二次收敛|平方收敛", 2.0),
    (r"(?<!super)(?<!super-)linear(?:ly)?\s+convergen|converges?\s+linearly|线性收敛", 1.0),
    (r"cubic(?:al)?(?:ly)?\s+convergen|三次收敛", 3.0),
)
_ORDER_P = (r"order\s*\$?\s*p\s*=\s*(\d(?:\.\d+)?)|\|\s*e_\{?k\s*\+\s*1\}?\s*\|\s*(?:\\approx|\\sim|=|\\le)\s*C\s*\\?,?\s*\|\s*e_\{?k\}?\s*\|"
            r"\s*\^\s*\{?\s*(\d(?:\.\d+)?)")


def _iteration_orders(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """An order of convergence stated for a root-finding iteration ("the secant method inherits Newton's quadratic
    convergence", "|e_{k+1}| ≈ C|e_k|^2") against its known order (:data:`ITERATIONS`): the sentence's subject is
    the iteration it names first, else the block's one iteration."""
    text = info.concept
    whole = [it for it in ITERATIONS if re.search(it.pattern, text, re.I)]
    for sentence in re.split(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])", text):
        stated = {p for pattern, p in _CONVERGENCE_ORDER if re.search(pattern, sentence, re.I)}
        stated |= {float(m[0] or m[1]) for m in re.findall(_ORDER_P, sentence, re.I)}
        if len(stated) != 1:
            continue
        named = sorted(((m.start(), it) for it in ITERATIONS for m in [re.search(it.pattern, sentence, re.I)] if m),
                       key=lambda t: t[0])
        subject = named[0][1] if named else (whole[0] if len(whole) == 1 else None)
        p = stated.pop()
        if subject is None or abs(subject.order - p) < 0.05:
            continue
        return [Claim(rf"\text{{order }} p = {fmt(p, 3)}", rf"\text{{order }} p = {subject.said}",
                      (f"{subject.name[0]} converges with order {subject.said.split(chr(92) + 'approx')[-1].strip()} at a simple root, "
                       f"not {fmt(p, 3)}", f"{subject.name[1]}在单根附近的收敛阶为 ${subject.said}$，不是 ${fmt(p, 3)}$"))]
    return []
