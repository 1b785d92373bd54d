# kind: camera-degrees — move_camera with bare (negative) degrees
from manim import *


class Orbit(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=60 * DEGREES)
        self.add(Cube(side_length=1.5))
        self.move_camera(phi=45, theta=-45, run_time=1)
