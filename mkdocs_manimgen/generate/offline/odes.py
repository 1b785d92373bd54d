"""Ordinary differential equations written in a block, read into a system the designer can solve.

``dy/dx = x - y``, ``y' = …``, ``\\dot x = …``, ``x'' + 0.5x' + 4x = 0``, ``\\frac{d^2x}{dt^2} = …``
and systems of such rows become a first-order system ``u' = F(s, u)``.  Parameters the author
gives a value (``\\sigma = 10``) keep it; the others get a sensible value that the scene shows
("with r = 1, K = 10").  Solutions are computed at design time by a fixed-step classical
Runge–Kutta method (RK4), so the scene carries plain numbers and the same block gives the
same bytes.  Nothing here raises: a block that is not an ODE gives ``None``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .latex import MathInfo, fmt, is_left_side, single_line, split_rows, split_top
from .symbolic import DEGREE_MARK, normalize, parse, to_numpy

# Values for parameters the author names but does not give: the usual textbook choices.
_DEFAULTS = {"K": 10.0, "omega": 2.0, "gamma": 0.5, "zeta": 0.2, "mu": 1.0, "delta": 0.2, "beta": 0.5,
             "g": 9.8, "L": 1.0, "c": 0.5, "b": 0.5}
_LORENZ = {"sigma": 10.0, "rho": 28.0, "beta": 8 / 3}  # a system of three: Lorenz's values
_GREEK = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "kappa", "lambda", "mu",
          "nu", "rho", "sigma", "tau", "phi", "varphi", "omega", "psi", "chi", "xi")
_GREEK_RE = "|".join(_GREEK)


class ChosenValues:
    """Mixin for what the designer reads from a block: ``self.chosen`` holds the parameter values it
    picked itself (the author named the letter but gave no value), which the scene must show."""

    chosen: dict[str, float]

    def chosen_text(self, zh: bool = False) -> str:
        """" (with $r = 1, K = 10$)" (Chinese: "（取 $…$）") for the values the designer chose, or ""."""
        if not self.chosen:
            return ""
        parts = values_tex(self.chosen)
        return f"（取 ${parts}$）" if zh else f" (with ${parts}$)"

    def declared(self, w) -> str:
        """:meth:`chosen_text` in the scene's language, each chosen value recorded on the writer ``w``
        (``verify`` refuses a value the block determines: a k fixed by a later datum, a c it assigns)."""
        from .choices import Choice

        w.choices.extend(Choice("value", name) for name in self.chosen)
        return self.chosen_text(w.zh)


def values_tex(values: dict[str, float]) -> str:
    """``r = 1, K = 10``: parameter values as LaTeX, Greek names with their backslash, 3 significant digits."""
    return ", ".join(f"{tex_name(k)} = {fmt(v, 3)}" for k, v in values.items())


@dataclass
class OdeSystem(ChosenValues):
    """``states' = rhs`` with ``indep`` the independent variable (numpy code in those names)."""

    states: list[str]  # state variables as code names, e.g. ["y"], ["x", "v"], ["x", "y", "z"]
    state_tex: list[str]  # their LaTeX, e.g. ["x", "\\dot x"]
    indep: str  # "t" or "x"
    rhs: list[str]  # numpy code of each derivative
    rows: list[str]  # the author's equations (LaTeX), every one of them
    params: dict[str, float] = field(default_factory=dict)  # parameter values used
    chosen: dict[str, float] = field(default_factory=dict)  # the ones the designer chose (shown)
    y0: list[float] | None = None  # the author's initial condition
    second_order: bool = False
    exprs: tuple = ()  # the derivatives as sympy expressions, parameters still symbolic

    def at(self, values: dict[str, float]) -> OdeSystem | None:
        """The same system with some parameters set to ``values`` (a sweep over one the author left
        symbolic); None when its code cannot be written."""
        import sympy as sp

        params = {**self.params, **values}
        rhs = []
        for e in self.exprs:
            code = to_numpy(e.subs({sp.Symbol(p): v for p, v in params.items()}), tuple(self.states) + (self.indep,))
            if code is None:
                return None
            rhs.append(code)
        return OdeSystem(self.states, self.state_tex, self.indep, rhs, self.rows, params,
                         {p: v for p, v in self.chosen.items() if p not in values}, self.y0, self.second_order, self.exprs)

    def F(self):
        """The right-hand side as a Python function F(s, u) -> array (design time only)."""
        env = {"np": np, "math": math, "__builtins__": {}}
        args = ", ".join([self.indep] + self.states)
        fns = [eval(f"lambda {args}: {c}", env) for c in self.rhs]
        return lambda s, u: np.array([f(s, *u) for f in fns], dtype=float)

    def start(self, default: list[float]) -> tuple[list[float], bool]:
        """The initial state: the author's ``y0`` and True, else ``default`` (one value per state) and False."""
        return (list(self.y0), True) if self.y0 is not None else (list(default), False)

    def stacked_rows(self) -> list[str]:
        """The author's equations for one multi-line ``MathTex``: every row but the last ends in ``\\\\``."""
        return [r + (r" \\" if i < len(self.rows) - 1 else "") for i, r in enumerate(self.rows)]


