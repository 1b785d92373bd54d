"""stable_matching: Gale and Shapley's deferred acceptance on the author's preference lists.

Proposers stand on the left, receivers on the right, each beside their own ranking (best first),
as the block writes them (syntaxes: :mod:`..preferences`). The rounds are computed here, at
design time, and written into the scene as straight-line code: in each round every free
proposer proposes (a yellow arrow, a ring on their list) to the best receiver who has not yet
rejected them; each receiver holds the best offer so far (green, a ring on her list) and rejects
the others (red until the next round's answers), and a rejected proposer's entry is struck off
their list. The last round leaves the proposer-optimal stable matching.

Render cost: the lists' glyphs are drawn once and never animated (Manim copies what it animates,
and a glyph's copy is slow); what changes is drawn over them. All Latin names and lists come
from one LaTeX run; names TeX's default fonts lack are Text in the CJK font.

A block that names the algorithm but writes no formula and no ranking gets a 3 x 3 example,
narrated "for instance": the prose then describes exactly this algorithm, so the example
illustrates the author's statement rather than replacing their data.
"""

from __future__ import annotations

import re

from ..families import no_formula
from ..notes import check
from ..preferences import Instance, Round, deferred_acceptance, entries, parse
from ..storyboard import CJK_FONT
from .common import Ctx, fmt, pystr, text_mob

TITLE = ("Stable Matching (Gale–Shapley)", "稳定匹配（Gale–Shapley 算法）")
WHAT = ("A matching between two sides that rank each other is stable when no blocking pair exists: no two people who "
        "both prefer each other to their partners. Gale and Shapley's deferred acceptance finds one: each free proposer "
        "proposes to the best receiver not yet tried, each receiver holds the best offer so far and rejects the rest. "
        "The result is the best stable matching for every proposer. The animation runs it round by round, as Gale and "
        "Shapley described it: in each round every free proposer proposes at once (any order gives the same matching).",
        "双方互相排序时，如果不存在阻塞对（两个人都更喜欢对方而不是各自的伴侣），匹配就是稳定的。Gale–Shapley 的延迟接受算法"
        "一定能找到稳定匹配：每个尚未配对的提议方，向还没拒绝过自己的接受方中最喜欢的那个提议；接受方只暂时保留目前最好的提议、拒绝其余的。"
        "得到的稳定匹配对每个提议方都是最优的。动画按 Gale 和 Shapley 的原始描述逐轮进行：每一轮所有未配对的提议方同时提议"
        "（按任何顺序提议，结果都相同）。")
PRIORITY = 74
KEYWORDS = (r"stable\s+(matching|marriage)", r"gale[\s\-–—]*shapley", r"deferred[\s\-]+acceptance", r"blocking\s+pair",
            r"稳定匹配", r"稳定婚姻", r"延迟接受", r"阻塞对", r"盖尔-?沙普利")
EXAMPLE = "A: X > Y > Z; B: X > Z > Y; C: Y > X > Z; X: C > B > A; Y: A > C > B; Z: A > B > C"
SHOWN_BEATS = 4  # rounds narrated one beat each; later ones share a beat and run quickly
SPAN = 10.0  # seconds for all the rounds; 17 rounds (the most for 5 x 5) still end the scene by 17.4 s
FAST = 0.6  # seconds for a round after the narrated ones


def evidence(info):
    """Tier 0 for the algorithm's names, or for complete two-sided preference lists on their own."""
    if any(re.search(k, info.prose, re.I) for k in KEYWORDS) or parse(info.concept) is not None:
        return 0
    return None


def needs(info) -> Instance | None:
    """The author's complete, consistent lists; the example only for a block with no formula and no ranking."""
    inst = parse(info.concept)
    if inst is None and no_formula(info) and not any(len(names) > 1 for _, names in entries(info.concept)):
        return parse(EXAMPLE)
    return inst


def tex(name: str) -> str:
    """``m_1`` and ``m1`` as m with index 1, a word upright."""
    m = re.fullmatch(r"([A-Za-z])_?([A-Za-z0-9]+)?", name)
    if m and (m[2] is None or "_" in name or m[2].isdigit()):
        return m[1] + (f"_{{{m[2]}}}" if m[2] else "")
    return rf"\text{{{name}}}"


