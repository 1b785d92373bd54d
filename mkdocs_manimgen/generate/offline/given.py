"""The author's own numbers, read from a block's math: lists, points, vectors, probabilities.

The data families (statistics, algorithms, number theory, vectors) draw these and nothing
else; each reader returns ``None`` when the block does not give what it looks for, so a
template can say it is not met instead of drawing a built-in example.  A seed derived from
the block makes every simulation reproducible: the same block gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re

from .latex import MathInfo, single_line
from .symbolic import number

_NUM = r"-?\d+(?:\.\d+)?"


def seed(info: MathInfo) -> int:
    """A 32-bit seed from the block's text (stable across runs and machines, unlike hash())."""
    return int.from_bytes(hashlib.sha256(info.concept.encode("utf-8")).digest()[:4], "big")


def _flat(info: MathInfo) -> str:
    text = " ; ".join(single_line(b) for b in info.blocks)
    text = re.sub(r"\\(left|right|big|Big)(?![A-Za-z])", "", text)
    return re.sub(r"\\[,;!: ]|~", " ", text)


def number_list(info: MathInfo, minimum: int = 4) -> list[float] | None:
    """The longest list of plain numbers the block writes: ``[5, 2, 9, 1]``, ``\\{3, 1, 4\\}``,
    ``(7, 3, 8, 1, 4)``, ``[5,\\,2,\\,9]`` or ``5, 2, 9, 1``, in the math or, failing that, in the prose
    ("selection sort on 4, 9, 2, 7, 1"); None when none has ``minimum`` entries."""
    best: list[float] = []
    for tex in info.blocks or [info.prose]:
        flat = re.sub(r"\\[{}]|\\langle|\\rangle|\\[,;:! ]|~", " ", single_line(tex))
        for run in re.findall(rf"{_NUM}(?:\s*,\s*{_NUM})+", flat):
            values = [float(v) for v in re.findall(_NUM, run)]
            if len(values) > len(best):
                best = values
    return best if len(best) >= minimum else None


