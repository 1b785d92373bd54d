"""The reading of a graph-transformation block (高中数学 "函数 y = A sin(ωx + φ) 的图像变换", A-level
"transformations of graphs"): the start graph ``y = A g(ωx + φ) + k`` (g = sin or cos), the steps in the
order the prose gives them (shift left/right/up/down, stretch horizontally/vertically), each stage's
formula, and the formulas the author states for a stage (checked, never drawn as true when false).

The reverse question ("how is y = 3sin(2x − π/3) obtained from y = sin x") has no steps: they are made in
the standard order (shift by φ, then the horizontal factor 1/ω, then the vertical factor A, then k), and the
scene says which order it used. A block that asks for both orders (先平移后伸缩 and 先伸缩后平移, "both routes")
of a concrete ``y = A sin(ωx + φ)`` is read by :func:`read_orders`: the two routes, the shift φ in one and φ/ω in
the other, and each step the block states checked against its route. Anything unreadable (a step without a number, free letters, a non-trig
start, tan) is no plan: the block gets the walkthrough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .latex import MathInfo, sanitize, single_line, split_top

_MATH_RE = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\\\((.+?)\\\)|(?<![\\$])\$([^$]+?)\$", re.S)

# where the block asks how a graph is transformed (the verifier's question, see verify.QUESTIONS)
QUESTION = (r"(?s)^(?=.*(?:graph|curve|图像|图象|函数|曲线|正弦|余弦|\bsine\b|\bcosine\b))(?!.*(?:矩阵|matri(?:x|ces)|可行域|目标函数|linear\s+program|eigen|特征值|特征向量|向量的?平移))(?:.*?)(?:"
            r"平移|伸缩|横坐标.{0,10}(?:缩短|伸长)|纵坐标.{0,10}(?:缩短|伸长)|图[像象]变换|怎样(?:的)?变换|经过.{0,12}变换得到|"
            r"(?:translat|stretch)\w*\s+(?:\w+\s+){0,6}?(?:graph|curve|horizontal|vertical|parallel|left|right|up|down|scale\s+factor|by\b)|"
            r"(?:graph|curve)\s+(?:\w+\s+){0,6}?(?:translat|stretch|shift|compress)\w*|"
            r"shift(?:ed)?\s+(?:\w+\s+){0,4}?(?:to\s+the\s+)?(?:left|right|up|down)\b|"
            r"transformations?\s+of\s+(?:the\s+)?graph|\bmaps?\s+(?:the\s+)?(?:graph|curve)|onto\s+the\s+(?:graph|curve)|(?:graph|curve)\s+of\s+[^.?!]{0,40}?\bobtained\s+from)")

_ZH_NUM = r"(⟦\d+⟧|(?:\d+(?:\.\d+)?\s*π?|π)(?:\s*/\s*\d+)?)"
_EN_NUM = _ZH_NUM
_ZH_SHIFT = re.compile(rf"(?:沿\s*x?\s*轴?\s*)?向\s*(左|右|上|下)\s*(?:平移|平行移动|移动)了?\s*{_ZH_NUM}\s*(?:个)?(?:单位)?(?:长度)?")
_ZH_SCALE = re.compile(rf"(横|纵)坐标\s*(?:都|均|变化)?\s*(缩短|伸长|缩小|扩大|变)\s*(?:到|为|成)?\s*原来的\s*{_ZH_NUM}\s*倍?")
_CUES = re.compile(r"平移|伸缩|伸长|缩短|缩小|扩大|对称|翻折|移动|translat|shift|stretch|compress|shrink|squash|reflect|\bmov(?:e|ed|ing)\b|enlarg", re.I)
_CLAUSE_END = re.compile(r"[;.。；，]\s|[。；，]|,\s*(?:then|and|followed)\b|\s(?:and|then|followed|giving|onto|to\s+(?:give|obtain|get|form|produce))\b|再|然后|接着|[?？]|$", re.I)
_REVERSE = re.compile(r"怎样(?:的)?(?:平移|伸缩|变换|得到)|如何(?:平移|变换|得到)|经过.{0,12}变换|"
                      r"\b(?:can|could|may|is|be)\s+(?:be\s+)?obtained\s+from|\bdescribe\s+(?:a\s+|the\s+)?(?:sequence\s+of\s+|single\s+)?"
                      r"(?:geometric(?:al)?\s+)?transformations?|\b(?:what|which)\s+(?:sequence\s+of\s+)?transformations?|"
                      r"\bhow\s+(?:can|could|is|would|do)\b.{0,80}?(?:obtain|transform|map)", re.I)
_TARGET_CUE = re.compile(r"(?:要得到|为了得到|得到|变为|变成|to\s+obtain|to\s+get|to\s+give|onto|into|becomes?|gives?|giving|produces?|resulting|result\s+is|is\s+now)"
                         r"[^⟦]{0,24}$", re.I)
_FROM_CUE = re.compile(r"(?:由|从|from|of)[^⟦]{0,12}$", re.I)


@dataclass(frozen=True)
class Wave:
    """``y = A g(w x + p) + K``: g is ``sin`` or ``cos``, A, w, p, K sympy numbers (w != 0)."""

    g: str
    A: object
    w: object
    p: object
    K: object

    def expr(self):
        import sympy as sp

        x = sp.Symbol("x")
        return self.A * getattr(sp, self.g)(self.w * x + self.p) + self.K

    def code(self) -> str:
        A, w, p, K = (round(float(v), 10) for v in (self.A, self.w, self.p, self.K))
        return f"{A!r} * np.{self.g}({w!r} * x + {p!r}) + {K!r}"

    def tex(self, inner: str | None = None) -> str:
        """``3\\sin(2x - \\frac{\\pi}{3}) + 1``; ``inner`` replaces the argument (``2(x + \\frac{\\pi}{6})``)."""
        arg = inner or arg_tex(self.w, self.p)
        simple = inner is None and self.p == 0 and re.fullmatch(r"-?\w*x", arg.replace("\\frac", ""))
        head = f"\\{self.g} {arg}" if simple and "\\frac" not in arg else f"\\{self.g}\\left({arg}\\right)"
        return coef_tex(self.A) + head + const_tex(self.K)

    def keypoints(self) -> list[tuple[float, float]]:
        """The five points of one period (五点法): the argument w x + p at 0, π/2, π, 3π/2, 2π."""
        import math

        out = []
        for j in range(5):
            theta = j * math.pi / 2
            x = (theta - float(self.p)) / float(self.w)
            y = float(self.A) * (math.sin(theta) if self.g == "sin" else math.cos(theta)) + float(self.K)
            out.append((x, y))
        return out


def plain_number(v) -> str:
    """A number as plain text for a caption: π/6, 1/2, 3."""
    import sympy as sp

    return str(sp.nsimplify(v)).replace("pi", "π").replace("*", "")


def num_tex(v) -> str:
    import sympy as sp

    return sp.latex(sp.nsimplify(v))


def coef_tex(a) -> str:
    if a == 1:
        return ""
    if a == -1:
        return "-"
    return num_tex(a)


def const_tex(k) -> str:
    if k == 0:
        return ""
    return f" + {num_tex(k)}" if k > 0 else f" - {num_tex(-k)}"


def arg_tex(w, p, var: str = "x") -> str:
    return f"{coef_tex(w)}{var}" + const_tex(p)


@dataclass
class Step:
    kind: str  # "left", "right", "up", "down" (value: the distance) or "hscale", "vscale" (value: the factor);
    # "shift": a horizontal shift stated without its direction (read_orders only; never applied)
    value: object
    span: tuple[int, int] = (0, 0)

    def apply(self, s: Wave) -> Wave:
        v = self.value
        if self.kind in ("left", "right"):
            d = v if self.kind == "left" else -v
            return Wave(s.g, s.A, s.w, s.p + s.w * d, s.K)
        if self.kind in ("up", "down"):
            return Wave(s.g, s.A, s.w, s.p, s.K + (v if self.kind == "up" else -v))
        if self.kind == "hscale":
            return Wave(s.g, s.A, s.w / v, s.p, s.K)
        return Wave(s.g, s.A * v, s.w, s.p, s.K * v)

    def said(self, zh: bool, plain: bool = False) -> str:
        """The step in words (``向左平移 $\\frac{\\pi}{6}$ 个单位``); ``plain``: its number as text (π/6), for a caption
        set as Text."""
        v = plain_number(self.value) if plain else f"${num_tex(self.value)}$"
        if self.kind == "shift":
            return f"平移 {v} 个单位" if zh else f"shift by {v}"
        if self.kind in ("left", "right", "up", "down"):
            if zh:
                return f"向{ {'left': '左', 'right': '右', 'up': '上', 'down': '下'}[self.kind]}平移 {v} 个单位"
            return f"shift {self.kind} by {v}"
        if zh:
            axis, keep = ("横", "纵") if self.kind == "hscale" else ("纵", "横")
            return f"{axis}坐标{'伸长' if self.value > 1 else '缩短'}为原来的 {v} 倍（{keep}坐标不变）"
        return f"{'horizontal' if self.kind == 'hscale' else 'vertical'} stretch, scale factor {v}"

    def inner(self, before: Wave) -> str | None:
        """The argument as substituted, before it is simplified: ``2(x + \\frac{\\pi}{6})`` (a shift after a
        horizontal factor), ``\\frac{1}{2}x + ...`` is not needed: None when it reads as the simplified one."""
        if self.kind not in ("left", "right") or before.w == 1:
            return None
        d = self.value if self.kind == "left" else -self.value
        return f"{coef_tex(before.w)}\\left({arg_tex(1, d)}\\right){const_tex(before.p)}"


@dataclass
class Claim:
    stage: int  # the stage the formula is stated for
    tex: str
    true: bool


@dataclass
class Plan:
    start: Wave
    steps: list[Step]
    stages: list[Wave]  # stages[0] = start, stages[i] after step i
    reverse: bool = False
    start_declared: bool = False  # the start was not written ("from y = sin x" is assumed and said)
    claims: list[Claim] = field(default_factory=list)
    options: list[str] = field(default_factory=list)  # answer choices (none claimed); the one the steps give, if any

    @property
    def final(self) -> Wave:
        return self.stages[-1]

    @property
    def false_claims(self) -> list[Claim]:
        return [c for c in self.claims if not c.true]


def _linear(concept: str) -> tuple[str, list[str]]:
    """The concept with each math span replaced by ``⟦i⟧`` (a single letter or a plain number kept as text)."""
    maths: list[str] = []
    out, last = [], 0
    for m in _MATH_RE.finditer(concept):
        body = sanitize(next(g for g in m.groups() if g is not None)).strip()
        out.append(concept[last:m.start()])
        last = m.end()
        if re.fullmatch(r"[xy]", body):
            out.append(body)
            continue
        maths.append(body)
        out.append(f" ⟦{len(maths) - 1}⟧ ")
    out.append(concept[last:])
    return "".join(out), maths


def _number(tok: str, maths: list[str]):
    """A positive number written in the step (math or plain ``π/6``, ``1/2``, ``2``), else None."""
    import sympy as sp

    from .symbolic import normalize, parse

    m = re.fullmatch(r"⟦(\d+)⟧", tok.strip())
    try:
        if m:
            expr = parse(single_line(maths[int(m.group(1))]))
            if expr is None:
                return None
            expr = normalize(expr)
        else:
            text = re.sub(r"\s+", "", tok).replace("π", "*pi").lstrip("*")
            text = text.replace("/*pi", "/pi")
            expr = sp.sympify(text, locals={"pi": sp.pi})
        if not isinstance(expr, sp.Expr) or expr.free_symbols:
            return None
        expr = sp.nsimplify(expr, [sp.pi]) if expr.has(sp.Float) else sp.simplify(expr)
        return expr if expr.is_real and expr > 0 else None
    except Exception:
        return None


def wave_of(tex: str) -> Wave | None:
    """``A g(w x + p) + K`` from the right side of ``y = ...`` (numbers only; g sin or cos), w > 0."""
    import sympy as sp

    from .symbolic import parse

    expr = parse(single_line(tex))
    if not isinstance(expr, sp.Expr):
        return None
    P = sp.Symbol("P", positive=True)
    names = {s.name for s in expr.free_symbols}
    if not names <= {"x", "pi", "upsilon"} or "x" not in names:
        return None
    expr = expr.subs({s: P for s in expr.free_symbols if s.name in ("pi", "upsilon")})
    x = sp.Symbol("x")
    expr = sp.expand(expr, trig=False, mul=True, multinomial=False, power_exp=False, log=False)
    K, rest = expr.as_independent(x, as_Add=True)
    A, core = rest.as_independent(x, as_Mul=True)
    if core.func not in (sp.sin, sp.cos):
        return None
    arg = sp.expand(core.args[0])
    w = arg.coeff(x)
    p = sp.expand(arg - w * x)
    if w == 0 or p.has(x) or A == 0:
        return None
    g = core.func.__name__
    back = {P: sp.pi}
    A, w, p, K = (sp.nsimplify(sp.sympify(v).subs(back)) for v in (A, w, p, K))
    if not all(v.is_real for v in (A, w, p, K)):
        return None
    if w < 0:  # sin(-u) = -sin u, cos(-u) = cos u
        A, w, p = (-A if g == "sin" else A), -w, -p
    return Wave(g, A, w, p, K)


def _function_side(tex: str) -> str | None:
    """The right side of ``y = ...`` / ``f(x) = ...`` (one equation), else None."""
    parts = split_top(single_line(tex), "=")
    if len(parts) != 2 or not parts[1].strip():
        return None
    if not re.fullmatch(r"\s*(?:y(?:_\{?\d\}?)?|[fgh]\s*(?:_\{?\d\}?)?\s*\(\s*x\s*\))\s*", parts[0]):
        return None
    return parts[1]


def _same(a, b) -> bool:
    import numpy as np
    import sympy as sp

    x = sp.Symbol("x")
    f = sp.lambdify(x, a - b, "numpy")
    xs = np.array([0.13, 0.71, 1.37, 2.03, 2.9, 4.1, -0.8])
    try:
        return bool(np.allclose(np.asarray(f(xs), dtype=float), 0, atol=1e-7))
    except Exception:
        return False


def _basic(g: str):
    import sympy as sp

    return Wave(g, sp.Integer(1), sp.Integer(1), sp.Integer(0), sp.Integer(0))


def _names_a_step(text: str, at: int) -> bool:
    """The cue at ``at`` only names a kind of step: quoted (“平移”), or in a request (请…, Animate/Show…) whose
    sentence gives no number or formula."""
    start = max(text.rfind(c, 0, at) for c in "。.!?！？\n") + 1
    ends = [i for i in (text.find(c, at) for c in "。.!?！？\n") if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    quoted = re.search(r"[“\"「『]\s*$", text[max(0, at - 2):at]) is not None
    request = re.match(r"\s*(?:请|用动画|试|animate|show|illustrate|draw|display)", sentence, re.I) is not None
    return quoted or (request and not re.search(r"⟦\d+⟧|\d", sentence))


def read_steps(text: str, maths: list[str]) -> list[Step] | None:
    """The steps in the prose's order; None when a transformation word is left unread."""
    steps: list[Step] = []
    for m in _ZH_SHIFT.finditer(text):
        v = _number(m.group(2), maths)
        if v is None:
            return None
        steps.append(Step({"左": "left", "右": "right", "上": "up", "下": "down"}[m.group(1)], v, m.span()))
    for m in _ZH_SCALE.finditer(text):
        v = _number(m.group(3), maths)
        if v is None or (m.group(2) in ("缩短", "缩小") and v >= 1) or (m.group(2) in ("伸长", "扩大") and v <= 1):
            return None  # "缩短为原来的 2 倍" says two things
        steps.append(Step("hscale" if m.group(1) == "横" else "vscale", v, m.span()))
    taken = [s.span for s in steps]
    for m in _CUES.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _names_a_step(text, m.start()):
            continue  # 请依次展示“伸缩”和“平移”两步: the request names the steps already read
        if re.match(r"[\u4e00-\u9fff]", m.group()):
            return None  # a Chinese step the patterns above do not read
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.start():end.start() if end else len(text)]
        # a word before the cue ("a horizontal stretch", "a translation of 2 units to the left" from "translation")
        before = text[max(0, m.start() - 40):m.start()]
        before = before[max(before.rfind(","), before.rfind(";"), before.rfind("."), before.rfind(" then ")) + 1:]
        step = _english_step(m.group().lower(), before, clause, maths)
        if step is None:
            return None
        step.span = (m.start(), m.start() + len(clause))
        steps.append(step)
        taken.append(step.span)
    steps.sort(key=lambda s: s.span[0])
    return steps