def parameter_values(params: list[str], given: dict[str, float],
                     defaults: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """``(values, chosen)`` for ``params``: each keeps the author's value from ``given``, else takes its
    usual textbook value from ``defaults`` (1 when there is none); ``chosen`` holds those the
    designer picked, in ``params`` order, which the scene must show (``ChosenValues``)."""
    values = {p: given.get(p, defaults.get(p, 1.0)) for p in params}
    return values, {p: values[p] for p in params if p not in given}


_VALUE = r"(-?\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\s*(?:\{[^{}]*\}|\d)\s*(?:\{[^{}]*\}|\d)|\\sqrt\s*(?:\{[^{}]*\}|\d)))(?![\d.])"


def several_values(text: str, name: str) -> bool:
    """The block assigns ``name`` two or more different values (a = \\tfrac{\\sqrt2}{2}, a = -\\tfrac12 and a = \\tfrac32:
    cases to compare, none of them the one curve of the block)."""
    from .symbolic import number as value_of

    tex = re.escape(tex_name(name)).replace(r"\{", r"\{?").replace(r"\}", r"\}?")
    found = re.findall(r"(?<![A-Za-z\\_^{])%s\s*=\s*%s" % (tex, _VALUE), text)
    return len({value_of(v.replace(" ", "")) for v in found} - {None}) > 1


def contradicted(info, chosen: dict[str, float]) -> bool:
    """A value the designer picked for a letter the block leaves open is one the block rules out: the letter is
    given several values (cases), or written unequal to it (a \\neq 1 with a = 1 picked, the nineteenth's #43)."""
    from .symbolic import number as value_of

    text = " ; ".join(single_line(b) for b in info.blocks)
    for p, v in chosen.items():
        if several_values(text, p):
            return True
        tex = re.escape(tex_name(p)).replace(r"\{", r"\{?").replace(r"\}", r"\}?")
        for m in re.finditer(r"(?<![A-Za-z\\_^{])%s\s*(?:\\neq?|≠)\s*%s" % (tex, _VALUE), text):
            ruled_out = value_of(m.group(1).replace(" ", ""))
            if ruled_out is not None and abs(float(ruled_out) - v) < 1e-12:
                return True
    return False


def number(v: float):
    """A parameter's value for sympy: a whole number stays whole (2, not 2.0) in the scene's code."""
    import sympy as sp

    return sp.Integer(int(v)) if float(v).is_integer() else sp.Float(v, 6)


def general(info, params) -> list[str]:
    """The parameters the block leaves general: written in an inequality (``\\gamma \\ge 0``,
    ``0 < \\gamma < 4``), so a value written elsewhere (``\\gamma = 4`` is critical) is one case, or
    said to vary (:func:`varied`)."""
    ineq = r"(?:\\geq?|\\leq?|\\geqslant|\\leqslant|\\neq|>|<)"
    said = set(varied(info, params))
    # "(α, β, γ, δ > 0)": a standing assumption on several letters at once; one the block then gives a value is that value
    assumed = {n.strip().lstrip("\\") for b in info.blocks for m in re.finditer(
        r"((?:\\?[A-Za-z]+\s*,\s*)+\\?[A-Za-z]+)\s*(?:>|\\geq?|\\geqslant)\s*0(?![\d.])", single_line(b)) for n in m.group(1).split(",")}
    out = []
    for p in params:
        name = re.escape(tex_name(p))
        if p in assumed and p not in said and _given(info, [p]):
            continue
        if p in said or any(re.search(rf"{name}(?![A-Za-z])\s*{ineq}|{ineq}\s*{name}(?![A-Za-z])", single_line(b)) for b in info.blocks):
            out.append(p)
    return out


# A letter sent towards a value or another letter: a change the prose names (varied), and for params a sweep
# onto another letter (params._approaches)
APPROACHES = r"approaches|nears|tends\s+to|passes|趋近于?|趋于|接近"


def varied(info, params) -> list[str]:
    """The parameters the prose says vary: "as $\\zeta$ goes from below 1 to above 1", "as the damping
    $\\gamma$ decreases", "as the forcing frequency $\\omega$ approaches $\\omega_0$", "$\\omega \\to 0$",
    "for different values of $b$", "$\\beta$ 取不同值时", "当 $R$ 增大时", "当 $\\omega$ 趋近于 $\\omega_0$"."""
    out = []
    for p in params:
        name = tex_pattern(p)
        if _subject(rf"\$\s*{name}\s*\$[^.;。；]{{0,12}}?(?:goes|runs|varies|changes|ranges|increases|decreases|moves|"
                     rf"is\s+(?:varied|changed|tuned)|grows|shrinks|gets\s+(?:larger|smaller|bigger)|{APPROACHES}|sweeps|"
                     rf"取不同|变化|从|增大|减小|增加|减少|变大|变小)",
                     info.concept) or re.search(rf"\$\s*{name}\s*\\to(?![A-Za-z])", info.concept) or \
                re.search(rf"(?:different|various|several|other)\s+values\s+of\s+\$\s*{name}\s*\$|随着?\s*\$\s*{name}\s*\$",
                          info.concept, re.I):
            out.append(p)
    return out


def _subject(pattern: str, text: str) -> bool:
    """Whether ``pattern`` (a letter, then a verb of change) matches with the letter as the subject: not
    "the peak near $\\omega_0$ grows", where the letter follows a preposition and the peak grows."""
    return any(not re.search(r"\b(?:near|at|of|to|from|around|about|with|by|for|in|on)\s*$", text[max(0, m.start() - 12):m.start()], re.I)
               for m in re.finditer(pattern, text, re.I))


def tex_pattern(name: str) -> str:
    """A regex for the letter as an author writes it: ``omega_{0}`` matches ``\\omega_0`` and ``\\omega_{0}``."""
    base, _, sub = tex_name(name).partition("_")
    sub = sub.strip("{}")
    return re.escape(base) + (rf"_\{{?\s*{re.escape(sub)}\s*\}}?" if sub else "") + r"(?![A-Za-z0-9_])"


def tex_name(name: str) -> str:
    """``omega`` -> ``\\omega``, ``omega_{0}`` -> ``\\omega_{0}``; a Latin name as it is."""
    return "\\" + name if name.split("_")[0] in _GREEK else name


def rk4(F, s0: float, u0, s1: float, steps: int = 400) -> tuple[np.ndarray, np.ndarray]:
    """Classical RK4 from s0 to s1 in ``steps`` equal steps. Returns (s values, states), shapes
    (n,) and (n, d); n < steps + 1 when the solution could not be continued:

    - it blows up (not finite, or beyond 1e6);
    - it meets a singularity of the equation (``dy/dx = -x/y`` at ``y = 0``): the step no longer
      agrees with two half steps, the step-doubling estimate of the local error (Hairer, Nørsett
      and Wanner, *Solving ODEs I*, II.4), to within ``_AGREE`` of the state's size. A smooth
      solution at these step sizes agrees to ~1e-8, so only a real breakdown stops it, and the
      scene then draws the solution where it exists, not RK4 stepping over the singularity."""
    h = (s1 - s0) / steps
    s, u = s0, np.asarray(u0, dtype=float)
    ss, us = [s], [u]
    with np.errstate(all="ignore"):
        for _ in range(steps):
            full = _rk4_step(F, s, u, h)
            half = _rk4_step(F, s + h / 2, _rk4_step(F, s, u, h / 2), h / 2)
            if not np.all(np.isfinite(full)) or np.max(np.abs(full)) > 1e6:
                break
            if not np.all(np.isfinite(half)) or np.max(np.abs(full - half)) > _AGREE * (1 + np.max(np.abs(half))):
                break
            u, s = full, s + h
            ss.append(s)
            us.append(u)
    return np.array(ss), np.array(us)


_AGREE = 1e-2


def _rk4_step(F, s: float, u: np.ndarray, h: float) -> np.ndarray:
    k1 = F(s, u)
    k2 = F(s + h / 2, u + h / 2 * k1)
    k3 = F(s + h / 2, u + h / 2 * k2)
    k4 = F(s + h, u + h * k3)
    return u + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)


