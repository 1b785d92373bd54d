# kind: tex-unicode — π and ² written as Unicode inside MathTex
from manim import *


class CircleArea(Scene):
    def construct(self):
        self.play(Write(MathTex("A = πr²")), run_time=1)
