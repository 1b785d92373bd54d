"""What a block states as true, checked (issue 23): a trap must be called, whichever family draws it.

A block often carries a worked example whose step is false ("so $f'(\\pi) = \\pi^2$", "$3^{100} \\equiv 1
\\pmod 7$", "the series converges", "$y(t) = 4e^{-t/3}$ solves $y' = -3y$"). A family draws the true
mathematics of its question; this module reads the statements it can decide exactly and lists the false
ones, and :func:`coda` ends the scene with them ("The block states ... In fact ..."), so no scene leaves a
false statement of its block standing unremarked.

Precision first: a statement is reported false only when it is decided, never when sympy cannot tell,
and a decimal the author rounded is read at its own precision (``e = 2.718`` holds).

Kinds read (each a function ``_kind(info, rows) -> list[Claim]`` in the module of its subject: :mod:`.values`,
:mod:`.series`, :mod:`.odes`, :mod:`.distributions`, :mod:`.graphs`; the shared pieces are in :mod:`.core`):

- numbers on both sides of ``=`` (with sums, integrals and limits worked out): ``\\int_0^1 x^2\\,dx = \\frac12``;
- congruences ``a \\equiv b \\pmod m`` between integers (powers reduced with ``pow``);
- a value of the block's function or its derivative at a point: ``f'(\\pi) = \\pi^2`` with ``f(x) = x^2 \\sin x``;
- a closed form for a finite sum in ``n``: ``\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)}{2}`` (checked for n = 1..8);
- "the series ... converges / diverges" (收敛 / 发散) of one series with bounds in the same sentence;
- the radius, interval of convergence and sum function S(x) stated for the block's one power series;
- the argument of a numeric complex number, ``\\arg(-1 - i) = \\frac{\\pi}{4}`` (modulo 2π, any convention);
- a solution stated for a first-order equation ``y' = F(t, y)`` (and its initial value), or for one equation
  of second order (``x'' - 4x = 0`` with ``x(t) = C_1\\cos 2t + C_2\\sin 2t``);
- "the root lies in [a, b]" (根在区间 ... 内) for the block's one function f, when f has no root there;
- the distribution table (分布列) of one discrete X (:mod:`.pmf`): that it adds up to 1, and each stated ``P(X = k)``,
  ``E(X)``, ``D(X)`` / ``Var(X)`` and ``\\sigma(X)`` against the exact values;
- the mean and variance of ``Y = aX + b`` from X's: ``E(Y) = aE(X) + b``, ``D(Y) = a^2 D(X)`` (``Var``, ``V``, ``D``);
- an expansion or a factorisation of a polynomial in one letter: ``(z - (2 + i))(z - (2 - i)) = z^2 + 4z + 5``;
- a value stated as the solution of the polynomial equation just before it: ``a^2 = 4``, so ``a = 4``;
- the verdict on H₀ stated for a significance test, against its statistic and critical value or its p-value and α
  (:mod:`.hypothesis`);
- the order of accuracy stated for a numerical method (:mod:`.numerics`): "Euler's method is second order, so halving h
  quarters the error".
"""

from __future__ import annotations

import re
import time

from ..latex import MathInfo, bare_tex, split_top
from .core import Claim, statement_rows
from .distributions import _linear_moments, _pmf_statements
from .graphs import _euler_walks, _tree_orders
from .hypothesis import _test_verdicts
from .numerics import _iteration_orders, _method_orders
from .odes import _ode_solutions, _second_order_solutions
from .series import _convergence, _ellipsis_forms, _series_of_functions, _sum_forms, _taylor_polynomials
from .values import _arguments, _combined, _congruences, _expansions, _numbers, _point_values, _root_brackets, _solved_steps, _unique_roots, _chained_identities

__all__ = ["BUDGET_SECONDS", "Claim", "coda", "false_claims"]

BUDGET_SECONDS = 3.0  # all the checks of one block; what is not reached by then is left unsaid
_MAX_SHOWN = 3


