# kind: graphscene — a scene on the removed GraphScene, its ranges in CONFIG
from manim import *


class Parabola(GraphScene):
    CONFIG = {"x_min": -3, "x_max": 3, "y_min": 0, "y_max": 9, "graph_origin": 2 * DOWN}

    def construct(self):
        self.setup_axes()
        graph = self.get_graph(lambda x: x ** 2, color=YELLOW)
        self.play(Create(graph), run_time=1)
