# expect: static
# what: generator frame -> caller's f_globals (manim internals import os)
from manim import *
class Hostile(Scene):
    def construct(self):
        def gen():
            yield 1
        g = gen()
        next(g)
        frame = g.gi_frame.f_back
        self.add(Text(str(frame.f_globals.get("os"))))
