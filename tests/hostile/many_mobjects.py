# expect: sandbox
# what: a million mobjects (memory/time limits)
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(*[Dot(radius=0.01) for _ in range(10 ** 6)])
        self.wait()
