"""SymPy's side of the offline designer: the author's LaTeX parsed into expressions, and the
expressions turned into numpy code and numbers (functions, derivatives, sides of equations).

The text-level reading of a block (prose, formulas, rows, top-level splits) is latex.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import lru_cache

from .latex import single_line, split_top

# The lark grammar knows no \\pi or \\sigma: parse them as stand-ins, map back after.
_STAND_INS = {"\\pi": "\\upsilon", "\\sigma": "\\chi"}


_FUNCS = r"(?:arcsin|arccos|arctan|sinh|cosh|tanh|sin|cos|tan|sec|csc|cot|exp|ln|log)"
_FUNC_RE = re.compile(r"\\(%s)(?![A-Za-z])\s*" % _FUNCS)


def _group_end(tex: str, i: int) -> int:
    """Index just past the bracket group opening at ``tex[i]`` (or -1 when unbalanced)."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    stack = []
    for j in range(i, len(tex)):
        if tex[j] in pairs:
            stack.append(pairs[tex[j]])
        elif stack and tex[j] == stack[-1]:
            stack.pop()
            if not stack:
                return j + 1
    return -1


# An operator with its limits (\\int_0^{\\pi}, \\sum_{n=1}^{N}) takes what follows as its body, not a factor.
_OPERATOR_END = re.compile(r"\\(?:int|iint|oint|sum|prod|lim)(?:\s*[_^](?:\{[^{}]*\}|\\?\w+))*\s*$")


def wrap_functions(tex: str) -> str:
    """``\\sin x\\cos y`` -> ``{\\sin(x)}\\cdot{\\cos(y)}``: one braced group per application.

    The lark grammar lets a bare ``\\sin`` swallow what follows (``\\sin x\\cos y`` parses as
    sin(x cos y), ``\\sin(x) + x`` as sin(2x), ``x^2 \\sin(x)`` fails); a braced, explicitly
    multiplied application parses the way a reader means it.
    """
    out, i = "", 0
    while i < len(tex):
        m = _FUNC_RE.match(tex, i)
        if not m or (i and tex[i - 1] == "\\"):
            out += tex[i]
            i += 1
            continue
        j = m.end()
        power = re.match(r"\^(\{[^{}]*\}|\w)\s*", tex[j:])  # \sin^2 x
        if power:
            j += power.end()
        if j < len(tex) and tex[j] in "({":
            end = _group_end(tex, j)
            if end < 0:
                return tex
            arg = tex[j + 1 : end - 1]
            # \sin (2n-1)x: a bracketed integer coefficient of the index, then the variable, is
            # one argument by convention (Fourier series), never sin(2n-1) times x
            var = re.match(r"\s*([a-z]|\\theta)(?![A-Za-z(])", tex[end:])
            if tex[j] == "(" and var and re.fullmatch(r"[\d\s+\-*]*[nkmj][\dnkmj\s+\-*]*", arg):
                arg = "(" + arg + ")" + var.group(1)
                end += var.end()
        else:
            # \cos n\pi, \sin \pi x, \sin \omega t are cos(n pi), sin(pi x), sin(omega t): a letter
            # and a Greek letter (\pi is \upsilon here, see _STAND_INS) written together are one argument
            a = re.match(r"(\d*(?:[A-Za-z]+(?:\\(?:upsilon|theta|omega|phi)(?![A-Za-z]))?"
                         r"|\\(?:upsilon|theta|omega|phi)\s*[a-z]?(?![A-Za-z])|\\[A-Za-z]+)(?:\^(?:\{[^{}]*\}|\w))?)", tex[j:])
            if not a or a.group(1).startswith(("\\left", "\\frac")):
                out += tex[i]
                i += 1
                continue
            end = j + a.end()
            arg = a.group(1)
        if (out.rstrip() and re.search(r"[\w})\]]$", out.rstrip()) and not out.rstrip().endswith(("\\cdot", "\\times"))
                and not _OPERATOR_END.search(out)):
            out = out.rstrip() + " \\cdot "
        app = "\\" + m.group(1) + "(" + arg + ")"
        if power:
            app = "{" + app + "}^" + power.group(1)
        out += "{" + app + "}"
        i = end
        nxt = re.match(r"\s*([\w({\\])", tex[i:])
        if nxt and not re.match(r"\s*\\(cdot|times|right|end|to|le|ge|leq|geq|ne|neq|approx|quad)(?![A-Za-z])", tex[i:]) \
                and not re.match(r"\s*d[a-z](?![A-Za-z])", tex[i:]):  # the differential of an integral
            out += " \\cdot "
    return out


# What marks a number as degrees: 60^\circ, 60^{\circ}, 60°. Put into a formula, that many degrees
# is an angle of that many pi/180 radians (trig functions and angular ODEs take radians).
DEGREE_MARK = r"\s*(?:\^\s*\{?\s*\\circ\s*\}?|°)"


