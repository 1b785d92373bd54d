# kind: x_min-on-plot — get_graph (renamed) with x_min, x_max and step_size
from manim import *


class Cubic(Scene):
    def construct(self):
        axes = Axes(x_range=[-2, 2], y_range=[-4, 4])
        curve = axes.get_graph(lambda x: x ** 3 - x, x_min=-2, x_max=2, step_size=0.05)
        self.play(Create(VGroup(axes, curve)), run_time=1.5)
