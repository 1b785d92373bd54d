"""Vector fields (plane and space) and tangent planes: vector_field, vector_field_3d, tangent_plane.

Each draws the author's own field or surface; every divergence, curl, partial derivative or plane the author states
is checked with sympy, and a false one (or a field with a letter left symbolic, or a physics field in r-hat) gets the
walkthrough. Cases follow Stewart 14.3-14.4 and 16.1/16.5, Paul's Online Notes (Calculus III), OpenStax Calculus 3,
the UMN divergence/curl example and 同济《高等数学》 (第九章、第十一章)."""

from __future__ import annotations

import pytest
import sympy

from mkdocs_manimgen.generate.offline.fields import read_field, read_plane
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.verify import asked

from drafts import draft as _draft, said as _said

WALKTHROUGH = {"equation", "explainer"}


FIELDS_2D = [  # (block, code of the field in the scene, what the narration says: the div and the curl)
    (r"The vector field $\mathbf F(x, y) = (-y, x)$ rotates counterclockwise; its curl is $2$ and its divergence is $0$.",
     "return (-y) + 0 * x, (x) + 0 * y", "= 2$ (as stated)"),
    (r"Sketch the vector field $\mathbf{F}(x,y) = x\,\mathbf i + y\,\mathbf j$. Its divergence is $\nabla\cdot\mathbf F = 2$: "
     r"every point is a source.", "return (x) + 0 * x, (y) + 0 * y", "= 2$ (as stated)"),
    (r"Compute the divergence and the curl of $\vec F = \langle x^2 y, -y \rangle$.", "return (x**2*y) + 0 * x", "x^{2}"),
    (r"The field $\mathbf F = (x - y, x + y)$ spreads out and turns: $\operatorname{div}\mathbf F = 2$ and "
     r"$\operatorname{curl}\mathbf F = 2$.", "return (x - y) + 0 * x", "(as stated)"),
    (r"The vortex $\mathbf F = \frac{1}{x^2+y^2}(-y, x)$ is irrotational away from the origin.",
     "(x**2 + y**2)", "curl $Q_x - P_y = 0$ (as stated)"),
    (r"Draw the velocity field $\mathbf v = \langle y, -x\rangle$ of a fluid and the paddle wheel: "
     r"$\frac{\partial Q}{\partial x} - \frac{\partial P}{\partial y} = -2$.", "return (y) + 0 * x", "clockwise"),
    (r"A shear flow $\mathbf F = y\,\mathbf i$ has curl $\nabla\times\mathbf F = -\mathbf k$ although its flow lines are straight.",
     "return (y) + 0 * x, (0) + 0 * y", "(as stated)"),
    (r"OpenStax: the field $\mathbf F(x, y) = \langle e^{x}\cos y, -e^{x}\sin y\rangle$ is incompressible and irrotational.",
     "np.exp(x)*np.cos(y)", "(as stated)"),
    (r"向量场 $\mathbf F = \langle y, -x \rangle$ 的旋度为 $-2$，散度为 $0$。", "return (y) + 0 * x, (-x) + 0 * y", "顺时针"),
    (r"求平面向量场 $\mathbf F = x^2\,\mathbf i + xy\,\mathbf j$ 的散度与旋度：$\nabla\cdot\mathbf F = 3x$。",
     "return (x**2) + 0 * x, (x*y) + 0 * y", "3 x"),
    (r"画出向量场 $\mathbf F(x, y) = (x, -y)$，它是无源场：散度为 $0$。", "return (x) + 0 * x, (-y) + 0 * y", "（与题中一致）"),
    (r"速度场 $\mathbf v = (-y, x)$ 描述刚体转动，其旋度处处为 $2$。", "return (-y) + 0 * x", "逆时针"),
]


@pytest.mark.parametrize("concept, code, said", FIELDS_2D)
def test_a_plane_field_is_drawn_with_its_divergence_and_curl(concept, code, said):
    draft = _draft(concept)
    assert draft.kind == "vector_field", draft.reasoning
    assert "ArrowVectorField" in draft.code and code in draft.code
    assert said in _said(draft)