def _english_step(cue: str, before: str, clause: str, maths: list[str]) -> Step | None:
    low = (before + " " + clause).lower()
    nums = re.findall(_EN_NUM, clause)
    if cue.startswith(("translat", "shift", "mov")):
        dirs = re.findall(r"\b(left|right|up|down)(?:wards?)?\b|\b(upward|downward)s?\b|(negative|positive)\s+(x|y)[- ]direction", low)
        words = {d[0] or d[1].replace("ward", "") for d in dirs if d[0] or d[1]}
        if len(words) != 1 or len(nums) != 1:
            return None
        v = _number(nums[0], maths)
        return Step(words.pop(), v) if v is not None else None
    if cue.startswith(("stretch", "compress", "shrink", "squash")):
        h = bool(re.search(r"horizontal|x[- ]direction|parallel\s+to\s+the\s+x\s*-?\s*axis|in\s+x\b|along\s+the\s+x\s*-?\s*axis", low))
        vv = bool(re.search(r"vertical|y[- ]direction|parallel\s+to\s+the\s+y\s*-?\s*axis|in\s+y\b|along\s+the\s+y\s*-?\s*axis", low))
        if h == vv or not re.search(r"factor", low):
            return None
        facs = re.findall(rf"factor\s+(?:of\s+)?{_EN_NUM}", clause)
        if len(facs) != 1:
            return None
        v = _number(facs[0], maths)
        if v is None:
            return None
        if cue.startswith(("compress", "shrink", "squash")):
            if v <= 1:
                return None  # "compressed by a factor 1/2" reads both ways
            import sympy as sp

            v = sp.Integer(1) / v
        return Step("hscale" if h else "vscale", v)
    return None  # reflections, enlargements: not read


