# kind: threed-camera-in-2d — a 3D camera call in a plain Scene
from manim import *


class Box(Scene):
    def construct(self):
        self.set_camera_orientation(phi=70 * DEGREES, theta=-40 * DEGREES)
        self.play(Create(Cube(side_length=1.5)), run_time=1)