def points(info: MathInfo, minimum: int = 3) -> list[tuple[float, float]] | None:
    """Data points written as pairs ``(1, 2), (2, 4.1), ...``, or as a table (``array``/``tabular``, or Markdown's
    ``| x | 1 | 2 |`` rows) of two
    labelled rows ``x & 1 & 2 & 3 \\\\ y & 2.1 & 3.9 & 6.2`` or of rows of two numbers (at least ``minimum``)."""
    found = [(float(a), float(b)) for a, b in re.findall(rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*\)", _flat(info))]
    if len(found) < minimum:
        tables = re.findall(r"\\begin\{(?:array|tabular)\}(?:\{[^{}]*\})?(.*?)\\end\{(?:array|tabular)\}", info.concept, re.S)
        found = max((_table_pairs(t) for t in tables + markdown_tables(info.concept)), key=len, default=[])
    return found if len(found) >= minimum else None


def markdown_tables(text: str) -> list[str]:
    """Each Markdown pipe table of ``text`` as an ``array`` body (cells joined by ``&``, rows by ``\\\\``; the
    ``|---|`` rule dropped; ``$1$`` read as 1), for :func:`_table_pairs`."""
    bodies = []
    for block in re.findall(r"(?:^[ \t]*\|.*\|[ \t]*\n?)+", text, re.M):
        rows = [line.strip().strip("|") for line in block.strip().splitlines()]
        rows = [r for r in rows if not re.fullmatch(r"[\s:|-]+", r)]
        bodies.append(" \\\\ ".join(" & ".join(c.strip().strip("$").strip() for c in r.split("|")) for r in rows))
    return bodies


def _table_pairs(body: str) -> list[tuple[float, float]]:
    """The (x, y) pairs of one table: two rows of numbers after their labels, or rows of two numbers."""
    rows = []
    for row in re.split(r"\\\\(?:\[[^\]]*\])?", body):
        cells = [c.strip() for c in re.sub(r"\\hline|\\toprule|\\midrule|\\bottomrule", "", row).split("&")]
        nums = [c for c in cells if re.fullmatch(_NUM, c)]
        if nums:
            rows.append((cells, [float(c) for c in nums]))
    if len(rows) == 2 and len(rows[0][1]) == len(rows[1][1]) >= 3 and all(len(c) == len(n) + 1 for c, n in rows):
        return list(zip(rows[0][1], rows[1][1]))  # x & 1 & 2 & 3 \\ y & 2 & 4 & 6
    if len(rows) >= 3 and all(len(n) == 2 == len(c) for c, n in rows):
        return [(n[0], n[1]) for _, n in rows]  # 1 & 2 \\ 2 & 4 \\ 3 & 6
    return []


def vectors(info: MathInfo, dim: int) -> list[tuple[float, ...]]:
    """Vectors of ``dim`` components: column/row matrices, ``(a, b)`` or ``\\langle a, b\\rangle``."""
    from .symbolic import matrices

    found: list[tuple[float, ...]] = []
    for m in matrices(info.concept):
        cells = [v for row in m for v in row]
        if len(cells) == dim and (len(m) == 1 or all(len(r) == 1 for r in m)):
            found.append(tuple(cells))
    tuple_re = r"(?:\(|\\langle|\[)\s*" + r"\s*,\s*".join([f"({_NUM})"] * dim) + r"\s*(?:\)|\\rangle|\])"
    for tex in info.blocks:
        for match in re.finditer(tuple_re, single_line(tex)):
            found.append(tuple(float(v) for v in match.groups()))
    return found


_P = re.compile(r"P\s*\(\s*(?P<event>[^()=]*?)\s*\)\s*=\s*(?P<value>\d*\.\d+|\d+\s*\\?%|0|1|\\frac\{\d+\}\{\d+\})")


def probabilities(info: MathInfo) -> dict[str, float]:
    """``P(event) = value`` pairs, e.g. ``P(D) = 0.01``, ``P(+ \\mid D) = 0.99``, ``P(A|B)=5\\%``.
    Event text is normalised: ``\\mid`` -> ``|``, ``\\neg D``/``\\bar D``/``D^c``/``\\overline{D}`` -> ``~D``."""
    out: dict[str, float] = {}
    for tex in info.blocks:
        flat = single_line(tex).replace("\\mid", "|").replace("\\vert", "|")
        for m in _P.finditer(flat):
            raw = m["value"].replace(" ", "")
            value = float(raw.rstrip("\\%")) / 100 if raw.endswith("%") else number(raw)
            if value is not None and 0 <= value <= 1:
                out.setdefault(event(m["event"]), value)
    return out


def event(text: str) -> str:
    """An event as the readers key it: spaces gone, a complement (`\\neg D`, `\\bar D`, `D^c`) as `~D`."""
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"\\(?:neg|lnot)\s*([A-Za-z+\-]+)", r"~\1", text)
    text = re.sub(r"\\(?:bar|overline)\{?([A-Za-z+\-]+)\}?", r"~\1", text)
    text = re.sub(r"([A-Za-z+\-]+)\^\{?[cC']\}?", r"~\1", text)
    text = re.sub(r"([A-Za-z])'", r"~\1", text)
    return text.replace("\\", "")


def assigned(info: MathInfo, names: tuple[str, ...]) -> dict[str, float]:
    """Numbers the author assigns to ``names`` anywhere in the math (``n = 30``, ``p=0.3``)."""
    from .templates.common import given_values

    return given_values(info, names)


def interval(info: MathInfo, letter: str = "x", named: bool = False) -> tuple[float, float] | None:
    """An interval of ``letter``: ``[a, b]``, ``a \\le x \\le b``, ``x \\in [a, b]`` or integral limits;
    with ``named``, only one written with the letter (``0 \\le t \\le 5``, ``t \\in [0, 5]``)."""
    flat = _flat(info)
    m = re.search(rf"({_NUM})\s*(?:\\le|\\leq|<|\\leqslant)\s*{letter}\s*(?:\\le|\\leq|<|\\leqslant)\s*({_NUM})", flat)
    if named:
        m = m or re.search(rf"(?<![A-Za-z\\]){letter}\s*\\in\s*[\[(]\s*({_NUM})\s*,\s*({_NUM})\s*[\])]", flat)
        return (float(m[1]), float(m[2])) if m and float(m[1]) < float(m[2]) else None
    if not m:  # an integral's limits, when it is taken in the letter (the limits of a dy are no x-interval)
        m = next((i for i in re.finditer(rf"\\int_\{{?({_NUM})\}}?\^\{{?({_NUM})\}}?", flat)
                  if _differential(flat[i.end():]) in (None, letter)), None)
    if not m:  # [a, b], or half-open [a, b) / (a, b]: a square bracket on one side at least; [0 ; 2] as French writes it
        m = re.search(rf"\[\s*({_NUM})\s*[,;]\s*({_NUM})\s*[\])]|\(\s*({_NUM})\s*[,;]\s*({_NUM})\s*\]", flat)
    if m:
        a, b = (float(v) for v in [g for g in m.groups() if g is not None][:2])
        if a < b:
            return a, b
    for m in re.finditer(r"\[\s*([^\[\],;]{1,30}?)\s*[,;]\s*([^\[\],;]{1,30}?)\s*\]", flat):  # [0, \pi], [-\frac{1}{2}, 2]
        a, b = number(m.group(1)), number(m.group(2))
        if a is not None and b is not None and a < b:
            return a, b
    # an open interval said as one: "on $(0, \pi)$", "sur $]0 ; \pi[$", "在 $(0,\pi)$ 上" (a bare (2, 3) is a point)
    said = list(re.finditer(r"(?:\b(?:on|over|sur|in|for\s+x\s+in)|在)\s*\$\s*(?:x\s*\\in\s*)?(?:\\left)?[(\]]\s*([^()\[\],;$]{1,30}?)\s*[,;]"
                            r"\s*(?:\\[,;!: ])?\s*([^()\[\],;$]{1,30}?)\s*(?:\\right)?[)\[]\s*\$", info.concept, re.I))
    if len(said) == 1:  # several ("递增 on (-inf, -1), 递减 on (-1, 1), ...") are where f rises and falls, not its domain
        a, b = number(said[0].group(1)), number(said[0].group(2))
        if a is not None and b is not None and a < b:
            return a, b
    found = integrals(info)
    return found[0][1:] if found else None


