# kind: create-on-group — Create on a Group
from manim import *


class Shapes(Scene):
    def construct(self):
        shapes = Group(Square(), Circle().shift(2 * RIGHT))
        self.play(Create(shapes), run_time=1)
