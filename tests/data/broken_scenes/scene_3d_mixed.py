# kind: threed-camera-in-2d + camera-degrees — a 3D camera in a plain Scene, in degrees, with a fixed title
from manim import *


class Solid(Scene):
    def construct(self):
        self.set_camera_orientation(phi=70, theta=30)
        title = Text("A cube").to_corner(UL)
        self.add_fixed_in_frame_mobjects(title)
        self.play(Create(Cube(side_length=1.5)), run_time=1)
