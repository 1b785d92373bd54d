# kind: unknown-colour — CYAN is not a Manim CE colour
from manim import *


class Cyan(Scene):
    def construct(self):
        self.play(Create(Circle(color=CYAN)), run_time=1)
