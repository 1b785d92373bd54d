# kind: British spelling of a keyword (colour=) — row unknown-keyword maps it to color=
from manim import *


class Typo(Scene):
    def construct(self):
        self.play(Create(Circle(colour=RED)), run_time=1)
