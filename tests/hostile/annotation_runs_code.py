# expect: static
# what: an annotation expression runs when the def runs
from manim import *
class Hostile(Scene):
    def construct(self):
        def f(x: open("/tmp/manimgen-escape-annotation", "w")):
            pass
