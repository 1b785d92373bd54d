# expect: sandbox
# what: a list that grows until memory runs out
from manim import *
class Hostile(Scene):
    def construct(self):
        hoard = []
        while True:
            hoard.append([1.0] * 10 ** 6)
