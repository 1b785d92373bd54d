# kind: graphscene + x_min-on-plot — Riemann rectangles on a GraphScene
from manim import *


class Riemann(GraphScene):
    CONFIG = {"x_min": 0, "x_max": 4, "y_min": 0, "y_max": 16, "y_tick_frequency": 4, "curve_color": BLUE}

    def construct(self):
        self.setup_axes()
        curve = self.get_graph(lambda x: x ** 2, color=self.curve_color)
        rects = self.get_riemann_rectangles(curve, x_min=0, x_max=3, dx=0.5)
        self.play(Create(curve), FadeIn(rects), run_time=1)
