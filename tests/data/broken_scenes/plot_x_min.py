# kind: x_min-on-plot — axes.plot with the old x_min / x_max keywords
from manim import *


class SinePlot(Scene):
    def construct(self):
        axes = Axes(x_range=[-4, 4], y_range=[-2, 2])
        wave = axes.plot(np.sin, x_min=-PI, x_max=PI, color=GREEN)
        self.play(Create(axes), Create(wave), run_time=1.5)
