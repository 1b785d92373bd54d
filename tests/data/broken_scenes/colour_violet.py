# kind: unknown-colour — VIOLET and CRIMSON as colour constants
from manim import *


class Palette(Scene):
    def construct(self):
        dots = VGroup(Dot(color=VIOLET), Dot(color=CRIMSON), Dot(color=NAVY)).arrange(RIGHT)
        self.play(FadeIn(dots), run_time=1)
