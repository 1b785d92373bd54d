"""confidence_interval: the author's sample, its sampling distribution centred at x̄ (or p̂), the central
area 1 - alpha between the critical values, and the interval x̄ ± z·σ/√n as a bracket on the axis.

The statistics exam question "find the 95% confidence interval for mu (or p)" (盛骤《概率论与数理统计》
7.4-7.5; Wackerly, *Mathematical Statistics with Applications*, 8.5-8.8; AP Statistics): sigma known
(also read from ``X ~ N(mu, 0.09)``, the variance) gives a z-interval, a sample standard deviation s a
Student t-interval with n - 1 degrees of freedom, a count of successes x out of n the large-sample
(Wald) interval for a proportion.  Critical values come from scipy.stats.  Every value the author
states (the interval, x̄ ± E, the critical value, the margin) is checked to the author's printed digits;
a false one, a missing number, a test of a hypothesis, or another interval (a variance, a difference of
two means, a one-sided bound) is not met: the block gets the walkthrough.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..notes import check
from .common import Ctx, fmt, math_mob, text_mob, tick

PRIORITY = 25
TITLE = ("A Confidence Interval", "置信区间")
WHAT = ("A confidence interval for a mean: the sample mean $\\bar x$ varies from sample to sample with standard error "
        "$\\sigma/\\sqrt n$; the central $1-\\alpha$ of that sampling distribution lies within $z_{\\alpha/2}$ standard errors, so "
        "$\\bar x \\pm z_{\\alpha/2}\\,\\sigma/\\sqrt n$ catches $\\mu$ in a fraction $1-\\alpha$ of all samples (with $s$ in place of "
        "$\\sigma$, Student's $t_{\\alpha/2}(n-1)$; for a proportion, $\\hat p \\pm z_{\\alpha/2}\\sqrt{\\hat p(1-\\hat p)/n}$).",
        "均值的置信区间：样本均值 $\\bar x$ 随样本而变，标准误为 $\\sigma/\\sqrt n$；抽样分布中间 $1-\\alpha$ 的部分落在 $z_{\\alpha/2}$ "
        "个标准误之内，所以 $\\bar x \\pm z_{\\alpha/2}\\,\\sigma/\\sqrt n$ 在比例为 $1-\\alpha$ 的样本中覆盖 $\\mu$（$\\sigma$ 未知时用 $s$ 和 "
        "$t_{\\alpha/2}(n-1)$；比例的区间为 $\\hat p \\pm z_{\\alpha/2}\\sqrt{\\hat p(1-\\hat p)/n}$）。")


def evidence(info) -> int | None:
    from ..integral_readers import asks

    return asks(info, "a confidence interval")


_NUM = r"\d+(?:\.\d+)?"
_SNUM = r"-?\d+(?:\.\d+)?"


# Another question with the same words: a test, a sample size to find, an interval for a variance, two
# samples, a one-sided bound, a prediction or tolerance interval, a bootstrap.
_OTHER = re.compile(
    r"hypothes|\bH_?\{?[01]\}?\b|H_\{?[01a]|\breject|p-?value|significan|检验|拒绝|原假设|备择假设|显著性|"
    r"\bhow (?:large|many|big)|sample size (?:is )?(?:needed|required|necessary)|需要.{0,12}(?:多少|多大)|至少.{0,8}(?:样本|容量|抽取|取多少)|"
    r"interval (?:for|of) (?:the )?(?:population )?(?:variance|standard deviation|ratio)|\\sigma\s*\^\s*\{?2\}?\s*(?:的|\s)*置信区间|"
    r"方差的|标准差的|方差比|\\chi|chi-?square|卡方|"
    r"difference|two (?:independent )?samples|two populations|\\mu_\{?[12]\}?\s*-\s*\\mu|p_\{?1\}?\s*-\s*p|两个(?:正态)?总体|两(?:个)?样本|之差|"
    r"one-sided|upper (?:confidence )?(?:bound|limit)|lower (?:confidence )?(?:bound|limit)|单侧|置信上限|置信下限|"
    r"prediction interval|tolerance interval|预测区间|bootstrap|自助|regression|回归|slope|斜率",
    re.I)

_QUESTION = r"confidence\s+interval|\bCI\b|interval\s+estimat|[tz][- ]interval|置信区间|区间估计|\d\s*%\s*-?\s*(?:intervals?\b|区间)"


def _flat(info) -> str:
    """The concept as one line of text and TeX: ``$`` gone, ``\\%`` as ``%``, spacing commands as spaces."""
    text = info.concept.replace("\\%", "%").replace("％", "%").replace("$", " ")
    text = re.sub(r"\\(?:left|right|big|Big|displaystyle)(?![A-Za-z])", "", text)
    text = re.sub(r"\\(?:text|mathrm|operatorname|textrm)\s*\{([^{}]*)\}", r" \1 ", text)
    text = re.sub(r"\\[,;!: ]|~|\\quad|\\qquad", " ", text)
    text = re.sub(r"(\d)\{,\}(\d)", r"\1.\2", text)
    text = re.sub(r"(\d)\s*(?:percent|per\s+cent)\b", r"\1%", text, flags=re.I)
    return re.sub(r"\s+", " ", text)


def _one(values: list[float]) -> float | None | bool:
    """The one value read (None when none, False when the block gives two different ones)."""
    distinct = sorted({round(v, 9) for v in values})
    return distinct[0] if len(distinct) == 1 else (None if not distinct else False)


def _level(text: str) -> list[float]:
    found = []
    for m in re.finditer(rf"(?:confidence\s+(?:level|coefficient)|level\s+of\s+confidence|置信水平|置信度|置信系数)\s*(?:of|is|=|为|是|取|:|：|\s)*\s*(?:1\s*-\s*\\alpha\s*=\s*)?({_NUM})\s*(%)?", text, re.I):
        found.append(float(m[1]) / (100 if m[2] or float(m[1]) > 1 else 1))
    for m in re.finditer(rf"1\s*-\s*\\alpha\s*=\s*({_NUM})\s*(%)?", text):
        found.append(float(m[1]) / (100 if m[2] or float(m[1]) > 1 else 1))
    for m in re.finditer(rf"(?<![\w.])(?<!-)(?<!- )\\alpha\s*=\s*(0\.\d+)", text):
        found.append(1 - float(m[1]))
    for m in re.finditer(rf"({_NUM})\s*%\s*(?:-|\s|的|双侧)*(?:confidence|CI\b|置信|[tz][- ]?interval|interval|区间)", text, re.I):
        found.append(float(m[1]) / 100)
    for m in re.finditer(rf"({_NUM})\s*%\s*(?:and|or|,|，|、|和|与|及|vs\.?|versus)\s*(?:the\s+)?({_NUM})\s*%", text, re.I):
        found += [float(m[1]) / 100, float(m[2]) / 100]  # two levels compared: not one interval
    return found


_WHO = r"(?:people|adults|voters|students|customers|residents|patients|respondents|items|parts|bulbs|households|children|users|products|components)"


def _sizes(text: str) -> list[float]:
    pats = (r"(?<![A-Za-z\\_{])n\s*=\s*(\d+)(?!\.?\d)",
            r"sample\s+(?:of\s+size|size\s*(?:of|is|=|was)?)\s*(?:n\s*=\s*)?(\d+)(?!\.?\d)",
            r"(?:random\s+)?sample\s+of\s+(\d+)(?!\.?\d)",
            rf"(?:poll|survey)(?:ed)?\s+of\s+(\d+)(?!\.?\d)", rf"(?:surveyed|polled|sampled|asked|selected|tested)\s+(\d+)\s+{_WHO}",
            r"(?<![\d.])(\d+)\s+" + _WHO + r"\s+(?:were\s+)?(?:surveyed|polled|sampled|asked|selected|tested)",
            r"样本容量\s*(?:为|是|n\s*=)?\s*(\d+)", r"容量\s*(?:为|是)\s*(\d+)",
            r"(?:随机)?(?:抽取|抽查|抽出|调查|测得|测量|检查|选取|抽测|访问|询问|观测|测试|检验了?)了?\s*(\d+)\s*(?:个|件|只|名|人|次|位|块|根|袋|瓶|户|株|盒|台|天|组|支|包)")
    out = [float(m[1]) for p in pats for m in re.finditer(p, text, re.I)]
    out += [float(n) for _x, n in _counts(text)]
    return out


def _counts(text: str) -> list[tuple[float, float]]:
    """(successes, trials) pairs: "540 of 900", "540 out of the 900", "900 人中有 540 人", p̂ = 540/900."""
    out = [(float(a), float(b)) for a, b in re.findall(r"(?<![\d.])(\d+)\s+(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?(\d+)(?!\.?\d)", text, re.I)]
    out += [(float(b), float(a)) for a, b in re.findall(r"(?<![\d.])(\d+)\s*(?:个|件|只|名|人|位|户)?[^，。,;；\d]{0,8}中\s*(?:有|共有)?\s*(\d+)(?!\.?\d)", text)]
    out += [(float(a), float(b)) for a, b in re.findall(r"\\hat\s*\{?p\}?\s*=\s*\\frac\s*\{(\d+)\}\s*\{(\d+)\}", text)]
    out += [(float(a), float(b)) for a, b in re.findall(r"\\hat\s*\{?p\}?\s*=\s*(\d+)\s*/\s*(\d+)", text)]
    sizes = {float(v) for v in re.findall(r"(?:调查|抽取|抽查|随机抽取|询问)了?\s*(\d+)\s*(?:名|人|个|件|位|户)", text)}
    if len(sizes) == 1:  # 调查了 400 名学生，其中 160 人近视
        out += [(float(x), next(iter(sizes))) for x in re.findall(r"其中\s*(?:有)?\s*(\d+)(?!\.?\d)", text)]
    return [(x, n) for x, n in out if 0 < x < n]


def _data(text: str) -> list[float] | None:
    """The author's observations, when the block lists them (at least 4: ``6.0, 5.7, 5.8, 6.5``, or spaced)."""
    runs = re.findall(rf"(?<![\d.\w])(?:{_SNUM}(?:\s*[,，、;]\s*|\s+)){{3,}}{_SNUM}(?![\d.%])", text)
    best = max((re.findall(_SNUM, r) for r in runs), key=len, default=[])
    return [float(v) for v in best] if len(best) >= 4 else None


