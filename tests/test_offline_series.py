"""Series read as the author writes them: Fourier series (issue 23: a held-out square wave,
``\\sin (2n-1)x``, was drawn as straight lines because the parser read sin(2n-1) times x)."""

from __future__ import annotations

import numpy as np
import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.symbolic import parse
from mkdocs_manimgen.generate.offline.templates.fourier import _evaluate, own_series, written_series
from mkdocs_manimgen.model import BlockSpec

CONVENTIONS = [  # LaTeX as printed in textbooks -> what it means
    (r"\sin (2n-1)x", "sin(x*(2*n - 1))"),
    (r"\cos (2k+1)t", "cos(t*(2*k + 1))"),
    (r"\cos n\pi", "cos(pi*n)"),
    (r"\sin \pi x", "sin(pi*x)"),
    (r"A\sin \omega t", "A*sin(omega*t)"),
    (r"\sin x\cos y", "sin(x)*cos(y)"),
    (r"\sin(x) y", "y*sin(x)"),  # a bracketed argument with letters stays as written
]


@pytest.mark.parametrize("tex,meaning", CONVENTIONS)
def test_trig_arguments_read_by_convention(tex, meaning):
    import sympy as sp

    from mkdocs_manimgen.generate.offline.symbolic import normalize

    assert sp.simplify(normalize(parse(tex)) - sp.sympify(meaning)) == 0


def test_a_sum_keeps_the_factors_that_use_its_index():
    import sympy as sp

    expr = parse(r"\sum_{n=1}^{\infty} \frac{2(-1)^{n+1}}{n}\sin nx")
    assert isinstance(expr, sp.Sum) and expr.function.has(sp.sin)


SERIES = [  # (block, the function the partial sums approach, checked away from the jumps)
    (r"Square wave: $$f(x) = \frac{4}{\pi}\sum_{n=1}^{\infty}\frac{\sin (2n-1)x}{2n-1}$$", lambda x: np.sign(np.sin(x))),
    (r"方波：$$f(x) = \frac{4}{\pi}\left(\sin x + \frac{1}{3}\sin 3x + \frac{1}{5}\sin 5x + \cdots\right)$$",
     lambda x: np.sign(np.sin(x))),
    (r"Sawtooth: $$x = \sum_{n=1}^{\infty} \frac{2(-1)^{n+1}}{n}\sin nx \quad (-\pi < x < \pi)$$", lambda x: x),
    (r"Its coefficients: $$f(x) = \sum_{n=1}^{\infty} b_n \sin(nx), \quad b_n = \frac{2}{n\pi}(1 - \cos n\pi)$$",
     lambda x: np.sign(np.sin(x))),
    (r"The triangle wave $$|x| = \frac{\pi}{2} - \frac{4}{\pi}\left(\cos x + \frac{\cos 3x}{9} + \frac{\cos 5x}{25} + \cdots\right)$$",
     np.abs),
]


@pytest.mark.parametrize("block,limit", SERIES)
def test_the_authors_series_approaches_its_wave(block, limit):
    own = own_series(extract(block))
    assert own is not None
    term, outer, k0, _ = own
    xs = np.linspace(-2.8, 2.8, 57)
    xs = xs[np.abs(np.sin(xs)) > 0.3]  # away from the jumps
    sums = _evaluate(term, outer, k0, 400)
    grid = np.linspace(-2 * np.pi, 2 * np.pi, 400)
    assert np.allclose(np.interp(xs, grid, sums), limit(xs), atol=0.08)
    assert generate_draft(BlockSpec(page="p.md", line=1, concept=block)).kind == "fourier"


@pytest.mark.parametrize("tex", [
    r"\sin x + \frac{\sin 3x}{3} + \cdots",  # two terms fit any pattern: not guessed
    r"\sin x + \frac{\sin 2x}{4} + \frac{\sin 3x}{3} + \cdots",  # no pattern
    r"\sin x + \cos 3x + \sin 5x + \cdots",  # mixed
    r"1 + x + \frac{x^2}{2} + \cdots",  # not trigonometric
])
def test_written_series_are_not_guessed(tex):
    assert written_series(tex) is None


@pytest.mark.parametrize("block,code", [
    (r"泰勒多项式：$\cos x \approx 1 - \frac{x^2}{2} + \frac{x^4}{24}$。", "np.cos(x)"),
    (r"Near 0, $e^x \approx 1 + x + \frac{x^2}{2}$.", "np.exp(x)"),
    (r"The Maclaurin polynomial $\ln(1+x) \approx x - \frac{x^2}{2} + \frac{x^3}{3}$.", "np.log(x + 1)"),
])
def test_a_taylor_polynomial_written_with_approx_expands_the_authors_function(block, code):
    draft = generate_draft(BlockSpec(page="p.md", line=1, concept=block))
    assert draft.kind == "taylor" and code in draft.code


@pytest.mark.parametrize("block", [
    r"Taylor: $\cos x \approx 1 - \frac{x^2}{3}$.",  # not the Taylor polynomial
    r"泰勒多项式：$e^x \approx 1 + x + x^2$。",
])
def test_a_false_taylor_polynomial_is_not_drawn_as_true(block):
    assert generate_draft(BlockSpec(page="p.md", line=1, concept=block)).kind != "taylor"
