"""The stable_matching family: the preference-list reader, deferred acceptance, and the design.

The algorithm is checked against its textbook properties (Gale and Shapley 1962): the result
has no blocking pair, and every proposer's partner is the best they have in any stable matching,
found here by brute force over all n! perfect matchings. A one-proposal-at-a-time run written
here independently must give the same matching (the result does not depend on the order).
"""

from __future__ import annotations

import random
import re

import pytest

from mkdocs_manimgen.generate.offline import OfflineGenerator, classify
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.preferences import (Instance, blocking_pairs, deferred_acceptance, entries,
                                                          matching, parse, stable_matchings)
from mkdocs_manimgen.generate.offline.templates import stable_matching
from mkdocs_manimgen.model import BlockSpec

THREE = ("A: X > Y > Z, B: Y > X > Z, C: X > Z > Y. X: B > A > C, Y: A > B > C, Z: C > A > B.")
# 14 rounds on 5 x 5: the long case for the scene's timing
LONG = ("A: Z > W > V > Y > X; B: V > Z > X > W > Y; C: Y > Z > W > V > X; D: Z > V > Y > W > X; E: V > Z > W > Y > X; "
        "V: C > B > E > A > D; W: D > B > A > E > C; X: B > A > C > E > D; Y: B > E > A > C > D; Z: B > E > D > A > C.")


def _lists(inst: Instance) -> dict[str, list[str]]:
    out = {p: [inst.receivers[j] for j in row] for p, row in zip(inst.proposers, inst.proposer_prefs)}
    out.update({r: [inst.proposers[i] for i in row] for r, row in zip(inst.receivers, inst.receiver_prefs)})
    return out


EXPECTED_THREE = {"A": ["X", "Y", "Z"], "B": ["Y", "X", "Z"], "C": ["X", "Z", "Y"],
                  "X": ["B", "A", "C"], "Y": ["A", "B", "C"], "Z": ["C", "A", "B"]}


@pytest.mark.parametrize("text", [
    THREE,
    "A: X, Y, Z\nB: Y, X, Z\nC: X, Z, Y\nX: B, A, C\nY: A, B, C\nZ: C, A, B",
    "A: X Y Z\nB: Y X Z\nC: X Z Y\nX: B A C\nY: A B C\nZ: C A B",
    r"$A: X \succ Y \succ Z$, $B: Y \succ X \succ Z$, $C: X \succ Z \succ Y$; $X: B \succ A \succ C$, "
    r"$Y: A \succ B \succ C$, $Z: C \succ A \succ B$.",
    "A prefers X, then Y, then Z. B prefers Y to X to Z. C prefers X over Z over Y. X prefers B, then A, then C. "
    "Y prefers A, then B, then C. Z prefers C, then A, then B.",
    "A 的偏好：X > Y > Z；B 的偏好：Y、X、Z；C 的偏好为 X，其次 Z，然后 Y。X 最喜欢 B，其次是 A，最后是 C。"
    "Y 的偏好：A ≻ B ≻ C；Z 的偏好：C > A > B。",
    r"$$\begin{array}{c|ccc} & 1 & 2 & 3 \\ \hline A & X & Y & Z \\ B & Y & X & Z \\ C & X & Z & Y \end{array}"
    r"\qquad\begin{array}{c|ccc} X & B & A & C \\ Y & A & B & C \\ Z & C & A & B \end{array}$$",
    r"$$\begin{aligned} A &: X \succ Y \succ Z \\ B &: Y \succ X \succ Z \\ C &: X \succ Z \succ Y \\"
    r" X &: B \succ A \succ C \\ Y &: A \succ B \succ C \\ Z &: C \succ A \succ B \end{aligned}$$",
    "| | 1st | 2nd | 3rd |\n|---|---|---|---|\n| A | X | Y | Z |\n| B | Y | X | Z |\n| C | X | Z | Y |\n"
    "| X | B | A | C |\n| Y | A | B | C |\n| Z | C | A | B |",
    "Proposers: A, B, C. Receivers: X, Y, Z.\n- A: X, Y, Z\n- B: Y, X, Z\n- C: X, Z, Y\n- X: B, A, C\n- Y: A, B, C\n- Z: C, A, B",
], ids=["arrows", "commas", "spaces", "succ", "prefers", "chinese", "array", "aligned", "markdown-table", "headed"])
def test_accepted_syntaxes(text):
    inst = parse(text)
    assert inst is not None
    assert (inst.proposers, inst.receivers) == (("A", "B", "C"), ("X", "Y", "Z"))
    assert _lists(inst) == EXPECTED_THREE