def read_plan(info: MathInfo) -> Plan | None:
    """The block's start, steps and stated formulas (see the module doc), or None."""
    if not re.search(QUESTION, info.prose, re.I):
        return None
    text, maths = _linear(info.concept)
    if asks_both_orders(text):
        return None  # two routes, not one sequence of steps: read_orders
    steps = read_steps(text, maths)
    if steps is None:
        return None
    formulas = _formulas(text, maths)
    if formulas is None:
        return None
    if steps:
        return _forward(text, steps, formulas)
    if _REVERSE.search(text):
        return _reverse(text, formulas)
    return None


def _formulas(text: str, maths: list[str]) -> list[tuple] | None:
    """The functions the linearised block writes: (position, tex of the right side, Wave or None, the sympy
    expression), in order, ``y = sin x`` written as text too; None when one cannot be read."""
    import sympy as sp

    from .symbolic import normalize, parse

    formulas = []  # (position, tex of the right side, Wave or None, the sympy expression)
    for m in re.finditer(r"⟦(\d+)⟧", text):
        body = maths[int(m.group(1))]
        rhs = _function_side(body)
        if rhs is None:
            if "=" in body or not re.search(r"\\(?:sin|cos|tan)", body) or "x" not in body:
                continue  # a number, a letter, a value (ω = 2)
            rhs = body  # "the graph of $\sin x$"
        expr = parse(single_line(rhs))
        if not isinstance(expr, sp.Expr):
            return None  # a formula we cannot read
        formulas.append((m.start(), rhs, wave_of(rhs), normalize(expr)))
    plain = re.search(r"\by\s*=\s*(sin|cos)\s*x\b", text)
    if plain:
        formulas.append((plain.start(), f"\\{plain.group(1)} x", _basic(plain.group(1)), getattr(sp, plain.group(1))(sp.Symbol("x"))))
        formulas.sort(key=lambda f: f[0])
    return formulas


