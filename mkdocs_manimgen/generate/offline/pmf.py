"""The distribution (分布列) of one discrete random variable as the author gives it, exactly.

Read from a table (Markdown rows ``| X | 0 | 1 |`` / ``| P | ... |`` in the prose, ``\\begin{array}`` or
``tabular`` with an X row and a P row, either way round), a formula ``P(X=k) = \\frac{C_4^k C_6^{3-k}}{C_{10}^3}``
with its range ``k = 0, 1, 2, 3``, a binomial ``B(n, p)`` (:func:`.distributions.from_block`), or a list
``P(X=0) = \\frac16, P(X=1) = \\frac12, ...``.  Values are sympy Rationals: E(X) = Σ k p_k and
D(X) = Σ (k - E)^2 p_k are exact, and a table that does not add up to 1 is the block's error, not ours.
One probability may be an unknown letter (``0.1, a, 0.3, 2a``): Σ p_k = 1 decides it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .latex import MathInfo, sanitize, single_line, split_rows, split_top

# The random variable's name: X, Y, ξ, η (\xi, \eta).
VARIABLE = r"(?:[XYZ]|\\xi|\\eta|\\zeta|ξ|η)"
_P_HEAD = re.compile(r"^\s*(?:P|p|p_\{?[ik]\}?|\\mathrm\{P\}|P\s*\(.*\)|概率)\s*$")
_V_HEAD = re.compile(rf"^\s*(?:{VARIABLE}|x_\{{?[ik]\}}?|k)\s*$")
MAX_VALUES = 12  # bars beyond this crowd their exact labels


@dataclass(frozen=True)
class Pmf:
    """``values`` k (exact, ascending) and ``probs`` P(X = k) (exact, probably Rationals).  ``source``: table,
    formula, binomial or list; ``law``: the TeX the author wrote for it (a formula, ``B(4, \\frac{1}{3})``) or
    "" for a table; ``unknown``: (letter, its value from Σ p = 1) or None; ``decimal``: the author writes
    decimals (0.3), so the scene does too."""

    variable: str
    values: tuple
    probs: tuple
    source: str
    law: str = ""
    unknown: tuple | None = None
    decimal: bool = False

    @property
    def total(self):
        return sum(self.probs)

    @property
    def proper(self) -> bool:
        """A distribution: every P in [0, 1] and Σ P = 1."""
        return all(0 <= p <= 1 for p in self.probs) and self.total == 1

    @property
    def mean(self):
        return sum(k * p for k, p in zip(self.values, self.probs))

    @property
    def variance(self):
        e = self.mean
        return sum((k - e) ** 2 * p for k, p in zip(self.values, self.probs))

    @property
    def sd(self):
        import sympy as sp

        return sp.sqrt(self.variance)


def show(value, decimal: bool = False) -> str:
    """LaTeX of an exact value: a terminating decimal where the author writes decimals (0.35), else a fraction."""
    import sympy as sp

    value = sp.nsimplify(value)
    if decimal and value.is_Rational:
        q = int(value.q)
        while q % 2 == 0:
            q //= 2
        while q % 5 == 0:
            q //= 5
        if q == 1:
            return f"{float(value):.10g}"
    if value.is_Rational and value.q != 1:
        sign = "-" if value < 0 else ""
        return f"{sign}\\frac{{{abs(value.p)}}}{{{value.q}}}"
    return sp.latex(value)


# -- exact values of small LaTeX (C_n^k, \binom, A_n^k, fractions, decimals) ------------------------------

def _group(tex: str, i: int) -> tuple[str, int]:
    """The argument at ``tex[i]``: a braced group's inside or one character; and the index after it."""
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i < len(tex) and tex[i] == "{":
        depth = 0
        for j in range(i, len(tex)):
            depth += {"{": 1, "}": -1}.get(tex[j], 0)
            if depth == 0:
                return tex[i + 1:j], j + 1
        raise ValueError("unbalanced braces")
    if i < len(tex):
        return tex[i], i + 1
    raise ValueError("missing argument")