def _means(text: str) -> list[float]:
    pats = (rf"(?:\\bar|\\overline)\s*\{{?\s*[xX]\s*\}}?\s*=\s*({_SNUM})",
            rf"(?<!population )(?<!true )(?<!populations )\bmean\s+(?:[A-Z]{{2,}}\s+|[a-z]+\s+(?=of|is|was)|)(?:of\s+|is\s+|was\s+|=\s*|:\s*)?({_SNUM})(?!\.?\d)",
            rf"(?:样本)?(?:均值|平均值|平均数)\s*(?:为|是|=|：|:)?\s*({_SNUM})",
            rf"平均[^\d，。,;；]{{0,6}}?(?:为|是)\s*({_SNUM})")
    return [float(m[1]) for p in pats for m in re.finditer(p, text, re.I)]


def _sigmas(text: str) -> list[float]:
    """Known population standard deviations (a variance read as its square root)."""
    out = [float(v) for v in re.findall(rf"(?<![A-Za-z])\\sigma\s*=\s*({_NUM})", text)]
    out += [math.sqrt(float(v)) for v in re.findall(rf"\\sigma\s*\^\s*\{{?2\}}?\s*=\s*({_NUM})", text)]
    for mu, var, sq in re.findall(rf"N\s*\(\s*(\\mu|μ|a)\s*,\s*({_NUM})(\s*\^\s*\{{?2\}}?)?\s*\)", text):
        out.append(float(var) if sq else math.sqrt(float(var)))
    out += [float(v) for v in re.findall(rf"normal(?:ly)?\s+(?:distributed\s+)?with\s+(?:a\s+)?(?:(?:population\s+)?standard\s+deviation|s\.?d\.?)\s+(?:of\s+)?({_NUM})", text, re.I)]
    out += [float(v) for v in re.findall(rf"(?:population|known)\s+standard\s+deviation\s+(?:of\s+|is\s+|=\s*)?({_NUM})", text, re.I)]
    out += [float(v) for v in re.findall(rf"(?:总体|已知)\s*(?:的)?\s*标准差\s*(?:为|是|=)?\s*({_NUM})", text)]
    out += [math.sqrt(float(v)) for v in re.findall(rf"(?:总体|已知)\s*(?:的)?\s*方差\s*(?:为|是|=)?\s*({_NUM})", text)]
    return out


