# kind: play-method — self.play(mob.method, args), the ManimGL shorthand
from manim import *


class Move(Scene):
    def construct(self):
        square = Square(color=BLUE)
        self.add(square)
        self.play(square.shift, 2 * RIGHT)
        self.play(square.scale, 0.5, run_time=0.5)
