# kind: graphscene — GraphScene without CONFIG, using coords_to_point and an attribute from CONFIG-less defaults
from manim import *


class Slope(GraphScene):
    def construct(self):
        self.setup_axes(animate=True)
        line = self.get_graph(lambda x: 0.5 * x + 1, x_min=0, x_max=8)
        dot = Dot(self.coords_to_point(4, 3))
        self.play(Create(line), FadeIn(dot), run_time=1)
