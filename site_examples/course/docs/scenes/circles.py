from manim import *


class GrowingCircles(Scene):
    def construct(self):
        circles = VGroup(*[Circle(radius=0.5 + 0.5 * i, color=[BLUE, TEAL, GREEN][i % 3]) for i in range(5)])
        self.play(LaggedStart(*[Create(c) for c in circles], lag_ratio=0.3), run_time=3)
        self.wait(0.5)
