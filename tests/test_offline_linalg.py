"""Vectors, linear algebra, gradients and sequences (offline families dot_product's projection, column_picture,
gram_schmidt, gradient, sequence_limit): each claims its own kind of block with the author's numbers, and
refuses look-alikes whose question differs or whose stated answer is wrong."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.convergence import bands, read_sequence_limit
from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.linalg import read_combination, read_gram_schmidt, read_projection
from mkdocs_manimgen.generate.offline.multivar import read_gradient
from mkdocs_manimgen.model import BlockSpec


def _design(concept: str):
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept))


# (concept, family, strings the scene must contain: the author's numbers or what is computed from them)
CLAIMED = [
    (r"Projection onto a line: projecting $b = (2, 3)$ onto $a = (1, 1)$ gives $p = \frac{a^Tb}{a^Ta}a = (2.5, 2.5)$.",
     "dot_product", ["u, v, proj = (1, 1), (2, 3), (2.5, 2.5)", "e = b - p"]),
    (r"Find the vector projection of $\mathbf{v} = (4, 1)$ onto $\mathbf{w} = (0, 2)$.", "dot_product",
     ["u, v, proj = (0, 2), (4, 1), (0, 1)"]),
    (r"求向量 $\vec{a} = (3, 4)$ 在 $\vec{b} = (1, 0)$ 上的投影向量。", "dot_product", ["u, v, proj = (1, 0), (3, 4), (3, 0)"]),
    (r"向量 $\vec{m} = (2, 5)$ 在向量 $\vec{n} = (1, 2)$ 上的投影向量是多少？", "dot_product", ["u, v, proj = (1, 2), (2, 5), (2.4, 4.8)"]),
    (r"Compute $\operatorname{proj}_{\mathbf u}\mathbf v$ for $\mathbf u = \begin{pmatrix}2\\1\end{pmatrix}$ and "
     r"$\mathbf v = \begin{pmatrix}1\\3\end{pmatrix}$.", "dot_product", ["u, v, proj = (2, 1), (1, 3), (2, 1)"]),
    (r"Project $y = (6, 2)$ onto the line through $x = (3, -1)$; the error $e = (1.2, 3.6)$ is perpendicular to $x$.",
     "dot_product", ["proj = (3, -1), (6, 2), (4.8, -1.6)"]),
    (r"The column picture: $b = (3, 5)$ is a combination $x\begin{pmatrix}1\\2\end{pmatrix} + y\begin{pmatrix}1\\1\end{pmatrix}$.",
     "column_picture", ["x = 2,\\quad y = 1", "at(*(2, 4))"]),
    (r"Write $b = (1, 7)$ as a linear combination $c_1\begin{pmatrix}1\\1\end{pmatrix} + c_2\begin{pmatrix}-1\\2\end{pmatrix}$.",
     "column_picture", ["c_1 = 3,\\quad c_2 = 2"]),
    (r"线性组合：把 $b = (4, 2)$ 表示为 $x\begin{pmatrix}2\\0\end{pmatrix} + y\begin{pmatrix}1\\1\end{pmatrix}$。",
     "column_picture", ["x = 1,\\quad y = 2"]),
    (r"施密特正交化：把 $a = (1, 1)$，$b = (1, 0)$ 正交化为 $q_1, q_2$。", "gram_schmidt", ["(0.707, -0.707)"]),
    (r"Apply Gram-Schmidt to $\mathbf v_1 = (3, 4)$ and $\mathbf v_2 = (1, 0)$.", "gram_schmidt", ["(0.6, 0.8)", "(0.8, -0.6)"]),
    (r"Orthonormalize the vectors $a_1 = (2, 0)$, $a_2 = (1, 3)$ by Gram–Schmidt: $q_1 = (1, 0)$, $q_2 = (0, 1)$.",
     "gram_schmidt", ["(1, 0)", "(0, 1)"]),
    (r"方向导数与梯度：$f(x, y) = x^2 + 2y^2$ 在点 $(1, 1)$ 处的梯度为 $(2, 4)$。", "gradient", ["x**2 + 2*y**2", "(2, 4)"]),
    (r"The gradient of $f(x, y) = x^2 y$ at $(2, 1)$ is $\nabla f(2, 1) = (4, 4)$.", "gradient", ["x**2*y", "(4, 4)"]),
    (r"Compute $\nabla f$ for $f(x, y) = x^2 - y^2$ at $(1, 2)$ on the contour map.", "gradient", ["x**2 - y**2", "(2, -4)"]),
    (r"Find the gradient of $f(x, y) = \sin x \cos y$ at the point $(0, 0)$.", "gradient", ["np.sin(x)*np.cos(y)", "(1, 0)"]),
    (r"A sequence converges: $a_n = \frac{n}{n + 1} \to 1$.", "sequence_limit", ["(9, 0.9)", "N = 10"]),
    (r"空间直线：过点 $(1, 2, 3)$，方向向量 $(1, -1, 2)$ 的直线。", "space_line", ["np.array([1, 2, 3])", "z = 3 + 2t"]),
    (r"The line through $P = (0, 1, 1)$ parallel to $\mathbf v = (2, 0, 1)$.", "space_line", ["x = 0 + 2t"]),
    (r"The plane through the point $(1, 0, 2)$ with normal vector $\mathbf n = (2, -1, 1)$.", "space_line", ["2x - y + z - 4 = 0"]),
    (r"平面：过点 $(1, 1, 1)$ 且法向量为 $(0, 0, 1)$。", "space_line", ["z - 1 = 0"]),
    (r"二重积分：$$\iint_D (x + y)\,d\sigma$$，$D$ 为 $0 \le x \le 1, 0 \le y \le 1$。", "double_integral", ["return x + y", "= 1"]),
    (r"The iterated integral $$\int_0^2\int_0^1 x y^2\,dy\,dx = \frac{2}{3}$$ as a volume.", "double_integral",
     ["return x*y**2", "0.66667"]),
    (r"Evaluate the double integral of $f(x, y) = 4 - x^2$ over $0 \le x \le 2$, $0 \le y \le 3$: $$\iint_R (4 - x^2)\,dA$$",
     "double_integral", ["return 4 - x**2", "16"]),
    (r"数列 $x_n = \frac{2n + 1}{n}$ 收敛，$\lim_{n\to\infty} x_n = 2$。", "sequence_limit", ["(1, 3)", "L = 2"]),
    (r"Show that the sequence $b_n = \frac{(-1)^n}{n}$ converges to its limit $\lim_{n\to\infty} b_n = 0$.", "sequence_limit",
     ["(2, 0.5)", "L = 0"]),
]


@pytest.mark.parametrize("concept, family, needles", CLAIMED, ids=[f"{i:02d}-{c[1]}" for i, c in enumerate(CLAIMED)])
def test_each_family_draws_the_blocks_own_objects(concept, family, needles):
    draft = _design(concept)
    assert draft.kind == family, draft.reasoning
    for needle in needles:
        assert needle in draft.code, needle


# Look-alikes: the same objects with another question, or a wrong stated answer (never drawn as if right).
REFUSED = [
    (r"Projection onto a line: projecting $b = (2, 3)$ onto $a = (1, 1)$ gives $p = (2, 2)$.", "dot_product"),  # wrong p
    (r"The projection of one vector on another: $(1, 2)$ and $(3, 1)$.", "dot_product"),  # which onto which? unread
    (r"The column picture: $b = (3, 5)$ is $x\begin{pmatrix}1\\2\end{pmatrix} + y\begin{pmatrix}2\\4\end{pmatrix}$.", "column_picture"),  # dependent
    (r"A linear combination $x\begin{pmatrix}1\\2\end{pmatrix} + y\begin{pmatrix}1\\1\end{pmatrix}$ with $x = 3$, $y = 1$ gives $b = (3, 5)$.",
     "column_picture"),  # the stated coefficients are wrong (2 and 1)
    (r"施密特正交化：$a = (1, 2)$，$b = (2, 4)$。", "gram_schmidt"),  # dependent
    (r"方向导数与梯度：$f(x, y) = x^2 + 2y^2$ 在点 $(1, 1)$ 处的梯度为 $(2, 2)$。", "gradient"),  # wrong gradient
    (r"Gradient descent on $f(x, y) = x^2 + 2y^2$ from $(1, 1)$.", "gradient"),  # another question
    (r"The gradient of $f(x, y) = x^2 + y^2$ at $(0, 0)$.", "gradient"),  # a critical point: nothing to draw
    (r"A sequence converges: $a_n = \frac{n}{n + 1} \to 2$.", "sequence_limit"),  # wrong limit
    (r"The sequence $a_n = n^2$ diverges.", "sequence_limit"),
    (r"The sequence $a_n = (-1)^n$ has no limit.", "sequence_limit"),
    (r"$x_{n+1} = \frac{x_n}{2}$ with $x_0 = 1$: the sequence converges to 0.", "sequence_limit"),  # a recurrence
    (r"The number e as a limit: $$\lim_{n\to\infty}\left(1+\frac{1}{n}\right)^n = e$$", "sequence_limit"),  # the limit family's
    (r"The tangent line to $y = x^2$ at $(1, 1)$.", "space_line"),  # a line, but no point and direction in space
    (r"The vectors $(1, 2, 3)$ and $(3, 4, 5)$ span a plane.", "space_line"),
    (r"二重积分：$$\iint_D (x + y)\,d\sigma = 2$$，$D$ 为 $0 \le x \le 1, 0 \le y \le 1$。", "double_integral"),  # wrong value
    (r"The double integral $$\iint_D xy\,dA$$ over the disk $x^2 + y^2 \le 1$.", "double_integral"),  # not a rectangle
    (r"The double integral $$\iint_D xy\,dA$$ over the disk $x^2 + y^2 \le 1$.", "integral"),  # nor a 1D area
]


@pytest.mark.parametrize("concept, family", REFUSED, ids=[f"{i:02d}-{c[1]}" for i, c in enumerate(REFUSED)])
def test_look_alikes_are_refused(concept, family):
    assert _design(concept).kind != family


def test_the_projection_reads_which_vector_goes_onto_which():
    first = read_projection(extract(r"project $\mathbf a = (1, 1)$ onto $\mathbf b = (2, 3)$"))
    second = read_projection(extract(r"project $\mathbf b = (2, 3)$ onto $\mathbf a = (1, 1)$"))
    assert (first.b.name, first.a.name) == ("a", "b") and first.p == pytest.approx((10 / 13, 15 / 13))
    assert (second.b.name, second.a.name) == ("b", "a") and second.p == pytest.approx((2.5, 2.5))
    assert second.e == pytest.approx((-0.5, 0.5)) and not second.stated


_SPACE = (r"Take $\mathbf v_1 = (1, 0, 1)$, $\vec{v}_2 = (1, 1, 0)$, $v_3 = (0, 1, 1)$ in $\mathbb R^3$. Apply Gram–Schmidt and "
          r"animate each projection being subtracted in 3D: $u_2 = (\tfrac12, 1, -\tfrac12)$, $u_3 = {u3}$.")


def test_gram_schmidt_in_space_subtracts_each_projection_and_checks_the_stated_results():
    """Three space vectors went to the equation slide: the family drew plane vectors only, and the stated u_2, u_3
    were read as more vectors to orthogonalise. Now the first letter's vectors are the author's, the others' are
    stated results, checked: a false one is called false and never drawn; a rescaled one is said to be that."""
    draft = _design(_SPACE.replace("{u3}", r"(-\tfrac23, \tfrac23, \tfrac23)"))
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "gram_schmidt_3d", draft.reasoning
    assert "u_3 = v_3 - 0.5\\,u_1 - 0.333\\,u_2 = (-0.667, 0.667, 0.667)" in draft.code and "false" not in said
    assert "q_3 = (-0.577, 0.577, 0.577)" in draft.code
    said = " ".join(b.narration for b in _design(_SPACE.replace("{u3}", "(-1, 1, 0)")).storyboard)
    assert "$u_3 = (-1, 1, 0)$; that is false: the steps give $u_3 = (-0.667, 0.667, 0.667)$" in said
    said = " ".join(b.narration for b in _design(_SPACE.replace("{u3}", "(-1, 1, 1)")).storyboard)
    assert "times $1.5$" in said and "false" not in said  # the author cleared the fractions
    zh = _design(r"用施密特正交化把 $\alpha_1=(1,1,0)^T$，$\alpha_2=(1,0,1)^T$，$\alpha_3=(0,1,1)^T$ 化为标准正交向量组。")
    assert zh.kind == "gram_schmidt_3d" and "u_2 = \\alpha_2 - 0.5\\,u_1 = (0.5, -0.5, 1)" in zh.code
    # two vectors in the plane stay the flat family's; a false stated q is called false there too
    plane = _design(r"Gram-Schmidt on $a = (1, 1)$, $b = (1, 0)$ gives $q_2 = (0, 1)$.")
    said = " ".join(b.narration for b in plane.storyboard)
    assert plane.kind == "gram_schmidt" and "$q_2 = (0, 1)$; that is false: the steps give $q_2 = (0.707, -0.707)$" in said


def test_readers_compute_the_answers():
    gs = read_gram_schmidt(extract(r"Gram-Schmidt: $u_1 = (1, 1, 0)$, $u_2 = (1, 0, 1)$"))
    assert gs.dim == 3 and gs.q[1] == pytest.approx((1 / 6 ** 0.5, -1 / 6 ** 0.5, 2 / 6 ** 0.5))
    comb = read_combination(extract(r"linear combination $b = (1, 7) = c_1\begin{pmatrix}1\\1\end{pmatrix} + c_2\begin{pmatrix}-1\\2\end{pmatrix}$"))
    assert comb.coefficients == pytest.approx((3, 2))
    grad = read_gradient(extract(r"the gradient of $f(x, y) = x^2 y$ at $(2, 1)$"))
    assert grad.grad == pytest.approx((4, 4)) and grad.value == pytest.approx(4)
    seq = read_sequence_limit(extract(r"the sequence $a_n = \frac{n}{n + 1}$ converges"))
    plan = bands(seq)
    assert seq.limit == 1 and not seq.stated and plan.eps == (0.2, 0.1) and plan.N == (5, 10)


# The 2x2 determinant's law in letters, asked about as an area, went to the equation slide: matrix_transform draws
# the unit square's image spanned by (a, c) and (b, d), with ad - bc worked out for an example declared as one.
@pytest.mark.parametrize("concept", [
    r"为什么二阶行列式 $\begin{vmatrix}a&b\\c&d\end{vmatrix}=ad-bc$ 是一个面积？",
    r"Why is $\det\begin{pmatrix}a&b\\c&d\end{pmatrix}=ad-bc$ the area of a parallelogram?",
    r"For $A = \begin{pmatrix} a & b \\ c & d \end{pmatrix}$, $\det A = ad - bc$ is the signed area spanned by its columns.",
])
def test_the_determinant_law_in_letters_is_drawn_as_an_area_of_a_declared_example(concept):
    draft = _design(concept)
    assert draft.kind == "matrix_transform"
    assert draft.storyboard[0].narration.startswith(("For instance", "例如"))
    assert r"ad - bc = 3 \cdot 2 - 1 \cdot 1 = 5" in draft.code and 'r"(a, c)"' in draft.code and 'r"(b, d)"' in draft.code


@pytest.mark.parametrize("concept", [
    r"二阶行列式的定义：$\begin{vmatrix}a&b\\c&d\end{vmatrix}=ad-bc$",  # a definition, no area asked
    r"The inverse $A^{-1} = \frac{1}{ad-bc}\begin{pmatrix}d&-b\\-c&a\end{pmatrix}$ exists when the area $ad - bc$ is not zero.",
])
def test_other_statements_of_ad_minus_bc_get_no_example(concept):
    assert _design(concept).kind != "matrix_transform"
