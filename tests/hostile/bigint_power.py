# expect: sandbox
# what: 10 ** 10 ** 10 computed at run time burns CPU and memory
from manim import *
class Hostile(Scene):
    def construct(self):
        n = 10
        big = n ** n ** n
        self.add(Text(str(big % 7)))
