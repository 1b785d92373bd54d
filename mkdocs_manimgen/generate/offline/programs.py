"""A linear program in two variables, read from the author's formulas (the graphical method of A-level
Decision Maths, 高考 线性规划, Hillier & Lieberman 3.1, Winston 3.2).

:func:`read_program` reads the block's linear constraints (``a x + b y \\le c``, ``\\ge``, ``=``, also
``\\leq``/``\\leqslant``, a ``cases`` brace, ``x, y \\ge 0``, ``0 \\le x \\le 4``), the objective (``z = p x + q y``,
``P = ...``, ``f(x, y) = ...`` or the one linear expression after "maximise") and whether the block
maximises, minimises or asks both. Everything is exact (``fractions.Fraction``): the feasible region's
vertices (pairwise crossings of the boundary lines that satisfy every constraint), the objective at each
vertex, the optimum (a vertex, a whole edge or ray, none when the region is unbounded in the direction of
improvement) and emptiness (Fourier-Motzkin on y).

``None`` (the block is no linear program of ours, it gets the walkthrough) when: fewer than two linear
inequalities, other than two decision variables (three variables, a free letter ``k``), a nonlinear
constraint or objective, a strict inequality, integer programming (整数解), a simplex tableau, a dual or a
sensitivity question, a region with no vertex (it contains a whole line), no objective and no region asked,
or a value the block states (the maximum, the optimal point) that is false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import combinations

from .latex import MathInfo, single_line, split_top

Lin = dict  # {variable name: Fraction, 1: Fraction (the constant)}

_LE = r"\\(?:leqslant|leqq|leq|le)(?![A-Za-z])|≤|⩽|<="
_GE = r"\\(?:geqslant|geqq|geq|ge)(?![A-Za-z])|≥|⩾|>="
_STRICT = r"\\(?:lt|gt)(?![A-Za-z])|(?<![\\<>])[<>](?!=)"
_REL = re.compile(rf"({_LE}|{_GE}|{_STRICT}|\\neq?(?![A-Za-z])|=)")
_VAR = r"[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?"
_NUM = r"\d+(?:\.\d+)?|\.\d+"

# The block asks a linear program or its region in so many words (verify's "a linear program's optimum").
WORDS = (r"linear\s+program|linear\s+optimi[sz]ation|线性规划|feasible\s+(?:region|set|solutions?)|可行域|可行解|"
         r"corner[- ]point|vertex\s+method|isoprofit|iso-profit|isocost|simplex|单纯形|整数规划|integer\s+(?:linear\s+)?program|"
         r"不等式组(?:所)?表示的(?:平面)?区域|graphical\s+method|图解法")
_REGION = (r"feasible\s+(?:region|set)|可行域|平面区域|(?:shade|graph|sketch|draw|plot|represent|illustrate)\w*\s+(?:the\s+)?"
           r"(?:region|solution\s+set|set\s+of\s+(?:points|solutions)|system\s+of\s+(?:linear\s+)?inequalities|inequalities)|"
           r"region\s+(?:defined|described|determined|represented|given|satisfying)|(?:所)?表示的(?:平面)?区域")
_REFUSE = (r"\bintegers?\b|\bintegral\s+(?:values|solutions|points)|whole\s+numbers?|整数|整点|\bsimplex\b|\btableau|\bpivot|"
           r"\bslack\b|\bsurplus\s+variables?|单纯形|松弛变量|基变量|\bdual\b|对偶|shadow\s+price|影子价格|sensitivity|灵敏度|"
           r"\bbranch\s+and\s+bound|\barea\s+of\s+(?:the\s+|this\s+)?(?:feasible\s+|shaded\s+|plane\s+)?region|区域(?:的)?面积|"
           r"所围成?的?(?:图形|区域)?的?面积|\bperimeter\b|周长|\bdistance\b|距离|\bslope\b|斜率|\bprobabilit|概率|"
           r"three\s+variables|三个变量|三元")
_MAX = (r"\bmaximi[sz](?:e|es|ed|ing|ation)\b|\bmaximum\b|\bmax\b|\blargest\b|\bgreatest\b|\bhighest\b|最大值|最大|最高|最多")
_MIN = (r"\bminimi[sz](?:e|es|ed|ing|ation)\b|\bminimum\b|\bmin\b|\bsmallest\b|(?<!at\s)\bleast\b|\blowest\b|"
        r"最小值|最小|最低|最少|最省")
_MAX_STRONG = r"\bmaximi[sz](?:e|es|ed|ing|ation)\b|最大值|\\max(?![A-Za-z])|_\{?\\?(?:text\{|mathrm\{)?max\b"
_MIN_STRONG = r"\bminimi[sz](?:e|es|ed|ing|ation)\b|最小值|\\min(?![A-Za-z])|_\{?\\?(?:text\{|mathrm\{)?min\b"
_MAX_GOAL = (r"\b(?:maximum|max|largest|greatest|highest)\s+(?:possible\s+)?(?:value|profit|revenue|income|output|return|yield)|"
             r"(?:利润|收益|产值|收入|效益)[^，。；,]{0,6}最(?:大|多|高)|最大(?:利润|收益|产值|收入)")
_MIN_GOAL = (r"\b(?:minimum|min|smallest|least|lowest)\s+(?:possible\s+)?(?:value|cost|expense|price|time|spend)|"
             r"(?:成本|费用|运费|花费|造价|开支|总价)[^，。；,]{0,6}最(?:小|少|低|省)|最(?:小|低)(?:成本|费用|运费)")


@dataclass(frozen=True)
class Constraint:
    a: Fraction  # a x + b y (rel) c, rel one of "<=", ">=", "="
    b: Fraction
    rel: str
    c: Fraction
    tex: str  # as the author wrote it

    def holds(self, x: Fraction, y: Fraction) -> bool:
        v = self.a * x + self.b * y
        return v <= self.c if self.rel == "<=" else v >= self.c if self.rel == ">=" else v == self.c

    def halfplanes(self) -> list[tuple[Fraction, Fraction, Fraction]]:
        """As rows (a, b, c) of a x + b y <= c."""
        if self.rel == "<=":
            return [(self.a, self.b, self.c)]
        if self.rel == ">=":
            return [(-self.a, -self.b, -self.c)]
        return [(self.a, self.b, self.c), (-self.a, -self.b, -self.c)]


@dataclass(frozen=True)
class Optimum:
    sense: str  # "max" or "min"
    value: Fraction | None  # None: unbounded in the direction of improvement
    points: tuple[tuple[Fraction, Fraction], ...] = ()  # the optimal vertices (two: every point of the edge between them)
    ray: tuple[Fraction, Fraction] | None = None  # a direction along which the optimum stays the same (a whole ray)


@dataclass(frozen=True)
class Program:
    names: tuple[str, str]  # the decision variables as the author writes them (TeX)
    constraints: tuple[Constraint, ...]
    objective: tuple[Fraction, Fraction, Fraction] | None  # p, q, r of z = p x + q y + r (None: the region only)
    objective_name: str  # z, P, C ... ("z" when the block names none)
    objective_tex: str  # the right side as written
    senses: tuple[str, ...]  # ("max",), ("min",), ("max", "min"); () for the region only
    vertices: tuple[tuple[Fraction, Fraction], ...]  # in order around the region
    feasible: bool
    bounded: bool  # the region itself
    optima: tuple[Optimum, ...]
    stated: tuple[str, ...] = ()  # what the block states and we checked (for the notes)

    def value(self, p: tuple[Fraction, Fraction]) -> Fraction:
        a, b, r = self.objective
        return a * p[0] + b * p[1] + r


def read_program(info: MathInfo) -> Program | None:
    try:
        return _read(info.concept)
    except Exception:  # odd input is no linear program of ours
        return None


def inequality_count(info: MathInfo) -> int:
    """How many ≤/≥ relations the block's formulas write (a cheap test before reading)."""
    tex = " ".join(info.blocks)
    return len(re.findall(rf"{_LE}|{_GE}", tex)) + len(re.findall(r"(?<=[a-z]),\s*[a-z]\s*(?:\\geq?|≥)", tex))


