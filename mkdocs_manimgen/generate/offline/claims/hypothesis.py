"""The verdict stated for a significance test: "χ² = 14.9 and the critical value is 11.07, so we fail to reject H₀",
"p = 0.03 > 0.05, so H₀ is kept".

The decision rule is the textbook one (Neyman–Pearson; e.g. Montgomery & Runger, *Applied Statistics and Probability
for Engineers*, §9.1): reject H₀ when the statistic falls in the rejection region — χ² or F beyond its critical value,
|z| or |t| beyond its critical value (a two-sided or a lower-tail test with a negative statistic) — or, equivalently,
when the p-value is below the significance level α. A block whose numbers and verdict disagree states a false verdict.
"""

from __future__ import annotations

import re

from ..latex import MathInfo, single_line, split_top
from .core import Claim, value_of

# The test statistic's row: \chi^2 = ... = 14.9, z = -2.31, t = 2.05, F = 3.2 (its last closed side is its value)
_STATISTIC = re.compile(r"^\s*(?P<name>\\chi\s*\^\s*\{?\s*2\s*\}?|[zZtTF]|K\s*\^\s*\{?\s*2\s*\}?)(?:_\{?\s*(?:0|obs|stat|\\text\{[^{}]*\})\s*\}?)?\s*=(?P<rest>.+)$")
# The critical value's row: \chi^2_{0.05}(5) = 11.07, z_{0.025} = 1.96, t_{0.025}(9) = 2.262
_CRITICAL_ROW = re.compile(r"^\s*(?:\\chi\s*\^\s*\{?\s*2\s*\}?|[zZtTF])\s*_\s*\{?\s*(?:0?\.\d+|\\alpha(?:\s*/\s*2)?|\\frac\{\\alpha\}\{2\})\s*\}?"
                           r"(?:\s*\(\s*\d+\s*(?:,\s*\d+\s*)?\))?\s*=(?P<rest>.+)$")
_CRITICAL_WORDS = re.compile(r"critical\s+value|临界值", re.I)
# A p-value named as one ("p-value", "P 值", p_{\text{value}}): a bare "p = 0.3" is as often a binomial parameter (H_0: p = 0.3)
_P_VALUE = re.compile(r"(?:p\s*\\text\{\s*-?\s*value\s*\}|p_\{?\s*\\text\{\s*value\s*\}\s*\}?|P\s*\\text\{\s*值\s*\})\s*(?:=|\\approx)\s*(?P<v>0?\.\d+)")
_P_WORDS = re.compile(r"(?:p-value|P\s*值|p\s*值)[^$.;。；]{0,30}?\$\s*(?P<v>0?\.\d+)\s*\$", re.I)
_ALPHA = re.compile(r"\\alpha\s*=\s*(?P<v>0?\.\d+)|(?P<pct>\d+(?:\.\d+)?)\s*(?:\\?%|％)\s*\$?\s*(?:significance\s+)?level|"
                    r"(?:level|水平)\s*(?:of\s*)?\$?\s*(?P<lv>0?\.\d+)", re.I)
# Keeping H0 ("fail to reject", "do not reject", "accept", 接受, 不能拒绝) against rejecting it ("reject", 拒绝)
_KEEP = r"fail(?:s|ed)?\s+to\s+reject|(?:insufficient|not\s+enough|no)\s+(?:evidence|reason)\s+to\s+reject|没有(?:充分|足够)?(?:理由|证据)拒绝|(?:do|does|did|can)\s*(?:not|n't)\s+reject|cannot\s+reject|not\s+rejected|\baccept|\bretain|\bkeep|不能拒绝|不拒绝|接受|无法拒绝"
_REJECT = r"\breject|拒绝"
_H0 = r"H_?\s*\{?\s*0\s*\}?|H₀|null\s+hypothesis|原假设|零假设"


def _verdict(info: MathInfo) -> str | None:
    """"keep" or "reject": what the block's prose concludes about H₀, or None when it says neither or both."""
    said = set()
    for sentence in re.split(r"(?<=[.!?;])\s+|(?<=[。！？；])", info.concept):
        plain = re.sub(r"\$[^$]*\$", lambda m: " H0 " if re.search(_H0, m.group(0)) else " ", sentence)
        if not re.search(_H0 + r"|\bH0\b", plain, re.I):
            continue
        if re.search(_KEEP, plain, re.I):
            said.add("keep")
        elif re.search(_REJECT, plain, re.I):
            said.add("reject")
    return said.pop() if len(said) == 1 else None


def _critical_in_words(concept: str) -> float | None:
    """"the critical value at the $5\\%$ level is $11.07$": the first plain number written after the words, in the
    same sentence (a percentage is the level, not the value)."""
    w = _CRITICAL_WORDS.search(concept)
    if not w:
        return None
    sentence = re.split(r"(?<=[.!?。！？；;])\s", concept[w.end():])[0]
    m = next((m for m in re.finditer(r"\$\s*(\d+(?:\.\d+)?)\s*\$", sentence)), None)
    return float(m.group(1)) if m else None


def _last_value(rest: str) -> float | None:
    for part in reversed([p.strip() for p in split_top(rest, "=")]):
        part = re.split(r"\\approx|≈", part)[-1].strip()
        v = value_of(part)
        if isinstance(v, tuple):
            return v[1]
    return None


def _test_verdicts(info: MathInfo, rows: list[str]) -> list[Claim]:
    """A stated verdict on H₀ against the block's own statistic and critical value, or its p-value and α."""
    verdict = _verdict(info)
    if verdict is None:
        return []
    statistic, name, critical = None, "", None
    for row in rows:
        row = single_line(row)
        c = _CRITICAL_ROW.match(row)
        if c:
            critical = critical if critical is not None else _last_value(c["rest"])
            continue
        m = _STATISTIC.match(row)
        if m and statistic is None:
            statistic, name = _last_value(m["rest"]), re.sub(r"\s+", "", m["name"])
    if critical is None:
        critical = _critical_in_words(info.concept)
    if statistic is not None and critical is not None and critical > 0:
        two_sided = name in ("z", "Z", "t", "T")
        rejects = (abs(statistic) if two_sided else statistic) > critical
        shown = f"|{name}| = {abs(statistic):g}" if two_sided else f"{name} = {statistic:g}"
        compare = f"{shown} {'>' if rejects else '<'} {critical:g}"
    else:
        p = _P_VALUE.search(" ; ".join(info.blocks)) or _P_WORDS.search(info.concept)
        a = _ALPHA.search(info.concept)
        if not (p and a):
            return []
        pv = value_of(p["v"])
        alpha = float(a["v"]) if a["v"] else float(a["pct"]) / 100 if a["pct"] else float(a["lv"])
        if not isinstance(pv, tuple) or not 0 < alpha < 0.5:
            return []
        rejects = pv[1] < alpha
        compare = f"p = {pv[1]:g} {'<' if rejects else '>'} \\alpha = {alpha:g}"
    if rejects == (verdict == "reject"):
        return []
    if rejects:
        return [Claim(r"\text{fail to reject } H_0", rf"{compare}:\ \text{{reject }} H_0",
                      (f"${compare}$: the result lies in the rejection region, so $H_0$ is rejected",
                       f"${compare}$：落在拒绝域内，应拒绝 $H_0$"))]
    return [Claim(r"\text{reject } H_0", rf"{compare}:\ \text{{do not reject }} H_0",
                  (f"${compare}$: the result is not in the rejection region, so $H_0$ is not rejected",
                   f"${compare}$：不在拒绝域内，不能拒绝 $H_0$"))]
