"""complex_multiplication: the author's z and w (the unit i in any notation, a multiplier said in words), a false
stated product said false, and labels that never cover one another."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mkdocs_manimgen.generate.offline.designer import generate_draft
from mkdocs_manimgen.model import BlockSpec


def design(concept: str):
    return generate_draft(BlockSpec(page="p.md", line=1, concept=concept))


# The upright unit (ISO style) and a purely imaginary multiplier named only in the prose went to the equation slide,
# and with an italic i the pure multiplier 3i was missed and an example pair drawn in place of the author's numbers.
@pytest.mark.parametrize("concept, z, w, p", [
    (r"在复平面上演示 $z=3+\mathrm{i}$ 乘以 $3\mathrm{i}$：先逆时针旋转 $90^\circ$，再把模放大为原来的 $3$ 倍，得到 $-3+9\mathrm{i}$",
     "3 + i", "3i", "-3 + 9i"),
    (r"在复平面上演示 $z=3+i$ 乘以 $3i$：先逆时针旋转 $90^\circ$，再把模放大为原来的 $3$ 倍，得到 $-3+9i$", "3 + i", "3i", "-3 + 9i"),
    (r"Multiply $z = 1 + 2\mathrm{i}$ by $-2\mathrm{i}$.", "1 + 2i", "-2i", "4 - 2i"),
    (r"Show on the plane what happens when we multiply $z = 1 + 2\text{i}$ by $-2\operatorname{i}$.", "1 + 2i", "-2i", "4 - 2i"),
    (r"把 $z = 2 - \mathrm{i}$ 乘以 $w = 1 + \mathrm{i}$，积是多少？", "2 - i", "1 + i", "3 + i"),
])
def test_the_authors_numbers_in_any_notation_of_the_unit(concept, z, w, p):
    draft = design(concept)
    assert draft.kind == "complex_multiplication", draft.reasoning
    assert not draft.storyboard[0].narration.startswith(("For instance", "例如"))
    for tex in (f'r"z = {z}"', f'r"w = {w}"', f'r"zw = {p}"'):
        assert tex in draft.code
    assert "neq" not in draft.code  # a true stated product is not called false


@pytest.mark.parametrize("concept, stated", [
    (r"在复平面上演示 $z=3+\mathrm{i}$ 乘以 $3\mathrm{i}$，得到 $-3+8\mathrm{i}$。", r"-3+8\mathrm{i}"),
    (r"Multiply $z = 1 + 2\mathrm{i}$ by $-2\mathrm{i}$ to get $4 + 2\mathrm{i}$.", r"4 + 2\mathrm{i}"),
    (r"Multiplying complex numbers: $(2+i)(1+i) = 2 + 3i + i^2 = 1 + 2i$ is a rotation and a scaling.", "1 + 2i"),
])
def test_a_false_stated_product_is_said_to_be_false(concept, stated):
    draft = design(concept)
    assert draft.kind == "complex_multiplication"
    assert f"zw \\neq {stated}" in draft.code
    assert "false" in draft.storyboard[-1].narration or "不成立" in draft.storyboard[-1].narration


def test_a_multiplier_alone_is_drawn_times_a_declared_example():
    draft = design(r"Why does multiplying by $2\mathrm{i}$ turn a complex number a quarter-turn and double it?")
    assert draft.kind == "complex_multiplication"
    assert draft.storyboard[0].narration.startswith("For instance") and 'r"w = 2i"' in draft.code


@pytest.mark.parametrize("concept", [
    r"Multiply the matrices $A = \begin{pmatrix}1&2\\3&4\end{pmatrix}$ and $B = \begin{pmatrix}0&1\\1&0\end{pmatrix}$.",
    r"The product rule: $(uv)' = u'v + uv'$.",
    r"Multiply $\sum_{i=1}^{n} x_i z_i$ by $2$.",
])
def test_products_without_complex_numbers_are_not_claimed(concept):
    assert design(concept).kind != "complex_multiplication"


DRY_RUN = Path(__file__).parent / "dry_run.py"


def test_the_labels_of_z_w_and_zw_never_cover_one_another(tmp_path):
    """z = 1 + i and w = √3 + i: both labels went up and right of tips a unit apart, w's over the end of z's."""
    concepts = [r"复数乘法的几何意义：设 $z=1+i$，$w=\sqrt3+i$。",
                r"Multiply the complex numbers $z = 2 + i$ and $w = 2 + 1.5i$.",
                r"在复平面上演示 $z=3+\mathrm{i}$ 乘以 $3\mathrm{i}$，得到 $-3+8\mathrm{i}$。"]
    jobs = []
    for n, concept in enumerate(concepts):
        draft = design(concept)
        assert draft.kind == "complex_multiplication"
        jobs.append({"name": str(n), "code": draft.code, "scene": draft.scene_name})
    (tmp_path / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    subprocess.run([sys.executable, str(DRY_RUN), "jobs.json", "results.json"], cwd=tmp_path, check=True, timeout=600,
                   capture_output=True)
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert all(r["error"] is None and not r["findings"] for r in results.values()), results
