# kind: unknown-colour — CSS colour names as strings
from manim import *


class CssColours(Scene):
    def construct(self):
        a = Circle(color="cyan")
        b = Triangle().set_fill("navy", opacity=1).shift(RIGHT * 2)
        self.play(Create(a), FadeIn(b), run_time=1)
