# old scene: self.camera.frame.animate... on a ThreeDScene (ManimGL's camera API)
from manim import *


class HelixTour(ThreeDScene):
    def construct(self):
        helix = ParametricFunction(lambda t: np.array([np.cos(t), np.sin(t), 0.2 * t]), t_range=[0, 4 * PI],
                                   color=YELLOW)
        self.add(ThreeDAxes(), helix)
        self.play(self.camera.frame.animate.set_euler_angles(phi=60 * DEGREES, theta=45 * DEGREES), run_time=1)
        self.play(self.camera.frame.animate.increment_theta(30 * DEGREES), run_time=1)
