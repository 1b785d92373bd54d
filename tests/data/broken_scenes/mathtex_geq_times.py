# kind: tex-unicode — ≥, × and ≤ inside MathTex
from manim import *


class Inequality(Scene):
    def construct(self):
        ineq = MathTex("a × b ≥ 0", "\\quad", "0 ≤ x")
        self.play(Write(ineq), run_time=1)
