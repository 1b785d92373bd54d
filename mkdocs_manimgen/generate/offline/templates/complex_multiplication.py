"""complex_multiplication: multiplying by w rotates by arg w and scales by |w|.

The author's z and w: named (``z = 2 + i``, ``w = 1 + \\sqrt3\\,i``), said ("multiply $z = 1 + 2i$ by $-2i$",
"$z = 3 + i$ 乘以 $3i$"), or written as a product ``(2 + i)(1 + i)``; the unit i in any notation (``\\mathrm{i}``,
``\\text{i}``, ``\\operatorname{i}``). A product the block states (``(2 + i)(1 + i) = 1 + 3i``, "得到 $-3 + 9i$")
is checked, and said to be false when it is."""

from __future__ import annotations

import cmath
import math
import re
from dataclasses import dataclass

from ..families import states_only
from ..latex import fmt, plain_unit, single_line, split_top
from ..notes import check
from ..parts.labels import outward, place_helper
from .common import Ctx

FITS = 12.0  # the largest |zw| drawn: the plane keeps one unit readable


@dataclass(frozen=True)
class Product:
    """z times w as the scene draws it, exact (sympy numbers); ``stated``: each value the block gives for zw, as
    written (LaTeX) with its value; ``example``: z is the scene's own (the block names only the multiplier, or
    states only the rule)."""

    z: object
    w: object
    stated: tuple[tuple[str, complex], ...] = ()
    example: bool = False
    names: tuple[str, str, str] = ("z", "w", "zw")  # the factors' and the product's names on screen (w = iz: z, i, w = iz)

    @property
    def values(self) -> tuple[complex, complex, complex]:
        """z, w and zw as floats."""
        return complex(self.z), complex(self.w), complex(self.z) * complex(self.w)


def _number(tex: str, known: dict | None = None):
    """The exact value (sympy) of a closed expression in the unit i (any notation; the letters of ``known`` put
    in), or None."""
    import sympy as sp

    from ..symbolic import exact_complex, parse

    if re.search(r"\\circ|°", tex):
        return None  # an angle, not a number of the plane
    expr = parse(plain_unit(tex))
    if not isinstance(expr, sp.Expr):
        return None
    value = exact_complex(expr, known)
    return None if value is None else sp.expand(value)


def _value(tex: str, known: dict | None = None) -> complex | None:
    """:func:`_number` as a float pair (a value the block states, compared with the product)."""
    number = _number(tex, known)
    return None if number is None else complex(number)


_NAME = r"[zwuv](?:_\{?\d\}?)?"


def _named(info) -> dict:
    """The numbers the author names, ``z = 2 + i``, ``w = 1 + \\sqrt3\\,i`` (any closed form sympy reads), in order."""
    out: dict = {}
    for block in info.blocks:
        for piece in re.split(r"(?<!\\)[,;]|\\q?quad", single_line(block)):  # not the thin space \,
            parts = split_top(piece, "=")
            name = re.fullmatch(rf"\s*({_NAME})\s*", parts[0])
            if len(parts) < 2 or not name:
                continue
            value = _number(parts[1])
            if value is not None and value != 0:
                out.setdefault(re.sub(r"[_{}]", "", name[1]), value)
    return out


def _side(tex: str) -> str:
    """The last side of ``z = 1 + 2i`` (the number itself), or tex."""
    return split_top(tex, "=")[-1]


# "multiply $z$ by $w$", "multiplying by $i$", "$z$ 乘以 $w$", "$z$ times $w$": the multiplicand (maybe absent) and the multiplier
_SAID = (r"(?:\$(?P<z>[^$]+)\$\s*)?(?:乘以|乘上)\s*\$(?P<w>[^$]+)\$",
         r"multipl\w*\s+(?:\$(?P<z>[^$]+)\$\s*)?(?:(?:[^$.;:?!。；：？！]|\$[^$]*\$){0,60}?\s)?by\s*\$(?P<w>[^$]+)\$",
         r"\$(?P<z>[^$]+)\$\s*times\s*\$(?P<w>[^$]+)\$",
         r"multipl\w*(?:[^$.;:?!。；：？！]){0,60}?\bby\s+(?P<w>[+-]?\d*i)\b")