HAN_THREE = {"甲": ["A", "B", "C"], "乙": ["B", "A", "C"], "丙": ["A", "C", "B"],
             "A": ["乙", "甲", "丙"], "B": ["甲", "乙", "丙"], "C": ["丙", "甲", "乙"]}


@pytest.mark.parametrize("text", [
    "甲：A > B > C；乙：B > A > C；丙：A > C > B。A：乙 > 甲 > 丙；B：甲 > 乙 > 丙；C：丙 > 甲 > 乙。",
    "甲的偏好：A、B、C；乙的偏好：B，A，C；丙的偏好为 A ≻ C ≻ B。A 的偏好：乙 > 甲 > 丙；B 的偏好是甲、乙、丙；"
    "C 的偏好：丙 > 甲 > 乙。",
    "甲最喜欢A，其次B，最后C；乙最喜欢 B，其次是 A，最后是 C；丙最喜欢A其次C最后B。"
    "A最喜欢乙，其次甲，最后丙；B最喜欢甲，其次乙，然后丙；C首选丙，其次甲，最后乙。",
    "| | 第一 | 第二 | 第三 |\n|---|---|---|---|\n| 甲 | A | B | C |\n| 乙 | B | A | C |\n| 丙 | A | C | B |\n"
    "| A | 乙 | 甲 | 丙 |\n| B | 甲 | 乙 | 丙 |\n| C | 丙 | 甲 | 乙 |",
    r"$$\begin{array}{c|ccc} \text{甲} & A & B & C \\ \text{乙} & B & A & C \\ \text{丙} & A & C & B \\"
    r" A & \text{乙} & \text{甲} & \text{丙} \\ B & \text{甲} & \text{乙} & \text{丙} \\"
    r" C & \text{丙} & \text{甲} & \text{乙} \end{array}$$",
], ids=["colon", "de-pianhao", "zui-xihuan", "markdown-table", "latex-array"])
def test_chinese_names(text):
    inst = parse(text)
    assert inst is not None
    assert (inst.proposers, inst.receivers) == (("甲", "乙", "丙"), ("A", "B", "C"))
    assert _lists(inst) == HAN_THREE


def test_chinese_and_other_non_latin_words():
    inst = parse("张三：王五 > 赵六；李四的偏好：赵六、王五。王五最喜欢李四，其次张三；赵六：张三 > 李四。")
    assert inst.proposers == ("张三", "李四") and _lists(inst)["王五"] == ["李四", "张三"]
    inst = parse("Анна: Xavi > Yves; Boris: Yves > Xavi. Xavi: Анна > Boris; Yves: Boris > Анна.")
    assert inst.proposers == ("Анна", "Boris")


@pytest.mark.parametrize("text", [
    "甲：A > B > C；乙：B > A > C；丙：A > C > B。A：乙 > 甲 > 丙；B：甲 > 乙 > 丙。",  # C's list missing
    "甲：A > B > C；乙：B > A；丙：A > C > B。A：乙 > 甲 > 丙；B：甲 > 乙 > 丙；C：丙 > 甲 > 乙。",  # 乙's list short
    "甲：A > B > C；乙：B > A > C；丙：A > C > B。A：乙 > 甲 > 丁；B：甲 > 乙 > 丙；C：丙 > 甲 > 乙。",  # 丁 on one side only
    # a name run into the prose before it (其中甲) is another name: refused, never guessed
    "其中甲：A > B；乙：B > A。A：甲 > 乙；B：乙 > 甲。",
], ids=["receiver-missing", "short-list", "one-side-only", "name-in-prose"])
def test_incomplete_chinese_lists_are_refused(text):
    assert parse(text) is None
    assert stable_matching.needs(extract(f"稳定匹配（Gale–Shapley）：{text}")) is None