def _python(tex: str) -> str:
    """Python (sympy) text of a LaTeX expression of numbers, letters, fractions and counts of choices."""
    out, i = [], 0
    while i < len(tex):
        rest = tex[i:]
        m = re.match(r"\\(?:d|t)?frac", rest)
        if m:
            a, j = _group(tex, i + m.end())
            b, j = _group(tex, j)
            out.append(f"(({_python(a)})/({_python(b)}))")
            i = j
            continue
        if rest.startswith("\\binom"):
            a, j = _group(tex, i + 6)
            b, j = _group(tex, j)
            out.append(f"binomial({_python(a)},{_python(b)})")
            i = j
            continue
        m = re.match(r"(?:\\mathrm\{([CA])\}|([CA]))\s*([_^])", rest)  # C_n^k (组合数) and A_n^k (排列数), either index first
        if m:
            first, j = _group(tex, i + m.end())
            second_mark = "^" if m.group(3) == "_" else "_"
            if j < len(tex) and tex[j] == second_mark:
                second, j = _group(tex, j + 1)
                n, k = (first, second) if m.group(3) == "_" else (second, first)
                fn = "binomial" if (m.group(1) or m.group(2)) == "C" else "ff"
                out.append(f"{fn}({_python(n)},{_python(k)})")
                i = j
                continue
        if rest.startswith("\\sqrt"):
            a, j = _group(tex, i + 5)
            out.append(f"sqrt({_python(a)})")
            i = j
            continue
        if tex[i] == "^":
            a, j = _group(tex, i + 1)
            out.append(f"**({_python(a)})")
            i = j
            continue
        m = re.match(r"\\(?:times|cdot)(?![A-Za-z])", rest)
        if m:
            out.append("*")
            i += m.end()
            continue
        m = re.match(r"\\(?:left|right|[,;:! ])(?![A-Za-z])|\\(?:left|right)", rest)
        if m:
            i += m.end()
            continue
        if tex[i] == "\\":
            raise ValueError(f"unread command in {tex!r}")
        out.append({"{": "(", "}": ")", "[": "(", "]": ")"}.get(tex[i], tex[i]))
        i += 1
    return "".join(out)


@lru_cache(maxsize=2048)
def exact(tex: str, at: tuple = ()):
    """The exact value of ``tex`` (sympy, decimals as Rationals), letters named in ``at`` = ((name, value), ...)
    put in; None when it cannot be read.  A value keeping a letter is returned as an expression."""
    import sympy as sp
    from sympy.parsing.sympy_parser import (implicit_multiplication_application, parse_expr, rationalize,
                                            standard_transformations)

    tex = re.sub(r"\s+", " ", single_line(tex)).strip()
    if not tex or re.search(r"\\(?:int|sum|lim|prod|infty)|[=<>|]", tex):
        return None
    try:
        text = _python(tex)
        letters = {c: sp.Symbol(c) for c in set(re.findall(r"(?<![A-Za-z])[a-zA-Z](?![A-Za-z(])", text))}
        local = {"binomial": sp.binomial, "ff": sp.ff, "sqrt": sp.sqrt, **letters}
        expr = parse_expr(text, local_dict=local, evaluate=True,
                          transformations=standard_transformations + (rationalize, implicit_multiplication_application))
        expr = sp.sympify(expr).subs({sp.Symbol(n): v for n, v in at})
        return sp.nsimplify(expr) if expr.is_number else expr
    except Exception:  # noqa: BLE001 - what cannot be read is not read
        return None


# -- tables ---------------------------------------------------------------------------------------------

def _cells(row: str) -> list[str]:
    return [c.strip().strip("$").strip() for c in row]


