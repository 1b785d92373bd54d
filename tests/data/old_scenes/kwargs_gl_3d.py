# old scene: ManimGL shading keywords on 3D objects (gloss, shadow) and Sphere(opacity=)
from manimlib import *


class ShinySphere(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=60 * DEGREES, theta=30 * DEGREES)
        ball = Sphere(radius=1.2, resolution=(8, 8), gloss=0.6, shadow=0.4, opacity=0.8)
        self.play(FadeIn(ball), run_time=1)
