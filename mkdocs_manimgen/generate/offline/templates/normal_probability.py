"""normal_probability: X ~ N(mu, sigma^2) with the author's numbers, and the probability of the intervals the block asks.

The normal-distribution question of school and first-year courses (A-level / IB statistics, AP tables, every
高考 paper's 正态分布 question): P(X > 130), P(85 < X <= 115), the 3-sigma rule (mu +- k sigma: 0.6827, 0.9545,
0.9973), symmetry P(X < mu - a) = P(X > mu + a), standardising z = (x - mu)/sigma to read Phi(z), an inverse
question (a with P(X < a) = 0.95) and "about how many of 1000 students score above 130" (n p).  The bell is drawn
at the author's scale, each interval shaded in turn with its probability (scipy.stats.norm); the z-axis runs
under the x-axis when the block standardises.  Every probability, Phi value and count the block states is
checked at its own precision (a value read from a table with z rounded to two places holds); a false one is
called false on screen with the true value (the classic trap: 0.0455, both tails, for the one tail 0.02275).

Precision first: the block must give mu and sigma (distributions.normal_from_block, or the words "mean 70 and
standard deviation 10" / 均值为 70，标准差为 10) and ask at least one interval; a bare density, a sample mean, the
central limit theorem, a confidence interval, a test, a binomial or a second variable is another family's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..distributions import normal_from_block
from ..latex import MathInfo, single_line, split_top
from ..notes import check
from .common import Ctx, fmt, math_mob, text_mob
from .confidence_interval import _WHO, _flat

PRIORITY = 30
TITLE = ("Probabilities under a normal curve", "正态分布的概率")
WHAT = ("For $X \\sim N(\\mu, \\sigma^2)$ the probability of an interval is the area under the bell over it. "
        "Standardising, $z = (x - \\mu)/\\sigma$, turns every normal curve into the standard one, so "
        "$P(X \\le x) = \\Phi(z)$; the curve is symmetric about $\\mu$, so $P(X < \\mu - a) = P(X > \\mu + a)$, and "
        "$\\mu \\pm \\sigma, \\mu \\pm 2\\sigma, \\mu \\pm 3\\sigma$ hold about $0.6827, 0.9545, 0.9973$ of it. "
        "Of $n$ individuals, about $np$ fall in an interval of probability $p$.",
        "若 $X \\sim N(\\mu, \\sigma^2)$，区间的概率就是钟形曲线在该区间上方的面积。标准化 $z = (x - \\mu)/\\sigma$ "
        "把任意正态曲线化为标准正态曲线，$P(X \\le x) = \\Phi(z)$；曲线关于 $\\mu$ 对称，所以 $P(X < \\mu - a) = P(X > \\mu + a)$；"
        "$\\mu \\pm \\sigma, \\mu \\pm 2\\sigma, \\mu \\pm 3\\sigma$ 内的概率约为 $0.6827, 0.9545, 0.9973$（3σ 原则）。"
        "$n$ 个个体中约有 $np$ 个落在概率为 $p$ 的区间内。")

_NUM = r"\d+(?:\.\d+)?"
_SNUM = r"-?\d+(?:\.\d+)?"
_VAR = r"(?:[A-MOQ-Z]|\\xi|\\eta|ξ|η)"  # any capital but N and P (the law and the probability); 高考 papers write ξ
_LE = r"(?:<|\\lt|\\le|\\leq|\\leqslant|≤|＜|⩽)"
_GE = r"(?:>|\\gt|\\ge|\\geq|\\geqslant|≥|＞|⩾)"
_INF = math.inf

# Another family's question with the same words and the same bell.
_OTHER = re.compile(
    r"confidence|置信|hypothes|\bH_?\{?[01]\}?\b|p-?value|significan|检验|显著性|central\s+limit|中心极限|"
    r"sample\s+means?|样本均值|sampling\s+distribution|抽样分布|\\bar\s*\{?\s*[Xx]|\\overline\s*\{?\s*[Xx]|"
    r"regression|回归|binomial|二项|continuity\s+correction|连续性修正|poisson|泊松|bayes|贝叶斯|monte\s*carlo|蒙特卡|"
    r"simulat|模拟|slid(?:e|ing)|vary|varies|变化", re.I)
_NORMAL_WORDS = re.compile(r"normal|gaussian|bell|正态|高斯|\\mathcal\s*\{?N|(?<![A-Za-z\\])N\s*(?:\\left\s*)?\(", re.I)
_STANDARDISE = re.compile(r"standardi[sz]|z[- ]scores?|标准化|\\Phi|Φ|(?<![A-Za-z\\])[zZ]\s*=\s*\\frac|"
                          r"\\frac\s*\{\s*(?:X|x|\\xi)\s*-\s*\\mu\s*\}\s*\{\s*\\sigma\s*\}", re.I)
_SYMMETRY = re.compile(r"symmetr|对称", re.I)
_RULE = re.compile(r"(?<![\d.])3\s*(?:\\sigma|σ)\s*(?:rule|原则|准则|法则)|three[- ]sigma|68\s*[-–—/,]\s*95\s*[-–—/,]\s*99\.7|"
                   r"empirical\s+rule|经验法则", re.I)


@dataclass
class Event:
    """One interval of X asked: the union of ``parts`` (lo, hi), ends possibly infinite; ``tex`` as the block writes it."""

    parts: tuple[tuple[float, float], ...]
    tex: str
    stated: list[str] = field(default_factory=list)  # the author's values of P(event), as printed (0.0228, 2.28\%)
    solved: str | None = None  # an inverse question: the end found (a with P(X < a) = 0.95), printed
    target: str | None = None  # ... and the probability the block gives it

    @property
    def p(self) -> float:
        from scipy.stats import norm

        return sum(float(norm.cdf(hi) - norm.cdf(lo)) for lo, hi in self.parts)  # in z units (see Question.z)

    def key(self) -> tuple:
        return tuple((round(a, 6), round(b, 6)) for a, b in self.parts)


@dataclass
class Question:
    mu: float
    sigma: float
    letter: str  # the variable's name as TeX (X, \xi)
    events: list[Event]  # parts in x units
    standardise: bool
    symmetry: bool
    rule: bool
    population: int | None
    stated_counts: list[str]
    stated_phi: list[tuple[str, str]]  # (z, value) of \Phi(z) = value
    false: list[tuple[str, str, str]] = field(default_factory=list)  # (stated TeX, true TeX, why key)

    def z(self, x: float) -> float:
        return (x - self.mu) / self.sigma

    def prob(self, e: Event) -> float:
        from scipy.stats import norm

        return sum(float(norm.cdf(self.z(hi)) - norm.cdf(self.z(lo))) for lo, hi in e.parts)

    def table_prob(self, e: Event) -> float:
        """The probability read from a printed table: each z rounded to two places."""
        from scipy.stats import norm

        return sum(float(norm.cdf(round(self.z(hi), 2)) - norm.cdf(round(self.z(lo), 2))) for lo, hi in e.parts)


# -- reading --------------------------------------------------------------------------------------------------

def _math(info: MathInfo) -> str:
    text = " ; ".join(single_line(b) for b in info.blocks)
    text = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg|displaystyle)(?![A-Za-z])", "", text)
    text = re.sub(r"\\[,;!: ]|~|\\quad|\\qquad", " ", text)
    return text.replace("\\{", "(").replace("\\}", ")").replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")


def _distribution(info: MathInfo, text: str) -> tuple[float, float] | None:
    """(mu, sigma): the block's N(mu, sigma^2) or mu = .., sigma = .. (also sigma^2 = ..), or its words
    "mean 70 and standard deviation 10" / 均值为 70，标准差为 10; None when it leaves either out."""
    calls = {tuple(m) for m in re.findall(rf"(?<![A-Za-z\\])(?:\\mathcal\{{N\}}|N)\s*\(\s*({_SNUM})\s*,\s*({_NUM}(?:\s*\^\s*\{{?2\}}?)?)\s*\)", text)}
    if len(calls) > 1:
        return None  # two normal variables: another question
    try:
        d = normal_from_block(info)
    except ValueError:
        return None
    if d is not None and d.given:
        return d.params
    flat = _flat(info)
    mu = re.findall(rf"(?:\bmean|\baverage|\\mu|均值|平均(?:值|数|分|成绩)?|期望)\s*(?:of|is|was|=|为|是|:|：)?\s*(?:about\s+)?({_SNUM})", flat, re.I)
    sd = re.findall(rf"(?:standard\s+deviation|\bs\.?d\.?|\\sigma|标准差)\s*(?:of|is|was|=|为|是|:|：)?\s*({_NUM})", flat, re.I)
    var = re.findall(rf"(?:variance|\\sigma\s*\^\s*\{{?2\}}?|方差)\s*(?:of|is|was|=|为|是|:|：)?\s*({_NUM})", flat, re.I)
    sigmas = {float(v) for v in sd} | {math.sqrt(float(v)) for v in var}
    if d is not None and not d.given and len(set(map(float, mu))) == 1:  # sigma given in the math, the mean in words
        return float(mu[0]), d.params[1]
    if len(set(map(float, mu))) != 1 or len({round(s, 9) for s in sigmas}) != 1:
        return None
    sigma = sigmas.pop()
    return (float(mu[0]), sigma) if sigma > 0 else None


def _balanced(text: str, start: int) -> tuple[str, int] | None:
    """The text inside the parenthesis opening at ``start``, and the index after its close."""
    depth = 0
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1:i], i + 1
    return None


def _bound(tex: str, mu: float, sigma: float) -> float | None:
    """A number, or a combination of mu and sigma (``\\mu - 2\\sigma``), as a float."""
    s = re.sub(r"\\frac\s*\{([^{}]+)\}\s*\{([^{}]+)\}", r"((\1)/(\2))", tex.strip())
    s = s.replace("\\cdot", "*").replace("\\times", "*").replace("{", "(").replace("}", ")")
    s = re.sub(r"(\d)\s*(\\mu|\\sigma|μ|σ)", r"\1*\2", s)
    s = re.sub(r"\\mu|μ", f"({mu!r})", s)
    s = re.sub(r"\\sigma|σ", f"({sigma!r})", s)
    s = re.sub(r"\s+", "", s)
    if not s or not re.fullmatch(r"[\d.+\-*/()e]+", s) or "e" in s.replace("e-", "").replace("e+", ""):
        return None
    try:
        return float(eval(s, {"__builtins__": {}}))  # noqa: S307 - digits and + - * / ( ) only
    except Exception:  # noqa: BLE001 - not a number: not a bound
        return None


_UNKNOWN = r"(?<![A-Za-z\\])([a-dkmt]|x_\{?0\}?)(?![A-Za-z(])"  # the letter an inverse question asks for


def _parts(inner: str, q_letter: str, mu: float, sigma: float) -> tuple[tuple, str | None] | None:
    """The interval(s) of ``P(inner)`` in x units, and an unknown letter; None when it is no interval of the variable.
    An unknown end is returned as NaN."""
    inner = inner.strip()
    var = rf"(?P<v>{_VAR})"

    def end(tex: str) -> float | None:
        b = _bound(tex, mu, sigma)
        if b is not None:
            return b
        return math.nan if re.fullmatch(_UNKNOWN, tex.strip()) else None

    m = re.fullmatch(rf"\|\s*{var}\s*-\s*(?P<m>[^|]+?)\s*\|\s*(?P<op>{_LE}|{_GE})\s*(?P<c>.+)", inner)
    if m:
        centre, c = _bound(m["m"], mu, sigma), end(m["c"])
        if centre is None or c is None:
            return None
        parts = ((centre - c, centre + c),) if re.fullmatch(_LE, m["op"]) else ((-_INF, centre - c), (centre + c, _INF))
        return _in_x(parts, m["v"], q_letter, mu, sigma)
    m = re.fullmatch(rf"{var}\s*\\in\s*[\[(]\s*(?P<a>[^,]+?)\s*,\s*(?P<b>[^,]+?)\s*[\])]", inner)
    if m:
        a, b = end(m["a"]), end(m["b"])
        return None if a is None or b is None else _in_x(((a, b),), m["v"], q_letter, mu, sigma)
    pieces = re.split(rf"({_LE}|{_GE})", inner)
    if len(pieces) == 3:
        left, op, right = (p.strip() for p in pieces)
        if re.fullmatch(_VAR, left):
            b = end(right)
            if b is None:
                return None
            return _in_x(((-_INF, b),) if re.fullmatch(_LE, op) else ((b, _INF),), left, q_letter, mu, sigma)
        if re.fullmatch(_VAR, right):
            a = end(left)
            if a is None:
                return None
            return _in_x(((a, _INF),) if re.fullmatch(_LE, op) else ((-_INF, a),), right, q_letter, mu, sigma)
        return None
    if len(pieces) == 5 and re.fullmatch(_VAR, pieces[2].strip()):
        a, b = end(pieces[0]), end(pieces[4])
        both_le = re.fullmatch(_LE, pieces[1]) and re.fullmatch(_LE, pieces[3])
        both_ge = re.fullmatch(_GE, pieces[1]) and re.fullmatch(_GE, pieces[3])
        if a is None or b is None or not (both_le or both_ge):
            return None
        return _in_x(((a, b) if both_le else (b, a),), pieces[2].strip(), q_letter, mu, sigma)
    return None


def _in_x(parts, v: str, q_letter: str, mu: float, sigma: float):
    """Parts of an event in the variable ``v``: the block's own letter, or Z (standardised) beside an X that is not N(0, 1)."""
    unknown = any(math.isnan(x) for p in parts for x in p)
    if v == q_letter or (mu, sigma) == (0.0, 1.0):
        return parts, unknown
    if v == "Z":
        return tuple((mu + a * sigma, mu + b * sigma) for a, b in parts), unknown
    return None