# a condition in brackets after the formula, as textbooks write it: y = ax^2 + bx + c\ (a \ne 0), f(x) = \ln x\quad(x > 0)
_TRAILING_CONDITION = re.compile(r"(?:\s|\\[ ,;:]|\\q?quad|~)+(?:\\left)?\(\s*[^()=]*?(?:\\neq?|\\geq?|\\leq?|\\geqslant|\\leqslant|\\in|[<>])"
                                 r"[^()=]*(?:\\right)?\)\s*$")


def _prep(tex: str) -> str:
    tex = single_line(tex)
    bare = _TRAILING_CONDITION.sub("", tex)
    if bare.strip() and not re.search(r"[-+*/^_=(]\s*$|\\(?:cdot|times)\s*$|\\(?:sin|cos|tan|ln|log|exp)\s*$", bare):
        tex = bare  # the formula, read without its condition (never an f applied to a bracket: f(x > 0) stays)
    tex = re.sub(r"(\d+(?:\.\d+)?)" + DEGREE_MARK, r"(\1 \\cdot \\pi / 180)", tex)  # 30^\circ = pi/6
    # brace-less arguments, as TeX allows them: \sqrt 3, \sqrt x, \frac12, \frac1x
    tex = re.sub(r"\\sqrt\s*(\d+|[A-Za-z])(?![A-Za-z])", r"\\sqrt{\1}", tex)
    # \sqrt{3}\,i, 2\sqrt{2}x: the grammar rejects a root followed by a factor; the product is what TeX shows
    tex = re.sub(r"(\\sqrt\s*(?:\[[^\]]*\])?\{(?:[^{}]|\{[^{}]*\})*\})(?:\s|\\[,;:!])*(?!d[a-z](?![A-Za-z])|\\mathrm\{d\})(?=[A-Za-z(]|\\(?!(?:cdot|times|right|end|le|ge|ne|to|quad|qquad|approx|pm|mp)(?![A-Za-z]))[A-Za-z])",
                 r"\1 \\cdot ", tex)
    tex = re.sub(r"\\(d|t)?frac\s*(\d|[A-Za-z])\s*(\d|[A-Za-z])(?![A-Za-z])", r"\\\1frac{\2}{\3}", tex)
    for cmd, stand_in in _STAND_INS.items():
        tex = re.sub(re.escape(cmd) + r"(?![A-Za-z])", lambda _m: stand_in + " ", tex)
    tex = re.sub(r"\\(left|right|big|Big|bigg|Bigg)(?![A-Za-z])", "", tex)
    tex = re.sub(r"\\(,|;|!|:|quad|qquad)", " ", tex)
    tex = tex.replace("\\cdot", "*").replace("\\times", "*")
    tex = re.sub(r"\)\s*(?=\d)", ")*", tex)  # (2n-1)3^{n+1}: a bracket followed by a number is a product
    tex = re.sub(r"\\operatorname\{([A-Za-z]{2,})\}", r"\\\1", tex)  # \operatorname{sgn}; \operatorname{i} is the unit i
    tex = re.sub(r"\\mathrm\{d\}", "d", tex)
    tex = re.sub(r"\\(?:mathrm|text|operatorname)\{([^{}]*)\}", r"\1", tex)
    # (1-x)e^{-x}, (x-1)\sqrt{x}: a bracket followed by a power or a root is a product too (the grammar
    # rejected both); a differential (dx) after the bracket is left alone
    tex = re.sub(r"\)\s*(?=(?!d[a-z](?![A-Za-z]))[A-Za-z]\s*\^|\\(?:sqrt|d?frac|tfrac)(?![A-Za-z]))", ")*", tex)
    return _hyperbolic(wrap_functions(_power_products(_letters_times(tex)))).strip()


def _letters_times(tex: str) -> str:
    """``\\sum_{n=2}^{\\infty}\\frac{1}{n(\\ln n)^2}`` -> ``... n \\cdot (\\ln n)^2``: a sum's index before
    brackets is a factor. The grammar read it as a function n applied to ln n, with the square on the call, and
    nothing later can tell that square from a call's. (A letter before brackets that hold the letter itself,
    ``n(n+1)``, is an ambiguity the parser reports: :func:`_unambiguous` settles it.)"""
    indices = set(re.findall(r"\\(?:sum|prod)\s*_\s*\{?\s*([A-Za-z])\s*=", tex))
    out, last = [], 0
    for m in re.finditer(r"(?<![A-Za-z\\])([A-Za-z])\s*\(", tex):
        end = _group_end(tex, m.end() - 1)
        # "n \cdot (a)(b)" does not parse: a second bracket group is left to the ambiguity
        if m.group(1) not in indices or end < 0 or re.match(r"\s*(?:\^\s*(?:\{[^{}]*\}|\w))?\s*\(", tex[end:]):
            continue
        out += [tex[last:m.start(1) + 1], " \\cdot "]
        last = m.end() - 1
    return "".join(out) + tex[last:]


# a power whose exponent is one digit, one letter or a braced group, then a factor (x^2y, x^2 y,
# 3x^{2}(y+1), n^2 2^n); not a differential (x^2 dx) and not a function's power (\sin^2 x)
_POWER_THEN_FACTOR = re.compile(r"\^(\d|[A-Za-z]|\{[^{}]*\})\s*(?=(?!d[a-z](?![A-Za-z]))[A-Za-z(]|\\(?!right|cdot|times)[A-Za-z]|\d+\s*\^)")


