# kind: tex-percent — an unescaped % in math
from manim import *


class Percent(Scene):
    def construct(self):
        self.play(Write(MathTex("50% + 25% = 75%")), run_time=1)