def _forward(text: str, steps: list[Step], formulas) -> Plan | None:
    import sympy as sp

    first = steps[0].span[0]
    before = [f for f in formulas if f[0] < first]
    start = target_before = None
    for f in reversed(before):
        if _TARGET_CUE.search(text[max(0, f[0] - 30):f[0]]) and target_before is None:
            target_before = f
        elif start is None:
            start = f
    declared = False
    if start is None:
        word = re.search(r"正弦曲线|正弦函数|sine\s+(?:curve|graph|wave|function)|(余弦曲线|余弦函数|cosine\s+(?:curve|graph|wave|function))", text[:first], re.I)
        if not word:
            return None
        g = "cos" if word.group(1) else "sin"
        start = (word.start(), f"\\{g} x", _basic(g), getattr(sp, g)(sp.Symbol("x")))
        declared = True
    if start[2] is None:
        return None  # a start we cannot draw (y = x^2, tan x, free letters)
    stages = [start[2]]
    for s in steps:
        stages.append(s.apply(stages[-1]))
    plan = Plan(start[2], steps, stages, start_declared=declared)
    x = sp.Symbol("x")
    # formulas after the start: a claim for the stage they follow; several after the last step are options
    after = [f for f in formulas if f[0] > start[0] and f is not target_before]
    last = [f for f in after if f[0] > steps[-1].span[0]]
    if len(last) > 1:
        plan.options = [f[1] for f in last if f[3] is not None and not (f[3].free_symbols - {x}) and _same(f[3], stages[-1].expr())]
        after = [f for f in after if f not in last]
    for f in after + ([target_before] if target_before else []):
        if f[3] is None or f[3].free_symbols - {x}:
            continue  # y = A sin(ωx + φ): the form asked for, not a claim
        stage = len(stages) - 1 if f is target_before else sum(1 for s in steps if s.span[0] < f[0])
        plan.claims.append(Claim(stage, f[1], _same(f[3], stages[stage].expr())))
    return plan