def _said(info, named: dict) -> tuple[object, object] | None:
    """(z, w) the prose multiplies ("multiply $z = 1 + 2i$ by $-2i$"; z None when it names only the multiplier:
    "multiplying by $i$", "乘以 $-i$"); None also when what it multiplies is no number ("multiply $\\sum x_i$ by $2$")."""
    for rule in _SAID:
        m = re.search(rule, info.concept, re.I)
        if not m:
            continue
        w = _number(_side(m["w"]), named)
        if w is None or w == 0:
            continue
        if not m.groupdict().get("z"):
            return None, w
        z = _number(_side(m["z"]), named)
        return (z, w) if z is not None else None
    return None


def _times_i(info, named: dict) -> tuple[object, object, str, str] | None:
    """(z, i, z's name, w's name) from ``w = iz`` (or ``w = z\\,i``) with z named: the block's quarter-turn of z,
    drawn as z times i."""
    import sympy as sp

    for block in info.blocks:
        flat = re.sub(r"\\(?:mathrm|text|operatorname)\{i\}", "i", single_line(block))
        for m in re.finditer(rf"(?<![A-Za-z\\])({_NAME})\s*=\s*(?:i\s*(?:\\cdot\s*)?({_NAME})|({_NAME})\s*(?:\\cdot\s*)?i)(?![A-Za-z])", flat):
            name = m.group(2) or m.group(3)
            z = named.get(re.sub(r"[_{}]", "", name))
            if z is not None and name != "i":
                return z, sp.I, name, m.group(1)
    return None


def _product_of(info, names: list[str]) -> bool:
    """The block multiplies its two named numbers: a word of products, or the product written (zw, z\\cdot w, z_1 z_2)."""
    if re.search(r"product|multipl|\btimes\b|乘|积", info.prose, re.I):
        return True
    a, b = (re.escape(n).replace("_", "_?\\{?") + "\\}?" for n in names)
    return any(re.search(rf"(?<![A-Za-z\\]){a}\s*(?:\\cdot|\\times|\*)?\s*{b}(?![A-Za-z])|(?<![A-Za-z\\]){b}\s*(?:\\cdot|\\times|\*)?\s*{a}(?![A-Za-z])",
                         single_line(blk)) for blk in info.blocks)


_PAIR = r"\(?\s*(-?\d+(?:\.\d+)?)\s*([+-])\s*(\d+(?:\.\d+)?)?\s*i\s*\)?"


def _written(info) -> tuple[object, object] | None:
    """The first two numbers a + bi the block writes (``(2 + i)(1 + i)``, "$2 + i$ and $1 + i$")."""
    import sympy as sp

    found = [sp.nsimplify(a) + sp.nsimplify(s + (b or "1")) * sp.I
             for a, s, b in re.findall(_PAIR, plain_unit(" ".join(info.blocks)))]
    return (found[0], found[1]) if len(found) >= 2 else None


def read(info) -> Product | None:
    """The product the block asks for (see the module docstring), or None when it gives none the plane can hold."""
    import sympy as sp

    named = _named(info)
    said = _said(info, named)
    first = list(named.values())[:2]
    turned = _times_i(info, named)
    if said is not None and said[0] is not None:
        z, w = said
    elif said is not None and len(named) == 1 and first[0] != said[1]:
        z, w = first[0], said[1]  # "let $z = 3 + i$; multiplying it by $2i$ ..."
    elif turned is not None:
        z, w = turned[:2]
        zc = complex(z)
        if not 0 < abs(zc) <= 8:
            return None
        return Product(z, w, names=(turned[2], "i", f"{turned[3]} = i{turned[2]}"))
    elif len(first) == 2:
        if not _product_of(info, list(named)[:2]):
            return None  # z = 2 - i and w = 1 + 2i solved from a system: nothing says to multiply them
        z, w = first
    elif said is not None:  # "multiplying by $i$ turns a quarter-turn": the scene's z, declared an example
        if complex(said[1]).imag == 0:
            return None  # a real factor only scales: no turn to show, and nothing says the numbers are complex
        z, w = (2 + sp.I if abs(complex(said[1])) <= 1.8 else 1 + sp.I), said[1]
        return Product(z, w, example=True) if abs(complex(z * w)) <= FITS else None
    elif _written(info) is not None:
        z, w = _written(info)
    elif states_only(info, r"^[^0-9]*$"):  # only the rule zw, |zw| = |z||w|: an example of it
        return Product(2 + sp.I, 1 + sp.I, example=True)
    else:
        return None
    zc, wc = complex(z), complex(w)
    if not (0 < abs(zc) <= 8 and 0 < abs(wc) <= 8 and abs(zc * wc) <= FITS) or (zc.imag == 0 and wc.imag == 0):
        return None
    return Product(z, w, tuple(_stated(info, {**named, "z": z, "w": w}, zc * wc)))


