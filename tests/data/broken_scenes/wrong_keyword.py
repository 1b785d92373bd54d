# kind: misspelt keyword — no row handles a typo (colour=): stays broken, the repair loop's job
from manim import *


class Typo(Scene):
    def construct(self):
        self.play(Create(Circle(colour=RED)), run_time=1)
