# expect: static
# what: f-string with a dunder attribute
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(f"{().__class__.__base__.__subclasses__()}"[:200]))
