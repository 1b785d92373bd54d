"""The wrong and missed kinds of the twentieth unseen set (this stop's last held-out run), each as our own minimal
block: a fixed-point iteration indexed by k, an oscillator whose period fixes omega (and whose phase the block goes
on to find), a complex map written with z = re^{i theta}, areas of a sphere's zone against a cylinder's band, and a
vague question about a named solid's surface."""

from __future__ import annotations

from drafts import draft as _draft, said as _said


def test_an_iteration_indexed_by_k_is_a_recurrence():
    # #39/#40's kind: x_{k+1} = cos x_k got a plain graph of cos x; the trap's divergent 2x^3 - 1 went uncalled
    draft = _draft(r"用简单迭代法求 $x^{3}-x-1=0$ 的根：改写为 $x=\varphi(x)=x^{3}-1$，取 $x_0=1.5$，按 $x_{k+1}=x_k^{3}-1$ "
                   r"迭代，一定收敛到根 $1.3247$。请画出蛛网图。")
    assert draft.kind == "cobweb" and "不成立" in _said(draft)
    assert _draft(r"Iterate $x_{k+1}=\frac{x_k}{2}+\frac{1}{x_k}$ from $x_0=1$ and draw the cobweb.").kind == "cobweb"


def test_a_given_period_fixes_omega_and_a_phase_to_find_is_not_slid():
    # #18's kind: A = 4 cm and T = 2 s given, phi to be determined: swept at omega = 1 with phi slid
    draft = _draft(r"A mass oscillates with amplitude $A=3$ cm and period $T=4$ s. Determine the phase $\varphi$ from "
                   r"$x(0)=1.5$ and write $x=A\cos(\omega t+\varphi)$.")
    assert draft.kind != "parameter_sweep"
    # a general family with no period given is still swept
    assert _draft(r"Show how $x=A\cos(\omega t+\varphi)$ changes as $A$, $\omega$ and $\varphi$ vary.").kind == "parameter_sweep"


def test_a_map_of_the_plane_written_with_z_equals_re_to_the_i_theta_is_not_eulers_formula():
    # #13's kind: the Joukowsky map on circles |z| = r drawn as e^{i theta} on the unit circle
    draft = _draft(r"Animate the map $w=z+\frac{1}{z}$ on the circles $|z|=r$: with $z=re^{i\theta}$, "
                   r"$u=\left(r+\frac1r\right)\cos\theta$.")
    assert draft.kind != "euler_formula"
    assert _draft(r"Show Euler's formula $e^{i\theta}=\cos\theta+i\sin\theta$ on the unit circle.").kind == "euler_formula"


def test_areas_of_a_sphere_and_its_cylinder_are_no_solids_volume():
    # #24's kind: Archimedes' zone and band areas drawn as a cylinder with V = pi r^2 h
    draft = _draft(r"Why does a zone of a sphere cut by two parallel planes have the same curved area as the band of its circumscribed cylinder?")
    assert draft.kind != "solid"
    assert _draft(r"Why is a cone exactly one third of the cylinder it fits in?").kind == "solid"  # volumes still are


def test_a_named_solids_surface_is_no_example_surface():
    # #44's kind: "Gabriel's horn: why can you never paint its surface?" got z = sin x cos y "for instance"
    assert _draft(r"Gabriel's horn has finite volume; why is its surface infinite?").kind != "surface"
    assert _draft(r"Show what the graph of a function of two variables looks like.").kind == "surface"
