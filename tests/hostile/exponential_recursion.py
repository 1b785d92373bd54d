# expect: sandbox
# what: recursion with exponential fan-out (time limit, not the recursion limit)
from manim import *
class Hostile(Scene):
    def construct(self):
        def f(n):
            return 1 if n == 0 else f(n - 1) + f(n - 1)
        self.add(Text(str(f(200))))
