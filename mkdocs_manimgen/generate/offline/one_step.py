"""One-step methods for y' = f(x, y) that a block asks to draw: forward Euler and the improved Euler (Heun,
predictor–corrector) method, with the step sizes the block writes.

Forward Euler: y_{n+1} = y_n + h f(x_n, y_n). Improved Euler: the predictor ȳ_{n+1} = y_n + h f(x_n, y_n), then
y_{n+1} = y_n + (h/2)[f(x_n, y_n) + f(x_{n+1}, ȳ_{n+1})] (Burden & Faires, *Numerical Analysis*, §5.4, the modified
Euler method). Their global errors are O(h) and O(h^2) (:mod:`.claims.numerics` holds the orders).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .latex import MathInfo, single_line

# The prose names the method: "Euler's method", "欧拉法"; the improved one "improved/modified Euler", "Heun", "改进的欧拉法",
# "预估-校正". Backward (implicit) Euler is another method, not drawn.
IMPROVED_EULER = r"improved\s+euler|modified\s+euler|\bheun|改进的?欧拉|预估\s*[-–—－]?\s*校正"
FORWARD_EULER = r"euler'?s?\s+method|euler\s+(?:scheme|step)|forward\s+euler|欧拉(?:方)?法|欧拉折线"
_NOT_DRAWN = r"implicit|backward|隐式|后退"


@dataclass(frozen=True)
class OneStep:
    """A one-step method: its names (en, zh), its step written in TeX (x, y the block's letters) and whether a step
    takes two slopes (the improved Euler method's predictor and corrector)."""

    name: tuple[str, str]
    two_slopes: bool

    def slopes(self, F, s: float, y: float, h: float) -> tuple[float, float, float]:
        """(k_1, ȳ, k_2) of a step from (s, y): the slope there, the predictor ȳ = y + h k_1 and the slope at
        (s + h, ȳ); ``F(s, array([y]))`` is the equation's right side. Forward Euler uses k_1 only."""
        k1 = float(F(s, np.array([y]))[0])
        bar = y + h * k1
        return k1, bar, float(F(s + h, np.array([bar]))[0]) if self.two_slopes else k1

    def advance(self, F, s: float, y: float, h: float) -> float:
        """y_{n+1} from (s, y) = (x_n, y_n) with step h."""
        k1, bar, k2 = self.slopes(F, s, y, h)
        return y + h / 2 * (k1 + k2) if self.two_slopes else bar

    def rule(self, x: str, y: str) -> str:
        if not self.two_slopes:
            return f"{y}_{{n+1}} = {y}_n + h\\,f({x}_n, {y}_n)"
        return (f"\\bar {y}_{{n+1}} = {y}_n + h\\,f({x}_n, {y}_n),\\ "
                f"{y}_{{n+1}} = {y}_n + \\tfrac{{h}}{{2}}\\left[f({x}_n, {y}_n) + f({x}_{{n+1}}, \\bar {y}_{{n+1}})\\right]")


EULER = OneStep(("Euler's method", "欧拉法"), False)
HEUN = OneStep(("the improved Euler method", "改进的欧拉法"), True)


def method_asked(info: MathInfo) -> OneStep | None:
    """The one-step method the block's prose asks for, or None (none named, or backward Euler)."""
    if re.search(IMPROVED_EULER, info.prose, re.I):
        return HEUN
    if re.search(FORWARD_EULER, info.prose, re.I) and not re.search(_NOT_DRAWN, info.prose, re.I):
        return EULER
    return None


def step_sizes(info: MathInfo) -> list[float]:
    """Every step size the block writes (``h = 0.1`` ... ``h = 0.05``, ``\\Delta x = 0.25``), distinct, in its order."""
    flat = " ; ".join(single_line(b) for b in info.blocks)
    found: list[float] = []
    for m in re.finditer(r"(?<![A-Za-z\\])(?:h|\\Delta\s*[xt])\s*=\s*(\d*\.?\d+)(?![\d.])", flat):
        h = float(m.group(1))
        if h > 0 and h not in found:
            found.append(h)
    return found


def points(method: OneStep, F, s0: float, y0: float, h: float, end: float,
           window: tuple[float, float], most: int = 40) -> list[tuple[float, float]]:
    """The method's points from (s0, y0) towards ``end``: at most ``most`` steps, stopping where it leaves ``window``."""
    out = [(s0, y0)]
    s, y = s0, y0
    with np.errstate(all="ignore"):
        while s + h <= end + 1e-9 and len(out) <= most:
            y, s = method.advance(F, s, y, h), s + h
            if not (np.isfinite(y) and window[0] <= y <= window[1]):
                break
            out.append((s, y))
    return out


def chain(method: OneStep, F, s0: float, y0: float, h: float, steps: int) -> list[float]:
    """y_0, ..., y_steps, unclipped (the values a block's stated steps are checked against)."""
    ys = [y0]
    with np.errstate(all="ignore"):
        for k in range(steps):
            ys.append(method.advance(F, s0 + k * h, ys[-1], h))
    return ys
