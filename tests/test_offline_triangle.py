"""The triangle family: a specific triangle (sides and angles in the standard notation, or vertices by
coordinates) and the part asked for, computed exactly and checked against every value the block states.
The general laws stay with law_of_cosines / law_of_sines; false values, impossible sides, free letters,
similar triangles and Pythagoras are not drawn here."""

from __future__ import annotations

import pytest

from drafts import draft as _draft

WALKTHROUGH = {"equation", "explainer"}


def _shown(draft) -> str:
    return draft.code + " ".join(b.narration for b in draft.storyboard)


CLAIMED = [  # (block, strings the scene must show: the computed values)
    # SSS (同济/人教 必修 style, prose without dollars, and a GCSE one)
    ("在△ABC中，a=7，b=5，c=3，求角A。", [r"\cos A = \frac{5^2 + 3^2 - 7^2}{2\cdot 5\cdot 3} = - \frac{1}{2}", "A = 120^\\circ", "已知三边"]),
    (r"In triangle $ABC$, $a = 5$, $b = 6$ and $c = 7$. Find the largest angle.", [r"\cos C", r"\arccos{\frac{1}{5}} \approx 78.46^\circ"]),
    (r"在 $\triangle ABC$ 中，$a = 7$，$b = 8$，$c = 9$，求 $\cos A$ 和三角形的面积。", [r"\cos A = \frac{2}{3}", r"S = 12 \sqrt{5}"]),
    (r"A triangle has sides 5 cm, 6 cm and 7 cm. Find its largest angle.", [r"\cos C = \frac{5^2 + 6^2 - 7^2}{2\cdot 5\cdot 6} = \frac{1}{5}"]),
    (r"In triangle ABC, $AB = 6$, $BC = 8$, $AC = 10$. Find the length of the median AD.", [r"m_a = 2 \sqrt{13} \approx 7.2111"]),
    # SAS
    (r"在△ABC中，若 $a=2$，$b=3$，$\cos C = \frac{1}{4}$，求 $c$ 和 $\sin A$。",
     [r"\cos C = \frac{1}{4}", r"2\cdot 2\cdot 3\cdot (\frac{1}{4}) = 10", r"c = \sqrt{10}", r"\sin A = \frac{\sqrt{6}}{4}"]),
    (r"In triangle ABC, $b = 8$, $c = 5$, $A = 60^\circ$; find $a$ and the area.", ["a = 7", r"S = 10 \sqrt{3}", "a^2 = 8^2 + 5^2", r"S = \tfrac12\cdot 8\cdot 5\sin 60^\circ"]),
    (r"Law of cosines with $a = 5$, $b = 7$ and $C = 60^\circ$: find $c$.", [r"c = \sqrt{39} \approx 6.245"]),
    (r"在△ABC中，$a = 2$，$b = 3$，$C = \frac{\pi}{3}$，求 $c$。", [r"\sqrt{7}", r"\frac{\pi}{3}"]),
    (r"AB = 8 cm, AC = 5 cm and angle BAC = $60^\circ$. Work out the length of BC.", ["a = 7"]),
    (r"在△ABC中，已知 $a=3$，$c=2$，$B=120°$，求 $b$ 及 $\triangle ABC$ 的周长。", [r"b = \sqrt{19}", r"P = 3 + \sqrt{19} + 2"]),
    # ASA / AAS
    (r"In triangle ABC, $A = 40^\circ$, $B = 60^\circ$, $a = 10$. Find $b$ using the sine rule.", [r"b \approx 13.473", r"\frac{b}{\sin B} = \frac{a}{\sin A}"]),
    (r"在 $\triangle ABC$ 中，$A = 45^\circ$，$C = 30^\circ$，$c = 10$，求 $a$。", [r"a = 10 \sqrt{2}"]),
    (r"Solve the triangle: $A = 42^\circ$, $B = 73^\circ$, $c = 12$.", ["C = 65^\\circ", r"a \approx 8.8596", r"b \approx 12.662"]),
    # SSA: two triangles, one triangle
    (r"In $\triangle ABC$, $a = 6$, $b = 8$, $A = 30^\circ$. Solve the triangle.", [r"\arcsin{\frac{2}{3}} \approx 41.81^\circ", "138.19", "tri2", "11.4003", "2.4561"]),
    (r"在△ABC中，$a=2\sqrt{3}$，$b=2$，$A=\frac{\pi}{3}$，解三角形。", [r"B = \frac{\pi}{6}", r"C = \frac{\pi}{2}", "c = 4"]),
    # coordinates
    (r"Triangle with vertices $A(0,0)$, $B(6,0)$, $C(2,4)$: find the median from $C$ and its length.", ["M = (3, 0)", r"|CM| = \sqrt{17}"]),
    (r"已知三角形的三个顶点 $A(1, 1)$，$B(5, 1)$，$C(3, 5)$，求三角形的面积和 $AB$ 边上的高。", ["S = 8", "h = 4"]),
    (r"The vertices of triangle $PQR$ are $P(0, 0)$, $Q(4, 0)$ and $R(0, 3)$. Find the angle at $Q$ and the perimeter.",
     [r"\arccos{\frac{4}{5}} \approx 36.87^\circ", "P = 4 + 5 + 3", "P = 12"]),
    (r"A triangle has vertices $A = (0, 0)$, $B = (4, 0)$, $C = (1, 3)$. Find the altitude from $C$ and its centroid.",
     ["h = 3", r"G = (\frac{5}{3}, 1)"]),
]


