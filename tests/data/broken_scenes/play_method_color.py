# kind: play-method — a method call with an animation keyword
from manim import *


class Recolour(Scene):
    def construct(self):
        c = Circle()
        self.add(c)
        self.play(c.set_color, RED, run_time=1)