def _stated_value(tail: str) -> str | None:
    """The number a statement ends on (``= 0.0228``, ``\\approx 2.28\\%``), as printed; percent as ``2.28%``."""
    parts = re.split(r"=|\\approx|≈|\\doteq", tail)
    if len(parts) < 2:
        return None
    last = parts[-1].strip().rstrip(".,;。，")
    m = re.fullmatch(rf"({_NUM})\s*(\\?%|％)?", last)
    if not m:
        return None
    return m[1] + ("%" if m[2] else "")


def _percent(printed: str) -> str:
    """A printed value as TeX (``2.28%`` -> ``2.28\\%``)."""
    return printed.replace("%", "\\%")


def _value(printed: str) -> float:
    return float(printed[:-1]) / 100 if printed.endswith("%") else float(printed)


def _places(printed: str) -> int:
    digits = printed.rstrip("%")
    places = len(digits.split(".")[1]) if "." in digits else 0
    return places + (2 if printed.endswith("%") else 0)


def _holds(printed: str, *truths: float) -> bool:
    """The printed value is one of ``truths`` at its own precision (one unit of its last place)."""
    v = _value(printed)
    return any(abs(v - t) <= 10 ** -_places(printed) * 1.01 for t in truths)


_COUNT_ASK = re.compile(r"how\s+many|number\s+of|expected\s+(?:number|count)|estimate|多少|人数|个数|件数|估计|约有|大约有", re.I)
_UNIT = r"(?:\s*(?:分|cm|厘米|mm|毫米|kg|千克|公斤|克|g|小时|h|分钟|min|元|米|m|岁|天|°C|度|points?|marks?|hours?|minutes?|kg|cm|years?|grams?|mm))?"
_NOT_A_COUNT = rf"(?!\.?\d)(?!\s*(?:{_WHO[3:-1]}|名|人|个|件|位|只|户|袋|株)(?![A-Za-z]))"


