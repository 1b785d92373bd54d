# old scene: ManimGL import, CONFIG dict and colours Manim CE does not define
from manimlib import *


class ColourWheel(Scene):
    CONFIG = {"radius": 2}

    def construct(self):
        ring = VGroup(*[Sector(outer_radius=2, angle=TAU / 3, start_angle=i * TAU / 3, color=c)
                        for i, c in enumerate([CYAN, MAGENTA, YELLOW])])
        self.play(ShowCreation(ring), run_time=1)
        self.wait(0)
