"""derivation: multi-line align, each line morphs out of the previous one."""

from __future__ import annotations

import re

from ..notes import check
from ._last_resort import states_a_linear_system
from .common import Ctx, math_mob


def build(ctx: Ctx) -> None:
    w = ctx.w
    rows = ctx.info.aligned[0] if ctx.info.aligned else [ctx.formula or "a = b"]
    rows = rows[:6]
    if not all("&" in r for r in rows):
        rows = [r.replace("&", "") for r in rows]
        rows = [("&" + r if r.lstrip().startswith("=") else r.replace("=", "&=", 1)) for r in rows]
    ctx.facts["rows"] = rows
    parts = [r + (r" \\" if i < len(rows) - 1 else "") for i, r in enumerate(rows)]
    w.beat(ctx.title, ctx.L(f"A derivation in {len(rows)} steps.", f"分 {len(rows)} 步完成的推导。"))
    w.title(ctx.title)
    w.code(f"steps = {math_mob(parts, 48)}")
    w.fit("steps", 12, 5.6)
    w.code("steps.next_to(title, DOWN, buff=0.6)")
    w.play("Write(title)", 1)
    w.beat(ctx.L("Starting point", "起点"), ctx.L(f"We start from ${rows[0].replace('&', '')}$.", f"从 ${rows[0].replace('&', '')}$ 出发。"))
    w.code("marker = SurroundingRectangle(steps[0], color=YELLOW, buff=0.12)")
    w.play("Write(steps[0]), Create(marker)", 1.5)
    for i in range(1, len(rows)):
        line = rows[i].replace("&", "")
        w.beat(ctx.L(f"Step {i}", f"第 {i} 步"), ctx.L(f"Rewrite to get ${line}$.", f"变形得到 ${line}$。"))
        w.play(f"TransformMatchingShapes(steps[{i - 1}].copy(), steps[{i}]), marker.animate.become(SurroundingRectangle(steps[{i}], color=YELLOW, buff=0.12))", 1.4)
        w.wait(0.5)
    w.beat(ctx.L("Result", "结论"), ctx.L("The last line is the result.", "最后一行就是结论。"))
    w.play(f"marker.animate.set_color(GREEN), steps[{len(rows) - 1}].animate.set_color(GREEN)", 1)
    w.wait(1.5)


@check("derivation")
def _check(f):
    rows = [r.replace("&", "") for r in f.get("rows", [])]
    a = rows[0] if rows else ""
    b = rows[1] if len(rows) > 1 else ""
    return (
        f"Which single rule turns ${a}$ into ${b}$?",
        f"从 ${a}$ 到 ${b}$ 用的是哪一条规则？",
        "Compare the two lines piece by piece: the parts that stay in place were not touched; the part that moved shows the rule used (expanding, factoring, or substituting).",
        "逐块比较两行：没动的部分保持不变；变化的部分就是所用的规则（展开、因式分解或代入）。",
    )


# -- recognition (see families.py)
PRIORITY = 300
_WORDS = (r"推导", r"证明", r"化简", r"配方", r"步骤", r"derivation", r"\bderive", r"\bproof\b",
          r"\bprove", r"step\s+by\s+step", r"simplif", r"complete\s+the\s+square", r"expand")
_CALCULUS = (r"级数", r"部分和", r"\bseries\b", r"partial\s+sums?", r"积分", r"integral", r"area\s+under", r"riemann",
             r"极限", r"\blimits?\b", r"趋近", r"approach", r"导数", r"微分", r"切线", r"斜率", r"derivative",
             r"tangent", r"slope", r"differentiat")


def evidence(info) -> int | None:
    """Aligned rows: strong when the prose speaks of a derivation (or of no calculus), else weak."""
    if not info.aligned:
        return None
    words = any(re.search(p, info.prose, re.I) for p in _WORDS)
    calculus = any(re.search(p, info.prose, re.I) for p in _CALCULUS)
    return 0 if words or not calculus else 2


def needs(info) -> bool:
    """Aligned rows that are steps of one derivation (a linear system's rows are not)."""
    return bool(info.aligned) and not states_a_linear_system(info)
