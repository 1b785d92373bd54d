# old scene: ParametricSurface imported from its pre-0.9 module path
from manim import *
from manim.mobject.three_dimensions import ParametricSurface


class Paraboloid(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=70 * DEGREES, theta=-40 * DEGREES)
        bowl = ParametricSurface(lambda u, v: np.array([u * np.cos(v), u * np.sin(v), u * u]),
                                 u_min=0, u_max=1.5, v_min=0, v_max=TAU, resolution=(6, 12))
        self.play(Create(bowl), run_time=1)
