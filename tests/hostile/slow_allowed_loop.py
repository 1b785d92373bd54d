# expect: sandbox
# what: a legitimate-looking but astronomically long computation (time limit)
import math
from manim import *
class Hostile(Scene):
    def construct(self):
        total = 0.0
        for i in range(10 ** 12):
            total += math.sqrt(i)
        self.add(Text(f"{total:.2f}"))