def _prose_events(flat: str, mu: float, sigma: float) -> list[tuple[tuple, str]]:
    """Intervals the block asks in words: "above 130", "between 85 and 115", "90 分以上", "低于 85", "within 2 standard deviations"."""
    out: list[tuple[tuple, str]] = []
    num = rf"({_SNUM}){_UNIT}"
    for m in re.finditer(rf"\bbetween\s+{num}\s+and\s+{num}{_NOT_A_COUNT}", flat, re.I):
        out.append((((float(m[1]), float(m[2])),), "between"))
    for m in re.finditer(rf"(?:在|介于)?\s*{num}\s*(?:到|至|~|～|—|－)\s*{num}\s*(?:之间|以内|内)", flat):
        out.append((((float(m[1]), float(m[2])),), "between"))
    for m in re.finditer(rf"\b(?:above|over|more\s+than|greater\s+than|exceed(?:s|ing)?|higher\s+than|at\s+least|taller\s+than|"
                         rf"longer\s+than|heavier\s+than)\s+{num}{_NOT_A_COUNT}", flat, re.I):
        out.append((((float(m[1]), _INF),), "above"))
    for m in re.finditer(rf"\b(?:below|under|less\s+than|lower\s+than|at\s+most|shorter\s+than|lighter\s+than)\s+{num}{_NOT_A_COUNT}", flat, re.I):
        out.append((((-_INF, float(m[1])),), "below"))
    for m in re.finditer(rf"(?:高于|超过|大于|不低于|不少于|不小于|多于|达到)\s*{num}", flat):
        out.append((((float(m[1]), _INF),), "above"))
    for m in re.finditer(rf"(?<![\d.])({_SNUM}){_UNIT}\s*(?:及)?以上", flat):
        out.append((((float(m[1]), _INF),), "above"))
    for m in re.finditer(rf"(?:低于|不超过|小于|不高于|少于|不足|不到)\s*{num}", flat):
        out.append((((-_INF, float(m[1])),), "below"))
    for m in re.finditer(rf"(?<![\d.])({_SNUM}){_UNIT}\s*(?:及)?以下", flat):
        out.append((((-_INF, float(m[1])),), "below"))
    words = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3, "一": 1, "两": 2, "二": 2, "三": 3}
    for m in re.finditer(r"within\s+(one|two|three|[123])\s+standard\s+deviations?|(?:在)?\s*([一两二三123])\s*(?:个)?标准差(?:之内|以内|范围内)", flat, re.I):
        k = words[(m[1] or m[2]).lower()]
        out.append((((mu - k * sigma, mu + k * sigma),), "within"))
    return out