# -- reading the block ---------------------------------------------------------------------

_V = r"(?P<v>\\(?:theta|phi|varphi|psi)|[A-Za-z])"
_D2 = re.compile(r"\\frac\{\s*d\s*\^\s*\{?2\}?\s*" + _V + r"\s*\}\{\s*d\s*(?P<s>[A-Za-z])\s*\^\s*\{?2\}?\s*\}")
_D1 = re.compile(r"\\frac\{\s*d\s*" + _V + r"\s*\}\{\s*d\s*(?P<s>[A-Za-z])\s*\}")
_DDOT = re.compile(r"\\ddot\s*\{?\s*" + _V + r"\s*\}?")
_DOT = re.compile(r"\\dot\s*\{?\s*" + _V + r"\s*\}?")
_PP = re.compile(r"(?<![A-Za-z\\])(?P<v>[A-Za-z])\s*(?:''|\^\{\s*\\prime\s*\\prime\s*\})(?:\s*\((?P<s>[tx])\))?")
_P = re.compile(r"(?<![A-Za-z\\])(?P<v>[A-Za-z])\s*(?:'|\^\{?\s*\\prime\s*\}?)(?:\s*\((?P<s>[tx])\))?")
# a value written in degrees is substituted in radians; degrees Celsius or Fahrenheit (20^\circ\mathrm{C}) are a temperature
_DEGREES = rf"(?:(?P<deg>{DEGREE_MARK})(?!\s*\}}?\s*(?:\\(?:mathrm|text|rm)\s*\{{\s*)?[CF](?![A-Za-z])))?"
_IC = re.compile(r"(?<![A-Za-z\\])" + _V + r"(?P<p>'|\^\{?\\prime\}?)?\s*\(\s*0\s*\)\s*=\s*(?P<n>-?\d+(?:\.\d+)?)" + _DEGREES)
_DOT_IC = re.compile(r"\\dot\s*\{?" + _V + r"\}?\s*\(\s*0\s*\)\s*=\s*(?P<n>-?\d+(?:\.\d+)?)" + _DEGREES)


