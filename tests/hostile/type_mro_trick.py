# expect: static
# what: type(...).mro() reaches object without writing __base__
from manim import *
class Hostile(Scene):
    def construct(self):
        obj = type(0).mro()[-1]
        for c in type.__subclasses__(obj):
            pass