@lru_cache(maxsize=256)
def _read(concept: str) -> Program | None:
    from .latex import extract

    info = extract(concept)
    if inequality_count(info) < 1 or re.search(_REFUSE, info.prose, re.I):
        return None
    tex = " ".join(info.blocks)
    if re.search(r"\\mathbb\s*\{?\s*[NZ]|\\in\s*\\?[NZ]\b", tex):
        return None  # integer programming
    pieces = _pieces(info)
    if pieces is None:
        return None
    relations = [p for p in pieces if _REL.search(p)]
    plain = [p for p in pieces if not _REL.search(p)]
    parsed = []  # (sides as Lin, relations)
    for piece in relations:
        parts = _REL.split(piece)
        sides, rels = parts[0::2], parts[1::2]
        if any(re.fullmatch(_STRICT, r) or r.startswith("\\ne") for r in rels):
            return None  # a strict inequality or ≠: not a closed region whose corners are optimal
        parsed.append((piece, sides, [_rel(r) for r in rels]))
    # the decision variables: the letters of the inequalities
    names: set[str] = set()
    inequalities = 0
    for piece, sides, rels in parsed:
        if all(r == "=" for r in rels):
            continue
        lins = [_linear(s) for s in sides]
        if any(l is None for l in lins):
            return None  # a nonlinear constraint
        names |= {k for l in lins for k in l if k != 1}
        inequalities += sum(r != "=" for r in rels)
    if len(names) != 2 or inequalities + _words_nonnegative(info) * 2 < 2:
        return None
    x, y = sorted(names, key=_order)
    constraints: list[Constraint] = []
    objective, obj_name, obj_tex = None, "z", ""
    stated_values: list[Fraction] = []
    stated_coords: dict[str, Fraction] = {}
    for piece, sides, rels in parsed:
        if len(rels) == 1 and rels[0] == "=":
            left, right = sides[0].strip(), sides[1].strip()
            kind = _equation(left, right, names)
            if kind is None:
                return None
            what, payload = kind
            if what == "objective":
                if objective is not None and payload[0] != objective:
                    return None  # two objectives
                objective, obj_name, obj_tex = payload[0], payload[1], right
            elif what == "value":
                stated_values.append(payload)
            elif what == "coordinate":
                stated_coords[payload[0]] = payload[1]
            elif what == "constraint":
                constraints.append(_constraint(payload, "=", x, y, piece))
            continue
        for left, rel, right in zip(sides, rels, sides[1:]):
            l, r = _linear(left), _linear(right)
            if l is None or r is None:
                return None
            diff = {k: l.get(k, 0) - r.get(k, 0) for k in set(l) | set(r)}
            if all(diff.get(k, 0) == 0 for k in names):
                return None  # 0 \le 4: nothing about x and y
            text = f"{left.strip()} {_REL_TEX[rel]} {right.strip()}" if len(rels) > 1 else piece
            constraints.append(_constraint(diff, rel, x, y, text))
    if _words_nonnegative(info):
        have = {(c.a, c.b, c.rel, c.c) for c in constraints}
        for a, b, tex_ in ((1, 0, f"{x} \\ge 0"), (0, 1, f"{y} \\ge 0")):
            if (Fraction(a), Fraction(b), ">=", Fraction(0)) not in have:
                constraints.append(Constraint(Fraction(a), Fraction(b), ">=", Fraction(0), tex_))
    if objective is None:
        objective, obj_tex = _bare_objective(plain, names, info)
    senses = _senses(info.prose + " " + " ".join(re.findall(r"\\text\s*\{([^{}]*)\}", concept)), tex)
    region_only = bool(re.search(_REGION, info.prose, re.I))
    if objective is None:
        if not region_only or senses or stated_values or stated_coords:
            return None
    elif not senses:
        return None
    if objective is not None:
        p, q = objective.get(x, Fraction(0)), objective.get(y, Fraction(0))
        if p == 0 and q == 0:
            return None
        objective = (p, q, objective.get(1, Fraction(0)))
    constraints = _dedupe(constraints)
    if objective is not None and any(c.rel == "=" and c.a * objective[1] == c.b * objective[0] for c in constraints):
        return None  # "3x + 2y = 12" beside z = 3x + 2y: a level line of the objective, or a constraint? We cannot tell
    program = _solve((x, y), tuple(constraints), objective, obj_name, obj_tex, senses if objective else ())
    if program is None:
        return None
    stated = _check_stated(program, info, concept, stated_values, stated_coords)
    if stated is None:
        return None
    return Program(**{**program.__dict__, "stated": tuple(stated)})


