"""The wrong kinds of the nineteenth unseen set (this stop's held-out run), each as our own minimal block: a false
simplification of a function with |.| plotted on one side of its jump, a solution named in passing beside a
differential equation plotted as "the function", the secant method drawn as Newton's (and its order stated as 2),
a Laplace-transform block drawn as a derivative, two solved complex numbers multiplied though the block turns one
by i, a recurrence's parameter picked where the block excludes it, a function letter f swept as a number, and a
linear relation between two coefficients plotted by the walkthrough."""

from __future__ import annotations

from mkdocs_manimgen.generate.offline.claims import false_claims

from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.templates._last_resort import plottable

from drafts import draft as _draft, said as _said


def test_a_simplification_that_drops_an_absolute_value_is_called_and_both_sides_are_drawn():
    # #0's kind: (16 - x^2)/|4 - x| "= 4 + x", so "f is continuous at 4": the plot stopped at x = 4
    block = (r"设 $f(x)=\dfrac{x^{2}-9}{|x-3|}\ (x\neq 3)$。由 $\dfrac{x^{2}-9}{|x-3|}=\dfrac{(x-3)(x+3)}{x-3}=x+3$ 得 "
             r"$\lim\limits_{x\to 3}f(x)=6$。请画出 $y=f(x)$ 的图象，并标出 $x\to3^{-}$ 与 $x\to3^{+}$ 时的走向。")
    claims = false_claims(extract(block))
    assert [c.stated for c in claims] == [r"\frac{x^{2}-9}{|x-3|} = \frac{(x-3)(x+3)}{x-3}"]
    assert claims[0].truth == r"x = 0:\ -3 \neq 3"  # the smallest whole number where they differ (x < 3)
    draft = _draft(block)
    assert "这不成立" in _said(draft)
    if draft.kind == "function_plot":
        assert "x_range=[-4, 5," in draft.code  # both sides of x = 3
    # a true chain is no claim, nor one the block restricts (x > 0)
    assert false_claims(extract(r"$\frac{x^2-1}{x-1}=\frac{(x-1)(x+1)}{x-1}=x+1$ for $x \ne 1$.")) == []
    assert false_claims(extract(r"For $x>0$: $\sqrt{x^2}=|x|=x$.")) == []


def test_a_solution_named_beside_a_differential_equation_is_not_the_function_plotted():
    # #29's kind: "x^2 y'' - 2x y' + 2y = 0 gives x and x^2" drawn as "Graph of a Function y = x^2" over [-4, 4]
    draft = _draft(r"For $x^{2}y''-2xy'+2y=0$, $x>0$, trying $y=x^{m}$ gives $m=1$ or $m=2$, so the solutions $x$ and "
                   r"$x^{2}$ span the general solution.")
    assert draft.kind != "function_plot"


def test_the_secant_method_is_drawn_with_secants_and_its_order_is_checked():
    # #30/#31's kind: the secant method drawn as Newton's (its x_1 = 2 called false), its order 2 uncalled
    draft = _draft(r"Apply the secant method to $f(x)=x^{2}-5$ with $x_0=2$, $x_1=3$ and draw each secant.")
    said = _said(draft)
    assert draft.kind == "newton_method" and draft.storyboard[0].title == "The Secant Method" and "$x_1 = 3$" in said
    assert "$x_2 \\approx 2.2$" in said and "2.236068" in said  # 3 - 4(1)/(4 - (-1)) = 2.2; the root √5
    assert "steps = [step(a, b, c)" in draft.code and "false" not in said
    claims = false_claims(extract(r"The secant method converges quadratically, like Newton's method: show it on "
                                  r"$f(x)=x^2-5$ from $x_0=2$, $x_1=3$."))
    assert [c.truth for c in claims] == [r"\text{order } p = \tfrac{1+\sqrt5}{2} \approx 1.618"]
    assert false_claims(extract(r"Newton's method converges quadratically at a simple root.")) == []


def test_a_laplace_transform_block_is_no_derivative_question():
    # #35's kind: Y(s) = 4(e^{-s} - e^{-3s})/(s(s+2)) drawn with secants as "Derivative: from secant to tangent"
    assert _draft(r"Solve $y^{\prime}+3y=u(t-2)$, $y(0)=0$, by Laplace transforms: $Y(s)=\frac{e^{-2s}}{s(s+3)}$.").kind != "derivative"
    assert _draft(r"Solve $y''+y'=2$ with $y(0)=0$: its solution is $y=2t-2+2e^{-t}$.").kind != "derivative"