def _ss(text: str) -> list[float]:
    """Sample standard deviations s (a sample variance read as its square root)."""
    out = [float(v) for v in re.findall(rf"(?<![A-Za-z\\_{{])s\s*=\s*({_NUM})", text)]
    out += [math.sqrt(float(v)) for v in re.findall(rf"(?<![A-Za-z\\_{{])s\s*\^\s*\{{?2\}}?\s*=\s*({_NUM})", text)]
    out += [float(v) for v in re.findall(rf"sample\s+standard\s+deviation\s+(?:of\s+|is\s+|was\s+|=\s*)?({_NUM})", text, re.I)]
    # "a sample of 64 ... has mean 33 and standard deviation 16": a sample's, when nothing says population
    if re.search(r"\bsample\b", text, re.I) and not re.search(r"population|known|normal(?:ly)?\s+(?:distributed\s+)?with", text, re.I):
        out += [float(v) for v in re.findall(rf"(?<!sample )standard\s+deviation\s+(?:of\s+|is\s+|was\s+|=\s*)?({_NUM})", text, re.I)]
    out += [float(v) for v in re.findall(rf"样本标准差\s*(?:为|是|=)?\s*({_NUM})", text)]
    out += [math.sqrt(float(v)) for v in re.findall(rf"样本方差\s*(?:为|是|=)?\s*({_NUM})", text)]
    return out


@dataclass
class Stated:
    """What the block states, to check: the interval, x̄ ± E, the critical value, the margin."""

    intervals: list[tuple[str, str]] = field(default_factory=list)
    pm: list[tuple[str, str, bool]] = field(default_factory=list)  # (centre, after ±, the number after ± multiplies)
    crits: list[str] = field(default_factory=list)
    margins: list[str] = field(default_factory=list)


def _stated(text: str) -> Stated:
    s = Stated()
    for m in re.finditer(rf"(?<![A-Za-z\\])[\(\[]\s*({_SNUM})\s*(%)?\s*,\s*({_SNUM})\s*(%)?\s*[\)\]]", text):
        a, b = m[1], m[3]
        if m[2] or m[4]:
            a, b = f"{float(a) / 100:.{_digits(a) + 2}f}", f"{float(b) / 100:.{_digits(b) + 2}f}"
        s.intervals.append((a, b))
    for m in re.finditer(rf"({_SNUM})\s*(?:<|\\le|\\leq|\\leqslant|≤)\s*(?:\\mu|μ|p)\s*(?:<|\\le|\\leq|\\leqslant|≤)\s*({_SNUM})", text):
        s.intervals.append((m[1], m[2]))
    for m in re.finditer(rf"(?:between|from)\s+({_SNUM})\s+(?:and|to)\s+({_SNUM})", text, re.I):
        s.intervals.append((m[1], m[2]))
    for m in re.finditer(rf"({_SNUM})\s*(?:\\pm|±)\s*({_NUM})\s*(\\times|\\cdot|×|\*|\\frac|\\sqrt|\()?", text):
        s.pm.append((m[1], m[2], bool(m[3])))
    for m in re.finditer(rf"(?<![A-Za-z\\])[zut]\s*_\s*(?:\{{[^{{}}]{{0,25}}\}}|[\d.]+|\\alpha|\\frac\{{\\alpha\}}\{{2\}})\s*(?:\(\s*\d+\s*\))?\s*(?:=|\\approx|≈)\s*({_NUM})", text):
        s.crits.append(m[1])
    for m in re.finditer(rf"(?:\\bar\s*\{{?\s*[xX]\s*\}}?|\\overline\s*\{{?\s*[xX]\s*\}}?|\\hat\s*\{{?p\}}?)\s*(?:\\pm|±)\s*({_NUM})\s*(?:\\times|\\cdot|×|\*|\\frac|\\sqrt|\()", text):
        s.crits.append(m[1])  # x̄ ± 1.96 σ/√n: the critical value the author uses
    for m in re.finditer(rf"(?:critical value|临界值|分位数|分位点)\s*(?:is|of|=|为|是|:)?\s*({_NUM})", text, re.I):
        s.crits.append(m[1])
    for m in re.finditer(rf"(?:margin of error|误差限|边际误差|允许误差|(?<![A-Za-z\\])(?:E|ME))\s*(?:is|of|=|为|是|:|\\approx|≈)?\s*(?:about\s+|约\s*)?({_NUM})", text, re.I):
        s.margins.append(m[1])
    return s


def _digits(printed: str) -> int:
    return len(printed.split(".")[1]) if "." in printed else 0


def _near(printed: str, value: float, slack: float) -> bool:
    """``printed`` is ``value`` to the author's digits (half a unit of the last digit, plus ``slack``)."""
    return abs(float(printed) - value) <= 0.5 * 10 ** -_digits(printed) + slack + 1e-12


@dataclass
class Interval:
    kind: str  # "z" (sigma known), "t" (s, Student t), "zs" (s with z, a large sample), "prop"
    n: int
    centre: float  # x̄ or p̂
    spread: float  # sigma, s, or sqrt(p̂(1 - p̂))
    level: float
    count: float | None = None  # successes, for a proportion
    variance: bool = False  # sigma was read from a variance (N(mu, 0.09), sigma^2 = ...)
    level_from_crit: bool = False  # the level was read from the author's critical value (1.96: 95%)
    from_data: bool = False  # x̄ (and s) computed from the observations the block lists
    checked: list[str] = field(default_factory=list)

    @property
    def alpha(self) -> float:
        return 1 - self.level

    @property
    def df(self) -> int:
        return self.n - 1

    @property
    def crit(self) -> float:
        from scipy import stats

        q = 1 - self.alpha / 2
        return float(stats.t.ppf(q, self.df)) if self.kind == "t" else float(stats.norm.ppf(q))

    @property
    def se(self) -> float:
        return self.spread / math.sqrt(self.n)

    @property
    def margin(self) -> float:
        return self.crit * self.se

    @property
    def lo(self) -> float:
        return self.centre - self.margin

    @property
    def hi(self) -> float:
        return self.centre + self.margin


_STANDARD_Z = {0.90: 1.645, 0.95: 1.96, 0.98: 2.326, 0.99: 2.576}