def _value(m: re.Match) -> float:
    """The number a match read (group ``n``), in radians when it was written in degrees (group ``deg``)."""
    value = float(f"{m.group('n')}e{m.groupdict().get('e') or 0}")  # 6.0\times10^{24}, read as the decimal 6.0e24
    return math.radians(value) if m.group("deg") else value


def rows_of(info: MathInfo) -> list[str]:
    """Every equation of the block: display rows and pieces between commas, ``;`` or ``\\quad``."""
    out = []
    for block in info.blocks:
        for row in split_rows(block):
            for piece in re.split(r"\\q?quad|\\text\{\s*(?:and|,)\s*\}|;", row):
                for part in split_top(piece, ","):
                    part = single_line(part).strip()
                    if part.count("=") >= 1 and part not in out:
                        out.append(part)
    return [r for r in out if r]


def _products(tex: str) -> str:
    """A letter or Greek letter before "(" multiplies it (``rP(1 - P/K)``, ``\\sigma(y - x)``)."""
    tex = re.sub(r"\\(left|right|big|Big)(?![A-Za-z])", "", tex)
    tex = re.sub(r"\\(%s)\s*\(" % _GREEK_RE, lambda m: "\\" + m.group(1) + " \\cdot (", tex)
    tex = re.sub(r"(\\[A-Za-z]+)|([A-Za-eh-z])\s*\((?![tx]\))",
                 lambda m: m.group(1) or m.group(2) + " \\cdot (", tex)
    # a parameter d before a letter is no differential once the derivatives are marked: -cy + dxy is -cy + d·x·y
    if "_{d" in tex:
        tex = re.sub(r"(?<![A-Za-z\\_{])d([a-z]+)(?![A-Za-z{(_^])",
                     lambda m: "d" + "".join(f" \\cdot {c}" for c in m.group(1)), tex)
    # ... and a bracket before a letter multiplies it too: \mu (1 - x^2) \dot x
    return re.sub(r"\)\s*(?=[A-Za-z]|\\(?!cdot|times|right|end|quad)[A-Za-z])", lambda _m: ") \\cdot ", tex)