def _power_products(tex: str) -> str:
    """``x^2y`` -> ``x^2 * y``: TeX sets the factor after a one-token exponent on the baseline
    (a product), but the lark grammar rejects the juxtaposition, so every f(x, y) such as
    ``x^2y - 3y`` failed to parse."""
    def product(m: re.Match) -> str:
        before = tex[:m.start()]
        if re.search(rf"\\{_FUNCS}\s*$", before):
            return m.group(0)  # \sin^2 x is sin(x)^2, read by wrap_functions
        if re.search(r"\\(?:i*int|oint|sum|prod)\s*(?:_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|\S))?\s*$", before):
            return m.group(0)  # \int_0^1 x: an upper limit, then the integrand
        return f"^{m.group(1)} * "

    return _POWER_THEN_FACTOR.sub(product, tex)


_HYPERBOLIC = {"sinh": r"\frac{{e^{{{0}}} - e^{{-({0})}}}}{{2}}", "cosh": r"\frac{{e^{{{0}}} + e^{{-({0})}}}}{{2}}",
               "tanh": r"\frac{{e^{{{0}}} - e^{{-({0})}}}}{{e^{{{0}}} + e^{{-({0})}}}}"}


def _hyperbolic(tex: str) -> str:
    """``\\cosh(x)`` written out with exponentials: the lark grammar knows no hyperbolic functions
    (it read ``\\cosh x`` as cos(h(x)))."""
    while (m := re.search(r"\\(sinh|cosh|tanh)\(", tex)):
        end = _group_end(tex, m.end() - 1)
        if end < 0:
            return tex
        arg = tex[m.end():end - 1]
        tex = tex[:m.start()] + "(" + _HYPERBOLIC[m.group(1)].format(arg) + ")" + tex[end:]
    return tex


PARSE_CACHE_ENV = "MANIMGEN_PARSE_CACHE"
_MISSING = object()


@lru_cache(maxsize=4096)
def parse(tex: str):
    """Parse LaTeX with sympy's lark backend; ``None`` on any failure.

    Memoised: the Earley parse takes 0.1-1 s a formula, and the families' ``needs`` checks ask
    for the same formulas again and again (172 parses of 58 distinct formulas for 40 corpus
    blocks). Sympy expressions are immutable, so sharing the result is safe. Processes share
    their parses through :func:`_shared_parses` when ``MANIMGEN_PARSE_CACHE`` names a folder."""
    if not tex or len(tex) > 400 or huge_power(tex):
        return None
    shared = _shared_parses()
    key = f"{_parser_version()}\n{tex}" if shared is not None else ""
    if shared is not None:
        found = shared.get(key, default=_MISSING)
        if found is not _MISSING:
            return found
    try:
        from sympy.parsing.latex import parse_latex

        def read(text: str):
            return _sum_bodies(_unambiguous(parse_latex(_prep(text), backend="lark")))

        sides = split_top(tex, "=") if "\\infty" in tex else []
        if len(sides) == 2 and all(side.strip() for side in sides):
            # "\int_2^\infty \frac{3}{x}\,dx = \infty": sympy evaluates the Eq it builds, and deciding whether a
            # divergent integral equals oo took it minutes; the sides are read alone and the Eq left unevaluated
            import sympy as sp

            left, right = read(sides[0]), read(sides[1])
            expr = sp.Eq(left, right, evaluate=False) if isinstance(left, sp.Expr) and isinstance(right, sp.Expr) else None
        else:
            expr = read(tex)
    except Exception:  # the parser raises many kinds of errors
        expr = None
    if shared is not None:
        try:
            shared.set(key, expr)
        except Exception:  # noqa: BLE001 - an object that does not pickle is only not shared
            pass
    return expr


MAX_POWER_DIGITS = 10_000  # sympy computes an integer power exactly while it parses
_INT_POWER = re.compile(r"(?<![\w.])(\d+)\s*\^\s*(\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}|\d)")


def huge_power(tex: str) -> bool:
    """Whether ``tex`` writes an integer power of more than :data:`MAX_POWER_DIGITS` digits (``9^{9^{9}}``,
    ``2^{10^{6}}``): sympy would compute it exactly while parsing, in C, where no deadline reaches it
    (the tower 9^{9^{9}} ran for minutes). Such a formula is not parsed: the block is read without it."""
    return any(_log10_power(m[1], m[2]) > MAX_POWER_DIGITS for m in _INT_POWER.finditer(tex))


def _log10_power(base: str, exponent: str) -> float:
    """log10 of ``base^exponent`` when the exponent is an integer or an integer power tower, else 0."""
    exp = _log10_integer(exponent)
    if exp is None or int(base) < 2:
        return 0.0
    return math.inf if exp > 300 else 10 ** exp * math.log10(int(base))