def plain(name: str) -> str:
    """For Text: indices as Unicode subscripts (m₁), so no TeX is needed beside CJK."""
    m = re.fullmatch(r"([A-Za-z])_?([0-9]+)", name)
    return m[1] + m[2].translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")) if m else name.replace("_", "")


def _names(names, words: bool) -> str:
    return "[" + ", ".join(pystr(plain(n) if words else tex(n)) for n in names) + "]"


def words(inst: Instance) -> bool:
    """Names TeX's default fonts lack (Chinese, Cyrillic, Greek): every name is drawn as Text in the CJK font."""
    return any(not n.isascii() for n in (*inst.proposers, *inst.receivers))


def say(name: str) -> str:
    """For narration (Markdown with math)."""
    return f"${tex(name)}$" if not tex(name).startswith("\\text") else name


def decisions(inst: Instance, before: dict[int, int], rnd: Round, zh: bool, show) -> list[str]:
    """What each receiver who got a proposal does this round, in words (``show`` writes a name)."""
    P, Q = inst.proposers, inst.receivers
    after = {j: i for i, j in rnd.held}
    out = []
    for j in sorted({j for _, j in rnd.proposals}):
        best, prev = after[j], before.get(j)
        out_j = [show(P[i]) for i, r in rnd.rejected if r == j and i != prev]
        sep = "、" if zh else ", "
        if prev is not None and prev != best:
            text = f"{show(Q[j])} 放弃 {show(P[prev])}，改为接受 {show(P[best])}" if zh else \
                f"{show(Q[j])} drops {show(P[prev])} for {show(P[best])}"
        else:
            text = f"{show(Q[j])} 暂时接受 {show(P[best])}" if zh else f"{show(Q[j])} holds {show(P[best])}"
        if out_j:
            text += (f"，拒绝 {sep.join(out_j)}" if zh else f", rejects {sep.join(out_j)}")
        out.append(text)
    return out


def proposals_said(inst: Instance, rnd: Round, zh: bool) -> str:
    by = {}
    for i, j in rnd.proposals:
        by.setdefault(j, []).append(say(inst.proposers[i]))
    if zh:
        return "；".join(f"{'、'.join(ps)} 向 {say(inst.receivers[j])} 提议" for j, ps in sorted(by.items()))
    parts = [f"{' and '.join(ps)} propose{'s' if len(ps) == 1 else ''} to {say(inst.receivers[j])}" for j, ps in sorted(by.items())]
    return ", ".join(parts)


