# kind: camera-degrees — set_camera_orientation with bare degrees
from manim import *


class Tilted(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=75, theta=30)
        self.play(Create(ThreeDAxes(x_range=[-2, 2], y_range=[-2, 2], z_range=[-2, 2])), run_time=1)
