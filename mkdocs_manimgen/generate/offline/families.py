"""The registry of offline families: one template module per family, each declaring itself.

A template module ``templates/NAME.py`` is a family when it defines ``build(ctx)``.  It says
how it is recognised and what it needs, so adding a family never touches a shared table:

- ``KEYWORDS``: prose regexes (English and Chinese), matched case-insensitively;
- ``TEX_PATTERNS``: LaTeX regexes that are as strong as a keyword (``e^{i\\theta}``);
- ``STRUCTURE``: LaTeX regexes that are weaker evidence (a ``\\sum`` anywhere);
- ``PRIORITY``: rank among families with evidence of the same strength (lower first);
- ``evidence(info) -> int | None``: optional, replaces the three tuples (a tier, see below);
- ``needs(info) -> bool``: whether the block's OWN math gives the template what it draws.
  A family is chosen only when this holds, so no keyword can make a template draw a built-in
  example in place of the author's mathematics.  Templates that may show an example of
  their own allow it only when the block has no formula at all (:func:`no_formula`), or
  when its only formulas state the family's general law (``a^2 + b^2 = c^2``); the scene
  then says "for instance" (a template sets ``ctx.w.example``; see ``storyboard.SceneWriter``);
- ``THREE_D = True`` for a ThreeDScene; ``GENERIC = True`` for the last-resort families;
- ``TITLE = (en, zh)`` and ``WHAT = (en, zh)``: the default title and the notes' summary;
  ``title_for(info) -> (en, zh) | None``: optional, a default title that depends on the block.

Evidence tiers: 0 keyword / TEX_PATTERNS, 1 STRUCTURE, 2 weak hints; generic families last.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from .latex import MathInfo, single_line, split_top

GENERIC = ("equation", "explainer")  # the last resorts, in this order


@dataclass(frozen=True)
class Family:
    name: str
    module: ModuleType
    priority: int
    three_d: bool
    generic: bool

    def tier(self, info: MathInfo) -> int | None:
        """How strongly the block points at this family (0 strongest), None for no evidence."""
        m = self.module
        if hasattr(m, "evidence"):
            try:
                return m.evidence(info)
            except Exception:  # a block the family's reader cannot read is no evidence for it (never a crash)
                return None
        tex = " ".join(info.blocks)
        if _any(getattr(m, "KEYWORDS", ()), info.prose) or _any(getattr(m, "TEX_PATTERNS", ()), tex):
            return 0
        if _any(getattr(m, "STRUCTURE", ()), tex):
            return 1
        return None

    def needs(self, info: MathInfo) -> bool:
        check = getattr(self.module, "needs", None)
        if check is None:
            return True
        try:
            return bool(check(info))
        except Exception:  # a block the check cannot read does not meet it
            return False


def _any(patterns, text: str) -> bool:
    return any(pattern(p).search(text) for p in patterns)


@lru_cache(maxsize=None)
def pattern(regex: str) -> re.Pattern:
    """``regex`` compiled once, case-insensitive. The families' keywords and the verifier's questions
    are over a thousand patterns; ``re``'s own cache holds 512, so plain ``re.search`` recompiled
    them on every block (a fifth of the design time)."""
    return re.compile(regex, re.I)


@lru_cache(maxsize=1)
def registry() -> dict[str, Family]:
    from . import templates

    found = {}
    for item in sorted(pkgutil.iter_modules(templates.__path__), key=lambda i: i.name):
        if item.name.startswith("_"):
            continue
        module = importlib.import_module(f"{templates.__name__}.{item.name}")
        if not hasattr(module, "build"):
            continue
        found[item.name] = Family(item.name, module, getattr(module, "PRIORITY", 500),
                                  bool(getattr(module, "THREE_D", False)), item.name in GENERIC)
    return dict(sorted(found.items(), key=lambda kv: (kv[1].generic, kv[1].priority, kv[0])))


def no_formula(info: MathInfo) -> bool:
    """The block writes no math at all: the only case a family may show its own example. Numbers
    the author lists in the prose ("insert the keys 50, 30, 70") are their data, not an invitation
    to show ours, so two or more of them count as math."""
    return not info.blocks and len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", info.prose)) < 2


_ELEMENTARY = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc|ln|log|exp|arcsin|arccos|arctan|sinh|cosh|tanh)(?![A-Za-z])|(?<![\\A-Za-z])e\s*\^")
_ABSTRACT = re.compile(r"(?<![\\A-Za-z])[fgFGuvy](?:'+|\^\s*\{?\s*\([^()]+\)\s*\}?|\^\s*\{?\s*\\prime\s*\}?)?\s*(?:\\left\s*)?\(")


def general_law(info: MathInfo) -> bool:
    """Every formula of the block is a general law about an unnamed function: ``f'(c) = \\frac{f(b) - f(a)}{b - a}``,
    ``x_{n+1} = x_n - \\frac{f(x_n)}{f'(x_n)}``, a Taylor or trapezoid formula. No elementary function, no
    number but 0, 1 and 2 outside indices and powers, and at least one function left unnamed (f, g, F, u, y).
    A family that draws the law may then show a declared example of it (:func:`instance_of_law`)."""
    if not info.blocks:
        return False
    math = " ".join(info.blocks)
    if _ELEMENTARY.search(math):
        return False
    bare = re.sub(r"[_^]\s*(?:\{[^{}]*\}|\\?\w)", " ", math)  # indices and powers are no data
    if re.search(r"\d*\.\d|[3-9]|\d\d", bare):
        return False
    statements = [p for b in info.blocks for p in re.split(r"\\qquad|\\quad|;", single_line(b))]
    for block in statements:  # f(x) = x^3 names the function: a concrete block, not a law
        parts = split_top(block, "=")
        for left, right in zip(parts, parts[1:]):
            if _ABSTRACT.search(left) and not _ABSTRACT.search(right) and re.search(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", "", right)):
                return False
    return bool(_ABSTRACT.search(math))


def instance_of_law(info: MathInfo, law: str) -> bool:
    """The block states, in general, the law a family draws (``law``: a regex on the prose naming it): the
    family may then draw its own example of it, said "for instance" on screen (``ctx.w.example``)."""
    return general_law(info) and bool(pattern(law).search(info.prose))


def law_example(info: MathInfo, law: str, example: str) -> tuple[MathInfo, bool]:
    """``(info, False)``, or for a block stating ``law`` in general (:func:`instance_of_law`) the reading of
    ``example`` (the family's own math, e.g. ``$f(x) = x^3 - 3x$ on $[0, 2]$``) with the author's prose, so
    its words and language stay the author's, and True: the scene must say "for instance"."""
    if instance_of_law(info, law):
        return _with_example(info, example), True
    return info, False


def formula_example(info: MathInfo, example: str) -> tuple[MathInfo, bool]:
    """``(info, False)``, or for a block with no formula at all (:func:`no_formula`: "What does a Lagrange
    multiplier mean geometrically?") the reading of ``example`` with the author's prose, and True: the scene
    must say "for instance"."""
    if no_formula(info):
        return _with_example(info, example), True
    return info, False


def _with_example(info: MathInfo, example: str) -> MathInfo:
    """The reading of the family's own ``example`` math after the author's prose (their words and language stay)."""
    from .latex import extract

    return extract(info.prose + " " + example)


def states_only(info: MathInfo, *patterns: str) -> bool:
    """Every formula of the block is the family's general law (one of ``patterns``, matched on
    the formula with spaces removed): an example then instantiates the author's own statement."""
    if not info.blocks:
        return True
    return all(any(re.search(p, re.sub(r"\s+", "", b)) for p in patterns) for b in info.blocks)