def test_indexed_and_word_names():
    inst = parse(r"$m_{1}: w_2 > w_1$, $m_2: w_1 > w_2$, $w_1: m_1 > m_2$, $w_{2}: m_2 > m_1$")
    assert inst.proposers == ("m_1", "m_2") and inst.receivers == ("w_1", "w_2")
    inst = parse("Alice prefers Xavier, then Yuri. Bob prefers Yuri to Xavier. Xavier prefers Alice over Bob. "
                 "Yuri prefers Alice, then Bob.")
    assert inst.proposers == ("Alice", "Bob") and _lists(inst)["Yuri"] == ["Alice", "Bob"]
    assert stable_matching.tex("m_1") == "m_{1}" and stable_matching.tex("Alice") == r"\text{Alice}"
    assert stable_matching.plain("m_12") == "m₁₂"


def test_the_side_written_first_proposes():
    receivers_first = "X: B > A, Y: A > B. A: X > Y, B: Y > X."
    assert parse(receivers_first).proposers == ("X", "Y")


@pytest.mark.parametrize("text", [
    "A: X > Y > Z, B: Y > X > Z, C: X > Z > Y. X: B > A > C, Y: A > B > C.",  # Z's list missing
    "A: X > Y > Z, B: Y > X > Z, C: X > Z. X: B > A > C, Y: A > B > C, Z: C > A > B.",  # C's list short
    "A: X > X > Z, B: Y > X > Z, C: X > Z > Y. X: B > A > C, Y: A > B > C, Z: C > A > B.",  # X twice
    "A: X > Y, B: Y > X, C: X > Y. X: B > A > C, Y: A > B > C.",  # 3 proposers, 2 receivers
    "A: X > Y > Z, B: Y > X > Z, C: X > Z > Y. X: B > A > C, Y: A > B > C, Z: C > A > B. A: Z > Y > X.",  # A twice
    "A: B > C, B: A > C, C: A > B",  # one set ranking itself (roommates), not two sides
    "A: X, B: X, X: A > B",  # one per side is no choice
    " ".join(f"P{k}: " + " > ".join(f"R{j}" for j in range(6)) + "," for k in range(6))
    + " ".join(f"R{k}: " + " > ".join(f"P{j}" for j in range(6)) + "," for k in range(6)),  # 6 per side
], ids=["receiver-missing", "short-list", "repeated-name", "unequal-sides", "ranked-twice", "one-set", "one-each",
        "six-each"])
def test_incomplete_or_inconsistent_lists_are_refused(text):
    assert parse(text) is None
    assert stable_matching.needs(extract(f"Gale–Shapley stable matching: {text}")) is None


def test_needs_the_authors_data_or_no_formula_at_all():
    assert stable_matching.needs(extract(f"Run Gale–Shapley. {THREE}")).proposers == ("A", "B", "C")
    # the algorithm named, no formula and no ranking: the example, narrated "for instance"
    assert stable_matching.needs(extract("The Gale–Shapley algorithm finds a stable matching.")) is not None
    # a formula that is not preference lists: not this family's data
    assert stable_matching.needs(extract("A stable matching of $n = 4$ pairs exists; there are $4! = 24$ matchings.")) is None
    # prose rankings that are incomplete: never replaced by the example
    assert stable_matching.needs(extract("Stable matching with A: X > Y and X: A > B.")) is None


def _sequential(inst: Instance) -> dict[int, int]:
    """One proposal at a time, the lowest-index free proposer first (McVitie and Wilson's order)."""
    nxt, held = [0] * inst.n, {}
    while len(held) < inst.n:
        i = min(set(range(inst.n)) - set(held.values()))
        j = inst.proposer_prefs[i][nxt[i]]
        nxt[i] += 1
        if j not in held:
            held[j] = i
        elif inst.prefers(j, i, held[j]):
            held[j] = i
    return {i: j for j, i in held.items()}