def _reverse(text: str, formulas) -> Plan | None:
    waves = [f for f in formulas if f[2] is not None]
    if len(waves) != len(formulas) or not 1 <= len(waves) <= 2:
        return None
    basic = [f for f in waves if f[2] == _basic(f[2].g)]
    target = [f for f in waves if f not in basic]
    if len(target) != 1 or len(basic) > 1:
        return None
    t = target[0][2]
    if basic and basic[0][2].g != t.g:
        return None
    return _route(t, shift_first=True, reverse=True, declared=not basic)


def _route(t: Wave, shift_first: bool, reverse: bool = False, declared: bool = False) -> Plan | None:
    """The steps from y = g(x) to ``t``: the shift by φ then the horizontal factor 1/ω (``shift_first``), or the
    factor first and then the shift by φ/ω; then the vertical factor A and the vertical shift k. None for a
    reflection (A < 0) or nothing to do."""
    import sympy as sp

    if t.A <= 0 or t.w <= 0:
        return None  # a reflection: not in the standard order
    steps = []
    if t.p != 0:
        steps.append(Step("left" if t.p > 0 else "right", abs(t.p) if shift_first else abs(t.p) / t.w))
    if t.w != 1:
        steps.insert(len(steps) if shift_first else 0, Step("hscale", sp.Integer(1) / t.w))
    if t.A != 1:
        steps.append(Step("vscale", t.A))
    if t.K != 0:
        steps.append(Step("up" if t.K > 0 else "down", abs(t.K)))
    if not steps:
        return None
    stages = [_basic(t.g)]
    for s in steps:
        stages.append(s.apply(stages[-1]))
    if not _same(stages[-1].expr(), t.expr()):
        return None
    return Plan(stages[0], steps, stages, reverse=reverse, start_declared=declared)


