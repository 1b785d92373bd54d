# kind: tex-percent — an unescaped % in text-mode Tex
from manim import *


class Progress(Scene):
    def construct(self):
        self.play(FadeIn(Tex("Progress: 80% done")), run_time=1)
