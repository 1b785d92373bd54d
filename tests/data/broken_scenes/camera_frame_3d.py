# kind: camera-frame in ThreeDScene — no row handles it (ThreeDCamera has no frame): stays broken
from manim import *


class Zoom3D(ThreeDScene):
    def construct(self):
        self.add(Cube())
        self.play(self.camera.frame.animate.scale(0.5), run_time=1)
