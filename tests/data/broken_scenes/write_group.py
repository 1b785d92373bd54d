# kind: create-on-group — Write on a Group made from a VGroup of non-VMobjects
from manim import *


class Labels(Scene):
    def construct(self):
        tracker = ValueTracker(1)
        labels = VGroup(Text("a"), Text("b"), tracker).arrange(RIGHT)
        self.play(Write(labels), run_time=1)
