# expect: static
# what: writes ../../manimgen-escape-traversal, outside the working directory
from manim import *
class Hostile(Scene):
    def construct(self):
        open("../../manimgen-escape-traversal", "w").write("escaped")
        self.add(Dot())
