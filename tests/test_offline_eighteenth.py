"""The eighteenth unseen set's refusals that were readers' faults, each as our own minimal block: a bracket times
a power or a root that sympy's grammar rejected ((1-x)e^{-x}), Chinese clauses that name their interval first
(在 (1, +inf) 上单调递减), a limit written with e, edges named AB = 5, and a minimum spanning tree's order or total
stated falsely."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.claims import false_claims

from mkdocs_manimgen.generate.offline.graphs import read_graph
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.symbolic import parse

from drafts import draft as _draft, said as _said


def test_a_bracket_times_a_power_or_a_root_is_a_product():
    import sympy as sp

    x, e = sp.Symbol("x"), sp.Symbol("e")
    assert parse(r"(2-x)e^{-x}") == (2 - x) * e ** (-x)
    assert parse(r"(x+3)\mathrm{e}^{2x}") == (x + 3) * e ** (2 * x)
    assert parse(r"(x-4)\sqrt{x}") == (x - 4) * sp.sqrt(x)
    assert parse(r"(x^2+1)x^3") == (x ** 2 + 1) * x ** 3
    # a differential after the bracket stays one
    assert parse(r"\int_0^2 (3-x) dx") == sp.Integral(3 - x, (x, 0, 2))


def test_a_chinese_clause_that_names_its_interval_first_is_read_with_its_own_word():
    # #56's kind: "在 (-inf, 1) 上单调递增，在 (1, +inf) 上单调递减": the second interval took the first clause's word,
    # so a true sketch was refused (and the limit x e^{-x} -> 0 was read with e a letter)
    draft = _draft(r"求函数 $y=x\mathrm{e}^{-2x}$ 的单调区间和拐点。$y'=(1-2x)\mathrm{e}^{-2x}$，故函数在 $\left(-\infty,\frac12\right)$ "
                   r"上单调递增，在 $\left(\frac12,+\infty\right)$ 上单调递减；$y''=4(x-1)\mathrm{e}^{-2x}$，在 $(-\infty,1)$ 上是凸的，"
                   r"在 $(1,+\infty)$ 上是凹的，拐点为 $\left(1,\mathrm{e}^{-2}\right)$。又 $\lim\limits_{x\to+\infty}x\mathrm{e}^{-2x}=0$，$y=0$ 是水平渐近线。请画出图象。")
    assert draft.kind == "curve_sketch"
    # the same block with the clauses' words swapped states falsely: no sketch endorses it
    wrong = _draft(r"求函数 $y=x\mathrm{e}^{-2x}$ 的单调区间。$y'=(1-2x)\mathrm{e}^{-2x}$，故函数在 $\left(-\infty,\frac12\right)$ "
                   r"上单调递减，在 $\left(\frac12,+\infty\right)$ 上单调递增，$y=0$ 是水平渐近线。请画出图象。")
    assert wrong.kind != "curve_sketch"


def test_edges_named_by_their_two_ends_are_read_and_a_triangle_is_not_a_network():
    g = read_graph(extract(r"Roads: $PQ=3$, $PR=6$, $QR=2$, $QS=7$, $RS=4$. Find the minimum spanning tree with Kruskal's algorithm."))
    assert g is not None and g.weighted and len(g.edges) == 5 and ("P", "Q", 3.0) in g.edges
    assert read_graph(extract(r"In triangle $ABC$, $AB=5$ and $BC=4$.")) is None  # two sides are no graph
    draft = _draft(r"Roads: $PQ=3$, $PR=6$, $QR=2$, $QS=7$, $RS=4$. Find the minimum spanning tree with Kruskal's algorithm.")
    assert draft.kind == "graph_algorithm" and "total weight $9$" in _said(draft)


def test_prims_order_and_the_trees_total_are_checked():
    # #20's kind: "Prim's algorithm from A picks the shortest arc anywhere": Kruskal's order stated as Prim's
    block = (r"Network: $PQ=3$, $PR=6$, $QR=2$, $QS=7$, $RS=4$. Prim's algorithm from $P$ takes first $QR$, then $PQ$, then "
             r"$RS$, total weight $9$.")
    claims = false_claims(extract(block))
    assert [c.truth for c in claims] == [r"\text{PQ, QR, RS}"] and "Kruskal" in claims[0].why[0]
    assert false_claims(extract(block.replace("first $QR$, then $PQ$", "first $PQ$, then $QR$"))) == []
    wrong_total = false_claims(extract(block.replace("first $QR$, then $PQ$", "first $PQ$, then $QR$").replace("$9$", "$11$")))
    assert [c.truth for c in wrong_total] == [r"\text{total } 9"]
    # Kruskal's rejected edges are not taken
    kruskal = (r"Network: $PQ=3$, $PR=6$, $QR=2$, $QS=7$, $RS=4$. Kruskal's algorithm accepts $QR$, $PQ$ and $RS$; "
               r"it rejects $PR$ because it would close a cycle. Total weight $9$.")
    assert false_claims(extract(kruskal)) == []
    swapped = false_claims(extract(kruskal.replace("accepts $QR$, $PQ$", "accepts $PQ$, $QR$")))
    assert [c.truth for c in swapped] == [r"\text{QR, PQ, RS}"] and "from the lightest" in swapped[0].why[0]


def test_a_complex_numbers_fractional_power_is_its_roots_and_one_root_is_called():
    # #46's kind (a trap): (1+\sqrt3 i)^{1/3} "is its only cube root" got the walkthrough
    draft = _draft(r"求 $(1+\mathrm{i})^{\frac14}$。因为 $1+\mathrm{i}=\sqrt2\left(\cos45^\circ+\mathrm{i}\sin45^\circ\right)$，"
                   r"所以 $(1+\mathrm{i})^{\frac14}=\sqrt[8]{2}\left(\cos\frac{\pi}{16}+\mathrm{i}\sin\frac{\pi}{16}\right)$，这是它唯一的四次方根。")
    said = _said(draft)
    assert draft.kind == "roots_of_unity" and "z^{4} = 1 + i" in said and "4 个解" in said
    assert "n_{\\text{roots}} = 1" in said and "恰有 4 个不同的 4 次方根" in said
    assert _draft(r"Plot the cube roots $\left(2\sqrt3+2i\right)^{1/3}$ in the complex plane.").kind == "roots_of_unity"
    assert _draft(r"Compute $(27)^{\frac13} = 3$.").kind != "roots_of_unity"  # a real number's root is arithmetic


def test_the_sliver_between_simpsons_arcs_and_the_curve_is_no_area_between_curves():
    # #17's kind: "shade the region between the parabolic arcs and the curve" read as an area between two curves
    draft = _draft(r"Approximate $\int_0^2 \frac{1}{1+x^2}\,dx$ by Simpson's rule with $n=4$ and shade the region between "
                   r"the parabolic arcs and the curve.")
    assert draft.kind == "integral" and "Simpson" in _said(draft)


def test_the_walkthrough_plots_only_against_a_variable_by_name_and_at_the_blocks_scale():
    from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

    # walkthrough #1's kind: N = L/2 (the logistic curve's midpoint) plotted against the parameter L
    assert plottable(extract(r"For $P(t)=\frac{K}{1+Ae^{-rt}}$ with $K,A,r>0$, the inflection is at $P = K/2$.")) is None
    # walkthrough #34's kind: E_k = GMm/(2r) with M = 6.0e24 kg plotted for r in [0, 5]: the block's scale is not ours
    assert plottable(extract(r"A satellite of mass $m = 500$ kg orbits a planet of mass $M=6.4\times10^{23}$ kg: "
                             r"$E = \frac{GMm}{2r}$ with $G=6.67\times10^{-11}$.")) is None
    # a slow decay is drawn until it has settled, not over the first 5 minutes of it
    plot = plottable(extract(r"A pie cools as $T(t)=20+160e^{-0.04t}$ (minutes)."))
    assert plot is not None and plot.var == "t" and plot.window == (0.0, 100.0)
    # the tenth set's kind: (T_0 - T_R) e^{-kt} did not parse, so the curve was never drawn
    plot = plottable(extract(r"Cooling: $T(t)=T_R+(T_0-T_R)\,e^{-kt}$ with $T_0=80$, $T_R=20$ and $k=0.1$."))
    assert plot is not None and plot.window == (0.0, 50.0)
