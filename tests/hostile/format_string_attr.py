# expect: static
# what: '{0.__class__.__base__}'.format(x) reads attributes from a format string
from manim import *
class Hostile(Scene):
    def construct(self):
        s = "{0.__class__.__base__.__subclasses__}".format(())
        self.add(Text(s))