_REL_TEX = {"<=": "\\le", ">=": "\\ge", "=": "="}


def _rel(r: str) -> str:
    if re.fullmatch(_LE, r):
        return "<="
    if re.fullmatch(_GE, r):
        return ">="
    return "="


def _order(name: str):
    """x before y, x_1 before x_2, otherwise alphabetical."""
    return (0 if name[0] in "xX" else 1 if name[0] in "yY" else 2, name)


def _words_nonnegative(info: MathInfo) -> bool:
    return bool(re.search(r"\bnon-?negative\b|非负", info.prose, re.I))


def _constraint(diff: Lin, rel: str, x: str, y: str, tex: str) -> Constraint:
    a, b, c = diff.get(x, Fraction(0)), diff.get(y, Fraction(0)), -diff.get(1, Fraction(0))
    return Constraint(a, b, rel, c, tex.strip())


def _dedupe(constraints: list[Constraint]) -> list[Constraint]:
    out, seen = [], set()
    for c in constraints:
        key = (c.a, c.b, c.rel, c.c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# -- reading the formulas ------------------------------------------------------------------------------------

_SPACING = re.compile(r"\\[,;:! ]|\\q?quad(?![A-Za-z])|~")


def _pieces(info: MathInfo) -> list[str] | None:
    out: list[str] = []
    for block in info.blocks:
        # a brace of constraints, also as latex.sanitize leaves an unbalanced one (\left\{ ... \right.: braces dropped)
        envs = r"(?:cases|aligned|align\*?|array|gathered|split|rcases|dcases)"
        body = re.sub(r"\\begin\s*\{?\s*array\}?(?:\s*\{[lcr|\s]*\}|\s+[lcr]+(?=\s))?", " ; ", block)  # its column spec too
        body = re.sub(rf"\\(?:begin|end)\s*\{{?\s*{envs}\}}?", " ; ", body)
        body = re.sub(r"\\left\s*(?:\\\{|\\lbrace|\\(?=\s)|\.|\{)?|\\right\s*(?:\\\}|\\rbrace|\.|\})?", " ; ", body)
        body = re.sub(r"\\(?:text|mathrm|textrm|mbox|operatorname|textbf)\s*\{([^{}]*)\}", _text_piece, body)
        body = re.sub(r"(?<!_\{)(?<!_)\\(?:max|min)(?![A-Za-z])|\\(?:text|mathrm)\b", " ; ", body)
        body = body.replace("&", " ").replace("\\\\", " ; ")
        body = re.sub(r"(?<!\\)\\(?=\s|$)", " ", body)
        for old, new in (("\\leqslant", "\\le"), ("\\geqslant", "\\ge"), ("≤", "\\le "), ("⩽", "\\le "), ("<=", "\\le "),
                         ("≥", "\\ge "), ("⩾", "\\ge "), (">=", "\\ge ")):
            body = body.replace(old, new)
        for part in re.split(r";|\\q?quad(?![A-Za-z])", body):
            items = [single_line(p).strip() for p in split_top(part, ",") if p.strip()]
            out += _merge_lists(items)
    return out


def _text_piece(m: re.Match) -> str:
    words = m.group(1).strip()
    if re.fullmatch(r"max|min|\\?max|\\?min", words):  # z_{\text{max}} stays a subscript
        return words
    return " ; "


def _merge_lists(items: list[str]) -> list[str]:
    """``x, y \\ge 0`` (split at the comma as ``x`` and ``y \\ge 0``) back into ``x \\ge 0`` and ``y \\ge 0``."""
    out: list[str] = []
    pending: list[str] = []
    for item in items:
        bare = re.fullmatch(_VAR, item.strip())
        if bare:
            pending.append(item.strip())
            continue
        m = re.fullmatch(rf"\s*({_VAR})\s*({_LE}|{_GE}|{_STRICT})\s*(.+)", item)
        if pending and m and _linear(m.group(3)) is not None and set(_linear(m.group(3))) <= {1}:
            out += [f"{v} {m.group(2)} {m.group(3)}" for v in pending]
        out.append(item)
        pending = []
    return out


def _linear(tex: str) -> Lin | None:
    """``2x - \\frac{1}{2}y + 3`` as {x: 2, y: -1/2, 1: 3}; None when it is not a linear expression of
    numbers and letters (a power, a product of letters, a function, a bracket)."""
    s = _SPACING.sub(" ", tex)
    s = re.sub(r"\\left|\\right|\\displaystyle", "", s)
    s = re.sub(r"\\(?:cdot|times)", "*", s)
    s = re.sub(r"\s+", "", s)
    if not s:
        return None
    out: Lin = {}
    i = 0
    term = re.compile(rf"([+-]?)(?:(\\frac\{{(\d+(?:\.\d+)?)\}}\{{(\d+(?:\.\d+)?)\}}|\\frac(\d)(\d)|{_NUM})\*?)?({_VAR})?"
                      rf"(?:/(\d+))?")
    frac_var = re.compile(rf"([+-]?)\\frac\{{(\d*(?:\.\d+)?)\*?({_VAR})\}}\{{(\d+(?:\.\d+)?)\}}")
    first = True
    while i < len(s):
        m = frac_var.match(s, i)
        if m and m.end() > i:
            sign = -1 if m.group(1) == "-" else 1
            if not first and not m.group(1):
                return None
            coef = Fraction(m.group(2) or "1") / Fraction(m.group(4))
            name = _name(m.group(3))
            out[name] = out.get(name, Fraction(0)) + sign * coef
            i, first = m.end(), False
            continue
        m = term.match(s, i)
        if not m or m.end() == i or (not first and not m.group(1)) or (m.group(2) is None and m.group(7) is None):
            return None
        sign = -1 if m.group(1) == "-" else 1
        if m.group(3):
            coef = Fraction(m.group(3)) / Fraction(m.group(4))
        elif m.group(5):
            coef = Fraction(int(m.group(5)), int(m.group(6)))
        elif m.group(2):
            coef = Fraction(m.group(2))
        else:
            coef = Fraction(1)
        if m.group(8):
            coef /= Fraction(m.group(8))
        key = _name(m.group(7)) if m.group(7) else 1
        out[key] = out.get(key, Fraction(0)) + sign * coef
        i, first = m.end(), False
    return out


def _name(var: str) -> str:
    """x_{1} and x_1 are one variable."""
    return re.sub(r"_\{([A-Za-z0-9])\}", r"_\1", var)


_OBJ_NAME = re.compile(rf"\s*({_VAR}|{_VAR}\s*\(\s*{_VAR}\s*,\s*{_VAR}\s*\))\s*")
_STATED_NAME = re.compile(rf"\s*(?:({_VAR})_\{{?\\?(?:text\{{|mathrm\{{)?(?:max|min)\}}?\}}?|(?:max|min)\s*({_VAR})?|({_VAR}))\s*")


def _equation(left: str, right: str, names: set[str]):
    """What ``left = right`` is: ("objective", (Lin, name)), ("value", Fraction), ("coordinate", (name, Fraction)),
    ("constraint", Lin), or None (something else: the block is about more than a linear program)."""
    l, r = _linear(left), _linear(right)
    number = _number(right)
    m = _OBJ_NAME.fullmatch(left)
    if m and r is not None and _name(left.split("(")[0].strip()) not in names:
        if set(r) - {1} and set(r) - {1} <= names:
            return "objective", (r, left.strip())
    if number is not None:
        if l is not None and set(l) == {_name(left.strip())} and _name(left.strip()) in names and l[_name(left.strip())] == 1:
            return "coordinate", (_name(left.strip()), number)
        if _STATED_NAME.fullmatch(left) or m:
            return "value", number
    if l is not None and r is not None:
        diff = {k: l.get(k, 0) - r.get(k, 0) for k in set(l) | set(r)}
        keys = {k for k, v in diff.items() if k != 1 and v != 0}
        if keys and keys <= names:
            return "constraint", diff
    return None


def _number(tex: str) -> Fraction | None:
    s = re.sub(r"\s+|\\[,;!]", "", tex)
    m = re.fullmatch(r"(-?)(\d+(?:\.\d+)?)", s)
    if m:
        return Fraction(m.group(2)) * (-1 if m.group(1) else 1)
    m = re.fullmatch(r"(-?)\\frac\{(\d+)\}\{(\d+)\}", s) or re.fullmatch(r"(-?)\\frac(\d)(\d)", s) or re.fullmatch(r"(-?)(\d+)/(\d+)", s)
    if m:
        return Fraction(int(m.group(2)), int(m.group(3))) * (-1 if m.group(1) else 1)
    return None


def _bare_objective(plain: list[str], names: set[str], info: MathInfo):
    """The one linear expression in the decision variables written without a name (``Maximise $3x + 2y$``)."""
    found = []
    for piece in plain:
        lin = _linear(piece)
        if lin is not None and len(set(lin) - {1}) >= 1 and set(lin) - {1} <= names and not re.fullmatch(_VAR, piece.strip()):
            found.append((lin, piece))
    if len({tuple(sorted((str(k), v) for k, v in l.items())) for l, _ in found}) != 1:
        return None, ""
    return found[0][0], found[0][1].strip()


def _senses(prose: str, tex: str) -> tuple[str, ...]:
    strong_max = re.search(_MAX_STRONG, prose, re.I) or re.search(r"\\max(?![A-Za-z])|_\{?\\?(?:text\{|mathrm\{)?max\b", tex)
    strong_min = re.search(_MIN_STRONG, prose, re.I) or re.search(r"\\min(?![A-Za-z])|_\{?\\?(?:text\{|mathrm\{)?min\b", tex)
    if not strong_max and not strong_min:
        strong_max, strong_min = re.search(_MAX_GOAL, prose, re.I), re.search(_MIN_GOAL, prose, re.I)
    if not strong_max and not strong_min:
        strong_max, strong_min = re.search(_MAX, prose, re.I), re.search(_MIN, prose, re.I)
    return tuple(s for s, hit in (("max", strong_max), ("min", strong_min)) if hit)


# -- the geometry, exact -------------------------------------------------------------------------------------------


def _rows(constraints) -> list[tuple[Fraction, Fraction, Fraction]]:
    return [row for c in constraints for row in c.halfplanes()]


def _feasible(rows) -> bool:
    """Whether a x + b y <= c for every row has a solution (Fourier-Motzkin on y, then an interval of x)."""
    upper, lower, free = [], [], []
    for a, b, c in rows:
        if b > 0:
            upper.append((a / b, c / b))  # y <= c/b - (a/b) x
        elif b < 0:
            lower.append((a / b, c / b))  # y >= c/b - (a/b) x
        else:
            free.append((a, c))
    for la, lc in lower:
        for ua, uc in upper:  # lc - la x <= uc - ua x  <=>  (ua - la) x <= uc - lc
            free.append((ua - la, uc - lc))
    lo, hi = None, None
    for a, c in free:
        if a > 0:
            hi = c / a if hi is None else min(hi, c / a)
        elif a < 0:
            lo = c / a if lo is None else max(lo, c / a)
        elif c < 0:
            return False
    return lo is None or hi is None or lo <= hi


def _solve(names, constraints, objective, obj_name, obj_tex, senses) -> Program | None:
    rows = _rows(constraints)
    lines = {(c.a, c.b, c.c) for c in constraints}
    found = []
    for (a1, b1, c1), (a2, b2, c2) in combinations(sorted(lines), 2):
        det = a1 * b2 - a2 * b1
        if det == 0:
            continue
        p = ((c1 * b2 - c2 * b1) / det, (a1 * c2 - a2 * c1) / det)
        if all(c.holds(*p) for c in constraints) and p not in found:
            found.append(p)
    feasible = _feasible(rows)
    if feasible and not found:
        return None  # the region holds a whole line (or is a single line): no corner to speak of
    rays = _rays(rows)
    bounded = not rays
    vertices = _around(found)
    optima = []
    if feasible and objective is not None:
        p, q, r = objective
        for sense in senses:
            k = 1 if sense == "max" else -1
            if any(k * (p * d[0] + q * d[1]) > 0 for d in rays):
                optima.append(Optimum(sense, None))
                continue
            values = [k * (p * v[0] + q * v[1]) for v in vertices]
            best = max(values)
            points = tuple(v for v, val in zip(vertices, values) if val == best)
            if len(points) > 2:
                return None  # collinear corners: a degenerate region we do not describe
            flat = next((d for d in rays if p * d[0] + q * d[1] == 0), None)
            optima.append(Optimum(sense, k * best + r, points, flat))
    return Program(names, constraints, objective, obj_name, obj_tex, senses, tuple(vertices), feasible, bounded, tuple(optima))


def _rays(rows) -> list[tuple[Fraction, Fraction]]:
    """Directions d with a d <= 0 for every row (the region goes on for ever along them): the extreme rays of
    the recession cone, among the directions along each boundary line (and the normals, for a half-plane)."""
    cands = []
    for a, b, _ in rows:
        cands += [(-b, a), (b, -a), (-a, -b)]
    out = []
    for d in cands:
        if d == (0, 0) or d in out:
            continue
        if all(a * d[0] + b * d[1] <= 0 for a, b, _ in rows):
            # keep extreme rays only: along a boundary line (a d = 0 for some row)
            if any(a * d[0] + b * d[1] == 0 for a, b, _ in rows):
                if not any(_same_direction(d, e) for e in out):
                    out.append(d)
    return out


def _same_direction(d, e) -> bool:
    return d[0] * e[1] == d[1] * e[0] and d[0] * e[0] + d[1] * e[1] > 0


def _around(points):
    """The vertices in order around their centre (counter-clockwise, starting at the lowest-left)."""
    import math

    if len(points) < 3:
        return sorted(points)
    cx = sum(float(p[0]) for p in points) / len(points)
    cy = sum(float(p[1]) for p in points) / len(points)
    ordered = sorted(points, key=lambda p: math.atan2(float(p[1]) - cy, float(p[0]) - cx))
    start = min(range(len(ordered)), key=lambda i: (ordered[i][0] + ordered[i][1], ordered[i][0]))
    return ordered[start:] + ordered[:start]


# -- what the block states ----------------------------------------------------------------------------------------

_SNUM = r"-?\s*(?:\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}|\d+(?:\.\d+)?(?:\s*/\s*\d+)?)"
_STATED_WORDS = [
    (r"\b(?:maximum|max|largest|greatest|highest)\b", "max"),
    (r"\b(?:minimum|min|smallest|least|lowest)\b", "min"),
    (r"最大值|最大(?:利润|收益|产值|收入)", "max"),
    (r"最小值|最(?:小|低)(?:成本|费用|运费)", "min"),
    (r"\b(?:optimal|optimum)\b|最优", "opt"),
]


def _plain(concept: str) -> str:
    text = re.sub(r"\\begin\{[^{}]*\}|\\end\{[^{}]*\}", " ", concept)
    text = text.replace("$", " ").replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    text = re.sub(r"\\(?:text|mathrm)\s*\{([^{}]*)\}", r"\1", text)
    return re.sub(r"\s+", " ", text)


def _stated_numbers(plain: str, name: str) -> list[tuple[str, Fraction]]:
    """(sense, value) of each optimum value the text states: "the maximum value is 14", "最大值为 14",
    "z_{max} = 14", "\\max z = 14". An ``=`` after the words counts only when the objective's name (or
    nothing) stands before it: "the maximum of z where x + y = 4" states no maximum."""
    out = []
    for words, sense in _STATED_WORDS:
        for m in re.finditer(rf"(?:{words})(?P<mid>[^.;。；？?!]{{0,60}}?)(?P<c>\bis\b|\bequals\b|\bof\b(?=\s*{_SNUM}\s*(?:[.;。；,，]|$))|=|为|是|等于|:)"
                             rf"\s*(?:(?:[A-Za-z](?:_\{{?[^{{}}]*\}}?)?)\s*=\s*)?(?P<v>{_SNUM})(?![\w.]|\s*[A-Za-z(\\])", plain, re.I):
            if m.group("c") == "=":
                tail = re.sub(r"\s+", "", m.group("mid"))
                if tail and not tail.endswith(re.sub(r"\s+", "", name)) and not re.search(r"_\{?\\?(?:max|min)\}?$", tail):
                    continue
            if "at least" in m.group(0).lower() or "at most" in m.group(0).lower():
                continue
            value = _number(m.group("v").replace(" ", ""))
            if value is not None:
                out.append((sense, value))
    for m in re.finditer(rf"(最大值|最小值)\s*(?P<v>{_SNUM})(?![\w.]|\s*[A-Za-z(\\])", plain):  # 取得最大值 2
        value = _number(m.group("v").replace(" ", ""))
        if value is not None:
            out.append(("max" if m.group(1) == "最大值" else "min", value))
    for m in re.finditer(rf"_\{{?\\?(?:text\{{|mathrm\{{)?(max|min)\}}?\}}?\s*=\s*(?P<v>{_SNUM})(?![\w.]|\s*[A-Za-z(\\])|"
                         rf"\\(max|min)\s*\{{?[A-Za-z]?\}}?\s*=\s*(?P<w>{_SNUM})(?![\w.]|\s*[A-Za-z(\\])", plain):
        sense = m.group(1) or m.group(3)
        value = _number((m.group("v") or m.group("w")).replace(" ", ""))
        if value is not None:
            out.append((sense, value))
    return out


_TIED = re.compile(r"(?:\bat|\bis|\bare|\bpoint|\bsolution|\bwhen|\bvertex|\bcorner|=|在|点|为|是)\s*$", re.I)


def _stated_points(plain: str) -> list[tuple[str | None, tuple[Fraction, Fraction]]]:
    """Each point (a, b) the text writes, with the sense of the optimum the words tie it to ("the maximum
    is attained at (2, 3)", "在点 (2, 3) 处取得最大值"), or None."""
    out = []
    for m in re.finditer(rf"\(\s*(?P<a>{_SNUM})\s*,\s*(?P<b>{_SNUM})\s*\)", plain):
        a, b = _number(m.group("a").replace(" ", "")), _number(m.group("b").replace(" ", ""))
        if a is None or b is None:
            continue
        before = re.split(r"[.;。；？?!]", plain[max(0, m.start() - 90):m.start()])[-1]
        after = re.split(r"[.;。；？?!,，]", plain[m.end():m.end() + 30])[0]
        sense = None
        for words, s in _STATED_WORDS:
            if sense is None and ((re.search(words, before, re.I) and _TIED.search(before))
                                  or re.search(rf"(?:取得|处)[^，。]{{0,8}}(?:{words})", after)):
                sense = s
        out.append((sense, (a, b)))
    return out


def _check_stated(program: Program, info: MathInfo, concept: str, values, coords) -> list[str] | None:
    """The values the block states, each true (their descriptions), or None when one is false."""
    plain = _plain(concept)
    checked = []
    optima = {o.sense: o for o in program.optima}

    def chosen(sense: str | None):
        return [optima[sense]] if sense in optima else list(optima.values())

    def optimal_value(sense: str | None, v: Fraction) -> bool:
        return any(o.value is not None and o.value == v for o in chosen(sense))

    def optimal_point(sense: str | None, pt) -> bool:
        return (all(c.holds(*pt) for c in program.constraints)
                and any(o.value is not None and program.value(pt) == o.value for o in chosen(sense)))

    for sense, v in _stated_numbers(plain, program.objective_name.split("(")[0]):
        if program.objective is None or not program.feasible or not optimal_value(sense, v):
            return None
        checked.append(f"{sense} {v}")
    for v in values:
        if program.objective is None or not program.feasible or not optimal_value(None, v):
            return None
        checked.append(f"value {v}")
    for sense, pt in _stated_points(plain):
        if sense is not None:
            if program.objective is None or not program.feasible or not optimal_point(sense, pt):
                return None
        elif pt not in program.vertices and not (program.objective is not None and program.feasible and optimal_point(None, pt)):
            return None  # a point that is no corner of the region: what the block says of it we cannot check
        checked.append(f"point {pt}")
    if coords:
        x, y = program.names
        pt = (coords.get(_name(x)), coords.get(_name(y)))
        if None in pt or program.objective is None or not program.feasible or not optimal_point(None, pt):
            return None
        checked.append(f"point {pt}")
    return checked
