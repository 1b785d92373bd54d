# expect: static
# what: vars() of a function/class to reach its namespace
from manim import *
class Hostile(Scene):
    def construct(self):
        ns = vars(Scene)
        self.add(Text(str(list(ns))[:100]))
