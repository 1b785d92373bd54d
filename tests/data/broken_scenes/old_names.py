# kind: showcreation, textmobject, fadeinfrom — the ManimGL names models write most
from manim import *


class OldNames(Scene):
    def construct(self):
        title = TextMobject("Squares")
        sq = Square()
        self.play(ShowCreation(sq), run_time=0.5)
        self.play(FadeInFrom(title, UP), run_time=0.5)
