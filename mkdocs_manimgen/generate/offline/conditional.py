"""Bayes' numbers written in prose: a prevalence, a test's sensitivity, specificity or false-positive rate.

``given.probabilities`` reads ``P(+ \\mid D) = 0.95``; textbook exercises as often say "1 % of
people have the disease; the test is 95 % sensitive and 90 % specific". Each percentage (or
decimal) is given the role of the nearest role word in its clause; a role read twice is
ambiguous and reads as nothing, so a block is never given numbers it did not state.
"""

from __future__ import annotations

import re

# The role words, nearest one wins (English and Chinese).
_ROLES = {
    "prior": r"affects|prevalence|base\s*rate|(?:has|have|having)\s+(?:the|this)\s+(?:disease|condition)|"
             r"of\s+(?:the\s+)?(?:people|population|adults|patients|women|men|children|students|items|parts)|"
             r"患病率|发病率|患有|患病|感染率",
    "hit": r"sensitiv\w*|true[- ]positive\s+rate|detects|灵敏度|敏感度|检出率|真阳性率",
    "spec": r"specific\w*|true[- ]negative\s+rate|特异度|特异性|真阴性率",
    "false": r"false[- ]positive(?:\s+rate)?|误诊率|假阳性率",
}
_VALUE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|percent|％)|(?<![\w.])(0?\.\d+)(?![\w.])")


def _plain(concept: str) -> str:
    """The block as plain text: math delimiters and ``\\%`` gone, ``P(...)= ...`` statements blanked
    (those are read by ``given.probabilities``, not here)."""
    text = concept.replace("\\%", "%").replace("$", " ").replace("\\(", " ").replace("\\)", " ")
    return re.sub(r"P\s*\([^()]*\)\s*=\s*[\d.]+\s*%?", " ", text)


def prose_rates(concept: str) -> dict[str, float]:
    """Roles read from the prose: ``prior`` P(D), ``hit`` P(+|D), ``spec`` P(-|~D), ``false`` P(+|~D)
    (fractions in [0, 1]). A role with two different values, or a value near no role word, is left out."""
    found: dict[str, list[float]] = {}
    for clause in re.split(r"[;；。.,，:：](?!\d)", _plain(concept)):
        words = [(m.start(), role) for role, pat in _ROLES.items() for m in re.finditer(pat, clause, re.I)]
        for m in _VALUE.finditer(clause):
            value = float(m.group(1)) / 100 if m.group(1) else float(m.group(2))
            if not words or not 0 <= value <= 1:
                continue
            _, role = min(words, key=lambda w: min(abs(w[0] - m.start()), abs(w[0] - m.end())))
            found.setdefault(role, []).append(value)
    return {role: vals[0] for role, vals in found.items() if len(set(vals)) == 1}