def read(info) -> Interval | None:
    """The author's interval, every stated value true; None when the block is another question, leaves
    a number out, gives two different values of one, or states something false."""
    text = _flat(info)
    if not re.search(_QUESTION, text, re.I) or _OTHER.search(info.concept):
        return None
    stated = _stated(text)
    levels, n = _one(_level(text)), _one(_sizes(text))
    mean, sigma, s = _one(_means(text)), _one(_sigmas(text)), _one(_ss(text))
    counts = list(dict.fromkeys(_counts(text)))
    if False in (levels, n, mean, sigma, s):
        return None
    data = _data(text) if mean is None and not counts else None
    if data is not None:  # the sample itself: its mean, and its standard deviation s (n - 1 in the divisor)
        if n is not None and len(data) != n:
            return None
        n = len(data)
        mean = sum(data) / n
        if not sigma:
            s = math.sqrt(sum((v - mean) ** 2 for v in data) / (n - 1))
    if not n or not float(n).is_integer() or not 2 <= n <= 100000:
        return None
    n = int(n)
    level_from_crit = False
    if levels is None:  # the level may be said by a standard critical value the author writes (1.96: 95%)
        guess = [lv for c in stated.crits + [b for _a, b, times in stated.pm if times] for lv, z in _STANDARD_Z.items()
                 if _near(c, z, 0.002)]
        levels = _one(guess)
        level_from_crit = True
        if not levels:
            return None
    if not 0.5 <= levels < 0.9995:
        return None
    phat = [float(v) for v in re.findall(rf"\\hat\s*\{{?p\}}?\s*=\s*(0\.\d+)(?![\d/])", text)]
    proportion = re.search(r"proportion|比例|比率|poll|survey|percent|支持率|合格率|次品率|正品率|近视率|\\hat\s*\{?p", text, re.I)
    candidates: list[Interval] = []
    common = dict(level=levels, level_from_crit=level_from_crit)
    if mean is not None:
        if sigma:
            variance = bool(re.search(r"N\s*\(\s*(?:\\mu|μ|a)\s*,\s*[\d.]+\s*\)|\\sigma\s*\^\s*\{?2\}?\s*=|方差", text)) and \
                not re.search(r"(?<![A-Za-z])\\sigma\s*=", text)
            candidates.append(Interval("z", n, mean, sigma, variance=variance, **common))
        elif s:
            candidates.append(Interval("t", n, mean, s, **common))
            if n >= 30:  # a large sample: some books use z with s
                candidates.append(Interval("zs", n, mean, s, **common))
    elif proportion and not sigma and not s:
        if len(counts) == 1 and counts[0][1] == n:
            x = counts[0][0]
        elif len(counts) == 0 and len(set(phat)) == 1 and 0 < phat[0] < 1:
            x = phat[0] * n
        else:
            return None
        p = x / n
        if min(x, n - x) < 5:  # the normal approximation needs at least 5 successes and failures
            return None
        candidates.append(Interval("prop", n, p, math.sqrt(p * (1 - p)), count=x, **common))
    fits = []
    for c in candidates:
        c.from_data = data is not None
        if c.spread > 0 and _agrees(c, stated):
            fits.append(c)
    # t or z with s (a large sample): the one the author's stated values fit more closely
    return min(fits, key=lambda c: _error(c, stated), default=None)


def _error(c: Interval, s: Stated) -> float:
    return (sum(abs(float(a) - c.lo) + abs(float(b) - c.hi) for a, b in s.intervals)
            + sum(abs(float(v) - c.crit) for v in s.crits) + sum(abs(float(v) - c.margin) for v in s.margins))


def _agrees(c: Interval, s: Stated) -> bool:
    checked = []
    slack = 0.006 * c.margin  # the author rounds z, t and the standard error before multiplying
    for a, b in s.intervals:
        if not (_near(a, c.lo, slack) and _near(b, c.hi, slack)):
            return False
        checked.append(f"({a}, {b})")
    for centre, after, times in s.pm:
        if not _near(centre, c.centre, 1e-9):
            return False
        if not (_near(after, c.crit, 0.003) if times else _near(after, c.margin, slack)):
            return False
        checked.append(f"{centre} \\pm {after}")
    for v in s.crits:
        if not _near(v, c.crit, 0.003):
            return False
        checked.append(v)
    for v in s.margins:
        if not _near(v, c.margin, slack):
            return False
        checked.append(f"E = {v}")
    c.checked = checked
    return True


def needs(info) -> Interval | None:
    return read(info)


def _places(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9))


def _g(v: float, d: int = 4) -> str:
    """A number to ``d`` significant digits past the decimal point (at least 2 places)."""
    return fmt(v, d)


