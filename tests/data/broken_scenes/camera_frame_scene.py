# kind: camera-frame — self.camera.frame in a plain Scene
from manim import *


class Zoom(Scene):
    def construct(self):
        dot = Dot()
        self.add(dot, Circle(radius=2))
        self.play(self.camera.frame.animate.scale(0.5).move_to(dot), run_time=1)