# -- both orders: shift then stretch, stretch then shift ------------------------------------------------------

_SHIFT_WORD = r"(?:平移|左移|右移|shift(?:ing|ed)?|translat(?:e|ed|ing|ion))"
_SCALE_WORD = r"(?:伸缩|伸长|缩短|压缩|stretch(?:ing|ed)?|compress(?:ing|ed|ion)?|shrink(?:ing)?|scal(?:e|ing))"
# a route named by its order: 先平移后伸缩, "shift then compress", "translate first"
_ORDER = (r"先\s*{a}\s*[，,]?\s*(?:后|再|然后)\s*{b}|\b{a}\s+(?:first\s*,?\s*)?(?:and\s+)?then\s+{b}|\b{a}\s+first\b")
SHIFT_FIRST = re.compile(_ORDER.format(a=_SHIFT_WORD, b=_SCALE_WORD), re.I)
SCALE_FIRST = re.compile(_ORDER.format(a=_SCALE_WORD, b=_SHIFT_WORD), re.I)
BOTH_ORDERS = re.compile(r"两种(?:不同的?)?(?:变换)?(?:顺序|次序)|两种(?:不同的?)?变换(?:方法|方式|途径|路径|路线)|不同(?:的)?(?:变换)?(?:顺序|次序)|"
                         r"(?:交换|调换|改变|颠倒)[^，。,.；;？?]{0,8}?(?:顺序|次序)|(?:顺序|次序)(?:交换|调换|颠倒|反过来)|"
                         r"\b(?:both|two|the\s+two)\s+(?:different\s+)?(?:orders?|routes?|ways|sequences|paths)\b|\beither\s+order\b|"
                         r"\b(?:reverse|swap|switch|interchange)\w*\s+the\s+(?:order|two\s+steps|steps)\b|"
                         r"\b(?:the\s+other|opposite|reversed?)\s+order\b|\b(?:does|do)\s+the\s+order\b[^.?]{0,40}?\bmatter|\border\s+matters\b|"
                         r"顺序(?:对结果)?(?:有没有|是否有?|有)影响", re.I)
# where one route's statements end and the other's begin
_ROUTE_BREAK = re.compile(r"[;；]|或者?|另一种|另外|\balternatively\b|\bor\b|\bsecond(?:ly)?\b|\bthe\s+other\b|[.。!?！？](?:\s|$)", re.I)
_ZH_AMOUNT = re.compile(rf"(?:向\s*(左|右)\s*|(左|右)(?=移))?(?:平移|平行移动|移动|移)了?\s*(?:量\s*)?(?:为|是|等于)?\s*{_ZH_NUM}\s*(?:个)?(?:单位)?(?:长度)?")


def asks_both_orders(text: str) -> bool:
    """The block asks for both orders of the shift and the horizontal stretch (两种顺序, "both routes", or each
    order named), about a transformation (a shift and a stretch, or 变换 / transformation, named)."""
    if SHIFT_FIRST.search(text) and SCALE_FIRST.search(text):
        return True
    moves = re.search(_SHIFT_WORD, text, re.I) and re.search(_SCALE_WORD, text, re.I) or re.search(r"变换|transform", text, re.I)
    return bool(BOTH_ORDERS.search(text) and moves)


@dataclass
class Stated:
    """A step the block states for a route, and what the route does there."""

    route: int | None  # 0: shift first, 1: stretch first, None: the block does not say which
    step: Step  # as stated (kind "shift": a horizontal shift without its direction)
    truth: Step | None  # the route's step of that kind (None: the route has none)

    @property
    def true(self) -> bool:
        return self.truth is not None and _agrees(self.step, self.truth)


@dataclass
class Orders:
    """y = g(x) to ``target`` both ways: routes[0] shifts by φ then stretches, routes[1] stretches then shifts by φ/ω."""

    target: Wave
    routes: tuple[Plan, Plan]
    start_declared: bool  # y = sin x was not written (assumed and said)
    stated: list[Stated] = field(default_factory=list)

    @property
    def start(self) -> Wave:
        return self.routes[0].start

    def shift(self, route: int) -> Step:
        return next(s for s in self.routes[route].steps if s.kind in ("left", "right"))

    @property
    def false_stated(self) -> list[Stated]:
        return [s for s in self.stated if not s.true]


def _agrees(said: Step, truth: Step) -> bool:
    kind = said.kind == truth.kind or (said.kind == "shift" and truth.kind in ("left", "right"))
    return kind and bool(_equal_exactly(said.value, truth.value))


def _equal_exactly(a, b) -> bool:
    import sympy as sp

    return sp.simplify(a - b) == 0


