"""The distribution a probability block draws from, with the author's parameters.

A fair or loaded die, a coin (Bernoulli p), binomial B(N, p), uniform on [a, b], exponential
with rate lambda, Poisson with mean lambda and normal N(mu, sigma^2), read from the prose and the math.  The mean and
variance are the closed forms of the standard tables (e.g. S. Ross, *A First Course in
Probability*, the tables of discrete and continuous distributions inside its covers; they are
also what ``scipy.stats.<dist>.stats()`` returns, which tests/test_offline_given.py checks).
Draws use the caller's seeded numpy Generator, so the same block gives the same bytes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from .given import assigned, interval, probabilities
from .latex import MathInfo, single_line
from .symbolic import number

_NUM = r"\d+(?:\.\d+)?"
_PARAM = r"\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\}"


@dataclass(frozen=True)
class Distribution:
    """kind: die | coin | binomial | uniform | exponential | poisson | normal.  params: die -> the six
    face probabilities; coin -> (p,); binomial -> (N, p); uniform -> (a, b); exponential, poisson ->
    (lambda,); normal -> (mu, sigma), sigma the standard deviation.
    ``given``: the parameters are the author's numbers (not defaults)."""

    kind: str
    params: tuple[float, ...]
    given: bool = True

    @property
    def fair_die(self) -> bool:
        return self.kind == "die" and max(abs(q - 1 / 6) for q in self.params) < 1e-12

    @property
    def mean(self) -> float:
        k, P = self.kind, self.params
        if k == "die":
            return sum((i + 1) * q for i, q in enumerate(P))
        return {"coin": lambda: P[0], "binomial": lambda: P[0] * P[1], "uniform": lambda: (P[0] + P[1]) / 2,
                "exponential": lambda: 1 / P[0], "poisson": lambda: P[0], "normal": lambda: P[0]}[k]()

    @property
    def variance(self) -> float:
        k, P = self.kind, self.params
        if k == "die":
            return sum((i + 1) ** 2 * q for i, q in enumerate(P)) - self.mean ** 2
        return {"coin": lambda: P[0] * (1 - P[0]), "binomial": lambda: P[0] * P[1] * (1 - P[1]),
                "uniform": lambda: (P[1] - P[0]) ** 2 / 12, "exponential": lambda: 1 / P[0] ** 2,
                "poisson": lambda: P[0], "normal": lambda: P[1] ** 2}[k]()

    @property
    def sd(self) -> float:
        return math.sqrt(self.variance)

    @property
    def lattice(self) -> float | None:
        """The spacing of the values one draw can take: 1 for the counting kinds (die, coin, binomial,
        Poisson), None for a continuous distribution.  The mean of n draws then steps by lattice / n."""
        return 1.0 if self.kind in ("die", "coin", "binomial", "poisson") else None

    @property
    def span(self) -> tuple[float, float]:
        """Where single draws fall (all of them, or all but about 2% for exponential and Poisson)."""
        k, P = self.kind, self.params
        if k == "die":
            return 1.0, 6.0
        if k == "coin":
            return 0.0, 1.0
        if k == "binomial":  # mean +- 4 sd, within 0..N
            lo, hi = self.mean - 4 * self.sd, self.mean + 4 * self.sd
            return float(max(0, math.floor(lo))), float(min(P[0], math.ceil(hi)))
        if k == "uniform":
            return float(P[0]), float(P[1])
        if k == "exponential":
            return 0.0, 4.0 / P[0]
        if k == "normal":
            return P[0] - 4 * P[1], P[0] + 4 * P[1]
        return float(max(0, math.floor(P[0] - 4 * math.sqrt(P[0])))), float(math.ceil(P[0] + 4 * math.sqrt(P[0])))

    def sample(self, rng: np.random.Generator, size) -> np.ndarray:
        """Draws of shape ``size`` (floats)."""
        k, P = self.kind, self.params
        if k == "die":
            if self.fair_die:
                return rng.integers(1, 7, size).astype(float)
            return rng.choice(np.arange(1, 7), size=size, p=np.array(P) / sum(P)).astype(float)
        if k == "coin":
            return (rng.random(size) < P[0]).astype(float)
        if k == "binomial":
            return rng.binomial(int(P[0]), P[1], size).astype(float)
        if k == "uniform":
            return rng.uniform(P[0], P[1], size)
        if k == "exponential":
            return rng.exponential(1 / P[0], size)
        if k == "normal":
            return rng.normal(P[0], P[1], size)
        return rng.poisson(P[0], size).astype(float)

    def names(self, fmt) -> tuple[str, str]:
        """(English, Chinese) name with the parameters, for narration (``fmt`` formats a number)."""
        k, P = self.kind, self.params
        if k == "die":
            if self.fair_die:
                return "a fair die", "均匀骰子"
            common = max(P, key=lambda q: sum(abs(q - r) < 1e-12 for r in P))  # the share of the faces not named
            odd = [i for i, q in enumerate(P) if abs(q - common) > 1e-12] or range(6)
            faces = ", ".join(f"P({i + 1}) = {fmt(P[i], 3)}" for i in odd)
            return f"a loaded die (${faces}$)", f"不均匀的骰子（${faces}$）"
        if k == "coin":
            return f"a coin (Bernoulli trial) with $p = {fmt(P[0])}$", f"$p = {fmt(P[0])}$ 的硬币（伯努利试验）"
        if k == "binomial":
            return f"the binomial distribution $B({fmt(P[0])}, {fmt(P[1])})$", f"二项分布 $B({fmt(P[0])}, {fmt(P[1])})$"
        if k == "uniform":
            return f"the uniform distribution on $[{fmt(P[0])}, {fmt(P[1])}]$", f"$[{fmt(P[0])}, {fmt(P[1])}]$ 上的均匀分布"
        if k == "exponential":
            return f"the exponential distribution with $\\lambda = {fmt(P[0])}$", f"$\\lambda = {fmt(P[0])}$ 的指数分布"
        if k == "normal":
            law = f"N({fmt(P[0])}, {fmt(P[1])}^2)"
            return f"the normal distribution ${law}$", f"正态分布 ${law}$"
        return f"the Poisson distribution with $\\lambda = {fmt(P[0])}$", f"$\\lambda = {fmt(P[0])}$ 的泊松分布"

    def value_words(self) -> tuple[str, str]:
        """What one draw counts, (English, Chinese)."""
        if self.kind == "die":
            return "the face shown", "点数"
        if self.kind == "coin":
            return "1 for heads, 0 for tails", "正面记 1、反面记 0"
        if self.kind in ("binomial", "poisson"):
            return "the number of successes" if self.kind == "binomial" else "the count", "成功次数" if self.kind == "binomial" else "计数"
        return "the value drawn", "抽到的值"