def build(ctx: Ctx) -> None:
    w, L, zh = ctx.w, ctx.L, ctx.zh
    inst = needs(ctx.info) or parse(EXAMPLE)
    w.example = parse(ctx.info.concept) is None
    rounds = deferred_acceptance(inst)
    final = dict(rounds[-1].held)
    n, P, Q = inst.n, inst.proposers, inst.receivers
    pairs = [(P[i], Q[final[i]]) for i in range(n)]
    # the notes' key formula when the block has none: when a pair (p, r) blocks a matching M
    ctx.facts.update(inst=inst, final=final, rounds=len(rounds), formula_tex=r"r \succ_p M(p) \;\wedge\; p \succ_r M(r)")
    w.beat(ctx.title, L(f"{', '.join(say(p) for p in P[:-1])} and {say(P[-1])} (left) propose; {', '.join(say(q) for q in Q[:-1])} "
                        f"and {say(Q[-1])} (right) receive. Each ranks the other side, best first.",
                        f"{'、'.join(say(p) for p in P)}（左）是提议方，{'、'.join(say(q) for q in Q)}（右）是接受方；"
                        f"每个人都把对方按喜欢程度从高到低排好序。"))
    w.title(ctx.title)
    text = words(inst)
    w.code(
        f"proposers = {_names(P, text)}  # the author's names and rankings, best first",
        f"receivers = {_names(Q, text)}",
        f"proposer_prefs = [{', '.join(_names([Q[j] for j in row], text) for row in inst.proposer_prefs)}]",
        f"receiver_prefs = [{', '.join(_names([P[i] for i in row], text) for row in inst.receiver_prefs)}]",
        f"size, radius = {40 if n <= 3 else 34}, {0.38 if n <= 3 else 0.32}  # fewer people: larger",
        "n, m = len(proposers), 2 * len(proposers) - 1  # people per side; parts of a list: names and '>'",
    )
    if text:
        w.code(
            "def ranking(names):  # one Text per list, its glyphs grouped as [name, '>', name, ...]",
            "    line = ' > '.join(names)",
            "    # without ligatures (fi, ff) Text has one glyph per character, spaces included",
            f"    row = Text(line, font={CJK_FONT!r}, font_size=size - 4, disable_ligatures=True)",
            "    parts, k = [], 0",
            "    for t in line.split(' '):",
            "        parts.append(row[k:k + len(t)])",
            "        k += len(t) + 1",
            "    return VGroup(*parts)",
            f"labels = [Text(t, font={CJK_FONT!r}, font_size=size) for t in proposers + receivers]",
            "lists = [ranking(r) for r in proposer_prefs + receiver_prefs]",
        )
    else:
        w.code(
            "def ranking(names):",
            "    return [part for k, t in enumerate(names) for part in ([\">\", t] if k else [r\"\\qquad \" + t])]",
            "# one LaTeX run for every name and list (each list keeps TeX's spacing); the parts are placed below",
            "tex = MathTex(*[r\"\\quad \" + t for t in proposers + receivers],",
            "              *[part for r in proposer_prefs + receiver_prefs for part in ranking(r)], font_size=size - 4)",
            "labels = [t.scale(size / (size - 4)) for t in tex[:2 * n]]",
            "lists = [tex[2 * n + k * m:2 * n + (k + 1) * m] for k in range(2 * n)]",
        )
    w.code(
        "def node(label, color):",
        "    box = Circle(radius=radius) if label.width < 1.5 * radius else SurroundingRectangle(label, buff=0.14, corner_radius=0.18)",
        "    box.set_stroke(color, 3).set_fill(color, 0.2)",
        "    return VGroup(box, label.move_to(box))",
        "P = VGroup(*[node(t, BLUE) for t in labels[:n]])",
        "Q = VGroup(*[node(t, ORANGE) for t in labels[n:]])",
        "p_lists = VGroup(*lists[:n])",
        "q_lists = VGroup(*lists[n:])",
        "half = max(b.width for b in [*P, *Q]) / 2",
        "widest = max(m.width for m in [*p_lists, *q_lists])",
        "shrink = min(1, (6.9 - 1.7 - 2 * half) / widest)",
        "x = 1.4 + half + min(1.0, max(0, 6.9 - 1.7 - 2 * half - shrink * widest) / 2)  # short lists: columns apart",
        f"gap = {fmt(min(1.6, 4.2 / (n - 1)), 3)}",
        "for k in range(len(P)):",
        f"    y = -0.35 + ({n - 1} / 2 - k) * gap",
        "    P[k].move_to([-x, y, 0])",
        "    Q[k].move_to([x, y, 0])",
        "    p_lists[k].scale(shrink).next_to(P[k], LEFT, buff=0.3)",
        "    q_lists[k].scale(shrink).next_to(Q[k], RIGHT, buff=0.3)",
        f"p_head = {text_mob(L('Proposers', '提议方'), 26, 'BLUE')}.next_to(VGroup(P, p_lists), UP, buff=0.3)",
        f"q_head = {text_mob(L('Receivers', '接受方'), 26, 'ORANGE')}.next_to(VGroup(Q, q_lists), UP, buff=0.3).align_to(p_head, UP)",
        "def edge(i, j):",
        "    return Arrow(P[i].get_right(), Q[j].get_left(), buff=0.06, color=YELLOW, stroke_width=4, tip_length=0.2)",
        "# marks drawn over the lists (the lists' glyphs never change: copying them each round is what costs)",
        "def ring(entry, color):  # who proposes to whom, who holds whom",
        "    return SurroundingRectangle(entry, buff=0.05, color=color, stroke_width=3, corner_radius=0.05)",
        "def strike(entry):  # a rejection, crossed off for good",
        "    return Line(entry.get_left() + 0.06 * LEFT, entry.get_right() + 0.06 * RIGHT, color=RED, stroke_width=4)",
        f"log = {text_mob(L('Deferred acceptance', '延迟接受算法'), 26)}.to_edge(DOWN, buff=0.35)",
    )
    w.play("Write(title), FadeIn(P), FadeIn(Q), FadeIn(p_lists), FadeIn(q_lists), FadeIn(p_head), FadeIn(q_head), FadeIn(log)", 1.6)
    shown = len(rounds) if len(rounds) <= SHOWN_BEATS + 1 else SHOWN_BEATS
    per_round = max(1.2, min(2.0, (SPAN - FAST * (len(rounds) - shown)) / shown))
    held: dict[int, int] = {}  # receiver -> proposer, before the round
    red: tuple[tuple[int, int], ...] = ()  # the arrows rejected in the round before: still shown, red
    for k, rnd in enumerate(rounds, 1):
        if k <= shown:
            rule = L("Every free proposer proposes to the best receiver not yet tried; each receiver holds the best offer "
                     "and rejects the rest. ", "每个未配对的提议方，向还没拒绝过自己的接受方中最喜欢的那个提议；"
                     "接受方暂时接受最好的提议、拒绝其余的。") if k == 1 else ""
            said = ("；" if zh else "; ").join(decisions(inst, held, rnd, zh, say))
            w.beat(L(f"Round {k}", f"第 {k} 轮"), rule + L(f"Round {k}: {proposals_said(inst, rnd, zh)}. {said}.",
                                                           f"第 {k} 轮：{proposals_said(inst, rnd, zh)}。{said}。"))
        elif k == shown + 1:
            w.beat(L(f"Rounds {k}–{len(rounds)}", f"第 {k}–{len(rounds)} 轮"),
                   L(f"Rounds {k} to {len(rounds)}: each rejected proposer moves down their list, until every receiver holds an offer.",
                     f"第 {k} 到 {len(rounds)} 轮：被拒绝的提议方沿自己的列表往下提议，直到每个接受方都有一个提议。"))
            # one caption for the quick rounds: a new line every 0.6 s could not be read
            w.code(f"log_fast = {text_mob(L(f'Rounds {k}–{len(rounds)}: the rejected move down their lists', f'第 {k}–{len(rounds)} 轮：被拒绝的人沿列表往下提议'), 26)}.to_edge(DOWN, buff=0.35)")
            _caption(w, "log_fast")
            w.wait(0.4)
        _round(ctx, inst, rnd, held, red, k, per_round if k <= shown else FAST, caption=k <= shown)
        held, red = {j: i for i, j in rnd.held}, rnd.rejected
    shown = L(", ", "、").join(f"{plain(p)}–{plain(q)}" for p, q in pairs)
    w.beat(L("A stable matching", "稳定匹配"),
           L(f"Every receiver holds an offer: {', '.join(f'{say(p)}–{say(q)}' for p, q in pairs)}. No two people prefer each "
             f"other to their partners (no blocking pair), and no stable matching gives any proposer a better partner.",
             f"每个接受方都有了提议：{'、'.join(f'{say(p)}–{say(q)}' for p, q in pairs)}。没有两个人都更喜欢对方"
             f"（没有阻塞对），而且在所有稳定匹配中，每个提议方得到的伴侣都是最好的。"))
    end = L(f"{shown}: stable (no blocking pair), proposer-optimal", f"{shown}：稳定（无阻塞对），对提议方最优")
    w.code(f"log_end = {text_mob(end, 26, 'GREEN')}.to_edge(DOWN, buff=0.35)")
    w.fit("log_end", 12.6)
    _caption(w, "log_end")
    kept = ", ".join(f"e_{i}_{j}.animate.set_stroke(width=8)" for i, j in sorted(final.items()))
    w.play(f"{kept}, *[b[0].animate.set_fill(GREEN, 0.45) for b in [*P, *Q]]", 1.2)
    w.wait(max(1.6, 6.6 - w.t))


