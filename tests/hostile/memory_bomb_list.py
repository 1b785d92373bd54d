# expect: sandbox
# what: [0] * 10**10 asks for 80 GB at once (memory limit)
from manim import *
class Hostile(Scene):
    def construct(self):
        x = [0] * 10 ** 10
        self.add(Text(str(len(x))))