def test_two_solved_complex_numbers_are_not_multiplied_unless_the_block_says():
    # #40's kind: z = 2 - i, w = 1 + 2i from z + w = 3 + i, w = iz drawn as the product zw = 4 + 3i
    draft = _draft(r"Find the complex numbers $z$ and $w$ with $z+w=1+3i$ and $w=iz$: $z=2+i$, $w=-1+2i$. Show $w$ as $z$ turned through $90^\circ$.")
    said = _said(draft)
    assert draft.kind == "complex_multiplication" and "w = iz = -1 + 2i" in said and "zw" not in said
    assert _draft(r"Let the complex numbers $z=1+2i$ and $w=3-i$. Show $z$ and $w$ and find $z+w$.").kind != "complex_multiplication"
    assert _draft(r"Let the complex numbers $z=1+2i$ and $w=3-i$. Multiply them: $zw=5+5i$.").kind == "complex_multiplication"


def test_a_parameter_the_block_excludes_or_gives_several_values_is_not_picked():
    # #43's kind: u_{n+1} = a u_n + b with a != 1 and three values of a drawn at a = 1, b = 1 (a staircase to infinity)
    draft = _draft(r"For $u_{n+1}=a\,u_n+b$ with $a\neq1$ the fixed point is $\ell=\frac{b}{1-a}$. Draw cobwebs for "
                   r"$a=\tfrac12$ and $a=-\tfrac12$ with $b=1-a$, from $u_0=3$.")
    assert draft.kind != "cobweb" or "a = 1)" not in _said(draft)
    assert "Its graph" not in _said(draft)  # nor \ell against a with b picked: b = 1 - a is no value


def test_a_function_letter_is_not_swept_as_a_number():
    # #56's kind: D(h) = (f(x+h) - f(x-h))/(2h) swept with f = 2.71, 1.00 (horizontal lines)
    draft = _draft(r"The central difference $D(h)=\frac{f(x+h)-f(x-h)}{2h}$ has error $O(h^2)$.")
    assert draft.kind != "parameter_sweep"


def test_the_walkthrough_does_not_plot_a_linear_relation_between_two_coefficients():
    # walkthrough #41's kind: b = -(2 + r) plotted against r on [0, 5]
    assert plottable(extract(r"The cubic $(x^2+1)(x-r)$ has $b=-r$, $c=1$ and $d=-r$ for its real root $r$.")) is None
    assert plottable(extract(r"Plot the line $y=2x+1$.")) is not None  # a line asked for is drawn


def test_the_equation_where_two_curves_meet_states_no_area():
    # #47 and #2's kind: "they meet where 2x^2 - 6x + 4 = 0" read as a stated area 0, so the true area was refused
    draft = _draft(r"Find the area enclosed by $y=x^{2}-2x$ and $y=4x-x^{2}$. They meet where $2x^{2}-6x=0$, at $x=0$ "
                   r"and $x=3$, and $A=\int_0^3\left(6x-2x^{2}\right)dx=9$.")
    assert draft.kind == "area_between" and "= 9" in _said(draft)
    wrong = _draft(r"Find the area enclosed by $y=x^{2}-2x$ and $y=4x-x^{2}$. They meet where $2x^{2}-6x=0$, and $A=8$.")
    assert wrong.kind != "area_between"  # a false stated area is still no area to draw as the block's


def test_a_function_the_block_restricts_to_a_half_line_is_drawn_there():
    # the thirteenth's Bernoulli solution y = 1/(2x - x^2) with x > 0 was drawn over [-4, 4]
    draft = _draft(r"For $x>0$ the solution is $y=\dfrac{1}{2x-x^{2}}$; plot it.")
    assert draft.kind == "function_plot" and "x_range=[0, 4," in draft.code


def test_the_definition_of_the_derivative_is_no_differential_equation():
    # a regression of this stop's ODE reader: f'(x) = lim (f(x+h) - f(x))/h holds f beside f'
    assert _draft(r"导数的定义：$$f'(x_0)=\lim_{h\to0}\frac{f(x_0+h)-f(x_0)}{h}$$，以 $f(x)=x^2$，$x_0=2$ 为例。").kind == "derivative"
