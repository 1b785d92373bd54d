"""The block's own statements, checked (issue 23, claims.py): a false step is called false in the scene,
whichever family draws the block; a true one, or one sympy cannot decide, is never called false.

The traps of the sixth and seventh held-out sets (a false derivative at a point, a false congruence, a
series said to converge, a false solution of an ODE) were drawn with their true mathematics but left the
block's false statement standing. Each block here is written for this test, in the kinds of those traps.
"""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.claims import false_claims
from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.model import BlockSpec

FALSE = [
    # a value of the block's function's derivative at a point (the sign is wrong)
    (r"Let $g(x) = x\cos x$. By the product rule $g'(x) = \cos x - x\sin x$, so $g'(\pi) = 1$. "
     r"Draw the tangent at $x = \pi$.", r"g'(\pi) = - 1"),
    (r"设 $f(x)=e^{x}\sin x$，则 $f'(0)=0$，所以曲线在原点处的切线是水平的。", r"f'(0) = 1"),
    # a chain whose last step slips
    (r"For $h(x) = x^3 - 2x$ we get $h'(2) = 3 \cdot 4 - 2 = 12$.", r"h'(2) = 10"),
    # a congruence by a misapplied Fermat
    (r"Since $\gcd(2, 11) = 1$, Fermat gives $2^{53} \equiv 1 \pmod{11}$.", r"2^{53} \equiv 8 \pmod{11}"),
    (r"由欧拉定理，$5^{33}\equiv 5 \ (\bmod\ 9)$。", r"5^{33} \equiv 8 \pmod{9}"),
    # numbers on both sides, with an integral or a sum worked out
    (r"The area is $\int_0^2 x^3\,dx = 8$ square units.", r"= 4"),
    (r"We know $\sum_{n=0}^{\infty} \left(\frac{1}{3}\right)^n = 3$ from the geometric formula.", r"= \frac{3}{2}"),
    # a closed form for a finite sum
    (r"By induction, $\sum_{k=1}^{n} k^3 = \frac{n^2(n+1)}{2}$ for every $n \ge 1$.", r"\frac{n^{2} \left(n + 1\right)^{2}}{4}"),
    # convergence said of a divergent series, and the reverse
    (r"The series $\sum_{n=1}^{\infty} \frac{n}{n^2 + 1}$ converges because its terms tend to zero.", r"\text{ diverges}"),
    (r"级数 $\sum_{n=1}^{\infty}\frac{1}{n^{3}}$ 发散，因为 $\frac{1}{n^3}$ 与调和级数同阶。", r"\text{ converges}"),
    # a chain that misuses L'Hopital (the limit is 3), an integral over a singularity, a factorial's remainder
    (r"$$\lim_{x\to 1}\frac{x^2+1}{x+1}\overset{\text{L'H}}{=}\lim_{x\to 1}\frac{2x}{1}=2.$$", r"= 1"),
    (r"$$\int_{-2}^{2}\frac{dx}{x^4}=\left[-\frac{1}{3x^3}\right]_{-2}^{2}=-\frac{1}{12}.$$", r"\infty"),
    (r"Check $n = 6$: $$5! = 120 \equiv -1 \pmod 6.$$", r"5! \equiv 0 \pmod{6}"),
    # a solution of a first-order equation that does not solve it
    (r"Solving $\frac{dy}{dt} = 0.5y$ with $y(0) = 2$ gives $y(t) = 2e^{2t}$.", r"\ne"),
    # a solution of the equation that misses the initial value (y = e^x - x - 1 has y(0) = 0)
    (r"Solving $y' = x + y$ with $y(0) = 1$ gives the exact solution $y = e^x - x - 1$.", r"y(0) = 0"),
    (r"初值问题 $y'=-2y$，$y(0)=3$ 的解为 $y=e^{-2x}$。", r"y(0) = 1"),
    # an antiderivative written as a bare y = ..., its chain-rule factor inverted
    (r"From $\dfrac{dy}{dx}=\sin(4x)$ and $y(0)=1$ we integrate: $y=-4\cos(4x)+5$.", r"\ne"),
    # a Taylor polynomial with a wrong factorial, at 0 and about another centre
    (r"画出 $\cos x$ 在 $x=0$ 处的二阶麦克劳林多项式 $P_2(x)=1-x^2$，并与 $y=\cos x$ 对比，说明 $|x|$ 越小越好。",
     r"1 - \frac{x^{2}}{2}"),
    (r"For $f(x)=\ln x$ at $x = 1$ the quadratic Taylor polynomial is $T_2(x) = (x-1) + \frac{(x-1)^2}{2}$.",
     r"(x - 1) - \frac{(x - 1)^{2}}{2}"),
    # a value of an expression in letters the block gives (moduli added where they multiply; units beside)
    (r"复数 $z_1=2-\mathrm{i}$，$z_2=1+3\mathrm{i}$，积的模等于模之和：$|z_1 z_2| = |z_1|+|z_2|$。", r"5 \sqrt{2}"),
    (r"A mass $m = 2\ \mathrm{kg}$ at $v = 3\ \mathrm{m/s}$ has $\frac12 m v^2 = 18\ \mathrm{J}$.", r"= 9"),
    # Euler's theorem misapplied (two odd vertices give a path, not a circuit), and the handshake lemma
    (r"A connected graph has six vertices with degrees $2, 3, 3, 2, 4, 2$. Exactly two vertices are odd, so it has an "
     r"Euler circuit; animate it.", r"\text{an Euler path, no circuit}"),
    (r"连通图的各顶点度数分别为 $3,3,3,3$，所以可以一笔画。", r"\text{ odd degrees: no Euler path}"),
    (r"A connected graph with degrees $2, 3, 3, 2, 4, 2$ has $9$ edges and an Euler path.", r"= 8 \text{ edges}"),
    # a closed form for a sum written with an ellipsis (错位相减, telescoping), named S_n or not
    (r"演示错位相减：$S_n=1\cdot3+2\cdot3^2+\cdots+n\cdot3^n$，得 $S_n=\frac{(2n-1)3^{n+1}+3}{2}$。", r"S_n ="),
    (r"$\frac{1}{1\cdot2}+\frac{1}{2\cdot3}+\cdots+\frac{1}{n(n+1)}=\frac{1}{n+1}$ by telescoping.", r"\frac{n}{n + 1}"),
    # a solution of a second-order equation: exponentials for imaginary roots, cosines for real ones, a slipped rate
    (r"The equation $y''+9y=0$ has characteristic roots $\pm 3i$, so $y(x)=C_1e^{3x}+C_2e^{-3x}$.", r"y'' + 9 y ="),
    (r"方程 $x''-4x=0$ 的通解为 $x(t)=C_1\cos 2t+C_2\sin 2t$，画出它的图像。", r"x'' - 4 x ="),
    (r"For $\ddot x + 2\dot x + 5x = 0$ the solution is $x(t)=e^{-2t}(C_1\cos t+C_2\sin t)$.", r"\ne 0"),
    (r"With $y(0)=1$ and $y'(0)=0$ the oscillator $y''+4y=0$ gives $y=3\cos 2t$.", r"y(0) = 3"),
    # a repeated root's solution that meets y(0) but not the stated y'(0)
    (r"For $y''-4y'+4y=0$ with $y(0)=2$, $y'(0)=0$: the root $r=2$ is double, so $y=Ce^{2t}$ and $y=2e^{2t}$.", r"y'(0) = 4"),
    # the variance of Y = aX + b taken as a D(X) + b; the mean of Y = b - aX with the sign slipped
    (r"设 $X\sim B(8,0.5)$，$E(X)=4$，$D(X)=2$。令 $Y=5X-1$，则 $E(Y)=19$，$D(Y)=5D(X)-1=9$。", r"5^2\,D(X) = 50"),
    (r"Let $Y=4-2X$ with $E(X)=3$; then $E(Y)=10$.", r"(-2)\,E(X) + 4 = -2"),
    # a factorisation and an expansion with a slipped sign (over C too)
    (r"Since $1$ is a root, $x^3-6x^2+11x-6=(x-1)(x^2+5x+6)$.", r"\left(x - 3\right) \left(x - 2\right)"),
    (r"In the complex plane, $(w-(1+2i))(w-(1-2i))=w^2+2w+5$.", r"w^{2} - 2 w + 5"),
    # Leibniz's test read as absolute convergence
    (r"由莱布尼茨判别法，$\sum_{n=1}^{\infty}\frac{(-1)^{n}}{n}$ 绝对收敛。", r"\text{ converges conditionally}"),
    # a bisection bracket that keeps the wrong half (g(1) < 0 and g(1.5) < 0: the root is in [1.5, 2])
    (r"Bisect $g(x)=x^3-x-4$ on $[1,2]$: $g(1)=-4<0$, $g(2)=2>0$. At the midpoint $g(1.5)=-2.125<0$, so the root is "
     r"in $[1,\,1.5]$.", r"g(1.5) = -2.125"),
    (r"对 $f(x)=x^2-2$ 用二分法：$f(1)<0$，$f(2)>0$。取中点 $1.5$，$f(1.5)=0.25>0$，所以根在 $(1.5, 2)$ 内。", r"f(2) = 2"),
]

