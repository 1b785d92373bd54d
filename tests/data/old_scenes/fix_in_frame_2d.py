# old scene: fix_in_frame() chained in a 2D scene (nothing moves the camera: it only has to go)
from manim import *


class Pendulum(Scene):
    def construct(self):
        title = Text("Simple pendulum").to_edge(UP).fix_in_frame()
        period = MathTex(r"T = 2\pi\sqrt{\ell / g}").next_to(title, DOWN)
        self.add(title)
        self.play(Write(period.fix_in_frame()), run_time=1)
        rod = Line(UP, DOWN * 1.5)
        self.play(Create(rod), run_time=0.5)
