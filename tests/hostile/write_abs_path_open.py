# expect: static
# what: writes /tmp/manimgen-escape-open with open()
from manim import *
class Hostile(Scene):
    def construct(self):
        with open("/tmp/manimgen-escape-open", "w") as f:
            f.write("escaped")
        self.add(Dot())