def _mark(tex: str) -> tuple[str, dict[str, int], set[str]]:
    """Derivatives replaced by placeholder symbols ``v_{d}`` / ``v_{dd}``: (tex, {v: order}, {indep})."""
    orders: dict[str, int] = {}
    indeps: set[str] = set()

    def put(order):
        def f(m):
            v = m.group("v")
            orders[v.lstrip("\\")] = max(orders.get(v.lstrip("\\"), 0), order)
            s = m.groupdict().get("s")
            if s:
                indeps.add(s)
            elif m.re in (_DDOT, _DOT):
                indeps.add("t")
            return f" {v}_{{{'d' * order}}} "
        return f

    for pattern, order in ((_D2, 2), (_D1, 1), (_DDOT, 2), (_DOT, 1), (_PP, 2), (_P, 1)):
        tex = pattern.sub(put(order), tex)
    return tex, orders, indeps


def marked_equation(row: str) -> tuple[object, dict[str, int], set[str]]:
    """``row`` parsed with its derivatives as placeholder symbols (``y_{d}``, ``y_{dd}``), ``y(x)`` written ``y`` and
    letters before brackets multiplying (:func:`_products`): (the sympy result, not normalised: an Equality or
    anything else or None; {unknown: order}; {the independent variables its derivatives name})."""
    marked, orders, indeps = _mark(row)
    if not orders:
        return None, orders, indeps
    marked = re.sub(r"(?<![A-Za-z\\])([A-Za-eh-z])\s*\(\s*([tx])\s*\)", r"\1", marked)  # y(x) -> y
    return parse(_products(marked)), orders, indeps


def ode_system(info: MathInfo) -> OdeSystem | None:
    """The block's ODE (one equation or a system of up to three), or None. Read once per concept:
    four families' evidence and needs ask for it (sympy's solve per equation), so the result is
    shared; callers must not change it (``at`` gives a changed copy)."""
    return _ode_system(info.concept)


