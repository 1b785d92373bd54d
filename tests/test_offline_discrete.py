"""Discrete mathematics, probability and algorithms in the offline designer (issue 23): a Markov chain's
distribution stepping to its stationary one, Bayes with numbers in prose, the law of large numbers for
"the sample mean of many rolls", growth of functions, a merge sort's recursion tree.

Each family: chosen for blocks of its kind (written in the project's own words after CLRS-, Strang- and
Blitzstein-style exercises), refused for look-alikes that ask another question, and drawing the author's numbers.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.chains import read_chain
from mkdocs_manimgen.generate.offline.conditional import prose_rates

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates import bayes


# -- Markov chains -------------------------------------------------------------------------------------

MARKOV = [
    r"Weather as a Markov chain: $$P = \begin{bmatrix} 0.8 & 0.2 \\ 0.4 & 0.6 \end{bmatrix}$$ Starting from "
    r"$\pi_0 = (0, 1)$, find the long-run distribution.",
    r"Population movement: $$u_{k+1} = A u_k, \quad A = \begin{pmatrix} 0.8 & 0.05 \\ 0.2 & 0.95 \end{pmatrix}, "
    r"\quad u_0 = \begin{pmatrix} 0.5 \\ 0.5 \end{pmatrix}$$ The steady state is the eigenvector for $\lambda = 1$.",
    r"A three-state chain $$P = \begin{pmatrix} 0.5 & 0.25 & 0.25 \\ 0.5 & 0 & 0.5 \\ 0.25 & 0.25 & 0.5 \end{pmatrix}$$"
    r" (rain, nice, snow): find its stationary distribution.",
    r"马尔可夫链的转移矩阵为 $$P = \begin{pmatrix} 0.7 & 0.3 \\ 0.4 & 0.6 \end{pmatrix}$$，初始分布 $\pi_0 = (1, 0)$，求平稳分布。",
    r"一个顾客在三家超市之间的转移矩阵为 $$P=\begin{pmatrix}0.6&0.3&0.1\\0.2&0.7&0.1\\0.1&0.2&0.7\end{pmatrix}$$，"
    r"求长期各超市的市场份额（稳态分布）。",
    r"A Markov chain with transition matrix $$P = \begin{pmatrix} 0.9 & 0.1 \\ 0.5 & 0.5 \end{pmatrix}$$ has the "
    r"stationary distribution $\pi$ with $\pi P = \pi$: $\pi = (5/6, 1/6)$.",
    r"A rental car moves between two offices each week by $$P = \begin{pmatrix} \frac{3}{4} & \frac{1}{4} \\ "
    r"\frac{1}{2} & \frac{1}{2} \end{pmatrix}$$ (a Markov chain); where are the cars in the long run?",
    r"Markov chain: a column-stochastic matrix $$M = \begin{pmatrix} 0.9 & 0.2 \\ 0.1 & 0.8 \end{pmatrix}$$ moves "
    r"$x_{k+1} = M x_k$ from $x_0 = (1, 0)$.",
]


@pytest.mark.parametrize("concept", MARKOV)
def test_markov_chains_get_their_bars(concept):
    draft = _draft(concept)
    assert draft.kind == "markov_chain", draft.reasoning
    assert "make_bars(" in draft.code


def test_the_chain_is_read_with_its_orientation_start_and_stationary_distribution():
    rows = read_chain(extract(MARKOV[0]))
    assert rows.by_rows and rows.start == (0.0, 1.0) and rows.start_given
    assert rows.stationary == pytest.approx((2 / 3, 1 / 3))
    cols = read_chain(extract(MARKOV[1]))  # columns sum to 1: u_{k+1} = A u_k
    assert not cols.by_rows and cols.start == (0.5, 0.5)
    assert cols.stationary == pytest.approx((0.2, 0.8))
    stated = read_chain(extract(MARKOV[5]))
    assert stated.stated == pytest.approx((5 / 6, 1 / 6)) and not stated.start_given
    draft = _draft(MARKOV[5])
    assert r"\frac{5}{6}" in draft.code and "0.9 & 0.1" in draft.code
    assert "(a start we chose)" in draft.storyboard[0].narration  # the start in state 1 is the scene's own; the matrix is the block's


@pytest.mark.parametrize("concept", [
    # periodic: no convergence to draw
    r"A Markov chain with $$P = \begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix}$$ alternates forever.",
    # the stated stationary distribution is wrong: not drawn as if it were right
    r"A Markov chain with $$P = \begin{pmatrix} 0.9 & 0.1 \\ 0.5 & 0.5 \end{pmatrix}$$ has stationary distribution "
    r"$\pi = (1/2, 1/2)$.",
    # no matrix
    r"A Markov chain has a stationary distribution $\pi$ with $\pi P = \pi$.",
    # not stochastic
    r"Markov chain? $$P = \begin{pmatrix} 0.9 & 0.3 \\ 0.5 & 0.5 \end{pmatrix}$$",
])
def test_chains_the_scene_cannot_draw_truly_get_the_walkthrough(concept):
    assert _draft(concept).kind in ("equation", "explainer")


def test_a_symmetric_matrix_with_eigenvalues_is_not_a_markov_chain():
    draft = _draft(r"The matrix $$A = \begin{pmatrix} 0.6 & 0.4 \\ 0.4 & 0.6 \end{pmatrix}$$ has eigenvalues 1 and 0.2.")
    assert draft.kind != "markov_chain"


# -- Bayes with numbers in prose ---------------------------------------------------------------------------

BAYES = [
    (r"A disease affects $1\%$ of people; a test has $P(+ \mid D) = 0.95$ and $P(+ \mid \neg D) = 0.1$. "
     r"What is $P(D \mid +)$?", (0.01, 0.95, 0.1)),
    ("A test is 95% sensitive and 90% specific; 1% of people have the disease. If a person tests positive, "
     "how likely is it that they have it?", (0.01, 0.95, 0.1)),
    ("某种疾病的发病率为 $0.5\\%$，检测的灵敏度为 $98\\%$，特异度为 $95\\%$。求检测呈阳性者患病的概率。", (0.005, 0.98, 0.05)),
    ("Quality control: 2% of parts are defective. The inspection detects 90% of the defective parts, with a false "
     "positive rate of 5%. A part is flagged: how likely is it defective? (Bayes)", (0.02, 0.9, 0.05)),
]


@pytest.mark.parametrize("concept,numbers", BAYES)
def test_bayes_reads_numbers_in_prose(concept, numbers):
    draft = _draft(concept)
    assert draft.kind == "bayes", draft.reasoning
    got = bayes.needs(extract(concept))
    assert (got.prior, got.hit, got.false) == pytest.approx(numbers)
    prior, hit, false = numbers
    post = prior * hit / (prior * hit + (1 - prior) * false)
    assert f"{post:.3f}".rstrip("0") in draft.code


def test_bayes_refuses_a_wrong_stated_posterior_and_partial_numbers():
    assert _draft(r"Bayes: $P(D)=0.01$, $P(+|D)=0.9$, $P(+|\neg D)=0.05$, so $P(D|+) = 0.5$.").kind != "bayes"
    assert _draft("Bayes: 1% of people have the disease. How likely is a positive test to be right?").kind != "bayes"
    assert prose_rates("The test is 95% sensitive and 95% sensitive") == {"hit": 0.95}
    assert prose_rates("90% specific, or 80% specific") == {}  # one role, two values: ambiguous


# -- the law of large numbers ---------------------------------------------------------------------------------

def test_the_sample_mean_of_many_rolls_is_the_law_of_large_numbers():
    draft = _draft("The expected value of a fair die is $3.5$; the sample mean of many rolls approaches it.")
    assert draft.kind == "law_of_large_numbers" and r"\mu = 3.5" in draft.code
    wrong = _draft("The expected value of a fair die is $3$; the sample mean of many rolls approaches it.")
    assert wrong.kind != "law_of_large_numbers"


# -- growth of functions ---------------------------------------------------------------------------------------

GROWTH = [
    r"Growth of functions: $n\log n$ versus $n^2$ for $n$ from 1 to 100.",
    r"Which grows faster, $n^2$ or $2^n$? Compare them for $n$ from 1 to 20.",
    r"Order of growth: $\log_2 n$, $\sqrt{n}$, $n$ and $n \log_2 n$ for $1 \le n \le 64$.",
    r"比较函数的增长速度：$n^3$ 与 $3^n$，$n$ 从 1 到 10。",
    r"$100n + 50$ versus $2n^2$: asymptotically the quadratic dominates.",
    r"Big-O: $O(n)$ vs $O(n^2)$.",
    r"Compare $\ln n$, $n$ and $e^n$ for large $n$: the exponential grows fastest.",
    r"Two algorithms take $T_1(n) = 1000n$ and $T_2(n) = n^2$ steps; compare them for $n$ from 1 to 2000.",
]


@pytest.mark.parametrize("concept", GROWTH)
def test_growth_blocks_compare_the_authors_functions(concept):
    draft = _draft(concept)
    assert draft.kind == "growth_of_functions", draft.reasoning
    assert "curve1 = axes.plot(" in draft.code


def test_growth_draws_the_authors_range_functions_and_crossing():
    from mkdocs_manimgen.generate.offline.growth import read_growth

    g = read_growth(extract(GROWTH[0]))
    assert [c.tex for c in g.curves] == [r"n\log n", "n^2"] and g.span == (1.0, 100.0) and g.span_given
    assert not g.log_y and g.natural_log and not g.crossings  # n ln n < n^2 for every n >= 1
    code = _draft(GROWTH[0]).code
    assert "return n*np.log(n)" in code and "return n**2" in code and "x_range=[1, 100," in code
    cross = read_growth(extract(GROWTH[4]))
    assert [x for x, *_ in cross.crossings] == [pytest.approx((100 + 10400 ** 0.5) / 4, abs=1e-3)]  # 100n + 50 = 2n^2
    assert not cross.span_given and "For instance" in _draft(GROWTH[4]).storyboard[0].narration
    assert read_growth(extract(GROWTH[1])).log_y  # 2^20 against 400


def test_growth_leaves_other_questions_alone():
    assert _draft(r"The sequence $a_n = \frac{n}{n+1}$ converges to 1.").kind != "growth_of_functions"
    assert _draft(r"$f(x) = x^2$ and $g(x) = 2x + 3$ intersect at $x = 3$.").kind != "growth_of_functions"
    assert _draft(r"Exponential growth: $$\frac{dy}{dt} = 0.03y,\quad y(0) = 1000$$").kind != "growth_of_functions"
    # lg is base 2 in CLRS and base 10 elsewhere: not read
    assert _draft(r"Growth: $n \lg n$ versus $n^2$ for $n$ from 1 to 100.").kind != "growth_of_functions"


# -- recursion trees ----------------------------------------------------------------------------------------------

TREES = [
    r"Merge sort: the recursion tree of sorting $[5, 2, 4, 7, 1, 3, 2, 6]$ halves the list until single elements "
    r"remain, then merges; $T(n) = 2T(n/2) + O(n)$.",
    r"Trace merge sort on the array $[38, 27, 43, 3, 9, 82, 10]$.",
    r"归并排序：对 $[12, 11, 13, 5, 6, 7]$ 进行排序，画出递归树。",
    r"The recursion tree of $T(n) = 2T(n/2) + n$ shows $T(n) = \Theta(n \log n)$.",
    r"Solve $T(n) = 3T(\lfloor n/4 \rfloor) + \Theta(n^2)$ with a recursion tree.",
    r"Binary search satisfies $T(n) = T(n/2) + 1$.",
    r"Strassen-like: $T(n) = 8T(n/2) + n^2$ by the master theorem.",
    r"用主定理求解 $T(n) = 4T(n/2) + n$。",
    r"Karatsuba multiplication: $T(n) = 3T(n/2) + n$.",
]


@pytest.mark.parametrize("concept", TREES)
def test_recursion_trees_are_drawn(concept):
    assert _draft(concept).kind == "recursion_tree"


def test_merge_sort_levels_and_comparisons_are_computed():
    from mkdocs_manimgen.generate.offline.recursion import merge_sort

    m = merge_sort([5, 2, 4, 7, 1, 3, 2, 6])
    assert [len(level) for level in m.splits] == [1, 2, 4, 8]
    assert m.merges[1] == [(0, (2, 4, 5, 7)), (4, (1, 2, 3, 6))] and m.result == (1, 2, 2, 3, 4, 5, 6, 7)
    assert m.comparisons == (4, 6, 7)
    odd = merge_sort([38, 27, 43, 3, 9, 82, 10])  # the left half takes ceil(n/2), as CLRS's q = floor((p+r)/2)
    assert odd.splits[1] == [(0, (38, 27, 43, 3)), (4, (9, 82, 10))]
    code = _draft(TREES[1]).code
    assert "box('38'" in code and "17 \\le 7 \\cdot 3 = 21" not in code and "14 \\le 7 \\cdot 3 = 21" in code


@pytest.mark.parametrize("concept,answer", [
    (TREES[3], r"\Theta(n \log n)"), (TREES[4], r"\Theta(n^{2})"), (TREES[5], r"\Theta(\log n)"),
    (TREES[6], r"\Theta(n^{3})"), (TREES[8], r"\Theta(n^{\log_{2} 3})"),
])
def test_the_recurrence_total_is_the_level_sums(concept, answer):
    draft = _draft(concept)
    assert f"T(n) = {answer}" in " ".join(b.narration for b in draft.storyboard) and answer in draft.code


def test_recursion_trees_refuse_what_they_cannot_confirm():
    assert _draft(r"Merge sort runs in $O(n \log n)$ time.").kind != "recursion_tree"  # no list, no recurrence
    assert _draft(r"$T(n) = 2T(n/2) + n \log n$ by the recursion tree.").kind != "recursion_tree"  # f not a power of n
    assert _draft(r"Insertion sort on $[31, 41, 59, 26, 41, 58]$.").kind == "sorting"


# The recursion tree asked level by level: a symbolic constant c, \left(\frac{n}{2}\right), T(1) = d, the author's n,
# a cases definition, Chinese.
LEVEL_BY_LEVEL = [
    r"Draw the recursion tree of $T(n)=2T(n/2)+cn$ with $T(1)=d$ level by level: nodes and cost per level, levels, total.",
    r"The recursion tree of $$T(n) = 2T\left(\frac{n}{2}\right) + \Theta(n)$$ drawn one level at a time.",
    r"For $T(n)=2T(n/2)+cn$ and $T(1)=d$, take $n = 32$ and show every level of the recursion tree.",
    r"$$T(n) = \begin{cases} d & \text{if } n = 1 \\ 2T(n/2) + cn & \text{if } n > 1 \end{cases}$$ Draw its recursion tree.",
    r"归并排序的递归树：$T(n)=2T(n/2)+n$，画出每层的代价。",
    r"递归树：$T(n) = 2\,T\left(\dfrac{n}{2}\right) + c\cdot n$，$T(1) = d$，求每层的代价与总代价。",
]


@pytest.mark.parametrize("concept", LEVEL_BY_LEVEL)
def test_recursion_trees_asked_level_by_level_are_drawn(concept):
    draft = _draft(concept)
    assert draft.kind == "recursion_tree"
    assert r"T(n) = \Theta(n \log n)" in " ".join(b.narration for b in draft.storyboard)


def test_a_symbolic_constant_stays_on_the_labels():
    code = _draft(LEVEL_BY_LEVEL[0]).code
    assert 'node(r"cn/2"' in code and "2 \\times cn/2 = cn" in code and "cn\\log_{2} n + d\\,n" in code
    at_32 = _draft(LEVEL_BY_LEVEL[2]).code  # every level of the author's n, with numbers
    assert 'node(r"16c"' in at_32 and 'node(r"2c"' in at_32 and "16 \\times 2c = 32c" in at_32 and "T(32) = 160 c + 32 d" in at_32


def test_the_exact_total_is_the_recurrence_unrolled():
    import sympy as sp

    from mkdocs_manimgen.generate.offline.recursion import Recurrence
    from mkdocs_manimgen.generate.offline.templates.recursion_tree import _read_total, _total_tex, exact_total

    c, d, n = sp.Symbol("c", positive=True), sp.Symbol("d", positive=True), sp.Symbol("n", positive=True)
    for rec in (Recurrence(2, 2, 1, 1, False, "", "c", "d"), Recurrence(3, 4, 1, 2, False, "", "", "d"),
                Recurrence(8, 2, 1, 2, False, "", "c", "d"), Recurrence(1, 2, 1, 0, False, "", "", "d"),
                Recurrence(3, 2, 2, 1, False, "", "", "d")):
        f = (c if rec.letter else 1) * rec.c
        T = {1: d}
        for L in range(1, 6):
            m = rec.b ** L
            T[m] = rec.a * T[m // rec.b] + f * m ** int(rec.k)
            assert sp.simplify(exact_total(rec).subs(n, m) - T[m]) == 0
        shown, exact = _read_total(_total_tex(rec), rec)  # the scene's closed form is the same total
        assert exact and all(sp.simplify((shown - exact_total(rec)).subs(n, rec.b ** L)) == 0 for L in range(1, 5))


def test_a_stated_total_is_checked_and_a_false_one_called_false():
    def said(concept):
        draft = _draft(concept)
        assert draft.kind == "recursion_tree"
        return " ".join(b.narration for b in draft.storyboard)

    assert "that is false" in said(r"The recurrence $T(n) = 2T(n/2) + n$ gives $T(n) = \Theta(n^2)$.")
    assert "that is false" in said(r"Recursion tree: $T(n) = 2T(n/2) + n$, $T(1) = 1$, so $T(n) = n\log_2 n + 2n$.")
    assert "that is false" in said(r"With $n = 16$ the recursion tree of $T(n) = 2T(n/2) + cn$, $T(1) = d$ gives $T(16) = 80c + 16d$.")
    assert "agrees with the block's $T(16) = 64c + 16d$" in said(
        r"With $n = 16$ the recursion tree of $T(n) = 2T(n/2) + cn$, $T(1) = d$ gives $T(16) = 64c + 16d$.")
    assert "agrees with the block's $T(n) = n\log_2 n + n$" in said(
        r"Recursion tree: $T(n) = 2T(n/2) + n$, $T(1) = 1$, so $T(n) = n\log_2 n + n$.")
    assert "agrees" in said(r"The recursion tree of $T(n) = 2T(n/2) + n = \Theta(n \log n)$.")
    # a value at the author's n, read in prose ("the total is"): 6 rows of 1458 and 729 leaves of 5 give 12393
    assert "that is false" in said(r"Recursion tree of $T(n) = 3T(n/3) + 2n$ with $T(1) = 5$ for $n = 729$; the total is "
                                   r"$T(729) = 11664$.")
    # n not a power of b: the sizes would be rounded, not drawn as a tree
    assert _draft(r"For $n = 100$, the recursion tree of $T(n) = 2T(n/2) + cn$.").kind != "recursion_tree"


# -- graph algorithms ---------------------------------------------------------------------------------------------

GRAPHS = [
    r"Dijkstra's algorithm from $A$ on the graph with edges $(A, B, 4)$, $(A, C, 2)$, $(B, C, 1)$, $(B, D, 5)$, "
    r"$(C, D, 8)$, $(C, E, 10)$, $(D, E, 2)$: find the shortest path from $A$ to $E$.",
    r"Find a minimum spanning tree with Kruskal's algorithm: $A-B: 7$, $A-D: 5$, $B-C: 8$, $B-D: 9$, $B-E: 7$, "
    r"$C-E: 5$, $D-E: 15$, $D-F: 6$, $E-F: 8$, $E-G: 9$, $F-G: 11$.",
    r"Breadth-first search from $A$ on the graph with edges $(A, B)$, $(A, C)$, $(B, D)$, $(C, D)$, $(C, E)$, $(D, F)$.",
    r"Depth-first search starting at $1$ on the graph with adjacency matrix "
    r"$$\begin{pmatrix} 0 & 1 & 1 & 0 \\ 1 & 0 & 0 & 1 \\ 1 & 0 & 0 & 1 \\ 0 & 1 & 1 & 0 \end{pmatrix}$$",
    r"用 Prim 算法求最小生成树，从 $A$ 出发：边 $(A, B, 3)$，$(A, C, 1)$，$(B, C, 7)$，$(B, D, 5)$，$(C, D, 2)$。",
    r"求从 $S$ 出发到各顶点的最短路径（Dijkstra）：$(S, A, 7)$，$(S, B, 2)$，$(A, B, 3)$，$(A, T, 1)$，$(B, T, 8)$。",
    r"A weighted graph as an adjacency matrix $$\begin{pmatrix} 0 & 2 & 0 & 6 \\ 2 & 0 & 3 & 8 \\ 0 & 3 & 0 & 0 \\ "
    r"6 & 8 & 0 & 0 \end{pmatrix}$$: its minimum spanning tree.",
    r"DFS from $B$: edges $(A, B)$, $(B, C)$, $(B, D)$, $(C, E)$, $(D, E)$.",
]


@pytest.mark.parametrize("concept", GRAPHS)
def test_graph_algorithms_run_on_the_authors_graph(concept):
    draft = _draft(concept)
    assert draft.kind == "graph_algorithm", draft.reasoning
    assert "edges[" in draft.code


def test_graph_algorithms_compute_the_right_answers():
    from mkdocs_manimgen.generate.offline.graphs import dijkstra, kruskal, search
    from mkdocs_manimgen.generate.offline.templates.graph_algorithm import needs

    t = needs(extract(GRAPHS[0]))
    assert (t.kind, t.start, t.target) == ("dijkstra", "A", "E")
    assert dijkstra(t.graph, "A")[-1].dist == {"A": 0, "B": 3, "C": 2, "D": 8, "E": 10}
    assert r"A \to C \to B \to D \to E = 10" in _draft(GRAPHS[0]).code
    mst = needs(extract(GRAPHS[1]))
    assert sum(e[2] for e, ok in kruskal(mst.graph) if ok) == 39
    assert search(needs(extract(GRAPHS[2])).graph, "A", "bfs") == ["A", "B", "C", "D", "E", "F"]
    assert search(needs(extract(GRAPHS[3])).graph, "1", "dfs") == ["1", "2", "4", "3"]
    assert "6" in _draft(GRAPHS[4]).storyboard[-1].narration  # Prim's tree weighs 1 + 2 + 3


@pytest.mark.parametrize("concept", [
    r"Shortest paths: the graph $(S, A, 7)$, $(S, B, 2)$, $(A, B, 3)$, $(A, T, 1)$, $(B, T, 8)$.",  # no source named
    r"A graph has vertices $A, B, C$ and a minimum spanning tree.",  # no edges
    r"The shortest path between two points in the plane is a straight line.",
    r"Kruskal on an unweighted graph: $(A, B)$, $(B, C)$, $(A, C)$.",  # a minimum spanning tree needs weights
    r"Dijkstra from $A$: $(A, B, 1)$, $(C, D, 2)$.",  # not connected
])
def test_graph_blocks_the_scene_cannot_draw_get_the_walkthrough(concept):
    assert _draft(concept).kind in ("equation", "explainer")


def test_growth_does_not_take_two_functions_of_x_compared_for_another_question():
    assert _draft(r"求 $f(x) = x^2$ 与 $g(x) = x$ 围成的面积，$x$ 从 0 到 1。").kind != "growth_of_functions"
    assert _draft(r"Compare $f(x) = x^2$ and $g(x) = x$ for $x$ from 0 to 1: the area between them.").kind != "growth_of_functions"


# -- a discrete distribution table (分布列), its mean and variance ------------------------------------------

from mkdocs_manimgen.generate.offline import pmf as pmfs  # noqa: E402
from drafts import draft as _draft

DISTRIBUTIONS = [  # (block, exact E(X) as the scene writes it)
    ("A die game pays $X$ dollars with\n\n| $X$ | -1 | 0 | 2 |\n|---|---|---|---|\n| $P$ | 0.5 | 0.3 | 0.2 |\n\n"
     "Find the expected payout and its variance.", "E(X) = (-1) \\cdot 0.5 + 0 \\cdot 0.3 + 2 \\cdot 0.2 = -0.1"),
    (r"The number of heads $X$ has $$\begin{array}{c|cccc} X & 0 & 1 & 2 & 3 \\ \hline P & \dfrac{1}{8} & \dfrac{3}{8} & "
     r"\dfrac{3}{8} & \dfrac{1}{8} \end{array}$$ Find $E(X)$ and $\operatorname{Var}(X)$.", r"= \frac{3}{2}"),
    (r"袋中有 3 个红球和 5 个白球，任取 2 个，红球个数为 $\xi$，$$P(\xi=k)=\frac{C_3^k C_5^{2-k}}{C_8^2},\quad k=0,1,2$$"
     "求 $\\xi$ 的分布列和数学期望。", r"E(\xi) = 0 \cdot \frac{5}{14} + 1 \cdot \frac{15}{28} + 2 \cdot \frac{3}{28} = \frac{3}{4}"),
    (r"设 $X \sim B(3, \frac{1}{2})$，求 $X$ 的分布列与方差。", r"= \frac{3}{2}"),
    (r"A spinner lands on 1, 2 or 3 with $P(X=1)=\frac14$, $P(X=2)=\frac14$, $P(X=3)=\frac12$. What is the mean of $X$?",
     r"= \frac{9}{4}"),
    (r"射击成绩 $X$ 的分布列为 $$\begin{array}{c|ccc} X & 8 & 9 & 10 \\ \hline P & 0.3 & a & 0.2 \end{array}$$ 求 $a$ 和 $E(X)$。",
     "= 8.9"),
]


@pytest.mark.parametrize("concept, mean", DISTRIBUTIONS)
def test_a_distribution_table_gets_its_bars_and_exact_mean(concept, mean):
    d = _draft(concept)
    assert d.kind == "discrete_distribution", concept
    assert mean.replace("\\", "\\\\") in d.code or mean in d.code, d.code


def test_the_pmf_reader_is_exact_and_solves_an_unknown_probability():
    found = pmfs.read(extract(DISTRIBUTIONS[5][0]))
    assert found.unknown[0] == "a" and str(found.unknown[1]) == "1/2" and found.proper
    hyper = pmfs.read(extract(DISTRIBUTIONS[2][0]))
    assert [str(p) for p in hyper.probs] == ["5/14", "15/28", "3/28"] and str(hyper.variance) == "45/112"
    assert pmfs.show(hyper.mean) == r"\frac{3}{4}" and pmfs.show(pmfs.read(extract(DISTRIBUTIONS[0][0])).mean, True) == "-0.1"


def test_stated_moments_and_probabilities_are_checked_against_the_table():
    block = (r"$X \sim B(4, \frac{1}{3})$：$P(X=2) = C_4^2 (\frac13)^2(\frac23)^2 = \frac{4}{27}$，$E(X) = 2$，"
             r"$D(X) = \frac{8}{9}$。求 $X$ 的分布列。")
    claims = {c.stated: c.truth for c in extract(block).claims}
    assert claims == {r"P(X = 2) = \frac{4}{27}": r"P(X = 2) = \frac{8}{27}", "E(X) = 2": r"E(X) = \frac{4}{3}"}
    rounded = ("| $X$ | 0 | 1 | 2 |\n|---|---|---|---|\n| $P$ | 0.2 | 0.5 | 0.3 |\n\n"
               r"So $E(X) = 0 \times 0.2 + 1 \times 0.5 + 2 \times 0.3 = 1.2$ and $D(X) = 0.49$; find the mean.")
    assert [(c.stated, c.truth) for c in extract(rounded).claims] == [("E(X) = 1.2", "E(X) = 1.1")]
    d = _draft(rounded)
    assert d.kind == "discrete_distribution" and "E(X) = 1.2" in d.code  # the coda crosses it out


def test_a_table_that_does_not_add_up_to_one_is_called_and_given_no_mean():
    block = "| $X$ | 1 | 2 | 3 |\n|---|---|---|---|\n| $P$ | 0.3 | 0.3 | 0.3 |\n\n求 $X$ 的数学期望。"
    assert [c.truth for c in extract(block).claims] == ["0.3 + 0.3 + 0.3 = 0.9"]
    d = _draft(block)
    assert d.kind == "discrete_distribution" and r"= 0.9 \neq 1" in d.code and "mean_eq" not in d.code


@pytest.mark.parametrize("concept", [
    r"Use the normal approximation to $X \sim B(100, 0.5)$ to estimate $P(X \le 45)$ and the mean.",
    r"A continuous $X$ has density $f(x) = 2x$ on $[0, 1]$; find $E(X) = \int_0^1 2x^2\,dx$.",
    r"Given $P(X=0)=0.2$ and $P(X=1)=0.3$, find $P(X=2)$ and the mean if $X$ takes only 0, 1, 2.",
    r"Bayes: $P(D) = 0.01$, $P(+ \mid D) = 0.9$, $P(+ \mid \neg D) = 0.05$. Find the posterior.",
])
def test_other_distribution_questions_stay_with_their_families(concept):
    assert _draft(concept).kind != "discrete_distribution"
