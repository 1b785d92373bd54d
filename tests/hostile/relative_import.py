# expect: static
# what: relative import of a sibling module of the render harness
from . import secrets
from manim import *
class Hostile(Scene):
    def construct(self):
        self.add(Text(str(secrets)))
