"""Blocks that name a topic a family draws but give the family little to read (issue 23): a vague
one-liner or a general law (the family's declared example, said "for instance" on screen), roots named in words, a list
written with thin spaces or in the prose. Each kind written as our own blocks after the fourth unseen set
showed it; the look-alikes each must refuse.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.given import number_list
from mkdocs_manimgen.generate.offline.templates import graph_algorithm, roots_of_unity, sorting

from drafts import draft as _draft


# -- a vague block gets the family's declared example -------------------------------------------------

@pytest.mark.parametrize("concept, family, shown", [
    ("How does Dijkstra's algorithm find shortest paths?", "graph_algorithm", ['"3"', '"8"', '"10"']),  # B improves 4 -> 3
    ("演示一下 Dijkstra 最短路算法。", "graph_algorithm", ['"3"', '"8"', '"10"']),
    ("How does Prim's algorithm grow a minimum spanning tree?", "graph_algorithm", ["weight"]),
    ("Explain breadth-first search.", "graph_algorithm", [r"1.\ A"]),
    ("What does the divergence of a vector field measure? Animate it.", "vector_field", ["x - y", "x + y"]),
    ("旋度到底是什么意思？", "vector_field", ["x - y", "x + y"]),
    ("What is resonance? Animate it.", "spring_mass", ["Beat 4: Resonance", "t = 30"]),
    ("什么是共振？", "spring_mass", ["Beat 4: 共振"]),
    # the gradient asked about in general: the example bowl x^2 + 2y^2 at (1, 1), where the gradient is (2, 4)
    ("Why is the gradient the direction of steepest ascent? Show it on a contour map.", "gradient", ["x^2 + 2y^2", r"\nabla f(1, 1) = (2, 4)"]),
    ("梯度为什么垂直于等高线？画给我看。", "gradient", ["x^2 + 2y^2", r"\nabla f(1, 1) = (2, 4)"]),
])
def test_a_vague_block_gets_the_familys_example_said_for_instance(concept, family, shown):
    d = _draft(concept)
    assert d.kind == family
    assert all(s in d.code for s in shown), [s for s in shown if s not in d.code]
    assert "For instance" in d.code or "例如" in d.code  # the example is declared on screen


def test_the_example_graph_is_solved_by_dijkstra():
    task = graph_algorithm.needs(extract("How does Dijkstra's algorithm work?"))
    assert task.example and task.start == "A"
    from mkdocs_manimgen.generate.offline.graphs import dijkstra

    assert dijkstra(task.graph, "A")[-1].dist == {"A": 0, "B": 3, "C": 1, "D": 8, "E": 10}


@pytest.mark.parametrize("concept", [
    "Dijkstra's algorithm on the graph with edges (A, B, 4), (B, C, 1) and (C, D, 2).",  # a graph but no start: refused
    r"Run Dijkstra from $A$ on a graph whose weights $w_{ij}$ are arbitrary.",  # math given, not a graph: no example either
])
def test_a_block_with_its_own_math_gets_no_example(concept):
    assert _draft(concept).kind != "graph_algorithm"


# -- roots named in words -------------------------------------------------------------------------------

@pytest.mark.parametrize("concept, n, w", [
    (r"Find and plot all fifth roots of $-32$ in the complex plane.", 5, -32),
    (r"Draw the cube roots of $8i$.", 3, 8j),
    (r"The 4th roots of $16$ form a square in the complex plane.", 4, 16),
    (r"求复数 $-8$ 的三次方根，并画在复平面上。", 3, -8),
    (r"在复数范围内求 $16$ 的 $4$ 次方根。", 4, 16),
    (r"Show the 8th roots of unity.", 8, 1),  # was drawn as the sixth roots, the example for a block with no number
    (r"画出 8 次单位根。", 8, 1),
])
def test_roots_named_in_words_are_the_roots_of_z_to_the_n(concept, n, w):
    assert roots_of_unity.needs(extract(concept)) == (n, w)
    d = _draft(concept)
    assert d.kind == "roots_of_unity"
    assert ("for instance" in d.code) is False  # the author's n, not an example
    if (n, w) == (5, -32):  # radius 2, the first root at 36 degrees, one at -2
        assert "complex(1.61803, 1.17557)" in d.code and "complex(-2, 0)" in d.code


@pytest.mark.parametrize("concept", [
    r"The cube root of $27$ is $3$.",  # one real root: arithmetic
    r"$8$ 的立方根是 $2$。",  # no 复: a real root
    r"The square roots of $2$ and $3$ are irrational.",
])
def test_a_real_root_is_not_the_roots_of_unity_picture(concept):
    assert roots_of_unity.needs(extract(concept)) is None


# -- a list written with thin spaces, or in the prose -----------------------------------------------------

@pytest.mark.parametrize("concept, values, how", [
    (r"用直接插入排序把序列 $[5,\,2,\,9,\,1,\,6]$ 排成升序，展示每一趟插入后的序列。", [5, 2, 9, 1, 6], "insertion"),
    (r"Show selection sort on 4, 9, 2, 7, 1.", [4, 9, 2, 7, 1], "selection"),
    (r"Bubble sort the keys $(8,\; 3,\; 6,\; 1)$.", [8, 3, 6, 1], "bubble"),
])
def test_the_authors_list_is_sorted(concept, values, how):
    info = extract(concept)
    assert number_list(info) == values and sorting.method(info) == how
    d = _draft(concept)
    assert d.kind == "sorting" and "For instance" not in d.code and "例如" not in d.code


def test_numbers_in_the_prose_with_math_beside_them_are_not_the_list():
    # the block's math has no list, so the prose is not read for one (the math is the author's data)
    assert number_list(extract(r"In 2, 3, 4 or 5 dimensions the ball $B_n$ has volume $V_n$.")) is None


def test_an_example_says_so_in_its_title():
    d = _draft("What are roots of unity?")
    assert d.kind == "roots_of_unity" and "Roots of Unity (for instance)" in d.code and "z^{6} = 1" in d.code


# -- a general geometric series, shown at a declared example ------------------------------------------------

@pytest.mark.parametrize("concept, said", [
    (r"For $|r|<1$ the geometric series $$a + ar + ar^2 + \cdots = \frac{a}{1-r}.$$ Show the partial sums.", "a = 1, r = \\frac{1}{2}"),
    (r"等比级数 $\sum_{n=0}^{\infty} q^n = \frac{1}{1-q}$（$|q|<1$），用部分和说明。", "q = \\frac{1}{2}"),
    (r"$$\sum_{n=1}^{\infty} a r^{n-1} = \frac{a}{1-r}, \quad |r| < 1$$", "a = 1, r = \\frac{1}{2}"),
    (r"$$\sum_{n=0}^{\infty} x^n = \frac{1}{1-x}, \quad |x|<1$$", "x = \\frac{1}{2}"),
])
def test_a_general_geometric_series_is_summed_at_a_declared_example(concept, said):
    d = _draft(concept)
    assert d.kind == "series"
    assert said in d.code and "partial_sums = [1, 1.5, 1.75" in d.code and ("(for instance)" in d.code or "（举例）" in d.code)


@pytest.mark.parametrize("concept", [
    r"For $|r|<1$: $$a + ar + ar^2 + \cdots = \frac{a}{1+r}.$$",  # a false closed form: not drawn as true
    r"$$\sum_{n=0}^{\infty} q^n = \frac{2}{1-q}$$",
    r"$$\sum_{n=1}^{\infty} \frac{1}{n^p}$$ converges for $p>1$.",  # general, but not geometric: no example value is safe
])
def test_a_general_series_that_is_false_or_not_geometric_is_not_drawn(concept):
    assert _draft(concept).kind != "series"


# -- a general law named by the block: the family's example of it, said "for instance" ---------------------

@pytest.mark.parametrize("concept, family, shown", [
    (r"The mean value theorem: if $f$ is continuous on $[a,b]$ and differentiable on $(a,b)$, some $c$ has "
     r"$$f'(c) = \frac{f(b)-f(a)}{b-a}.$$", "mean_value_theorem", ["x^3 - 3x"]),
    (r"罗尔定理：若 $f(a)=f(b)$，则存在 $\xi\in(a,b)$ 使 $f'(\xi)=0$。", "mean_value_theorem", ["x^2 - 4x + 3"]),
    (r"Fundamental theorem of calculus: $$\frac{d}{dx}\int_a^x f(t)\,dt = f(x).$$", "accumulation", ["np.cos"]),
    (r"The accumulation function $F(x) = \int_0^x f(t)\,dt$ of a continuous $f$.", "accumulation", ["np.cos"]),
    (r"The derivative is defined as $$f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}.$$", "derivative", []),
    (r"Taylor's theorem: $$f(x) = \sum_{k=0}^{n} \frac{f^{(k)}(a)}{k!}(x-a)^k + R_n(x).$$", "taylor", []),
    (r"The trapezoidal rule $$\int_a^b f(x)\,dx \approx \frac{h}{2}\left[f(x_0) + 2f(x_1) + \cdots + 2f(x_{n-1}) + f(x_n)\right].$$",
     "integral", []),
    (r"Newton's method iterates $$x_{n+1} = x_n - \frac{f(x_n)}{f'(x_n)}.$$", "newton_method", ["x^2 - 2"]),
    (r"用牛顿迭代法 $$x_{n+1}=x_n-\frac{f(x_n)}{f'(x_n)}$$ 求方程的根，说明其几何意义。", "newton_method", ["x^2 - 2"]),
])
def test_a_law_stated_in_general_is_drawn_at_the_familys_declared_example(concept, family, shown):
    d = _draft(concept)
    assert d.kind == family
    assert "(for instance)" in d.code or "（举例）" in d.code
    assert all(s in d.code for s in shown), [s for s in shown if s not in d.code]


@pytest.mark.parametrize("concept", [
    r"Chain rule: $$\frac{d}{dx} f(g(x)) = f'(g(x))\, g'(x).$$",  # no family draws the chain rule
    r"Integration by parts: $$\int u\,dv = uv - \int v\,du.$$",  # an integral, but not a sum or a rule
    r"Find $f'(2)$ by the definition for $f(x) = x^3$.",  # the author's own function: no example
    r"L'Hôpital's rule: if $f(a)=g(a)=0$ then $\lim_{x\to a}\frac{f(x)}{g(x)} = \lim_{x\to a}\frac{f'(x)}{g'(x)}$.",
])
def test_a_law_no_family_draws_or_a_concrete_block_gets_no_example(concept):
    d = _draft(concept)
    assert "(for instance)" not in d.code and "（举例）" not in d.code


def test_the_shortest_path_between_two_points_is_no_graph():
    assert _draft("The shortest path between two points in the plane is a straight line.").kind != "graph_algorithm"


# -- after the fifth set, as kinds on our own blocks ------------------------------------------------------

@pytest.mark.parametrize("concept, not_family", [
    (r"Pick $x$ and $y$ uniformly at random in $[0, 3]$. What is the probability that $|x - y| < 1$? The region lies between "
     r"$y = x - 1$ and $y = x + 1$.", "linear_system"),  # a geometric probability is no system of two lines
    (r"在区间 $[0,1]$ 中随机取两个数 $x, y$，求 $x + y < 1$ 的概率。边界是直线 $x + y = 1$。", "linear_system"),
    (r"柯西中值定理：取 $f(x) = x^2$，$g(x) = x^3$，区间 $[0, 1]$，存在 $\xi$ 使 "
     r"$\frac{f(1)-f(0)}{g(1)-g(0)} = \frac{f'(\xi)}{g'(\xi)}$。", "mean_value_theorem"),  # Cauchy's ξ is not Lagrange's
    (r"Cauchy's mean value theorem for $f(x) = \sin x$ and $g(x) = \cos x$ on $[0, \frac{\pi}{2}]$.", "mean_value_theorem"),
])
def test_a_question_no_family_draws_is_not_drawn_as_a_neighbours(concept, not_family):
    assert _draft(concept).kind != not_family


@pytest.mark.parametrize("concept", [
    r"A triangle has sides $a=3\ \text{cm}$, $b=5\ \text{cm}$, $c=9\ \text{cm}$; with $s=\frac{a+b+c}{2}$, $$\Delta=\sqrt{s(s-a)(s-b)(s-c)}.$$",
    r"已知 $g(x)=\ln x - bx$，当 $b>0$ 时 $g(c) = 1 - bc > 0$ 等价于 $c < \frac{1}{b}$。",
])
def test_the_walkthrough_plots_no_given_letter_and_no_inequality(concept):
    d = _draft(concept)
    assert d.kind in ("equation", "explainer") and ".plot(" not in d.code


def test_the_walkthrough_still_plots_a_function_of_a_free_letter():
    d = _draft(r"The period of a pendulum is $T = 2\pi\sqrt{\frac{L}{g}}$ with $g = 9.8$.")
    assert d.kind == "equation" and ".plot(" in d.code


@pytest.mark.parametrize("concept", [
    # drawn as 2π∫ x·x² dx, the region under y = x² alone
    r"由曲线 $y=x^2$ 与直线 $y=x$ 围成的区域绕 $y$ 轴旋转，用柱壳法：$$V=2\pi\int_0^1 x(x-x^2)\,dx=\frac{\pi}{6}.$$",
    r"The region between $y = \sqrt{x}$ and $y = x$ is revolved about the $x$-axis. Find the volume.",  # was the area between
])
def test_a_region_between_two_curves_is_not_revolved_as_the_region_under_one(concept):
    assert _draft(concept).kind not in ("solid_of_revolution", "area_between")


@pytest.mark.parametrize("concept", [
    r"Let $h(x)=\dfrac{x^2-4}{x-2}$. Find the tangent line to $y=h(x)$ at the point $(2,\,h(2))$.",  # h(2) is undefined
    r"设 $f(x)=\frac{x^2-1}{x-1}$，求曲线在点 $(1, f(1))$ 处的切线方程。",
])
def test_a_tangent_at_a_point_where_the_function_is_undefined_is_not_drawn_at_another(concept):
    assert _draft(concept).kind != "derivative"


def test_the_derivative_of_a_function_named_in_general_is_still_drawn():
    assert _draft(r"The derivative of $f(x) = x^3 - x$ is the slope of its tangent line.").kind == "derivative"


def test_a_slope_field_with_a_chosen_parameter_and_a_chosen_start_is_not_drawn():
    # the cup is at 80 °C and k follows from the data: k = 1 and T(0) = 1 would draw another problem
    block = (r"一杯 $80^\circ\mathrm{C}$ 的茶放在 $20^\circ\mathrm{C}$ 的房间里，$\dfrac{dT}{dt}=-k(T-20)$，"
             r"$5$ 分钟后为 $50^\circ\mathrm{C}$，求 $k$。")
    assert _draft(block).kind != "slope_field"
    assert _draft(r"Sketch the slope field of $y' = x - y$ and the solution through $(0, 1)$.").kind == "slope_field"