def read_orders(info: MathInfo) -> Orders | None:
    """The two routes from y = sin x (or cos x) to the block's concrete ``y = A sin(ωx + φ) + k`` (ω ≠ 1, φ ≠ 0)
    when the block asks for both orders (or, with no such curve written, to the end of the first route it states
    in full from the y = g(x) it writes); the steps it states, each checked against its route. None otherwise:
    no such request, no concrete target (only the general form), a start other than y = g(x), a reflection,
    a stated formula that is no stage of either route."""
    text, maths = _linear(info.concept)
    if not asks_both_orders(text):
        return None
    formulas = _formulas(text, maths)
    if formulas is None:
        return None
    import sympy as sp

    x = sp.Symbol("x")
    concrete = [f for f in formulas if f[3] is not None and not (f[3].free_symbols - {x})]  # y = A sin(ωx + φ): the form
    if any(f[2] is None for f in concrete):
        return None  # a function that is no sine wave (y = x^2, tan x)
    waves = [f[2] for f in concrete]
    basic = {w for w in waves if w == _basic(w.g)}
    others = list(dict.fromkeys(w for w in waves if w not in basic))
    stated = _stated_steps(text, maths)
    if not others and len(basic) == 1:  # no curve written: the end of the first route the block states in full
        done = next((part for _, _, part in stated if {"hscale"} <= {s.kind for s in part}
                     and {"left", "right"} & {s.kind for s in part} and "shift" not in {s.kind for s in part}), None)
        if done is not None:
            end = next(iter(basic))
            for s in done:
                end = s.apply(end)
            others = [end]
    chosen = None
    for t in others:  # the target: the wave every other one is a stage on the way to
        routes = (_route(t, True), _route(t, False))
        if None in routes or t.w == 1 or t.p == 0:
            continue  # no shift and stretch to order
        stages = routes[0].stages + routes[1].stages
        if all(any(_same(o.expr(), s.expr()) for s in stages) for o in others):
            if chosen is not None:
                return None
            chosen = (t, routes)
    if chosen is None or len(basic) > 1 or (basic and next(iter(basic)).g != chosen[0].g):
        return None
    t, routes = chosen
    orders = Orders(t, routes, start_declared=not basic)
    for route, step, part in stated:
        orders.stated.append(Stated(route, step, _truth(orders, route, step, part)))
    return orders


def _truth(orders: Orders, route: int | None, said: Step, part: list[Step]) -> Step | None:
    """The step of ``said``'s kind in ``route``: for a shift stated in no route, the route whose amount it gives
    (the shift-first one when neither); a vertical shift stated before the vertical factor (in ``part``, its
    sequence) is k/A."""
    horizontal = said.kind in ("left", "right", "shift")
    if route is None:
        if not horizontal:
            route = 0
        else:
            route = next((r for r in (0, 1) if _equal_exactly(orders.shift(r).value, said.value)), 0)
    steps = orders.routes[route].steps
    if horizontal:
        return orders.shift(route)
    if said.kind in ("up", "down"):
        truth = next((s for s in steps if s.kind in ("up", "down")), None)
        if truth is not None and any(s.kind == "vscale" and s.span[0] > said.span[0] for s in part):
            return Step(truth.kind, truth.value / orders.target.A)
        return truth
    return next((s for s in steps if s.kind == said.kind), None)


