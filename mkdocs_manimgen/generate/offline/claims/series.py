"""Statements about sums and series: a Taylor polynomial, a closed form of a finite sum (with Σ or an ellipsis),
"converges" / "diverges" / "converges absolutely", and a power series' radius, interval and sum function."""

from __future__ import annotations

import re

from ..calculus import TAYLOR_POLYNOMIAL, centre_named, expanded_function
from ..latex import MathInfo, single_line, split_top
from ..symbolic import normalize, parse
from .core import Claim, value_of



def _taylor_polynomials(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``P_n(x) = p(x)`` (or ``T_n``) against the degree-n Taylor polynomial of the block's one other function
    of x (:func:`.calculus.expanded_function`), at the centre the prose names ("at $x = 1$", "在 $x=0$ 处"; 0 when none is named)."""
    import sympy as sp

    x = sp.Symbol("x")
    stated = [(m, row) for row in rows if (m := TAYLOR_POLYNOMIAL.match(row))]
    subject = expanded_function(info) if stated else None
    if subject is None:
        return []
    f = subject[0]
    centre = centre_named(info.concept)
    a = value_of(centre) if centre is not None else (0, 0.0)
    if not isinstance(a, tuple):
        return []
    out = []
    for m, row in stated:
        n = int(m.group(2))
        p = parse(split_top(m.group(3), "=")[0])
        if not isinstance(p, sp.Expr) or not p.free_symbols <= {x}:
            continue
        true = sp.expand(sp.series(f, x, a[0], n + 1).removeO())
        if sp.expand(normalize(p) - true) == 0:
            continue
        name, tex = split_top(row, "=")[0].strip(), _in_powers(f, x, a[0], n)  # P_3(x) as the author wrote it
        out.append(Claim(f"{name} = {m.group(3).strip()}", f"{name} = {tex}",
                         (f"the Taylor polynomial of degree {n} of ${sp.latex(f)}$ at ${sp.latex(a[0])}$ is ${tex}$",
                          f"${sp.latex(f)}$ 在 ${sp.latex(a[0])}$ 处的 {n} 阶泰勒多项式是 ${tex}$")))
    return out


def _in_powers(f, x, a, n: int) -> str:
    """The degree-n Taylor polynomial of f at a, written in powers of (x - a) as a textbook writes it."""
    import sympy as sp

    base = "x" if a == 0 else f"({sp.latex(x - a)})"
    terms = []
    for k in range(n + 1):
        c = sp.nsimplify(sp.diff(f, x, k).subs(x, a) / sp.factorial(k))
        if c == 0:
            continue
        power = "" if k == 0 else base if k == 1 else f"{base}^{{{k}}}"
        if not power:
            body = sp.latex(abs(c))
        elif abs(c) == 1:
            body = power
        elif abs(c).is_Rational and abs(c).q != 1:
            body = f"\\frac{{{abs(c).p if abs(c).p != 1 else ''}{power}}}{{{abs(c).q}}}"
        else:
            body = f"{sp.latex(abs(c))}{power}"
        terms.append(("-" if c < 0 else "+", body))
    if not terms:
        return "0"
    text = "".join(f" {sign} {body}" for sign, body in terms).strip()
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


# -- closed forms, series, solutions --------------------------------------------------------------------

def _sum_forms(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``\\sum_{k=a}^{n} t(k) = g(n)`` checked at n = a..a+7 (a closed form true for every n is true there)."""
    import sympy as sp

    out = []
    for row in rows:
        parts = split_top(row, "=")
        if len(parts) != 2 or "\\sum" not in parts[0]:
            continue
        left, right = (parse(p) for p in parts)
        if not (isinstance(left, sp.Sum) and isinstance(right, sp.Expr)) or len(left.limits) != 1:
            continue
        left, right = normalize(left), normalize(right)
        k, lo, hi = left.limits[0]
        if not (hi.is_Symbol and lo.is_Integer) or left.free_symbols != {hi} or not right.free_symbols <= {hi}:
            continue
        n = hi
        bad = next((i for i in range(int(lo), int(lo) + 8) if _sum_differs(left.subs(n, i).doit(), right.subs(n, i))),
                   None)
        if bad is None:
            continue
        closed = sp.factor(sp.summation(left.function, (k, lo, n)))
        out.append(Claim(f"{parts[0].strip()} = {parts[1].strip()}", f"{parts[0].strip()} = {sp.latex(closed)}",
                         (f"at $n = {bad}$ the sum is ${left.subs(n, bad).doit()}$ but the formula gives ${right.subs(n, bad)}$",
                          f"$n = {bad}$ 时和为 ${left.subs(n, bad).doit()}$，而公式给出 ${right.subs(n, bad)}$")))
    return out


_ELLIPSIS = re.compile(r"\\(?:c|l)?dots|\.\.\.|…|⋯")
_NAMED_SUM = re.compile(r"^\s*([A-Z])_\{?n\}?\s*=(.+)$")


def _ellipsis_term(tex: str):
    """(general term in k, n) of a sum written with an ellipsis, ``1\\cdot2 + 2\\cdot2^2 + \\cdots + n\\cdot2^n``: the
    last term in n is the general term, and it must give the first terms written; None otherwise."""
    import sympy as sp

    parts = [p.strip() for p in split_top(_ELLIPSIS.sub(" ELLIPSIS ", tex), "+")]
    if sum("ELLIPSIS" in p for p in parts) != 1 or parts[-1] == "ELLIPSIS" or "ELLIPSIS" not in parts[-2]:
        return None
    first = [normalize(parse(p)) for p in parts[:-2]]
    last = parse(parts[-1])
    if not first or not isinstance(last, sp.Expr) or any(not isinstance(f, sp.Expr) or f.free_symbols for f in first):
        return None
    last = normalize(last)
    if len(last.free_symbols) != 1:
        return None
    n = next(iter(last.free_symbols))
    k = sp.Dummy("k", integer=True, positive=True)
    term = last.subs(n, k)
    if any(sp.simplify(term.subs(k, i + 1) - f) != 0 for i, f in enumerate(first)):
        return None
    return term, k, n


def _ellipsis_forms(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A closed form for a sum written with an ellipsis (``S_n = 1 + 3 + \\cdots + (2n - 1) = n^2``, or ``S_n`` defined
    so and its closed form stated in another formula), checked at n = 1..8 like :func:`_sum_forms`."""
    import sympy as sp

    named: dict[str, tuple] = {}
    stated: list[tuple[str, str, str]] = []  # (name or sum text, closed form text, row)
    for row in rows:
        m = _NAMED_SUM.match(row)
        parts = [p.strip() for p in split_top(m.group(2) if m else row, "=")]
        sums = [p for p in parts if _ELLIPSIS.search(p)]
        if len(sums) > 1:
            continue
        found = _ellipsis_term(sums[0]) if sums else None
        if m and found:
            named[m.group(1)] = found
        rest = [p for p in parts if p not in sums]
        for closed in rest:
            if found:
                stated.append((sums[0], closed, row))
            elif m:
                stated.append((m.group(1), closed, row))
    out = []
    for who, closed, row in stated:
        found = named.get(who) if len(who) == 1 else _ellipsis_term(who)
        if not found:
            continue
        term, k, n = found
        g = parse(closed)
        if not isinstance(g, sp.Expr):
            continue
        g = normalize(g)
        if g.free_symbols != {n}:
            continue
        bad = next((i for i in range(1, 9) if _sum_differs(sp.Sum(term, (k, 1, i)).doit(), g.subs(n, i))), None)
        if bad is None:
            continue
        name = f"{who}_n" if len(who) == 1 else who
        truth = sp.factor(sp.summation(term, (k, 1, n)))
        total = sp.Sum(term, (k, 1, bad)).doit()
        out.append(Claim(f"{name} = {closed}", f"{name} = {sp.latex(truth)}",
                         (f"at $n = {bad}$ the sum is ${total}$ but the formula gives ${sp.latex(g.subs(n, bad))}$",
                          f"$n = {bad}$ 时和为 ${total}$，而公式给出 ${sp.latex(g.subs(n, bad))}$")))
    return out


def _sum_differs(total, stated) -> bool:
    """A partial sum against the stated closed form at one n, decided numerically to 30 digits: simplify()
    cannot prove arctan(1/3) = arctan 2 - pi/4, and "not proved equal" is not "false". Undecidable is False."""
    try:
        difference = complex((total - stated).evalf(30))
        scale = max(1.0, abs(complex(stated.evalf(30))))
    except (TypeError, ValueError):
        return False
    return abs(difference) > 1e-12 * scale


_ABSOLUTELY = r"absolutely|绝对收敛"


def _absolutely(series, tex: str) -> list[Claim]:
    """"Converges absolutely" said of a series whose absolute values diverge (Leibniz's test gives convergence only)."""
    import sympy as sp

    term, (n, a, b) = series.function, series.limits[0]
    verdict = sp.Sum(sp.Abs(term).rewrite(sp.Piecewise).simplify(), (n, a, b)).is_convergent()
    if verdict != sp.false:
        return []
    return [Claim(f"{tex.strip()} \\text{{ converges absolutely}}", f"{tex.strip()} \\text{{ converges conditionally}}",
                  ("the series of absolute values diverges; the alternating signs alone make it converge",
                   "各项绝对值组成的级数发散；它只是条件收敛"))]


_CONVERGES = (r"(?<!not )(?<!n't )\b(?:converges|is convergent|is summable)\b|(?<!不)收敛")
_DIVERGES = (r"\b(?:diverges|is divergent|does not converge|doesn't converge|fails to converge)\b|发散|不收敛")


def _convergence(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """"The series ... converges" (or diverges) said in the sentence that writes one series with bounds to
    infinity, against sympy's test of that series. Terms with factorials are not tested (too slow)."""
    import sympy as sp

    out = []
    for sentence in re.split(r"(?<=[.!?。！？；;])\s*", info.concept):
        series = re.findall(r"\$+([^$]*\\sum[^$]*)\$+", sentence)
        if len(series) != 1 or "\\infty" not in series[0] or "!" in series[0] or "binom" in series[0]:
            continue
        prose = re.sub(r"\$+[^$]*\$+", " ", sentence)
        says_conv, says_div = re.search(_CONVERGES, prose, re.I), re.search(_DIVERGES, prose, re.I)
        if bool(says_conv) == bool(says_div):
            continue  # neither said, or both ("not ... but converges"): not one claim
        tex = re.sub(r"\\(?:display|text)style\s*", "", split_top(single_line(series[0]), "=")[0])
        expr = parse(tex)
        if not isinstance(expr, sp.Sum) or len(expr.limits) != 1 or not expr.limits[0][2].is_infinite:
            continue
        expr = normalize(expr)
        if expr.free_symbols:
            continue
        verdict = expr.is_convergent()
        if verdict not in (sp.true, sp.false):
            continue
        if verdict and says_conv and re.search(_ABSOLUTELY, prose, re.I):
            out += _absolutely(expr, tex)
            continue
        if bool(verdict) == bool(says_conv):
            continue
        if verdict:
            out.append(Claim(f"{tex.strip()} \\text{{ diverges}}", f"{tex.strip()} \\text{{ converges}}",
                             ("the series converges", "该级数收敛")))
        else:
            out.append(Claim(f"{tex.strip()} \\text{{ converges}}", f"{tex.strip()} \\text{{ diverges}}",
                             ("its partial sums grow without bound: the series diverges", "部分和无界增长：该级数发散")))
    return out


def _series_of_functions(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads the block's one Σ t_n(x)
    """A radius of convergence, an interval of convergence or a sum function S(x) the block states for its one
    power series (or series of functions), against the ratio test, the endpoint series and sympy's sum
    (:mod:`.series_readers`): ``R = \\lim |a_n/a_{n+1}| = 4`` for Σ z^{2n}/4^n, whose radius is 2."""
    from ..series_readers import read_series_of_functions

    series = read_series_of_functions(info)
    if series is None:
        return []
    return [Claim(st.stated, st.truth, (f"the ratio test and the endpoint series give ${st.truth}$",
                                        f"由比值判别法及端点处的级数得 ${st.truth}$"))
            for st in series.statements if not st.holds]
