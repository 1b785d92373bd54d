# kind: vgroup-non-vmobject — a Group nested in a VGroup
from manim import *


class Nested(Scene):
    def construct(self):
        inner = Group(Square(), Circle().shift(RIGHT * 2))
        outer = VGroup(inner, Triangle().shift(LEFT * 2))
        self.play(FadeIn(outer), run_time=1)
