"""region_of_integration: a double integral over a region bounded by curves, read from the author's iterated limits,
inequalities or bounding curves; its descriptions by strips or rays, the value, a stated value checked; refusals
(a rectangle, a triple integral, a region it cannot read)."""

from __future__ import annotations

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.generate.offline.latex import extract
from mkdocs_manimgen.generate.offline.regions import read_region_integral
from mkdocs_manimgen.model import BlockSpec


def _design(concept: str):
    return generate_draft(BlockSpec(page="t.md", line=1, concept=concept))


# (concept, strings the scene must contain: the descriptions' limits and the value)
CLAIMED = [
    (r"Evaluate $$\iint_D xy\,dA$$ where $D$ is the region bounded by $y = x^2$ and $y = x$.", [r"\frac{1}{24}", "y = x^2"]),
    (r"计算 $\iint_D xy\,\mathrm{d}\sigma$，其中 $D$ 是由 $y = x^2$ 与 $y = x$ 所围成的闭区域。", [r"\frac{1}{24}"]),
    (r"Change the order of integration: $$\int_0^1 dx\int_x^1 e^{y^2}\,dy$$", [r"\int_{0}^{y}", r"\frac{e}{2}"]),
    (r"交换积分次序：$$\int_0^1 \mathrm{d}x\int_x^1 e^{y^2}\,\mathrm{d}y$$", [r"\int_{0}^{y}", r"\frac{e}{2}"]),
    (r"Reverse the order of integration in $$\int_0^2\int_{x}^{2x} x\,dy\,dx$$", [r"\frac{y}{2}", r"\frac{8}{3}", "cuts_b = [2]"]),
    (r"Use polar coordinates to evaluate $$\iint_D y\,dA,\quad D=\{(x,y)\mid x^2+y^2\le 2y\}$$", [r"2 \sin \theta", r"\pi"]),
    (r"用极坐标计算 $\iint_D (x^2+y^2)\,\mathrm{d}x\,\mathrm{d}y$，其中 $D: 1\le x^2+y^2\le4,\ x\ge0,\ y\ge0$。",
     [r"\frac{15 \pi}{8}", r"\frac{\pi}{2}"]),
    (r"利用极坐标计算二重积分 $\iint_D x\,\mathrm{d}\sigma$，$D = \{(x, y) \mid x^2 + y^2 \le 2x\}$。", [r"2 \cos \theta", r"- \frac{\pi}{2}"]),
    (r"二重积分 $$\int_0^{2\pi} \mathrm{d}\theta\int_0^2 r^2\cdot r\,\mathrm{d}r = 8\pi$$ 的积分区域是什么？", [r"8 \pi", r"\checkmark"]),
    (r"Evaluate $$\iint_D x\,dA = 5$$ where $D$ is bounded by $y = x^2$ and $y = 2x$.", [r"\frac{4}{3}", r"\neq 5", "Cross("]),
]


@pytest.mark.parametrize("concept, wanted", CLAIMED)
def test_region_blocks_are_drawn_with_the_authors_region_and_value(concept, wanted):
    d = _design(concept)
    assert d.kind == "region_of_integration", concept
    for s in wanted:
        assert s in d.code, (s, concept)


REFUSED = [
    r"Evaluate the double integral $$\iint_D (x + y)\,dA$$ over $0 \le x \le 1$, $0 \le y \le 2$.",  # a rectangle
    r"二重积分 $$\int_0^1\int_0^2 xy\,\mathrm{d}y\,\mathrm{d}x$$ 的值。",  # a rectangle
    r"Evaluate the triple integral $$\int_0^1\int_0^x\int_0^{xy} z\,dz\,dy\,dx$$",
    r"计算 $\iint_D e^{x+y}\,\mathrm{d}\sigma$，其中 $D$ 是由曲线 $C$ 所围成的区域。",  # a curve it cannot read
    r"Evaluate $$\iint_D xy\,dA$$ over the region $D$.",  # no region at all
]


@pytest.mark.parametrize("concept", REFUSED)
def test_rectangles_triple_integrals_and_unread_regions_are_refused(concept):
    assert read_region_integral(extract(concept)) is None
    assert _design(concept).kind != "region_of_integration"


def test_a_rectangle_stays_with_double_integral():
    assert _design(REFUSED[0]).kind == "double_integral"


def test_a_block_with_no_formula_gets_a_declared_example():
    d = _design("Why does swapping the order of a double integral sometimes help? Show me.")
    assert d.kind == "region_of_integration"
    assert "for instance" in d.code
    d = _design("为什么交换二重积分的积分次序有时能让计算变简单？")
    assert d.kind == "region_of_integration" and "举例" in d.code


def test_the_swapped_description_splits_where_the_boundary_changes():
    ri = read_region_integral(extract(r"Swap the order: $$\int_0^2\int_{x}^{2x} x\,dy\,dx$$"))
    assert ri.second.kind == "dx" and [(p.a, p.b) for p in ri.second.pieces] == [(0, 2), (2, 4)]
    assert abs(ri.value - 8 / 3) < 1e-9


def test_an_integrand_sympy_cannot_finish_is_shown_as_a_decimal_within_the_budget():
    # sympy's integrate on x/(x + y) over an annulus sector in polar ran for minutes; the design must not wait on it
    import time

    c = (r"设 $D=\{(x,y)\mid 1\le x^2+y^2\le 9,\ x\ge0,\ y\ge0\}$，用极坐标计算 "
         r"$\displaystyle\iint_D\frac{x}{x+y}\,\mathrm{d}\sigma$。")
    start = time.monotonic()
    d = generate_draft(BlockSpec(page="t.md", line=1, concept=c))
    assert time.monotonic() - start < 12
    assert d.kind == "region_of_integration"
    # half the quarter annulus's area 2 pi by the symmetry x <-> y: pi, read exactly from the sum
    assert read_region_integral(extract(c)).exact == r"\pi"
