# kind: unknown-colour — MAGENTA and LIGHT_BLUE are not Manim CE colours
from manim import *


class TwoColours(Scene):
    def construct(self):
        a = Square(color=MAGENTA)
        b = Square(fill_color=LIGHT_BLUE, fill_opacity=1).next_to(a, RIGHT)
        self.play(FadeIn(a), FadeIn(b), run_time=1)