FIELDS_3D = [  # (block, a component's code in the scene, what the narration or panel gives)
    (r"The 3D vector field $\mathbf F = (y, -x, z)$ has divergence $1$ and curl $\nabla\times\mathbf F = (0, 0, -2)$.",
     "\\left(y,\\ - x,\\ z\\right)", "\\left(0,\\ 0,\\ -2\\right)$ (as stated)"),
    (r"Calculate the divergence and curl of $\mathbf F = (-y, xy, z)$.", "\\left(- y,\\ x y,\\ z\\right)", "x + 1"),
    (r"Stewart 16.5: if $\mathbf F(x, y, z) = xz\,\mathbf i + xyz\,\mathbf j - y^2\,\mathbf k$, then "
     r"$\operatorname{curl}\mathbf F = (-2y - xy, x, yz)$ and $\operatorname{div}\mathbf F = z + xz$.",
     "\\left(x z,\\ x y z,\\ - y^{2}\\right)", "(as stated)"),
    (r"Paul's notes: compute $\operatorname{div}\vec F$ and $\operatorname{curl}\vec F$ for "
     r"$\vec F = x^2 y\,\vec i + xyz\,\vec j - x^2 y^2\,\vec k$.", "\\left(x^{2} y,\\ x y z,\\ - x^{2} y^{2}\\right)", "x \\left(2 y + z\\right)"),
    (r"The gradient field $\mathbf F = yz\,\mathbf i + xz\,\mathbf j + xy\,\mathbf k$ is irrotational.", "\\left(y z,\\ x z,\\ x y\\right)", "(as stated)"),
    (r"The field $\mathbf F = \langle x, y, z \rangle$ points away from the origin with $\nabla\cdot\mathbf F = 3$.",
     "\\left(x,\\ y,\\ z\\right)", "= 3$ (as stated)"),
    (r"求向量场 $\mathbf A = (x^2 + yz, y^2 + xz, z^2 + xy)$ 的散度与旋度。", "\\mathbf A = \\left(x^{2} + y z", "2 x + 2 y + 2 z"),
    (r"空间向量场 $\mathbf F = (z, x, y)$ 的旋度为 $\nabla\times\mathbf F = (1, 1, 1)$，散度为 $0$。", "\\left(z,\\ x,\\ y\\right)", "（与题中一致）"),
    (r"设 $\mathbf F = y\,\mathbf i - x\,\mathbf j + z^2\,\mathbf k$，求 $\mathrm{div}\,\mathbf F$ 与 $\mathrm{rot}\,\mathbf F$。",
     "z^{2}\\right)", "2 z"),
    (r"旋转流场 $\mathbf v = (-y, x, 0)$ 的旋度是 $(0, 0, 2)$。", "\\mathbf v = \\left(- y,\\ x,\\ 0\\right)", "旋转轴"),
    (r"The field $\mathbf F = (x^2, y^2, z^2)$ has divergence $2x + 2y + 2z$ and zero curl.", "\\left(x^{2},\\ y^{2},\\ z^{2}\\right)", "(as stated)"),
    (r"A magnetic-like field $\mathbf B = (-y, x, 1)$: $\nabla\cdot\mathbf B = 0$ and $\nabla\times\mathbf B = (0, 0, 2)$.",
     "\\mathbf B = \\left(- y,\\ x,\\ 1\\right)", "(as stated)"),
]


@pytest.mark.parametrize("concept, tex, said", FIELDS_3D)
def test_a_space_field_is_drawn_with_its_divergence_and_curl_vector(concept, tex, said):
    draft = _draft(concept)
    assert draft.kind == "vector_field_3d", draft.reasoning
    assert "ThreeDScene" in draft.code and "move_camera" in draft.code
    assert tex in draft.code or tex in _said(draft)
    assert said in _said(draft) or said in draft.code


