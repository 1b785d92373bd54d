# expect: sandbox
# what: a Text of 10**8 characters (Pango/memory/time limits)
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text("x" * 10 ** 8))
        self.wait()