def build(ctx: Ctx) -> None:
    c = read(ctx.info)
    assert c is not None, "needs() refuses blocks it cannot read"
    w = ctx.w
    pct = fmt(c.level * 100, 2)
    half = fmt(c.alpha / 2, 4)
    prop = c.kind == "prop"
    t = c.kind == "t"
    # decimals: two past the centre's own, at least 3, for the margin and the endpoints
    d = max(3, min(6, (_places(c.se) if c.se < 1 else 0) + 2))
    crit_name = rf"t_{{{half}}}({c.df})" if t else rf"z_{{{half}}}"
    crit = fmt(c.crit, 4 if t else 3) if not (not t and abs(c.crit - round(c.crit, 2)) < 5e-4) else fmt(round(c.crit, 2), 2)
    centre_name = r"\hat p" if prop else r"\bar x"
    spread_name = "s" if c.kind in ("t", "zs") else r"\sigma"
    se_tex = (rf"\sqrt{{\frac{{\hat p(1-\hat p)}}{{n}}}}" if prop else rf"\frac{{{spread_name}}}{{\sqrt{{n}}}}")
    se_num = (rf"\sqrt{{\frac{{{fmt(c.centre, 4)}\times{fmt(1 - c.centre, 4)}}}{{{c.n}}}}}" if prop
              else rf"\frac{{{fmt(c.spread, 4)}}}{{\sqrt{{{c.n}}}}}")
    ctx.facts.update(ci=c)
    param = "p" if prop else "\\mu"
    param_en = "the proportion $p$" if prop else "the mean $\\mu$"
    param_zh = "比例 $p$" if prop else "均值 $\\mu$"

    # -- beat 1: the data
    if prop:
        data = ctx.L(f"$n = {c.n}$ and ${fmt(c.count, 4)}$ successes, so $\\hat p = {fmt(c.count, 4)}/{c.n} = {fmt(c.centre, 4)}$",
                     f"$n = {c.n}$，其中 ${fmt(c.count, 4)}$ 个“成功”，所以 $\\hat p = {fmt(c.count, 4)}/{c.n} = {fmt(c.centre, 4)}$")
    else:
        sd = (ctx.L(f"the known $\\sigma = {fmt(c.spread, 4)}$" + (f" (the variance is ${fmt(c.spread ** 2, 4)}$)" if c.variance else ""),
                    f"已知 $\\sigma = {fmt(c.spread, 4)}$" + (f"（方差为 ${fmt(c.spread ** 2, 4)}$）" if c.variance else ""))
              if c.kind == "z" else ctx.L(f"the sample standard deviation $s = {fmt(c.spread, 4)}$ ($\\sigma$ unknown)",
                                          f"样本标准差 $s = {fmt(c.spread, 4)}$（$\\sigma$ 未知）"))
        data = ctx.L(f"$n = {c.n}$, $\\bar x = {fmt(c.centre, 4)}$ and {sd}", f"$n = {c.n}$，$\\bar x = {fmt(c.centre, 4)}$，{sd}")
        if c.from_data:
            data = ctx.L(f"the {c.n} observations: their mean $\\bar x = {fmt(c.centre, 4)}$ and ", f"这 {c.n} 个观测值：均值 $\\bar x = {fmt(c.centre, 4)}$，") + \
                (sd if c.kind == "z" else ctx.L(f"standard deviation $s = {fmt(c.spread, 4)}$ ($\\sigma$ unknown)",
                                               f"样本标准差 $s = {fmt(c.spread, 4)}$（$\\sigma$ 未知）"))
    level_words = (ctx.L(f" (${crit}$ is the critical value of a {pct}% interval)", f"（${crit}$ 是 {pct}% 区间的临界值）")
                   if c.level_from_crit else "")
    w.beat(ctx.title, ctx.L(f"A {pct}% confidence interval for {param_en} from {data}{level_words}.",
                            f"由 {data}，求{param_zh}的 {pct}% 置信区间{level_words}。"))
    w.title(ctx.title)
    own = ctx.formula if ctx.formula and len(ctx.formula) < 80 and re.search(r"\\pm|\\sqrt|\\frac", ctx.formula) else None
    general = rf"{centre_name} \pm {crit_name}\,{se_tex}"
    w.code(f"formula = {math_mob(own or general, 38)}.next_to(title, DOWN, buff=0.2)")
    w.fit("formula", 12, 1.1)
    w.play("Write(title), FadeIn(formula, shift=DOWN * 0.2)", 1.4)

    # -- beat 2: the sampling distribution, centred at the author's x̄
    se = c.se
    span = 4.6 * se
    step = tick(2 * span, 7)
    x0 = math.floor((c.centre - span) / step) * step
    x1 = math.ceil((c.centre + span) / step) * step
    places = _places(step)
    if t:
        from scipy import stats

        const = math.exp(math.lgamma((c.df + 1) / 2) - math.lgamma(c.df / 2)) / math.sqrt(c.df * math.pi)
        pdf_code = (f"lambda x: {fmt(const, 8)} * (1 + ((x - {fmt(c.centre, 8)}) / {fmt(se, 8)}) ** 2 / {c.df}) ** "
                    f"(-{fmt((c.df + 1) / 2, 3)}) / {fmt(se, 8)}")
        peak = float(stats.t.pdf(0, c.df)) / se
    else:
        pdf_code = f"lambda x: np.exp(-((x - {fmt(c.centre, 8)}) / {fmt(se, 8)}) ** 2 / 2) / ({fmt(se, 8)} * np.sqrt(2 * PI))"
        peak = 1 / (se * math.sqrt(2 * math.pi))
    top = peak * 1.12
    w.code(
        f"axes = Axes(x_range=[{fmt(x0, 8)}, {fmt(x1, 8)}, {fmt(step, 8)}], y_range=[0, {fmt(top, 6)}, {fmt(top, 6)}],",
        "            x_length=11, y_length=2.9, tips=False, axis_config={\"color\": GREY_B},",
        f"            x_axis_config={{\"include_numbers\": True, \"font_size\": 22, \"numbers_to_exclude\": [],",
        f"                           \"decimal_number_config\": {{\"num_decimal_places\": {places}}}}})",
        "axes.move_to(DOWN * 1.2)",
        "axes.y_axis.set_opacity(0)",
        f"pdf = {pdf_code}",
        f"curve = axes.plot(pdf, x_range=[{fmt(x0, 8)}, {fmt(x1, 8)}, {fmt((x1 - x0) / 300, 8)}], color=BLUE, stroke_width=4)",
        f"centre_line = DashedLine(axes.c2p({fmt(c.centre, 8)}, 0), axes.c2p({fmt(c.centre, 8)}, pdf({fmt(c.centre, 8)})), color=WHITE)",
        f"centre_label = {math_mob(f'{centre_name} = {fmt(c.centre, 4)}', 30)}.next_to(axes.c2p({fmt(c.centre, 8)}, pdf({fmt(c.centre, 8)})), RIGHT, buff=0.25).shift(UP * 0.12)",
    )
    if prop:
        shape = ctx.L(f"$\\hat p$ varies from poll to poll, about normally with standard error "
                      f"$\\sqrt{{\\hat p(1-\\hat p)/n}} = {fmt(se, d)}$.",
                      f"$\\hat p$ 随样本而变，近似服从正态分布，标准误 $\\sqrt{{\\hat p(1-\\hat p)/n}} = {fmt(se, d)}$。")
    elif t:
        shape = ctx.L(f"With $s$ in place of $\\sigma$, $(\\bar x - \\mu)/(s/\\sqrt n)$ follows Student's $t$ with $n - 1 = {c.df}$ "
                      f"degrees of freedom; the standard error is $s/\\sqrt n = {fmt(se, d)}$.",
                      f"用 $s$ 代替 $\\sigma$，$(\\bar x - \\mu)/(s/\\sqrt n)$ 服从自由度 $n - 1 = {c.df}$ 的 $t$ 分布；标准误 $s/\\sqrt n = {fmt(se, d)}$。")
    else:
        sname = "s" if c.kind == "zs" else "\\sigma"
        shape = ctx.L(f"$\\bar x$ varies from sample to sample, normally with standard error ${sname}/\\sqrt n = {fmt(se, d)}$"
                      + (f" (a large sample, $n = {c.n}$: $z$ with $s$)" if c.kind == "zs" else "") + ".",
                      f"$\\bar x$ 随样本而变，服从正态分布，标准误 ${sname}/\\sqrt n = {fmt(se, d)}$"
                      + (f"（大样本 $n = {c.n}$，用 $s$ 和 $z$）" if c.kind == "zs" else "") + "。")
    w.beat(ctx.L("The sampling distribution", "抽样分布"),
           shape + ctx.L(f" We do not know ${param}$, so the curve is centred at our ${centre_name} = {fmt(c.centre, 4)}$: "
                         "the interval is built around it.",
                         f"我们不知道 ${param}$，所以把曲线放在样本的 ${centre_name} = {fmt(c.centre, 4)}$ 处：区间就是围绕它构造的。"))
    w.play("Create(axes), Create(curve)", 1.6)
    w.play("Create(centre_line), Write(centre_label)", 1)
    w.wait(0.3)

    # -- beat 3: the central area and the tails
    lo, hi = c.lo, c.hi
    crit_se = crit + r"\,\mathrm{SE}"
    mid_tex, tail_tex = f"1 - \\alpha = {fmt(c.level, 4)}", f"\\alpha/2 = {half}"
    w.code(
        f"lo, hi = {fmt(lo, 8)}, {fmt(hi, 8)}",
        f"middle = axes.get_area(curve, x_range=[lo, hi], color=BLUE, opacity=0.45)",
        f"tails = VGroup(axes.get_area(curve, x_range=[{fmt(x0, 8)}, lo], color=RED, opacity=0.7),",
        f"               axes.get_area(curve, x_range=[hi, {fmt(x1, 8)}], color=RED, opacity=0.7))",
        f"mid_label = {math_mob(mid_tex, 28)}.move_to(axes.c2p({fmt(c.centre, 8)}, {fmt(peak * 0.3, 6)}))"
        ".add_background_rectangle(color='#1f3f4f', opacity=0.9, buff=0.05)",
        f"tail_labels = VGroup(*[{math_mob(tail_tex, 24, 'RED_B')}.move_to(axes.c2p(x, {fmt(peak * 0.5, 6)}))",
        f"                      for x in ({fmt(max(lo - 1.9 * se, c.centre - 3.9 * se), 8)}, {fmt(min(hi + 1.9 * se, c.centre + 3.9 * se), 8)})])",
        f"tail_arrows = VGroup(*[Line(label.get_bottom() + DOWN * 0.05, axes.c2p(x, pdf(x) * 0.45), color=RED_B, stroke_width=2)",
        f"                       for label, x in zip(tail_labels, ({fmt(lo - 0.25 * se, 8)}, {fmt(hi + 0.25 * se, 8)}))])",
        "marks = VGroup(*[DashedLine(axes.c2p(x, 0), axes.c2p(x, pdf(x)), color=YELLOW) for x in (lo, hi)])",
        f"mark_labels = VGroup({math_mob('-' + crit_se, 26, 'YELLOW')}.next_to(axes.c2p(lo, 0), UR, buff=0.1),",
        f"                     {math_mob('+' + crit_se, 26, 'YELLOW')}.next_to(axes.c2p(hi, 0), UL, buff=0.1))",
    )
    dist_word = ctx.L(f"Student's $t$ with {c.df} degrees of freedom" if t else "the standard normal",
                      f"自由度为 {c.df} 的 $t$ 分布" if t else "标准正态分布")
    w.beat(ctx.L("The middle {0}%".format(pct), "中间的 {0}%".format(pct)),
           ctx.L(f"The middle ${fmt(c.level, 4)}$ of the area lies within ${crit_name} = {crit}$ standard errors of the centre "
                 f"(the quantile of {dist_word}); each tail holds $\\alpha/2 = {half}$.",
                 f"中间面积 ${fmt(c.level, 4)}$ 落在中心两侧 ${crit_name} = {crit}$ 个标准误之内（{dist_word}的分位数）；两侧尾部各占 $\\alpha/2 = {half}$。"))
    w.play("FadeIn(middle), FadeIn(tails), Write(mid_label), FadeIn(tail_labels), Create(tail_arrows)", 1.6)
    w.play("Create(marks), Write(mark_labels)", 1.2)
    w.wait(0.6)

    # -- beat 4: the margin
    e_line = rf"E = {crit_name}\,{se_tex} = {crit} \times {se_num} = {fmt(c.margin, d)}"
    w.code(f"margin = {math_mob(e_line, 32)}.next_to(formula, DOWN, buff=0.2)")
    w.fit("margin", 12.5, 0.75)
    w.beat(ctx.L("The margin of error", "误差限"),
           ctx.L(f"The margin is the critical value times the standard error: $E = {crit} \\times {fmt(se, d)} = {fmt(c.margin, d)}$.",
                 f"误差限等于临界值乘以标准误：$E = {crit} \\times {fmt(se, d)} = {fmt(c.margin, d)}$。"))
    w.play("Write(margin)", 1.6)
    w.wait(0.6)

    # -- beat 5: the interval as a bracket on the axis
    lo_s, hi_s = fmt(lo, d), fmt(hi, d)
    ci_line = rf"{centre_name} \pm E = {fmt(c.centre, 4)} \pm {fmt(c.margin, d)} = ({lo_s},\ {hi_s})"
    w.code(
        f"interval = {math_mob(ci_line, 32, 'YELLOW')}.next_to(margin, DOWN, buff=0.15)",
        "if interval.width > 12.5:",
        "    interval.scale_to_fit_width(12.5)",
        "y_b = axes.c2p(lo, 0)[1] - 0.72",
        "bracket = VGroup(Line([axes.c2p(lo, 0)[0], y_b, 0], [axes.c2p(hi, 0)[0], y_b, 0], color=YELLOW, stroke_width=7),",
        "                 *[Line([axes.c2p(x, 0)[0], y_b - 0.14, 0], [axes.c2p(x, 0)[0], y_b + 0.14, 0], color=YELLOW, stroke_width=7)",
        "                   for x in (lo, hi)])",
        f"ends = VGroup({math_mob(lo_s, 28, 'YELLOW')}.next_to([axes.c2p(lo, 0)[0], y_b, 0], DOWN, buff=0.16),",
        f"              {math_mob(hi_s, 28, 'YELLOW')}.next_to([axes.c2p(hi, 0)[0], y_b, 0], DOWN, buff=0.16))",
    )
    where = ctx.L("the proportion $p$" if prop else "$\\mu$", "比例 $p$" if prop else "$\\mu$")
    agrees = (ctx.L(f" It agrees with the block's ${', '.join(c.checked)}$.", f"与题中的 ${'，'.join(c.checked)}$ 一致。")
              if c.checked else "")
    w.beat(ctx.L("The interval", "置信区间"),
           ctx.L(f"${centre_name} \\pm E$ gives the interval $({lo_s}, {hi_s})$: intervals built this way catch {where} "
                 f"in {pct}% of samples.{agrees}",
                 f"${centre_name} \\pm E$ 得到区间 $({lo_s}, {hi_s})$：这样构造的区间在 {pct}% 的样本中包含{where}。{agrees}"))
    w.play("Write(interval)", 1.4)
    w.play("GrowFromCenter(bracket), FadeIn(ends)", 1.4)
    w.play("Indicate(bracket, color=WHITE)", 1)
    w.wait(0.4)
    _repeat(ctx, c, pct, param, centre_name)
    reading = probability_reading(ctx.info, c)
    if reading is not None:
        _false_reading(ctx, c, reading, pct, param)


