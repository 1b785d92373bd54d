# kind: fixed-in-frame-2d — add_fixed_in_frame_mobjects in a 2D Scene
from manim import *


class Caption(Scene):
    def construct(self):
        title = Text("Circles").to_edge(UP)
        self.add_fixed_in_frame_mobjects(title)
        self.play(Create(Circle()), run_time=1)