def _text(info: MathInfo) -> str:
    text = info.prose + " ; " + " ; ".join(single_line(b) for b in info.blocks)
    # N\left(100, 15^2\right) and N(70,\,10^2) are N(100, 15^2) and N(70, 10^2)
    return re.sub(r"\\(?:left|right)(?![A-Za-z])|\\[,;:! ]|~", "", text)


def _call(text: str, names: str, arity: int) -> tuple[float, ...] | None:
    """Parameters of ``Name(a, b)`` / ``\\mathrm{Name}(a)`` written in the block."""
    args = r"\s*,\s*".join([f"({_PARAM})"] * arity)
    m = re.search(rf"(?<![A-Za-z])(?:\\(?:mathrm|operatorname|text)\{{)?(?:{names})\}}?\s*\(\s*{args}\s*\)", text)
    return tuple(number(g) for g in m.groups()) if m else None


def from_block(info: MathInfo, n_is_sample_size: bool) -> Distribution | None:
    """The distribution the block names, with its parameters (defaults, ``given=False``, only where
    the name alone is standard: a die, a fair coin, uniform on [0, 1], rate 1).  None when the block
    names none.  ``n_is_sample_size``: ``n = ...`` is the number of draws averaged (central limit), so
    a binomial's trials are read only from ``B(N, p)`` or ``N = ...``.  Raises ValueError for
    impossible parameters (p outside (0, 1), a die's probabilities not summing to 1)."""
    prose, text = info.prose, _text(info)
    names = ("N", "p", "\\lambda", "a", "b") if n_is_sample_size else ("N", "n", "p", "\\lambda", "a", "b")
    given = assigned(info, names)
    p = given.get("p")
    lam = given.get("\\lambda")
    if re.search(r"binomial|二项", prose, re.I) or _call(text, r"B|Bin|Binomial|binomial", 2):
        call = _call(text, r"B|Bin|Binomial|binomial", 2)
        trials, p = call if call else (given.get("N", given.get("n")), p)
        if trials is None or p is None or not float(trials).is_integer() or not 1 <= trials <= 100:
            return None
        return Distribution("binomial", (float(trials), _probability(p)))
    if re.search(r"poisson|泊松", prose, re.I) or _call(text, r"Poisson|poisson|Pois|Po", 1):
        call = _call(text, r"Poisson|poisson|Pois|Po|P|\\pi", 1)
        lam = call[0] if call else lam
        return Distribution("poisson", (_rate(lam),)) if lam is not None else None
    if re.search(r"exponential|指数分布", prose, re.I) or _call(text, r"Exp|Exponential|exponential", 1):
        call = _call(text, r"Exp|Exponential|exponential|E", 1)
        lam = call[0] if call else lam
        return Distribution("exponential", (_rate(lam if lam is not None else 1.0),), lam is not None)
    if re.search(r"\bdie\b|\bdice\b|骰子", prose, re.I):
        return _die(info)
    if re.search(r"uniform|均匀分布", prose, re.I) or _call(text, r"U|Uniform|uniform", 2):
        call = _call(text, r"U|Uniform|uniform", 2) or interval(info)
        a, b = call if call else (given.get("a"), given.get("b"))
        if a is None or b is None:
            return Distribution("uniform", (0.0, 1.0), False)
        if not a < b:
            raise ValueError(f"a uniform distribution needs a < b, not [{a}, {b}]")
        return Distribution("uniform", (float(a), float(b)))
    if p is None:
        probs = [v for v in probabilities(info).values() if 0 < v < 1]
        p = probs[0] if probs else None
    if p is not None:
        return Distribution("coin", (_probability(p),))
    if re.search(r"coin|硬币|bernoulli|伯努利|heads|正面", prose, re.I):
        return Distribution("coin", (0.5,), bool(re.search(r"fair|均匀", prose, re.I)))
    return None


