"""Quantities that change in time, read from a block: a function of t with its physical question, and a launch.

- :func:`read_time_curve`: ``y(t) = 20 - \\frac12(9.8)t^2`` "until it hits the ground", ``A = 1000e^{0.05t}``,
  ``N(t) = 80e^{-0.1t}`` with its half-life: the author's function of time (every other letter given a
  value) from t = 0, and the time the block asks about (the landing, the doubling time, the half-life,
  a time the author names), solved with sympy.
- :func:`read_launch`: a projectile with air drag: the author's launch speed, drag coefficient k and angle.

Each reader returns ``None`` when the block does not give what it needs.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .given import interval
from .latex import MathInfo
from .symbolic import DEGREE_MARK, to_numpy

# What the block asks about a function of time: (name, prose regex, the level as a multiple of f(0)).
# "ground" is the level 0; doubling and halving are 2 and 1/2 of the start.
QUESTIONS = (
    ("ground", r"hits? the ground|reach(?:es)? the ground|\blands?\b|\blanding\b|落地|着地|落到地面", 0.0),
    ("doubling", r"doubl|翻倍|翻一番|翻番", 2.0),
    ("half-life", r"half[- ]life|半衰期", 0.5),
)
# Prose naming a quantity of time (the family's evidence).
TIME_WORDS = (r"free[- ]?fall", r"falls?\b|dropped", r"hits? the ground", r"compound", r"interest", r"half[- ]life",
              r"radioactive", r"decay", r"population", r"bacteria", r"growth", r"until", r"\bcool", r"冷却", r"自由落体", r"落地", r"复利",
              r"利率", r"本金", r"半衰期", r"衰变", r"衰减", r"增长", r"人口", r"细菌")


@dataclass(frozen=True)
class TimeCurve:
    """The author's ``lhs = f(t)``: numpy code in t, and the time the block asks about (or None)."""

    row: str  # the author's formula as written
    lhs: str  # its left side ("y(t)", "A")
    expr: object  # sympy expression in t
    code: str  # numpy code in t
    question: str | None  # "ground", "doubling", "half-life", "given" (a time the author names) or None
    t_star: float | None  # the time asked about
    level: float | None  # f(t_star)
    horizon: float  # the plot runs over [0, horizon]


def read_time_curve(info: MathInfo) -> TimeCurve | None:
    """The block's function of time and its question, or None (no such function, or a question with no answer)."""
    import sympy as sp

    from .params import equations

    t = sp.Symbol("t")
    for row, lhs, var, expr in equations(info):
        if var not in (None, "t") or expr.free_symbols != {t}:
            continue
        code = to_numpy(expr, ("t",))
        if code is None:
            continue
        return _with_question(info, row, lhs, expr, code)
    return None


def _with_question(info: MathInfo, row: str, lhs: str, expr, code: str) -> TimeCurve | None:
    import sympy as sp

    t = sp.Symbol("t")
    try:
        f0 = float(expr.subs(t, 0))
    except (TypeError, ValueError):
        return None
    asked = [(name, level) for name, prose, level in QUESTIONS if re.search(prose, info.prose, re.I)]
    if len(asked) > 1:
        return None
    question, t_star, level = None, None, None
    if asked:
        question, multiple = asked[0]
        level = multiple * f0
        t_star = _first_time(expr, level)
        if t_star is None or (question != "ground" and f0 == 0):
            return None  # the question has no answer on this function: not this family's to draw
        stated = _stated_time(info, question)
        if stated is not None and abs(stated - t_star) > 0.01 * t_star:
            return None  # the author states another value: the walkthrough shows their claim as written
    else:
        given = _named_time(info)
        if given is not None:
            question, t_star = "given", given
            level = float(expr.subs(t, given))
    span = interval(info, "t", named=True)  # "for 0 \le t \le 5": the quantity exists on that span only
    if span is not None:
        if span[0] != 0 or (t_star is not None and t_star > span[1]):
            return None  # a span not from 0 (the curve is drawn from 0), or the asked instant outside it
        return TimeCurve(row, lhs, expr, code, question, t_star, level, span[1])
    horizon = _horizon(expr, question, t_star)
    named = [float(v) for v in re.findall(r"(?<![A-Za-z\\])t\s*=\s*(\d+(?:\.\d+)?)", " ".join(info.blocks))]
    if named and question in (None, "given") and max(named) * 1.15 > horizon:
        horizon = _horizon(expr, None, max(named) / 2.2 * 1.15)  # every time the author names is on the axis
    return TimeCurve(row, lhs, expr, code, question, t_star, level, horizon)


def _first_time(expr, level: float) -> float | None:
    """The first t > 0 where the function reaches ``level`` (sympy's real solutions), or None."""
    import sympy as sp

    t = sp.Symbol("t")
    try:
        # rational=False: the author's decimals stay floats (made fractions, 0.0001214 in an exponent turned
        # the equation into a polynomial of degree ~10^7 that sympy factored for minutes)
        roots = sp.solve(sp.Eq(expr, level), t, rational=False)
    except Exception:
        return None
    times = sorted(float(r) for r in roots if r.is_real and float(r) > 1e-9)
    return times[0] if times else None


_TIME_VALUE = r"(\d+(?:\.\d+)?)"


