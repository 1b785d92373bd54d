"""complex_powers: the author's z and its powers up to z^n (de Moivre), exact, with a false stated z^n said false.

Cases modelled on textbook exercises (Stewart's Appendix H, 同济《复变函数》 习题 1: (1 + i)^n, (1 - i)^6,
a z of modulus 1); the look-alikes go to their own families."""

from __future__ import annotations

import re

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.model import BlockSpec


def design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


@pytest.mark.parametrize("concept, n, value", [
    (r"By de Moivre's theorem, $(1+i)^8 = (\sqrt2)^8(\cos 2\pi + i\sin 2\pi) = 16$. Show the powers of $1 + i$.", 8, "16"),
    (r"计算 $(1 - i)^{6}$，并画出 $1-i$ 的各次幂在复平面上的位置。已知 $(1-i)^6 = 8i$。", 6, "8i"),
    (r"Let $z = 0.8 + 0.6i$. Plot $z, z^2, \dots, z^{10}$: since $|z| = 1$ they stay on the unit circle.", 10, "0.988 + 0.151i"),
    (r"Show the successive powers of $z = -1 + i$ up to $z^{4}$.", 4, "-4"),
])
def test_the_powers_of_the_authors_number(concept, n, value):
    draft = design(concept)
    assert draft.kind == "complex_powers"
    assert f'MathTex(r"z^{{{n}}} = {value}", font_size=40' in draft.code
    assert "neq" not in draft.code  # a true statement is not called false


@pytest.mark.parametrize("concept, stated", [
    (r"Since $|1+i|=\sqrt2$ and $\arg(1+i)=\frac{\pi}{4}$, de Moivre gives $(1+i)^{8} = 8(\cos 2\pi + i\sin 2\pi) = 8$.", "8"),
    (r"已知 $(2+i)^{3} = 2 - 11i$，画出 $2+i$ 的各次幂。", "2 - 11i"),
])
def test_a_false_power_is_said_to_be_false(concept, stated):
    draft = design(concept)
    assert draft.kind == "complex_powers" and re.search(rf"{re.escape(stated)} \\neq", draft.code), draft.code[-800:]


@pytest.mark.parametrize("concept, family", [
    (r"Multiply the complex numbers $z = 2 + i$ and $w = 1 + i$ and show the rotation.", "complex_multiplication"),
    (r"Find the cube roots of $8$: $z^3 = 8$ gives $z = 2, -1 \pm \sqrt3 i$.", "roots_of_unity"),
])
def test_look_alikes_keep_their_family(concept, family):
    assert design(concept).kind == family


def test_a_power_past_twelve_is_not_drawn():
    assert design(r"Compute $(1+i)^{20}$ with de Moivre's theorem.").kind != "complex_powers"