TRUE = [
    r"Let $g(x) = x\cos x$; then $g'(\pi) = -1$ and $g(\pi) = -\pi$.",
    r"Bisection on $f(x)=x^3-x-2$: $f(1)=-2<0<f(2)=4$, so a root lies in $[1, 2]$.",
    r"$2^{10} \equiv 1 \pmod{11}$ by Fermat's little theorem, so $2^{50} \equiv 1 \pmod{11}$ too.",
    r"$\int_0^{\pi} \sin x\,dx = 2$ and $e \approx 2.718$; also $\sqrt{2} = 1.414$ to three places.",
    r"$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$, and $\sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}$.",
    r"The harmonic series $\sum_{n=1}^{\infty} \frac{1}{n}$ diverges, although its terms tend to zero.",
    r"The series $\sum_{n=1}^{\infty} \frac{1}{n^2}$ converges, but $\sum_{n=1}^{\infty} \frac{1}{n}$ does not.",
    r"Solving $\frac{dy}{dt} = -3y$ gives $y(t) = Ce^{-3t}$; with $y(0) = 4$, $y(t) = 4e^{-3t}$.",
    r"The volume is $V = \pi\int_0^2 x^2\,dx = \frac{8\pi}{3} = 8.38$ cubic units.",
    r"For $f(x) = x^2$ and $g(x) = 3x$, $f(2) = 4$ and $g(2) = 6$.",  # two functions, each its own value
    r"Let $f(x) = ax^2$. Then $f'(1) = 2a$.",  # a letter left symbolic: nothing to decide
    r"$|z| = \sqrt{3^2 + 4^2} = 5$, and $\lim_{x \to 0} \frac{\sin x}{x} = 1$.",
    r"$$2\cdot 7\equiv 3\cdot 9\equiv 1 \pmod{13},$$ so $12! \equiv 1 \cdot 12 \equiv -1 \pmod{13}$.",  # Wilson, a chain
    r"$$\int_{1}^{\infty}\frac{dx}{x^2} = 1, \qquad \int_{1}^{\infty}\frac{dx}{x} = \infty.$$",
    # a telescoping closed form that simplify() cannot prove equal (arctangents): true, never called false
    r"$$\sum_{k=1}^{n}\arctan\frac{1}{2k^2}=\frac{\pi}{4}-\arctan\frac{1}{2n+1}$$ since each term is a difference of two angles.",
    r"With $y = vx$ the equation $\frac{dy}{dx} = \frac{x + y}{x}$ becomes $x\frac{dv}{dx} = 1$.",  # a substitution
    r"Since $y' = 2x$, the antiderivatives are $y = x^2 + C$, and the one through $(1, 3)$ is $y = x^2 + 2$.",
    r"初值问题 $y'=y-x$，$y(0)=2$ 的解是 $y=e^x+x+1$，欧拉法给出 $y(0.4) = 2.84$。",  # a later y(x) is no initial value
    r"The Maclaurin polynomial of $e^x$ of degree 3 is $T_3(x) = 1 + x + \frac{x^2}{2} + \frac{x^3}{6}$.",
    r"复数 $z_1=2-\mathrm{i}$，$z_2=1+3\mathrm{i}$，则 $|z_1 z_2| = |z_1||z_2| = 5\sqrt2$。",
    r"With $a = 2$ and $b = 3$, $a + b = 5$ and $ab = 6$; $m = 2\ \mathrm{kg}$, $v = 3\ \mathrm{m/s}$, $\frac12 m v^2 = 9\ \mathrm{J}$.",
    r"Solve $x^2 = 5$; at $x = 2$ the left side is $4$.",
    r"For $f(x) = x^3 - 3x$ the bends meet where $f'(x) = 0$, at $x = \pm 1$.",  # an equation to solve, not an ODE
    r"错位相减：$S_n=1\cdot3+2\cdot3^2+\cdots+n\cdot3^n$，得 $S_n=\frac{(2n-1)3^{n+1}+3}{4}$，检验 $S_2=3+18=21$。",
    r"By induction, $1 + 3 + 5 + \cdots + (2n-1) = n^2$, and $1^2+2^2+\dots+n^2=\frac{n(n+1)(2n+1)}{6}$.",
    r"连通图的各顶点度数分别为 $2,2,4,2,2$，共 $6$ 条边，因为所有度数都是偶数，所以存在欧拉回路。",
    r"A connected graph with degrees $3, 3, 2, 2$ has no Euler circuit, but it has an Euler path.",  # one given letter is an unknown, not a claim
    r"About $x = 1$, $f(x) = \ln x$ has $P_2(x) = (x-1) - \frac{(x-1)^2}{2}$; compare it with $y = |x - 1|$.",
    r"For $\ddot x + 2\dot x + 5x = 0$ the solution is $x(t)=e^{-t}(C_1\cos 2t+C_2\sin 2t)$; $x(0)=1$, $\dot x(0)=-1$ give $x=e^{-t}\cos 2t$.",
    r"方程 $y''-3y'+2y=0$ 的通解为 $y=C_1e^{x}+C_2e^{2x}$。",
    r"For $m\ddot x + kx = 0$ with $m = 2$ and $k = 8$ the motion is $x(t) = A\cos 2t$.",
    r"For $y''+4y=0$ with $y(0)=0$, $y'(0)=2$ the solution is $y=\sin 2t$.",
    r"Factor $x^2-5x+6=(x-2)(x-3)$; solve $x^2+2x=3x+2$ and $(x-1)^2=4$.",  # a true factorisation, two equations
    r"The series $\sum_{n=1}^{\infty}\frac{(-1)^n}{n^2}$ converges absolutely.",
    # a Bernoulli substitution: v' = -y^{-2}y' is the chain rule, and v = Cx + x^3/2... solves the linear equation in v
    r"For $y'-\frac{y}{x}=x^2y^2$ put $v=y^{-1}$, so $v'=-y^{-2}y'$ and $v'+\frac{v}{x}=-x^2$, whence $v=\frac{C}{x}-\frac{x^3}{4}$.",
    r"设 $E(X)=4$，$D(X)=2.4$，$Y=3X-2$，则 $E(Y)=10$，$D(Y)=9D(X)=21.6$。",
    r"With $\operatorname{Var}(X)=2$ and $Y=4-2X$, $\operatorname{Var}(Y)=8$.",
    r"Bisect $g(x)=x^3-x-4$ on $[1,2]$: $g(1.5)=-2.125<0$, so the root is in $[1.5,\,2]$, not in $[1, 1.5]$.",
    r"$f(x)=(x-1)^2$ has a double root in $[0, 2]$ although $f(0)$ and $f(2)$ are both positive.",  # touches 0
    r"The zero of $h(x)=\frac{1}{x}$ is not in $[-1, 1]$, though $h$ changes sign there.",
]