def _population(flat: str) -> list[int]:
    pats = (rf"(?<![\d.])(\d+)\s+(?:{_WHO[3:-1]})(?![A-Za-z])", r"(?:of|among|out\s+of)\s+(?:the\s+|all\s+|a\s+group\s+of\s+)?(\d+)(?![\d.%])",
            r"(?<![\d.])(\d+)\s*(?:名|个|人|件|位|只|户|袋|株)", r"(?<![A-Za-z\\_])n\s*=\s*(\d+)(?![\d.])")
    return [int(v) for p in pats for v in re.findall(p, flat, re.I) if int(v) >= 2]


def _stated_counts(flat: str, n: int) -> list[str]:
    """Counts the block states: "about 23 students", "约有 23 人", ``1000 \\times 0.0228 \\approx 23``."""
    out = [m[1] for m in re.finditer(rf"(?:about|approximately|roughly|around|≈|\\approx|约有?|大约有?|估计有)\s*({_NUM})\s*"
                                     rf"(?:(?:of|out\s+of)\s+(?:the\s+|these\s+)?{n}\s+)?(?:{_WHO[3:-1]}|名|人|个|件|位|只|户|袋|株)", flat, re.I)]
    out += [m[1] for m in re.finditer(rf"(?<![\d.]){n}\s*(?:\\times|\\cdot|×|\*)\s*{_NUM}\s*(?:=|\\approx|≈)\s*({_NUM})(?![\d.])", flat)]
    return [c for c in out if float(c) != n]


def read(info: MathInfo) -> Question | None:
    """The author's normal distribution and the intervals asked; None when the block is another question."""
    flat = _flat(info)
    if _OTHER.search(info.concept) or not _NORMAL_WORDS.search(info.concept):
        return None
    text = _math(info)
    found = _distribution(info, text)
    if found is None:
        return None
    mu, sigma = float(found[0]), float(found[1])
    named = re.search(rf"({_VAR})\s*\\sim", text)
    letter = named[1] if named else "X"
    q = Question(mu, sigma, letter, [], bool(_STANDARDISE.search(info.concept)), bool(_SYMMETRY.search(info.prose)),
                 bool(_RULE.search(flat)), None, [], [])
    events: dict[tuple, Event] = {}

    def add(parts: tuple, tex: str, stated: str | None = None) -> Event:
        e = Event(tuple(parts), tex)
        e = events.setdefault(e.key(), e)
        if stated and stated not in e.stated:
            e.stated.append(stated)
        return e

    for row in re.split(r";|\\\\|\\text\s*\{[^{}]*\}|，|。|\bor\b|\band\b", text):
        for statement in split_top(row, ","):
            chain = []
            for m in re.finditer(r"(?<![A-Za-z\\])(?:P|Pr|\\Pr|\\operatorname\{P\}|\\mathbb\{P\}|\\mathrm\{P\})\s*!?\s*\(", statement):
                got = _balanced(statement, m.end() - 1)
                if got is None:
                    continue
                inner, after = got
                read_parts = _parts(inner, letter, mu, sigma)
                if read_parts is None:
                    if re.search(_VAR, inner):
                        return None  # P(X + Y > 1), P(X = 3 | ...): a question this family does not draw
                    continue
                chain.append((read_parts, single_line(f"P({inner.strip()})")))
            if not chain:
                continue
            value = _stated_value(statement)
            for (parts, unknown), tex in chain:
                if unknown:
                    solved = _solve(parts, value, q)
                    if solved is None:
                        return None
                    e = add(solved[0], tex)
                    e.solved, e.target, e.stated = solved[1], value, []
                else:
                    add(parts, tex, value)
    for sentence in re.split(r"(?<=[.;!?])\s+|[。；！？]", flat):
        found = _prose_events(sentence, mu, sigma)
        # "about 95% of the people score between 85 and 115": one interval and one share in a sentence is a statement
        said = re.findall(rf"(?<![\d.])({_NUM})\s*(?:\\?%|％|\s*percent\b)", sentence)
        stated = f"{said[0]}%" if len(found) == 1 and len(said) == 1 else None
        for parts, _how in found:
            if any(math.isinf(a) and math.isinf(b) or a >= b for a, b in parts):
                continue
            add(parts, _tex(parts, letter), stated)
    if q.rule:
        for k in (1, 2, 3):
            add(((mu - k * sigma, mu + k * sigma),), rf"P(\mu - {'' if k == 1 else k}\sigma < {letter} < \mu + {'' if k == 1 else k}\sigma)")
    q.events = [e for e in events.values() if all(a < b for a, b in e.parts)]
    if q.symmetry:  # P(X < mu - a) = P(X > mu + a): one tail, drawn with its mirror
        q.events = [e for k, e in enumerate(q.events) if not any(_mirror(e.parts, mu) == f.key() for f in q.events[:k])]
    if not q.events or len(q.events) > 6:
        return None
    if any(abs(q.z(x)) > 8 for e in q.events for p in e.parts for x in p if math.isfinite(x)):
        return None  # an end far outside the bell: a misreading, not the author's interval
    sizes = sorted(set(_population(flat)))
    if len(sizes) == 1 and (_COUNT_ASK.search(info.concept) or _stated_counts(flat, sizes[0])):
        q.population = sizes[0]
        q.stated_counts = _stated_counts(flat, sizes[0])
    q.stated_phi = re.findall(rf"\\Phi\s*\(\s*({_SNUM})\s*\)\s*(?:=|\\approx|≈)\s*({_NUM})(?![\d.])", text)
    _check_stated(q)
    return q


def _mirror(parts: tuple, mu: float) -> tuple:
    """The key of the event reflected in mu."""
    return tuple(sorted((round(2 * mu - b, 6), round(2 * mu - a, 6)) for a, b in parts))


def _solve(parts: tuple, value: str | None, q: Question) -> tuple[tuple, str] | None:
    """An inverse question, P(X < a) = p or P(X > a) = p: the parts with a found (the block states p)."""
    from scipy.stats import norm

    if value is None or len(parts) != 1:
        return None
    p = _value(value)
    lo, hi = parts[0]
    if not 0 < p < 1:
        return None
    if math.isnan(hi) and lo == -_INF:
        a = q.mu + q.sigma * float(norm.ppf(p))
        return ((-_INF, a),), fmt(a, 4)
    if math.isnan(lo) and hi == _INF:
        a = q.mu + q.sigma * float(norm.ppf(1 - p))
        return ((a, _INF),), fmt(a, 4)
    return None


