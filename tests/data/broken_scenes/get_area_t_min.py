# kind: x_min-on-plot — get_area with t_min / t_max keywords
from manim import *


class AreaKw(Scene):
    def construct(self):
        axes = Axes(x_range=[-1, 3], y_range=[0, 5])
        graph = axes.plot(lambda x: x + 1)
        area = axes.get_area(graph, t_min=0, t_max=2, color=GREEN, opacity=0.5)
        self.add(axes, graph)
        self.play(FadeIn(area), run_time=1)
