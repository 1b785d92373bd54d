# kind: tex-unicode — → and ∞ in text-mode Tex
from manim import *


class Limit(Scene):
    def construct(self):
        self.play(Write(Tex("As x → ∞ the curve flattens")), run_time=1)
