# old scene: an early-CE GraphScene with CONFIG, get_graph and Riemann rectangles
from manim import *


class RiemannSum(GraphScene):
    CONFIG = {
        "x_min": 0,
        "x_max": 4,
        "y_min": 0,
        "y_max": 8,
        "graph_origin": 3 * DOWN + 4 * LEFT,
    }

    def construct(self):
        self.setup_axes(animate=False)
        curve = self.get_graph(lambda x: x ** 2 / 2, color=BLUE)
        rects = self.get_riemann_rectangles(curve, x_min=0, x_max=3, dx=0.5)
        self.play(ShowCreation(curve), run_time=0.5)
        self.play(FadeIn(rects), run_time=0.5)
