"""markov_chain: the author's chain moves a distribution step by step to its stationary distribution.

The transition matrix, the start and any stated stationary distribution are read by
:mod:`..chains` (numpy computes the stationary one; a stated one must agree). The distribution is
drawn as bars, one per state, stepping to ``pi_{k+1} = pi_k P`` (rows summing to 1) or
``u_{k+1} = P u_k`` (columns summing to 1) until it settles on dashed marks at the stationary values.
"""

from __future__ import annotations

from ..chains import Chain, fraction_tex, read_chain
from ..notes import check
from ..parts.bars import bars_setup, marks, step_bars
from .common import Ctx, fmt, formula_corner, text_mob

TITLE = ("A Markov Chain Settles Down", "马尔可夫链趋于平稳")
WHAT = ("A Markov chain moves a probability distribution over its states by its transition matrix at every step. For a "
        "regular chain (some power of the matrix has all entries positive) every start converges to the one stationary "
        "distribution $\\pi$, the distribution the matrix leaves unchanged.",
        "马尔可夫链每一步用转移矩阵把状态上的概率分布推进一步。对正则链（转移矩阵的某个幂所有元素为正），"
        "无论从哪里出发，分布都收敛到唯一的平稳分布 $\\pi$，即转移矩阵保持不变的那个分布。")
PRIORITY = 30
KEYWORDS = (r"markov", r"马尔可夫|马尔科夫", r"stationary\s+distribution", r"steady[- ]state", r"transition\s+matrix",
            r"平稳分布", r"转移矩阵", r"稳态")
SHOWN = 6  # steps drawn one by one


def needs(info) -> Chain | None:
    """The author's regular Markov chain (see :func:`..chains.read_chain`), None when it cannot be read."""
    return read_chain(info)


def build(ctx: Ctx) -> None:
    w = ctx.w
    chain = needs(ctx.info)
    assert chain is not None, "markov_chain drawn without a chain"
    n, pi = chain.n, chain.stationary
    count = chain.steps_to_settle()
    path = chain.steps(count)
    pi_tex = "(" + ", ".join(fraction_tex(v) for v in pi) + ")"
    ctx.facts.update(n=n, stationary=pi, steps=count, by_rows=chain.by_rows, matrix=chain.matrix)
    rule = r"\pi_{k+1} = \pi_k P" if chain.by_rows else r"u_{k+1} = P\,u_k"
    start = "(" + ", ".join(fmt(v, 3) for v in chain.start) + ")"
    sums = ctx.L("each row sums to 1" if chain.by_rows else "each column sums to 1",
                 "每一行之和为 1" if chain.by_rows else "每一列之和为 1")
    chosen = "" if chain.start_given else w.chose("start")  # the matrix is the author's; only the start is ours
    start_words = ctx.L(f"start from ${start}$" if chain.start_given else "start in state 1" + chosen,
                        f"从 ${start}$ 出发" if chain.start_given else "从状态 1 出发" + chosen)
    w.beat(ctx.title, ctx.L(f"The transition matrix has {n} states and {sums}, so the distribution moves by ${rule}$; {start_words}.",
                            f"转移矩阵有 {n} 个状态，{sums}，所以分布按 ${rule}$ 变化；{start_words}。"))
    w.title(ctx.title)
    formula_corner(ctx, chain.tex, where="UL")
    w.code("formula.next_to(title, DOWN, buff=0.3).to_edge(LEFT, buff=0.5)",
           f"rule = MathTex(r\"{rule}\", font_size=36).next_to(formula, RIGHT, buff=0.8)",
           f"step_label = MathTex(r\"k = 0\", font_size=36).next_to(rule, RIGHT, buff=0.8)")
    bars_setup(w, [str(k + 1) for k in range(n)], max(max(u) for u in path), width=min(7.5, 2.0 * n), height=3.0, base_y=-3.0, centre_x=-2.0)
    w.code(f"bars = make_bars([{', '.join(fmt(v, 4) for v in chain.start)}])")
    w.play("Write(title), FadeIn(formula), Write(rule)", 1.4)
    w.play("Create(bars_base), FadeIn(bars_labels), FadeIn(bars), FadeIn(step_label)", 1.2)
    w.beat(ctx.L("Step by step", "一步一步"),
           ctx.L(f"Each step multiplies by the matrix. After {count} steps the distribution is "
                 f"${'(' + ', '.join(fmt(v, 3) for v in path[-1]) + ')'}$.",
                 f"每一步乘一次转移矩阵。{count} 步之后分布为 ${'(' + ', '.join(fmt(v, 3) for v in path[-1]) + ')'}$。"))
    rt = 0.9 if count <= 6 else 0.6
    shown = list(range(1, min(count, SHOWN) + 1)) + ([count] if count > SHOWN else [])  # a slow chain jumps to the end
    for k in shown:
        step_bars(w, list(path[k]), rt, extra=f'Transform(step_label, MathTex(r"k = {k}", font_size=36).move_to(step_label))')
        w.wait(0.2)
    marks(w, list(pi))
    stated = ctx.L(" as the block states", "，与题中给出的一致") if chain.stated else ""
    w.beat(ctx.L("The stationary distribution", "平稳分布"),
           ctx.L(f"The bars settle on the stationary distribution $\\pi = {pi_tex}${stated}: one more step leaves it unchanged.",
                 f"柱子停在平稳分布 $\\pi = {pi_tex}${stated}：再走一步也不再改变。"))
    w.code(f"answer = MathTex(r\"\\pi = {pi_tex}\", font_size=40, color=YELLOW).to_edge(RIGHT, buff=0.6).shift(UP * 0.6)",
           f"note = {text_mob(ctx.L('stationary: unchanged by one more step', '平稳：再走一步不变'), 24, 'GREY_A')}.next_to(answer, DOWN, buff=0.2)",
           "if note.get_left()[0] < 1.5:",
           "    VGroup(answer, note).shift(RIGHT * (1.5 - note.get_left()[0]))",
           "if note.get_right()[0] > 7:",
           "    VGroup(answer, note).shift(LEFT * (note.get_right()[0] - 6.9))")
    w.play("Create(targets), Write(answer), FadeIn(note)", 1.4)
    w.play("Indicate(answer)", 1)
    w.wait(1.2)


@check("markov_chain")
def _check(f):
    pi = ", ".join(fraction_tex(v) for v in f["stationary"])
    how = "\\pi P = \\pi" if f["by_rows"] else "P\\pi = \\pi"
    return ("Check that the stationary distribution is unchanged by one step of the chain.",
            "验证平稳分布经过一步转移后不变。",
            f"Multiply: ${how}$ with $\\pi = ({pi})$ gives $\\pi$ back (up to rounding), and its entries sum to 1.",
            f"直接相乘：$\\pi = ({pi})$ 满足 ${how}$（在舍入误差内），且各分量之和为 1。")