@lru_cache(maxsize=256)
def _ode_system(concept: str) -> OdeSystem | None:
    import sympy as sp

    from .latex import extract

    info = extract(concept)

    ics = {}
    for block in info.blocks:
        for m in _DOT_IC.finditer(block):
            ics[(m.group("v").lstrip("\\"), 1)] = _value(m)
        block = _DOT_IC.sub(" ", block)  # so that \dot x(0) is not read as x(0)
        for m in _IC.finditer(block):
            ics[(m.group("v").lstrip("\\"), 1 if m.group("p") else 0)] = _value(m)
    eqs, orders, indeps, rows = [], {}, set(), []
    for row in rows_of(info):
        if re.search(r"\(\s*0\s*\)\s*=", row):  # an initial condition, read above
            continue
        expr, o, s = marked_equation(row)
        if not o:
            continue
        if not isinstance(expr, sp.Equality):
            if "=" in row:
                return None  # an equation of the system we cannot read (\dot y = -cy + dxy): not a smaller system
            continue
        expr = normalize(expr)
        eqs.append(expr)
        rows.append(row)
        indeps |= s
        for v, k in o.items():
            orders[v] = max(orders.get(v, 0), k)
    if not eqs or len(eqs) > 3:
        return None
    named = {str(s.name) for e in eqs for s in e.free_symbols}
    if len(indeps) == 1:
        indep = next(iter(indeps))
    else:  # y' = f(x, y): the variable x when it appears and is not a state, else time
        indep = "x" if "x" not in orders and ("x" in indeps or "x" in named) else "t"
    if indep in orders:
        return None
    states, state_tex, rhs_exprs, subs = [], [], [], {}
    second = False
    for v, k in orders.items():
        if k == 2:
            dname = "v" if v == "x" and "v" not in orders else v + "dot"
            subs[sp.Symbol(f"{v}_{{d}}")] = sp.Symbol(dname)
    for eq in eqs:
        top = [sp.Symbol(f"{v}_{{{'d' * k}}}") for v, k in orders.items() if sp.Symbol(f"{v}_{{{'d' * k}}}") in eq.free_symbols]
        if len(top) != 1:
            return None
        try:
            sol = sp.solve(eq, top[0])
        except Exception:
            return None
        if len(sol) != 1:
            return None
        v = top[0].name.split("_")[0]
        k = orders[v]
        value = sol[0].subs(subs)
        if k == 2:
            second = True
            dname = subs[sp.Symbol(f"{v}_{{d}}")].name
            states += [v, dname]
            state_tex += [tex_name(v), f"\\dot{{{tex_name(v)}}}"]
            rhs_exprs += [sp.Symbol(dname), value]
        else:
            states.append(v)
            state_tex.append(tex_name(v))
            rhs_exprs.append(value)
    if len(states) != len(set(states)) or len(states) > 3:
        return None
    known = set(states) | {indep}
    params = sorted({str(s.name) for e in rhs_exprs for s in e.free_symbols} - known)
    if any(p.endswith("{d}") or p.endswith("{dd}") for p in params) or len(params) > 5:
        return None
    given = _given(info, params)
    defaults = _LORENZ if len(states) == 3 else _DEFAULTS
    values, chosen = parameter_values(params, given, defaults)
    if any(_defines(row, chosen) for row in rows):
        return None  # ε = (dq/dp)(p/q) defines ε from a derivative: an ODE only once ε has a value
    rhs = []
    for e in rhs_exprs:
        code = to_numpy(e.subs({sp.Symbol(p): number(v) for p, v in values.items()}), tuple(known))
        if code is None:
            return None
        rhs.append(code)
    y0 = None
    wanted = [(states[0], 0), (states[0], 1)] if second else [(s, 0) for s in states]
    if all(w in ics for w in wanted):
        y0 = [ics[w] for w in wanted]
    return OdeSystem(states, state_tex, indep, rhs, rows, values, chosen, y0, second, tuple(rhs_exprs))


def _defines(row: str, chosen: dict[str, float]) -> bool:
    """Whether ``row`` names on its left a quantity the author gave no value (one the reading had to
    choose): a definition such as an elasticity, not a differential equation for it."""
    left = row.split("=", 1)[0].strip()
    m = re.fullmatch(r"\\?([A-Za-z]+)", left)
    return bool(m) and (m.group(1).replace("var", "") in chosen or m.group(1) in chosen)


def _given(info: MathInfo, names: list[str]) -> dict[str, float]:
    """Values the author assigns: ``r = 0.5``, ``\\sigma = 10``, ``\\beta = 8/3`` (a fraction too)."""
    out = {}
    for name in names:
        for text in info.blocks:
            value = _given_in(text, name)
            if value is not None:
                out[name] = value
                break
    return out


