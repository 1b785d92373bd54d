"""The wrong kinds of the fifteenth unseen set (this stop's held-out run), each as our own minimal block: a bare
variable read as the polar curve r = θ, a coordinate of a parametric curve swept as a graph, a law whose parameters
the block fixes slid for an event's probability, a half-line x ≥ 1 ignored by the walkthrough's plot, the area under
a base curve drawn for a volume by slices, a difference quotient's own slope, and a reference axis mapped as a set."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft


def test_a_bare_theta_in_the_prose_is_no_polar_curve():
    # #51's kind: "the integral of r with respect to $\theta$" gave the spiral r = θ for a cardioid r = a(1 + cos θ)
    draft = _draft(r"心形线 $r=a(1+\cos\theta)$ 的面积是 $r$ 对 $\theta$ 的积分吗？请画出心形线。")
    assert "return theta" not in draft.code and "r = \\theta" not in " ".join(b.narration for b in draft.storyboard)


def test_one_coordinate_of_a_parametric_curve_is_no_family_of_graphs():
    # #48's kind: x = r(t - sin t) swept in r, beside y = r(1 - cos t)
    assert _draft(r"A point on a rolling circle of radius $r$ traces $x=r(t-\sin t)$, $y=r(1-\cos t)$.").kind != "parameter_sweep"


def test_an_events_probability_of_a_given_law_gets_no_slider():
    # #16's kind: B(60, 0.4) with p slid to 0.58 for a continuity correction
    draft = _draft(r"Let $X\sim B(50,\,0.3)$. Estimate $P(X\le 12)$ with the normal approximation and a continuity correction.")
    assert draft.kind != "probability_density"
    assert _draft(r"Show the binomial distribution $B(20, 0.3)$.").kind == "probability_density"  # its shape: still this family's


def test_the_walkthrough_plot_starts_at_the_blocks_half_line():
    # walkthrough #47's kind: y = 1/x with x >= 1 was drawn over [-5, 5], negative branch and pole included
    plot = plottable(extract(r"Rotate $y=\dfrac1x$, $x\ge1$, about the $x$-axis; its volume $V=\pi$ is finite."))
    assert plot is not None and plot.window == (1.0, 6.0)


def test_a_volume_by_square_slices_is_not_the_area_under_the_base():
    # #36's kind: the area under y = x^2 on [0, 4] (21.33) drawn for V = ∫ 4y dy = 32
    draft = _draft(r"The base of a solid is the region between $y=x^2$ and $y=4$; every cross-section perpendicular to the "
                   r"$y$-axis is a square, so $V=\int_0^4 4y\,dy=32$.")
    said = " ".join(b.narration for b in draft.storyboard)
    assert draft.kind == "integral" and "return 4*x" in draft.code and "return x**2" not in draft.code  # A(y) = 4y
    assert "the volume is about $32$" in said


def test_a_difference_quotient_is_not_differentiated():
    # #34's kind: D(h) = (e^{1+h} - e)/h drawn "from secant to tangent" with its own derivative D'(h)
    draft = _draft(r"The forward difference $D(h)=\dfrac{e^{2+h}-e^{2}}{h}$ has truncation error $\tfrac{h}{2}f^{\prime\prime}(\xi)$; "
                   r"plot $|D(h)-e^2|$ against $h$.")
    assert draft.kind != "derivative"


def test_an_axis_named_as_a_reference_direction_is_not_mapped():
    # #9's kind: "its major axis makes an angle of 60° with the real axis" mapped the real axis
    draft = _draft(r"The map $w=(1+i)z$ turns the ellipse $\frac{x^2}{4}+y^2=1$ so its major axis makes an angle of $45^\circ$ "
                   r"with the real axis.")
    assert "Im} z = 0" not in draft.code and "Im z = 0" not in " ".join(b.narration for b in draft.storyboard)


def test_a_region_given_by_inequalities_is_no_graph_of_its_first_curve():
    # #2's kind: "shade the region R = {y >= x^2, ...} and find its area" plotted y = x^2 alone over [-4, 4]
    draft = _draft(r"Shade the region $R=\{(x,y): y\ge x^2,\ y\le 2-x^2\}$ and find its area, $\frac{8}{3}$.")
    assert draft.kind != "function_plot"