def lower_bound(info: MathInfo, var: str) -> float | None:
    """The start of a half-line the block restricts the variable to: ``x \\ge 0``, ``x > 0``, ``x\\geqslant 1``
    (Gabriel's horn from x = 1: its curve has no negative branch to draw)."""
    from .odes import tex_name

    letter = re.escape(tex_name(var))
    flat = " ; ".join(single_line(b) for b in info.blocks)
    m = re.search(r"(?<![A-Za-z\\])" + letter + r"\s*(?:\\ge(?:q|qslant)?|>|≥)\s*(-?\d+(?:\.\d+)?)(?![\d.])", flat)
    return float(m.group(1)) if m else None


def _differential(after: str) -> str | None:
    """The letter of the first differential (``dy``, ``\\mathrm{d}t``, ``d\\theta``) in the formula that ``after``
    continues, or None when it writes none."""
    formula = after.split(" ; ")[0]
    m = re.search(r"(?:\\mathrm\{d\}|(?<![A-Za-z\\])d)\s*(\\?[A-Za-z]+?)(?![A-Za-z])", formula)
    return m.group(1).lstrip("\\") if m else None


def integrals(info: MathInfo) -> list[tuple[object, float, float]]:
    """(integrand, a, b) of every definite integral in x the author writes (limits such as pi evaluated)."""
    import sympy as sp

    from .symbolic import atoms_in_formulas, normalize

    out = []
    for integral in atoms_in_formulas(info, sp.Integral):
        integral = normalize(integral)
        limits = integral.args[1]
        if len(limits) != 3 or limits[0] != sp.Symbol("x"):
            continue
        try:
            a, b = float(limits[1]), float(limits[2])
        except (TypeError, ValueError):
            continue
        if a < b:
            out.append((integral.args[0], a, b))
    return out


_VECTOR_NAME = re.compile(r"\\(vec|mathbf|boldsymbol|overrightarrow)\s*\{?\s*([A-Za-z]{1,2})\s*\}?\s*=\s*(?:\(|\\begin|\\langle|\[)")


def vector_names(info: MathInfo, default: tuple[str, str]) -> tuple[str, str]:
    """The TeX names the author gives the first two vectors (``\\vec a``, ``\\mathbf u``), else ``default``."""
    names = []
    for tex in info.blocks:
        for m in _VECTOR_NAME.finditer(single_line(tex)):
            name = f"\\{m.group(1)}{{{m.group(2)}}}"
            if name not in names:
                names.append(name)
    return (names[0], names[1]) if len(names) >= 2 else default


def function_in(blocks: list[str]):
    """``symbolic.function_of``, also reading ``x(2 - x)`` as a product (the parser takes it for a call)."""
    from .symbolic import function_of

    found = function_of(blocks)
    if found is None:
        products = [re.sub(r"(?<![A-Za-z\\])x\s*\(", r"x \\cdot (", b) for b in blocks]
        if products != blocks:
            found = function_of(products)
    return found


# -- a specific triangle: its named vertices, and the sides and angles the author states ------------------------

_TRI_VALUE = (r"(?:\\[dt]?frac\s*\{[^{}]+\}\s*\{[^{}]+\}|\d*\s*\\pi(?:\s*/\s*\d+)?|"
              r"(?:\d+(?:\.\d+)?\s*)?\\sqrt\s*(?:\{\s*\d+(?:\.\d+)?\s*\}|\d)|\d+(?:\.\d+)?)")
