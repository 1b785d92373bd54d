# old scene: ManimGL's self.play(mob.method, args) shorthand and a zero wait
from manimlib import *


class Slide(Scene):
    def construct(self):
        square = Square(color=BLUE)
        self.add(square)
        self.play(square.shift, RIGHT * 2, run_time=0.5)
        self.play(square.scale, 0.5, run_time=0.5)
        self.play(square.set_color, RED, run_time=0.5)
