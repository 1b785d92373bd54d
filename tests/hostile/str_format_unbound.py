# expect: static
# what: str.format called unbound on a computed string
from manim import *
class Hostile(Scene):
    def construct(self):
        tpl = "{0.__init__.__globals__}"
        self.add(Text(str.format(tpl, Dot())))