# the words that give a result: "得到 $-3 + 9i$", "the product is $1 + 3i$", "lands on $zw = ...$"
_GIVES = (r"(?:得到|得出|得|等于|结果(?:是|为)|(?:乘)?积(?:是|为)|落在|变为|变成|\bgives?|\bgiving|\bget(?:s|ting)?|\bobtain(?:s|ing)?|"
          r"\bequals?|\bland(?:s|ing)?\s+(?:on|at)|\bresults?\s+in|\byield(?:s|ing)?|\b(?:product|result|answer)\s+is|\bbecomes?)")


def _stated(info, known: dict, truth: complex):
    """Each (LaTeX, value) the block gives for zw: a later side of an equation whose first side is the product
    (``zw = ...``, ``(3 + i) \\cdot 3i = 9i + 3i^2 = -3 + 9i``), or a number the prose says the product gives."""
    seen = set()
    for block in info.blocks:
        for piece in re.split(r"(?<!\\)[;]|\\q?quad", single_line(block)):
            sides = [s.strip() for s in split_top(piece, "=")]
            first = _value(sides[0], known) if len(sides) > 1 else None
            if first is None or abs(first - truth) > 1e-9 * max(1.0, abs(truth)) or not re.search(r"[zw)]|\\cdot|\\times", sides[0]):
                continue
            for side in sides[1:]:
                value = _value(side, known)
                if value is not None and side not in seen:
                    seen.add(side)
                    yield side, value
    for m in re.finditer(_GIVES + r"\s*\$([^$=]+)\$", info.concept, re.I):  # "得到 $zw = ...$" is an equation, read above
        tex = m[1].strip()
        value = _value(tex)
        # a real number said after "gives" is a modulus or a factor, unless the product is real itself
        if value is not None and tex not in seen and (value.imag != 0 or truth.imag == 0):
            seen.add(tex)
            yield tex, value


def _agrees(tex: str, value: complex, truth: complex) -> bool:
    """The stated value is the product, to the precision it is written in (``1.73 + i`` for √3 + i holds)."""
    places = max((len(d) for d in re.findall(r"\d\.(\d+)", tex)), default=None)
    if places is None:
        return abs(value - truth) <= 1e-9 * max(1.0, abs(truth))
    return max(abs(value.real - truth.real), abs(value.imag - truth.imag)) <= 10 ** -places * 1.01


def plane_ranges(*points: complex) -> tuple[tuple[int, int, int], tuple[float, float, int], float]:
    """x_range, y_range and the length of one unit on screen for a plane that holds ``points`` (and at least
    [-6, 6] x [-2.5, 3.5]) in 13.2 x 6.6 screen units, with equal units on both axes (an angle must look right)."""
    half = max(6, math.ceil(max(abs(q.real) for q in points)) + 1)
    low = min(-2.5, math.floor(min(q.imag for q in points)) - 0.5)
    high = max(3.5, math.ceil(max(q.imag for q in points)) + 0.5)
    unit = min(13.2 / (2 * half), 6.6 / (high - low))
    step = 1 if max(2 * half, high - low) <= 16 else 2
    return (-half, half, step), (low, high, step), unit


def _plane(*points: complex) -> str:
    (a, b, s), (lo, hi, t), unit = plane_ranges(*points)
    return (f"x_range=[{a}, {b}, {s}], y_range=[{fmt(lo)}, {fmt(hi)}, {t}], "
            f"x_length={fmt(unit * (b - a), 4)}, y_length={fmt(unit * (hi - lo), 4)}")


def _c(z: complex) -> str:
    """z as a + bi, to three decimals (i, -2i, 3: no "0 +" and no "+ 0i")."""
    if abs(z.imag) < 1e-12:
        return fmt(z.real)
    sign = "+" if z.imag >= 0 else "-"
    im = "" if abs(abs(z.imag) - 1) < 1e-12 else fmt(abs(z.imag))
    if abs(z.real) < 1e-12:
        return f"{'-' if z.imag < 0 else ''}{im}i"
    return f"{fmt(z.real)} {sign} {im}i"


