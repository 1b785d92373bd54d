# expect: sandbox
# what: while True: pass inside construct; only the time limit stops it
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Dot())
        while True:
            pass
