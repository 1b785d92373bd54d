# old scene: ManimGL camera frame on a ThreeDScene (frame = self.camera.frame; set_euler_angles; frame.animate)
from manim import *


class SaddleSurface(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-2, 2], y_range=[-2, 2], z_range=[-2, 2])
        saddle = Surface(lambda u, v: axes.c2p(u, v, u * u - v * v), u_range=[-1, 1], v_range=[-1, 1],
                         resolution=(8, 8))
        frame = self.camera.frame
        frame.set_euler_angles(theta=30 * DEGREES, phi=70 * DEGREES)
        self.add(axes, saddle)
        self.play(frame.animate.set_euler_angles(theta=-20 * DEGREES), run_time=1)
        self.wait(0.2)