_TRI_DEGREE = r"(?P<deg>\s*(?:\^\s*\{?\s*\\circ\s*\}?|°|\\degree|度))?"
# What may follow a stated value: the end, punctuation, a unit, a separator; never an operator or a letter
# (``a = 2x``, ``b = 3 + c`` state no value).
_TRI_AFTER = re.compile(r"\s*(?:$|[,，;；。.、:：?？!！)\]}]|\\[,;!: ]|\\quad|\\qquad|\\\\|\\text|\\mathrm|~|(?:cm|mm|km|m|in|ft|units?)\b|"
                        r"(?:and|or|with|find|so|then|given)\b|[\u4e00-\u9fff])")


def _math_text(info: MathInfo) -> str:
    """The block as one line with its math delimiters gone (values are written in prose too: 在△ABC中，a=7)."""
    text = re.sub(r"\$+|\\\(|\\\)|\\\[|\\\]", " ", info.concept)
    return re.sub(r"\\(left|right|big|Big)(?![A-Za-z])", "", text)


def tri_value(tex: str):
    """An exact sympy value of a stated side or angle (``7``, ``2\\sqrt{3}``, ``\\frac{\\pi}{3}``, ``37.5``), or None."""
    import sympy as sp

    from .symbolic import normalize, parse

    tex = tex.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", tex):
        return sp.Rational(tex)
    try:
        expr = normalize(parse(tex))
        return sp.nsimplify(expr, [sp.pi], rational=True) if not expr.free_symbols else None
    except Exception:
        return None


def named_points(info: MathInfo) -> dict[str, tuple[float, float]]:
    """Points the author names: ``A(0,0)``, ``B = (6, 0)``, ``C\\,(2,4)`` -> {A: (0, 0), ...}, in order."""
    found: dict[str, tuple[float, float]] = {}
    for m in re.finditer(rf"(?<![A-Za-z\\])([A-Z])(?:_\{{?\d\}}?)?\s*(?:=\s*)?\(\s*({_NUM})\s*,\s*({_NUM})\s*\)", _math_text(info)):
        found.setdefault(m[1], (float(m[2]), float(m[3])))
    return found


def triangle_statements(info: MathInfo) -> list[tuple[str, str, object, bool, int]]:
    """What the block states about a triangle ABC in the standard notation, in order:
    (kind, name, exact value, in degrees, position in :func:`_math_text`) with kind ``side`` (a, b, c;
    ``AB = 5`` is c), ``angle`` (A, B, C; ``\\angle BAC`` is A; radians unless marked in degrees or a
    plain number above 7), ``cos``/``sin``/``tan`` (``\\cos A = \\frac{11}{14}``) and ``area``."""
    text = _math_text(info)
    out = []
    value = rf"(?P<v>-?\s*{_TRI_VALUE}){_TRI_DEGREE}"
    forms = (
        ("side", rf"(?<![A-Za-z\\^_{{])(?:side\s+|边\s*)?(?P<n>[abc])\s*=\s*{value}"),
        ("angle", rf"(?:(?:\\angle|∠|angle|角)\s*)?(?<![A-Za-z^_{{])(?P<n>[ABC])\s*=\s*{value}"),
        ("angle3", rf"(?:\\angle|∠|angle|角)\s*(?P<n>[ABC]{{3}})\s*=\s*{value}"),
        ("side2", rf"(?<![A-Za-z\\^_{{])(?P<n>AB|BA|BC|CB|AC|CA|\|AB\||\|BC\||\|AC\|)\s*=\s*{value}"),
        ("trig", rf"\\?(?P<f>cos|sin|tan)\s*(?:\\angle\s*|∠\s*)?(?P<n>[ABC])(?![A-Za-z])\s*=\s*{value}"),
        ("area", rf"(?:(?<![A-Za-z\\])S(?:_\{{?\\triangle\s*ABC\}}?|_\{{?ABC\}}?)?|\\text\{{\s*[Aa]rea\s*\}}|[Aa]rea(?:\s+(?:is|of\s+the\s+triangle\s+is|equals))?|面积(?:为|是|等于)?)\s*=?\s*{value}"),
    )
    import sympy as sp

    for form, regex in forms:
        for m in re.finditer(regex, text):
            kind = form
            if not _TRI_AFTER.match(text, m.end()):
                continue
            if kind == "angle" and re.search(r"(?:cos|sin|tan)\s*(?:\\angle\s*|∠\s*)?$", text[:m.start("n")]):
                continue  # cos A = 1/2 states a cosine
            v = tri_value(m["v"])
            if v is None or v.is_negative:
                continue
            name = m["n"].strip("|") if "n" in m.groupdict() and m["n"] else ""
            deg = bool(m["deg"])
            if kind == "angle3":
                if len(set(name)) != 3:
                    continue
                kind, name = "angle", name[1]
            elif kind == "side2":
                kind, name = "side", ({"A", "B", "C"} - set(name)).pop().lower()
            elif kind == "trig":
                kind, name, deg = m["f"], name, False
            if kind == "angle" and not deg and not v.has(sp.pi) and v > 7:
                deg = True  # "A = 60": a plain number too large for radians
            out.append((kind, name, v, deg, m.start()))
    return sorted(out, key=lambda s: s[-1])


