# old scene: classes imported from module paths Manim CE moved (manim.mobject.coordinate_systems, manim.mobject.geometry)
from manim import Scene, Create, Write, BLUE, YELLOW, UP
from manim.mobject.coordinate_systems import Axes
from manim.mobject.geometry import Dot
from manim.mobject.svg.tex_mobject import MathTex


class Tangent(Scene):
    def construct(self):
        axes = Axes(x_range=[-1, 3], y_range=[-1, 5])
        curve = axes.plot(lambda x: x ** 2 / 2, color=BLUE)
        dot = Dot(axes.c2p(2, 2), color=YELLOW)
        label = MathTex(r"f'(2) = 2").to_edge(UP)
        self.play(Create(axes), Create(curve), run_time=1)
        self.play(Write(label), Create(dot), run_time=1)