def _tex(parts: tuple, letter: str) -> str:
    """``P(...)`` of an event in the block's letter."""
    if len(parts) == 2:
        return rf"P({letter} < {fmt(parts[0][1], 4)}\ \text{{or}}\ {letter} > {fmt(parts[1][0], 4)})"
    lo, hi = parts[0]
    if lo == -_INF:
        return rf"P({letter} < {fmt(hi, 4)})"
    if hi == _INF:
        return rf"P({letter} > {fmt(lo, 4)})"
    return rf"P({fmt(lo, 4)} < {letter} < {fmt(hi, 4)})"


def _why(q: Question, e: Event, v: float, slack: float = 0.0) -> str:
    """Which slip gives the false value ``v``: both tails for one, one tail for both, the complement
    (``slack``: the rounding of a count, one in n)."""
    p = q.prob(e)
    tol = max(1.5e-4, 0.01 * p, slack)
    if abs(v - 2 * p) <= 2 * tol and len(e.parts) == 1 and math.isinf(e.parts[0][0]) != math.isinf(e.parts[0][1]):
        return "both_tails"
    if abs(v - p / 2) <= tol and (len(e.parts) == 2):
        return "one_tail"
    if abs(v - (1 - p)) <= tol:
        return "complement"
    return "other"


def _check_stated(q: Question) -> None:
    from scipy.stats import norm

    for e in q.events:
        if e.solved:
            continue
        for printed in e.stated:
            if not _holds(printed, q.prob(e), q.table_prob(e)):
                q.false.append((f"{e.tex} = {_percent(printed)}", _p(q.prob(e)), _why(q, e, _value(printed))))
    for z, printed in q.stated_phi:
        true = float(norm.cdf(float(z)))
        if not _holds(printed, true):
            q.false.append((rf"\Phi({z}) = {printed}", _p(true), "other"))
    if q.population and len(q.events) == 1:
        e = q.events[0]
        n = q.population
        for printed in q.stated_counts:
            c = float(printed)
            if not any(abs(c - n * p) <= max(1.0, 10 ** -_places(printed) * 1.01) for p in (q.prob(e), q.table_prob(e))):
                why = _why(q, e, c / n, 1 / n)
                q.false.append((rf"{n} \times {e.tex} \approx {printed}", _count(n * q.prob(e)), why))


def _count(v: float) -> str:
    """An expected count: whole when ten or more, else to one place."""
    return str(round(v)) if v >= 10 else fmt(v, 1)


def _p(v: float) -> str:
    """A probability to four places, or three significant digits when smaller than 0.001."""
    if v >= 0.001:
        return fmt(v, 4)
    return f"{v:.3g}" if v > 0 else "0"


def evidence(info) -> int | None:
    return 0 if read(info) is not None else None


def needs(info) -> Question | None:
    return read(info)


def title_for(info) -> tuple[str, str] | None:
    q = read(info)
    if q is not None and q.rule and len(q.events) == 3:
        return ("The 3σ rule", "3σ 原则")
    return None


# -- the scene --------------------------------------------------------------------------------------------------

_COLOURS = ("GREEN", "PURPLE", "TEAL", "MAROON", "GOLD", "PINK")


def _phi_tex(q: Question, e: Event) -> str:
    """P through Phi: 1 - Phi(z), Phi(z), Phi(z2) - Phi(z1), 2 Phi(k) - 1 (z to three places)."""
    def z(x: float) -> str:
        return fmt(q.z(x), 3)

    if len(e.parts) == 2:
        (_, a), (b, _) = e.parts
        if abs(q.z(a) + q.z(b)) < 1e-9:
            return rf"2\left(1 - \Phi({z(b)})\right)"
        return rf"\Phi({z(a)}) + 1 - \Phi({z(b)})"
    lo, hi = e.parts[0]
    if lo == -_INF:
        return rf"\Phi({z(hi)})"
    if hi == _INF:
        return rf"1 - \Phi({z(lo)})"
    if abs(q.z(lo) + q.z(hi)) < 1e-9:
        return rf"2\Phi({z(hi)}) - 1"
    return rf"\Phi({z(hi)}) - \Phi({z(lo)})"


def _z_words(q: Question, e: Event, zh: bool) -> str:
    ends = sorted({x for p in e.parts for x in p if math.isfinite(x)})
    return ("，".join if zh else ", ".join)(f"$z = ({fmt(x, 4)} - {fmt(q.mu, 4)})/{fmt(q.sigma, 4)} = {fmt(q.z(x), 3)}$" for x in ends)


_WHY = {
    "both_tails": ("that is both tails together; one tail is half of it", "那是两侧尾部之和，单侧只有它的一半"),
    "one_tail": ("that is one tail only; the event has both", "那只是一侧尾部，这个事件包含两侧"),
    "complement": ("that is the complement, the rest of the area", "那是对立事件的概率，即其余的面积"),
    "other": ("the area says otherwise", "面积并非如此"),
}


