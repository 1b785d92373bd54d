# old scene: a ManimGL 3D scene with both fix_in_frame and the camera frame (a typical model answer)
from manimlib import *


class GradientField(ThreeDScene):
    def construct(self):
        frame = self.camera.frame
        frame.set_euler_angles(theta=-30 * DEGREES, phi=70 * DEGREES)
        axes = ThreeDAxes(x_range=[-3, 3], y_range=[-3, 3], z_range=[-1, 3])
        surface = ParametricSurface(lambda u, v: axes.c2p(u, v, 0.2 * (u * u + v * v)),
                                    u_range=[-2, 2], v_range=[-2, 2], resolution=(8, 8))
        label = Tex(r"\nabla f = (2x, 2y)").to_corner(UL)
        label.fix_in_frame()
        self.add(axes, surface, label)
        self.play(frame.animate.increment_theta(40 * DEGREES), run_time=1)