@pytest.mark.parametrize("concept, shown", CLAIMED)
def test_the_triangle_family_solves_the_authors_triangle(concept, shown):
    draft = _draft(concept)
    assert draft.kind == "triangle", draft.reasoning
    text = _shown(draft)
    for s in shown:
        assert s in text, (s, text[-3000:])


def test_the_ambiguous_case_draws_two_triangles_only_when_both_exist():
    two = _draft(r"In $\triangle ABC$, $a = 6$, $b = 8$, $A = 30^\circ$. Solve the triangle.")
    one = _draft(r"In $\triangle ABC$, $a = 10$, $b = 8$, $A = 30^\circ$. Solve the triangle.")
    assert "tri2" in two.code and "second triangle" in _shown(two)
    assert one.kind == "triangle" and "tri2" not in one.code and "arcsin{\\frac{2}{5}}" in one.code


def test_chinese_blocks_are_narrated_in_chinese():
    draft = _draft("在△ABC中，a=7，b=5，c=3，求角A。")
    assert draft.storyboard[0].title == "解三角形" and "余弦定理" in _shown(draft)


LOOK_ALIKES = [
    (r"Law of cosines: $$c^2 = a^2 + b^2 - 2ab\cos C$$", {"law_of_cosines"}),  # the general law
    (r"The law of sines for the triangle with $a = 5$, $B = 70^\circ$ and $C = 45^\circ$: $$\frac{a}{\sin A} = \frac{b}{\sin B} = \frac{c}{\sin C} = 2R$$",
     {"law_of_sines"}),  # a triangle, nothing asked
    (r"In triangle ABC, $a = 7$, $b = 5$, $c = 3$ and $A = 60^\circ$. Find the area.", WALKTHROUGH),  # A is 120°
    (r"In triangle ABC, $b = 8$, $c = 5$, $A = 60^\circ$. Show that $a = 6$.", WALKTHROUGH),  # a is 7
    (r"In triangle ABC, $b = 8$, $c = 5$, $A = 60^\circ$; find $a$. The area is $S = 20$.", WALKTHROUGH),  # S is 10√3
    (r"Triangle sides $a = 1$, $b = 2$, $c = 5$. Find angle C.", WALKTHROUGH),  # no triangle
    (r"In triangle ABC, $a = 2$, $b = 6$, $A = 60^\circ$. Solve the triangle.", WALKTHROUGH),  # SSA with none
    (r"In triangle ABC with sides $a$, $b$, $c$ opposite $A$, $B$, $C$, find $\cos A$ in terms of the sides.", WALKTHROUGH),
    (r"Similar triangles with sides $(3, 4, 5)$ and $(6, 8, 10)$: corresponding sides are in the same ratio.", {"similar_triangles"}),
    (r"A right triangle has legs $a = 5$ and $b = 12$; by Pythagoras find the hypotenuse.", {"pythagorean"}),
    (r"In triangle ABC, $A = 100^\circ$, $B = 90^\circ$, $a = 3$. Find $b$.", WALKTHROUGH),  # angles sum past 180°
    (r"Points $A(0,0)$, $B(2,2)$, $C(4,4)$ form a triangle; find its area.", WALKTHROUGH),  # collinear
    (r"The triangle with vertices $A(0,0)$, $B(4,0)$, $C(0,3)$ has area $S = 12$. Find the perimeter.", WALKTHROUGH),  # S is 6
    (r"In $\triangle ABC$, $A = 60^\circ$, $a = \sqrt{3}$; find the maximum area.", WALKTHROUGH),  # an extremum, not one triangle
    (r"在△ABC中，$a=2$，$A=60^\circ$，求 $b+c$ 的取值范围。", WALKTHROUGH),  # two parts fix no triangle
]


@pytest.mark.parametrize("concept, kinds", LOOK_ALIKES)
def test_look_alikes_go_elsewhere(concept, kinds):
    draft = _draft(concept)
    assert draft.kind in kinds, (draft.kind, draft.reasoning)