def _random(rng: random.Random, n: int) -> Instance:
    names = "ABCDE"[:n], "VWXYZ"[:n]
    return Instance(tuple(names[0]), tuple(names[1]), tuple(tuple(rng.sample(range(n), n)) for _ in range(n)),
                    tuple(tuple(rng.sample(range(n), n)) for _ in range(n)))


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_the_result_is_stable_and_proposer_optimal(n):
    rng = random.Random(n)
    for _ in range(60):
        inst = _random(rng, n)
        final = matching(inst)
        assert sorted(final.values()) == list(range(n))  # perfect
        assert not blocking_pairs(inst, final)
        assert final == _sequential(inst)
        stable = stable_matchings(inst)
        assert final in stable
        for i in range(n):  # no stable matching gives proposer i a better partner
            rank = inst.proposer_prefs[i].index
            assert all(rank(final[i]) <= rank(other[i]) for other in stable)


def test_blocking_pairs_by_hand():
    inst = parse(THREE)
    # A-Z, B-Y, C-X: A prefers X and Y to Z; X ranks A above C, Y ranks A above B: both pairs block
    assert blocking_pairs(inst, {0: 2, 1: 1, 2: 0}) == [(0, 0), (0, 1)]
    # this instance has two stable matchings; deferred acceptance gives the proposers' better one
    assert stable_matchings(inst) == [{0: 0, 1: 1, 2: 2}, {0: 1, 1: 0, 2: 2}]
    assert matching(inst) == {0: 0, 1: 1, 2: 2}


def test_rounds_by_hand():
    """The built-in example, worked by hand: B beats A at X, A displaces C at Y, C displaces B at X, B gets Z."""
    inst = parse(stable_matching.EXAMPLE)
    rounds = deferred_acceptance(inst)
    assert [r.proposals for r in rounds] == [((0, 0), (1, 0), (2, 1)), ((0, 1),), ((2, 0),), ((1, 2),)]
    assert [r.rejected for r in rounds] == [((0, 0),), ((2, 1),), ((1, 0),), ()]
    assert matching(inst) == {0: 1, 1: 2, 2: 0}


@pytest.fixture(scope="module")
def generator():
    gen = OfflineGenerator()
    yield gen
    gen.close()


def _draft(gen, concept: str):
    return gen.generate(BlockSpec(page="m.md", line=1, concept=concept))


def test_scene_draws_the_authors_lists_and_final_matching(generator):
    draft = _draft(generator, f"Deferred acceptance. {THREE}")
    assert draft.kind == "stable_matching" and draft.reasoning is None
    assert "proposer_prefs = [['X', 'Y', 'Z'], ['Y', 'X', 'Z'], ['X', 'Z', 'Y']]" in draft.code
    assert "receiver_prefs = [['B', 'A', 'C'], ['A', 'B', 'C'], ['C', 'A', 'B']]" in draft.code
    assert "A–X, B–Y, C–Z: stable" in draft.code  # this instance: everyone but C gets a first choice
    assert "For instance" not in draft.notes_md


def test_long_runs_fit_the_time_and_summarise(generator):
    draft = _draft(generator, f"Stable matching, 5 per side: {LONG}")
    assert len(deferred_acceptance(parse(LONG))) == 14
    assert 6 <= draft.storyboard[-1].end <= 20
    titles = [b.title for b in draft.storyboard]
    assert titles[1:5] == ["Round 1", "Round 2", "Round 3", "Round 4"] and titles[5] == "Rounds 5–14"


def test_lists_alone_are_evidence(generator):
    """Complete two-sided lists are this family even when no keyword names the algorithm."""
    assert classify("Find a matching everyone accepts: P: K > L, Q: K > L; K: Q > P, L: P > Q.") == "stable_matching"
    draft = _draft(generator, "稳定婚姻问题：P 的偏好：K > L；Q 的偏好：K > L；K 的偏好：Q > P；L 的偏好：P > Q。")
    assert draft.kind == "stable_matching" and not draft.storyboard[0].narration.startswith("例如")
    assert "P–L、Q–K" in draft.code and "逐轮" in draft.notes_md