def build(ctx: Ctx) -> None:
    q = read(ctx.info)
    assert q is not None, "needs() refuses blocks it cannot read"
    w = ctx.w
    mu, sigma, X = q.mu, q.sigma, q.letter
    ctx.facts.update(normal=q)
    law = rf"{X} \sim N({fmt(mu, 4)}, {fmt(sigma, 4)}^2)"
    w.beat(ctx.title, ctx.L(f"${law}$: mean $\\mu = {fmt(mu, 4)}$, standard deviation $\\sigma = {fmt(sigma, 4)}$ "
                            f"(the second number of $N(\\mu, \\sigma^2)$ is the variance, ${fmt(sigma * sigma, 4)}$).",
                            f"${law}$：均值 $\\mu = {fmt(mu, 4)}$，标准差 $\\sigma = {fmt(sigma, 4)}$"
                            f"（$N(\\mu, \\sigma^2)$ 的第二个数是方差 ${fmt(sigma * sigma, 4)}$）。"))
    w.title(ctx.title)
    w.code(f"formula = {math_mob(law, 36)}.next_to(title, DOWN, buff=0.2)")
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.4)

    x0, x1 = mu - 4 * sigma, mu + 4 * sigma
    peak = 1 / (sigma * math.sqrt(2 * math.pi))
    w.code(
        f"axes = Axes(x_range=[{fmt(x0, 8)}, {fmt(x1, 8)}, {fmt(sigma, 8)}], y_range=[0, {fmt(peak * 1.12, 8)}, {fmt(peak * 1.12, 8)}],",
        f"            x_length=11, y_length={2.6 if q.standardise else 2.9}, tips=False, axis_config={{\"color\": GREY_B}},",
        "            x_axis_config={\"include_ticks\": False})  # the ticks are drawn at mu + k sigma below",
        f"axes.move_to(DOWN * {1.45 if q.standardise else 1.55})",
        "axes.y_axis.set_opacity(0)",
        f"pdf = lambda x: np.exp(-((x - {fmt(mu, 8)}) / {fmt(sigma, 8)}) ** 2 / 2) / ({fmt(sigma, 8)} * np.sqrt(2 * PI))",
        f"curve = axes.plot(pdf, x_range=[{fmt(x0, 8)}, {fmt(x1, 8)}, {fmt((x1 - x0) / 300, 8)}], color=BLUE, stroke_width=4)",
        f"ticks = [{', '.join(fmt(mu + k * sigma, 8) for k in range(-3, 4))}]",
        f"x_labels = VGroup(*[MathTex(s, font_size=24).next_to(axes.c2p(x, 0), DOWN, buff=0.15) for s, x in zip("
        f"[{', '.join(repr(fmt(mu + k * sigma, 4)) for k in range(-3, 4))}], ticks)])",
        "x_labels.add(*[Line(axes.c2p(x, 0) + DOWN * 0.07, axes.c2p(x, 0) + UP * 0.07, color=GREY_B, stroke_width=2) for x in ticks])",
        f"mu_line = DashedLine(axes.c2p({fmt(mu, 8)}, 0), axes.c2p({fmt(mu, 8)}, {fmt(peak, 8)}), color=GREY_B)",
        f"x_name = {math_mob(X, 28)}.next_to(axes.x_axis, RIGHT, buff=0.2)",
    )
    w.beat(ctx.L("The bell at the author's scale", "按题中数据画出的钟形曲线"),
           ctx.L(f"The density of ${law}$, centred at $\\mu = {fmt(mu, 4)}$; the marks are $\\mu - 3\\sigma$ to $\\mu + 3\\sigma$, "
                 f"one $\\sigma = {fmt(sigma, 4)}$ apart. The total area is 1.",
                 f"${law}$ 的密度曲线，中心在 $\\mu = {fmt(mu, 4)}$；刻度从 $\\mu - 3\\sigma$ 到 $\\mu + 3\\sigma$，间隔一个 $\\sigma = {fmt(sigma, 4)}$。总面积为 1。"))
    w.play("Create(axes), FadeIn(x_labels), FadeIn(x_name), Create(curve), Create(mu_line)", 1.8)
    if q.standardise:
        z_tex = rf"z = \frac{{{X} - \mu}}{{\sigma}} = \frac{{{X} - {fmt(mu, 4)}}}{{{fmt(sigma, 4)}}}"
        w.code(
            "z_labels = VGroup(*[MathTex(str(k), font_size=24, color=TEAL).next_to(lab, DOWN, buff=0.14) for k, lab in zip(range(-3, 4), x_labels)])",
            f"z_name = {math_mob('z', 28, 'TEAL')}.next_to(z_labels, RIGHT, buff=0.0).set_x(x_name.get_x())",
            f"z_rule = {math_mob(z_tex, 30, 'TEAL')}",
            "VGroup(formula, z_rule).arrange(RIGHT, buff=0.6).next_to(title, DOWN, buff=0.2)",
            "if VGroup(formula, z_rule).width > 12.5:",
            "    VGroup(formula, z_rule).scale_to_fit_width(12.5)",
        )
        w.beat(ctx.L("Standardise", "标准化"),
               ctx.L(f"Standardising, $z = ({X} - \\mu)/\\sigma$, relabels the same axis in standard deviations: "
                     f"${fmt(mu, 4)}$ is $z = 0$, ${fmt(mu + sigma, 4)}$ is $z = 1$. Every probability is then read from $\\Phi$, "
                     "the standard normal's distribution function.",
                     f"标准化 $z = ({X} - \\mu)/\\sigma$ 把同一条轴改用标准差来度量：${fmt(mu, 4)}$ 对应 $z = 0$，"
                     f"${fmt(mu + sigma, 4)}$ 对应 $z = 1$。于是每个概率都可以由标准正态分布函数 $\\Phi$ 读出。"))
        w.play("FadeIn(z_labels, shift=UP * 0.1), FadeIn(z_name), FadeIn(z_rule)", 1.4)
        w.wait(0.4)

    shown: list[str] = []
    for i, e in enumerate(q.events):
        _event(ctx, q, e, i, shown)
    if q.rule and len(q.events) >= 3:
        w.beat(ctx.L("The 3σ rule", "3σ 原则"),
               ctx.L("Within one, two and three standard deviations of the mean: about 68.27%, 95.45% and 99.73% of the area, "
                     "whatever $\\mu$ and $\\sigma$ are.",
                     "在均值的一个、两个、三个标准差之内的面积约为 68.27%、95.45%、99.73%，与 $\\mu$ 和 $\\sigma$ 的取值无关。"))
        w.wait(1.2)
    w.wait(1)


