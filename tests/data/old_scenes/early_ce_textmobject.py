# old scene: pre-CE text classes and fades (TextMobject, TexMobject, FadeInFrom, FadeOutAndShift)
from manim import *


class Pythagoras(Scene):
    def construct(self):
        title = TextMobject("Pythagoras")
        eq = TexMobject("a^2", "+", "b^2", "=", "c^2")
        eq.next_to(title, DOWN)
        self.play(FadeInFrom(title, UP), run_time=0.5)
        self.play(Write(eq), run_time=0.5)
        self.play(ApplyMethod(eq.set_color, YELLOW), run_time=0.5)
        self.play(FadeOutAndShift(title, UP), run_time=0.5)