PLANES = [  # (block, the plane or partial the scene writes, a number or phrase said)
    (r"The tangent plane to $z = x^2 + y^2$ at $(1, 2)$ is $z = 2x + 4y - 5$.", "z = 2 x + 4 y - 5", "(as stated)"),
    (r"Stewart 14.4: the tangent plane to the elliptic paraboloid $z = 2x^2 + y^2$ at the point $(1, 1, 3)$ is $z = 4x + 2y - 3$.",
     "z = 4 x + 2 y - 3", "(as stated)"),
    (r"The linearization of $f(x, y) = x e^{xy}$ at $(1, 0)$ is $L(x, y) = x + y$.", "z = x + y", "(as stated)"),
    (r"The linearization of $f(x,y) = \sqrt{x^2+y^2}$ at $(3,4)$ is $L(x,y) = 5 + \frac{3}{5}(x-3) + \frac{4}{5}(y-4)$.",
     "f_x(3, 4) = 0.6", "(as stated)"),
    (r"Find the tangent plane to $z = \ln(2x + y)$ at $(-1, 3)$.", "z = 2 x + y - 1", "f_x(-1, 3) = 2"),
    (r"Tangent plane to $z = 4 - x^2 - y^2$ at $(1, 1, 2)$: $z - 2 = -2(x - 1) - 2(y - 1)$.", "z = - 2 x - 2 y + 6", "(as stated)"),
    (r"The partial derivatives of $f(x,y) = x^2 y$ are $f_x = 2xy$ and $f_y = x^2$.", "f_x = 2 x y", "For instance"),
    (r"Stewart 14.3: if $f(x, y) = x^3 + x^2 y^3 - 2y^2$, then $f_x(2, 1) = 16$ and $f_y(2, 1) = 8$.", "f_x(2, 1) = 16", "(as stated)"),
    (r"$\frac{\partial f}{\partial x}$ is the slope of the slice $y = 1$ of $f(x, y) = 4 - x^2 - 2y^2$ at $(1, 1)$.", "f_x(1, 1) = -2",
     "slope"),
    (r"求曲面 $z = x^2 + 2y^2$ 在点 $(1, 1)$ 处的切平面。", "z = 2 x + 4 y - 3", "切平面"),
    (r"求 $z = x^2 + y^2$ 在点 $(1, 2, 5)$ 处的切平面方程：$z = 2x + 4y - 5$。", "z = 2 x + 4 y - 5", "与题中一致"),
    (r"设 $f(x, y) = x^2 + 3xy + y^2$，求偏导数 $f_x$、$f_y$ 及其在点 $(1, 2)$ 处的值：$f_x(1, 2) = 8$，$f_y(1, 2) = 7$。",
     "f_y(1, 2) = 7", "与题中一致"),
    (r"函数 $z = x^2 y + y^3$ 的偏导数：$\frac{\partial z}{\partial x} = 2xy$，$\frac{\partial z}{\partial y} = x^2 + 3y^2$。",
     "f_y = x^{2} + 3 y^{2}", "例如"),
]


@pytest.mark.parametrize("concept, shown, said", PLANES)
def test_the_tangent_plane_and_the_partials_are_the_authors(concept, shown, said):
    draft = _draft(concept)
    assert draft.kind == "tangent_plane", draft.reasoning
    assert shown in draft.code, draft.code
    assert said in _said(draft) or said in draft.code


GENERAL_THEN_EXAMPLE = [  # the general formula (f, f_x at letters, x_0) first, then the example it is drawn for
    (r"The tangent plane to $z=f(x,y)$ at $(a,b)$ is $z=f(a,b)+f_x(a,b)(x-a)+f_y(a,b)(y-b)$. Show it for $f(x,y)=x^2+y^2+1$ "
     r"at $(1,2)$, where the plane is $z=6+2(x-1)+4(y-2)$, and zoom in until surface and plane look the same.",
     "z = 2 x + 4 y - 4", "(as stated)"),
    (r"曲面 $z=f(x,y)$ 在点 $(x_0,y_0,z_0)$ 处的切平面为 $z-z_0=f_x(x_0,y_0)(x-x_0)+f_y(x_0,y_0)(y-y_0)$。"
     r"例如曲面 $z=x^2+y^2+1$ 在点 $(1,2,6)$ 处的切平面为 $z=2x+4y-4$。", "z = 2 x + 4 y - 4", "与题中一致"),
    (r"Linearisation: $L(x, y) = f(a, b) + f_x(a, b)(x - a) + f_y(a, b)(y - b)$. For $f(x, y) = \sqrt{x^2 + y^2}$ at $(3, 4)$, "
     r"$L(x, y) = 5 + \frac{3}{5}(x - 3) + \frac{4}{5}(y - 4)$.", "f_x(3, 4) = 0.6", "(as stated)"),
    (r"The tangent plane at $(x_0, y_0)$ is $z = f(x_0,y_0) + \frac{\partial f}{\partial x}(x_0,y_0)(x-x_0) + "
     r"\frac{\partial f}{\partial y}(x_0,y_0)(y-y_0)$; take $f(x, y) = xy$ at $(2, 3)$.", "z = 3 x + 2 y - 6", "f_y(2, 3) = 2"),
]