# The interpretation trap: "there is a 95 % probability that mu lies in [116.08, 123.92]" (有95%的概率包含总体均值).
# The 95 % is the long-run coverage of the procedure; a computed interval contains mu or not (Wackerly 8.5,
# 盛骤 7.4: 置信水平是区间估计方法的可靠程度). A sentence is read as the trap when it gives the level as a
# probability (not "confidence"), names the parameter and the one interval the block computed (its ends, or
# "this interval" / 该区间), and says none of what makes the reading right or reports it as wrong.
_PROBABILITY = re.compile(r"(?i:probabilit|probable|\bchance|\blikely)|概率|可能性|几率|(?<![A-Za-z\\])P\s*(?:\\left)?\s*(?:\(|\\\{)")
_PARAMETER = re.compile(r"\\mu|μ|(?:true|population|unknown)\s+(?:mean|proportion)|\bthe\s+mean\b|总体均值|均值|总体比例|\bp\b", re.I)
_ONE_INTERVAL = re.compile(rf"[\(\[]\s*{_SNUM}\s*,\s*{_SNUM}\s*[\)\]]|between\s+{_SNUM}\s+and\s+{_SNUM}|"
                           rf"{_SNUM}\s*(?:<|\\le|\\leq|≤)\s*(?:\\mu|μ|p)\s*(?:<|\\le|\\leq|≤)\s*{_SNUM}|"
                           r"\b(?:this|that|our|the\s+computed|the\s+above|the\s+resulting)\s+(?:confidence\s+)?interval|"
                           r"(?:该|这个|此|这一|上述|所求)(?:置信)?区间|区间\s*[\(\[]", re.I)