_NORMAL_CALL = re.compile(rf"(?<![A-Za-z\\])(?:\\mathcal\{{N\}}|N)\s*\(\s*(?P<mu>-?{_PARAM})\s*,\s*(?P<var>{_PARAM})"
                          rf"(?P<squared>\s*\^\s*\{{?2\}}?)?\s*\)")


def normal_from_block(info: MathInfo) -> Distribution | None:
    """The normal distribution the block gives: ``N(mu, sigma^2)`` (the second argument is the
    variance, by the usual convention: ``N(70, 10^2)`` and ``N(70, 100)`` both have sigma = 10),
    ``mu = ..`` with ``sigma = ..``, or a density formula in x that is a normal density (its log is
    a quadratic with the normalising constant).  "Standard normal" alone is N(0, 1).  None when the
    block gives no parameters; ValueError for sigma <= 0."""
    text = _text(info)
    m = _NORMAL_CALL.search(text)
    if m:
        mu, var = number(m["mu"]), number(m["var"])
        sigma = var if m["squared"] else math.sqrt(var) if var > 0 else 0.0
        return Distribution("normal", (float(mu), _sigma(sigma)))
    given = assigned(info, ("\\mu", "\\sigma"))
    if "\\sigma" in given:
        # sigma alone leaves the mean unknown: not the author's distribution (a mean of 0 would be ours)
        return Distribution("normal", (given.get("\\mu", 0.0), _sigma(given["\\sigma"])), "\\mu" in given)
    fitted = _normal_density(info)
    if fitted is not None:
        return Distribution("normal", fitted)
    if re.search(r"standard\s+normal|标准正态", info.prose, re.I):
        return Distribution("normal", (0.0, 1.0))
    return None


def _normal_density(info: MathInfo) -> tuple[float, float] | None:
    """(mu, sigma) when a formula of x in the block is exactly a normal density."""
    import sympy as sp

    found = info.reading.function
    if found is None:
        return None
    x = sp.Symbol("x")
    try:
        poly = sp.Poly(sp.expand(sp.expand_log(sp.log(found[0]), force=True)), x)
        if poly.degree() != 2 or poly.free_symbols - {x}:
            return None
        a, b, c = (float(v) for v in poly.all_coeffs())
    except (sp.PolynomialError, TypeError, ValueError):
        return None
    if a >= 0:
        return None
    var, mu = -1 / (2 * a), -b / (2 * a)
    peak = math.exp(c - b * b / (4 * a))
    if abs(peak * math.sqrt(2 * math.pi * var) - 1) > 1e-6:  # a bell, but not a density (area != 1)
        return None
    return mu, math.sqrt(var)


def _sigma(sigma: float) -> float:
    if not sigma > 0:
        raise ValueError(f"sigma = {sigma} must be positive")
    return float(sigma)


_FACE = re.compile(rf"P\s*\(\s*(?:X\s*=\s*)?([1-6])\s*\)\s*=\s*({_PARAM})")


def _die(info: MathInfo) -> Distribution:
    """A fair die, or a loaded one: faces the author gives a probability get it, the others share the rest."""
    faces: dict[int, float] = {}
    for tex in info.blocks:
        for m in _FACE.finditer(single_line(tex)):
            faces.setdefault(int(m.group(1)), number(m.group(2)))
    if not faces:
        return Distribution("die", (1 / 6,) * 6, True)
    rest = 1 - sum(faces.values())
    others = 6 - len(faces)
    if rest < -1e-9 or (others == 0 and abs(rest) > 1e-6) or (others and rest <= 0) or min(faces.values()) < 0:
        raise ValueError(f"the die's face probabilities {faces} do not make a distribution")
    return Distribution("die", tuple(faces.get(k, rest / others if others else 0.0) for k in range(1, 7)))


def _probability(p: float) -> float:
    if not 0 < p < 1:
        raise ValueError(f"p = {p} is not a probability strictly between 0 and 1")
    return float(p)


def _rate(lam: float) -> float:
    if not 0 < lam <= 50:
        raise ValueError(f"lambda = {lam} must be positive (and at most 50 to plot)")
    return float(lam)
