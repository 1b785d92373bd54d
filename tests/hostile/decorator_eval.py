# expect: static
# what: eval used as a decorator (no parentheses, no call syntax)
from manim import *
@eval
@str.lower
def PRINT():
    pass

class Hostile(Scene):
    def construct(self):
        self.add(Dot())