def _stated_time(info: MathInfo, question: str) -> float | None:
    """A value the author states for the time asked about: ``t_{1/2} = 6.93``, "half-life of 5730 years"."""
    text = info.concept
    patterns = {"half-life": (r"t_\{?\s*(?:1/2|\\frac\{?1\}?\{?2\}?)\s*\}?\s*=\s*" + _TIME_VALUE,
                              r"half[- ]life (?:is|of)\s*\$?\s*" + _TIME_VALUE, r"半衰期(?:为|是)\s*\$?\s*" + _TIME_VALUE),
                "doubling": (r"doubling time (?:is|of)\s*\$?\s*" + _TIME_VALUE, r"T_\{?d\}?\s*=\s*" + _TIME_VALUE),
                "ground": (r"lands? (?:at|after)\s*\$?\s*t\s*=\s*" + _TIME_VALUE,)}
    for pattern in patterns.get(question, ()):
        m = re.search(pattern, text, re.I)
        if m:
            return float(m.group(1))
    return None


def _named_time(info: MathInfo) -> float | None:
    """A time the author names: ``t = 10`` written as a value."""
    from .given import assigned

    value = assigned(info, ("t",)).get("t")
    return value if value is not None and value > 0 else None


def _horizon(expr, question: str | None, t_star: float | None) -> float:
    """Where the time axis ends: a little past the time asked about (the landing: just past it), else
    two e-foldings of an exponential, else 10."""
    import sympy as sp

    from .templates.common import nice_step

    t = sp.Symbol("t")
    if t_star is not None:
        end = t_star * (1.15 if question == "ground" else 2.2)
    else:
        rates = [a.exp.coeff(t) for a in expr.atoms(sp.exp) if a.exp.coeff(t) != 0]
        rate = max((abs(float(r)) for r in rates if r.is_number), default=0.0)
        end = 2.0 / rate if rate > 0 else 10.0
    step = nice_step(end) / 2 if end < 5 else nice_step(end)
    return float(math.ceil(end / step) * step)


# -- a launch with drag


@dataclass(frozen=True)
class Launch:
    """A projectile's launch: speed (m/s), angle (radians; ``angle_given`` False when the scene chose it),
    drag coefficient k (per second, linear drag a = -k v unless ``quadratic``), g = 9.8."""

    v0: float
    angle: float
    angle_given: bool
    k: float
    quadratic: bool
    g: float = 9.8


_DRAG = r"air (?:drag|resistance)|\bdrag\b|空气阻力|阻力"
_SPEED = re.compile(r"v_\{?0\}?\s*=\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*\$?\s*(?:\\,|\\ |~)?\s*(?:\\(?:text|mathrm)\{\s*)?(?:m/s|m\s*s\^\{-1\}|米/秒|米每秒)")
_ANGLE = re.compile(r"(?:\\theta|\\alpha)(?:_\{?0\}?)?\s*=\s*(\d+(?:\.\d+)?)" + DEGREE_MARK + r"|(\d+(?:\.\d+)?)" + DEGREE_MARK)


def read_launch(info: MathInfo) -> Launch | None:
    """The author's projectile with drag: v0 (``v_0 = 30``, "30 m/s"), k (``k = 0.2``) and the angle
    (``\\theta = 45^\\circ``, "at 30°"; 45° when not given), or None when drag, v0 or k is missing."""
    from .given import assigned

    if not re.search(_DRAG, info.prose, re.I):
        return None
    text = info.concept
    m = _SPEED.search(text)
    k = assigned(info, ("k",)).get("k")
    if m is None or k is None or k <= 0:
        return None
    v0 = float(m.group(1) or m.group(2))
    a = _ANGLE.search(text)
    angle = float(a.group(1) or a.group(2)) if a else 45.0
    if not 0 < angle < 90 or v0 <= 0:
        return None
    quadratic = bool(re.search(r"v\^2|v\^\{2\}|square of (?:the )?(?:speed|velocity)|quadratic|速度的平方", text, re.I))
    return Launch(v0, math.radians(angle), a is not None, k, quadratic)


def flight(launch: Launch, drag: bool, steps: int = 800):
    """(t, x, y) arrays of the flight until it lands (the last point interpolated onto y = 0), by RK4."""
    import numpy as np

    from .odes import rk4

    k = launch.k if drag else 0.0

    def F(_t, u):
        x, y, vx, vy = u
        speed = math.hypot(vx, vy) if launch.quadratic else 1.0
        return np.array([vx, vy, -k * speed * vx, -launch.g - k * speed * vy])

    T = 2 * launch.v0 * math.sin(launch.angle) / launch.g * 1.05  # the drag-free flight time bounds both
    ts, us = rk4(F, 0.0, [0.0, 0.0, launch.v0 * math.cos(launch.angle), launch.v0 * math.sin(launch.angle)], T, steps)
    below = np.nonzero(us[1:, 1] < 0)[0]
    if len(below) == 0:
        return ts, us[:, 0], us[:, 1]
    i = below[0] + 1  # first point under the ground; land between i - 1 and i
    s = us[i - 1, 1] / (us[i - 1, 1] - us[i, 1])
    t_land = ts[i - 1] + s * (ts[i] - ts[i - 1])
    x_land = us[i - 1, 0] + s * (us[i, 0] - us[i - 1, 0])
    return (np.append(ts[:i], t_land), np.append(us[:i, 0], x_land), np.append(us[:i, 1], 0.0))