def _caption(w, name: str) -> None:
    """The line at the bottom changes at once, behind everything: a fade would copy its glyphs (slow), and
    behind the moving arrows it stays in the static frame Manim draws once per play."""
    w.code("self.remove(log)", f"self.bring_to_back({name})", f"log = {name}")


def _round(ctx: Ctx, inst: Instance, rnd: Round, before: dict[int, int], red: tuple[tuple[int, int], ...], k: int,
           span: float, caption: bool) -> None:
    """Two plays: the proposals (yellow arrows and rings on the proposers' lists), then the answers (green: held,
    the receiver's ring moves to the proposer held; red: rejected, the entry struck off its list for good). A
    rejected arrow stays red for a quarter round and through the next proposals, and goes with the next answers
    (``red``), so even a quick round's rejection is seen for about 0.6 s.
    ``caption``: the round's decisions replace the line at the bottom."""
    w, zh = ctx.w, ctx.zh
    spot = lambda i, j: 2 * inst.proposer_prefs[i].index(j)  # noqa: E731 - the entry's index among the list's parts
    mark = lambda j, i: 2 * inst.receiver_prefs[j].index(i)  # noqa: E731
    if caption:
        said = ("；" if zh else "; ").join(decisions(inst, before, rnd, zh, plain))
        w.code(f"log_{k} = {text_mob(ctx.L(f'Round {k}: {said}', f'第 {k} 轮：{said}'), 26)}.to_edge(DOWN, buff=0.35)")
        w.fit(f"log_{k}", 12.6)
        _caption(w, f"log_{k}")
    w.code(*[f"e_{i}_{j}, ask_{i} = edge({i}, {j}), ring(p_lists[{i}][{spot(i, j)}], YELLOW)" for i, j in rnd.proposals])
    w.play(", ".join([f"GrowArrow(e_{i}_{j})" for i, j in rnd.proposals] + [f"Create(ask_{i})" for i, _ in rnd.proposals]),
           0.4 * span)
    answer = []
    for i, j in rnd.held:
        if before.get(j) == i:
            continue
        answer += [f"e_{i}_{j}.animate.set_color(GREEN)", f"ask_{i}.animate.set_color(GREEN)"]
        ring = f"ring(q_lists[{j}][{mark(j, i)}], GREEN)"
        answer.append(f"Transform(hold_{j}, {ring})" if j in before else f"Create(hold_{j})")
        if j not in before:
            w.code(f"hold_{j} = {ring}")
    answer += [f"e_{i}_{j}.animate.set_color(RED)" for i, j in rnd.rejected]
    answer += [f"Transform(ask_{i}, strike(p_lists[{i}][{spot(i, j)}]))" for i, j in rnd.rejected]
    answer += [f"FadeOut(e_{i}_{j})" for i, j in red]
    w.play(", ".join(answer), 0.35 * span)
    if rnd.rejected:
        w.wait(max(0.2, 0.25 * span))


