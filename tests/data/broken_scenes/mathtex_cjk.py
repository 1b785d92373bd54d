# kind: tex-cjk — Chinese inside MathTex
from manim import *


class ChineseFormula(Scene):
    def construct(self):
        self.play(Write(MathTex(r"面积 = \pi r^2")), run_time=1)
