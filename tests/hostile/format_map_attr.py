# expect: static
# what: str.format_map with a dunder field
from manim import *
class Hostile(Scene):
    def construct(self):
        s = "{x.__class__.__mro__}".format_map({"x": ()})
        self.add(Text(s))