@pytest.mark.parametrize("concept, truth", FALSE)
def test_a_false_statement_is_found_with_what_holds(concept, truth):
    found = false_claims(extract(concept))
    assert len(found) == 1, found
    assert truth.replace(" ", "") in found[0].truth.replace(" ", "") or truth in found[0].stated, found[0]


@pytest.mark.parametrize("concept", TRUE)
def test_a_true_or_undecided_statement_is_never_called_false(concept):
    assert false_claims(extract(concept)) == []


def test_the_bound_letter_of_a_sum_is_a_factor_not_a_function():
    # n(\ln n)^2 had been read as a function n applied to ln n, then squared
    from mkdocs_manimgen.generate.offline.symbolic import parse
    import sympy as sp

    n = sp.Symbol("n")
    assert parse(r"\sum_{n=2}^{\infty}\frac{1}{n(\ln n)^2}").function == 1 / (n * sp.log(n) ** 2)
    assert parse(r"n(n+1)^2") == n * (n + 1) ** 2
    assert str(parse(r"x(t)")) == "x(t)" and str(parse(r"f(f(x))")) == "f(f(x))"  # calls stay calls


def design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


def test_the_scene_ends_with_the_false_statement_whichever_family_draws_it():
    draft = design(FALSE[0][0])
    assert draft.kind == "derivative"  # the true tangent is drawn by its family ...
    last = draft.storyboard[-1]
    assert last.title == "What the block states, checked" and "g'(\\pi) = 1" in last.narration  # ... then the claim
    assert "next_to(checked[0][1], RIGHT" in draft.code and "Create(cross_0)" in draft.code and "= -1\", font_size=50, color=GREEN" in draft.code
    zh = design(FALSE[1][0])
    assert zh.storyboard[-1].title == "题中结论的检验" and "不成立" in zh.storyboard[-1].narration


