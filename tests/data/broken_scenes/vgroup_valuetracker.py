# kind: vgroup-non-vmobject — a ValueTracker inside a VGroup
from manim import *


class Tracker(Scene):
    def construct(self):
        t = ValueTracker(0)
        dot = always_redraw(lambda: Dot(RIGHT * t.get_value()))
        everything = VGroup(t, dot)
        self.add(everything)
        self.play(t.animate.set_value(2), run_time=1)
