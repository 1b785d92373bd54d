# kind: x_min-on-plot — get_area with its bounds given the GraphScene way (positionally)
from manim import *


class Area(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 4], y_range=[0, 4])
        graph = axes.plot(lambda x: np.sqrt(x), color=BLUE)
        area = axes.get_area(graph, 1, 3)
        self.add(axes, graph)
        self.play(FadeIn(area), run_time=1)
