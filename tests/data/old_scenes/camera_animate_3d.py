# old scene: self.camera.animate... on a ThreeDScene (no such animation on Manim CE's 3D camera)
from manim import *


class ConeView(ThreeDScene):
    def construct(self):
        cone = Cone(base_radius=1, height=2, resolution=8)
        self.set_camera_orientation(phi=70 * DEGREES, theta=30 * DEGREES)
        self.add(ThreeDAxes(), cone)
        self.play(self.camera.animate.set_phi(40 * DEGREES), run_time=1)
        self.play(self.camera.animate.set_theta(-60 * DEGREES), run_time=1)