@check("stable_matching")
def _check(f):
    inst, final = f["inst"], f["final"]
    P, Q = inst.proposers, inst.receivers
    partner = {j: i for i, j in final.items()}
    # A proposer who did not get their first choice: would that choice and they block the matching?
    i = next((i for i in range(inst.n) if inst.proposer_prefs[i][0] != final[i]), None)
    if i is None:
        i, j = 0, inst.proposer_prefs[0][1]
        why_en = f"No: {say(P[i])} got {say(Q[final[i]])}, their first choice, so {say(P[i])} would not leave."
        why_zh = f"不是：{say(P[i])} 得到的 {say(Q[final[i]])} 就是首选，不会离开。"
    else:
        j = inst.proposer_prefs[i][0]
        h = partner[j]
        why_en = (f"No: {say(P[i])} prefers {say(Q[j])} to {say(Q[final[i]])}, but {say(Q[j])} ranks {say(P[h])}, "
                  f"their partner, above {say(P[i])} — that is why {say(Q[j])} rejected {say(P[i])}.")
        why_zh = (f"不是：{say(P[i])} 更喜欢 {say(Q[j])}，但 {say(Q[j])} 把自己的伴侣 {say(P[h])} 排在 {say(P[i])} 前面"
                  f"——所以 {say(Q[j])} 拒绝了 {say(P[i])}。")
    return (f"In the final matching, is ({say(P[i])}, {say(Q[j])}) a blocking pair?",
            f"在最终的匹配中，({say(P[i])}, {say(Q[j])}) 是阻塞对吗？", why_en, why_zh)