def complex_tex(number) -> str:
    """'= a + bi' for an exact sympy number (``= \\sqrt{3} - 1 + \\left(1 + \\sqrt{3}\\right)i``), or '\\approx' and
    three decimals when its exact form is long."""
    import sympy as sp

    a, b = (sp.simplify(part) for part in number.as_real_imag())
    real = "" if a == 0 else sp.latex(a)
    if b == 0:
        text = real or "0"
    else:
        minus = b.could_extract_minus_sign()
        size = -b if minus else b
        unit = "i" if size == 1 else (f"\\left({sp.latex(size)}\\right)i" if size.is_Add else f"{sp.latex(size)}i")
        text = (f"{real} {'-' if minus else '+'} {unit}" if real else f"{'-' if minus else ''}{unit}")
    if len(text) > 36 or any(isinstance(part, sp.Float) for part in (a, b)):
        value = complex(number)
        return f"\\approx {_c(value)}" if not all(abs(p - round(p, 3)) < 1e-9 for p in (value.real, value.imag)) else f"= {_c(value)}"
    return f"= {text}"


def build(ctx: Ctx) -> None:
    w = ctx.w
    got = read(ctx.info)
    z, wv, p = got.values
    zt, wt, pt = complex_tex(got.z), complex_tex(got.w), complex_tex(got.z * got.w)  # "= 3 + i", "\approx 0.732 + 2.732i"
    Z, W, P = got.names
    wt = "" if W == "i" else wt  # the multiplier i is its own name
    w.example = got.example
    ang = math.degrees(cmath.phase(wv))
    wrong = [tex for tex, value in got.stated if not _agrees(tex, value, p)]
    ctx.facts.update(z=z, w=wv, p=p, pt=pt, wrong=wrong, names=got.names)
    w.beat(ctx.title, ctx.L(f"Take ${Z} {zt}$ and ${W} {wt}$.", f"取 ${Z} {zt}$，${W} {wt}$。"))
    w.title(ctx.title)
    place_helper(w)
    w.code(
        "title.add_background_rectangle(opacity=0.85, buff=0.1)",
        f"plane = ComplexPlane({_plane(z, wv, p)},",
        "                     background_line_style={\"stroke_opacity\": 0.35}).to_edge(DOWN, buff=0.3)",
        "plane.add_coordinates(font_size=20)",
        f"z, w = complex({fmt(z.real, 6)}, {fmt(z.imag, 6)}), complex({fmt(wv.real, 6)}, {fmt(wv.imag, 6)})",
        "arrow_z = Arrow(plane.n2p(0), plane.n2p(z), buff=0, color=BLUE)",
        "arrow_w = Arrow(plane.n2p(0), plane.n2p(w), buff=0, color=GREEN)",
        "# each label beside its arrow's tip, away from the origin, where it covers no other label, arrow or the title",
        "marks = [Dot(plane.n2p(t * c), radius=0.12) for c in (z, w, z * w) for t in (0, 0.5, 0.75, 1)]",
        "taken = [title, *marks]",
        f"label_z = MathTex(r\"{Z} {zt}\", font_size=34, color=BLUE)",
        f"label_w = MathTex(r\"{W} {wt}\", font_size=34, color=GREEN)",
        "for label in (label_z, label_w):",
        "    label.add_background_rectangle(opacity=0.85, buff=0.06)",
        f"self._place(label_z, plane.n2p(z), {outward(z)}, taken, plane.coordinate_labels)",
        f"self._place(label_w, plane.n2p(w), {outward(wv)}, taken, plane.coordinate_labels)",
    )
    w.play("Create(plane), Write(title)", 1.2)
    w.play("GrowArrow(arrow_z), GrowArrow(arrow_w), Write(label_z), Write(label_w)", 1.4)
    w.beat(ctx.L(f"Rotate by arg {W}", f"旋转 arg {W}"), ctx.L(f"Multiplying by ${W}$ first turns ${Z}$ by $\\arg {W} \\approx {fmt(ang, 1)}^\\circ$.",
                                                            f"乘以 ${W}$，先把 ${Z}$ 旋转 $\\arg {W} \\approx {fmt(ang, 1)}^\\circ$。"))
    w.code("product = arrow_z.copy().set_color(YELLOW)",
           "arc = Arc(radius=0.6, start_angle=np.angle(z), angle=np.angle(w), arc_center=plane.n2p(0), color=YELLOW)")
    w.play("Rotate(product, angle=np.angle(w), about_point=plane.n2p(0)), Create(arc)", 2)
    w.beat(ctx.L(f"Scale by |{W}|", f"缩放 |{W}|"), ctx.L(f"Then it stretches by $|{W}| \\approx {fmt(abs(wv), 3)}$, landing on ${P} {pt}$.",
                                                         f"再伸长 $|{W}| \\approx {fmt(abs(wv), 3)}$ 倍，落在 ${P} {pt}$。"))
    w.play("product.animate.put_start_and_end_on(plane.n2p(0), plane.n2p(z * w))", 2)
    w.code(f"label_p = MathTex(r\"{P} {pt}\", font_size=36, color=YELLOW)",
           "label_p.add_background_rectangle(opacity=0.85, buff=0.08)",
           f"self._place(label_p, plane.n2p(z * w), {outward(p)}, taken, plane.coordinate_labels)")
    w.play("Write(label_p)", 1)
    if wrong:  # the block's own value for zw, said false beside the true one
        w.beat(ctx.L("The stated product", "题中给出的积"), ctx.L(
            f"The block states $zw = {wrong[0]}$; that is false: $zw {pt}$.",
            f"题中写 $zw = {wrong[0]}$，这不成立：$zw {pt}$。"))
        w.code(f"false = MathTex(r\"zw \\neq {wrong[0]}\", font_size=34, color=RED)",
               "false.add_background_rectangle(opacity=0.85, buff=0.06)",
               "self._place(false, label_p, [DOWN, UP], taken, plane.coordinate_labels)")
        w.play("Write(false)", 1.0)
    w.wait(1.5)


