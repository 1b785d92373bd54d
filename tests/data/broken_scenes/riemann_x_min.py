# kind: x_min-on-plot — get_riemann_rectangles with x_min / x_max
from manim import *


class Rects(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 3], y_range=[0, 9])
        graph = axes.plot(lambda x: x ** 2)
        rects = axes.get_riemann_rectangles(graph, x_min=0, x_max=2, dx=0.25)
        self.add(axes, graph)
        self.play(FadeIn(rects), run_time=1)