@pytest.mark.parametrize("concept, shown, said", GENERAL_THEN_EXAMPLE)
def test_a_general_formula_before_the_example_is_not_read_as_the_surface(concept, shown, said):
    draft = _draft(concept)
    assert draft.kind == "tangent_plane", draft.reasoning
    assert shown in draft.code and (said in _said(draft) or said in draft.code)


@pytest.mark.parametrize("concept", [
    r"The tangent plane to $z=f(x,y)$ at $(a,b)$ is $z=f(a,b)+f_x(a,b)(x-a)+f_y(a,b)(y-b)$.",  # no example
    r"The tangent plane to $z=f(x,y)$ at $(a,b)$ is $z=f(a,b)+f_x(a,b)(x-a)+f_y(a,b)(y-b)$. For $f(x,y)=x^2+y^2+1$ at $(1,2)$ "
    r"the plane is $z=6+2(x-1)+4(y-3)$.",  # (y - 2)
    r"曲面 $z=f(x,y)$ 在点 $(x_0,y_0)$ 处的切平面为 $z-z_0=f_x(x_0,y_0)(x-x_0)+f_y(x_0,y_0)(y-y_0)$。"
    r"例如 $z=x^2+y^2+1$ 在点 $(1,2)$ 处的切平面为 $z=2x+4y-3$。",  # the constant is -4
])
def test_a_general_formula_gives_no_plane_of_its_own(concept):
    assert read_plane(extract(concept)) is None
    assert _draft(concept).kind in WALKTHROUGH


def test_the_plane_is_zoomed_into_until_the_surface_looks_flat():
    draft = _draft(r"Find the tangent plane to $z = x^2 + y^2 + 1$ at $(1, 2)$ and zoom in on the point.")
    zoom = next(b for b in draft.storyboard if b.title == "Zoom in")
    # f - L = (x - 1)^2 + (y - 2)^2: up to 2(1.05)^2 on the first window, 2(0.105)^2 on the one magnified 10 times
    assert "10 times" in zoom.narration and "$2.205$" in zoom.narration and "\\le 0.105$ at most $0.022$" in zoom.narration
    assert "frame_center=axes.c2p(x0, y0, z0)" in draft.code and "log_k.animate.set_value(1)" in draft.code
    assert "f(x0 + u / k, y0 + v / k)" in draft.code  # the surface redrawn on the shrinking window, never one facet blown up
    assert "放大 10 倍" in _said(_draft(r"求曲面 $z = x^2 + y^2 + 1$ 在点 $(1, 2)$ 处的切平面。"))
    partials = _draft(r"The partial derivatives of $f(x,y) = x^2 y$ are $f_x = 2xy$ and $f_y = x^2$.")
    assert "log_k" not in partials.code  # no plane, no zoom onto it


def test_partials_without_a_point_say_the_point_is_an_example_and_draw_no_plane():
    draft = _draft(r"The partial derivatives of $f(x,y) = x^2 y$ are $f_x = 2xy$ and $f_y = x^2$.")
    assert "at the point (1, 1), for instance" in draft.code and "tplane" not in draft.code
    with_point = _draft(r"The tangent plane to $z = x^2 + y^2$ at $(1, 2)$ is $z = 2x + 4y - 5$.")
    assert "tplane" in with_point.code and "for instance" not in with_point.code