def _event(ctx: Ctx, q: Question, e: Event, i: int, shown: list[str]) -> None:
    """One interval: shaded, its probability (with z and Phi when the block standardises), its count, the block's values checked."""
    w = ctx.w
    mu, sigma = q.mu, q.sigma
    x0, x1 = mu - 4 * sigma, mu + 4 * sigma
    p = q.prob(e)
    colour = _COLOURS[i % len(_COLOURS)] if not q.rule else ("GREEN", "TEAL", "PURPLE")[min(i, 2)]
    clipped = [(max(a, x0), min(b, x1)) for a, b in e.parts]
    ends = sorted({x for part in e.parts for x in part if math.isfinite(x) and x0 < x < x1})
    areas = ", ".join(f"axes.get_area(curve, x_range=[{fmt(a, 8)}, {fmt(b, 8)}], color={colour}, opacity=0.6)" for a, b in clipped)
    value = _p(p)
    eq = rf"{e.tex} = {_phi_tex(q, e)} \approx {value}" if q.standardise else rf"{e.tex} \approx {value}"
    if e.solved:
        eq = _solved_tex(q, e)
    yellow = "YELLOW"
    tick_ends = [x for x in ends if not any(abs(x - (mu + k * sigma)) < 1e-9 for k in range(-3, 4))]
    # the label of the area: inside a middle piece, beside a tail
    pointer = None
    centre_part = max(clipped, key=lambda ab: ab[1] - ab[0])
    a, b = centre_part
    if len(e.parts) == 1 and math.isfinite(e.parts[0][0]) and math.isfinite(e.parts[0][1]):
        at = f"axes.c2p({fmt((a + b) / 2, 8)}, pdf({fmt((a + b) / 2, 8)}) * 0.4)"
    else:
        right = b >= x1 - 1e-9
        edge = a if right else b
        x_lab = min(max(edge + (1 if right else -1) * 1.3 * sigma, x0 + 0.6 * sigma), x1 - 0.6 * sigma)
        if abs(x_lab - mu) < 1.2 * sigma:  # a tail reaching past the mean: the label inside it
            at = f"axes.c2p({fmt(x_lab, 8)}, pdf({fmt(x_lab, 8)}) * 0.4)"
        else:  # beside the thin tail, with a pointer into it
            at = f"axes.c2p({fmt(x_lab, 8)}, {fmt(0.3 / (sigma * math.sqrt(2 * math.pi)), 8)})"
            inside = edge + (0.25 if right else -0.25) * sigma
            pointer = f"axes.c2p({fmt(inside, 8)}, pdf({fmt(inside, 8)}) * 0.45)"
    w.code(
        f"area_{i} = VGroup({areas})",
        f"edges_{i} = VGroup({', '.join(f'DashedLine(axes.c2p({fmt(x, 8)}, 0), axes.c2p({fmt(x, 8)}, pdf({fmt(x, 8)})), color=YELLOW)' for x in ends)})",
        f"ends_{i} = VGroup({', '.join(f'{math_mob(fmt(x, 4), 24, yellow)}.next_to(axes.c2p({fmt(x, 8)}, pdf({fmt(x, 8)})), UP, buff=0.1)' for x in tick_ends)})",
        f"p_{i} = {math_mob(value, 28)}.move_to({at}).add_background_rectangle(color=BLACK, opacity=0.7, buff=0.05)",
        f"readout_{i} = {math_mob(eq, 32)}.next_to(formula, DOWN, buff=0.22).set_x(0)",
    )
    if pointer:
        w.code(f"p_{i}.add(Line(p_{i}.get_bottom(), {pointer}, color=GREY_A, stroke_width=2))")
    w.fit(f"readout_{i}", 12.5)
    words = ctx.L(f"the area over {_where(q, e, False)}", f"{_where(q, e, True)}上方的面积")
    z_part = (ctx.L(f" Standardising: {_z_words(q, e, False)}, so ${e.tex} = {_phi_tex(q, e)} \\approx {value}$.",
                    f"标准化：{_z_words(q, e, True)}，所以 ${e.tex} = {_phi_tex(q, e)} \\approx {value}$。")
              if q.standardise and not e.solved else "")
    if e.solved:
        from scipy.stats import norm

        target = _value(e.target)
        zq = float(norm.ppf(target if e.parts[0][0] == -_INF else 1 - target))
        narr = ctx.L(f"Which $a$ leaves area ${fmt(target, 4)}$? "
                     f"The quantile $z = {fmt(zq, 4)}$ of the standard normal, so the end is $\\mu + z\\sigma = {fmt(mu, 4)} + "
                     f"{fmt(zq, 4)} \\times {fmt(sigma, 4)} \\approx {e.solved}$.",
                     f"哪个值使阴影面积等于 ${fmt(target, 4)}$？标准正态分布的分位数 $z = {fmt(zq, 4)}$，所以端点为 "
                     f"$\\mu + z\\sigma = {fmt(mu, 4)} + {fmt(zq, 4)} \\times {fmt(sigma, 4)} \\approx {e.solved}$。")
    else:
        narr = ctx.L(f"${e.tex}$ is {words}: about ${value}$.", f"${e.tex}$ 是{words}，约为 ${value}$。") + z_part
    w.beat(ctx.L(f"${e.tex}$", f"${e.tex}$"), narr)
    previous = shown[:]
    if previous:
        w.play(", ".join(f"FadeOut({m})" for m in previous), 0.6)
        shown.clear()
    w.play(f"Create(edges_{i}), FadeIn(ends_{i}), FadeIn(area_{i}), FadeIn(readout_{i}, shift=DOWN * 0.15)", 1.4)
    w.play(f"FadeIn(p_{i}, scale=1.2)", 0.6)
    w.wait(0.6)
    shown += [f"area_{i}", f"edges_{i}", f"ends_{i}", f"p_{i}", f"readout_{i}"]
    below = f"readout_{i}"
    if q.symmetry and len(e.parts) == 1 and (math.isinf(e.parts[0][0]) != math.isinf(e.parts[0][1])):
        lo, hi = e.parts[0]
        mirror = ((-_INF, 2 * mu - lo),) if hi == _INF else ((2 * mu - hi, _INF),)
        m_tex = _tex(mirror, q.letter)
        m_end = 2 * mu - (lo if hi == _INF else hi)
        ma, mb = max(mirror[0][0], x0), min(mirror[0][1], x1)
        x_lab = min(max(m_end + (-1.3 if hi == _INF else 1.3) * sigma, x0 + 0.6 * sigma), x1 - 0.6 * sigma)
        w.code(
            f"mirror_{i} = axes.get_area(curve, x_range=[{fmt(ma, 8)}, {fmt(mb, 8)}], color=ORANGE, opacity=0.6)",
            f"mirror_edge_{i} = DashedLine(axes.c2p({fmt(m_end, 8)}, 0), axes.c2p({fmt(m_end, 8)}, pdf({fmt(m_end, 8)})), color=ORANGE)",
            f"mirror_p_{i} = {math_mob(value, 28, 'ORANGE')}.move_to(axes.c2p({fmt(x_lab, 8)}, {fmt(0.42 * (1 / (sigma * math.sqrt(2 * math.pi))), 8)}))"
            ".add_background_rectangle(color=BLACK, opacity=0.7, buff=0.05)",
            f"mirror_eq_{i} = {math_mob(m_tex + ' = ' + e.tex, 30, 'ORANGE')}.next_to({below}, DOWN, buff=0.15).set_x(0)",
        )
        w.fit(f"mirror_eq_{i}", 12.5)
        w.beat(ctx.L("By symmetry", "由对称性"),
               ctx.L(f"The bell is symmetric about $\\mu = {fmt(mu, 4)}$: the mirror tail ${m_tex}$ has the same area, ${value}$.",
                     f"钟形曲线关于 $\\mu = {fmt(mu, 4)}$ 对称：对称的尾部 ${m_tex}$ 面积相同，也是 ${value}$。"))
        w.play(f"TransformFromCopy(area_{i}, mirror_{i}), Create(mirror_edge_{i})", 1.4)
        w.play(f"FadeIn(mirror_p_{i}), Write(mirror_eq_{i})", 1)
        w.wait(0.6)
        shown += [f"mirror_{i}", f"mirror_edge_{i}", f"mirror_p_{i}", f"mirror_eq_{i}"]
        below = f"mirror_eq_{i}"
    if q.population:
        n = q.population
        count = n * p
        count_tex = rf"{n} \times {value} \approx {_count(count)}"
        w.code(f"count_{i} = VGroup({math_mob(count_tex, 30, 'YELLOW')}, "
               f"{text_mob(ctx.L(f'of {n} expected here', f'{n} 个中约有这么多'), 24, 'YELLOW')}).arrange(RIGHT, buff=0.25)"
               f".next_to({below}, DOWN, buff=0.15).set_x(0)")
        w.fit(f"count_{i}", 12.5)
        w.beat(ctx.L("How many", "约有多少"),
               ctx.L(f"Of ${n}$, about $n p = {n} \\times {value} \\approx {_count(count)}$ fall in this interval.",
                     f"${n}$ 个中约有 $np = {n} \\times {value} \\approx {_count(count)}$ 个落在这个区间。"))
        w.play(f"Write(count_{i})", 1.2)
        w.wait(0.6)
        shown.append(f"count_{i}")
        below = f"count_{i}"
    mine = [f for f in q.false if f[0].startswith(e.tex) or f[0].startswith(rf"{q.population} \times {e.tex}")]
    for j, (stated, truth, why) in enumerate(mine):
        en_why, zh_why = _WHY[why]
        in_fact = text_mob(ctx.L("in fact", "实际上"), 24, "GREEN")
        w.code(f"verdict_{i}_{j} = VGroup({text_mob(ctx.L('The block:', '题中：'), 24)}, {math_mob(stated, 30, 'RED')}, "
               f"{text_mob(ctx.L('false;', '不成立；'), 24, 'RED')}, {in_fact}, {math_mob(truth, 30, 'GREEN')})"
               f".arrange(RIGHT, buff=0.2).next_to({below}, DOWN, buff=0.15).set_x(0)")
        w.fit(f"verdict_{i}_{j}", 12.5)
        w.beat(ctx.L("The block's value", "题中的数值"),
               ctx.L(f"The block states ${stated}$: that is false, {en_why}. In fact it is ${truth}$.",
                     f"题中写 ${stated}$：这不成立，{zh_why}。实际上是 ${truth}$。"))
        twin = ""
        if why == "both_tails" and not any(m.startswith((f"mirror_{i}", f"twin_{i}_")) for m in shown):
            lo, hi = e.parts[0]  # the other tail, which the stated value also counts
            ma, mb = (x0, 2 * mu - lo) if hi == _INF else (2 * mu - hi, x1)
            w.code(f"twin_{i}_{j} = axes.get_area(curve, x_range=[{fmt(max(ma, x0), 8)}, {fmt(min(mb, x1), 8)}], color=RED, opacity=0.6)")
            twin = f", FadeIn(twin_{i}_{j})"
            shown.append(f"twin_{i}_{j}")
        w.play(f"FadeIn(verdict_{i}_{j}, shift=DOWN * 0.15), Indicate(area_{i}, color=RED){twin}", 1.4)
        w.wait(1.2)
        shown.append(f"verdict_{i}_{j}")
        below = f"verdict_{i}_{j}"


