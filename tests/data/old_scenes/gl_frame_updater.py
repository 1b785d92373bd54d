# old scene: the camera frame turned by an updater (ManimGL idiom for ambient rotation) on a ThreeDScene
from manim import *


class SpinningSphere(ThreeDScene):
    def construct(self):
        sphere = Sphere(radius=1.5, resolution=(8, 8))
        self.camera.frame.set_euler_angles(phi=65 * DEGREES)
        self.add(sphere)
        self.camera.frame.add_updater(lambda m, dt: m.increment_theta(0.3 * dt))
        self.wait(1)