@check("complex_multiplication")
def _check(f):
    z, wv, p = f["z"], f["w"], f["p"]
    return (f"Verify $({_c(z)})({_c(wv)})$ by algebra, and check its length against $|z|\\,|w|$.",
            f"用代数验证 $({_c(z)})({_c(wv)})$，并检查其长度是否等于 $|z|\\,|w|$。",
            f"${f['pt']}$ (using $i^2 = -1$), and $|zw| = {fmt(abs(p), 3)} = {fmt(abs(z), 3)} \\times {fmt(abs(wv), 3)}$.",
            f"${f['pt']}$（利用 $i^2 = -1$），且 $|zw| = {fmt(abs(p), 3)} = {fmt(abs(z), 3)} \\times {fmt(abs(wv), 3)}$。")


# -- recognition (see families.py)
PRIORITY = 60
KEYWORDS = (r"复数", r"复平面", r"complex\s+(number|multiplication|plane)")
_MULTIPLIES = r"multipl|\btimes\b|\bproduct\b|乘(?!方)"


def evidence(info) -> int | None:
    """0: complex numbers named in words, or a block that multiplies (in words) with the unit i in its math
    ("multiply $z = 1 + 2\\mathrm{i}$ by $-2\\mathrm{i}$")."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS):
        return 0
    if re.search(_MULTIPLIES, info.prose, re.I) and info.reading.complex_plane:
        return 0
    return None


# A map that moves the plane as well as turning it (z' = e^{i pi/2}(z - a) + a, a rotation about A): the two numbers
# it names are a centre and a point, not the factors of a product.
# The centre of a rotation the prose names: "about $z_1$", "around the point $A$", "绕 $z_1$", "绕点 $A$".
_ABOUT_POINT = re.compile(r"(?:\b(?:about|around)\s+(?:the\s+point\s+)?|绕\s*(?:点\s*)?)\$\s*([A-Za-z0-9](?:_\{?\d\}?)?)\s*\$", re.I)
_TRANSLATED = re.compile(r"\(\s*z\s*-\s*[^()]{1,20}\)\s*\+|z\s*'\s*=")


def needs(info) -> bool:
    """Two complex numbers of the author's, the multiplier alone, or only a symbolic product rule; not a map that
    also translates (a rotation about a point other than 0)."""
    if any(_TRANSLATED.search(plain_unit(single_line(b))) for b in info.blocks if "z" in b):
        return False
    if any(m.group(1) not in ("O", "0") for m in _ABOUT_POINT.finditer(info.concept)):
        return False  # "rotate z2 - z1 about z1" (绕 z_1 旋转): a rotation about a point other than 0 is no product
    return read(info) is not None
