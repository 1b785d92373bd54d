# old scene: ManimGL frame zoom in a plain Scene (Manim CE: MovingCameraScene)
from manimlib import *


class ZoomSeries(Scene):
    def construct(self):
        dots = VGroup(*[Dot(RIGHT * (1 - 0.5 ** k) * 4) for k in range(8)])
        self.add(dots)
        frame = self.camera.frame
        self.play(frame.animate.scale(0.3).move_to(dots[-1]), run_time=1)