REFUSED = [  # look-alikes: another question, a false statement, a letter left symbolic, no point, r-hat
    r"The vector field $\mathbf F(x, y) = (-y, x)$ has curl $3$.",  # it is 2
    r"$\mathbf F = (x, y)$ is divergence-free.",  # its divergence is 2
    r"向量场 $\mathbf F = (y, x)$ 的旋度为 $2$。",  # it is 0
    r"The field $\mathbf F = (y, -x, z)$ has curl $\nabla\times\mathbf F = (0, 0, 2)$.",  # it is (0, 0, -2)
    r"$\mathbf F = (ax, by)$ has divergence $a + b$.",  # free letters
    r"The electric field of a point charge is $\mathbf E = \frac{kq}{r^2}\hat{\mathbf r}$; its divergence is zero away from the charge.",
    r"The phase portrait of the system $x' = y$, $y' = -x$ is a family of circles.",  # an ODE system, not a field block
    r"The work done by $\mathbf F = (y, x)$ along $y = x^2$ from $(0,0)$ to $(1,1)$ is $W = 1$.",  # a line integral
    r"The tangent plane to $z = x^2 + y^2$ at $(1, 2)$ is $z = 2x + 4y - 4$.",  # the constant is -5
    r"The partial derivatives of $f(x,y) = x^2 y$ are $f_x = 2xy$ and $f_y = 2x$.",  # f_y = x^2
    r"Find the tangent plane to $z = x^2 + y^2$.",  # no point
    r"The tangent plane to $z = ax^2 + by^2$ at $(1, 1)$.",  # free letters
    r"Tangent plane to $z = 4 - x^2 - y^2$ at $(1, 1, 3)$.",  # (1, 1, 3) is not on the surface
    r"The paraboloid $z = x^2 + y^2$ and its level curves.",  # level curves: not the parameter sweep
    r"求函数 $f(x, y) = x^2 + y^2$ 在点 $(1, 2)$ 处的梯度 $\nabla f = (2, 4)$ 与等值线。",  # the gradient family's
    r"The field $\mathbf F = (-y, x)$ has circulation $2\pi$ around the unit circle.",  # a circulation: not checked here
    r"$\mathbf F = (2x, 2y)$ is conservative with potential $f = x^2 + y^2 + 1$.",  # a potential: not checked here
    r"$\mathbf F = (-y, x)$ spins with angular speed $3$.",  # a number the reader gives to nothing
    r"The tangent plane to $z = x^2 + y^2$ at $(1, 2)$, where $f(1, 2) = 6$.",  # f(1, 2) = 5
    r"The total differential of $z = x^2 + y^2$ at $(1, 2)$ is $dz = 2\,dx + 4\,dy$; its tangent plane.",  # dz: not read
    r"设 $z = x^2 y$，则 $\frac{\partial z}{\partial x} = x^2$。",  # ∂z/∂x = 2xy
]


@pytest.mark.parametrize("concept", REFUSED)
def test_look_alikes_are_not_drawn_as_fields_or_planes(concept):
    draft = _draft(concept)
    assert draft.kind not in {"vector_field", "vector_field_3d", "tangent_plane", "parameter_sweep", "derivative"}, draft.reasoning


def test_the_other_families_keep_their_blocks():
    assert _draft(r"The phase portrait of the system $x' = y$, $y' = -x$ is a family of circles.").kind == "phase_portrait"
    assert _draft(r"The work done by $\mathbf F = (y, x)$ along $y = x^2$ from $(0,0)$ to $(1,1)$ is $W = 1$.").kind == "line_integral"
    assert _draft(r"求函数 $f(x, y) = x^2 + y^2$ 在点 $(1, 2)$ 处的梯度 $\nabla f = (2, 4)$ 与等值线。").kind == "gradient"
    assert _draft(r"The paraboloid $z = x^2 + y^2$").kind == "surface"


def test_questions_are_asked():
    names = lambda c: {q.name for q in asked(extract(c))}  # noqa: E731
    assert "a divergence or curl" in names(r"The curl of $\mathbf F = (-y, x)$")
    assert "a divergence or curl" not in names(r"The divergence test shows the series $\sum 1/n$ diverges.")
    assert "a partial derivative" in names(r"$f_x = 2xy$")
    assert "a tangent plane" in names(r"求切平面")
    assert "level curves" in names(r"The level curves of $f(x, y) = x^2 + y^2$")


def test_readers_compute_with_sympy():
    f = read_field(extract(r"$\mathbf F = (-y, xy, z)$"))
    assert str(f.div) == "x + 1" and [str(c) for c in f.curl] == ["0", "0", "y + 1"]
    f = read_field(extract(r"$\vec F = (3x + 2z^2)\,\vec i + \frac{x^3 y^2}{z}\vec j - (z - 7x)\vec k$"))
    assert f is not None and sympy.simplify(f.div - sympy.sympify("2 + 2*x**3*y/z")) == 0
    assert read_field(extract(r"$\mathbf F = \frac{kq}{r^2}\hat{\mathbf r}$")) is None
    p = read_plane(extract(r"$z = 2x^2 + y^2$ at $(1, 1)$"))
    assert p.slopes == (4.0, 2.0) and str(p.plane) == "4*x + 2*y - 3"
    assert read_plane(extract(r"$z = 2x^2 + y^2$")) is None
    assert read_plane(extract(r"$z = 2x^2 + y^2$"), partials_only=True).example