def _log10_integer(text: str) -> float | None:
    text = text.strip()
    while text.startswith("{") and text.endswith("}"):
        text = text[1:-1].strip()
    if text.isdigit():
        return math.log10(int(text)) if int(text) > 0 else -math.inf
    tower = re.fullmatch(r"(\d+)\s*\^\s*(.+)", text)
    return _log10_power(tower[1], tower[2]) if tower and _log10_integer(tower[2]) is not None else None


@lru_cache(maxsize=1)
def _shared_parses():
    """The parse cache that processes share (a diskcache folder named by ``MANIMGEN_PARSE_CACHE``), or None.

    A test run sets it (tests/conftest.py): its workers and the builds they start design the same corpus
    formulas, and a quarter of all parse time was the same formula parsed again in another process.
    Keys carry the parser's versions and the offline VERSION, so a folder kept between runs stays right."""
    import os

    where = os.environ.get(PARSE_CACHE_ENV)
    if not where:
        return None
    import diskcache

    return diskcache.Cache(where, size_limit=2**28)


@lru_cache(maxsize=1)
def _parser_version() -> str:
    import lark
    import sympy

    from . import VERSION

    return f"sympy {sympy.__version__}, lark {lark.__version__}, offline {VERSION}"


def _sum_bodies(expr):
    """``\\sum_n \\frac{c}{n} \\sin nx`` is one sum of ``c/n sin(nx)``: the parser closes the sum
    after its first factor, leaving ``sin(n x)`` outside with a free ``n``. A factor that uses a
    sum's index belongs in its body (an index is never free outside its sum)."""
    import sympy as sp

    def regroup(mul):
        sums = [a for a in mul.args if isinstance(a, (sp.Sum, sp.Product))]
        if len(sums) != 1 or len(sums[0].limits) != 1:
            return mul
        index = sums[0].limits[0][0]
        inside = [a for a in mul.args if a is not sums[0] and index in a.free_symbols]
        if not inside:
            return mul
        rest = [a for a in mul.args if a is not sums[0] and a not in inside]
        body = sp.Mul(sums[0].function, *inside)
        return sp.Mul(type(sums[0])(body, *sums[0].limits), *rest)

    try:
        return expr.replace(lambda e: isinstance(e, sp.Mul) and e.has(sp.Sum, sp.Product), regroup)
    except Exception:  # an ambiguity tree or an object without .replace: leave as parsed
        return expr


def _unambiguous(expr):
    """Lark may return an ambiguity tree (``f(x)`` as call or product): prefer the call."""
    try:
        from lark import Tree
    except Exception:  # pragma: no cover
        return expr
    if isinstance(expr, Tree):
        options = [c for c in expr.children if not isinstance(c, Tree)]
        if not options:
            return None
        from sympy.core.function import AppliedUndef

        factors = []
        for opt in options:
            try:
                calls = opt.atoms(AppliedUndef)
                # n(n+1), x(x^2 - 1)^3: a letter that is also a variable of the formula is a factor, not a function
                letters = {str(a) for a in opt.free_symbols}
                if calls and any(c.func.__name__ in letters for c in calls):
                    factors.append(opt)
                elif calls:
                    return opt
            except Exception:
                continue
        options = [o for o in options if o not in factors] or options

        def cost(item):
            try:
                return (item[1].count_ops(), item[0])
            except Exception:
                return (10**6, item[0])

        return min(enumerate(options), key=cost)[1]
    return expr


def normalize(expr):
    """Symbols the parser leaves plain: e -> E, pi -> pi, and i -> I when asked."""
    import sympy as sp

    try:
        subs = {}
        for s in expr.free_symbols:
            if s.name == "e":
                subs[s] = sp.E
            elif s.name in ("pi", "upsilon"):
                subs[s] = sp.pi
            elif s.name == "chi":
                subs[s] = sp.Symbol("sigma")
        if not subs:
            return expr
        if isinstance(expr, sp.core.relational.Relational):
            # S >= 2 pi \int_1^oo dx/x: rebuilt evaluated, a relation decides itself, and deciding one between
            # integrals ran mpmath's quadrature on a divergent integral for minutes; the sides are normalised alone
            return expr.func(normalize(expr.lhs), normalize(expr.rhs), evaluate=False)
        return expr.subs(subs)
    except Exception:
        return expr


def implicit_form(left: str, right: str):
    """``left - right`` of the equation ``left = right`` (two LaTeX sides), expanded and normalised, or None when a
    side is unreadable or is itself an equation: the one reading of ``G(x, y) = H(x, y)`` as ``F = 0``."""
    import sympy as sp

    lhs, rhs = parse(left), parse(right)
    if lhs is None or rhs is None or isinstance(lhs, sp.Equality) or isinstance(rhs, sp.Equality):
        return None
    try:
        return sp.expand(normalize(lhs) - normalize(rhs))
    except Exception:  # noqa: BLE001 - an object sympy cannot subtract is no equation
        return None


