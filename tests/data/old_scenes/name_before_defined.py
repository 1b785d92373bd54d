# old scene: a name used before it is defined (the model reordered its lines; left to the repair loop)
from manim import *


class Labels(Scene):
    def construct(self):
        label = MathTex(r"r = 2").next_to(circle, DOWN)
        circle = Circle(radius=2)
        self.play(Create(circle), Write(label), run_time=1)
