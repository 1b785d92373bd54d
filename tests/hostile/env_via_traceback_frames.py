# expect: static
# what: exception traceback -> tb_frame.f_back.f_globals to find os
from manim import *
class Hostile(Scene):
    def construct(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            g = e.__traceback__.tb_frame.f_back.f_globals
            self.add(Text(str(g)[:200]))