def _stated_steps(text: str, maths: list[str]) -> list[tuple[int | None, Step, list[Step]]]:
    """The steps the block states with a number, each with its route and the sequence it is stated in: the
    route is the order of a shift and a stretch stated together, else the route named where their part of
    the text begins (先平移后伸缩：…)."""
    steps: list[Step] = []
    for m in _ZH_SHIFT.finditer(text):
        v = _number(m.group(2), maths)
        if v is not None:
            steps.append(Step({"左": "left", "右": "right", "上": "up", "下": "down"}[m.group(1)], v, m.span()))
    for m in _ZH_AMOUNT.finditer(text):  # 右移 π/3, 平移量为 π/6: no 向, or no direction
        v = _number(m.group(3), maths)
        if v is not None and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in (s.span for s in steps)):
            side = m.group(1) or m.group(2)
            steps.append(Step({"左": "left", "右": "right"}.get(side, "shift"), v, m.span()))
    for m in _ZH_SCALE.finditer(text):
        v = _number(m.group(3), maths)
        if v is not None and not (m.group(2) in ("缩短", "缩小") and v >= 1) and not (m.group(2) in ("伸长", "扩大") and v <= 1):
            steps.append(Step("hscale" if m.group(1) == "横" else "vscale", v, m.span()))
    taken = [s.span for s in steps]
    for m in re.finditer(r"translat|shift|stretch|compress|shrink|squash|\bmov(?:e|ed|ing)\b", text, re.I):
        if any(a <= m.start() < b for a, b in taken):
            continue
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.start():end.start() if end else len(text)]
        if not re.search(_EN_NUM, clause):
            continue  # a route named, not a step stated
        before = text[max(0, m.start() - 40):m.start()]
        before = before[max(before.rfind(","), before.rfind(";"), before.rfind("."), before.rfind(" then ")) + 1:]
        cue = m.group().lower()
        if cue.startswith(("stretch", "compress", "shrink", "squash")) and not re.search(r"vertical|y[- ]direction|\by\b", before + clause, re.I):
            clause += " horizontally"  # the stretch that is ordered against the shift is the horizontal one
        step = _english_step(cue, before, clause, maths)
        nums = re.findall(_EN_NUM, clause)
        if step is None and cue.startswith(("translat", "shift", "mov")) and len(nums) == 1 \
                and not re.search(r"\b(?:left|right|up|down)", clause, re.I):
            v = _number(nums[0], maths)
            step = Step("shift", v) if v is not None else None
        if step is not None:
            step.span = (m.start(), m.start() + len(clause))
            steps.append(step)
    steps.sort(key=lambda s: s.span[0])
    out = _respectively(text, maths, steps)
    bounds = sorted({0, len(text)} | {m.start() for m in _ROUTE_BREAK.finditer(text)}
                    | {m.start() for p in (SHIFT_FIRST, SCALE_FIRST) for m in p.finditer(text)})
    for a, b in zip(bounds, bounds[1:]):
        part = [s for s in steps if a <= s.span[0] < b]
        named = [(m.start(), r) for r, p in enumerate((SHIFT_FIRST, SCALE_FIRST)) for m in p.finditer(text) if m.start() == a]
        for i, seq in enumerate(_sequences(part)):
            kinds = [s.kind for s in seq]
            shift = next((j for j, k in enumerate(kinds) if k in ("left", "right", "shift")), None)
            scale = next((j for j, k in enumerate(kinds) if k == "hscale"), None)
            if shift is not None and scale is not None:
                route = 0 if shift < scale else 1
            else:  # the route named where the part begins (先伸缩后平移时向右平移 π/6)
                route = named[0][1] if named and i == 0 else None
            out += [(route, s, seq) for s in seq]
    return out


def _sequences(part: list[Step]) -> list[list[Step]]:
    """``part`` cut where a kind of step comes again: "shift then compress, and compress then shift" is two routes."""
    def kind(s: Step) -> str:
        return {"left": "h", "right": "h", "shift": "h", "up": "v", "down": "v"}.get(s.kind, s.kind)

    seqs: list[list[Step]] = [[]]
    for s in part:
        if kind(s) in {kind(c) for c in seqs[-1]}:
            seqs.append([])
        seqs[-1].append(s)
    return [q for q in seqs if q]


_RESPECTIVELY = re.compile(rf"平移(?:量|的?(?:距离|长度|单位))?\s*分别\s*(?:为|是|等于)\s*{_ZH_NUM}\s*(?:个)?(?:单位)?(?:长度)?\s*(?:和|与|、|,|，)\s*{_ZH_NUM}|"
                           rf"\b(?:shifts?|translations?)\b[^.;⟦]{{0,30}}?\b(?:are|is|of|by)\s+{_EN_NUM}\s+and\s+{_EN_NUM}[^.;]{{0,12}}?\brespectively", re.I)


def _respectively(text: str, maths: list[str], steps: list[Step]) -> list[tuple[int | None, Step, list[Step]]]:
    """"平移量分别为 π/3 和 π/6", "the shifts are π/3 and π/6 respectively": one amount per route, in the order the
    block names the routes (no route when it names none). Each read amount is also added to ``steps``' spans
    as taken (so it is read once)."""
    out = []
    for m in _RESPECTIVELY.finditer(text):
        # the routes in the order named right after ("... respectively for translate first and stretch first"),
        # else in the order the block first names them
        end = re.compile(r"[.。;；!?！？]").search(text, m.end())
        after = text[m.end():end.start() if end else len(text)]
        firsts = [min((n.start() for n in p.finditer(after)), default=None) for p in (SHIFT_FIRST, SCALE_FIRST)]
        if None in firsts:
            firsts = [min((n.start() for n in p.finditer(text)), default=None) for p in (SHIFT_FIRST, SCALE_FIRST)]
        order = [r for _, r in sorted((at, r) for r, at in enumerate(firsts))] if None not in firsts else [None, None]
        nums = [g for g in m.groups() if g is not None]
        values = [_number(n, maths) for n in nums]
        if len(values) != 2 or None in values:
            continue
        steps[:] = [s for s in steps if not (m.start() <= s.span[0] < m.end())]
        for i, (route, v) in enumerate(zip(order, values)):
            step = Step("shift", v, (m.start() + i, m.start() + i + 1))
            out.append((route, step, [step]))
    return out
