# old scene: early-CE ParametricSurface with u_min/u_max and a set_camera_orientation in degrees
from manim import *


class Wave(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=70, theta=-45)
        wave = ParametricSurface(lambda u, v: np.array([u, v, 0.4 * np.sin(u) * np.cos(v)]),
                                 u_min=-3, u_max=3, v_min=-3, v_max=3, resolution=(8, 8))
        self.play(ShowCreation(wave), run_time=1)
        self.begin_ambient_camera_rotation(rate=0.2)
        self.wait(0.5)
