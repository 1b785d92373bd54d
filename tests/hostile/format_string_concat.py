# expect: static
# what: a format string glued together so no literal contains the dunder
from manim import *
class Hostile(Scene):
    def construct(self):
        fmt = "{0." + "__cla" + "ss__}"
        self.add(Text(fmt.format(())))