_RIGHT_READING = re.compile(r"procedure|method|repeated|long[- ]run|in the long|of (?:all|such|these|the|many) "
                            r"(?:intervals|samples)|random interval|before|\bnot\b|n't|\bnever\b|misconception|misread|"
                            r"wrong|incorrect|\bfalse|多次|重复|长期|随机区间|方法|不是|并非|不能|不意味|错误|误解|不正确|大量", re.I)


def probability_reading(info, c: Interval) -> str | None:
    """The block's statement that the computed interval holds the parameter with probability 1 - alpha,
    as TeX (``P(116.08 \\le \\mu \\le 123.92) = 0.95``, with the ends the block writes, else the computed
    ones); None when the block makes no such statement."""
    level = rf"(?<![\d.])(?:{re.escape(fmt(c.level * 100, 2))}\s*%|{re.escape(fmt(c.level, 4))}0*(?!\d))"  # 0.9 written 0.90
    for sentence in re.split(r"(?<!\d)\.|\.(?=\s|$)|[;。；!?！？]", _flat(info)):
        if not (_PROBABILITY.search(sentence) and re.search(level, sentence) and _PARAMETER.search(sentence)
                and _ONE_INTERVAL.search(sentence)) or _RIGHT_READING.search(sentence) or re.search(r"\\bar\s*\{?\s*X\b", sentence):
            continue
        ends = re.search(rf"({_SNUM})\s*(?:,|and|(?:<|\\le|\\leq|≤)\s*(?:\\mu|μ|p)\s*(?:<|\\le|\\leq|≤))\s*({_SNUM})", sentence)
        d = max(3, min(6, (_places(c.se) if c.se < 1 else 0) + 2))
        lo, hi = (ends[1], ends[2]) if ends else (fmt(c.lo, d), fmt(c.hi, d))
        return rf"P({lo} \le {'p' if c.kind == 'prop' else chr(92) + 'mu'} \le {hi}) = {fmt(c.level, 4)}"
    return None


def _false_reading(ctx: Ctx, c: Interval, reading: str, pct: str, param: str) -> None:
    """The block's probability reading of its one interval, called false beside the repeated samples."""
    w = ctx.w
    ctx.facts["false_reading"] = reading
    symbol = "p" if c.kind == "prop" else "μ"  # in Text, not TeX
    w.beat(ctx.L("One interval, after the fact", "算出的一个区间"),
           ctx.L(f"The block reads its interval as ${reading}$: that reading is false. ${param}$ is a fixed number, so once "
                 f"computed, the interval either contains ${param}$ or it does not. The {pct}% belongs to the procedure: in the "
                 f"long run {pct}% of the intervals it builds catch ${param}$, as most of the lines above do.",
                 f"题中把区间理解为 ${reading}$：这种理解是错误的。${param}$ 是一个确定的数，区间一旦算出，要么包含 ${param}$，"
                 f"要么不包含。{pct}% 说的是这种构造方法：长期来看，它构造的区间中有 {pct}% 包含 ${param}$，正如上面的大多数线段。"))
    w.code(f"claim = VGroup({text_mob(ctx.L('The block:', '题中：'), 26)}, {math_mob(reading, 32, 'RED')}, "
           f"{text_mob(ctx.L('false', '不成立'), 26, 'RED')}).arrange(RIGHT, buff=0.25)",
           f"why = VGroup({text_mob(ctx.L(f'{pct}% is the share of intervals that catch {symbol} in repeated samples;', f'{pct}% 是重复抽样时区间包含 {symbol} 的比例；'), 22)},",
           f"             {text_mob(ctx.L(f'one computed interval either contains {symbol} or not.', f'算出的一个区间要么包含 {symbol}，要么不包含。'), 22)}).arrange(DOWN, buff=0.1)",
           "verdict = VGroup(claim, why).arrange(DOWN, buff=0.2).next_to(title, DOWN, buff=0.25)",
           "if verdict.width > 12.5:",
           "    verdict.scale_to_fit_width(12.5)")
    w.play("FadeOut(formula), FadeOut(margin), FadeOut(interval), FadeIn(claim, shift=DOWN * 0.2)", 1.2)
    w.play("FadeIn(why), Indicate(bracket, color=RED)", 1.4)
    w.wait(1.6)