def _where(q: Question, e: Event, zh: bool) -> str:
    pieces = []
    for lo, hi in e.parts:
        if lo == -_INF:
            pieces.append(f"${q.letter} < {fmt(hi, 4)}$" if not zh else f"${fmt(hi, 4)}$ 左侧")
        elif hi == _INF:
            pieces.append(f"${q.letter} > {fmt(lo, 4)}$" if not zh else f"${fmt(lo, 4)}$ 右侧")
        else:
            pieces.append(f"${fmt(lo, 4)} < {q.letter} < {fmt(hi, 4)}$" if not zh else f"${fmt(lo, 4)}$ 到 ${fmt(hi, 4)}$")
    return (" 和 " if zh else " and ").join(pieces)


def _solved_tex(q: Question, e: Event) -> str:
    lo, hi = e.parts[0]
    side = "<" if lo == -_INF else ">"
    return rf"P({q.letter} {side} a) = {e.target} \Rightarrow a \approx {e.solved}"


@check("normal_probability")
def _check(f):
    q: Question = f["normal"]
    mu, sigma = q.mu, q.sigma
    lo, hi = fmt(mu - 2 * sigma, 4), fmt(mu + 2 * sigma, 4)
    return (f"For $N({fmt(mu, 4)}, {fmt(sigma, 4)}^2)$, what is $P({q.letter} > {hi})$, and why is it not $0.0455$?",
            f"对 $N({fmt(mu, 4)}, {fmt(sigma, 4)}^2)$，$P({q.letter} > {hi})$ 是多少？为什么不是 $0.0455$？",
            f"${hi}$ is $\\mu + 2\\sigma$, so $P = 1 - \\Phi(2) \\approx 0.0228$: the $0.0455$ outside $[{lo}, {hi}]$ is split "
            "equally between the two tails.",
            f"${hi}$ 是 $\\mu + 2\\sigma$，所以 $P = 1 - \\Phi(2) \\approx 0.0228$：$[{lo}, {hi}]$ 之外的 $0.0455$ 平分在两侧尾部。")