def to_numpy(expr, variables: tuple[str, ...]) -> str | None:
    """Code text for ``expr`` using ``np.`` functions, or None if it has other free symbols."""
    import sympy as sp

    try:
        expr = normalize(expr)
        names = {s.name for s in expr.free_symbols}
        if not names <= set(variables):
            return None
        if expr.has(sp.Integral, sp.Derivative, sp.Limit, sp.Sum, sp.Function("f")):
            return None
        from sympy.printing.numpy import NumPyPrinter

        code = NumPyPrinter({"fully_qualified_modules": True}).doprint(expr)
        code = code.replace("numpy.", "np.")
        if "scipy" in code or "sympy" in code or "# Not supported" in code:
            return None
        return code
    except Exception:
        return None


def evaluate(code: str, var: str, xs):
    """Evaluate numpy code text on an array (generator side, for choosing ranges)."""
    import numpy as np

    try:
        # abs: sympy prints |x| as the builtin abs(), which numpy arrays support
        fn = eval(f"lambda {var}: {code}", {"np": np, "math": math, "abs": abs, "__builtins__": {}})
        with np.errstate(all="ignore"):
            ys = fn(np.asarray(xs, dtype=float))
        ys = np.broadcast_to(np.asarray(ys, dtype=float), np.shape(xs))
        return np.array(ys)
    except Exception:
        return None


