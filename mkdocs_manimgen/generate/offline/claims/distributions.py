"""Statements about a discrete random variable: its distribution table (分布列) with P, E, D, σ, and the moments
of Y = aX + b from X's."""

from __future__ import annotations

import re

from ..latex import MathInfo, split_top
from ..symbolic import parse
from .core import Claim, differs, literal_places, say, value_of

_MOMENT = re.compile(r"^\s*(E|D|V|\\operatorname\{Var\}|\\mathrm\{Var\}|\\text\{Var\}|Var)\s*\(\s*([A-Z]|\\xi|\\eta)\s*\)\s*=(.+)$")
_AFFINE = re.compile(r"^\s*([A-Z]|\\xi|\\eta)\s*=\s*([^=]+)$")


def _linear_moments(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``Y = 3X - 2`` with ``E(X) = 4`` and ``D(X) = 2.4`` given: a stated ``E(Y)`` against ``3E(X) - 2`` and a stated
    ``D(Y)`` (or ``Var(Y)``) against ``3^2 D(X)`` (the slip ``D(Y) = 3D(X) - 2``).  X's moments are the last value of
    their rows (``E(X) = 10 \\times 0.4 = 4``)."""
    import sympy as sp

    moments: dict[tuple[str, str], tuple[str, list]] = {}  # (E or D, variable) -> (the author's name, steps)
    for row in rows:
        m = _MOMENT.match(row)
        if m:
            steps = [(p.strip(), value_of(p)) for p in split_top(m.group(3), "=")]
            moments[("E" if m.group(1) == "E" else "D", m.group(2))] = (m.group(1), [(p, v[1]) for p, v in steps
                                                                                    if isinstance(v, tuple)])
    out = []
    for row in rows:
        a = _AFFINE.match(row)
        if not a:
            continue
        Y = a.group(1)
        expr = parse(a.group(2))
        if not isinstance(expr, sp.Expr) or len(expr.free_symbols) != 1:
            continue
        X = next(iter(expr.free_symbols))
        poly = sp.Poly(expr, X)
        if poly.degree() != 1:
            continue
        slope, shift = poly.all_coeffs()
        for kind in ("E", "D"):
            given, stated = moments.get((kind, str(X))), moments.get((kind, Y))
            if not given or not given[1] or not stated:
                continue
            true = float(slope * given[1][-1][1] + shift if kind == "E" else slope**2 * given[1][-1][1])
            wrong = next((p for p, v in stated[1] if differs(p, v, true)), None)
            if wrong is None:
                continue
            name = stated[0]
            a_tex = say(slope) if slope >= 0 else f"({say(slope)})"
            rule = (f"{name}({Y}) = {a_tex}\\,{name}({X}) {'+' if shift >= 0 else '-'} {say(abs(shift))}" if kind == "E"
                    else f"{name}({Y}) = {a_tex}^2\\,{name}({X})")
            decimal = "." in given[1][-1][0]
            out.append(Claim(f"{name}({Y}) = {wrong}", f"{rule} = {f'{true:g}' if decimal else say(sp.nsimplify(true))}",
                             (f"for ${Y} = {a.group(2).strip()}$, ${rule}$", f"对 ${Y} = {a.group(2).strip()}$，${rule}$")))
    return out


_STATED_MOMENT = re.compile(r"^\s*(?P<name>E|D|V|\\operatorname\{Var\}|\\mathrm\{Var\}|\\text\{Var\}|Var|\\sigma|\\sqrt\{D)"
                            r"\s*\(\s*(?P<var>[^()]+?)\s*\)\s*\}?\s*=(?P<rest>.+)$")


def _off(stated_tex: str, stated, true) -> bool:
    """An exact table's value stated wrongly: a written decimal off by more than half its last place (0.49 may be 0.5,
    1.2 may not be 1.1), anything else not equal to it."""
    places = literal_places(stated_tex)
    if places is not None:
        return abs(float(stated) - float(true)) > 0.5 * 10 ** -places * 1.01
    return abs(float(stated) - float(true)) > 1e-12 * max(1.0, abs(float(true)))


def _pmf_statements(info: MathInfo, rows: list[str]) -> list[Claim]:
    """The block's one distribution table (:func:`.pmf.read`): false when its probabilities do not add up to 1; else
    each closed step of a stated ``P(X = k)``, ``E(X)``, ``D(X)`` (``Var``, ``V``) or ``\\sigma(X)`` / ``\\sqrt{D(X)}``
    against the exact value (``E(X) = 0 \\cdot 0.2 + 1 \\cdot 0.5 = 0.6``: the last step is checked too)."""
    from .. import pmf as pmfs

    found = pmfs.read(info)
    if found is None:
        return []
    X, dec = found.variable, found.decimal
    if not found.proper:
        shown = " + ".join(pmfs.show(p, dec) for p in found.probs)
        return [Claim(f"\\sum_k P({X} = k) = 1", f"{shown} = {pmfs.show(found.total, dec)}",
                      (f"the table's probabilities add up to ${pmfs.show(found.total, dec)}$: it is no distribution of ${X}$",
                       f"分布列中的概率之和为 ${pmfs.show(found.total, dec)}$：它不是 ${X}$ 的分布列"))]
    truth = {"E": found.mean, "D": found.variance, "sigma": found.sd}
    by_k = dict(zip(found.values, found.probs))
    out = []
    for var, k, parts in pmfs.statements(info):
        if var != X or not re.fullmatch(r"-?\d+", k):
            continue
        true = by_k.get(int(k), 0)
        wrong = next((p for p in parts if (v := pmfs.exact(p)) is not None and v.is_number and _off(p, v, true)), None)
        if wrong is not None:
            out.append(Claim(f"P({X} = {k}) = {wrong}", f"P({X} = {k}) = {pmfs.show(true, dec)}",
                             (f"from the block's distribution, $P({X} = {k}) = {pmfs.show(true, dec)}$",
                              f"由题中的分布，$P({X} = {k}) = {pmfs.show(true, dec)}$")))
    for row in rows:
        m = _STATED_MOMENT.match(row)
        if not m or m["var"].strip() != X:
            continue
        kind = "E" if m["name"] == "E" else "sigma" if "sigma" in m["name"] or "sqrt" in m["name"] else "D"
        true = truth[kind]
        name = {"E": "E", "D": m["name"], "sigma": "\\sigma"}[kind]
        for part in (p.strip() for p in split_top(m["rest"], "=")):
            v = pmfs.exact(part)
            if v is None or not v.is_number:
                continue
            if _off(part, v, true):
                said = pmfs.show(true, dec) if true.is_Rational else f"{say(true)} \\approx {float(true):.4g}"
                out.append(Claim(f"{name}({X}) = {part}", f"{name}({X}) = {said}",
                                 (f"from the block's distribution, ${name}({X}) = {said}$",
                                  f"由题中的分布列，${name}({X}) = {said}$")))
                break
    return out
