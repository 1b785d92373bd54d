# expect: static
# what: getattr with a name built from chr() codes
from manim import *
class Hostile(Scene):
    def construct(self):
        name = "".join(chr(c) for c in [95, 95, 99, 108, 97, 115, 115, 95, 95])
        self.add(Text(str(getattr((), name))))