def false_claims(info: MathInfo) -> list[Claim]:
    """The block's false statements that can be decided, in the block's order of kinds, at most one per
    statement; [] when none (or none decided within :data:`BUDGET_SECONDS`)."""
    start = time.monotonic()
    rows = statement_rows(info)
    found: list[Claim] = []
    for kind in (_congruences, _point_values, _taylor_polynomials, _numbers, _combined, _sum_forms, _ellipsis_forms,
                 _ode_solutions, _second_order_solutions, _root_brackets, _pmf_statements, _linear_moments, _expansions, _convergence,
                 _series_of_functions, _arguments, _euler_walks, _tree_orders, _method_orders, _iteration_orders, _solved_steps, _test_verdicts, _unique_roots, _chained_identities):
        if time.monotonic() - start > BUDGET_SECONDS:
            break
        try:
            for claim in kind(info, rows):
                if claim.stated not in {c.stated for c in found}:
                    found.append(claim)
        except Exception:  # noqa: BLE001 - a statement sympy cannot decide is not reported
            continue
    return found


# -- the scene's last beat ---------------------------------------------------------------------------------

_ALREADY = re.compile(r"\bfalse\b|\bcontradict|不成立|错误|\\neq?\b|≠")


def _mentions(narration: str, claim: Claim) -> bool:
    """The narration writes the statement's right side or the true one (``y_2 = 1.21`` is said where ``1.21`` or
    ``1.22`` is; ``3^2 + 4^2 = 6^2`` where the left side's ``25`` is), up to spacing."""
    said = bare_tex(narration)
    sides = [bare_tex(split_top(t, "=")[-1] if "=" in t else t) for t in (claim.stated, claim.truth)]
    return any(side and re.search(rf"(?<![\d.]){re.escape(side)}(?![\d.])", said) for side in sides)


def coda(ctx) -> list[Claim]:
    """End ``ctx``'s scene with the block's false statements (at most three) that its narration has not already
    called false. Returns the claims shown ([] when none)."""
    from ..storyboard import math_mob, text_mob

    w = ctx.w
    said = [n for n in w.narrations() if _ALREADY.search(n)]
    # a statement the family has already called false is not said twice; the others still are
    claims = [c for c in ctx.info.claims if not any(_mentions(n, c) for n in said)][:_MAX_SHOWN]
    if not claims:
        return []
    ctx.facts["false_claims"] = claims
    w.beat(ctx.L("What the block states, checked", "题中结论的检验"), ctx.L(
        " ".join(f"The block states ${c.stated}$; that is false: {c.why[0]}." for c in claims),
        "".join(f"题中写 ${c.stated}$，这不成立：{c.why[1]}。" for c in claims)))
    rows = []
    for i, c in enumerate(claims):
        rows.append(f"VGroup({text_mob(ctx.L('The block states', '题中写道'), 32)}, "
                    f"{math_mob(c.stated, 50, 'RED')}, {text_mob(ctx.L('In fact', '实际上'), 32)}, "
                    f"{math_mob(c.truth, 50, 'GREEN')}).arrange(DOWN, buff=0.2)")
    clear = w.snap(0.6 * w.pace)
    w.code("_keep = [m for m in [locals().get('title')] if m is not None]",
           "_gone = [m for m in self.mobjects if m not in _keep]",
           "if _gone:",
           f"    self.play(*[FadeOut(m) for m in _gone], run_time={clear})",
           f"checked = VGroup({', '.join(rows)}).arrange(DOWN, buff=0.45)")
    w.fit("checked", 12, 5.6)
    w.code("checked.move_to(DOWN * 0.3)")
    if w.three_d:
        w.code("self.add_fixed_in_frame_mobjects(checked)", "self.remove(checked)")
    w.t = round(w.t + clear, 2)
    w.play("FadeIn(checked, shift=UP * 0.2)", 1.0)
    for i in range(len(claims)):  # a cross beside the false statement, which stays readable
        w.code(f"cross_{i} = Cross(stroke_width=6).scale(0.2).next_to(checked[{i}][1], RIGHT, buff=0.3)")
        if w.three_d:
            w.code(f"self.add_fixed_in_frame_mobjects(cross_{i})", f"self.remove(cross_{i})")
        w.play(f"Create(cross_{i})", 0.6)
    w.wait(2.5)
    return claims
