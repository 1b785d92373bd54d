"""Stated values: a closed number on both sides of ``=``, an expression in the block's given letters, a
congruence, a complex number's argument, the block's function (or its derivative) at a point, a root's bracket,
and an expansion or factorisation of a polynomial."""

from __future__ import annotations

import math
import re

from ..latex import MathInfo, bare_name, plain_unit, single_line, split_top
from ..symbolic import normalize, parse, strip_units
from .core import DIVERGES, NOT_ONE_VALUE, Claim, definitions, differs, say, value_of

def _numbers(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``left = right`` between closed numbers; a chain ``I = a = b = c`` states that every closed step equals the
    first one (a name, an unreadable step such as ``[-1/x]_{-1}^{1}``, is passed over)."""
    out = []
    for row in rows:
        if "=" not in row or NOT_ONE_VALUE.search(row):
            continue
        parts = [p.strip() for p in split_top(row, "=")]
        if len(parts) == 2 and all(re.fullmatch(r"-?\d+", p) for p in parts):
            continue  # "adding the equations gives 0 = 3": a contradiction the block derives, not a value it states
        known = [(p, v) for p, v in ((p, value_of(p)) for p in parts if p and not bare_name(p)) if v is not None]
        if len(known) < 2:
            continue
        (first, fv), rest = known[0], known[1:]
        for step, sv in rest:
            if fv == DIVERGES and sv != DIVERGES:
                out.append(Claim(f"{first} = {step}", f"{first} = \\infty" if "int" in first else f"{first} \\text{{ diverges}}",
                                 ("it diverges: there is no finite value to equal", "它发散：不存在有限的值")))
                break
            if DIVERGES in (fv, sv) or not differs(step, sv[1], fv[1]):
                continue
            out.append(Claim(f"{first} = {step}", f"{first} = {say(fv[0])}",
                             ("worked out, the left side is " + f"${say(fv[0])}$", "左边算出来等于 " + f"${say(fv[0])}$")))
            break
    return out


_GIVEN_NAME = re.compile(r"^\s*([A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)\s*=(?!=)([^=]+)$")


def _given(info: MathInfo, rows: list[str]) -> dict:
    """Symbol -> exact value for each letter the block gives one closed value (``z_1 = 1 + \\mathrm{i}``, ``a = 3``);
    ``i`` is the imaginary unit in a block about complex numbers. A letter given two values is no given."""
    import sympy as sp

    unit = {sp.Symbol("i"): sp.I} if info.reading.complex_plane else {}
    seen: dict = {}
    for row in rows:
        m = _GIVEN_NAME.match(row)
        if not m:
            continue
        value = parse(strip_units(plain_unit(m.group(2))))  # \\mathrm{i} is the unit i, not a unit to strip
        if not isinstance(value, sp.Expr):
            continue
        value = normalize(value).subs(unit)
        if value.free_symbols:
            continue
        name = normalize(parse(m.group(1)))
        if isinstance(name, sp.Symbol):
            seen.setdefault(name, set()).add(value)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _combined(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``|z_1 z_2| = \\sqrt2 + 2`` where the block gives z_1 and z_2: a stated value of an expression in two or more
    of the block's given letters (one given letter is often the unknown of an equation, not a claim)."""
    given = _given(info, rows)
    if len(given) < 2:
        return []
    out = []
    for row in rows:
        if NOT_ONE_VALUE.search(row):
            continue
        parts = [p.strip() for p in split_top(row, "=")]
        if len(parts) < 2 or _GIVEN_NAME.match(row):
            continue
        left = _substituted(parts[0], given, letters=2)
        if left is None:
            continue
        true, tv = left
        for step in parts[1:]:
            plain = strip_units(plain_unit(step))
            sv = value_of(plain) or _substituted(step, given)
            if isinstance(sv, tuple) and differs(plain, sv[1], tv):
                out.append(Claim(f"{parts[0]} = {step}", f"{parts[0]} = {say(true)}",
                                 (f"with the block's own values, ${parts[0]} = {say(true)}$",
                                  f"代入题中给出的值，${parts[0]} = {say(true)}$")))
                break
    return out


def _substituted(tex: str, given: dict, letters: int = 1):
    """(value, float) of a real side written in at least ``letters`` of the block's given letters and no other
    (``|z_1| + |z_2|``), or None."""
    import sympy as sp

    expr = parse(tex)
    if not isinstance(expr, sp.Expr):
        return None
    expr = normalize(expr)
    if len(expr.free_symbols) < letters or not expr.free_symbols <= set(given):
        return None
    value = sp.simplify(expr.subs(given))
    try:
        v = complex(sp.N(value, 30))
    except (TypeError, ValueError):
        return None
    return (value, v.real) if abs(v.imag) < 1e-12 else None


_MODULUS = re.compile(r"\\pmod\s*\{?\s*(\d+)\s*\}?|\(\s*\\?(?:bmod|mod|(?:mathrm|text|operatorname)\{mod\})\s*\{?\s*(\d+)\s*\}?\s*\)"
                      r"|\\bmod\s*\{?\s*(\d+)\s*\}?")


def _residue(tex: str, m: int) -> int | None:
    """``tex`` modulo m for an integer, a power ``a^{b}``, a factorial ``n!`` or a product of such; None otherwise."""
    total = 1
    for factor in re.split(r"\\cdot|\\times", tex.strip()):
        f = factor.strip().strip("{}").strip()
        power = re.fullmatch(r"\(?(-?\d+)\)?\s*\^\s*\{?\s*(\d+)\s*\}?", f)
        fact = re.fullmatch(r"(\d{1,4})\s*!", f)
        if power:
            total *= pow(int(power.group(1)), int(power.group(2)), m)
        elif fact:
            total *= math.factorial(int(fact.group(1))) % m
        elif re.fullmatch(r"-?\d+", f):
            total *= int(f)
        else:
            return None
    return total % m


def _congruences(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``a \\equiv b \\pmod m``, chains ``a \\equiv b \\equiv c``, and ``8! = 40320 \\equiv -1``: every integer side
    must leave the first side's remainder."""
    out = []
    for written in rows:
        row = re.sub(r"\\[ ,;:!]|~", " ", written)  # 5^{33} \equiv 5 \ (\bmod\ 9)
        mod = _MODULUS.search(row)
        if "\\equiv" not in row or not mod or row[mod.end():].strip(" .,"):
            continue
        m = int(next(g for g in mod.groups() if g))
        sides = [p.strip() for part in row[:mod.start()].split("\\equiv") for p in split_top(part, "=")]
        residues = [_residue(p, m) if m > 1 else None for p in sides]
        if len(sides) < 2 or None in residues:
            continue
        bad = next((i for i, r in enumerate(residues) if r != residues[0]), None)
        if bad is None:
            continue
        out.append(Claim(written.strip(), f"{sides[0]} \\equiv {residues[0]} \\pmod{{{m}}}",
                         (f"the remainder of ${sides[0]}$ on division by {m} is {residues[0]}, but that of ${sides[bad]}$ is {residues[bad]}",
                          f"${sides[0]}$ 除以 {m} 余 {residues[0]}，而 ${sides[bad]}$ 除以 {m} 余 {residues[bad]}")))
    return out


_ARG = re.compile(r"^\s*\\(?:arg|operatorname\s*\{\s*[aA]rg\s*\}|mathrm\s*\{\s*[aA]rg\s*\}|text\s*\{\s*[aA]rg\s*\}|Arg)\s*"
                  r"(?:\\left\s*)?\(\s*(?P<z>[^=()]+?)\s*(?:\\right\s*)?\)\s*=(?P<rest>.+)$")
_QUADRANT = {1: ("first", "第一"), 2: ("second", "第二"), 3: ("third", "第三"), 4: ("fourth", "第四")}


def _arguments(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``\\arg(-1 - i) = \\frac{\\pi}{4}``: the argument stated for a numeric complex number, false when it is not the
    number's angle modulo 2π (so a [0, 2π) convention is never called false; the quadrant slip of tan θ = 1 is)."""
    import cmath

    import sympy as sp

    out = []
    for row in rows:
        m = _ARG.match(row)
        if not m:
            continue
        z = parse(m["z"])
        try:
            z = complex(normalize(z).subs(sp.Symbol("i"), sp.I)) if z is not None else None
        except (TypeError, ValueError):
            z = None
        if z is None or abs(z) < 1e-12:
            continue
        true = cmath.phase(z)
        for part in (p.strip() for p in split_top(m["rest"], "=")):
            value = parse(part)
            try:
                value = float(normalize(value)) if value is not None else None
            except (TypeError, ValueError):
                value = None
            if value is None:
                continue
            turns = (value - true) / (2 * math.pi)
            if abs(turns - round(turns)) > 1e-9:
                shown = sp.latex(sp.nsimplify(true / math.pi, tolerance=1e-12, rational=True) * sp.pi)
                quadrant = (1 if z.imag >= 0 else 4) if z.real > 0 else (2 if z.imag >= 0 else 3)
                en, zh = _QUADRANT[quadrant]
                out.append(Claim(f"\\arg({m['z'].strip()}) = {part}", f"\\arg({m['z'].strip()}) = {shown}",
                                 (f"${m['z'].strip()}$ lies in the {en} quadrant, where $\\tan\\theta$ alone does not fix the angle",
                                  f"${m['z'].strip()}$ 在{zh}象限，仅由 $\\tan\\theta$ 不能确定辐角")))
            break
    return out


_AT_POINT = re.compile(r"^\s*([fghFGHyu])\s*('{0,3}|\^\{?\((\d)\)\}?)\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*=(.+)$")


def _point_values(info: MathInfo, rows: list[str]) -> list[Claim]:
    """``f(a) = v``, ``f'(a) = v``, ``f''(a) = v`` against the block's one definition of f."""
    import sympy as sp

    defined = definitions(rows)
    out = []
    for row in rows:
        m = _AT_POINT.match(row)
        if not m or m.group(1) not in defined or re.search(r"[<>]|\\(?:[lg]eq?|[lg]t|neq?)(?![A-Za-z])", row):
            continue  # f(1) = -2 < 0 < f(2) = 4: a chain of inequalities, not one value
        var, expr = defined[m.group(1)]
        order = int(m.group(3)) if m.group(3) else len(m.group(2))
        at = value_of(m.group(4))
        if not isinstance(at, tuple):
            continue  # f'(x) = ...: a formula, not a value at a point
        true = sp.simplify(sp.diff(expr, sp.Symbol(var), order).subs(sp.Symbol(var), at[0]))
        tv = complex(sp.N(true, 30))
        if abs(tv.imag) > 1e-12:
            continue
        # f'(2) = 2 \cdot 2 + 1 = 5: each closed step of the chain is checked, the first false one reported
        steps = [(p.strip(), value_of(p)) for p in split_top(m.group(5), "=")]
        stated_tex = next((p for p, v in steps if isinstance(v, tuple) and differs(p, v[1], tv.real)), None)
        if stated_tex is None:
            continue
        name = m.group(1) + m.group(2) + f"({m.group(4).strip()})"
        out.append(Claim(f"{name} = {stated_tex}", f"{name} = {say(true)}",
                         (f"with ${m.group(1)}({var})$ as the block defines it, ${name} = {say(true)}$",
                          f"按题中 ${m.group(1)}({var})$ 的定义，${name} = {say(true)}$")))
    return out


_ROOT_WORDS = re.compile(r"\broots?\b|\bzeros?\b|根|零点", re.I)
_BRACKET = re.compile(r"^\s*(?:\\left)?\s*[\[(]\s*([^,\[\]()]+?)\s*,\s*(?:\\,|\\;|\\ )?\s*([^,\[\]()]+?)\s*(?:\\right)?\s*[\])]\s*$")


_DENIED_ROOT = re.compile(r"\bno\b|\bnot\b|n't|cannot|没有|不在|无", re.I)


def _root_brackets(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """"So the root lies in $[2.5, 3]$" (根在区间 ... 内), said of the block's one function f (its one definition
    ``f(x) = ...``): false when f changes sign nowhere in the interval and comes nowhere near 0 there (sampled at
    2001 points, so a double root or a pole is never called).  The sentence must write exactly one interval."""
    import numpy as np
    import sympy as sp

    defined = definitions(rows)
    if len(defined) != 1:
        return []
    fname, (var, expr) = next(iter(defined.items()))
    f = sp.lambdify(sp.Symbol(var), expr, "numpy")
    out = []
    for sentence in re.split(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])", info.concept):
        prose = re.sub(r"\$+[^$]*\$+", " ", sentence)
        if not _ROOT_WORDS.search(prose) or re.search(_DENIED_ROOT, prose):
            continue
        brackets = [m for m in (_BRACKET.match(single_line(t)) for t in re.findall(r"\$+([^$]+)\$+", sentence)) if m]
        if len(brackets) != 1:
            continue
        a, b = (value_of(brackets[0].group(k)) for k in (1, 2))
        if not (isinstance(a, tuple) and isinstance(b, tuple)) or not a[1] < b[1]:
            continue
        xs = np.linspace(a[1], b[1], 2001)
        with np.errstate(all="ignore"):
            ys = np.asarray(f(xs), dtype=float) * np.ones_like(xs)
        if not np.all(np.isfinite(ys)) or np.any(np.sign(ys[:-1]) != np.sign(ys[1:])):
            continue
        if np.min(np.abs(ys)) < 1e-3 * max(1.0, float(np.max(np.abs(ys)))):
            continue  # it touches 0 there (a double root): not decided by signs
        interval = brackets[0].group(0).strip()
        ends = [f"{fname}({brackets[0].group(k).strip()}) = {say(_at(expr, sp.Symbol(var), e[0], brackets[0].group(k)))}"
                for k, e in ((1, a), (2, b))]
        out.append(Claim(f"\\text{{a root in }} {interval}", ",\\ ".join(ends),
                         (f"${fname}$ has the same sign all over ${interval}$: no root there",
                          f"${fname}$ 在 ${interval}$ 上处处同号：那里没有根")))
    return out


def _at(expr, var, at, written: str):
    """expr at ``at``, as a decimal when the author wrote the point as one (f(1.5) = -2.125, not -17/8)."""
    import sympy as sp

    value = sp.nsimplify(expr.subs(var, at))
    return float(value) if "." in written and not value.is_integer else value


def _expansions(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A polynomial in one letter written factored on one side of ``=`` and expanded on the other (or factored again),
    ``x^3 - 5x^2 + 9x - 5 = (x - 1)(x^2 + 4x + 5)``: false when the two differ.  An equation to solve is not read as
    one: both sides must have the same degree (at least 2) and leading coefficient, and one side must be a product or
    a power, so ``x^2 + 2x = 3x + 2`` or ``(x - 1)^2 = 4`` state no identity."""
    import sympy as sp

    out = []
    for row in rows:
        if NOT_ONE_VALUE.search(row):
            continue
        sides = split_top(row, "=")
        if len(sides) < 2:
            continue
        parsed = [parse(side) for side in sides]
        if not all(isinstance(e, sp.Expr) for e in parsed):
            continue
        parsed = [normalize(e) for e in parsed]
        if info.reading.complex_plane:  # (z - (2 + i)): i is the imaginary unit
            parsed = [e.subs(sp.Symbol("i"), sp.I) for e in parsed]
        letters = set().union(*(e.free_symbols for e in parsed))
        if len(letters) != 1:
            continue
        z = next(iter(letters))
        try:
            polys = [sp.Poly(sp.expand(e), z) for e in parsed]
        except sp.PolynomialError:
            continue
        for (ta, a, pa), (tb, b, pb) in zip(zip(sides, parsed, polys), list(zip(sides, parsed, polys))[1:]):
            if pa.degree() < 2 or pa.degree() != pb.degree() or sp.simplify(pa.LC() - pb.LC()) != 0:
                continue
            if not (isinstance(a, (sp.Mul, sp.Pow)) or isinstance(b, (sp.Mul, sp.Pow))):
                continue
            if sp.expand(a - b) == 0:
                continue
            truth = sp.expand(a) if isinstance(a, (sp.Mul, sp.Pow)) else sp.factor(a, extension=sp.I if a.has(sp.I) else None)
            out.append(Claim(f"{ta.strip()} = {tb.strip()}", f"{ta.strip()} = {sp.latex(truth)}",
                             (f"expanded, ${ta.strip()} = {sp.latex(sp.expand(a))}$", f"展开得 ${ta.strip()} = {sp.latex(sp.expand(a))}$")))
            break
    return out


# "gives", "so", "hence", "解得": the next formula is a consequence of the last one
_THEREFORE = re.compile(r"^[\s,，:：]*(?:and\s+)?(?:so|hence|thus|therefore|giving|gives|we\s+get|which\s+gives|i\.e\.|"
                        r"得到?|所以|故|则|即|解得|从而|因此)[\s,，:：]*(?:that\s+)?$", re.I)
_ONE_VALUE = re.compile(r"^\s*([A-Za-z])\s*=\s*([^=]+)$")


def _solved_steps(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads consecutive formulas and the words between
    """``a^2 = 4``, "so" ``a = 4``: a value the block solves a polynomial equation in one letter for, stated right after
    it with a connective (so, hence, gives, 得, 所以, 解得), that is no root of it. The equation is the last relation of
    its formula (``A'(a) = -\\frac{4}{a^2} + 1 = 0`` reads ``-\\frac{4}{a^2} + 1 = 0``, cleared of its denominators)."""
    import sympy as sp

    at, spans = 0, []
    for block in info.blocks:
        i = info.concept.find(block, at)
        if i < 0:
            return []
        spans.append((i, i + len(block)))
        at = i + len(block)
    out = []
    for k in range(len(info.blocks) - 1):
        between = re.sub(r"\$", "", info.concept[spans[k][1]:spans[k + 1][0]])
        m = _ONE_VALUE.match(single_line(info.blocks[k + 1]))
        if not m or not _THEREFORE.match(between) or NOT_ONE_VALUE.search(info.blocks[k]):
            continue
        sides = split_top(single_line(info.blocks[k]), "=")
        if len(sides) < 2:
            continue
        left, right = parse(sides[-2]), parse(sides[-1])
        value = value_of(strip_units(m.group(2)))
        if not (isinstance(left, sp.Expr) and isinstance(right, sp.Expr) and isinstance(value, tuple)):
            continue
        v = sp.Symbol(m.group(1))
        equation = sp.together(normalize(left) - normalize(right))
        numerator = sp.numer(equation)
        if numerator.free_symbols != {v} or not numerator.is_polynomial(v) or sp.degree(numerator, v) < 1:
            continue
        if abs(complex(numerator.subs(v, value[0]).evalf(30))) <= 1e-9 * max(1.0, abs(value[1]) ** sp.degree(numerator, v)):
            continue
        roots = sorted({r for r in sp.solve(equation, v) if r.is_real}, key=float)
        if not roots:
            continue
        shown = ",\\ ".join(sp.latex(r) for r in roots)
        stated = f"{sides[-2].strip()} = {sides[-1].strip()} \\Rightarrow {m.group(1)} = {m.group(2).strip()}"
        out.append(Claim(stated, f"{m.group(1)} = {shown}",
                         (f"${m.group(1)} = {m.group(2).strip()}$ does not satisfy ${sides[-2].strip()} = {sides[-1].strip()}$, "
                          f"whose real solutions are ${m.group(1)} = {shown}$",
                          f"${m.group(1)} = {m.group(2).strip()}$ 不满足 ${sides[-2].strip()} = {sides[-1].strip()}$，"
                          f"它的实数解是 ${m.group(1)} = {shown}$")))
    return out


_ORDER_WORDS = {"square": 2, "cube": 3, "fourth": 4, "fifth": 5, "sixth": 6, "平": 2, "立": 3, "二次": 2, "三次": 3, "四次": 4,
                "五次": 5, "六次": 6}
_ONLY_ROOT = re.compile(r"(?:the\s+only|the\s+unique|a\s+unique|its\s+only)\s+(square|cube|fourth|fifth|sixth)\s+root|"
                        r"唯一(?:的|一个)?\s*(平|立|[二三四五六]次)方?根", re.I)


def _unique_roots(info: MathInfo, rows: list[str]) -> list[Claim]:  # reads sentences, not rows
    """"This is its only cube root" said of a complex number: a nonzero complex number has exactly n distinct n-th
    roots, equally spaced on a circle (De Moivre). Only in a block about complex numbers (an i in its math or the
    word), where the real root of a positive number is not what is meant."""
    m = _ONLY_ROOT.search(info.concept)
    if not m or not re.search(r"complex|复数|复平面|\\mathrm\{i\}|(?<![A-Za-z\\])i(?![A-Za-z])", info.concept):
        return []
    if not any(re.search(r"(?<![A-Za-z\\])i(?![A-Za-z])|\\mathrm\{i\}", b) for b in info.blocks):
        return []
    n = _ORDER_WORDS[(m.group(1) or m.group(2)).lower()]
    return [Claim(r"n_{\text{roots}} = 1", rf"n_{{\text{{roots}}}} = {n}",  # on screen in either language
                  (f"a nonzero complex number has exactly {n} distinct roots of order {n}, equally spaced on a circle",
                   f"非零复数恰有 {n} 个不同的 {n} 次方根，等距分布在一个圆上"))]


def _chained_identities(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A chain of simplifications ``A = B = C`` in one variable x whose neighbouring sides differ as functions:
    \\frac{16 - x^2}{|4 - x|} = \\frac{(4 - x)(4 + x)}{4 - x} drops the absolute value (false for x > 4). The sides
    are compared at sample points of the block's own interval or half-line (else [-10, 10]) where both are defined;
    they must differ at three points at least (a removable point, x = 4, is no difference)."""
    import numpy as np
    import sympy as sp

    from ..given import interval, lower_bound
    from ..symbolic import evaluate, to_numpy

    x = sp.Symbol("x")
    span = interval(info)
    lo, hi = span if span is not None and all(map(math.isfinite, span)) else (-10.0, 10.0)
    bound = lower_bound(info, "x")
    if bound is not None:
        lo, hi = max(lo, bound), max(hi, bound + 10.0)
    xs = np.linspace(lo, hi, 401)[1:-1]
    out = []
    for row in rows:
        sides = [s.strip() for s in split_top(row, "=")]
        if len(sides) < 3 or NOT_ONE_VALUE.search(row) or any(re.search(r"\\(?:lim|int|sum|prod)", s) for s in sides):
            continue
        exprs = [parse(s) for s in sides]
        if any(not isinstance(e, sp.Expr) for e in exprs):
            continue
        exprs = [normalize(e) for e in exprs]
        if any(e.free_symbols != {x} for e in exprs):
            continue
        codes = [to_numpy(e, ("x",)) for e in exprs]
        if any(c is None for c in codes):
            continue
        with np.errstate(all="ignore"):
            values = [evaluate(c, "x", xs) for c in codes]
        for k in range(len(sides) - 1):
            a, b = values[k], values[k + 1]
            if a is None or b is None:
                break
            a, b = np.broadcast_to(a, xs.shape), np.broadcast_to(b, xs.shape)
            both = np.isfinite(a) & np.isfinite(b)
            apart = both & (np.abs(a - b) > 1e-6 * np.maximum(1.0, np.abs(b)))
            if apart.sum() >= 3:
                at = _witness(exprs[k], exprs[k + 1], x, xs[apart])
                va, vb = (v if v.is_Rational else float(v) for v in (sp.nsimplify(e.subs(x, at)) for e in (exprs[k], exprs[k + 1])))
                out.append(Claim(f"{sides[k]} = {sides[k + 1]}",
                                 f"x = {at}:\\ {say(va)} \\neq {say(vb)}",
                                 (f"the two sides differ as functions of $x$ (at $x = {at}$ the first is ${say(va)}$, the "
                                  f"second ${say(vb)}$)", f"两边作为 $x$ 的函数并不相等（$x = {at}$ 时前者为 ${say(va)}$，后者为 ${say(vb)}$）")))
                break
    return out


def _witness(a, b, x, apart) -> float:
    """A point to show two sides differing at: the smallest whole number among those where they differ, else one of
    the sampled points (two places)."""
    import sympy as sp

    whole = sorted({int(round(float(v))) for v in apart}, key=lambda n: (abs(n), -n))
    for n in whole:
        try:
            va, vb = a.subs(x, n), b.subs(x, n)
            if va.is_finite and vb.is_finite and sp.simplify(va - vb) != 0:
                return n
        except Exception:  # noqa: BLE001
            continue
    return round(float(apart[len(apart) // 2]), 2)