def _markdown_tables(concept: str) -> list[list[list[str]]]:
    tables, cur = [], []
    for line in concept.splitlines() + [""]:
        if re.match(r"^\s*\|.*\|\s*$", line):
            if not re.fullmatch(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*", line):
                cur.append(_cells(line.strip().strip("|").split("|")))
        elif cur:
            tables.append(cur)
            cur = []
    return tables


def _tex_tables(info: MathInfo) -> list[list[list[str]]]:
    bodies = [m.group(1) for b in info.blocks for m in re.finditer(r"\\begin\{array\}\s*\{[^{}]*\}(.*?)\\end\{array\}", b, re.S)]
    bodies += [m.group(1) for m in re.finditer(r"\\begin\{tabular\}\s*\{[^{}]*\}(.*?)\\end\{tabular\}", info.concept, re.S)]
    out = []
    for body in bodies:
        body = re.sub(r"\\hline|\\cline\{[^{}]*\}", " ", body)
        out.append([_cells(row.split("&")) for row in split_rows(body)])
    return out


def _from_rows(rows: list[list[str]]) -> tuple[str, list[str], list[str]] | None:
    """(variable, value cells, probability cells) of a table with an X row and a P row, or X and P columns."""
    for grid in (rows, [list(col) for col in zip(*rows)] if rows and len({len(r) for r in rows}) == 1 else []):
        heads = [r[0] if r else "" for r in grid]
        xv = next((i for i, h in enumerate(heads) if _V_HEAD.match(sanitize(h))), None)
        pv = next((i for i, h in enumerate(heads) if _P_HEAD.match(sanitize(h))), None)
        if xv is not None and pv is not None and xv != pv and len(grid[xv]) == len(grid[pv]) >= 3:
            name = sanitize(heads[xv])
            variable = name if re.fullmatch(VARIABLE, name) else "X"
            return variable, [sanitize(c) for c in grid[xv][1:]], [sanitize(c) for c in grid[pv][1:]]
    return None


def _table(info: MathInfo) -> Pmf | None:
    for rows in _markdown_tables(info.concept) + _tex_tables(info):
        found = _from_rows(rows)
        if found is None:
            continue
        variable, xs, ps = found
        return _made(variable, xs, ps, "table", "")
    return None


def _made(variable: str, xs: list[str], ps: list[str], source: str, law: str) -> Pmf | None:
    """A Pmf from written values and probabilities; one unknown letter among the P's is solved from Σ = 1."""
    import sympy as sp

    values = [exact(x) for x in xs]
    probs = [exact(p) for p in ps]
    if any(v is None or not v.is_number or not v.is_rational for v in values) or any(p is None for p in probs):
        return None
    if len(set(values)) != len(values) or not 2 <= len(values) <= MAX_VALUES:
        return None
    letters = set().union(*(p.free_symbols for p in probs))
    unknown = None
    if letters:
        if len(letters) != 1:
            return None
        a = letters.pop()
        roots = [r for r in sp.solve(sp.Eq(sum(probs), 1), a) if r.is_real
                 and all(0 <= p.subs(a, r) <= 1 for p in probs)]
        if len(roots) != 1:
            return None
        unknown = (str(a), sp.nsimplify(roots[0]))
        probs = [sp.nsimplify(p.subs(a, roots[0])) for p in probs]
    order = sorted(range(len(values)), key=lambda i: values[i])
    return Pmf(variable, tuple(values[i] for i in order), tuple(probs[i] for i in order), source, law, unknown,
               any("." in p for p in ps))


# -- formulas, lists, the binomial ---------------------------------------------------------------------

_PX = rf"P\s*\(\s*(?P<var>{VARIABLE})\s*=\s*(?P<k>-?\d+|[a-z](?:_\{{?[a-z0-9]\}}?)?)\s*\)"


def statements(info: MathInfo) -> list[tuple[str, str, list[str]]]:
    """Each ``P(X = k) = ...`` the math writes: (variable, k as written, the parts after it split at '=')."""
    out = []
    for block in info.blocks:
        flat = single_line(block)
        for piece in re.split(r"\\q?quad|;|，|；", flat):
            for part in split_top(piece, ","):
                m = re.match(rf"^\s*{_PX}\s*=(.+)$", part)
                if m:
                    out.append((m["var"], m["k"], [s.strip() for s in split_top(m.group(m.lastindex), "=") if s.strip()]))
    return out


def _range(info: MathInfo, letter: str) -> list[int] | None:
    """The values of ``letter`` the block states: ``k = 0, 1, 2, 3``, ``k = 0, 1, \\dots, 4``, ``0 \\le k \\le 3``."""
    text = " ".join(single_line(b) for b in info.blocks)
    dots = r"\\(?:l|c)?dots|\.\.\.|…"
    m = re.search(rf"(?<![A-Za-z\\]){letter}\s*=\s*((?:-?\d+\s*,\s*)+(?:(?:{dots})\s*,\s*)?-?\d+)", text)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        if any(re.fullmatch(dots, p) for p in parts):
            nums = [int(p) for p in parts if not re.fullmatch(dots, p)]
            return list(range(nums[0], nums[-1] + 1))
        return [int(p) for p in parts]
    m = re.search(rf"(-?\d+)\s*(?:\\le|\\leq|\\leqslant|≤)\s*{letter}\s*(?:\\le|\\leq|\\leqslant|≤)\s*(-?\d+)", text)
    if m:
        return list(range(int(m.group(1)), int(m.group(2)) + 1))
    m = re.search(rf"(?<![A-Za-z\\]){letter}\s*\\in\s*\\\{{\s*((?:-?\d+\s*,\s*)+-?\d+)\s*\\\}}", text)
    return [int(p) for p in m.group(1).split(",")] if m else None


def _formula(info: MathInfo) -> Pmf | None:
    import sympy as sp

    for var, k, parts in statements(info):
        if re.fullmatch(r"-?\d+", k) or not parts:
            continue
        ks = _range(info, re.escape(k))
        if not ks or not 2 <= len(ks) <= MAX_VALUES:
            continue
        probs = [exact(parts[0], ((k, sp.Integer(v)),)) for v in ks]
        if any(p is None or not p.is_number for p in probs):
            continue
        return Pmf(var, tuple(sp.Integer(v) for v in ks), tuple(probs), "formula", f"P({var}={k}) = {parts[0]}",
                   None, "." in parts[0])
    return None


def _listed(info: MathInfo) -> Pmf | None:
    import sympy as sp

    found: dict = {}
    var = None
    for v, k, parts in statements(info):
        if not re.fullmatch(r"-?\d+", k) or (var and v != var):
            continue
        value = next((x for x in (exact(p) for p in parts) if x is not None and x.is_number), None)
        if value is not None:
            var = v
            found.setdefault(sp.Integer(int(k)), (value, parts))
    if len(found) < 2 or len(found) > MAX_VALUES:
        return None
    ks = sorted(found)
    if sum(found[k][0] for k in ks) != 1:
        return None  # a list short of 1 is a partial one (the rest asked), not a table the author claims complete
    return Pmf(var, tuple(ks), tuple(found[k][0] for k in ks), "list", "", None,
               any("." in found[k][1][0] for k in ks))


def _binomial(info: MathInfo) -> Pmf | None:
    import sympy as sp

    from .distributions import from_block

    try:
        d = from_block(info, n_is_sample_size=False)
    except ValueError:
        return None
    if d is None or d.kind != "binomial" or d.params[0] + 1 > MAX_VALUES:
        return None
    n, p = int(d.params[0]), sp.nsimplify(d.params[1], tolerance=1e-10, rational=True)
    math = " ".join(info.blocks)
    m = re.search(rf"({VARIABLE})\s*\\sim", math)
    decimal = bool(re.search(r"(?<![\d.])\d*\.\d", math))  # p = 0.6: the P's are decimals too
    return Pmf(m.group(1) if m else "X", tuple(sp.Integer(k) for k in range(n + 1)),
               tuple(sp.binomial(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)), "binomial",
               f"B({n}, {show(p, decimal)})", None, decimal)


def read(info: MathInfo) -> Pmf | None:
    """The block's one discrete distribution, exact: a table first, then a formula with its range, a binomial,
    a list of P(X = k); None when it gives none."""
    for reader in (_table, _formula, _binomial, _listed):
        found = reader(info)
        if found is not None:
            return found
    return None