def test_a_walkthrough_calls_the_false_statement_too():
    draft = design(FALSE[3][0])
    assert draft.storyboard[-1].title == "What the block states, checked"
    assert r"2^{53} \equiv 1 \pmod{11}" in draft.storyboard[-1].narration


def test_a_scene_that_already_says_false_is_not_told_twice():
    draft = design(r"$$3^2 + 4^2 = 6^2$$")  # the equation slide works both sides out and says the statement is false
    assert sum("false" in b.narration for b in draft.storyboard) == 1
    assert all(b.title != "What the block states, checked" for b in draft.storyboard)


def test_a_true_block_gets_no_check_beat():
    draft = design(TRUE[0])
    assert all(b.title != "What the block states, checked" for b in draft.storyboard)


def test_a_family_the_block_states_falsely_is_not_drawn_as_its_solutions():
    """A sweep of the false family y = -4cos(4x) + C would draw, as solutions, curves that the coda then crosses out."""
    concept = (r"From $\dfrac{dy}{dx}=\sin(4x)$ we get $y=-4\cos(4x)+C$. "
               r"Plot several members of the family $y=-4\cos(4x)+C$.")
    draft = generate_draft(BlockSpec(page="p.md", line=1, concept=concept))
    assert draft.kind != "parameter_sweep", draft.kind
    assert "-4*np.cos" not in draft.code.replace(" ", "")  # no false member is drawn...
    assert "In fact" in draft.code  # ...and the false statement is called


def test_a_statement_the_scene_has_called_false_is_not_repeated_but_another_still_is():
    from mkdocs_manimgen.generate.offline.claims import Claim, _mentions

    step = Claim("y_2 = 1.21", "y_2 = 1.22", ("", ""))
    other = Claim("f'(3) = 9", "f'(3) = 6", ("", ""))
    said = r"The block's $y_2 = 1.21$ is false: $y_2 = 1.1 + 0.1 \cdot 1.2 = 1.22$."
    assert _mentions(said, step) and not _mentions(said, other)
    assert not _mentions("x = 11.22 is false", step)  # a longer number is not the same value