SAMPLES = 20  # simulated samples in the closing example


def simulated(c: Interval, rng_seed: int) -> list[tuple[float, float]]:
    """The intervals of SAMPLES seeded samples drawn as the author's were (the same n and spread), with the
    true value taken to be the author's centre: each computed the way the author's interval is."""
    import numpy as np
    from scipy import stats

    rng = np.random.default_rng(rng_seed)
    out = []
    for _ in range(SAMPLES):
        if c.kind == "prop":
            p = rng.binomial(c.n, c.centre) / c.n
            e = c.crit * math.sqrt(max(p * (1 - p), 1e-12) / c.n)
            out.append((p - e, p + e))
            continue
        draws = rng.normal(c.centre, c.spread, c.n)
        m = float(draws.mean())
        if c.kind == "z":
            e = c.margin
        else:
            sd = float(draws.std(ddof=1))
            q = float(stats.t.ppf(1 - c.alpha / 2, c.df)) if c.kind == "t" else c.crit
            e = q * sd / math.sqrt(c.n)
        out.append((m - e, m + e))
    return out


def _repeat(ctx: Ctx, c: Interval, pct: str, param: str, centre_name: str) -> None:
    """A declared example: if the true value were the author's centre, the intervals of 20 more samples."""
    from ..given import seed

    w = ctx.w
    found = simulated(c, seed(ctx.info))
    hits = sum(a <= c.centre <= b for a, b in found)
    ctx.facts["simulated_hits"] = hits
    w.code(
        f"sims = [{', '.join(f'({fmt(a, 6)}, {fmt(b, 6)})' for a, b in found)}]  # seeded samples (see simulated())",
        "y_top, y_bottom = axes.c2p(0, axes.y_range[1] * 0.8)[1], axes.c2p(0, 0)[1] + 0.25",
        "x_lo, x_hi = axes.x_range[0], axes.x_range[1]  # an interval running off the axis is drawn to its end",
        "sim_lines = VGroup(*[Line([axes.c2p(max(a, x_lo), 0)[0], y_bottom + k * (y_top - y_bottom) / " + str(SAMPLES - 1) + ", 0],",
        "                          [axes.c2p(min(b, x_hi), 0)[0], y_bottom + k * (y_top - y_bottom) / " + str(SAMPLES - 1) + ", 0],",
        f"                          color=GREEN if a <= {fmt(c.centre, 8)} <= b else RED, stroke_width=4)",
        "                     for k, (a, b) in enumerate(sims)])",
        f"truth = DashedLine(axes.c2p({fmt(c.centre, 8)}, 0), [axes.c2p({fmt(c.centre, 8)}, 0)[0], y_top + 0.15, 0], color=WHITE)",
        f"truth_label = {math_mob(f'{param} = {fmt(c.centre, 4)}', 26)}.next_to([axes.c2p({fmt(c.centre, 8)}, 0)[0], y_top + 0.15, 0], UP, buff=0.06)",
        f"tally = {text_mob(ctx.L(f'{hits} of {SAMPLES} catch it', f'{SAMPLES} 个中有 {hits} 个包含它'), 26)}"
        ".move_to([axes.get_left()[0], y_top + 0.32, 0], aligned_edge=LEFT)",
    )
    w.beat(ctx.L("Why the word confidence", "“置信”的含义"),
           ctx.L(f"For instance, suppose the true ${param}$ were ${fmt(c.centre, 4)}$ (a value we choose) and {SAMPLES} more samples of "
                 f"$n = {c.n}$ were drawn: each gives its own interval, and {hits} of these {SAMPLES} catch ${param}$. "
                 f"In the long run {pct}% do.",
                 f"例如，假设真实的 ${param}$ 等于 ${fmt(c.centre, 4)}$（这是我们选的值），再抽 {SAMPLES} 个容量 $n = {c.n}$ 的样本："
                 f"每个样本给出自己的区间，这 {SAMPLES} 个中有 {hits} 个包含 ${param}$；长期来看比例为 {pct}%。"))
    w.play("FadeOut(middle), FadeOut(tails), FadeOut(curve), FadeOut(centre_line), FadeOut(centre_label), FadeOut(mid_label), "
           "FadeOut(tail_labels), FadeOut(tail_arrows), FadeOut(marks), FadeOut(mark_labels)", 1)
    w.play("Create(truth), FadeIn(truth_label)", 0.6)
    w.play("LaggedStart(*[Create(l) for l in sim_lines], lag_ratio=0.15), FadeIn(tally)", 3)
    w.wait(0.8)


@check("confidence_interval")
def _check(f):
    c = f["ci"]
    wider = Interval(c.kind, c.n * 4, c.centre, c.spread, c.level, c.count)
    name = "\\hat p" if c.kind == "prop" else "\\bar x"
    return (f"If the sample were four times as large (same ${name}$ and spread), how wide would the interval be?",
            f"如果样本量变为原来的 4 倍（${name}$ 和离散程度不变），区间有多宽？",
            (f"Half as wide: the standard error shrinks by $\\sqrt 4 = 2$, so the margin goes from ${fmt(c.margin, 4)}$ to ${fmt(wider.margin, 4)}$."
             if c.kind != "t" else
             f"A little less than half as wide: the standard error halves, and with ${wider.df}$ degrees of freedom the quantile "
             f"${fmt(wider.crit, 4)}$ is smaller than ${fmt(c.crit, 4)}$, so the margin goes from ${fmt(c.margin, 4)}$ to ${fmt(wider.margin, 4)}$."),
            (f"减半：标准误缩小为 $1/\\sqrt 4$，误差限从 ${fmt(c.margin, 4)}$ 变为 ${fmt(wider.margin, 4)}$。" if c.kind != "t" else
             f"比一半略窄：标准误减半，且自由度 ${wider.df}$ 的分位数 ${fmt(wider.crit, 4)}$ 小于 ${fmt(c.crit, 4)}$，误差限从 ${fmt(c.margin, 4)}$ 变为 ${fmt(wider.margin, 4)}$。"))