# \beta = \gamma = \delta = 1: one value for every name of the chain
_CHAIN = re.compile(r"(?<![A-Za-z\\_^{])(?P<names>(?:(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?\w+\}?)?\s*=\s*){2,})(?P<v>-?\d+(?:\.\d+)?)(?![\d.])")


def _given_in(text: str, name: str) -> float | None:
    """The number the author assigns to ``name`` in ``text`` (``k = 0.5``, ``\\beta = 8/3``, ``q = \\frac{1}{2}``,
    ``\\theta = 30^\\circ`` in radians); not a letter inside a sum (``x + y = 4`` gives y no value)."""
    text = _CHAIN.sub(lambda m: ", ".join(f"{n.strip()} = {m['v']}" for n in m["names"].split("=") if n.strip()), text)
    tex = re.escape(tex_name(name)).replace(r"\{", r"\{?").replace(r"\}", r"\}?").replace("_", "_\\{?")
    number = (r"(?<![A-Za-z\\_^{])%s\s*=\s*(?P<n>-?\d+(?:\.\d+)?)(?:\s*\\times\s*10\s*\^\s*\{?\s*(?P<e>-?\d+)\s*\}?)?"
              r"(?:\s*/\s*(?P<d>\d+(?:\.\d+)?))?(?![\d.]|\s*[A-Za-z(]|\s*[-+]\s*[A-Za-z\\(])" % tex  # b = 1 - a is a formula
              + _DEGREES)
    for m in re.finditer(number, text):
        if is_left_side(text, m.start()):
            return _value(m) / (float(m.group("d")) if m.group("d") else 1.0)
    # \beta = \frac{b}{2m} = 0.10\ \mathrm{s^{-1}}, \omega = \sqrt{\omega_0^2 - \beta^2} \approx 1.997: the chain's closing number
    sides = split_top(single_line(text).replace("\\approx", "="), "=")
    # a formula in letters worked out (b/(2m) = 0.10); a number worked out (\frac{1}{20}\ln\frac32 \approx 0.0203) is the
    # "fixed elsewhere" kind params reads, not a given
    letters = re.search(r"[A-Za-z]", re.sub(r"\\(?!(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|kappa|lambda|mu|nu|"
                                            r"xi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![A-Za-z]))[A-Za-z]+", "", " ".join(sides[1:-1])))
    if len(sides) >= 3 and letters and re.fullmatch(r"\s*" + tex + r"\s*", sides[0]):
        m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*(?:\\[,;: ]\s*)?(?:\\(?:text|mathrm)\{[^{}]*\}(?:\^\{?-?\d\}?)?)?\s*", sides[-1])
        if m:
            return float(m.group(1))
    # \frac{1}{20} alone, not the factor of k = \frac{1}{20}\ln\frac32
    for m in re.finditer(r"(?<![A-Za-z\\_^{])%s\s*=\s*\\frac\{(\d+)\}\{(\d+)\}"
                         r"(?!\s*(?:\\(?:ln|log|sin|cos|tan|exp|sqrt|pi|cdot|times|frac)(?![A-Za-z])|[A-Za-z(^]))" % tex, text):
        if is_left_side(text, m.start()):
            return float(m.group(1)) / float(m.group(2))
    return None



# -- several values of one parameter, and the characteristic equation ----------------------------------------

_NUMBER = r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?|\\d?frac\{\s*\d+\s*\}\{\s*\d+\s*\}"
_LIST_SEP = r"\s*\$?\s*(?:,|，|、|\band\b|\bor\b|和|与|及|或)\s*\$?\s*"


