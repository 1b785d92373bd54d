# old scene: ManimGL fix_in_frame() on titles of a 3D scene, also inside an expression
from manimlib import *


class TorusTitle(ThreeDScene):
    def construct(self):
        title = Text("A torus").to_corner(UL)
        title.fix_in_frame()
        formula = Tex(r"(R - \sqrt{x^2+y^2})^2 + z^2 = r^2").to_edge(DOWN)
        torus = Torus(major_radius=2, minor_radius=0.5, resolution=(8, 8))
        self.set_camera_orientation(phi=60 * DEGREES)
        self.add(torus)
        self.play(Write(title), run_time=0.5)
        self.play(Write(formula.fix_in_frame()), run_time=1)