def unnamed_sides(info: MathInfo) -> tuple | None:
    """Three side lengths given without names: "sides 5 cm, 6 cm and 7 cm", "三边长分别为 3、5、7" (exact values)."""
    text = _math_text(info)
    unit = r"(?:\s*(?:cm|mm|km|m|units?|\\(?:text|mathrm)\s*\{[^{}]*\}))?"
    n = rf"({_TRI_VALUE}){unit}"
    m = re.search(rf"sides?\s+(?:of\s+)?(?:lengths?\s+)?(?:are\s+|measuring\s+)?{n}\s*,\s*{n}\s*,?\s*and\s+{n}", text, re.I) or \
        re.search(rf"三(?:条)?边(?:长|的长)?(?:分别)?(?:为|是|等于)\s*{n}\s*[、，,]\s*{n}\s*[、，,和及]\s*{n}", text)
    if not m or not _TRI_AFTER.match(text, m.end()):
        return None
    values = [tri_value(g) for g in m.groups()]
    return tuple(values) if all(v is not None and v > 0 for v in values) else None


# A circle given by its centre and radius in words: "radius 3", "半径为 $\sqrt{5}$", "centre (2, -1)", "圆心 C(2, -1)",
# "centred at the origin", "以原点为圆心", "the unit circle".
_RADIUS = (r"(?:\bradius|半径)\s*(?:of\s+|is\s+|=\s*|为|是|等于)?\s*(?:(?:\$\s*(?:[rR]\s*=\s*)?(?P<math>[^$]+?)\s*\$)|"
           rf"(?P<num>{_NUM})(?![\d.]))")
_CENTRE = (rf"(?:\bcent(?:er|re)(?:e?d\s+at|\s+(?:is\s+)?at|\s+is)?|圆心(?:为|在|是)?)\s*(?:the\s+point\s+)?\$?\s*(?:[A-Z]\s*)?(?:=\s*)?"
           rf"\(\s*({_NUM})\s*,\s*({_NUM})\s*\)")
_AT_ORIGIN = (r"\bcent(?:er|re)(?:e?d)?\s+(?:is\s+)?(?:at|in)\s+the\s+origin|\b(?:about|around)\s+the\s+origin|"
              r"\borigin\s+as\s+(?:its\s+)?cent(?:er|re)|以\s*(?:坐标)?原点为\s*圆心|圆心\s*(?:为|在|是)\s*(?:坐标)?原点")
_UNIT_CIRCLE = r"\bunit\s+(?:circle|disk|disc)|单位圆"


def circle_given(info: MathInfo):
    """(h, k, r), exact, of a circle the block gives in words: its radius ("radius 3", "半径为 2", or ``r = 3`` beside
    the word circle/圆) and its centre (a point after centre/圆心, or the origin said to be it); the unit circle has
    r = 1 and, unless a centre is given, the origin. None when either is missing or r is not positive."""
    import sympy as sp

    from .templates.common import given_values

    unit = re.search(_UNIT_CIRCLE, info.prose, re.I)
    said = re.search(_RADIUS, info.concept, re.I)
    radius = None
    if said:
        radius = tri_value(said["math"]) if said["math"] else sp.Rational(said["num"])
    elif unit:
        radius = sp.Integer(1)
    elif re.search(r"\bcircles?\b|圆", info.prose, re.I):
        named = given_values(info, ("r", "R"))
        value = named.get("r", named.get("R"))
        radius = sp.nsimplify(value, rational=True) if value is not None else None
    if radius is None or not radius.is_positive:
        return None
    centre = re.search(_CENTRE, info.concept, re.I)
    if centre:
        return sp.Rational(centre[1]), sp.Rational(centre[2]), radius
    if unit or re.search(_AT_ORIGIN, info.concept, re.I):
        return sp.Integer(0), sp.Integer(0), radius
    return None