def evaluate2(code: str, xs, ys):
    import numpy as np

    try:
        fn = eval(f"lambda x, y: {code}", {"np": np, "math": math, "abs": abs, "__builtins__": {}})
        with np.errstate(all="ignore"):
            zs = fn(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        return np.broadcast_to(np.asarray(zs, dtype=float), np.shape(xs)).copy()
    except Exception:
        return None


def sides(expr):
    """(lhs, rhs) of an Equality, else (None, expr)."""
    import sympy as sp

    if isinstance(expr, sp.Equality):
        return expr.lhs, expr.rhs
    return None, expr


_NUMBER_TEX = r"-?\d+(?:\.\d+)?"
_REL = {"<": "<", ">": ">", "\\le": "<=", "\\leq": "<=", "\\leqslant": "<=", "\\ge": ">=", "\\geq": ">=",
        "\\geqslant": ">=", "\\lt": "<", "\\gt": ">", "≤": "<=", "≥": ">="}
_REL_RE = "(" + "|".join(sorted((re.escape(k) for k in _REL), key=len, reverse=True)) + ")"


def condition(tex: str, var: str = "x"):
    """A sympy condition on ``var`` from ``x < 1``, ``x \\ge 1``, ``0 \\le x < 2`` (also with
    ``\\text{if }``, ``\\text{for }``); None for anything else."""
    import sympy as sp

    tex = re.sub(r"\\(?:text|mathrm)\{\s*(?:if|for|when|otherwise)?\s*\}|[,;]|\\[,;:! ]|\\q?quad", " ", tex).strip()
    x = sp.Symbol(var)
    ops = {"<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge}
    m = re.fullmatch(rf"({_NUMBER_TEX})\s*{_REL_RE}\s*{var}\s*{_REL_RE}\s*({_NUMBER_TEX})", tex)
    if m:
        a, r1, r2, b = sp.Rational(m.group(1)), _REL[m.group(2)], _REL[m.group(3)], sp.Rational(m.group(4))
        return sp.And(ops[r1](a, x), ops[r2](x, b))
    m = re.fullmatch(rf"{var}\s*{_REL_RE}\s*({_NUMBER_TEX})", tex)
    if m:
        return ops[_REL[m.group(1)]](x, sp.Rational(m.group(2)))
    return None


def piecewise_of(tex_list: list[str], var: str = "x"):
    """A function defined by cases: ``f(x) = \\begin{cases} e_1 & x < 1 \\\\ e_2 & x \\ge 1 \\end{cases}``,
    or ``f(x) = e_1`` and its condition ``x < 1`` written one after the other for each piece.
    Returns (sympy Piecewise, numpy code, LaTeX) like ``function_of``, or None."""
    import sympy as sp

    pieces = case_rows(tex_list, var)
    if len(pieces) < 2:
        return None
    args = []
    for body, cond in pieces:
        expr, rel = parse(body.strip().rstrip(",;").strip()), condition(single_line(cond), var)  # "x^2, & x < 1"
        if expr is None or rel is None:
            return None
        expr = normalize(expr)
        if {s.name for s in expr.free_symbols} - {var}:
            return None
        args.append((expr, rel))
    shape = sp.Piecewise(*args)
    code = to_numpy(shape, (var,))
    # the author's own pieces and conditions (sympy would write the last condition as "otherwise")
    tex = r"\begin{cases} " + r" \\ ".join(f"{body.strip()} & {single_line(cond).strip()}" for body, cond in pieces) + r" \end{cases}"
    return (shape, code, tex) if code else None


def case_rows(tex_list: list[str], var: str = "x") -> list[tuple[str, str]]:
    """(body, condition) LaTeX of each case of a function defined by cases, as the author wrote them:
    the rows of a ``cases`` environment, or ``f(x) = e`` followed by its condition ``x < 1``."""
    pieces: list[tuple[str, str]] = []
    for tex in tex_list:
        m = re.search(r"\\begin\{cases\}(.*?)\\end\{cases\}", tex, re.S)
        if m:
            for row in re.split(r"\\\\", m.group(1)):
                if "&" in row:
                    body, cond = row.split("&", 1)
                    pieces.append((body, cond))
            return pieces
    for tex, nxt in zip(tex_list, tex_list[1:]):
        m = re.fullmatch(rf"\s*(?:[A-Za-z]\s*\(\s*{var}\s*\)|y)\s*=\s*(.+)", single_line(tex))
        if m and condition(single_line(nxt), var) is not None:
            pieces.append((m.group(1), single_line(nxt)))
    return pieces


def breakpoints(expr) -> list[float]:
    """Where a piecewise function changes formula (the numbers in its conditions), ascending."""
    import sympy as sp

    if not isinstance(expr, sp.Piecewise):
        return []
    found = {float(n) for _, cond in expr.args for n in cond.atoms(sp.Number)}
    return sorted(found)


def jumps(expr, a: float, b: float, var: str = "x") -> list[float]:
    """Points of (a, b) where ``expr`` jumps because an absolute value's argument changes sign ((16 - x^2)/|4 - x|
    goes from 8 to -8 at 4), ascending; a corner (|x| at 0) is no jump. A plot must not join the two sides."""
    import sympy as sp

    x = sp.Symbol(var)
    if expr is None or not isinstance(expr, sp.Expr) or expr.free_symbols != {x}:
        return []
    out = []
    for inner in expr.atoms(sp.Abs, sp.sign):
        try:
            zeros = [float(z) for z in sp.solve(inner.args[0], x) if z.is_real]
        except Exception:  # noqa: BLE001 - a sign change sympy cannot place is not split
            continue
        f = sp.lambdify(x, expr, "math")
        for c in zeros:
            if not a < c < b:
                continue
            h = 1e-7 * max(1.0, abs(c))
            try:
                left, right = f(c - h), f(c + h)
            except (ZeroDivisionError, ValueError, OverflowError):
                continue
            if abs(left - right) > 1e-3 * max(1.0, abs(left), abs(right)):
                out.append(c)
    return sorted(set(out))


def removable_points(expr, a: float, b: float, var: str = "x") -> list[tuple[float, float]]:
    """(c, lim f at c) for each removable singularity c of ``expr`` in (a, b): a zero of its denominator where the
    limit is finite (sin x / x at 0, (1 - cos x)/x^2 at 0). Near such a point the float formula loses every digit
    to cancellation (1 - cos x is 0 for |x| < 1e-8), so a plot sampled there dips to 0: the scene uses the limit
    instead. [] when there is none or sympy does not answer within a second."""
    import sympy as sp

    from .limits import within

    x = sp.Symbol(var)
    if expr is None or not isinstance(expr, sp.Expr) or expr.free_symbols != {x}:
        return []
    den = sp.denom(sp.together(expr))
    if not den.has(x):
        return []
    roots = within(1.0, lambda: sp.solve(den, x))
    found = []
    for root in (roots or [])[:6]:
        if not (root.is_real and a < float(root) < b):
            continue
        value = within(1.0, lambda: sp.limit(expr, x, root))
        if value is not None and value.is_real and value.is_finite:
            found.append((float(root), float(value)))
    return found


def function_of(tex_list: list[str], var: str = "x"):
    """Find ``f(x) = ...`` / ``y = ...`` / a bare expression in one variable; a function
    defined by cases (``piecewise_of``) is read whole, never as its first piece.

    Returns (sympy expr, numpy code text, latex of the rhs) or None.
    """
    import sympy as sp

    whole = piecewise_of(tex_list, var)
    if whole is not None:
        return whole
    named = _determined(tex_list, var)
    if named is not None:
        return named
    # beside a differential equation a bare x^2 is one of its solutions named in passing ("gives x and x^2"),
    # not the function the block is about
    ode_block = any(_is_ode(tex) for tex in tex_list)
    for tex in tex_list:
        given = _function_of_derivative(tex, var)
        if given is not None:
            return given
        if _is_ode(tex):
            continue  # y'' - 4y' + 3y = x e^{2x}: its right side is a forcing term, not the function
        if _relation_in_y(tex):
            continue  # y^2 = 4x, 2y = x + 1: neither side is y
        if _equation_to_solve(tex, var):
            continue  # x^2 = 9, 2^x = 8: an equation for x, not the function x^2
        for part in _candidates(tex):
            expr = parse(part)
            if expr is None:
                continue
            lhs, rhs = sides(expr)
            if isinstance(rhs, sp.Equality) or not isinstance(rhs, sp.Expr):
                continue  # x > 0 states a condition, not a function
            try:
                rhs = normalize(rhs)
                if rhs.has(sp.Integral, sp.Limit, sp.Sum, sp.Derivative):
                    inner = _inner_function(rhs)
                    if inner is None:
                        continue
                    rhs = inner
                if lhs is not None and lhs.has(sp.Derivative) and not rhs.has(sp.Symbol(var)):
                    continue
                names = {s.name for s in rhs.free_symbols}
            except Exception:
                continue
            if names != {var} or (lhs is None and rhs == sp.Symbol(var)):
                continue  # a bare "$x$" in the prose names the variable, not the function f(x) = x
            if lhs is None and ode_block:
                continue
            code = to_numpy(rhs, (var,))
            if code:
                return rhs, code, _rhs_tex(part)
    return None


_NAMED_F = re.compile(r"^\s*([fgh])\s*\(\s*x\s*\)\s*=([^=]+)$")


def _determined(tex_list: list[str], var: str):
    """A "find the function" block: f(x) written in general (``f(x) = ax^3 + bx^2 + cx + d``) and later with its
    coefficients found (``f(x) = -\\tfrac14 x^3 + \\tfrac32 x^2 - x``). The found f is the block's function, not
    a line it mentions first (the tangent y = -x): (expr, code, LaTeX) or None."""
    if var != "x":
        return None
    general, found = set(), []
    for tex in tex_list:
        m = _NAMED_F.match(single_line(tex))
        if not m:
            continue
        expr = parse(m.group(2))
        try:
            names = {s.name for s in normalize(expr).free_symbols} if expr is not None else set()
        except Exception:  # noqa: BLE001 - an unreadable right side is neither kind
            continue
        if names == {"x"}:
            found.append((m.group(1), normalize(expr), m.group(2).strip()))
        elif "x" in names and len(names) > 1:
            general.add(m.group(1))
    for name, expr, tex in reversed(found):  # the last one written is the answer
        code = to_numpy(expr, ("x",))
        if name in general and code:
            return expr, code, tex
    return None


def _is_ode(tex: str) -> bool:
    """A differential equation: a derivative of the unknown on the left among other terms."""
    parts = split_top(single_line(tex), "=")
    return len(parts) == 2 and bool(re.search(r"'|\\prime|\\dot|\\ddot|\\frac\{d", parts[0])) \
        and len([t for t in re.split(r"(?<![{(^_])[+\-]", parts[0]) if t.strip()]) > 1


# Left sides that name a derivative: d/dx (f), (f)', and f'(x), y', df/dx, dy/dx.
_D_OF = r"^\\(?:d?frac|tfrac)\{d\}\{d{v}\}\s*(?P<f>.+)$"
_PRIME_OF = r"^\\left\((?P<f>.+)\\right\)'$|^\((?P<g>.+)\)'$"
_NAMED_PRIME = r"^[A-Za-z](?:'|\^\{?\\prime\}?)(?:\({v}\))?$|^\\(?:d?frac|tfrac)\{d[A-Za-z]\}\{d{v}\}$"


def _function_of_derivative(tex: str, var: str):
    """For ``d/dx x^3 = 3x^2`` or ``f'(x) = 3x^2`` the function is x^3, not the derivative
    on the right: the one differentiated, or else an antiderivative of the right side."""
    import sympy as sp

    parts = split_top(single_line(tex), "=")
    if len(parts) != 2:
        return None
    lhs, rhs_tex = parts[0].strip(), parts[1].strip()
    x = sp.Symbol(var)
    f, f_tex = None, None
    match = re.match(_D_OF.replace("{v}", var), lhs) or re.match(_PRIME_OF, lhs)
    if match:
        f_tex = next(g for g in match.groups() if g).strip()  # the author's own notation
        f = parse(f_tex)
    elif re.match(_NAMED_PRIME.replace("{v}", var), lhs):
        rhs = parse(rhs_tex)
        try:
            f = sp.integrate(normalize(rhs), x) if rhs is not None and x in rhs.free_symbols else None
        except Exception:
            f = None
        if f is not None and f.has(sp.Integral):
            f = None
    if f is None:
        return None
    try:
        f = normalize(f)
        if {s.name for s in f.free_symbols} != {var}:
            return None
        code = to_numpy(f, (var,))
    except Exception:
        return None
    return (f, code, f_tex or sp.latex(f)) if code else None


def _inner_function(expr):
    import sympy as sp

    for cls in (sp.Integral, sp.Limit, sp.Derivative):
        found = list(expr.atoms(cls))
        if found:
            return found[0].args[0]
    return None


def _relation_in_y(tex: str) -> bool:
    """An equation whose left side holds y but is not y itself: its right side is not the function."""
    import sympy as sp

    parts = split_top(single_line(tex), "=")
    if len(parts) != 2:
        return False
    left = parse(parts[0])
    y = sp.Symbol("y")
    return isinstance(left, sp.Expr) and left != y and left.has(y)


def _equation_to_solve(tex: str, var: str) -> bool:
    """``P(x) = c`` with c a non-zero number and P free of integrals, sums and limits (``x^{2} = 9``): an equation
    whose solutions are asked. Its side P is no function the block defines (``P(x) = 0`` still is: the graph
    of P shows its roots)."""
    import sympy as sp

    parts = split_top(single_line(tex), "=")
    if len(parts) != 2:
        return False
    left, right = parse(parts[0]), parse(parts[1])
    for p, c in ((left, right), (right, left)):
        if isinstance(p, sp.Expr) and isinstance(c, sp.Expr) and c.is_number and c != 0 and \
                {s.name for s in p.free_symbols} == {var} and not p.has(sp.Integral, sp.Sum, sp.Limit, sp.Derivative):
            return True
    return False


def _candidates(tex: str) -> list[str]:
    """The whole formula, and each piece between top-level '=' signs (rhs first)."""
    flat = single_line(tex)
    parts = split_top(flat, "=")
    out = []
    if len(parts) == 2:
        out.append(flat)
    out.extend(reversed(parts) if len(parts) > 1 else [])
    out.append(flat)
    seen, uniq = set(), []
    for p in out:
        p = p.strip()
        if p and p not in seen:
            seen.add(p)
            uniq.append(p)
    return uniq


def _rhs_tex(tex: str) -> str:
    parts = split_top(single_line(tex), "=")
    return parts[-1].strip() if parts else tex




_MATRIX_RE = re.compile(r"\\begin\{([pbvBV]?matrix|array)\}(?:\{[^}]*\})?(.*?)\\end\{\1\}", re.S)


def matrices(concept: str) -> list[list[list[float]]]:
    """Every numeric matrix written with pmatrix/bmatrix/... in the concept, as float rows."""
    out = []
    for m in _MATRIX_RE.finditer(concept or ""):
        rows = [r for r in re.split(r"\\\\", m.group(2)) if r.strip()]
        grid = []
        for r in rows:
            cells = []
            for c in r.split("&"):
                v = number(c)
                if v is None:
                    cells = None
                    break
                cells.append(v)
            if cells is None:
                grid = None
                break
            grid.append(cells)
        if grid and len({len(r) for r in grid}) == 1:
            out.append(grid)
    return out


# A unit written after a value inside the math: 100\ \text{cm}^3/\text{s}, 9.8\,\mathrm{m/s^2}, 5~\text{N}\cdot\text{m}
_UNIT_TAIL = re.compile(r"(?<=[\d}.])(?:\s|\\[ ,;:!]|~)*(?:\\(?:text|mathrm|rm|textrm|unit)\s*\{[^{}]*\}"
                        r"(?:\s*\^\s*(?:\{-?\d\}|-?\d))?(?:\s|/|\\cdot|\\,|\\ )*)+$"
                        # or a common unit typed bare after a space: 1250 m^2, 3\,cm, 20 ft/s
                        r"|(?<=\d)(?:\s|\\[ ,;:!]|~)+(?:[mck]?m|ft|in|kg|g|s|h|min|N|J|W|m?L)(?:\^\s*(?:\{-?\d\}|-?\d))?"
                        r"(?:/(?:s|h|min)(?:\^\s*\{?2\}?)?)?\s*$")


def strip_units(tex: str) -> str:
    """``tex`` without a unit written after its value (``100\\ \\text{cm}^3/\\text{s}`` -> ``100``)."""
    return _UNIT_TAIL.sub("", tex.strip()).strip()


def number(tex: str) -> float | None:
    """A numeric value of a small LaTeX expression (``-\\frac{1}{2}``, ``\\sqrt 2``, ``3``), a unit
    written after it ignored (``9.8\\,\\mathrm{m/s^2}``)."""
    tex = strip_units(tex)
    if not tex:
        return None
    try:
        return float(tex)
    except ValueError:
        pass
    expr = parse(tex)
    if expr is None:
        return None
    try:
        expr = normalize(expr)
        if expr.free_symbols:
            return None
        val = complex(expr.evalf())
        if abs(val.imag) > 1e-12 or not math.isfinite(val.real):
            return None
        return float(val.real)
    except Exception:
        return None


def formulas(info) -> Iterator:
    """Each of the author's display formulas as ``parse`` reads it (an ``Equality``, or an expression
    when it has no ``=``), in the block's order; formulas it cannot read are skipped."""
    for block in info.blocks:
        expr = parse(single_line(block))
        if expr is not None:
            yield expr
            continue
        # two statements in one display, "f = \\sum b_n \\sin nx, \\quad b_n = \\frac{4}{n\\pi}": each read alone
        pieces = [p for p in re.split(r"\s*,?\s*\\q?quad\s*|\s*;\s*", single_line(block)) if p.strip()]
        if len(pieces) > 1:
            yield from filter(lambda e: e is not None, map(parse, pieces))


def atoms_in_formulas(info, kind) -> list:
    """Every sympy `kind` (Integral, Limit, Sum…) in the author's display formulas, in a
    deterministic order (a set of sympy objects iterates in hash order, which varies by run)."""
    import sympy as sp

    found = []
    for expr in formulas(info):
        try:
            found.extend(sorted(expr.atoms(kind), key=sp.default_sort_key))
        except Exception:  # a parse that sympy cannot walk: skip the formula
            continue
    return found


def exact_complex(expr, known: dict | None = None):
    """``expr`` (sympy, normalised) as an exact complex number with ``i`` read as the unit and the letters of
    ``known`` put in; None when a letter is left or the value is not finite."""
    import sympy as sp

    expr = normalize(expr).subs({sp.Symbol("i"): sp.I, **{sp.Symbol(k): v for k, v in (known or {}).items()}})
    if expr.free_symbols or not expr.is_number:
        return None
    try:
        value = complex(sp.N(expr))
    except (TypeError, ValueError):
        return None
    return expr if math.isfinite(abs(value)) else None