def test_chinese_names_are_drawn_as_text(generator):
    """Names TeX's default fonts lack go to Text in the CJK font; the Latin ones keep one LaTeX run for all lists."""
    draft = _draft(generator, "稳定婚姻问题：甲的偏好：A > B > C；乙的偏好：B > A > C；丙最喜欢A，其次C，最后B。"
                              "A：乙 > 甲 > 丙；B：甲 > 乙 > 丙；C：丙 > 甲 > 乙。")
    assert draft.kind == "stable_matching"
    assert "proposers = ['甲', '乙', '丙']" in draft.code and "receivers = ['A', 'B', 'C']" in draft.code
    assert "font='Noto Sans CJK SC'" in draft.code and "MathTex(" not in draft.code
    assert "甲–A、乙–B、丙–C" in draft.code
    latin = _draft(generator, f"Deferred acceptance. {THREE}")
    assert latin.code.count("MathTex(") == 1 and "Noto Sans CJK SC" not in latin.code


def test_text_lists_group_whole_names(generator, tmp_path):
    """A Text list is cut into [name, '>', name, ...] by counting characters: each part must be its name's glyphs
    (a ligature, fi in Fifi, would shift every later cut). Runs the scene's own code up to its lists, no render."""
    from manim import Text, tempconfig

    draft = _draft(generator, "Stable matching: Анна: Fifi > Griffin; Борис: Griffin > Fifi. "
                              "Fifi: Борис > Анна; Griffin: Анна > Борис.")
    lines = draft.code.split("def construct(self):\n", 1)[1].splitlines()
    upto = next(n for n, line in enumerate(lines) if line.strip().startswith("lists = ")) + 1
    body = "\n".join(line[8:] for line in lines[:upto])
    with tempconfig({"media_dir": str(tmp_path), "verbosity": "ERROR"}):
        scope: dict = {}
        exec("from manim import *\n" + body, scope)  # noqa: S102 - the project's own generated code
        for names, parts in zip(scope["proposer_prefs"] + scope["receiver_prefs"], scope["lists"]):
            assert len(parts) == 2 * len(names) - 1
            for name, part in zip(names, parts[::2]):
                alone = Text(name, font="Noto Sans CJK SC", font_size=scope["size"] - 4)
                assert part.width == pytest.approx(alone.width, rel=0.05), (name, names)


def test_rejections_stay_red_until_the_next_answers(generator):
    """A rejected arrow turns red in its round's answers and fades only with the next round's answers, even in the
    quick rounds; its entry is struck off for good. The rounds keep their length (the storyboard's times)."""
    draft = _draft(generator, f"Stable matching, 5 per side: {LONG}")
    plays = [line.strip() for line in draft.code.splitlines() if line.strip().startswith(("self.play(", "self.wait("))]
    seconds = [float(re.search(r"(?:run_time=|wait\()([0-9.]+)\)$", p)[1]) for p in plays]
    rounds = deferred_acceptance(parse(LONG))
    for k, rnd in enumerate(rounds[:-1], 1):
        for i, j in rnd.rejected:
            turned = next(n for n, p in enumerate(plays) if f"e_{i}_{j}.animate.set_color(RED)" in p)
            gone = next(n for n, p in enumerate(plays) if f"FadeOut(e_{i}_{j})" in p)
            assert sum(seconds[turned:gone + 1]) >= 0.6, (k, i, j)
            assert f"strike(p_lists[{i}][{2 * parse(LONG).proposer_prefs[i].index(j)}])" in plays[turned]
    assert sum(seconds) == pytest.approx(draft.storyboard[-1].end) == 15.4  # as long as before the red stayed


def test_example_only_without_data(generator):
    draft = _draft(generator, "The Gale–Shapley algorithm always finds a stable matching.")
    assert draft.kind == "stable_matching"
    assert draft.storyboard[0].narration.startswith("For instance")


@pytest.mark.parametrize("concept,family", [
    # "stable" and "matching" in other senses never draw preference lists
    ("Is the equilibrium stable? Match the phase portrait of $\\dot x = y$, $\\dot y = -x - y$ from $x(0) = 1$, $y(0) = 0$.",
     "phase_portrait"),
    ("A stable matching needs rankings; here we only count that $5! = 120$ perfect matchings pair 5 with 5.", "equation"),
])
def test_other_senses_are_not_this_family(concept, family):
    assert classify(concept) == family
