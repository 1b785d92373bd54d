# kind: ManimGL camera frame in a ThreeDScene — row gl-camera-3d moves the camera with move_camera (zoom)
from manim import *


class Zoom3D(ThreeDScene):
    def construct(self):
        self.add(Cube())
        self.play(self.camera.frame.animate.scale(0.5), run_time=1)
