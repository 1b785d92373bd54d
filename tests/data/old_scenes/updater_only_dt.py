# old scene: an updater of a mobject written with dt alone (no mobject parameter)
from manim import *


class Wheel(Scene):
    def construct(self):
        wheel = VGroup(Circle(radius=1), Line(LEFT, RIGHT), Line(UP, DOWN))
        wheel.add_updater(lambda dt: wheel.rotate(-dt))
        self.add(wheel)
        self.play(wheel.animate.shift(RIGHT * 2), run_time=1)