def value_runs(text: str, name: str) -> list[tuple[int, int, list[object]]]:
    """Where ``text`` gives ``name`` values: ``(start, end, values)`` per run, a run being one assignment
    (``c = 2``) or a list (``c = 2, 6, 10``, ``$c=1$、$c=4$、$c=6$``, ``$\\zeta = 0.25$, $\\zeta = 1$ and
    $\\zeta = 2$``, ``\\zeta \\in \\{0.2, 1, 3\\}``); the values exact (sympy numbers), the runs in the text's order."""
    name_re = tex_pattern(name)
    value = rf"(?P<n>{_NUMBER})(?![\d.])"
    start = re.compile(rf"(?<![A-Za-z\\_^{{]){name_re}\s*=\s*{value}")
    # a further value, not a number in a relation or a sum (c = 2, 0 < t < 5)
    more = re.compile(rf"{_LIST_SEP}(?:{name_re}\s*=\s*)?{value}(?!\s*(?:[<>=^_+*/(-]|\\(?:le|ge|leq|geq|neq|lt|gt|cdot|times|to)\b))")
    runs = []
    for m in re.finditer(rf"(?<![A-Za-z\\_^{{]){name_re}\s*\\in\s*\\\{{\s*((?:{_NUMBER})(?:\s*,\s*(?:{_NUMBER}))+)\s*\\\}}", text):
        runs.append((m.start(), m.end(), [_exact(tok) for tok in re.split(r"\s*,\s*", m.group(1).strip())]))  # ζ ∈ {0.2, 1, 3}
    for m in start.finditer(text):
        if runs and m.start() < runs[-1][1]:
            continue  # inside the previous run (c = 2, c = 6)
        if not is_left_side(text.replace("$", " "), m.start()):
            continue
        found, at = [m.group("n")], m.end()
        while (n := more.match(text, at)) is not None:
            found.append(n.group("n"))
            at = n.end()
        runs.append((m.start(), at, [_exact(tok) for tok in found]))
    return sorted(runs)


def _exact(tok: str):
    """``0.25`` -> 1/4, ``\\frac{1}{2}`` -> 1/2, ``8/3`` -> 8/3 (sympy)."""
    import sympy as sp

    frac = re.fullmatch(r"\\d?frac\{\s*(\d+)\s*\}\{\s*(\d+)\s*\}", tok)
    return sp.Rational(int(frac.group(1)), int(frac.group(2))) if frac else sp.Rational(re.sub(r"\s+", "", tok))


def listed_values(info: MathInfo, name: str) -> list[object]:
    """The values the block gives the parameter ``name`` when it gives several (see :func:`value_runs`), in the
    block's order, without repeats; [] when it gives one or none."""
    out: list[object] = []
    for *_, values in value_runs(info.concept, name):
        out += [v for v in values if v not in out]
    return out if len(out) > 1 else []


def characteristic(system: OdeSystem) -> tuple | None:
    """``(α, β, γ)`` of the author's equation written as ``α x'' + β x' + γ x = 0`` (sympy, its parameters as
    symbols, α taken positive): a linear, unforced, second-order equation with constant coefficients; None
    for any other (forced, nonlinear, a system)."""
    import sympy as sp

    if not system.second_order or len(system.states) != 2 or len(system.rows) != 1:
        return None
    expr, orders, _ = marked_equation(system.rows[0])
    if not isinstance(expr, sp.Equality) or list(orders.values()) not in ([2], [2, 1], [1, 2]):
        return None
    v = next(iter(orders))
    expr = normalize(expr)
    E = sp.expand(expr.lhs - expr.rhs)
    xdd, xd, x = sp.Symbol(f"{v}_{{dd}}"), sp.Symbol(f"{v}_{{d}}"), sp.Symbol(v)
    a, b, c = (E.coeff(s) for s in (xdd, xd, x))
    if sp.expand(E - a * xdd - b * xd - c * x) != 0:
        return None  # a forcing term, a constant, a nonlinear term
    states = {xdd, xd, x, sp.Symbol(system.indep)}
    if any(k.free_symbols & states for k in (a, b, c)) or a == 0:
        return None
    known = {sp.Symbol(p): val for p, val in system.params.items()}
    if not a.free_symbols and a < 0 or a.free_symbols and float(a.subs(known)) < 0:
        a, b, c = -a, -b, -c
    return a, b, c
